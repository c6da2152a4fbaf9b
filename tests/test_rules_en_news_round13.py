"""English rules, round 13: wire and tech-press wordings of rounds, deals, units and people that gave nothing
(or the wrong thing) before.

Each case pairs a text that states the fact with one written like it that does not (hedged, denied, called off,
forecast or about something else), which must not give it.  Decisions: a deal "expected to close" is agreed (its
closing is what is forecast), one "expected to be announced" is not; "walked away from / pulled out of" a deal
undoes it like "abandoned"; "X reported record sales" is no reported speech (only what "reported" introduces is
hearsay); "plans to invest" stays a commitment, as in the earlier rounds.  Names are invented and every sentence
is written for this test."""

from __future__ import annotations

import pytest
from en_facts import PUBLISHED, en_entity_names, en_facts, extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document

INV, ACQ, PART_OF, AFF, WORK, PART, SPUN = (
    "INVESTED_IN",
    "ACQUIRED",
    "PART_OF",
    "AFFILIATE_OF",
    "WORKS_FOR",
    "PARTICIPATES_IN",
    "SPUN_OFF_FROM",
)
EST, PW = "ESTABLISHED", "PARTNERS_WITH"
RAISED = "Tenvik Robotics raised $40 million on Tuesday. "


@pytest.mark.parametrize(
    ("text", "fact", "unlike", "no_fact"),
    [
        # the verb after an apposition: "X, the investment arm of Y, invested in Z" (the parser hangs it on Y)
        (
            "Kestrel Capital, the investment firm of Tarrow Group, invested in Nordvik AI.",
            (INV, "Kestrel Capital", "Nordvik AI"),
            "Kestrel Capital, the investment firm of Tarrow Group, is said to be considering investing in Nordvik AI.",
            (INV, "Kestrel Capital", "Nordvik AI"),
        ),
        (
            "GV, the venture capital arm of Alphabet, invested in Tenvik Robotics.",
            (INV, "GV", "Tenvik Robotics"),
            "GV, the venture capital arm of Alphabet, could invest in Tenvik Robotics.",
            (INV, "GV", "Tenvik Robotics"),
        ),
        # "reported" as a company's own verb, not hearsay
        (
            "Oskari Systems' subsidiary Tenvik Robotics reported record sales.",
            (AFF, "Tenvik Robotics", "Oskari Systems"),
            "Oskari Systems' former subsidiary Tenvik Robotics reported record sales.",
            (AFF, "Tenvik Robotics", "Oskari Systems"),
        ),
        (
            "Tenvik Robotics, a unit of Oskari Systems, reported a quarterly loss.",
            (PART_OF, "Tenvik Robotics", "Oskari Systems"),
            "Tenvik Robotics, a rival of Oskari Systems, reported a quarterly loss.",
            (PART_OF, "Tenvik Robotics", "Oskari Systems"),
        ),
        (
            "Oskari Systems acquired Tenvik Robotics, the company said.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems acquired Tenvik Robotics, Bloomberg reported.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        # a deal that fell through
        (
            "Oskari Systems closed its deal to buy Tenvik Robotics.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems walked away from its deal to buy Tenvik Robotics.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        (
            "Oskari Systems agreed to acquire Tenvik Robotics in March.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems agreed to acquire Tenvik Robotics in March but pulled out of the deal in May.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        # an agreed deal whose closing is forecast
        (
            "Oskari Systems' $2.1 billion acquisition of Tenvik Robotics is expected to close next year.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems' acquisition of Tenvik Robotics is expected to be announced next week.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        (
            "The acquisition of Tenvik Robotics by Oskari Systems is expected to close in the third quarter.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems is expected to acquire Tenvik Robotics in the third quarter.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        # "The round, led by X, …"
        (
            RAISED + "The round, led by Estrel Capital, values the company at $1 billion.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
            RAISED + "A planned second round, led by Estrel Capital, was shelved.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
        ),
        (
            "The investment, led by Estrel Capital, values Tenvik Robotics at $1 billion.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
            "The campaign, led by Estrel Capital, values Tenvik Robotics at $1 billion.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
        ),
        # "Y, whose backers include A and B"
        (
            "Tenvik Robotics, whose backers include Estrel Capital and Maribel Ventures, was valued at $3 billion.",
            (INV, "Maribel Ventures", "Tenvik Robotics"),
            "Tenvik Robotics, whose rivals include Estrel Capital and Maribel Ventures, was valued at $3 billion.",
            (INV, "Maribel Ventures", "Tenvik Robotics"),
        ),
        # passive sales
        (
            "Tenvik Robotics was sold to Oskari Systems in 2021.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Tenvik Robotics was not sold to Oskari Systems.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        (
            "Tenvik Robotics, sold to Oskari Systems in 2021, makes warehouse robots.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Tenvik Robotics' robots, sold to Oskari Systems in 2021, stack boxes.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        # more verbs of the press
        (
            "Oskari Systems scooped up Tenvik Robotics for $800 million.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
            "Oskari Systems scooped up Tenvik Robotics' engineers after the startup folded.",
            (ACQ, "Oskari Systems", "Tenvik Robotics"),
        ),
        (
            "Tenvik Robotics nabbed $50 million in fresh funding led by Estrel Capital.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
            "Tenvik Robotics hopes to nab $50 million in fresh funding led by Estrel Capital.",
            (INV, "Estrel Capital", "Tenvik Robotics"),
        ),
        # partners in a programme are its participants; a partner "of" a company is a partnership, not a member
        (
            "Tarrow Systems, Nordvik AI and Quorra Labs are partners in the Stargate project.",
            (PART, "Nordvik AI", "Stargate"),
            "Tarrow Systems is a potential partner in the Stargate project.",
            (PART, "Tarrow Systems", "Stargate"),
        ),
        (
            "Tarrow Systems is a partner in the Vela AI Alliance.",
            (PART, "Tarrow Systems", "Vela AI Alliance"),
            "Tarrow Systems could be a partner in the Vela AI Alliance.",
            (PART, "Tarrow Systems", "Vela AI Alliance"),
        ),
        # spin-offs
        (
            "Aurel Semiconductor, which Tarrow Systems spun off in 2022, makes memory chips.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
            "Aurel Semiconductor, which Tarrow Systems could spin off next year, makes memory chips.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
        ),
        (
            "Aurel Semiconductor was created through a spin-off from Tarrow Systems.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
            "Aurel Semiconductor was not created through a spin-off from Tarrow Systems.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
        ),
        (
            "Tarrow Systems completed the separation of Aurel Semiconductor on Friday.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
            "Tarrow Systems is considering the separation of Aurel Semiconductor.",
            (SPUN, "Aurel Semiconductor", "Tarrow Systems"),
        ),
        # investments written as lists, counts and provisions
        (
            "Tarrow Systems' portfolio companies include Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Quorra Labs"),
            "Tarrow Systems' rivals include Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Quorra Labs"),
        ),
        (
            "Tarrow Systems has invested in more than 30 AI startups, including Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Quorra Labs"),
            "Tarrow Systems has not invested in AI startups such as Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Quorra Labs"),
        ),
        (
            "Tarrow Systems has invested in startups such as Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Systems competes with startups such as Nordvik AI and Quorra Labs.",
            (INV, "Tarrow Systems", "Nordvik AI"),
        ),
        (
            "Nordvik AI counts Tarrow Systems as a shareholder.",
            (INV, "Tarrow Systems", "Nordvik AI"),
            "Nordvik AI counts Tarrow Systems as a customer.",
            (INV, "Tarrow Systems", "Nordvik AI"),
        ),
        (
            "Tarrow Systems doubled its stake in Nordvik AI to 20%.",
            (INV, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Systems denied that it doubled its stake in Nordvik AI.",
            (INV, "Tarrow Systems", "Nordvik AI"),
        ),
        (
            "Tarrow Systems will provide Nordvik AI with $100 million in funding.",
            (INV, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Bank will provide Nordvik AI with $100 million in loans.",
            (INV, "Tarrow Bank", "Nordvik AI"),
        ),
        (
            "Tarrow Systems will provide Nordvik AI with $100 million in funding.",
            (INV, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Systems will provide Nordvik AI with chips.",
            (INV, "Tarrow Systems", "Nordvik AI"),
        ),
        # founded as the object of a relative clause
        (
            "Nordvik AI, which Dana Whitfield founded in 2015, raised $20 million.",
            (EST, "Dana Whitfield", "Nordvik AI"),
            "Nordvik AI, which Dana Whitfield did not found, raised $20 million.",
            (EST, "Dana Whitfield", "Nordvik AI"),
        ),
        (
            "The Vela AI Alliance, which Tarrow Systems formed with Nordvik AI, held its first meeting.",
            (EST, "Nordvik AI", "Vela AI Alliance"),
            "The Vela AI Alliance, which Tarrow Systems could form with Nordvik AI, held its first meeting.",
            (EST, "Nordvik AI", "Vela AI Alliance"),
        ),
        # the company bought, written before "acquisition"
        (
            "Tarrow Systems completed its Nordvik AI acquisition in March.",
            (ACQ, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Systems called off its Nordvik AI acquisition in March.",
            (ACQ, "Tarrow Systems", "Nordvik AI"),
        ),
        (
            "Tarrow Systems' Nordvik AI acquisition is its largest to date.",
            (ACQ, "Tarrow Systems", "Nordvik AI"),
            "Tarrow Systems' planned Nordvik AI acquisition faces scrutiny.",
            (ACQ, "Tarrow Systems", "Nordvik AI"),
        ),
        # work done "in collaboration with" another
        (
            "Tarrow Systems developed the chip in collaboration with Quorra Labs.",
            (PW, "Tarrow Systems", "Quorra Labs"),
            "Tarrow Systems did not develop the chip in collaboration with Quorra Labs.",
            (PW, "Tarrow Systems", "Quorra Labs"),
        ),
        (
            "The chip was developed in collaboration with Quorra Labs, Tarrow Systems said.",
            (PW, "Tarrow Systems", "Quorra Labs"),
            "Tarrow Systems is considering developing the chip in partnership with Quorra Labs.",
            (PW, "Tarrow Systems", "Quorra Labs"),
        ),
        (
            "Tarrow Systems built the model in partnership with Quorra Labs.",
            (PW, "Tarrow Systems", "Quorra Labs"),
            "Tarrow Systems invested in Nordvik AI in partnership with Quorra Labs.",  # co-investors: no partnership
            (PW, "Tarrow Systems", "Quorra Labs"),
        ),
    ],
)
def test_fact_and_its_unlike(text: str, fact: tuple, unlike: str, no_fact: tuple) -> None:
    assert fact in en_facts(text)
    assert no_fact not in en_facts(unlike)


def test_apposed_arm_is_not_its_parent() -> None:
    """ "Kestrel Capital, the investment firm of Tarrow Group, invested": the firm invested, not the group."""
    facts = en_facts("Kestrel Capital, the investment firm of Tarrow Group, invested in Nordvik AI.")
    assert (INV, "Tarrow Group", "Nordvik AI") not in facts


def test_arm_named_after_its_parent_keeps_the_parent() -> None:
    """ "Oskari Systems Ventures, the venture arm of Oskari Systems": two organisations, the arm part of the parent
    (the parent's name is no short form of the arm's in the sentence that names both)."""
    text = "Oskari Systems Ventures, the venture arm of Oskari Systems, invested in Tenvik Robotics."
    assert "Oskari Systems" in en_entity_names(text)
    facts = en_facts(text)
    assert (PART_OF, "Oskari Systems Ventures", "Oskari Systems") in facts
    assert (INV, "Oskari Systems Ventures", "Tenvik Robotics") in facts


def test_short_form_in_a_later_sentence_still_joins() -> None:
    names = en_entity_names("Tenvik Robotics raised money. Tenvik said it was pleased.")
    assert "Tenvik" not in names


def test_speakers_title_names_no_person() -> None:
    """ "… in Nordvik AI, a spokesperson said": the company is no person, the title opens the speaker's clause."""
    text = "Tarrow Systems did not invest in Nordvik AI, a spokesperson said."
    entities = extractor().extract(Document(id="t", text=text, published=PUBLISHED)).entities
    assert [e.type for e in entities if e.name == "Nordvik AI"] == [EntityType.COMPANY]
    assert not en_facts(text)
    assert (WORK, "Jona Velde", "Oskari Systems") in en_facts("Jona Velde, a spokesperson for Oskari Systems, said so.")


def test_money_lent_is_no_investment() -> None:
    """A loan is debt, not a stake, however it is provided."""
    assert not en_facts("Tarrow Bank will provide $100 million in loans to Nordvik AI.")


@pytest.mark.parametrize(
    "text",
    [
        "Tarrow Systems hired Dana Whitfield as its chief AI officer.",
        "Dana Whitfield, chief AI officer at Tarrow Systems, said so.",
        "Tarrow Systems Chief AI Officer Dana Whitfield said so.",
    ],
)
def test_chief_officer_of_any_field_is_one_title(text: str) -> None:
    """ "chief AI officer", "chief data officer": the field between "chief" and "officer" is part of the title."""
    assert en_facts(text)[(WORK, "Dana Whitfield", "Tarrow Systems")]["title"].lower() == "chief ai officer"


def test_other_titles_keep_their_field() -> None:
    facts = en_facts("Dana Whitfield, Tarrow Systems' chief human resources officer, said so.")
    assert facts[(WORK, "Dana Whitfield", "Tarrow Systems")]["title"] == "chief human resources officer"
    assert "Nordvik AI" in en_entity_names("Nordvik AI chief executive Dana Whitfield said so.")


def test_founding_told_in_a_relative_clause_is_not_dated_to_the_article() -> None:
    """ "P and Q, who co-founded Y, said": the founding is the people's background, not this month's news."""
    facts = en_facts("Omar Rashid and Dana Whitfield, who co-founded Nordvik AI, said the deal was done.")
    assert "date" not in facts[(EST, "Omar Rashid", "Nordvik AI")]
    launched = en_facts("Tarrow Systems said Monday it has formed the Vela AI Alliance.")
    assert launched[(EST, "Tarrow Systems", "Vela AI Alliance")]["date"] == "2024-05-13"


def test_names_written_with_a_lower_case_first_letter() -> None:
    """ "iFlytek", "eGain": a name, though it starts in lower case; "mRNA" is a term, not a company."""
    assert (ACQ, "Tarrow Systems", "eGain") in en_facts("Tarrow Systems acquired eGain for $100 million.")
    assert ("PARTNERS_WITH", "iFlytek", "Tarrow Systems") in en_facts("iFlytek signed an MOU with Tarrow Systems.")
    assert "mRNA" not in en_entity_names("Tarrow Systems invested in mRNA.")


def test_founder_and_ceo_of_the_company_the_article_is_about() -> None:
    """ "Co-founder and CEO P said" with no company named: the company the article is about, as for "CEO P"."""
    text = (
        "Nordvik AI raised $40 million on Tuesday. Co-founder and CEO Dana Whitfield said the money would fund hiring."
    )
    facts = en_facts(text)
    assert facts[(WORK, "Dana Whitfield", "Nordvik AI")]["title"] == "CEO"
    assert (EST, "Dana Whitfield", "Nordvik AI") in facts
    former = "Nordvik AI raised $40 million on Tuesday. Former CEO Dana Whitfield said the money would fund hiring."
    assert (WORK, "Dana Whitfield", "Nordvik AI") not in en_facts(former)


@pytest.mark.parametrize(
    "text",
    [
        "Korvia Telecom has invested $10 million in U.S.-based AI startup Nordvik AI.",
        "Korvia Telecom has invested $10 million in Nasdaq-listed AI company Nordvik AI.",
    ],
)
def test_where_a_company_is_is_not_the_company(text: str) -> None:
    """ "in U.S.-based AI startup Y", "in Nasdaq-listed Y": the description opens the phrase, Y is the argument."""
    facts = en_facts(text)
    assert facts[(INV, "Korvia Telecom", "Nordvik AI")]["amount"] == 10_000_000
    assert [k for k in facts if k[0] == INV] == [(INV, "Korvia Telecom", "Nordvik AI")]
    assert not any(name.startswith("U.S.-based") for name in en_entity_names(text))


def test_each_investors_own_sum_after_from() -> None:
    """ "$60 million from A and $40 million from B", "raised $100 million, including $60 million from A": each sum
    is its investor's own, not the round's total."""
    facts = en_facts("Nordvik AI received $60 million from Tarrow Systems and $40 million from Halcyon Ventures.")
    assert facts[(INV, "Tarrow Systems", "Nordvik AI")]["amount"] == 60_000_000
    assert facts[(INV, "Halcyon Ventures", "Nordvik AI")]["amount"] == 40_000_000
    facts = en_facts("Nordvik AI raised $100 million, including $60 million from Tarrow Systems.")
    assert facts[(INV, "Tarrow Systems", "Nordvik AI")]["amount"] == 60_000_000
    shared = en_facts("Nordvik AI raised $40 million from Halcyon Ventures and Brightwater Capital.")
    assert "amount" not in shared[(INV, "Halcyon Ventures", "Nordvik AI")]


def test_a_share_of_the_round_just_reported() -> None:
    facts = en_facts("Nordvik AI raised $100 million. Of the total, Tarrow Systems contributed $60 million.")
    assert facts[(INV, "Tarrow Systems", "Nordvik AI")]["amount"] == 60_000_000
    assert not en_facts("Nordvik AI raised $100 million. Tarrow Systems could contribute $60 million.").get(
        (INV, "Tarrow Systems", "Nordvik AI")
    )
    assert not en_facts("Tarrow Systems contributed $60 million to charity.")


def test_a_listed_place_described_as_a_lab_is_still_a_place() -> None:
    """ "a research center in Toronto, its third overseas lab": Toronto is no unit of the company."""
    text = "Tarrow Systems opened an AI research center in Toronto, its third overseas lab."
    assert "Toronto" not in en_entity_names(text)
    assert not any(k[0] == PART_OF for k in en_facts(text))


def test_set_up_as_a_joint_venture_between() -> None:
    facts = en_facts("Nordvik AI was established in 2020 as a joint venture between Tarrow Systems and Quorra Labs.")
    assert facts[(EST, "Quorra Labs", "Nordvik AI")]["date"] == "2020"
    hedged = "Nordvik AI could be restructured as a joint venture between Tarrow Systems and Quorra Labs."
    assert (EST, "Quorra Labs", "Nordvik AI") not in en_facts(hedged)


def test_created_as_a_subsidiary() -> None:
    facts = en_facts("Tarrow Systems created Nordvik AI as a wholly owned subsidiary in 2020.")
    assert facts[(EST, "Tarrow Systems", "Nordvik AI")]["date"] == "2020"
    assert (AFF, "Nordvik AI", "Tarrow Systems") in facts
    assert not en_facts("Tarrow Systems launched Nordvik Chat as a product last year.")


def test_successors_and_promotions_work_for_the_company() -> None:
    facts = en_facts("Dana Whitfield succeeded Omar Rashid as CEO of Tarrow Systems in March.")
    assert facts[(WORK, "Dana Whitfield", "Tarrow Systems")]["title"] == "CEO"
    assert (WORK, "Omar Rashid", "Tarrow Systems") not in facts  # the predecessor held the post before
    assert (WORK, "Dana Whitfield", "Tarrow Systems") not in en_facts(
        "Dana Whitfield will not succeed Omar Rashid as CEO of Tarrow Systems."
    )
    promoted = en_facts("Tarrow Systems promoted Dana Whitfield to president.")
    assert promoted[(WORK, "Dana Whitfield", "Tarrow Systems")]["title"] == "president"


def test_also_invested_after_a_round() -> None:
    """After a round: "X also invested", "A and B also chipped in" are its investors; "also invested in Z" is not."""
    first = "Nordvik AI raised $40 million on Tuesday. "
    assert (INV, "Brightwater Capital", "Nordvik AI") in en_facts(
        first + "Existing backers Halcyon Ventures and Brightwater Capital also chipped in."
    )
    assert (INV, "Halcyon Ventures", "Nordvik AI") in en_facts(first + "Halcyon Ventures also invested.")
    elsewhere = en_facts(first + "Halcyon Ventures also invested in Quorra Labs.")
    assert (INV, "Halcyon Ventures", "Nordvik AI") not in elsewhere
    assert not en_facts(first + "Halcyon Ventures did not invest.")


def test_industry_word_ends_a_company_name_the_tagger_takes_for_a_person() -> None:
    """ "its subsidiary Kestrel Defense": "Defense" ends company names, so the subsidiary is an organisation."""
    facts = en_facts("Samsung Electronics acquired Nordvik AI through its subsidiary Kestrel Defense.")
    assert (AFF, "Kestrel Defense", "Samsung Electronics") in facts
    assert (WORK, "Dana Whitfield", "Tarrow Systems") in en_facts("Dana Whitfield, CEO of Tarrow Systems, said so.")
