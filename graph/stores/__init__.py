"""The two store implementations behind one interface; which one a command uses is a ``StoreSpec``."""

from __future__ import annotations

import os

from aigraph.graph.spec import StoreSpec
from aigraph.graph.stores.base import GraphStore, QueryResult
from aigraph.graph.stores.writing import WriteSummary


def open_store(
    spec: str | os.PathLike[str] | StoreSpec | None = None, *, read_only: bool = False, database: str | None = None
) -> GraphStore:
    """Open the store named by ``spec`` or the environment (see ``graph.spec``).

    ``database`` names the Neo4j database (default ``$NEO4J_DATABASE``, else the server's default).
    """
    return StoreSpec.resolve(spec, database=database).open(read_only=read_only)


__all__ = ["GraphStore", "QueryResult", "WriteSummary", "open_store"]
