"""Hospitals are organisations by their suffix; a kind of hospital ("대학병원", "요양병원") names none."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, partner",
    [
        ("한빛소프트는 누리병원과 의료 AI 공동 연구개발 협약을 체결했다고 14일 밝혔다.", "누리병원"),
        ("한빛소프트는 국립암센터, 가람의료원과 협약을 맺었다.", "가람의료원"),
    ],
)
def test_a_named_hospital_is_a_partner(text: str, partner: str) -> None:
    assert ("PARTNERS_WITH", "한빛소프트", partner) in facts(text), facts(text)


def test_a_hospital_head_works_for_the_hospital() -> None:
    assert ("WORKS_FOR", "김민수", "누리병원") in facts("김민수 누리병원 원장은 말했다.")


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트는 대학병원과 협약을 맺었다.",
        "한빛소프트는 요양병원 10곳과 협력한다.",
        "한빛소프트는 전국 종합병원과 협력한다.",
        "한빛소프트는 병원과 협력한다.",
    ],
)
def test_a_kind_of_hospital_is_no_partner(text: str) -> None:
    assert not facts(text), facts(text)
