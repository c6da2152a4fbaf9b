"""The "What's new" page's data: the facts each ingest run added or changed, as plain pandas (no Streamlit).

``pagedata.run_facts`` reads the runs and their articles' facts; this
module only shapes them for the page: one row per fact and run, whether the
run added it or added evidence to a fact already known, newest run first,
and the page's filters (run, relation type, organisation).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from aigraph.graph.queries import missing_last

WHATS_NEW_COLUMNS = [
    "run_id",
    "run_time",
    "status",
    "type",
    "source",
    "source_type",
    "target",
    "target_type",
    "amount",
    "currency",
    "sentence",
    "article_id",
    "article_title",
    "url",
    "fact_id",
]


def whats_new(
    runs: pd.DataFrame,
    facts: pd.DataFrame,
    *,
    run_id: str | None = None,
    relation_types: Sequence[str] = (),
    organisation: str = "",
) -> pd.DataFrame:
    """One row per fact a run touched: ``added`` when the run wrote the first article stating it, else ``changed``.

    ``runs`` and ``facts`` are ``pagedata.ingest_runs`` and ``pagedata.run_facts``;
    ``organisation`` matches either party's name case-insensitively.
    """
    if facts.empty or runs.empty:
        return pd.DataFrame(columns=WHATS_NEW_COLUMNS)
    run_time = {
        r.id: r.finished_at if r.finished_at is not None and not pd.isna(r.finished_at) else r.started_at
        for r in runs.itertuples()
    }
    needle = organisation.strip().casefold()
    rows, seen = [], set()  # a page's few hundred rows: filtered and sorted as plain rows, made a frame once
    columns = list(facts.columns)  # read column by column: ``to_dict("records")`` boxed every cell one by one
    for values in zip(*(facts[c].tolist() for c in columns)):
        row = dict(zip(columns, values))
        key = (row["run_id"], row["fact_id"])
        if key in seen:
            continue
        seen.add(key)
        if (run_id and row["run_id"] != run_id) or (relation_types and row["type"] not in relation_types):
            continue
        if needle and needle not in f"{_text(row['source'])}\n{_text(row['target'])}".casefold():
            continue
        status = "added" if row["first_run"] == row["run_id"] else "changed"
        rows.append({**row, "status": status, "run_time": run_time.get(row["run_id"])})
    rows.sort(key=lambda r: [missing_last(_text(r[c]) or None) for c in ("type", "source", "target")])
    rows.sort(key=lambda r: r["run_time"], reverse=True)  # stable: newest run first, then the order above
    return pd.DataFrame([[r[c] for c in WHATS_NEW_COLUMNS] for r in rows], columns=WHATS_NEW_COLUMNS)


def _text(value: object) -> str:
    """A name as text; a missing one (None, or NaN in a frame's text column) as empty."""
    return value if isinstance(value, str) else ""
