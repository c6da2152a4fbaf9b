"""Money as analysts read it: 억 / 조 in Korean, billions in English.

Charts cannot format axis ticks as 억, so they plot values divided by a
display unit (``chart_unit``) and put the unit in the axis title; hover
labels and tables use ``money`` for the exact wording.
"""
from __future__ import annotations

import math

_KO_CURRENCY = {"KRW": "원", "USD": "달러", "JPY": "엔", "EUR": "유로", "CNY": "위안", "GBP": "파운드"}
_EN_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(value: float | None, currency: str | None, lang: str) -> str:
    """One amount as text, e.g. ``2,000억 원`` / ``1조 2,000억 원`` / ``KRW 200 bn`` / ``$169.5 M``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    code = (currency or "").upper()
    return _money_ko(value, code) if lang == "ko" else _money_en(value, code)


def _money_ko(value: float, code: str) -> str:
    unit = _KO_CURRENCY.get(code, code)
    sign, value = ("-" if value < 0 else ""), abs(value)
    jo, rest = divmod(round(value / 1e8), 10_000)  # whole 억, split into 조 and 억
    if jo:
        text = f"{jo:,}조" + (f" {rest:,}억" if rest else "")
    elif value >= 1e8:
        text = f"{_trim(value / 1e8, 1)}억"
    elif value >= 1e4:
        text = f"{_trim(value / 1e4, 0)}만"
    else:
        text = _trim(value, 0)
    return f"{sign}{text} {unit}".strip()


def _money_en(value: float, code: str) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            number = f"{_trim(value / scale, 1)} {suffix}"
            break
    else:
        number = _trim(value, 0)
    symbol = _EN_SYMBOL.get(code)
    return f"{symbol}{number}" if symbol else f"{code} {number}".strip()


def chart_unit(currency: str, lang: str) -> tuple[float, str]:
    """Divisor and axis label for plotting amounts in ``currency``."""
    if lang == "ko":
        return (1e8, "억 원") if currency == "KRW" else (1e6, "백만 달러")
    return (1e9, "KRW bn") if currency == "KRW" else (1e6, "USD M")


def count(value: int | float | None) -> str:
    return "–" if value is None else f"{int(value):,}"


def value_text(value: float | None, currency: str, stated_currency: str | None, fx_year: object, lang: str) -> str:
    """A value in the display ``currency``, marked with its rate-year when it was converted from another currency.

    ``≈ 8,184억 원 (2024 환율)`` / ``≈ KRW 818.4 bn (2024 rate)``; an amount the FX table cannot convert shows
    ``–`` (its stated amount is in the next column, and totals list it as unconverted).
    """
    text = money(value, currency, lang)
    if text == "–" or stated_currency == currency or fx_year is None or _is_nan(fx_year):
        return text
    return f"≈ {text} ({int(fx_year)} {'환율' if lang == 'ko' else 'rate'})"


def _is_nan(value: object) -> bool:
    try:
        return bool(value != value)  # NaN and pandas.NA
    except TypeError:
        return True
