"""ko_money: commitments, budgets and acquisitions; forecasts, market sizes and hedges give nothing."""

import pytest
from ko_facts import facts


def test_government_budget_into_a_technology_with_end_year() -> None:
    got = facts("정부가 오는 2029년까지 차세대 전력 반도체 개발에 1조원을 투자한다.")
    props = got[("INVESTED_IN", "정부", "차세대 전력 반도체")]
    assert props["amount"] == pytest.approx(1e12) and props["end_date"].startswith("2029")
    assert "period_years" not in props  # "…까지" is the end, not a length


def test_ministry_budget_this_year() -> None:
    got = facts("과학기술정보통신부는 올해 양자 컴퓨팅에 1200억원을 투입한다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "양자 컴퓨팅")]["amount"] == pytest.approx(1.2e11)


def test_amount_shared_by_several_targets_is_on_none() -> None:
    got = facts("LG유플러스는 데이터센터와 로봇 사업 등에 2조원을 투자한다.")
    assert ("INVESTED_IN", "LG유플러스", "데이터센터") in got and ("INVESTED_IN", "LG유플러스", "로봇") in got
    assert all("amount" not in p for k, p in got.items() if k[0] == "INVESTED_IN")


def test_company_into_company_in_dollars() -> None:
    got = facts("네이버는 미국 스타트업 비전로보틱스에 200만 달러를 투자했다.")
    props = got[("INVESTED_IN", "네이버", "비전로보틱스")]
    assert props["amount"] == pytest.approx(2e6) and props["currency"] == "USD"


def test_acquisition_with_amount() -> None:
    got = facts("카카오는 비전로보틱스를 500억원에 인수했다.")
    assert got[("ACQUIRED", "카카오", "비전로보틱스")]["amount"] == pytest.approx(5e10)


def test_forecasts_market_sizes_hedges_and_denials_give_nothing() -> None:
    got = facts(
        "세계 AI 반도체 시장은 2030년 100조원 규모로 커질 전망이다. "
        "네이버는 비전로보틱스에 투자를 검토 중이다. "
        "카카오는 한빛칩스를 인수할 가능성이 있다. "
        "가나전자는 다라소프트 인수설을 부인했다. "
        "이를 통해 2030년 경제효과 50조원을 창출하는 것이 목표다."
    )
    assert not ({"INVESTED_IN", "ACQUIRED", "ESTABLISHED"} & {k[0] for k in got}), got


def test_support_without_an_amount_is_not_an_investment() -> None:
    got = facts("정부는 중소기업에 컨설팅을 지원한다. 과학기술정보통신부는 비전로보틱스를 지원한다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_stake_purchase_is_an_investment_and_a_majority_stake_an_acquisition() -> None:
    got = facts("삼성전자는 한빛로보틱스의 지분 35%를 3500억원에 인수했다. 카카오는 다온소프트의 지분 60%를 인수했다.")
    props = got[("INVESTED_IN", "삼성전자", "한빛로보틱스")]
    assert props["stake_percent"] == 35 and props["amount"] == pytest.approx(3.5e11)
    assert ("ACQUIRED", "삼성전자", "한빛로보틱스") not in got
    assert ("ACQUIRED", "카카오", "다온소프트") in got


def test_shareholders_have_invested() -> None:
    got = facts("한빛칩스의 주주사인 SK스퀘어와 SK하이닉스는 합병을 추진한다. 다온랩스의 최대주주는 네이버다.")
    assert {
        ("INVESTED_IN", "SK스퀘어", "한빛칩스"),
        ("INVESTED_IN", "SK하이닉스", "한빛칩스"),
        ("INVESTED_IN", "네이버", "다온랩스"),
    } <= set(got)
    assert not any(k[0] == "ACQUIRED" for k in got)  # the merger is only planned


def test_denied_stake_sale_gives_nothing() -> None:
    got = facts("누리칩스는 최대주주 지분 매각설을 부인했다.")
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_investor_in_a_relative_clause() -> None:
    got = facts("삼성전자가 지분 투자한 레인보우로보틱스는 로봇을 만든다.")
    assert ("INVESTED_IN", "삼성전자", "레인보우로보틱스") in got


def test_speculation_supply_payments_and_targets_give_nothing() -> None:
    got = facts(
        "업계에서는 삼성전자가 한빛로보틱스를 인수할 것으로 보고 있다. "
        "엔비디아는 SK하이닉스에 HBM 공급 대금으로 1조원을 선지급했다. "
        "한빛전자는 올해 매출 1조원을 목표로 한다. 다온AI는 기업가치 26억달러를 인정받았다."
    )
    assert not ({"INVESTED_IN", "ACQUIRED"} & {k[0] for k in got}), got


def test_investor_named_after_a_classifier_written_in_two_pieces() -> None:
    got = facts("배달앱 운영사 한빛형제들이 미국 로봇 스타트업 다온로보틱스에 200만 달러를 투자했다고 밝혔다.")
    assert got[("INVESTED_IN", "한빛형제들", "다온로보틱스")]["amount"] == pytest.approx(2e6)
