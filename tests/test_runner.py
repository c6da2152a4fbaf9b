"""The ingest runner with the real extractor on real stores (LadybugDB; Neo4j when NEO4J_URI is set):
re-processing, edits, resuming an interrupted write, dry runs."""

from __future__ import annotations

import json

import pytest

import aigraph.ingest.pipeline as pipeline
from aigraph.graph import curation
from aigraph.graph.schema import AGGREGATE_LINKS
from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.graph.model import GraphBatch, Node
from aigraph.ingest.contract import Document
from aigraph.ingest.runner import ingest
from test_weekly_site import ARTICLES, SYNDICATED, snapshot

HANWHA, NAVER = ARTICLES[0], ARTICLES[1]


def doc(article, text: str | None = None) -> Document:
    slug, headline, paragraphs, _ = article
    return Document(id=slug, title=headline, text=text or "\n".join(paragraphs), url=f"https://news.test/{slug}")


CORPUS = [doc(HANWHA), doc(SYNDICATED), doc(NAVER)]


def facts(store) -> dict[tuple[str, str, str], list[str]]:
    kind = store.dialect.type_of("x")
    bookkeeping = ["MENTIONED_IN", "SAME_STORY", *AGGREGATE_LINKS]  # the stored organisation links state no fact
    rows = store.query(
        f"MATCH (a)-[x]->(b) WHERE NOT {kind} IN {bookkeeping} RETURN {kind}, a.name, b.name, x.articles"
    ).rows
    return {(t, a, b): sorted(arts) for t, a, b, arts in rows}


def test_reprocess_reextracts_only_when_asked_and_keeps_the_graph(store, monkeypatch):
    first = ingest(CORPUS, store)
    assert (first.articles_new, first.articles_duplicate) == (2, 1)
    before = snapshot(store, ignore=frozenset({"extractor_version", "evidence"}))
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "9.9.9-test")

    plain = ingest(CORPUS, store)
    assert plain.articles_unchanged == 3, "a new extractor version alone does not re-extract"
    again = ingest(CORPUS, store, reprocess=True)
    assert again.articles_unchanged == 0 and again.articles_updated + again.articles_duplicate == 3
    assert not set(again.created_relationship_ids) - again.restated_ids, "re-derived facts are not news"
    assert again.duplicates == first.duplicates
    versions = {r[0] for r in store.query("MATCH (a:Article) RETURN a.extractor_version").rows}
    assert versions == {"9.9.9-test"}
    evidence = [json.loads(r[0]) for r in store.query("MATCH ()-[x:INVESTED_IN]->() RETURN x.evidence").rows]
    assert {e["extractor_version"] for ev in evidence for e in ev} == {"9.9.9-test"}
    assert snapshot(store, ignore=frozenset({"extractor_version", "evidence"})) == before


def test_an_edited_article_replaces_its_own_facts_only(store):
    ingest(CORPUS, store)
    key = ("INVESTED_IN", "한화", "포항공과대학교")
    assert facts(store)[key] == ["hanwha-postech", "hanwha-postech-copy"]
    assert ("PARTNERS_WITH", "한국과학기술원", "네이버") in facts(store)

    edited_hanwha = doc(
        HANWHA, "한화그룹이 연세대에 400억원을 투자한다고 9일 밝혔다.\n한화그룹은 연세대와 함께 로봇 기술을 연구한다."
    )
    edited_naver = doc(NAVER, "네이버는 올해 신입 개발자 공개 채용을 진행한다고 밝혔다.\n지원서는 다음 달까지 받는다.")
    report = ingest([edited_hanwha, doc(SYNDICATED), edited_naver], store)
    assert (report.articles_updated, report.articles_unchanged) == (2, 1)
    after = facts(store)
    assert after[key] == ["hanwha-postech-copy"], "the copy still supports the old investment"
    assert after[("INVESTED_IN", "한화", "연세대학교")] == ["hanwha-postech"]
    assert ("PARTNERS_WITH", "한국과학기술원", "네이버") not in after, "a fact only the edited article stated is gone"
    assert not store.query("MATCH (o:Organization) WHERE o.name = '한국과학기술원' RETURN o").rows
    links = store.query("MATCH (a:Article)-[:SAME_STORY]->(b:Article) RETURN a.id, b.id").rows
    assert links == [["hanwha-postech-copy", "hanwha-postech"]]


@pytest.mark.parametrize("crash_point", ["after the write, before the finish marker", "during retraction"])
def test_an_unfinished_article_is_redone_not_skipped(store, crash_point):
    ingest(CORPUS, store)
    expected = snapshot(store)
    if crash_point.startswith("after"):
        store.execute_write("MATCH (a:Article) WHERE a.id = 'naver-kaist' SET a.simhash = '', a.text = ''")
    else:
        store.retract_article("naver-kaist")
    assert snapshot(store) != expected
    report = ingest(CORPUS, store)
    assert report.articles_unchanged == 2 and report.articles_new + report.articles_updated == 1
    assert snapshot(store) == expected


class Killed(BaseException):
    """The process dying at a chosen point of a run."""


def test_a_run_killed_before_it_listed_the_duplicates_leaves_that_to_the_next_run(store, monkeypatch):
    import aigraph.ingest.runner as runner

    def killed(_store):
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(runner, "find_duplicates", killed)
        with pytest.raises(Killed):  # every article written; the review queue's duplicates not yet listed
            ingest(CORPUS, store)
    assert curation.duplicates_outdated(store) is not None
    assert not store.query("MATCH (m:ReviewList) RETURN m.id").rows
    report = ingest(CORPUS, store)
    assert report.articles_unchanged == 3, "nothing is extracted again"
    assert curation.duplicates_outdated(store) is None
    after_the_kill = snapshot(store)
    store.execute_write(f"MATCH (n) WHERE {store.dialect.label_of('n')} <> 'Meta' DETACH DELETE n")
    ingest(CORPUS, store)
    assert curation.duplicates_outdated(store) is None
    assert snapshot(store) == after_the_kill, "the same graph, review queue included, as one uninterrupted run"
    assert ingest(CORPUS, store).articles_unchanged == 3 and snapshot(store) == after_the_kill


def test_only_a_write_that_changes_entities_outdates_the_duplicates(store):
    robots = Node(id=entity_id(EntityType.COMPANY, "새누리로봇"), type=EntityType.COMPANY, name="새누리로봇")
    store.write(GraphBatch(nodes=[robots]))
    seen = curation.duplicates_outdated(store)
    assert seen is not None
    curation.save_duplicates(store, [], seen)
    assert curation.duplicates_outdated(store) is None
    store.write(GraphBatch(nodes=[robots]))
    assert curation.duplicates_outdated(store) is None, "no entity changed: no need to look for duplicates again"
    store.write(GraphBatch(nodes=[robots.model_copy(update={"aliases": ["Saenuri Robotics"]})]))
    again = curation.duplicates_outdated(store)
    assert again is not None, "a new alias may make it a duplicate of another entity"
    store.write(
        GraphBatch(nodes=[Node(id=entity_id(EntityType.COMPANY, "누리로봇"), type=EntityType.COMPANY, name="누리로봇")])
    )
    curation.save_duplicates(store, [], again)
    assert curation.duplicates_outdated(store) is not None, "a change made after the list was found keeps it outdated"


def test_dry_run_classifies_without_writing(store):
    ingest(CORPUS[:1], store)
    before = snapshot(store)
    report = ingest(CORPUS, store, dry_run=True)
    assert (report.articles_unchanged, report.articles_duplicate, report.articles_new) == (1, 1, 1)
    assert report.nodes_created == report.relationships_created == 0
    assert snapshot(store) == before


def test_a_funding_round_with_several_investors_is_stored_with_its_shared_total(store):
    text = (
        "인공지능 스타트업 가나다랩이 시리즈A 투자를 마무리했다.\n"
        "가나다랩은 라마바벤처스, 사아자파트너스 등으로부터 120억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다."
    )
    report = ingest([Document(id="round-1", title="투자 유치", text=text)], store)
    assert not [w for w in report.warnings if "not stored" in w], report.warnings
    rows = store.query(
        "MATCH (a)-[x:INVESTED_IN]->(b) RETURN a.name, b.name, x.amount, x.round_amount, "
        "x.round_currency, x.series ORDER BY a.name"
    ).rows
    assert [r[0] for r in rows] == ["라마바벤처스", "사아자파트너스"]
    for _, recipient, amount, round_amount, currency, series in rows:
        assert recipient == "가나다랩" and amount is None  # the total is the round's, not each investor's
        assert (round_amount, currency, series) == (12_000_000_000, "KRW", "A")
