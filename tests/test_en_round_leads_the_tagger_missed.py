"""The lead investor of a round is a party to the deal even when the statistical tagger misses the name ("a
round led by General Catalyst, valuing the company at …"), and a title word opening a name is the name's
("General Catalyst", "General Atlantic"); a participle leading no round ("a startup led by its founder") names no
investor."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "lead", "company"),
    [
        (
            "Velmora raised 600 million euros in a round led by General Catalyst, valuing the Paris-based company at"
            " $6 billion.",
            "General Catalyst",
            "Velmora",
        ),
        (
            "Quorix Robotics raised $120 million in a round led by General Atlantic at a valuation of $2 billion.",
            "General Atlantic",
            "Quorix Robotics",
        ),
        (
            "Tessaline closed a $40 million Series B round headed by Brightwater Partners, valuing it at $400 million.",
            "Brightwater Partners",
            "Tessaline",
        ),
    ],
)
def test_the_lead_of_a_round_is_an_investor(text: str, lead: str, company: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", lead, company), {}).get("lead") is True, got


def test_a_company_led_by_its_founder_has_no_investor() -> None:
    text = "Velmora, a startup led by General Manager Anna Berg, opened an office in Lyon."
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)
    assert "General Manager" not in en_entity_names(text)


def test_a_round_the_company_only_plans_has_no_lead() -> None:
    text = "Velmora plans to raise 600 million euros in a round led by General Catalyst, sources said."
    assert not en_facts(text), en_facts(text)
