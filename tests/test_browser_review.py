"""The Review page in real headless Chromium against a real Streamlit server: without ``--allow-curation``
nothing on it can write; with it, a click records a decision that ``aigraph curate list`` shows and
that changes the overview's totals."""

from __future__ import annotations

import json
import re
import subprocess
import time

import pytest

from aigraph.graph.api import open_graph
from test_browser import CHROMIUM, artifacts, browser, open_ready, serve  # noqa: F401  (fixtures)
from test_dashboard import aigraph
from test_review_page import review_store, review_store_template  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (make system-deps)"
    ),
]
WRITES = "[class*='st-key-reject-'], [class*='st-key-confirm-'], [class*='st-key-merge-'], [class*='st-key-undo-']"
TOTAL = "[data-testid='stMetricValue']"


def settled_metrics(page, complete, timeout_s: float = 60.0) -> list[str]:
    """The overview's metric values once ``complete(values)`` holds: Streamlit draws the metrics one by one
    and its "running" widget can appear after the first ones, so the page being "ready" is not enough."""
    deadline = time.monotonic() + timeout_s
    values = page.locator(TOTAL).all_inner_texts()
    while not complete(values) and time.monotonic() < deadline:
        page.wait_for_timeout(200)
        values = page.locator(TOTAL).all_inner_texts()
    return values


def test_review_writes_only_with_the_flag(review_store, browser, artifacts, monkeypatch):  # noqa: F811
    monkeypatch.setenv("AIGRAPH_ALLOW_CURATION", "")
    with serve(review_store, artifacts / "streamlit-review-readonly.log") as base:
        page = open_ready(browser, f"{base}/review", "[data-testid='stMain'] h1")
        try:
            # the heading is drawn before the queue: wait for the queue itself (a timeout fails the test)
            page.locator("[data-testid='stMain']").get_by_text("누리대학교").first.wait_for(timeout=60_000)
            page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
            assert page.locator(WRITES).count() == 0
            assert page.locator("[data-testid='stMain'] input[type='text']").count() == 0
            assert "--allow-curation" in page.inner_text("body")
            page.screenshot(path=str(artifacts / "review-read-only.png"), full_page=True)
        finally:
            page.close()

    with open_graph(str(review_store)) as g:
        table = g.investments()
    fact = table.loc[table["amount"] == 8e11, "id"].item()
    css_key = re.sub(r"[^a-zA-Z0-9_-]", "-", fact)  # how Streamlit turns a widget key into a CSS class
    monkeypatch.setenv("AIGRAPH_ALLOW_CURATION", "1")
    with serve(review_store, artifacts / "streamlit-review.log") as base:
        overview = open_ready(browser, f"{base}/", TOTAL)
        totals_before = settled_metrics(overview, lambda values: "8,900억 원" in values)
        overview.close()
        page = open_ready(browser, f"{base}/review", f"[class*='st-key-reject-'][class*='{css_key}'] button")
        try:
            page.locator(f"[class*='st-key-reason-'][class*='{css_key}'] input").fill("called off, per the filing")
            page.keyboard.press("Tab")
            page.wait_for_timeout(500)
            page.locator(f"[class*='st-key-reject-'][class*='{css_key}'] button").click()
            page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=60_000)
            page.screenshot(path=str(artifacts / "review-decided.png"), full_page=True)
        finally:
            page.close()
        listed = subprocess.run(
            [*aigraph(), "curate", "list", "--store", str(review_store), "--format", "json"],
            capture_output=True,
            text=True,
        )
        assert listed.returncode == 0, listed.stderr
        [decision] = json.loads(listed.stdout)
        assert (decision["kind"], decision["subject"], decision["reason"]) == (
            "reject",
            fact,
            "called off, per the filing",
        )
        overview = open_ready(browser, f"{base}/", TOTAL)
        try:
            totals_after = settled_metrics(overview, lambda values: len(values) >= len(totals_before))
            overview.locator("[class*='st-key-raw'] label").click()  # the sidebar's "show raw extraction" switch
            overview.wait_for_function(
                "() => [...document.querySelectorAll(\"[data-testid='stMetricValue']\")].some(e => e.innerText === '8,900억 원')",
                timeout=60_000,
            )
            totals_raw = overview.locator(TOTAL).all_inner_texts()
            overview.screenshot(path=str(artifacts / "overview-raw.png"), full_page=True)
        finally:
            overview.close()
    assert "8,900억 원" in totals_before and "900억 원" in totals_after and "8,900억 원" not in totals_after, (
        totals_before,
        totals_after,
    )
    assert "8,900억 원" in totals_raw and "900억 원" not in totals_raw, ("raw counts the rejected fact", totals_raw)
