"""A writer's lease held in the graph itself: one ingest writes to a store at a time, from any host.

A file lock only serialises runs on one machine; several hosts writing into
one Neo4j database need the lock where they all meet, in the database. The
lease is a ``Lease`` node with its holder, host, process and an expiry that
the holder keeps pushing forward while it works (``Lease.keep_alive``). A
holder killed with ``kill -9`` stops renewing, so after ``ttl`` seconds the
lease is free again: a crash never blocks the store for good.

Taking the lease is one write transaction that first touches the node (so
Neo4j grants it an exclusive lock) and only then reads who holds it, so two
hosts racing for a free lease cannot both win. Expiry uses each host's clock:
hosts must agree on the time to well within ``ttl`` (NTP does).
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from aigraph.core.settings import settings
from aigraph.graph.errors import GraphError
from aigraph.graph.stores.base import GraphStore

INGEST_LEASE = "ingest"  # one run per input share
WRITE_LEASE = "write"  # one batch write at a time

_ACQUIRE = """
MERGE (l:Lease {id: $name})
SET l.touched_at = $now
WITH l, (l.holder IS NULL OR l.holder = '' OR l.expires_at < $now OR l.holder = $me) AS free
SET l.holder = CASE WHEN free THEN $me ELSE l.holder END,
    l.host = CASE WHEN free THEN $host ELSE l.host END,
    l.pid = CASE WHEN free THEN $pid ELSE l.pid END,
    l.started_at = CASE WHEN free THEN $now ELSE l.started_at END,
    l.expires_at = CASE WHEN free THEN $expires ELSE l.expires_at END
RETURN l.holder, l.host, l.pid, l.started_at, l.expires_at
"""
_RENEW = "MATCH (l:Lease) WHERE l.id = $name AND l.holder = $me SET l.expires_at = $expires RETURN count(l)"
_RELEASE = "MATCH (l:Lease) WHERE l.id = $name AND l.holder = $me SET l.holder = '', l.expires_at = 0 RETURN count(l)"


class LeaseBusy(GraphError):
    """Another live writer holds the lease; the message says who, where and since when."""


class LeaseLost(GraphError):
    """This writer's lease expired and another took it: stop writing at once."""


@dataclass(frozen=True)
class Holder:
    holder: str
    host: str
    pid: int
    started_at: datetime
    expires_at: datetime

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} since {self.started_at.isoformat(timespec='seconds')}"


def _ms(seconds: float) -> int:
    return int(seconds * 1000)


def _when(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


class Lease:
    """One named lease on one store, held by this process (``holder`` is unique per ``Lease`` object)."""

    def __init__(self, store: GraphStore, name: str = INGEST_LEASE, *, ttl: float | None = None) -> None:
        self.store, self.name = store, name
        self.ttl = ttl if ttl is not None else settings().aigraph_lease_seconds
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._lost = threading.Event()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def try_acquire(self) -> Holder | None:
        """Take the lease if it is free, expired or already ours; else return who holds it."""
        now = _ms(time.time())
        row = self.store.execute_write(
            _ACQUIRE,
            {
                "name": self.name,
                "me": self.holder,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "now": now,
                "expires": now + _ms(self.ttl),
            },
        ).rows[0]
        holder, host, pid, started, expires = row
        if holder == self.holder:
            return None
        return Holder(holder, host or "?", int(pid or 0), _when(started or 0), _when(expires or 0))

    def acquire(self, *, wait: float = 0.0, poll: float = 0.5, on_wait=None) -> None:
        """Take the lease, waiting up to ``wait`` seconds for the holder to finish or expire."""
        deadline = time.monotonic() + wait
        announced = False
        while (other := self.try_acquire()) is not None:
            if time.monotonic() >= deadline:
                hint = f"waited {wait:g}s; " if wait else ""
                raise LeaseBusy(
                    f"another ingest is writing to {self.store.location} ({other.describe()}, lease until "
                    f"{other.expires_at.isoformat(timespec='seconds')}); {hint}retry later or pass --wait SECONDS"
                )
            if not announced and on_wait:
                on_wait(f"waiting up to {wait:g}s for another ingest ({other.describe()}) to finish")
                announced = True
            time.sleep(poll)

    def renew(self) -> bool:
        """Push the expiry forward; False when the lease is no longer ours."""
        expires = _ms(time.time() + self.ttl)
        return bool(
            self.store.execute_write(_RENEW, {"name": self.name, "me": self.holder, "expires": expires}).rows[0][0]
        )

    def release(self) -> None:
        self.store.execute_write(_RELEASE, {"name": self.name, "me": self.holder})

    def check(self) -> None:
        """Raise ``LeaseLost`` if the background renewal found the lease taken by another writer."""
        if self._lost.is_set():
            raise LeaseLost(
                f"the ingest lease on {self.store.location} expired and another writer took it; "
                "this run stopped writing (re-run to finish its articles)"
            )

    def keep_alive(self) -> None:
        """Renew in a background thread every quarter of ``ttl`` until ``release_and_stop``."""

        def loop() -> None:
            while not self._stop.wait(self.ttl / 4):
                try:
                    if not self.renew():
                        self._lost.set()
                        return
                except GraphError:
                    continue  # a blip: the next renewal, well before expiry, tries again

        self._renewer = threading.Thread(target=loop, name=f"lease-{self.name}", daemon=True)
        self._renewer.start()

    def release_and_stop(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
        if not self._lost.is_set():
            self.release()

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release_and_stop()
