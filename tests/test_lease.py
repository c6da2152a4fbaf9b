"""The writers' lease in the database (both backends) and ``--partition K/N``."""

from __future__ import annotations

import threading
import time

import pytest

from aigraph.graph.lease import Lease, LeaseBusy, LeaseLost
from aigraph.ingest.partition import Partition


def test_a_held_lease_is_refused_to_another_writer_with_who_holds_it(store):
    first, second = Lease(store, ttl=30), Lease(store, ttl=30)
    first.acquire()
    with pytest.raises(LeaseBusy) as refused:
        second.acquire()
    message = str(refused.value)
    assert "another ingest is writing" in message and "--wait" in message and "pid " in message
    first.acquire()  # taking it again is a renewal, not a conflict
    first.release()
    second.acquire()
    assert first.try_acquire() is not None


def test_an_expired_lease_is_taken_over_and_its_old_holder_learns_it_lost(store):
    crashed, successor = Lease(store, ttl=0.3), Lease(store, ttl=30)
    crashed.acquire()
    time.sleep(0.5)  # the holder stopped renewing (as after kill -9)
    successor.acquire()
    assert crashed.renew() is False
    crashed.keep_alive()  # its renewal thread notices at once that the lease is gone
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            crashed.check()
        except LeaseLost:
            break
        time.sleep(0.05)
    else:
        pytest.fail("a writer whose lease was taken over was never told")
    crashed.release_and_stop()  # does not release the successor's lease
    assert Lease(store).try_acquire() is not None


def test_a_waiting_writer_gets_the_lease_when_the_holder_releases_it(store):
    holder, waiter = Lease(store, ttl=30), Lease(store, ttl=30)
    holder.acquire()
    threading.Timer(0.6, holder.release).start()
    messages: list[str] = []
    started = time.monotonic()
    waiter.acquire(wait=20, poll=0.1, on_wait=messages.append)
    assert 0.4 < time.monotonic() - started < 15
    assert len(messages) == 1 and "waiting up to 20s" in messages[0]


def test_a_live_holder_keeps_its_lease_past_the_ttl(store):
    with Lease(store, ttl=0.4) as holder:
        holder.acquire()
        holder.keep_alive()
        time.sleep(1.0)  # more than twice the ttl: only the renewals keep it
        holder.check()
        assert Lease(store).try_acquire() is not None
    assert Lease(store).try_acquire() is None, "leaving the block releases the lease"


@pytest.mark.parametrize("text", ["0/3", "4/3", "3", "a/b", "1/0"])
def test_a_bad_partition_is_refused_with_the_expected_form(text):
    with pytest.raises(ValueError, match="--partition"):
        Partition.parse(text)


def test_partitions_split_every_id_into_exactly_one_share_the_same_way_every_time():
    ids = [f"article-{n}" for n in range(3000)] + ["", "기사-1", "https://example.com/a?b=c"]
    shares = [Partition.parse(f"{k}/4") for k in range(1, 5)]
    owners = [[p for p in shares if p.owns(i)] for i in ids]
    assert all(len(o) == 1 for o in owners)
    sizes = [sum(o[0] == p for o in owners) for p in shares]
    assert min(sizes) > 0.2 * len(ids), sizes  # roughly even
    assert owners == [[p for p in shares if p.owns(i)] for i in ids]
    assert all(Partition.parse("1/1").owns(i) for i in ids)
