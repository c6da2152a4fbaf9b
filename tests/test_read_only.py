"""The console and `aigraph query` cannot change the graph or read files, on both backends.

Two lines of defence, each tested: the clause check refuses before a
statement reaches any store, and below it the embedded store is opened
read-only while Neo4j reads run in read transactions (``_run(write=False)``
is what ``query`` calls after its checks).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aigraph.graph.api import open_graph
from aigraph.graph.errors import QueryError, ReadOnlyViolation
from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.dashboard.pagedata import run_query
from test_store import GROUP, batch, counts

WRITE_PROCEDURE = {
    "neo4j": "CALL db.createLabel('Evil')",
    # LadybugDB's core has no graph-writing procedure; extension ones (full-text indexes) need LOAD EXTENSION, refused.
    "ladybug": "CALL create_fts_index('Organization', 'evil', ['name'])",
}
LOAD_FILE = {
    "neo4j": "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row",
    "ladybug": "LOAD FROM '/etc/hostname' (file_format='csv') RETURN *",
}
SUBQUERY_WRITE = {
    "neo4j": "MATCH (o:Organization) CALL { WITH o SET o.name = 'pwned' } RETURN o.name",
    "ladybug": "MATCH (o:Organization) WHERE EXISTS { MATCH (o) SET o.name = 'pwned' } RETURN o.name",
}


@pytest.fixture
def reader(store):
    """The store with a little data, as the console and `aigraph query` open it (LadybugDB: read-only)."""
    store.write(batch())
    if not isinstance(store, LadybugStore):
        yield store
        return
    store.close()
    with LadybugStore(store.path, read_only=True) as read_only:
        yield read_only


def _names(store) -> list[str]:
    return sorted(r[0] for r in store.query("MATCH (o:Organization) RETURN o.name").rows)


@pytest.mark.parametrize("kind", ["write procedure", "file", "subquery write"])
def test_console_queries_cannot_write_or_read_files(reader, kind):
    cypher = {"write procedure": WRITE_PROCEDURE, "file": LOAD_FILE, "subquery write": SUBQUERY_WRITE}[kind][
        reader.dialect.name
    ]
    before = (counts(reader), _names(reader))
    with open_graph(reader) as g, pytest.raises(QueryError):
        run_query(g, cypher)
    with pytest.raises(QueryError):
        reader.query(cypher)
    assert (counts(reader), _names(reader)) == before and "pwned" not in _names(reader)


# Writes that only the store itself stops: Neo4j's read transactions, LadybugDB's read-only mode.
BELOW_THE_CHECK = {
    "neo4j": [
        "CALL db.createLabel('Evil')",
        "CALL db.createRelationshipType('EVIL')",
        "MATCH (o:Organization) CALL { WITH o SET o.name = 'pwned' } RETURN o.name",
        "CALL { CREATE (:Organization {id: 'org:evil', name: 'evil'}) } RETURN 1",
    ],
    "ladybug": [
        "CREATE (:Organization {id: 'org:evil', name: 'evil'})",
        "MATCH (o:Organization) SET o.name = 'pwned'",
        "MATCH (o:Organization) DETACH DELETE o",
    ],
}


def test_below_the_clause_check_the_store_itself_refuses_writes(reader):
    for cypher in BELOW_THE_CHECK[reader.dialect.name]:
        with pytest.raises(QueryError, match="(?i)read-only|read access|not allowed"):
            reader._run(cypher, write=False)
    assert _names(reader) == sorted([GROUP.name, "한빛AI연구소"])
    if reader.dialect.name == "neo4j":
        assert "Evil" not in {r[0] for r in reader.query("CALL db.labels() YIELD label RETURN label").rows}


def test_a_missing_parameter_is_named(reader):
    with pytest.raises(QueryError, match=r"\$org not given.*--param org="):
        reader.query("MATCH (o:Organization) WHERE o.name = $org RETURN o.name")
    assert reader.query("MATCH (o:Organization) WHERE o.name = $org RETURN o.name", {"org": GROUP.name}).rows == [
        [GROUP.name]
    ]
    assert reader.query("MATCH (o:Organization) WHERE o.name = '$org' RETURN count(o)").rows == [[0]], (
        "a $ in a string is text"
    )


def test_aigraph_query_refuses_and_names_the_missing_parameter(tmp_path):
    path = tmp_path / "g.lbug"
    with LadybugStore(path) as store:
        store.write(batch())
    aigraph = [str(Path(sys.executable).parent / "aigraph")]
    refused = subprocess.run(
        [*aigraph, "query", LOAD_FILE["ladybug"], "--store", str(path)], capture_output=True, text=True
    )
    missing = subprocess.run(
        [*aigraph, "query", "MATCH (o) WHERE o.name = $who RETURN o", "--store", str(path)],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "LOAD refused" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert missing.returncode == 2 and "$who not given" in missing.stderr and len(missing.stderr.splitlines()) == 1
