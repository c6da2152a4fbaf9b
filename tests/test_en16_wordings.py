"""English news wordings, round en16: employers the tagger cuts short, memberships listed after "members of Y,
including", companies launched with a description, investors joining existing backers, grants awarded to a company
(passive and double object), holders written as "one of Y's investors" or "the deal makes X the largest shareholder".
Decisions: a former role written before the employer's name ("former Y CEO P") is no current job; hearsay ("is said to
be buying") and a deal being neared are no facts; paid work (an order, a contract) and loans are no investment; a deal
agreed but not closed ("agreed to acquire") stays an acquisition, as the existing rules have it (the gold marks the
agreement). Each positive has a hedged, former, commercial or hypothetical counterpart that must give nothing.
Names are invented and every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_current, en_facts

INV, PART, ACQ, AFF, EST, WORK = (
    "INVESTED_IN",
    "PARTICIPATES_IN",
    "ACQUIRED",
    "AFFILIATE_OF",
    "ESTABLISHED",
    "WORKS_FOR",
)
P, T, K, ORLA, B = "Mara Lindqvist", "Tenvik Robotics", "Kestrel Systems", "Orla Capital", "Brightwater Ventures"
ALLIANCE = "Global Robot AI Alliance"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a name the tagger ends a word early, before the title
        (f"{T} chief executive {P} said the company would grow.", [(WORK, P, T)]),
        (f"{T} chief technology officer {P} said on Monday.", [(WORK, P, T)]),
        (f"{T} CTO {P} said on Monday.", [(WORK, P, T)]),
        # members listed after the body
        (
            f"Members of the {ALLIANCE}, including {K} and Orla Labs, met on Monday.",
            [(PART, K, ALLIANCE), (PART, "Orla Labs", ALLIANCE)],
        ),
        (
            f"Participants in the K-Robot Project include {K} and Orla Labs.",
            [(PART, K, "K-Robot Project"), (PART, "Orla Labs", "K-Robot Project")],
        ),
        (
            f"The K-Robot Consortium, led by {K} and including Orla Labs, will build a data center.",
            [(PART, K, "K-Robot Consortium"), (PART, "Orla Labs", "K-Robot Consortium")],
        ),
        # a company launched with a description of what it is
        (f"{K} launched {T}, a robotics subsidiary, in 2020.", [(EST, K, T), (AFF, T, K)]),
        # investors joining those already in
        (
            f"{T} raised $40 million, with new investors {B} and Kestrel Partners joining existing investors {ORLA} and "
            "Nordvik Partners.",
            [(INV, B, T), (INV, "Kestrel Partners", T), (INV, ORLA, T), (INV, "Nordvik Partners", T)],
        ),
        (
            f"{T} raised $40 million. New investors {B} and Kestrel Partners joined existing backer {ORLA}.",
            [(INV, B, T), (INV, "Kestrel Partners", T), (INV, ORLA, T)],
        ),
        # grants
        (f"{T} won a $5 million government grant from the Ministry of Science.", [(INV, "Ministry of Science", T)]),
        (f"{T} won $5 million in funding from {ORLA}.", [(INV, ORLA, T)]),
        (f"{T} was awarded a $5 million grant by the Ministry of Science.", [(INV, "Ministry of Science", T)]),
        (f"{T} was granted $5 million by the Ministry of Science.", [(INV, "Ministry of Science", T)]),
        (f"The Ministry of Science awarded {T} a $5 million grant.", [(INV, "Ministry of Science", T)]),
        (f"The Ministry of Science granted $5 million to {T}.", [(INV, "Ministry of Science", T)]),
        # holders
        (f"{ORLA} is one of {T}' biggest investors.", [(INV, ORLA, T)]),
        (f"{ORLA} is one of the investors in {T}.", [(INV, ORLA, T)]),
        (f"The investment makes {ORLA} the second-largest shareholder in {T}.", [(INV, ORLA, T)]),
        # agreed, not yet closed: an acquisition all the same; said by the buyer itself
        (f"{K} has agreed to buy {T} for $1 billion.", [(ACQ, K, T)]),
        (f"{K} said it had acquired {T}.", [(ACQ, K, T)]),
    ],
)
def test_states_the_fact(text: str, facts: list[tuple[str, str, str]]) -> None:
    found = en_facts(text)
    for fact in facts:
        assert fact in found, (fact, sorted(found))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (f"Former {T} CEO {P} said on Monday.", [(WORK, P, T)]),
        (f"Former members of the {ALLIANCE}, including {K} and Orla Labs, met on Monday.", [(PART, K, ALLIANCE)]),
        (f"Potential members of the {ALLIANCE}, including {K}, met on Monday.", [(PART, K, ALLIANCE)]),
        (f"{K} launched Tenvik Vision, a new camera, in 2020.", [(EST, K, "Tenvik Vision")]),
        (
            f"{T} raised $40 million. New investors {B} and Kestrel Partners joined existing backer {ORLA}.",
            [(INV, B, ORLA), (PART, B, ORLA), (INV, "Kestrel Partners", ORLA)],
        ),
        (f"{T} received a $5 million order from Orla Labs.", [(INV, "Orla Labs", T)]),
        (f"{T} won a $5 million contract from Orla Labs.", [(INV, "Orla Labs", T)]),
        (f"{T} won an award from Orla Labs.", [(INV, "Orla Labs", T)]),
        (f"{T} was awarded a $5 million contract by the Ministry of Science.", [(INV, "Ministry of Science", T)]),
        (f"{T} was awarded a $5 million loan by Orla Bank.", [(INV, "Orla Bank", T)]),
        (f"The Ministry of Science gave {T} a $5 million order for robots.", [(INV, "Ministry of Science", T)]),
        (f"The Ministry of Science may award {T} a $5 million grant.", [(INV, "Ministry of Science", T)]),
        (f"{ORLA} could become one of the investors in {T}.", [(INV, ORLA, T)]),
        (f"The deal would make {ORLA} the largest shareholder of {T}.", [(INV, ORLA, T)]),
        (f"{K} is said to be nearing a deal to buy {T}.", [(ACQ, K, T)]),
        (f"{K} is believed to have acquired {T}.", [(ACQ, K, T)]),
        (f"{K} is nearing a deal to acquire {T}.", [(ACQ, K, T)]),
        (f"{K} is buying {T}, according to people familiar with the matter.", [(ACQ, K, T)]),
        (f"{K} is in talks to invest in {T}.", [(INV, K, T)]),
        (f"{K} denied that it had invested in {T}.", [(INV, K, T)]),
        (f"{K} would invest in {T} if regulators approve.", [(INV, K, T)]),
    ],
)
def test_gives_nothing(text: str, absent: list[tuple[str, str, str]]) -> None:
    found = en_current(text)
    for fact in absent:
        assert fact not in found, (fact, sorted(found))


PROJECT = "Sovereign AI Foundation Model Project"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (f"{K} was selected as a participant in the {PROJECT}.", [(PART, K, PROJECT)]),
        (
            f"{K}, Orla Labs and Brightwater Motors were selected as the five elite teams for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT), (PART, "Brightwater Motors", PROJECT)],
        ),
        (
            f"The Ministry of Science selected {K} and Orla Labs for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT)],
        ),
        (
            f"The Ministry of Science picked {K} and Orla Labs to take part in the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT)],
        ),
        (
            f"The consortium led by {K}, which includes Orla Labs and Brightwater Motors, was selected for the "
            f"{PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT), (PART, "Brightwater Motors", PROJECT)],
        ),
        (
            f"{K}' consortium, which includes Orla Labs, was selected for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT)],
        ),
        (
            f"{K} will lead a consortium that includes Orla Labs and Brightwater Motors for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT), (PART, "Brightwater Motors", PROJECT)],
        ),
    ],
)
def test_takes_part_in_a_programme(text: str, facts: list[tuple[str, str, str]]) -> None:
    found = en_facts(text)
    for fact in facts:
        assert fact in found, (fact, sorted(found))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the one choosing is no participant
        (
            f"The Ministry of Science picked {K} to take part in the {PROJECT}.",
            [(PART, "Ministry of Science", PROJECT)],
        ),
        (f"The Ministry of Science selected {K} for the {PROJECT}.", [(PART, "Ministry of Science", PROJECT)]),
        (
            f"The consortium led by {K}, which includes Orla Labs, was not selected for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT)],
        ),
        (
            f"The consortium led by {K}, which includes Orla Labs, applied for the {PROJECT}.",
            [(PART, K, PROJECT), (PART, "Orla Labs", PROJECT)],
        ),
        (f"{K} may lead a consortium that includes Orla Labs for the {PROJECT}.", [(PART, "Orla Labs", PROJECT)]),
        (f"The Ministry of Science may select {K} and Orla Labs for the {PROJECT}.", [(PART, K, PROJECT)]),
        (f"{K} plans to apply to join the {ALLIANCE}.", [(PART, K, ALLIANCE)]),
        (f"{K} selected Orla Labs as its supplier.", [(PART, "Orla Labs", K)]),
    ],
)
def test_no_programme_part(text: str, absent: list[tuple[str, str, str]]) -> None:
    found = en_facts(text)
    for fact in absent:
        assert fact not in found, (fact, sorted(found))


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (f"{P}, {T} chief executive, said on Monday.", [(WORK, P, T)]),
        (f'"We are growing," said {P}, {T} chief executive.', [(WORK, P, T)]),
        (f"The partnership between {K} and Orla Labs will focus on chips.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"The collaboration between {K} and Orla Labs began in 2021.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"{K}' spin-off of {T} was completed in 2020.", [("SPUN_OFF_FROM", T, K)]),
        (f"{T}, {K}' spin-off, makes robots.", [("SPUN_OFF_FROM", T, K)]),
    ],
)
def test_described_ties(text: str, facts: list[tuple[str, str, str]]) -> None:
    found = en_facts(text)
    for fact in facts:
        assert fact in found, (fact, sorted(found))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (f'"We are growing," said {P}, former {T} chief executive.', [(WORK, P, T)]),
        (f"Talks on a partnership between {K} and Orla Labs stalled.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"A potential partnership between {K} and Orla Labs was discussed.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"The competition between {K} and Orla Labs is fierce.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"The partnership between {K} and Orla Labs could focus on chips.", [("PARTNERS_WITH", K, "Orla Labs")]),
        (f"{K}' planned spin-off of {T} was delayed.", [("SPUN_OFF_FROM", T, K)]),
        (f"{K}' spin-off of {T} could be completed next year.", [("SPUN_OFF_FROM", T, K)]),
        (f"{K}' spin-off of {T} was called off.", [("SPUN_OFF_FROM", T, K)]),
    ],
)
def test_no_described_tie(text: str, absent: list[tuple[str, str, str]]) -> None:
    found = en_current(text)
    for fact in absent:
        assert fact not in found, (fact, sorted(found))


def test_hyphen_led_round() -> None:
    """ "an X-led round": the lead investor, with the round's total as the round's, not X's own sum."""
    found = en_facts(f"{T} raised $40 million in an {ORLA}-led round.")
    assert found[(INV, ORLA, T)]["lead"] is True
    assert "amount" not in found[(INV, ORLA, T)]
    assert (INV, K, T) in en_facts(f"{T} closed a $40 million {K}-led Series B round.")
    assert (INV, ORLA, T) not in en_facts(f"{T} is seeking $40 million in an {ORLA}-led round.")
    assert (INV, ORLA, T) not in en_facts(f"{T} hopes to raise $40 million in an {ORLA}-led round.")


def test_took_the_helm_at() -> None:
    assert (WORK, P, T) in en_facts(f"{P} took the helm at {T} in 2022.")
    assert (WORK, P, T) not in en_facts(f"{P} could take the helm at {T} next year.")
    assert (WORK, P, T) not in en_facts(f"{P} declined to take the helm at {T}.")
