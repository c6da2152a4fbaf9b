"""A round told beside another verb of the company's ("Y was valued at $2 billion after a $300 million round led by
X", "Y emerged from stealth with $12 million in seed funding led by X") gives its lead, with the round's sum; a
round with a list of investors "participating" and no comma before "with" (the parser hangs the participle on
the round) gives each of them.  Talks, a possibility, and a seat on the board give nothing."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Velmora was valued at $2 billion after a $300 million funding round led by Quillon Capital.", 300_000_000),
        ("Velmora emerged from stealth with $12 million in seed funding led by Quillon Capital.", 12_000_000),
    ],
)
def test_the_lead_of_a_round_told_aside(text: str, total: int) -> None:
    props = en_facts(text).get(("INVESTED_IN", "Quillon Capital", "Velmora"))
    assert props is not None and props.get("lead") is True and props.get("round_amount") == total, en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmora is in talks to be valued at $2 billion after a $300 million funding round led by Quillon Capital.",
        "Velmora could be valued at $2 billion after a funding round led by Quillon Capital.",
    ],
)
def test_a_round_not_told_as_done_is_none(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_investors_participating_without_a_comma() -> None:
    got = en_facts(
        "Velmora closed a $270 million round with Quillon Capital, Index Ventures and Tessaline Partners participating."
    )
    for investor in ("Quillon Capital", "Index Ventures", "Tessaline Partners"):
        assert ("INVESTED_IN", investor, "Velmora") in got, got


def test_a_board_seat_is_no_investment() -> None:
    got = en_facts("Velmora closed a $270 million round with Quillon Capital joining its board.")
    assert ("INVESTED_IN", "Quillon Capital", "Velmora") not in got, got
