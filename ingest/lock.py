"""One ingest writer per store at a time, whichever host it runs on.

An embedded LadybugDB file is locked with an OS file lock (``fcntl.flock``)
beside it (``graph.lbug.ingest.lock``): only processes on its own machine can
open it, and the kernel releases the lock when its process dies, even by
SIGKILL.  A Neo4j database is shared by hosts that share no disk, so its
writers meet at a lease stored in the database itself (``graph/lease.py``),
renewed while the run works and free again ``AIGRAPH_LEASE_SECONDS`` (60)
after a holder is killed.  ``store_writer`` picks the right one.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from aigraph.graph.errors import StoreUnavailable
from aigraph.graph.lease import INGEST_LEASE, WRITE_LEASE, Lease
from aigraph.graph.spec import StoreSpec
from aigraph.graph.stores import GraphStore

POLL_SECONDS = 0.2
# How long one batch may wait for other hosts' batches: far longer than any batch takes.
WRITE_WAIT_SECONDS = 900.0


class LockBusy(Exception):
    """Another run holds the store's lock; the message says who and since when."""


@dataclass
class Writer:
    """The store this run writes, and ``writing()``: the span of one batch write, one host at a time."""

    store: GraphStore
    writing: Callable[[], AbstractContextManager[None]]


@contextmanager
def store_writer(
    spec: StoreSpec, *, wait: float = 0.0, share: str = "", on_wait: Callable[[str], None] | None = None
) -> Iterator[Writer]:
    """Open the store for one ingest run, waiting up to ``wait`` seconds for a run of the same inputs to finish.

    LadybugDB: the file lock, held for the whole run (one process can open the file anyway).
    Neo4j: a run lease per input share (``share`` is ``K/N`` for a partition, "" for a whole run),
    so a second run of the same share is refused or waits, while runs of other shares extract
    in parallel; their batch writes take turns through a short write lease, because the write
    path reads evidence before it merges it.
    """
    if not spec.is_neo4j:
        with store_lock(spec, wait=wait, on_wait=on_wait), spec.open() as store:
            yield Writer(store, nullcontext)
        return
    with spec.open() as store:
        run_lease = Lease(store, f"{INGEST_LEASE} {share}".strip())
        run_lease.acquire(wait=wait, on_wait=on_wait)
        run_lease.keep_alive()

        @contextmanager
        def writing() -> Iterator[None]:
            run_lease.check()
            with Lease(store, WRITE_LEASE) as batch_lease:
                batch_lease.acquire(wait=WRITE_WAIT_SECONDS, poll=0.05)
                batch_lease.keep_alive()
                yield
                batch_lease.check()

        try:
            yield Writer(store, writing)
        finally:
            run_lease.release_and_stop()


@contextmanager
def store_lock(spec: StoreSpec, *, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold a LadybugDB store's ingest lock; wait up to ``wait`` seconds for it, then raise ``LockBusy``.

    ``fcntl.flock`` rather than the ``filelock`` package: the lock file names its holder for the
    "busy" message, and ``filelock`` truncates the file on every attempt to take it.
    """
    path = spec.lock_path
    if not path.parent.is_dir():  # the store's own directory: not ours to create
        raise StoreUnavailable(
            f"cannot open store {spec}: directory {path.parent} does not exist (create it or pass another --store)"
        )
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
                        f"another ingest is writing to {spec} ({holder}); {hint}"
                        f"retry later or pass --wait SECONDS (lock file {path})"
                    ) from None
                if not announced and on_wait:
                    on_wait(f"waiting up to {wait:g}s for another ingest ({holder}) to finish")
                    announced = True
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n")
        handle.flush()
        yield path
    finally:
        handle.close()  # closing the descriptor releases the flock


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "pid unknown"
    except OSError:
        return "pid unknown"
