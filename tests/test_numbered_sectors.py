"""A field whose name starts with a number glued to letters ("3D 프린팅", "6G 통신", "3나노 공정") keeps the number:
cutting it left junk ("D 프린팅"); a number that counts ("AI 스타트업 20곳에") or dates ("2030년까지") is still no
field."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("다온테크는 3D 프린팅 사업에 2조원을 투입했다.", "3D 프린팅"),
        ("다온테크는 6G 통신에 2조원을 투자한다.", "6G 통신"),
        ("다온테크는 3나노 공정에 10조원을 투자한다.", "3나노 공정"),
    ],
)
def test_the_number_is_part_of_the_field(text: str, field: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "다온테크", field) in got, got


def test_a_counted_set_of_companies_is_no_field() -> None:
    got = facts("다온테크는 AI 스타트업 20곳에 300억원을 투자했다.")
    assert not any(t == "INVESTED_IN" for t, _, _ in got), got


def test_a_date_before_the_field_stays_out_of_it() -> None:
    got = facts("다온테크는 2030년까지 로봇 분야에 1조원을 투자한다.")
    assert ("INVESTED_IN", "다온테크", "로봇") in got, got
