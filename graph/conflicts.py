"""Conflicting reports: when articles disagree about one deal, show both values and their sources.

Money facts are keyed by amount (``graph.model.fact_id``), so two articles
giving one deal different amounts become two facts between the same
investor and recipient.  Two such facts are *reports that differ* when no
article states both (one article naming two amounts describes two deals)
and their amounts differ by more than ``AMOUNT_TOLERANCE`` (compared in
USD, so currencies compare) or their periods differ.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

AMOUNT_TOLERANCE = 0.10


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _amounts_differ(a: pd.Series, b: pd.Series) -> bool:
    if _known(a["value_usd"]) and _known(b["value_usd"]):
        x, y = float(a["value_usd"]), float(b["value_usd"])
    elif _known(a["amount"]) and _known(b["amount"]) and a["currency"] == b["currency"]:
        x, y = float(a["amount"]), float(b["amount"])
    else:
        return False
    return abs(x - y) > AMOUNT_TOLERANCE * max(abs(x), abs(y))


def _periods_differ(a: pd.Series, b: pd.Series) -> bool:
    return _known(a["period_years"]) and _known(b["period_years"]) and float(a["period_years"]) != float(b["period_years"])


def reports_differ(a: pd.Series, b: pd.Series) -> bool:
    """Whether two facts between the same parties are one deal reported differently (module doc)."""
    if set(a["articles"] or []) & set(b["articles"] or []):
        return False
    return _amounts_differ(a, b) or _periods_differ(a, b)


def _report(row: pd.Series) -> dict[str, Any]:
    return {
        "id": row["id"],
        "amount": None if not _known(row["amount"]) else float(row["amount"]),
        "currency": row["currency"],
        "period_years": None if not _known(row["period_years"]) else float(row["period_years"]),
        "article_title": row.get("article_title"),
        "url": row.get("url"),
        "articles": list(row["articles"] or []),
    }


def mark_conflicts(investments: pd.DataFrame) -> pd.DataFrame:
    """``investments`` (``Graph.investments`` columns) plus ``reports_differ`` and ``other_reports``.

    ``other_reports`` lists, for each fact, the differing reports of the same
    deal: amount, currency, period and the article that states it.
    """
    others: dict[int, list[dict[str, Any]]] = {i: [] for i in investments.index}
    for _, group in investments.groupby(["investor_id", "recipient_id"], sort=False):
        if len(group) < 2:
            continue
        rows = list(group.iterrows())
        for i, (index_a, a) in enumerate(rows):
            for index_b, b in rows[i + 1:]:
                if reports_differ(a, b):
                    others[index_a].append(_report(b))
                    others[index_b].append(_report(a))
    out = investments.copy()
    out["other_reports"] = pd.Series([others[i] for i in investments.index], index=investments.index, dtype=object)
    out["reports_differ"] = out["other_reports"].map(bool)
    return out
