"""Issue 11 in a real browser: totals across currencies, the "reports differ" marker and the What's-new page.

Composed articles (dateless, KRW and USD as in the issue's example, plus two
articles disagreeing about one EUR deal) are ingested with the real CLI,
then the real Streamlit server is opened in Debian's headless Chromium;
each page is screenshotted (to ``AIGRAPH_TEST_ARTIFACTS`` or a temporary folder).
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime, timezone
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO
from aigraph.core import money
from aigraph.graph.api import open_graph
from test_browser import CHROMIUM, artifacts, browser, open_ready, serve  # noqa: F401  (fixtures)
from test_dashboard import aigraph

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (make system-deps)"
    ),
]

ARTICLES = {
    "krw.txt": ("가온전자, 나래반도체 투자", "가온전자는 나래반도체에 300억원을 투자했다."),
    "usd.txt": ("감마캐피탈, 델타바이오 투자", "감마캐피탈은 델타바이오에 5억 달러를 투자했다."),
    "usd2.txt": ("엡실론벤처스, 제타랩스 투자", "엡실론벤처스는 제타랩스에 1억 달러를 투자했다."),
    "eur1.txt": ("세타홀딩스, 이오타랩스 투자", "세타홀딩스는 이오타랩스에 2000만 유로를 투자했다."),
    "eur2.txt": ("세타홀딩스 투자 규모", "세타홀딩스는 이오타랩스에 5000만 유로를 투자했다."),
}

# one dated article, so the flows timeline has a period to draw
DATED = {
    "title": "오메가홀딩스, 나래테크 투자",
    "published": "2021-03-02",
    "text": "오메가홀딩스, 나래테크 투자\n\n오메가홀딩스는 나래테크에 100억엔을 투자했다.",
}


@pytest.fixture(scope="module")
def numbers_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("numbers")
    folder = root / "articles"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (folder / "dated.json").write_text(json.dumps(DATED, ensure_ascii=False), encoding="utf-8")
    store = root / "graph.lbug"
    done = subprocess.run(
        [*aigraph(), "ingest", str(folder), "--store", str(store)], capture_output=True, text=True, cwd=root
    )
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="module")
def numbers_server(numbers_store, artifacts) -> Iterator[str]:
    with serve(numbers_store, artifacts / "streamlit-numbers.log") as base:
        yield base


def test_overview_counts_every_currency_with_its_rate_year(numbers_server, numbers_store, browser, artifacts):  # noqa: F811
    with open_graph(str(numbers_store)) as g:
        usd_row = g.investments().set_index("investor").loc["감마캐피탈"]
    year = int(usd_row["fx_year"])
    assert year == money.rate_year("USD", "KRW", datetime.now(timezone.utc).year)  # dateless: the ingest date's rate
    page = open_ready(browser, f"{numbers_server}/", ".js-plotly-plot")
    try:
        page.screenshot(path=str(artifacts / "numbers-overview.png"), full_page=True)
        body = page.inner_text("body")
        assert "KRW 표기 300억 원 (1건)" in body, body
        assert "6억 달러 환산" in body and f"(2건, {year}년 환율)" in body, body
        assert "보도 엇갈림 2건" in body
        assert "수집 기록 없음" not in body  # the CLI run was recorded
        for investor in ("가온전자", "감마캐피탈", "엡실론벤처스", "세타홀딩스"):  # every currency ranks
            assert investor in body or investor in page.content(), investor
        assert not page.errors, page.errors
    finally:
        page.close()


def test_flows_table_marks_the_reports_that_differ(numbers_server, browser, artifacts):  # noqa: F811
    page = open_ready(browser, f"{numbers_server}/flows", "[data-testid='stDataFrame']")
    try:
        table = page.locator("[data-testid='stDataFrame']").last
        table.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        table.screenshot(path=str(artifacts / "numbers-flows-table.png"))
        page.screenshot(path=str(artifacts / "numbers-flows.png"), full_page=True)
        cells = table.locator("[role='gridcell']").all_inner_texts()
        marked = [c for c in cells if c.startswith("⚠")]
        assert sorted(marked) == ["⚠ 2,000만 유로", "⚠ 5,000만 유로"], cells  # each report shows the other's value
        assert any("≈" in c and "환율" in c for c in cells), cells  # converted values say so, with the rate-year
        assert not page.errors, page.errors
    finally:
        page.close()


def test_whats_new_lists_the_run_with_quotes(numbers_server, numbers_store, browser, artifacts):  # noqa: F811
    with open_graph(str(numbers_store)) as g:
        [run_id] = list(g.cypher("MATCH (r:IngestRun) RETURN r.id AS id")["id"])
    page = open_ready(browser, f"{numbers_server}/whats-new", "[data-testid='stDataFrame']")
    try:
        page.screenshot(path=str(artifacts / "numbers-whats-new.png"), full_page=True)
        body = page.inner_text("body")
        assert "새 소식" in body and "사실 6건" in body, body
        cells = page.locator("[data-testid='stDataFrame'] [role='gridcell']").all_inner_texts()
        assert "감마캐피탈은 델타바이오에 5억 달러를 투자했다." in cells, cells
        assert cells.count("추가") == 6, cells
        page.locator("[data-testid='stSelectbox']").first.click()
        assert page.get_by_text(run_id).count() >= 1
        assert not page.errors, page.errors
    finally:
        page.close()


# -- dashboard finish (issue 11, item 5) ---------------------------------------------------------


def english(page) -> None:
    """Switch the sidebar's language control to English and wait for the rerun to finish."""
    page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    page.wait_for_timeout(500)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
    page.wait_for_timeout(800)


def test_overview_donut_labels_fit_and_english_counts_are_singular(numbers_server, numbers_store, browser, artifacts):  # noqa: F811
    with open_graph(str(numbers_store)) as g:
        organisations = int(g.cypher("MATCH (o:Organization) RETURN count(o) AS n").iloc[0, 0])
    page = open_ready(browser, f"{numbers_server}/", ".js-plotly-plot")
    try:
        donut = page.locator(".js-plotly-plot").last
        donut.scroll_into_view_if_needed()
        box = donut.bounding_box()
        labels = donut.locator(".pielayer text")
        assert labels.count() >= 1
        for i in range(labels.count()):
            inner = labels.nth(i).bounding_box()
            assert inner["x"] >= box["x"] and inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, (inner, box)
            assert inner["y"] >= box["y"] and inner["y"] + inner["height"] <= box["y"] + box["height"] + 1, (inner, box)
        donut.screenshot(path=str(artifacts / "finish-donut.png"))
        english(page)
        page.screenshot(path=str(artifacts / "finish-overview-en.png"), full_page=True)
        body = page.inner_text("body")
        assert "as stated (1 investment)" in body and "(1 investments)" not in body, body
        assert re.search(rf"Organisations\s+{organisations}\s+People\s+0", body), (
            body
        )  # organisations only, not every entity
        assert not page.errors, page.errors
    finally:
        page.close()


def too_much(page, message: str) -> None:
    """A minimum amount no investment reaches; returns once the page says ``message`` (on a busy machine
    the rerun may start after any fixed wait, so the page's own answer is awaited, 60 s at most)."""
    minimum = page.locator("[data-testid='stNumberInput'] input").first
    minimum.fill("99999999")
    minimum.press("Enter")
    page.get_by_text(message).first.wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)


def test_timeline_unit_is_horizontal_and_no_match_is_not_no_data(numbers_server, browser, artifacts):  # noqa: F811
    page = open_ready(browser, f"{numbers_server}/flows", ".js-plotly-plot")
    try:
        timeline = page.locator(".js-plotly-plot").nth(1)
        timeline.scroll_into_view_if_needed()
        unit = timeline.locator(".annotation-text", has_text="억 원")
        assert unit.count() == 1
        transform = unit.locator("xpath=ancestor::*[contains(@class,'annotation')][1]").get_attribute("transform") or ""
        angle = re.search(r"rotate\((-?[\d.]+)", transform)
        assert angle is None or float(angle.group(1)) == 0, transform  # horizontal
        assert timeline.locator(".ytitle").count() == 0  # no rotated axis title
        timeline.screenshot(path=str(artifacts / "finish-timeline.png"))
        too_much(page, "이 조건에 맞는 투자가 없습니다")
        page.screenshot(path=str(artifacts / "finish-no-match.png"), full_page=True)
        body = page.inner_text("body")
        assert "이 조건에 맞는 투자가 없습니다" in body and "투자 관계가 아직 없습니다" not in body, body
        english(page)
        assert page.get_by_placeholder("e.g. LG, Seoul National University …").count() == 1
        assert "All organisation types" in page.content()
        too_much(page, "Nothing matches these filters")  # the widgets are new in another language
        assert "Nothing matches these filters" in page.inner_text("body")
        assert not page.errors, page.errors
    finally:
        page.close()


def test_network_slider_has_a_label_and_scores_fit(numbers_server, browser, artifacts):  # noqa: F811
    page = open_ready(browser, f"{numbers_server}/network", ".js-plotly-plot")
    try:
        slider = page.locator("[data-testid='stSlider']")
        assert "표시할 기관 수" in slider.inner_text()
        ranking = page.locator("[data-testid='stDataFrame']").first
        ranking.screenshot(path=str(artifacts / "finish-network-ranking.png"))
        scores = [c for c in ranking.locator("[role='gridcell']").all_inner_texts() if c.replace(".", "").isdigit()]
        assert scores and all(len(s) <= 6 for s in scores), scores  # three decimals: fits the column
        assert not page.errors, page.errors
    finally:
        page.close()


def test_console_refusal_is_in_korean(numbers_server, browser, artifacts):  # noqa: F811
    page = open_ready(browser, f"{numbers_server}/console", "[data-testid='stDataFrame']")
    try:
        page.locator("textarea").first.fill("MATCH (n) DETACH DELETE n")
        page.get_by_role("button", name="실행").click()
        page.wait_for_selector("[data-testid='stAlertContentError']", timeout=60_000)
        page.screenshot(path=str(artifacts / "finish-console-refused.png"), full_page=True)
        error = page.locator("[data-testid='stAlertContentError']").inner_text()
        assert "쓰기 구문 DETACH" in error and "write clause" not in error, error
        assert not page.errors, page.errors
    finally:
        page.close()
