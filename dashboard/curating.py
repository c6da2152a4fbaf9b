"""Writing from the dashboard: only when ``aigraph dashboard --allow-curation`` started it.

The page connection stays read-only; each decision opens its own short
writable connection (a LadybugDB file lets one process write at a time: while
an ingest writes, the decision fails with one line and can be retried), then
clears the page caches so every chart and total shows the decision at once.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from aigraph.core.settings import settings
from aigraph.dashboard.i18n import t
from aigraph.dashboard.safe import md
from aigraph.dashboard.state import store_spec
from aigraph.graph.api import open_graph
from aigraph.graph.curation import Decision
from aigraph.graph.errors import GraphError


def allowed() -> bool:
    """Whether this dashboard may record decisions (``--allow-curation`` sets the variable for the app)."""
    return settings().aigraph_allow_curation


def decide(method: Literal["confirm", "reject", "merge", "undo"], *args: str) -> None:
    """Record one decision through the Python API (``Graph.<method>(*args)``); refused unless curation is allowed."""
    if not allowed():
        st.error(t("review_read_only"))
        return
    try:
        with open_graph(store_spec(), read_only=False) as graph:
            decision: Decision = getattr(graph, method)(*args)
    except GraphError as exc:
        st.session_state["review_message"] = ("error", f"{t('review_failed')}: {md(exc)}")
    else:
        st.session_state["review_message"] = (
            "success",
            t("review_done", kind=decision.kind, subject=md(decision.subject)),
        )
    st.cache_data.clear()
    st.cache_resource.clear()
    st.rerun()
