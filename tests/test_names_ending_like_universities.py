""" "김종대 정의당 의원": a person's name whose last syllable is the short form of 대학교 ("고려대") is the person's
when the tagger reads it so. The title reading of "NAME PARTY TITLE" could take the party for the person (정 is a
surname) and the person for a university; the tagger reads the two the other way round, and its reading stands."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def typed(text: str) -> dict[str, str]:
    """Entity name -> type for every entity extracted from ``text``."""
    return {e.name: e.type.value for e in extractor().extract(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    ("text", "person", "party", "title"),
    [
        ("김종대 정의당 의원은 여성 징집이 어렵다고 말했다.", "김종대", "정의당", "의원"),
        ("정의당 김종대 의원은 이렇게 말했다.", "김종대", "정의당", "의원"),
        ("이종대 정의당 원내대표는 이렇게 밝혔다.", "이종대", "정의당", "원내대표"),
    ],
)
def test_the_name_is_the_persons_and_the_party_employs_them(text: str, person: str, party: str, title: str) -> None:
    got = typed(text)
    assert got.get(person) == "Person" and got.get(party) != "Person", got
    assert facts(text).get(("WORKS_FOR", person, party), {}).get("title") == title, facts(text)


@pytest.mark.parametrize(
    ("text", "university"),
    [
        ("호서대 연구팀은 새 소재를 개발했다.", "호서대"),
        ("조선대 연구진이 논문을 발표했다.", "조선대"),
        ("전주대 연구팀이 성과를 냈다.", "전주대"),
    ],
)
def test_a_universitys_short_name_stays_a_university(text: str, university: str) -> None:
    assert typed(text).get(university) == "University", typed(text)


def test_a_university_before_a_professor_still_employs_them() -> None:
    text = "신라대 김하나 교수는 이렇게 설명했다."
    assert typed(text).get("신라대") == "University", typed(text)
    assert facts(text).get(("WORKS_FOR", "김하나", "신라대"), {}).get("title") == "교수", facts(text)
