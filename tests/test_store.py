"""The idempotent write path against real stores (LadybugDB always, Neo4j when NEO4J_URI is set)."""

from datetime import date

import pytest

from aigraph.graph.errors import ReadOnlyViolation, SchemaMismatch, StoreUnavailable
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Mention, Node, Relationship

GROUP = Node(
    id=entity_id(EntityType.BUSINESS_GROUP, "한빛그룹"),
    type=EntityType.BUSINESS_GROUP,
    name="한빛그룹",
    aliases=["Hanbit Group"],
)
LAB = Node(id=entity_id(EntityType.ORGANIZATION, "한빛AI연구소"), type=EntityType.ORGANIZATION, name="한빛AI연구소")
PROPS = {"amount": 5e10, "currency": "KRW", "period_years": 2, "date": "2023-03"}


def evidence(article: str, start: int = 0) -> Evidence:
    return Evidence(
        article_id=article,
        text="한빛그룹이 한빛AI연구소에 500억원을 투자한다.",
        start=start,
        end=start + 27,
        confidence=0.9,
        extractor_version="test-1",
    )


def investment(article: str, props=PROPS, start: int = 0) -> Relationship:
    return Relationship(
        id=fact_id(RelationType.INVESTED_IN, GROUP.id, LAB.id, props),
        type=RelationType.INVESTED_IN,
        source_id=GROUP.id,
        source_label="Organization",
        target_id=LAB.id,
        target_label="Organization",
        properties=props,
        evidence=[evidence(article, start)],
    )


def batch(article: str = "a1", **kw) -> GraphBatch:
    return GraphBatch(
        articles=[
            Article(
                id=article,
                title="제목",
                published=date(2023, 3, 2),
                content_hash=f"h-{article}",
                extractor_version="test-1",
            )
        ],
        nodes=kw.get("nodes", [GROUP, LAB]),
        relationships=kw.get("relationships", [investment(article)]),
        mentions=[Mention(entity_id=GROUP.id, entity_label="Organization", article_id=article, count=2, first_start=0)],
    )


def counts(store):
    stats = store.stats()
    return stats["nodes"], stats["relationships"]


def test_writing_twice_changes_nothing(store):
    first = store.write(batch())
    assert (first.nodes_created, first.relationships_created) == (2, 1)
    before = counts(store)
    again = store.write(batch())
    assert (again.nodes_created, again.nodes_updated, again.relationships_created, again.relationships_updated) == (
        0,
        0,
        0,
        0,
    )
    assert counts(store) == before


def test_values_come_back_as_plain_python(store):
    store.write(batch())
    row = store.query(
        "MATCH (a:Organization)-[x:INVESTED_IN]->(b:Organization) RETURN a.name AS investor, x.amount AS amount, "
        "x.period_years AS years, x.date AS date, x.articles AS articles, b.name AS recipient"
    ).records()
    assert row == [
        {
            "investor": "한빛그룹",
            "amount": 5e10,
            "years": 2.0,
            "date": date(2023, 3, 1),
            "articles": ["a1"],
            "recipient": "한빛AI연구소",
        }
    ]


def test_same_fact_from_two_articles_is_one_relationship_with_both_as_evidence(store):
    store.write(batch("a1"))
    store.write(batch("a2"))
    rows = store.query("MATCH ()-[x:INVESTED_IN]->() RETURN x.articles AS arts, x.sentences AS s").records()
    assert len(rows) == 1
    assert rows[0]["arts"] == ["a1", "a2"] and len(rows[0]["s"]) == 2


def test_aliases_accumulate_and_a_specific_type_refines_the_generic_one(store):
    store.write(batch())
    lab_as_research = LAB.model_copy(update={"type": EntityType.RESEARCH_LAB, "aliases": ["Hanbit AI Lab"]})
    summary = store.write(batch("a2", nodes=[GROUP, lab_as_research]))
    assert summary.nodes_updated == 1
    rows = store.query(
        "MATCH (n:Organization) WHERE n.name = '한빛AI연구소' RETURN n.type AS t, n.aliases AS al"
    ).records()
    assert rows == [{"t": "ResearchLab", "al": ["Hanbit AI Lab"]}]
    # a later, generic typing does not undo the specific one
    store.write(batch("a3", nodes=[GROUP, LAB]))
    assert store.query("MATCH (n:Organization) WHERE n.name = '한빛AI연구소' RETURN n.type").rows == [["ResearchLab"]]


def test_retracting_an_article_keeps_what_other_articles_support(store):
    store.write(batch("a1"))
    store.write(batch("a2"))
    assert store.retract_article("a1") == 0
    assert store.query("MATCH ()-[x:INVESTED_IN]->() RETURN x.articles").rows == [[["a2"]]]
    assert store.retract_article("a2") == 1
    nodes, rels = counts(store)
    assert rels["INVESTED_IN"] == 0 and rels["MENTIONED_IN"] == 0
    assert nodes["Organization"] == 0, "entities left with no fact and no mention are removed"
    assert nodes["Article"] == 2


def test_a_different_amount_between_the_same_parties_is_a_second_fact(store):
    store.write(batch("a1"))
    other = investment("a2", props={"amount": 1e9, "currency": "KRW"})
    store.write(batch("a2", relationships=[other]))
    assert counts(store)[1]["INVESTED_IN"] == 2


def test_interrupted_write_leaves_the_article_unfinished(store):
    store.write(batch("a1"))
    assert store.article_versions(["a1", "zz"]) == {"a1": ("h-a1", "test-1")}
    store.retract_article("a1")
    assert store.article_versions(["a1"]) == {"a1": ("", "test-1")}, (
        "a retracted article must be redone by the next run"
    )


def test_read_only_entry_point_refuses_writes_before_the_store(store):
    with pytest.raises(ReadOnlyViolation, match="MERGE"):
        store.query("MERGE (n:Organization {id: 'x'})")
    # a literal containing a keyword is still a read
    assert store.query("MATCH (n:Organization) WHERE n.name = 'CREATE' RETURN count(n)").rows == [[0]]


def test_ladybug_store_in_missing_directory_is_a_clear_error(tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    with pytest.raises(StoreUnavailable, match="does not exist"):
        LadybugStore(tmp_path / "missing" / "graph.lbug")


def test_schema_version_mismatch_is_reported(tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    path = tmp_path / "g.lbug"
    with LadybugStore(path) as s:
        s.execute_write("MATCH (m:Meta) WHERE m.id = 'schema_version' SET m.value = '999'")
    with pytest.raises(SchemaMismatch, match="version 999"):
        LadybugStore(path)


def test_unreachable_neo4j_is_a_one_line_error():
    from aigraph.graph.stores import open_store

    with pytest.raises(StoreUnavailable, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        open_store("bolt://127.0.0.1:1")


def test_a_large_batch_commits_in_parts_of_whole_articles_and_writes_the_same_graph(store, tmp_path):
    from aigraph.graph import aggregates
    from aigraph.graph.stores.ladybug_store import LadybugStore
    from aigraph.graph.stores.rows import article_parts
    from aigraph.graph.stores.writing import BatchWriter

    other = {"amount": 1e9, "currency": "KRW"}
    shared = investment("a1").model_copy(update={"evidence": [evidence("a1"), evidence("a3", start=40)]})
    articles = [
        Article(id=a, title="제목", published=date(2023, 3, 2), content_hash=f"h-{a}", extractor_version="test-1")
        for a in ("a1", "a2", "a3")
    ]
    whole = GraphBatch(
        articles=articles,
        nodes=[GROUP, LAB],
        relationships=[
            shared,
            investment("a2", props=other),
            investment("a3", props={"amount": 7e9, "currency": "KRW"}),
        ],
        mentions=[
            Mention(entity_id=GROUP.id, entity_label="Organization", article_id=a, count=1, first_start=0)
            for a in ("a1", "a2", "a3")
        ],
    )
    parts = article_parts(whole, 1)
    assert [sorted(a.id for a in p.articles) for p in parts] == [["a1", "a3"], ["a2"]], (
        "a shared fact keeps its articles together"
    )
    assert [len(p.nodes) for p in parts] == [2, 0] and sum(len(p.relationships) for p in parts) == 3

    in_parts = BatchWriter(store, part_facts=1).write(whole)
    with LadybugStore(tmp_path / "reference.lbug") as reference:
        at_once = reference.write(whole)
        facts = "MATCH ()-[x:INVESTED_IN]->() RETURN x.id AS id, x.articles AS articles, x.amount AS amount ORDER BY id"
        assert store.query(facts).records() == reference.query(facts).records()
        hashes = "MATCH (a:Article) RETURN a.id AS id, a.content_hash AS h ORDER BY id"
        assert store.query(hashes).records() == reference.query(hashes).records()
    assert (
        (in_parts.nodes_created, in_parts.relationships_created)
        == (at_once.nodes_created, at_once.relationships_created)
        == (2, 3)
    )
    kept = aggregates.stored(store)
    aggregates.refresh(store)
    for label, frame in aggregates.stored(store).items():
        assert kept[label].equals(frame), label
