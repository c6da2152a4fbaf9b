""" "invest $11 billion in data centers": a technology listed as a pair of words ("data centers" in
en_technologies.txt) is the investment's target when the pair ends the phrase; a plant is a site, no technology."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def invested(text: str) -> set[tuple[str, str]]:
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type.value == "INVESTED_IN"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Amazon plans to invest $11 billion in data centers in Georgia.", ("아마존", "data centers")),
        (
            "Microsoft will invest $80 billion in AI data centers this fiscal year.",
            ("마이크로소프트", "AI data centers"),
        ),
    ],
)
def test_a_listed_pair_is_the_target(text: str, pair: tuple[str, str]) -> None:
    assert pair in invested(text), invested(text)


def test_a_plant_is_no_technology() -> None:
    assert invested("Samsung will invest $17 billion in a new chip plant in Texas.") == set()
