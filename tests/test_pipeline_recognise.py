"""recognise stage: each mention source on sentences written for the tests."""

import pytest
from kiwipiepy import Kiwi

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.recognise import Recogniser
from aigraph.ingest.pipeline.segment import segment

LEX = load_lexicon()
KIWI = Kiwi()
REC = Recogniser(LEX)  # rules only: the CRF is tested in test_pipeline_ner.py


def mentions(text: str) -> list[Mention]:
    return REC.recognise(segment(clean_page(text, LEX), KIWI))


def found(text: str) -> dict[str, tuple[EntityType, str]]:
    return {m.text: (m.type, m.source) for m in mentions(text)}


def test_registry_aliases_with_particles_and_english() -> None:
    got = found("삼성전자와 Google이 손잡았다.")
    assert got["삼성전자"] == (EntityType.COMPANY, "registry")
    assert got["Google"] == (EntityType.COMPANY, "registry")


def test_registry_needs_a_word_boundary() -> None:
    assert "애플" not in found("애플리케이션을 내려받았다.")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("카카오 AI 랩이 문을 열었다.", "카카오 AI 랩", EntityType.RESEARCH_LAB),
        ("SK바이오가 투자했다.", "SK바이오", EntityType.COMPANY),
        ("우리는 하버드대와 일한다.", "하버드대", EntityType.UNIVERSITY),
        ("그는 멜버른대에서 공부했다.", "멜버른대", EntityType.UNIVERSITY),
        ("정부는 디지털혁신정책관을 새로 두었다.", "디지털혁신정책관", EntityType.GOVERNMENT_AGENCY),
    ],
)
def test_suffix_compounds(text: str, name: str, etype: EntityType) -> None:
    assert found(text)[name][0] is etype


@pytest.mark.parametrize("text", ["새로운 시대가 왔다.", "AI 학회에서 발표했다.", "한국 대학의 연구실"])
def test_no_compound_without_a_name(text: str) -> None:
    assert not [m for m in mentions(text) if m.source == "compound"]


def test_person_org_title() -> None:
    ms = mentions("박지훈 한빛소프트 대표는 말했다.")
    person = next(m for m in ms if m.type is EntityType.PERSON)
    org = next(m for m in ms if m.type.is_organization)
    assert (person.text, person.title, org.text) == ("박지훈", "대표", "한빛소프트")
    assert person.org == (org.start, org.end)


def test_org_person_title_and_org_title_person() -> None:
    for text in ("네이버 최수연 대표가 밝혔다.", "네이버 대표 최수연은 밝혔다."):
        person = next(m for m in mentions(text) if m.type is EntityType.PERSON)
        assert person.text == "최수연" and person.org is not None, text


def test_short_reference_points_back_to_the_full_name() -> None:
    ms = mentions("피터 리 마이크로소프트 부사장이 왔다. 리 부사장은 웃었다.")
    ref = next(m for m in ms if m.refers_to)
    assert (ref.text, ref.refers_to, ref.title) == ("리", "피터 리", "부사장")


def test_a_foreign_last_name_alone_later_is_the_person_named_before() -> None:
    ms = mentions(
        "미국 한빛대학교의 윌리엄 보즈먼 교수와 제이슨 스토피라 박사가 장치를 만들었다. 보즈먼과 스토피라는 기뻐했다."
    )
    refs = [(m.text, m.type, m.refers_to) for m in ms if m.refers_to]
    assert refs == [
        ("보즈먼", EntityType.PERSON, "윌리엄 보즈먼"),
        ("스토피라", EntityType.PERSON, "제이슨 스토피라"),
    ]


def test_a_last_name_inside_a_longer_word_or_before_the_full_name_is_no_reference() -> None:
    ms = mentions("보즈먼은 왔다. 한빛대학교의 윌리엄 보즈먼 교수는 보즈먼대학 출신이다.")
    assert not [m for m in ms if m.refers_to]


def test_glossed_names_are_learned() -> None:
    text = "라온로보(Raonrobo)는 새 로봇을 내놓았다. 라온로보는 성장했다."
    learned = REC.learn_names(segment(clean_page(text, LEX), KIWI))
    assert learned == {"라온로보": "Raonrobo"}
    assert [m.text for m in mentions(text) if m.text == "라온로보"] == ["라온로보", "라온로보"]


def test_definite_description_is_an_anaphor() -> None:
    ms = mentions("신설 연구소는 내년에 문을 연다.")
    assert [(m.text, m.source) for m in ms] == [("신설 연구소", "anaphor")]


def test_name_kiwi_splits_is_joined_back_before_a_title() -> None:
    ms = mentions("김명준 ETRI 원장은 기대했다.")
    person = next(m for m in ms if m.type is EntityType.PERSON)
    assert (person.text, person.title) == ("김명준", "원장") and person.org is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AI 스타트업 업스테이지에 투자했다.", "업스테이지"),
        ("미국 로봇업체 보스턴다이내믹스를 인수한다.", "보스턴다이내믹스"),
        ("로봇 제조업체인 아스라테크가 발표했다.", "아스라테크"),
    ],
)
def test_name_after_a_classifier_noun(text: str, name: str) -> None:
    assert found(text)[name][0] is EntityType.COMPANY


def test_common_noun_after_a_classifier_is_not_a_name() -> None:
    assert not [m for m in mentions("그 기업 투자가 늘었다.") if m.type.is_organization]
