"""The store lock: one writer at a time, a clear message for the second, released when the holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from aigraph.graph.spec import StoreSpec
from aigraph.ingest.lock import LockBusy, store_lock


def test_the_lock_file_sits_next_to_the_store_file(tmp_path):
    assert StoreSpec.resolve(tmp_path / "graph.lbug").lock_path == tmp_path / "graph.lbug.ingest.lock"


def test_a_second_holder_is_refused_with_who_holds_it(tmp_path):
    store = StoreSpec.resolve(tmp_path / "graph.lbug")
    with store_lock(store):
        with pytest.raises(LockBusy) as refused:
            with store_lock(store):
                pass
    message = str(refused.value)
    assert f"pid {os.getpid()}" in message and "--wait" in message and store.target in message
    with store_lock(store):  # released on exit
        pass


def test_a_waiting_holder_gets_the_lock_when_it_is_released(tmp_path):
    store = StoreSpec.resolve(tmp_path / "graph.lbug")
    messages: list[str] = []
    held = threading.Event()

    def hold() -> None:
        with store_lock(store):
            held.set()
            time.sleep(0.6)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    started = time.monotonic()
    with store_lock(store, wait=10, on_wait=messages.append):
        waited = time.monotonic() - started
    holder.join()
    assert 0.3 < waited < 5 and len(messages) == 1 and "waiting up to 10s" in messages[0]


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    store = StoreSpec.resolve(tmp_path / "graph.lbug")
    code = (
        "import sys, time; from aigraph.ingest.lock import store_lock; from aigraph.graph.spec import StoreSpec\n"
        "with store_lock(StoreSpec.resolve(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, store.target], stdout=subprocess.PIPE)
    assert holder.stdout.readline() == b"held\n"
    with pytest.raises(LockBusy):
        with store_lock(store):
            pass
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with store_lock(store, wait=5):
        assert store.lock_path.exists()


def test_a_store_in_a_missing_directory_is_refused_not_created(tmp_path):
    from aigraph.graph.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="does not exist"):
        with store_lock(StoreSpec.resolve(tmp_path / "nope" / "graph.lbug")):
            pass
    assert not (tmp_path / "nope").exists()
