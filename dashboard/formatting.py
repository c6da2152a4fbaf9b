"""Money as analysts read it: 억 / 조 in Korean, billions in English.

Charts cannot format axis ticks as 억, so they plot values divided by a
display unit (``chart_unit``) and put the unit in the axis title; hover
labels and tables use ``core.money.money_text`` for the exact wording.
"""

from __future__ import annotations

from aigraph.core.money import money_text


def chart_unit(currency: str, lang: str) -> tuple[float, str]:
    """Divisor and axis label for plotting amounts in ``currency``."""
    if lang == "ko":
        return (1e8, "억 원") if currency == "KRW" else (1e6, "백만 달러")
    return (1e9, "KRW bn") if currency == "KRW" else (1e6, "USD M")


def count(value: int | float | None) -> str:
    return "–" if value is None else f"{int(value):,}"


def value_text(
    value: float | None, currency: str, stated_currency: str | None, fx_year: float | None, lang: str
) -> str:
    """A value in the display ``currency``, marked with its rate-year when it was converted from another currency.

    ``≈ 8,184억 원 (2024 환율)`` / ``≈ KRW 818.4 bn (2024 rate)``; an amount the FX table cannot convert shows
    ``–`` (its stated amount is in the next column, and totals list it as unconverted).
    """
    text = money_text(value, currency, lang)
    if text == "–" or stated_currency == currency or fx_year is None or _is_nan(fx_year):
        return text
    return f"≈ {text} ({int(fx_year)} {'환율' if lang == 'ko' else 'rate'})"


def _is_nan(value: object) -> bool:
    try:
        return bool(value != value)  # NaN and pandas.NA
    except TypeError:
        return True
