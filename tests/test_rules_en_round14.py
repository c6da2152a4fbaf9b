"""English rules, round 14: names as news shortens, spells and refers back to them.

A first word standing for a name given in full earlier ("Mistral AI … Mistral said") is that organisation when
exactly one earlier name starts with it; a common noun opening an organisation's name keeps its preposition
("Partnership on AI"); a romanised Korean name in Western order with a one-syllable given name ("Joon Park") is a
person where a title marks it, and a person's name ending in a technology word ("Mark Cloud") stays a person when
a title stands beside it; "the pair" after two organisations are those two, for agreed, signed or joint work only.
Names are invented (except well-known organisations) and every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_entity_names, en_facts

INV, PW, WORK, PART = "INVESTED_IN", "PARTNERS_WITH", "WORKS_FOR", "PARTICIPATES_IN"
MET = "Tenvik Robotics and Nordvik AI met in Seoul on Tuesday. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Tenvik Robotics secured strategic investment from Kestrel Capital.",
            (INV, "Kestrel Capital", "Tenvik Robotics"),
        ),
        ("Tenvik Robotics received an investment from Kestrel Capital.", (INV, "Kestrel Capital", "Tenvik Robotics")),
        ("Tenvik Robotics won backing from Kestrel Capital.", (INV, "Kestrel Capital", "Tenvik Robotics")),
        (
            "Tenvik Robotics obtained strategic funding from Kestrel Capital.",
            (INV, "Kestrel Capital", "Tenvik Robotics"),
        ),
    ],
)
def test_an_investment_received_from_an_investor(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tenvik Robotics is seeking investment from Kestrel Capital.",
        "Tenvik Robotics hopes to win backing from Kestrel Capital.",
        "Tenvik Robotics failed to secure investment from Kestrel Capital.",
        # a word of the investor's name ("Capital") is no round received
        "Tenvik Robotics received approval from Kestrel Capital.",
        "Tenvik Robotics received a license from Kestrel Capital.",
    ],
)
def test_an_investment_sought_is_none(text: str) -> None:
    assert (INV, "Kestrel Capital", "Tenvik Robotics") not in en_facts(text), en_facts(text)


def test_a_first_word_is_the_one_name_it_starts() -> None:
    text = "Estrel Robotics makes humanoids. Estrel said it signed a partnership with Daon University."
    assert (PW, "Estrel Robotics", "Daon University") in en_facts(text), en_facts(text)
    assert "Estrel" not in en_entity_names(text)


def test_a_first_word_shared_by_two_names_stays_open() -> None:
    text = "Estrel Robotics and Estrel Bio make robots. Estrel said it signed a partnership with Daon University."
    got = en_facts(text)
    assert (PW, "Estrel Robotics", "Daon University") not in got, got
    assert (PW, "Estrel Bio", "Daon University") not in got, got


def test_a_first_word_with_no_longer_name_is_its_own() -> None:
    text = "Daon University opened a lab. Estrel said it signed a partnership with Daon University."
    assert (PW, "Estrel", "Daon University") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tenvik Robotics joined the Partnership on AI last year.", "Partnership on AI"),
        ("The Partnership on AI signed a partnership with Tenvik Robotics.", "Partnership on AI"),
        ("Tenvik Robotics signed a partnership with the Council on Foreign Relations.", "Council on Foreign Relations"),
        ("Bank of America invested $50 million in Tenvik Robotics.", "Bank of America"),
    ],
)
def test_a_name_keeps_its_preposition(text: str, name: str) -> None:
    names = en_entity_names(text)
    assert name in names and "Partnership" not in names and "Council" not in names, names


def test_two_names_a_preposition_apart_stay_two() -> None:
    text = "Quillon on Tuesday sold its chip unit to Hanbit Systems."
    names = en_entity_names(text)
    assert "Quillon" in names and "Hanbit Systems" in names, names


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        ("Tenvik Robotics hired Joon Park as chief executive.", "Joon Park", "Tenvik Robotics"),
        (
            "Joon Park, chief executive of Tenvik Robotics, said the company would expand.",
            "Joon Park",
            "Tenvik Robotics",
        ),
        ("Tenvik Robotics named Hyun Kim as its chief technology officer.", "Hyun Kim", "Tenvik Robotics"),
        ("Tenvik Robotics appointed Min Choi as its new chief financial officer.", "Min Choi", "Tenvik Robotics"),
        (
            "Kim Min-soo, chief executive of Tenvik Robotics, said the company would expand.",
            "Kim Min-soo",
            "Tenvik Robotics",
        ),
        ("Lee Jae-yong, chairman of Nordvik AI, said the firm would expand.", "Lee Jae-yong", "Nordvik AI"),
        (
            "Mark Cloud, chief technology officer of Tenvik Robotics, said the model was ready.",
            "Mark Cloud",
            "Tenvik Robotics",
        ),
    ],
)
def test_a_korean_or_titled_name_is_a_person(text: str, person: str, employer: str) -> None:
    assert (WORK, person, employer) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tenvik Robotics opened an office near Central Park in New York.",
        "Tenvik Robotics opened a lab in Pangyo Techno Park, its chief executive said.",
    ],
)
def test_a_park_is_no_person(text: str) -> None:
    assert not any(k[0] == WORK for k in en_facts(text)), en_facts(text)


def test_a_cloud_company_stays_a_company() -> None:
    text = "Naver Cloud signed a partnership with Tenvik Robotics."
    assert (PW, "Naver Cloud", "Tenvik Robotics") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        MET + "The pair will jointly develop AI chips.",
        MET + "The pair agreed to jointly develop AI chips.",
        MET + "The duo signed a memorandum of understanding to develop AI chips.",
        MET + "The two companies agreed to jointly develop AI chips.",
        MET + "The two companies signed an agreement to build a data center.",
    ],
)
def test_the_pair_that_agreed_partners(text: str) -> None:
    assert (PW, "Tenvik Robotics", "Nordvik AI") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        MET + "The two companies are rivals in AI chips.",
        MET + "The pair compete fiercely in AI chips.",
        MET + "The two companies may jointly develop AI chips.",
        MET + "The pair are in talks to jointly develop AI chips.",
        MET + "The pair denied they would jointly develop AI chips.",
        MET + "The two companies did not agree to jointly develop AI chips.",
        MET + "The pair are considering a partnership.",
        MET + "The pair could partner on AI chips.",
        MET + "The pair sued each other over AI chips.",
        # the pair named last are two people, not the companies
        "Tenvik Robotics and Nordvik AI met Kim Min-su and Lee Ji-hoon in Seoul. The pair agreed to jointly develop AI chips.",
    ],
)
def test_the_pair_in_rivalry_or_hedged_is_no_partnership(text: str) -> None:
    assert (PW, "Tenvik Robotics", "Nordvik AI") not in en_facts(text), en_facts(text)


def test_a_failed_attempt_is_no_deal() -> None:
    assert not en_facts("Kestrel Capital failed to acquire Tenvik Robotics."), en_facts(
        "Kestrel Capital failed to acquire Tenvik Robotics."
    )
    text = "Kestrel Capital acquired Tenvik Robotics after a failed bid for Nordvik AI."
    assert ("ACQUIRED", "Kestrel Capital", "Tenvik Robotics") in en_facts(text), en_facts(text)


def test_a_capitalised_classifier_inside_a_name_keeps_the_name_whole() -> None:
    """ "Lumenfield Venture Partners" at a sentence's start is one name, not "venture" before "Partners"; its first
    word later is the same investor."""
    text = (
        "Nordvik AI raised $10 million. Lumenfield Venture Partners led the round. "
        "Lumenfield said it invested because of the team."
    )
    assert en_entity_names(text) == ["Nordvik AI", "Lumenfield Venture Partners"], en_entity_names(text)
    assert (INV, "Lumenfield Venture Partners", "Nordvik AI") in en_facts(text), en_facts(text)
    text = "Hanbit Robotics, a Seoul startup, invested in AI chipmaker Nordvik Systems."
    assert (INV, "Hanbit Robotics", "Nordvik Systems") in en_facts(text), en_facts(text)
