"""English facts a clause takes for granted: an apposition saying what a company is ("X, a subsidiary of Y,")
holds whatever the clause then says was called off or denied, unless it says the company was so before
("formerly a unit of Y"); "the company" a titled person founded is the one their subject phrase names ("DeepX CEO P
founded the company"); "it" in a relative clause ("Y, which it acquired in 2021") is the outer clause's subject."""

from __future__ import annotations

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Robotics, a subsidiary of Quorvex Group, called off its merger with Nordby Systems.",
        "Kestrel Robotics, a subsidiary of Quorvex Group, denied the report.",
    ],
)
def test_an_apposition_holds_under_a_called_off_or_denied_clause(text: str) -> None:
    got = en_facts(text)
    assert ("AFFILIATE_OF", "Kestrel Robotics", "Quorvex Group") in got, got
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Robotics, which could become a subsidiary of Quorvex Group, denied the report.",
        "Kestrel Robotics may become a subsidiary of Quorvex Group.",
        "Kestrel Labs, formerly a unit of Quorvex Group, raised $5 million.",
        "Kestrel Labs, a former unit of Quorvex Group, raised $5 million.",
    ],
)
def test_no_unit_from_a_hedged_or_past_description(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("PART_OF", "AFFILIATE_OF") for k in got), got


def test_the_company_a_titled_founder_founded_is_their_employer() -> None:
    got = en_facts(
        "Halvard Capital invested $250 million in Tervana in January, the startup said. "
        "Tervana CEO Kim Do-yoon founded the company in 2018."
    )
    assert got.get(("ESTABLISHED", "Kim Do-yoon", "Tervana"), {}).get("date") == "2018", got
    assert ("ESTABLISHED", "Kim Do-yoon", "Halvard Capital") not in got, got


def test_it_in_a_relative_clause_is_the_outer_subject() -> None:
    got = en_facts("Quorvex Group will invest $1.3 billion in Tervana Robotics, which it acquired in 2021.")
    assert got.get(("ACQUIRED", "Quorvex Group", "Tervana Robotics"), {}).get("date") == "2021", got
    assert ("INVESTED_IN", "Quorvex Group", "Tervana Robotics") in got, got
