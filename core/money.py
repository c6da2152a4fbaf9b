"""Money in one place: the FX table, the one nearest-year rule, conversion and totals.

Used by the extractor (``amount_usd`` stored on facts, for Cypher users),
the Python API (``value_krw`` / ``value_usd`` / ``fx_year`` columns) and the
dashboard, so a number reads the same wherever it is shown.

Rules (issue 11):

- an amount already in the target currency is used as stated;
- otherwise it is converted with the FX rate of the fact's own date, else its
  article's publication date, else the date it was ingested (``fx_basis``),
  taking the nearest year the table has for both currencies (ties: the later
  year); the year used is returned so every converted value can say so;
- a currency the table has no rate for is never converted and never silently
  dropped: totals list it on a separate "unconverted" line.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from aigraph.core.resources import data_dir

Currency = Literal["KRW", "USD"]
DISPLAY_CURRENCIES: tuple[Currency, ...] = ("KRW", "USD")
# Units of each currency per US dollar, by (year, currency); USD itself is implicit.
Rates = Mapping[tuple[int, str], float]
VALUE_COLUMNS: dict[Currency, str] = {"KRW": "value_krw", "USD": "value_usd"}


@lru_cache(maxsize=4)
def fx_rates(path: Path | None = None) -> dict[tuple[int, str], float]:
    """The FX table ``(year, currency) -> units per USD`` (default: the shipped one), read once per process."""
    with (path or data_dir() / "fx_rates.csv").open(encoding="utf-8") as handle:
        return {(int(r["year"]), r["currency"]): float(r["per_usd"]) for r in csv.DictReader(handle)}


def _years(currency: str, rates: Rates) -> set[int] | None:
    """Years with a rate for ``currency``; None means any year (USD needs no rate)."""
    return None if currency == "USD" else {y for (y, c) in rates if c == currency}


def rate_year(source: str, target: str, year: int | None, rates: Rates | None = None) -> int | None:
    """The table year used to convert ``source`` into ``target`` for a fact of ``year``.

    The nearest year holding a rate for both currencies (ties go to the later
    year); the latest such year when ``year`` is unknown; None when the table
    cannot convert between them.
    """
    rates = fx_rates() if rates is None else rates
    years = [y for y in (_years(source, rates), _years(target, rates)) if y is not None]
    common = set.intersection(*years) if years else set()
    if not common:
        return None
    if year is None:
        return max(common)
    return min(common, key=lambda y: (abs(y - year), -y))


def _per_usd(currency: str, year: int, rates: Rates) -> float:
    return 1.0 if currency == "USD" else rates[(year, currency)]


def is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


class Conversion(BaseModel):
    """A value in the target currency; ``rate_year`` is None when it was stated in that currency."""

    value: float
    rate_year: int | None = None

    @property
    def converted(self) -> bool:
        return self.rate_year is not None


def convert(
    amount: float | None, currency: str | None, target: str, year: int | None, rates: Rates | None = None
) -> Conversion | None:
    """``amount`` of ``currency`` in ``target`` (module rules); None without an amount or a rate."""
    if amount is None or is_missing(amount) or not currency:
        return None
    if currency == target:
        return Conversion(value=float(amount))
    rates = fx_rates() if rates is None else rates
    used = rate_year(currency, target, year, rates)
    if used is None:
        return None
    return Conversion(
        value=float(amount) / _per_usd(currency, used, rates) * _per_usd(target, used, rates), rate_year=used
    )


def to_usd(amount: float, currency: str, year: int | None, rates: Rates | None = None) -> float | None:
    """``amount`` in US dollars (module rules), or None when the table has no rate for ``currency``."""
    found = convert(amount, currency, "USD", year, rates)
    return None if found is None else found.value


def fx_basis(*dates: date | datetime | str | None) -> int | None:
    """The year whose rate converts a fact: the first known of (fact date, start date, published, ingested)."""
    for value in dates:
        if isinstance(value, (date, datetime)):
            return value.year
        if isinstance(value, str) and value[:4].isdigit():
            return int(value[:4])
    return None


def add_values(frame: pd.DataFrame, basis: Iterable[int | None]) -> pd.DataFrame:
    """``frame`` (columns ``amount``, ``currency``) plus ``value_krw``, ``value_usd`` and ``fx_year`` (``convert_amounts``)."""
    out = frame.copy()
    found, years = convert_amounts(frame["amount"], frame["currency"], basis)
    for column, column_values in found.items():
        out[column] = pd.Series(column_values, index=out.index, dtype=float)
    out["fx_year"] = pd.Series(years, index=out.index, dtype="Int64")
    return out


def convert_amounts(
    amounts: Iterable[Any], currencies: Iterable[Any], basis: Iterable[int | None]
) -> tuple[dict[str, list[float]], list[int | None]]:
    """Each amount's ``value_krw`` and ``value_usd`` (by column) and its ``fx_year``, for rows given as columns.

    ``basis`` is each row's ``fx_basis`` year.  ``fx_year`` is the table year
    of the conversion into the display currency that was not stated (the
    same year for both, since one of them is always stated or both share
    the nearest common year); NaN values mark a currency with no rate.
    A converted value is counted in whole units (won, dollars): sums of whole
    numbers are exact in any order, so totals kept up write by write
    (``graph.aggregates``) equal the same totals summed afresh.
    """
    known: dict[tuple[str, int | None], tuple[dict[str, float], int | None]] = {}
    found: dict[str, list[float]] = {column: [] for column in VALUE_COLUMNS.values()}
    years: list[int | None] = []
    for amount, currency, year in zip(amounts, currencies, basis):
        key = (currency, year)
        if key not in known:  # one conversion per (currency, year), not per row: pages convert 100,000s of facts
            rates = {target: convert(1.0, currency, target, year) for target in VALUE_COLUMNS} if currency else {}
            known[key] = (
                {t: c.value for t, c in rates.items() if c is not None},
                next((c.rate_year for c in rates.values() if c is not None and c.rate_year), None),
            )
        factors, used = known[key]
        for target, column in VALUE_COLUMNS.items():
            found[column].append(
                math.nan if is_missing(amount) or target not in factors else round(float(amount) * factors[target])
            )
        years.append(used if not is_missing(amount) and factors else None)
    return found, years


# -- totals --------------------------------------------------------------------------------------


class ConvertedPart(BaseModel):
    """Amounts stated in ``currency``, converted into the display currency."""

    currency: str
    amount: float
    value: float
    deals: int
    rate_years: list[int]


class UnconvertedPart(BaseModel):
    """Amounts in a currency the FX table has no rate for: shown, counted, never converted."""

    currency: str
    amount: float
    deals: int


class MoneyTotals(BaseModel):
    """A total in the display currency, split into what was stated, converted and left unconverted."""

    currency: Currency
    total: float = 0.0
    stated: float = 0.0
    stated_deals: int = 0
    converted: list[ConvertedPart] = Field(default_factory=list)
    unconverted: list[UnconvertedPart] = Field(default_factory=list)
    unpriced_deals: int = 0  # facts without any amount

    @property
    def rate_years(self) -> list[int]:
        return sorted({y for part in self.converted for y in part.rate_years})


def totals(frame: pd.DataFrame, currency: Currency) -> MoneyTotals:
    """Every amount in ``frame`` (``add_values`` columns) counted once, by how it reached ``currency``.

    A row stands for one fact, or for ``deals`` facts when the frame has
    that column (sums stored per currency and rate-year, ``graph.aggregates``).
    """
    result = MoneyTotals(currency=currency)
    if frame.empty:
        return result
    # plain arrays, not pandas selections: the overview sums a few dozen stored rows, and pandas' per-call
    # cost was most of its time; each sum is numpy's over the same values in the same order, as pandas' was
    deals = frame["deals"].to_numpy(dtype=int) if "deals" in frame else np.ones(len(frame), dtype=int)
    amount = frame["amount"].to_numpy(dtype=float, na_value=np.nan)
    value = frame[VALUE_COLUMNS[currency]].to_numpy(dtype=float, na_value=np.nan)
    fx_year = (
        frame["fx_year"].to_numpy(dtype=float, na_value=np.nan) if "fx_year" in frame else np.full(len(frame), np.nan)
    )
    named = np.array([isinstance(c, str) for c in frame["currency"]], dtype=bool)
    codes = np.array([c if isinstance(c, str) else "" for c in frame["currency"]], dtype=object)
    priced = ~np.isnan(amount) & named
    result.unpriced_deals = int(deals.sum() - deals[priced].sum())
    stated = priced & (codes == currency)
    result.stated, result.stated_deals = float(amount[stated].sum()), int(deals[stated].sum())
    for code in sorted(set(codes[priced & (codes != currency)])):
        group = priced & (codes == code)
        known, unknown = group & ~np.isnan(value), group & np.isnan(value)
        if known.any():
            result.converted.append(
                ConvertedPart(
                    currency=code,
                    amount=float(amount[known].sum()),
                    value=float(value[known].sum()),
                    deals=int(deals[known].sum()),
                    rate_years=sorted({int(y) for y in fx_year[known] if not np.isnan(y)}),
                )
            )
        if unknown.any():
            result.unconverted.append(
                UnconvertedPart(currency=code, amount=float(amount[unknown].sum()), deals=int(deals[unknown].sum()))
            )
    result.total = result.stated + sum(part.value for part in result.converted)
    return result


# -- as text ---------------------------------------------------------------------------------------

_KO_CURRENCY = {"KRW": "원", "USD": "달러", "JPY": "엔", "EUR": "유로", "CNY": "위안", "GBP": "파운드"}
_EN_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money_text(value: float | None, currency: str | None, lang: str) -> str:
    """One amount as analysts read it (the report, the dashboard), e.g. ``2,000억 원`` / ``1조 2,000억 원`` / ``KRW 200 bn`` / ``$169.5 M``."""
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
