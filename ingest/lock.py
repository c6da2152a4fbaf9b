"""One writer per store: an OS file lock (``fcntl.flock``) held for the whole run.

The kernel releases a flock when its process dies, even by SIGKILL, so a
crashed run never leaves a stale lock behind.  For a LadybugDB file the lock
sits next to it (``graph.lbug.ingest.lock``); a Neo4j server has no file of
ours, so its lock lives in a state directory (``$AIGRAPH_STATE_DIR``, else
``$XDG_STATE_HOME/aigraph``, else ``~/.local/state/aigraph``), which only
serialises runs on the same machine.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from graph.errors import StoreUnavailable
from graph.stores import is_neo4j_uri

POLL_SECONDS = 0.2


class LockBusy(Exception):
    """Another run holds the store's lock; the message says who and since when."""


def lock_path_for(store_spec: str) -> Path:
    """Where the lock for ``store_spec`` (a LadybugDB path or a Neo4j URI) lives."""
    if is_neo4j_uri(store_spec):
        state = os.environ.get("AIGRAPH_STATE_DIR") or (
            Path(os.environ["XDG_STATE_HOME"]) / "aigraph" if os.environ.get("XDG_STATE_HOME")
            else Path.home() / ".local" / "state" / "aigraph"
        )
        digest = hashlib.sha1(store_spec.encode("utf-8")).hexdigest()[:12]
        return Path(state) / f"neo4j-{digest}.ingest.lock"
    path = Path(store_spec).expanduser()
    return path.with_name(path.name + ".ingest.lock")


@contextmanager
def store_lock(store_spec: str, *, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the store's ingest lock; wait up to ``wait`` seconds for it, then raise ``LockBusy``."""
    path = lock_path_for(store_spec)
    if is_neo4j_uri(store_spec):
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():  # the store's own directory: not ours to create
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
