"""The store interface: backend primitives, transactions, schema and reads.

A backend only supplies how to run a statement (``_run``), how to open and
close, and its ``Dialect``; the write path both share is ``graph.stores.writing``.
"""

from __future__ import annotations

import functools
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from aigraph.graph import aggregates
from aigraph.graph.dialect import Dialect
from aigraph.graph.errors import SchemaMismatch, assert_parameters_given, assert_read_only
from aigraph.graph.model import SCHEMA_VERSION, GraphBatch
from aigraph.graph.schema import AGGREGATE_LINKS, AGGREGATE_PROPERTIES, INTERNAL_LABELS, NODE_PROPERTIES, REL_PROPERTIES
from aigraph.graph.stores.writing import BatchWriter, WriteSummary


@dataclass
class QueryResult:
    """Rows as plain Python values (dates as ``datetime.date``), identical across backends."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dataframe(self):
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)


def schema_record(label: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A node or relationship as both stores return it: every schema property of its label, tagged ``_label``.

    Neo4j leaves unset properties out and LadybugDB returns every column of
    the tables a pattern could match; this gives both the same shape.
    """
    own = NODE_PROPERTIES.get(label) or REL_PROPERTIES.get(label) or AGGREGATE_LINKS.get(label)
    if own is None:
        return {"_label": label, **properties}
    return {"_label": label, **{p: properties.get(p) for p in own}}


class GraphStore(ABC):
    """One small interface, two real implementations (LadybugDB, Neo4j)."""

    dialect: Dialect
    location: str
    _transactions = 0  # how deep inside ``transaction()`` this store is
    _transaction_thread: int | None = None  # the thread whose statements run inside it

    @functools.cached_property
    def _columns(self) -> dict[str, set[str] | None]:  # table -> its columns, read once (``lacks``)
        return {}

    # -- backend primitives -------------------------------------------------
    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool) -> QueryResult:
        """Run one statement: inside ``transaction()`` in that transaction, else in its own (a write or a read one)."""

    @abstractmethod
    def _begin(self) -> None: ...

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything run inside commits together or not at all (nested uses join the outer transaction).

        Only the opening thread's statements join it: a lease renewed from another thread
        (``graph.lease``) must commit on its own, and must not share the transaction's connection.

        The write path uses it so facts and the aggregates derived from them
        (``graph.aggregates``) can never disagree, even when a run is killed.
        """
        if self._transactions:
            if self._transaction_thread != threading.get_ident():
                raise RuntimeError("another thread holds this store's transaction")
            self._transactions += 1
            try:
                yield
            finally:
                self._transactions -= 1
            return
        self._begin()
        self._transactions, self._transaction_thread = 1, threading.get_ident()
        try:
            yield
        except BaseException:
            self._transactions, self._transaction_thread = 0, None
            self._rollback()
            raise
        self._transactions, self._transaction_thread = 0, None
        self._commit()

    # -- lifecycle ----------------------------------------------------------
    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ensure_schema(self) -> None:
        """Create tables/constraints idempotently and check the schema version."""
        for statement in self.dialect.schema_statements():
            self._run(statement, write=True)
        found = self._run("MATCH (m:Meta) WHERE m.id = 'schema_version' RETURN m.value", write=False).rows
        if not found:
            self._run("MERGE (m:Meta {id: 'schema_version'}) SET m.value = $v", {"v": str(SCHEMA_VERSION)}, write=True)
        elif found[0][0] != str(SCHEMA_VERSION):
            raise SchemaMismatch(
                f"{self.location} holds graph schema version {found[0][0]}, this aigraph writes version "
                f"{SCHEMA_VERSION}; ingest into a new store or re-ingest your sources",
                reason="schema_mismatch",
                path=self.location,
                found=found[0][0],
                expected=str(SCHEMA_VERSION),
            )
        if not aggregates.is_current(self):  # written before these aggregates existed: rebuild them once
            for statement in [
                *self.dialect.drop_tables([*AGGREGATE_LINKS, *AGGREGATE_PROPERTIES]),
                *self.dialect.schema_statements(),
            ]:
                self._run(statement, write=True)
            aggregates.refresh(self)

    def lacks(self, table: str, column: str) -> bool:
        """Whether a store written by an earlier aigraph, opened read-only so not yet given the column
        (``schema.ADDED_COLUMNS``), lacks it: reads then leave it out instead of failing."""
        if table not in self._columns:
            statement = self.dialect.columns_query(table)
            self._columns[table] = None if statement is None else {r[0] for r in self._run(statement, write=False).rows}
        known = self._columns[table]
        return known is not None and column not in known

    # -- reads ----------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a read-only query; write clauses and missing parameters are refused before reaching the store."""
        assert_read_only(cypher)
        assert_parameters_given(cypher, params or {})
        return self._run(cypher, params or {}, write=False)

    def execute_write(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a statement that may write: the explicit, separate door for changes."""
        return self._run(cypher, params or {}, write=True)

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts by node label (organisations also by type) and by relationship type."""
        nodes: dict[str, int] = {}
        for label in NODE_PROPERTIES:
            if label in INTERNAL_LABELS:
                continue
            nodes[label] = self._run(f"MATCH (n:{label}) RETURN count(n)", write=False).rows[0][0]
        types = self._run("MATCH (n:Organization) RETURN n.type, count(n) ORDER BY n.type", write=False).rows
        relationships = {
            rel: self._run(f"MATCH ()-[r:{rel}]->() RETURN count(r)", write=False).rows[0][0] for rel in REL_PROPERTIES
        }
        return {"nodes": nodes, "organization_types": {t: c for t, c in types}, "relationships": relationships}

    # -- writes (``graph.stores.writing``) -------------------------------------------
    def write(self, batch: GraphBatch) -> WriteSummary:
        """Upsert a batch idempotently, under the analysts' decisions, facts and aggregates in one transaction."""
        return BatchWriter(self).write(batch)

    def retract_article(self, article_id: str) -> int:
        """Remove one article's evidence (facts only it supported go); returns the number of facts deleted."""
        return BatchWriter(self).retract_article(article_id)

    def article_versions(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """``id -> (content_hash, extractor_version)`` for the articles already stored."""
        return BatchWriter(self).article_versions(ids)
