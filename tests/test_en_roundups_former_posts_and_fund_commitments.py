"""English deal roundups, European startup press and Asian business news: money raised "in venture debt" is lent;
"passed on leading" a round led nothing; money committed to a firm's fund is no stake in the firm; "P joined Y to
lead its lab" works for Y; a dash bullet opening a deal line keeps the company's whole name; "60% of the plant
company and B 40%" names no company held; co-leads are the round's of their own clause; a spin-out described
beside a later round takes no date of the round; European universities are universities; and a post held before
("previously worked at X", "P, a former X researcher", "former X CEO P", "P, previously CTO of X") is kept, marked
``former``, while a present role stays current."""

import pytest
from en_facts import en_entity_names, en_facts, held


def test_money_raised_in_venture_debt_is_lent() -> None:
    got = en_facts("Brisa Robotics raised $9 million in venture debt from Harlow Credit.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_money_raised_in_a_round_still_counts() -> None:
    got = en_facts("Brisa Robotics raised $9 million in Series A funding from Harlow Ventures.")
    assert ("INVESTED_IN", "Harlow Ventures", "Brisa Robotics") in got, got


def test_passing_on_leading_a_round_led_nothing() -> None:
    got = en_facts("Quarrow Capital passed on leading Tessaly's $300 million round.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_money_committed_to_a_firms_fund_is_no_stake_in_the_firm() -> None:
    got = en_facts("The Oregon Teachers Fund committed $80 million to Harlow Ventures' latest fund.")
    assert ("INVESTED_IN", "Oregon Teachers Fund", "Harlow Ventures") not in got, got


def test_money_committed_to_a_company_still_counts() -> None:
    got = en_facts("The Oregon Teachers Fund committed $80 million to Brisa Robotics.")
    assert ("INVESTED_IN", "Oregon Teachers Fund", "Brisa Robotics") in got, got


def test_joining_to_lead_its_lab_works_for_the_company_joined() -> None:
    text = "Orvane bought a 30% stake in Kestrel AI. Mina Hale joined Tessaly to lead its robotics lab."
    got = en_facts(text)
    assert ("WORKS_FOR", "Mina Hale", "Tessaly") in got, got
    assert ("WORKS_FOR", "Mina Hale", "Orvane") not in got, got


def test_a_dash_bullet_keeps_the_whole_name() -> None:
    text = "Deals\n- Gradient Works, a Leeds-based data platform, raised £8 million from Kestrel Capital."
    got = en_facts(text)
    assert ("INVESTED_IN", "Kestrel Capital", "Gradient Works") in got, got
    assert "Works" not in en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Robotics will hold 60% of the plant company and Halvo Systems 40%.",
        "Orvane Robotics will hold 60% of the joint venture and Halvo Systems 40%.",
    ],
)
def test_shares_of_an_unnamed_company_name_no_company_held(text: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", "Orvane Robotics", "Halvo Systems") not in got, got


def test_a_holder_named_after_the_company_held_is_no_company_held() -> None:
    got = en_facts("Kessel will hold 55% of Brisa Robotics and Marrin 45%.")
    assert ("INVESTED_IN", "Kessel", "Brisa Robotics") in got, got
    assert ("INVESTED_IN", "Kessel", "Marrin") not in got, got


def test_co_leads_belong_to_the_round_of_their_own_clause() -> None:
    text = (
        "Staff at Brisa sold $200 million in shares to Harlow Ventures in a tender offer. "
        "Tessaly's Series D was led by Quarrow Capital, with Marlin Partners and Orla Ventures co-leading; "
        "the company raised $900 million."
    )
    got = en_facts(text)
    for investor in ("Quarrow Capital", "Marlin Partners", "Orla Ventures"):
        assert ("INVESTED_IN", investor, "Tessaly") in got, got
        assert ("INVESTED_IN", investor, "Harlow Ventures") not in got, got


def test_a_spin_out_described_beside_a_round_takes_no_date_of_the_round() -> None:
    got = en_facts("Corvida, spun out of Politecnico di Torino, raised €3m in 2024 from Orla Ventures.")
    props = got.get(("SPUN_OFF_FROM", "Corvida", "Politecnico di Torino"))
    assert props is not None and "date" not in props, got


def test_a_spin_out_dated_in_its_own_clause_keeps_the_date() -> None:
    got = en_facts("Veyra was spun out of Politecnico di Torino in 2021.")
    assert got.get(("SPUN_OFF_FROM", "Veyra", "Politecnico di Torino"), {}).get("date") == "2021", got


@pytest.mark.parametrize("name", ["Politecnico di Torino", "Universität Heidelberg", "Université Paris Cité"])
def test_european_universities_are_universities(name: str) -> None:
    from en_facts import extractor

    from aigraph.ingest.contract import Document

    result = extractor().extract(Document(id="t", text=f"Veyra was spun out of {name} in 2021."))
    types = {e.name: e.type.value for e in result.entities}
    assert types.get(name) == "University", types


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        (
            "Lena Marsh previously worked at Brisa Robotics as a senior engineer.",
            "Lena Marsh",
            "Brisa Robotics",
            "senior engineer",
        ),
        (
            "Omar Petit, a former Brisa Robotics researcher, co-founded Veyra in 2022.",
            "Omar Petit",
            "Brisa Robotics",
            "researcher",
        ),
        ("Former Quarrow CEO Dana Holt joined Orvane as president.", "Dana Holt", "Quarrow", "CEO"),
        (
            "Raj Menon, previously CTO of Brisa Robotics, has been named CEO of Veyra.",
            "Raj Menon",
            "Brisa Robotics",
            "CTO",
        ),
        ("Mika Lund served as chief executive of Quarrow.", "Mika Lund", "Quarrow", "chief executive"),
    ],
)
def test_a_post_held_before_is_kept_as_former(text: str, person: str, org: str, title: str) -> None:
    got = en_facts(text)
    props = got.get(("WORKS_FOR", person, org), {})
    assert props.get("former") is True and props.get("title") == title, got


def test_the_new_post_beside_a_former_one_is_current() -> None:
    got = en_facts("Raj Menon, previously CTO of Brisa Robotics, has been named CEO of Veyra.")
    assert held(got, ("WORKS_FOR", "Raj Menon", "Veyra")), got


@pytest.mark.parametrize(
    "text", ["Dana Holt is CEO of Quarrow.", "Dana Holt, the chief executive of Quarrow, said sales rose."]
)
def test_a_present_post_is_not_former(text: str) -> None:
    assert held(en_facts(text), ("WORKS_FOR", "Dana Holt", "Quarrow")), en_facts(text)


def test_a_post_told_in_the_past_tense_is_a_past_one() -> None:
    got = en_facts("Dana Holt was CEO of Quarrow.")
    assert got.get(("WORKS_FOR", "Dana Holt", "Quarrow"), {}).get("former") is True, got


def test_a_seed_round_closed_from_an_investor() -> None:
    got = en_facts("Quarrow AI closed a €3m seed round from Frontline Ventures.")
    props = got.get(("INVESTED_IN", "Frontline Ventures", "Quarrow AI"), {})
    assert props.get("amount") == 3_000_000 and props.get("series") == "seed", got


def test_existing_investors_named_beside_the_noun_invested() -> None:
    text = "Brisa Robotics has secured a €7m investment from its existing investors, Kestrel Capital and Orla Ventures."
    got = en_facts(text)
    assert ("INVESTED_IN", "Kestrel Capital", "Brisa Robotics") in got, got
    assert ("INVESTED_IN", "Orla Ventures", "Brisa Robotics") in got, got


def test_an_angel_named_after_a_co_founder_title_invested() -> None:
    got = en_facts("Veyra has raised €6m from Kestrel Capital and Brisa co-founder Ana Lindqvist.")
    assert ("INVESTED_IN", "Ana Lindqvist", "Veyra") in got, got


def test_its_subsidiary_named_with_a_legal_form_is_an_affiliate() -> None:
    got = en_facts("Harlow Corp. and its subsidiary Brisa Corp. announced a new plant.")
    assert ("AFFILIATE_OF", "Brisa Corp.", "Harlow Corp.") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Energy Department finalized a $900 million award to Halvo Systems.",
        "The Energy Department approved a $900 million grant to Halvo Systems.",
    ],
)
def test_a_grant_a_body_finalizes_or_approves_is_funding(text: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Energy Department", "Halvo Systems"), {}).get("amount") == 900_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "The Energy Department announced a proposed $900 million grant to Halvo Systems.",
        "The Energy Department may finalize a $900 million award to Halvo Systems.",
        "The foundation announced an award to Halvo Systems.",
    ],
)
def test_a_grant_proposed_possible_or_without_a_sum_is_no_funding(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_a_company_joining_a_known_company_is_no_member_of_it() -> None:
    got = en_facts("Quillon will join Google Cloud once the deal closes.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_company_joining_an_alliance_is_a_member() -> None:
    got = en_facts("Quillon will join the K-Cloud Alliance.")
    assert ("PARTICIPATES_IN", "Quillon", "K-Cloud Alliance") in got, got


@pytest.mark.parametrize(
    ("text", "founders", "body"),
    [
        (
            "Harlow Fund was established in March 2024 by Kestrel Capital and Orla Ventures.",
            ["Kestrel Capital", "Orla Ventures"],
            "Harlow Fund",
        ),
        (
            "Stanford and Intel have established the Stanford-Intel Center for Edge AI.",
            ["Stanford", "Intel"],
            "Stanford-Intel Center for Edge AI",
        ),
    ],
)
def test_founders_of_a_fund_or_centre_founded_it_and_take_no_part_in_it(text: str, founders: list, body: str) -> None:
    got = en_facts(text)
    for founder in founders:
        assert ("ESTABLISHED", founder, body) in got, got
        assert ("PARTICIPATES_IN", founder, body) not in got, got


def test_founders_of_an_alliance_are_its_members() -> None:
    got = en_facts("Kestrel Telecom, Orla Mobile and Harlow Net formed the Open Telco AI Alliance in 2023.")
    assert ("PARTICIPATES_IN", "Orla Mobile", "Open Telco AI Alliance") in got, got


def test_an_investor_named_after_the_founders_clause_founded_nothing() -> None:
    got = en_facts(
        "Acme Quantum was founded in 2021 by Jane Roe, and Beta Capital also participated in its Series A round."
    )
    assert ("ESTABLISHED", "Jane Roe", "Acme Quantum") in got, got
    assert ("ESTABLISHED", "Beta Capital", "Acme Quantum") not in got, got


def test_hired_to_lead_its_lab_works_for_the_hirer_and_the_former_employer_is_past() -> None:
    got = en_facts("Hanbit Systems hired Lara Quint, a former Orbis Semiconductor engineer, to lead its lab.")
    assert got.get(("WORKS_FOR", "Lara Quint", "Hanbit Systems"), {}).get("title") == "head", got
    assert got.get(("WORKS_FOR", "Lara Quint", "Orbis Semiconductor"), {}).get("former") is True, got


def test_its_post_of_a_person_is_at_the_organisation_named_before_in_the_sentence() -> None:
    text = (
        "Harlow Capital backed Brisa AI in its Series C. Omar Rahimi chairs Harlow Capital, "
        "while Lina Saeed is its chief executive."
    )
    got = en_facts(text)
    assert ("WORKS_FOR", "Lina Saeed", "Harlow Capital") in got, got
    assert ("WORKS_FOR", "Lina Saeed", "Brisa AI") not in got, got


def test_a_deal_called_off_between_others_leaves_an_earlier_stake() -> None:
    text = "Harlow Capital invested $85 million in Brisa AI. A deal for Orvane to buy a stake in Brisa AI fell through."
    got = en_facts(text)
    assert ("INVESTED_IN", "Harlow Capital", "Brisa AI") in got, got
    assert ("INVESTED_IN", "Orvane", "Brisa AI") not in got, got
