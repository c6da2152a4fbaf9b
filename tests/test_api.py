"""The analysts' API against real stores (LadybugDB always, Neo4j when NEO4J_URI is set).

The graph is built from a GraphBatch (``sample_batch``) so every expected
value below follows from facts written here; the seed-article test checks
the same API on what the extractor makes of the real article.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from aigraph.graph.api import INVESTMENT_COLUMNS, UnknownEntity, open_graph
from aigraph.graph.errors import ReadOnlyViolation
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Mention, Node, Relationship

A1 = Article(
    id="a1",
    title="한빛그룹, AI연구소 출범",
    url="https://example.org/a1",
    published=date(2020, 12, 8),
    content_hash="h1",
    extractor_version="test-1",
)
A2 = Article(
    id="a2",
    title="한빛 계열사 투자",
    url="https://example.org/a2",
    published=date(2023, 1, 10),
    content_hash="h2",
    extractor_version="test-1",
)


def _node(kind: EntityType, name: str, *aliases: str) -> Node:
    return Node(id=entity_id(kind, name), type=kind, name=name, aliases=list(aliases))


GROUP = _node(EntityType.BUSINESS_GROUP, "한빛그룹", "Hanbit Group", "한빛")
LAB = _node(EntityType.RESEARCH_LAB, "한빛 AI연구소", "Hanbit AI Lab")
INSTITUTE = _node(EntityType.ORGANIZATION, "한빛경영원")
ELEC = _node(EntityType.COMPANY, "한빛전자", "Hanbit Electronics")
CHEM = _node(EntityType.COMPANY, "한빛화학")
SNU = _node(EntityType.UNIVERSITY, "서울대", "Seoul National University")
TORONTO = _node(EntityType.UNIVERSITY, "토론토대")
START_A = _node(EntityType.COMPANY, "스타트업A")
START_B = _node(EntityType.COMPANY, "스타트업B")
START_C = _node(EntityType.COMPANY, "스타트업C")
OTHER = _node(EntityType.BUSINESS_GROUP, "다솜그룹")
OTHER_SUB = _node(EntityType.COMPANY, "다솜로보틱스")
CEO = _node(EntityType.PERSON, "김한빛")
NODES = [GROUP, LAB, INSTITUTE, ELEC, CHEM, SNU, TORONTO, START_A, START_B, START_C, OTHER, OTHER_SUB, CEO]


def _fact(kind: RelationType, source: Node, target: Node, article: Article, sentence: str, **props) -> Relationship:
    return Relationship(
        id=fact_id(kind, source.id, target.id, props),
        type=kind,
        source_id=source.id,
        source_label=source.label,
        target_id=target.id,
        target_label=target.label,
        properties=props,
        evidence=[
            Evidence(
                article_id=article.id,
                text=sentence,
                start=0,
                end=len(sentence),
                confidence=0.8,
                extractor_version="test-1",
            )
        ],
    )


LG_LIKE = _fact(
    RelationType.INVESTED_IN,
    GROUP,
    LAB,
    A1,
    "한빛그룹이 3년간 2000억원을 투자한다.",
    amount=2e11,
    currency="KRW",
    period_years=3,
)
FACTS = [
    LG_LIKE,
    _fact(RelationType.ESTABLISHED, INSTITUTE, LAB, A1, "한빛경영원 산하에 AI연구소를 만들었다.", date="2020-12"),
    _fact(RelationType.PART_OF, LAB, INSTITUTE, A1, "AI연구소는 한빛경영원 산하에 있다."),
    _fact(RelationType.AFFILIATE_OF, INSTITUTE, GROUP, A1, "한빛경영원은 한빛그룹 계열이다."),
    _fact(RelationType.AFFILIATE_OF, ELEC, GROUP, A1, "한빛전자 등 계열사가 참여한다."),
    _fact(RelationType.AFFILIATE_OF, CHEM, GROUP, A1, "한빛화학 등 계열사가 참여한다."),
    _fact(RelationType.PARTNERS_WITH, LAB, SNU, A1, "서울대와 협력한다."),
    _fact(RelationType.PARTNERS_WITH, TORONTO, LAB, A1, "토론토대와 협력한다."),
    _fact(RelationType.WORKS_FOR, CEO, GROUP, A1, "김한빛 한빛그룹 대표", title="대표"),
    _fact(
        RelationType.INVESTED_IN,
        ELEC,
        START_A,
        A2,
        "한빛전자가 스타트업A에 100억원을 투자했다.",
        amount=1e10,
        currency="KRW",
        date="2022-05-03",
    ),
    _fact(
        RelationType.INVESTED_IN,
        CHEM,
        START_B,
        A2,
        "한빛화학이 스타트업B에 500만달러를 투자했다.",
        amount=5e6,
        currency="USD",
        amount_usd=5e6,
        date="2023-01-05",
    ),
    _fact(
        RelationType.INVESTED_IN,
        LAB,
        START_C,
        A2,
        "AI연구소가 스타트업C에 30억원을 투자했다.",
        amount=3e9,
        currency="KRW",
        date="2023-01-09",
    ),
    _fact(
        RelationType.INVESTED_IN,
        OTHER,
        OTHER_SUB,
        A2,
        "다솜그룹이 다솜로보틱스에 50억원을 투자했다.",
        amount=5e9,
        currency="KRW",
        date="2021-07-01",
    ),
]


def sample_batch() -> GraphBatch:
    """Two articles: a group, its lab, institute and affiliates, partners, start-ups and a second group."""
    mentions = [
        Mention(entity_id=n.id, entity_label=n.label, article_id=A1.id, count=1, first_start=0) for n in NODES[:10]
    ]
    mentions.append(Mention(entity_id=LAB.id, entity_label="Organization", article_id=A2.id, count=2, first_start=5))
    return GraphBatch(articles=[A1, A2], nodes=NODES, relationships=FACTS, mentions=mentions)


@pytest.fixture
def graph(store):
    store.write(sample_batch())
    with open_graph(store) as g:
        yield g


# -- opening ----------------------------------------------------------------------------------


def test_open_graph_follows_the_environment_like_the_cli(tmp_path, monkeypatch):
    path = tmp_path / "env.lbug"
    with open_graph(path, read_only=False) as g:
        g.store.write(sample_batch())
    monkeypatch.setenv("AIGRAPH_STORE", str(path))
    with open_graph() as g:
        assert g.store.location == str(path)
        assert g.cypher("MATCH (n:Organization) RETURN count(n) AS n")["n"].tolist() == [12]


def test_cypher_is_read_only_and_writes_need_a_writable_graph(graph, store):
    with pytest.raises(ReadOnlyViolation):
        graph.cypher("MATCH (n:Organization) SET n.name = 'x'")
    with pytest.raises(ReadOnlyViolation, match="read-only"):
        graph.write("MATCH (n:Organization) WHERE n.id = $id SET n.name = $name", id=GROUP.id, name="x")
    writable = open_graph(store, read_only=False)
    writable.write("MATCH (n:Organization) WHERE n.id = $id SET n.name = $name", id=GROUP.id, name="한빛홀딩스")
    assert graph.cypher("MATCH (n:Organization) WHERE n.id = $id RETURN n.name AS name", id=GROUP.id)[
        "name"
    ].tolist() == ["한빛홀딩스"]


def test_nodes_and_relationships_come_back_as_complete_plain_dicts(graph):
    frame = graph.cypher(
        "MATCH (a:Organization)-[x:INVESTED_IN]->(b:Organization) WHERE a.id = $id RETURN a, x, x.date AS d ORDER BY x.amount",
        id=ELEC.id,
    )
    node, rel = frame.loc[0, "a"], frame.loc[0, "x"]
    assert node == {
        "_label": "Organization",
        "id": ELEC.id,
        "name": "한빛전자",
        "aliases": ["Hanbit Electronics"],
        "name_key": "한빛전자",
        "type": "Company",
    }
    assert rel["_label"] == "INVESTED_IN" and rel["amount"] == 1e10 and rel["date"] == date(2022, 5, 3)
    assert rel["period_years"] is None, "unset properties are present as None on both backends"
    assert frame.loc[0, "d"] == date(2022, 5, 3)


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("한빛그룹", GROUP.id),
        ("Hanbit Group", GROUP.id),
        ("한빛 AI 연구소", LAB.id),  # spacing differs from the stored name
        ("hanbit  AI-lab", LAB.id),  # an alias, matched on its normalised key
        ("SEOUL NATIONAL UNIVERSITY", SNU.id),
        ("김한빛", CEO.id),
        (ELEC.id, ELEC.id),
        ("없는회사", None),
    ],
)
def test_resolve_by_name_alias_or_id(graph, name, expected):
    assert graph.resolve(name) == expected


def test_unknown_names_raise_a_clear_error(graph):
    with pytest.raises(UnknownEntity, match="없는회사"):
        graph.investments(investor="없는회사")


# -- investments --------------------------------------------------------------------------------


def test_investments_rows_carry_amounts_dates_and_evidence(graph):
    frame = graph.investments()
    assert list(frame.columns) == INVESTMENT_COLUMNS
    assert len(frame) == 5
    row = frame[frame["recipient"] == "한빛 AI연구소"].iloc[0]
    assert (row["investor"], row["investor_type"], row["recipient_type"]) == (
        "한빛그룹",
        "BusinessGroup",
        "ResearchLab",
    )
    assert (row["amount"], row["currency"], row["period_years"]) == (2e11, "KRW", 3.0)
    assert row["annual_amount"] == pytest.approx(2e11 / 3)
    assert row["date"] is None and row["published"] == date(2020, 12, 8)
    assert row["articles"] == ["a1"] and row["evidence"] == ["한빛그룹이 3년간 2000억원을 투자한다."]
    assert row["confidence"] == pytest.approx(0.8)
    # newest first, by the fact's date or else its article's publication
    assert frame["recipient"].tolist() == ["스타트업C", "스타트업B", "스타트업A", "다솜로보틱스", "한빛 AI연구소"]


def test_investments_filter_by_alias_and_effective_date(graph):
    assert graph.investments(investor="Hanbit Group")["recipient"].tolist() == ["한빛 AI연구소"]
    assert graph.investments(recipient="스타트업a")["investor"].tolist() == ["한빛전자"]
    recent = graph.investments(since="2022", until=date(2023, 1, 5))
    assert recent["recipient"].tolist() == ["스타트업B", "스타트업A"]
    # an undated fact is dated by its article's publication
    assert graph.investments(until="2020-12-31")["recipient"].tolist() == ["한빛 AI연구소"]


def test_partners_in_either_stored_direction(graph):
    frame = graph.partners("Hanbit AI Lab")
    assert frame["partner"].tolist() == ["서울대", "토론토대"]
    assert frame["partner_type"].tolist() == ["University", "University"]
    assert graph.partners("토론토대")["partner"].tolist() == ["한빛 AI연구소"]


def test_profile_lists_every_fact_and_mention(graph):
    profile = graph.profile("hanbit ai lab")
    assert {k: profile[k] for k in ("id", "name", "type", "label", "aliases")} == {
        "id": LAB.id,
        "name": "한빛 AI연구소",
        "type": "ResearchLab",
        "label": "Organization",
        "aliases": ["Hanbit AI Lab"],
    }
    rel = profile["relations"]
    # a partnership is stored from its lower id, so its direction says nothing
    summary = sorted(
        ("either" if t == "PARTNERS_WITH" else d, t, o) for d, t, o in zip(rel["direction"], rel["type"], rel["other"])
    )
    assert summary == [
        ("either", "PARTNERS_WITH", "서울대"),
        ("either", "PARTNERS_WITH", "토론토대"),
        ("in", "ESTABLISHED", "한빛경영원"),
        ("in", "INVESTED_IN", "한빛그룹"),
        ("out", "INVESTED_IN", "스타트업C"),
        ("out", "PART_OF", "한빛경영원"),
    ]
    established = rel[rel["type"] == "ESTABLISHED"].iloc[0]
    assert established["date"] == date(2020, 12, 1)
    assert (established["article_title"], established["published"], established["url"]) == (
        A1.title,
        A1.published,
        A1.url,
    )
    mentions = profile["mentions"]
    assert mentions["article_id"].tolist() == ["a1", "a2"]
    assert list(zip(mentions["title"], mentions["published"], mentions["url"])) == [
        (A1.title, A1.published, A1.url),
        (A2.title, A2.published, A2.url),
    ]


def test_profile_of_a_person(graph):
    profile = graph.profile("김한빛")
    assert (profile["label"], profile["type"]) == ("Person", "Person")
    assert profile["relations"][["direction", "type", "other", "title"]].values.tolist() == [
        ["out", "WORKS_FOR", "한빛그룹", "대표"]
    ]


def test_shortest_path_between_two_organisations(graph):
    hops = graph.path("서울대", "Hanbit Electronics")
    assert [(h["from"], h["type"], h["to"], h["forward"]) for h in hops] == [
        ("서울대", "PARTNERS_WITH", "한빛 AI연구소", SNU.id < LAB.id),  # stored from the lower id
        ("한빛 AI연구소", "INVESTED_IN", "한빛그룹", False),
        ("한빛그룹", "AFFILIATE_OF", "한빛전자", False),
    ]
    assert hops[1]["amount"] == 2e11 and hops[1]["evidence"] == ["한빛그룹이 3년간 2000억원을 투자한다."]
    assert graph.path("서울대", "다솜그룹") == [], "no path between unconnected groups"
    assert len(graph.path("서울대", "한빛전자", relation_types=["PARTNERS_WITH", "PART_OF", "AFFILIATE_OF"])) == 4


# -- networkx export ----------------------------------------------------------------------------


def test_to_networkx_carries_node_and_edge_attributes(graph):
    G = graph.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == len(NODES) and G.number_of_edges() == len(FACTS)
    assert G.nodes[LAB.id] == {"name": "한빛 AI연구소", "type": "ResearchLab", "label": "Organization"}
    assert G.nodes[CEO.id]["label"] == "Person"
    edge = G.edges[GROUP.id, LAB.id, LG_LIKE.id]
    assert (edge["type"], edge["amount"], edge["currency"], edge["articles"]) == ("INVESTED_IN", 2e11, "KRW", ["a1"])
    assert edge["date"] is None and edge["published"] == date(2020, 12, 8)


def test_to_networkx_selects_types_and_dates(graph):
    G = graph.to_networkx(relation_types=["INVESTED_IN"], since="2022-01-01")
    assert sorted(G.nodes[v]["name"] for _, v in G.edges()) == ["스타트업A", "스타트업B", "스타트업C"]
    assert {t for _, _, t in G.edges(data="type")} == {"INVESTED_IN"}
    with pytest.raises(ValueError):
        graph.to_networkx(relation_types=["FUNDED"])


# -- the seed article through the real extractor -----------------------------------------------


def _extractor_available() -> bool:
    try:
        from aigraph.ingest.pipeline import Extractor  # noqa: F401
    except ImportError:
        return False
    return True


def ingest_seed(seed: Path, store_path: Path) -> None:
    """Build a store from the seed with the real CLI, as a user would."""
    if not _extractor_available():
        pytest.skip("ingest.pipeline.Extractor has not landed yet: `aigraph ingest` cannot extract the seed")
    aigraph = shutil.which("aigraph", path=str(Path(sys.executable).parent)) or "aigraph"
    done = subprocess.run(
        [aigraph, "ingest", str(seed), "--store", str(store_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "AIGRAPH_STORE": ""},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr


def test_seed_lg_investment(seed_path, tmp_path):
    store_path = tmp_path / "seed.lbug"
    ingest_seed(seed_path, store_path)
    with open_graph(store_path) as g:
        lg = g.resolve("LG그룹") or g.resolve("LG")
        lab = g.resolve("LG AI연구원")
        assert lg and lab, "the seed names the LG group and LG AI연구원"
        assert g.resolve("LG AI Research") == lab and g.resolve("LG AI 연구원") == lab
        frame = g.investments(recipient="LG AI연구원")
        row = frame[(frame["investor_id"] == lg) & (frame["amount"] == 2e11)]
        assert len(row) == 1, frame[["investor", "recipient", "amount"]].to_string()
        row = row.iloc[0]
        assert (row["currency"], row["period_years"], row["recipient_type"]) == ("KRW", 3.0, "ResearchLab")
        assert row["published"] == date(2020, 12, 8) and row["evidence"]
        assert {g.resolve("서울대"), g.resolve("토론토대")} <= set(g.partners(lab)["partner_id"])
