"""Dashboard page data on a large synthetic graph, as ratios to one aggregate scan over every investment.

The graph (``BENCH_DASH_ORGS`` organisations, ``BENCH_DASH_RELS`` facts,
hub-heavy like real news coverage, and one recorded ingest run that wrote
the newest 1% of the articles) is bulk-loaded — with LadybugDB's ``COPY``,
and on Neo4j (when ``NEO4J_URI`` is set; the database is wiped) with batched
``UNWIND ... CREATE`` — and then read exactly as the dashboard reads it: a
read-only ``Graph`` and the ``dashboard.pagedata`` function behind each page.  Each
page's time is the median of a few runs, divided by the median of
``MATCH ()-[r:INVESTED_IN]->() RETURN count(r), sum(r.amount_usd)`` on the
same store in the same run (issue 11's unit), so the numbers compare across
machines.  Targets: overview, flows, profile, articles and what's new within
10 scans; the network views within 50.
"""
from __future__ import annotations

import csv
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from aigraph.dashboard.whats_new import whats_new
from aigraph.core import money
from aigraph.dashboard import pagedata
from aigraph.graph import aggregates, org_links, reads
from aigraph.graph.api import Graph, open_graph
from aigraph.core.vocabulary import ORGANIZATION_SUBTYPES, EntityType, entity_id, normalize_name
from aigraph.graph.schema import AGGREGATE_LINKS, FACT_PROPERTIES, NODE_PROPERTIES
from aigraph.graph.stores import GraphStore, open_store
from bench import wipe_neo4j
from aigraph.graph.stores.ladybug_store import LadybugStore

N_ORGS = int(os.environ.get("BENCH_DASH_ORGS", 5_000))
RUN_SHARE = 0.01  # the newest articles, written by the one recorded ingest run
TARGETS = {"overview": 10, "flows": 10, "profile": 10, "articles": 10, "whats_new": 10, "network": 50, "network_ego_2_hops": 50}
N_RELS = int(os.environ.get("BENCH_DASH_RELS", 100_000))
REPEATS = int(os.environ.get("BENCH_DASH_REPEATS", 5))

ORG_TYPE_WEIGHTS = {"Company": 60, "BusinessGroup": 5, "ResearchLab": 10, "University": 8, "GovernmentAgency": 5,
                    "Investor": 10, "Organization": 2}
REL_TYPE_WEIGHTS = {"INVESTED_IN": 30, "PARTNERS_WITH": 35, "PARTICIPATES_IN": 10, "AFFILIATE_OF": 8, "PART_OF": 5,
                    "ESTABLISHED": 7, "ACQUIRED": 5}
FACTS_PER_ARTICLE = 10
BULK = 5000
assert set(ORG_TYPE_WEIGHTS) == {*ORGANIZATION_SUBTYPES, "Organization"}


def _list(values: list[str]) -> str:
    """A STRING[] cell for COPY (the synthetic values hold no commas or brackets)."""
    return "[" + ",".join(values) + "]"


# Python's csv module doubles a quote inside a quoted cell; LadybugDB's reader escapes with a backslash unless told.
CSV_OPTIONS = "header=true, quote='\"', escape='\"'"


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@dataclass
class Synthetic:
    """A synthetic graph as rows: organisations, articles, facts by type and the one ingest run."""

    orgs: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    facts: dict[str, list[dict[str, Any]]]
    run: dict[str, Any]

    def summary(self) -> dict[str, int]:
        return {"organisations": len(self.orgs), "relationships": sum(len(r) for r in self.facts.values()),
                "articles": len(self.articles)}


def synthetic_graph(n_orgs: int = N_ORGS, n_rels: int = N_RELS, seed: int = 11) -> Synthetic:
    """Endpoints drawn with Zipf-like weights so a few organisations are hubs; facts carry dates 2015–2024,
    amounts in KRW (and some in USD, with their conversion), and evidence JSON pointing at real articles.
    The newest ``RUN_SHARE`` of the articles were written by one recorded ingest run."""
    rng = random.Random(seed)
    types = rng.choices(list(ORG_TYPE_WEIGHTS), weights=list(ORG_TYPE_WEIGHTS.values()), k=n_orgs)
    names = [f"기관{i:05d}" for i in range(n_orgs)]
    ids = [entity_id(EntityType.COMPANY, n) for n in names]
    orgs = [{"id": i, "name": n, "aliases": [f"Org{k:05d}"], "name_key": normalize_name(n), "type": t}
            for k, (i, n, t) in enumerate(zip(ids, names, types))]
    n_articles = max(1, n_rels // FACTS_PER_ARTICLE)
    published = [date(2015, 1, 1) + timedelta(days=rng.randrange(3650)) for _ in range(n_articles)]
    run_start, run_end = datetime(2025, 1, 8, 11), datetime(2025, 1, 8, 13)
    in_run = max(1, int(n_articles * RUN_SHARE))
    articles = [{"id": f"art{k:06d}", "title": f"합성 기사 {k}", "url": f"https://example.org/{k}", "path": "",
                 "published": d, "publisher": "벤치마크", "language": "ko",
                 "ingested_at": datetime(2025, 1, 8, 12) if k >= n_articles - in_run else datetime(2025, 1, 1)}
                for k, d in enumerate(published)]
    cumulative = list(itertools.accumulate(1 / (k + 1) ** 0.8 for k in range(n_orgs)))  # summed once, not per draw
    rel_types = rng.choices(list(REL_TYPE_WEIGHTS), weights=list(REL_TYPE_WEIGHTS.values()), k=n_rels)
    facts: dict[str, list[dict[str, Any]]] = {t: [] for t in REL_TYPE_WEIGHTS}
    for k, rel_type in enumerate(rel_types):
        a, b = rng.choices(range(n_orgs), cum_weights=cumulative, k=2)
        if a == b:
            b = (a + 1 + rng.randrange(n_orgs - 1)) % n_orgs
        article = articles[k // FACTS_PER_ARTICLE]
        text = f"{names[a]}이 {names[b]}와 관련해 발표했다 ({rel_type} {k})"
        values: dict[str, Any] = {
            "s": ids[a], "t": ids[b], "id": f"rel:{k:07d}", "articles": [article["id"]], "sentences": [text],
            "evidence": json.dumps([{"article_id": article["id"], "text": text, "start": 0, "end": len(text),
                                     "confidence": 0.8, "extractor_version": "bench"}], ensure_ascii=False),
            "confidence": 0.8, "extractor_version": "bench", "date": article["published"],
        }
        if rel_type == "INVESTED_IN":
            krw = round(10 ** rng.uniform(8, 11.7), -7)
            usd = money.to_usd(krw, "KRW", article["published"].year)
            in_usd = rng.random() < 0.2
            values.update(amount=round(usd, -5) if in_usd else krw, currency="USD" if in_usd else "KRW",
                          amount_usd=round(usd, 2), period_years=float(rng.choice([1, 2, 3, 5])))
        facts[rel_type].append(values)
    run = {"id": "bench-run", "started_at": run_start, "finished_at": run_end, "status": "succeeded", "counts": "{}"}
    return Synthetic(orgs, articles, facts, run)


def _cell(value: Any) -> Any:
    """A COPY cell: lists as ``[a,b]`` (the synthetic values hold no commas or brackets), dates as ISO text."""
    if isinstance(value, list):
        return _list(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return "" if value is None else value


def _record_run(store: GraphStore, run: dict[str, Any]) -> None:
    p = store.dialect.param
    store.execute_write(
        f"CREATE (r:IngestRun {{id: $id}}) SET r.started_at = {p('$started', 'TIMESTAMP')}, "
        f"r.finished_at = {p('$finished', 'TIMESTAMP')}, r.status = $status, r.counts = $counts",
        {"id": run["id"], "started": run["started_at"], "finished": run["finished_at"], "status": run["status"],
         "counts": run["counts"]},
    )


def build_synthetic_store(path: Path, n_orgs: int = N_ORGS, n_rels: int = N_RELS, seed: int = 11) -> dict[str, Any]:
    """Write the synthetic graph to a new LadybugDB file at ``path`` with ``COPY``; returns what was written."""
    graph = synthetic_graph(n_orgs, n_rels, seed)
    folder = path.parent
    org_columns, article_columns, fact_columns = list(NODE_PROPERTIES["Organization"]), list(NODE_PROPERTIES["Article"]), list(FACT_PROPERTIES)
    orgs_csv = _write_csv(folder / "orgs.csv", org_columns, [[_cell(o.get(c)) for c in org_columns] for o in graph.orgs])
    articles_csv = _write_csv(folder / "articles.csv", article_columns, [[_cell(a.get(c)) for c in article_columns] for a in graph.articles])
    with LadybugStore(path) as store:
        store.execute_write(f"COPY Organization FROM '{orgs_csv}' ({CSV_OPTIONS})")
        store.execute_write(f"COPY Article FROM '{articles_csv}' ({CSV_OPTIONS})")
        for rel_type, rel_rows in graph.facts.items():
            rows = [[r["s"], r["t"], *[_cell(r.get(c)) for c in fact_columns]] for r in rel_rows]
            rel_csv = _write_csv(folder / f"{rel_type}.csv", ["from", "to", *fact_columns], rows)
            store.execute_write(f"COPY {rel_type} FROM '{rel_csv}' ({CSV_OPTIONS}, from='Organization', to='Organization')")
        _record_run(store, graph.run)
        computed = aggregates.computed(store)  # a bulk load bypasses the write path
        for label, rows in sorted(computed.items(), key=lambda item: item[0] in AGGREGATE_LINKS):  # links last
            columns = list(aggregates.columns(label))
            if label in AGGREGATE_LINKS:  # a relationship table: its ends' ids first, no key of its own
                columns = ["source", "target", *AGGREGATE_LINKS[label]]
            table = _write_csv(folder / f"{label}.csv", columns, [[_cell(r[c]) for c in columns] for r in rows])
            store.execute_write(f"COPY {label} FROM '{table}' ({CSV_OPTIONS})")
        aggregates.mark_current(store)
        differing = check_sample(store, graph)
    return {**graph.summary(), "sample_rows_differing": differing}


def build_synthetic_neo4j(store: GraphStore, n_orgs: int = N_ORGS, n_rels: int = N_RELS, seed: int = 11) -> dict[str, Any]:
    """Wipe the Neo4j database behind ``store`` and write the synthetic graph with batched ``UNWIND ... CREATE``;
    returns what was written and how long each step took (facts, computing the aggregates, writing them).

    A fact's properties travel as one map (``SET x = r.p``): setting the whole row and removing the endpoint
    ids again wrote two properties per fact twice."""
    graph = synthetic_graph(n_orgs, n_rels, seed)
    wipe_neo4j(store)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    for start in range(0, len(graph.orgs), BULK):
        store.execute_write("UNWIND $rows AS r CREATE (n:Organization) SET n = r", {"rows": graph.orgs[start:start + BULK]})
    for start in range(0, len(graph.articles), BULK):
        store.execute_write("UNWIND $rows AS r CREATE (n:Article) SET n = r", {"rows": graph.articles[start:start + BULK]})
    for rel_type, rel_rows in graph.facts.items():
        for start in range(0, len(rel_rows), BULK):
            rows = [{"s": r["s"], "t": r["t"], "p": {k: v for k, v in r.items() if k not in ("s", "t")}}
                    for r in rel_rows[start:start + BULK]]
            store.execute_write(
                f"UNWIND $rows AS r MATCH (a:Organization {{id: r.s}}) MATCH (b:Organization {{id: r.t}}) "
                f"CREATE (a)-[x:{rel_type}]->(b) SET x = r.p",
                {"rows": rows},
            )
        print(f"neo4j: {len(rel_rows)} {rel_type} facts written", file=sys.stderr, flush=True)
    _record_run(store, graph.run)
    seconds["facts"] = time.perf_counter() - started
    started = time.perf_counter()
    computed = aggregates.computed(store)
    seconds["aggregates_computed"] = time.perf_counter() - started
    print(f"neo4j: aggregates computed in {seconds['aggregates_computed']:.0f} s", file=sys.stderr, flush=True)
    started = time.perf_counter()
    for label, rows in computed.items():
        if label in (org_links.NODE, *AGGREGATE_LINKS):
            continue
        for start in range(0, len(rows), BULK):
            store.execute_write(f"UNWIND $rows AS r CREATE (n:{label}) SET n = r", {"rows": rows[start:start + BULK]})
    org_links.replace(store, None, [], {rel: computed[rel] for rel in AGGREGATE_LINKS})  # with their OrgNodes
    aggregates.mark_current(store)
    seconds["aggregates_written"] = time.perf_counter() - started
    differing = check_sample(store, graph)
    return {**graph.summary(), "sample_rows_differing": differing,
            "build_step_seconds": {k: round(v, 1) for k, v in seconds.items()}}


def check_sample(store: GraphStore, graph: Synthetic, size: int = 12) -> dict[str, int]:
    """How many bulk-loaded aggregate rows, per label, differ from what the write path's ``aggregates.refresh``
    recomputes for a sample of organisations (the largest hubs and random ones) and articles (empty: none).

    Reported, not raised, so the pages are still measured; the sample's rows are left as ``refresh`` wrote them.
    """
    rng = random.Random(5)
    orgs = [o["id"] for o in graph.orgs[:3]] + [o["id"] for o in rng.sample(graph.orgs, size)]
    articles = [a["id"] for a in rng.sample(graph.articles, size)]
    loaded = aggregates.stored(store)
    with store.transaction():
        aggregates.refresh(store, orgs, articles)
    recomputed = aggregates.stored(store)
    differing = {}
    for label, frame in loaded.items():
        merged = frame.merge(recomputed[label], how="outer", indicator=True)
        if (merged["_merge"] != "both").any():
            differing[label] = int((merged["_merge"] == "right_only").sum())
    if differing:
        print(f"bulk-loaded aggregate rows differing from aggregates.refresh: {differing}", file=sys.stderr, flush=True)
    return differing


def _median_seconds(work: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def page_workloads(graph: Graph) -> dict[str, Callable[[], Any]]:
    """What each page computes on first load (before its cache is warm), with its default settings."""
    top_org = pagedata.organisation_index(graph)["name"].iloc[0]
    first_article = pagedata.article_list(graph)["id"].iloc[0]

    def flows() -> None:
        filters = pagedata.InvestmentFilters()
        span = pagedata.investment_span(graph)
        pagedata.investment_table(graph, filters)
        pagedata.flow_charts(graph, filters, "Y", sums=span["sums"])  # as the page: the span's sums

    def whats_new_page() -> None:
        data = pagedata.whats_new_data(graph)
        whats_new(data["runs"], data["facts"])

    return {
        "overview": lambda: pagedata.overview(graph),
        "flows": flows,
        "network": lambda: pagedata.network_data(graph),
        "network_ego_2_hops": lambda: pagedata.network_data(graph, centre=top_org, radius=2),
        "profile": lambda: (pagedata.organisation_index(graph), pagedata.organisation_profile(graph, top_org)),
        "articles": lambda: (pagedata.article_list(graph), pagedata.article_facts(graph, first_article)),
        "whats_new": whats_new_page,
        "console": lambda: pagedata.run_query(graph, reads.EXAMPLE_QUERIES["largest_investments"]),
        "ingest_state": lambda: pagedata.ingest_state(graph),
    }


def measure(graph: Graph) -> dict[str, Any]:
    """Every page's first-load time over the aggregate scan's, measured on ``graph`` in this run.

    Scan and page are timed in turns (the scan as the median of 5, right before
    each page load) and each page load is divided by the scan just before it;
    a page's ratio is the median of ``REPEATS`` such pairs, so a burst of load
    from other processes on a shared machine hits one pair, not the result.
    """
    investments = pagedata.baseline(graph)
    scans: dict[str, list[float]] = {}
    pages: dict[str, list[float]] = {}
    for name, work in page_workloads(graph).items():
        for _ in range(REPEATS):
            scans.setdefault(name, []).append(_median_seconds(lambda: pagedata.baseline(graph), 5))
            pages.setdefault(name, []).append(_median_seconds(work, 1))
    ratios = {k: round(statistics.median(p / s for p, s in zip(pages[k], scans[k])), 1) for k in pages}
    return {
        "investments_scanned": investments,
        "baseline_scan_seconds": round(statistics.median(t for v in scans.values() for t in v), 5),
        "page_seconds": {k: round(statistics.median(v), 3) for k, v in pages.items()},
        "page_over_scan_ratio": ratios,
        "over_target": {k: f"{ratios[k]} > {limit}" for k, limit in TARGETS.items() if ratios[k] > limit},
    }


def main() -> dict:
    """Both backends (``BENCH_DASH_BACKENDS``, default ``ladybug,neo4j``; Neo4j only with ``NEO4J_URI``).

    ``BENCH_DASH_STORE`` keeps (or reuses) the LadybugDB file; ``BENCH_DASH_REUSE=1`` measures a Neo4j
    database an earlier run built with the same number of facts again instead of wiping it.
    """
    results: dict[str, Any] = {}
    backends = os.environ.get("BENCH_DASH_BACKENDS", "ladybug,neo4j").split(",")
    if "ladybug" in backends:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(os.environ.get("BENCH_DASH_STORE") or Path(tmp) / "synthetic.lbug")
            if path.exists():  # built by an earlier run with the same sizes: measure it again
                written, build_seconds = {"reused": str(path)}, 0.0
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                started = time.perf_counter()
                written = build_synthetic_store(path)
                build_seconds = time.perf_counter() - started
            print(f"ladybug: {written} built in {build_seconds:.0f} s", file=sys.stderr, flush=True)
            with open_graph(str(path)) as graph:
                results["ladybug"] = {**written, "build_seconds_copy": round(build_seconds, 2), **measure(graph)}
    if "neo4j" in backends and os.environ.get("NEO4J_URI"):
        with open_store(os.environ["NEO4J_URI"]) as store:
            started = time.perf_counter()
            facts = sum(store.stats()["relationships"].get(t, 0) for t in REL_TYPE_WEIGHTS)  # not the stored links
            if os.environ.get("BENCH_DASH_REUSE") == "1" and facts == N_RELS and aggregates.is_current(store):
                written = {"reused": os.environ["NEO4J_URI"]}  # built by an earlier run with the same sizes
            else:
                written = build_synthetic_neo4j(store)
            build_seconds = time.perf_counter() - started
            print(f"neo4j: {written} built in {build_seconds:.0f} s", file=sys.stderr, flush=True)
            with open_graph(store) as graph:
                results["neo4j"] = {**written, "build_seconds_unwind": round(build_seconds, 2), **measure(graph)}
    return results


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
