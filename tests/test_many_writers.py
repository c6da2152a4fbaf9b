"""Many ingest jobs into one store, as separate hosts would run them (separate processes and state
directories): the graph always equals one sequential run's, whatever overlaps or dies.

The multi-writer tests need a real Neo4j (``NEO4J_URI``); the partition test also runs on LadybugDB.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, _neo4j_store, _wipe
from aigraph.graph.stores import open_store
from aigraph.ingest.synthetic import synthetic_article
from test_weekly_site import snapshot

N_ARTICLES = 36


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for n in range(N_ARTICLES):
        headline, text = synthetic_article(n)
        path = folder / f"story-{n:03d}.txt"
        path.write_text(f"{headline}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def ingest(
    store: str, paths: list[Path], *args: str, state: Path, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """``aigraph ingest`` as a separate host would start it: its own process and state directory."""
    return subprocess.Popen(
        [sys.executable, "-m", "aigraph.ingest.cli", "ingest", *map(str, paths), "--store", store, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "AIGRAPH_STATE_DIR": str(state), **(env or {})},
    )


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, err


@pytest.fixture
def neo4j():
    """The test server, wiped before and after; yields ``(uri, snapshot_fn, wipe_fn)``."""
    store = _neo4j_store()  # skips without NEO4J_URI
    _wipe(store)
    yield os.environ["NEO4J_URI"], lambda: snapshot(store), lambda: _wipe(store)
    _wipe(store)
    store.close()


def sequential(uri: str, paths: list[Path], tmp_path: Path, take, wipe) -> tuple[list, list]:
    """The graph one run over ``paths`` gives, then a clean database again."""
    code, _, err = finish(ingest(uri, paths, state=tmp_path / "seq"))
    assert code == 0, err
    expected = take()
    wipe()
    assert expected[1], "the reference graph has facts"
    return expected


def test_two_jobs_started_together_with_wait_both_finish_and_the_graph_equals_one_run(neo4j, articles, tmp_path):
    uri, take, wipe = neo4j
    expected = sequential(uri, articles, tmp_path, take, wipe)
    jobs = [ingest(uri, articles, "--wait", "300", state=tmp_path / f"host{i}") for i in (1, 2)]
    results = [finish(job) for job in jobs]
    assert [code for code, _, _ in results] == [0, 0], results
    assert sum(f"{N_ARTICLES} new" in out for _, out, _ in results) == 1
    assert sum(f"{N_ARTICLES} unchanged" in out for _, out, _ in results) == 1
    assert take() == expected


def test_without_wait_the_second_job_exits_2_with_one_line_and_the_first_finishes(neo4j, articles, tmp_path):
    uri, take, wipe = neo4j
    expected = sequential(uri, articles, tmp_path, take, wipe)
    jobs = [ingest(uri, articles, state=tmp_path / f"host{i}") for i in (1, 2)]
    (ok, _, _), (refused, _, refused_err) = sorted(finish(job) for job in jobs)
    assert (ok, refused) == (0, 2)
    assert refused_err.count("\n") == 1 and "another ingest is writing" in refused_err and "--wait" in refused_err
    assert take() == expected


def test_overlapping_inputs_from_two_hosts_equal_one_run_over_both(neo4j, articles, tmp_path):
    uri, take, wipe = neo4j
    expected = sequential(uri, articles, tmp_path, take, wipe)
    first, second = articles[: N_ARTICLES * 2 // 3], articles[N_ARTICLES // 3 :]
    jobs = [ingest(uri, part, "--wait", "300", state=tmp_path / f"host{i}") for i, part in enumerate((first, second))]
    assert [finish(job)[0] for job in jobs] == [0, 0]
    assert take() == expected


def test_partitions_run_at_once_from_three_hosts_without_waiting_equal_one_run(neo4j, articles, tmp_path):
    uri, take, wipe = neo4j
    expected = sequential(uri, articles, tmp_path, take, wipe)
    jobs = [ingest(uri, articles, "--partition", f"{k}/3", state=tmp_path / f"host{k}") for k in (1, 2, 3)]
    results = [finish(job) for job in jobs]
    assert [code for code, _, _ in results] == [0, 0, 0], results  # other shares never refuse each other
    assert take() == expected
    with open_store(uri) as db:  # no run took another share's running run for a killed one
        statuses = db.query("MATCH (r:IngestRun) WHERE r.id CONTAINS '-p' RETURN r.status").rows
    assert sorted(statuses) == [["succeeded"]] * 3


def test_a_job_killed_mid_run_frees_the_store_and_a_rerun_completes_the_graph(neo4j, articles, tmp_path):
    uri, take, wipe = neo4j
    expected = sequential(uri, articles, tmp_path, take, wipe)
    short_lease = {"AIGRAPH_LEASE_SECONDS": "4"}
    victim = ingest(uri, articles, state=tmp_path / "victim", env=short_lease)
    # Kill it once it has written something: wait for its first finished article in the log.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and victim.poll() is None:
        line = victim.stdout.readline()
        if " new " in f" {line} ":
            break
    assert victim.poll() is None, "the victim finished before it could be killed"
    other = ingest(uri, articles, "--wait", "300", state=tmp_path / "other", env=short_lease)
    time.sleep(0.5)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    code, _, err = finish(other)
    assert code == 0, err  # it waited for the dead holder's lease to expire, then did the work
    assert finish(ingest(uri, articles, state=tmp_path / "victim", env=short_lease))[0] == 0
    assert take() == expected


@pytest.mark.parametrize("backend", ["ladybug", "neo4j"])
def test_three_partitions_one_after_another_equal_one_full_run(backend, articles, tmp_path):
    if backend == "neo4j":
        server = _neo4j_store()
        _wipe(server)
        uri, take, wipe = os.environ["NEO4J_URI"], (lambda: snapshot(server)), (lambda: _wipe(server))
        expected = sequential(uri, articles, tmp_path, take, wipe)
        targets = [uri]
    else:
        from aigraph.graph.stores.ladybug_store import LadybugStore

        def take_file(path: Path) -> tuple[list, list]:
            with LadybugStore(path, read_only=True) as db:
                return snapshot(db)

        code, _, err = finish(ingest(str(tmp_path / "full.lbug"), articles, state=tmp_path / "s"))
        assert code == 0, err
        expected = take_file(tmp_path / "full.lbug")
        targets = [str(tmp_path / "parts.lbug")]
    outputs = []
    for k in (1, 2, 3):
        code, out, err = finish(ingest(targets[0], articles, "--partition", f"{k}/3", state=tmp_path / f"p{k}"))
        assert code == 0, err
        outputs.append(out)
    assert all(f"partition {k}/3" in out for k, out in zip((1, 2, 3), outputs))
    new = [int(re.search(r"articles: (\d+) new", out)[1]) for out in outputs]
    assert sum(new) == N_ARTICLES and all(n > 0 for n in new), new
    got = take() if backend == "neo4j" else take_file(tmp_path / "parts.lbug")
    if backend == "neo4j":
        wipe()
        server.close()
    assert got == expected
