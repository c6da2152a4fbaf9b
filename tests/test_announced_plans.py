"""An investment plan announced ("2조원을 투자하는 방안을 발표했다") is a commitment, like "투자할 계획이다"; a plan
sought, weighed, proposed or demanded ("방안을 모색/검토/요구") is none, and a plan never makes a deal that is
no investment ("인수하는 방안을 발표했다": not bought yet)."""

import pytest
from ko_facts import facts


def test_an_announced_investment_plan_is_an_investment() -> None:
    got = facts("청암그룹은 AI 반도체에 2조원을 투자하는 방안을 발표했다.")
    assert got.get(("INVESTED_IN", "청암그룹", "AI 반도체"), {}).get("amount") == 2e12, got


@pytest.mark.parametrize(
    "text",
    [
        "청암그룹은 AI 반도체에 2조원을 투자하는 방안을 모색하고 있다.",
        "청암그룹은 셀로직에 500억원을 투자하는 방안을 검토하고 있다.",
        "청암그룹은 셀로직에 500억원을 투자하는 방안을 고민 중이다.",
        "노조는 청암그룹이 셀로직에 500억원을 투자하는 방안을 요구했다.",
        "청암그룹은 셀로직을 인수하는 방안을 발표했다.",
    ],
)
def test_a_plan_not_made_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(t in ("INVESTED_IN", "ACQUIRED") for t, _, _ in got), got
