"""Korean wire briefs, personnel notices and foreign-round coverage: a headline joining two phrases with an
ellipsis ("유치…X 주도") names X alone; a notice's bullet ("▲부사장") is no part of the title; a past post glossed
in parentheses ("P(ORG 전 대표)") is former; investors listed before "등 (일본) 은행들이 투자자로" are investors."""

import pytest
from ko_facts import facts, names


def test_a_name_after_a_headlines_ellipsis_is_the_name_alone() -> None:
    text = "누리비전, 시리즈B 150억 유치…한빛벤처스 주도"
    assert "한빛벤처스" in names(text) and not any("…" in n for n in names(text)), names(text)
    assert facts(text).get(("INVESTED_IN", "한빛벤처스", "누리비전"), {}).get("lead") is True, facts(text)


def test_a_notices_bullet_is_no_part_of_the_title() -> None:
    got = facts("[인사] 카카오 ▲부사장 윤하진")
    assert got.get(("WORKS_FOR", "윤하진", "카카오"), {}).get("title") == "부사장", got


def test_a_past_post_glossed_in_parentheses_is_former() -> None:
    got = facts("[인사] 카카오 ▲부사장 윤하진(카카오벤처스 전 대표)")
    assert got.get(("WORKS_FOR", "윤하진", "카카오벤처스"), {}).get("former") is True, got
    assert not got.get(("WORKS_FOR", "윤하진", "카카오"), {}).get("former"), got


def test_a_present_post_glossed_in_parentheses_stays_present() -> None:
    got = facts("윤하진(카카오벤처스 대표)은 이날 발표했다.")
    assert ("WORKS_FOR", "윤하진", "카카오벤처스") in got and not got[("WORKS_FOR", "윤하진", "카카오벤처스")].get(
        "former"
    )


@pytest.mark.parametrize(
    "text",
    [
        "루나AI가 300억엔을 조달했으며 미쓰비시UFJ파이낸셜그룹과 네이버 등 은행들이 투자자로 참여했다.",
        "루나AI가 300억엔을 조달했으며 미쓰비시UFJ파이낸셜그룹과 네이버 등 일본 은행들이 투자자로 참여했다.",
    ],
)
def test_investors_listed_before_a_plural_group_noun_are_investors(text: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "네이버", "루나AI") in got and ("INVESTED_IN", "미쓰비시UFJ파이낸셜그룹", "루나AI") in got, (
        got
    )
