"""English appositions read as descriptions, not as parties: "X, the fund led by P," is a firm P leads, no round P
led; "A and B, the institute founded by P," describes B, the name right before its comma; "X, the <place> lab
founded by P," is X's founding, not the place's; "X, the vehicle chaired by P, previously invested in Y" is X's
investment (the small parser hangs the verb on P); a corporate suffix after a name the tagger cut ("SAP SE") is the
name's; a one-word registry name ending a person's name ("Premier Doug Ford") is the surname."""

from __future__ import annotations

import pytest
from en_facts import en_facts, extractor

from aigraph.ingest.contract import Document


def test_the_leader_of_a_fund_described_is_no_round_lead() -> None:
    got = en_facts("Kestrel Capital, the fund led by John Smith, invested in Tervana.")
    assert ("INVESTED_IN", "Kestrel Capital", "Tervana") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "John Smith" for k in got), got


def test_a_round_led_by_a_person_is_still_theirs() -> None:
    got = en_facts("Tervana raised $5 million. The round, led by John Smith, values Tervana at $50 million.")
    assert got.get(("INVESTED_IN", "John Smith", "Tervana"), {}).get("lead") is True, got


def test_an_apposition_after_two_names_describes_the_second() -> None:
    got = en_facts(
        "Cohere and Quorvex, the Montreal AI institute founded by Yann Duval, signed a research partnership."
    )
    assert ("ESTABLISHED", "Yann Duval", "Quorvex") in got, got
    assert ("ESTABLISHED", "Yann Duval", "코히어") not in got, got
    assert ("PARTNERS_WITH", "코히어", "Quorvex") in got, got


def test_an_apposition_after_one_name_describes_it() -> None:
    got = en_facts("Quorvex Labs, the Montreal AI institute founded by Yann Duval, signed a partnership with Velmora.")
    assert ("ESTABLISHED", "Yann Duval", "Quorvex Labs") in got, got


def test_the_place_in_a_description_founded_nothing() -> None:
    got = en_facts("Tervana Labs, the Freiburg lab founded by Robin Adler and Jana Voss, released a new model.")
    assert {k[2] for k in got if k[0] == "ESTABLISHED"} == {"Tervana Labs"}, got


@pytest.mark.parametrize(
    "investor, chair",
    [("MGX", "Sheikh Tahnoon bin Zayed Al Nahyan"), ("Halvard Capital", "Sheikh Omar bin Saleh")],
)
def test_the_investor_described_by_its_chair_is_the_investor(investor: str, chair: str) -> None:
    got = en_facts(f"{investor}, the Abu Dhabi investment vehicle chaired by {chair}, previously invested in Tervana.")
    assert ("INVESTED_IN", investor, "Tervana") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] in chair for k in got), got


def test_a_corporate_suffix_the_tagger_left_out_is_the_names() -> None:
    got = en_facts("SAP SE will invest 20 billion euros in Tervana, Chief Executive Anna Berg said.")
    assert ("INVESTED_IN", "SAP SE", "Tervana") in got, got
    assert not any(k[1] == "SE" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Vector Institute received 40 million Canadian dollars from the Government of Ontario, Premier Doug Ford "
        "announced.",
        "Doug Ford said the province will invest in the Vector Institute.",
    ],
)
def test_a_registry_name_ending_a_persons_name_is_the_surname(text: str) -> None:
    got = en_facts(text)
    assert not any("포드" in k[1] or k[1] == "Ford" for k in got), got
    names = {e.name for e in extractor().extract(Document(id="t", text=text, language="en")).entities}
    assert "Doug Ford" in names and "포드" not in names, names
