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


def _amounts_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if _known(a["value_usd"]) and _known(b["value_usd"]):
        x, y = float(a["value_usd"]), float(b["value_usd"])
    elif _known(a["amount"]) and _known(b["amount"]) and a["currency"] == b["currency"]:
        x, y = float(a["amount"]), float(b["amount"])
    else:
        return False
    return abs(x - y) > AMOUNT_TOLERANCE * max(abs(x), abs(y))


def _periods_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        _known(a["period_years"]) and _known(b["period_years"]) and float(a["period_years"]) != float(b["period_years"])
    )


def reports_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two facts between the same parties are one deal reported differently (module doc)."""
    if set(a["articles"] or []) & set(b["articles"] or []):
        return False
    return _amounts_differ(a, b) or _periods_differ(a, b)


def _report(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "amount": None if not _known(row["amount"]) else float(row["amount"]),
        "currency": row["currency"],
        "period_years": None if not _known(row["period_years"]) else float(row["period_years"]),
        "article_title": row.get("article_title"),
        "url": row.get("url"),
        "articles": list(row["articles"] or []),
    }


# What ``other_reports`` reads of each investment row.
REPORT_COLUMNS = (
    "investor_id",
    "recipient_id",
    "id",
    "amount",
    "currency",
    "value_usd",
    "period_years",
    "articles",
    "article_title",
    "url",
)


def mark_conflicts(investments: pd.DataFrame) -> pd.DataFrame:
    """``investments`` (``Graph.investments`` columns) plus ``reports_differ`` and ``other_reports``
    (``other_reports``; only rows sharing their pair of parties with another are read)."""
    out = investments.copy()
    others: list[list[dict[str, Any]]] = [[] for _ in range(len(out))]
    shared = out.duplicated(["investor_id", "recipient_id"], keep=False).to_numpy()
    if shared.any():
        rows = out.loc[shared, [c for c in REPORT_COLUMNS if c in out.columns]].to_dict("records")
        positions = [i for i, flag in enumerate(shared) if flag]
        for position, found in zip(positions, other_reports(rows)):
            others[position] = found
    out["other_reports"] = pd.Series(others, index=out.index, dtype=object)
    out["reports_differ"] = [bool(o) for o in others]
    return out


def other_reports(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """For each investment row (``REPORT_COLUMNS``), the differing reports of the same deal: amount,
    currency, period and the article that states it.  Only pairs of parties with several facts are compared."""
    others: list[list[dict[str, Any]]] = [[] for _ in rows]
    by_pair: dict[tuple[str, str], list[int]] = {}
    for k, row in enumerate(rows):
        by_pair.setdefault((row["investor_id"], row["recipient_id"]), []).append(k)
    for members in by_pair.values():
        if len(members) > 1:
            reports = pair_reports([rows[k] for k in members])
            for k in members:
                others[k] = differing(rows[k]["id"], reports)
    return others


def pair_reports(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every fact of one investor→recipient pair, as ``differing`` compares and shows them, sorted by id.

    Stored once per pair (``PairSum.reports``) rather than as a list on every
    fact's row: a new report of a busy pair then rewrites one row, not all of them.
    """
    return sorted(
        (
            {**_report(row), "value_usd": None if not _known(row["value_usd"]) else float(row["value_usd"])}
            for row in rows
        ),
        key=lambda r: r["id"],
    )


def differing(fact_id: str, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reports of one pair (``pair_reports``) that differ from fact ``fact_id``'s, as ``mark_conflicts`` lists them."""
    mine = next((r for r in reports if r["id"] == fact_id), None)
    if mine is None:
        return []
    shown = set(_report(mine))
    return [{k: v for k, v in r.items() if k in shown} for r in reports if r is not mine and reports_differ(mine, r)]
