"""Write path vs LadybugDB's own COPY, on the same 100k relationships in the same run.

The idempotent path (prefetch, merge evidence, ``UNWIND … MERGE``) does more
than a bulk load can: it must stay within a small factor of ``COPY`` to be
usable for large re-ingests.  Reported: relationships/s for both, their
ratio, and the cost of writing the same batch again (pure no-op detection).
"""
from __future__ import annotations

import csv
import json
import os
import random
import tempfile
import time
from pathlib import Path

from graph.model import Evidence, EntityType, GraphBatch, Node, Relationship, RelationType, entity_id, fact_id
from graph.schema import FACT_PROPERTIES
from graph.stores.ladybug_store import LadybugStore

N_ORGS = int(os.environ.get("BENCH_ORGS", 10_000))
N_RELS = int(os.environ.get("BENCH_RELS", 100_000))


def synthetic_batch(n_orgs: int, n_rels: int, seed: int = 7) -> GraphBatch:
    rng = random.Random(seed)
    nodes = [Node(id=entity_id(EntityType.COMPANY, f"회사{i}"), type=EntityType.COMPANY, name=f"회사{i}") for i in range(n_orgs)]
    rels = []
    seen = set()
    while len(rels) < n_rels:
        a, b = rng.sample(range(n_orgs), 2)
        props = {"amount": float(rng.randint(1, 5000)) * 1e8, "currency": "KRW", "period_years": float(rng.randint(1, 5))}
        rid = fact_id(RelationType.INVESTED_IN, nodes[a].id, nodes[b].id, props)
        if rid in seen:
            continue
        seen.add(rid)
        ev = Evidence(article_id=f"art{len(rels) // 10}", text=f"회사{a}가 회사{b}에 투자한다.", start=0, end=16,
                      confidence=0.9, extractor_version="bench")
        rels.append(Relationship(id=rid, type=RelationType.INVESTED_IN, source_id=nodes[a].id, source_label="Organization",
                                 target_id=nodes[b].id, target_label="Organization", properties=props, evidence=[ev]))
    return GraphBatch(nodes=nodes, relationships=rels)


def _copy_csv(batch: GraphBatch, folder: Path) -> Path:
    """The same relationships as a CSV in the column order of the INVESTED_IN table."""
    path = folder / "rels.csv"
    columns = list(FACT_PROPERTIES)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["from", "to", *columns])
        for r in batch.relationships:
            values = {
                "id": r.id, "articles": "[" + ",".join(r.article_ids) + "]", "sentences": "[" + ",".join(e.text for e in r.evidence) + "]",
                "evidence": r.evidence_json(), "confidence": r.confidence, "extractor_version": "bench", **r.properties,
            }
            writer.writerow([r.source_id, r.target_id, *[values.get(c, "") for c in columns]])
    return path


def main() -> dict:
    batch = synthetic_batch(N_ORGS, N_RELS)
    nodes_only = GraphBatch(nodes=batch.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = _copy_csv(batch, folder)

        with LadybugStore(folder / "copy.lbug") as store:
            store.write(nodes_only)
            started = time.perf_counter()
            store._run(f"COPY INVESTED_IN FROM '{csv_path}' (header=true, from='Organization', to='Organization')", write=True)
            copy_seconds = time.perf_counter() - started
            copied = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)").rows[0][0]

        with LadybugStore(folder / "merge.lbug") as store:
            store.write(nodes_only)
            started = time.perf_counter()
            store.write(GraphBatch(relationships=batch.relationships))
            write_seconds = time.perf_counter() - started
            started = time.perf_counter()
            again = store.write(GraphBatch(relationships=batch.relationships))
            rewrite_seconds = time.perf_counter() - started
            written = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)").rows[0][0]

    assert copied == written == N_RELS, (copied, written)
    assert again.relationships_created == again.relationships_updated == 0
    return {
        "relationships": N_RELS,
        "copy_rels_per_s": round(N_RELS / copy_seconds),
        "write_rels_per_s": round(N_RELS / write_seconds),
        "write_over_copy_time_ratio": round(write_seconds / copy_seconds, 2),
        "target_ratio": 5.0,
        "rewrite_over_first_write_ratio": round(rewrite_seconds / write_seconds, 3),
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
