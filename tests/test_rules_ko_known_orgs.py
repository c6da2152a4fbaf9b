"""Organisations news names by short forms, media and clubs, read by the CRF with its name dictionary
(composed sentences; the shipped CRF model is needed)."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.doc import DocState
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


def _known_mentions(text: str) -> set[str]:
    """Mentions the known-organisation lexicon gives on its own (source "known"), without the tagger."""
    state = DocState(text=text)
    extractor().run(state)
    return {m.text for m in state.mentions if m.source == "known"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("뉴시스에 따르면 두 회사의 협상은 지난주 끝났다.", "뉴시스"),
        ("이 소식은 AFP가 처음 전했다.", "AFP"),
        ("LG 트윈스는 연장 끝에 승리했다.", "LG 트윈스"),
        ("한국노총은 성명을 내고 반발했다.", "한국노총"),
        ("주니치 드래건스는 연장 10회 끝내기 안타로 한신 타이거스를 눌렀다.", "주니치 드래건스"),
        ("첼시는 이번 이적 시장에서 수비수 두 명을 영입했다.", "첼시"),
        ("감사원이 연구기관 세 곳의 예산 집행을 들여다본다.", "감사원"),  # one common noun to Kiwi
        ("통계청에 따르면 지난달 취업자가 늘었다.", "통계청"),
    ],
)
def test_a_known_name_written_alone_or_before_its_particle_is_recognised(text: str, name: str) -> None:
    assert name in _known_mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "관중은 다저스타디움에 모였다.",  # inside a longer word
        "경찰은 CCTV 영상을 분석하고 있다.",  # the camera, no broadcaster
        "기상청 예보가 또 빗나갔다.",  # "예보" (forecast) is also 예금보험공사's short form
        "그는 아침마다 야쿠르트 한 병을 마신다.",  # a club's sponsor name alone is no alias of the club
    ],
)
def test_a_known_name_inside_a_word_or_a_common_noun_is_not_recognised_alone(text: str) -> None:
    found = _known_mentions(text)
    assert not found & {"다저스", "CCTV", "예보", "야쿠르트"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가람경찰서는 목격자 진술을 토대로 용의자를 쫓고 있다.", "가람경찰서"),
        ("누리지법은 이날 피고인에게 벌금형을 선고했다.", "누리지법"),
        ("한솔 소방서에 따르면 불은 30분 만에 꺼졌다.", "한솔 소방서"),
        ("칠레대사관은 자국민에게 안전 공지를 냈다.", "칠레대사관"),
        ("미네소타 경찰국은 사건 경위를 조사하고 있다.", "미네소타 경찰국"),
    ],
)
def test_a_local_office_named_after_its_place_is_a_government_body(text: str, name: str) -> None:
    assert name in _organisation_mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "인근 소방서 대원들이 출동해 불을 껐다.",  # which station is not said
        "그는 경찰서 앞에서 한참을 기다렸다.",
        "대사관 직원들이 공항에 나왔다.",
    ],
)
def test_an_office_word_without_a_name_is_no_organisation(text: str) -> None:
    assert not {"인근 소방서", "소방서", "경찰서", "대사관"} & _organisation_mentions(text)
