"""An investor written with 도 ("too") and no recipient of its own joins the investment the sentence before
stated, and a recipient whose first syllable Kiwi reads as a determiner ("한/MM 빛/NNG AI/SL") keeps it
(rules/ko_money.py; composed sentences, with look-alikes that must give nothing more)."""

from __future__ import annotations

import pytest
from ko_facts import facts

_FIRST = "업스테이지가 한빛AI에 50억원을 투자했다. "


def invested(text: str) -> dict[tuple[str, str], dict]:
    return {(s, t): props for (kind, s, t), props in facts(text).items() if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        _FIRST + "누리벤처스도 30억원을 투자했다.",
        "한빛AI는 업스테이지로부터 50억원을 투자받았다. 누리벤처스도 30억원을 투자했다.",
    ],
)
def test_an_investor_written_with_too_joins_the_investment_before(text: str) -> None:
    got = invested(text)
    assert got[("누리벤처스", "한빛AI")]["amount"] == 3_000_000_000  # its own amount, not the first investor's
    assert got[("업스테이지", "한빛AI")]["amount"] == 5_000_000_000


@pytest.mark.parametrize(
    "second",
    [
        "누리벤처스는 30억원을 투자하지 않았다.",  # denied
        "누리벤처스도 30억원을 투자하지 않았다.",
        "누리벤처스도 30억원을 투자할 가능성이 있다.",  # a possibility
        "누리벤처스는 지난해 30억원을 투자했다.",  # no 도: its own investment, recipient unstated
    ],
)
def test_no_joined_investment_without_too_or_when_hedged(second: str) -> None:
    assert ("누리벤처스", "한빛AI") not in invested(_FIRST + second)


def test_only_the_sentence_right_before_is_joined() -> None:
    got = invested(_FIRST + "매출은 늘었다. 누리벤처스도 30억원을 투자했다.")
    assert ("누리벤처스", "한빛AI") not in got


def test_an_investor_with_its_own_recipient_keeps_it() -> None:
    got = invested(_FIRST + "누리벤처스도 가람AI에 30억원을 투자했다.")
    assert ("누리벤처스", "가람AI") in got
    assert ("누리벤처스", "한빛AI") not in got


def test_a_name_whose_first_syllable_reads_as_a_determiner_keeps_it() -> None:
    got = invested("업스테이지는 매출 100억원을 기록했으며, 한빛AI에 50억원을 투자했다.")
    assert set(got) == {("업스테이지", "한빛AI")}


def test_a_determiner_written_apart_stays_out_of_the_field() -> None:
    got = invested("정부는 새 AI 반도체에 1조원을 투자한다.")
    assert set(got) == {("정부", "AI 반도체")}
