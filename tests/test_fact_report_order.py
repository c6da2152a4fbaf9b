"""Two articles reporting one money fact with amounts equal to two significant digits (one fact id): the
stored amount is the report of the first article by id, whatever order the articles are written in, in one
batch or in two (LadybugDB and Neo4j)."""

from __future__ import annotations

from test_api import A1, A2, ELEC, START_A, _fact

from aigraph.core.vocabulary import RelationType
from aigraph.graph.model import GraphBatch

FIRST = _fact(
    RelationType.INVESTED_IN, ELEC, START_A, A1, "한빛전자가 7837억원을 투자한다.", amount=7.837e11, currency="KRW"
)
SECOND = _fact(
    RelationType.INVESTED_IN,
    ELEC,
    START_A,
    A2,
    "한빛전자가 2031년까지 7804억원을 투자한다.",
    amount=7.804e11,
    currency="KRW",
    end_date="2031-12-31",
)


def _batch(*facts) -> GraphBatch:
    articles = [a for a in (A1, A2) if any(f.evidence[0].article_id == a.id for f in facts)]
    return GraphBatch(articles=articles, nodes=[ELEC, START_A], relationships=list(facts), mentions=[])


def _stored(store) -> list[tuple]:
    rows = store._run(
        "MATCH (a:Organization)-[x:INVESTED_IN]->(b:Organization) RETURN x.id AS id, x.amount AS amount, "
        "x.end_date AS end_date",
        {},
        write=False,
    ).records()
    return [(r["id"], r["amount"], str(r["end_date"]) if r["end_date"] else None) for r in rows]


def test_the_same_fact_ids() -> None:
    assert FIRST.id == SECOND.id


def test_one_batch_either_order_and_two_batches_either_order_store_the_same(store) -> None:
    want = [(FIRST.id, 7.837e11, "2031-12-31")]  # the first article's amount; the other fills what it left out
    for writes in (
        [_batch(FIRST, SECOND)],
        [_batch(SECOND, FIRST)],
        [_batch(FIRST), _batch(SECOND)],
        [_batch(SECOND), _batch(FIRST)],
    ):
        store._run("MATCH (n) DETACH DELETE n", {}, write=True)
        for batch in writes:
            store.write(batch)
        assert _stored(store) == want
