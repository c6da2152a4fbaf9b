"""A round told over sentences: "The company" after the round's investors were named is the company funded, not the
investor last written as a subject ("Y raised $N. X also participated. The company was founded by P": P founded Y);
the lead named in a sentence of its own ("General Catalyst led the round.", where a name opening the sentence begins
with a common or title word) invested in the round just reported, also when the small parser reads the round in
"closed a 600 million euro funding round" as an adverb; an investor's own article keeps "the company" for it."""

import pytest
from en_facts import en_entity_names, en_facts


def test_the_company_after_the_investors_is_the_funded_company() -> None:
    got = en_facts(
        "Tessaline raised $50 million in a Series A round. Index Ventures also participated. The company was"
        " founded in 2021 by Jae Lee."
    )
    assert ("ESTABLISHED", "Jae Lee", "Tessaline") in got, got
    assert ("ESTABLISHED", "Jae Lee", "Index Ventures") not in got, got


def test_the_company_in_an_investors_own_article_is_the_investor() -> None:
    text = "Index Ventures invested in 20 startups this year. The company was founded in 1996 by Neil Rimer."
    assert ("ESTABLISHED", "Neil Rimer", "Index Ventures") in en_facts(text), en_facts(text)
    assert "Ventures" not in en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmora has closed a 600 million euro funding round. General Catalyst led the round.",
        "Velmora raised 600 million euros. General Catalyst led the round.",
    ],
)
def test_a_lead_named_in_its_own_sentence_invested(text: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "General Catalyst", "Velmora"), {}).get("lead") is True, got


def test_a_lead_of_a_round_only_planned_invested_nothing() -> None:
    got = en_facts("Velmora is in talks to raise 600 million euros. General Catalyst could lead the round.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_investors_named_after_the_round_share_its_size() -> None:
    got = en_facts(
        "Velmora raised 600 million euros. General Catalyst led the round. Existing investors Orla Capital and"
        " Kestrel Ventures also participated."
    )
    for investor in ("General Catalyst", "Orla Capital", "Kestrel Ventures"):
        props = got.get(("INVESTED_IN", investor, "Velmora"), {})
        assert props.get("round_amount") == 600_000_000 and props.get("round_currency") == "EUR", got
        assert "amount" not in props, props


def test_a_round_of_another_company_lends_no_size() -> None:
    got = en_facts("Velmora raised 600 million euros. Orla Capital led a round in Tessaline.")
    props = got.get(("INVESTED_IN", "Orla Capital", "Tessaline"))
    assert props is not None and "round_amount" not in props, got
