"""Relative clauses however the parser hangs them: "owns 90% of Y, which was founded in 2019 by P" and "bought Y,
which P founded in 2019" make P Y's founder (the deal keeps no date of the founding clause); a person who "launched"
a company founded it.  A past head ("P, who led X, joined Y", "P led X until 2023") is no current role; a body of the
government's with no name of its own is no body taken part in."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Group owns about 90% of 42dot, which was founded in 2019 by Jane Morrow.",
        "Velmora Group bought 42dot, which Jane Morrow founded in 2019.",
    ],
)
def test_the_founder_in_a_relative_clause(text: str) -> None:
    got = en_facts(text)
    assert got.get(("ESTABLISHED", "Jane Morrow", "42dot"), {}).get("date") == "2019", got


def test_the_deal_keeps_no_founding_date() -> None:
    got = en_facts("Velmora Group bought 42dot, which Jane Morrow founded in 2019.")
    assert "date" not in got.get(("ACQUIRED", "Velmora Group", "42dot"), {"date": "missing"}), got


def test_a_person_launching_a_company_founded_it() -> None:
    got = en_facts("Jane Morrow launched Velmora in 2021.")
    assert got.get(("ESTABLISHED", "Jane Morrow", "Velmora"), {}).get("date") == "2021", got


@pytest.mark.parametrize(
    "text",
    [
        "Jane Morrow, who led Quillon Labs, joined Velmora as chief scientist.",
        "Jane Morrow led Quillon Labs until 2023.",
    ],
)
def test_a_past_head_is_no_current_role(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Jane Morrow", "Quillon Labs"), {"former": True}).get("former") is True, got


def test_a_present_head_still_is() -> None:
    got = en_facts("Jane Morrow, who leads Quillon Labs, spoke at the event.")
    assert ("WORKS_FOR", "Jane Morrow", "Quillon Labs") in got, got


def test_an_unnamed_government_project_is_no_body() -> None:
    got = en_facts(
        "Velmora was selected to participate in the Korean government's sovereign AI foundation model project."
    )
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got
