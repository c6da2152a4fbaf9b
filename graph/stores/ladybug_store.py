"""The embedded default: a LadybugDB file on disk, no server to run."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import Any

import ladybug

from aigraph.graph import aggregates
from aigraph.graph.dialect import LADYBUG
from aigraph.graph.errors import QueryError, StoreUnavailable
from aigraph.graph.stores.base import GraphStore, QueryResult, schema_record

log = logging.getLogger(__name__)


class LadybugStore(GraphStore):
    """A graph in one LadybugDB database file (real Cypher, on disk)."""

    dialect = LADYBUG

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)  # resolved by StoreSpec
        self.location = str(self.path)
        if not self.path.parent.is_dir():
            raise StoreUnavailable(
                f"cannot open store {self.path}: directory {self.path.parent} does not exist (create it or pass another --store)",
                reason="no_directory",
                path=str(self.path),
                directory=str(self.path.parent),
            )
        if read_only and not self.path.exists():
            raise StoreUnavailable(
                f"no graph at {self.path}: run `aigraph ingest` first or pass --store",
                reason="no_graph",
                path=str(self.path),
            )
        # One connection serialises statements; Streamlit may call from several threads.
        self._lock = threading.Lock()
        self._connect(read_only)
        if not read_only:
            self.ensure_schema()
        elif not aggregates.is_current(self):
            self._rebuild_aggregates_once()

    def _connect(self, read_only: bool) -> None:
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreUnavailable(
                f"cannot open store {self.path}: {_first_line(exc)}",
                reason="cannot_open",
                path=str(self.path),
                detail=_first_line(exc),
            ) from exc

    def _rebuild_aggregates_once(self) -> None:
        """A store an earlier aigraph wrote, opened read-only (the dashboard, a notebook) before any ingest has
        rebuilt the aggregates this version reads: rebuild them through one brief write-mode open, so every
        page works.  When another process holds the store for writing, its own open rebuilds them."""
        self.close()
        try:
            LadybugStore(self.path).close()
        except StoreUnavailable as exc:
            log.warning(
                "%s: precomputed totals are from an earlier aigraph and could not be rebuilt now: %s", self.path, exc
            )
        self._connect(read_only=True)

    def _run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool) -> QueryResult:
        with self._lock:
            try:
                result = self._conn.execute(cypher, params or {})
            except RuntimeError as exc:
                raise self.dialect.rejected(_first_line(exc)) from exc
            if isinstance(result, list):  # several statements in one string: not something we send
                raise QueryError("one statement at a time")
            columns = result.get_column_names()
            rows = [[_plain(v) if isinstance(v, _NESTED) else v for v in row] for row in result.get_all()]
        return QueryResult(columns=columns, rows=rows)

    def _begin(self) -> None:
        self._run("BEGIN TRANSACTION", write=True)

    def _commit(self) -> None:
        self._run("COMMIT", write=True)

    def _rollback(self) -> None:
        with contextlib.suppress(QueryError):  # a failed statement has already rolled the transaction back
            self._run("ROLLBACK", write=True)

    def close(self) -> None:
        self._conn.close()
        self._db.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# Only these need converting; a query's many plain values are passed through untouched (checked inline:
# a call per value cost a fifth of a page read of a thousand rows).
_NESTED = (dict, list)


def _plain(value: Any) -> Any:
    """Nodes and relationships as their schema properties; paths as their list of nodes (as from Neo4j)."""
    if isinstance(value, dict):
        if "_NODES" in value:
            return [_plain(n) for n in value["_NODES"]]
        if "_LABEL" in value:
            return schema_record(value["_LABEL"], {k: _plain(v) for k, v in value.items()})
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) if isinstance(v, _NESTED) else v for v in value]
    return value
