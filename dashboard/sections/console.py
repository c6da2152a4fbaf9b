"""Cypher console: read-only queries for analysts who outgrow the charts; writes are refused before the store."""

from __future__ import annotations

import streamlit as st

from aigraph.dashboard import pagedata, state
from aigraph.dashboard.i18n import error_text, t
from aigraph.graph import reads
from aigraph.graph.errors import GraphError, ReadOnlyViolation

st.title(t("page_console"))
st.caption(t("console_help"))
graph = state.graph()

example = st.selectbox(t("examples"), list(reads.EXAMPLE_QUERIES), format_func=lambda k: t(f"example_{k}"))
with st.form("console"):
    query = st.text_area(t("query"), value=reads.EXAMPLE_QUERIES[example], height=160, key=f"query_{example}")
    submitted = st.form_submit_button(t("run"), type="primary", icon=":material/play_arrow:")

if submitted or "console_result" not in st.session_state:
    try:
        st.session_state["console_result"] = pagedata.run_query(graph, query)
    except ReadOnlyViolation as exc:
        st.session_state.pop("console_result", None)
        st.error(f"**{t('refused')}** — {error_text(exc)}", icon=":material/block:")
        st.stop()
    except GraphError as exc:
        st.session_state.pop("console_result", None)
        st.error(f"**{t('query_failed')}** — {error_text(exc)}")
        st.stop()

result = st.session_state["console_result"]
st.caption(t("rows", n=len(result)))
st.dataframe(result, hide_index=True)
st.download_button(
    t("download_csv"),
    result.to_csv(index=False).encode("utf-8-sig"),
    file_name="aigraph-query.csv",
    mime="text/csv",
    icon=":material/download:",
)
