"""Ingest: documents in, facts written, a report of what changed.

The runner owns the order of work — skip what is unchanged, recognise the
same story from another outlet, extract (in parallel if asked), retract an
edited article's old facts, write in batches — and never lets one bad
document stop the rest.

Crash safety: an article counts as finished only when both its content hash
(set last by ``GraphStore.write``) and its SimHash (set by this module after
the write, together with its SAME_STORY link) are stored.  A run killed
anywhere in between leaves the article unfinished, and the next run retracts
and rewrites it, so the graph ends as if the first run had never stopped.
"""

from __future__ import annotations

import functools
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from aigraph.graph import ledger
from aigraph.graph.curation import apply_all as apply_decisions
from aigraph.graph.curation import duplicates_outdated, save_duplicates
from aigraph.graph.model import GraphBatch
from aigraph.graph.stores import GraphStore, WriteSummary
from aigraph.ingest.contract import Document, ExtractionResult
from aigraph.ingest.dedup import MIN_CONTAINMENT, Match, NearDuplicateIndex, containment, simhash, story_text
from aigraph.ingest.duplicates import find_duplicates
from aigraph.ingest.link import EntityIndex, link_to_known
from aigraph.ingest.partition import Partition
from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.sources import SourceFailure
from aigraph.ingest.to_graph import content_hash, to_graph

if TYPE_CHECKING:
    from aigraph.ingest.pipeline import Extractor

log = logging.getLogger("aigraph.ingest")

COMMIT_EVERY = 25
MAX_CONFIRM = 5  # SimHash candidates checked by exact containment per article

Status = Literal["new", "updated", "unchanged", "duplicate", "failed"]


@dataclass(frozen=True)
class ArticleEvent:
    """One input's outcome, for progress display and per-article log lines."""

    article_id: str
    status: Status
    source: str
    detail: str = ""


class DuplicateLink(BaseModel):
    article_id: str
    same_as: str
    similarity: float


class IngestReport(BaseModel):
    """Counts and one line per failure; what the CLI prints and the weekly job records."""

    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_duplicate: int = 0
    articles_failed: int = 0
    articles_other_partition: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    partition: str = ""  # "K/N" when the run took one share of the inputs
    failures: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    new_article_ids: list[str] = Field(default_factory=list)
    duplicates: list[DuplicateLink] = Field(default_factory=list)
    created_node_ids: list[str] = Field(default_factory=list)
    created_relationship_ids: list[str] = Field(default_factory=list)
    # Entities and facts an edited article supported before it was retracted:
    # re-creating them is not news, so the report leaves them out.
    restated_ids: set[str] = Field(default_factory=set)

    @property
    def articles_processed(self) -> int:
        return self.articles_new + self.articles_updated + self.articles_unchanged + self.articles_duplicate

    def absorb(self, written: WriteSummary) -> None:
        self.nodes_created += written.nodes_created
        self.nodes_updated += written.nodes_updated
        self.relationships_created += written.relationships_created
        self.relationships_updated += written.relationships_updated
        self.created_node_ids += written.created_node_ids
        self.created_relationship_ids += written.created_relationship_ids

    def counts(self) -> dict[str, int]:
        return {name: value for name, value in self if isinstance(value, int)}


# -- extraction, in this process or in worker processes ---------------------------------


@functools.cache
def _load_extractor() -> Extractor:
    """One extractor per process: it is stateless between documents and slow to load."""
    from aigraph.ingest.pipeline import Extractor

    return Extractor()


def extract_or_reason(doc: Document, extractor: Extractor | None = None) -> ExtractionResult | str:
    """One document's extraction, or why it failed: one article's failure is reported, never fatal."""
    try:
        return (extractor or _load_extractor()).extract(doc)
    except Exception as exc:
        return f"extraction failed: {type(exc).__name__}: {exc}"


class Extraction:
    """The extractor in this process, or in a pool of ``workers`` processes kept for the whole run
    (each loads Kiwi and the models once, which takes seconds).

    Results come in input order; a failed extraction yields its reason as a string.
    """

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extraction:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def __call__(self, docs: list[Document]) -> Iterator[tuple[Document, ExtractionResult | str]]:
        """Results in input order.  With workers, every document is submitted at once (before the
        caller reads any result), so the pool keeps extracting while the caller writes."""
        if self.workers <= 1:
            return self._in_process(docs)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_load_extractor)
        return zip(docs, self._pool.map(extract_or_reason, docs))

    @staticmethod
    def _in_process(docs: list[Document]) -> Iterator[tuple[Document, ExtractionResult | str]]:
        for doc in docs:
            yield doc, extract_or_reason(doc)


# -- the ingest loop -----------------------------------------------------------------------


@dataclass
class _Chunk:
    """Planned documents and their extraction results, which may still be on their way."""

    todo: list[_Planned]
    results: Iterator[tuple[Document, ExtractionResult | str]]


@dataclass
class _Planned:
    doc: Document
    simhash: str
    same_as: Match | None
    stored: bool  # a (possibly unfinished) article with this id exists: retract before writing
    was_finished: bool  # ... and a previous run completed it: this is an update, not news


def load_simhash_index(store: GraphStore) -> NearDuplicateIndex:
    """Every finished-or-retracted article's SimHash, to recognise syndicated copies across runs."""
    index = NearDuplicateIndex()
    for article_id, value in ledger.finished_simhashes(store):
        index.add(article_id, value)
    return index


def ingest(
    items: Iterable[Document | SourceFailure],
    store: GraphStore,
    *,
    workers: int = 1,
    reprocess: bool = False,
    dry_run: bool = False,
    partition: Partition | None = None,
    writing: Callable[[], AbstractContextManager[None]] = nullcontext,
    on_article: Callable[[ArticleEvent], None] | None = None,
) -> IngestReport:
    """Extract and write every document; unchanged articles are skipped.

    ``reprocess`` re-extracts stored articles whose extractor version differs
    even when their text did not change.  ``dry_run`` only classifies inputs
    (new, updated, unchanged, duplicate, failed): nothing is extracted or
    written.  ``partition`` keeps only its share of the articles (the others
    are counted as ``articles_other_partition``).  Every write happens inside
    ``writing()``, which takes turns with other hosts and may raise to stop the run (a lost lease).
    ``on_article`` is called once per input.
    """
    from aigraph.ingest.pipeline import EXTRACTOR_VERSION

    if not dry_run:  # a decision whose apply a crash cut short is completed before anything is written
        with writing(), store.transaction():
            apply_decisions(store)
    with Extraction(workers) as extraction:
        run = _Run(
            store, extraction, reprocess, dry_run, EXTRACTOR_VERSION, on_article or (lambda _event: None), writing
        )
        run.report.partition = str(partition) if partition else ""
        pending: list[Document] = []
        in_flight: _Chunk | None = None  # with workers: extracting while the chunk before it is written
        for item in items:
            if isinstance(item, SourceFailure):
                run.fail(item.source, item.reason, item.source)
                continue
            if partition and not partition.owns(item.id):
                run.report.articles_other_partition += 1
                continue
            pending.append(item)
            if len(pending) >= COMMIT_EVERY * max(1, workers):
                started = run.start(pending)
                pending = []
                if in_flight:
                    run.finish(in_flight)
                in_flight = started
                if workers <= 1:  # extracted in this process as it is written: nothing to overlap
                    run.finish(in_flight)
                    in_flight = None
        last = run.start(pending) if pending else None
        for chunk in (in_flight, last):
            if chunk:
                run.finish(chunk)
    # New entities may duplicate known ones: the review queue lists the likely duplicates.  Asked of the store,
    # not of this run's counts, so entities a killed run wrote are listed by the run after it.
    if not dry_run and (seen := duplicates_outdated(store)) is not None:
        with writing():
            save_duplicates(store, find_duplicates(store), seen)
    return run.report


class _Run:
    def __init__(
        self,
        store: GraphStore,
        extraction: Extraction,
        reprocess: bool,
        dry_run: bool,
        version: str,
        notify: Callable[[ArticleEvent], None],
        writing: Callable[[], AbstractContextManager[None]],
    ) -> None:
        self.store, self.extraction, self.reprocess, self.dry_run = store, extraction, reprocess, dry_run
        self.version, self.notify, self.writing = version, notify, writing
        self.report = IngestReport()
        self.index = load_simhash_index(store)
        self.known = EntityIndex.from_store(store)
        # SAME_STORY links both ways round, so a copy never becomes the original of its own original.
        self.original_of: dict[str, str] = {}
        self.copies: dict[str, set[str]] = defaultdict(set)
        for copy_id, original_id in ledger.same_story_links(store):
            self.link(copy_id, original_id)
        self.seen: set[str] = set()
        # Texts of planned articles not written yet: a later chunk is planned while they extract.
        self.unwritten: dict[str, str] = {}
        self.chrome = load_lexicon().chrome  # page chrome is left out of the same-story comparison

    def story(self, text: str) -> str:
        return story_text(text, self.chrome)

    def emit(self, doc: Document, status: Status, detail: str = "") -> None:
        event = ArticleEvent(doc.id, status, doc.source or doc.path or doc.url, detail)
        log.info("%s %s %s%s", event.source, event.article_id, status, f" ({detail})" if detail else "")
        self.notify(event)

    def fail(self, where: str, reason: str, article_id: str) -> None:
        self.report.failures.append(f"{where}: {reason}")
        self.report.articles_failed += 1
        log.info("failed %s: %s", where, reason)
        self.notify(ArticleEvent(article_id, "failed", where, reason))

    def plan(self, docs: list[Document]) -> list[_Planned]:
        """Decide, per document, whether there is anything to do."""
        stored = self.store.article_versions([d.id for d in docs])
        todo: list[_Planned] = []
        for doc in docs:
            old = stored.get(doc.id)
            finished = old is not None and old[0] != "" and doc.id in self.index
            current_version = self.version if self.reprocess else (old[1] if old else "")
            if doc.id in self.seen or (finished and old == (content_hash(doc.text), current_version)):
                self.report.articles_unchanged += 1
                self.emit(doc, "unchanged")
                continue
            self.seen.add(doc.id)
            story = self.story(doc.text)
            value = simhash(story)
            self.unlink(doc.id)  # its old link is replaced when it is rewritten
            match = self.same_story(doc.id, story, value)
            self.unwritten[doc.id] = story
            self.index.add(doc.id, value)
            if match:
                self.link(doc.id, match.article_id)
            todo.append(_Planned(doc, value, match, stored=old is not None, was_finished=finished))
        return todo

    def link(self, copy_id: str, original_id: str) -> None:
        self.original_of[copy_id] = original_id
        self.copies[original_id].add(copy_id)

    def unlink(self, copy_id: str) -> None:
        original_id = self.original_of.pop(copy_id, None)
        if original_id is not None:
            self.copies[original_id].discard(copy_id)

    def same_story(self, article_id: str, story: str, value: str) -> Match | None:
        """The earlier article this one is a copy of: a SimHash candidate confirmed by containment (of story texts)."""
        exclude = {article_id, *self.copies.get(article_id, ())}
        for candidate in self.index.candidates(value, exclude=exclude)[:MAX_CONFIRM]:
            other = self.unwritten.get(candidate.article_id)
            if other is None:
                text = ledger.article_text(self.store, candidate.article_id)
                other = self.story(text) if text else ""
            score = containment(story, other)
            if score >= MIN_CONTAINMENT:
                return Match(candidate.article_id, score)
        return None

    def start(self, docs: list[Document]) -> _Chunk:
        """Plan ``docs`` and start extracting what needs it (nothing is extracted in a dry run)."""
        todo = self.plan(docs)
        return _Chunk(todo, iter(()) if self.dry_run else self.extraction([p.doc for p in todo]))

    def finish(self, chunk: _Chunk) -> None:
        """Write a started chunk's results as they arrive, in batches."""
        if self.dry_run:
            for planned in chunk.todo:
                self.count(planned)
        else:
            self._write_results(chunk)
        for planned in chunk.todo:
            self.unwritten.pop(planned.doc.id, None)

    def _write_results(self, chunk: _Chunk) -> None:
        batch, done = GraphBatch(), []
        by_id = {p.doc.id: p for p in chunk.todo}
        for doc, result in chunk.results:
            planned = by_id[doc.id]
            if isinstance(result, str):
                self.index.remove(doc.id)
                self.unlink(doc.id)
                self.fail(doc.source or doc.path or doc.id, result, doc.id)
                continue
            article_batch, problems = to_graph(doc, link_to_known(result, self.known))
            self.report.warnings += problems
            self.report.warnings += [f"{doc.source or doc.path or doc.id}: {note}" for note in result.notes]
            if planned.stored:
                with self.writing():
                    self.report.restated_ids |= ledger.supported_ids(self.store, doc.id)
                    # Unfinished first, so a run killed during retraction redoes this article.
                    ledger.mark_unfinished(self.store, doc.id)
                    self.store.retract_article(doc.id)
            batch.articles += article_batch.articles
            batch.nodes += article_batch.nodes
            batch.relationships += article_batch.relationships
            batch.mentions += article_batch.mentions
            done.append(planned)
            if len(batch.articles) >= COMMIT_EVERY:
                self.write(batch, done)
                batch, done = GraphBatch(), []
        if batch.articles:
            self.write(batch, done)

    def write(self, batch: GraphBatch, done: list[_Planned]) -> None:
        with self.writing():
            self.report.absorb(self.store.write(batch))
            ledger.link_same_story(
                self.store, [(p.doc.id, p.same_as.article_id, p.same_as.similarity) for p in done if p.same_as]
            )
            # Last: the SimHash marks the article finished (see the module docstring).
            ledger.mark_finished(self.store, [(p.doc.id, p.simhash) for p in done])
        for planned in done:
            self.count(planned)

    def count(self, planned: _Planned) -> None:
        doc = planned.doc
        if planned.same_as:
            self.report.articles_duplicate += 1
            self.report.duplicates.append(
                DuplicateLink(
                    article_id=doc.id, same_as=planned.same_as.article_id, similarity=planned.same_as.similarity
                )
            )
            self.emit(
                doc,
                "duplicate",
                f"same story as {planned.same_as.article_id}, similarity {planned.same_as.similarity:.2f}",
            )
        elif planned.was_finished:
            self.report.articles_updated += 1
            self.emit(doc, "updated")
        else:
            self.report.articles_new += 1
            self.report.new_article_ids.append(doc.id)
            self.emit(doc, "new")
