"""English references and deal details from wire stories: "the startup" after a university's spin-out is the
company, not the university; "The joint venture, named Y," is Y; a head "led by P as chief executive" keeps the
title; the price of a stake written after a misparsed description ("a 100% stake in AI startup Y for 25 billion
won") is kept; "in the round, which was led by X" marks X the lead; a graduate school is typed as a university's;
organisations given a founding role ("with A and B as founding partners") founded the body; well-known sovereign
funds are recognised."""

from __future__ import annotations

import pytest
from en_facts import en_facts, extractor

from aigraph.ingest.contract import Document


def test_the_startup_after_a_universitys_spin_out_is_the_company() -> None:
    got = en_facts(
        "The University of Norvik has spun out a company called Helix Quanta. "
        "The startup was founded by professors Emma Clarke and Rajiv Patel."
    )
    assert ("ESTABLISHED", "Emma Clarke", "Helix Quanta") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[2] == "University of Norvik" for k in got), got


def test_the_company_a_university_is_not_when_no_company_was_named() -> None:
    got = en_facts("The University of Norvik opened a campus. The startup was founded by Emma Clarke.")
    assert not any(k[0] == "ESTABLISHED" and k[2] == "University of Norvik" for k in got), got


def test_a_joint_venture_named_after_its_description_is_the_one_led() -> None:
    got = en_facts(
        "Quillon Investments and Norvik Systems have formed a joint venture with Tessaline. "
        "The joint venture, named Sferon AI, will be led by Jenny Nordlof as chief executive."
    )
    assert got.get(("WORKS_FOR", "Jenny Nordlof", "Sferon AI"), {}).get("title") == "chief executive", got
    assert ("WORKS_FOR", "Jenny Nordlof", "Quillon Investments") not in got, got


def test_the_price_of_a_stake_after_a_misparsed_description() -> None:
    got = en_facts("Kakao said it had acquired a 100% stake in AI startup Mindlogic for 25 billion won.")
    assert got.get(("ACQUIRED", "카카오", "Mindlogic"), {}).get("amount") == 25_000_000_000, got


def test_no_price_from_another_clause() -> None:
    got = en_facts("Kakao acquired a 30% stake in Mindlogic, and Naver paid $5 million for a license.")
    assert "amount" not in got.get(("INVESTED_IN", "카카오", "Mindlogic"), {"amount": "?"}), got


def test_the_lead_of_a_round_told_in_a_relative_clause() -> None:
    got = en_facts(
        "Quillon Systems raised $208 million. Norvik Capital and Tessaline Partners participated in the round, "
        "which was led by Walden Harbor Capital."
    )
    assert got.get(("INVESTED_IN", "Walden Harbor Capital", "Quillon Systems"), {}).get("lead") is True, got
    assert ("INVESTED_IN", "Norvik Capital", "Quillon Systems") in got, got


def test_a_graduate_school_is_typed_as_a_universitys() -> None:
    text = "Kim Min-soo, a professor at Seoul National University's Graduate School of Data Science, led the study."
    types = {e.name: e.type.value for e in extractor().extract(Document(id="t", text=text, language="en")).entities}
    assert types.get("Graduate School of Data Science") == "University", types


@pytest.mark.parametrize(
    "text",
    [
        "Nexora was established in 2024 by the Abu Dhabi government with Mubadala and G42 as founding partners.",
        "Nexora was set up in 2024 with Mubadala and G42 as co-founders.",
    ],
)
def test_organisations_given_a_founding_role_founded_the_body(text: str) -> None:
    got = en_facts(text)
    assert ("ESTABLISHED", "무바달라", "Nexora") in got and ("ESTABLISHED", "G42", "Nexora") in got, got


def test_a_sponsor_is_no_founder() -> None:
    got = en_facts("The Nexora Alliance was launched with Mubadala as a sponsor.")
    assert not any(k[0] == "ESTABLISHED" and k[1] == "무바달라" for k in got), got


@pytest.mark.parametrize("name", ["Temasek", "Mubadala", "BlackRock"])
def test_well_known_sovereign_funds_are_recognised_as_investors(name: str) -> None:
    text = f"{name} invested $100 million in Quillon Systems."
    got = en_facts(text)
    assert any(k[0] == "INVESTED_IN" and k[2] == "Quillon Systems" for k in got), got
    types = {e.type.value for e in extractor().extract(Document(id="t", text=text, language="en")).entities}
    assert "Investor" in types, types
