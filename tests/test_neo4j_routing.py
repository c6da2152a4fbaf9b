"""``neo4j://`` (routing, as clusters and Aura use) and a named database, against the test server."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO, _neo4j_store, _wipe
from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.graph.model import GraphBatch, Node
from aigraph.graph.api import open_graph
from aigraph.graph.stores import open_store


@pytest.fixture
def routing_uri():
    server = _neo4j_store()  # skips without NEO4J_URI
    _wipe(server)
    yield os.environ["NEO4J_URI"].replace("bolt://", "neo4j://", 1)
    _wipe(server)
    server.close()


def aigraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aigraph.ingest.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def test_the_routing_scheme_writes_and_reads_the_same_graph_as_bolt(routing_uri):
    node = Node(id=entity_id(EntityType.COMPANY, "라우팅테스트"), type=EntityType.COMPANY, name="라우팅테스트")
    with open_store(routing_uri, database="neo4j") as routed:
        assert routed.write(GraphBatch(nodes=[node])).nodes_created == 1
        assert routed.query("MATCH (n:Organization) RETURN n.name").rows == [["라우팅테스트"]]
    with open_store(os.environ["NEO4J_URI"]) as direct:
        assert direct.query("MATCH (n:Organization) RETURN n.id").rows == [[node.id]]
    with open_graph(routing_uri, database="neo4j") as graph:  # the notebook API, read transactions
        assert graph.cypher("MATCH (n:Organization) RETURN n.name AS name")["name"].tolist() == ["라우팅테스트"]


def test_the_cli_takes_a_database_and_names_a_missing_one_in_one_line(routing_uri):
    done = aigraph(
        "query",
        "MATCH (n:Meta) WHERE n.id = 'schema_version' RETURN count(n) AS c",
        "--store",
        routing_uri,
        "--database",
        "neo4j",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr
    assert '"c": 1' in done.stdout
    missing = aigraph("stats", "--store", routing_uri, "--database", "nosuchdb")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "has no such database" in missing.stderr and "nosuchdb" in missing.stderr
