"""Ranked reads (graph.reads) sort on the key in the store and break ties themselves: the same rows and order
as one ``ORDER BY key DESC, name`` would give, on both stores."""

from __future__ import annotations

from datetime import date

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.graph import reads
from aigraph.graph.api import open_graph
from test_aggregates import batch, fact, org

HUB = org(EntityType.COMPANY, "허브전자")
# written in an order that is not the names' order, so the store's order cannot pass for the tie-break
SPOKES = [org(EntityType.COMPANY, name) for name in ("다온테크", "가람로보틱스", "라움소프트", "나래반도체")]


def test_ties_at_the_limit_are_broken_by_name(store):
    for k, spoke in enumerate(SPOKES):
        aid = f"t{k}"
        store.write(
            batch(
                aid,
                date(2023, 1, 1 + k),
                [fact(RelationType.PARTNERS_WITH, HUB, spoke, aid, f"협력 {k}")],
                (HUB, spoke),
            )
        )
        store.write(
            batch(
                f"m{k}",
                date(2023, 2, 1 + k),
                [
                    fact(RelationType.INVESTED_IN, spoke, HUB, f"m{k}", f"투자 {k}", amount=1e10, currency="KRW"),
                ],
                (HUB, spoke),
            )
        )
    with open_graph(store) as graph:
        index = reads.organisation_index(graph, 3)
        assert list(index["name"]) == ["허브전자", "가람로보틱스", "나래반도체"]  # 4 spokes tie on 2 facts
        assert list(index["facts"]) == [8, 2, 2]
        investors = reads.top_organisations(graph, "investor", "value_krw", 2)
        assert list(investors["name"]) == ["가람로보틱스", "나래반도체"]  # equal totals: by name
        flows = reads.largest_flows(graph, "value_krw", 3)
        assert list(flows["investor"]) == ["가람로보틱스", "나래반도체", "다온테크"]
        degrees = reads.organisation_degrees(graph, 2)
        assert degrees["name"].iloc[0] == "허브전자" and degrees["score"].tolist() == [4, 1]
        assert degrees["id"].iloc[1] == min(s.id for s in SPOKES)  # degree ties: by id


def test_a_profile_keeps_the_newest_facts_each_way_ties_by_id(store):
    """``Graph.profile(limit=n)`` keeps what sorting every fact (undated last, latest stated date, then id) and
    keeping the first ``n`` would, whether the ``n``-th is dated (the facts are then read by their date) or not."""
    stated = ["2023-01-05", "2023-01-07", "2023-01-07", "2023-01-03", None]
    for k, (spoke, when) in enumerate(zip([*SPOKES, org(EntityType.COMPANY, "마루랩스")], stated)):
        props = {"date": when} if when else {}
        store.write(
            batch(
                f"e{k}",
                date(2022, 6, 1),
                [fact(RelationType.ESTABLISHED, HUB, spoke, f"e{k}", f"설립 {k}", **props)],
                (HUB, spoke),
            )
        )
    with open_graph(store) as graph:
        every = graph.profile(HUB.name)["relations"]
        ordered = sorted(
            zip(every["date"], every["id"]), key=lambda r: (r[0] is None, -(r[0].toordinal() if r[0] else 0), r[1])
        )
        for limit in range(1, 6):
            kept = graph.profile(HUB.name, limit=limit)["relations"]
            assert sorted(kept["id"]) == sorted(i for _, i in ordered[:limit]), limit


def test_a_bound_written_as_a_literal_reads_back_exactly(store):
    """Ranked reads put their bound into the Cypher text (``queries.literal``): each store must read it back as the
    same number or date, however large, small or long, and nothing but a finite number or a date may be written."""
    import math
    from datetime import datetime

    import pytest

    from aigraph.graph import queries

    for value in (0.1, 4488779520000.0, 1e16, 1e22, 2.5e-7, 123456789.12345679, 12, 2**53 + 1, date(2024, 2, 29)):
        assert store.query(f"RETURN {queries.literal(value)} AS x").rows[0][0] == value, value
    for bad in (math.nan, math.inf, "1; MATCH (n) DETACH DELETE n", "2024-01-01", True, None, datetime(2024, 1, 1)):
        with pytest.raises((TypeError, ValueError)):
            queries.literal(bad)
    moment = datetime(2025, 1, 8, 11, 30, 5, 120000)
    stamp = queries.literal_timestamp(store.dialect, moment)  # LadybugDB's literal; None: Neo4j takes the parameter
    assert (stamp is None) == (store.dialect.name == "neo4j")
    if stamp is not None:
        assert store.query(f"RETURN {stamp} AS x").rows[0][0] == moment


def test_the_stated_date_is_one_rule_in_cypher_and_in_python(store):
    """``queries.STATED_DATE`` (what the store ranks a profile's facts on) and ``queries.stated_date`` (what
    ``Graph`` re-sorts them by) give the same date for a fact with a date, a start date, both, or neither."""
    from aigraph.graph import queries

    stated = [
        {"date": "2023-01-05"},
        {"start_date": "2022-03-01"},
        {"date": "2021-07-01", "start_date": "2020-01-01"},
        {},
    ]
    spokes = SPOKES[: len(stated)]
    store.write(
        batch(
            "s0",
            date(2022, 6, 1),
            [
                fact(
                    RelationType.INVESTED_IN,
                    HUB,
                    spoke,
                    "s0",
                    f"투자 {k}",
                    amount=1e9 * (k + 1),
                    currency="KRW",
                    **props,
                )
                for k, (spoke, props) in enumerate(zip(spokes, stated))
            ],
            (HUB, *spokes),
        )
    )
    rows = store.query(
        f"MATCH (a)-[x:INVESTED_IN]->(b) RETURN x.id AS id, x.date AS date, x.start_date AS start_date, "
        f"{queries.STATED_DATE} AS stated"
    ).records()
    assert len(rows) == len(stated)
    assert sorted(str(r["stated"]) for r in rows) == ["2021-07-01", "2022-03-01", "2023-01-05", "None"]
    for row in rows:
        assert queries.stated_date(row) == row["stated"], row
    # a read bounded on the stated date (a profile up to its cut): split per column, as on LadybugDB, or one
    # ``coalesce``, as on Neo4j, each store finds the same facts, those stated on or after the bound
    from aigraph.graph.dialect import LADYBUG, NEO4J

    expected = {r["id"] for r in rows if r["stated"] is not None and r["stated"] >= date(2022, 3, 1)}
    assert len(expected) == 2
    for dialect in (LADYBUG, NEO4J):
        found = [
            r[0]
            for condition in queries.stated_since(dialect, queries.literal(date(2022, 3, 1)))
            for r in store.query(f"MATCH (a)-[x:INVESTED_IN]->(b) WHERE {condition} RETURN x.id").rows
        ]
        assert sorted(found) == sorted(expected), dialect.name  # each fact once: the split conditions are disjoint
