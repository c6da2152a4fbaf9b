"""Normalisation rules, one sentence each (written for these tests)."""

from datetime import date

import pytest

from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.normalise import (
    korean_number,
    money_properties,
    parse_money,
    parse_money_en,
    parse_period,
    parse_rate,
    resolve_date,
    to_usd,
)

FX = load_lexicon().fx


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("회사는 500억원을 들였다", 5e10, "KRW"),
        ("총 1조2천억원 규모", 1.2e12, "KRW"),
        ("1조 2000억 원을", 1.2e12, "KRW"),
        ("3000여억원을 쏟는다", 3e11, "KRW"),
        ("약 3억 달러를 유치했다", 3e8, "USD"),
        ("3억5000만원", 3.5e8, "KRW"),
        ("1,500만 달러", 1.5e7, "USD"),
        ("$2.5 billion", 2.5e9, "USD"),
        ("US$ 40 million", 4e7, "USD"),
        ("100억엔을", 1e10, "JPY"),
        ("200만 유로", 2e6, "EUR"),
        ("5억 위안", 5e8, "CNY"),
        # dollars that are not US dollars, and currencies with no rate (counted as "unconverted")
        ("for A$24 billion", 2.4e10, "AUD"),
        ("C$5 million", 5e6, "CAD"),
        ("HK$2 billion", 2e9, "HKD"),
        ("S$300 million", 3e8, "SGD"),
        ("NT$10 billion", 1e10, "TWD"),
    ],
)
def test_money(text: str, amount: float, currency: str) -> None:
    found = parse_money(text)
    assert found, text
    assert found[0].amount == pytest.approx(amount)
    assert found[0].currency == currency


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("2 billion Australian dollars", 2e9, "AUD"),
        ("the deal is worth 500 million dollars", 5e8, "USD"),
        ("₹500 crore", 5e9, "INR"),
        ("CHF 200 million", 2e8, "CHF"),
        ("A$24 billion", 2.4e10, "AUD"),
    ],
)
def test_money_in_english_words(text: str, amount: float, currency: str) -> None:
    found = parse_money_en(text)
    assert [(m.amount, m.currency) for m in found] == [(pytest.approx(amount), currency)]


def test_money_marks_approximations() -> None:
    assert parse_money("약 20억원")[0].approximate
    assert parse_money("20여억원")[0].approximate
    assert not parse_money("20억원")[0].approximate


def test_words_that_start_like_a_currency_are_not_money() -> None:
    assert parse_money("경영 3원칙을 세웠다") == []
    assert parse_money("엔진 2엔진") == []


def test_korean_number_composition() -> None:
    assert korean_number("1조2천억") == pytest.approx(1.2e12)
    assert korean_number("4천만") == pytest.approx(4e7)


@pytest.mark.parametrize(
    ("text", "years"),
    [("향후 5년간 투입", 5), ("3년 동안", 3), ("총 7년", 7), ("2년에 걸쳐", 2)],
)
def test_period_years(text: str, years: float) -> None:
    assert parse_period(text).years == years


def test_period_range_gives_dates() -> None:
    p = parse_period("2021~2023년 사업비")
    assert (p.years, p.start_date, p.end_date) == (3, date(2021, 1, 1), date(2023, 12, 31))


def test_rate_over_period() -> None:
    props = money_properties("1년에 25억 원씩 총 5년을 지원한다", date(2019, 3, 1), FX)
    assert props["annual_amount"] == pytest.approx(2.5e9)
    assert props["amount"] == pytest.approx(1.25e10)
    assert props["period_years"] == 5
    assert parse_rate("연간 10억 달러씩").amount == pytest.approx(1e9)


def test_total_with_period_gives_annual_amount_and_usd() -> None:
    props = money_properties("앞으로 4년간 800억원을 투자한다", date(2018, 6, 1), FX)
    assert props["amount"] == pytest.approx(8e10)
    assert props["annual_amount"] == pytest.approx(2e10)
    assert props["amount_usd"] == pytest.approx(8e10 / FX[(2018, "KRW")], rel=1e-6)


def test_no_money_no_properties() -> None:
    assert money_properties("두 회사가 손을 잡았다", date(2020, 1, 1), FX) == {}


@pytest.mark.parametrize(
    ("text", "article", "expected"),
    [
        ("지난 7일 문을 열었다", date(2021, 5, 20), "2021-05-07"),
        ("지난 25일 출범했다", date(2021, 5, 20), "2021-04-25"),
        ("오는 3월 설립한다", date(2021, 11, 2), "2022-03"),
        ("지난 9월 인수했다", date(2021, 11, 2), "2021-09"),
        ("내년 상반기", date(2021, 11, 2), "2022"),
        ("지난해 말", date(2021, 11, 2), "2020"),
        ("지난달 합병했다", date(2021, 1, 10), "2020-12"),
        ("2019년 4월 3일 설립", date(2021, 1, 10), "2019-04-03"),
        ("2019.4 설립", date(2021, 1, 10), "2019-04"),
    ],
)
def test_dates(text: str, article: date, expected: str) -> None:
    assert resolve_date(text, article) == expected


def test_relative_date_needs_article_date() -> None:
    assert resolve_date("지난 7일", None) is None


def test_fx_uses_the_year_and_falls_back_to_nearest() -> None:
    assert to_usd(1180.3, "KRW", 2020, {(2020, "KRW"): 1180.3}) == pytest.approx(1.0)
    assert to_usd(1000.0, "KRW", 2031, {(2020, "KRW"): 1000.0}) == pytest.approx(1.0)
    assert to_usd(5.0, "USD", 2020, {}) == 5.0
    assert to_usd(5.0, "XYZ", 2020, {}) is None


def test_year_only() -> None:
    assert resolve_date("2015년 설립된 회사", None) == "2015"
