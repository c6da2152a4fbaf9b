""" "A and B announced a partnership to develop physical AI": the parser may read the partnership as the subject of
the purpose clause; it is still what was announced. Discussed, denied or wanted partnerships give nothing."""

import pytest
from en_facts import en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Hyundai Motor Group and Nvidia announced a partnership to develop physical AI.",
            "Hyundai Motor Group",
            "Nvidia",
        ),
        ("Samsung and OpenAI signed an agreement to build data centers in Korea.", "Samsung", "OpenAI"),
    ],
)
def test_the_announced_partnership_is_read(text: str, a: str, b: str) -> None:
    got = en_facts(text)
    assert ("PARTNERS_WITH", a, b) in got or ("PARTNERS_WITH", b, a) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Samsung and OpenAI discussed a partnership to develop chips.",
        "Samsung and OpenAI did not announce a partnership to develop chips.",
        "Samsung wants a partnership to develop chips with OpenAI.",
    ],
)
def test_a_partnership_not_made_gives_nothing(text: str) -> None:
    assert "PARTNERS_WITH" not in en_kinds(text), en_facts(text)
