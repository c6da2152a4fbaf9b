"""Page data (dashboard.pagedata) on a real LadybugDB store written from a small, known batch."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from aigraph.core.money import fx_rates
from aigraph.dashboard import pagedata
from aigraph.graph import reads
from aigraph.graph.api import open_graph
from aigraph.graph.errors import ReadOnlyViolation
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Mention, Node, Relationship
from aigraph.graph.stores.ladybug_store import LadybugStore


KRW_PER_USD = {year: rate for (year, code), rate in fx_rates().items() if code == "KRW"}


def org(kind: EntityType, name: str, *aliases: str) -> Node:
    return Node(id=entity_id(kind, name), type=kind, name=name, aliases=list(aliases))


LG = org(EntityType.BUSINESS_GROUP, "LG그룹", "LG Group")
LAB = org(EntityType.RESEARCH_LAB, "LG AI연구원", "LG AI Research")
SNU = org(EntityType.UNIVERSITY, "서울대", "Seoul National University")
NAVER = org(EntityType.COMPANY, "네이버", "NAVER")
STARTUP = org(EntityType.COMPANY, "퓨리오사AI", "FuriosaAI")
ORGS = [LG, LAB, SNU, NAVER, STARTUP]


def fact(kind: RelationType, a: Node, b: Node, article: str, text: str, **props) -> Relationship:
    return Relationship(
        id=fact_id(kind, a.id, b.id, props),
        type=kind,
        source_id=a.id,
        source_label="Organization",
        target_id=b.id,
        target_label="Organization",
        properties=props,
        evidence=[
            Evidence(article_id=article, text=text, start=0, end=len(text), confidence=0.9, extractor_version="t")
        ],
    )


FACTS = [
    fact(
        RelationType.INVESTED_IN,
        LG,
        LAB,
        "a1",
        "LG그룹이 3년간 2000억원을 투자한다.",
        amount=2e11,
        currency="KRW",
        period_years=3,
        amount_usd=2e11 / KRW_PER_USD[2020],
    ),
    fact(RelationType.ESTABLISHED, LG, LAB, "a1", "LG그룹은 LG AI연구원을 출범했다."),
    fact(RelationType.PARTNERS_WITH, LAB, SNU, "a1", "서울대 등과 협력해 원천기술을 확보한다."),
    fact(
        RelationType.INVESTED_IN,
        NAVER,
        STARTUP,
        "a2",
        "네이버가 퓨리오사AI에 5000만달러를 투자했다.",
        amount=5e7,
        currency="USD",
        amount_usd=5e7,
        date="2021-06-10",
    ),
]
ARTICLES = [
    Article(
        id="a1",
        title="ICT업계, AI 전담 조직 신설",
        url="https://example.org/a1",
        published=date(2020, 12, 8),
        ingested_at=datetime(2024, 1, 2, 3, 4, 5),
        content_hash="h1",
        extractor_version="t",
    ),
    Article(
        id="a2",
        title="네이버, AI 반도체 투자",
        url="https://example.org/a2",
        published=date(2021, 6, 11),
        ingested_at=datetime(2024, 1, 2, 3, 4, 6),
        content_hash="h2",
        extractor_version="t",
        language="en",
    ),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "graph.lbug"
    with LadybugStore(path) as store:
        store.write(
            GraphBatch(
                articles=ARTICLES,
                nodes=ORGS,
                relationships=FACTS,
                mentions=[
                    Mention(entity_id=o.id, entity_label="Organization", article_id="a1", count=1, first_start=0)
                    for o in (LG, LAB, SNU)
                ],
            )
        )
    with open_graph(str(path)) as g:
        yield g


def test_investment_table_values_both_currencies_and_evidence(graph):
    table = pagedata.investment_table(graph).set_index("recipient")
    lab = table.loc["LG AI연구원"]
    assert lab["investor"] == "LG그룹" and lab["value_krw"] == 2e11 and lab["period_years"] == 3
    assert lab["value_usd"] == pytest.approx(2e11 / KRW_PER_USD[2020]) and lab["fx_year"] == 2020
    assert lab["when"] == date(2020, 12, 8)  # no date stated: the article's publication
    assert lab["sentence"].startswith("LG그룹이 3년간") and lab["article_title"] == "ICT업계, AI 전담 조직 신설"
    startup = table.loc["퓨리오사AI"]
    assert startup["value_usd"] == 5e7 and startup["value_krw"] == pytest.approx(5e7 * KRW_PER_USD[2021])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (pagedata.InvestmentFilters(), {"LG AI연구원", "퓨리오사AI"}),
        (pagedata.InvestmentFilters(since=date(2021, 1, 1)), {"퓨리오사AI"}),
        (pagedata.InvestmentFilters(org_types=("ResearchLab",)), {"LG AI연구원"}),
        (pagedata.InvestmentFilters(min_amount=1e11, currency="KRW"), {"LG AI연구원"}),
        (pagedata.InvestmentFilters(min_amount=1e8, currency="USD"), {"LG AI연구원"}),
        (pagedata.InvestmentFilters(text="반도체"), set()),
        (pagedata.InvestmentFilters(text="furiosa"), set()),
        (pagedata.InvestmentFilters(text="5000만달러"), {"퓨리오사AI"}),
    ],
)
def test_investment_filters(graph, filters, expected):
    assert set(pagedata.investment_table(graph, filters)["recipient"]) == expected


def test_overview_counts_totals_and_rankings(graph):
    data = pagedata.overview(graph)
    assert data["organisations"] == 5 and data["people"] == 0 and data["articles"] == 2 and data["investments"] == 2
    assert dict(zip(data["org_types"]["type"], data["org_types"]["count"]))["Company"] == 2
    assert data["totals"]["KRW"].total == pytest.approx(2e11 + 5e7 * KRW_PER_USD[2021])
    assert list(data["top_investors"]["name"]) == ["LG그룹", "네이버"]
    assert data["last_run"] is None and data["latest_ingest"] == datetime(2024, 1, 2, 3, 4, 6)


def test_sankey_and_timeline(graph):
    table = pagedata.investment_table(graph)
    sankey = pagedata.sankey_data(table, "KRW")
    nodes, links = sankey["nodes"], sankey["links"]
    assert len(links) == 2 and set(nodes["side"]) == {"investor", "recipient"}
    biggest = links.iloc[0]
    assert nodes.loc[biggest["source"], "name"] == "LG그룹" and nodes.loc[biggest["target"], "name"] == "LG AI연구원"
    assert biggest["value"] == 2e11
    timeline = pagedata.timeline_data(table, "KRW", "Y", top=1, other="기타")
    assert set(zip(timeline["period"], timeline["investor"])) == {("2020", "LG그룹"), ("2021", "기타")}


def test_network_colours_sizes_and_ego(graph):
    data = pagedata.network_data(graph, centrality="degree")
    nodes = data["nodes"].set_index("name")
    assert set(nodes.index) == {o.name for o in ORGS}
    assert nodes.loc["LG AI연구원", "size"] == nodes["size"].max()  # three relations, the most connected
    only_money = pagedata.network_data(graph, relation_types=("INVESTED_IN",))
    assert set(only_money["edges"]["type"]) == {"INVESTED_IN"}
    ego = pagedata.network_data(graph, centre="LG Group", radius=1)
    assert set(ego["nodes"]["name"]) == {"LG그룹", "LG AI연구원"}
    assert set(pagedata.network_data(graph, centre="LG Group", radius=2)["nodes"]["name"]) == {
        "LG그룹",
        "LG AI연구원",
        "서울대",
    }


def test_profile_by_english_alias(graph):
    profile = pagedata.organisation_profile(graph, "LG AI Research")
    assert profile["name"] == "LG AI연구원" and "LG AI Research" in profile["aliases"]
    relations = profile["relations"]
    assert set(zip(relations["type"], relations["other"])) == {
        ("INVESTED_IN", "LG그룹"),
        ("ESTABLISHED", "LG그룹"),
        ("PARTNERS_WITH", "서울대"),
    }
    directed = relations[relations["type"] != "PARTNERS_WITH"]  # a partnership is stored from its lower id
    assert set(directed["direction"]) == {"in"}
    assert set(relations["sentence"]) == {f.evidence[0].text for f in FACTS[:3]}
    assert pagedata.organisation_profile(graph, "없는 회사") is None


def test_a_profile_first_page_shows_the_newest_facts_and_offers_the_rest(graph):
    """A first load shaped fewer rows (``rows``): the newest each way, the count of every fact, and ``more``;
    asked for ``PROFILE_ROWS`` it gives what it always gave, with nothing more to offer."""
    whole = pagedata.organisation_profile(graph, "LG AI Research", rows=pagedata.PROFILE_ROWS)
    first = pagedata.organisation_profile(graph, "LG AI Research", rows=1)
    assert whole["relation_count"] == first["relation_count"] == 3 and not whole["more"] and first["more"]
    newest = whole["relations"].sort_values(["direction", "when", "id"], ascending=[True, False, True])
    assert sorted(first["relations"]["id"]) == sorted(newest.groupby("direction").head(1)["id"])  # one each way


def test_a_limited_profile_lists_the_newest_mentions_and_counts_them_all(tmp_path):
    """A hub is named in thousands of articles: with ``limit`` the profile keeps the newest (undated ones
    last), oldest first, and ``mention_count`` still counts every one, which the page shows."""
    published = {"m1": date(2019, 3, 1), "m2": date(2023, 5, 2), "m3": None, "m4": date(2021, 7, 3)}
    articles = [
        Article(
            id=a,
            title=f"기사 {a}",
            url=f"https://example.org/{a}",
            published=d,
            ingested_at=datetime(2024, 2, 1),
            content_hash=a,
            extractor_version="t",
        )
        for a, d in published.items()
    ]
    mentions = [
        Mention(entity_id=LAB.id, entity_label="Organization", article_id=a, count=1, first_start=0) for a in published
    ]
    path = tmp_path / "mentions.lbug"
    with LadybugStore(path) as store:
        store.write(GraphBatch(articles=articles, nodes=[LAB], mentions=mentions))
    with open_graph(str(path)) as g:
        every = g.profile(LAB.id)
        assert list(every["mentions"]["article_id"]) == ["m1", "m4", "m2", "m3"] and every["mention_count"] == 4
        newest = g.profile(LAB.id, limit=2)
        assert list(newest["mentions"]["article_id"]) == ["m4", "m2"] and newest["mention_count"] == 4
        assert list(newest["mentions"]["title"]) == ["기사 m4", "기사 m2"]
        assert list(g.profile(LAB.id, limit=4)["mentions"]["article_id"]) == ["m1", "m4", "m2", "m3"]


def test_articles_and_their_facts(graph):
    articles = pagedata.article_list(graph).set_index("id")
    assert articles.loc["a1", "facts"] == 3 and articles.loc["a2", "facts"] == 1 and articles.loc["a1", "entities"] == 3
    one = pagedata.article_facts(graph, "a2")
    assert list(one["facts"]["sentence"]) == [FACTS[3].evidence[0].text]
    assert set(one["nodes"]["name"]) == {"네이버", "퓨리오사AI"}


def test_article_list_filters_by_language(graph):
    assert list(pagedata.article_list(graph, "en")["id"]) == ["a2"]
    assert list(pagedata.article_list(graph, "ko")["id"]) == ["a1"]
    assert set(pagedata.article_list(graph)["language"]) == {"ko", "en"}


def test_console_refuses_writes_and_flattens_lists(graph):
    with pytest.raises(ReadOnlyViolation):
        pagedata.run_query(graph, "MATCH (n) DETACH DELETE n")
    result = pagedata.run_query(graph, reads.EXAMPLE_QUERIES["largest_investments"])
    assert list(result["investor"]) == ["LG그룹", "네이버"]
    aliases = pagedata.run_query(graph, "MATCH (n:Organization) WHERE n.name = 'LG그룹' RETURN n.aliases AS aliases")
    assert aliases.iloc[0, 0] == '["LG Group"]'


def test_every_example_query_runs(graph):
    for name, query in reads.EXAMPLE_QUERIES.items():
        assert len(pagedata.run_query(graph, query)) > 0, name  # the sample graph has a row for each


def test_ingest_state_changes_with_articles(tmp_path):
    path = tmp_path / "g.lbug"
    with LadybugStore(path) as store:
        store.write(GraphBatch(articles=ARTICLES[:1]))
    with open_graph(str(path)) as g:
        before = pagedata.ingest_state(g)
    with LadybugStore(path) as store:
        store.write(GraphBatch(articles=ARTICLES[1:]))
    with open_graph(str(path)) as g:
        after = pagedata.ingest_state(g)
    assert after != before and (before["articles"], after["articles"]) == (1, 2)


def test_the_stored_timeline_equals_one_from_every_investment(store):
    """The flows page's default timeline (stored per-investor yearly sums) gives what grouping every dated
    investment by year and investor gives, when every investor is among the leaders."""
    from test_aggregates import BATCHES

    for b in BATCHES:
        store.write(b)
    with open_graph(store) as g:
        for currency in ("KRW", "USD"):
            stored = pagedata.flow_charts(g, pagedata.InvestmentFilters(currency=currency))["timeline"]
            table = pagedata.investment_table(g, pagedata.InvestmentFilters(currency=currency), limit=None)
            counted = pagedata.timeline_data(table, currency)
            as_set = lambda f: {
                (p, i, round(float(v), 2), int(d))
                for p, i, v, d in zip(f["period"], f["investor"], f["value"], f["deals"])
            }  # noqa: E731
            assert len(stored) == 4 and as_set(stored) == as_set(counted), currency
