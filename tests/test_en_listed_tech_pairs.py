""" "invest $11 billion in data centers": a technology listed as a pair of words ("data centers" in
en_technologies.txt) is the investment's target when the pair ends the phrase; a plant is a site, no technology."""

import pytest
from en_facts import en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "investor", "target"),
    [
        ("Amazon plans to invest $11 billion in data centers in Georgia.", "Amazon", "data centers"),
        ("Microsoft will invest $80 billion in AI data centers this fiscal year.", "Microsoft", "AI data centers"),
    ],
)
def test_a_listed_pair_is_the_target(text: str, investor: str, target: str) -> None:
    assert ("INVESTED_IN", investor, target) in en_facts(text), en_facts(text)


def test_a_plant_is_no_technology() -> None:
    assert "INVESTED_IN" not in en_kinds("Samsung will invest $17 billion in a new chip plant in Texas.")
