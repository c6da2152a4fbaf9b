"""English wire, filing, China-desk, infrastructure and talent news: a deal the company states "after Reuters
reported" it, or a report it confirms, is a fact, while "…, Caixin learned" is hearsay; a stake a filing discloses
or an investor builds is an investment; money lent ("a credit facility from X", "debt financing led by X") buys
no stake; a joint venture a sentence says was cancelled is not founded by the next; "technology partners of the Y
project" are no partners of one another, "partners in Y" are its members, "partners of Y" are Y's, and "no longer
partners" none; "in which X holds 60%" after "a joint venture of A and X" is the venture's stake; "P, who is its
chief executive" heads the main clause's company; "the Department of Energy's Genesis Mission consortium" is two
bodies; "alongside A and B" joins them too; "State-owned" is part of a state enterprise's name; "vice-president"
is a title; "Dr. Laura M. Quist" keeps her initial and surname."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Sequoia led a $20 million round for Nova Minds, the companies said on Tuesday after Reuters first "
            "reported the deal.",
            ("INVESTED_IN", "Sequoia", "Nova Minds"),
        ),
        (
            "Microsoft agreed to acquire Quillbase for $800 million, the company said after Reuters first reported "
            "the deal.",
            ("ACQUIRED", "Microsoft", "Quillbase"),
        ),
        (
            "Microsoft confirmed a Reuters report that it had agreed to acquire Quillbase.",
            ("ACQUIRED", "Microsoft", "Quillbase"),
        ),
    ],
)
def test_a_deal_stated_after_or_confirming_a_report_is_a_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Accel invested $20 million in Nova Minds, The Information reported.",
        "Microsoft denied a Reuters report that it had agreed to acquire Quillbase.",
        "Microsoft did not confirm a Reuters report that it had agreed to acquire Quillbase.",
        "Accel invested in Nova Minds, as Bloomberg reported last week.",
        "Pengcheng Robotics has raised 1 billion yuan in a round led by Tencent, Caixin learned.",
    ],
)
def test_a_deal_only_a_report_tells_is_none(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


@pytest.mark.parametrize(
    ("text", "pair", "percent"),
    [
        ("Vanguard revealed a 5.3% stake in SoundHound AI in a filing on Friday.", ("Vanguard", "SoundHound AI"), 5.3),
        ("Activist investor Jana Partners has built a 6% stake in Cognex.", ("Jana Partners", "Cognex"), 6.0),
        ("Baillie Gifford reported a 9.1% stake in Tempus AI.", ("Baillie Gifford", "Tempus AI"), 9.1),
    ],
)
def test_a_stake_disclosed_or_built_is_an_investment(text: str, pair: tuple[str, str], percent: float) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", *pair), {}).get("stake_percent") == percent, got


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia reported a 12% rise in revenue.",
        "Elliott did not disclose a stake in Marvell.",
        "Elliott may have built a stake in Marvell, analysts said.",
    ],
)
def test_a_rise_reported_or_a_stake_not_disclosed_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pioneer Compute secured a $1.5 billion credit facility from Goldman Sachs and Morgan Stanley.",
        "Lambda raised $500 million in debt financing led by Macquarie.",
        "Lambda received a $200 million loan from SoftBank.",
    ],
)
def test_money_lent_buys_no_stake(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_a_round_beside_a_debt_facility_keeps_its_investors_only() -> None:
    got = en_facts(
        "CoreWeave raised $1.1 billion in a Series C round led by Coatue and a $7.5 billion debt facility led by "
        "Blackstone."
    )
    assert ("INVESTED_IN", "Coatue", "CoreWeave") in got, got
    assert ("INVESTED_IN", "Blackstone", "CoreWeave") not in got, got


def test_convertible_notes_are_an_investment() -> None:
    got = en_facts("Lambda raised $500 million in convertible notes from Nvidia.")
    assert ("INVESTED_IN", "Nvidia", "Lambda") in got, got


def test_a_joint_venture_cancelled_before_is_not_founded() -> None:
    got = en_facts(
        "Ferrum Cloud has cancelled its planned $2 billion data-centre joint venture with Ostrava Energy. The two "
        "companies had agreed in June to establish the venture, to be named Silesia AI."
    )
    assert not any(k[0] == "ESTABLISHED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Samsung and SK are technology partners of the Stargate Korea project.",
        "Samsung and SK are no longer partners.",
    ],
)
def test_partners_of_a_project_or_no_longer_partners_are_not_partners(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_partners_of_a_company_partner_with_it() -> None:
    got = en_facts("Samsung and SK are partners of OpenAI.")
    assert ("PARTNERS_WITH", "Samsung", "OpenAI") in got, got
    assert ("PARTNERS_WITH", "SK", "OpenAI") in got, got
    assert ("PARTNERS_WITH", "Samsung", "SK") not in got, got


def test_partners_in_a_venture_are_its_members() -> None:
    got = en_facts(
        "Oracle and OpenAI, together with SoftBank and MGX, are partners in Stargate, a joint venture that plans to "
        "spend $500bn on AI infrastructure."
    )
    assert ("PARTICIPATES_IN", "Oracle", "Stargate") in got, got
    assert ("PARTICIPATES_IN", "OpenAI", "Stargate") in got, got
    assert ("PARTNERS_WITH", "Oracle", "OpenAI") not in got, got


def test_a_stake_in_which_after_a_joint_venture_s_owners_is_the_venture_s() -> None:
    got = en_facts(
        "Orion Holdings is a joint venture of Delta Power and Kestrel Capital, in which Kestrel Capital holds a 60% "
        "stake."
    )
    assert ("INVESTED_IN", "Kestrel Capital", "Orion Holdings") in got, got
    assert ("INVESTED_IN", "Kestrel Capital", "Delta Power") not in got, got


def test_its_in_a_relative_clause_is_the_main_clause_s_company() -> None:
    got = en_facts("Hanwha Aerospace was founded in 1977. Finlo was founded by Jae Park, who is its chief executive.")
    assert ("WORKS_FOR", "Jae Park", "Finlo") in got, got
    assert not any(k[0] == "WORKS_FOR" and "Hanwha" in k[2] for k in got), got


def test_an_agency_s_consortium_is_two_bodies_and_alongside_joins_too() -> None:
    text = "Palantir joined the Department of Energy's Genesis Mission consortium alongside Nvidia and AMD."
    got = en_facts(text)
    for member in ("Palantir", "Nvidia", "AMD"):
        assert ("PARTICIPATES_IN", member, "Genesis Mission consortium") in got, got
    assert not any(k[0] == "PART_OF" for k in got), got
    assert "미국 에너지부" in en_entity_names(text)  # the registry's Department of Energy


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Shanghai State-owned Capital Investment Co. led Xinghe AI's latest round.",
            "Shanghai State-owned Capital Investment Co.",
        ),
        (
            "Beijing State-owned Assets Management Co. invested in Zhipu AI.",
            "Beijing State-owned Assets Management Co.",
        ),
    ],
)
def test_state_owned_is_part_of_a_state_enterprise_s_name(text: str, investor: str) -> None:
    got = en_facts(text)
    assert any(k[0] == "INVESTED_IN" and k[1] == investor for k in got), got
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_a_hyphenated_vice_president_is_a_title() -> None:
    got = en_facts("Lumi AI was founded in 2023 by former JD.com vice-president Zhou Qi.")
    assert ("ESTABLISHED", "Zhou Qi", "Lumi AI") in got, got


def test_a_doctor_s_middle_initial_and_surname_stay_in_the_name() -> None:
    got = en_facts("Adobe named Dr. Lucas T. Ferreira chief scientist.")
    assert any(k[0] == "WORKS_FOR" and k[1].endswith("Lucas T. Ferreira") for k in got), got
