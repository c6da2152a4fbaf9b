"""One deal reported in Korean and in English, in a real browser: ingested with the real CLI into one
LadybugDB file, it is one investor node, one recipient node and one INVESTED_IN fact with both articles
as evidence, shown once on the dashboard — under the Korean names in Korean and the English names in
English.  Both articles are written for the test."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from aigraph.graph.api import open_graph
from test_browser import CHROMIUM, artifacts, browser, open_ready, serve  # noqa: F401  (fixtures)
from test_browser_numbers import english
from test_dashboard import aigraph

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (make system-deps)"
    ),
]

ARTICLES = [
    {
        "id": "ko-naver-upstage",
        "title": "네이버, 업스테이지에 500억원 투자",
        "published": "2024-05-13",
        "text": "네이버, 업스테이지에 500억원 투자\n\n네이버는 인공지능 스타트업 업스테이지에 500억원을 투자했다고 13일 밝혔다.",
    },
    {
        "id": "en-naver-upstage",
        "title": "Naver invests in Upstage",
        "published": "2024-05-13",
        "text": "Naver invests in Upstage\n\nNaver Corp. said on Monday it has invested 50 billion won in Upstage, a Seoul-based AI startup.",
    },
]


@pytest.fixture(scope="module")
def pair_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bilingual")
    source = root / "pair.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = root / "graph.lbug"
    done = subprocess.run(
        [*aigraph(), "ingest", str(source), "--store", str(store)], capture_output=True, text=True, cwd=root
    )
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="module")
def pair_server(pair_store, artifacts) -> Iterator[str]:  # noqa: F811
    with serve(pair_store, artifacts / "streamlit-bilingual.log") as base:
        yield base


def test_the_pair_is_one_fact_with_two_pieces_of_evidence(pair_store):
    with open_graph(str(pair_store)) as g:
        orgs = sorted(g.cypher("MATCH (o:Organization) RETURN o.name AS name")["name"])
        facts = g.cypher(
            "MATCH (a)-[r:INVESTED_IN]->(b) RETURN a.name AS a, b.name AS b, r.articles AS articles, r.amount AS amount"
        )
        languages = sorted(g.cypher("MATCH (x:Article) RETURN x.language AS language")["language"])
    assert orgs == ["네이버", "업스테이지"]
    assert len(facts) == 1 and (facts["a"][0], facts["b"][0], facts["amount"][0]) == ("네이버", "업스테이지", 5e10)
    assert sorted(facts["articles"][0]) == ["en-naver-upstage", "ko-naver-upstage"]
    assert languages == ["en", "ko"]


def _cells(page) -> list[str]:
    """Every table cell on the page: the grid draws cells only in view, so each table is scrolled there first."""
    tables = page.locator("[data-testid='stDataFrame']")
    for k in range(tables.count()):
        tables.nth(k).scroll_into_view_if_needed()
        tables.nth(k).locator("[role='gridcell']").first.wait_for(state="attached", timeout=30_000)
    return page.locator("[data-testid='stDataFrame'] [role='gridcell']").all_inner_texts()


def _sankey_labels(page) -> list[str]:
    """The Sankey's node labels (SVG text, so read as text content)."""
    return sorted(
        page.eval_on_selector_all(".js-plotly-plot .sankey .node-label", "els => els.map(e => e.textContent)")
    )


def test_the_deal_is_shown_once_in_each_language(pair_server, browser, artifacts):  # noqa: F811
    page = open_ready(browser, f"{pair_server}/flows", ".js-plotly-plot")
    try:
        body, cells = page.inner_text("body"), _cells(page)
        page.screenshot(path=str(artifacts / "bilingual-flows-ko.png"), full_page=True)
        assert "1건" in body, body
        assert cells.count("네이버") == 1 and cells.count("업스테이지") == 1, cells
        assert not {"Naver", "NAVER", "Upstage"} & set(cells), cells
        assert _sankey_labels(page) == ["네이버", "업스테이지"]

        english(page)
        page.wait_for_selector(".js-plotly-plot", state="visible", timeout=60_000)
        for _ in range(30):  # the grid redraws its cells a moment after the rerun: wait for it, not for a fixed time
            cells = _cells(page)
            if not {"네이버", "업스테이지"} & set(cells):
                break
            page.wait_for_timeout(1000)
        body = page.inner_text("body")
        page.screenshot(path=str(artifacts / "bilingual-flows-en.png"), full_page=True)
        assert "1 investment" in body, body
        investor = [c for c in cells if c in ("NAVER", "Naver")]
        assert len(investor) == 1 and cells.count("Upstage") == 1, cells
        assert not {"네이버", "업스테이지"} & set(cells), cells
        labels = _sankey_labels(page)
        assert labels == sorted([investor[0], "Upstage"]), labels
        assert not page.errors, page.errors
    finally:
        page.close()
