"""Scaling out: ``--workers 2`` against ``--workers 1``, and two partitions against one run, same articles.

Each run is the real CLI in a fresh process (``aigraph ingest FOLDER``) into a
fresh store, so every variant pays the same start-up (Kiwi, models) and the
ratios compare like with like on this machine:

- ``workers_2_speedup``: time with one extraction process / time with two
  (extraction is CPU-bound; two cores bound it at 2.0);
- ``partitions_2_sequential_overhead``: partitions 1/2 then 2/2 one after the
  other into one embedded store / one full run (the cost of splitting: each
  partition reads every input to pick its share and starts its own process);
- with ``NEO4J_URI`` (an empty database): ``partitions_2_concurrent_speedup``,
  one full run / partitions 1/2 and 2/2 started together (two "hosts" on this
  machine's two cores, taking turns to write through the lease).

``BENCH_SCALE_ARTICLES`` sets the corpus size (default 1,500 short synthetic articles).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aigraph.graph.stores import open_store
from bench import wipe_neo4j
from aigraph.ingest.synthetic import synthetic_article

REPO = Path(__file__).resolve().parents[1]
N_ARTICLES = int(os.environ.get("BENCH_SCALE_ARTICLES", 1500))


def _write_corpus(folder: Path, count: int) -> None:
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as out:
        for n in range(count):
            headline, text = synthetic_article(n)
            out.write(json.dumps({"id": f"scale-{n:05d}", "title": headline, "text": text}, ensure_ascii=False) + "\n")


def _ingest(corpus: Path, store: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "aigraph.ingest.cli", "ingest", str(corpus), "--store", store, *args],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _timed(*procs: subprocess.Popen) -> float:
    started = time.perf_counter()
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"ingest exited {proc.returncode}: {err.strip()[-500:]}")
    return time.perf_counter() - started


def _facts(store: str) -> int:
    with open_store(store, read_only=not store.startswith(("bolt", "neo4j"))) as db:
        return db.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0]


def _wipe(uri: str) -> None:
    with open_store(uri) as db:
        wipe_neo4j(db)


def main() -> dict:
    result: dict = {"articles": N_ARTICLES, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="aigraph-scale-") as tmp:
        folder = Path(tmp)
        corpus = folder / "inbox"
        corpus.mkdir()
        _write_corpus(corpus, N_ARTICLES)
        # Started together from the same moment: `_timed` waits for all the processes it is given.
        one = _timed(_ingest(corpus, str(folder / "w1.lbug"), "--workers", "1"))
        two = _timed(_ingest(corpus, str(folder / "w2.lbug"), "--workers", "2"))
        parts = _timed(_ingest(corpus, str(folder / "p.lbug"), "--partition", "1/2")) + \
            _timed(_ingest(corpus, str(folder / "p.lbug"), "--partition", "2/2"))
        facts = {name: _facts(str(folder / f"{name}.lbug")) for name in ("w1", "w2", "p")}
        if len(set(facts.values())) != 1:
            raise RuntimeError(f"the variants wrote different graphs: {facts}")
        result["embedded"] = {
            "seconds": {"workers_1": round(one, 1), "workers_2": round(two, 1), "partitions_2_sequential": round(parts, 1)},
            "articles_per_second_workers_1": round(N_ARTICLES / one, 1),
            "workers_2_speedup": round(one / two, 2),
            "workers_2_target": 1.7,
            "partitions_2_sequential_overhead": round(parts / one, 2),
            "facts": facts["w1"],
        }
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        result["neo4j"] = "skipped: NEO4J_URI is not set"
        return result
    with tempfile.TemporaryDirectory(prefix="aigraph-scale-") as tmp:
        corpus = Path(tmp)
        _write_corpus(corpus, N_ARTICLES)
        _wipe(uri)
        full = _timed(_ingest(corpus, uri))
        full_facts = _facts(uri)
        _wipe(uri)
        together = _timed(_ingest(corpus, uri, "--partition", "1/2"), _ingest(corpus, uri, "--partition", "2/2"))
        split_facts = _facts(uri)
        _wipe(uri)
    if full_facts != split_facts:
        raise RuntimeError(f"two partitions wrote {split_facts} facts, one run {full_facts}")
    result["neo4j"] = {
        "seconds": {"one_run": round(full, 1), "partitions_2_together": round(together, 1)},
        "articles_per_second_one_run": round(N_ARTICLES / full, 1),
        "partitions_2_concurrent_speedup": round(full / together, 2),
        "facts": full_facts,
    }
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
