"""English press-release, wire and earnings news: a post's field written with its title ("Velmora's AI chief P",
"Head of Digital Pathology at X") names no organisation; a deal stated next to a sentence saying it fell through,
a stake sold off or a proposed venture is no fact; a divested unit is the buyer's, no longer its seller's."""

import pytest
from en_facts import en_current, en_entity_names, en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        (
            "Velmora's AI chief Dana Pruitt said the company would open a lab in Austin.",
            "Dana Pruitt",
            "Velmora",
            "AI chief",
        ),
        ("Irena Kovac, Tarsis's robotics head, said the unit would grow.", "Irena Kovac", "Tarsis", "robotics head"),
        (
            "Samsung Electronics' memory boss Kyung Kye-hyun visited the plant.",
            "Kyung Kye-hyun",
            "Samsung Electronics",
            "memory boss",
        ),
    ],
)
def test_a_field_before_a_title(text: str, person: str, org: str, title: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


def test_a_former_field_chief_works_there_no_longer() -> None:
    got = en_facts("Velmora's former AI chief Dana Pruitt joined a rival in March.")
    assert ("WORKS_FOR", "Dana Pruitt", "Velmora") not in got, got


@pytest.mark.parametrize(
    ("text", "person", "org", "field"),
    [
        (
            "Marta Lind, Head of Digital Pathology at Orvane Health, spoke at the event.",
            "Marta Lind",
            "Orvane Health",
            "Digital Pathology",
        ),
        (
            "Dr. Ines Varga has been appointed Vice President of Machine Learning at Corvina Pharma.",
            "Ines Varga",
            "Corvina Pharma",
            "Machine Learning",
        ),
        (
            "Omar Reyes will join Medtronic as Head of Surgical Robotics.",
            "Omar Reyes",
            "Medtronic",
            "Surgical Robotics",
        ),
    ],
)
def test_the_field_of_a_post_is_no_organisation(text: str, person: str, org: str, field: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, org) in got, got
    assert field not in en_entity_names(text)


@pytest.mark.parametrize(
    ("text", "backer", "company"),
    [
        ("Accel has backed chip designer Tamsin Silicon in a seed round.", "Accel", "Tamsin Silicon"),
        ("Index Ventures has backed Merrow Bio in a $10 million round.", "Index Ventures", "Merrow Bio"),
    ],
)
def test_industry_words_end_company_names(text: str, backer: str, company: str) -> None:
    assert ("INVESTED_IN", backer, company) in en_facts(text), en_facts(text)


def test_a_pharma_name_is_an_employer() -> None:
    got = en_facts("Dr. Lena Ortiz joined Corvina Pharma as chief scientist.")
    assert ("WORKS_FOR", "Lena Ortiz", "Corvina Pharma") in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Norcastle has acquired Pellucid AI; terms were not disclosed.", ("ACQUIRED", "Norcastle", "Pellucid AI")),
        (
            "Fenwell invested in Orbisa Health; the size of its stake was not disclosed.",
            ("INVESTED_IN", "Fenwell", "Orbisa Health"),
        ),
    ],
)
def test_a_clause_after_a_semicolon_states_its_own_fact(text: str, fact: tuple) -> None:
    assert fact in en_facts(text), en_facts(text)


def test_a_denial_before_a_semicolon_still_denies() -> None:
    assert "ACQUIRED" not in en_kinds("Norcastle did not acquire Pellucid AI; it said talks ended in May.")


@pytest.mark.parametrize(
    "text",
    [
        "The takeover was blocked by regulators in May. Norcastle had agreed to buy Pellucid AI in January.",
        "Norcastle agreed to buy Pellucid AI in January. The deal was cancelled in May.",
        "Arden Motors and Lyrix have called off their planned cloud partnership. The pair had signed a "
        "memorandum of understanding last year.",
    ],
)
def test_a_deal_the_next_or_last_sentence_calls_off(text: str) -> None:
    assert not en_kinds(text) & {"ACQUIRED", "PARTNERS_WITH"}, en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norcastle agreed to buy Pellucid AI in January. Regulators could block the deal.",
        "Norcastle bought Pellucid AI in January. Its earlier deal with Quenby Labs collapsed in 2021.",
    ],
)
def test_a_deal_next_to_another_or_a_possible_failure_stands(text: str) -> None:
    assert ("ACQUIRED", "Norcastle", "Pellucid AI") in en_facts(text), en_facts(text)


def test_a_member_of_a_business_group_is_its_affiliate() -> None:
    got = en_facts("Kestrel Bio, a member of the Halvorsen Group, opened a lab in Basel.")
    assert ("AFFILIATE_OF", "Kestrel Bio", "Halvorsen Group") in got, got


def test_a_member_of_a_working_group_takes_part_in_it() -> None:
    got = en_facts("Kestrel AI became a member of the AI Safety Working Group.")
    assert ("PARTICIPATES_IN", "Kestrel AI", "AI Safety Working Group") in got, got
    assert "AFFILIATE_OF" not in {k[0] for k in got}, got


def test_an_ex_employer_prefix_is_no_current_employer() -> None:
    text = "Ex-Infosys executive Meera Rao has joined Wipro."
    got = en_facts(text)
    assert ("WORKS_FOR", "Meera Rao", "Wipro") in got, got
    assert not any(k[0] == "WORKS_FOR" and "Infosys" in k[2] for k in en_current(text)), got
    assert "Ex-Infosys" not in en_entity_names(text)


def test_an_employer_title_and_person_read_as_one_name() -> None:
    text = "Brindle Software CFO Hanna Vik said the company invested $50 million in data centers."
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Hanna Vik", "Brindle Software"), {}).get("title") == "CFO", got
    assert not any("CFO" in name for name in en_entity_names(text))


def test_a_holders_portfolio() -> None:
    got = en_facts("Lantern Capital's first investments include Pulsa and Dermio.")
    assert ("INVESTED_IN", "Lantern Capital", "Pulsa") in got, got
    assert ("INVESTED_IN", "Lantern Capital", "Dermio") in got, got
    assert ("INVESTED_IN", "Pulsa", "Lantern Capital") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Wexford Holdings previously held a minority stake in Meshan but sold it in 2022.",
        "Gorran Capital exited its investment in Petra Labs last year.",
    ],
)
def test_a_stake_sold_off_is_held_no_longer(text: str) -> None:
    assert "INVESTED_IN" not in en_kinds(text), en_facts(text)


def test_a_stake_held_next_to_another_sale() -> None:
    got = en_facts("Wexford Holdings holds a minority stake in Meshan and sold its shares in Kappa Labs to Temasek.")
    assert ("INVESTED_IN", "Wexford Holdings", "Meshan") in got, got


def test_a_proposed_joint_venture_is_no_partnership_yet() -> None:
    assert "PARTNERS_WITH" not in en_kinds(
        "Tarvo Health announced a proposed joint venture with Kessler Medical, subject to definitive agreements."
    )
    assert "PARTNERS_WITH" in en_kinds("Tarvo Health announced a joint venture with Kessler Medical.")


@pytest.mark.parametrize(
    ("text", "acquired"),
    [
        ("Holloway Systems sold its imaging unit, Clearfield, to Canon for $300 million.", True),
        ("Holloway Systems agreed to sell its imaging unit Clearfield to Canon.", True),
        ("Holloway Systems completed the divestiture of its imaging unit, Clearfield, to Canon.", False),
    ],
)
def test_a_divested_unit_is_the_buyers(text: str, acquired: bool) -> None:
    got = en_facts(text)
    assert ("PART_OF", "Clearfield", "Holloway Systems") not in got, got
    if acquired:
        assert ("ACQUIRED", "Canon", "Clearfield") in got, got


def test_a_short_name_before_a_title_is_the_company_named_in_full() -> None:
    got = en_facts("Norvex agreed to acquire Anchorline Robotics. Anchorline chief executive Lee Min will stay on.")
    assert ("WORKS_FOR", "Lee Min", "Anchorline Robotics") in got, got
    assert ("WORKS_FOR", "Lee Min", "Norvex") not in got, got


def test_a_stake_in_it_is_in_the_company_just_named() -> None:
    got = en_facts(
        "Hitachi will spin off its vision chip unit into a new company, Hitachi Sensing, and has agreed to sell a "
        "25% stake in it to Omron."
    )
    assert ("INVESTED_IN", "Omron", "Hitachi Sensing") in got, got
    assert ("INVESTED_IN", "Omron", "Hitachi") not in got, got


def test_a_fund_holds_no_stake_in_its_own_owner() -> None:
    got = en_facts(
        "SoftBank is weighing a bid for Mirelo Robotics, a Munich-based robot maker. SoftBank's Vision Fund 2 "
        "already holds a minority stake in the German company."
    )
    assert not any(k[0] == "INVESTED_IN" and k[1] == "Vision Fund 2" and "SoftBank" in k[2] for k in got), got


def test_rupee_amounts() -> None:
    text = "Infosys will invest Rs 500 crore in Kriti Labs."
    got = en_facts(text)
    assert got[("INVESTED_IN", "Infosys", "Kriti Labs")].get("amount") == 5e9, got
    assert got[("INVESTED_IN", "Infosys", "Kriti Labs")].get("currency") == "INR", got
    assert "Rs" not in en_entity_names(text)


@pytest.mark.parametrize(
    ("text", "fact", "wrong"),
    [
        (
            "Rowan Hill Capital backed Pika Data in 2017. We remain huge fans of CEO Ines Duarte and her team.",
            ("WORKS_FOR", "Ines Duarte", "Pika Data"),
            ("WORKS_FOR", "Ines Duarte", "Rowan Hill Capital"),
        ),
        (
            "Fernwood Capital led the seed round of Oriel. Oriel was founded by Maya Chen, who serves as its chief "
            "executive.",
            ("WORKS_FOR", "Maya Chen", "Oriel"),
            ("WORKS_FOR", "Maya Chen", "Fernwood Capital"),
        ),
        (
            "Pallas Capital led the Series A of Ember Grid. The company recently signed a partnership with Siemens.",
            ("PARTNERS_WITH", "Ember Grid", "Siemens"),
            ("PARTNERS_WITH", "Pallas Capital", "Siemens"),
        ),
    ],
)
def test_the_company_an_investor_backed_is_the_one_referred_to(text: str, fact: tuple, wrong: tuple) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert wrong not in got, got


def test_the_head_of_a_new_venture_works_for_it() -> None:
    got = en_facts(
        "Airbus and Thales have set up a joint venture, Aetheris. The venture will be led by Jurgen Weiss, who joins "
        "from the German Aerospace Center."
    )
    assert ("WORKS_FOR", "Jurgen Weiss", "Aetheris") in got, got
    assert ("WORKS_FOR", "Jurgen Weiss", "Airbus") not in got, got


def test_the_first_head_of_a_body_founded_in_the_sentence() -> None:
    got = en_facts(
        "The Ministry of Digital Affairs established the Nordic AI Institute in March, appointing Lena Fors as its "
        "first director."
    )
    assert ("WORKS_FOR", "Lena Fors", "Nordic AI Institute") in got, got
    assert ("WORKS_FOR", "Lena Fors", "Ministry of Digital Affairs") not in got, got


def test_a_sellers_entire_stake_is_no_control() -> None:
    got = en_facts("Allianz X sold its entire stake in Lindwurm AI to Atomico.")
    assert ("INVESTED_IN", "Atomico", "Lindwurm AI") in got, got
    assert ("ACQUIRED", "Atomico", "Lindwurm AI") not in got, got


def test_nordic_currency_codes() -> None:
    text = "EQT invested NOK 500m in Fjordline AI."
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "EQT", "Fjordline AI"), {}).get("currency") == "NOK", got
    assert "NOK" not in en_entity_names(text)


def test_a_city_before_based_is_no_company() -> None:
    text = "Vireo, the Lyon-based robotics company co-founded by Camille Fournier, hired 40 engineers."
    got = en_facts(text)
    assert ("ESTABLISHED", "Camille Fournier", "Vireo") in got, got
    assert "Lyon" not in en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fennric Labs raised $7 million in seed funding. Angel investors including former Shopify CTO Marc Dubeau "
        "also participated.",
        "Fennric Labs raised $7 million from Accel, former Shopify CTO Marc Dubeau and Index Ventures.",
    ],
)
def test_a_listed_angel_is_the_person_not_their_old_employer(text: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", "Marc Dubeau", "Fennric Labs") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "Shopify" for k in got), got


def test_taking_part_in_a_series_is_no_membership() -> None:
    text = "Adobe Ventures, which took part in Synthesia's $180m Series D, also invested in Lindwurm AI."
    got = en_facts(text)
    assert "PARTICIPATES_IN" not in {k[0] for k in got}, got
    assert "D" not in en_entity_names(text)


def test_a_surname_set_off_by_a_post_founds_nothing_as_a_company() -> None:
    got = en_facts("Brandt, Helsing's chief technology officer, previously co-founded the drone maker Vantor.")
    assert not any(k[0] in ("ESTABLISHED", "PARTNERS_WITH") and "Helsing" in (k[1], k[2]) for k in got), got
    assert not any(k[1] == "Brandt" and k[0] == "PARTNERS_WITH" for k in got), got


def test_part_of_a_project_is_taking_part() -> None:
    got = en_facts("Quantix Systems is part of the Horizon Europe project AURORA-AI.")
    assert ("PARTICIPATES_IN", "Quantix Systems", "AURORA-AI") in got, got
    assert "PART_OF" not in {k[0] for k in got}, got


@pytest.mark.parametrize(
    "text",
    [
        "Velantis launched as a subsidiary of Nestle.",
        "Velantis was set up as a wholly owned subsidiary of Nestle.",
    ],
)
def test_launched_as_a_subsidiary(text: str) -> None:
    assert ("AFFILIATE_OF", "Velantis", "Nestle") in en_facts(text), en_facts(text)


def test_not_set_up_as_a_subsidiary() -> None:
    assert "AFFILIATE_OF" not in en_kinds("Velantis was not set up as a subsidiary of Nestle.")


def test_we_in_an_investors_post_is_the_investor() -> None:
    got = en_facts(
        "Orchard Lane Capital today announced it has closed its third fund at $450 million. We're also pleased to "
        "share that we led the $22 million Series A of Tidewater Robotics, a maker of warehouse picking arms."
    )
    assert ("INVESTED_IN", "Orchard Lane Capital", "Tidewater Robotics") in got, got


def test_the_venture_an_investor_set_up_as_a_subsidiary() -> None:
    got = en_facts(
        "Helix Forge, a Munich-based startup, launched as a subsidiary of Siemens. Siemens invested €25 million to "
        "set up the venture, which will be run by former Airbus executive Lukas Brenner as CEO."
    )
    assert ("WORKS_FOR", "Lukas Brenner", "Helix Forge") in got, got
    assert ("INVESTED_IN", "Siemens", "Helix Forge") in got, got
