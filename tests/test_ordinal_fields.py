""" "이차전지 소재 사업에", "2차전지 분야에": a number and its counter glued to the noun after them in one written word
are part of the field's name, not a count; a count of companies ("협력사 20곳에") still names no field, and a budget
("2차 추경에") is where the money comes from, not a field."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "investor", "field"),
    [
        ("포스코홀딩스는 이차전지 소재 사업에 2030년까지 총 20조원을 쏟아붓는다.", "포스코홀딩스", "이차전지 소재"),
        ("LG화학은 2차전지 분야에 3조원을 투자한다.", "LG화학", "2차전지"),
        ("한빛전자는 3차원 센서 개발에 100억원을 투자했다.", "한빛전자", "3차원 센서"),
    ],
)
def test_the_ordinal_stays_in_the_fields_name(text: str, investor: str, field: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", investor, field) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 1차 협력사 20곳에 300억원을 지원한다.",
        "정부는 2차 추경에 10조원을 투입했다.",
    ],
)
def test_a_count_or_a_budget_is_no_field(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)
