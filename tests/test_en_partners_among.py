""" "Lunit counts Microsoft among its partners": a partnership, as "… among its investors" is an investment; rivals
or a denied count give nothing."""

import pytest
from en_facts import en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Lunit counts Microsoft among its partners.", ("PARTNERS_WITH", "Lunit", "Microsoft")),
        (
            "Lunit, which was founded in 2013, counts Microsoft and GE Healthcare among its partners.",
            ("PARTNERS_WITH", "Lunit", "GE Healthcare"),
        ),
        ("Lunit counts Microsoft among its investors.", ("INVESTED_IN", "Microsoft", "Lunit")),
    ],
)
def test_the_role_names_the_relation(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text", ["Lunit counts Microsoft among its rivals.", "Lunit does not count Microsoft among its partners."]
)
def test_rivals_or_a_denial_give_nothing(text: str) -> None:
    assert en_kinds(text) == set(), en_facts(text)
