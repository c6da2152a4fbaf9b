"""The data behind each dashboard page, as plain pandas: no Streamlit here.

Every function takes a ``graph.api.Graph`` and returns frames or dicts the
dashboard only has to draw, so the pages are testable and benchmarkable
without a browser and work unchanged on LadybugDB and Neo4j.  Labels stay
language-neutral (type and relation codes); the dashboard translates them.
The Cypher lives in ``graph.reads`` (and ``graph.api``); this module only
shapes what they return.

Speed: a page's first load reads the aggregates stored beside the facts
(``graph.aggregates``: totals, degrees, yearly and pairwise sums) and the
top rows of each table (``TABLE_ROWS``, ``INDEX_ROWS``, ``ARTICLE_ROWS``),
never every fact; narrowing a page with filters reads the facts it keeps.

Money: every investment carries its value in KRW and in USD (``core.money``:
as stated, or converted at the rate of its ``fx_year``), so totals, rankings
and charts count every amount in the chosen currency; a currency the FX table
lacks is counted on a separate unconverted line (``money.totals``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import networkx as nx
import pandas as pd

from aigraph.core import money
from aigraph.core.money import Currency
from aigraph.core.vocabulary import effective_date
from aigraph.graph import analytics, profile_cuts, queries, reads
from aigraph.graph.api import RELATION_COLUMNS, Graph, relation_frame
from aigraph.graph.conflicts import other_reports
from aigraph.graph.errors import assert_read_only

Centrality = Literal["degree", "pagerank", "betweenness"]
# Exact betweenness is O(nodes x edges); above this many nodes it is estimated from a sample of sources.
BETWEENNESS_EXACT_MAX_NODES = 1500
BETWEENNESS_SAMPLE = 200
TABLE_ROWS = 200  # the flows table shows the largest investments
INDEX_ROWS = 500  # the organisation pickers offer the most connected organisations
PROFILE_ROWS = (
    profile_cuts.FACTS
)  # a profile lists the latest-dated facts in each direction (the store keeps where they stop)
PROFILE_FIRST = profile_cuts.FIRST  # of which a first load shows these (read up to their own stored cut);
# "show more" the rest (each row shaped costs)
ARTICLE_ROWS = 200  # the articles page lists the newest articles
RUN_ARTICLES = 200  # "What's new" reads the facts of the articles the latest runs wrote, newest first,
# until they state this many, and as many more each time the page is asked for more (each fact is read by
# key and shaped on its own: their number is the page's cost)
RUN_FACTS = 200
# An ego view adds at most this many organisations per hop: those linked to the previous hop by the most facts.
# A hub's neighbours are themselves hubs, so two full hops would reach most of a large graph.
EGO_FANOUT = 40

TABLE_COLUMNS = [
    "id",
    "investor",
    "investor_id",
    "investor_type",
    "recipient",
    "recipient_id",
    "recipient_type",
    "amount",
    "currency",
    "value_krw",
    "value_usd",
    "fx_year",
    "period_years",
    "when",
    "confidence",
    "sentence",
    "article_id",
    "article_title",
    "url",
    "reports_differ",
    "other_reports",
]


# -- shared helpers ---------------------------------------------------------------------------


def value_column(currency: Currency) -> str:
    return money.VALUE_COLUMNS[currency]


def ingest_state(graph: Graph) -> dict[str, Any]:
    """Article count, latest article ingest, latest finished run and decisions: it changes whenever the graph does.

    The dashboard keys its caches on this, so an ingest refreshes every page
    without waiting for the cache TTL.
    """
    return reads.ingest_state(graph)


# -- investments ------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvestmentFilters:
    """What the flows page filters on; the default keeps everything.

    ``investor`` / ``recipient`` (a name or alias) keep one organisation's side.
    """

    since: date | None = None
    until: date | None = None
    org_types: tuple[str, ...] = ()
    min_amount: float = 0.0
    max_amount: float | None = None
    currency: Currency = "KRW"
    text: str = ""
    investor: str = ""
    recipient: str = ""
    raw: bool = False  # as extracted, before the analysts' fact decisions (``graph.raw``)

    def narrows(self) -> bool:
        """Whether anything but the currency is set (then the facts are read, not the aggregates, which are curated)."""
        return replace(self, currency="KRW") != InvestmentFilters()


def investment_table(
    graph: Graph, filters: InvestmentFilters | None = None, limit: int | None = TABLE_ROWS
) -> pd.DataFrame:
    """One row per investment fact with values in both currencies, its first sentence and article; the
    ``limit`` largest in the display currency (all with ``limit=None``), unpriced ones last.

    ``when`` is the fact's effective date (its date, else start date, else
    first publication), as in ``Graph.investments``.  ``org_types`` keeps a
    fact when either party has one of the types; ``text`` searches both
    names and the evidence, case-insensitively.  Without filters only the
    largest facts are read (``Graph.investments(largest=...)``).
    """
    f = filters or InvestmentFilters()
    if not f.narrows() and limit is not None:
        return _stored_table(reads.largest_investments(graph, value_column(f.currency), limit), f.currency, limit)
    frame = _filtered(graph, f)
    if frame.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    ranked = frame.sort_values(
        [value_column(f.currency), "id"], ascending=[False, True], na_position="last", kind="stable"
    )
    return (ranked if limit is None else ranked.head(limit))[TABLE_COLUMNS].reset_index(drop=True)


def _stored_table(rows: list[dict[str, Any]], currency: Currency, limit: int) -> pd.DataFrame:
    """``InvestmentRow`` records (``graph.aggregates``) as ``investment_table`` ranks and shapes them: sorted
    and shaped as plain rows and made a frame once (cheaper for a page's few hundred rows than in pandas)."""
    value = value_column(currency)
    rows = sorted(rows, key=lambda r: r["id"])
    rows.sort(key=lambda r: (True, 0.0) if _missing(r[value]) else (False, -r[value]))  # stable: ties by id
    rows = rows[:limit]
    columns: dict[str, Any] = {c: [r.get(c) for r in rows] for c in TABLE_COLUMNS}
    columns["when"] = [r["effective"] for r in rows]
    columns["reports_differ"] = [r["reports_differ"] is True for r in rows]
    columns["fx_year"] = pd.array(columns["fx_year"], dtype="Int64")
    return pd.DataFrame(columns, columns=TABLE_COLUMNS)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _with_sentences(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["sentence"] = [ev[0] if ev else "" for ev in out["evidence"]]
    out["article_id"] = [arts[0] if arts else None for arts in out["articles"]]
    return out


def _filtered(graph: Graph, f: InvestmentFilters) -> pd.DataFrame:
    """Every investment the filters keep (read from the facts)."""
    frame = _with_sentences(
        graph.investments(
            f.investor or None, f.recipient or None, since=f.since, until=f.until, conflicts=True, raw=f.raw
        )
    )
    if frame.empty:
        return frame
    if f.org_types:
        frame = frame[frame["investor_type"].isin(f.org_types) | frame["recipient_type"].isin(f.org_types)]
    if (
        f.min_amount > 0 or f.max_amount is not None
    ):  # in the display currency; an unconvertible amount has no place in a range
        value = frame[value_column(f.currency)]
        frame = frame[(value >= f.min_amount) & (value <= (math.inf if f.max_amount is None else f.max_amount))]
    if f.text.strip():
        needle = f.text.strip().casefold()
        haystack = (
            frame["investor"].fillna("") + "\n" + frame["recipient"].fillna("") + "\n" + frame["sentence"]
        ).str.casefold()
        frame = frame[haystack.str.contains(needle, regex=False)]
    return frame


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a timeline period (``"2021"`` or ``"2021-05"``)."""
    year, _, month = period.partition("-")
    if not month:
        return date(int(year), 1, 1), date(int(year), 12, 31)
    following = date(int(year) + int(month) // 12, int(month) % 12 + 1, 1)
    return date(int(year), int(month), 1), date.fromordinal(following.toordinal() - 1)


def investment_span(graph: Graph) -> dict[str, Any]:
    """How many investments there are and the years their effective dates span (for the date filter's bounds),
    and the ``reads.money_sums`` rows they come from (``sums``: the page hands them to ``flow_charts``)."""
    sums = reads.money_sums(graph)
    years = [int(y) for y in sums["year"].dropna()]
    return {
        "investments": int(sums["deals"].sum()) if len(sums) else 0,
        "first": date(min(years), 1, 1) if years else None,
        "last": date(max(years), 12, 31) if years else None,
        "sums": sums,
    }


def flow_charts(
    graph: Graph,
    filters: InvestmentFilters,
    freq: Literal["M", "Y"] = "Y",
    other: str = "other",
    sums: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """The flows page's Sankey and timeline: from the stored sums when nothing narrows the page and the
    timeline is yearly, else from the investments the filters keep.  ``sums``: the ``reads.money_sums`` rows
    when the caller has them (``investment_span``'s), else they are read."""
    currency = filters.currency
    if not filters.narrows() and freq == "Y":
        return {
            "sankey": _sankey_frames(reads.largest_flows(graph, value_column(currency), 30)),
            "timeline": _stored_timeline(
                graph, currency, reads.money_sums(graph) if sums is None else sums, other=other
            ),
        }
    table = _filtered(graph, filters)
    if table.empty:
        table = pd.DataFrame(columns=TABLE_COLUMNS)
    return {"sankey": sankey_data(table, currency), "timeline": timeline_data(table, currency, freq, other=other)}


def overview(graph: Graph, currency: Currency = "KRW", top: int = 10) -> dict[str, Any]:
    """Counts, totals in both currencies (``money.MoneyTotals``: stated, converted, unconverted), the last
    ingest run, how many investments have differing reports, and the top investors and recipients."""
    types = reads.organisation_types(graph)
    state = ingest_state(graph)
    runs = ingest_runs(graph, 1)
    sums = reads.money_sums(graph)
    return {
        "org_types": types,
        "organisations": int(types["count"].sum()) if len(types) else 0,
        "people": reads.people_count(graph),
        "articles": state["articles"],
        "latest_ingest": state["latest_article"],
        "investments": int(sums["deals"].sum()) if len(sums) else 0,
        "totals": {code: money.totals(sums, code) for code in money.DISPLAY_CURRENCIES},
        "conflicts": reads.conflict_count(graph),
        "last_run": runs.iloc[0].to_dict() if len(runs) else None,
        "top_investors": reads.top_organisations(graph, "investor", value_column(currency), top),
        "top_recipients": reads.top_organisations(graph, "recipient", value_column(currency), top),
    }


def raw_overview(graph: Graph, currency: Currency = "KRW", top: int = 10) -> dict[str, Any]:
    """``overview`` with the investment counts, totals and rankings as extracted (``graph.raw``): read from
    every investment fact, not from the curated aggregates, so slower; entity counts are the curated ones."""
    table = _filtered(graph, InvestmentFilters(raw=True))
    return {
        **overview(graph, currency, top),
        "investments": len(table),
        "totals": {code: money.totals(table, code) for code in money.DISPLAY_CURRENCIES},
        "conflicts": int(table["reports_differ"].sum()) if len(table) else 0,
        "top_investors": _ranking(table, "investor", currency, top),
        "top_recipients": _ranking(table, "recipient", currency, top),
    }


def _ranking(table: pd.DataFrame, side: Literal["investor", "recipient"], currency: Currency, top: int) -> pd.DataFrame:
    """``reads.top_organisations`` computed from investment rows."""
    columns = ["id", "name", "type", "total", "deals"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    value = value_column(currency)
    grouped = (
        table.groupby([f"{side}_id", side, f"{side}_type"], dropna=False)
        .agg(total=(value, "sum"), deals=("id", "count"))
        .reset_index()
        .set_axis(columns, axis=1)
    )
    grouped = grouped[grouped["total"] > 0]
    return grouped.sort_values(["total", "name"], ascending=[False, True]).head(top).reset_index(drop=True)


def sankey_data(table: pd.DataFrame, currency: Currency = "KRW", top: int = 30) -> dict[str, pd.DataFrame]:
    """The ``top`` largest investor→recipient flows in ``table`` as Sankey nodes and links.

    Investors and recipients are separate nodes (an organisation that both
    invests and receives appears on both sides), so the diagram never has a
    cycle.  Links carry the summed value and the number of deals.
    """
    value = value_column(currency)
    priced = table[table[value].notna() & (table[value] > 0)]
    flows = (
        priced.groupby(["investor", "investor_type", "recipient", "recipient_type"], dropna=False)
        .agg(value=(value, "sum"), deals=("id", "count"), sentence=("sentence", "first"))
        .reset_index()
        .sort_values(["value", "investor", "recipient"], ascending=[False, True, True])
        .head(top)
    )
    return _sankey_frames(flows)


def _sankey_frames(flows: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Sankey nodes and links from flows (investor, recipient, their types, value, deals, sentence)."""
    index: dict[tuple[str, Any], int] = {}
    nodes: list[tuple[Any, Any, str]] = []
    for side in ("investor", "recipient"):
        for name, kind in zip(flows[side], flows[f"{side}_type"]):
            if (side, name) not in index:
                index[side, name] = len(nodes)
                nodes.append((name, kind, side))
    links = pd.DataFrame(
        {
            "source": [index["investor", n] for n in flows["investor"]],
            "target": [index["recipient", n] for n in flows["recipient"]],
            "value": flows["value"].to_numpy(dtype=float),
            "deals": flows["deals"].to_numpy(),
            "investor": flows["investor"].to_numpy(),
            "recipient": flows["recipient"].to_numpy(),
            "sentence": flows["sentence"].fillna("").to_numpy(),
        }
    )
    return {"nodes": pd.DataFrame(nodes, columns=["name", "type", "side"]), "links": links}


def timeline_data(
    table: pd.DataFrame, currency: Currency = "KRW", freq: Literal["M", "Y"] = "Y", top: int = 8, other: str = "other"
) -> pd.DataFrame:
    """Value per period and investor; investors beyond the ``top`` largest are summed as ``other``.

    Undated investments are left out (there is no period to put them in).
    """
    value = value_column(currency)
    dated = table[table["when"].notna() & table[value].notna()].copy()
    if dated.empty:
        return pd.DataFrame(columns=["period", "investor", "investor_type", "value", "deals"])
    fmt = "%Y" if freq == "Y" else "%Y-%m"
    dated["period"] = [w.strftime(fmt) for w in dated["when"]]
    leaders = dated.groupby("investor")[value].sum().sort_values(ascending=False).head(top).index
    is_other = ~dated["investor"].isin(leaders)
    dated.loc[is_other, "investor"] = other
    dated.loc[is_other, "investor_type"] = "Organization"
    grouped = (
        dated.groupby(["period", "investor", "investor_type"])
        .agg(value=(value, "sum"), deals=("id", "count"))
        .reset_index()
    )
    return _timeline_order(grouped, list(leaders), other)


def _timeline_order(grouped: pd.DataFrame, leaders: list[str], other: str) -> pd.DataFrame:
    order = {name: i for i, name in enumerate([*leaders, other])}
    return grouped.sort_values(
        ["investor", "period"], key=lambda s: s.map(order) if s.name == "investor" else s
    ).reset_index(drop=True)


def _stored_timeline(
    graph: Graph, currency: Currency, sums: pd.DataFrame, top: int = 8, other: str = "other"
) -> pd.DataFrame:
    """``timeline_data`` by year from the stored sums (``sums``: the ``reads.money_sums`` rows): the ``top``
    investing organisations (by their total, dated or not) year by year, the rest summed as ``other``.  A few
    dozen rows: summed in plain Python."""
    columns = ["period", "investor", "investor_type", "value", "deals"]
    value = value_column(currency)
    leaders = reads.top_organisations(graph, "investor", value, top)
    if leaders.empty:
        return pd.DataFrame(columns=columns)
    named = dict(zip(leaders["id"], zip(leaders["name"], leaders["type"])))
    years = reads.investor_years(graph, list(leaders["id"]), value, sums)
    cells: dict[tuple[str, Any, Any], list[float]] = {}  # (period, investor, type) -> [value, deals]

    def add(year: Any, who: tuple[Any, Any], amount: float, deals: float) -> None:
        cell = cells.setdefault((f"{int(year):04d}", *who), [0.0, 0.0])
        cell[0] += amount
        cell[1] += deals

    rest: dict[int, list[float]] = {}  # year -> [value, deals] of every dated, priced investment ...
    for year, amount, deals in zip(sums["year"], sums[value], sums["deals"]):
        if not (pd.isna(year) or pd.isna(amount)):
            summed = rest.setdefault(int(year), [0.0, 0.0])
            summed[0] += amount
            summed[1] += deals
    for investor, year, amount, deals in zip(years["investor_id"], years["year"], years["value"], years["deals"]):
        if not pd.isna(amount):
            add(year, named[investor], amount, deals)
            summed = rest.setdefault(int(year), [0.0, 0.0])  # ... less the leaders'
            summed[0] -= amount
            summed[1] -= deals
    for year, (amount, deals) in rest.items():
        if deals > 0:
            add(year, (other, "Organization"), amount, deals)
    order = {name: k for k, name in enumerate([*(name for name, _ in named.values()), other])}
    ranked = sorted(cells.items(), key=lambda cell: (order[cell[0][1]], cell[0][0]))  # as ``_timeline_order``
    return pd.DataFrame([(*key, amount, int(deals)) for key, (amount, deals) in ranked], columns=columns)


# -- network ----------------------------------------------------------------------------------


def organisation_network(
    graph: Graph,
    relation_types: tuple[str, ...] | None = None,
    ids: list[str] | None = None,
    max_edges: int | None = None,
    raw: bool = False,
) -> nx.MultiDiGraph:
    """Organisation-to-organisation facts as a ``MultiDiGraph``: one edge per (pair, type) with its ``facts`` count.

    The same node and edge conventions as ``Graph.to_networkx`` (so
    ``graph.analytics`` applies), but without properties or article
    lookups, each edge with one evidence sentence; only among the
    organisations ``ids`` when given, and only the ``max_edges`` edges
    stating the most facts when given (trimmed before any graph is built).  ``raw``: every organisation
    fact as extracted (``graph.raw``; not with ``ids``).
    """
    edges = (
        reads.raw_organisation_edges(graph, relation_types)
        if raw
        else reads.organisation_edges(graph, relation_types, ids, max_edges)
    )
    if max_edges is not None and len(edges) > max_edges:
        edges = edges.sort_values(["facts", "source", "target", "type"], ascending=[False, True, True, True]).head(
            max_edges
        )
    G = nx.MultiDiGraph()
    if ids is not None:
        G.add_nodes_from(ids)
    if edges.empty and ids is None:
        return G
    ends = set(edges["source"]) | set(edges["target"]) | set(ids or ())
    orgs = reads.organisation_names(graph, sorted(ends)) if ids is not None else reads.organisations(graph)
    G.add_nodes_from(
        (i, {"name": n, "type": t or "Organization", "label": "Organization"})
        for i, n, t in zip(orgs["id"], orgs["name"], orgs["type"])
        if i in ends
    )
    G.add_edges_from(
        (a, b, t, {"type": t, "facts": int(n), "evidence": [s] if s else []})
        for a, b, t, n, s in zip(edges["source"], edges["target"], edges["type"], edges["facts"], edges["sentence"])
    )
    return G


def _scores(G: nx.MultiDiGraph, kind: Centrality) -> pd.Series:
    """Centrality per node id; betweenness is sampled on large graphs (see ``BETWEENNESS_EXACT_MAX_NODES``)."""
    if G.number_of_nodes() == 0:
        return pd.Series(dtype=float)
    if kind == "degree":
        return pd.Series(dict(nx.Graph(G).degree()), dtype=float)
    if kind == "betweenness" and G.number_of_nodes() > BETWEENNESS_EXACT_MAX_NODES:
        simple = nx.Graph(G)
        return pd.Series(nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=0), dtype=float)
    frame = analytics.centrality(G, kind, organizations_only=False)
    return frame.set_index("id")["score"]


def _fact_hover(data: dict[str, Any]) -> str:
    sentences = data.get("evidence") or []
    return sentences[0] if sentences else ""


def _packed_layout(simple: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components packed in rows largest first.

    One spring layout of a graph with several components pushes them to the
    edges and crushes the largest one in the middle; packing keeps each
    readable.  A component gets room in proportion to the square root of its size.
    """
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    radii = [math.sqrt(len(c)) for c in components]
    width = max([2 * r for r in radii] + [1.3 * math.sqrt(sum((2 * r) ** 2 for r in radii))])
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members, r in zip(components, radii):
        if x + 2 * r > width and x > 0:
            x, y, row_height = 0.0, y - row_height - 0.6, 0.0
        local = _component_layout(simple.subgraph(members), seed, r)
        for node, (px, py) in local.items():
            pos[node] = (x + r + float(px), y - r + float(py))
        x += 2 * r + 0.6
        row_height = max(row_height, 2 * r)
    return pos


def _component_layout(component: nx.Graph, seed: int, r: float) -> dict[str, tuple[float, float]]:
    """One connected component's positions within radius ``r``: a spring layout, except that one node sits in the
    middle and two sit side by side (a spring layout of a pair costs as much as of twenty nodes, and an
    article's small graph is mostly pairs)."""
    members = sorted(component)
    if len(members) <= 2:
        return {n: (0.0, 0.0) if len(members) == 1 else (r * (2 * k - 1), 0.0) for k, n in enumerate(members)}
    return nx.spring_layout(component, seed=seed, scale=r)


def network_frames(
    G: nx.MultiDiGraph, scores: pd.Series, groups: dict[str, int] | None = None, *, seed: int = 7
) -> dict[str, pd.DataFrame]:
    """Positions and display columns for drawing ``G``: one row per node and one per (pair, type).

    Node ``size`` is 12–46 px by score; parallel facts of one type between a
    pair are drawn once, their count (edge attribute ``facts``, default 1 per
    edge) and first sentence kept for hover.
    """
    pos = _packed_layout(nx.Graph(G), seed)
    top = float(scores.max()) if len(scores) and scores.max() > 0 else 1.0
    score = scores.to_dict()
    nodes = pd.DataFrame(  # built whole from plain rows: a column operation each costs more than these rows
        [
            (
                n,
                d.get("name"),
                d.get("type") or "Organization",
                d.get("label"),
                float(score.get(n, 0.0)),
                (groups or {}).get(n, 0),
                float(pos[n][0]),
                float(pos[n][1]),
                12 + 34 * max(float(score.get(n, 0.0)) / top, 0.0) ** 0.5,
            )
            for n, d in G.nodes(data=True)
        ],
        columns=["id", "name", "type", "label", "score", "community", "x", "y", "size"],
    )
    names = dict(G.nodes(data="name"))
    edge_rows: dict[tuple[str, str, str], list[Any]] = {}
    for u, v, data in G.edges(data=True):
        key = (u, v, data.get("type", ""))
        row = edge_rows.get(key)
        if row is None:
            (x0, y0), (x1, y1) = pos[u], pos[v]
            edge_rows[key] = [
                *key,
                data.get("facts", 1),
                _fact_hover(data),
                x0,
                y0,
                x1,
                y1,
                (x0 + x1) / 2,
                (y0 + y1) / 2,
                names.get(u),
                names.get(v),
            ]
        else:
            row[3] += data.get("facts", 1)
    edge_columns = ["source", "target", "type", "facts", "sentence", "x0", "y0", "x1", "y1", "xm", "ym"]
    edges = pd.DataFrame(list(edge_rows.values()), columns=[*edge_columns, "source_name", "target_name"])
    return {"nodes": nodes, "edges": edges}


def network_data(
    graph: Graph,
    relation_types: tuple[str, ...] | None = None,
    centre: str | None = None,
    radius: int = 2,
    centrality: Centrality = "degree",
    max_nodes: int = 120,
    max_edges: int = 600,
    raw: bool = False,
    ego_fanout: int = EGO_FANOUT,
) -> dict[str, Any]:
    """The organisation network to draw, reduced to what a screen can show (``raw``: as extracted).

    Centrality is computed on the whole (filtered) organisation graph, or on
    the ego network of ``centre`` (an id, name or alias) within ``radius``
    hops, each hop adding at most ``ego_fanout`` organisations (``_ego_members``;
    ``ego_capped`` says whether a hop left some out); then the ``max_nodes`` most
    central are drawn with at most ``max_edges`` of their relations (those stating the most facts),
    coloured by type or by their community (computed on the drawn graph).
    Degree over every organisation relation is stored (``graph.aggregates``),
    so that view reads only the drawn organisations' facts (``_by_degree``).
    """
    centre_id = graph.resolve(centre) if centre else None
    stored_degrees = set(reads.ORG_FACT_TYPES) <= set(relation_types or reads.ORG_FACT_TYPES)
    if centrality == "degree" and stored_degrees and not raw:
        return _by_degree(graph, relation_types, centre_id, radius, max_nodes, max_edges, ego_fanout)
    G = organisation_network(graph, relation_types, raw=raw)
    capped = False
    if centre_id is not None and centre_id in G:
        members, capped = _ego_members(lambda ring, limit: _graph_links(G, ring, limit), centre_id, radius, ego_fanout)
        G = G.subgraph(members).copy()
    scores = _scores(G, centrality)
    names = dict(G.nodes(data="name"))
    types = dict(G.nodes(data="type"))
    ranked = scores.sort_values(ascending=False, kind="stable")
    ranking = pd.DataFrame(
        {
            "id": ranked.index,
            "score": ranked.to_numpy(),
            "name": ranked.index.map(names),
            "type": ranked.index.map(types),
        }
    )
    return {**_drawn(G, ranking, centre_id, max_nodes, max_edges), "ego_capped": capped}


def _ego_members(
    links: Callable[[list[str], int], pd.DataFrame], centre_id: str, radius: int, fanout: int
) -> tuple[set[str], bool]:
    """The centre and, hop by hop, the at most ``fanout`` organisations not yet reached that ``links`` (ids and a
    row limit in, ``id``/``weight`` rows out: the neighbours linked to those ids by the most facts, ties by id)
    ties most strongly to the previous hop, ties by id; and whether any hop left neighbours out.

    A hop asks for ``fanout`` + (organisations reached) + 1 rows: at most that many reached ones are among
    them, so the rest hold the ``fanout`` strongest new ones and tell whether there are more (a hub's
    thousands of neighbours are never sent)."""
    ring, members, capped = [centre_id], {centre_id}, False
    for _ in range(radius):
        found = links(ring, fanout + len(members) + 1)
        new = found[~found["id"].isin(members)].sort_values(["weight", "id"], ascending=[False, True])
        capped = capped or len(new) > fanout
        ring = list(new["id"].head(fanout))
        members.update(ring)
        if not ring:
            break
    return members, capped


def _graph_links(G: nx.MultiDiGraph, ids: list[str], limit: int) -> pd.DataFrame:
    """``reads.organisation_links`` over a drawn graph: the ``limit`` neighbours of ``ids`` linked to them by the
    most facts (ties by id), with that number."""
    weights: dict[str, int] = {}
    for u in ids:
        for a, b, facts in [*G.out_edges(u, data="facts"), *G.in_edges(u, data="facts")]:
            other = b if a == u else a
            weights[other] = weights.get(other, 0) + (facts or 1)
    strongest = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return pd.DataFrame(strongest, columns=["id", "weight"])


def _by_degree(
    graph: Graph,
    relation_types: tuple[str, ...] | None,
    centre_id: str | None,
    radius: int,
    max_nodes: int,
    max_edges: int,
    ego_fanout: int,
) -> dict[str, Any]:
    """Degree view from the stored neighbour counts: only the ``max_nodes`` highest-degree organisations'
    facts are read.  In an ego view the organisations within ``radius`` hops (``_ego_members``) are ranked
    by their degree in the whole graph."""
    capped = False
    if centre_id is None:
        ranking = reads.organisation_degrees(graph, max_nodes)
        total = reads.connected_organisations(graph)
    else:
        seen, capped = _ego_members(
            lambda ring, limit: reads.organisation_links(graph, ring, limit, relation_types),
            centre_id,
            radius,
            ego_fanout,
        )
        ranking = reads.organisation_degrees(graph, max_nodes, sorted(seen))
        total = len(seen) if len(seen) > 1 else 0
    ids = list(ranking["id"])
    if centre_id is not None and total and centre_id not in ids:
        ids = [centre_id, *ids[: max_nodes - 1]]
    G = organisation_network(graph, relation_types, ids, max_edges) if ids else nx.MultiDiGraph()
    result = _drawn(G, ranking, centre_id, max_nodes, max_edges)
    return {**result, "total_nodes": total, "ego_capped": capped}


def _drawn(
    G: nx.MultiDiGraph, ranking: pd.DataFrame, centre_id: str | None, max_nodes: int, max_edges: int
) -> dict[str, Any]:
    """The ``max_nodes`` best-ranked nodes of ``G`` with at most ``max_edges`` edges, laid out, plus the top 15."""
    keep = [i for i in ranking["id"] if i in G][:max_nodes]
    if centre_id is not None and centre_id in G and centre_id not in keep:
        keep = [centre_id, *keep[:-1]]
    if len(keep) == G.number_of_nodes() and G.number_of_edges() <= max_edges:
        shown = G  # all of it is drawn (the degree views read no more): copying its edges cost more than the frames
    else:
        shown = G.subgraph(keep).copy()
    if shown.number_of_edges() > max_edges:  # a hairball helps no one: keep the pairs with the most facts
        ranked_edges = sorted(shown.edges(keys=True, data="facts"), key=lambda e: -(e[3] or 1))
        shown.remove_edges_from([e[:3] for e in ranked_edges[max_edges:]])
    scores = ranking.set_index("id")["score"].astype(float)
    frames = network_frames(shown, scores, analytics.communities(shown, "louvain") if shown.number_of_edges() else {})
    return {
        **frames,
        "total_nodes": G.number_of_nodes(),
        "total_edges": G.number_of_edges(),
        "centre_id": centre_id,
        "ranking": ranking[["id", "score", "name", "type"]].head(15).reset_index(drop=True),
    }


# -- organisations and articles ------------------------------------------------------------------


def organisation_index(graph: Graph, limit: int = INDEX_ROWS) -> pd.DataFrame:
    """The ``limit`` organisations with the most facts, with their aliases (for the search boxes)."""
    return reads.organisation_index(graph, limit)


def _add_investment_values(rows: list[dict[str, Any]], node_id: str) -> None:
    """Add to each of the profile's relation rows its investment values and differing reports (other facts:
    NaN, none and no reports).

    Computed from the relations already read (``money.convert_amounts``,
    ``conflicts.other_reports``), not by reading the investments again, and
    on plain rows: a few hundred rows through pandas cost more than the queries.
    """
    invested = [row for row in rows if row["type"] == "INVESTED_IN"]
    deals = []
    for row in invested:
        deal = {c: row[c] for c in _INVESTMENT_READ}
        outgoing = row["direction"] == "out"
        deal["investor_id"] = node_id if outgoing else row["other_id"]
        deal["recipient_id"] = row["other_id"] if outgoing else node_id
        deals.append(deal)
    basis = [money.fx_basis(d["date"], d["start_date"], d["published"], d["ingested_at"]) for d in deals]
    found, years = money.convert_amounts([d["amount"] for d in deals], [d["currency"] for d in deals], basis)
    for k, deal in enumerate(deals):
        deal["value_usd"] = found["value_usd"][k]
    for row in rows:
        row.update(value_krw=math.nan, value_usd=math.nan, fx_year=None, other_reports=[])
    for k, (row, others) in enumerate(zip(invested, other_reports(deals))):
        row.update(value_krw=found["value_krw"][k], value_usd=found["value_usd"][k], fx_year=years[k])
        row["other_reports"] = others
    for row in rows:
        row["reports_differ"] = bool(row["other_reports"])


# The columns a profile adds to ``api.RELATION_COLUMNS``, and their types (pandas would infer them from the values,
# differently when a column holds no value or only whole numbers).
_PROFILE_COLUMNS = {
    "value_krw": "float64",
    "value_usd": "float64",
    "fx_year": "Int64",
    "reports_differ": "bool",
    "other_reports": "object",
    "when": "object",
    "sentence": "str",
}


# What ``_add_investment_values`` reads of each investment (besides its direction and the other party).
_INVESTMENT_READ = (
    "id",
    "amount",
    "currency",
    "period_years",
    "articles",
    "article_title",
    "url",
    "date",
    "start_date",
    "published",
    "ingested_at",
)


def organisation_profile(
    graph: Graph, name_or_alias: str, raw: bool = False, rows: int = PROFILE_FIRST
) -> dict[str, Any] | None:
    """``Graph.profile`` (the ``rows`` latest-dated facts each way, at most ``PROFILE_ROWS``) plus a dated event
    list, the number of all its facts (``relation_count``) and whether more of them can be shown (``more``:
    fewer than ``PROFILE_ROWS`` each way were shown and some were left out); None when no organisation has
    that name or alias.  ``raw``: the facts as extracted (``graph.raw``), counted from the rows read."""
    node_id = graph.resolve(name_or_alias)
    if node_id is None:
        return None
    shown = min(rows, PROFILE_ROWS)
    profile = graph._profile(node_id, limit=shown, raw=raw)
    facts = profile["relations"]
    _add_investment_values(facts, node_id)
    for fact in facts:
        fact["when"] = effective_date({"date": fact["date"], "start_date": fact["start_date"]}, fact["published"])
        fact["sentence"] = fact["evidence"][0] if len(fact["evidence"]) else ""
    # made once, from plain rows: each column added to a frame on its own costs about as much as a small query
    relations = relation_frame(facts, [*RELATION_COLUMNS, *_PROFILE_COLUMNS]).astype(_PROFILE_COLUMNS)
    dated = sorted((k for k, fact in enumerate(facts) if fact["when"] is not None), key=lambda k: facts[k]["when"])
    events = relations.take(dated).reset_index(drop=True)
    read_count = len(relations) + profile["left_out"]
    count = read_count if raw else reads.fact_count(graph, node_id, read_count)
    return {
        **profile,
        "relations": relations,
        "events": events,
        "relation_count": count,
        "more": shown < PROFILE_ROWS and count > len(relations),
    }


def article_list(graph: Graph, language: str | None = None, limit: int = ARTICLE_ROWS) -> pd.DataFrame:
    """The ``limit`` newest ingested articles (of one ``language`` when given), with how many facts and entities were read from each."""
    articles = reads.newest_articles(graph, limit, language)
    counts = reads.article_counts(graph, list(articles["id"]))  # in the articles' order
    return articles.assign(facts=counts["facts"].to_numpy(), entities=counts["entities"].to_numpy())


def article_facts(graph: Graph, article_id: str) -> dict[str, Any]:
    """The facts one article states, each with the sentence from *that* article, and their small graph.

    Shaped and sorted as plain rows, made a frame once: an article's few facts cost more in pandas than in the store."""
    rows = reads.article_fact_rows(graph, [article_id])
    for row in rows:
        row["sentence"] = _sentence_from(row["evidence"], article_id)
    rows.sort(key=lambda row: [queries.missing_last(row[c]) for c in ("type", "source", "target")])
    columns = [c for c in reads.ARTICLE_FACT_COLUMNS if c not in ("evidence", "fact_articles", "article_id")]
    facts = pd.DataFrame([[row[c] for c in [*columns, "sentence"]] for row in rows], columns=[*columns, "sentence"])
    G = nx.MultiDiGraph()
    for row in rows:
        for end in ("source", "target"):
            kind = row[f"{end}_type"]
            G.add_node(
                row[f"{end}_id"],
                name=row[end],
                type=kind,
                label="Organization" if kind not in ("Person", "Technology") else kind,
            )
        G.add_edge(row["source_id"], row["target_id"], key=row["id"], type=row["type"], evidence=[row["sentence"]])
    degree = pd.Series(dict(nx.Graph(G).degree()), dtype=float)
    return {"facts": facts, **network_frames(G, degree)}


def _sentence_from(evidence_json: str | None, article_id: str) -> str:
    items = json.loads(evidence_json) if evidence_json else []
    own = [e["text"] for e in items if e.get("article_id") == article_id]
    return own[0] if own else (items[0]["text"] if items else "")


# -- ingest runs ------------------------------------------------------------------------------


RUN_COLUMNS = ["id", "started_at", "finished_at", "status", "counts"]
RUN_FACT_COLUMNS = [
    "run_id",
    "type",
    "source",
    "source_type",
    "target",
    "target_type",
    "amount",
    "currency",
    "date",
    "fact_id",
    "fact_articles",
    "first_run",
    "article_id",
    "article_title",
    "url",
    "ingested_at",
    "sentence",
]


def ingest_runs(graph: Graph, limit: int = 50) -> pd.DataFrame:
    """The latest ``limit`` IngestRun records, newest first (``counts`` parsed from JSON)."""
    runs = reads.ingest_runs(graph, limit)
    runs["counts"] = [json.loads(c) if c else {} for c in runs["counts"]]
    return runs[RUN_COLUMNS]


def run_facts(
    graph: Graph, limit: int = 50, articles: int = RUN_ARTICLES, facts: int | None = RUN_FACTS
) -> pd.DataFrame:
    """Facts stated by the articles each of the latest ``limit`` runs wrote (the ``articles`` most recently
    ingested of them, newest first until they state ``facts`` facts), one row per (fact, article), each with
    that article's sentence; ``first_run`` is the run that added the fact (None: before these runs).

    An article belongs to the run whose ``[started_at, finished_at]`` holds
    its ``ingested_at`` (set when it is written, rewritten when it changes),
    so nothing extra is stored per fact and a re-ingest of unchanged articles
    adds nothing.  A run still going (no ``finished_at``) reaches to now.
    """
    return _run_facts(graph, ingest_runs(graph, limit), articles, facts)[0]


def whats_new_data(graph: Graph, facts: int = RUN_FACTS, limit: int = 50) -> dict[str, Any]:
    """The "What's new" page's data: the latest ``limit`` runs (``ingest_runs``), the facts of their newest
    articles until they state ``facts`` (``run_facts``; the runs read once for both) and whether more are left
    (``more``: the page then offers the next ``RUN_FACTS``)."""
    runs = ingest_runs(graph, limit)
    rows, more = _run_facts(graph, runs, RUN_ARTICLES, facts)
    return {"runs": runs, "facts": rows, "more": more}


def _run_facts(graph: Graph, runs: pd.DataFrame, articles: int, facts: int | None) -> tuple[pd.DataFrame, bool]:
    """``run_facts`` for the runs already read, and whether articles with facts were left out."""
    if runs.empty:
        return pd.DataFrame(columns=RUN_FACT_COLUMNS), False
    start = min(runs["started_at"])
    written = reads.articles_since(graph, start.to_pydatetime() if hasattr(start, "to_pydatetime") else start)
    spans = [
        (run.id, run.started_at, run.finished_at if not pd.isna(run.finished_at) else pd.Timestamp.max)
        for run in runs.itertuples()
    ]
    owner: dict[str, str] = {}  # rows shaped in plain Python, made a frame once: cheaper for a page's few hundred
    for row in written:
        inside = next((i for i, begin, end in spans if begin <= row["ingested_at"] <= end), None)
        if inside is not None:
            owner[row["article_id"]] = inside
    ingested = {row["article_id"]: row["ingested_at"] for row in written}
    newest = sorted(a for a in ingested if a in owner)
    newest = sorted(newest, key=ingested.__getitem__, reverse=True)[:articles]  # newest first, ties by id
    if not newest:
        return pd.DataFrame(columns=RUN_FACT_COLUMNS), False
    stated, more = reads.stated_facts(graph, newest, facts)
    links = reads.article_links(graph, sorted({row["article_id"] for row in stated}))  # only the shown articles'
    columns: dict[str, list[Any]] = {c: [row.get(c) for row in stated] for c in RUN_FACT_COLUMNS}
    columns["run_id"] = [owner.get(row["article_id"]) for row in stated]
    columns["first_run"] = [_first_run(row["fact_articles"], ingested, owner) for row in stated]
    columns["article_title"] = [links[row["article_id"]][0] for row in stated]
    columns["url"] = [links[row["article_id"]][1] for row in stated]
    columns["ingested_at"] = [ingested[row["article_id"]] for row in stated]
    return pd.DataFrame(columns, columns=RUN_FACT_COLUMNS), more


def _first_run(stated: list[str] | None, ingested: dict[str, Any], owner: dict[str, str]) -> str | None:
    """The run that wrote a fact's earliest article; None when that article predates the runs looked at."""
    articles = list(stated or [])
    if not articles or any(a not in ingested for a in articles):
        return None
    return owner.get(min(articles, key=lambda a: (ingested[a], a)))


# -- console ----------------------------------------------------------------------------------


def run_query(graph: Graph, cypher: str, limit: int = 5000) -> pd.DataFrame:
    """A console query's result as a flat table; write clauses are refused before reaching the store.

    Lists and node/relationship dicts become JSON text so the table and its
    CSV show them whole; at most ``limit`` rows are kept.
    """
    assert_read_only(cypher)
    frame = graph.cypher(cypher).head(limit)
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, (list, dict))).any():
            frame[column] = frame[column].map(
                lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v
            )
    return frame


def baseline(graph: Graph) -> int:
    """One aggregate scan over every investment: the unit the benchmark measures every page against (issue 11)."""
    return reads.investment_scan(graph)
