"""A query written for the other store says what to write instead, on both backends and in both UI languages."""

from __future__ import annotations

import pytest
import streamlit as st

from aigraph.dashboard.i18n import error_text
from aigraph.graph.errors import QueryError
from test_store import batch

# The other dialect's spelling of "a relationship's type" / "a node's label", and this store's own.
FOREIGN = {"ladybug": "MATCH ()-[r]->() RETURN type(r) LIMIT 1", "neo4j": "MATCH (n) RETURN label(n) LIMIT 1"}
NATIVE = {"ladybug": "MATCH ()-[r]->() RETURN label(r) LIMIT 1", "neo4j": "MATCH (n) RETURN labels(n)[0] LIMIT 1"}


def test_the_other_dialects_function_is_refused_with_this_stores_spelling(store):
    store.write(batch())
    with pytest.raises(QueryError) as refused:
        store.query(FOREIGN[store.dialect.name])
    error = refused.value
    assert error.reason == "dialect_function"
    assert error.details["instead"] in str(error)
    native = NATIVE[store.dialect.name]
    assert error.details["instead"].split("(")[0] in native
    assert store.query(native).rows  # the spelling the message gives runs


def test_other_database_errors_keep_the_databases_reason(store):
    with pytest.raises(QueryError) as refused:
        store.query("MATCH (n) RETURN n.name ORDER BY")
    assert refused.value.reason == "database"


@pytest.mark.parametrize(("language", "word"), [("ko", "대신"), ("en", "instead")])
def test_the_dashboard_says_it_in_the_chosen_language(store, language, word):
    with pytest.raises(QueryError) as refused:
        store.query(FOREIGN[store.dialect.name])
    st.session_state["lang"] = language
    try:
        shown = error_text(refused.value)
    finally:
        del st.session_state["lang"]
    assert word in shown and refused.value.details["function"] in shown
