"""A company bought written in quotes, though its name is a common word ("누리랩스는 '모레'를 인수했다"), and an
investor taken in as a shareholder ("A를 2대 주주로 맞으며 N원의 투자를 유치했다").  A quoted word praised, or a
deal planned, gives nothing."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize("text", ["누리랩스는 '모레'를 인수했다.", "가람페이(누리랩스)는 '모레'를 인수했다."])
def test_a_quoted_company_bought(text: str) -> None:
    got = facts(text)
    assert any(k[0] == "ACQUIRED" and k[2] == "모레" for k in got), got


@pytest.mark.parametrize(
    "text", ["누리랩스는 '혁신'을 인수합병 전략의 핵심으로 꼽았다.", "누리랩스는 '모레'를 인수할 계획이다."]
)
def test_no_quoted_company_bought(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in facts(text)), facts(text)
    if "혁신" in text:
        assert "혁신" not in names(text), names(text)


def test_an_investor_taken_in_as_a_shareholder() -> None:
    got = facts("누리랩스는 가람텔레콤을 2대 주주로 맞으며 224억원의 투자를 유치했다.")
    assert got.get(("INVESTED_IN", "가람텔레콤", "누리랩스"), {}).get("amount") == 22_400_000_000, got


def test_a_shareholder_still_to_come_is_none() -> None:
    got = facts("누리랩스는 가람텔레콤을 2대 주주로 맞으며 224억원의 투자를 유치할 계획이다.")
    assert ("INVESTED_IN", "가람텔레콤", "누리랩스") not in got, got
