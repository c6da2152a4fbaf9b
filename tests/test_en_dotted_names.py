"""A company whose name ends in ".ai", ":ai" or ".io" ("Character.AI", "Run:ai") is one name: the tokeniser split it
at the dot or colon, so "Character" alone became the company, and the tagger called "Run:ai" a verb; a sentence
ending after a name and an abbreviation with dots stay as they were."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Noam Shazeer founded Character.AI in 2021.", ("ESTABLISHED", "Noam Shazeer", "Character.AI")),
        (
            "Nvidia has acquired Israeli AI infrastructure startup Run:ai for about $700 million.",
            ("ACQUIRED", "엔비디아", "Run:ai"),
        ),
        ("Velmora Holdings acquired Quillon.io for $40 million.", ("ACQUIRED", "Velmora Holdings", "Quillon.io")),
    ],
)
def test_a_dotted_name_is_one_company(text: str, fact: tuple[str, str, str]) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert not {"Character", "Run", "Quillon"} & set(en_entity_names(text)), en_entity_names(text)


def test_a_name_ending_a_sentence_and_the_us_are_unchanged() -> None:
    text = "Velmora Holdings acquired Quillon. The U.S. company paid $40 million."
    assert ("ACQUIRED", "Velmora Holdings", "Quillon") in en_facts(text), en_facts(text)
