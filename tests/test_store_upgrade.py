"""A store an earlier aigraph wrote, whose precomputed aggregates this version reads differently, works as soon as
a reader (the dashboard, a notebook) opens it: the aggregates are rebuilt once, equal to a recomputation."""

from __future__ import annotations

import os

from test_aggregates import BATCHES, assert_equals_recomputation

from aigraph.dashboard import pagedata
from aigraph.graph import aggregates
from aigraph.graph.api import open_graph
from aigraph.graph.stores import open_store


def _as_an_earlier_version_left_it(store) -> None:
    """What an upgrade meets: an older aggregates version, and a table that version did not have."""
    store.execute_write("MATCH (m:Meta) WHERE m.id = $key SET m.value = '0'", {"key": aggregates.VERSION_KEY})
    for statement in store.dialect.drop_tables(["BandCount"]) or ["MATCH (b:BandCount) DETACH DELETE b"]:
        store.execute_write(statement)


def test_a_reader_of_an_older_store_gets_working_pages(store):
    for b in BATCHES:
        store.write(b)
    expected = pagedata.investment_table(open_graph(store), pagedata.InvestmentFilters())
    _as_an_earlier_version_left_it(store)
    assert not aggregates.is_current(store)
    spec = str(store.path) if hasattr(store, "path") else os.environ["NEO4J_URI"]
    if hasattr(store, "path"):
        store.close()  # the embedded store has one writer: the reader below is a new process's open
    with open_graph(spec) as reader:  # read-only, as the dashboard opens it
        assert aggregates.is_current(reader.store)
        table = pagedata.investment_table(reader, pagedata.InvestmentFilters())
        assert table.equals(expected) and len(table) > 0
    with open_store(spec, read_only=False) as writer:
        assert_equals_recomputation(writer)
