"""People leaving, bodies joined with others, and a description set off after a name.

- A person the sentence tells has left a post ("is leaving the company", "has left the startup"), was fired or
  poached away holds no current role there, whatever else the sentence says of the role.
- "X joined A and B as an investor in Z": A and B are fellow members of Z, not bodies X joined; "later joined the
  group" is the body named before, not the company the last sentence was about.
- "… to Humain, the AI company set up by Y": the description is of the name right before its comma, however the
  parser hangs it.
"""

import pytest
from en_facts import en_current, en_facts


def _works_for(text: str) -> set[tuple[str, str]]:
    """The posts held now (a post left is marked ``former``)."""
    return {(k[1], k[2]) for k in en_current(text) if k[0] == "WORKS_FOR"}


@pytest.mark.parametrize(
    "text",
    [
        "Mira Castell, who joined Orbis Labs in 2019, is leaving the company to start her own venture.",
        "Mira Castell, who joined Orbis Labs in 2019, has left the startup.",
        "Orbis Labs fired its chief executive, Mira Castell, on Tuesday.",
        "Orbis Labs removed chief executive Mira Castell after a review.",
        "Novum Robotics has poached Mira Castell, the head of Orbis Labs' speech team, to lead its audio group.",
    ],
)
def test_a_post_left_is_no_current_role(text: str) -> None:
    assert ("Mira Castell", "Orbis Labs") not in _works_for(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mira Castell, who joined Orbis Labs in 2019, now leads its research team.",
        "Mira Castell left Google to join Orbis Labs as chief scientist.",
        "Mira Castell, the chief executive of Orbis Labs, said the company will hire 50 engineers.",
    ],
)
def test_a_post_held_stands(text: str) -> None:
    assert ("Mira Castell", "Orbis Labs") in _works_for(text), en_facts(text)


def test_fellow_members_joined_as_investors_in_a_body() -> None:
    text = (
        "Qatar's Lusail Capital has joined Fujitsu, Cohere and Dell as an investor in Project Meridian, "
        "a $40 billion AI campus in Texas."
    )
    participations = {(k[1], k[2]) for k in en_facts(text) if k[0] == "PARTICIPATES_IN"}
    assert ("Lusail Capital", "Project Meridian") in participations, en_facts(text)
    assert ("Cohere", "Project Meridian") in participations, en_facts(text)
    assert not any(target in ("Fujitsu", "Cohere", "Dell") for _, target in participations), en_facts(text)


def test_founding_members_joined_together() -> None:
    text = "Fjord Ventures joined Siemens and Hitachi as a founding member of the Open Compute Alliance."
    participations = {(k[1], k[2]) for k in en_facts(text) if k[0] == "PARTICIPATES_IN"}
    assert {("Fjord Ventures", "Open Compute Alliance"), ("Hitachi", "Open Compute Alliance")} <= participations
    assert ("Fjord Ventures", "Siemens") not in participations, en_facts(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Temasek, Brookfield and Cisco launched the Pacific AI Compute Fund last year. "
            "Nvidia and AMD later joined the group.",
            "Pacific AI Compute Fund",
        ),
        (
            "Samsung said it had formed a robotics consortium, the K-Robot Alliance, with LG. "
            "Naver joined the consortium in May.",
            "K-Robot Alliance",
        ),
    ],
)
def test_the_group_joined_is_the_body_named_before(text: str, body: str) -> None:
    facts = en_facts(text)
    joiner = "Nvidia" if "Nvidia" in text else "Naver"
    assert ("PARTICIPATES_IN", joiner, body) in facts, facts
    assert not any(k[0] == "PARTICIPATES_IN" and k[1] == joiner and k[2] != body for k in facts), facts


def test_the_group_joined_with_no_body_named_is_nothing() -> None:
    facts = en_facts("Temasek invested in Cohere last year. Nvidia later joined the group.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in facts), facts


@pytest.mark.parametrize(
    ("text", "founder", "founded"),
    [
        (
            "Nvidia agreed to supply 18,000 chips to Humain, the AI company set up by Saudi Arabia's "
            "Public Investment Fund.",
            "Public Investment Fund",
            "Humain",
        ),
        (
            "Dell agreed to supply servers to Kestrel AI, the AI company set up by the Qatar Investment Authority.",
            "Qatar Investment Authority",
            "Kestrel AI",
        ),
    ],
)
def test_a_description_is_of_the_name_before_its_comma(text: str, founder: str, founded: str) -> None:
    facts = en_facts(text)
    established = {(k[1], k[2]) for k in facts if k[0] == "ESTABLISHED"}
    assert (founder, founded) in established, facts
    assert not any(target in ("Nvidia", "Dell") for _, target in established), facts


def test_a_description_set_off_is_of_the_word_before_it() -> None:
    """ "nebulai, the Berlin startup founded by P": the description is of the (unrecognised) word before its comma,
    not of the company a later sentence names."""
    facts = en_facts(
        "nebulai, the Berlin startup founded by Jana Roth, has raised €40 million led by Earlybird. "
        "Siemens also joined the round."
    )
    assert not any(k[0] == "ESTABLISHED" and k[2] in ("Siemens", "지멘스") for k in facts), facts


def test_a_description_opening_the_article_is_the_company_named_next() -> None:
    facts = en_facts("The California chipmaker was founded by Jana Roth in 2019. Ardent Chips said it will hire.")
    assert ("ESTABLISHED", "Jana Roth", "Ardent Chips") in facts, facts
