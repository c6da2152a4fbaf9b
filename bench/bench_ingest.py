"""The weekly job at scale: 10,000 synthetic Korean articles into the embedded store, then again.

Runs the real path (a JSON Lines folder source, the lock, the real extractor,
LadybugDB, the IngestRun record) and reports:

- articles per second on the first run, and memory at 25/50/75/100 % of the
  articles: resident set size, the store's size on disk, and Python's allocated
  blocks.  The runner streams (it never holds the corpus), so Python's heap is
  flat; RSS grows with LadybugDB's page cache, i.e. with the store's size, not
  with the number of articles in flight;
- the re-run over the same articles as a ratio of the first run's time
  (target: under 10 %, since unchanged articles are skipped before extraction);
- how many syndicated copies (every 50th article repeats an earlier one under
  another outlet's headline and footer) were linked as the same story.

``AIGRAPH_BENCH_ARTICLES`` changes the corpus size (default 10,000).
"""
from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import psutil

from aigraph.graph.stores import open_store
from aigraph.ingest.config import FolderSource, SourcesConfig
from aigraph.ingest.runner import ArticleEvent
from aigraph.ingest.synthetic import synthetic_article
from aigraph.ingest.weekly import RunOptions, run

COPY_EVERY = 50


def write_corpus(path: Path, count: int) -> int:
    """``count`` articles as JSON Lines; returns how many are syndicated copies."""
    copies = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            if n and n % COPY_EVERY == 0:  # a copy of an earlier original (n - 7 is never a copy)
                headline, text = synthetic_article(n - 7)
                headline, text = f"[종합] {headline}", f"{text}\n<저작권자 © 벤치경제 무단전재 및 재배포 금지>"
                copies += 1
            else:
                headline, text = synthetic_article(n)
            out.write(json.dumps({"id": f"bench-{n:05d}", "title": headline, "text": text}, ensure_ascii=False) + "\n")
    return copies


def timed_run(config: SourcesConfig, store: Path, count: int) -> tuple[float, dict, list[dict]]:
    process = psutil.Process()
    checkpoints = {round(count * q) for q in (0.25, 0.5, 0.75, 1.0)}
    memory: list[dict] = []
    seen = 0

    def sample(_event: ArticleEvent) -> None:
        nonlocal seen
        seen += 1
        if seen in checkpoints:
            memory.append({
                "articles": seen,
                "rss_mb": round(process.memory_info().rss / 2**20, 1),
                "store_mb": round(sum(f.stat().st_size for f in store.parent.glob(store.name + "*")) / 2**20, 1),
                "python_blocks_k": round(sys.getallocatedblocks() / 1000),
            })

    started = time.perf_counter()
    outcome = run(config, RunOptions(store=str(store)), on_article=sample)
    return time.perf_counter() - started, outcome.summary.counts, memory


def main() -> dict:
    count = int(os.environ.get("AIGRAPH_BENCH_ARTICLES", "10000"))
    with tempfile.TemporaryDirectory(prefix="aigraph-bench-") as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        copies = write_corpus(folder / "articles.jsonl", count)
        config = SourcesConfig(folders=[FolderSource(path=str(folder))])
        store = Path(tmp) / "graph.lbug"

        first_seconds, first, memory = timed_run(config, store, count)
        second_seconds, second, _ = timed_run(config, store, count)
        with open_store(store, read_only=True) as db:
            links = db.query("MATCH (a:Article)-[:SAME_STORY]->(b:Article) RETURN a.id, b.id").rows
    true_links = sum(int(a[-5:]) % COPY_EVERY == 0 and int(b[-5:]) == int(a[-5:]) - 7 for a, b in links)

    rss = [m["rss_mb"] for m in memory]
    blocks = [m["python_blocks_k"] for m in memory]
    return {
        "articles": count,
        "first_run": {
            "seconds": round(first_seconds, 1),
            "articles_per_second": round(count / first_seconds, 1),
            "new": first["articles_new"],
            "same_story": first["articles_duplicate"],
            "failed": first["articles_failed"],
            "relationships_created": first["relationships_created"],
        },
        "memory_by_articles": memory,
        "rss_growth_last_vs_first_checkpoint": round(rss[-1] / rss[0], 3),
        "python_blocks_growth_last_vs_first_checkpoint": round(blocks[-1] / blocks[0], 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "syndicated_copies": copies,
        "same_story_links": {"found": len(links), "correct": true_links, "recall": round(true_links / copies, 3) if copies else None},
        "rerun": {
            "seconds": round(second_seconds, 1),
            "unchanged": second["articles_unchanged"],
            "new": second["articles_new"],
        },
        "rerun_ratio": round(second_seconds / first_seconds, 4),
        "rerun_target": "< 0.10",
        "rerun_within_target": second_seconds / first_seconds < 0.10,
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
