"""Money put into a fund as Korean news writes it: "A와 B가 각각 N억원을 출자한 X펀드" (a relative
clause naming the fund after it) and "X펀드는 A와 B가 각각 N억원을 출자해 조성됐다" (the fund as the
topic); each investor's amount is its own only with "각각/씩", and a fund's manager is no investor."""

import pytest
from ko_facts import facts


def test_investors_in_a_relative_clause_before_the_fund() -> None:
    got = facts("삼성전자와 네이버가 각각 50억원을 출자한 AI 펀드는 내년 운용을 시작한다.")
    for investor in ("삼성전자", "네이버"):
        assert got[("INVESTED_IN", investor, "AI 펀드")]["amount"] == 5_000_000_000, got


def test_a_shared_total_in_the_relative_clause_is_nobodys_own() -> None:
    got = facts("한국벤처투자와 카카오가 출자한 AI 투자조합은 스타트업에 투자한다.")
    assert ("INVESTED_IN", "한국벤처투자", "AI 투자조합") in got, got
    assert "amount" not in got[("INVESTED_IN", "카카오", "AI 투자조합")], got


def test_the_fund_as_the_topic() -> None:
    got = facts("AI 혁신펀드는 삼성전자와 네이버가 각각 100억원을 출자해 조성됐다.")
    assert got[("INVESTED_IN", "네이버", "AI 혁신펀드")]["amount"] == 10_000_000_000, got


def test_the_bare_word_fund_is_the_one_named_before() -> None:
    got = facts(
        "한빛시는 1000억원 규모의 'AI 성장펀드'를 조성한다. 펀드는 삼성전자와 네이버가 각각 50억원을 출자해 만든다."
    )
    assert ("INVESTED_IN", "삼성전자", "AI 성장펀드") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자가 투자한 AI 펀드 운용사는 카카오벤처스다.",
        "AI 혁신펀드는 삼성전자가 출자할 예정이라는 관측이 나온다.",
        "AI 혁신펀드는 삼성전자와 네이버가 출자를 검토하고 있다.",
    ],
)
def test_a_manager_or_a_considered_commitment_is_no_investment(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)
