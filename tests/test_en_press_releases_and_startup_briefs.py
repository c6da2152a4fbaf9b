"""English press releases and startup briefs: a release's opening sentence ("CITY, Date /Wire/ -- X, Inc., a …,
today announced that …") keeps its subject however the parser hangs the corporate form; "Cr" and "Mn." as Indian
and startup-press copy writes them (a scaled sum, a sentence's end); "the start-up" after a spin-off is the company
spun off; unnamed people referred back to (", the people said") confirm nothing; a company's former executive named
in an investor list is the investor."""

import pytest
from en_facts import en_entity_names, en_facts

RELEASE = (
    "Quillmark Compute Raises $90 Million\n"
    "AUSTIN, Texas, April 7, 2026 /PRNewswire/ -- Quillmark Compute, Inc., a developer of inference chips, today "
    "announced that it has closed a $90 million Series B financing round led by Tallgrass Peak Ventures."
)


def test_a_release_lead_keeps_its_round() -> None:
    got = en_facts(RELEASE.split("\n", 1)[1])
    fact = ("INVESTED_IN", "Tallgrass Peak Ventures", "Quillmark Compute")
    assert fact in got, got
    assert got[fact].get("round_amount") == 90_000_000 and got[fact].get("lead") is True, got


def test_a_release_lead_under_its_headline_keeps_its_round() -> None:
    assert ("INVESTED_IN", "Tallgrass Peak Ventures", "Quillmark Compute") in en_facts(RELEASE)


def test_a_corporate_form_the_parser_made_the_subject_stands_for_the_name() -> None:
    text = "  Brightwell Robotics, Inc., a maker of warehouse arms, today announced that it has acquired Sorto Labs."
    assert ("ACQUIRED", "Brightwell Robotics", "Sorto Labs") in en_facts(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Krishi Vision has raised INR 75 Cr in a Series A round led by Kalaari Capital.", 750_000_000),
        ("Krishi Vision has raised INR 75Cr in a Series A round led by Kalaari Capital.", 750_000_000),
        ("Krishi Vision has raised INR 75 crore in a Series A round led by Kalaari Capital.", 750_000_000),
    ],
)
def test_crore_written_short_is_scaled(text: str, amount: float) -> None:
    got = en_facts(text)
    props = got.get(("INVESTED_IN", "Kalaari Capital", "Krishi Vision"), {})
    assert props.get("round_amount") == amount and props.get("round_currency") == "INR", got
    assert "Cr" not in en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vidyapath raised $10 Mn. CEO Meera Iyer came from Flipkart.",
        "Vidyapath raised $10 Mn. Co-founder and COO Kabir Menon, who joined from Flipkart, has stepped down.",
    ],
)
def test_a_sum_in_mn_ends_its_sentence(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "INVESTED_IN" and "Flipkart" in k[1] for k in got), got


def test_the_start_up_after_a_spin_off_is_the_company_spun_off() -> None:
    text = "Max Planck Digital spun off Lingora GmbH. The start-up has raised €8 million from Vorwerk Ventures."
    got = en_facts(text)
    assert ("INVESTED_IN", "Vorwerk Ventures", "Lingora GmbH") in got, got
    assert ("INVESTED_IN", "Vorwerk Ventures", "Max Planck Digital") not in got, got


def test_the_start_up_after_a_deal_with_no_new_company_is_the_topic() -> None:
    text = "Kestrel Analytics reported higher sales. The start-up has raised €8 million from Vorwerk Ventures."
    assert ("INVESTED_IN", "Vorwerk Ventures", "Kestrel Analytics") in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Cloud will also invest $150 million in startup Corvane, the people said.",
        "Halden Cloud agreed to buy Corvane, the person said.",
    ],
)
def test_unnamed_people_referred_back_confirm_nothing(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_a_company_saying_it_confirms() -> None:
    got = en_facts("Halden Cloud will invest $150 million in startup Corvane, the company said.")
    assert ("INVESTED_IN", "Halden Cloud", "Corvane") in got, got


def test_a_companys_former_executive_in_an_investor_list_is_the_investor() -> None:
    text = (
        "Vayuq has raised $6 Mn in a seed round led by Stellaris Venture Partners. The round saw participation from "
        "Qualcomm's former executive Nikhil Rao."
    )
    got = en_facts(text)
    assert ("INVESTED_IN", "Nikhil Rao", "Vayuq") in got, got
    assert not any(k[0] == "INVESTED_IN" and "Qualcomm" in k[1] for k in got), got


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Anika Rao was chief operating officer at Tessaly.", "Anika Rao", "Tessaly"),
        ("Before founding Lumio, Anika Rao was a partner at Bain & Company.", "Anika Rao", "Bain & Company"),
    ],
)
def test_a_post_told_in_the_past_tense_is_a_past_one(text: str, person: str, org: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("former") is True, got


def test_a_present_post_stays_current() -> None:
    got = en_facts("Anika Rao is chief operating officer at Tessaly.")
    assert ("WORKS_FOR", "Anika Rao", "Tessaly") in got and not got[("WORKS_FOR", "Anika Rao", "Tessaly")].get("former")


def test_state_owned_names_no_owner() -> None:
    got = en_facts("The fund is managed by Guangdong State-owned Capital Holdings.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_a_company_owned_by_another_named_so_is_its_affiliate() -> None:
    got = en_facts("SoftBank-owned Graphcore said revenue rose.")
    assert any(k[0] == "AFFILIATE_OF" and k[1] == "Graphcore" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ardent Power plans to partner with Voltline Analytics.",
        "Ardent Power intends to partner with Voltline Analytics on grid forecasting.",
        "Ardent Power said it would partner with Voltline Analytics pending approval from regulators.",
    ],
)
def test_a_partnership_planned_or_pending_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


def test_a_partnership_a_company_says_it_will_make_stays() -> None:
    got = en_facts("Ardent Power said it would partner with Voltline Analytics.")
    assert ("PARTNERS_WITH", "Ardent Power", "Voltline Analytics") in got, got
