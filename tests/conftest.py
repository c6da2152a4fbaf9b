"""Shared fixtures: the shared evaluation data, real stores, the seed article (shipped as the sample)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "data" / "samples" / "000_076521bed56d59cf.txt"  # the same file as ../shared/seed/
GOLD_DIR = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(autouse=True)
def _away_from_the_clone(tmp_path_factory, monkeypatch) -> None:
    """Every test starts in its own temporary directory, with its own user data and state
    directories: whatever a test (or a command it runs) writes by default, such as a weekly
    run's ``reports/`` or the default store, lands there, never in the clone or the home folder."""
    where = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(where)
    monkeypatch.setenv("XDG_DATA_HOME", str(where / "data-home"))
    monkeypatch.setenv("AIGRAPH_STATE_DIR", str(where / "state"))


@pytest.fixture
def shared_dir() -> Path:
    if not SCORER.exists():
        pytest.skip(f"shared evaluation data not found at {SHARED} (clone the project with shared/ beside it)")
    return SHARED


@pytest.fixture
def seed_path() -> Path:
    """The seed article; it ships in the repository, so tests that only ingest it run on any clone."""
    return SEED


def _neo4j_store():
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("NEO4J_URI is not set: Neo4j tests need a real server (see README, 'Using Neo4j')")
    from aigraph.graph.stores import open_store

    store = open_store(uri)
    count = store.query("MATCH (n) WHERE NOT n:Meta AND NOT n:Lease RETURN count(n)").rows[0][0]
    if count and os.environ.get("AIGRAPH_NEO4J_TEST_WIPE") != "1":
        store.close()
        pytest.skip(
            f"Neo4j at {uri} is not empty ({count} nodes); set AIGRAPH_NEO4J_TEST_WIPE=1 to let the tests wipe it"
        )
    return store


def _wipe(store) -> None:
    store.execute_write("MATCH (n) WHERE NOT n:Meta DETACH DELETE n")


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request, tmp_path):
    """A real, empty store of each backend (Neo4j only when NEO4J_URI is set)."""
    if request.param == "ladybug":
        from aigraph.graph.stores.ladybug_store import LadybugStore

        s = LadybugStore(tmp_path / "graph.lbug")
        yield s
        s.close()
    else:
        s = _neo4j_store()
        _wipe(s)
        yield s
        _wipe(s)
        s.close()
