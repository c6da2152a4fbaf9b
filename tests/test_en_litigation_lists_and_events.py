"""English litigation and regulatory news, year-in-review lists, conference coverage and climate-tech press: a deal a
court halted or a regulator sued to block is no deal; what a lawsuit alleges or a party claims is no fact; "chief
executive P" names a person even when the given name is rare; a founder named before by surname is no part of the next
name; a nationality adjective is no company; "EV-charging" is a sector word; NZD sums; another company's round in the
same sentence keeps its own lead; a list item's heading names the round's company; "X's rival, Y" points at Y; a
capitalised word before "CEO P" is the employer; a date in a "whose founder" clause is not the deal's."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge issued an injunction halting Brightwell Systems' acquisition of annotation firm Labelnest.",
        "Brightwell Systems had agreed to buy Labelnest in May, but the FTC sued to block the deal.",
        "A court enjoined the merger after Brightwell Systems agreed to acquire Labelnest.",
    ],
)
def test_a_deal_halted_or_fought_in_court_is_no_deal(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in got), got


def test_a_deal_completed_after_a_probe_halted_is_a_deal() -> None:
    got = en_facts("Brightwell Systems completed its acquisition of Labelnest in June after the FTC halted its probe.")
    assert ("ACQUIRED", "Brightwell Systems", "Labelnest") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The complaint alleges that Harrow Capital invested $30 million in Labelnest through a shell company.",
        "Ostrander Partners claims that Harrow Capital acquired Labelnest in secret.",
        "The plaintiffs contend that Harrow Capital invested in Labelnest.",
    ],
)
def test_what_a_party_alleges_is_no_fact(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in got), got


def test_a_filing_stating_an_investment_is_a_fact() -> None:
    got = en_facts("Harrow Capital invested $30 million in Labelnest in 2021, the filing shows.")
    assert got.get(("INVESTED_IN", "Harrow Capital", "Labelnest"), {}).get("amount") == 3e7, got


@pytest.mark.parametrize("person", ["Helena Brandt", "Oluwaseun Adeyemi"])
def test_chief_executive_before_an_unlisted_given_name_names_a_person(person: str) -> None:
    # "Helena" is left out of the given-name list (a dictionary word): the title before it tells
    text = f"Tessaly Cloud chief executive {person} said the company will invest $3 billion in data centers."
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, "Tessaly Cloud"), {}).get("title") == "chief executive", got
    assert not any(k[0] == "INVESTED_IN" and k[1] == person for k in got), got


def test_a_founder_named_before_by_surname_is_no_part_of_the_next_name() -> None:
    text = (
        "Tessaly Cloud chief executive Oluwaseun Adeyemi opened the summit. Tessaly Cloud was founded in 2016 by "
        "Adeyemi and Marco Bellini."
    )
    assert "Adeyemi Bellini" not in en_entity_names(text), en_entity_names(text)
    assert ("ESTABLISHED", "Marco Bellini", "Tessaly Cloud") in en_facts(text), en_facts(text)


def test_siblings_sharing_a_surname_still_share_it() -> None:
    got = en_facts("Quorra Labs was founded by Priya and Arjun Mehta.")
    assert ("ESTABLISHED", "Priya Mehta", "Quorra Labs") in got, got


@pytest.mark.parametrize("name", ["Castelle", "Lunelle"])
def test_a_nationality_is_no_company(name: str) -> None:
    text = f"Brightwell Systems completed its acquisition of the French AI start-up {name}."
    got = en_facts(text)
    assert ("ACQUIRED", "Brightwell Systems", name) in got, got
    assert "French" not in en_entity_names(text), en_entity_names(text)


def test_a_sector_word_glued_to_a_participle_is_no_company() -> None:
    text = "Siam Energy has acquired a 30 per cent stake in Chiang Mai-based EV-charging start-up VoltNest."
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Siam Energy", "VoltNest"), {}).get("stake_percent") == 30.0, got
    assert "EV" not in en_entity_names(text), en_entity_names(text)


def test_new_zealand_dollars() -> None:
    got = en_facts("Kowhai Ventures led a NZD 7 million round in Pastora.")
    props = got.get(("INVESTED_IN", "Kowhai Ventures", "Pastora"), {})
    assert (props.get("round_amount"), props.get("round_currency")) == (7e6, "NZD"), got


def test_another_companys_round_keeps_its_own_lead() -> None:
    got = en_facts(
        "Quillon raised $38 million led by Redpoint Ventures, while Parabola's Series B was led by Felicis Ventures."
    )
    assert ("INVESTED_IN", "Redpoint Ventures", "Quillon") in got, got
    assert ("INVESTED_IN", "Felicis Ventures", "Parabola") in got, got
    assert ("INVESTED_IN", "Felicis Ventures", "Quillon") not in got, got


def test_a_list_items_heading_names_the_rounds_company() -> None:
    got = en_facts("Orbitex raised its Series D from Coatue. Lumora ($410 million): Greenoaks Capital led the round.")
    assert ("INVESTED_IN", "Greenoaks Capital", "Lumora") in got, got
    assert not any(k[1] == "Lumora" for k in got), got


def test_a_rivals_round_is_the_rivals() -> None:
    got = en_facts("Wavecrest Ventures led a seed round in Soilwise's rival, start-up Terrabyte.")
    assert ("INVESTED_IN", "Wavecrest Ventures", "Terrabyte") in got, got
    assert ("INVESTED_IN", "Wavecrest Ventures", "Soilwise") not in got, got


def test_an_unknown_word_before_ceo_is_the_employer() -> None:
    got = en_facts(
        "Brightwell said it would appeal. Labelnest CEO Aisha Raman told staff the startup would stay independent."
    )
    assert got.get(("WORKS_FOR", "Aisha Raman", "Labelnest"), {}).get("title") == "CEO", got
    assert ("WORKS_FOR", "Aisha Raman", "Brightwell") not in got, got


def test_a_founding_year_in_a_whose_clause_is_not_the_deals_date() -> None:
    got = en_facts("Brightwell Systems agreed to buy Labelnest, whose founder Aisha Raman started the company in 2015.")
    assert ("ACQUIRED", "Brightwell Systems", "Labelnest") in got, got
    assert got[("ACQUIRED", "Brightwell Systems", "Labelnest")].get("date") != "2015", got


def test_a_company_named_with_a_common_word_raising_money() -> None:
    got = en_facts("Figure AI raised $675 million from Intel Capital.")
    assert got.get(("INVESTED_IN", "Intel Capital", "Figure AI"), {}).get("amount") == 6.75e8, got


def test_raising_concerns_names_no_company() -> None:
    assert "Investors" not in en_entity_names("Investors raised concerns about the deal.")


def test_the_subject_after_an_opening_place() -> None:
    got = en_facts("At Davos, Naver and Samsung Electronics signed a memorandum of understanding.")
    assert ("PARTNERS_WITH", "Naver", "Samsung Electronics") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Crusoe Energy issued a $200 million convertible note to Upper90.",
        "Crusoe Energy issued $200 million of convertible notes to Upper90.",
    ],
)
def test_a_convertible_note_issued_to_an_investor(text: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Upper90", "Crusoe Energy"), {}).get("amount") == 2e8, got


def test_senior_notes_issued_are_money_lent() -> None:
    got = en_facts("Crusoe Energy issued $500 million of senior notes to Apollo.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_the_two_companies_are_the_two_of_the_latest_deal() -> None:
    got = en_facts(
        "Hanwha Aerospace put $50 million into Vantor Systems. Vantor's founder, Lisa Grant, previously worked at "
        "Lockheed Martin. The two companies will also co-develop a navigation system."
    )
    assert ("PARTNERS_WITH", "Hanwha Aerospace", "Vantor Systems") in got, got
    assert not any(k[0] == "PARTNERS_WITH" and "Lockheed Martin" in k for k in got), got


def test_the_group_is_the_group_named_before_its_legal_form() -> None:
    got = en_facts(
        "Alibaba Group Holding has led a $1 billion round in Moonshot AI. Yang Zhilin is the company's chief "
        "executive. The Hangzhou-based e-commerce group has backed Zhipu AI and MiniMax."
    )
    assert ("INVESTED_IN", "Alibaba Group Holding", "Zhipu AI") in got, got
    assert ("INVESTED_IN", "Moonshot AI", "Zhipu AI") not in got, got


def test_the_firm_in_a_clause_describing_its_founder_is_the_sentences_subject() -> None:
    got = en_facts(
        "Samsung Electronics invested in Liner, a Seoul-based AI search company. Liner was founded in 2015 by Luke "
        "Kim, who still runs the firm."
    )
    assert ("WORKS_FOR", "Luke Kim", "Liner") in got, got
    assert not any(k[0] == "WORKS_FOR" and k[2] == "Samsung Electronics" for k in got), got


def test_a_post_left_for_is_current() -> None:
    got = en_facts("Yann Petit has left the company to become head of research at Mistral AI.")
    assert got.get(("WORKS_FOR", "Yann Petit", "Mistral AI"), {}).get("former") is not True, got


def test_a_partner_leading_the_firms_investment_invests_nothing_herself() -> None:
    got = en_facts("Amara Nwosu, a partner at Sequoia Capital, led Sequoia's investment in Pinecrest.")
    assert ("INVESTED_IN", "Sequoia Capital", "Pinecrest") in got, got
    assert ("INVESTED_IN", "Amara Nwosu", "Pinecrest") not in got, got


def test_an_angel_leading_a_round_invests() -> None:
    got = en_facts("Elad Gil led the seed round in Pinecrest.")
    assert ("INVESTED_IN", "Elad Gil", "Pinecrest") in got, got


def test_spending_more_than_before_is_no_commitment() -> None:
    got = en_facts("Joe Tsai said Alibaba would spend more on AI infrastructure than in the previous decade combined.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_kind_of_company_before_its_name() -> None:
    text = (
        "Marcus Okafor sits on the board of Northwind Robotics. He co-founded the payments company Trellis Pay in 2011."
    )
    got = en_facts(text)
    assert ("ESTABLISHED", "Marcus Okafor", "Trellis Pay") in got, got
    assert ("ESTABLISHED", "Marcus Okafor", "Northwind Robotics") not in got, got


def test_a_region_is_no_employer() -> None:
    text = "Linda Okafor was previously president of the Americas at sportswear maker Stride Athletics."
    assert "Americas" not in en_entity_names(text), en_entity_names(text)


def test_a_post_turned_down_is_no_post() -> None:
    got = en_facts("Anna Berg turned down the chance to become chairman of Baltica Shipping.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_result_turning_out_well_leaves_the_deal_stated() -> None:
    got = en_facts("Sales turned out strong, and Baltica Shipping acquired Nordline.")
    assert ("ACQUIRED", "Baltica Shipping", "Nordline") in got, got


def test_a_valuation_clause_on_the_round_is_not_its_size() -> None:
    got = en_facts(
        "Lumen Robotics closed a €2 billion round led by General Catalyst, and Nvidia joined the round, which values "
        "Lumen Robotics at €12 billion."
    )
    assert got.get(("INVESTED_IN", "Nvidia", "Lumen Robotics"), {}).get("round_amount") == 2e9, got


def test_a_pre_seed_round_keeps_its_stage() -> None:
    got = en_facts("Conviction Partners led Kestrel Systems' $4 million pre-seed round.")
    assert got.get(("INVESTED_IN", "Conviction Partners", "Kestrel Systems"), {}).get("series") == "pre-seed", got


def test_people_of_a_company_raising_for_their_startup() -> None:
    got = en_facts(
        "Two former OpenAI engineers raised a $4 million seed round led by Conviction Partners for their startup "
        "Kestrel Systems."
    )
    assert ("INVESTED_IN", "Conviction Partners", "Kestrel Systems") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] in ("OpenAI", "오픈AI") for k in got), got


def test_a_former_post_told_by_the_copula() -> None:
    got = en_facts("Lisa Grant is a former Stripe engineer.")
    assert got.get(("WORKS_FOR", "Lisa Grant", "Stripe"), {}).get("former") is True, got


def test_a_post_denied_by_the_copula_is_none() -> None:
    assert not en_facts("Lisa Grant is not a former Stripe engineer.")


def test_an_engineer_of_a_company_who_founded_another_founded_it_herself() -> None:
    got = en_facts("Lisa Grant is a former Stripe engineer who founded Vantor.")
    assert not any(k[0] == "ESTABLISHED" and k[1] == "Stripe" for k in got), got


@pytest.mark.parametrize("phrase", ["formerly of", "previously at"])
def test_a_post_set_off_as_held_before(phrase: str) -> None:
    got = en_facts(f"Niraj Patel, {phrase} Polychain Capital, founded Ritual.")
    assert got.get(("WORKS_FOR", "Niraj Patel", "Polychain Capital"), {}).get("former") is True, got
    assert ("ESTABLISHED", "Niraj Patel", "Ritual") in got, got


def test_a_former_post_after_the_possessive() -> None:
    got = en_facts("Kevin Zhou, Drayton Robotics' former head of perception, joined Ampere Dynamics in January.")
    props = got.get(("WORKS_FOR", "Kevin Zhou", "Drayton Robotics"), {})
    assert props.get("former") is True and props.get("title") == "head of perception", got


def test_an_economist_at_a_bank_works_there() -> None:
    got = en_facts("Takuji Okubo, chief economist at Nomura, said the yen would weaken.")
    assert got.get(("WORKS_FOR", "Takuji Okubo", "Nomura"), {}).get("title") == "chief economist", got
