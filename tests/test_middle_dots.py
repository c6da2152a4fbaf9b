"""A list written with one of the middle dot's look-alikes ("‧" U+2027, "・" U+30FB, "･" U+FF65, "∙" U+2219) is read
like one written with "·": each listed organisation or person is its own name, and the facts are the same.  The
evidence still quotes the article as written."""

import pytest
from ko_facts import facts, names

LOOKALIKES = ["\u2027", "\u30fb", "\uff65", "\u2219"]


@pytest.mark.parametrize("dot", LOOKALIKES)
def test_listed_agencies_are_separate_names(dot: str) -> None:
    text = f"정부는 과학기술정보통신부{dot}중소벤처기업부{dot}한국전자통신연구원 등과 함께 AI 실증 사업을 추진한다."
    assert {"과학기술정보통신부", "중소벤처기업부", "한국전자통신연구원"} <= names(text), names(text)


@pytest.mark.parametrize("dot", LOOKALIKES)
def test_facts_match_the_middle_dot(dot: str) -> None:
    standard = "누리랩스 공동 창업자 이서연·박민재 대표는 한빛전자·가람테크와 업무협약을 맺었다."
    written = standard.replace("·", dot)
    got = facts(written)  # also checks that each fact's evidence is the article's own text
    assert got == facts(standard)
    assert ("PARTNERS_WITH", "누리랩스", "가람테크") in got and ("WORKS_FOR", "박민재", "누리랩스") in got, got


def test_a_hedged_partnership_listed_with_lookalikes_gives_none() -> None:
    text = "누리랩스는 한빛전자\u2027가람테크와 업무협약 체결을 검토하고 있다."
    assert not {k for k in facts(text) if k[0] == "PARTNERS_WITH"}, facts(text)
