"""Dashboard page data on a large synthetic graph, as ratios to ``MATCH (n) RETURN count(n)``.

The graph (``BENCH_DASH_ORGS`` organisations, ``BENCH_DASH_RELS`` facts,
hub-heavy like real news coverage) is bulk-loaded with LadybugDB's ``COPY``
and then read exactly as the dashboard reads it: a read-only ``Graph`` and
the ``graph.views`` function behind each page.  Each page's time is the
median of a few runs, divided by the median of the plain count query on the
same store in the same run, so the numbers compare across machines.
"""
from __future__ import annotations

import csv
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from graph import money, views
from graph.api import Graph, open_graph
from graph.model import ORGANIZATION_SUBTYPES, EntityType, entity_id, normalize_name
from graph.schema import FACT_PROPERTIES, NODE_PROPERTIES
from graph.stores.ladybug_store import LadybugStore

N_ORGS = int(os.environ.get("BENCH_DASH_ORGS", 5_000))
N_RELS = int(os.environ.get("BENCH_DASH_RELS", 100_000))
REPEATS = int(os.environ.get("BENCH_DASH_REPEATS", 3))

ORG_TYPE_WEIGHTS = {"Company": 60, "BusinessGroup": 5, "ResearchLab": 10, "University": 8, "GovernmentAgency": 5,
                    "Investor": 10, "Organization": 2}
REL_TYPE_WEIGHTS = {"INVESTED_IN": 30, "PARTNERS_WITH": 35, "PARTICIPATES_IN": 10, "AFFILIATE_OF": 8, "PART_OF": 5,
                    "ESTABLISHED": 7, "ACQUIRED": 5}
FACTS_PER_ARTICLE = 10
assert set(ORG_TYPE_WEIGHTS) == {*ORGANIZATION_SUBTYPES, "Organization"}


def _list(values: list[str]) -> str:
    """A STRING[] cell for COPY (the synthetic values hold no commas or brackets)."""
    return "[" + ",".join(values) + "]"


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def build_synthetic_store(path: Path, n_orgs: int = N_ORGS, n_rels: int = N_RELS, seed: int = 11) -> dict[str, int]:
    """Write a synthetic graph to a new LadybugDB file at ``path`` with ``COPY``; returns what was written.

    Endpoints are drawn with Zipf-like weights so a few organisations are
    hubs; facts carry dates 2015–2024, amounts in KRW (and some in USD with
    their conversion), and evidence JSON pointing at real Article nodes.
    """
    rng = random.Random(seed)
    folder = path.parent
    types = rng.choices(list(ORG_TYPE_WEIGHTS), weights=list(ORG_TYPE_WEIGHTS.values()), k=n_orgs)
    names = [f"기관{i:05d}" for i in range(n_orgs)]
    ids = [entity_id(EntityType.COMPANY, n) for n in names]
    org_columns = list(NODE_PROPERTIES["Organization"])
    org_values = [{"id": i, "name": n, "aliases": _list([f"Org{k:05d}"]), "name_key": normalize_name(n), "type": t}
                  for k, (i, n, t) in enumerate(zip(ids, names, types))]
    orgs_csv = _write_csv(folder / "orgs.csv", org_columns, [[v[c] for c in org_columns] for v in org_values])

    n_articles = max(1, n_rels // FACTS_PER_ARTICLE)
    start = date(2015, 1, 1)
    published = [start + timedelta(days=rng.randrange(3650)) for _ in range(n_articles)]
    article_columns = list(NODE_PROPERTIES["Article"])
    ingested = datetime(2025, 1, 1).isoformat(sep=" ")
    article_values = [{"id": f"art{k:06d}", "title": f"합성 기사 {k}", "url": f"https://example.org/{k}", "path": "",
                       "published": d.isoformat(), "publisher": "벤치마크", "language": "ko", "ingested_at": ingested}
                      for k, d in enumerate(published)]
    articles_csv = _write_csv(folder / "articles.csv", article_columns,
                              [[v.get(c, "") for c in article_columns] for v in article_values])

    weights = [1 / (k + 1) ** 0.8 for k in range(n_orgs)]
    rel_types = rng.choices(list(REL_TYPE_WEIGHTS), weights=list(REL_TYPE_WEIGHTS.values()), k=n_rels)
    fact_columns = list(FACT_PROPERTIES)
    rows: dict[str, list[list[Any]]] = {t: [] for t in REL_TYPE_WEIGHTS}
    for k, rel_type in enumerate(rel_types):
        a, b = rng.choices(range(n_orgs), weights=weights, k=2)
        if a == b:
            b = (a + 1 + rng.randrange(n_orgs - 1)) % n_orgs
        article = k // FACTS_PER_ARTICLE
        text = f"{names[a]}이 {names[b]}와 관련해 발표했다 ({rel_type} {k})"
        values: dict[str, Any] = {
            "id": f"rel:{k:07d}", "articles": _list([article_values[article]["id"]]), "sentences": _list([text]),
            "evidence": json.dumps([{"article_id": article_values[article]["id"], "text": text, "start": 0, "end": len(text),
                                     "confidence": 0.8, "extractor_version": "bench"}], ensure_ascii=False),
            "confidence": 0.8, "extractor_version": "bench", "date": published[article].isoformat(),
        }
        if rel_type == "INVESTED_IN":
            krw = round(10 ** rng.uniform(8, 11.7), -7)
            usd = money.to_usd(krw, "KRW", published[article].year)
            in_usd = rng.random() < 0.2
            values.update(amount=round(usd, -5) if in_usd else krw, currency="USD" if in_usd else "KRW",
                          amount_usd=round(usd, 2), period_years=float(rng.choice([1, 2, 3, 5])))
        rows[rel_type].append([ids[a], ids[b], *[values.get(c, "") for c in fact_columns]])

    with LadybugStore(path) as store:
        store.execute_write(f"COPY Organization FROM '{orgs_csv}' (header=true)")
        store.execute_write(f"COPY Article FROM '{articles_csv}' (header=true)")
        for rel_type, rel_rows in rows.items():
            rel_csv = _write_csv(folder / f"{rel_type}.csv", ["from", "to", *fact_columns], rel_rows)
            store.execute_write(f"COPY {rel_type} FROM '{rel_csv}' (header=true, from='Organization', to='Organization')")
    return {"organisations": n_orgs, "relationships": n_rels, "articles": n_articles}


def _median_seconds(work: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def page_workloads(graph: Graph) -> dict[str, Callable[[], Any]]:
    """What each page computes on first load (before its cache is warm), with its default settings."""
    top_org = views.organisation_index(graph)["name"].iloc[0]
    first_article = views.article_list(graph)["id"].iloc[0]

    def flows() -> None:
        table = views.investment_table(graph, views.InvestmentFilters())
        views.sankey_data(table, "KRW")
        views.timeline_data(table, "KRW", "Y")

    return {
        "overview": lambda: views.overview(graph),
        "flows": flows,
        "network": lambda: views.network_data(graph),
        "network_ego_2_hops": lambda: views.network_data(graph, centre=top_org, radius=2),
        "profile": lambda: (views.organisation_index(graph), views.organisation_profile(graph, top_org)),
        "articles": lambda: (views.article_list(graph), views.article_facts(graph, first_article)),
        "console": lambda: views.run_query(graph, views.EXAMPLE_QUERIES["largest_investments"]),
        "ingest_state": lambda: views.ingest_state(graph),
    }


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.lbug"
        started = time.perf_counter()
        written = build_synthetic_store(path)
        build_seconds = time.perf_counter() - started
        with open_graph(str(path)) as graph:
            nodes = views.baseline(graph)
            baseline = _median_seconds(lambda: views.baseline(graph), 21)
            pages = {name: _median_seconds(work, REPEATS) for name, work in page_workloads(graph).items()}
    return {
        **written,
        "nodes_counted": nodes,
        "build_seconds_copy": round(build_seconds, 2),
        "baseline_count_seconds": round(baseline, 5),
        "page_seconds": {k: round(v, 3) for k, v in pages.items()},
        "page_over_count_ratio": {k: round(v / baseline, 1) for k, v in pages.items()},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
