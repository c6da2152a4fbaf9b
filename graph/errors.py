"""Errors a user can act on; the CLI and the dashboard turn them into one line."""
from __future__ import annotations

import re


class GraphError(Exception):
    """Base for every error the graph layer reports to users."""


class StoreUnavailable(GraphError):
    """The store cannot be opened or reached (missing directory, refused connection, bad credentials)."""


class SchemaMismatch(GraphError):
    """The store was written by an incompatible schema version."""


class QueryError(GraphError):
    """The database rejected a query; the message carries the database's own reason."""


class ReadOnlyViolation(QueryError):
    """A write clause was sent through a read-only entry point; ``clause`` names it (for translated messages)."""

    def __init__(self, message: str, clause: str = "") -> None:
        super().__init__(message)
        self.clause = clause


_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|IMPORT|EXPORT|CHECKPOINT|FOREACH)\b",
    re.I,
)


def assert_read_only(cypher: str) -> None:
    """Refuse a query that contains a write clause, before it reaches any store.

    String literals, quoted identifiers and comments are ignored, so
    ``WHERE n.name = 'CREATE'`` is still a read.
    """
    bare = _STRINGS_AND_COMMENTS.sub(" ", cypher)
    match = _WRITE_CLAUSE.search(bare)
    if match:
        raise ReadOnlyViolation(
            f"write clause {match.group(1).upper()} refused: this entry point is read-only "
            "(use `aigraph ingest` or the API's explicit write method to change the graph)",
            clause=match.group(1).upper(),
        )
