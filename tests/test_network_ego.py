"""Ego views are bounded per hop (pagedata.EGO_FANOUT): each hop adds the organisations tied most strongly to the
previous one, so a hub's two-hop neighbourhood never expands to the whole graph, on both stores and for every
centrality."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pandas as pd
import pytest

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.dashboard import pagedata
from aigraph.graph import reads
from aigraph.graph.api import open_graph
from test_aggregates import batch, fact, org

HUB = org(EntityType.COMPANY, "허브전자")
STRONG, SECOND, WEAK, WEAKER = (
    org(EntityType.COMPANY, n) for n in ("가람로보틱스", "나래반도체", "다온테크", "라움소프트")
)
BEYOND_STRONG, BEYOND_WEAK = org(EntityType.UNIVERSITY, "마루대학교"), org(EntityType.UNIVERSITY, "바다대학교")
ALL = (HUB, STRONG, SECOND, WEAK, WEAKER, BEYOND_STRONG, BEYOND_WEAK)

P, I = RelationType.PARTNERS_WITH, RelationType.INVESTED_IN
LINKS = [  # STRONG is tied to the hub by three facts, SECOND by two, the weak ones by one each
    (P, HUB, STRONG, {}),
    (I, HUB, STRONG, {"amount": 1e10, "currency": "KRW"}),
    (I, HUB, STRONG, {"amount": 2e10, "currency": "KRW"}),
    (P, HUB, SECOND, {}),
    (I, HUB, SECOND, {"amount": 3e10, "currency": "KRW"}),
    (P, HUB, WEAK, {}),
    (P, HUB, WEAKER, {}),
    (P, STRONG, BEYOND_STRONG, {}),
    (P, WEAK, BEYOND_WEAK, {}),
]


@pytest.fixture
def hub_graph(store):
    for k, (kind, a, b, props) in enumerate(LINKS):
        aid = f"e{k}"
        store.write(batch(aid, date(2023, 1, 1 + k), [fact(kind, a, b, aid, f"관계 {k}", **props)], ALL))
    with open_graph(store) as graph:
        yield graph


@pytest.mark.parametrize("centrality", ["degree", "pagerank"])
def test_each_hop_keeps_the_most_strongly_tied_organisations(hub_graph, centrality):
    one = pagedata.network_data(hub_graph, centre=HUB.name, radius=1, centrality=centrality, ego_fanout=2)
    assert set(one["nodes"]["name"]) == {HUB.name, STRONG.name, SECOND.name} and one["ego_capped"]
    two = pagedata.network_data(hub_graph, centre=HUB.name, radius=2, centrality=centrality, ego_fanout=2)
    assert set(two["nodes"]["name"]) == {HUB.name, STRONG.name, SECOND.name, BEYOND_STRONG.name}
    whole = pagedata.network_data(hub_graph, centre=HUB.name, radius=2, centrality=centrality, ego_fanout=10)
    assert set(whole["nodes"]["name"]) == {o.name for o in ALL} and not whole["ego_capped"]
    assert not pagedata.network_data(hub_graph, centrality=centrality)["ego_capped"]


def test_a_hop_reads_only_the_strongest_neighbours_ties_by_id(hub_graph):
    """``reads.organisation_links`` cuts in the store: its ``limit`` rows are the first of every neighbour ranked
    by the facts linking it (STRONG 3, SECOND 2, then WEAK and WEAKER tied at 1, by id)."""
    every = reads.organisation_links(hub_graph, [HUB.id], 100)
    ranked = sorted(zip(every["id"], every["weight"]), key=lambda row: (-row[1], row[0]))
    assert [weight for _, weight in ranked] == [3, 2, 1, 1]
    for limit in (1, 2, 3):
        cut = reads.organisation_links(hub_graph, [HUB.id], limit)
        assert list(zip(cut["id"], cut["weight"])) == ranked[:limit]
    around = reads.organisation_links(hub_graph, [STRONG.id, WEAK.id], 2)  # several ids: the hub is linked to both
    assert list(around["id"]) == [HUB.id, min(BEYOND_STRONG.id, BEYOND_WEAK.id)]


def test_a_pair_is_laid_out_side_by_side_and_larger_components_by_springs():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", type="PARTNERS_WITH")
    G.add_edge("c", "d", type="PARTNERS_WITH")
    G.add_edges_from([("e", "f"), ("f", "g"), ("g", "e")], type="PARTNERS_WITH")
    nodes = pagedata.network_frames(G, pd.Series(1.0, index=list(G))).get("nodes").set_index("id")
    for left, right in (("a", "b"), ("c", "d")):
        assert nodes.loc[left, "y"] == nodes.loc[right, "y"] and nodes.loc[left, "x"] < nodes.loc[right, "x"]
    assert nodes.loc[["e", "f", "g"], "y"].nunique() > 1  # a triangle is not flattened
    assert len(set(zip(nodes["x"], nodes["y"]))) == len(nodes)


def test_the_degree_view_draws_the_pairs_stating_the_most_facts_ties_by_ids(hub_graph):
    """The store cuts the edges to ``max_edges`` (``reads.organisation_edges(limit=...)``): the same ones pandas kept."""
    every = pagedata.network_data(hub_graph)["edges"]
    assert len(every) == len(LINKS) - 1  # the hub's two investments in STRONG are one (pair, type)
    ranked = every.sort_values(["facts", "source", "target", "type"], ascending=[False, True, True, True])
    top = pagedata.network_data(hub_graph, max_edges=2)["edges"]
    kept = set(zip(top["source"], top["target"], top["type"]))
    assert kept == set(list(zip(ranked["source"], ranked["target"], ranked["type"]))[:2])
    assert (HUB.id, STRONG.id, "INVESTED_IN") in kept
