"""The "What's new" page's data: the facts each ingest run added or changed, as plain pandas (no Streamlit).

``pagedata.run_facts`` reads the runs and their articles' facts; this
module only shapes them for the page: one row per fact and run, whether the
run added it or added evidence to a fact already known, newest run first,
and the page's filters (run, relation type, organisation).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

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
    rows = facts.drop_duplicates(["run_id", "fact_id"]).copy()
    rows["status"] = ["added" if first == run else "changed" for first, run in zip(rows["first_run"], rows["run_id"])]
    rows["run_time"] = rows["run_id"].map(run_time)
    if run_id:
        rows = rows[rows["run_id"] == run_id]
    if relation_types:
        rows = rows[rows["type"].isin(list(relation_types))]
    if organisation.strip():
        needle = organisation.strip().casefold()
        names = rows["source"].fillna("").str.casefold() + "\n" + rows["target"].fillna("").str.casefold()
        rows = rows[names.str.contains(needle, regex=False)]
    ordered = rows.sort_values(
        ["run_time", "type", "source", "target"], ascending=[False, True, True, True], kind="stable"
    )
    return ordered[WHATS_NEW_COLUMNS].reset_index(drop=True)
