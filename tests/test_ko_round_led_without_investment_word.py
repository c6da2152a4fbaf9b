"""A round told as money a named investor led in, without the word 투자 ("A의 주도로 N억원을 확보했다", "A 주도로 N억원을
유치했다"): the lead invested, the sum is the round's and a series said before is kept; money still to be raised,
a budget secured without anyone leading it, or a company another body led the founding of, is no round."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "lead", "company", "series"),
    [
        (
            "에듀테크 기업 누리클래스는 시리즈B 투자에서 한빛벤처스의 주도로 250억원을 확보했다.",
            "한빛벤처스",
            "누리클래스",
            "B",
        ),
        ("페이노트는 시리즈A 라운드에서 누리파트너스의 주도로 120억원을 유치했다.", "누리파트너스", "페이노트", "A"),
        ("누리클래스는 한빛벤처스 주도로 250억원을 조달했다.", "한빛벤처스", "누리클래스", None),
    ],
)
def test_money_led_in_by_an_investor_is_a_round(text: str, lead: str, company: str, series: str | None) -> None:
    got = facts(text)
    props = got.get(("INVESTED_IN", lead, company))
    assert props is not None and props.get("lead") is True, got
    assert "round_amount" in props and "amount" not in props, props
    assert props.get("series") == series, props


@pytest.mark.parametrize(
    "text",
    [
        "누리클래스는 한빛벤처스 주도로 250억원을 확보할 계획이다.",
        "누리클래스는 올해 예산 250억원을 확보했다.",
        "한빛벤처스 주도로 설립된 누리클래스는 정부 과제에서 250억원을 확보했다.",
    ],
)
def test_money_not_led_in_by_an_investor_is_no_round(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)
