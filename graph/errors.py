"""Errors a user can act on; the CLI and the dashboard turn them into one line."""

from __future__ import annotations

import functools
import re


class GraphError(Exception):
    """Base for every error the graph layer reports to users.

    ``reason`` (a short code) and ``details`` (the values the message
    names) let an interface say the same thing in its own language; the
    message itself stays English for logs and the CLI.
    """

    def __init__(self, message: str = "", *, reason: str = "", **details: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


class StoreUnavailable(GraphError):
    """The store cannot be opened or reached (missing directory, refused connection, bad credentials)."""


class SchemaMismatch(GraphError):
    """The store was written by an incompatible schema version."""


class QueryError(GraphError):
    """The database rejected a query; the message carries the database's own reason."""


class ReadOnlyViolation(QueryError):
    """A write clause was sent through a read-only entry point; ``clause`` names it (for translated messages)."""

    def __init__(self, message: str, clause: str = "", *, reason: str = "write_clause", **details: object) -> None:
        super().__init__(message, reason=reason, clause=clause, **details)
        self.clause = clause


_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|INSTALL|ATTACH|IMPORT|EXPORT|CHECKPOINT|FOREACH)\b",
    re.I,
)
# Reading the server's files is not reading the graph: LOAD CSV (Neo4j), LOAD FROM and the READ_* table functions (LadybugDB).
_FILE_ACCESS = re.compile(r"\b(LOAD|READ_CSV_SERIAL|READ_CSV_PARALLEL|READ_PARQUET|READ_NPY|READ_PANDAS)\b", re.I)
# Scanned left to right so that strings, comments and `quoted names` are skipped whole; group 1 is a $parameter's name.
_PARAMETER = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/|\$(`[^`]+`|\w+)|`[^`]*`", re.S)


def assert_read_only(cypher: str) -> None:
    """Refuse a query that contains a write clause or reads files, before it reaches any store.

    String literals, quoted identifiers and comments are ignored, so
    ``WHERE n.name = 'CREATE'`` is still a read.  The stores keep a second
    line of defence: the embedded one is opened read-only, Neo4j reads run
    in read transactions.
    """
    refused = _refused_keyword(cypher)
    if refused is None:
        return
    reason, keyword = refused
    if reason == "write_clause":
        raise ReadOnlyViolation(
            f"write clause {keyword} refused: this entry point is read-only "
            "(use `aigraph ingest` or the API's explicit write method to change the graph)",
            clause=keyword,
        )
    raise ReadOnlyViolation(
        f"{keyword} refused: this entry point reads the graph, not files", reason="file_access", keyword=keyword
    )


@functools.lru_cache(maxsize=1024)
def _refused_keyword(cypher: str) -> tuple[str, str] | None:
    """The reason (``write_clause`` or ``file_access``) and keyword ``assert_read_only`` refuses ``cypher`` for.

    Cached by text: a page sends the same statements on every load, and scanning a long one costs a fifth of
    a millisecond, a tenth of an aggregate scan over 100k facts."""
    bare = _STRINGS_AND_COMMENTS.sub(" ", cypher)
    if match := _WRITE_CLAUSE.search(bare):
        return "write_clause", match.group(1).upper()
    if match := _FILE_ACCESS.search(bare):
        return "file_access", match.group(1).upper()
    return None


def assert_parameters_given(cypher: str, params: dict[str, object]) -> None:
    """Refuse a query that uses a ``$parameter`` without a value (LadybugDB would silently read it as null)."""
    missing = [name for name in _parameters_used(cypher) if name not in params]
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise QueryError(
            f"query parameter{'s' if len(missing) > 1 else ''} {names} not given: pass a value "
            f"(aigraph query --param {missing[0]}=VALUE, or as a keyword argument to Graph.cypher)",
            reason="missing_parameters",
            names=names,
        )


@functools.lru_cache(maxsize=1024)
def _parameters_used(cypher: str) -> tuple[str, ...]:
    """The ``$parameter`` names ``cypher`` uses, in order of first use (cached by text, as ``_refused_keyword``)."""
    return tuple(dict.fromkeys(m.group(1).strip("`") for m in _PARAMETER.finditer(cypher) if m.group(1)))
