"""English deal copy from wires, pharma alliances, Japanese and university news: a counterparty's part in the lead's
deal keeps "the company" on the lead; "its" in a sentence naming one party for itself is the other party; a round
"its" names while another company takes a stake is the investee's; a plant or facility bought is no company; a fund
launched "with X as an anchor investor" is no partnership with X; a unit merged within its group, or into the
buyer's subsidiary, is no second purchase; a name given after "called" keeps a registry name inside it; "take Y
private" buys Y; a seller named with a title heads the company sold; an academic's rank survives joining a company
and is not shared with a co-founder of another trade; "the lab" two partners set up is neither partner."""

import pytest
from en_facts import en_entity_names, en_facts


def test_a_counterpartys_payment_keeps_the_company_on_the_lead() -> None:
    got = en_facts(
        "Orrin Biosciences has signed a research collaboration with Novartis. Novartis will pay $20 million upfront. "
        "The company's co-founder and chief executive, Hana Lindqvist, said the deal funds two programmes."
    )
    assert ("ESTABLISHED", "Hana Lindqvist", "Orrin Biosciences") in got, got
    assert ("WORKS_FOR", "Hana Lindqvist", "Orrin Biosciences") in got, got
    assert not any(k[1] == "Hana Lindqvist" and k[2] == "노바티스" for k in got), got


def test_a_counterparty_that_speaks_becomes_the_topic() -> None:
    got = en_facts(
        "Qualcomm agreed to buy Velotrace for $300 million. Velotrace CEO Idan Ber said the startup would stay in "
        "Haifa. The company was spun out of Mobileye in 2019."
    )
    assert ("SPUN_OFF_FROM", "Velotrace", "Mobileye") in got, got


def test_its_ceo_in_a_sentence_naming_the_buyer_is_the_targets() -> None:
    got = en_facts("Roche has agreed to acquire Pelagic Compute. Its CEO, Ilse Brandt, will report to Roche.")
    assert ("WORKS_FOR", "Ilse Brandt", "Pelagic Compute") in got, got
    assert not any(k[1] == "Ilse Brandt" and k[2] == "로슈" for k in got), got


def test_its_ceo_after_an_acquisition_is_still_the_buyers() -> None:
    got = en_facts("Roche has agreed to acquire Pelagic Compute. Its CEO, Thomas Schinecker, praised the team.")
    assert ("WORKS_FOR", "Thomas Schinecker", "로슈") in got, got


def test_a_round_its_names_during_a_stake_is_the_investees() -> None:
    got = en_facts("Bayer took a stake in Cellodyne during its Series A, which was led by Lakestar.")
    assert ("INVESTED_IN", "Lakestar", "Cellodyne") in got, got
    assert not any(k[1] == "Lakestar" and k[2] == "바이엘" for k in got), got


def test_the_german_merck_is_not_merck_and_co() -> None:
    got = en_facts("Merck KGaA invested in Tessaly Bio. Merck invested in Orrin Biosciences.")
    assert ("INVESTED_IN", "머크 KGaA", "Tessaly Bio") in got, got
    assert ("INVESTED_IN", "머크", "Orrin Biosciences") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Lundberg Pharma and Verity Genomics have forged an alliance.",
        "Verity Genomics signed a drug discovery deal with Lundberg Pharma.",
    ],
)
def test_an_alliance_forged_or_a_discovery_deal_signed_is_a_partnership(text: str) -> None:
    got = en_facts(text)
    assert any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} == {"Lundberg Pharma", "Verity Genomics"} for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Verity Genomics is negotiating a drug discovery deal with Lundberg Pharma.",
        "Lundberg Pharma and Verity Genomics may forge an alliance.",
    ],
)
def test_an_alliance_or_deal_not_yet_made_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


def test_a_venture_called_a_name_holding_a_registry_name_keeps_it_whole() -> None:
    got = en_facts("Kowa Holdings and Nvidia have formed a joint venture called KH Nvidia Labs.")
    assert ("ESTABLISHED", "Kowa Holdings", "KH Nvidia Labs") in got, got
    assert "KH" not in en_entity_names("Kowa Holdings and Nvidia have formed a joint venture called KH Nvidia Labs.")


def test_a_founder_founds_no_other_founder() -> None:
    # the tagger splits the new name around the registry name; neither founder is what they set up
    got = en_facts("Kowa Holdings and OpenAI set up KW OpenAI Korea.")
    assert ("ESTABLISHED", "Kowa Holdings", "오픈AI") not in got, got


def test_founders_still_found_what_they_set_up() -> None:
    got = en_facts("Kowa Holdings and OpenAI set up Hoshi Robotics in Osaka.")
    assert ("ESTABLISHED", "Kowa Holdings", "Hoshi Robotics") in got, got
    assert ("ESTABLISHED", "오픈AI", "Hoshi Robotics") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Rakuten acquired the Yokkaichi plant from Kyocera for 40 billion yen.",
        "Rakuten will expand its facility in Kameyama, which it acquired from Kyocera last year.",
        "Rakuten bought Kyocera's factory for $300 million.",
    ],
)
def test_a_plant_or_facility_bought_is_no_company_bought(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


def test_a_company_bought_from_another_still_is() -> None:
    got = en_facts("Rakuten acquired Kameyama Soft from Kyocera for 40 billion yen.")
    assert ("ACQUIRED", "라쿠텐", "Kameyama Soft") in got or ("ACQUIRED", "Rakuten", "Kameyama Soft") in got, got


def test_an_anchor_investor_of_a_fund_is_no_partner() -> None:
    got = en_facts(
        "Daiwa Holdings launched a 30 billion yen fund for robotics startups, with Orix as an anchor investor."
    )
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_a_lab_opened_with_a_partner_still_is_a_partnership() -> None:
    got = en_facts("Daiwa Holdings opened an AI research lab with Orix.")
    assert any(k[0] == "PARTNERS_WITH" for k in got), got


def test_a_subsidiary_merged_into_the_buyers_unit_has_one_buyer() -> None:
    got = en_facts(
        "Kaze Systems will become a wholly owned subsidiary of Fujitsu and will be merged into Fujitsu Digital."
    )
    assert not any(k[0] == "ACQUIRED" and k[1] == "Fujitsu Digital" for k in got), got


@pytest.mark.parametrize(
    "text",
    ["Kakao Brain will be merged into Kakao.", "Kakao Brain, the group's AI research arm, was merged into Kakao."],
)
def test_a_unit_merged_into_its_own_group_is_no_purchase(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


def test_a_company_merged_into_another_is_bought() -> None:
    got = en_facts("Tessaly Bio was merged into Orrin Biosciences last year.")
    assert ("ACQUIRED", "Orrin Biosciences", "Tessaly Bio") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Brookfell Partners will take Quarro Software private for $2.1 billion.",
        "Brookfell Partners agreed to take Quarro Software private.",
    ],
)
def test_taking_a_company_private_buys_it(text: str) -> None:
    assert ("ACQUIRED", "Brookfell Partners", "Quarro Software") in en_facts(text), en_facts(text)


def test_taking_a_company_private_under_consideration_is_none() -> None:
    got = en_facts("Brookfell Partners is considering taking Quarro Software private.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Brookfell Partners bought Quarro Software from CEO Maren Holt.",
        "Brookfell Partners bought Quarro Software from its founders, CEO Maren Holt and CTO Ravi Sethi.",
    ],
)
def test_a_seller_named_with_a_title_heads_the_company_sold(text: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", "Maren Holt", "Quarro Software") in got, got
    assert ("WORKS_FOR", "Maren Holt", "Brookfell Partners") not in got, got


def test_a_person_leading_a_company_as_ceo_keeps_the_title() -> None:
    got = en_facts("Oh Ji-hoon will continue to lead Nurilink Semiconductor as CEO.")
    assert got.get(("WORKS_FOR", "Oh Ji-hoon", "Nurilink Semiconductor"), {}).get("title") == "CEO", got


def test_a_professor_joining_a_company_keeps_the_chair() -> None:
    got = en_facts("Caltech professor Ravi Sethi joined Quarro Software.")
    assert ("WORKS_FOR", "Ravi Sethi", "Quarro Software") in got, got
    assert ("WORKS_FOR", "Ravi Sethi", "Caltech") in got and not got[("WORKS_FOR", "Ravi Sethi", "Caltech")].get(
        "former"
    ), got


def test_an_engineer_joining_a_company_left_the_last_one() -> None:
    got = en_facts("Google engineer Ravi Sethi joined Quarro Software.")
    assert got.get(("WORKS_FOR", "Ravi Sethi", "구글"), {}).get("former") is True, got


def test_a_universitys_rank_is_not_shared_with_a_cofounder_of_another_trade() -> None:
    got = en_facts("Veltara, founded in 2019 by MIT professor Ana Lucero and engineer Tomas Weil, builds chips.")
    assert ("WORKS_FOR", "Ana Lucero", "매사추세츠공과대학") in got, got
    assert ("WORKS_FOR", "Tomas Weil", "매사추세츠공과대학") not in got, got


def test_two_professors_share_their_university() -> None:
    got = en_facts("MIT professor Ana Lucero and professor Tomas Weil founded Veltara.")
    assert ("WORKS_FOR", "Tomas Weil", "매사추세츠공과대학") in got, got


def test_a_company_and_the_institute_after_and_are_two() -> None:
    names = en_entity_names("Canon and the Institute of Science Tokyo will set up a joint research laboratory.")
    assert "Institute of Science Tokyo" in names, names
    assert not any(" and the " in n for n in names), names


def test_the_lab_two_partners_set_up_is_neither_partner() -> None:
    got = en_facts(
        "Kowa Holdings and the Institute of Science Tokyo will set up a joint research laboratory for AI chips. "
        "The lab will be headed by professor Saburo Imai."
    )
    assert not any(k[0] == "WORKS_FOR" and k[2] == "Kowa Holdings" for k in got), got


def test_the_fund_after_an_investor_was_launched_is_that_investor() -> None:
    got = en_facts(
        "Imperial College London has launched Imperial Frontier Ventures, a £40 million fund. "
        "The fund is backed by Aviva."
    )
    assert ("INVESTED_IN", "Aviva", "Imperial Frontier Ventures") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "Aviva" and "Imperial College" in k[2] for k in got), got


@pytest.mark.parametrize(
    ("opening", "title"), [("Minister", "Minister"), ("First Vice Minister", "First Vice Minister")]
)
def test_a_minister_without_a_field_serves_the_articles_one_ministry(opening: str, title: str) -> None:
    got = en_facts(
        f"The Ministry of Science and ICT will spend 1 trillion won on AI chips. {opening} Noh Jae-won told "
        "reporters the plan was final."
    )
    assert got.get(("WORKS_FOR", "Noh Jae-won", "과학기술정보통신부"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Noh Jae-won spoke after the Ministry of Science and ICT announced the plan.",
        "Minister Noh Jae-won spoke as the Ministry of Science and ICT and the Ministry of Trade signed a pact.",
    ],
)
def test_a_minister_of_no_one_ministry_serves_none(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[1] == "Noh Jae-won" for k in en_facts(text)), en_facts(text)


def test_a_post_confirmed_is_a_post_taken() -> None:
    got = en_facts("Oskar Lindgren was confirmed as chief executive of the Brandt Institute.")
    assert got.get(("WORKS_FOR", "Oskar Lindgren", "Brandt Institute"), {}).get("title") == "chief executive", got


def test_a_deal_confirmed_is_no_appointment() -> None:
    got = en_facts("Quarro Software confirmed the deal with Orix.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize("verb", ["serves", "will serve"])
def test_a_given_name_the_tagger_read_as_an_adjective_stays_in_the_name(verb: str) -> None:
    got = en_facts(f"Anjali Mehra {verb} as chief scientific officer of Lumera Bio.")
    assert got.get(("WORKS_FOR", "Anjali Mehra", "Lumera Bio"), {}).get("title") == "chief scientific officer", got


def test_a_company_selling_itself_is_bought() -> None:
    got = en_facts("Quarro Software agreed to sell itself to Brookfell Partners for $2.1 billion.")
    assert got.get(("ACQUIRED", "Brookfell Partners", "Quarro Software"), {}).get("amount") == 2_100_000_000, got


def test_a_sale_of_itself_explored_is_none() -> None:
    got = en_facts("Quarro Software is exploring a sale of itself to Brookfell Partners.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_the_companys_sale_to_a_buyer_is_the_companys() -> None:
    got = en_facts(
        "Quarro Software makes billing tools. Shareholders approved the company's sale to Brookfell Partners."
    )
    assert ("ACQUIRED", "Brookfell Partners", "Quarro Software") in got, got


def test_the_two_companies_partnership_pairs_the_deals_parties() -> None:
    got = en_facts(
        "Daiwa Holdings said it has invested $10 million in Orrin Biosciences, deepening the two companies' "
        "partnership in drug discovery."
    )
    assert any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} == {"Daiwa Holdings", "Orrin Biosciences"} for k in got), got


def test_the_two_companies_partnership_ended_is_none() -> None:
    got = en_facts("Daiwa Holdings and Orrin Biosciences ended the two companies' partnership.")
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got
