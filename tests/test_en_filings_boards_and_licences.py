"""English filings, China tech press and executive moves: a filing's form ("a 10-Q", "an 8-K") is no company; a
price per share is no deal value; "a 20 per cent stake" and "invested $N in Y for a 15% stake" size the stake; a
capitalised word parsed as an adverb opens the name ("Geely Automobile"); partners leading "the investments for"
their firm lead no round; investors joining a round do not become "the company" of the next sentence; a seat on a
board is a post; a post stepped down from was held; licensing a platform to (from) another firm is a partnership.
Hedged, future and denied forms give nothing."""

import pytest
from en_facts import en_entity_names, en_facts


def test_a_filings_form_is_no_company() -> None:
    text = "According to a 10-Q, Meridian Motors and Sakata Electric formed a joint venture."
    got = en_facts(text)
    assert ("PARTNERS_WITH", "Meridian Motors", "Sakata Electric") in got, got
    assert "Q" not in en_entity_names(text)
    assert "K" not in en_entity_names("Per an 8-K, Orvane Cloud signed a licensing agreement with Pellucid.")


def test_a_price_per_share_is_no_deal_value() -> None:
    got = en_facts("Pinecrest Holdings agreed to acquire Solvane Energy for $14.25 per share, or about $1.2 billion.")
    assert got[("ACQUIRED", "Pinecrest Holdings", "Solvane Energy")].get("amount") == 1.2e9, got
    got = en_facts("Pinecrest Holdings agreed to acquire Solvane Energy for $14.25 a share in cash.")
    assert "amount" not in got[("ACQUIRED", "Pinecrest Holdings", "Solvane Energy")], got


@pytest.mark.parametrize(
    ("text", "investor", "target", "stake"),
    [
        ("Orvane holds a 12.5 per cent stake in Pellucid.", "Orvane", "Pellucid", 12.5),
        (
            "Geely Automobile invested 2 billion yuan in Xinqing Intelligent Driving for a 20 per cent stake.",
            "Geely Automobile",
            "Xinqing Intelligent Driving",
            20.0,
        ),
        (
            "Orvane Capital invested $5 million in Pellucid in exchange for a 15% stake.",
            "Orvane Capital",
            "Pellucid",
            15,
        ),
    ],
)
def test_the_stake_an_investment_bought_is_sized(text: str, investor: str, target: str, stake: float) -> None:
    got = en_facts(text)
    assert got[("INVESTED_IN", investor, target)].get("stake_percent") == stake, got


def test_a_stake_bought_by_two_investors_together_is_not_each_ones() -> None:
    got = en_facts("Orvane Capital and Helm Ventures invested $5 million in Pellucid for a 30% stake.")
    assert "stake_percent" not in got[("INVESTED_IN", "Orvane Capital", "Pellucid")], got


def test_partners_leading_their_firms_investments_lead_no_round() -> None:
    got = en_facts("Partners Alok Goyal and Ritesh Banglani will lead the investments for Stellaris Venture Partners.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got
    assert ("INVESTED_IN", "Harlow Ventures", "Pellucid") in en_facts("Harlow Ventures led the investment in Pellucid.")


def test_investors_joining_a_round_are_not_the_company_referred_to_next() -> None:
    got = en_facts(
        "Yuexia Technology closed a $1 billion round led by Alibaba. HongShan and Monolith Capital participated in "
        "the round. The company was founded in March 2023 by Yang Zhilin."
    )
    assert ("ESTABLISHED", "Yang Zhilin", "Yuexia Technology") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[2] == "HongShan" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Robotics appointed Sarah Nakamura to its board of directors.",
        "Sarah Nakamura joined the board of Quillon Robotics.",
        "Sarah Nakamura was elected to the board of Quillon Robotics.",
        "Quillon Robotics added Sarah Nakamura to its board, effective January 1.",
    ],
)
def test_a_board_seat_is_a_post(text: str) -> None:
    assert en_facts(text)[("WORKS_FOR", "Sarah Nakamura", "Quillon Robotics")].get("title") == "board member"


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Robotics is expected to appoint Sarah Nakamura to its board.",
        "Quillon Robotics nominated Sarah Nakamura to its board.",  # shareholders have yet to vote
        "Sarah Nakamura declined to join the board of Quillon Robotics.",
    ],
)
def test_a_board_seat_expected_nominated_or_declined_is_none(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("Ilya Sorokin stepped down as chief executive of Deepline.", "Ilya Sorokin", "Deepline", "chief executive"),
        ("Haptik co-founder Aakrit Vaish stepped down as CEO in 2021.", "Aakrit Vaish", "Haptik", "CEO"),
        (
            "Maria Lopez resigned as Quillon Robotics' chief financial officer last week.",
            "Maria Lopez",
            "Quillon Robotics",
            "chief financial officer",
        ),
    ],
)
def test_a_post_stepped_down_from_was_held(text: str, person: str, org: str, title: str) -> None:
    props = en_facts(text)[("WORKS_FOR", person, org)]
    assert props.get("former") and props.get("title") == title


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez will step down as chief executive of Quillon Robotics.",
        "Maria Lopez did not resign as chief executive of Quillon Robotics.",
    ],
)
def test_a_post_not_yet_left_is_no_former_post(text: str) -> None:
    assert not any(p.get("former") for k, p in en_facts(text).items() if k[0] == "WORKS_FOR"), en_facts(text)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Corvane Biologics licensed its protein-design platform to Elsinore Pharma for a $30 million payment.",
            "Corvane Biologics",
            "Elsinore Pharma",
        ),
        ("Elsinore Pharma licensed the antibody from Corvane Biologics.", "Elsinore Pharma", "Corvane Biologics"),
        (
            "Elsinore Pharma has licensed Corvane Biologics' protein-design platform.",
            "Elsinore Pharma",
            "Corvane Biologics",
        ),
    ],
)
def test_licensing_to_or_from_another_firm_is_a_partnership(text: str, a: str, b: str) -> None:
    assert ("PARTNERS_WITH", a, b) in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Biologics may license its platform to Elsinore Pharma.",
        "Corvane Biologics did not license its platform to Elsinore Pharma.",
    ],
)
def test_a_licence_hedged_or_denied_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)
