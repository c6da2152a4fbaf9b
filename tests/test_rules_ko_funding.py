"""ko_funding: funding rounds, investor lists and the round's amount (composed sentences)."""

import pytest
from ko_facts import facts


def test_investors_named_with_from_and_amount_on_a_single_investor() -> None:
    got = facts("물류 스타트업 비전로보틱스는 가나벤처스로부터 50억원 규모의 시리즈A 투자를 유치했다.")
    props = got[("INVESTED_IN", "가나벤처스", "비전로보틱스")]
    assert props["amount"] == pytest.approx(5e9) and props["series"] == "A"


def test_several_investors_share_the_round_total_as_a_round_property() -> None:
    got = facts("비전로보틱스는 가나벤처스, 다라인베스트먼트, 마바파트너스 등으로부터 120억원 투자를 유치했다.")
    for investor in ("가나벤처스", "다라인베스트먼트", "마바파트너스"):
        props = got[("INVESTED_IN", investor, "비전로보틱스")]
        assert "amount" not in props and props["round_amount"] == pytest.approx(1.2e10)


def test_participants_of_this_round_with_relative_clauses_and_middle_dots() -> None:
    got = facts(
        "한빛칩스는 10일 300억원 규모의 신규 투자를 유치했다고 밝혔다. "
        "이번 투자에는 김철수 회장이 이끄는 가나인베스트먼트, 다라벤처스·마바창업투자 등이 참여했다."
    )
    for investor in ("가나인베스트먼트", "다라벤처스", "마바창업투자"):
        assert ("INVESTED_IN", investor, "한빛칩스") in got
    assert ("INVESTED_IN", "김철수", "한빛칩스") not in got
    assert got[("WORKS_FOR", "김철수", "가나인베스트먼트")]["title"] == "회장"


def test_lead_investor_is_marked() -> None:
    got = facts("비전로보틱스는 투자를 유치했다. 이번 투자에는 가나벤처스가 주도하고 다라인베스트먼트가 참여했다.")
    assert got[("INVESTED_IN", "가나벤처스", "비전로보틱스")].get("lead") is True
    assert "lead" not in got[("INVESTED_IN", "다라인베스트먼트", "비전로보틱스")]


def test_investor_list_after_a_heading_phrase() -> None:
    got = facts(
        "로봇 스타트업 비전로보틱스는 시리즈A 투자 유치에 성공했다. 투자자로는 가나벤처스·다라인베스트먼트 등이 이름을 올렸다."
    )
    assert {("INVESTED_IN", "가나벤처스", "비전로보틱스"), ("INVESTED_IN", "다라인베스트먼트", "비전로보틱스")} <= set(
        got
    )


def test_round_with_no_investor_named_and_valuations_give_nothing() -> None:
    got = facts(
        "피지컬AI는 기업가치 3조원을 인정받으며 5000억원 규모의 투자를 유치했다. 구체적인 투자자는 공개되지 않았다."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_declined_offer_and_customer_prepayment_are_not_investments() -> None:
    got = facts(
        "한빛칩스는 해외 기업으로부터 2조원 규모의 투자 제안을 받았으나 이를 고사했다. "
        "가나반도체는 다라전자로부터 1조원의 선수금을 받았다."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_round_led_by_one_and_joined_by_others() -> None:
    got = facts(
        "비전로보틱스는 시리즈B 투자를 유치했다. 이번 라운드는 한빛벤처스가 주도했으며 다온인베스트먼트, 누리캐피탈 등이 참여했다."
    )
    assert got[("INVESTED_IN", "한빛벤처스", "비전로보틱스")].get("lead") is True
    assert ("INVESTED_IN", "누리캐피탈", "비전로보틱스") in got
