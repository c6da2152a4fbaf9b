"""Wordings of real Korean deal news that split what they name: a stake bought in a name glossed in English
("베어로보틱스(Bear Robotics)의 지분 51%"); a counted list joined to more members ("A, B 등 12개 기업과 C, D가
참여한다"); a coined name Kiwi read with a particle inside ("클립/NNP 에/JKB 이/MM 아이/NNG 가"); two titled
people joined by 과 ("P 서울대 총장과 Q ORG DS부문장(부회장)이"); a consortium described by its purpose ("투자
컨소시엄") names no body."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "한빛전자는 로봇 전문기업 누리로보틱스(Nuri Robotics)의 지분 51%를 약 6000만 달러에 확보해 경영권을 인수한다.",
            {"INVESTED_IN", "ACQUIRED"},
        ),
        ("한빛전자는 누리로보틱스(Nuri Robotics) 지분 35%를 800억원에 취득했다.", {"INVESTED_IN"}),
    ],
)
def test_a_stake_in_a_glossed_name(text: str, kinds: set[str]) -> None:
    got = facts(text)
    found = {k for (k, s, t) in got if (s, t) == ("한빛전자", "누리로보틱스")}
    assert found == kinds, got
    assert all(got[(k, "한빛전자", "누리로보틱스")].get("stake_percent") for k in kinds), got


def test_a_counted_list_joined_to_more_members() -> None:
    got = facts("누리AI반도체 얼라이언스에는 한빛전자, 가람테크, 다온랩스 등 12개 기업과 서울대, KAIST가 참여한다.")
    members = {s for (k, s, t) in got if k == "PARTICIPATES_IN" and t == "누리AI반도체 얼라이언스"}
    assert members == {"한빛전자", "가람테크", "다온랩스", "서울대학교", "한국과학기술원"}, got


def test_a_counted_list_working_with_the_members_is_no_member() -> None:
    got = facts("누리AI반도체 얼라이언스에는 한빛전자 등 12개 기업과 함께 서울대가 참여한다.")
    assert ("PARTICIPATES_IN", "서울대학교", "누리AI반도체 얼라이언스") in got, got


def test_a_coined_name_read_with_a_particle_inside() -> None:
    text = "네이버에서 분사한 AI 영상 편집 스타트업 클립에이아이가 50억원 규모의 투자를 유치했다."
    assert "클립에이아이" in names(text) and "클립" not in names(text), names(text)
    assert ("SPUN_OFF_FROM", "클립에이아이", "네이버") in facts(text), facts(text)


def test_each_person_keeps_their_own_title() -> None:
    got = facts("김하늘 서울대 총장과 박도윤 한빛전자 DS부문장(부회장)이 협약식에 참석했다.")
    assert got.get(("WORKS_FOR", "김하늘", "서울대학교"), {}).get("title") == "총장", got
    assert got.get(("WORKS_FOR", "박도윤", "한빛전자"), {}).get("title") == "부회장", got


def test_a_consortium_described_by_its_purpose_is_no_body() -> None:
    text = "한빛에너지는 가람건설, 누리에너지와 함께 투자 컨소시엄을 구성했다."
    assert "투자 컨소시엄" not in names(text), names(text)
    assert not [k for k in facts(text) if k[0] == "PARTICIPATES_IN"], facts(text)
