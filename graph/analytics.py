"""Network analysis on the exported graph (``Graph.to_networkx``), where plain Cypher is awkward.

Everything here takes the ``MultiDiGraph`` the API exports — nodes with
``name``/``type``/``label``, edges keyed by relationship id with ``type`` and
the fact's properties — so it runs the same whichever store the graph came
from, and needs neither APOC nor Neo4j's GDS.
"""

from __future__ import annotations

from typing import Any, Literal

import networkx as nx
import pandas as pd

from aigraph.core import money
from aigraph.core.vocabulary import RelationType, effective_date

# Membership edges point from the member to the group it belongs to.
MEMBERSHIP_TYPES = (RelationType.AFFILIATE_OF.value, RelationType.PART_OF.value)
_SYMMETRIC_TYPES = (RelationType.PARTNERS_WITH.value,)
GROUP_TYPES = ("BusinessGroup", "Investor")  # organisations listed by group_totals even without members


def _simple(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel facts into one directed edge; symmetric facts point both ways."""
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        D.add_edge(u, v)
        if data.get("type") in _SYMMETRIC_TYPES:
            D.add_edge(v, u)
    return D


def centrality(
    G: nx.MultiDiGraph,
    kind: Literal["pagerank", "betweenness"] = "pagerank",
    *,
    organizations_only: bool = True,
) -> pd.DataFrame:
    """Organisations ranked by centrality: ``DataFrame[id, name, type, score]``, highest first.

    PageRank follows edge direction (money and membership flow towards the
    recipient or group, so those rank high); betweenness ignores direction,
    because brokers sit between organisations whichever way the facts point.
    Parallel facts between the same pair count once.
    """
    D = _simple(G)
    if kind == "pagerank":
        scores = nx.pagerank(D) if D.number_of_nodes() else {}
    elif kind == "betweenness":
        scores = nx.betweenness_centrality(D.to_undirected())
    else:
        raise ValueError(f"unknown centrality kind {kind!r}: use 'pagerank' or 'betweenness'")
    rows = [
        {"id": n, "name": G.nodes[n].get("name"), "type": G.nodes[n].get("type"), "score": float(s)}
        for n, s in scores.items()
        if not organizations_only or G.nodes[n].get("label") == "Organization"
    ]
    frame = pd.DataFrame(rows, columns=["id", "name", "type", "score"])
    return frame.sort_values(["score", "name", "id"], ascending=[False, True, True], ignore_index=True)


def communities(
    G: nx.MultiDiGraph,
    method: Literal["greedy", "louvain"] = "greedy",
    *,
    seed: int = 0,
) -> dict[str, int]:
    """``node id -> community number`` on the undirected graph; 0 is the largest community.

    Greedy modularity is deterministic; Louvain is faster on large graphs
    and seeded so a notebook re-run gives the same answer.
    """
    U = _simple(G).to_undirected()
    if U.number_of_edges() == 0:
        found = [{n} for n in U.nodes]
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(U)
    elif method == "louvain":
        found = nx.community.louvain_communities(U, seed=seed)
    else:
        raise ValueError(f"unknown community method {method!r}: use 'greedy' or 'louvain'")
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def _amount(data: dict[str, Any], currency: str) -> float | None:
    """A fact's amount in ``currency``: as stated, or converted by ``core.money``'s one rule (never dropped
    for want of a matching currency; None only without an amount or an FX rate)."""
    found = money.convert(
        data.get("amount"), data.get("currency"), currency, money.fx_basis(effective_date(data, data.get("published")))
    )
    return None if found is None else found.value


def group_totals(G: nx.MultiDiGraph, currency: str = "KRW") -> pd.DataFrame:
    """Investment made by each group, directly and through its affiliates.

    A group is any entity typed ``BusinessGroup`` or that others are
    ``AFFILIATE_OF`` / ``PART_OF``; its members are everything that reaches
    it through such edges, transitively (a lab ``PART_OF`` an institute that
    is ``AFFILIATE_OF`` the group counts).  ``direct`` sums the group's own
    ``INVESTED_IN`` amounts, ``via_affiliates`` its members', each fact once,
    in ``currency`` (converted as ``core.money`` does).  Listed are business
    groups and ``Investor`` organisations that have members or investments;
    an organisation with neither is no group to total.
    """
    membership = nx.DiGraph()
    membership.add_edges_from((u, v) for u, v, t in G.edges(data="type") if t in MEMBERSHIP_TYPES)
    groups = set(n for n in membership if membership.in_degree(n)) | {
        n for n, t in G.nodes(data="type") if t in GROUP_TYPES
    }
    invested: dict[str, float] = {}
    for u, _, data in G.edges(data=True):
        value = _amount(data, currency) if data.get("type") == RelationType.INVESTED_IN.value else None
        if value is not None:
            invested[u] = invested.get(u, 0.0) + value
    rows = []
    for group in groups:
        members = nx.ancestors(membership, group) if group in membership else set()
        direct = invested.get(group, 0.0)
        via = sum(invested.get(m, 0.0) for m in members - {group})
        if not members and group not in invested:
            continue
        rows.append(
            {
                "group_id": group,
                "group": G.nodes[group].get("name"),
                "direct": direct,
                "via_affiliates": via,
                "total": direct + via,
            }
        )
    frame = pd.DataFrame(rows, columns=["group_id", "group", "direct", "via_affiliates", "total"])
    return frame.sort_values(["total", "group", "group_id"], ascending=[False, True, True], ignore_index=True)


def ego_network(G: nx.MultiDiGraph, node_id: str, radius: int = 2) -> nx.MultiDiGraph:
    """The entities within ``radius`` hops of ``node_id`` (either direction) and the facts among them."""
    if node_id not in G:
        raise KeyError(f"{node_id!r} is not in the graph (resolve a name with Graph.resolve first)")
    if radius < 1:
        raise ValueError(f"radius must be at least 1, got {radius}")
    return nx.ego_graph(G, node_id, radius=radius, undirected=True)
