"""English rules, round 15: more of the ways business news writes memberships, rounds, spin-offs and takeovers.

Alliances: one company forming a body "with" others (all found it and take part), several organisations founding a
foundation, fund or research centre together (they take part in it), a body "made up of" / "composed of" its
members, "Y Alliance members A and B", a list set off by dashes after the body's name, "belong to", "leads the Y
Alliance", "participated in the first phase of Y", "among 20 companies that joined Y", "participating companies
include", investing "through" a body. Rounds: "…, in which A and B took part", "were among the investors in the
round", "led the round for Y", "the funding was provided by", "participated as strategic investors", co-investors
("alongside", "together with"), "rights offering". Spin-offs: "Y, X's AI chip spinoff", "X spinoff Y", "became
independent from X". Holdings: "X has a 20 percent stake in Y", "X's stake in Y rose", "X has backed Y", "Y sold
new shares to X", "Y brought in X as a strategic investor". Takeovers: "Y was merged into X", "acquired Y's shares".
A unit of a business group is also its affiliate. People: "Kestrel Systems' Mara Lindqvist said". Each has its hedged, denied or unrelated counterpart that must give nothing.
Names are invented and every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_facts

INV, PART, SPUN, ACQ, AFF, EST, WORK = (
    "INVESTED_IN",
    "PARTICIPATES_IN",
    "SPUN_OFF_FROM",
    "ACQUIRED",
    "AFFILIATE_OF",
    "ESTABLISHED",
    "WORKS_FOR",
)
ALLIANCE = "Open Robotics Alliance"
RAISED = "Tenvik Robotics raised $40 million on Tuesday. "


def _members(body: str, *names: str) -> list[tuple[str, str, str]]:
    return [(PART, n, body) for n in names]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Kestrel Systems launched the Open Robotics Alliance with Orla Labs and Brightwater Motors.",
            _members(ALLIANCE, "Kestrel Systems", "Orla Labs", "Brightwater Motors")
            + [(EST, "Orla Labs", ALLIANCE), (EST, "Brightwater Motors", ALLIANCE)],
        ),
        (
            "The Open Robotics Alliance is made up of Orla Labs and Brightwater Motors.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors"),
        ),
        (
            "The Open Robotics Alliance is composed of Orla Labs and Brightwater Motors.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors"),
        ),
        (
            "The Global Robot Alliance consists of 16 companies, such as Orla Labs and Brightwater Motors.",
            _members("Global Robot Alliance", "Orla Labs", "Brightwater Motors"),
        ),
        (
            "Open Robotics Alliance members Orla Labs and Brightwater Motors said on Monday.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors"),
        ),
        (
            "The Open Robotics Alliance — Orla Labs, Brightwater Motors and Daon Semiconductor — invested $20 million "
            "in Tenvik Robotics.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors", "Daon Semiconductor"),
        ),
        ("Orla Labs and Brightwater Motors belong to the Open Robotics Alliance.", _members(ALLIANCE, "Orla Labs")),
        (
            "Kestrel Systems, which leads the Open Robotics Alliance, said on Monday.",
            _members(ALLIANCE, "Kestrel Systems"),
        ),
        (
            "Orla Labs and Brightwater Motors participated in the first phase of the Open Robotics Project.",
            _members("Open Robotics Project", "Orla Labs", "Brightwater Motors"),
        ),
        (
            "Orla Labs and Brightwater Motors are among 20 companies that joined the Open Robotics Alliance.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors"),
        ),
        (
            "The Open Robotics Alliance said participating companies include Orla Labs and Brightwater Motors.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors"),
        ),
        (
            "Orla Labs, Brightwater Motors and Daon Bio invested $20 million in Tenvik Robotics through the Open "
            "Robotics Alliance.",
            _members(ALLIANCE, "Orla Labs", "Brightwater Motors", "Daon Bio"),
        ),
        (
            "Orla Labs, Brightwater Motors and Daon Bio launched the Korea Open Robotics Foundation.",
            _members("Korea Open Robotics Foundation", "Orla Labs", "Brightwater Motors"),
        ),
    ],
)
def test_members_of_a_body(text: str, facts: list[tuple[str, str, str]]) -> None:
    found = en_facts(text)
    assert all(f in found for f in facts), found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a company formed by several is theirs, not a body they take part in
        (
            "Orla Labs and Brightwater Motors formed a joint venture, Tenvik Robotics.",
            (PART, "Orla Labs", "Tenvik Robotics"),
        ),
        # help given "with" no name is no co-founder
        (
            "Kestrel Systems launched the Open Robotics Alliance with support from the government.",
            (PART, "Kestrel Systems", ALLIANCE),
        ),
        ("Orla Labs is considering joining the Open Robotics Alliance.", (PART, "Orla Labs", ALLIANCE)),
        ("Orla Labs does not belong to the Open Robotics Alliance.", (PART, "Orla Labs", ALLIANCE)),
        ("Orla Labs left the Open Robotics Alliance in 2023.", (PART, "Orla Labs", ALLIANCE)),
        # a round led is no body led
        ("Kestrel Capital led the round in Tenvik Robotics.", (PART, "Kestrel Capital", "Tenvik Robotics")),
        # a dash after a body's name that opens no closed list
        (
            "The Open Robotics Alliance — formed by Orla Labs in 2020 — met on Monday.",
            (PART, "Orla Labs", ALLIANCE),
        ),
        # "TeamViewer" is a company with a body's word inside its name, not a team one joins
        ("Orla Labs joined forces with Teamviewer.", (PART, "Orla Labs", "Teamviewer")),
    ],
)
def test_no_membership(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "Tenvik Robotics said it has attracted $40 million in a Series B round, in which Orla Ventures, Kestrel "
            "Capital and Brightwater Partners took part.",
            ["Orla Ventures", "Kestrel Capital", "Brightwater Partners"],
        ),
        (RAISED + "Orla Ventures and Kestrel Capital were among the investors in the round.", ["Orla Ventures"]),
        ("Kestrel Capital led the $40 million Series C round for Tenvik Robotics.", ["Kestrel Capital"]),
        (
            RAISED + "The funding was provided by Orla Ventures and Kestrel Capital.",
            ["Orla Ventures", "Kestrel Capital"],
        ),
        (RAISED + "The money came from Orla Ventures and Kestrel Capital.", ["Orla Ventures", "Kestrel Capital"]),
        (
            "Tenvik Robotics said Orla Ventures and Kestrel Capital participated as strategic investors.",
            ["Orla Ventures", "Kestrel Capital"],
        ),
        (
            "Orla Ventures invested in Tenvik Robotics alongside Kestrel Capital.",
            ["Orla Ventures", "Kestrel Capital"],
        ),
        ("Orla Ventures co-invested in Tenvik Robotics with Kestrel Capital.", ["Orla Ventures", "Kestrel Capital"]),
        ("Orla Ventures took part in Tenvik Robotics' rights offering.", ["Orla Ventures"]),
        ("Orla Ventures has funneled $100 million into Tenvik Robotics.", ["Orla Ventures"]),
        ("Orla Ventures has ploughed $100 million into Tenvik Robotics.", ["Orla Ventures"]),
        ("Orla Ventures acquired Tenvik Robotics' shares held by Kestrel Capital.", ["Orla Ventures"]),
    ],
)
def test_investors(text: str, investors: list[str]) -> None:
    found = en_facts(text)
    assert all((INV, i, "Tenvik Robotics") in found for i in investors), found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a bare "with" on the verb names what the money comes with, not a partner
        (
            "Orla Ventures invested in Tenvik Robotics with Kestrel Capital's blessing.",
            (INV, "Kestrel Capital", "Tenvik Robotics"),
        ),
        (
            "Orla Ventures may invest in Tenvik Robotics alongside Kestrel Capital.",
            (INV, "Kestrel Capital", "Tenvik Robotics"),
        ),
        # no round reported before: the round of whom is unsaid
        (
            "Orla Ventures and Kestrel Capital were among the investors in the round.",
            (INV, "Orla Ventures", "Tenvik Robotics"),
        ),
        (
            RAISED + "Orla Ventures declined to take part in the round.",
            (INV, "Orla Ventures", "Tenvik Robotics"),
        ),
        (
            "Tenvik Robotics said Orla Ventures is in talks to participate as a strategic investor.",
            (INV, "Orla Ventures", "Tenvik Robotics"),
        ),
        # a valuation is no sum invested, and a market size no investment
        ("Tenvik Robotics is valued at $2 billion, Orla Ventures said.", (INV, "Orla Ventures", "Tenvik Robotics")),
    ],
)
def test_no_investment(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tenvik Robotics, Kestrel Systems' AI chip spinoff, merged with Orla Labs.",
        "Kestrel Systems spinoff Tenvik Robotics raised $5 million.",
        "Tenvik Robotics became independent from Kestrel Systems in 2022.",
    ],
)
def test_spin_offs(text: str) -> None:
    assert (SPUN, "Tenvik Robotics", "Kestrel Systems") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Systems' planned spinoff Tenvik Robotics will list next year.",
        "Kestrel Systems may spin off Tenvik Robotics next year.",
        "Tenvik Robotics will not become independent from Kestrel Systems.",
        "Kestrel Systems denied it would spin off Tenvik Robotics.",
    ],
)
def test_no_spin_off(text: str) -> None:
    assert (SPUN, "Tenvik Robotics", "Kestrel Systems") not in en_facts(text), en_facts(text)


def test_a_country_made_independent_is_no_spin_off() -> None:
    assert not [k for k in en_facts("Korea became independent from Japan in 1945.") if k[0] == SPUN]


def test_merged_into() -> None:
    assert (ACQ, "Kestrel Systems", "Tenvik Robotics") in en_facts("Tenvik Robotics was merged into Kestrel Systems.")


@pytest.mark.parametrize(
    "text",
    [
        "Tenvik Robotics could be merged into Kestrel Systems.",
        "Kestrel Systems plans to merge Tenvik Robotics into its robotics unit, pending approval.",
        "Tenvik Robotics merged with Kestrel Systems.",  # a merger of equals: no buyer
        "The plan to merge Tenvik Robotics into Kestrel Systems was abandoned.",
    ],
)
def test_no_merger_into(text: str) -> None:
    assert (ACQ, "Kestrel Systems", "Tenvik Robotics") not in en_facts(text), en_facts(text)


def test_a_unit_of_a_business_group_is_its_affiliate() -> None:
    found = en_facts("Tenvik Robotics, a unit of Kestrel Group, invested $5 million.")
    assert (AFF, "Tenvik Robotics", "Kestrel Group") in found, found
    assert ("PART_OF", "Tenvik Robotics", "Kestrel Group") in found, found


def test_a_unit_of_a_company_stays_a_part() -> None:
    found = en_facts("Tenvik Robotics, a unit of Kestrel Systems, invested $5 million.")
    assert (AFF, "Tenvik Robotics", "Kestrel Systems") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Orla Ventures has a 20 percent stake in Tenvik Robotics.",
        "Orla Ventures' stake in Tenvik Robotics rose to 20 percent.",
        "Orla Ventures' 20 percent stake in Tenvik Robotics is worth $5 million.",
        "Orla Ventures has backed Tenvik Robotics for years.",
        "Tenvik Robotics will sell a 10 percent stake to Orla Ventures for $50 million.",
        "Tenvik Robotics sold new shares to Orla Ventures.",
        "Tenvik Robotics brought in Orla Ventures as a strategic investor.",
        "Tenvik Robotics welcomed Orla Ventures as a new shareholder.",
        "The $250 million Series C round in Tenvik Robotics was led by Orla Ventures.",
    ],
)
def test_holdings_and_new_shareholders(text: str) -> None:
    assert (INV, "Orla Ventures", "Tenvik Robotics") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orla Ventures sold its stake in Tenvik Robotics.",
        "Orla Ventures' stake in Tenvik Robotics was sold to Kestrel Capital.",
        "Orla Ventures' former stake in Tenvik Robotics was worth $5 million.",
        "Orla Ventures has no stake in Tenvik Robotics.",
        "Orla Ventures has been backed by Tenvik Robotics."  # the backed one invested in no one,
        "Orla Ventures has backed Tenvik Robotics' bid for the contract.",
        "Tenvik Robotics issued a statement to Orla Ventures.",
        "Tenvik Robotics could bring in Orla Ventures as a strategic investor.",
        "Orla Ventures sold its 10 percent stake to Kestrel Capital.",  # a stake in whom is unsaid
    ],
)
def test_no_holding(text: str) -> None:
    assert (INV, "Orla Ventures", "Tenvik Robotics") not in en_facts(text), en_facts(text)


def test_a_unit_merged_into_another_is_no_takeover() -> None:
    found = en_facts("Kestrel Systems merged its robotics unit into Tenvik Robotics.")
    assert not [k for k in found if k[0] == ACQ], found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Systems' Mara Lindqvist said the deal closed on Monday.",
        "Kestrel Systems's Mara Lindqvist said the deal closed on Monday.",
    ],
)
def test_an_organisations_own_person(text: str) -> None:
    assert (WORK, "Mara Lindqvist", "Kestrel Systems") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Korea's Mara Lindqvist said the deal closed on Monday.",  # a country is no employer
        "Kestrel Systems' former chief Mara Lindqvist said the deal closed on Monday.",
        "The Open Robotics Alliance's Mara Lindqvist said the deal closed on Monday.",  # a body is no employer
    ],
)
def test_no_organisations_own_person(text: str) -> None:
    found = en_facts(text)
    assert not [k for k in found if k[0] == WORK and k[1] == "Mara Lindqvist" and k[2] != "Korea"], found


def test_counted_among_a_bodys_companies() -> None:
    found = en_facts("Orla Labs is one of 20 companies in the Open Robotics Alliance.")
    assert (PART, "Orla Labs", ALLIANCE) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Orla Labs is not one of the companies in the Open Robotics Alliance.",
        "Orla Labs is one of 20 companies in Korea.",
    ],
)
def test_not_counted_among_a_bodys_companies(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] == PART], en_facts(text)


def test_counted_in_what_a_body_owns_is_no_membership() -> None:
    text = "Tenvik Robotics is one of many companies in the Open Robotics Alliance's orbit that Kestrel Capital could fund."
    assert not [k for k in en_facts(text) if k[0] == PART], en_facts(text)


def test_an_unknown_word_opening_the_sentence_as_its_subject_is_a_name() -> None:
    # the tagger reads "Tenstorrent" here as an adjective
    found = en_facts("Tenstorrent, headed by Mara Lindqvist, makes chips.")
    assert (WORK, "Mara Lindqvist", "Tenstorrent") in found, found


def test_a_known_word_opening_the_sentence_stays_a_word() -> None:
    assert not en_facts("Management, headed by Mara Lindqvist, approved the plan.")


def test_joined_a_body_along_with_others() -> None:
    found = en_facts("Tenvik Robotics joined the Open Robotics Alliance last year, along with Orla Labs.")
    assert all(f in found for f in _members(ALLIANCE, "Tenvik Robotics", "Orla Labs")), found


def test_joined_a_company_along_with_others_is_no_membership() -> None:
    found = en_facts("Mara Lindqvist joined Tenvik Robotics last year, along with Orla Labs.")
    assert (PART, "Orla Labs", "Tenvik Robotics") not in found, found


def test_round_investors_along_with_existing_ones() -> None:
    text = (
        RAISED + "The round drew participation from Kestrel Capital, along with existing investors such as "
        "Orla Ventures and Brightwater Partners."
    )
    found = en_facts(text)
    assert all((INV, i, "Tenvik Robotics") in found for i in ("Kestrel Capital", "Orla Ventures")), found


def test_two_one_word_names_joined_by_and_are_two() -> None:
    # the tagger reads "Rebellions and Upstage" as one name; both are listed companies
    found = en_facts("Tenvik Robotics joined the Open Robotics Alliance last year, along with Rebellions and Upstage.")
    assert all(f in found for f in _members(ALLIANCE, "Rebellions", "Upstage")), found
