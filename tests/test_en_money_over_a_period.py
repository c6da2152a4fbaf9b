"""A period written between the sum and its target ("will invest $230 billion over the next 20 years in
semiconductors"): the parser hangs "in Y" on the years, but the money still goes to Y, over that period; a hedged
commitment ("could invest") is none, and a place after the years is no target."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "investor", "target", "years"),
    [
        (
            "Samsung Electronics will invest $230 billion over the next 20 years in semiconductors.",
            "삼성전자",
            "semiconductors",
            20.0,
        ),
        (
            "Velmora Holdings will invest $3 billion over five years in Tessaline Robotics.",
            "Velmora Holdings",
            "Tessaline Robotics",
            5.0,
        ),
    ],
)
def test_money_over_a_period_goes_to_its_target(text: str, investor: str, target: str, years: float) -> None:
    got = en_facts(text)
    props = got.get(("INVESTED_IN", investor, target))
    assert props is not None and props.get("period_years") == years and "amount" in props, got


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Electronics could invest $230 billion over the next 20 years in semiconductors, analysts said.",
        "Velmora Holdings will invest $3 billion over five years in Texas.",
    ],
)
def test_a_hedged_sum_or_a_place_after_the_period_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)
