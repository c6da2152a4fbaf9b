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
