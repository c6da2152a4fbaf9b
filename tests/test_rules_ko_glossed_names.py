"""Which parenthesised glosses teach the article a name, which pairs of state syllables name states, and
when a country stays in a name (sentences composed for these tests).

A word glossed with a capitalised Latin name ("누리봇(Nuribot)") or an acronym spelled out as a body's
Korean name ("KRF(한국연구진흥원)") is an organisation wherever the article writes it; a common noun's
English gloss ("쿼드콥터(quadcopter)") or an acronym's Korean meaning ("EKG(심전도)") is not, there.  "남미" is
South America, not the two Koreas' partners.  "미국 정부" keeps its country; "미국 프린스턴대학교" does not."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name for e in result.entities if e.type.value not in ("Person", "Technology")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이 드론은 모터가 4개 달린 쿼드콥터(quadcopter)이다. 쿼드콥터는 가볍다.", "쿼드콥터"),
        ("뿌리의 피토크롬B(phyB) 광수용체가 빛을 인식한다. 피토크롬B는 단백질이다.", "피토크롬B"),
        ("연구진은 테이저에 EKG(심전도) 기기를 달았다.", "EKG"),
        ("이 성과는 재료 분야 학술지 최근호에 VIP(특급) 논문으로 실렸다.", "VIP"),
    ],
)
def test_a_common_nouns_gloss_teaches_no_name(text: str, name: str) -> None:
    assert name not in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KRF(한국연구진흥원)는 올해 과제를 공모했다. KRF는 100억원을 지원한다.", "KRF"),
        ("누리봇(Nuribot)은 서울에 본사를 둔다. 누리봇은 로봇을 만든다.", "누리봇"),
    ],
)
def test_a_bodys_gloss_teaches_its_name(text: str, name: str) -> None:
    assert name in organisations(text)


def test_south_america_names_no_state() -> None:
    found = organisations("최근에는 브라질 등 남미 뿐 아니라 동남아시아에서도 환자가 나왔다.")
    assert not found & {"남", "미"}, found


def test_the_two_states_of_talks_are_still_named() -> None:
    found = organisations("한미 정상회담에서 두 정상은 반도체 협력을 논의했다.")
    assert {"한", "미"} <= found, found


def test_an_acronym_spelled_out_as_a_thing_is_no_person_and_no_body() -> None:
    result = extractor().extract(Document(id="t", text="한편 CPU(중앙처리장치) 시장은 커지고 있다."))
    assert not [(e.name, e.type.value) for e in result.entities if e.type.value != "Technology"]


def test_a_countrys_government_keeps_its_country() -> None:
    """ "미국 정부" is not the "정부" Korean news means when it writes the word alone: two nodes, two investors."""
    text = "미국 정부는 인텔에 85억달러를 지원한다. 정부는 한빛연구원에 100억원을 지원한다."
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    investors = {names[r.source] for r in result.relations if r.type.value == "INVESTED_IN"}
    assert investors == {"미국 정부", "정부"}, investors


def test_a_university_still_sheds_its_country() -> None:
    found = organisations("미국 프린스턴대학교는 한빛연구원과 협력한다.")
    assert "프린스턴대학교" in found, found
