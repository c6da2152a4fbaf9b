"""The data behind each dashboard page, as plain pandas: no Streamlit here.

Every function takes a ``graph.api.Graph`` and returns frames or dicts the
dashboard only has to draw, so the pages are testable and benchmarkable
without a browser and work unchanged on LadybugDB and Neo4j.  Labels stay
language-neutral (type and relation codes); the dashboard translates them.

Money: every investment carries its value in KRW and in USD (``core.money``:
as stated, or converted at the rate of its ``fx_year``), so totals, rankings
and charts count every amount in the chosen currency; a currency the FX table
lacks is counted on a separate unconverted line (``money.totals``).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import networkx as nx
import pandas as pd

from aigraph.core import money
from aigraph.graph import analytics, queries
from aigraph.graph.api import Graph
from aigraph.core.money import Currency
from aigraph.graph.curation import decision_marker
from aigraph.graph.errors import assert_read_only

Centrality = Literal["degree", "pagerank", "betweenness"]
# Exact betweenness is O(nodes x edges); above this many nodes it is estimated from a sample of sources.
BETWEENNESS_EXACT_MAX_NODES = 1500
BETWEENNESS_SAMPLE = 200

TABLE_COLUMNS = [
    "id", "investor", "investor_id", "investor_type", "recipient", "recipient_id", "recipient_type",
    "amount", "currency", "value_krw", "value_usd", "fx_year", "period_years", "when", "confidence",
    "sentence", "article_id", "article_title", "url", "reports_differ", "other_reports",
]


# -- shared helpers ---------------------------------------------------------------------------


def value_column(currency: Currency) -> str:
    return money.VALUE_COLUMNS[currency]


def ingest_state(graph: Graph) -> dict[str, Any]:
    """Article count, latest article ingest, latest finished run and decisions: it changes whenever the graph does.

    The dashboard keys its caches on this, so an ingest refreshes every page
    without waiting for the cache TTL.
    """
    articles = graph.cypher("MATCH (art:Article) RETURN count(art) AS n, max(art.ingested_at) AS latest")
    runs = graph.cypher("MATCH (run:IngestRun) RETURN count(run) AS n, max(run.finished_at) AS latest")
    return {
        "articles": int(articles.iloc[0]["n"]),
        "latest_article": articles.iloc[0]["latest"],
        "runs": int(runs.iloc[0]["n"]),
        "latest_run": runs.iloc[0]["latest"],
        "decisions": decision_marker(graph.store),  # an analyst's decision changes the graph too
    }


# -- investments ------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvestmentFilters:
    """What the flows page filters on; the default keeps everything."""

    since: date | None = None
    until: date | None = None
    org_types: tuple[str, ...] = ()
    min_amount: float = 0.0
    max_amount: float | None = None
    currency: Currency = "KRW"
    text: str = ""


def investment_table(graph: Graph, filters: InvestmentFilters | None = None) -> pd.DataFrame:
    """One row per investment fact with values in both currencies, its first sentence and article.

    ``when`` is the fact's effective date (its date, else start date, else
    first publication), as in ``Graph.investments``.  ``org_types`` keeps a
    fact when either party has one of the types; ``text`` searches both
    names and the evidence, case-insensitively.
    """
    f = filters or InvestmentFilters()
    raw = graph.investments(since=f.since, until=f.until, conflicts=True)
    if raw.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    frame = raw.copy()
    frame["sentence"] = [ev[0] if ev else "" for ev in frame["evidence"]]
    frame["article_id"] = [arts[0] if arts else None for arts in frame["articles"]]
    if f.org_types:
        frame = frame[frame["investor_type"].isin(f.org_types) | frame["recipient_type"].isin(f.org_types)]
    if f.min_amount > 0 or f.max_amount is not None:  # in the display currency; an unconvertible amount has no place in a range
        value = frame[value_column(f.currency)]
        frame = frame[(value >= f.min_amount) & (value <= (math.inf if f.max_amount is None else f.max_amount))]
    if f.text.strip():
        needle = f.text.strip().casefold()
        haystack = (frame["investor"].fillna("") + "\n" + frame["recipient"].fillna("") + "\n" + frame["sentence"]).str.casefold()
        frame = frame[haystack.str.contains(needle, regex=False)]
    return frame[TABLE_COLUMNS].reset_index(drop=True)


def _ranking(table: pd.DataFrame, side: Literal["investor", "recipient"], currency: Currency, top: int) -> pd.DataFrame:
    """The ``top`` organisations on one side by summed value; investments without an amount do not rank."""
    value = value_column(currency)
    grouped = (
        table.groupby([f"{side}_id", side, f"{side}_type"], dropna=False)
        .agg(total=(value, "sum"), deals=("id", "count"))
        .reset_index()
        .rename(columns={f"{side}_id": "id", side: "name", f"{side}_type": "type"})
    )
    priced = grouped[grouped["total"] > 0]
    return priced.sort_values(["total", "name"], ascending=[False, True]).head(top).reset_index(drop=True)


def overview(graph: Graph, currency: Currency = "KRW", top: int = 10) -> dict[str, Any]:
    """Counts, totals in both currencies (``money.MoneyTotals``: stated, converted, unconverted), the last
    ingest run, how many investments have differing reports, and the top investors and recipients."""
    types = graph.cypher("MATCH (n:Organization) RETURN n.type AS type, count(n) AS count ORDER BY count DESC, type")
    people = int(graph.cypher("MATCH (p:Person) RETURN count(p) AS n").iloc[0, 0])
    state = ingest_state(graph)
    runs = graph.cypher(
        "MATCH (run:IngestRun) RETURN run.id AS id, run.started_at AS started_at, run.finished_at AS finished_at, "
        "run.status AS status, run.counts AS counts ORDER BY run.started_at DESC LIMIT 1"
    )
    table = investment_table(graph)
    last_run = runs.iloc[0].to_dict() if len(runs) else None
    if last_run and last_run.get("counts"):
        last_run["counts"] = json.loads(last_run["counts"])
    return {
        "org_types": types,
        "organisations": int(types["count"].sum()) if len(types) else 0,
        "people": people,
        "articles": state["articles"],
        "latest_ingest": state["latest_article"],
        "investments": len(table),
        "totals": {code: money.totals(table, code) for code in money.DISPLAY_CURRENCIES},
        "conflicts": int(table["reports_differ"].sum()) if len(table) else 0,
        "last_run": last_run,
        "top_investors": _ranking(table, "investor", currency, top),
        "top_recipients": _ranking(table, "recipient", currency, top),
    }


def sankey_data(table: pd.DataFrame, currency: Currency = "KRW", top: int = 30) -> dict[str, pd.DataFrame]:
    """The ``top`` largest investor→recipient flows as Sankey nodes and links.

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
    left = flows[["investor", "investor_type"]].drop_duplicates("investor").set_axis(["name", "type"], axis=1).assign(side="investor")
    right = flows[["recipient", "recipient_type"]].drop_duplicates("recipient").set_axis(["name", "type"], axis=1).assign(side="recipient")
    nodes = pd.concat([left, right], ignore_index=True)
    index = {(row.side, row.name): i for i, row in enumerate(nodes.itertuples())}
    links = pd.DataFrame({
        "source": [index[("investor", n)] for n in flows["investor"]],
        "target": [index[("recipient", n)] for n in flows["recipient"]],
        "value": flows["value"].to_numpy(),
        "deals": flows["deals"].to_numpy(),
        "investor": flows["investor"].to_numpy(),
        "recipient": flows["recipient"].to_numpy(),
        "sentence": flows["sentence"].to_numpy(),
    })
    return {"nodes": nodes, "links": links}


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
    order = {name: i for i, name in enumerate([*leaders, other])}
    return grouped.sort_values(["investor", "period"], key=lambda s: s.map(order) if s.name == "investor" else s).reset_index(drop=True)


# -- network ----------------------------------------------------------------------------------


def organisation_network(graph: Graph, relation_types: tuple[str, ...] | None = None) -> nx.MultiDiGraph:
    """Organisation-to-organisation facts as a ``MultiDiGraph``: one edge per (pair, type) with its ``facts`` count.

    The same node and edge conventions as ``Graph.to_networkx`` (so
    ``graph.analytics`` applies), but without properties or article
    lookups: on 100,000 facts it takes well under a second where the full
    export takes many, which is the difference between a usable and an
    unusable network page.  Sentences are fetched for the drawn edges only
    (``_edge_sentences``).
    """
    types = "|".join(relation_types or queries.FACT_TYPES)
    edges = graph.cypher(
        f"MATCH (a:Organization)-[x:{types}]->(b:Organization) "
        f"RETURN a.id AS source, b.id AS target, {graph.store.dialect.type_of('x')} AS type, count(*) AS facts"
    )
    G = nx.MultiDiGraph()
    if edges.empty:
        return G
    ends = set(edges["source"]) | set(edges["target"])
    orgs = graph.cypher("MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.type AS type")
    G.add_nodes_from((i, {"name": n, "type": t or "Organization", "label": "Organization"})
                     for i, n, t in zip(orgs["id"], orgs["name"], orgs["type"]) if i in ends)
    G.add_edges_from((a, b, t, {"type": t, "facts": int(n)}) for a, b, t, n in zip(edges["source"], edges["target"], edges["type"], edges["facts"]))
    return G


def _edge_sentences(graph: Graph, G: nx.MultiDiGraph, relation_types: tuple[str, ...] | None) -> None:
    """Attach each drawn edge's first evidence sentence (as ``evidence``) for its hover text."""
    if G.number_of_edges() == 0:
        return
    found = graph.cypher(
        f"MATCH (a:Organization)-[x:{'|'.join(relation_types or queries.FACT_TYPES)}]->(b:Organization) "
        f"WHERE a.id IN $ids AND b.id IN $ids "
        f"RETURN a.id AS source, b.id AS target, {graph.store.dialect.type_of('x')} AS type, x.sentences AS sentences",
        ids=list(G.nodes),
    )
    for a, b, t, sentences in zip(found["source"], found["target"], found["type"], found["sentences"]):
        if G.has_edge(a, b, key=t) and sentences and not G.edges[a, b, t].get("evidence"):
            G.edges[a, b, t]["evidence"] = list(sentences)


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
        local = nx.spring_layout(simple.subgraph(members), seed=seed, scale=r) if len(members) > 1 else {next(iter(members)): (0.0, 0.0)}
        for node, (px, py) in local.items():
            pos[node] = (x + r + float(px), y - r + float(py))
        x += 2 * r + 0.6
        row_height = max(row_height, 2 * r)
    return pos


def network_frames(G: nx.MultiDiGraph, scores: pd.Series, groups: dict[str, int] | None = None, *, seed: int = 7) -> dict[str, pd.DataFrame]:
    """Positions and display columns for drawing ``G``: one row per node and one per (pair, type).

    Node ``size`` is 12–46 px by score; parallel facts of one type between a
    pair are drawn once, their count (edge attribute ``facts``, default 1 per
    edge) and first sentence kept for hover.
    """
    pos = _packed_layout(nx.Graph(G), seed)
    top = float(scores.max()) if len(scores) and scores.max() > 0 else 1.0
    nodes = pd.DataFrame([
        {"id": n, "name": d.get("name"), "type": d.get("type") or "Organization", "label": d.get("label"),
         "score": float(scores.get(n, 0.0)), "community": (groups or {}).get(n, 0),
         "x": float(pos[n][0]), "y": float(pos[n][1])}
        for n, d in G.nodes(data=True)
    ], columns=["id", "name", "type", "label", "score", "community", "x", "y"])
    nodes["size"] = 12 + 34 * (nodes["score"] / top).clip(lower=0) ** 0.5
    edge_rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, data in G.edges(data=True):
        key = (u, v, data.get("type", ""))
        row = edge_rows.get(key)
        if row is None:
            edge_rows[key] = {"source": u, "target": v, "type": key[2], "facts": data.get("facts", 1), "sentence": _fact_hover(data),
                              "x0": pos[u][0], "y0": pos[u][1], "x1": pos[v][0], "y1": pos[v][1]}
        else:
            row["facts"] += data.get("facts", 1)
    edges = pd.DataFrame(list(edge_rows.values()),
                         columns=["source", "target", "type", "facts", "sentence", "x0", "y0", "x1", "y1"])
    edges["xm"] = (edges["x0"] + edges["x1"]) / 2
    edges["ym"] = (edges["y0"] + edges["y1"]) / 2
    names = dict(G.nodes(data="name"))
    edges["source_name"] = edges["source"].map(names)
    edges["target_name"] = edges["target"].map(names)
    return {"nodes": nodes, "edges": edges}


def network_data(
    graph: Graph,
    relation_types: tuple[str, ...] | None = None,
    centre: str | None = None,
    radius: int = 2,
    centrality: Centrality = "degree",
    max_nodes: int = 120,
    max_edges: int = 600,
) -> dict[str, Any]:
    """The organisation network to draw, reduced to what a screen can show.

    Centrality is computed on the whole (filtered) organisation graph, or on
    the ego network of ``centre`` (an id, name or alias) within ``radius``
    hops; then the ``max_nodes`` most central are drawn with at most
    ``max_edges`` of their relations (those stating the most facts),
    coloured by type or by their community (computed on the drawn graph).
    """
    G = organisation_network(graph, relation_types)
    centre_id = graph.resolve(centre) if centre else None
    if centre_id is not None and centre_id in G:
        G = analytics.ego_network(G, centre_id, radius=radius)
    scores = _scores(G, centrality)
    ranked = scores.sort_values(ascending=False, kind="stable")
    keep = list(ranked.index[:max_nodes])
    if centre_id is not None and centre_id in G and centre_id not in keep:
        keep = [centre_id, *keep[:-1]]
    shown = G.subgraph(keep).copy()
    if shown.number_of_edges() > max_edges:  # a hairball helps no one: keep the pairs with the most facts
        ranked_edges = sorted(shown.edges(keys=True, data="facts"), key=lambda e: -(e[3] or 1))
        shown.remove_edges_from([e[:3] for e in ranked_edges[max_edges:]])
    _edge_sentences(graph, shown, relation_types)
    frames = network_frames(shown, scores, analytics.communities(shown) if shown.number_of_edges() else {})
    ranking = pd.DataFrame({"id": ranked.index, "score": ranked.to_numpy()}).head(15)
    ranking["name"] = ranking["id"].map(dict(G.nodes(data="name")))
    ranking["type"] = ranking["id"].map(dict(G.nodes(data="type")))
    return {**frames, "total_nodes": G.number_of_nodes(), "total_edges": G.number_of_edges(),
            "centre_id": centre_id, "ranking": ranking}


# -- organisations and articles ------------------------------------------------------------------


def organisation_index(graph: Graph) -> pd.DataFrame:
    """Every organisation with its aliases and number of facts, most connected first (for the search box)."""
    orgs = graph.cypher("MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases")
    if orgs.empty:
        return orgs.assign(facts=pd.Series(dtype=int))
    degree: dict[str, int] = {}
    for direction in ("(n:Organization)-[x:{t}]->()", "()-[x:{t}]->(n:Organization)"):
        found = graph.cypher(f"MATCH {direction.format(t='|'.join(queries.FACT_TYPES))} RETURN n.id AS id, count(x) AS facts")
        for node_id, facts in zip(found["id"], found["facts"]):
            degree[node_id] = degree.get(node_id, 0) + int(facts)
    orgs["aliases"] = [list(a or []) for a in orgs["aliases"]]
    orgs["facts"] = orgs["id"].map(degree).fillna(0).astype(int)
    return orgs.sort_values(["facts", "name"], ascending=[False, True]).reset_index(drop=True)


PROFILE_INVESTMENT_COLUMNS = ["value_krw", "value_usd", "fx_year", "reports_differ", "other_reports"]


def _with_investment_columns(relations: pd.DataFrame, graph: Graph, node_id: str) -> pd.DataFrame:
    """The profile's relations plus each investment's values and differing reports (other facts: empty)."""
    sides = [graph.investments(investor=node_id, conflicts=True), graph.investments(recipient=node_id, conflicts=True)]
    extra = pd.concat(sides, ignore_index=True).drop_duplicates("id").set_index("id")[PROFILE_INVESTMENT_COLUMNS]
    out = relations.join(extra, on="id")
    out["reports_differ"] = [r is True or r == 1 for r in out["reports_differ"]]
    out["other_reports"] = [r if isinstance(r, list) else [] for r in out["other_reports"]]
    return out


def organisation_profile(graph: Graph, name_or_alias: str) -> dict[str, Any] | None:
    """``Graph.profile`` plus a dated event list; None when no organisation has that name or alias."""
    node_id = graph.resolve(name_or_alias)
    if node_id is None:
        return None
    profile = graph.profile(node_id)
    relations = _with_investment_columns(profile["relations"], graph, node_id)
    relations["when"] = relations["date"].combine_first(relations["start_date"]).combine_first(relations["published"])
    relations["sentence"] = [ev[0] if len(ev) else "" for ev in relations["evidence"]]
    events = relations[relations["when"].notna()].sort_values("when").reset_index(drop=True)
    return {**profile, "relations": relations, "events": events}


def article_list(graph: Graph, language: str | None = None) -> pd.DataFrame:
    """Ingested articles (of one ``language`` when given), newest first, with how many facts and entities were read from each."""
    articles = graph.cypher(
        "MATCH (art:Article) RETURN art.id AS id, art.title AS title, art.published AS published, "
        "art.publisher AS publisher, art.url AS url, art.ingested_at AS ingested_at, art.language AS language"
    )
    if language:
        articles = articles[articles["language"] == language]
    facts = graph.cypher(f"MATCH ()-[x:{'|'.join(queries.FACT_TYPES)}]->() UNWIND x.articles AS id RETURN id, count(*) AS facts")
    mentions = graph.cypher("MATCH ()-[m:MENTIONED_IN]->(art:Article) RETURN art.id AS id, count(m) AS entities")
    merged = articles.merge(facts, on="id", how="left").merge(mentions, on="id", how="left")
    merged[["facts", "entities"]] = merged[["facts", "entities"]].fillna(0).astype(int)
    return merged.sort_values(["published", "id"], ascending=[False, True], na_position="last").reset_index(drop=True)


def article_facts(graph: Graph, article_id: str) -> dict[str, Any]:
    """The facts one article states, each with the sentence from *that* article, and their small graph."""
    columns = ", ".join(f"x.{p} AS {p}" for p in ("id", "amount", "currency", "date", "evidence", "confidence"))
    dialect = graph.store.dialect
    facts = graph.cypher(
        f"MATCH (a)-[x:{'|'.join(queries.FACT_TYPES)}]->(b) WHERE $id IN x.articles "
        f"RETURN {dialect.type_of('x')} AS type, a.id AS source_id, a.name AS source, "
        f"coalesce(a.type, {dialect.label_of('a')}) AS source_type, b.id AS target_id, b.name AS target, "
        f"coalesce(b.type, {dialect.label_of('b')}) AS target_type, {columns}",
        id=article_id,
    )
    facts["sentence"] = [_sentence_from(raw, article_id) for raw in facts["evidence"]]
    facts = facts.drop(columns="evidence").sort_values(["type", "source", "target"]).reset_index(drop=True)
    G = nx.MultiDiGraph()
    for row in facts.itertuples():
        for end in ("source", "target"):
            kind = getattr(row, f"{end}_type")
            G.add_node(getattr(row, f"{end}_id"), name=getattr(row, end), type=kind,
                       label="Organization" if kind not in ("Person", "Technology") else kind)
        G.add_edge(row.source_id, row.target_id, key=row.id, type=row.type, evidence=[row.sentence])
    degree = pd.Series(dict(nx.Graph(G).degree()), dtype=float)
    return {"facts": facts, **network_frames(G, degree)}


def _sentence_from(evidence_json: str | None, article_id: str) -> str:
    items = json.loads(evidence_json) if evidence_json else []
    own = [e["text"] for e in items if e.get("article_id") == article_id]
    return own[0] if own else (items[0]["text"] if items else "")


# -- ingest runs ------------------------------------------------------------------------------


RUN_COLUMNS = ["id", "started_at", "finished_at", "status", "counts"]
RUN_FACT_COLUMNS = [
    "run_id", "type", "source", "source_type", "target", "target_type", "amount", "currency", "date",
    "fact_id", "fact_articles", "first_run", "article_id", "article_title", "url", "ingested_at", "sentence",
]


def ingest_runs(graph: Graph, limit: int = 50) -> pd.DataFrame:
    """The latest ``limit`` IngestRun records, newest first (``counts`` parsed from JSON)."""
    runs = graph.cypher(
        "MATCH (run:IngestRun) RETURN run.id AS id, run.started_at AS started_at, run.finished_at AS finished_at, "
        "run.status AS status, run.counts AS counts ORDER BY run.started_at DESC LIMIT $limit",
        limit=limit,
    )
    runs["counts"] = [json.loads(c) if c else {} for c in runs["counts"]]
    return runs[RUN_COLUMNS]


def run_facts(graph: Graph, limit: int = 50) -> pd.DataFrame:
    """Facts stated by the articles each of the latest ``limit`` runs wrote, one row per (fact, article), each
    with that article's sentence; ``first_run`` is the run that added the fact (None: before these runs).

    An article belongs to the run whose ``[started_at, finished_at]`` holds
    its ``ingested_at`` (set when it is written, rewritten when it changes),
    so nothing extra is stored per fact and a re-ingest of unchanged articles
    adds nothing.  A run still going (no ``finished_at``) reaches to now.
    """
    runs = ingest_runs(graph, limit)
    if runs.empty:
        return pd.DataFrame(columns=RUN_FACT_COLUMNS)
    start = min(runs["started_at"])
    articles = graph.cypher(
        "MATCH (art:Article) WHERE art.ingested_at >= $start RETURN art.id AS article_id, art.title AS article_title, "
        "art.url AS url, art.ingested_at AS ingested_at",
        start=start.to_pydatetime() if hasattr(start, "to_pydatetime") else start,
    )
    owner: dict[str, str] = {}
    for run in runs.itertuples():
        end = run.finished_at if run.finished_at is not None and not pd.isna(run.finished_at) else pd.Timestamp.max
        inside = articles[(articles["ingested_at"] >= run.started_at) & (articles["ingested_at"] <= end)]
        owner.update({a: run.id for a in inside["article_id"] if a not in owner})
    if not owner:
        return pd.DataFrame(columns=RUN_FACT_COLUMNS)
    dialect = graph.store.dialect
    facts = graph.cypher(
        f"MATCH (a)-[x:{'|'.join(queries.FACT_TYPES)}]->(b) UNWIND x.articles AS article_id "
        f"WITH a, x, b, article_id WHERE article_id IN $ids "
        f"RETURN {dialect.type_of('x')} AS type, a.name AS source, coalesce(a.type, {dialect.label_of('a')}) AS source_type, "
        f"b.name AS target, coalesce(b.type, {dialect.label_of('b')}) AS target_type, x.amount AS amount, "
        "x.currency AS currency, x.date AS date, x.id AS fact_id, x.articles AS fact_articles, x.evidence AS evidence, article_id",
        ids=list(owner),
    )
    facts["run_id"] = facts["article_id"].map(owner)
    ingested = dict(zip(articles["article_id"], articles["ingested_at"]))
    facts["first_run"] = [_first_run(stated, ingested, owner) for stated in facts["fact_articles"]]
    facts["sentence"] = [_sentence_from(raw, a) for raw, a in zip(facts["evidence"], facts["article_id"])]
    merged = facts.drop(columns="evidence").merge(articles, on="article_id", how="left")
    return merged[RUN_FACT_COLUMNS]


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
            frame[column] = frame[column].map(lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v)
    return frame


EXAMPLE_QUERIES: dict[str, str] = {
    "largest_investments": (
        "MATCH (a:Organization)-[x:INVESTED_IN]->(b:Organization)\n"
        "WHERE x.amount IS NOT NULL\n"
        "RETURN a.name AS investor, b.name AS recipient, x.amount AS amount, x.currency AS currency,\n"
        "       x.amount_usd AS amount_usd, x.date AS date\n"
        "ORDER BY coalesce(x.amount_usd, -1.0) DESC LIMIT 25"
    ),
    "university_partners": (
        "MATCH (a:Organization)-[x:PARTNERS_WITH]-(u:Organization)\n"
        "WHERE u.type = 'University'\n"
        "RETURN a.name AS organisation, u.name AS university, x.sentences AS evidence LIMIT 50"
    ),
    "ai_labs_established": (
        "MATCH (g:Organization)-[x:ESTABLISHED]->(lab:Organization)\n"
        "RETURN g.name AS founder, lab.name AS lab, lab.type AS type, x.date AS date LIMIT 50"
    ),
    "organisations_by_type": "MATCH (n:Organization)\nRETURN n.type AS type, count(n) AS organisations\nORDER BY organisations DESC",
    "recent_articles": (
        "MATCH (art:Article)\n"
        "RETURN art.title AS title, art.published AS published, art.url AS url\n"
        "ORDER BY art.published DESC LIMIT 20"
    ),
}


def baseline(graph: Graph) -> int:
    """One aggregate scan over every investment: the unit the benchmark measures every page against (issue 11)."""
    found = graph.cypher("MATCH ()-[r:INVESTED_IN]->() RETURN count(r) AS n, sum(r.amount_usd) AS usd")
    return int(found.iloc[0]["n"])

