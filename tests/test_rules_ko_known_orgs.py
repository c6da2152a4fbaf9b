"""Organisations news names by short forms, media and clubs, read by the CRF with its name dictionary
(composed sentences; the shipped CRF model is needed)."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _organisation_mentions(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("금감원은 지난달 한빛저축은행의 대출 관행을 점검했다고 밝혔다.", "금감원"),
        ("한전은 올여름 전력 수요가 사상 최대를 기록할 것으로 내다봤다.", "한전"),
        ("로이터통신은 소식통을 인용해 협상이 결렬됐다고 보도했다.", "로이터통신"),
        ("토트넘은 이날 홈 경기에서 후반 추가골로 2대1 승리를 거뒀다.", "토트넘"),
    ],
)
def test_short_forms_media_and_clubs_are_organisations(text: str, name: str) -> None:
    assert name in _organisation_mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "오늘 아침 기온은 영하 5도까지 내려갔고 바람도 강하게 불었다.",
        "그는 따뜻한 커피 한 잔을 마신 뒤 전력을 다해 뛰겠다고 말했다.",
    ],
)
def test_plain_sentences_give_no_organisation(text: str) -> None:
    assert _organisation_mentions(text) == set()
