"""English rules on more ways wire services, the tech press and Korean outlets' English editions write a
deal: the other investors of a round, a purchase "snapped up" or agreed as "a deal to acquire", programmes
one is selected for, spin-off nouns, partnerships "inked" or "entered into", and roles held once.

Each case pairs a sentence that states the fact with one written like it that does not (hedged, planned,
denied, or about something else).  Names are invented and every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_facts, held

INV, ACQ, PART, SPUN, PARTNER, EST, WORK = (
    "INVESTED_IN",
    "ACQUIRED",
    "PARTICIPATES_IN",
    "SPUN_OFF_FROM",
    "PARTNERS_WITH",
    "ESTABLISHED",
    "WORKS_FOR",
)


@pytest.mark.parametrize(
    ("text", "fact", "unlike", "no_fact"),
    [
        # the other investors of a round, written as an absolute clause or as participation "of"
        (
            "Halvard Robotics raised $18 million. The funding was led by Tessaly Ventures, with Morrow Capital and "
            "Ivel Partners joining.",
            (INV, "Ivel Partners", "Halvard Robotics"),
            "Halvard Robotics raised $18 million from Tessaly Ventures, with Ivel Partners joining its board.",
            (INV, "Ivel Partners", "Halvard Robotics"),
        ),
        (
            "Seoul-based Pravin Labs has closed a 20 billion won Series B round, with Morrow Capital, Ivel Partners "
            "and Tessaly Ventures taking part.",
            (INV, "Morrow Capital", "Pravin Labs"),
            "Seoul-based Pravin Labs aims to close a 20 billion won Series B round, with Morrow Capital taking part.",
            (INV, "Morrow Capital", "Pravin Labs"),
        ),
        (
            "Halvard Robotics has raised $30 million in a round led by Tessaly Ventures with participation of "
            "Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
            "Halvard Robotics is looking to raise $30 million from Tessaly Ventures and Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
        ),
        (
            "Halvard Robotics has raised $30 million. Tessaly Ventures led the round, joined by Morrow Capital.",
            (INV, "Morrow Capital", "Halvard Robotics"),
            "Halvard Robotics has raised $30 million. Tessaly Ventures did not lead the round, joined by Morrow Capital.",
            (INV, "Morrow Capital", "Halvard Robotics"),
        ),
        (
            "Halvard Robotics has raised $30 million. Tessaly Ventures led the investment, with participation from "
            "Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
            "Halvard Robotics has raised $30 million. Tessaly Ventures may lead the investment, with participation "
            "from Ivel Partners.",
            (INV, "Ivel Partners", "Halvard Robotics"),
        ),
        (
            "Pravin Labs picked up $12 million in a round headed by Morrow Capital.",
            (INV, "Morrow Capital", "Pravin Labs"),
            "Pravin Labs, a startup headed by Dana Whitlow, picked up $12 million.",
            (INV, "Dana Whitlow", "Pravin Labs"),
        ),
        (
            "Pravin Labs raised $25 million in new funding. Morrow Capital and Ivel Partners also invested in the round.",
            (INV, "Ivel Partners", "Pravin Labs"),
            "Pravin Labs raised $25 million in new funding. Morrow Capital and Ivel Partners did not invest in the round.",
            (INV, "Ivel Partners", "Pravin Labs"),
        ),
        (
            "Morrow Capital also invested in Pravin Labs' $25 million seed round, alongside Ivel Partners.",
            (INV, "Ivel Partners", "Pravin Labs"),
            "Morrow Capital could invest in Pravin Labs' $25 million seed round, alongside Ivel Partners.",
            (INV, "Ivel Partners", "Pravin Labs"),
        ),
        (
            "Pravin Labs said it had won backing from Ivel Partners.",
            (INV, "Ivel Partners", "Pravin Labs"),
            "Pravin Labs said it is seeking backing from Ivel Partners.",
            (INV, "Ivel Partners", "Pravin Labs"),
        ),
        (
            "Pravin Labs raised $25 million. The round was led by Morrow Capital and included new investors "
            "Ivel Partners and Tessaly Ventures.",
            (INV, "Tessaly Ventures", "Pravin Labs"),
            "Pravin Labs raised $25 million. The round was led by Morrow Capital and included a loan from Tessaly Bank.",
            (INV, "Tessaly Bank", "Pravin Labs"),
        ),
        (
            "Tessaly Bank was among the investors in Halvard's Series A.",
            (INV, "Tessaly Bank", "Halvard"),
            "Tessaly Bank was not among the investors in Halvard's Series A.",
            (INV, "Tessaly Bank", "Halvard"),
        ),
        (
            "Pravin Labs picked up $12 million from Morrow Capital.",
            (INV, "Morrow Capital", "Pravin Labs"),
            "Korvane picked up a $10 million stake in Pravin Labs from Morrow Capital.",
            (INV, "Morrow Capital", "Korvane"),
        ),
        # purchases: "snapped up", "take control of", "a deal / an agreement to acquire"
        (
            "Chip designer Korvane snapped up Halvard Robotics for an undisclosed sum.",
            (ACQ, "Korvane", "Halvard Robotics"),
            "Chip designer Korvane may snap up Halvard Robotics.",
            (ACQ, "Korvane", "Halvard Robotics"),
        ),
        (
            "Korvane said on Monday it will take full control of Pravin Labs.",
            (ACQ, "Korvane", "Pravin Labs"),
            "Korvane is considering taking full control of Pravin Labs.",
            (ACQ, "Korvane", "Pravin Labs"),
        ),
        (
            "Korvane announced a deal to acquire Pravin Labs for $900 million.",
            (ACQ, "Korvane", "Pravin Labs"),
            "Korvane is in talks over a deal to acquire Pravin Labs for $900 million.",
            (ACQ, "Korvane", "Pravin Labs"),
        ),
        (
            "Korvane has entered into an agreement to buy Halvard Robotics.",
            (ACQ, "Korvane", "Halvard Robotics"),
            "Korvane made a bid to buy Halvard Robotics.",
            (ACQ, "Korvane", "Halvard Robotics"),
        ),
        (
            "Korvane completed its acquisition of Halvard Robotics in June.",
            (ACQ, "Korvane", "Halvard Robotics"),
            "Korvane's planned acquisition of Halvard Robotics has been delayed.",
            (ACQ, "Korvane", "Halvard Robotics"),
        ),
        # bodies: a list opening the sentence, programmes named by a lower-case noun, signing on, whose members
        (
            "Pravin Labs, Halvard Robotics and Korvane have joined the Open Fab Alliance as new members.",
            (PART, "Pravin Labs", "Open Fab Alliance"),
            "Pravin Labs, Halvard Robotics and Korvane declined to join the Open Fab Alliance.",
            (PART, "Pravin Labs", "Open Fab Alliance"),
        ),
        (
            "Pravin Labs was selected for the Tidewater Scale-Up program.",
            (PART, "Pravin Labs", "Tidewater Scale-Up"),
            "Pravin Labs was selected for its work on robot arms.",
            (PART, "Pravin Labs", "work"),
        ),
        (
            "Pravin Labs was picked for the Tidewater Scale-Up Program along with Halvard Robotics.",
            (PART, "Halvard Robotics", "Tidewater Scale-Up Program"),
            "Pravin Labs hopes to be picked for the Tidewater Scale-Up Program along with Halvard Robotics.",
            (PART, "Halvard Robotics", "Tidewater Scale-Up Program"),
        ),
        (
            "Halvard Robotics has been accepted into the Tidewater Accelerator Program.",
            (PART, "Halvard Robotics", "Tidewater Accelerator Program"),
            "Halvard Robotics has not been accepted into the Tidewater Accelerator Program.",
            (PART, "Halvard Robotics", "Tidewater Accelerator Program"),
        ),
        (
            "Korvane signed on to the Responsible Robotics Forum.",
            (PART, "Korvane", "Responsible Robotics Forum"),
            "Korvane refused to sign on to the Responsible Robotics Forum.",
            (PART, "Korvane", "Responsible Robotics Forum"),
        ),
        (
            "The Open Fab Alliance, whose members include Korvane and Pravin Labs, met in Busan.",
            (PART, "Korvane", "Open Fab Alliance"),
            "The Open Fab Alliance, whose critics include Korvane, met in Busan.",
            (PART, "Korvane", "Open Fab Alliance"),
        ),
        (
            "Korvane, Pravin Labs and Halvard Robotics formed a consortium, named Team Meridian, to bid for the contract.",
            (PART, "Pravin Labs", "Team Meridian"),
            "Korvane, Pravin Labs and Halvard Robotics formed a company, named Meridian Works, to build robots.",
            (PART, "Pravin Labs", "Meridian Works"),
        ),
        (
            "Korvane and Pravin Labs launched a joint venture called Meridian Works.",
            (EST, "Pravin Labs", "Meridian Works"),
            "Korvane and Pravin Labs launched a robot called Meridian One.",
            (EST, "Pravin Labs", "Meridian One"),
        ),
        # spin-offs written as nouns, and "split from"
        (
            "Halvard Robotics, a spinout from Korvane, builds warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane"),
            "Halvard Robotics, a supplier to Korvane, builds warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane"),
        ),
        (
            "Halvard Robotics, a Korvane Systems spin-off, builds warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane Systems"),
            "Halvard Robotics, a planned Korvane Systems spin-off, will build warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane Systems"),
        ),
        (
            "Korvane completed the demerger of Halvard Robotics in March.",
            (SPUN, "Halvard Robotics", "Korvane"),
            "Korvane opposed the demerger of Halvard Robotics in March.",
            (SPUN, "Halvard Robotics", "Korvane"),
        ),
        (
            "Halvard Robotics, which split from Korvane Systems in 2018, builds warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane Systems"),
            "Halvard Robotics, which may split from Korvane Systems next year, builds warehouse robots.",
            (SPUN, "Halvard Robotics", "Korvane Systems"),
        ),
        # partnerships: hands joined, alliances forged, partnerships entered into, deals to work together
        (
            "Pravin Labs and Korvane joined hands to develop on-device AI.",
            (PARTNER, "Pravin Labs", "Korvane"),
            "Pravin Labs and Korvane shook hands at the fair.",
            (PARTNER, "Pravin Labs", "Korvane"),
        ),
        (
            "Pravin Labs forged an alliance with Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
            "Pravin Labs forged an alliance of chipmakers without Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
        ),
        (
            "Pravin Labs entered into a strategic partnership with Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
            "Pravin Labs entered into a legal dispute with Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
        ),
        (
            "Pravin Labs inked a partnership deal with Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
            "Pravin Labs inked a supply deal with Korvane.",
            (PARTNER, "Pravin Labs", "Korvane"),
        ),
        (
            "Pravin Labs struck a deal with Korvane to co-develop AI models.",
            (PARTNER, "Pravin Labs", "Korvane"),
            "Pravin Labs struck a deal with Korvane to supply AI models.",
            (PARTNER, "Pravin Labs", "Korvane"),
        ),
        # roles: a past one gives no employer, an incoming one does
        (
            "Incoming Korvane CEO Dana Whitlow will take over in January.",
            (WORK, "Dana Whitlow", "Korvane"),
            "Outgoing Korvane CEO Dana Whitlow will step down in January.",
            (WORK, "Dana Whitlow", "Outgoing Korvane"),
        ),
        (
            "Dana Whitlow, who works at Korvane Systems, said the robots are ready.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
            "Dana Whitlow, who previously worked at Korvane Systems, said the robots are ready.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
        ),
        # a name the tagger missed or took for a place, known by its description: "X, a Seoul-based startup,"
        (
            "Vantric, a Daejeon-headquartered robotics startup, said it raised $5 million from Tessaly Ventures.",
            (INV, "Tessaly Ventures", "Vantric"),
            "Vantric, a Daejeon-headquartered robotics startup, said it may raise $5 million from Tessaly Ventures.",
            (INV, "Tessaly Ventures", "Vantric"),
        ),
        (
            "Quillon, a South Korean payments startup, raised $8 million. The company, founded in 2021 by former "
            "banker Dana Whitlow, plans to hire.",
            (EST, "Dana Whitlow", "Quillon"),
            "Quillon, a South Korean payments startup, raised $8 million. The company, which Dana Whitlow plans to "
            "found a rival to, will hire.",
            (EST, "Dana Whitlow", "Quillon"),
        ),
        # a unit named beside "its division" that is split off is spun off, and no longer part of its owner
        (
            "Morrow Group said its robotics division, Morrow Robotics, was split off into a separate company in March.",
            (SPUN, "Morrow Robotics", "Morrow Group"),
            "Morrow Group said its robotics division, Morrow Robotics, could be split off into a separate company.",
            (SPUN, "Morrow Robotics", "Morrow Group"),
        ),
        # roles written as a field of work or a team led at the organisation
        (
            "Dana Whitlow, head of AI strategy at Korvane Systems, said the chips ship in May.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
            "Dana Whitlow, a former head of AI strategy at Korvane Systems, said the chips ship in May.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
        ),
        (
            "Dana Whitlow, who leads the robotics team at Korvane Systems, said the chips ship in May.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
            "Dana Whitlow, who once led the robotics team at Korvane Systems, said the chips ship in May.",
            (WORK, "Dana Whitlow", "Korvane Systems"),
        ),
        # a new unit whose name the parser hangs on the opening verb
        (
            "Hanbit Electronics opened a new AI research center in Toronto, called Hanbit AI Toronto, on Monday.",
            (EST, "Hanbit Electronics", "Hanbit AI Toronto"),
            "Hanbit Electronics plans to open a new AI research center in Toronto, called Hanbit AI Toronto, next year.",
            (EST, "Hanbit Electronics", "Hanbit AI Toronto"),
        ),
    ],
)
def test_a_stated_deal_gives_its_relation_and_its_lookalike_does_not(
    text: str, fact: tuple[str, str, str], unlike: str, no_fact: tuple[str, str, str]
) -> None:
    assert fact in en_facts(text)
    assert not held(en_facts(unlike), no_fact)


def test_a_planned_raise_names_no_investor() -> None:
    assert not {
        k for k in en_facts("Pravin Labs aims to raise $40 million from Morrow Capital next year.") if k[0] == INV
    }


def test_a_past_role_served_gives_no_employer() -> None:
    got = en_facts("Dana Whitlow served as chief executive of Korvane.")
    assert not held(got, (WORK, "Dana Whitlow", "Korvane")), got


def test_a_unit_split_off_is_no_longer_part_of_its_owner() -> None:
    facts = en_facts("Morrow Group said its robotics division, Morrow Robotics, was split off into a separate company.")
    assert ("PART_OF", "Morrow Robotics", "Morrow Group") not in facts


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Ministry of Science and ICT will provide 1 trillion won to the Velora AI Institute through 2030.",
            {"amount": 1e12, "currency": "KRW", "end_date": "2030-12-31"},
        ),
        (
            "The Ministry of Science and ICT will provide 50 billion won a year to the Velora AI Institute.",
            {"annual_amount": 5e10, "currency": "KRW"},
        ),
        (
            "The Ministry of Science and ICT will grant 300 billion won to the Velora AI Institute over five years.",
            {"amount": 3e11, "period_years": 5.0},
        ),
        (
            "The Ministry of Science and ICT will provide 300 billion won to the Velora AI Institute from 2025 to 2029.",
            {"start_date": "2025-01-01", "end_date": "2029-12-31"},
        ),
    ],
)
def test_a_sum_given_keeps_its_period(text: str, wanted: dict) -> None:
    """The sum a body gives is read from its object, its period from the verb's own time words."""
    got = en_facts(text)
    props = next((p for (kind, _, target), p in got.items() if kind == INV and target == "Velora AI Institute"), None)
    assert props is not None, got
    assert {k: props.get(k) for k in wanted} == wanted, props


def test_support_given_without_a_sum_is_no_investment() -> None:
    got = en_facts("The Ministry of Science and ICT will provide support to the Velora AI Institute through 2030.")
    assert not [k for k in got if k[0] == INV], got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mira Patel, Cloudfield's head of research, said the lab would hire 50 people.", "head of research"),
        ('"We will hire 50 people," said Mira Patel, Cloudfield\'s head of research.', "head of research"),
        ("Mira Patel, Cloudfield's vice president of AI, said the lab would hire 50 people.", "vice president of AI"),
    ],
)
def test_a_post_in_charge_of_a_field_after_the_employers_possessive(text: str, title: str) -> None:
    """ "P, X's head of research": the tagger reads an unknown X as a person; the post names its employer."""
    got = en_facts(text)
    assert got.get((WORK, "Mira Patel", "Cloudfield"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "Mira Patel, Cloudfield's former head of research, said the lab would hire 50 people.",
        "Yoon Dae-min, Korea's head of state, said the plan would help chipmakers.",
        "Mira Patel, a rival of Cloudfield's head of research, said the lab would hire 50 people.",
    ],
)
def test_no_post_held_by_the_person_named(text: str) -> None:
    got = en_facts(text)
    assert not [k for k in got if k[0] == WORK], got
