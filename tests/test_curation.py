"""Analysts' decisions on real stores (LadybugDB; Neo4j when NEO4J_URI is set), with the real extractor:
they change what plain Cypher returns, and no later ingest undoes them.

Every article here is written for these tests (invented organisations)."""

from __future__ import annotations

import json

import pytest

from aigraph.graph import curation
from aigraph.graph.api import open_graph
from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.ingest.contract import Document
from aigraph.ingest.runner import ingest

FIRST = Document(
    id="hanbit-nuri",
    title="한빛전자, 누리대학교에 200억원 투자",
    text="한빛전자가 누리대학교에 200억원을 투자한다고 3일 밝혔다.\n두 기관은 인공지능 반도체를 함께 연구한다.",
)
AGAIN = Document(
    id="hanbit-nuri-2",
    title="한빛전자 누리대 AI 연구 지원",
    text="한빛전자는 누리대학교에 200억원을 투자하기로 했다고 10일 전했다.\n투자금은 연구 인력 양성에 쓰인다.",
)
OTHER = Document(
    id="saebom", title="새봄로보틱스 투자 유치", text="한빛전자가 새봄로보틱스에 50억원을 투자한다고 12일 밝혔다."
)
BY_OTHER_NAME = Document(
    id="hanbit-electronics",
    title="한빛일렉트로닉스, 다온랩스에 30억원",
    text="한빛일렉트로닉스가 다온랩스에 30억원을 투자한다고 15일 밝혔다.",
)
HANBIT = entity_id(EntityType.COMPANY, "한빛전자")
NURI = entity_id(EntityType.UNIVERSITY, "누리대학교")


def investments(store) -> dict[str, tuple[str, str, float]]:
    rows = store.query("MATCH (a)-[r:INVESTED_IN]->(b) RETURN r.id, a.name, b.name, r.amount").rows
    return {fid: (a, b, amount) for fid, a, b, amount in rows}


def fact_between(store, source: str, target: str) -> str:
    found = [fid for fid, (a, b, _) in investments(store).items() if (a, b) == (source, target)]
    assert len(found) == 1, investments(store)
    return found[0]


def test_a_rejected_fact_stays_rejected_when_stated_again(store):
    ingest([FIRST, OTHER], store)
    fid = fact_between(store, "한빛전자", "누리대학교")
    decision = curation.reject(store, fid, "the deal was called off", by="analyst-1")
    assert fid not in investments(store), "plain Cypher no longer returns a rejected fact"

    ingest([FIRST, OTHER, AGAIN], store)  # the same articles again, and a new one stating the fact
    assert fid not in investments(store)
    held = {r["id"]: r for r in curation.rejected_facts(store)}
    assert held[fid]["new_reports"] == 1 and held[fid]["articles"] == ["hanbit-nuri", "hanbit-nuri-2"]
    assert held[fid]["reason"] == "the deal was called off" and held[fid]["by"] == "analyst-1"
    assert any("10일" in s for s in held[fid]["sentences"]), "the new evidence is kept"
    queue = curation.review_queue(store)
    assert queue[0]["id"] == fid and queue[0]["why"] == "rejected, 1 new reports"

    curation.undo(store, decision.id, "it went ahead after all")
    assert investments(store)[fid] == ("한빛전자", "누리대학교", 2e10)
    rows = store.query("MATCH ()-[r:INVESTED_IN]->() WHERE r.id = $id RETURN r.articles", {"id": fid}).rows
    assert rows[0][0] == ["hanbit-nuri", "hanbit-nuri-2"], "undo restores the fact with all its evidence"
    assert curation.rejected_facts(store) == []
    kinds = [d.kind for d in curation.history(store, fid)]
    assert kinds == ["undo", "reject"]


def test_an_edited_amount_wins_and_the_extracted_one_stays_visible(store):
    ingest([FIRST], store)
    fid = fact_between(store, "한빛전자", "누리대학교")
    usd_before = store.query("MATCH ()-[r:INVESTED_IN]->() RETURN r.amount_usd").rows[0][0]
    edit = curation.set_properties(store, fid, {"amount": 3e10}, "the press release says 300억", by="analyst-2")
    amount, usd = store.query(
        "MATCH ()-[r:INVESTED_IN]->() WHERE r.id = $id RETURN r.amount, r.amount_usd", {"id": fid}
    ).rows[0]
    assert amount == 3e10 and usd == pytest.approx(usd_before * 1.5)
    assert curation.edited_facts(store)[fid]["amount"] == 2e10

    ingest([FIRST, AGAIN], store)
    assert investments(store)[fid][2] == 3e10, "re-ingesting does not bring the extracted amount back"
    with open_graph(store) as g:
        table = g.investments()
        assert table.loc[table["id"] == fid, "value_krw"].item() == 3e10, "totals use the edited amount"

    curation.undo(store, edit.id)
    assert investments(store)[fid][2] == 2e10
    assert curation.edited_facts(store) == {}


def test_a_merged_name_resolves_to_the_survivor_in_later_articles(store):
    ingest([FIRST, OTHER], store)
    ingest([BY_OTHER_NAME], store)
    other = entity_id(EntityType.COMPANY, "한빛일렉트로닉스")
    merge = curation.merge(store, other, HANBIT, "one company, two names")
    names = store.query("MATCH (n:Organization) WHERE n.name STARTS WITH '한빛' RETURN n.id, n.aliases").rows
    assert [row[0] for row in names] == [HANBIT] and "한빛일렉트로닉스" in names[0][1]
    assert fact_between(store, "한빛전자", "다온랩스")

    later = Document(
        id="hanbit-electronics-2",
        title="한빛일렉트로닉스, 솔빛에 10억원",
        text="한빛일렉트로닉스가 솔빛에 10억원을 투자한다고 20일 밝혔다.",
    )
    ingest([later], store)
    assert store.query("MATCH (n:Organization) WHERE n.id = $id RETURN count(n)", {"id": other}).rows[0][0] == 0
    assert fact_between(store, "한빛전자", "솔빛")
    mentions = store.query(
        "MATCH (n:Organization)-[:MENTIONED_IN]->(a:Article) WHERE n.id = $id RETURN a.id ORDER BY a.id", {"id": HANBIT}
    ).rows
    assert [r[0] for r in mentions] == ["hanbit-electronics", "hanbit-electronics-2", "hanbit-nuri", "saebom"]

    curation.split(store, HANBIT, "한빛일렉트로닉스", "two companies after all")
    assert fact_between(store, "한빛일렉트로닉스", "다온랩스"), "undoing the merge gives back what it moved"
    names = dict(store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.name, n.aliases", {"id": HANBIT}).rows)
    assert "한빛일렉트로닉스" not in names["한빛전자"]
    assert [d.kind for d in curation.history(store, other)][:2] == ["undo", "merge"]
    assert curation.history(store, HANBIT)[0].payload.get("split") is True
    assert merge.id in {d.subject for d in curation.decisions(store) if d.kind == "undo"}


def test_rename_retype_add_and_confirm(store):
    ingest([FIRST], store)
    renamed_to = curation.rename(store, NURI, "국립누리대학교", "official name")
    retyped = curation.retype(store, NURI, "ResearchLab", "it is the university's lab")
    row = store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.name, n.type, n.aliases", {"id": NURI}).rows[0]
    assert row[:2] == ["국립누리대학교", "ResearchLab"] and "누리대학교" in row[2]
    renamed = Document(
        id="renamed", title="국립누리대학교", text="한빛전자가 국립누리대학교에 10억원을 투자한다고 21일 밝혔다."
    )
    ingest([FIRST, renamed], store)
    assert store.query("MATCH (n:Organization) WHERE n.name CONTAINS '누리' RETURN count(n)").rows[0][0] == 1
    assert (
        store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.type", {"id": NURI}).rows[0][0] == "ResearchLab"
    )

    # the article states the joint research ("두 기관은 … 함께 연구한다"); the analyst adds a filing that states it too
    stated = store.query("MATCH ()-[r:PARTNERS_WITH]->() RETURN r.id, r.sentences, r.confidence").rows
    assert [row[1] for row in stated] == [["두 기관은 인공지능 반도체를 함께 연구한다."]] and stated[0][2] < 1.0
    added = curation.add_fact(store, "PARTNERS_WITH", HANBIT, NURI, "회사 공시(2024-05-01)에 공동연구 협약이 있다")
    rows = store.query("MATCH ()-[r:PARTNERS_WITH]->() RETURN r.id, r.sentences, r.confidence").rows
    assert rows == [[added.subject, ["회사 공시(2024-05-01)에 공동연구 협약이 있다", *stated[0][1]], 1.0]]
    fid = next(f for f, (_, _, amount) in investments(store).items() if amount == 1e9)
    assert fid in {i["id"] for i in curation.review_queue(store, large_amount_usd=1e5)}
    curation.confirm(store, fid, "checked against the filing")
    assert fid not in {i["id"] for i in curation.review_queue(store, large_amount_usd=1e5)}
    curation.undo(store, added.id)  # the analyst's addition goes; what the article stated stays
    assert store.query("MATCH ()-[r:PARTNERS_WITH]->() RETURN r.id, r.sentences, r.confidence").rows == stated

    curation.undo(store, retyped.id)
    curation.undo(store, renamed_to.id)
    row = store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.name, n.type, n.aliases", {"id": NURI}).rows[0]
    assert row[:2] == ["누리대학교", "University"] and "국립누리대학교" not in row[2]

    with pytest.raises(curation.CurationError, match="no fact"):
        curation.reject(store, "rel:nope", "x")
    with pytest.raises(curation.CurationError, match="reason"):
        curation.reject(store, fid, " ")
    with pytest.raises(curation.CurationError, match="editable"):
        curation.set_properties(store, fid, {"confidence": 1})


def test_export_then_import_into_a_fresh_store_gives_the_same_curated_graph(store, tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    ingest([FIRST, OTHER, BY_OTHER_NAME], store)
    fid = fact_between(store, "한빛전자", "누리대학교")
    curation.merge(store, entity_id(EntityType.COMPANY, "한빛일렉트로닉스"), HANBIT, "same company")
    rejected = fact_between(store, "한빛전자", "새봄로보틱스")
    curation.reject(store, rejected, "rumour")
    edit = curation.set_properties(store, fid, {"amount": 2.5e10, "period_years": 5})
    curation.undo(store, edit.id)
    curation.set_properties(store, fid, {"amount": 2.2e10})
    exported = tmp_path / "decisions.jsonl"
    assert curation.export_decisions(store, exported) == 5
    assert all("snapshot" not in json.loads(line)["payload"] for line in exported.read_text().splitlines())

    with LadybugStore(tmp_path / "fresh.lbug") as fresh:
        ingest([FIRST, OTHER, BY_OTHER_NAME], fresh)
        assert curation.import_decisions(fresh, exported)[:2] == (5, 0)
        assert curation.import_decisions(fresh, exported)[:2] == (0, 5), "import is idempotent"
        assert investments(fresh) == investments(store)
        assert sorted(r["id"] for r in curation.rejected_facts(fresh)) == [rejected]
        graph = "MATCH (n:Organization) RETURN n.id, n.name, n.aliases ORDER BY n.id"
        assert fresh.query(graph).rows == store.query(graph).rows
        assert [d.id for d in curation.decisions(fresh)] == [d.id for d in curation.decisions(store)]
        assert curation.apply_all(fresh) == [], "applying again changes nothing"


def partners(store) -> set[frozenset[str]]:
    return {frozenset(row) for row in store.query("MATCH (a)-[r:PARTNERS_WITH]->(b) RETURN a.name, b.name").rows}


def test_split_moves_an_alias_out_with_the_facts_only_it_names(store):
    from datetime import date

    from aigraph.core.vocabulary import RelationType, fact_id

    from aigraph.graph.model import Article, Evidence, GraphBatch, Node, Relationship

    group = Node(
        id=entity_id(EntityType.BUSINESS_GROUP, "한빛그룹"),
        type=EntityType.BUSINESS_GROUP,
        name="한빛그룹",
        aliases=["한빛 홀딩스"],
    )
    lab, univ = (
        Node(id=entity_id(EntityType.ORGANIZATION, n), type=EntityType.ORGANIZATION, name=n)
        for n in ("솔빛랩", "누리대")
    )

    def fact(source: Node, target: Node, sentence: str) -> Relationship:
        return Relationship(
            id=fact_id(RelationType.PARTNERS_WITH, source.id, target.id, {}),
            type=RelationType.PARTNERS_WITH,
            source_id=source.id,
            source_label="Organization",
            target_id=target.id,
            target_label="Organization",
            evidence=[
                Evidence(
                    article_id="s1", text=sentence, start=0, end=len(sentence), confidence=0.9, extractor_version="t"
                )
            ],
        )

    by_alias = fact(group, lab, "한빛 홀딩스는 솔빛랩과 협력한다.")
    by_name = fact(group, univ, "한빛그룹은 누리대와 협력한다.")
    store.write(
        GraphBatch(
            articles=[Article(id="s1", published=date(2024, 1, 1))],
            nodes=[group, lab, univ],
            relationships=[by_alias, by_name],
        )
    )
    decision = curation.split(store, group.id, "한빛 홀딩스", "a different company")
    holding = entity_id(EntityType.BUSINESS_GROUP, "한빛 홀딩스")
    assert partners(store) == {frozenset({"한빛 홀딩스", "솔빛랩"}), frozenset({"한빛그룹", "누리대"})}
    assert store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.aliases", {"id": group.id}).rows[0][0] == []

    store.write(GraphBatch(articles=[Article(id="s1", published=date(2024, 1, 1))], nodes=[group], relationships=[]))
    assert store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.aliases", {"id": group.id}).rows[0][0] == [], (
        "an article naming the alias does not put it back"
    )

    curation.undo(store, decision.id)
    assert partners(store) == {frozenset({"한빛그룹", "솔빛랩"}), frozenset({"한빛그룹", "누리대"})}
    assert store.query("MATCH (n:Organization) WHERE n.id = $id RETURN count(n)", {"id": holding}).rows[0][0] == 0
    assert store.query("MATCH (n:Organization) WHERE n.id = $id RETURN n.aliases", {"id": group.id}).rows[0][0] == [
        "한빛 홀딩스"
    ]


def test_an_imported_undo_reverts_a_decision_this_store_applied(store, tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    ingest([FIRST, BY_OTHER_NAME], store)
    other = entity_id(EntityType.COMPANY, "한빛일렉트로닉스")
    merge = curation.merge(store, other, HANBIT, "same company?")
    with LadybugStore(tmp_path / "elsewhere.lbug") as elsewhere:  # another analyst's store, with the same decision
        ingest([FIRST, BY_OTHER_NAME], elsewhere)
        curation.export_decisions(store, tmp_path / "mine.jsonl")
        curation.import_decisions(elsewhere, tmp_path / "mine.jsonl")
        curation.undo(elsewhere, merge.id, "two companies")
        curation.export_decisions(elsewhere, tmp_path / "theirs.jsonl")
    assert curation.import_decisions(store, tmp_path / "theirs.jsonl")[:2] == (1, 1)
    assert fact_between(store, "한빛일렉트로닉스", "다온랩스"), "the merge this store applied is undone"
    assert [d.kind for d in curation.history(store, other)] == ["undo", "merge"]


def test_an_article_stating_the_edited_amount_is_a_new_report_of_the_edited_fact(store):
    ingest([FIRST], store)
    fid = fact_between(store, "한빛전자", "누리대학교")
    curation.set_properties(store, fid, {"amount": 3e10}, "the press release says 300억")
    corrected = Document(
        id="hanbit-nuri-300",
        title="한빛전자, 누리대학교에 300억원",
        text="한빛전자가 누리대학교에 300억원을 투자한다고 5일 밝혔다.",
    )
    ingest([FIRST, corrected], store)
    assert fact_between(store, "한빛전자", "누리대학교") == fid, "one fact, not a second one at the corrected amount"
    amount, articles = store.query(
        "MATCH ()-[r:INVESTED_IN]->() WHERE r.id = $id RETURN r.amount, r.articles", {"id": fid}
    ).rows[0]
    assert amount == 3e10 and articles == ["hanbit-nuri", "hanbit-nuri-300"]
    assert curation.edited_facts(store)[fid]["amount"] == 2e10, (
        "the extracted value is still what the first article said"
    )
    with open_graph(store) as g:
        assert len(g.investments()) == 1


def test_undoing_a_merge_gives_back_facts_later_articles_stated_under_the_merged_name(store):
    ingest([FIRST, BY_OTHER_NAME], store)
    other = entity_id(EntityType.COMPANY, "한빛일렉트로닉스")
    merge = curation.merge(store, other, HANBIT, "one company, two names")
    later = [
        Document(
            id="by-merged-name",
            title="한빛일렉트로닉스, 솔빛에 10억원",
            text="한빛일렉트로닉스가 솔빛에 10억원을 투자한다고 20일 밝혔다.",
        ),
        Document(
            id="by-survivor-name",
            title="한빛전자, 가온칩스에 40억원",
            text="한빛전자가 가온칩스에 40억원을 투자한다고 22일 밝혔다.",
        ),
    ]
    ingest(later, store)
    assert fact_between(store, "한빛전자", "솔빛") and fact_between(store, "한빛전자", "가온칩스")

    curation.undo(store, merge.id, "two companies after all")
    assert fact_between(store, "한빛일렉트로닉스", "다온랩스"), "what the merge moved comes back"
    assert fact_between(store, "한빛일렉트로닉스", "솔빛"), "a later fact stated under the merged name goes back too"
    assert fact_between(store, "한빛전자", "가온칩스"), "a later fact stated under the survivor's name stays"
    assert fact_between(store, "한빛전자", "누리대학교")
    assert not [k for k, (a, b, _) in investments(store).items() if (a, b) == ("한빛전자", "솔빛")]
    totals = {r[0]: r[1] for r in store.query("MATCH (s:OrgStats) RETURN s.name, s.invested_deals").rows}
    assert totals["한빛일렉트로닉스"] == 2 and totals["한빛전자"] == 2, "the aggregates follow the facts back"
