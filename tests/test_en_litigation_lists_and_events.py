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


def test_a_nationality_is_no_company() -> None:
    text = "Brightwell Systems completed its acquisition of the Italian AI start-up Velluto."
    got = en_facts(text)
    assert ("ACQUIRED", "Brightwell Systems", "Velluto") in got, got
    assert "Italian" not in en_entity_names(text), en_entity_names(text)


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
