"""ko_rounds and round leads: participants introduced as investors after a round (composed sentences)."""

from ko_facts import facts


def test_existing_and_new_investors_joining_the_announced_round() -> None:
    got = facts(
        "물류로봇 기업 세움로보틱스는 시리즈C 라운드에서 300억원을 조달했다. "
        "기존 투자자인 가람벤처스와 신규 투자자 누리인베스트먼트가 참여했다."
    )
    for investor in ("가람벤처스", "누리인베스트먼트"):
        props = got[("INVESTED_IN", investor, "세움로보틱스")]
        assert props["round_amount"] == 3e10 and props["series"] == "C" and "amount" not in props
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_financial_investor_joining_a_round() -> None:
    got = facts("세움로보틱스는 200억원 규모의 투자를 유치했다. 재무적 투자자로 가람벤처스가 합류했다.")
    assert ("INVESTED_IN", "가람벤처스", "세움로보틱스") in got


def test_investor_that_led_this_round_is_the_lead() -> None:
    got = facts("세움로보틱스는 200억원 규모의 시리즈B 투자를 유치했다. 누리인베스트먼트가 이번 투자를 이끌었다.")
    assert got[("INVESTED_IN", "누리인베스트먼트", "세움로보틱스")].get("lead") is True


def test_investor_word_without_an_announced_round_gives_nothing() -> None:
    got = facts("기존 투자자인 가람벤처스가 참여했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_undecided_or_denied_participation_gives_nothing() -> None:
    undecided = facts("세움로보틱스는 투자를 유치했다. 신규 투자자로 가람벤처스가 참여할지는 미정이다.")
    absent = facts("세움로보틱스는 투자를 유치했다. 투자자인 가람벤처스는 이번 행사에 참여하지 않았다.")
    assert not any(k[0] == "INVESTED_IN" for k in {**undecided, **absent}), (undecided, absent)


def test_investor_noun_before_a_name_is_not_part_of_it() -> None:
    got = facts("세움로보틱스는 투자를 유치했다. 신규 투자자 누리인베스트먼트가 참여했다.")
    assert ("INVESTED_IN", "누리인베스트먼트", "세움로보틱스") in got
