"""The dashboard in a real browser: a real Streamlit server on a free port, Debian's headless Chromium.

Each page is opened, its main element waited for (a Plotly chart, or the
result table on the console; a bare screenshot would capture Streamlit's
loading skeleton), screenshotted to ``tests/artifacts/`` and checked for the
seed's organisations and the 2,000억원 investment.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO
from test_dashboard import SEED_AMOUNT, seed_investment, seed_store  # noqa: F401  (session fixtures)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (make system-deps)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(store: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` as ``aigraph dashboard`` starts it: repo root as cwd, AIGRAPH_STORE set."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / f"streamlit-{store.parent.name}.log"
    log = open(log_path, "w")
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, "AIGRAPH_STORE": str(store)},
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "streamlit did not become healthy within 60 s"
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def server(seed_store) -> Iterator[str]:  # noqa: F811
    with streamlit_server(seed_store) as base:
        yield base


def open_ready(browser, url: str, ready: str, *, locale: str = "ko-KR"):
    """A new page at ``url`` once ``ready`` is visible and the script run has finished; page errors collected."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale=locale)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(url)
    page.wait_for_selector(ready, state="visible", timeout=60_000)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)  # the run is finished
    page.wait_for_timeout(800)  # let Plotly finish its first draw
    return page


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# url path, the element that proves the page rendered, and the text that must be on it
PAGES = [
    ("", ".js-plotly-plot", ["개요", "2,000억 원", "{investor}"]),
    ("flows", ".js-plotly-plot", ["투자 흐름", "{recipient}"]),
    ("network", ".js-plotly-plot", ["네트워크", "{recipient}"]),
    ("profile?org={recipient}", ".js-plotly-plot", ["기관 프로필", "{recipient}", "{investor}"]),
    ("articles", ".js-plotly-plot", ["기사", "{recipient}"]),
    ("console", "[data-testid='stDataFrame']", ["Cypher", "읽기 전용"]),
]


@pytest.mark.parametrize(("path", "ready", "expected"), PAGES, ids=[p[0].split("?")[0] or "overview" for p in PAGES])
def test_page_renders_in_chromium(server, browser, seed_investment, path, ready, expected):  # noqa: F811
    names = {"investor": seed_investment["investor"], "recipient": seed_investment["recipient"]}
    page = open_ready(browser, f"{server}/{path.format(**names)}", ready)
    try:
        name = path.split("?")[0] or "overview"
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        body = page.inner_text("body")
        for text in expected:
            assert text.format(**names) in body or text.format(**names) in page.content(), text
        assert "Traceback" not in body and "Page not found" not in body
        assert page.locator("[data-testid='stAppDeployButton']").count() == 0  # toolbarMode = minimal
        assert not page.errors, page.errors
    finally:
        page.close()


def test_flows_chart_is_a_sankey_of_the_seed_investment(server, browser, seed_investment):  # noqa: F811
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(f"{server}/flows")
        page.wait_for_selector(".js-plotly-plot .sankey", timeout=60_000)
        labels = page.locator(".js-plotly-plot .sankey .node-label").evaluate_all("nodes => nodes.map(n => n.textContent)")
        assert seed_investment["investor"] in labels and seed_investment["recipient"] in labels
    finally:
        page.close()
