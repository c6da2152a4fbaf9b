""" "Lunit counts Microsoft among its partners": a partnership, as "… among its investors" is an investment; rivals
or a denied count give nothing."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def facts(text: str) -> set[tuple[str, str, str]]:
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    return {(r.type.value, names[r.source], names[r.target]) for r in result.relations}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Lunit counts Microsoft among its partners.", ("PARTNERS_WITH", "루닛", "마이크로소프트")),
        (
            "Lunit, which was founded in 2013, counts Microsoft and GE Healthcare among its partners.",
            ("PARTNERS_WITH", "루닛", "GE Healthcare"),
        ),
        ("Lunit counts Microsoft among its investors.", ("INVESTED_IN", "마이크로소프트", "루닛")),
    ],
)
def test_the_role_names_the_relation(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(
    "text", ["Lunit counts Microsoft among its rivals.", "Lunit does not count Microsoft among its partners."]
)
def test_rivals_or_a_denial_give_nothing(text: str) -> None:
    assert facts(text) == set(), facts(text)
