"""Structure told as what a body is made of or what it is: "X부문은 A사업부와 B사업부로 구성된다" (each unit is
part of X, a business group's affiliate); "X는 Y 산하 전문연구기관으로, …" (the words after 산하 say what X is, so X
is part of Y, not the description); "Y의 사내독립기업(CIC)에서 분사한 X", "Y의 AI랩에서 분사했다" (the unit's
owner is the parent)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "한빛전자 반도체부문은 메모리사업부와 파운드리사업부로 구성된다.",
            {"메모리사업부", "파운드리사업부"},
        ),
        (
            "한빛전자 DX부문은 VD사업부와 MX사업부 등으로 이뤄져 있다.",
            {"VD사업부", "MX사업부"},
        ),
    ],
)
def test_units_a_body_is_made_of_are_its_parts(text: str, expected: set[str]) -> None:
    got = facts(text)
    parts = {s.rsplit(" ", 1)[-1] for (k, s, t) in got if k == "PART_OF" and "부문" in t}
    assert parts == expected, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 반도체부문은 메모리사업부와 파운드리사업부로 구성될 예정이다.",  # planned
        "평가위원회는 교수 5명과 한빛전자 연구원 3명으로 구성된다.",  # people and counts
    ],
)
def test_a_planned_or_personal_composition_gives_no_parts(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "PART_OF"], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛데이터연구원은 과학기술정보통신부 산하 정부출연연구기관으로, 이번 과제를 총괄한다.",
        "한빛데이터연구원은 과학기술정보통신부 산하 전문생산기술연구소로, 이번 과제를 총괄한다.",
        "한빛데이터연구원은 과학기술정보통신부 산하 전문생산기술연구소다.",
    ],
)
def test_the_words_after_san_ha_describe_the_topic(text: str) -> None:
    got = [k for k in facts(text) if k[0] == "PART_OF"]
    assert got == [("PART_OF", "한빛데이터연구원", "과학기술정보통신부")], got


def test_a_unit_named_after_san_ha_is_the_part() -> None:
    got = facts("과학기술정보통신부 산하 누리AI연구소는 새 모델을 공개했다.")
    assert ("PART_OF", "누리AI연구소", "과학기술정보통신부") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "다온AI는 2021년 한빛전자의 사내독립기업(CIC)에서 분사한 기업이다.",
        "다온AI는 2021년 한빛전자의 AI랩에서 분사했다.",
    ],
)
def test_a_spin_off_from_an_in_house_unit(text: str) -> None:
    got = facts(text)
    assert got.get(("SPUN_OFF_FROM", "다온AI", "한빛전자"), {}).get("date") == "2021", got


def test_an_affiliate_said_before_a_comma_and_another_clause() -> None:
    got = facts("누리로보틱스는 한빛그룹 계열사로, 2021년 한빛그룹에 인수됐다.")
    assert ("AFFILIATE_OF", "누리로보틱스", "한빛그룹") in got, got
    assert ("ACQUIRED", "한빛그룹", "누리로보틱스") in got, got
