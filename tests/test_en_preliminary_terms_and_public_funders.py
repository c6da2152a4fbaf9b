"""English government funding and deal-roundup news: terms not yet agreed ("a preliminary memorandum of terms", "a
non-binding preliminary agreement to provide $N") and money promised "if" a condition is met are no facts (an MOU,
binding or not, is still a partnership); a body whose name lists its fields ("Engineering and Physical Sciences
Research Council") is one body; well-known public funders are registry entries; a place and a field before a kind
of company ("Porto AI startup Kinetiq") are no name; a name never runs into the next sentence after a company's
abbreviated legal form ("… Ltd. Sakana AI was founded …")."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    "text",
    [
        "The Energy Department announced a preliminary memorandum of terms with Corvane Systems for up to $900 million.",
        "The Trade Ministry signed a non-binding preliminary agreement to provide up to $2 billion to Corvane Systems.",
        "Halden Capital signed a tentative agreement to acquire Corvane Systems for $400 million.",
    ],
)
def test_terms_not_yet_agreed_give_no_fact(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED", "PARTNERS_WITH") for k in got), got


def test_a_definitive_agreement_still_gives_the_deal() -> None:
    got = en_facts("Halden Capital signed a definitive agreement to acquire Corvane Systems for $400 million.")
    assert ("ACQUIRED", "Halden Capital", "Corvane Systems") in got, got


def test_a_non_binding_mou_is_still_a_partnership() -> None:
    got = en_facts(
        "Marlow Robotics signed a non-binding memorandum of understanding with Tessaly Labs to cooperate on AI."
    )
    assert ("PARTNERS_WITH", "Marlow Robotics", "Tessaly Labs") in got or (
        "PARTNERS_WITH",
        "Tessaly Labs",
        "Marlow Robotics",
    ) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Dublin startup Fenlo AI will receive €8m from Marrow Ventures if it meets its revenue targets.",
        "Marrow Ventures will invest $5 million in Fenlo AI if the regulator approves the deal.",
    ],
)
def test_money_promised_on_a_condition_is_no_investment(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_money_given_before_a_conditional_promise_stays() -> None:
    got = en_facts("Marrow Ventures invested $5 million in Fenlo AI, and it will invest more if sales grow.")
    assert got.get(("INVESTED_IN", "Marrow Ventures", "Fenlo AI"), {}).get("amount") == 5_000_000, got


def test_a_body_named_by_its_fields_is_one_body() -> None:
    text = "The Nordvik Institute is funded by the Marine and Polar Sciences Research Council."
    names = en_entity_names(text)
    assert "Marine and Polar Sciences Research Council" in names, names
    assert "Marine" not in names, names
    got = en_facts(text)
    assert ("INVESTED_IN", "Marine and Polar Sciences Research Council", "Nordvik Institute") in got, got


def test_an_agency_named_by_its_fields_is_not_cut_at_and() -> None:
    names = en_entity_names("The Applied Research and Invention Authority appointed Mara Quist as programme director.")
    assert "Applied Research and Invention Authority" in names, names


def test_two_named_investors_joined_by_and_stay_two() -> None:
    got = en_facts("Morrow Capital and Ivel Partners invested in Quillon.")
    assert ("INVESTED_IN", "Morrow Capital", "Quillon") in got, got
    assert ("INVESTED_IN", "Ivel Partners", "Quillon") in got, got


@pytest.mark.parametrize(
    ("text", "funder", "recipient"),
    [
        ("The National Science Foundation awarded $12 million to Tarrow University.", "NSF", "Tarrow University"),
        ("DARPA awarded $3 million to Brisk Logic Inc.", "DARPA", "Brisk Logic Inc."),
        ("UK Research and Innovation granted £4 million to the Halley Institute.", "UKRI", "Halley Institute"),
    ],
)
def test_public_funders_are_registry_agencies(text: str, funder: str, recipient: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", funder, recipient) in got, got


def test_a_firm_recalled_after_an_agency_is_the_company_not_the_agency() -> None:
    got = en_facts(
        "DARPA awarded a $2 million contract to Brisk Logic Inc. The firm was founded by Owen Marsh in 2011."
    )
    assert ("ESTABLISHED", "Owen Marsh", "DARPA") not in got, got
    assert ("ESTABLISHED", "Owen Marsh", "Brisk Logic Inc.") in got, got


def test_a_place_and_a_field_before_a_kind_of_company_are_no_name() -> None:
    text = "Madrid-based Velora Health has acquired a 25% stake in Porto AI startup Quintal for €6m."
    assert "Porto AI" not in en_entity_names(text)
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Velora Health", "Quintal"), {}).get("stake_percent") == 25, got


def test_a_name_never_runs_past_a_legal_form_into_the_next_sentence() -> None:
    text = "Kuroha AI received a credit line from Mizuho Bank Ltd. Kuroha AI was founded in 2022 by Ren Oda."
    assert not any("Ltd. Kuroha" in n for n in en_entity_names(text))
    got = en_facts(text)
    assert ("ESTABLISHED", "Ren Oda", "Kuroha AI") in got, got


def test_a_title_after_a_legal_form_stays_in_the_sentence() -> None:
    got = en_facts("Hanbit Motor Co. Chairman Park Ji-hoon met the press in Seoul.")
    assert got.get(("WORKS_FOR", "Park Ji-hoon", "Hanbit Motor Co."), {}).get("title") == "Chairman", got
