""" "A and B announced a partnership to develop physical AI": the parser may read the partnership as the subject of
the purpose clause; it is still what was announced. Discussed, denied or wanted partnerships give nothing."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def partners(text: str) -> set[frozenset[str]]:
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    return {frozenset((names[r.source], names[r.target])) for r in result.relations if r.type.value == "PARTNERS_WITH"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hyundai Motor Group and Nvidia announced a partnership to develop physical AI.",
            {"현대자동차그룹", "엔비디아"},
        ),
        ("Samsung and OpenAI signed an agreement to build data centers in Korea.", {"삼성", "오픈AI"}),
    ],
)
def test_the_announced_partnership_is_read(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in partners(text), partners(text)


@pytest.mark.parametrize(
    "text",
    [
        "Samsung and OpenAI discussed a partnership to develop chips.",
        "Samsung and OpenAI did not announce a partnership to develop chips.",
        "Samsung wants a partnership to develop chips with OpenAI.",
    ],
)
def test_a_partnership_not_made_gives_nothing(text: str) -> None:
    assert partners(text) == set(), partners(text)
