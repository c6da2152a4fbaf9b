"""The one read-only connection, the page-data cache, and what a page shows when there is no data.

LadybugDB is embedded and a read-only connection does not see what a later
``aigraph ingest`` wrote, so the cached connection is keyed on the store
file's size and modification time: an ingest changes them and the next
rerun opens a fresh connection.  Page data is cached per store and per
``pagedata.ingest_state`` (plus a TTL for Neo4j, which another process may
change at any time), so it is recomputed exactly when the graph changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import streamlit as st

from aigraph.dashboard import pagedata
from aigraph.dashboard.i18n import error_text, t
from aigraph.graph.api import Graph, open_graph
from aigraph.graph.errors import GraphError
from aigraph.graph.spec import StoreSpec

CACHE_TTL_SECONDS = 600
STATE_TTL_SECONDS = 10
T = TypeVar("T")


def store_spec() -> str:
    """The store the dashboard was started on (``AIGRAPH_STORE``, set by ``aigraph dashboard --store``)."""
    return StoreSpec.resolve().target


def _file_version(spec: str) -> str:
    """Changes when an embedded store's files change; empty for Neo4j (a server has no file to watch)."""
    return StoreSpec.resolve(spec).version()


def _close(graph: Graph) -> None:
    graph.close()


@st.cache_resource(max_entries=1, show_spinner=False, on_release=_close)
def _connect(spec: str, version: str) -> Graph:
    return open_graph(spec, read_only=True)


@st.cache_data(ttl=STATE_TTL_SECONDS, show_spinner=False, max_entries=8)
def _ingest_state(_graph: Graph, spec: str, version: str) -> dict[str, Any]:
    return pagedata.ingest_state(_graph)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False, max_entries=256)
def _cached(_graph: Graph, view: str, spec: str, marker: str, args: tuple[Any, ...]) -> Any:
    return getattr(pagedata, view)(_graph, *args)


def _stop_with(title: str, exc: GraphError, help_text: str) -> NoReturn:
    st.error(f"**{title}** — {error_text(exc)}")
    st.info(help_text)
    st.stop()


def graph() -> Graph:
    """The shared connection; on a missing store, unreachable server or empty graph the page says what to do and stops."""
    spec = store_spec()
    try:
        g = _connect(spec, _file_version(spec))
        state = _ingest_state(g, spec, _file_version(spec))
    except GraphError as exc:
        _stop_with(t("store_unavailable"), exc, t("store_unavailable_help"))
    if state["articles"] == 0:
        st.warning(f"**{t('store_empty')}** — `{spec}`")
        st.info(t("store_empty_help", store=spec))
        st.stop()
    return g


def load(view: Callable[..., T], *args: Any) -> T:
    """``view(graph, *args)`` from ``dashboard.pagedata``, cached until the graph changes; errors become one line."""
    g = graph()
    spec = store_spec()
    marker = repr(_ingest_state(g, spec, _file_version(spec)))
    try:
        return _cached(g, view.__name__, spec, marker, args)
    except GraphError as exc:
        _stop_with(t("query_failed"), exc, t("store_unavailable_help"))


def ingest_state() -> dict[str, Any]:
    spec = store_spec()
    return _ingest_state(graph(), spec, _file_version(spec))


def raw() -> bool:
    """Whether the sidebar's "show raw extraction" switch is on (pages then read the facts as extracted)."""
    shown = st.session_state.get("raw") is True
    if shown:
        st.caption(f":material/raw_on: {t('raw_banner')}")
    return shown


def currency() -> pagedata.Currency:
    """The currency chosen in the sidebar (a deselected switch means KRW)."""
    return "USD" if st.session_state.get("currency") == "USD" else "KRW"
