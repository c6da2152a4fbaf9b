"""More ways Korean deal news writes who put money in (sentences composed for these tests); each has
planned, failed or considered sentences that give nothing."""

import pytest
from ko_facts import facts


def invested(text: str, investor: str, company: str) -> dict | None:
    return facts(text).get(("INVESTED_IN", investor, company))


def test_a_bet_on_a_company_is_an_investment() -> None:
    assert invested("한솔전자는 큐리엇에 200억원을 베팅했다.", "한솔전자", "큐리엇") is not None


def test_money_received_from_an_organisation_in_에서() -> None:
    props = invested("큐리엇은 한솔전자에서 200억원을 투자받았다.", "한솔전자", "큐리엇")
    assert props is not None and props["amount"] == 20_000_000_000


@pytest.mark.parametrize(
    "text",
    ["큐리엇은 한솔벤처스의 투자를 받은 스타트업이다.", "한솔벤처스의 투자를 받은 AI 스타트업 큐리엇은 신제품을 냈다."],
)
def test_the_investment_named_as_the_investors_own(text: str) -> None:
    assert invested(text, "한솔벤처스", "큐리엇") is not None, facts(text)


def test_a_round_secured_then_its_investors() -> None:
    got = facts("큐리엇은 시리즈B 라운드에서 200억원을 확보했다. 한솔벤처스와 다온캐피탈이 투자자로 참여했다.")
    assert got[("INVESTED_IN", "한솔벤처스", "큐리엇")]["round_amount"] == 20_000_000_000, got
    assert ("INVESTED_IN", "다온캐피탈", "큐리엇") in got, got


def test_existing_investors_following_on() -> None:
    got = facts(
        "큐리엇은 200억원 규모의 시리즈B 투자를 유치했다. 기존 투자사인 한솔벤처스와 다온캐피탈이 후속 투자했다."
    )
    assert got[("INVESTED_IN", "한솔벤처스", "큐리엇")]["series"] == "B", got
    assert ("INVESTED_IN", "다온캐피탈", "큐리엇") in got, got


def test_a_rights_offering_is_no_sector() -> None:
    got = facts("한솔전자는 큐리엇의 유상증자에 참여해 200억원을 납입했다.")
    assert ("INVESTED_IN", "한솔전자", "큐리엇") in got, got
    assert [k for k in got if k[0] == "INVESTED_IN"] == [("INVESTED_IN", "한솔전자", "큐리엇")], got


@pytest.mark.parametrize(
    "text",
    [
        "큐리엇은 미국 실리콘밸리에서 투자를 유치했다.",
        "큐리엇은 한솔벤처스의 투자를 받지 못했다.",
        "큐리엇은 한솔벤처스의 투자를 받을 예정이다.",
        "한솔전자는 큐리엇에 200억원을 베팅할지 검토 중이다.",
        "큐리엇이 한솔벤처스에서 투자받았다는 소문은 사실이 아니다.",
    ],
)
def test_places_plans_failures_and_denials_give_nothing(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_an_investor_in_a_relative_clause_before_a_described_company() -> None:
    got = facts("한솔텔레콤이 투자한 미국 AI 스타트업 큐리엇은 신제품을 공개했다.")
    assert ("INVESTED_IN", "한솔텔레콤", "큐리엇") in got, got


def test_a_relative_clause_before_a_bound_noun_names_no_company() -> None:
    got = facts("한솔텔레콤이 투자한 뒤 큐리엇은 빠르게 성장했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_investors_listed_before_a_counted_group_noun() -> None:
    got = facts("큐리엇은 한솔텔레콤, 다온모바일, 가람넷 등 통신 3사로부터 총 500억원을 투자받았다.")
    for investor in ("한솔텔레콤", "다온모바일", "가람넷"):
        assert got[("INVESTED_IN", investor, "큐리엇")].get("round_amount") == 50_000_000_000, got


def test_money_raised_from_banks_is_no_investment() -> None:
    got = facts("큐리엇은 지난 3월 가람은행과 다온은행에서 200억원을 조달했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


@pytest.mark.parametrize("name", ["누비랩", "큐리엇"])
def test_a_stake_in_a_coined_name(name: str) -> None:
    got = facts(f"한솔전자는 {name} 지분 30%를 보유하고 있다.")
    assert got.get(("INVESTED_IN", "한솔전자", name)) == {"stake_percent": 30.0}, got


def test_a_stake_sale_under_review_gives_nothing() -> None:
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in facts("한솔전자는 누비랩 지분 매각을 검토하고 있다."))
