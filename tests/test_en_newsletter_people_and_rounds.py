"""English deal and people items: an amount ending a sentence ("… for $3.2B. Oracle is …") ends it, so a hedge in
the next sentence leaves the deal standing; "X led, and was joined by A and B" puts all three in the round just
reported; a hirer gives its hire the job it names ("hired P to lead Y"), not itself; a post given "at X"
("promoted to partner at X", "named general partner at X", "is now chief scientist at X") is held there."""

import pytest
from en_facts import en_facts, held


def test_a_hedge_in_the_next_sentence_leaves_a_deal_standing() -> None:
    facts = en_facts("Twilio acquired Segment for $3.2B. Oracle is reportedly in talks to acquire Cohere.")
    assert ("ACQUIRED", "Twilio", "Segment") in facts, facts
    assert not any(k[0] == "ACQUIRED" and k[2] in ("Cohere", "코히어") for k in facts), facts


def test_the_lead_and_those_who_joined_it() -> None:
    facts = en_facts(
        "Kiwa AI raised $15M in seed funding. Atomico led, and was joined by Index Ventures and Sequoia Capital."
    )
    for investor in ("Atomico", "Index Ventures", "Sequoia Capital"):
        assert ("INVESTED_IN", investor, "Kiwa AI") in facts, facts
    assert facts[("INVESTED_IN", "Atomico", "Kiwa AI")].get("lead") is True, facts


def test_the_hire_leads_not_the_hirer() -> None:
    facts = en_facts("Priya Natarajan hired Owen Feld to lead Cobalt Research, a new unit inside Tessera Inc.")
    assert not any(k[0] == "WORKS_FOR" and k[1] == "Priya Natarajan" for k in facts), facts
    assert any(k[0] == "WORKS_FOR" and k[1] == "Owen Feld" for k in facts), facts


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Rita Osei was promoted to partner at Index Ventures.", "Rita Osei", "Index Ventures"),
        ("Rita Osei was named general partner at Accel.", "Rita Osei", "Accel"),
        ("Marcus Lee, former CTO of Databricks, is now chief scientist at Mistral AI.", "Marcus Lee", "Mistral AI"),
    ],
)
def test_a_post_at_an_organisation(text: str, person: str, org: str) -> None:
    facts = en_facts(text)
    assert ("WORKS_FOR", person, org) in facts, facts
    assert not held(facts, ("WORKS_FOR", "Marcus Lee", "Databricks")), facts
