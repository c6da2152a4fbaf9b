"""The outlet named after what it reported (composed sentences, kner16): "…했다고 누리넷이 16일 보도했다",
"…라고 한빛일보는 전했다". A country before the outlet is no part of its name; a person, a title, a kind of
outlet ("외신은", "관계자는"), a common noun ("일행은", "학교는") or an adverb ("이같이") in that place names no
organisation."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _entities(text: str) -> tuple[set[str], set[str]]:
    result = extractor().extract(Document(id="t", text=text))
    orgs = {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}
    persons = {text[m.start : m.end] for e in result.entities if e.type.value == "Person" for m in e.mentions}
    return orgs, persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("승객 7명은 모두 숨진 것으로 추정된다고 바이두온라인은 전했다.", "바이두온라인"),
        ("100여명이 다쳤다고 중국 펑파이가 17일 보도했다.", "펑파이"),
        ("두 회사가 합병 협상을 재개할 것이라고 제일재경이 이날 보도했다.", "제일재경"),
        ("폭우로 도심 도로 대부분이 물에 잠겼다고 텐센트뉴스가 16일 보도했다.", "텐센트뉴스"),
    ],
)
def test_the_outlet_after_what_it_reported_is_an_organisation(text: str, name: str) -> None:
    orgs, _ = _entities(text)
    assert name in orgs
    assert not any(o != name and name in o for o in orgs)  # "중국 한울넷": the country stays out


@pytest.mark.parametrize(
    "text, word",
    [
        ("해당 승강장에는 스크린도어가 없었다고 공사 관계자는 전했다.", "관계자"),
        ("회사가 흑자로 돌아섰다고 김민수 대변인은 전했다.", "김민수"),
        ("사고 현장에 구조대가 도착했다고 외신은 전했다.", "외신"),
        ("피해 규모가 늘어날 수 있다며 이같이 전했다.", "이같이"),
        ("선수들이 경기 뒤 감독에게 감사 인사를 했다고 그는 전했다.", "그"),
        ("협상이 결렬됐다고 현지 언론이 보도했다.", "현지"),
        ("두 정상은 만찬을 함께했다고 청와대 대변인은 전했다.", "대변인"),
        ("품종 개량에도 응용할 수 있다고 일행은 전했다.", "일행"),
        ("내일부터 수업을 재개한다고 학교는 전했다.", "학교"),
        ("그가 무사히 귀국했다고 가족은 전했다.", "가족"),
    ],
)
def test_no_organisation_where_a_person_or_a_kind_of_outlet_reported(text: str, word: str) -> None:
    orgs, _ = _entities(text)
    assert not any(word in o for o in orgs)


def test_a_person_who_passed_it_on_stays_a_person() -> None:
    text = "회사가 흑자로 돌아섰다고 김민수 대변인은 전했다."
    orgs, persons = _entities(text)
    assert "김민수" in persons
    assert not orgs & persons
