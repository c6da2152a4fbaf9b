"""The production store: a Neo4j server through the official driver.

Writes go through managed write transactions (the driver retries transient
failures), reads through read transactions, so a read-only query can never
change the graph even if it slipped past the clause check.
"""

from __future__ import annotations

import threading
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node as Neo4jNode
from neo4j.graph import Path as Neo4jPath
from neo4j.graph import Relationship as Neo4jRelationship
from neo4j.time import Date, DateTime, Duration, Time

from aigraph.graph.dialect import NEO4J
from aigraph.graph.errors import StoreUnavailable
from aigraph.graph.stores.base import GraphStore, QueryResult, schema_record


class Neo4jStore(GraphStore):
    dialect = NEO4J
    _session: neo4j.Session | None = None
    _tx: Any = None  # the explicit transaction ``transaction()`` opened, if any

    def __init__(self, uri: str, user: str = "neo4j", password: str = "", database: str | None = None) -> None:
        self.database = database or None
        self.location = f"{uri} (database {database})" if database else uri
        try:
            # Schema-less property names absent from a young graph make the server warn on every
            # read ("property key does not exist"); those notices are noise, not errors.
            self._driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j at {uri} refused the credentials for user {user!r}: set NEO4J_USER / NEO4J_PASSWORD",
                reason="neo4j_credentials",
                uri=uri,
                user=user,
            ) from exc
        except (ServiceUnavailable, ConfigurationError, ValueError, OSError) as exc:
            raise StoreUnavailable(
                f"cannot reach Neo4j at {uri}: {_first_line(exc)}",
                reason="neo4j_unreachable",
                uri=uri,
                detail=_first_line(exc),
            ) from exc
        self.ensure_schema()

    def _run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool) -> QueryResult:
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            rows = [[_plain(v) for v in record.values()] for record in result]
            return QueryResult(columns=columns, rows=rows)

        try:
            if self._tx is not None and self._transaction_thread == threading.get_ident():
                return work(self._tx)
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ServiceUnavailable as exc:
            raise StoreUnavailable(
                f"lost Neo4j at {self.location}: {_first_line(exc)}",
                reason="neo4j_unreachable",
                uri=self.location,
                detail=_first_line(exc),
            ) from exc
        except Neo4jError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreUnavailable(
                    f"Neo4j at {self.location} has no such database: check --database / "
                    "NEO4J_DATABASE (Community Edition has one database, 'neo4j')",
                    reason="neo4j_no_database",
                    uri=self.location,
                ) from exc
            raise self.dialect.rejected(f"{exc.code}: {_first_line(exc.message or exc)}") from exc

    def _begin(self) -> None:
        self._session = self._driver.session(database=self.database)
        self._tx = self._session.begin_transaction()

    def _commit(self) -> None:
        self._end("commit")

    def _rollback(self) -> None:
        self._end("rollback")

    def _end(self, how: str) -> None:
        tx, session, self._tx, self._session = self._tx, self._session, None, None
        if tx is None or session is None:
            raise RuntimeError("no transaction is open")
        try:
            getattr(tx, how)()
        finally:
            tx.close()
            session.close()

    def close(self) -> None:
        self._driver.close()


def _first_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _plain(value: Any) -> Any:
    """Driver types to plain Python, matching what the LadybugDB store returns."""
    if isinstance(value, (Date, DateTime, Time)):
        return value.to_native()
    if isinstance(value, Duration):
        return str(value)
    if isinstance(value, Neo4jNode):
        labels = sorted(value.labels, key=lambda label: label != "Organization")
        return schema_record(labels[0] if labels else "", {k: _plain(v) for k, v in value.items()})
    if isinstance(value, Neo4jRelationship):
        return schema_record(value.type, {k: _plain(v) for k, v in value.items()})
    if isinstance(value, Neo4jPath):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
