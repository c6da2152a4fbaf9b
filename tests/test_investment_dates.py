"""An investment with no time of its own takes the one date its sentence tells ("invested $10 million in Y in March
2024", "2024년 3월 Y에 300억원을 투자했다"), as an acquisition does; a sentence that also tells a founding, or names
several years, leaves the date unknown; a commitment over a period keeps its start and end instead."""

from __future__ import annotations

import pytest
from en_facts import en_facts
from ko_facts import facts


@pytest.mark.parametrize(
    "text, key, told",
    [
        (
            "Norvik Capital invested $10 million in Quillon Systems in March 2024.",
            ("Norvik Capital", "Quillon Systems"),
            "2024-03",
        ),
        (
            "Norvik Capital invested $10 million in Quillon Systems in 2023.",
            ("Norvik Capital", "Quillon Systems"),
            "2023",
        ),
    ],
)
def test_an_english_investment_takes_its_sentences_date(text: str, key: tuple[str, str], told: str) -> None:
    assert en_facts(text).get(("INVESTED_IN", *key), {}).get("date") == told, en_facts(text)


@pytest.mark.parametrize(
    "text, key, told",
    [
        ("한빛소프트는 2024년 3월 다온랩스에 300억원을 투자했다.", ("한빛소프트", "다온랩스"), "2024-03"),
        ("한빛소프트는 지난 3일 다온랩스에 300억원을 투자했다고 밝혔다.", ("한빛소프트", "다온랩스"), "2024-06-03"),
    ],
)
def test_a_korean_investment_takes_its_sentences_date(text: str, key: tuple[str, str], told: str) -> None:
    assert facts(text).get(("INVESTED_IN", *key), {}).get("date") == told, facts(text)


def test_a_founding_year_is_no_investments_date() -> None:
    ko = facts("2020년 설립된 다온랩스는 한빛소프트로부터 300억원을 투자받았다.")
    assert "date" not in ko.get(("INVESTED_IN", "한빛소프트", "다온랩스"), {"date": "?"}), ko
    en = en_facts("Founded in 2019, Quillon Systems raised $30 million from Norvik Capital.")
    assert "date" not in en.get(("INVESTED_IN", "Norvik Capital", "Quillon Systems"), {"date": "?"}), en


def test_several_years_leave_the_date_unknown() -> None:
    got = facts("2021년 시드 투자에 이어 2024년 한빛소프트는 다온랩스에 300억원을 투자했다.")
    assert "date" not in got.get(("INVESTED_IN", "한빛소프트", "다온랩스"), {"date": "?"}), got


def test_a_commitment_over_a_period_keeps_its_start_and_end() -> None:
    got = facts("한빛소프트는 2024년부터 5년간 AI 반도체에 10조원을 투자한다.")
    props = next(v for k, v in got.items() if k[0] == "INVESTED_IN")
    assert props.get("start_date") == "2024-01-01" and "date" not in props, got
