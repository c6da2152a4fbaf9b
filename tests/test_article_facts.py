"""An article's facts are found from their sources' keys (``ArticleStats.fact_refs`` name each fact's source), and
refs written before that (``TYPE|fact id``) or naming a source that no longer holds the fact still find it."""

from __future__ import annotations

from aigraph.graph import reads
from aigraph.graph.api import open_graph
from aigraph.graph.fact_rows import FactRef
from test_api import FACTS, sample_batch


def _stated(graph, article_ids):
    found = reads.article_facts(graph, article_ids)
    return sorted(zip(found["id"], found["article_id"], found["source_id"], found["target_id"]))


EXPECTED = sorted((f.id, f.evidence[0].article_id, f.source_id, f.target_id) for f in FACTS)


def test_refs_name_each_facts_source_and_lead_to_every_fact(store):
    store.write(sample_batch())
    refs = store.query("MATCH (s:ArticleStats) UNWIND s.fact_refs AS ref RETURN ref").to_dataframe()["ref"]
    assert sorted(map(FactRef.decode, refs)) == sorted(FactRef(f.type.value, f.id, f.source_id) for f in FACTS)
    assert {f.source_id.partition(":")[0] for f in FACTS} == {"organization", "person"}  # two source labels
    with open_graph(store) as graph:
        assert _stated(graph, ["a1", "a2"]) == EXPECTED
        assert _stated(graph, ["a2"]) == [e for e in EXPECTED if e[1] == "a2"]


def test_older_and_misdirected_refs_still_find_their_facts(store):
    store.write(sample_batch())
    with store.transaction():  # as written before refs named sources, and one naming the wrong source
        store.execute_write(
            "MATCH (s:ArticleStats) WHERE s.id = 'a1' SET s.fact_refs = $refs",
            {"refs": [f"{f.type.value}|{f.id}" for f in FACTS if f.evidence[0].article_id == "a1"]},
        )
        wrong = [f"{f.type.value}|{f.id}|{f.target_id}" for f in FACTS if f.evidence[0].article_id == "a2"]
        store.execute_write("MATCH (s:ArticleStats) WHERE s.id = 'a2' SET s.fact_refs = $refs", {"refs": wrong})
    with open_graph(store) as graph:
        assert _stated(graph, ["a1", "a2"]) == EXPECTED
