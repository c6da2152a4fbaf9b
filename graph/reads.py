"""Named reads behind the dashboard's pages (and handy in notebooks): Cypher in, a DataFrame out.

The page data (``aigraph.dashboard.pagedata``) shapes these frames; the
Cypher stays here, in ``graph/``, next to the stored schema it depends on.
Reads over many facts go through the stored aggregates
(``graph.aggregates``), so a page costs a few small reads, not a pass over
every fact; every read that lists things takes a ``limit``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

import pandas as pd

from aigraph.core.vocabulary import RELATION_ENDPOINTS, label_of_id
from aigraph.graph import aggregates, fact_rows, org_links, queries
from aigraph.graph.api import Graph
from aigraph.graph.conflicts import differing
from aigraph.graph.curation import decision_marker
from aigraph.graph.schema import AGGREGATE_PROPERTIES

# Fact types that can join two organisations: the organisation network is drawn from these.
ORG_FACT_TYPES: tuple[str, ...] = tuple(
    rel.value for rel, ends in RELATION_ENDPOINTS.items() if ("Organization", "Organization") in ends
)
_ALL_FACTS = "|".join(queries.FACT_TYPES)


def _types(relation_types: Sequence[str] | None) -> str:
    return "|".join(relation_types or queries.FACT_TYPES)


def _linked(relation_types: Sequence[str] | None) -> bool:
    """Whether the stored links (``graph.org_links``, every fact between two organisations) answer a read of
    these fact types: they include every type that can join two organisations."""
    return set(ORG_FACT_TYPES) <= set(relation_types or ORG_FACT_TYPES)


# Saved console queries (the dashboard's examples; they run on both backends).
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


def _rows_by_ids(graph: Graph, label: str, ids: Sequence[str], columns: dict[str, str]) -> list[dict[str, Any]]:
    """``columns`` (name -> expression over ``s``) of the ``label`` rows with these ids, as records in the order of ``ids``.

    The second half of every ranked read: the ranking query returns only ids
    (LadybugDB reads every returned column of every row it sorts, so wide
    text columns cost a whole scan), and the few rows picked are then read by
    primary key.  Records, not a frame: a page's few rows are ordered and
    shaped faster in Python than through pandas.
    """
    if not len(ids):
        return []
    found = graph._records(
        f"UNWIND $ids AS i MATCH (s:{label}) WHERE s.id = i RETURN s.id AS id, "
        + ", ".join(f"{expr} AS {name}" for name, expr in columns.items()),
        ids=list(ids),
    )
    order = {i: k for k, i in enumerate(ids)}
    return sorted(found, key=lambda row: order[row["id"]])


def _by_ids(graph: Graph, label: str, ids: Sequence[str], columns: dict[str, str]) -> pd.DataFrame:
    """``_rows_by_ids`` as a frame."""
    return pd.DataFrame(_rows_by_ids(graph, label, ids, columns), columns=["id", *columns])


def _top(
    graph: Graph,
    match: str,
    key: str,
    ties: Sequence[str],
    limit: int,
    columns: dict[str, str],
    **params: object,
) -> pd.DataFrame:
    """``_top_rows`` as a frame."""
    return pd.DataFrame(_top_rows(graph, match, key, ties, limit, columns, **params), columns=["id", *columns])


def _top_rows(
    graph: Graph,
    match: str,
    key: str,
    ties: Sequence[str],
    limit: int,
    columns: dict[str, str],
    **params: object,
) -> list[dict[str, Any]]:
    """The ``limit`` rows ``match`` finds (it binds ``s`` and ends in a ``WHERE`` condition) with the largest
    ``key``, ties in the order of the ``ties`` columns (ascending), with ``columns``.

    The store sorts the keys alone (sorting ids or text too would make
    LadybugDB read them for every row), then returns ``columns`` of every row
    whose key reaches the ``limit``-th: the rows tied with the last one may
    come first by the tie-breaking columns, which are compared here.  That
    bound is a literal, so LadybugDB narrows the scan before it reads the
    columns (one read: 500 organisations' rows read by id took three times longer).  Neo4j ranks the rows
    with their columns in one read (``Dialect.ranks_keys_first``).
    """
    returned = ", ".join(f"{expr} AS {name}" for name, expr in {"_key": key, **columns}.items())
    if graph.store.dialect.ranks_keys_first:
        keys = graph._records(f"{match} RETURN {key} AS key ORDER BY key DESC LIMIT $limit", limit=limit, **params)
        if not keys:
            return []
        last = queries.literal(keys[-1]["key"])  # a literal: LadybugDB then narrows the scan first
        rows = graph._records(f"{match} AND {key} >= {last} RETURN s.id AS id, {returned}", **params)
    else:  # one read (``Dialect.ranks_keys_first``); the order is set below all the same
        order = ", ".join(["_key DESC", *ties])
        rows = graph._records(
            f"{match} RETURN s.id AS id, {returned} ORDER BY {order} LIMIT $limit", limit=limit, **params
        )
    rows.sort(key=lambda row: [queries.missing_last(row[t]) for t in ties])
    rows.sort(key=lambda row: row["_key"], reverse=True)  # stable: ties keep the order above
    return rows[:limit]


def investment_scan(graph: Graph) -> int:
    """One aggregate scan over every investment: the benchmark's unit (issue 11); returns how many there are."""
    found = graph.cypher("MATCH ()-[r:INVESTED_IN]->() RETURN count(r) AS n, sum(r.amount_usd) AS usd")
    return int(found.iloc[0]["n"])


# -- counts and runs ---------------------------------------------------------------------------------


def ingest_state(graph: Graph) -> dict[str, object]:
    """Article count, latest article ingest and latest finished run: it changes whenever an ingest run writes."""
    articles = graph.cypher("MATCH (art:Article) RETURN count(art) AS n, max(art.ingested_at) AS latest")
    runs = graph.cypher("MATCH (run:IngestRun) RETURN count(run) AS n, max(run.finished_at) AS latest")
    return {
        "articles": int(articles.iloc[0]["n"]),
        "latest_article": articles.iloc[0]["latest"],
        "runs": int(runs.iloc[0]["n"]),
        "latest_run": runs.iloc[0]["latest"],
        "decisions": decision_marker(graph.store),  # an analyst's decision changes the graph too
    }


def organisation_types(graph: Graph) -> pd.DataFrame:
    return graph.cypher("MATCH (n:Organization) RETURN n.type AS type, count(n) AS count ORDER BY count DESC, type")


def people_count(graph: Graph) -> int:
    return int(graph.cypher("MATCH (p:Person) RETURN count(p) AS n").iloc[0, 0])


def ingest_runs(graph: Graph, limit: int) -> pd.DataFrame:
    """The latest ``limit`` IngestRun records, newest first (``counts`` still JSON text)."""
    return graph.cypher(
        "MATCH (run:IngestRun) RETURN run.id AS id, run.started_at AS started_at, run.finished_at AS finished_at, "
        "run.status AS status, run.counts AS counts ORDER BY run.started_at DESC LIMIT $limit",
        limit=limit,
    )


# -- money from the aggregates ---------------------------------------------------------------------------


def money_sums(graph: Graph) -> pd.DataFrame:
    """The whole graph's investments per effective year, stated currency and rate-year (``MoneySum`` rows)."""
    return graph.cypher(
        "MATCH (s:MoneySum) RETURN s.year AS year, s.currency AS currency, s.fx_year AS fx_year, s.amount AS amount, "
        "s.value_krw AS value_krw, s.value_usd AS value_usd, s.deals AS deals"
    )


def conflict_count(graph: Graph) -> int:
    """Investments whose reports differ (``graph.conflicts``), counted once each on the investor's side."""
    found = graph.cypher("MATCH (s:OrgStats) RETURN sum(s.conflicts) AS n")
    return int(found.iloc[0, 0] or 0)


def top_organisations(
    graph: Graph, side: Literal["investor", "recipient"], value_column: str, limit: int
) -> pd.DataFrame:
    """The ``limit`` organisations that gave (``investor``) or got (``recipient``) the most, in ``value_column``."""
    prefix = "invested" if side == "investor" else "received"
    total = f"s.{prefix}_{value_column.removeprefix('value_')}"
    columns = {"name": "s.name", "type": "s.type", "total": total, "deals": f"s.{prefix}_deals"}
    return _top(graph, f"MATCH (s:OrgStats) WHERE {total} > 0", total, ["name"], limit, columns)


def largest_flows(graph: Graph, value_column: str, limit: int) -> pd.DataFrame:
    """The ``limit`` largest investor→recipient flows (``PairSum`` rows) in ``value_column``, ties by investor
    and recipient: the rows of the bands that hold them (``_lowest_band``), narrowed here."""
    currency = value_column.removeprefix("value_")
    names = ["investor", "investor_type", "recipient", "recipient_type"]
    columns = {
        **{n: f"s.{n}" for n in names},
        "value": f"s.{value_column}",
        "deals": "s.deals",
        "sentence": "s.sentence",
    }
    lowest = _lowest_band(graph, "PairSum", currency, limit)
    band = f"s.band_{currency}"
    rows = graph._records(
        f"MATCH (s:PairSum) WHERE {band} {'IS NOT NULL' if lowest is None else f'>= {queries.literal(lowest)}'} "
        "RETURN " + ", ".join(f"{expr} AS {name}" for name, expr in columns.items())
    )
    rows.sort(
        key=lambda row: (-row["value"], queries.missing_last(row["investor"]), queries.missing_last(row["recipient"]))
    )
    return pd.DataFrame(rows[:limit], columns=list(columns))


def _lowest_band(graph: Graph, label: str, currency: str, limit: int) -> int | None:
    """The lowest value band that, with the bands above it, holds the ``limit`` largest ``label`` rows in
    ``currency`` (``BandCount``: a few hundred rows, never the ranked rows themselves); None when every
    banded row is needed.  Every band holds a row, so the ``limit`` highest bands are all it may need (on
    Neo4j each record sent costs more than the read: 200 bands cost two ``PairSum`` reads)."""
    bands = graph._records(
        "MATCH (b:BandCount) WHERE b.label = $label AND b.currency = $currency "
        "RETURN b.band AS band, b.rows AS n ORDER BY band DESC LIMIT $limit",
        label=label,
        currency=currency,
        limit=limit,
    )
    reached = 0
    for row in sorted(bands, key=lambda row: row["band"], reverse=True):
        reached += row["n"]
        if reached >= limit:
            return int(row["band"])
    return None


def largest_investments(graph: Graph, value_column: str, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` largest investments in ``value_column`` (``InvestmentRow`` records with ``other_reports``,
    a list; ties by id; unsorted), or every priced one plus up to ``limit`` unpriced when there are fewer.

    Rows carry ``band`` = floor(16 log2(value)); the stored counts per band (``_lowest_band``) tell which
    bands hold the top ``limit``, and only those are read, never sorted in the store: their ids and
    values, then the wide columns of the ``limit`` largest.
    """
    band = f"r.band_{value_column.removeprefix('value_')}"
    lowest = _lowest_band(graph, "InvestmentRow", value_column.removeprefix("value_"), limit)
    if lowest is not None:  # those bands' ids and values, narrowed here to the ``limit`` largest (ties by id)
        found = graph._records(  # the bound a literal (``queries.literal``)
            f"MATCH (r:InvestmentRow) WHERE {band} >= {queries.literal(lowest)} "
            f"RETURN r.id AS id, r.{value_column} AS value"
        )
        ids = sorted(found, key=lambda row: (-row["value"], row["id"]))[:limit]
    else:
        priced = graph._records(f"MATCH (r:InvestmentRow) WHERE {band} IS NOT NULL RETURN r.id AS id")
        unpriced = graph._records(
            f"MATCH (r:InvestmentRow) WHERE {band} IS NULL RETURN r.id AS id ORDER BY r.id LIMIT $limit", limit=limit
        )
        ids = [*priced, *unpriced]
    columns = {p: f"s.{p}" for p in AGGREGATE_PROPERTIES["InvestmentRow"] if p != "id"}
    return _with_other_reports(graph, _rows_by_ids(graph, "InvestmentRow", [r["id"] for r in ids], columns))


def _with_other_reports(graph: Graph, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (``InvestmentRow``) plus ``other_reports`` (a list, empty unless the reports differ): the
    differing reports of each one's deal, from its pair's ``PairSum.reports``, read only for the rows whose
    reports differ (kept as lists: encoding them as JSON for the page to decode cost more than their read)."""
    differ = [row for row in rows if row["reports_differ"] is True]
    pairs = sorted({f"{row['investor_id']}|{row['recipient_id']}" for row in differ})
    stored = _rows_by_ids(graph, "PairSum", pairs, {"reports": "s.reports"})
    reports = {row["id"]: json.loads(str(row["reports"])) for row in stored if row["reports"]}
    for row in rows:
        pair = f"{row['investor_id']}|{row['recipient_id']}"
        marked = row["reports_differ"] is True
        row["other_reports"] = differing(str(row["id"]), reports.get(pair, [])) if marked else []
    return rows


def investor_years(graph: Graph, investor_ids: Sequence[str], value_column: str, sums: pd.DataFrame) -> pd.DataFrame:
    """Per investor and effective year the summed ``value_column`` and deals (dated investments only).

    The rows are read by their ids (``aggregates.investor_year_id``): each
    investor with every dated (year, currency, rate-year) of ``sums`` (the
    ``money_sums`` rows, which hold every one), so the store looks up keys
    (``investor_id`` is not one: it would join every ``InvestorYear`` row by hash).
    """
    keys = [
        (_whole(year), currency if isinstance(currency, str) else None, _whole(fx_year))
        for year, currency, fx_year in zip(sums["year"], sums["currency"], sums["fx_year"])
        if not pd.isna(year)
    ]
    ids = [aggregates.investor_year_id(i, *key) for i in investor_ids for key in keys]
    found = graph._records(
        f"UNWIND $ids AS i MATCH (s:InvestorYear) WHERE s.id = i "
        f"RETURN s.investor_id AS investor_id, s.year AS year, s.{value_column} AS value, s.deals AS deals",
        ids=ids,
    )
    values: dict[tuple[str, int], float | None] = {}
    deals: Counter[tuple[str, int]] = Counter()
    for row in found:  # a year whose values are all unconvertible sums to none, not to 0
        key = (str(row["investor_id"]), int(row["year"]))
        known = None if pd.isna(row["value"]) else float(row["value"])
        previous = values.get(key)
        values[key] = known if previous is None else previous + (known or 0.0)
        deals[key] += int(row["deals"] or 0)
    return pd.DataFrame(
        [(i, y, values[i, y], deals[i, y]) for i, y in sorted(values)],
        columns=["investor_id", "year", "value", "deals"],
    )


def _whole(number: object) -> int | None:
    """A year read into a frame (a float where the column has gaps) as the whole number the row ids hold."""
    return None if pd.isna(number) else int(number)  # type: ignore[call-overload]


def organisation_names(graph: Graph, ids: Sequence[str]) -> pd.DataFrame:
    """Name and type of organisations by id (primary-key lookups)."""
    return _by_ids(graph, "Organization", ids, {"name": "s.name", "type": "s.type"})


# -- organisations and the network ----------------------------------------------------------------------


def organisation_index(graph: Graph, limit: int) -> pd.DataFrame:
    """The ``limit`` organisations with the most facts, with aliases (a list, empty when none) (``OrgStats``).

    Shaped as columns and made a frame once: the search boxes' 500 rows cost about as much through a
    chain of frame operations as the two reads."""
    columns = {"name": "s.name", "type": "s.type", "aliases": "s.aliases"}
    rows = _top_rows(graph, "MATCH (s:OrgStats) WHERE s.facts IS NOT NULL", "s.facts", ["name"], limit, columns)
    if not rows:
        return pd.DataFrame(columns=["id", *columns]).assign(facts=pd.Series(dtype="int64"))
    shaped: dict[str, list[Any]] = {c: [row[c] for row in rows] for c in ("id", "name", "type")}
    shaped["aliases"] = [list(row["aliases"] or []) for row in rows]
    facts = pd.Series([int(row["_key"]) for row in rows], dtype="int64")
    return pd.DataFrame({**shaped, "facts": facts}, columns=["id", "name", "type", "aliases", "facts"])


def fact_count(graph: Graph, entity_id: str, default: int) -> int:
    """How many facts an organisation takes part in (``OrgStats``); ``default`` for people and technologies."""
    found = graph.cypher("MATCH (s:OrgStats) WHERE s.id = $id RETURN s.facts AS n", id=entity_id)
    return int(found.iloc[0, 0]) if len(found) else default


def organisation_degrees(graph: Graph, limit: int, ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Organisations by their number of distinct organisation neighbours (degree centrality), most first."""
    among = "UNWIND $ids AS i MATCH (s:OrgStats) WHERE s.id = i AND" if ids is not None else "MATCH (s:OrgStats) WHERE"
    columns = {"name": "s.name", "type": "s.type", "score": "s.neighbours"}
    scope = {"ids": list(ids)} if ids is not None else {}
    return _top(graph, f"{among} s.neighbours > 0", "s.neighbours", ["id"], limit, columns, **scope)


def connected_organisations(graph: Graph) -> int:
    return int(graph.cypher("MATCH (s:OrgStats) WHERE s.neighbours > 0 RETURN count(s) AS n").iloc[0, 0])


def organisation_edges(
    graph: Graph,
    relation_types: Sequence[str] | None = None,
    ids: Sequence[str] | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Organisation-to-organisation facts per (pair, type) with their count and one evidence sentence (for
    hover text); only among ``ids`` when given; only the ``limit`` pairs stating the most facts when given
    (ties by source, target and type), cut in the store so the rest are never sent.

    Among ``ids``, of every type that joins organisations, they are read from the stored links
    (``_stored_edges``), not grouped from the facts."""
    if ids is not None and _linked(relation_types):
        return _stored_edges(graph, ids, limit)
    where = " WHERE a.id IN $ids AND b.id IN $ids" if ids is not None else ""
    top = " ORDER BY facts DESC, source, target, type LIMIT $limit" if limit is not None else ""
    dialect = graph.store.dialect
    return graph.cypher(
        f"MATCH (a:Organization)-[x:{_types(relation_types)}]->(b:Organization){where} "
        f"RETURN a.id AS source, b.id AS target, {dialect.type_of('x')} AS type, count(*) AS facts, "
        f"min({dialect.first_item('x.sentences')}) AS sentence{top}",
        **({"ids": list(ids)} if ids is not None else {}),
        **({"limit": limit} if limit is not None else {}),
    )


_EDGE_COLUMNS = ["source", "target", "type", "facts", "sentence"]


def _stored_edges(graph: Graph, ids: Sequence[str], limit: int | None) -> pd.DataFrame:
    """``organisation_edges`` among ``ids`` from the stored ``ORG_LINK``s: the same rows, in the same order.

    LadybugDB sorts the link counts alone and then reads the links whose count reaches the ``limit``-th (a
    literal bound; ties ordered here), as ``_top_rows`` does: sorting them with their ids and sentences
    made it read those for every link among ``ids``."""
    match = f"MATCH (a:{org_links.NODE})-[x:{org_links.LINK}]->(b:{org_links.NODE}) WHERE a.id IN $ids AND b.id IN $ids"
    returned = "a.id AS source, b.id AS target, x.type AS type, x.facts AS facts, x.sentence AS sentence"
    if limit is None:
        rows = graph._records(f"{match} RETURN {returned}", ids=list(ids))
    elif graph.store.dialect.ranks_keys_first:
        keys = graph._records(
            f"{match} RETURN x.facts AS key ORDER BY key DESC LIMIT $limit", ids=list(ids), limit=limit
        )
        bound = f" AND x.facts >= {queries.literal(keys[-1]['key'])}" if len(keys) == limit else ""
        rows = graph._records(f"{match}{bound} RETURN {returned}", ids=list(ids))
        rows.sort(key=lambda row: (-row["facts"], row["source"], row["target"], row["type"]))
        rows = rows[:limit]
    else:
        rows = graph._records(
            f"{match} RETURN {returned} ORDER BY facts DESC, source, target, type LIMIT $limit",
            ids=list(ids),
            limit=limit,
        )
    return pd.DataFrame(rows, columns=_EDGE_COLUMNS).astype({"facts": "int64"})


def raw_organisation_edges(graph: Graph, relation_types: Sequence[str] | None = None) -> pd.DataFrame:
    """``organisation_edges`` of the whole graph as extracted, before the fact decisions (``graph.raw``):
    read from every fact, not from the aggregates."""
    people_or_tech = {"Person", "Technology"}
    facts = pd.DataFrame(
        [
            {
                "source": r["source_id"],
                "target": r["target_id"],
                "type": r["type"],
                "sentence": min(r["evidence"] or [""]),
            }
            for r in graph._fact_rows(relation_types or queries.FACT_TYPES, raw=True)
            if not {r["source_type"], r["target_type"]} & people_or_tech
        ],
        columns=["source", "target", "type", "sentence"],
    )
    return (
        facts.groupby(["source", "target", "type"])
        .agg(facts=("sentence", "size"), sentence=("sentence", "min"))
        .reset_index()
    )


def organisation_links(
    graph: Graph, ids: Sequence[str], limit: int, relation_types: Sequence[str] | None = None
) -> pd.DataFrame:
    """The ``limit`` organisations linked to any of ``ids`` (either direction) by the most facts, ties by id,
    each with that number of facts (``weight``); cut in the store, so a hub's thousands of neighbours are not sent.

    One id is matched by equality, which LadybugDB answers from the primary key and that node's
    adjacency; several with ``IN``, which compares each organisation with the list (keep it short: an
    ``UNWIND`` of the ids would make LadybugDB join every fact of the types by hash instead).  Of every type
    that joins organisations, the weights are the stored pairs' (``graph.org_links``: an organisation is
    not its own neighbour there), not counted from the facts.
    """
    where = "a.id = $id" if len(ids) == 1 else "a.id IN $ids"
    if _linked(relation_types):
        weight = "x.facts" if len(ids) == 1 else "sum(x.facts)"  # one id: each neighbour is one stored pair
        pattern = f"(a:{org_links.NODE})-[x:{org_links.PAIR}]-(b:{org_links.NODE})"
    else:
        weight, pattern = "count(x)", f"(a:Organization)-[x:{_types(relation_types)}]-(b:Organization)"
    return graph.cypher(
        f"MATCH {pattern} WHERE {where} RETURN b.id AS id, {weight} AS weight ORDER BY weight DESC, id LIMIT $limit",
        limit=limit,
        **({"id": ids[0]} if len(ids) == 1 else {"ids": list(ids)}),
    )


def organisations(graph: Graph) -> pd.DataFrame:
    return graph.cypher("MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.type AS type")


# -- articles ----------------------------------------------------------------------------------------------


def newest_articles(graph: Graph, limit: int, language: str | None = None) -> pd.DataFrame:
    """The ``limit`` most recently published articles (of one ``language`` when given), undated ones last, ties by id.

    Ranked on the dates alone; when the last kept one is dated, the ids of every article published no
    earlier are read and the ties broken here (else the ranking is repeated with the ids); then the shown
    columns are read for those ids (``_by_ids``).
    """
    where = "art.language = $language" if language else ""
    scope = {"language": language} if language else {}
    dates = graph._records(
        f"MATCH (art:Article){' WHERE ' + where if where else ''} RETURN art.published AS published "
        "ORDER BY published IS NULL, published DESC LIMIT $limit",
        limit=limit,
        **scope,
    )
    if len(dates) == limit and dates[-1]["published"] is not None:
        found = graph._records(  # the bound a literal (``queries.literal``)
            f"MATCH (art:Article) WHERE {where + ' AND ' if where else ''}"
            f"art.published >= {queries.literal(dates[-1]['published'])} RETURN art.id AS id, art.published AS published",
            **scope,
        )
        found.sort(key=lambda row: row["id"])
        found.sort(key=lambda row: row["published"], reverse=True)
    else:
        found = graph._records(
            f"MATCH (art:Article){' WHERE ' + where if where else ''} RETURN art.id AS id, art.published AS published "
            "ORDER BY published IS NULL, published DESC, id LIMIT $limit",
            limit=limit,
            **scope,
        )
    columns = ["title", "published", "publisher", "url", "ingested_at", "language"]
    return _by_ids(graph, "Article", [row["id"] for row in found[:limit]], {c: f"s.{c}" for c in columns})


def article_counts(graph: Graph, ids: Sequence[str]) -> pd.DataFrame:
    """Per article how many facts it states (``ArticleStats``) and how many entities it mentions (absent: none)."""
    facts = graph._records(
        "UNWIND $ids AS i MATCH (s:ArticleStats) WHERE s.id = i RETURN s.id AS id, s.facts AS facts", ids=list(ids)
    )
    mentions = graph._records(
        "UNWIND $ids AS i MATCH (art:Article)<-[m:MENTIONED_IN]-() WHERE art.id = i RETURN art.id AS id, count(m) AS entities",
        ids=list(ids),
    )
    stated = {row["id"]: row["facts"] or 0 for row in facts}
    mentioned = {row["id"]: row["entities"] for row in mentions}
    return pd.DataFrame(
        [(i, int(stated.get(i, 0)), int(mentioned.get(i, 0))) for i in ids], columns=["id", "facts", "entities"]
    )


def articles_since(graph: Graph, start: datetime) -> list[dict[str, Any]]:
    """Id and ingest time of every article ingested at or after ``start`` (titles and links: ``article_links``).

    Two columns, and on LadybugDB the bound a literal (``queries.literal_timestamp``): with a
    parameter and the titles it read every article's title first (1M facts: 38 ms against 3 ms).
    """
    bound = queries.literal_timestamp(graph.store.dialect, start)
    return graph._records(
        f"MATCH (art:Article) WHERE art.ingested_at >= {bound or '$start'} "
        "RETURN art.id AS article_id, art.ingested_at AS ingested_at",
        **({} if bound else {"start": start}),
    )


def article_links(graph: Graph, ids: Sequence[str]) -> dict[str, tuple[Any, Any]]:
    """Title and link of articles by id (primary-key lookups)."""
    return {row["id"]: (row["title"], row["url"]) for row in graph._records(queries.articles(), ids=list(ids))}


# Up to this many ids, a fact lookup filters with ``IN $list``; above, it joins an ``UNWIND`` of them by hash.
# LadybugDB compares every fact with every listed id (60 times slower than the join for 600 ids) but the
# join reads every fact's wide columns before it drops the unmatched ones (twice as slow for an article's few facts).
FEW_IDS = 50


def article_facts(graph: Graph, article_ids: Sequence[str]) -> pd.DataFrame:
    """``article_fact_rows`` as a frame (``ARTICLE_FACT_COLUMNS``)."""
    rows = article_fact_rows(graph, article_ids)
    return pd.DataFrame([[row[c] for c in ARTICLE_FACT_COLUMNS] for row in rows], columns=ARTICLE_FACT_COLUMNS)


def article_fact_rows(graph: Graph, article_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Every fact stated by one of ``article_ids``, one record per (fact, stating article), with its evidence JSON.

    The way in is each article's stored list of its facts (``ArticleStats.fact_refs``, ``fact_rows.FactRef``s).
    A few facts are read from their sources' adjacency (``_facts_from_sources``: no fact table is scanned);
    the rest, and any not found there, are looked up by id, type by type.  A fact is paired with the listed articles that state it
    here, not in Cypher (an ``UNWIND`` of its articles made LadybugDB unwind them for every fact of the type);
    records, not frames: an article's few facts cost more in pandas than in the store.
    """
    refs = graph._records(
        "UNWIND $ids AS i MATCH (s:ArticleStats) WHERE s.id = i UNWIND s.fact_refs AS ref RETURN DISTINCT ref",
        ids=list(article_ids),
    )
    parsed = [fact_rows.FactRef.decode(row["ref"]) for row in refs]
    anchored = [ref for ref in parsed if ref.source] if len(parsed) <= FEW_IDS else []
    facts = _facts_from_sources(graph, anchored) if anchored else []
    seen = {fact["id"] for fact in facts}
    rest = [ref for ref in parsed if ref.id not in seen]  # a store not rewritten since refs named sources
    facts += _facts_by_id(graph, rest) if rest else []
    wanted = set(article_ids)
    return [
        {**fact, "article_id": article}
        for fact in facts
        for article in list(fact["fact_articles"] or [])
        if article in wanted
    ]


def _article_fact_columns(graph: Graph, source_label: str = "") -> str:
    dialect = graph.store.dialect
    return (
        f"{dialect.type_of('x')} AS type, a.id AS source_id, a.name AS source, "
        f"{queries._endpoint_type(dialect, 'a', source_label)} AS source_type, b.id AS target_id, b.name AS target, "
        f"coalesce(b.type, {dialect.label_of('b')}) AS target_type, x.amount AS amount, x.currency AS currency, "
        "x.date AS date, x.id AS id, x.articles AS fact_articles, x.evidence AS evidence, x.confidence AS confidence"
    )


def _facts_from_sources(graph: Graph, refs: list[fact_rows.FactRef]) -> list[dict[str, Any]]:
    """The facts ``refs`` name, found from their sources by key, one query per source label
    (an entity id starts with its label): LadybugDB then reads only those sources' adjacency."""
    by_label: dict[str, list[fact_rows.FactRef]] = {}
    for ref in refs:
        by_label.setdefault(label_of_id(ref.source) or "", []).append(ref)
    return [
        fact
        for label, group in sorted(by_label.items())
        for fact in graph._records(
            f"MATCH (a{':' + label if label else ''})-[x:{'|'.join(sorted({r.type for r in group}))}]->(b) "
            f"WHERE a.id IN $sources AND x.id IN $facts RETURN {_article_fact_columns(graph, label)}",
            sources=sorted({r.source for r in group}),
            facts=sorted({r.id for r in group}),
        )
    ]


def _facts_by_id(graph: Graph, refs: list[fact_rows.FactRef]) -> list[dict[str, Any]]:
    """The facts ``refs`` name, looked up by id in their type's table (``FEW_IDS``)."""
    by_type: dict[str, list[str]] = {}
    for ref in refs:
        by_type.setdefault(ref.type, []).append(ref.id)
    columns = _article_fact_columns(graph)
    return [
        fact
        for fact_type, ids in sorted(by_type.items())
        for fact in graph._records(
            f"MATCH (a)-[x:{fact_type}]->(b) WHERE x.id IN $facts RETURN {columns}"
            if len(ids) <= FEW_IDS
            else f"UNWIND $facts AS i MATCH (a)-[x:{fact_type}]->(b) WHERE x.id = i RETURN {columns}",
            facts=ids,
        )
    ]


STATED_FACT_COLUMNS = [
    *queries.ENDPOINT_COLUMNS,
    "amount",
    "currency",
    "date",
    "fact_id",
    "fact_articles",
    "article_id",
    "sentence",
]


def stated_facts(
    graph: Graph, article_ids: Sequence[str], facts_limit: int | None = None
) -> tuple[list[dict[str, Any]], bool]:
    """Every fact stated by one of ``article_ids``, one record per (fact, stating article), with that article's
    first sentence of its evidence: ``article_facts`` for many articles at once, read by key only.  With
    ``facts_limit``, only the facts of the first articles (in the order given) until they state that many
    (whole articles, at least one); the flag says whether articles with facts were left out (more to show).

    Each article's facts are named by its ``ArticleStats.fact_refs`` and read
    from their ``FactRow`` (``graph.fact_rows``), the endpoints' names and
    types from the entities: three to five primary-key reads, however many facts.
    """
    stats = graph._records(
        "UNWIND $ids AS i MATCH (s:ArticleStats) WHERE s.id = i RETURN s.id AS id, s.fact_refs AS refs",
        ids=list(article_ids),
    )
    listed = {row["id"]: row["refs"] or [] for row in stats}
    wanted: set[str] = set()
    refs: set[str] = set()
    more = False
    for article in article_ids:
        if facts_limit is not None and wanted and len(refs) >= facts_limit:
            more = any(listed.get(a) for a in article_ids if a not in wanted)
            break
        wanted.add(article)
        refs.update(listed.get(article, []))
    facts = graph._records(
        "UNWIND $ids AS i MATCH (f:FactRow) WHERE f.id = i RETURN f.id AS fact_id, f.type AS type, "
        "f.source_id AS source_id, f.target_id AS target_id, f.amount AS amount, f.currency AS currency, "
        "f.date AS date, f.articles AS fact_articles, f.sentences AS sentences",
        ids=fact_rows.ids_of(refs),
    )
    stating = [
        (fact, article, sentence)
        for fact in facts
        for article, sentence in zip(fact["fact_articles"] or [], fact["sentences"] or [])
        if article in wanted
    ]
    names = entity_names(graph, sorted({f[end] for f, _, _ in stating for end in ("source_id", "target_id")}))
    unknown = (None, None)
    return [
        dict(
            zip(
                STATED_FACT_COLUMNS,
                (
                    f["type"],
                    f["source_id"],
                    *names.get(f["source_id"], unknown),
                    f["target_id"],
                    *names.get(f["target_id"], unknown),
                    f["amount"],
                    f["currency"],
                    f["date"],
                    f["fact_id"],
                    f["fact_articles"],
                    article,
                    sentence,
                ),
            )
        )
        for f, article, sentence in stating
    ], more


def entity_names(graph: Graph, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Name and type (an organisation's subtype, else the label) of entities by id: one primary-key read
    per label the ids name (an id of another shape is looked up under every label, the first found kept)."""
    by_label: dict[str, list[str]] = {}
    for entity in ids:
        known = label_of_id(entity)
        for label in [known] if known else queries.ENTITY_LABELS:
            by_label.setdefault(label, []).append(entity)
    names: dict[str, tuple[str, str]] = {}
    for label, members in sorted(by_label.items()):
        for row in graph._records(
            f"UNWIND $ids AS i MATCH (s:{label}) WHERE s.id = i RETURN s.id AS id, s.name AS name, "
            f"coalesce({queries._type_expr('s', label)}, '{label}') AS type",
            ids=members,
        ):
            names.setdefault(row["id"], (row["name"], row["type"]))
    return names


ARTICLE_FACT_COLUMNS = [
    *queries.ENDPOINT_COLUMNS,
    "amount",
    "currency",
    "date",
    "id",
    "fact_articles",
    "evidence",
    "confidence",
    "article_id",
]
