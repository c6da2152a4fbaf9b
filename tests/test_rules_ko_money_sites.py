"""Where Korean news puts an investment's money: a site where a plant is built is no recipient, and
the amount may come before the sector it goes to ("연간 N억원씩 AI 반도체에 투자") when no other
clause stands between them."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 미국 오하이오주에 20억 달러를 투자해 배터리 공장을 짓는다.",
        "SK하이닉스는 미국 인디애나주에 38억 달러를 투자한다.",
        "LG전자는 멕시코 몬테레이시에 5000억원을 투자해 생산기지를 증설한다.",
        "삼성전자는 평택에 30조원을 투자한다.",
    ],
)
def test_a_site_is_not_an_investment_recipient(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)


def test_a_company_funded_to_build_with_is_still_a_recipient() -> None:
    got = facts("SK텔레콤은 앤스로픽에 1억 달러를 투자해 글로벌 AI 동맹을 강화한다.")
    assert got[("INVESTED_IN", "SK텔레콤", "앤스로픽")]["amount"] == 100_000_000, got


def test_an_annual_amount_before_the_sector() -> None:
    got = facts("정부는 향후 5년간 연간 2000억원씩 AI 반도체에 투자한다.")
    props = got[("INVESTED_IN", "정부", "AI 반도체")]
    assert props["annual_amount"] == 200_000_000_000 and props["period_years"] == 5, got


def test_another_clauses_money_is_not_the_investment() -> None:
    got = facts("삼성전자는 올해 매출 300조원을 기록했고 AI 반도체에 투자한다.")
    assert "amount" not in got.get(("INVESTED_IN", "삼성전자", "AI 반도체"), {}), got
    assert not facts("삼성전자는 10조원 규모의 AI 반도체 시장에 진출한다.")
    assert not facts("정부는 연간 2000억원씩 AI 반도체에 투자하는 방안을 검토하고 있다.")
