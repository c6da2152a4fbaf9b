"""Which store a command uses, parsed once into a ``StoreSpec``.

Order: ``--store`` / argument, then ``AIGRAPH_STORE``, then ``NEO4J_URI``, then
the default file in the user's data directory (``~/.local/share/aigraph/graph.lbug``
on Linux), never beside the code: an installed aigraph sits in site-packages.  A
relative path is made absolute here, once, so a child process started elsewhere
(the dashboard) opens the same file the user named.  The spec owns everything
that depends on the backend choice: how to open it, where an embedded store's
ingest lock lives and which files a reader watches for changes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from pydantic import BaseModel, ConfigDict

from aigraph.core.settings import settings

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

DEFAULT_STORE = user_data_path("aigraph") / "graph.lbug"
_BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


class StoreSpec(BaseModel):
    """A resolved store: an absolute LadybugDB path or a Neo4j URI, plus the Neo4j database."""

    model_config = ConfigDict(frozen=True)

    target: str
    database: str | None = None

    @classmethod
    def resolve(
        cls, spec: str | os.PathLike[str] | StoreSpec | None = None, *, database: str | None = None
    ) -> StoreSpec:
        if isinstance(spec, StoreSpec):
            return spec if database is None else spec.model_copy(update={"database": database})
        env = settings()
        chosen = str(spec) if spec else env.aigraph_store or env.neo4j_uri
        if not chosen:
            DEFAULT_STORE.parent.mkdir(parents=True, exist_ok=True)
            chosen = str(DEFAULT_STORE)
        elif not chosen.startswith(_BOLT_SCHEMES):
            chosen = str(Path(chosen).expanduser().absolute())
        return cls(
            target=chosen, database=database or (env.neo4j_database if chosen.startswith(_BOLT_SCHEMES) else None)
        )

    @property
    def is_neo4j(self) -> bool:
        return self.target.startswith(_BOLT_SCHEMES)

    @property
    def path(self) -> Path:
        """The embedded store's file."""
        if self.is_neo4j:
            raise ValueError(f"{self.target} is a Neo4j server, not a file")
        return Path(self.target)

    @property
    def lock_path(self) -> Path:
        """Where an embedded store's ingest lock lives: beside it."""
        return self.path.with_name(self.path.name + ".ingest.lock")

    def exists(self) -> bool:
        """A server always "exists" (opening it says otherwise); a file store once it was written."""
        return self.is_neo4j or self.path.exists()

    def watched_files(self) -> tuple[Path, ...]:
        """The files whose change means new data for a reader: the store and its write-ahead log."""
        return () if self.is_neo4j else (self.path, self.path.with_name(self.path.name + ".wal"))

    def version(self) -> str:
        """Size and mtime of the watched files ('' for a server, which has no file to watch)."""
        parts = []
        for path in self.watched_files():
            if path.exists():
                info = path.stat()
                parts.append(f"{info.st_size}:{info.st_mtime_ns}")
        return "/".join(parts)

    def open(self, *, read_only: bool = False) -> GraphStore:
        """Open (and on first use create) the store."""
        if self.is_neo4j:
            from aigraph.graph.stores.neo4j_store import Neo4jStore

            env = settings()
            return Neo4jStore(self.target, user=env.neo4j_user, password=env.neo4j_password, database=self.database)
        from aigraph.graph.stores.ladybug_store import LadybugStore

        return LadybugStore(self.path, read_only=read_only)

    def __str__(self) -> str:
        return self.target
