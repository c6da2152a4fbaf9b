"""English supply-chain, antitrust, consumer and interview news: money spent on a company's goods or services is no
stake in it; a fund named beside "venture fund" is the investor, not its owner's round; an inquiry opened founds
nothing; "the two companies" are not the names of a relative clause's aside; "We led …, said P of X" is X's; a
name the tagger reads apart once ("Liberty Media president P") is the name it read whole before."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Brisk Cola said it would invest $1.1 billion in Microsoft's cloud and AI services over five years.",
        "Halden Group agreed to invest $3 billion annually in deploying OpenAI's tools across its companies.",
    ],
)
def test_money_spent_on_goods_or_services_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_money_put_into_a_company_stays_an_investment() -> None:
    got = en_facts("Halden Group invested $300 million in Quorvex's latest round.")
    assert ("INVESTED_IN", "Halden Group", "Quorvex") in got, got


def test_a_fund_named_beside_venture_fund_invests_in_the_round_not_in_its_owner() -> None:
    got = en_facts("Halvane raised $275 million led by Temasek. Microsoft's venture fund M12 also invested.")
    assert ("INVESTED_IN", "M12", "Halvane") in got, got
    assert not any(k[:2] == ("INVESTED_IN", "M12") and k[2] in ("Microsoft", "마이크로소프트") for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission has opened an in-depth investigation into Quorvex's proposed acquisition of Run:ai, "
        "the Israeli GPU orchestration startup.",
        "The FTC launched a probe into Halden's purchase of Quill Labs, the robotics startup.",
    ],
)
def test_an_inquiry_opened_founds_nothing(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in en_facts(text)), en_facts(text)


def test_the_two_companies_are_not_a_relative_clauses_aside() -> None:
    got = en_facts(
        "Nvidia took a 7% stake in Lumora, whose founder Priya Raman previously worked at Intel, and the two companies "
        "signed a co-development agreement."
    )
    assert any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} & {"Nvidia", "엔비디아"} and "Lumora" in k for k in got), got
    assert not any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} & {"Intel", "인텔"} for k in got), got


def test_we_said_by_a_person_of_a_firm_is_the_firms() -> None:
    got = en_facts("We led a $40 million Series B in Vectorwell, said Hannah Cole of Northwind Ventures.")
    assert ("INVESTED_IN", "Northwind Ventures", "Vectorwell") in got, got
    assert ("INVESTED_IN", "Hannah Cole", "Vectorwell") not in got, got


def test_a_name_read_apart_once_is_the_name_read_whole_before() -> None:
    got = en_facts(
        "Formula Drive is owned by Liberty Media. Liberty Media president Derek Chang said more partners would follow."
    )
    assert got.get(("WORKS_FOR", "Derek Chang", "Liberty Media"), {}).get("title") == "president", got
    assert ("WORKS_FOR", "Derek Chang", "Media") not in got, got


def test_a_kingdom_is_no_company_name() -> None:
    got = en_facts("Groq secured a $1.5 billion investment from the Kingdom of Saudi Arabia.")
    assert not any(k[1] == "Kingdom" for k in got), got


@pytest.mark.parametrize(
    ("text", "parent", "arm", "fact"),
    [
        (
            "Target has signed a partnership with Zeekit AI. Target Ventures invested in Zeekit. "
            "Target said it would hire more.",
            "Target",
            "Target Ventures",
            ("PARTNERS_WITH", "Target", "Zeekit AI"),
        ),
        (
            "Spotify has created a research group, Spotify Audio Lab. Spotify also signed a partnership with Orvane Music.",
            "Spotify",
            "Spotify Audio Lab",
            ("PARTNERS_WITH", "Spotify", "Orvane Music"),
        ),
    ],
)
def test_a_company_named_before_its_arm_stays_the_company(text: str, parent: str, arm: str, fact: tuple) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert not any(k[0] == "PARTNERS_WITH" and k[1] == arm for k in got), got


def test_its_after_a_partner_named_with_with_is_not_read_as_the_subjects() -> None:
    got = en_facts("Orvane signed an agreement with Kestrel Labs to acquire its robotics unit.")
    assert not any(k[0] == "PART_OF" and k[2] == "Orvane" for k in got), got


def test_its_unit_sold_by_the_subject_stays_the_subjects() -> None:
    got = en_facts("Quorvex sold its sensor business to Halden Group.")
    assert ("PART_OF", "sensor business", "Quorvex") in got, got
