"""Every dashboard page through Streamlit's AppTest, on the seed article ingested by the real CLI.

Expected organisations and amounts are read from the same store through
the API (the seed's 2,000억원 LG investment must be among them), so the
tests check what the pages show against what the graph holds.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO, SEED
from aigraph.dashboard import pagedata
from aigraph.graph.api import open_graph

APP = str(REPO / "dashboard" / "app.py")
PAGES = {
    "overview": ("개요", "Overview"),
    "flows": ("투자 흐름", "Investment flows"),
    "network": ("네트워크", "Network"),
    "profile": ("기관 프로필", "Organisation profile"),
    "articles": ("기사", "Articles"),
    "whats_new": ("새 소식", "What's new"),
    "console": ("Cypher 콘솔", "Cypher console"),
    "review": ("검토", "Review"),
}
SEED_AMOUNT = 200_000_000_000  # "3년간 2000억원을 투자한다" in the seed article


def aigraph() -> list[str]:
    script = Path(sys.executable).parent / "aigraph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "aigraph.ingest.cli"]


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """The seed article ingested with ``aigraph ingest`` into a fresh embedded store."""
    path = tmp_path_factory.mktemp("seed") / "graph.lbug"
    done = subprocess.run(
        [*aigraph(), "ingest", str(SEED), "--store", str(path)], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="session")
def seed_investment(seed_store) -> dict:
    """The seed's LG investment as the API reads it back."""
    with open_graph(str(seed_store)) as g:
        table = g.investments()
    rows = table[(table["amount"] == SEED_AMOUNT) & (table["currency"] == "KRW")]
    assert len(rows) == 1, table[["investor", "recipient", "amount"]]
    return rows.iloc[0].to_dict()


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_dashboard", REPO / "bench" / "bench_dashboard.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "graph.lbug"
    load_bench().build_synthetic_store(path, n_orgs=400, n_rels=6000)
    return path


def open_page(store: Path | str, page: str, monkeypatch, *, lang: str = "ko", query: dict | None = None) -> AppTest:
    monkeypatch.setenv("AIGRAPH_STORE", str(store))
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    if page != "overview":
        for key, value in (query or {}).items():
            at.query_params[key] = value
        at.switch_page(f"sections/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _decoded(value):
    """Plotly's JSON carries numeric arrays as base64 typed arrays; tests compare plain lists."""
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"])).tolist()
    if isinstance(value, dict):
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def figures(at: AppTest) -> list[dict]:
    return [_decoded(json.loads(chart.proto.spec)) for chart in at.get("plotly_chart")]


def figure_text(at: AppTest) -> str:
    return json.dumps(figures(at), ensure_ascii=False)


def table_text(at: AppTest) -> str:
    return "\n".join(df.value.to_csv() for df in at.dataframe)


# -- every page on the seed store ------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_in_both_languages(seed_store, page, monkeypatch):
    for index, lang in enumerate(("ko", "en")):
        at = open_page(seed_store, page, monkeypatch, lang=lang)
        assert [t.value for t in at.title] == [PAGES[page][index]]
        assert not at.error, [e.value for e in at.error]


def test_overview_counts_and_totals(seed_store, seed_investment, monkeypatch):
    at = open_page(seed_store, "overview", monkeypatch)
    metrics = {m.label: m.value for m in at.metric}
    with open_graph(str(seed_store)) as g:
        n_orgs = int(g.cypher("MATCH (n:Organization) RETURN count(n)").iloc[0, 0])
        n_investments = len(g.investments())
    assert metrics["기관"] == f"{n_orgs:,}" and metrics["기사"] == "1" and metrics["투자"] == str(n_investments)
    assert metrics["총 투자액 (원화)"] == "2,000억 원"
    investors = next(f for f in figures(at) if f["data"][0].get("orientation") == "h")["data"][0]
    assert investors["y"][-1] == seed_investment["investor"] and investors["x"][-1] == SEED_AMOUNT / 1e8  # 억 원 axis
    english = open_page(seed_store, "overview", monkeypatch, lang="en")
    assert {m.label: m.value for m in english.metric}["Total invested (KRW)"] == "KRW 200 bn"


def test_flows_sankey_timeline_and_evidence_table(seed_store, seed_investment, monkeypatch):
    at = open_page(seed_store, "flows", monkeypatch)
    sankey = next(f["data"][0] for f in figures(at) if f["data"][0]["type"] == "sankey")
    labels = sankey["node"]["label"]
    flows = {
        (labels[s], labels[t]): v
        for s, t, v in zip(sankey["link"]["source"], sankey["link"]["target"], sankey["link"]["value"])
    }
    assert flows[(seed_investment["investor"], seed_investment["recipient"])] == SEED_AMOUNT / 1e8
    assert any(f["data"][0]["type"] == "bar" for f in figures(at))  # the timeline
    table = at.dataframe[0].value
    row = table[table["투자 대상"] == seed_investment["recipient"]].iloc[0]
    assert row["금액"] == "2,000억 원" and row["기간(년)"] == 3 and "2000" in row["근거 문장"]


def test_flows_filters_narrow_the_table(seed_store, seed_investment, monkeypatch):
    at = open_page(seed_store, "flows", monkeypatch)
    at.text_input[0].set_value("존재하지 않는 기관").run()
    assert not at.dataframe and at.info  # nothing matches: a message, no empty charts
    at.text_input[0].set_value(seed_investment["recipient"]).run()
    assert set(at.dataframe[0].value["투자 대상"]) == {seed_investment["recipient"]}
    at.text_input[0].set_value("").run()
    at.number_input[0].set_value(SEED_AMOUNT / 1e8 + 1).run()  # in 억 원: just above the LG investment
    assert not at.dataframe


def test_network_shows_the_investment_parties(seed_store, seed_investment, monkeypatch):
    at = open_page(seed_store, "network", monkeypatch)
    text = figure_text(at)
    assert seed_investment["investor"] in text and seed_investment["recipient"] in text
    at.selectbox[0].set_value(seed_investment["recipient"]).run()
    at.radio[0].set_value(1).run()  # hops
    dots = [
        hover
        for f in figures(at)
        for trace in f["data"]
        if trace.get("mode") == "markers+text"
        for _, hover in trace["customdata"]
    ]
    assert any(seed_investment["investor"] in hover for hover in dots) and any(
        seed_investment["recipient"] in hover for hover in dots
    )


def test_profile_by_alias_lists_relations_with_quotes(seed_store, seed_investment, monkeypatch):
    with open_graph(str(seed_store)) as g:
        entity = g.entity(seed_investment["recipient"])
    alias = (entity["aliases"] or [entity["name"]])[0]
    at = open_page(seed_store, "profile", monkeypatch, query={"org": alias})
    assert any(entity["name"] in m.value for m in at.markdown)
    relations = at.dataframe[0].value
    invested = relations[(relations["상대 기관"] == seed_investment["investor"]) & (relations["관계"] == "투자")]
    assert len(invested) == 1 and "2000" in invested.iloc[0]["근거 문장"]
    assert invested.iloc[0]["금액"] == "2,000억 원"
    missing = open_page(seed_store, "profile", monkeypatch, query={"org": "없는기관이름"})
    assert missing.warning and not missing.dataframe


def test_profile_shows_a_partnership_both_ways(tmp_path, monkeypatch):
    """A partnership is stored from its lower id, so its stored direction is arbitrary: the profile says "both"
    for it whichever way it is stored, in both languages, and out or in for a directed fact."""
    from datetime import date

    from aigraph.core.vocabulary import EntityType, RelationType
    from aigraph.graph.stores.ladybug_store import LadybugStore
    from test_aggregates import batch, fact, org

    # by id: the hub's partnership with ``lower`` is stored towards the hub, the one with ``higher`` from it
    lower, hub, higher, funder = sorted(
        (org(EntityType.COMPANY, n) for n in ("허브로보틱스", "가나테크", "다라소프트", "마바칩스")), key=lambda o: o.id
    )
    path = tmp_path / "graph.lbug"
    with LadybugStore(path) as store:
        store.write(
            batch(
                "p1",
                date(2024, 5, 1),
                [
                    fact(RelationType.PARTNERS_WITH, lower, hub, "p1", "두 회사는 협력한다."),
                    fact(RelationType.PARTNERS_WITH, hub, higher, "p1", "두 회사는 또 협력한다."),
                    fact(RelationType.INVESTED_IN, funder, hub, "p1", "투자했다.", amount=1e10, currency="KRW"),
                ],
                (lower, hub, higher, funder),
            )
        )
    for lang, both, incoming in (("ko", "↔ 양방향", "← 들어옴"), ("en", "↔ both", "← in")):
        at = open_page(path, "profile", monkeypatch, lang=lang, query={"org": hub.name})
        relations = at.dataframe[0].value
        direction, relation = relations.columns[0], relations.columns[1]
        shown = sorted(zip(relations[relation], relations[direction]))
        assert [d for _, d in shown].count(both) == 2 and [d for _, d in shown].count(incoming) == 1, shown


def test_articles_page_shows_facts_and_the_article_graph(seed_store, seed_investment, monkeypatch):
    at = open_page(seed_store, "articles", monkeypatch)
    with open_graph(str(seed_store)) as g:
        title = g.cypher("MATCH (a:Article) RETURN a.title").iloc[0, 0]
    assert title in table_text(at)
    assert seed_investment["recipient"] in figure_text(at)
    facts = at.dataframe[1].value
    assert ((facts["대상"] == seed_investment["recipient"]) & (facts["금액"] == "2,000억 원")).any()


def test_console_runs_reads_and_refuses_writes(seed_store, monkeypatch):
    at = open_page(seed_store, "console", monkeypatch)
    result = at.dataframe[0].value
    assert SEED_AMOUNT in list(result["amount"])
    assert at.get("download_button")
    at.text_area[0].set_value("MATCH (n) DETACH DELETE n")
    at.button[0].click().run()
    assert any("거부됨" in e.value and "DETACH" in e.value for e in at.error)
    for query, korean in (
        ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "파일은 읽지 않습니다"),
        ("MATCH (n:Organization) WHERE n.name = $who RETURN n", "매개변수"),
        ("MATCH (n:Organization RETURN n", "데이터베이스가 쿼리를 거부했습니다"),
    ):
        at.text_area[0].set_value(query)
        at.button[0].click().run()
        errors = [e.value for e in at.error]
        assert any(korean in e for e in errors) and not any("refused" in e or "not given" in e for e in errors), errors
    with open_graph(str(seed_store)) as g:
        assert int(g.cypher("MATCH (n:Organization) RETURN count(n)").iloc[0, 0]) > 0


# -- stores that cannot be shown ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("store", "expected"),
    [
        ("{tmp}/missing-dir/graph.lbug", "폴더"),
        ("{tmp}/graph-not-ingested.lbug", "그래프가 없습니다"),
        ("bolt://127.0.0.1:{port}", "연결할 수 없습니다"),
    ],
)
@pytest.mark.parametrize("page", ["overview", "console"])
def test_unavailable_store_explains_what_to_do(tmp_path, store, expected, page, monkeypatch):
    spec = store.format(tmp=tmp_path, port=free_port())
    at = open_page(spec, page, monkeypatch)
    assert any(expected in e.value for e in at.error), [e.value for e in at.error]  # in the UI's language (Korean)
    assert not any("cannot" in e.value.split("메시지")[0] or "no graph" in e.value for e in at.error), [
        e.value for e in at.error
    ]
    assert at.info and not at.get("plotly_chart")


def test_empty_store_says_how_to_ingest(tmp_path, monkeypatch):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    path = tmp_path / "empty.lbug"
    LadybugStore(path).close()
    for page in PAGES:
        at = open_page(path, page, monkeypatch)
        assert any("aigraph ingest" in i.value and str(path) in i.value for i in at.info), page
        assert not at.get("plotly_chart") and not at.error


@pytest.mark.slow
def test_finished_ingest_refreshes_the_pages(seed_store, tmp_path, monkeypatch):
    """The cached connection and data are replaced once another process writes to the store."""
    path = tmp_path / "graph.lbug"
    shutil.copy(seed_store, path)
    at = open_page(path, "overview", monkeypatch)
    assert {m.label: m.value for m in at.metric}["기사"] == "1"
    writer = (
        "import sys; from datetime import date; from aigraph.graph.model import Article, GraphBatch; "
        "from aigraph.graph.stores.ladybug_store import LadybugStore; "
        "s = LadybugStore(sys.argv[1]); s.write(GraphBatch(articles=[Article(id='later', title='t', published=date(2024, 1, 1))])); s.close()"
    )
    subprocess.run([sys.executable, "-c", writer, str(path)], check=True, cwd=REPO)
    at.run()
    assert {m.label: m.value for m in at.metric}["기사"] == "2"


# -- the synthetic graph ----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_on_the_synthetic_graph(synthetic_store, page, monkeypatch):
    at = open_page(synthetic_store, page, monkeypatch, lang="en")
    assert not at.error, [e.value for e in at.error]
    if page == "whats_new":  # the synthetic graph's one recorded run wrote its newest articles
        assert len(at.dataframe) == 1 and len(at.dataframe[0].value) > 0
    elif page not in ("console", "review"):  # the two pages without a chart
        assert at.get("plotly_chart")
    if page == "overview":
        with open_graph(str(synthetic_store)) as g:
            invested = int(g.cypher("MATCH ()-[x:INVESTED_IN]->() RETURN count(x)").iloc[0, 0])
        assert {m.label: m.value for m in at.metric}["Investments"] == f"{invested:,}"
    if page == "network":
        dots = sum(len(t["x"]) for f in figures(at) for t in f["data"] if t.get("mode") == "markers+text")
        assert dots == 120  # the default cap on drawn organisations


@pytest.mark.slow
def test_whats_new_shows_more_facts_on_demand(synthetic_store, monkeypatch):
    """A first load shows the newest articles' facts up to ``RUN_FACTS``; "Show more" adds the next articles'."""
    monkeypatch.setattr(pagedata, "RUN_FACTS", 20)  # the synthetic run wrote 6 articles of 10 facts each
    at = open_page(synthetic_store, "whats_new", monkeypatch, lang="en")
    assert len(at.dataframe[0].value) == 20
    at.button(key="whats_new_more").click().run()
    assert len(at.dataframe[0].value) == 40
    at.button(key="whats_new_more").click().run()
    assert len(at.dataframe[0].value) == 60  # every article shown: nothing more to offer
    assert not [b for b in at.button if b.key == "whats_new_more"]


@pytest.mark.slow
def test_profile_shows_more_facts_on_demand(synthetic_store, monkeypatch):
    """A profile's first load shows the ``PROFILE_FIRST`` latest-dated facts each way; "Show more" the rest."""
    monkeypatch.setattr(pagedata, "PROFILE_FIRST", 5)
    at = open_page(synthetic_store, "profile", monkeypatch, lang="en")
    first = len(at.dataframe[0].value)
    assert first <= 10 and any("latest-dated facts" in c.value for c in at.caption)
    at.button(key="profile_more").click().run()
    assert len(at.dataframe[0].value) > first
    assert not [b for b in at.button if b.key == "profile_more"]
