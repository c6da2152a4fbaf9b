"""Korean shareholder lists: each holder's own share is the one in brackets after its name ("A(9.5%), B(6.2%)"),
and a stake told once for several holders is no one's; the largest shareholder titled as a head with no other
body named ("X의 최대주주는 P 대표다") heads X."""

import pytest
from ko_facts import facts


def test_each_holder_its_own_share() -> None:
    got = facts("루나소프트의 주요 주주는 가람인베스트먼트(9.5%), 한빛은행(6.2%), 다온전자(4%)다.")
    assert got[("INVESTED_IN", "가람인베스트먼트", "루나소프트")].get("stake_percent") == 9.5, got
    assert got[("INVESTED_IN", "한빛은행", "루나소프트")].get("stake_percent") == 6.2, got
    assert got[("INVESTED_IN", "다온전자", "루나소프트")].get("stake_percent") == 4.0, got


def test_one_holder_the_share_told() -> None:
    got = facts("한빛전자는 루나소프트의 최대주주로 지분 35%를 보유하고 있다.")
    assert got[("INVESTED_IN", "한빛전자", "루나소프트")].get("stake_percent") == 35.0, got


@pytest.mark.parametrize(
    "text",
    [
        "에이치텍의 최대주주는 박민수 대표로 지분율은 22.1%다.",
        "에이치텍의 최대주주는 박민수 대표(22%)와 가람인베스트먼트(8%)다.",
    ],
)
def test_the_largest_holder_titled_head(text: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "박민수", "에이치텍") in got, got
    assert ("WORKS_FOR", "박민수", "에이치텍") in got, got


@pytest.mark.parametrize(
    "text", ["에이치텍의 최대주주는 박민수 씨다.", "에이치텍의 최대주주는 박민수 다온랩스 대표다."]
)
def test_a_holder_heading_nothing_here(text: str) -> None:
    assert ("WORKS_FOR", "박민수", "에이치텍") not in facts(text), facts(text)
