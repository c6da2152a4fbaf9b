"""Stored aggregates (graph.aggregates) equal a full recomputation after ingest, re-ingest, retraction and a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime

import pandas as pd
import pytest

from aigraph.graph import aggregates, curation, profile_cuts
from aigraph.graph.api import open_graph
from aigraph.graph.conflicts import differing
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Mention, Node, Relationship


# A profile's facts each way, made small so the small graphs here have ``ProfileCut`` rows to compare.
CUT = 2


@pytest.fixture(autouse=True)
def _small_profile_cut(monkeypatch) -> None:
    monkeypatch.setattr(profile_cuts, "FACTS", CUT)


def org(kind: EntityType, name: str) -> Node:
    return Node(id=entity_id(kind, name), type=kind, name=name, aliases=[f"{name} alias"])


FUND, LAB, CHIP, UNI = (
    org(EntityType.INVESTOR, "가온벤처스"),
    org(EntityType.RESEARCH_LAB, "누리AI연구소"),
    org(EntityType.COMPANY, "다솜칩스"),
    org(EntityType.UNIVERSITY, "라온대학교"),
)


def fact(kind: RelationType, a: Node, b: Node, article: str, text: str, **props) -> Relationship:
    return Relationship(
        id=fact_id(kind, a.id, b.id, props),
        type=kind,
        source_id=a.id,
        source_label=a.label,
        target_id=b.id,
        target_label=b.label,
        properties=props,
        evidence=[
            Evidence(article_id=article, text=text, start=0, end=len(text), confidence=0.8, extractor_version="t")
        ],
    )


def article(aid: str, published: date | None) -> Article:
    return Article(
        id=aid,
        title=f"기사 {aid}",
        url=f"https://example.org/{aid}",
        published=published,
        ingested_at=datetime(2024, 3, 1, 9),
        content_hash=f"h-{aid}",
        extractor_version="t",
    )


def batch(
    aid: str, published: date | None, facts: list[Relationship], entities: tuple[Node, ...] = (FUND, LAB, CHIP, UNI)
) -> GraphBatch:
    nodes = {n.id: n for n in entities}
    return GraphBatch(
        articles=[article(aid, published)],
        nodes=list(nodes.values()),
        relationships=facts,
        mentions=[
            Mention(entity_id=i, entity_label=n.label, article_id=aid, count=1, first_start=0) for i, n in nodes.items()
        ],
    )


BATCHES = [
    # KRW with a date, USD without one (its article's date converts it), JPY and EUR, an undated article
    batch(
        "k1",
        date(2021, 5, 3),
        [
            fact(
                RelationType.INVESTED_IN,
                FUND,
                CHIP,
                "k1",
                "가온벤처스가 다솜칩스에 300억원을 투자했다.",
                amount=3e10,
                currency="KRW",
            ),
            fact(RelationType.PARTNERS_WITH, LAB, UNI, "k1", "누리AI연구소는 라온대학교와 협력한다."),
        ],
    ),
    batch(
        "k2",
        date(2022, 8, 9),
        [
            fact(
                RelationType.INVESTED_IN,
                FUND,
                CHIP,
                "k2",
                "가온벤처스가 다솜칩스에 500억원을 투자했다.",
                amount=5e10,
                currency="KRW",
            ),
            fact(RelationType.INVESTED_IN, LAB, CHIP, "k2", "Nuri invested USD 500M.", amount=5e8, currency="USD"),
        ],
    ),
    batch(
        "k3",
        None,
        [
            fact(RelationType.INVESTED_IN, UNI, LAB, "k3", "1000만 유로를 투자", amount=1e7, currency="EUR"),
            fact(
                RelationType.INVESTED_IN,
                FUND,
                LAB,
                "k3",
                "20억 엔을 투자",
                amount=2e9,
                currency="JPY",
                date="2019-04-01",
            ),
            fact(
                RelationType.INVESTED_IN,
                CHIP,
                UNI,
                "k3",
                "기부했다",
            ),
        ],
    ),
]


def assert_equals_recomputation(store) -> dict[str, pd.DataFrame]:
    kept = aggregates.stored(store)
    aggregates.refresh(store)
    fresh = aggregates.stored(store)
    for label, frame in fresh.items():
        pd.testing.assert_frame_equal(kept[label], frame, obj=label)
    return fresh


def test_computed_rows_equal_the_stored_ones(store):
    """``aggregates.computed`` (what a bulk loader writes) gives exactly the rows the write path stored."""
    for b in BATCHES:
        store.write(b)
    kept = aggregates.stored(store)
    computed = aggregates.computed(store)
    assert len(computed["InvestmentRow"]) == 6 and len(computed["ArticleStats"]) == 3
    assert len(computed["FactRow"]) == 7  # every fact, whatever its type
    assert len(computed["ProfileCut"]) == 4  # every organisation has CUT facts one way
    for label, rows in computed.items():
        frame = aggregates.comparable(label, pd.DataFrame(rows, columns=list(kept[label].columns)))
        pd.testing.assert_frame_equal(kept[label], frame, obj=label, check_dtype=False)


def test_computed_counts_facts_and_neighbours_as_the_write_path_does(store):
    """``computed`` counts degrees from its one pass over the facts, the write path in Cypher: a fact with a
    person or a technology counts as a fact of the organisation but ties it to no neighbour, and two facts
    between the same organisations tie one neighbour."""
    person = Node(id=entity_id(EntityType.PERSON, "한가람"), type=EntityType.PERSON, name="한가람")
    tech = Node(id=entity_id(EntityType.TECHNOLOGY, "온디바이스 AI"), type=EntityType.TECHNOLOGY, name="온디바이스 AI")
    facts = [
        fact(
            RelationType.INVESTED_IN,
            FUND,
            CHIP,
            "p1",
            "가온벤처스가 다솜칩스에 50억원을 투자했다.",
            amount=5e9,
            currency="KRW",
        ),
        fact(RelationType.WORKS_FOR, person, CHIP, "p1", "한가람 다솜칩스 대표는 말했다."),
        fact(RelationType.RESEARCHES, CHIP, tech, "p1", "다솜칩스는 온디바이스 AI를 연구한다."),
        fact(RelationType.PARTNERS_WITH, CHIP, LAB, "p1", "다솜칩스는 누리AI연구소와 협력한다."),
        fact(RelationType.AFFILIATE_OF, LAB, CHIP, "p1", "누리AI연구소는 다솜칩스의 계열사다."),
    ]
    store.write(batch("p1", date(2023, 1, 2), facts, entities=(FUND, LAB, CHIP, person, tech)))
    kept = aggregates.stored(store)
    computed = aggregates.computed(store)
    stats = {row["id"]: row for row in computed["OrgStats"]}
    assert (stats[CHIP.id]["facts"], stats[CHIP.id]["neighbours"]) == (5, 2)
    assert (stats[LAB.id]["facts"], stats[LAB.id]["neighbours"]) == (2, 1)
    for label, rows in computed.items():
        frame = aggregates.comparable(label, pd.DataFrame(rows, columns=list(kept[label].columns)))
        pd.testing.assert_frame_equal(kept[label], frame, obj=label, check_dtype=False)


def test_aggregates_follow_ingest_reingest_and_retraction(store):
    for b in BATCHES:
        store.write(b)
    first = assert_equals_recomputation(store)
    stats = first["OrgStats"].set_index("name")
    assert stats.loc["가온벤처스", "invested_deals"] == 3 and stats.loc["가온벤처스", "invested_krw"] > 8e10
    assert stats.loc["가온벤처스", "conflicts"] == 2  # 300억 and 500억 from two articles: reports differ
    assert stats.loc["다솜칩스", "received_deals"] == 3 and stats.loc["누리AI연구소", "neighbours"] == 3
    sums = first["MoneySum"]
    assert set(sums["currency"].dropna()) == {"KRW", "USD", "EUR", "JPY"} and sums["deals"].sum() == 6
    assert first["ArticleStats"].set_index("id").loc["k3", "facts"] == 3

    for b in BATCHES:  # re-ingesting the same articles changes nothing
        store.write(b)
    again = assert_equals_recomputation(store)
    for label in first:
        pd.testing.assert_frame_equal(first[label], again[label], obj=label)

    store.retract_article("k2")  # the article changed or was removed
    after = assert_equals_recomputation(store)
    stats = after["OrgStats"].set_index("name")
    assert stats.loc["가온벤처스", "conflicts"] == 0 and stats.loc["다솜칩스", "received_deals"] == 1
    assert "k2" not in set(after["ArticleStats"]["id"])
    facts = after["FactRow"].set_index("id")
    assert all("k2" not in articles for articles in facts["articles"]) and len(facts) == 5
    store.retract_article("k1")
    store.retract_article("k3")
    emptied = assert_equals_recomputation(store)
    assert all(
        emptied[label].empty for label in ("OrgStats", "InvestorYear", "PairSum", "MoneySum", "ArticleStats", "FactRow")
    )


def test_fact_rows_follow_the_analysts_decisions(store):
    """``FactRow`` (graph.fact_rows) equals a recomputation after a rejection, an edit, a merge and their undoing."""
    for b in BATCHES:
        store.write(b)
    partners = fact_id(RelationType.PARTNERS_WITH, LAB.id, UNI.id, {})
    stated = store.query("MATCH ()-[x:INVESTED_IN]->(b) WHERE b.id = $id RETURN x.id, x.amount", {"id": LAB.id}).rows
    euro = next(fid for fid, amount in stated if amount == 1e7)

    rejected = curation.reject(store, partners, "not a partnership")
    rows = assert_equals_recomputation(store)["FactRow"].set_index("id")
    assert partners not in rows.index and len(rows) == 6
    curation.set_properties(store, euro, {"amount": 2e7}, "the article's figure was misread")
    rows = assert_equals_recomputation(store)["FactRow"].set_index("id")
    assert rows.loc[euro, "amount"] == 2e7 and rows.loc[euro, "sentences"] == ("1000만 유로를 투자",)
    merged = curation.merge(store, CHIP.id, FUND.id, "the same company")
    rows = assert_equals_recomputation(store)["FactRow"]
    assert CHIP.id not in set(rows["source_id"]) | set(rows["target_id"])
    curation.undo(store, merged.id)
    curation.undo(store, rejected.id)
    added = curation.add_fact(store, "PARTNERS_WITH", CHIP.id, UNI.id, "두 회사가 협력한다고 확인함")
    rows = assert_equals_recomputation(store)["FactRow"].set_index("id")
    assert rows.loc[added.subject, "articles"] == (added.id,) and len(rows) == 8  # the note is its evidence
    assert rows.loc[partners, "articles"] == ("k1",) and rows.loc[partners, "sentences"] == (
        "누리AI연구소는 라온대학교와 협력한다.",
    )


def test_a_later_type_or_alias_reaches_every_row_that_shows_it(store):
    """Only changed facts are re-derived on a write, so an entity retyped or given an alias by a later
    article (no new fact about it) must still reach its flows and search rows."""
    vague = Node(id=entity_id(EntityType.ORGANIZATION, "바다로봇"), type=EntityType.ORGANIZATION, name="바다로봇")
    store.write(
        batch(
            "t1",
            date(2023, 2, 1),
            [
                fact(
                    RelationType.INVESTED_IN,
                    FUND,
                    vague,
                    "t1",
                    "가온벤처스가 바다로봇에 50억원을 투자했다.",
                    amount=5e9,
                    currency="KRW",
                ),
            ],
            (FUND, vague),
        )
    )
    typed = vague.model_copy(update={"type": EntityType.COMPANY, "aliases": ["바다로보틱스"]})
    store.write(batch("t2", date(2023, 3, 1), [], (typed,)))
    rows = assert_equals_recomputation(store)
    assert rows["PairSum"].set_index("recipient").loc["바다로봇", "recipient_type"] == "Company"
    assert rows["InvestmentRow"].set_index("recipient").loc["바다로봇", "recipient_type"] == "Company"
    assert "바다로보틱스" in rows["OrgStats"].set_index("name").loc["바다로봇", "aliases"]


def test_a_new_report_marks_the_earlier_one_of_the_same_deal(store):
    """A second article giving one deal another amount changes the first fact's row (reports differ),
    though that fact itself was not written again."""
    store.write(BATCHES[0])
    first = aggregates.stored(store)["InvestmentRow"]
    assert not first["reports_differ"].any()
    store.write(BATCHES[1])
    stored = assert_equals_recomputation(store)
    rows = stored["InvestmentRow"].set_index("id")
    earlier = fact(RelationType.INVESTED_IN, FUND, CHIP, "k1", "", amount=3e10, currency="KRW").id
    later = fact(RelationType.INVESTED_IN, FUND, CHIP, "k2", "", amount=5e10, currency="KRW").id
    assert bool(rows.loc[earlier, "reports_differ"]) and bool(rows.loc[later, "reports_differ"])
    pair = stored["PairSum"].set_index("id").loc[f"{FUND.id}|{CHIP.id}", "reports"]
    assert [r["id"] for r in json.loads(pair)] == sorted([earlier, later])
    assert [r["amount"] for r in differing(earlier, json.loads(pair))] == [5e10]


def test_a_pair_with_one_report_stores_no_report_list(store):
    store.write(BATCHES[0])
    assert aggregates.stored(store)["PairSum"]["reports"].isna().all()


WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from test_aggregates import org, fact, batch, EntityType, RelationType
from aigraph.graph import profile_cuts
from aigraph.graph.stores import open_store
from datetime import date
profile_cuts.FACTS = {cut}
store = open_store({spec!r}, read_only=False)
hubs = [org(EntityType.COMPANY, f"허브{{k}}") for k in range(5)]
for k in range({n}):
    a, b = hubs[k % 5], hubs[(k + 1 + k // 5) % 5]
    aid = f"run{{k:04d}}"
    facts = [fact(RelationType.INVESTED_IN, a, b, aid, f"투자 {{k}}", amount=float(k + 1) * 1e9, currency="KRW" if k % 3 else "USD")]
    store.write(batch(aid, date(2015 + k % 10, 1 + k % 12, 1), facts, (a, b)))
    print(k, flush=True)
store.close()
"""


def test_aggregates_survive_a_killed_ingest(store, tmp_path):
    """kill -9 a writer mid-run, then run it again to the end: the aggregates equal a recomputation both times."""
    spec = getattr(store, "path", None)
    if spec is not None:  # an embedded store has one writer: hand the file to the subprocess
        store.close()
    spec = str(spec) if spec is not None else os.environ["NEO4J_URI"]
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=os.path.dirname(__file__), spec=spec, n=120, cut=CUT))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    for _ in range(30):  # let it write a few batches, then kill it in the middle of the next
        line = proc.stdout.readline()
        if not line or int(line) >= 20:
            break
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    from aigraph.graph.stores import open_store

    with open_store(spec, read_only=False) as reopened:
        killed = assert_equals_recomputation(reopened)
        assert 0 < killed["ArticleStats"]["facts"].sum() < 120
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with open_store(spec, read_only=False) as reopened:
        finished = assert_equals_recomputation(reopened)
        assert finished["ArticleStats"]["facts"].sum() == 120 and finished["MoneySum"]["deals"].sum() == 120


def test_sums_kept_by_deltas_equal_a_recomputation_through_random_writes(store):
    """Writes move the stored sums by what they changed (``aggregates._add_to_sums``); a seeded random
    sequence of new deals, new reports of known deals (which re-date and re-convert them), amounts in
    currencies with no rate or no amount at all, first ties and repeated ties, and retractions must
    leave every aggregate equal to a recomputation after every step."""
    import random

    rng = random.Random(11)
    orgs = [org(kind, f"기관{k}") for k, kind in enumerate([EntityType.COMPANY, EntityType.INVESTOR] * 3)]
    written: list[str] = []
    for step in range(24):
        aid = f"r{step:02d}"
        published = rng.choice([None, date(2019, 3, 1), date(2021, 7, 1), date(2024, 1, 15)])
        facts = []
        for _ in range(rng.randint(1, 4)):
            a, b = rng.sample(orgs, 2)
            if rng.random() < 0.3:  # either way round: a symmetric fact is one stored fact
                facts.append(fact(RelationType.PARTNERS_WITH, a, b, aid, f"{a.name}와 {b.name} 협력"))
                continue
            props = {
                "currency": rng.choice(["KRW", "USD", "JPY", "EUR", "XYZ"]),
                "amount": float(rng.choice([3, 5, 7])) * 1e9,
            }
            if rng.random() < 0.15:
                props = {}
            elif rng.random() < 0.3:
                props["date"] = rng.choice(["2018-05-01", "2023-09-30"])
            facts.append(fact(RelationType.INVESTED_IN, a, b, aid, f"{a.name}가 {b.name}에 투자 {step}", **props))
        store.write(batch(aid, published, facts, tuple(orgs)))
        written.append(aid)
        if step % 6 == 5:
            store.retract_article(written.pop(rng.randrange(len(written))))
        assert_equals_recomputation(store)
    sums = aggregates.stored(store)["MoneySum"]
    assert sums["deals"].sum() == len(aggregates.stored(store)["InvestmentRow"]) > 10
    cuts = aggregates.stored(store)["ProfileCut"]  # cut at a dated fact and at an undated one
    assert cuts["out_since"].notna().any() and cuts["out_since"].isna().any()
    assert sums[sums["currency"] == "XYZ"]["value_krw"].isna().all()


def test_a_partnership_given_either_way_round_is_one_stored_fact(store):
    """A symmetric fact handed to the store with its endpoints reversed is the fact written the other way."""
    forward, backward = sorted((LAB, UNI), key=lambda n: n.id)
    store.write(batch("p1", date(2024, 2, 1), [fact(RelationType.PARTNERS_WITH, backward, forward, "p1", "협력한다.")]))
    store.write(batch("p2", date(2024, 3, 1), [fact(RelationType.PARTNERS_WITH, forward, backward, "p2", "협력한다.")]))
    found = store.query(
        "MATCH (a)-[x:PARTNERS_WITH]->(b) RETURN a.id AS a, b.id AS b, x.articles AS articles"
    ).records()
    assert found == [{"a": forward.id, "b": backward.id, "articles": ["p1", "p2"]}]
    stats = assert_equals_recomputation(store)["ArticleStats"]
    assert stats.set_index("id")["facts"].to_dict() == {"p1": 1, "p2": 1}


def test_a_whole_graph_sum_left_with_no_known_value_is_unknown_not_zero(store):
    """Retracting the only stated amount of a year and currency leaves one deal of no stated amount there:
    its sum must read as unknown (None), as a recomputation gives, not as zero."""
    store.write(
        batch(
            "p1",
            date(2021, 5, 3),
            [
                fact(
                    RelationType.INVESTED_IN,
                    FUND,
                    CHIP,
                    "p1",
                    "가온벤처스가 다솜칩스에 500억동을 투자했다.",
                    amount=5e10,
                    currency="VND",
                ),
            ],
        )
    )
    store.write(
        batch(
            "p2",
            date(2021, 6, 1),
            [
                fact(
                    RelationType.INVESTED_IN,
                    FUND,
                    LAB,
                    "p2",
                    "가온벤처스가 누리AI연구소에 동화로 투자했다.",
                    currency="VND",
                ),
            ],
        )
    )
    store.retract_article("p1")
    sums = assert_equals_recomputation(store)["MoneySum"]
    assert list(sums["deals"]) == [1] and sums["amount"].isna().all() and list(sums["currency"]) == ["VND"]


def test_a_profile_read_up_to_its_stored_cut_equals_one_that_ranks_its_facts(store, monkeypatch):
    """``Graph.profile`` with ``profile_cuts.FACTS``, or a smaller limit, reads up to the stored cut; ranking the
    facts gives the same rows, whether the cut falls on a dated fact, on an undated one or past the last fact."""
    for b in BATCHES:
        store.write(b)
    store.write(
        batch(
            "c1",
            None,
            [fact(RelationType.PARTNERS_WITH, FUND, UNI, "c1", "가온벤처스와 라온대학교가 협력한다.")],
        )
    )
    graph = open_graph(store)
    entities = (FUND, LAB, CHIP, UNI)
    stored = {n.id: profile_cuts.read(store, n.id) for n in entities}
    assert {c[0] >= CUT for cut in stored.values() for c in cut.values()} == {True, False}
    cut_read = {n.id: graph.profile(n.id, limit=CUT)["relations"] for n in entities}
    # a smaller limit (a first page) reads up to the stored cut too and keeps the newest of what it read
    first_page = {n.id: graph.profile(n.id, limit=CUT - 1) for n in entities}
    monkeypatch.setattr(profile_cuts, "FACTS", 0)  # below every limit: no stored cut is used, the facts are ranked
    for n in entities:
        pd.testing.assert_frame_equal(cut_read[n.id], graph.profile(n.id, limit=CUT)["relations"], obj=n.name)
        ranked = graph.profile(n.id, limit=CUT - 1)
        pd.testing.assert_frame_equal(first_page[n.id]["relations"], ranked["relations"], obj=n.name)
        assert first_page[n.id]["left_out"] == len(cut_read[n.id]) - len(ranked["relations"]), n.name
