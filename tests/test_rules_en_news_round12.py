"""English rules, round 12: more of the ways business news names a round's investors, an alliance's members, a
spin-off's new companies and the people and units involved.

Each case pairs a text that states the fact with one written like it that does not (hedged, denied, hypothetical
or about something else), which must not give it.  Decisions: "is considering", "could", "in talks", "reportedly"
and denials give nothing; "plans to join" is left as before (a stated plan, like a committed investment); a sum
given to several recipients is none's own.  Names are invented and every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_entity_names, en_facts, held

INV, ACQ, PART, SPUN, EST, WORK, PART_OF, AFF = (
    "INVESTED_IN",
    "ACQUIRED",
    "PARTICIPATES_IN",
    "SPUN_OFF_FROM",
    "ESTABLISHED",
    "WORKS_FOR",
    "PART_OF",
    "AFFILIATE_OF",
)
ROUND = "Halvard Robotics, a Korean robot startup, has raised $40 million in a Series B round. "
ALLIANCE = "Korvia Telecom launched the Vela AI Alliance in February 2023. "


@pytest.mark.parametrize(
    ("text", "fact", "unlike", "no_fact"),
    [
        # a round's investors, written after the round
        (
            ROUND + "The round drew investment from Tessaly Ventures, Morrow Capital and Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
            ROUND + "The round drew interest from Tessaly Ventures, Morrow Capital and Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
        ),
        (
            "Halvard Robotics has raised $40 million, with Tessaly Ventures, Morrow Capital and Ivel Partners among "
            "the participants.",
            (INV, "Morrow Capital", "Halvard Robotics"),
            "Halvard Robotics has raised $40 million, with Tessaly Ventures and Morrow Capital among the bidders.",
            (INV, "Morrow Capital", "Halvard Robotics"),
        ),
        (
            ROUND + "Tessaly Ventures and Morrow Capital are among its investors.",
            (INV, "Morrow Capital", "Halvard Robotics"),
            ROUND + "Tessaly Ventures and Morrow Capital could be among its investors.",
            (INV, "Morrow Capital", "Halvard Robotics"),
        ),
        # a description beside the name: "Y, the X-backed startup"
        (
            "Halvard Robotics, the Korvia Telecom-backed robot startup, opened an office in Austin.",
            (INV, "Korvia Telecom", "Halvard Robotics"),
            "Halvard Robotics, a potential Korvia Telecom-backed robot startup, opened an office in Austin.",
            (INV, "Korvia Telecom", "Halvard Robotics"),
        ),
        # an alliance's members
        (
            ALLIANCE + "Members of the alliance include Moreh Labs, Pravin AI and Quillon.",
            (PART, "Pravin AI", "Vela AI Alliance"),
            ALLIANCE + "Rivals of the alliance include Moreh Labs, Pravin AI and Quillon.",
            (PART, "Pravin AI", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "Moreh Labs, Pravin AI and Quillon are among its members.",
            (PART, "Pravin AI", "Vela AI Alliance"),
            ALLIANCE + "Moreh Labs, Pravin AI and Quillon are not among its members.",
            (PART, "Pravin AI", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "Moreh Labs, Pravin AI and Quillon are among the alliance's founding members.",
            (PART, "Quillon", "Vela AI Alliance"),
            ALLIANCE + "Moreh Labs, Pravin AI and Quillon are among the alliance's rivals.",
            (PART, "Quillon", "Vela AI Alliance"),
        ),
        (
            "The Vela AI Alliance counts Moreh Labs, Pravin AI and Quillon among its members.",
            (PART, "Pravin AI", "Vela AI Alliance"),
            "The Vela AI Alliance counts Moreh Labs, Pravin AI and Quillon among its critics.",
            (PART, "Pravin AI", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "The alliance started with three startups — Moreh Labs, Pravin AI and Quillon — and welcomed "
            "two more, Sorel Data and Tavik Systems, this year.",
            (PART, "Tavik Systems", "Vela AI Alliance"),
            ALLIANCE + "The alliance may welcome two more, Sorel Data and Tavik Systems, this year.",
            (PART, "Tavik Systems", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "The alliance started with three startups — Moreh Labs, Pravin AI and Quillon.",
            (PART, "Pravin AI", "Vela AI Alliance"),
            ALLIANCE + "The alliance started with three goals — growth, safety and reach.",
            (PART, "Korvia Telecom", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "With the addition of Sorel Data and Tavik, the alliance now has 10 members.",
            (PART, "Sorel Data", "Vela AI Alliance"),
            ALLIANCE + "With the addition of Sorel Data and Tavik, the alliance now has 10 rivals.",
            (PART, "Sorel Data", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "Sorel Data and Tavik became the newest members of the alliance.",
            (PART, "Sorel Data", "Vela AI Alliance"),
            ALLIANCE + "Sorel Data and Tavik did not become members of the alliance.",
            (PART, "Sorel Data", "Vela AI Alliance"),
        ),
        (
            ALLIANCE + "Sorel Data and Tavik are the latest additions to the alliance.",
            (PART, "Tavik", "Vela AI Alliance"),
            ALLIANCE + "Sorel Data and Tavik could be the latest additions to the alliance.",
            (PART, "Tavik", "Vela AI Alliance"),
        ),
        (
            "The Korvia-led Vela AI Alliance was launched in February 2023 with four startups:\n- Moreh Labs\n"
            "- Pravin AI\n- Quillon\n- Tavik",
            (PART, "Quillon", "Vela AI Alliance"),
            "The Korvia-led Vela AI Alliance was launched in February 2023 with four goals:\n- growth\n- safety\n"
            "- reach\n- trust",
            (PART, "growth", "Vela AI Alliance"),
        ),
        # spin-offs named in the same sentence, later, or in a list
        (
            "Dalmore Games said it will spin off its AI research division into a new company, DG AI, in February.",
            (SPUN, "DG AI", "Dalmore Games"),
            "Dalmore Games said it is considering spinning off its AI research division into a new company, DG AI.",
            (SPUN, "DG AI", "Dalmore Games"),
        ),
        (
            "Dalmore Games spun off its logistics arm as Cello Square in 2023.",
            (SPUN, "Cello Square", "Dalmore Games"),
            "Dalmore Games will not spin off its logistics arm as Cello Square.",
            (SPUN, "Cello Square", "Dalmore Games"),
        ),
        (
            "Dalmore Games decided to spin off its AI research unit and three game studios into independent "
            "subsidiaries. The AI unit will become DG AI. The three studios are: Redfern Games, Hollow Peak Studio and "
            "Lumen Forge.",
            (SPUN, "Hollow Peak Studio", "Dalmore Games"),
            "Dalmore Games is considering spinning off its AI research unit. The unit could become DG AI. The three "
            "studios are: Redfern Games, Hollow Peak Studio and Lumen Forge.",
            (SPUN, "Hollow Peak Studio", "Dalmore Games"),
        ),
        (
            "Dalmore Games will split off its AI research unit as a new company. The new company, DG AI, will launch "
            "in February.",
            (SPUN, "DG AI", "Dalmore Games"),
            "Dalmore Games is weighing a split of its AI research unit. The new company, DG AI, would launch in "
            "February.",
            (SPUN, "DG AI", "Dalmore Games"),
        ),
        (
            "Dalmore Games announced the spin-off of its AI research unit, which will become DG AI.",
            (SPUN, "DG AI", "Dalmore Games"),
            "Dalmore Games announced a review of its AI research unit, which will become DG AI.",
            (SPUN, "DG AI", "Dalmore Games"),
        ),
        (
            "Dalmore Games announced its results. Three game studios will also be spun off: Redfern Games, Hollow Peak "
            "Studio and Lumen Forge.",
            (SPUN, "Redfern Games", "Dalmore Games"),
            "Dalmore Games announced its results. Three game studios could also be spun off: Redfern Games, Hollow "
            "Peak Studio and Lumen Forge.",
            (SPUN, "Redfern Games", "Dalmore Games"),
        ),
        (
            "Dalmore Games will spin off Redfern Games, Hollow Peak Studio and Lumen Forge as separate companies.",
            (SPUN, "Redfern Games", "Dalmore Games"),
            "Dalmore Games will not spin off Redfern Games, Hollow Peak Studio and Lumen Forge.",
            (SPUN, "Redfern Games", "Dalmore Games"),
        ),
        (
            "Dalmore Games' board approved a plan to spin off four units. The AI research division will be renamed "
            "DG AI.",
            (SPUN, "DG AI", "Dalmore Games"),
            "Dalmore Games' board rejected a plan to spin off four units. The AI research division will be renamed "
            "DG AI.",
            (SPUN, "DG AI", "Dalmore Games"),
        ),
        # people: Western-order Korean names, "Mr.", a role taken over
        (
            "Sung-hoon Baek, chief executive of Halvard Robotics, said the company would go public.",
            (WORK, "Sung-hoon Baek", "Halvard Robotics"),
            "Sung-hoon Baek, a critic of Halvard Robotics, said the company would go public.",
            (WORK, "Sung-hoon Baek", "Halvard Robotics"),
        ),
        (
            "Mr. Baek, the chief executive of Halvard Robotics, declined to comment.",
            (WORK, "Mr. Baek", "Halvard Robotics"),
            "Mr. Baek, a critic of Halvard Robotics, declined to comment.",
            (WORK, "Mr. Baek", "Halvard Robotics"),
        ),
        (
            "Choi Soo-yeon, who took over as CEO of Halvard Robotics in 2022, said the firm would expand in Japan.",
            (WORK, "Choi Soo-yeon", "Halvard Robotics"),
            "Choi Soo-yeon, who is expected to take over as CEO of Halvard Robotics, said the firm would expand.",
            (WORK, "Choi Soo-yeon", "Halvard Robotics"),
        ),
        # money: grants, gapped shares, purposes, buyouts, founders
        (
            "The Ministry of Science and ICT will provide 10 billion won in grants to Halvard Robotics.",
            (INV, "Ministry of Science and ICT", "Halvard Robotics"),
            "The Ministry of Science and ICT will provide 10 billion won in loans to Halvard Robotics.",
            (INV, "Ministry of Science and ICT", "Halvard Robotics"),
        ),
        (
            "Orrin Motor Group acquired an 80% stake in Halvard Robotics, with Orrin Motor taking 30%, Orrin Mobility "
            "20% and Orrin Logistics 10%.",
            (INV, "Orrin Logistics", "Halvard Robotics"),
            "Orrin Motor Group is considering an 80% stake in Halvard Robotics, with Orrin Motor taking 30%, Orrin "
            "Mobility 20% and Orrin Logistics 10%.",
            (INV, "Orrin Logistics", "Halvard Robotics"),
        ),
        (
            "Orrin Motor bought out the remaining shares of Halvard Robotics.",
            (ACQ, "Orrin Motor", "Halvard Robotics"),
            "Orrin Motor is in talks to buy out the remaining shares of Halvard Robotics.",
            (ACQ, "Orrin Motor", "Halvard Robotics"),
        ),
        (
            "Baek Sung-hoon started Halvard Robotics in 2020 with two former colleagues.",
            (EST, "Baek Sung-hoon", "Halvard Robotics"),
            "Baek Sung-hoon did not start Halvard Robotics.",
            (EST, "Baek Sung-hoon", "Halvard Robotics"),
        ),
    ],
)
def test_fact_and_its_unlike(text: str, fact: tuple, unlike: str, no_fact: tuple) -> None:
    assert fact in en_facts(text)
    assert not held(en_facts(unlike), no_fact)


def test_shares_not_given_to_the_descriptive_name() -> None:
    """ "xAI rival Mistral AI", "Google parent Alphabet": the name after the describing noun is the argument."""
    facts = en_facts("Tessaly Ventures has invested in Quillon rival Halvard Robotics.")
    assert (INV, "Tessaly Ventures", "Halvard Robotics") in facts
    assert (INV, "Tessaly Ventures", "Quillon") not in facts
    facts = en_facts("Quillon parent Orrin Holdings invested $300 million in Halvard Robotics.")
    assert (INV, "Orrin Holdings", "Halvard Robotics") in facts
    assert (INV, "Quillon", "Halvard Robotics") not in facts


def test_fronted_backers_are_not_the_startup() -> None:
    """ "Backed by A and B, the startup …": B is one of the backers, not the startup that raised the money."""
    facts = en_facts("Backed by Tessaly Ventures and Morrow Capital, the startup has raised $300 million so far.")
    assert not any(k[0] == INV and k[2] == "Morrow Capital" for k in facts)


def test_among_its_investors_is_not_the_holders_own() -> None:
    """ "A and B are among its investors": "its" is the company just funded, never A."""
    facts = en_facts(ROUND + "Tessaly Ventures and Morrow Capital are among its investors.")
    assert (INV, "Morrow Capital", "Tessaly Ventures") not in facts


def test_sum_for_several_recipients_is_none_of_theirs() -> None:
    facts = en_facts("The Korea Development Bank awarded $20 million in funding to Halvard Robotics and Quillon Inc.")
    props = facts[(INV, "Korea Development Bank", "Halvard Robotics")]
    assert "amount" not in props and props["round_amount"] == 20_000_000


def test_unit_acquired_through_is_the_buyers() -> None:
    facts = en_facts("Orrin Holdings acquired Quillon Inc. through its audio unit Halvard Audio Inc.")
    assert (PART_OF, "Halvard Audio Inc.", "Orrin Holdings") in facts
    assert (PART_OF, "Halvard Audio Inc.", "Quillon Inc.") not in facts


def test_acronymed_division_is_one_name() -> None:
    """ "Device eXperience (DX) Division": one unit, not the companies "Device" and "Division"."""
    text = "Han Jong-hee, head of the Device eXperience (DX) Division at Orrin Electronics, unveiled the plan."
    names = en_entity_names(text)
    assert "Division" not in names and "Device" not in names
    assert not any(k[0] == PART_OF and k[1] == "Division" for k in en_facts(text))


def test_unit_head_still_works_for_the_company() -> None:
    text = "Han Jong-hee, head of the Device eXperience (DX) Division at Orrin Electronics, unveiled the plan."
    assert (WORK, "Han Jong-hee", "Orrin Electronics") in en_facts(text)


def test_sum_invested_to_become_a_shareholder_is_the_investors() -> None:
    """ "invested $N to become the largest shareholder in Y": N is the investor's own sum, in Y; considered, nothing."""
    facts = en_facts("Tessaly Ventures invested $50 million to become the largest shareholder in Halvard Robotics.")
    assert facts[(INV, "Tessaly Ventures", "Halvard Robotics")].get("amount") == 50_000_000
    hedged = (
        "Tessaly Ventures is considering investing $50 million to become the largest shareholder in Halvard Robotics."
    )
    assert (INV, "Tessaly Ventures", "Halvard Robotics") not in en_facts(hedged)


def test_spin_off_dated_by_when_it_takes_effect() -> None:
    """The separation date written in a sentence of its own dates the spin-off; an unrelated date does not."""
    text = (
        "Dalmore Games decided to spin off its AI research unit into a new company. The spin-off will take effect on "
        "Feb. 1, 2025. The new company, DG AI, will focus on language models."
    )
    assert en_facts(text)[(SPUN, "DG AI", "Dalmore Games")].get("date", "").startswith("2025-02")
    other = "Dalmore Games will spin off its AI research unit into a new company, DG AI. Shares rose on Feb. 2, 2025."
    assert "date" not in en_facts(other)[(SPUN, "DG AI", "Dalmore Games")]


def test_joint_venture_partner_named_after_the_venture() -> None:
    """ "X formed a joint venture called Y with Z": Z founded Y too; "with help from Z" does not make Z a parent."""
    facts = en_facts("Korvia Telecom formed a joint venture called Velora AI with Orrin Electronics.")
    assert (EST, "Orrin Electronics", "Velora AI") in facts
    helped = en_facts("Korvia Telecom formed a joint venture called Velora AI with help from Orrin Electronics.")
    assert (EST, "Orrin Electronics", "Velora AI") not in helped


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Korvia Telecom established a U.S. subsidiary, Korvia Americas, in 2023.",
            (AFF, "Korvia Americas", "Korvia Telecom"),
        ),
        (
            "Orrin Electronics set up a new AI research lab, Orrin AI Center Montreal, in 2018.",
            (PART_OF, "Orrin AI Center Montreal", "Orrin Electronics"),
        ),
    ],
)
def test_own_new_unit_belongs_to_its_founder(text: str, fact: tuple) -> None:
    """A company's new subsidiary is its affiliate, its new lab its part; one only considered is neither."""
    assert fact in en_facts(text)
    assert fact not in en_facts(
        text.replace(" established ", " is considering establishing ").replace(" set up ", " may set up ")
    )
