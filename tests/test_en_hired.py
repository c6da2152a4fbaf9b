""" "Meta hired Alexandr Wang to lead a new lab": hiring a person is employment whether or not a title is written
("named P" alone still says nothing of a job); hiring only considered, or hiring a firm, is no WORKS_FOR."""

import pytest
from en_facts import en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Meta hired Alexandr Wang to lead a new lab.", "Alexandr Wang", "Meta"),
        ("Orbit Robotics hired Jane Park last month to run its research team.", "Jane Park", "Orbit Robotics"),
    ],
)
def test_a_hired_person_works_there(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple is considering hiring John Smith.",
        "Meta hired a law firm to review the deal.",
        "The board named John Smith in its report.",
    ],
)
def test_no_employment_without_a_hire(text: str) -> None:
    assert "WORKS_FOR" not in en_kinds(text), en_facts(text)
