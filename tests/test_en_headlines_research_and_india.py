"""English headlines, research news, Indian business press and analysis pieces: a headline calling a deal off
undoes the deal the next sentence recalls; "IBM & AMD" are two companies ("Procter & Gamble" one); "Rs 60 crore"
is money; what "would have been funded" was not; "is committed to" a field spends nothing; "a Noida-based firm"
is in a place, no organisation; "P heads X at Y" works for Y; the sponsor of a named chair employs no one; "A
spun out Y from its department" spun Y off A; a unit written as its owner's is no partner of it; "Y, whose chief
executive P" is Y's; "the joint venture that A and B set up, called Y" is Y."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kestrel calls off Orbis takeover. Kestrel agreed to buy Orbis for $300M last year.", "ACQUIRED"),
        ("Halvo pulls out of Gridly round. Halvo had agreed to invest $20M in Gridly.", "INVESTED_IN"),
    ],
)
def test_a_headline_calling_a_deal_off_undoes_the_deal_recalled_next(text: str, kind: str) -> None:
    assert not any(k[0] == kind for k in en_facts(text)), en_facts(text)


def test_a_headline_completing_a_deal_keeps_it() -> None:
    got = en_facts("Kestrel completes Orbis takeover. Kestrel agreed to buy Orbis for $300M last year.")
    assert ("ACQUIRED", "Kestrel", "Orbis") in got, got


def test_two_listed_names_joined_by_an_ampersand_are_two() -> None:
    got = en_facts("IBM & AMD join OpenEuroLLM.")
    assert ("PARTICIPATES_IN", "IBM", "OpenEuroLLM") in got, got
    assert ("PARTICIPATES_IN", "AMD", "OpenEuroLLM") in got, got


def test_one_name_with_an_ampersand_stays_one() -> None:
    got = en_facts("Procter & Gamble invested in Lumi AI.")
    assert ("INVESTED_IN", "Procter & Gamble", "Lumi AI") in got, got


@pytest.mark.parametrize(
    ("text", "investor", "amount"),
    [
        ("Yantrik Labs has raised Rs 60 crore in a Series A round led by Kalaari Capital.", "Kalaari Capital", 6e8),
        ("Yantrik Labs raised Rs. 75 lakh in a seed round from Mumbai Angels.", "Mumbai Angels", 7.5e6),
        ("Yantrik Labs has raised INR 60 crore from Kalaari Capital.", "Kalaari Capital", 6e8),
    ],
)
def test_a_round_in_rupees_written_rs(text: str, investor: str, amount: float) -> None:
    props = en_facts(text).get(("INVESTED_IN", investor, "Yantrik Labs"))
    assert props is not None, en_facts(text)
    assert amount in (props.get("amount"), props.get("round_amount")), props
    assert "INR" in (props.get("currency"), props.get("round_currency")), props


@pytest.mark.parametrize(
    "text",
    [
        "A proposal for a national AI research hub at Emory University, which would have been funded jointly by the "
        "NSF and Oracle, was not approved this year, officials said.",
        "K Krithivasan, chief executive of TCS, said the group is committed to quantum computing.",
    ],
)
def test_what_would_have_been_funded_or_a_commitment_to_a_field_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_a_sum_committed_is_an_investment() -> None:
    assert ("INVESTED_IN", "Amazon", "Anthropic") in en_facts("Amazon has committed $8 billion to Anthropic.")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Kavach AI, a Noida-based cybersecurity firm, said its co-founder Rohan Mehta will lead the new unit.",
            ("ESTABLISHED", "Rohan Mehta", "Kavach AI"),
        ),
        (
            "Vernix, a Pune-based analytics firm, said its chief executive Anil Kumar was pleased.",
            ("WORKS_FOR", "Anil Kumar", "Vernix"),
        ),
    ],
)
def test_a_place_a_firm_is_based_in_is_no_organisation(text: str, fact: tuple[str, str, str]) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert not any(k[2] in ("Noida", "Pune") for k in got), got


def test_heading_a_product_at_a_company_works_for_the_company() -> None:
    got = en_facts("Karen Li heads Azure at Microsoft.")
    assert ("WORKS_FOR", "Karen Li", "Microsoft") in got, got
    assert ("WORKS_FOR", "Karen Li", "Azure") not in got, got


def test_the_sponsor_of_a_named_chair_employs_no_one() -> None:
    got = en_facts("Lena Ortiz was named the first holder of the Qualcomm Chair in Wireless AI at UC San Diego.")
    assert ("WORKS_FOR", "Lena Ortiz", "UC San Diego") in got, got
    assert ("WORKS_FOR", "Lena Ortiz", "Qualcomm") not in got, got


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        (
            "Brown University has spun out Quillon from its Department of Computer Science.",
            "Quillon",
            "Brown University",
        ),
        (
            "Duke University spun out Verasight Bio from its School of Medicine in 2023.",
            "Verasight Bio",
            "Duke University",
        ),
    ],
)
def test_spun_out_from_its_own_unit_is_spun_off_the_owner(text: str, child: str, parent: str) -> None:
    got = en_facts(text)
    assert ("SPUN_OFF_FROM", child, parent) in got, got
    assert not any(k[0] == "SPUN_OFF_FROM" and k[1] == parent for k in got), got


def test_a_unit_written_as_its_owner_s_is_no_partner_of_it() -> None:
    got = en_facts("Researchers at Tsinghua University and Alibaba's DAMO Academy jointly developed the model.")
    assert ("PARTNERS_WITH", "Tsinghua University", "DAMO Academy") in got, got
    assert not any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} == {"Alibaba", "DAMO Academy"} for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Oracle will acquire a database company this year. The obvious candidate is Tindra Software, whose chief "
        "executive Mark Olsen has said the company is not for sale.",
        "Nvidia invested in Tindra Software, whose chief executive Mark Olsen is a former Google engineer.",
    ],
)
def test_whose_chief_executive_is_the_named_company_s(text: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", "Mark Olsen", "Tindra Software") in got, got
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("Oracle", "Nvidia") for k in got), got


def test_a_venture_called_after_a_relative_clause_is_the_one_founded() -> None:
    got = en_facts(
        "The joint venture that Arvo Dynamics and Selby Motors set up, called Kestrel Mobility, is thriving. Rumours "
        "that Pohl Systems will buy Ferro Industries were denied."
    )
    assert ("ESTABLISHED", "Arvo Dynamics", "Kestrel Mobility") in got, got
    assert not any(k[2] == "Pohl Systems" for k in got), got


def test_going_on_to_lead_is_a_past_role() -> None:
    got = en_facts(
        "Databricks acquired MosaicML for $1.3 billion in 2023, and MosaicML co-founder Naveen Rao went on to lead "
        "generative AI at Databricks."
    )
    assert not any(k[0] == "WORKS_FOR" and k[2] == "Databricks" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, Dec 18 (Reuters) - LG Electronics said on Wednesday it had scrapped talks to buy a majority stake in "
        "Daegu-based service robot maker Orbis Robotics. LG, which bought a 20% stake in Orbis in 2022, will remain a "
        "shareholder.",
    ],
)
def test_talks_scrapped_leave_an_earlier_stake_standing(text: str) -> None:
    assert ("INVESTED_IN", "LG Electronics", "Orbis Robotics") in en_facts(text), en_facts(text)


def test_clauses_of_different_dates_give_neither_the_other_s_date() -> None:
    got = en_facts("Cisco bought Splunk in 2024; Salesforce acquired Slack in 2021.")
    assert ("ACQUIRED", "Salesforce", "Slack") in got, got
    assert got[("ACQUIRED", "Salesforce", "Slack")].get("date") != "2024", got


def test_money_for_a_stake_in_a_company_is_invested_in_it() -> None:
    got = en_facts("Ravel Partners invested $80 million for a 15 percent stake in Quillon AI.")
    assert got.get(("INVESTED_IN", "Ravel Partners", "Quillon AI"), {}).get("amount") == 80_000_000, got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Meta has poached Ken Abara from Uber.", "Meta"),
        ("Meta lured Ken Abara away from Uber.", "Meta"),
        ("Ken Abara returned to Uber as chief scientist.", "Uber"),
        ("Ken Abara rejoined Uber as chief scientist.", "Uber"),
    ],
)
def test_a_person_poached_or_returning_works_there(text: str, org: str) -> None:
    assert ("WORKS_FOR", "Ken Abara", org) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ken Abara returned to Uber's offices.",
        "Meta is said to be trying to poach Ken Abara.",
        "Ken Abara did not return to Uber as chief scientist.",
    ],
)
def test_a_visit_a_rumoured_poach_or_a_denied_return_is_no_post(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in en_facts(text)), en_facts(text)


def test_with_a_company_doing_something_names_no_partner() -> None:
    got = en_facts(
        "Cariad will form a joint venture with Horizon Robotics, named Carizon, with Volkswagen investing 2.4 billion "
        "euros."
    )
    assert ("ESTABLISHED", "Horizon Robotics", "Carizon") in got, got
    assert not any(k[0] in ("ESTABLISHED", "PARTNERS_WITH") and "Volkswagen" in k for k in got), got
