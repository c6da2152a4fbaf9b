"""Names as the reader's language writes them (``graph.display``), at the places pages show names.

Only what is displayed changes: filters, links and selections keep the stored name.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from aigraph.dashboard import state
from aigraph.dashboard.i18n import lang
from aigraph.graph.api import Graph
from aigraph.graph.display import display_names


@st.cache_data(ttl=state.CACHE_TTL_SECONDS, show_spinner=False, max_entries=16)
def _names(_graph: Graph, spec: str, marker: str, language: str) -> dict[str, str]:
    return display_names(_graph, language)


def shown_names(names: Iterable[str]) -> list[str]:
    """Each stored name as the session's language writes it (unchanged when only one spelling is known)."""
    table = _names(state.graph(), state.store_spec(), repr(state.ingest_state()), lang())
    return [table.get(n, n) for n in names]


def shown_name(name: str) -> str:
    return shown_names([name])[0]
