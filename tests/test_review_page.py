"""The Review page (Streamlit's AppTest on a real store): read-only without ``--allow-curation``; with it,
a click records a decision that the API, the CLI's list and the overview's totals all show at once."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from streamlit.testing.v1 import AppTest

from aigraph.dashboard.safe import md
from aigraph.graph import curation
from aigraph.graph.api import open_graph
from test_dashboard import APP, aigraph

# Written for these tests: one large single-source investment (queued for review) and a hostile name.
ARTICLES = [
    {
        "id": "review-1",
        "title": "한빛전자, 누리대학교에 8000억원 투자",
        "published": "2024-05-03",
        "text": "한빛전자가 누리대학교에 8000억원을 투자한다고 3일 밝혔다.\n두 기관은 인공지능 반도체를 함께 연구한다.",
    },
    {
        "id": "review-2",
        "title": "<b>악성</b>랩",
        "published": "2024-05-04",
        "text": "악성랩(<b>Evil</b> Lab)은 카이스트에 900억원을 투자한다고 4일 밝혔다.",
    },
]


@pytest.fixture(scope="module")
def review_store_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = folder / "graph.lbug"
    done = subprocess.run(
        [*aigraph(), "ingest", str(source), "--store", str(store)], capture_output=True, text=True, cwd=folder
    )
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture
def review_store(review_store_template, tmp_path):
    copy = tmp_path / "graph.lbug"
    shutil.copy(review_store_template, copy)
    return copy


def review_page(store, monkeypatch, *, allow: bool) -> AppTest:
    monkeypatch.setenv("AIGRAPH_STORE", str(store))
    monkeypatch.setenv("AIGRAPH_ALLOW_CURATION", "1" if allow else "")
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page("sections/review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_without_the_flag_the_page_offers_no_write(review_store, monkeypatch):
    at = review_page(review_store, monkeypatch, allow=False)
    text = "\n".join(m.value for m in at.markdown)
    assert "누리대학교" in text, "the queue is shown"
    assert len(at.button) == 0 and len(at.text_input) == 0
    assert any("--allow-curation" in i.value for i in at.info)


def test_a_click_rejects_and_every_view_follows(review_store, monkeypatch):
    at = review_page(review_store, monkeypatch, allow=True)
    at.switch_page("sections/overview.py").run()
    totals_before = [m.value for m in at.metric]
    at.switch_page("sections/review.py").run()
    with open_graph(str(review_store)) as g:
        before = g.investments()
    fact = before.loc[before["amount"] == 8e11, "id"].item()
    reject = [b for b in at.button if b.key and b.key.startswith("reject-") and b.key.endswith(fact)]
    assert len(reject) == 1
    at.text_input(key=f"reason-{reject[0].key.removeprefix('reject-')}").input("the deal was called off")
    reject[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Recorded: reject" in s.value for s in at.success)
    with open_graph(str(review_store)) as g:
        after = g.investments()
        assert fact not in set(after["id"]) and len(after) == len(before) - 1
        assert g.decisions().iloc[0]["reason"] == "the deal was called off"
    listed = subprocess.run(
        [*aigraph(), "curate", "list", "--store", str(review_store), "--format", "json"], capture_output=True, text=True
    )
    assert json.loads(listed.stdout)[0]["subject"] == fact
    at.switch_page("sections/overview.py").run()
    assert not at.exception
    totals_after = [m.value for m in at.metric]
    assert "KRW 890 bn" in totals_before and "KRW 90 bn" in totals_after, (totals_before, totals_after)


EVIL = "<b>Evil</b> [Lab](javascript:alert(1))"


def test_names_reasons_and_evidence_show_as_text(review_store, monkeypatch):
    with open_graph(str(review_store), read_only=False) as g:
        evil = g.resolve("악성랩")
        g.rename(evil, EVIL, "<i>reason</i>")
        curation.save_duplicates(g.store, [[EVIL, "누리대학교", "Company", "test"]])
    at = review_page(review_store, monkeypatch, allow=True)
    labels = [b.label for b in at.button if b.key and b.key.startswith("merge-")]
    assert labels and all(md(EVIL) in label for label in labels), labels
    shown = "\n".join(m.value for m in at.markdown)
    assert "<b>" not in shown and "](javascript" not in shown


def test_the_raw_switch_shows_every_total_as_extracted(review_store, monkeypatch):
    with open_graph(str(review_store), read_only=False) as g:
        table = g.investments()
        g.reject(table.loc[table["amount"] == 8e11, "id"].item(), "<b>called off</b>")
    at = review_page(review_store, monkeypatch, allow=False)
    at.switch_page("sections/overview.py").run()
    curated = [m.value for m in at.metric]
    at.session_state["raw"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    raw = [m.value for m in at.metric]
    assert "KRW 90 bn" in curated and "KRW 890 bn" in raw and "KRW 90 bn" not in raw, (curated, raw)
    assert any("Raw extraction" in c.value for c in at.caption), "the page says it shows the raw extraction"
    at.switch_page("sections/review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    rejected = at.dataframe[0].value
    assert list(rejected["reason"]) == ["<b>called off</b>"], "kept as data, shown by the table as text"
