"""Ingest bookkeeping behind named operations: finish markers, same-story links, runs, lookups.

The ingest job decides *what* to record; this module owns *how* it is stored,
so ``ingest/`` never passes Cypher text to a store and never sees a dialect.
The protocol these operations serve (see ``ingest/runner.py``): an article's
SimHash is written last and marks it finished; clearing it first marks it
unfinished, so a run killed while rewriting an article redoes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from aigraph.core.vocabulary import RelationType
from aigraph.graph.stores.base import GraphStore

ENTITY_LABELS = ("Organization", "Person", "Technology")


# -- articles and same-story links ----------------------------------------------------------------


def finished_simhashes(store: GraphStore) -> list[tuple[str, str]]:
    """``(article id, SimHash)`` of every finished article."""
    return [(i, h) for i, h in store.query("MATCH (a:Article) WHERE a.simhash <> '' RETURN a.id, a.simhash").rows]


def same_story_links(store: GraphStore) -> list[tuple[str, str]]:
    """``(copy id, original id)`` of every stored same-story link."""
    return [(a, b) for a, b in store.query("MATCH (a:Article)-[:SAME_STORY]->(b:Article) RETURN a.id, b.id").rows]


def article_text(store: GraphStore, article_id: str) -> str:
    """The stored text of one article ('' when unknown or not kept)."""
    rows = store.query("MATCH (a:Article) WHERE a.id = $id RETURN a.text", {"id": article_id}).rows
    return (rows[0][0] or "") if rows else ""


def mark_unfinished(store: GraphStore, article_id: str) -> None:
    """Clear an article's finish marker and its same-story link before it is rewritten."""
    store.execute_write("MATCH (a:Article) WHERE a.id = $id SET a.simhash = ''", {"id": article_id})
    store.execute_write("MATCH (a:Article)-[l:SAME_STORY]->() WHERE a.id = $id DELETE l", {"id": article_id})


def link_same_story(store: GraphStore, links: Sequence[tuple[str, str, float]]) -> None:
    """Store ``(copy id, original id, similarity)`` links."""
    if links:
        store.execute_write(
            "UNWIND $rows AS r MATCH (a:Article) WHERE a.id = r.a MATCH (b:Article) WHERE b.id = r.b "
            "MERGE (a)-[l:SAME_STORY]->(b) SET l.similarity = r.s",
            {"rows": [{"a": a, "b": b, "s": s} for a, b, s in links]},
        )


def mark_finished(store: GraphStore, simhashes: Iterable[tuple[str, str]]) -> None:
    """Write each article's SimHash, the marker that its facts are all written."""
    rows = [{"id": i, "simhash": h} for i, h in simhashes]
    if rows:
        store.execute_write(
            "UNWIND $rows AS r MATCH (a:Article) WHERE a.id = r.id SET a.simhash = r.simhash", {"rows": rows}
        )


def supported_ids(store: GraphStore, article_id: str) -> set[str]:
    """Ids of the entities an article mentions and the facts it supports."""
    ids = {
        row[0]
        for row in store.query(
            "MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id = $id RETURN e.id", {"id": article_id}
        ).rows
    }
    for rel in RelationType:
        ids |= {
            row[0]
            for row in store.query(
                f"MATCH ()-[x:{rel.value}]->() WHERE $id IN x.articles RETURN x.id", {"id": article_id}
            ).rows
        }
    return ids


# -- entities ---------------------------------------------------------------------------------------


def entity_names(store: GraphStore) -> list[tuple[str, str, str, list[str]]]:
    """``(label, name, type, aliases)`` of every entity; people and technologies are typed by label."""
    rows: list[tuple[str, str, str, list[str]]] = []
    for label in ENTITY_LABELS:
        type_expr = "n.type" if label == "Organization" else f"'{label}'"
        for name, etype, aliases in store.query(f"MATCH (n:{label}) RETURN n.name, {type_expr}, n.aliases").rows:
            rows.append((label, name, etype, list(aliases or [])))
    return rows


# -- what a run created, for its report ---------------------------------------------------------------


def _by_ids(store: GraphStore, match_return: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Rows for ``ids`` in their given order, without null columns (``i`` is the id in ``match_return``)."""
    if not ids:
        return []
    found = {r["id"]: r for r in store.query(f"UNWIND $ids AS i {match_return}", {"ids": list(ids)}).records()}
    return [{k: v for k, v in found[i].items() if v is not None} for i in dict.fromkeys(ids) if i in found]


def articles_by_id(store: GraphStore, ids: Sequence[str]) -> list[dict[str, Any]]:
    return _by_ids(
        store,
        "MATCH (a:Article) WHERE a.id = i RETURN a.id AS id, a.title AS title, a.url AS url, "
        "a.published AS published, a.publisher AS publisher",
        ids,
    )


def organizations_by_id(store: GraphStore, ids: Sequence[str]) -> list[dict[str, Any]]:
    return _by_ids(
        store, "MATCH (n:Organization) WHERE n.id = i RETURN n.id AS id, n.name AS name, n.type AS type", ids
    )


def facts_by_id(store: GraphStore, rel_type: RelationType, ids: Sequence[str]) -> list[dict[str, Any]]:
    return _by_ids(
        store,
        f"MATCH (a)-[x:{rel_type.value}]->(b) WHERE x.id = i RETURN x.id AS id, a.name AS source, "
        "b.name AS target, x.amount AS amount, x.currency AS currency, x.date AS date, x.articles AS articles",
        ids,
    )


# -- the IngestRun node ---------------------------------------------------------------------------------


def open_run(
    store: GraphStore, run_id: str, started: datetime, sources: list[str], version: str, share_suffix: str
) -> None:
    """Mark runs of the same input share that a kill left ``running`` as interrupted, then open this one.

    A partition's run ids end in ``share_suffix`` (``-pKofN``); unpartitioned ids never contain
    ``-p``.  Only the caller's share is touched: other shares' runs may be live on other hosts.
    """
    same_share = "r.id ENDS WITH $suffix" if share_suffix else "NOT r.id CONTAINS '-p'"
    store.execute_write(
        f"MATCH (r:IngestRun) WHERE r.status = 'running' AND {same_share} SET r.status = 'interrupted'",
        {"suffix": share_suffix},
    )
    p = store.dialect.param
    store.execute_write(
        f"MERGE (r:IngestRun {{id: $id}}) SET r.started_at = {p('$started', 'TIMESTAMP')}, r.status = 'running', "
        f"r.sources = {p('$sources', 'STRING[]')}, r.errors = {p('$errors', 'STRING[]')}, r.counts = '{{}}', "
        "r.extractor_version = $version",
        {"id": run_id, "started": _naive(started), "sources": sources, "errors": [], "version": version},
    )


def close_run(
    store: GraphStore, run_id: str, finished: datetime, status: str, errors: list[str], counts: str | None = None
) -> None:
    """Record a run's outcome; ``counts`` (JSON) is left as it was when not given."""
    p = store.dialect.param
    set_counts = ", r.counts = $counts" if counts is not None else ""
    store.execute_write(
        f"MATCH (r:IngestRun) WHERE r.id = $id SET r.finished_at = {p('$finished', 'TIMESTAMP')}, "
        f"r.status = $status, r.errors = {p('$errors', 'STRING[]')}{set_counts}",
        {"id": run_id, "finished": _naive(finished), "status": status, "errors": errors, "counts": counts},
    )


def _naive(moment: datetime) -> datetime:
    """Stores keep run times as UTC without a zone (LadybugDB's TIMESTAMP has none)."""
    return moment.replace(tzinfo=None)
