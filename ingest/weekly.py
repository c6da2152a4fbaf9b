"""One ingest run from a sources file (or paths): lock, fetch, ingest, record, report.

Order matters for "nothing half-written": the lock is taken and the store
opened before anything is fetched, so a busy or unreachable store stops the
run before it has done any work; the ``IngestRun`` node is written first as
``running`` and last with its outcome, so a killed run is visible (the next
run marks it ``interrupted``).  A dry run takes no lock and writes nothing: it
reads an existing store read-only, or classifies against a throwaway empty
one; a run that created a new store file but could ingest nothing removes it.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from aigraph.graph import ledger
from aigraph.graph.spec import StoreSpec
from aigraph.graph.stores import GraphStore, open_store
from aigraph.ingest.config import FolderSource, SourcesConfig
from aigraph.ingest.contract import Document
from aigraph.ingest.exits import EXIT_NOTHING, EXIT_OK, EXIT_PARTIAL, exit_code
from aigraph.ingest.feeds import FeedEntry, FeedError, read_feed
from aigraph.ingest.lock import Writer, store_writer
from aigraph.ingest.partition import Partition
from aigraph.ingest.report import RunSummary, counts_json, summarize
from aigraph.ingest.runner import ArticleEvent, IngestReport, ingest
from aigraph.ingest.sources import SourceFailure, UnreadableInput, iter_documents
from aigraph.ingest.web import Fetcher, FetchError, fetch_page

log = logging.getLogger("aigraph.ingest.weekly")

DEFAULT_REPORT_DIR = Path("reports")


class RunOptions(BaseModel):
    model_config = ConfigDict(frozen=True)

    store: str | None = None
    database: str | None = None  # Neo4j database (default $NEO4J_DATABASE, else the server's default)
    partition: Partition | None = None
    since: datetime | None = None
    dry_run: bool = False
    reprocess: bool = False
    workers: int = 1
    wait: float = 0.0
    report_dir: Path | None = None
    # Every run that writes records an IngestRun (paths too), so the overview and "What's new" know of it.
    record_run: bool = True


@dataclass
class RunOutcome:
    summary: RunSummary
    exit_code: int
    report_files: tuple[Path, ...] = ()


Notify = Callable[[ArticleEvent], None]


def exit_code_for(report: IngestReport) -> int:
    return exit_code(report.articles_processed, report.articles_failed)


def run(
    config: SourcesConfig,
    options: RunOptions,
    *,
    on_article: Notify | None = None,
    on_source: Callable[[str], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> RunOutcome:
    """Run once.  Raises ``LockBusy`` / ``LeaseBusy`` or another ``GraphError`` (e.g. ``StoreUnavailable``)
    before any work, and ``LeaseLost`` if another writer took the store over mid-run."""
    spec = StoreSpec.resolve(options.store, database=options.database)
    if options.dry_run:
        with _store_for_dry_run(spec) as store:
            return _run_with(Writer(store, nullcontext), config, options, on_article=on_article, on_source=on_source)
    before = _files_beside_a_new_store(spec)
    share = str(options.partition) if options.partition else ""
    with store_writer(spec, wait=options.wait, share=share, on_wait=on_wait) as writer:
        outcome = _run_with(writer, config, options, on_article=on_article, on_source=on_source)
    if before is not None and outcome.exit_code == EXIT_NOTHING:  # a new store and nothing went into it
        for created in _files_beside(spec) - before:
            log.info("removing %s: this run created it and ingested nothing", created)
            created.unlink()
    return outcome


@contextmanager
def _store_for_dry_run(spec: StoreSpec) -> Iterator[GraphStore]:
    """The existing store read-only, or (no file yet) a throwaway empty one: a dry run leaves no file behind."""
    if spec.exists():
        with spec.open(read_only=True) as store:
            yield store
        return
    with (
        tempfile.TemporaryDirectory(prefix="aigraph-dry-run-") as scratch,
        open_store(str(Path(scratch) / "graph.lbug")) as store,
    ):
        yield store


def _files_beside(spec: StoreSpec) -> set[Path]:
    """The store file and its companions (``.wal``, ``.ingest.lock``, ...)."""
    return {p for p in spec.path.parent.glob(f"{spec.path.name}*") if p.is_file()}


def _files_beside_a_new_store(spec: StoreSpec) -> set[Path] | None:
    """What already lies beside an embedded store this run is about to create; None for an existing store or Neo4j."""
    return None if spec.exists() else _files_beside(spec)


def _run_with(
    writer: Writer,
    config: SourcesConfig,
    options: RunOptions,
    *,
    on_article: Notify | None,
    on_source: Callable[[str], None] | None,
) -> RunOutcome:
    store = writer.store
    started = _now()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}" + _share_suffix(options.partition)
    record = options.record_run and not options.dry_run
    if record:
        _record_start(store, run_id, started, config.labels, options.partition)
    try:
        with Fetcher(config.http) as fetcher:
            items = collect(config, fetcher, since=options.since, on_source=on_source)
            report = ingest(
                items,
                store,
                workers=options.workers,
                reprocess=options.reprocess,
                dry_run=options.dry_run,
                partition=options.partition,
                writing=writer.writing,
                on_article=on_article,
            )
    except BaseException as exc:
        if record:
            _record_failure(store, run_id, exc)
        raise
    code = exit_code_for(report)
    status = {EXIT_OK: "succeeded", EXIT_PARTIAL: "partial", EXIT_NOTHING: "failed"}[code]
    summary = summarize(
        report,
        store,
        run_id=run_id,
        started_at=started,
        finished_at=_now(),
        status=status,
        sources=config.labels,
        dry_run=options.dry_run,
    )
    if record:
        _record_finish(store, summary, report)
    # A summary too long to print says "... and N more (see the report file)": that file must exist.
    report_dir = options.report_dir or (DEFAULT_REPORT_DIR if summary.truncated else None)
    files = summary.write(report_dir) if report_dir and not options.dry_run else ()
    return RunOutcome(summary, code, tuple(files))


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# -- reading the sources ------------------------------------------------------------------


def collect(
    config: SourcesConfig,
    fetcher: Fetcher,
    *,
    since: datetime | None = None,
    on_source: Callable[[str], None] | None = None,
) -> Iterator[Document | SourceFailure]:
    """Every article of every source, in config order; each failure is one ``SourceFailure``."""
    announce = on_source or (lambda _label: None)
    for feed in config.feeds:
        announce(feed.label)
        try:
            entries = read_feed(fetcher, feed, since)
        except FeedError as exc:
            yield SourceFailure(feed.label, str(exc))
            continue
        log.info("%s: %d entries", feed.label, len(entries))
        yield from _fetch_pages(
            fetcher, [_PageJob(e.link, feed.url, f"{feed.label} {e.link}", feed.language, e) for e in entries]
        )
    if config.pages:
        for page in config.pages:
            announce(page.label)
        yield from _fetch_pages(fetcher, [_PageJob(p.url, p.url, p.label, p.language, None) for p in config.pages])
    for folder in config.folders:
        announce(folder.label)
        yield from _read_folder(folder, since)


@dataclass(frozen=True)
class _PageJob:
    url: str
    operator_url: str  # the feed or page URL in the sources file that led to ``url``
    source: str
    language: str
    entry: FeedEntry | None


def _fetch_pages(fetcher: Fetcher, jobs: list[_PageJob]) -> Iterator[Document | SourceFailure]:
    """Pages fetched concurrently (the fetcher still spaces requests per host), yielded in order."""

    def one(job: _PageJob) -> Document | SourceFailure:
        source, entry = job.source, job.entry
        try:
            doc = fetch_page(fetcher, job.url, operator_url=job.operator_url, source=source, language=job.language)
        except (FetchError, UnreadableInput) as exc:
            return SourceFailure(source, str(exc))
        except Exception as exc:  # a page that breaks the HTML extractor must not stop the run
            return SourceFailure(source, f"cannot extract the page: {type(exc).__name__}: {exc}")
        if entry is not None:
            doc = doc.model_copy(
                update={
                    "title": doc.title or entry.title,
                    "published": doc.published or (entry.published.date() if entry.published else None),
                }
            )
        return doc

    with ThreadPoolExecutor(max_workers=fetcher.settings.concurrency, thread_name_prefix="fetch") as pool:
        yield from pool.map(one, jobs)


def _read_folder(folder: FolderSource, since: datetime | None) -> Iterator[Document | SourceFailure]:
    for item in iter_documents([folder.path], modified_since=since.timestamp() if since else None):
        if isinstance(item, Document) and folder.language:
            item = item.model_copy(update={"language": folder.language})
        yield item


# -- the IngestRun node ------------------------------------------------------------------------


def _share_suffix(partition: Partition | None) -> str:
    """A partition's runs end their id in ``-pKofN`` (run ids are otherwise hex and digits, never 'p')."""
    return f"-p{partition.index}of{partition.count}" if partition else ""


def _record_start(
    store: GraphStore, run_id: str, started: datetime, sources: list[str], partition: Partition | None
) -> None:
    """Open this run's IngestRun; we hold this input share's lock or lease, so its runs a kill left
    ``running`` are marked interrupted (other shares' runs may be live on other hosts)."""
    ledger.open_run(store, run_id, started, sources, _extractor_version(), _share_suffix(partition))


def _record_finish(store: GraphStore, summary: RunSummary, report: IngestReport) -> None:
    ledger.close_run(
        store, summary.run_id, summary.finished_at, summary.status, report.failures, counts=counts_json(report)
    )


def _record_failure(store: GraphStore, run_id: str, exc: BaseException) -> None:
    """Best effort: the store may be the thing that failed."""
    status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
    try:
        ledger.close_run(store, run_id, _now(), status, [f"{type(exc).__name__}: {exc}"])
    except Exception as inner:
        log.warning("could not record the failed run %s: %s", run_id, inner)


def _extractor_version() -> str:
    from aigraph.ingest.pipeline import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION
