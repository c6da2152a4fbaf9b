"""`aigraph dashboard` as a user runs it: a relative store path, then Ctrl-C or a service manager's SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from conftest import SEED
from test_browser import free_port, wait_until_healthy

pytestmark = pytest.mark.slow
AIGRAPH = str(Path(sys.executable).parent / "aigraph")


def port_is_free(port: int) -> bool:
    """Free for a new server, which (like Streamlit's) sets SO_REUSEADDR: closed client connections may linger."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """A folder where ``aigraph ingest SEED --store g.lbug`` was run (a relative store path)."""
    folder = tmp_path_factory.mktemp("work")
    done = subprocess.run(
        [AIGRAPH, "ingest", str(SEED), "--store", "g.lbug"], cwd=folder, capture_output=True, text=True
    )
    assert done.returncode == 0 and (folder / "g.lbug").exists(), done.stderr
    return folder


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_dashboard_opens_the_relative_store_and_stops_with_its_child(ingested, stop_signal):
    port = free_port()
    parent = subprocess.Popen(
        [AIGRAPH, "dashboard", "--store", "g.lbug", "--port", str(port)],
        cwd=ingested,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    children: list[psutil.Process] = []
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", parent, lambda: parent.stderr.read().decode())
        children = psutil.Process(parent.pid).children(recursive=True)
        [child] = psutil.Process(parent.pid).children()
        assert child.environ()["AIGRAPH_STORE"] == str(ingested / "g.lbug"), (
            "resolved before the child starts elsewhere"
        )
        assert Path(child.cwd()) != ingested

        parent.send_signal(stop_signal)
        assert parent.wait(timeout=20) == 0
        assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE, "the Streamlit child was stopped"
        assert port_is_free(port), "the port is free again"
    finally:  # whatever happened, leave no server behind
        for process in [*children, psutil.Process(parent.pid)] if parent.poll() is None else children:
            if process.is_running():
                process.kill()
