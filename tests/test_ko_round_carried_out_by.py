"""A round the next sentence says its investors carried out ("(이번) 투자는 A와 B가 공동으로 진행했다") was put in by
A and B, who are co-investors, not partners (before, only a partnership of A and B came out); whoever arranged the
raising ("투자 유치는 C증권이 진행했다") put in nothing, and joint work other than a round stays a partnership."""

import pytest
from ko_facts import facts

ROUND = "누리랩스는 시드 투자 10억원을 유치했다. "


@pytest.mark.parametrize(
    "text",
    [
        ROUND + "투자는 한빛파트너스와 가람테크가 공동으로 진행했다.",
        ROUND + "이번 투자는 한빛파트너스와 가람테크가 공동으로 집행했다.",
    ],
)
def test_investors_carrying_out_the_round_invested(text: str) -> None:
    got = facts(text)
    for investor in ("한빛파트너스", "가람테크"):
        assert ("INVESTED_IN", investor, "누리랩스") in got, got
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_who_arranged_the_raising_invested_nothing() -> None:
    got = facts(ROUND + "이번 투자 유치는 한빛증권이 진행했다.")
    assert not any(k[0] == "INVESTED_IN" and k[1] == "한빛증권" for k in got), got


def test_joint_work_other_than_a_round_is_a_partnership() -> None:
    got = facts("한빛파트너스와 가람테크는 AI 반도체 공동 연구를 진행했다.")
    assert {("PARTNERS_WITH", "한빛파트너스", "가람테크"), ("PARTNERS_WITH", "가람테크", "한빛파트너스")} & set(got), (
        got
    )
