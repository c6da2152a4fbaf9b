"""One ingest writer per store at a time, whichever host it runs on.

An embedded LadybugDB file is locked with an OS file lock (``fcntl.flock``)
beside it (``graph.lbug.ingest.lock``): only processes on its own machine can
open it, and the kernel releases the lock when its process dies, even by
SIGKILL.  A Neo4j database is shared by hosts that share no disk, so its
writers meet at a lease stored in the database itself (``graph/lease.py``),
renewed while the run works and free again ``AIGRAPH_LEASE_SECONDS`` (60)
after a holder is killed.  ``exclusive_writer`` picks the right one.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from graph.errors import StoreUnavailable
from graph.lease import DEFAULT_TTL_SECONDS, Lease
from graph.stores import GraphStore, is_neo4j_uri, open_store

POLL_SECONDS = 0.2


class LockBusy(Exception):
    """Another run holds the store's lock; the message says who and since when."""


@dataclass
class Writer:
    """The store this run may write, and the check to make before each write (a lost lease stops it)."""

    store: GraphStore
    check: Callable[[], None]


@contextmanager
def exclusive_writer(store_spec: str, *, wait: float = 0.0, database: str | None = None, take_lease: bool = True,
                     on_wait: Callable[[str], None] | None = None) -> Iterator[Writer]:
    """Open the store as its only ingest writer, waiting up to ``wait`` seconds for another to finish.

    ``take_lease=False`` (a dry run, which writes nothing) opens a Neo4j store without the lease.
    """
    if not is_neo4j_uri(store_spec):
        with store_lock(store_spec, wait=wait, on_wait=on_wait), open_store(store_spec) as store:
            yield Writer(store, lambda: None)
        return
    with open_store(store_spec, database=database) as store:
        if not take_lease:
            yield Writer(store, lambda: None)
            return
        lease = Lease(store, ttl=float(os.environ.get("AIGRAPH_LEASE_SECONDS") or DEFAULT_TTL_SECONDS))
        lease.acquire(wait=wait, on_wait=on_wait)
        lease.keep_alive()
        try:
            yield Writer(store, lease.check)
        finally:
            lease.release_and_stop()


def lock_path_for(store_spec: str) -> Path:
    """Where the file lock for a LadybugDB store lives: beside it."""
    path = Path(store_spec).expanduser()
    return path.with_name(path.name + ".ingest.lock")


@contextmanager
def store_lock(store_spec: str, *, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold a LadybugDB store's ingest lock; wait up to ``wait`` seconds for it, then raise ``LockBusy``."""
    path = lock_path_for(store_spec)
    if not path.parent.is_dir():  # the store's own directory: not ours to create
        raise StoreUnavailable(f"cannot open store {store_spec}: directory {path.parent} does not exist "
                               "(create it or pass another --store)")
    handle = path.open("a+")
    try:
        deadline = time.monotonic() + wait
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(path)
                if time.monotonic() >= deadline:
                    hint = f"waited {wait:g}s; " if wait else ""
                    raise LockBusy(
                        f"another ingest is writing to {store_spec} ({holder}); {hint}"
                        f"retry later or pass --wait SECONDS (lock file {path})"
                    ) from None
                if not announced and on_wait:
                    on_wait(f"waiting up to {wait:g}s for another ingest ({holder}) to finish")
                    announced = True
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        handle.flush()
        yield path
    finally:
        handle.close()  # closing the descriptor releases the flock


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "pid unknown"
    except OSError:
        return "pid unknown"
