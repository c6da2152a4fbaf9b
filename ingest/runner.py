"""Ingest: documents in, facts written, a report of what changed.

The runner owns the order of work — skip what is unchanged, extract (in
parallel if asked), retract an edited article's old facts, write in
batches — and never lets one bad document stop the rest.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pydantic import BaseModel, Field

from graph.model import GraphBatch
from graph.stores import GraphStore, WriteSummary
from ingest.contract import Document, ExtractionResult
from ingest.sources import SourceFailure
from ingest.to_graph import content_hash, to_graph

log = logging.getLogger("aigraph.ingest")

COMMIT_EVERY = 25


class IngestReport(BaseModel):
    """Counts and one line per failure; what the CLI prints and the weekly job records."""

    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    failures: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    new_article_ids: list[str] = Field(default_factory=list)
    created_node_ids: list[str] = Field(default_factory=list)
    created_relationship_ids: list[str] = Field(default_factory=list)

    @property
    def articles_processed(self) -> int:
        return self.articles_new + self.articles_updated + self.articles_unchanged

    def absorb(self, written: WriteSummary) -> None:
        self.nodes_created += written.nodes_created
        self.nodes_updated += written.nodes_updated
        self.relationships_created += written.relationships_created
        self.relationships_updated += written.relationships_updated
        self.created_node_ids += written.created_node_ids
        self.created_relationship_ids += written.created_relationship_ids


def article_id_for(doc: Document) -> str:
    """A document's stable article id: its own id, else its file name, else its URL or text."""
    if doc.id:
        return doc.id
    if doc.path and doc.path != "-":
        return Path(doc.path).stem
    basis = doc.url or doc.text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


# -- extraction, in this process or in worker processes ---------------------------------

_worker_extractor = None


def _load_extractor():
    from ingest.pipeline import Extractor

    return Extractor()


def _init_worker() -> None:
    global _worker_extractor
    _worker_extractor = _load_extractor()


def _extract_in_worker(doc: Document) -> ExtractionResult | str:
    try:
        return _worker_extractor.extract(doc)
    except Exception as exc:  # one article's failure is reported, never fatal
        return f"extraction failed: {type(exc).__name__}: {exc}"


def extract_all(docs: Iterable[Document], workers: int = 1) -> Iterator[tuple[Document, ExtractionResult | str]]:
    """Results in input order; a failed extraction yields its reason as a string."""
    if workers <= 1:
        extractor = _load_extractor()
        for doc in docs:
            try:
                yield doc, extractor.extract(doc)
            except Exception as exc:
                yield doc, f"extraction failed: {type(exc).__name__}: {exc}"
        return
    docs = list(docs)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        yield from zip(docs, pool.map(_extract_in_worker, docs, chunksize=4))


# -- the ingest loop -----------------------------------------------------------------------


def ingest(
    items: Iterable[Document | SourceFailure],
    store: GraphStore,
    *,
    workers: int = 1,
    reprocess: bool = False,
    on_article: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Extract and write every document; unchanged articles are skipped.

    ``reprocess`` re-extracts stored articles whose extractor version differs
    even when their text did not change.  ``on_article(article_id, status)``
    is called once per input for progress display.
    """
    from ingest.pipeline import EXTRACTOR_VERSION

    report = IngestReport()
    notify = on_article or (lambda _id, _status: None)
    pending: list[Document] = []
    for item in items:
        if isinstance(item, SourceFailure):
            report.failures.append(str(item))
            report.articles_failed += 1
            log.info("failed %s", item)
            notify(item.source, "failed")
            continue
        pending.append(item.model_copy(update={"id": article_id_for(item)}))
        if len(pending) >= COMMIT_EVERY * max(1, workers):
            _ingest_chunk(pending, store, workers, reprocess, EXTRACTOR_VERSION, report, notify)
            pending = []
    if pending:
        _ingest_chunk(pending, store, workers, reprocess, EXTRACTOR_VERSION, report, notify)
    return report


def _ingest_chunk(
    docs: list[Document],
    store: GraphStore,
    workers: int,
    reprocess: bool,
    extractor_version: str,
    report: IngestReport,
    notify: Callable[[str, str], None],
) -> None:
    stored = store.article_versions([d.id for d in docs])
    todo: list[Document] = []
    seen: set[str] = set()
    for doc in docs:
        old = stored.get(doc.id)
        current = (content_hash(doc.text), extractor_version)
        unchanged = old is not None and old[0] == current[0] and (old[1] == current[1] or not reprocess)
        if unchanged or doc.id in seen:
            report.articles_unchanged += 1
            notify(doc.id, "unchanged")
            continue
        seen.add(doc.id)
        todo.append(doc)
    batch = GraphBatch()
    written_ids: list[tuple[str, bool]] = []
    for doc, result in extract_all(todo, workers):
        if isinstance(result, str):
            report.failures.append(f"{doc.source or doc.path or doc.id}: {result}")
            report.articles_failed += 1
            log.info("failed %s: %s", doc.source or doc.id, result)
            notify(doc.id, "failed")
            continue
        article_batch, problems = to_graph(doc, result)
        report.warnings += problems
        is_update = doc.id in stored
        if is_update:
            store.retract_article(doc.id)
        batch.articles += article_batch.articles
        batch.nodes += article_batch.nodes
        batch.relationships += article_batch.relationships
        batch.mentions += article_batch.mentions
        written_ids.append((doc.id, is_update))
        if len(batch.articles) >= COMMIT_EVERY:
            report.absorb(store.write(batch))
            batch = GraphBatch()
    if batch.articles:
        report.absorb(store.write(batch))
    for article_id, is_update in written_ids:
        if is_update:
            report.articles_updated += 1
            notify(article_id, "updated")
        else:
            report.articles_new += 1
            report.new_article_ids.append(article_id)
            notify(article_id, "new")
