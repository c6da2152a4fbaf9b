"""Decisions survive ``kill -9`` of an ingest at any point: a killed and re-run ingest under imported decisions
ends with the same curated graph as an uninterrupted ingest curated afterwards (LadybugDB; Neo4j when NEO4J_URI is set)."""

from __future__ import annotations

import os
import signal
import time

import pytest

from conftest import _neo4j_store, _wipe
from aigraph.graph import curation
from aigraph.graph.stores import open_store
from test_weekly_reliability import aigraph, finish, synthetic_site
from test_weekly_site import site, write_config  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow
# A killed run's Neo4j lease expires after AIGRAPH_LEASE_SECONDS; the next run waits for it.
AFTER_A_KILL = ("--wait", "30")


@pytest.fixture(params=["ladybug", "neo4j"])
def spec(request, tmp_path):
    """A store location a subprocess can write: a fresh LadybugDB file, or the (wiped) Neo4j of NEO4J_URI."""
    if request.param == "ladybug":
        yield str(tmp_path / "killed.lbug")
        return
    store = _neo4j_store()
    _wipe(store)
    store.close()
    yield os.environ["NEO4J_URI"]
    with open_store(os.environ["NEO4J_URI"]) as store:
        _wipe(store)


def wrote_an_article(proc) -> bool:
    """Read the run's progress lines until one says an article was written (``new``); False if the run ended."""
    for line in proc.stdout:
        if b" new " in line:
            return True
    return False


def curated(spec: str) -> dict:
    """What analysts see: facts, entities with aliases, rejected facts and their articles, extracted values kept aside."""
    with open_store(spec) as store:  # read-write: replays what a killed run left behind
        facts = {
            fid: (t, a, b, amount, sorted(arts))
            for fid, t, a, b, amount, arts in store.query(
                f"MATCH (a)-[x:INVESTED_IN]->(b) RETURN x.id, {store.dialect.type_of('x')}, a.id, b.id, x.amount, x.articles"
            ).rows
        }
        entities = {
            i: (name, sorted(aliases or []))
            for i, name, aliases in store.query("MATCH (n:Organization) RETURN n.id, n.name, n.aliases").rows
        }
        rejected = {r["id"]: (r["articles"], r["reason"]) for r in curation.rejected_facts(store)}
        decisions = [(d.id, d.kind, d.undone_by) for d in curation.decisions(store)]
        return {
            "facts": facts,
            "entities": entities,
            "rejected": rejected,
            "edited": curation.edited_facts(store),
            "decisions": decisions,
        }


def test_decisions_hold_through_killed_ingests(site, tmp_path, spec, monkeypatch):  # noqa: F811
    monkeypatch.setenv("AIGRAPH_LEASE_SECONDS", "3")
    config = write_config(tmp_path / "s.toml", feeds=[synthetic_site(site, delay=0.04)], concurrency=1)
    reference = str(tmp_path / "reference.lbug")
    assert finish(aigraph("--config", config, "--store", reference, "--report-dir", str(tmp_path / "r")))[0] == 0
    with open_store(reference) as store:
        ids = sorted(r[0] for r in store.query("MATCH ()-[x:INVESTED_IN]->() RETURN x.id").rows)
        names = dict(store.query("MATCH (n:Organization) RETURN n.name, n.id").rows)
        curation.reject(store, ids[0], "a withdrawn deal")
        curation.set_properties(store, ids[1], {"amount": 1.5e11})
        curation.merge(store, names["서울대학교"], names["연세대학교"], "test merge of two institutions")
        curation.undo(store, curation.reject(store, ids[2], "undone later").id)
        exported = tmp_path / "decisions.jsonl"
        curation.export_decisions(store, exported)
    expected = curated(reference)
    assert ids[0] not in expected["facts"] and expected["facts"][ids[1]][3] == 1.5e11
    assert names["서울대학교"] not in expected["entities"]

    with open_store(spec) as store:
        curation.import_decisions(store, exported)  # decisions first, into an empty store
    killed_at = []
    for delay in (0.0, 0.3, 0.6):  # killed just after a batch was written, or while the next one is
        proc = aigraph("--config", config, "--store", spec, *AFTER_A_KILL)
        if not wrote_an_article(proc):  # the runs killed before wrote everything: nothing left to kill
            assert proc.wait() == 0, proc.stderr.read()
            break
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_at.append(len(curated(spec)["facts"]))
    assert any(0 < n < len(expected["facts"]) for n in killed_at), f"no kill landed mid-run: {killed_at}"
    code, _, err = finish(aigraph("--config", config, "--store", spec, *AFTER_A_KILL))
    assert code == 0, err
    assert curated(spec) == expected
