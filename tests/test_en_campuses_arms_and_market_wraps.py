"""English campuses, venture arms, market wraps and state-agency prose: a state university's campus after a comma or
"at" is part of its name, a country after the comma is not; a title before "and" belongs to the person before; a word
after "of" joined by "and" to a full name shares no surname; money put in "via" or "through" an arm is the arm's; "it"
and "the company" in a clause after a share move are the company whose shares moved; "Shares of X" names a company;
"Advisors" ends a firm's name; a description after a named body is that body, not one named later; a pledge made on a
condition is no investment; a past membership is none; a three-part name the tagger cut keeps its last word; "the
merged entity" is no organisation named before; reports called false, revenue-based financing and financing for a
buyout give no investment; a lender is no buyer; "who" after a list of a fund and a person is the person; those picked
to take part take part, not the one picking; joining "as a member" joins; founding members found; a licence of a model
developed by Y partners with Y; money a body is set up with is its giver's investment; "had earlier been" is past; the
one hired is the person set off, not the possessor; a spin-out's backer is not the spin-out."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "campus"),
    [
        (
            "Lumetra signed a research pact with the University of Maryland, College Park, on chip cooling.",
            "University of Maryland, College Park",
        ),
        (
            "Lumetra signed a research pact with the University of Texas at Austin on chip cooling.",
            "University of Texas at Austin",
        ),
        (
            "Lumetra partnered with the University of Illinois at Urbana-Champaign.",
            "University of Illinois at Urbana-Champaign",
        ),
    ],
)
def test_a_state_universitys_campus_is_part_of_its_name(text: str, campus: str) -> None:
    assert campus in en_entity_names(text), en_entity_names(text)
    assert ("PARTNERS_WITH", "Lumetra", campus) in en_facts(text), en_facts(text)
    assert "University" not in en_entity_names(text)


def test_a_country_after_the_comma_is_where_the_university_is() -> None:
    text = "Maria Navarro, a professor at the University of Valencia, Spain, founded Corvalis in 2022."
    names = en_entity_names(text)
    assert "University of Valencia" in names, names
    assert not any("Spain" in n for n in names), names
    assert ("WORKS_FOR", "Maria Navarro", "University of Valencia") in en_facts(text)


def test_a_campus_comma_is_not_read_when_the_name_does_not_close() -> None:
    names = en_entity_names("Lumetra partnered with the University of Oregon, Zeltron Labs said on Monday.")
    assert "University of Oregon" in names, names
    assert "Zeltron Labs" in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Norvane was set up in 2022. Hana Ortiz is CEO and Rafael Lund is CTO.",
    ],
)
def test_a_title_before_and_belongs_to_the_person_before(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Rafael Lund", "Norvane"), {}).get("title") in (None, "CTO"), got
    assert "Norvane Lund" not in en_entity_names(text)


def test_a_word_after_of_joined_to_a_full_name_shares_no_surname() -> None:
    text = "Lena Fischer is CEO of Vexora and Omar Haddad is its CTO."
    assert "Vexora Haddad" not in en_entity_names(text), en_entity_names(text)
    got = en_facts(text)
    assert ("WORKS_FOR", "Lena Fischer", "Vexora") in got, got
    assert ("WORKS_FOR", "Omar Haddad", "Vexora") in got, got


def test_founding_siblings_still_share_a_surname() -> None:
    got = en_facts("Norvane was founded by Marta and Lukas Berger in 2020.")
    assert ("ESTABLISHED", "Marta Berger", "Norvane") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Corvex Systems, via its venture arm Corvex Ventures, invested $8 million in Talloway Robotics.",
        "Corvex Systems invested $8 million in Talloway Robotics through its venture arm Corvex Ventures.",
        "Corvex Systems invested $8 million in Talloway Robotics via Corvex Ventures.",
    ],
)
def test_money_put_in_through_an_arm_is_the_arms(text: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Corvex Ventures", "Talloway Robotics"), {}).get("amount") == 8_000_000, got
    assert ("INVESTED_IN", "Corvex Systems", "Talloway Robotics") not in got, got


def test_an_arm_taking_part_in_a_round_is_the_investor() -> None:
    got = en_facts(
        "Talloway Robotics raised $30 million in a Series B. Corvex Systems participated through its venture fund "
        "Corvex Capital."
    )
    assert ("INVESTED_IN", "Corvex Capital", "Talloway Robotics") in got, got


def test_money_through_a_vehicle_no_name_gives_stays_the_subjects() -> None:
    got = en_facts("Brightmoor invested $4 million in Talloway Robotics through a special purpose vehicle.")
    assert ("INVESTED_IN", "Brightmoor", "Talloway Robotics") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kestrane gained 2%. Orvilo Systems rose 4% after it said it had signed a partnership with Dalmont Labs.",
        "Kestrane gained 2%. Orvilo Systems rose 4% after the company said it had signed a partnership with Dalmont "
        "Labs.",
    ],
)
def test_it_after_a_share_move_is_the_company_whose_shares_moved(text: str) -> None:
    got = en_facts(text)
    assert ("PARTNERS_WITH", "Orvilo Systems", "Dalmont Labs") in got, got
    assert ("PARTNERS_WITH", "Kestrane", "Dalmont Labs") not in got, got


def test_the_company_after_its_shares_moved_is_that_company() -> None:
    got = en_facts(
        "Orvilo Systems shares were little changed after the company disclosed that it had invested $40 million in "
        "Dalmont Labs."
    )
    assert got.get(("INVESTED_IN", "Orvilo Systems", "Dalmont Labs"), {}).get("amount") == 40_000_000, got


def test_shares_of_a_company_name_it_and_no_later_company_buys() -> None:
    text = (
        "Shares of Helmsa Robotics jumped 9% after the company agreed to buy Pentrix Labs for $600 million. "
        "Varden Semiconductor slid 3%."
    )
    assert "Helmsa Robotics" in en_entity_names(text), en_entity_names(text)
    got = en_facts(text)
    assert ("ACQUIRED", "Helmsa Robotics", "Pentrix Labs") in got, got
    assert ("ACQUIRED", "Varden Semiconductor", "Pentrix Labs") not in got, got


def test_a_firm_ending_in_advisors_is_no_manager() -> None:
    got = en_facts("Broadleaf Bank said it had agreed to acquire wealth manager Quarry Hill Advisors.")
    assert ("ACQUIRED", "Broadleaf Bank", "Quarry Hill Advisors") in got, got
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_description_after_a_named_body_is_no_company_named_later() -> None:
    got = en_facts(
        "Orvilo left the Open Compute Guild last month, two years after co-founding the group with Kestrane. "
        "Dalmont Systems joined the group in January."
    )
    assert not any(k[0] == "ESTABLISHED" and k[2] == "Dalmont Systems" for k in got), got


def test_a_description_opening_an_article_is_still_the_company_named_next() -> None:
    got = en_facts(
        "The Ohio chipmaker agreed to buy Pentrix Labs for $2 billion. Varden Semiconductor said the deal would "
        "close in March."
    )
    assert ("ACQUIRED", "Varden Semiconductor", "Pentrix Labs") in got, got


def test_a_pledge_made_on_a_condition_is_no_investment() -> None:
    text = "Orvilo pledged to invest up to $500 million in the Open Safety Fund if other members match it."
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)
    plain = en_facts("Orvilo pledged to invest up to $500 million in the Open Safety Fund.")
    assert ("INVESTED_IN", "Orvilo", "Open Safety Fund") in plain, plain


@pytest.mark.parametrize(
    "text",
    [
        "Kestrane was previously a member of the Open Compute Guild.",
        "Kestrane is a former member of the Open Compute Guild.",
    ],
)
def test_a_past_membership_is_none(text: str) -> None:
    assert ("PARTICIPATES_IN", "Kestrane", "Open Compute Guild") not in en_facts(text), en_facts(text)


def test_a_current_membership_stays() -> None:
    got = en_facts("Kestrane is a member of the Open Compute Guild.")
    assert ("PARTICIPATES_IN", "Kestrane", "Open Compute Guild") in got, got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Corvane holds a stake in Lotus AI, while its Chairman Le Minh Thang personally holds 30 percent.",
            "Le Minh Thang",
        ),
        (
            "Aerodyne founder and group chief executive officer Kamarul A Muhamed said the funds would be used.",
            "Kamarul A Muhamed",
        ),
    ],
)
def test_a_name_the_tagger_cut_keeps_its_last_word(text: str, person: str) -> None:
    names = en_entity_names(text)
    assert person in names, names
    assert person.split()[-1] not in names, names


def test_the_merged_entity_is_no_organisation_named_before() -> None:
    got = en_facts(
        "Kestrane already holds a stake in Pentrix Labs. The merged entity will be led by Pentrix Labs CEO Daniel Hart."
    )
    assert ("WORKS_FOR", "Daniel Hart", "Pentrix Labs") in got, got
    assert ("WORKS_FOR", "Daniel Hart", "Kestrane") not in got, got


def test_reports_called_false_give_no_investment() -> None:
    got = en_facts("Reports that Brightmoor had invested in Kairon Systems were false, a company spokesperson said.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_revenue_based_financing_is_lent() -> None:
    got = en_facts("Paylane received $3 million in revenue-based financing from Brightmoor.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got
    seed = en_facts("Paylane raised $3 million in seed financing from Brightmoor.")
    assert ("INVESTED_IN", "Brightmoor", "Paylane") in seed, seed


def test_financing_for_a_buyout_is_lent_to_the_buyer() -> None:
    got = en_facts("Financing for Helmsa Robotics' buyout was provided by Orrin Bank.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_lender_is_not_the_buyer_of_its_borrowers_acquisition() -> None:
    got = en_facts("Orrin Bank provided financing to Nordvale Systems for its acquisition of Pentrix Labs.")
    assert ("ACQUIRED", "Orrin Bank", "Pentrix Labs") not in got, got


def test_a_relative_clause_on_a_person_is_not_the_fund_listed_before() -> None:
    got = en_facts(
        "Backers include Pioneer Fund and angel investor Marcus Heller, who previously co-founded Datagrain."
    )
    assert ("ESTABLISHED", "Marcus Heller", "Datagrain") in got, got
    assert ("ESTABLISHED", "Pioneer Fund", "Datagrain") not in got, got


def test_those_picked_to_take_part_take_part_not_the_picker() -> None:
    got = en_facts(
        "The Department for Digital Growth selected Lumetra and Corvalis to take part in its AI Growth Lab programme."
    )
    assert ("PARTICIPATES_IN", "Lumetra", "AI Growth Lab") in got, got
    assert not any(k[0] == "PARTICIPATES_IN" and k[1].startswith("Department") for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Lumetra joined the Open Compute Guild as a member.",
        "Lumetra joined the Open Compute Guild as a founding member in 2023.",
    ],
)
def test_joining_a_body_as_a_member_joins_it(text: str) -> None:
    assert ("PARTICIPATES_IN", "Lumetra", "Open Compute Guild") in en_facts(text), en_facts(text)


def test_founding_members_found_the_body() -> None:
    got = en_facts("The founding members of the Open Inference Alliance are Lumetra, Corvalis and Kestrane.")
    assert ("ESTABLISHED", "Corvalis", "Open Inference Alliance") in got, got
    plain = en_facts("Members of the Open Inference Alliance include Lumetra and Corvalis.")
    assert not any(k[0] == "ESTABLISHED" for k in plain), plain


def test_a_licence_of_a_model_developed_by_another_partners_with_it() -> None:
    got = en_facts("Veridane Health has licensed the radiology model developed by Seoul-based Orbital Labs.")
    assert ("PARTNERS_WITH", "Veridane Health", "Orbital Labs") in got, got


def test_money_a_body_is_set_up_with_is_its_givers_investment() -> None:
    got = en_facts(
        "Halden University launched the Institute for Safe Machine Learning with $50 million from the Brightwater "
        "Foundation."
    )
    key = ("INVESTED_IN", "Brightwater Foundation", "Institute for Safe Machine Learning")
    assert got.get(key, {}).get("amount") == 50_000_000, got
    planned = en_facts(
        "Halden University plans to launch the Institute for Safe Machine Learning with $50 million from the "
        "Brightwater Foundation."
    )
    assert not any(k[0] == "INVESTED_IN" for k in planned), planned


def test_a_post_one_had_earlier_held_is_past() -> None:
    got = en_facts("Ha Jung-woo had earlier been head of Orvilo's Future AI Center.")
    assert got.get(("WORKS_FOR", "Ha Jung-woo", "Future AI Center"), {}).get("former") is True, got


def test_the_one_hired_is_the_person_set_off_not_the_possessor() -> None:
    got = en_facts("Lumetra hired Jason Clinton's former colleague, Emily Park, as head of its Korea business.")
    assert ("WORKS_FOR", "Emily Park", "Lumetra") in got, got
    assert ("WORKS_FOR", "Jason Clinton", "Lumetra") not in got, got


def test_a_backer_of_a_spin_out_is_not_the_spin_out() -> None:
    got = en_facts(
        "Kestrane said it would spin out its software business as a standalone company backed by Orrin Bank."
    )
    assert ("SPUN_OFF_FROM", "Orrin Bank", "Kestrane") not in got, got
    named = en_facts(
        "Kestrane spun off its robotics unit into a new company called Vexo Robotics, backed by Orrin Bank."
    )
    assert ("SPUN_OFF_FROM", "Vexo Robotics", "Kestrane") in named, named
