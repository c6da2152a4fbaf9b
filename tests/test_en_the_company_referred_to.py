"""Titles and parents written against the company the article is about: "said P, the company's (the startup's)
chief executive", "P, chief executive of the company", "Its parent, Y, declined to comment", "Its parent company Y
declined", "Y, its parent, declined" (the "its" inside the subject is not the subject itself).  Nothing is made of
a company a sentence does not refer back to."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "second",
    [
        '"We will expand," said Jane Morrow, the company\'s chief executive.',
        "Jane Morrow, the company's chief executive, said it would expand.",
        '"We will expand," said Jane Morrow, chief executive of the company.',
        '"We will expand," said Jane Morrow, the startup\'s chief executive.',
    ],
)
def test_the_title_of_the_company_referred_to(second: str) -> None:
    got = en_facts(f"Velmora raised $100 million from Quillon Capital. {second}")
    assert got.get(("WORKS_FOR", "Jane Morrow", "Velmora"), {}).get("title") == "chief executive", got


@pytest.mark.parametrize(
    "second",
    [
        "Its parent, Tessaline Group, declined to comment.",
        "Its parent company Tessaline Group declined to comment.",
        "Tessaline Group, its parent, declined to comment.",
    ],
)
def test_the_parent_of_the_company_referred_to(second: str) -> None:
    got = en_facts(f"Velmora said it would build a new chip plant. {second}")
    assert ("AFFILIATE_OF", "Velmora", "Tessaline Group") in got, got
    assert ("AFFILIATE_OF", "Tessaline Group", "Tessaline Group") not in got, got


def test_no_company_referred_to() -> None:
    got = en_facts('"We will expand," said Jane Morrow, the company\'s chief executive.')
    assert not any(k[0] == "WORKS_FOR" for k in got), got
