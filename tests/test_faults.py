"""Faults during a weekly run: a slow site, one page in ten answering 500, a Neo4j restart mid-run.

Each time the run says what failed, a re-run finishes the rest, and the graph
equals an uninterrupted run's, with no duplicates (snapshots are sorted lists,
so a duplicate node or relationship shows up as a difference).  ``kill -9`` of
the job is in test_weekly_reliability.py.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SHARED, _wipe
from aigraph.graph.stores import open_store
from test_weekly_reliability import N_ARTICLES, article_hits, finish, synthetic_site
from test_weekly_site import graph_snapshot, site, snapshot, write_config  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def aigraph(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "aigraph.ingest.cli", "ingest", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_a_slow_site_with_failing_pages_is_finished_by_the_next_run(site, tmp_path):
    feed = synthetic_site(site, delay=0.05)  # every page a little slow
    pages = sorted(p for p in site.routes if p.startswith("/news/"))
    broken = pages[::10]  # one page in ten answers 500 ...
    too_slow = pages[5]  # ... and one takes longer than the timeout
    config = write_config(tmp_path / "s.toml", feeds=[feed], timeout=1.0, retries=1, concurrency=2)
    reference = tmp_path / "reference.lbug"
    assert finish(aigraph("--config", config, "--store", str(reference), "--report-dir", str(tmp_path / "ref")))[0] == 0

    for path in broken:
        site.routes[path].status = 500
    site.routes[too_slow].delay = 3.0
    store = tmp_path / "g.lbug"
    code, out, err = finish(aigraph("--config", config, "--store", str(store), "--report-dir", str(tmp_path / "r")))
    assert code == 1, err
    failed = [line for line in err.splitlines() if line.startswith("aigraph: failed")]
    assert len(failed) == len(broken) + 1
    assert all(any(p in line and "HTTP 500" in line for line in failed) for p in broken)
    assert any(too_slow in line and "timed out" in line for line in failed)
    [report] = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "r").glob("*.json")]
    assert report["status"] == "partial" and len(report["failures"]) == len(failed)
    assert report["counts"]["articles_new"] == N_ARTICLES - len(failed)

    for path in broken:
        site.routes[path].status = 200
    site.routes[too_slow].delay = 0.05
    code, out, err = finish(aigraph("--config", config, "--store", str(store), "--report-dir", str(tmp_path / "r2")))
    assert code == 0, err
    assert f"articles: {len(failed)} new, 0 updated, {N_ARTICLES - len(failed)} unchanged" in out
    assert graph_snapshot(store) == graph_snapshot(reference)


START = SHARED / "neo4j" / "start"
STOP = SHARED / "neo4j" / "stop"


class OwnServer:
    """A Neo4j server of this test's own (``start --dir`` keeps its data across a restart)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.uri = ""

    def start(self, port: str = "") -> None:
        args = [str(START), "--dir", str(self.folder)] + (["--port", port] if port else [])
        started = subprocess.run(args, capture_output=True, text=True, timeout=180)
        assert started.returncode == 0, started.stderr
        self.env = dict(item.split("=", 1) for item in started.stdout.split())
        self.uri = self.env["NEO4J_URI"]

    def kill_and_restart(self) -> None:
        """``kill -9`` the server, then start it again on the same port and data folder; right after a kill the
        start script may find the old process's port or store lock not yet released and exit, so it is tried
        again a few seconds later (three tries in all)."""
        os.kill(int((self.folder / "run" / "server.pid").read_text()), signal.SIGKILL)
        for attempt in range(3):
            time.sleep(1 + 3 * attempt)
            try:
                self.start(port=self.uri.rsplit(":", 1)[1])
                return
            except AssertionError:
                if attempt == 2:
                    raise

    def stop(self) -> None:
        subprocess.run([str(STOP), str(self.folder), "--clean"], capture_output=True, timeout=120)


@pytest.fixture
def restartable_neo4j(tmp_path_factory, monkeypatch):
    """A Neo4j server this test starts, may kill and start again, and always stops."""
    if not START.exists() or not shutil.which("java"):
        pytest.skip(f"needs {START} and java to run a Neo4j server of its own")
    server = OwnServer(tmp_path_factory.mktemp("own-neo4j"))
    try:
        server.start()
        for name in ("NEO4J_USER", "NEO4J_PASSWORD"):  # this process and the ingest processes it starts
            monkeypatch.setenv(name, server.env[name])
        yield server
    finally:
        server.stop()


def test_a_neo4j_restart_mid_run_is_finished_by_the_next_run(site, tmp_path, restartable_neo4j):
    uri = restartable_neo4j.uri
    config = write_config(tmp_path / "s.toml", feeds=[synthetic_site(site, delay=0.1)], concurrency=1)
    assert finish(aigraph("--config", config, "--store", uri, "--report-dir", str(tmp_path / "ref")))[0] == 0
    with open_store(uri) as db:
        expected = snapshot(db)
        _wipe(db)

    run = aigraph("--config", config, "--store", uri, "--report-dir", str(tmp_path / "r"))
    start = article_hits(site)
    while run.poll() is None and article_hits(site) - start < N_ARTICLES // 3:
        time.sleep(0.05)
    assert run.poll() is None, "the run finished before the restart; slow the site down"
    restartable_neo4j.kill_and_restart()
    code, out, err = finish(run)
    # The driver may ride out the restart (it retries transient errors); if not, the run says so in one line.
    assert code == 0 or (code in (1, 2) and "Neo4j" in err and err.strip().count("\n") < N_ARTICLES), err

    code, out, err = finish(aigraph("--config", config, "--store", uri, "--report-dir", str(tmp_path / "r2")))
    assert code == 0, err
    with open_store(uri) as after:  # a new connection: the restarted server
        assert snapshot(after) == expected
