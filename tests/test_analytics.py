"""Graph analytics on the networkx export of the sample graph (built in test_api, on each backend).

Expected values follow from the sample's structure: 한빛 AI연구소 is PART_OF
한빛경영원, which like 한빛전자 and 한빛화학 is AFFILIATE_OF 한빛그룹;
다솜그룹 and its start-up form a separate component.
"""

from __future__ import annotations

import networkx as nx
import pytest
from test_api import CEO, CHEM, ELEC, GROUP, INSTITUTE, LAB, OTHER, OTHER_SUB, SNU, START_A, sample_batch

from aigraph.graph.analytics import centrality, communities, ego_network, group_totals
from aigraph.graph.api import open_graph
from aigraph.core.money import fx_rates

KRW_PER_USD = {year: rate for (year, code), rate in fx_rates().items() if code == "KRW"}


@pytest.fixture
def G(store) -> nx.MultiDiGraph:
    store.write(sample_batch())
    with open_graph(store) as g:
        return g.to_networkx()


def test_pagerank_ranks_organisations_that_receive_above_those_that_only_give(G):
    frame = centrality(G, "pagerank")
    assert list(frame.columns) == ["id", "name", "type", "score"]
    assert CEO.id not in set(frame["id"]), "people are not organisations"
    assert frame["score"].is_monotonic_decreasing
    # nothing points at these three, so they share the minimum score
    assert set(frame["name"].tail(3)) == {"한빛전자", "한빛화학", "다솜그룹"}
    everyone = centrality(G, "pagerank", organizations_only=False)
    assert everyone["score"].sum() == pytest.approx(1.0)


def test_betweenness_finds_the_group_as_the_broker(G):
    frame = centrality(G, "betweenness")
    assert frame.iloc[0]["id"] == GROUP.id
    assert frame.set_index("id").loc[SNU.id, "score"] == 0.0
    with pytest.raises(ValueError, match="closeness"):
        centrality(G, "closeness")


@pytest.mark.parametrize("method", ["greedy", "louvain"])
def test_communities_separate_unconnected_groups(G, method):
    found = communities(G, method)
    assert set(found) == set(G.nodes)
    assert found[OTHER.id] == found[OTHER_SUB.id]
    assert found[OTHER.id] != found[GROUP.id]
    assert found[GROUP.id] == 0 or found[LAB.id] == 0, "community 0 is the largest, in the 한빛 component"


def test_group_totals_roll_affiliates_and_sub_units_into_the_group(G):
    krw = group_totals(G).set_index("group")
    assert list(krw.index) == ["한빛그룹", "다솜그룹", "한빛경영원"]
    via = 1e10 + 3e9 + 5e6 * KRW_PER_USD[2023]  # 한빛화학's dollars count too, at their date's rate
    assert krw.loc["한빛그룹", ["direct", "via_affiliates", "total"]].tolist() == pytest.approx([2e11, via, 2e11 + via])
    assert krw.loc["한빛경영원", ["direct", "via_affiliates"]].tolist() == [0.0, 3e9], "its lab's investment"
    assert krw.loc["다솜그룹", "direct"] == 5e9
    usd = group_totals(G, currency="USD").set_index("group_id")
    won = (1e10 / KRW_PER_USD[2022]) + (3e9 / KRW_PER_USD[2023])  # each fact at its own date's rate
    assert usd.loc[GROUP.id, "via_affiliates"] == pytest.approx(5e6 + won), "한빛화학's dollars plus the won, converted"
    assert usd.loc[INSTITUTE.id, "total"] == pytest.approx(3e9 / KRW_PER_USD[2023])


def test_group_totals_leave_out_groups_with_neither_members_nor_investments(G):
    G.add_node("organization:lonely", name="외딴그룹", type="BusinessGroup", label="Organization")
    G.add_node("organization:fund", name="빈펀드", type="Investor", label="Organization")
    assert not {"외딴그룹", "빈펀드"} & set(group_totals(G)["group"])


def test_ego_network_by_radius(G):
    one = ego_network(G, ELEC.id, radius=1)
    assert set(one.nodes) == {ELEC.id, GROUP.id, START_A.id}
    two = ego_network(G, ELEC.id)
    assert set(two.nodes) == {ELEC.id, GROUP.id, START_A.id, INSTITUTE.id, CHEM.id, CEO.id, LAB.id}
    assert isinstance(two, nx.MultiDiGraph)
    assert two.number_of_edges() == G.subgraph(two.nodes).number_of_edges()
    assert two.nodes[LAB.id]["name"] == "한빛 AI연구소"
    with pytest.raises(KeyError, match="resolve"):
        ego_network(G, "organization:nope")
