"""Every `aigraph ingest` records an IngestRun, "What's new" lists each run's facts, and a cut-short summary
points to a report file that exists.  Real CLI, real extractor, real stores (LadybugDB, and Neo4j when set)."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pandas as pd
import pytest

from conftest import _neo4j_store, _wipe
from aigraph.dashboard.whats_new import whats_new
from aigraph.dashboard import pagedata
from aigraph.graph.api import open_graph
from aigraph.ingest.cli import main
from aigraph.ingest.report import PRINT_AT_MOST


@pytest.fixture(params=["ladybug", "neo4j"])
def store_spec(request, tmp_path):
    """Where `aigraph ingest --store` writes: a new LadybugDB file, or the (wiped) Neo4j server."""
    if request.param == "ladybug":
        yield str(tmp_path / "graph.lbug")
        return
    store = _neo4j_store()  # skips without a server; kept open to wipe what the test wrote
    _wipe(store)
    yield os.environ["NEO4J_URI"]
    _wipe(store)
    store.close()


def article(folder: Path, name: str, title: str, *sentences: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(title + "\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    return path


def ingest(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["ingest", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_path_ingest_records_a_run_the_overview_shows(store_spec, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article(tmp_path / "in", "a.txt", "가온전자, 나래반도체 투자", "가온전자는 나래반도체에 300억원을 투자했다.")
    code, _, err = ingest(capsys, str(tmp_path / "in"), "--store", store_spec)
    assert code == 0, err
    with open_graph(store_spec) as g:
        runs = pagedata.ingest_runs(g)
        last = pagedata.overview(g)["last_run"]
    assert list(runs["status"]) == ["succeeded"] and runs.iloc[0]["counts"]["articles_new"] == 1
    assert last is not None and last["id"] == runs.iloc[0]["id"]


def test_whats_new_lists_each_runs_facts_newest_first(store_spec, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = article(
        tmp_path / "one", "a.txt", "가온전자, 나래반도체 투자", "가온전자는 나래반도체에 300억원을 투자했다."
    )
    assert ingest(capsys, str(first), "--store", store_spec)[0] == 0
    time.sleep(1.1)  # run times have one-second resolution
    second = article(
        tmp_path / "two",
        "b.txt",
        "투자 소식",
        "가온전자는 나래반도체에 300억원을 투자했다.",
        "감마캐피탈은 델타바이오에 5억 달러를 투자했다.",
    )
    assert ingest(capsys, str(second), "--store", store_spec)[0] == 0
    with open_graph(store_spec) as g:
        runs, facts = pagedata.ingest_runs(g), pagedata.run_facts(g)
        capped = pagedata.run_facts(g, facts=1)  # whole articles, newest first, until they state one fact
        first_page, whole = pagedata.whats_new_data(g, facts=1), pagedata.whats_new_data(g)
    newest, oldest = list(runs["id"])
    rows = whats_new(runs, facts)
    assert list(rows["run_id"]) == [newest, newest, oldest]
    latest = {(r.source, r.target): r.status for r in rows[rows["run_id"] == newest].itertuples()}
    assert latest == {("가온전자", "나래반도체"): "changed", ("감마캐피탈", "델타바이오"): "added"}
    earlier = rows[rows["run_id"] == oldest].iloc[0]
    assert earlier["status"] == "added" and earlier["sentence"] == "가온전자는 나래반도체에 300억원을 투자했다."
    assert earlier["article_id"] != rows[rows["run_id"] == newest].iloc[0]["article_id"]
    assert list(whats_new(runs, facts, run_id=oldest)["source"]) == ["가온전자"]
    assert list(whats_new(runs, facts, organisation="델타")["target"]) == ["델타바이오"]
    assert whats_new(runs, facts, relation_types=["PARTNERS_WITH"]).empty
    assert len(whats_new(runs, facts, relation_types=["INVESTED_IN"])) == 3
    # the newest article states two facts: both kept, the older article's left out
    assert set(capped["run_id"]) == {newest} and capped["article_id"].nunique() == 1
    assert sorted(capped["fact_id"]) == sorted(facts[facts["run_id"] == newest]["fact_id"]) and len(capped) == 2
    # the page's data: the same runs and facts, read once, and whether the older article is left to show
    assert first_page["more"] and not whole["more"]
    pd.testing.assert_frame_equal(first_page["facts"], capped)
    pd.testing.assert_frame_equal(whole["facts"], facts)
    pd.testing.assert_frame_equal(whole["runs"], runs)


HEADS = [
    "가온",
    "나래",
    "다온",
    "라온",
    "마루",
    "바론",
    "새론",
    "아라",
    "자람",
    "차오",
    "카라",
    "타래",
    "파랑",
    "하람",
    "누리",
    "도담",
    "미르",
    "보람",
    "새봄",
    "소라",
    "여울",
    "온새",
    "한결",
    "해솔",
]


def test_a_summary_cut_short_names_a_report_file_that_exists(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for k, head in enumerate(HEADS):
        article(
            tmp_path / "many",
            f"{k:02d}.txt",
            f"{head}전자 투자",
            f"{head}전자는 {head}반도체에 {k + 1}00억원을 투자했다.",
        )
    code, out, err = ingest(capsys, str(tmp_path / "many"), "--store", str(tmp_path / "g.lbug"))
    assert code == 0, err
    more = re.search(r"new organisations: .* … and (\d+) more \(see the report file\)", out)
    assert more, out
    reports = [Path(line.removeprefix("report: ")) for line in out.splitlines() if line.startswith("report: ")]
    assert reports and all(p.exists() for p in reports), out
    saved = json.loads(next(p for p in reports if p.suffix == ".json").read_text(encoding="utf-8"))
    assert len(saved["new_organizations"]) == PRINT_AT_MOST + int(more.group(1))
    markdown = next(p for p in reports if p.suffix == ".md").read_text(encoding="utf-8")
    assert all(o["name"] in markdown for o in saved["new_organizations"])
