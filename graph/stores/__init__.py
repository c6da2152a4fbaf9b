"""Choosing a store: ``--store`` / argument, then ``AIGRAPH_STORE``, then ``NEO4J_URI``, then the default file.

The default file lives in the user's data directory (``~/.local/share/aigraph/graph.lbug`` on
Linux), never beside the code: an installed aigraph sits in site-packages.  A relative
path is made absolute here, once, so a child process started elsewhere (the dashboard)
opens the same file the user named.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from aigraph.graph.stores.base import GraphStore, QueryResult, WriteSummary

DEFAULT_STORE = user_data_path("aigraph") / "graph.lbug"
_BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def resolve_store_spec(spec: str | os.PathLike[str] | None = None) -> str:
    """The store a command will use, as an absolute path or a Neo4j URI."""
    chosen = str(spec) if spec else os.environ.get("AIGRAPH_STORE") or os.environ.get("NEO4J_URI")
    if not chosen:
        DEFAULT_STORE.parent.mkdir(parents=True, exist_ok=True)
        return str(DEFAULT_STORE)
    return chosen if is_neo4j_uri(chosen) else str(Path(chosen).expanduser().absolute())


def is_neo4j_uri(spec: str) -> bool:
    return spec.startswith(_BOLT_SCHEMES)


def open_store(spec: str | os.PathLike[str] | None = None, *, read_only: bool = False,
               database: str | None = None) -> GraphStore:
    """Open (and on first use create) the store named by ``spec`` or the environment.

    ``database`` names the Neo4j database (default ``$NEO4J_DATABASE``, else the server's default).
    """
    target = resolve_store_spec(spec)
    if is_neo4j_uri(target):
        from aigraph.graph.stores.neo4j_store import Neo4jStore

        return Neo4jStore(
            target,
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=database or os.environ.get("NEO4J_DATABASE"),
        )
    from aigraph.graph.stores.ladybug_store import LadybugStore

    return LadybugStore(target, read_only=read_only)


__all__ = ["GraphStore", "QueryResult", "WriteSummary", "open_store", "resolve_store_spec", "is_neo4j_uri", "DEFAULT_STORE"]
