"""The dashboard in a real browser: a real Streamlit server on a free port, Debian's headless Chromium.

Each page is opened, its main element waited for (a Plotly chart, or the
result table on the console; a bare screenshot would capture Streamlit's
loading skeleton), screenshotted (to ``AIGRAPH_TEST_ARTIFACTS`` or a temporary
folder) and checked for the seed's organisations and the 2,000억원 investment.
A hostile article's names, title, URL and sentences must show as text only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO
from test_dashboard import SEED_AMOUNT, seed_investment, seed_store  # noqa: F401  (session fixtures)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (make system-deps)"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(base: str, process: subprocess.Popen, why_it_died: Callable[[], str]) -> None:
    """Poll Streamlit's health endpoint for up to 60 s; fail with ``why_it_died()`` if the server exits first."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        assert process.poll() is None, why_it_died()
        assert time.monotonic() < deadline, "streamlit did not become healthy within 60 s"
        time.sleep(0.3)


@contextmanager
def serve(store: Path, log_path: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` as ``aigraph dashboard`` starts it: repo root as cwd, AIGRAPH_STORE set."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(REPO / "dashboard" / "app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command, cwd=REPO, env={**os.environ, "AIGRAPH_STORE": str(store)}, stdout=log, stderr=subprocess.STDOUT
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_healthy(base, process, log_path.read_text)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    """Screenshots and the server log: ``AIGRAPH_TEST_ARTIFACTS`` when set (CI keeps them), else a temporary folder."""
    folder = (
        Path(os.environ["AIGRAPH_TEST_ARTIFACTS"])
        if os.environ.get("AIGRAPH_TEST_ARTIFACTS")
        else tmp_path_factory.mktemp("artifacts")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(seed_store, artifacts) -> Iterator[str]:  # noqa: F811
    with serve(seed_store, artifacts / "streamlit.log") as base:
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
def test_page_renders_in_chromium(server, browser, seed_investment, artifacts, path, ready, expected):  # noqa: F811
    names = {"investor": seed_investment["investor"], "recipient": seed_investment["recipient"]}
    page = open_ready(browser, f"{server}/{path.format(**names)}", ready)
    try:
        name = path.split("?")[0] or "overview"
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
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
        labels = page.locator(".js-plotly-plot .sankey .node-label").evaluate_all(
            "nodes => nodes.map(n => n.textContent)"
        )
        assert seed_investment["investor"] in labels and seed_investment["recipient"] in labels
    finally:
        page.close()


# A hostile article: a name glossed with HTML, an image tag as a gloss, Markdown links and images in a
# sentence, HTML in the title and a javascript: URL.  Each would show as an element if rendered.
HOSTILE_TITLE = "<script>alert(1)</script>악성랩 **투자** [기사](javascript:alert(2))"
HOSTILE_TEXT = (
    "악성랩(<b>Evil</b> Lab)은 카이스트에 100억원을 투자한다고 3일 밝혔다.\n"
    "독성연구소(<img src=x onerror=alert(1)>)는 서울대학교와 인공지능 공동연구 협약을 체결했다.\n"
    "악성랩은 포스텍에 [click](javascript:alert(1)) 50억원을 투자한다고 덧붙였다 ![](http://127.0.0.1:9/track).\n"
)
HOSTILE_PAGES = ["", "flows", "network", "profile?org=악성랩", "profile?org=독성연구소", "articles", "console"]
_FOUND_IN_PAGE = """() => {
    const hrefs = [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))
        .concat([...document.querySelectorAll('*')].map(e => e.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));
    const bold = [...document.querySelectorAll('b, strong, tspan')].filter(e => e.textContent.trim() === 'Evil'
        && (e.tagName.toLowerCase() !== 'tspan' || /bold/.test(e.getAttribute('style') || '')));
    return {
        images: [...document.querySelectorAll('img')].map(i => i.getAttribute('src') || '')
            .filter(src => src === 'x' || src.includes('127.0.0.1:9')),
        handlers: document.querySelectorAll('[onerror]').length,
        javascript_links: hrefs.filter(h => /^\\s*javascript:/i.test(h || '')),
        bold_evil: bold.length,
        scripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
    };
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, artifacts) -> Iterator[str]:
    import json

    from test_dashboard import aigraph

    folder = tmp_path_factory.mktemp("hostile")
    article = {
        "id": "hostile-1",
        "title": HOSTILE_TITLE,
        "url": "javascript:alert(3)",
        "published": "2024-03-03",
        "text": HOSTILE_TEXT,
    }
    (folder / "hostile.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    store = folder / "graph.lbug"
    done = subprocess.run(
        [*aigraph(), "ingest", str(folder / "hostile.jsonl"), "--store", str(store)],
        capture_output=True,
        text=True,
        cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    with serve(store, artifacts / "streamlit-hostile.log") as base:
        yield base


@pytest.mark.parametrize("path", HOSTILE_PAGES, ids=[p or "overview" for p in HOSTILE_PAGES])
def test_a_hostile_article_puts_only_text_on_every_page(hostile_server, browser, artifacts, path):
    page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="ko-KR")
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"{hostile_server}/{path}")
        page.wait_for_selector("[data-testid='stMain'] h1", state="visible", timeout=60_000)
        page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
        page.wait_for_timeout(800)
        if path.startswith("profile?org=악성랩"):
            assert "<b>Evil</b> Lab" in page.inner_text("body"), "the alias shows, as literal text"
            _open_first_quote(page)
            body = page.inner_text("body")
            assert "[click](javascript:alert(1))" in body and "![](http://127.0.0.1:9/track)" in body
        page.screenshot(path=str(artifacts / f"hostile-{path.split('?')[0] or 'overview'}.png"), full_page=True)
        found = page.evaluate(_FOUND_IN_PAGE)
        assert found == {"images": [], "handlers": 0, "javascript_links": [], "bold_evil": 0, "scripts": 0}, found
        assert not [u for u in requests if u.endswith("/x") or "127.0.0.1:9/" in u], requests
        assert not dialogs
    finally:
        page.close()


def _open_first_quote(page) -> None:
    """Select the first row of the profile's relation table (Glide's grid is a canvas: click its row marker)."""
    grid = page.locator("[data-testid='stDataFrame']").last
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.wait_for_selector("[data-testid='stMain'] blockquote", state="visible", timeout=30_000)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
