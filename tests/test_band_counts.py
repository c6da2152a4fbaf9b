"""The largest flows and investments read through the stored band counts (``BandCount``) are the rows a full
ranking of every stored row gives, for every limit, after writes and after a retraction, on both stores."""

from __future__ import annotations

import random
from datetime import date

from test_aggregates import assert_equals_recomputation, batch, fact, org

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.graph import aggregates, reads
from aigraph.graph.api import open_graph

ORGS = [org(kind, f"밴드{k}") for k, kind in enumerate([EntityType.COMPANY, EntityType.INVESTOR] * 4)]


def _write(store, rng: random.Random, aid: str) -> None:
    facts = []
    for k in range(4):
        a, b = rng.sample(ORGS, 2)
        # values close together (several rows per band) and far apart (many bands), some in USD, some unpriced
        amount = rng.choice([1.0, 1.01, 1.02, 3.0, 50.0, 700.0]) * 1e9
        props = {} if rng.random() < 0.15 else {"amount": amount, "currency": rng.choice(["KRW", "KRW", "USD"])}
        facts.append(fact(RelationType.INVESTED_IN, a, b, aid, f"{a.name}가 {b.name}에 투자 {aid}-{k}", **props))
    store.write(batch(aid, date(2022, 1 + rng.randrange(12), 1), facts, tuple(ORGS)))


def _ranked(rows: list[dict], value: str, ties: list[str]) -> list[dict]:
    priced = [r for r in rows if r[value] is not None and r[value] == r[value] and r[value] > 0]
    return sorted(priced, key=lambda r: (-r[value], *(r[t] for t in ties)))


def _assert_reads_equal_a_full_ranking(store) -> None:
    stored = aggregates.stored(store)
    pairs = stored["PairSum"].to_dict("records")
    investments = stored["InvestmentRow"].to_dict("records")
    with open_graph(store) as graph:
        for value in ("value_krw", "value_usd"):
            for limit in (1, 2, 3, 5, 8, 40):
                flows = reads.largest_flows(graph, value, limit)
                expected = _ranked(pairs, value, ["investor", "recipient"])[:limit]
                assert list(zip(flows["investor"], flows["recipient"])) == [
                    (r["investor"], r["recipient"]) for r in expected
                ]
                assert [round(v, 2) for v in flows["value"]] == [r[value] for r in expected]
                largest = sorted(
                    (r for r in reads.largest_investments(graph, value, limit) if r[value] is not None),
                    key=lambda r: (-r[value], r["id"]),
                )[:limit]
                assert [r["id"] for r in largest] == [r["id"] for r in _ranked(investments, value, ["id"])[:limit]]


def test_largest_rows_read_through_band_counts_equal_a_full_ranking(store):
    rng = random.Random(7)
    for step in range(6):
        _write(store, rng, f"b{step}")
    bands = assert_equals_recomputation(store)["BandCount"]
    assert set(bands["label"]) == {"InvestmentRow", "PairSum"} and (bands["rows"] > 1).any()
    _assert_reads_equal_a_full_ranking(store)
    store.retract_article("b2")
    store.retract_article("b4")
    assert_equals_recomputation(store)
    _assert_reads_equal_a_full_ranking(store)
    for aid in ("b0", "b1", "b3", "b5"):
        store.retract_article(aid)
    assert assert_equals_recomputation(store)["BandCount"].empty
    with open_graph(store) as graph:
        assert reads.largest_flows(graph, "value_krw", 5).empty
