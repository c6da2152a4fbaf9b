"""What's new: the facts each ingest run added or changed, newest first, each with its quote and source."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigraph.core.money import money_text
from aigraph.dashboard import pagedata, state
from aigraph.dashboard.i18n import lang, relation, t
from aigraph.dashboard.whats_new import whats_new
from aigraph.graph import queries

st.title(t("page_whats_new"))
shown = st.session_state.get("whats_new_shown", pagedata.RUN_FACTS)  # raised by "show more"
data = state.load(pagedata.whats_new_data, shown)
runs, facts = data["runs"], data["facts"]
if runs.empty:
    st.info(t("no_ingest_run"))
    st.stop()


def _run_label(run_id: str | None) -> str:
    if run_id is None:
        return t("all_runs")
    run = runs[runs["id"] == run_id].iloc[0]
    when = run["finished_at"] if pd.notna(run["finished_at"]) else run["started_at"]
    return f"{pd.Timestamp(when):%Y-%m-%d %H:%M} · {run['status']} · {run_id}"


with st.container(border=True):
    c1, c2, c3 = st.columns([3, 3, 2])
    run_id = c1.selectbox(t("ingest_run"), [None, *runs["id"]], format_func=_run_label)
    types = c2.multiselect(
        t("relation_types"), list(queries.FACT_TYPES), format_func=relation, placeholder=t("all_types")
    )
    organisation = c3.text_input(t("organisation_filter"), placeholder=t("organisation_placeholder"))


def _more() -> None:
    """The facts of the next articles, on demand: a first load reads only the newest ``RUN_FACTS``."""
    if data["more"] and st.button(t("show_more_facts"), key="whats_new_more"):
        st.session_state["whats_new_shown"] = shown + pagedata.RUN_FACTS
        st.rerun()


rows = whats_new(runs, facts, run_id=run_id, relation_types=types, organisation=organisation)
if rows.empty:
    st.info(t("no_match") if (types or organisation.strip()) else t("nothing_new"))
    _more()
    st.stop()

st.caption(t("facts_count", n=len(rows)))
st.dataframe(
    pd.DataFrame(
        {
            t("col_run_time"): [f"{pd.Timestamp(w):%Y-%m-%d %H:%M}" for w in rows["run_time"]],
            t("col_change"): [t(f"change_{s}") for s in rows["status"]],
            t("col_relation"): [relation(x) for x in rows["type"]],
            t("col_source"): rows["source"],
            t("col_target"): rows["target"],
            t("col_amount"): [
                money_text(a, c, lang()) if pd.notna(a) else "" for a, c in zip(rows["amount"], rows["currency"])
            ],
            t("col_evidence"): rows["sentence"],
            t("col_article"): rows["article_title"].where(rows["article_title"].fillna("") != "", rows["article_id"]),
            t("col_link"): rows["url"],
        }
    ),
    hide_index=True,
    key="whats_new_table",
    column_config={
        t("col_run_time"): st.column_config.TextColumn(width="medium"),
        t("col_amount"): st.column_config.TextColumn(width="medium"),
        t("col_evidence"): st.column_config.TextColumn(width="large"),
        t("col_link"): st.column_config.LinkColumn(display_text="↗"),
    },
)
_more()
