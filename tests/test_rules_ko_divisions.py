"""A company's division named by its code ("삼성전자 DX부문", "LG전자 CTO부문") is one organisation, a unit of the
company, and can be a partner; a field word before 부문 ("생성형 AI부문") is a category, no division —
recognise._NAMED_BODY, composed sentences."""

from __future__ import annotations

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("누리랩은 삼성전자 DX부문과 AI 반도체 공동 개발을 위한 업무협약을 맺었다.", "삼성전자 DX부문"),
        ("누리랩은 LG전자 CTO부문과 손잡았다.", "LG전자 CTO부문"),
    ],
)
def test_a_division_named_by_its_code_is_a_partner(text: str, unit: str) -> None:
    assert ("PARTNERS_WITH", "누리랩", unit) in facts(text)


def test_a_division_with_a_titled_person_is_part_of_its_company() -> None:
    found = facts("전경훈 삼성전자 DX부문 CTO는 새 전략을 발표했다.")
    assert ("PART_OF", "삼성전자 DX부문", "삼성전자") in found


def test_a_field_word_before_the_unit_noun_is_a_category() -> None:
    result = extractor().extract(Document(id="t", text="한빛전자는 생성형 AI부문에서 대상을 받았다."))
    assert [e.name for e in result.entities] == ["한빛전자"]
