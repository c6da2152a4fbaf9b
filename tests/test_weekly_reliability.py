"""The weekly job under stress, as cron runs it: real subprocesses, SIGKILL, two runs at once, a dead Neo4j."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.ingest.synthetic import synthetic_article
from test_weekly_site import graph_snapshot, site, write_config  # noqa: F401 (fixture)

N_ARTICLES = 60


def aigraph(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """``aigraph ingest`` as a separate process, in the test's own (temporary) directory."""
    return subprocess.Popen(
        [sys.executable, "-m", "aigraph.ingest.cli", "ingest", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out.decode(), err.decode()


def synthetic_site(site, delay: float) -> str:
    """N_ARTICLES distinct stories (every third in EUC-KR) in one feed, each page served after ``delay``."""
    now = datetime.now(timezone.utc)
    items = []
    for n in range(N_ARTICLES):
        headline, text = synthetic_article(n)
        when = now - timedelta(hours=n)
        path = site.add_article(f"story-{n:03d}", headline, text.split("\n"), "euc-kr" if n % 3 == 0 else "utf-8", when)
        site.routes[path].delay = delay
        items.append((path, headline, when))
    return site.add_feed("/rss.xml", items)


def article_hits(site) -> int:
    return sum(v for k, v in site.hits.items() if k.startswith("/news/"))


def articles_in(store: Path) -> int:
    with LadybugStore(store) as db:  # read-write: replays the WAL a killed run left behind
        return db.query("MATCH (a:Article) RETURN count(a)").rows[0][0]


def test_killed_runs_then_a_full_run_equal_an_uninterrupted_run(site, tmp_path):
    config = write_config(tmp_path / "s.toml", feeds=[synthetic_site(site, delay=0.04)], concurrency=1)
    reference = tmp_path / "reference.lbug"
    code, _, err = finish(aigraph("--config", config, "--store", str(reference), "--report-dir", str(tmp_path / "r")))
    assert code == 0, err
    expected = graph_snapshot(reference)
    assert sum('"_label": "Article"' in n for n in expected[0]) == N_ARTICLES

    store = tmp_path / "killed.lbug"
    partial_counts = []
    for kill_after in (12, 30, 45):
        start = article_hits(site)
        proc = aigraph("--config", config, "--store", str(store), "--report-dir", str(tmp_path / "r"))
        while proc.poll() is None and article_hits(site) - start < kill_after:
            time.sleep(0.01)
        assert proc.poll() is None, "the run finished before it could be killed; slow the site down"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial_counts.append(articles_in(store))
    assert any(0 < count < N_ARTICLES for count in partial_counts), f"no kill landed mid-run: {partial_counts}"

    code, out, err = finish(aigraph("--config", config, "--store", str(store), "--report-dir", str(tmp_path / "r")))
    assert code == 0, err
    assert graph_snapshot(store) == expected
    with LadybugStore(store, read_only=True) as db:
        statuses = sorted(r[0] for r in db.query("MATCH (r:IngestRun) RETURN r.status").rows)
    assert statuses == ["interrupted"] * 3 + ["succeeded"], "killed runs are marked by the next run"


def test_two_runs_at_once_one_refuses_and_the_graph_is_intact(site, tmp_path):
    config = write_config(tmp_path / "s.toml", feeds=[synthetic_site(site, delay=0.05)], concurrency=1)
    store = tmp_path / "g.lbug"
    runs = [aigraph("--config", config, "--store", str(store), "--report-dir", str(tmp_path / "r")) for _ in range(2)]
    results = sorted(finish(p) for p in runs)
    (ok, ok_out, _), (refused, _, refused_err) = results
    assert (ok, refused) == (0, 2), results
    assert f"{N_ARTICLES} new" in ok_out
    assert refused_err.count("\n") == 1 and "another ingest is writing" in refused_err and "--wait" in refused_err
    reference = tmp_path / "reference.lbug"
    assert finish(aigraph("--config", config, "--store", str(reference)))[0] == 0
    assert graph_snapshot(store) == graph_snapshot(reference)


def test_two_runs_at_once_with_wait_run_one_after_the_other(site, tmp_path):
    config = write_config(tmp_path / "s.toml", feeds=[synthetic_site(site, delay=0.05)], concurrency=1)
    store = tmp_path / "g.lbug"
    runs = [
        aigraph("--config", config, "--store", str(store), "--wait", "120", "--report-dir", str(tmp_path / "r"))
        for _ in range(2)
    ]
    results = [finish(p) for p in runs]
    assert [code for code, _, _ in results] == [0, 0], results
    outs = [out for _, out, _ in results]
    assert sum(f"articles: {N_ARTICLES} new" in out for out in outs) == 1
    assert sum(f"articles: 0 new, 0 updated, {N_ARTICLES} unchanged" in out for out in outs) == 1
    assert sum("waiting up to 120s for another ingest" in err for _, _, err in results) == 1


def test_unreachable_neo4j_is_one_line_exit_2_and_nothing_fetched_or_written(site, tmp_path):
    config = write_config(tmp_path / "s.toml", feeds=[site.standard()])
    proc = aigraph(
        "--config",
        config,
        "--store",
        "bolt://127.0.0.1:1",
        "--report-dir",
        str(tmp_path / "reports"),
        env={"AIGRAPH_STATE_DIR": str(tmp_path / "state")},
    )
    code, out, err = finish(proc)
    assert code == 2
    assert err.count("\n") == 1 and "cannot reach Neo4j at bolt://127.0.0.1:1" in err, err
    assert sum(site.hits.values()) == 0, "nothing is fetched before the store is reachable"
    assert not (tmp_path / "reports").exists()
    assert not (tmp_path / "state").exists(), "a Neo4j store is locked by a lease in the database, not a local file"
