"""English buyout, listing, grant and regional business press: a body named for its members in a plural possessive
("Teachers' Pension Plan") is one name; a firm's fund taking part is the firm's money, no round of the firm's; "X also
contributed" joins the round; a list of founders goes on past a title ("P and engineer Q"); a person the tagger read
as a place in a list of people is a person; term loans are lent; "X's portfolio company Y" is X's holding; "the company"
bought by another is the company dealt in; the spin-off of "its arm, Y" spins Y off; a take-private is an acquisition;
a prize is no investment; a place before "professor" is no employer; shares bought for resale are no stake; money
"tipped into" a company is invested; a long English sentence of names is still English; "it" in what a company is
pleased to announce is that company; a share of the voting rights is a stake; the company an investor speaks of is not
the investor; a news outlet is no topic; "he" stays the person before; what a partner contributes in a place goes to no
place; a venture called off gives nothing; two titles joined before a name name the employer; a coined name the parser
left unread is bought; a post told first names its holder; licence money is no investment; a technology transfer
agreement is a partnership; a pact that ended is none."""

import pytest
from en_facts import en_entity_names, en_facts


def test_a_body_named_for_its_members_in_a_plural_possessive_is_one_name() -> None:
    text = "The Manitoba Nurses' Pension Plan has taken a 10 per cent stake in Quorvex for C$120M."
    assert "Manitoba Nurses' Pension Plan" in en_entity_names(text), en_entity_names(text)
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Manitoba Nurses' Pension Plan", "Quorvex"), {}).get("stake_percent") == 10.0, got


def test_a_firms_fund_taking_part_is_the_firms_money_in_the_round() -> None:
    got = en_facts(
        "Paddock AI has closed a NZ$18M Series A led by Kauri Ventures, with Tidewater Growth Partners' Elevate fund "
        "and Icehouse Ventures participating."
    )
    assert ("INVESTED_IN", "Icehouse Ventures", "Tidewater Growth Partners") not in got, got
    assert ("INVESTED_IN", "Icehouse Ventures", "Paddock AI") in got, got
    assert ("INVESTED_IN", "Tidewater Growth Partners", "Paddock AI") in got, got


def test_an_investor_that_also_contributed_joins_the_round_and_the_firm_stays_the_company() -> None:
    got = en_facts(
        "Gasvue raised C$11M in a Series A led by Larchmont Partners. Prairie Enterprise Corporation also "
        "contributed. The firm plans to double its headcount, chief executive Owen Mercer said."
    )
    assert ("INVESTED_IN", "Prairie Enterprise Corporation", "Gasvue") in got, got
    assert ("WORKS_FOR", "Owen Mercer", "Gasvue") in got, got
    assert ("WORKS_FOR", "Owen Mercer", "Prairie Enterprise Corporation") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Lexora was founded in 2019 by former Corrs lawyer Anika Rao and engineer Liam Foster.",
        "Lexora was founded in 2019 by lawyer Anika Rao and chief scientist Liam Foster.",
    ],
)
def test_a_list_of_founders_goes_on_past_a_title(text: str) -> None:
    got = en_facts(text)
    assert ("ESTABLISHED", "Anika Rao", "Lexora") in got, got
    assert ("ESTABLISHED", "Liam Foster", "Lexora") in got, got


def test_founders_named_after_their_university_are_founders_not_the_university() -> None:
    got = en_facts("Synaptra was founded in 2021 by University of Sydney engineers Dr Ben Hughes and Dr Chloe Park.")
    assert ("ESTABLISHED", "Ben Hughes", "Synaptra") in got, got
    assert ("ESTABLISHED", "Chloe Park", "Synaptra") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[1] == "University of Sydney" for k in got), got


def test_a_person_listed_after_a_person_is_a_person_whatever_the_tagger_says() -> None:
    got = en_facts("Synaptra was founded in 2021 by former Dell engineers Ben Hughes and Chloe Park.")
    assert ("ESTABLISHED", "Chloe Park", "Synaptra") in got, got
    assert all(p.get("former") for k, p in got.items() if k[0] == "WORKS_FOR"), got


def test_term_loans_from_banks_are_lent_and_a_portfolio_company_is_held() -> None:
    got = en_facts(
        "Orwell Capital's portfolio company Dalby Foods raised $500 million of term loans from banks led by Barwick."
    )
    assert not any(k[0] == "INVESTED_IN" and k[1] == "Barwick" for k in got), got
    assert ("INVESTED_IN", "Orwell Capital", "Dalby Foods") in got, got


def test_the_company_bought_again_is_the_company_dealt_in() -> None:
    got = en_facts(
        "Harlow Equity has bought PolicyNest from Vistra Partners. Vistra Partners acquired the company in 2018 for "
        "about $900 million."
    )
    assert ("ACQUIRED", "Vistra Partners", "PolicyNest") in got, got
    assert ("ACQUIRED", "Vistra Partners", "Harlow Equity") not in got, got


def test_the_spin_off_of_its_arm_named_after_it_spins_that_arm_off() -> None:
    got = en_facts(
        "Ravenhill Industries completed the spin-off of its chemicals arm, Corvale Chemicals, which began trading on "
        "Monday."
    )
    assert ("SPUN_OFF_FROM", "Corvale Chemicals", "Ravenhill Industries") in got, got
    assert ("PART_OF", "Corvale Chemicals", "Ravenhill Industries") not in got, got


def test_a_name_written_with_commas_is_one_buyer() -> None:
    got = en_facts("Clayton, Dubilier & Rice bought Halvorsen Foods in 2020 for $2.2 billion.")
    buyers = {k[1] for k in got if k[0] == "ACQUIRED"}
    assert "Clayton, Dubilier & Rice" in buyers, got
    assert not buyers & {"Clayton", "Dubilier & Rice"}, got


def test_a_take_private_is_an_acquisition() -> None:
    got = en_facts("Kestrel Equity completed its $6.8 billion take-private of Meridale Health.")
    assert got.get(("ACQUIRED", "Kestrel Equity", "Meridale Health"), {}).get("amount") == 6.8e9, got


def test_a_take_private_being_weighed_gives_nothing() -> None:
    got = en_facts("Kestrel Equity is weighing a take-private of Meridale Health.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_a_prize_is_no_investment() -> None:
    got = en_facts(
        "The Halden Foundation awarded its $3 million physics prize to Harvard University physicist Omar Vale."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got
    got = en_facts("The Lumen Prize Foundation awarded its $3 million Frontiers in Physics prize to Vireon Labs.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_place_before_professor_is_no_employer() -> None:
    text = "The center was founded in 2021 by Michigan professor Rada Mihalcea."
    assert "Michigan" not in en_entity_names(text), en_entity_names(text)


def test_shares_bought_for_resale_are_no_stake() -> None:
    got = en_facts(
        "Goldwyn Securities purchased 5 million shares of Helixor from the company for resale to the public."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_money_tipped_into_a_company_is_invested() -> None:
    got = en_facts("Coastal Super has tipped A$40M into Sparkwell Semiconductors.")
    assert got.get(("INVESTED_IN", "Coastal Super", "Sparkwell Semiconductors"), {}).get("amount") == 4e7, got


def test_a_tip_that_is_no_money_gives_nothing() -> None:
    assert not en_facts("Analysts tipped Sparkwell Semiconductors to win the contract.")


def test_a_long_english_sentence_of_names_is_still_english() -> None:
    text = "Chief executive Helen Marsh, who previously ran Xero's Australian business, will remain Datavault's largest shareholder."
    assert "Helen Marsh" in en_entity_names(text), en_entity_names(text)


def test_a_grant_awarded_is_still_an_investment() -> None:
    got = en_facts("The Halden Foundation awarded a $1 million grant to Vireon Labs.")
    assert got.get(("INVESTED_IN", "Halden Foundation", "Vireon Labs"), {}).get("amount") == 1e6, got


def test_it_in_what_a_company_is_pleased_to_announce_is_that_company() -> None:
    got = en_facts("Kestrel Analytics plc is pleased to announce that it has acquired Lumio Vision Limited.")
    assert ("ACQUIRED", "Kestrel Analytics plc", "Lumio Vision Limited") in got, got


def test_a_share_of_the_voting_rights_in_a_company_is_a_stake() -> None:
    got = en_facts("Polar Crest Holdings plc now holds 5.2% of the voting rights in Quantix Robotics plc.")
    assert got.get(("INVESTED_IN", "Polar Crest Holdings plc", "Quantix Robotics plc"), {}).get("stake_percent") == 5.2


def test_the_company_an_investor_speaks_of_is_not_the_investor() -> None:
    got = en_facts(
        "Existing investor Harbor Vale Ventures said the company closed a $150 million Series C led by Casdin Capital."
    )
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Harbor Vale Ventures" for k in got), got


def test_a_news_outlet_that_learned_something_is_no_topic() -> None:
    got = en_facts(
        "Calanque AI is raising about €600 million, Semafor has learned. The company's last round was led by "
        "Harbor Vale Ventures."
    )
    assert ("INVESTED_IN", "Harbor Vale Ventures", "Calanque AI") in got, got
    assert not any("Semafor" in k for k in got), got


def test_he_who_cofounded_with_another_stays_the_person_after() -> None:
    got = en_facts(
        "Samuel Okoye died on Tuesday. He co-founded Qubitra in 2011 alongside Maria Chen. Previously he was a "
        "professor at the University of Toronto."
    )
    assert not any(k[0] == "WORKS_FOR" and k[1] == "Maria Chen" for k in got), got
    assert any(k[0] == "WORKS_FOR" and k[1] == "Samuel Okoye" for k in got), got


def test_the_company_a_founder_established_is_the_one_mourning_him() -> None:
    got = en_facts(
        "Kairo Electronics mourns its founder Hiroshi Sato, who established the company in Kyoto in 1962. Under "
        "him, Kairo acquired the American firm Delta Circuits in 1988."
    )
    assert ("ESTABLISHED", "Hiroshi Sato", "Delta Circuits") not in got, got
    assert got.get(("ESTABLISHED", "Hiroshi Sato", "Kairo Electronics"), {}).get("date") == "1962", got


@pytest.mark.parametrize(
    "text",
    [
        "Sakura Telecom will contribute land in Osaka and Chiba to the venture.",
        "Harrow Pharma contributed $150 million in cash and Chugai-Ren Biotech contributed its antibody platform.",
    ],
)
def test_what_a_partner_contributes_in_a_place_or_form_goes_to_no_one_named_there(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_venture_formed_then_called_off_gives_nothing() -> None:
    got = en_facts(
        "Brennan Automotive and Zhenhua Battery had agreed last year to form a 50-50 venture, Brenzhen Cells, "
        "before calling it off."
    )
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_two_titles_joined_before_a_name_name_the_employer() -> None:
    got = en_facts("Quillstack co-founder and CEO Ada Lindqvist rang the opening bell.")
    assert ("ESTABLISHED", "Ada Lindqvist", "Quillstack") in got, got
    assert got.get(("WORKS_FOR", "Ada Lindqvist", "Quillstack"), {}).get("title") == "CEO", got


def test_a_coined_name_the_parser_left_unread_is_still_bought() -> None:
    got = en_facts("Datavane acquired MosaicML for $1 billion in 2023.")
    assert got.get(("ACQUIRED", "Datavane", "MosaicML"), {}).get("amount") == 1e9, got


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        (
            "Pinecrest AI's chief technology officer is Samuel Okafor.",
            "Samuel Okafor",
            "Pinecrest AI",
            "chief technology officer",
        ),
        ("Arclight's president is Greg Tanaka.", "Greg Tanaka", "Arclight", "president"),
    ],
)
def test_a_post_told_first_names_its_holder(text: str, person: str, org: str, title: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


def test_a_post_told_first_in_the_past_is_a_past_one() -> None:
    got = en_facts("Lumaji's chief executive was Zhao Min.")
    assert got.get(("WORKS_FOR", "Zhao Min", "Lumaji"), {}).get("former") is True, got


def test_licence_money_received_is_no_investment() -> None:
    for text in (
        "Korvanta Therapeutics secured $120 million upfront from Novo Nordisk under the licensing deal.",
        "Korvanta Therapeutics received $50 million in milestones from Novo Nordisk.",
    ):
        assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_a_technology_transfer_agreement_is_a_partnership_a_share_transfer_is_not() -> None:
    assert ("PARTNERS_WITH", "Ablon Bio", "GSK") in en_facts(
        "Ablon Bio has signed a technology transfer agreement with GSK."
    )
    assert not en_facts("Ablon Bio has signed a share transfer agreement with GSK.")


def test_a_pact_that_ended_is_no_partnership() -> None:
    got = en_facts(
        "Halvern and Recursion Pharmaceuticals previously worked together on fibrosis targets, but that pact ended in "
        "2023."
    )
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_joining_a_university_is_no_membership() -> None:
    got = en_facts("Menon joined Stanford University in 2014 from Carnegie Mellon University.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got
    assert ("PARTICIPATES_IN", "Kestrel Labs", "Stanford AI Alliance") in en_facts(
        "Kestrel Labs joined the Stanford AI Alliance."
    )
