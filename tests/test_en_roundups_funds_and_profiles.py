"""English deal roundups, venture-firm news, defence tech and founder profiles: a venture arm's owner set off
after it is no co-investor ("from A, the CIA's venture arm"); defence primes and venture firms news names often are
registry names ("Lockheed Martin" is one company); a fund's Roman number and "GP stakes" name no company, nor a bare
"Fund" or "Staff"; briefs joined by semicolons keep their own investors; "The Information" is an outlet; a deal
"nearly" made was not made; "another X portfolio company" was backed by X, not its affiliate; "the company" after "P
left X to start Y" is Y; "the company" is no company named "... & Company"."""

import pytest
from en_facts import en_entity_names, en_facts


def test_a_venture_arm_s_owner_set_off_after_it_is_no_investor() -> None:
    got = en_facts("Skyloom said it had received a strategic investment from In-Q-Tel, the CIA's venture arm.")
    assert ("INVESTED_IN", "In-Q-Tel", "Skyloom") in got, got
    assert ("PART_OF", "In-Q-Tel", "CIA") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "CIA" for k in got), got


def test_a_defence_prime_is_one_company() -> None:
    got = en_facts("Lockheed Martin has agreed to acquire Orbiton Systems for about $300 million in cash.")
    assert got.get(("ACQUIRED", "Lockheed Martin", "Orbiton Systems"), {}).get("amount") == 3e8, got
    assert [k for k in got if k[0] == "ACQUIRED" and k[2] == "Orbiton Systems" and k[1] == "Martin"] == [], got


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Seed closed its Fund II at $150 million, with the Lumen Foundation among its limited partners.",
        "Blue Marlin Capital has bought GP stakes in several growth equity managers.",
        "Dana Price previously served as the Navy's 12th Chief of Staff.",
    ],
)
def test_a_fund_s_number_and_generic_words_name_no_company(text: str) -> None:
    names = en_entity_names(text)
    assert not {"II", "Fund", "GP", "Staff"} & set(names), names
    assert not any(k[0] in ("PART_OF", "INVESTED_IN") for k in en_facts(text)), en_facts(text)


def test_briefs_joined_by_a_semicolon_keep_their_investors() -> None:
    got = en_facts("Briefs — Corvane lands $80M from GV; Ledgerline picks up $150M co-led by Premji Invest.")
    assert ("INVESTED_IN", "Premji Invest", "Ledgerline") in got, got
    assert ("INVESTED_IN", "Premji Invest", "Corvane") not in got, got


def test_an_outlet_named_with_the_is_no_company() -> None:
    text = (
        "Corvane is growing fast. According to The Information, the company raised $60M in a Series A from "
        "Andreessen Horowitz."
    )
    got = en_facts(text)
    assert ("INVESTED_IN", "Andreessen Horowitz", "Corvane") in got, got
    assert "Information" not in en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    ["Ruiz nearly sold Fathomline to Amazon in 2022.", "Accel almost invested in Fathomline in 2021."],
)
def test_a_deal_nearly_made_was_not_made(text: str) -> None:
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in en_facts(text)), en_facts(text)


def test_nearly_a_sum_is_still_the_sum() -> None:
    got = en_facts("Accel invested nearly $5 million in Fathomline, a robotics startup.")
    assert ("INVESTED_IN", "Accel", "Fathomline") in got, got


def test_a_portfolio_company_is_backed_not_an_affiliate() -> None:
    got = en_facts("Nadia Brandt is a board member of Wayline Labs, another Accel portfolio company.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got
    assert ("INVESTED_IN", "Accel", "Wayline Labs") in got, got


def test_the_company_after_leaving_to_start_one_is_the_new_one() -> None:
    got = en_facts("Kenji Mori left Sony to start Kumolight. The company was acquired by Rakuten in 2023.")
    assert ("ACQUIRED", "Rakuten", "Kumolight") in got, got
    assert not any(k[0] == "ACQUIRED" and k[2] in ("Sony", "소니") for k in got), got


def test_the_company_is_no_company_named_and_company() -> None:
    got = en_facts(
        "Tunde Bello worked at Bain & Company before he founded Ledgerpay, and Tiger Global invested $40 million "
        "in the company in 2021."
    )
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Bain & Company" for k in got), got


def test_a_name_closing_a_round_is_a_company() -> None:
    got = en_facts("Orbit Forge closed a $28.5 million Series A led by Tiger Global.")
    assert got.get(("INVESTED_IN", "Tiger Global", "Orbit Forge"), {}).get("series") == "A", got


def test_a_person_raising_money_stays_a_person() -> None:
    names = en_entity_names("Dario Ferrante raised $2 billion from investors for his new lab.")
    assert "Dario Ferrante" in names
    assert not en_facts("Dario Ferrante raised $2 billion from investors for his new lab.")


def test_she_is_the_person_just_named() -> None:
    got = en_facts("Amira Haddad joined Waymo in 2017. She founded Mirrorfield Simulations in 2022.")
    assert ("ESTABLISHED", "Amira Haddad", "Mirrorfield Simulations") in got, got
    got = en_facts("Waymo hired Amira Haddad and Omar Reyes in 2017. She founded Mirrorfield Simulations in 2022.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Priya Raman was previously a partner at Accel Partners.", ("WORKS_FOR", "Priya Raman", "Accel Partners")),
        ("Marcus Webb was once chief executive of Helix Energy.", ("WORKS_FOR", "Marcus Webb", "Helix Energy")),
    ],
)
def test_a_post_told_as_held_before_is_former(text: str, fact: tuple) -> None:
    got = en_facts(text)
    assert got.get(fact, {}).get("former") is True, got


def test_a_post_in_the_past_tense_alone_is_a_past_one() -> None:
    got = en_facts("Priya Raman was a partner at Accel Partners.")
    assert got.get(("WORKS_FOR", "Priya Raman", "Accel Partners"), {}).get("former") is True, got


def test_a_rival_named_before_is_not_the_one_funded() -> None:
    got = en_facts(
        "The Qatar Investment Authority participated in a $600 million Series B for Anthropic rival start-up Kestrel AI."
    )
    assert any(k[0] == "INVESTED_IN" and k[2] == "Kestrel AI" for k in got), got
    assert not any(k[0] == "INVESTED_IN" and k[2] in ("Anthropic", "앤트로픽") for k in got), got


def test_an_investment_on_a_condition_is_not_made() -> None:
    text = "Takeda said it would invest up to $50 million in Corvane Bio if the startup's model meets its benchmarks by 2026."
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_a_hire_joining_from_elsewhere_is_no_investor() -> None:
    got = en_facts(
        "Arbor Peptides raised $15 million from Flagship Pioneering. The startup's CMO, Dr. Samuel Greene, joined "
        "from Moderna earlier this month."
    )
    assert ("INVESTED_IN", "Samuel Greene", "Arbor Peptides") not in got, got
    assert ("WORKS_FOR", "Samuel Greene", "Arbor Peptides") in got, got


def test_the_x_subsidiary_is_not_x() -> None:
    got = en_facts(
        "Lattice Bio is expanding in London. The Alphabet subsidiary, led by Ken Ito, signed a research "
        "collaboration with Bayer last year."
    )
    assert not any(k[0] == "PARTNERS_WITH" and "Alphabet" in k for k in got), got


def test_common_stock_bought_is_a_stake() -> None:
    got = en_facts("Sandmere Capital purchased $60 million of Veltrix Autonomy common stock in a private placement.")
    assert got.get(("INVESTED_IN", "Sandmere Capital", "Veltrix Autonomy"), {}).get("amount") == 6e7, got
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_buying_a_business_of_a_company_buys_the_business() -> None:
    got = en_facts(
        "Delmar Vision Technologies completed the acquisition of the edge inference business of Hollis "
        "Microdevices for $48 million."
    )
    assert ("ACQUIRED", "Delmar Vision Technologies", "Hollis Microdevices") not in got, got
    assert any(k[0] == "ACQUIRED" and "business" in k[2] for k in got), got


def test_a_clause_joined_after_a_spin_off_is_not_the_spin_off() -> None:
    got = en_facts(
        "Alibaba Cloud spun off its chip business into T-Head Semiconductor, and China Merchants Capital invested "
        "1.5 billion yuan in T-Head."
    )
    assert not any(k[0] == "SPUN_OFF_FROM" and k[1] == "China Merchants Capital" for k in got), got
    assert "T-" not in en_entity_names("China Merchants Capital invested 1.5 billion yuan in T-Head.")


def test_a_listing_is_no_company() -> None:
    assert en_entity_names("The company is considering a Hong Kong IPO, people briefed on the plans said.") == []


def test_the_closing_of_a_round_announced_is_the_round() -> None:
    got = en_facts("Pyxline Labs announced the closing of a $40 million Series B round led by Westvane Growth.")
    assert got.get(("INVESTED_IN", "Westvane Growth", "Pyxline Labs"), {}).get("series") == "B", got
    assert not en_facts("Pyxline Labs announced the closing of its office in Austin.")
