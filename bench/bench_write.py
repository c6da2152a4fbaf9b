"""Write path vs a bulk load of the same 100k relationships in the same run, on each backend.

LadybugDB's baseline is its own ``COPY``; Neo4j's (when ``NEO4J_URI`` is set) is a plain
``UNWIND … CREATE`` in batches of 10k, the fastest load plain Cypher offers.

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
import statistics
import tempfile
import time
from pathlib import Path

from bench import wipe_neo4j
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Evidence, GraphBatch, Node, Relationship
from aigraph.graph.schema import FACT_PROPERTIES
from aigraph.graph.stores import open_store
from aigraph.graph.stores.ladybug_store import LadybugStore

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


COPY_RUNS = 3  # the baseline is short: its median over a few fresh files steadies the ratio on a busy machine


def _ladybug(batch: GraphBatch, folder: Path) -> dict:
    """Our write path against LadybugDB's ``COPY`` of the same rows into a fresh file (median of ``COPY_RUNS``)."""
    nodes_only = GraphBatch(nodes=batch.nodes)
    csv_path = _copy_csv(batch, folder)
    timings = []
    for run in range(COPY_RUNS):
        with LadybugStore(folder / f"copy{run}.lbug") as store:
            store.write(nodes_only)
            started = time.perf_counter()
            store._run(f"COPY INVESTED_IN FROM '{csv_path}' (header=true, from='Organization', to='Organization')", write=True)
            timings.append(time.perf_counter() - started)
            copied = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)").rows[0][0]
    copy_seconds = statistics.median(timings)
    with LadybugStore(folder / "merge.lbug") as store:
        store.write(nodes_only)
        return _measure(store, batch, copy_seconds, copied, baseline="copy")


def _neo4j(batch: GraphBatch, uri: str) -> dict:
    """Our write path against a plain ``UNWIND … CREATE`` bulk load of the same rows (Neo4j has no COPY).

    The database must be empty: the benchmark deletes everything it wrote afterwards.
    """
    store = open_store(uri)
    try:
        if store.query("MATCH (n) WHERE NOT n:Meta RETURN count(n)").rows[0][0]:
            raise RuntimeError(f"Neo4j at {uri} is not empty; the write benchmark needs an empty database")
        store.write(GraphBatch(nodes=batch.nodes))
        rows = [{"s": r.source_id, "t": r.target_id, "id": r.id, "evidence": r.evidence_json(), **r.properties}
                for r in batch.relationships]
        started = time.perf_counter()
        for start in range(0, len(rows), 10_000):
            store.execute_write(
                "UNWIND $rows AS r MATCH (a:Organization {id: r.s}) MATCH (b:Organization {id: r.t}) "
                "CREATE (a)-[:INVESTED_IN {id: r.id, evidence: r.evidence, amount: r.amount, currency: r.currency, "
                "period_years: r.period_years}]->(b)",
                {"rows": rows[start:start + 10_000]},
            )
        bulk_seconds = time.perf_counter() - started
        copied = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)").rows[0][0]
        wipe_neo4j(store)
        store.write(GraphBatch(nodes=batch.nodes))
        return _measure(store, batch, bulk_seconds, copied, baseline="unwind_create")
    finally:
        wipe_neo4j(store)
        store.close()


def _measure(store, batch: GraphBatch, baseline_seconds: float, baseline_count: int, *, baseline: str) -> dict:
    """Time the idempotent write of ``batch``'s facts, then the same batch again (pure no-op detection)."""
    facts = GraphBatch(relationships=batch.relationships)
    started = time.perf_counter()
    store.write(facts)
    write_seconds = time.perf_counter() - started
    started = time.perf_counter()
    again = store.write(facts)
    rewrite_seconds = time.perf_counter() - started
    written = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)").rows[0][0]
    assert baseline_count == written == len(batch.relationships), (baseline_count, written)
    assert again.relationships_created == again.relationships_updated == 0
    return {
        f"{baseline}_rels_per_s": round(written / baseline_seconds),
        "write_rels_per_s": round(written / write_seconds),
        f"write_over_{baseline}_time_ratio": round(write_seconds / baseline_seconds, 2),
        "rewrite_over_first_write_ratio": round(rewrite_seconds / write_seconds, 3),
    }


def main() -> dict:
    batch = synthetic_batch(N_ORGS, N_RELS)
    result: dict = {"relationships": N_RELS, "target_ratio": 5.0}
    with tempfile.TemporaryDirectory() as tmp:
        result["ladybug"] = _ladybug(batch, Path(tmp))
    uri = os.environ.get("NEO4J_URI")
    result["neo4j"] = _neo4j(batch, uri) if uri else "skipped: NEO4J_URI is not set"
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
