"""Stored organisation links (graph.org_links) equal the facts grouped anew, after ingest, re-ingest, a restated
fact, retraction and the analysts' decisions, and the network reads that use them give what grouping the facts
gives, after each of those steps."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pandas as pd
from test_aggregates import article, fact, org

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.graph import aggregates, curation, queries, reads
from aigraph.graph.api import open_graph
from aigraph.graph.model import GraphBatch, Mention, Node

ORGS = [
    org(kind, f"연결{k}") for k, kind in enumerate([EntityType.COMPANY, EntityType.INVESTOR, EntityType.UNIVERSITY] * 2)
]
PERSON = Node(id="person:김하늘", type=EntityType.PERSON, name="김하늘")
TYPES = [RelationType.PARTNERS_WITH, RelationType.INVESTED_IN, RelationType.ACQUIRED, RelationType.AFFILIATE_OF]


def _batch(aid: str, facts: list, nodes: list[Node]) -> GraphBatch:
    return GraphBatch(
        articles=[article(aid, date(2023, 1, 1))],
        nodes=nodes,
        relationships=facts,
        mentions=[Mention(entity_id=n.id, entity_label=n.label, article_id=aid, count=1, first_start=0) for n in nodes],
    )


def _random_batch(rng: random.Random, aid: str) -> GraphBatch:
    facts = []
    for k in range(rng.randint(2, 5)):
        a, b = rng.sample(ORGS, 2)
        kind = rng.choice(TYPES)
        text = f"{rng.choice('가나다라')} {a.name}와 {b.name}: {kind.value} {aid}-{k}"
        props = (
            {"amount": float(rng.randint(1, 4)) * 1e9, "currency": "KRW"} if kind == RelationType.INVESTED_IN else {}
        )
        facts.append(fact(kind, a, b, aid, text, **props))
    if rng.random() < 0.5:  # a person's fact ties no two organisations
        facts.append(fact(RelationType.WORKS_FOR, PERSON, rng.choice(ORGS), aid, f"김하늘은 {aid}에서 일한다"))
    return _batch(aid, facts, [*ORGS, PERSON])


def _grouped(store) -> tuple[dict[tuple[str, str, str], tuple[int, str | None]], Counter[tuple[str, str]]]:
    """Every fact between two organisations grouped anew: per (source, target, type) the count and least first
    sentence; per unordered pair of two organisations the count either way."""
    facts: dict[tuple[str, str, str], list[str | None]] = {}
    for kind in queries.FACT_TYPES:
        for source, target, sentences in store.query(
            f"MATCH (a:Organization)-[x:{kind}]->(b:Organization) RETURN a.id, b.id, x.sentences"
        ).rows:
            facts.setdefault((source, target, kind), []).append(sentences[0] if sentences else None)
    links = {key: (len(found), min((s for s in found if s is not None), default=None)) for key, found in facts.items()}
    pairs: Counter[tuple[str, str]] = Counter()
    for (source, target, _), (count, _) in links.items():
        if source != target:
            pairs[tuple(sorted((source, target)))] += count  # type: ignore[index]
    return links, pairs


def assert_links_follow_the_facts(store) -> None:
    """The stored links equal the facts grouped anew, and so do the network reads that use them."""
    stored = aggregates.stored(store)
    links, pairs = _grouped(store)
    _assert_reads_follow(open_graph(store), links, pairs)
    kept = {
        (r["source"], r["target"], r["type"]): (int(r["facts"]), None if pd.isna(r["sentence"]) else r["sentence"])
        for r in stored["ORG_LINK"].to_dict("records")
    }
    assert kept == links
    assert {(r["source"], r["target"]): int(r["facts"]) for r in stored["ORG_PAIR"].to_dict("records")} == dict(pairs)
    assert set(stored["OrgNode"]["id"]) == {e for key in links for e in key[:2]}


def test_links_follow_ingest_reingest_restatement_retraction_and_decisions(store):
    rng = random.Random(7)
    batches = [_random_batch(rng, f"l{k}") for k in range(8)]
    for b in batches:
        store.write(b)
        assert_links_follow_the_facts(store)
    assert aggregates.stored(store)["ORG_LINK"]["facts"].max() >= 1 and len(aggregates.stored(store)["ORG_PAIR"]) > 5
    for b in batches[:3]:  # re-ingest: nothing changes
        store.write(b)
    assert_links_follow_the_facts(store)
    # another article restates a known fact, its evidence ordered first (by article id) with a sentence that
    # sorts first: the fact changes (it is not created) and so does its link's least first sentence
    known = batches[0].relationships[0]
    a, b = (next(n for n in ORGS if n.id == i) for i in (known.source_id, known.target_id))
    restated = fact(known.type, a, b, "a9", "가 먼저 오는 문장", **known.properties)
    assert restated.id == known.id
    store.write(_batch("a9", [restated], ORGS))
    assert_links_follow_the_facts(store)
    store.retract_article("l1")
    assert_links_follow_the_facts(store)
    rejected = curation.reject(store, known.id, "not what the article says")
    assert_links_follow_the_facts(store)
    merged = curation.merge(store, ORGS[1].id, ORGS[0].id, "the same organisation")
    assert_links_follow_the_facts(store)
    curation.undo(store, merged.id)
    curation.undo(store, rejected.id)
    assert_links_follow_the_facts(store)
    for aid in ("l0", "l2", "l3", "l4", "l5", "l6", "l7", "a9"):
        store.retract_article(aid)
    assert_links_follow_the_facts(store)
    assert aggregates.stored(store)["ORG_LINK"].empty and aggregates.stored(store)["OrgNode"].empty


def _assert_reads_follow(graph, links, pairs) -> None:
    """``organisation_edges`` among some organisations (cut to a limit, ties by source, target and type) and
    ``organisation_links`` (a hop's neighbours by facts, ties by id) read the stored links: the same rows as
    the facts grouped anew."""
    ids = [o.id for o in ORGS]
    for members in (ids, ids[:4], ids[1:3]):
        among = sorted(
            (
                (s, t, kind, n, sentence)
                for (s, t, kind), (n, sentence) in links.items()
                if s in members and t in members
            ),
            key=lambda r: (-r[3], r[0], r[1], r[2]),
        )
        for limit in (None, 3, 7, 100):
            read = reads.organisation_edges(graph, None, members, limit)
            rows = list(read[["source", "target", "type", "facts", "sentence"]].itertuples(index=False, name=None))
            assert (sorted(rows) == sorted(among)) if limit is None else (rows == among[:limit])
        weights: Counter[str] = Counter()
        for (a, b), n in pairs.items():
            weights.update({b: n} if a in members else {})
            weights.update({a: n} if b in members else {})
        ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
        for limit in (1, 3, 10):
            read = reads.organisation_links(graph, members, limit)
            assert list(zip(read["id"], read["weight"])) == ranked[:limit]
