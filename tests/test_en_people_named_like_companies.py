"""English personal names the tagger reads as organisations' ("Marcus Smith joined Quanta Bio"): a name of two or
three plain words led by a common given name and ending in a family name is a person's; a company named after a
given name ("Nova Minds", "Marlow Pay", "Ada Health", "Aurora Innovation") stays a company, and a name modifying
a noun ("the Genesis Mission consortium") is none. The name lists are built from public name tables by
``build_given_names``, whose filters are tested on small tables."""

import pytest
from en_facts import PUBLISHED, en_facts, extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.english.build_given_names import family_names, given_names


def _types(text: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in extractor().extract(Document(id="t", text=text, published=PUBLISHED)).entities}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Marcus Smith joined Quanta Bio.", "Marcus Smith", "Quanta Bio"),
        ("Nadia Rahman joined Corvel Systems last month.", "Nadia Rahman", "Corvel Systems"),
        ("Elena Petrova joined Quanta Bio as chief technology officer.", "Elena Petrova", "Quanta Bio"),
    ],
)
def test_a_given_and_family_name_the_tagger_called_a_company_works_for_the_company_joined(
    text: str, person: str, org: str
) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, org) in got, got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got
    assert _types(text)[person] is EntityType.PERSON


def test_a_founder_named_like_that_is_no_company_the_next_sentence_refers_to() -> None:
    got = en_facts("Ilya Sorokin co-founded Deepline. The company raised $12 million from Runa Capital last year.")
    assert ("ESTABLISHED", "Ilya Sorokin", "Deepline") in got, got
    assert ("INVESTED_IN", "Runa Capital", "Deepline") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Ilya Sorokin" for k in got), got


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Sequoia led a $20 million round for Nova Minds, the companies said.", "Nova Minds"),
        ("Marlow Pay was spun off by Marlow Bank in 2021.", "Marlow Pay"),
        ("Ada Health raised $90 million from Harlow Ventures.", "Ada Health"),
        ("Aurora Innovation acquired Corvel Systems.", "Aurora Innovation"),
        ("Xingchen Intelligence said it had secured $600 million from Harlow Ventures.", "Xingchen Intelligence"),
    ],
)
def test_a_company_named_after_a_given_name_stays_a_company(text: str, company: str) -> None:
    assert _types(text)[company] is not EntityType.PERSON


def test_a_name_modifying_a_noun_is_no_person() -> None:
    got = en_facts("Palantir joined the Department of Energy's Genesis Mission consortium alongside Nvidia and AMD.")
    assert ("PARTICIPATES_IN", "Palantir", "Genesis Mission consortium") in got, got


def test_given_names_keep_common_widespread_names_that_are_no_dictionary_words() -> None:
    table = {
        "marcus": [32, 283474, 0.0, 3],
        "nova": [20, 50000, 0.9, 3],  # a dictionary word: leads company names as often
        "zelig": [3, 5000, 0.0, 3],  # too few countries
        "quorra": [12, 200, 1.0, 3],  # too rare
        "jean-luc": [15, 9000, 0.0, 3],  # not one plain word
    }
    assert given_names(table, {"nova"}) == ["Marcus"]


def test_family_names_keep_dictionary_words_only_among_the_commonest() -> None:
    census = ["SMITH", "JONES", *[f"NAME{'X' * (k % 7)}" for k in range(1000)], "GRID", "PETROVA"]
    got = family_names(census, {"smith", "grid"})
    assert "Smith" in got and "Jones" in got and "Petrova" in got
    assert "Grid" not in got
