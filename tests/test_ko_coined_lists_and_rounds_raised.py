"""Korean startup briefs: a coined name Kiwi splits into Hangul pieces before its Latin capitals ("옥토AI") is one
name wherever it is an argument, listed or not; a round named as what was raised ("A로부터 50억 원 시리즈A
유치", "시리즈B를 유치했다") is a funding round without the word 투자; a round sought ("유치를 목표로",
"유치를 위해") is none."""

from __future__ import annotations

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, bought",
    [
        ("한빛전자는 옥토AI를 인수했다.", {"옥토AI"}),
        ("한빛전자는 런AI와 옥토AI를 인수했다.", {"런AI", "옥토AI"}),
    ],
)
def test_a_coined_name_split_by_the_tagger_is_one_name(text: str, bought: set[str]) -> None:
    got = facts(text)
    assert {k[2] for k in got if k[0] == "ACQUIRED" and k[1] == "한빛전자"} == bought, got


def test_a_coined_name_receives_an_investment() -> None:
    got = facts("한빛전자는 옥토AI에 30억 원을 투자했다.")
    assert got.get(("INVESTED_IN", "한빛전자", "옥토AI"), {}).get("amount") == 3_000_000_000, got


@pytest.mark.parametrize(
    "text, series",
    [
        ("클라우드나인AI는 엔씨벤처스로부터 50억 원 시리즈A 유치", "A"),
        ("클라우드나인AI는 엔씨벤처스로부터 시리즈B를 유치했다.", "B"),
    ],
)
def test_a_round_named_as_what_was_raised(text: str, series: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "엔씨벤처스", "클라우드나인AI"), {}).get("series") == series, got


@pytest.mark.parametrize(
    "text",
    [
        "클라우드나인AI는 엔씨벤처스로부터 시리즈B를 유치할 계획이다.",
        "클라우드나인AI는 엔씨벤처스로부터 시리즈B 유치를 목표로 하고 있다.",
        "클라우드나인AI는 엔씨벤처스로부터 투자 유치를 목표로 하고 있다.",
        "클라우드나인AI는 엔씨벤처스로부터 투자 유치를 위해 협상 중이다.",
    ],
)
def test_a_round_sought_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got
