""" "Meta hired Alexandr Wang to lead a new lab": hiring a person is employment whether or not a title is written
("named P" alone still says nothing of a job); hiring only considered, or hiring a firm, is no WORKS_FOR."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def employers(text: str) -> set[tuple[str, str]]:
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type.value == "WORKS_FOR"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Meta hired Alexandr Wang to lead a new lab.", ("Alexandr Wang", "Meta")),
        ("Orbit Robotics hired Jane Park last month to run its research team.", ("Jane Park", "Orbit Robotics")),
    ],
)
def test_a_hired_person_works_there(text: str, pair: tuple[str, str]) -> None:
    assert pair in employers(text), employers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple is considering hiring John Smith.",
        "Meta hired a law firm to review the deal.",
        "The board named John Smith in its report.",
    ],
)
def test_no_employment_without_a_hire(text: str) -> None:
    assert employers(text) == set(), employers(text)
