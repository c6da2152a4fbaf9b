"""Aggregates stored beside the facts, so dashboard pages read a few rows instead of every fact.

What is kept (``schema.AGGREGATE_PROPERTIES``): per organisation its money
given and received in both display currencies, its number of facts and of
distinct organisation neighbours, and how many of its investments have
differing reports (``OrgStats``); per investor, effective year, currency and
rate-year the summed amounts (``InvestorYear``); per investor→recipient pair
the summed flow (``PairSum``); the whole graph per year, currency and
rate-year (``MoneySum``); per investment its flows-table row (``InvestmentRow``);
how many ``InvestmentRow`` and ``PairSum`` rows each value band holds (``BandCount``,
moved by the rows a write deleted and created, as the sums);
per article its number of facts (``ArticleStats``); per fact its row (``FactRow``,
``graph.fact_rows``); per entity with many facts where its profile stops
(``ProfileCut``, ``graph.profile_cuts``: recomputed for every entity whose
facts changed); per organisation pair and fact type the facts between them
(``ORG_LINK``, ``ORG_PAIR``, ``graph.org_links``: recomputed for every
organisation whose facts were removed and every pair a fact was written between).
Values follow ``graph.money`` exactly as ``Graph.investments`` does (stated,
or converted at the rate of the fact's date, else its first article's
publication, else its ingest), so a page built from these rows shows the
numbers a recomputation from the facts would.

The rows are derived in two steps, so a write reads only what it changed,
never more as the graph grows: the facts of an investor→recipient pair give
that pair's ``InvestmentRow`` rows (values, conflicts, first article) and its
``PairSum``; the sums (``OrgStats``, ``InvestorYear``, ``MoneySum``) then move by
the ``InvestmentRow`` rows the write deleted and created (the *ledger delta*,
counted in whole units so it is exact), and an organisation's fact and
neighbour counts by the facts it created.  Entities given as ``entity_ids``
(and organisations with no row yet) are summed anew from all their stored
``InvestmentRow`` rows (the *ledger*), never from the facts and their articles.

Contract of ``refresh`` (the only writer): it recomputes every aggregate that
depends on what it is given, from the facts as they are now, and must run
in the same transaction as the change to those facts (the write path and
``retract_article`` call it inside ``GraphStore.transaction``).

- ``entity_ids``: entities whose every row is recomputed: an endpoint of a
  fact that was removed or re-keyed, an entity whose name or type changed,
  both sides of a merge (the surviving and the removed id);
- ``pairs``: investor→recipient pairs whose investments were added or
  changed (none removed: that is ``entity_ids``);
- ``counted``: entities whose other facts or aliases changed (their
  ``OrgStats`` only);
- ``created``: the endpoints of every fact the write created (none removed:
  their endpoints are ``entity_ids``), which move fact and neighbour counts;
- ``changed``: the endpoints of every fact the write changed but did not
  create (their links' first sentence may change);
- ``article_ids``: articles whose list of stated facts changed.

Ids that no longer exist are fine: their rows are deleted.
``refresh(store)`` with no ids recomputes everything (a backfill after a
bulk load or on a store written before the aggregates existed).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pandas as pd

from aigraph.core import money
from aigraph.core.vocabulary import RELATION_ENDPOINTS, RelationType, label_of_id
from aigraph.graph import fact_rows, org_links, profile_cuts, queries
from aigraph.graph.conflicts import mark_conflicts, pair_reports
from aigraph.graph.schema import AGGREGATE_ENTITY_COLUMNS, AGGREGATE_LINKS, AGGREGATE_PROPERTIES, STRING

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

# Written to Meta once every aggregate has been computed for the whole store.
VERSION_KEY = "aggregates_version"
VERSION = "12"  # 12: OrgNode, ORG_LINK, ORG_PAIR (graph.org_links); 11: BandCount, PairSum bands, ProfileCut.*_first; 10: ProfileCut (graph.profile_cuts); 9: sums in whole units, kept by deltas; 8: FactRow
_ALL_FACTS = "|".join(queries.FACT_TYPES)
_INVESTED = "INVESTED_IN"


def refresh(
    store: GraphStore,
    entity_ids: Iterable[str] | None = None,
    article_ids: Iterable[str] = (),
    *,
    pairs: Iterable[tuple[str, str]] = (),
    counted: Iterable[str] = (),
    created: Sequence[tuple[str, str]] = (),
    changed: Sequence[tuple[str, str]] = (),
) -> None:
    """Recompute the aggregates that depend on what is given (module doc); ``entity_ids`` None means all."""
    with store.transaction():
        if entity_ids is None:  # everything, as a bulk loader would store it
            rows = computed(store)
            for label in AGGREGATE_PROPERTIES:
                if label != org_links.NODE:  # the links' own ends: ``org_links.replace`` writes them with the links
                    _replace(store, label, None, ("id",), rows[label])
            org_links.replace(store, None, [], {rel: rows[rel] for rel in AGGREGATE_LINKS})
            mark_current(store)
            return
        ids = set(entity_ids)
        pair_list = sorted(set(pairs))
        replaced = _refresh_pairs(store, sorted(ids), pair_list)
        _add_to_band_counts(store, replaced)
        delta = _ledger_delta(replaced["InvestmentRow"])
        touched = {
            *counted,
            *(e for pair in [*pair_list, *created] for e in pair),
            *delta["investor_id"],
            *delta["recipient_id"],
        } - ids
        organisations = {e for e in touched if _may_be_organisation(e)}
        stats = _rows_of(store, "OrgStats", sorted(organisations))
        summed = ids | (organisations - set(stats))  # an organisation without a row yet is summed anew
        if summed:
            full = sorted(summed)
            _refresh_entities(store, full, _stored_ledger(store, full))
        kept_up = {i: row for i, row in stats.items() if i not in summed}
        _add_to_org_stats(store, kept_up, delta, created)
        _add_to_sums(store, "InvestorYear", delta[~delta["investor_id"].isin(summed)])
        if _lost_a_known_value(delta, _MONEY_KEYS):
            _replace(store, "MoneySum", None, ("id",), _money_sum_rows(_stored_investor_years(store)))
        else:
            _add_to_sums(store, "MoneySum", delta)
        dated = sorted(ids | {*counted, *(e for pair in [*pair_list, *created] for e in pair)})
        _replace(store, profile_cuts.LABEL, dated, ("id",), profile_cuts.derive(store, dated))
        linked = {pair for pair in [*created, *changed] if all(map(_may_be_organisation, pair))}
        facts = {i: int(row["facts"] or 0) for i, row in stats.items()}  # each pair looked up from its smaller end
        org_links.refresh(store, sorted(e for e in ids if _may_be_organisation(e)), linked, facts)
        if articles := sorted(set(article_ids)):
            stated_before = _stored_fact_refs(store, articles)
            article_stats = _article_stats_rows(store, articles)
            _replace(store, "ArticleStats", articles, ("id",), article_stats)
            _refresh_fact_rows(store, stated_before | {ref for row in article_stats for ref in row["fact_refs"]})


def _may_be_organisation(entity_id: str) -> bool:
    """Whether ``entity_id`` may have ``OrgStats`` (an id of no known shape may be an organisation's)."""
    return label_of_id(entity_id) in ("Organization", None)


def _refresh_pairs(store: GraphStore, ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, _Replaced]:
    """``InvestmentRow`` and ``PairSum`` of every investment touching ``ids`` or between one of ``pairs``;
    returns, per label, the rows deleted and created (what the sums and band counts change by).

    Rows touching ``ids`` are found by their entity columns (a fact of theirs
    may be gone); the other pairs' rows by their own ids (their facts are
    only ever added or changed).
    """
    investments = _investments(store, ids, pairs)
    by_entity = investments["investor_id"].isin(ids) | investments["recipient_id"].isin(ids)
    changed = {}
    for label, derive in (("InvestmentRow", _investment_rows), ("PairSum", _pair_rows)):
        touching = _replace(store, label, ids, AGGREGATE_ENTITY_COLUMNS[label], derive(investments[by_entity]))
        others = derive(investments[~by_entity])
        between = _replace(store, label, [r["id"] for r in others], ("id",), others)
        changed[label] = _Replaced(touching.deleted + between.deleted, touching.created + between.created)
    return changed


def _refresh_entities(store: GraphStore, ids: list[str], ledger: pd.DataFrame) -> None:
    """``OrgStats`` and ``InvestorYear`` of ``ids`` summed anew from their ledger."""
    _replace(store, "OrgStats", ids, ("id",), _org_stats_rows(store, ids, ledger))
    _replace(store, "InvestorYear", ids, AGGREGATE_ENTITY_COLUMNS["InvestorYear"], _investor_year_rows(ids, ledger))


def computed(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """Every aggregate row recomputed from the facts as they are now, by label, nothing written.

    What ``refresh(store)`` would store, for a bulk loader that writes the
    facts without the write path (``bench/bench_dashboard.py``): it loads
    these rows with ``COPY`` / ``UNWIND`` and then ``mark_current``.

    Each fact table is read once (``_every_fact``) and every row is derived
    from that in Python: on Neo4j each returned record costs the driver more
    than the server's work, and reading the facts again per aggregate (and
    counting degrees in Cypher) made a million facts take far longer than one pass.
    """
    facts = _every_fact(store)
    investments = _investment_frame(store, facts[_INVESTED])
    rows = {"InvestmentRow": _investment_rows(investments), "PairSum": _pair_rows(investments)}
    rows["BandCount"] = _band_count_rows(_band_counts({label: _Replaced([], rows[label]) for label in BANDED}), {})
    rows["FactRow"] = [fact_rows.row(fact_type, fact) for fact_type, found in facts.items() for fact in found]
    ledger = _ledger(rows["InvestmentRow"])
    rows["OrgStats"] = _org_stats_rows(store, None, ledger, every_fact=rows["FactRow"])
    rows["InvestorYear"] = _investor_year_rows(None, ledger)
    rows["MoneySum"] = _money_sum_rows(
        pd.DataFrame(rows["InvestorYear"], columns=list(AGGREGATE_PROPERTIES["InvestorYear"]))
    )
    rows["ArticleStats"] = _article_stats_of(
        (article, fact_rows.FactRef(row["type"], row["id"], row["source_id"]).encode())
        for row in rows["FactRow"]
        for article in row["articles"]
    )
    rows[profile_cuts.LABEL] = profile_cuts.derive(store, None)
    rows.update(org_links.derive(store, None))
    rows[org_links.NODE] = [
        {"id": e} for e in sorted({r[end] for r in rows[org_links.LINK] for end in ("source", "target")})
    ]
    return {label: [{p: _plain(row.get(p)) for p in columns(label)} for row in found] for label, found in rows.items()}


def columns(label: str) -> dict[str, str]:
    """The columns of an aggregate's rows and their types: a node label's properties, or a link's key (``id``,
    ``org_links.link_id``/``pair_id``), its ends' ids and its properties (``schema.AGGREGATE_LINKS``)."""
    if label in AGGREGATE_LINKS:
        return {"id": STRING, "source": STRING, "target": STRING, **AGGREGATE_LINKS[label]}
    return AGGREGATE_PROPERTIES[label]


def mark_current(store: GraphStore) -> None:
    """Record that every aggregate was computed for the whole store (``refresh(store)`` does this itself)."""
    store._run("MERGE (m:Meta {id: $key}) SET m.value = $v", {"key": VERSION_KEY, "v": VERSION}, write=True)


def add_article_facts(store: GraphStore, facts_by_article: dict[str, set[str]]) -> None:
    """Record that each article states these facts (encoded ``fact_rows.FactRef``s), beside the facts it was known to state.

    The write path's cheap form of ``refresh(article_ids=...)``: writing a
    batch only adds an article to facts' article lists (removing it is a
    retraction, which refreshes), so an article's facts are its stored ones
    plus the batch's.
    """
    ids = sorted(a for a, facts in facts_by_article.items() if facts)
    if not ids:
        return
    with store.transaction():
        merged = {a: set(facts_by_article[a]) for a in ids}
        for article_id, refs in _fact_refs(store, ids):
            merged[article_id] |= set(refs or [])
        rows = [{"id": a, "facts": len(refs), "fact_refs": sorted(refs)} for a, refs in merged.items()]
        _replace(store, "ArticleStats", ids, ("id",), rows)
        _refresh_fact_rows(store, {ref for a in ids for ref in facts_by_article[a]})


def _fact_refs(store: GraphStore, article_ids: list[str]) -> list[tuple[str, list[str] | None]]:
    """The stored ``ArticleStats.fact_refs`` of these articles (primary-key lookups)."""
    found = store.query(
        "UNWIND $ids AS i MATCH (s:ArticleStats) WHERE s.id = i RETURN s.id AS id, s.fact_refs AS refs",
        {"ids": article_ids},
    ).rows
    return [(article_id, refs) for article_id, refs in found]


def _stored_fact_refs(store: GraphStore, article_ids: list[str]) -> set[str]:
    return {ref for _, refs in _fact_refs(store, article_ids) for ref in refs or []}


def _refresh_fact_rows(store: GraphStore, refs: set[str]) -> None:
    """The ``FactRow`` of every fact ``refs`` name, from the facts as they are now (gone: deleted)."""
    _replace(store, "FactRow", fact_rows.ids_of(refs), ("id",), fact_rows.derive(store, refs))


def is_current(store: GraphStore) -> bool:
    """Whether the store's aggregates were computed by this version (else ``refresh(store)`` backfills them)."""
    found = store._run("MATCH (m:Meta) WHERE m.id = $key RETURN m.value", {"key": VERSION_KEY}, write=False).rows
    return bool(found) and found[0][0] == VERSION


def stored(store: GraphStore) -> dict[str, pd.DataFrame]:
    """Every stored aggregate row by label, sorted by id, floats rounded: what tests compare to a recomputation."""
    out = {}
    for label, props in AGGREGATE_PROPERTIES.items():
        returned = ", ".join(f"s.{p} AS {p}" for p in props)
        out[label] = comparable(label, store.query(f"MATCH (s:{label}) RETURN {returned}").to_dataframe())
    for rel, props in AGGREGATE_LINKS.items():
        returned = ", ".join(["a.id AS source", "b.id AS target", *(f"s.{p} AS {p}" for p in props)])
        found = store.query(f"MATCH (a:{org_links.NODE})-[s:{rel}]->(b:{org_links.NODE}) RETURN {returned}").records()
        key = org_links.pair_id if rel == org_links.PAIR else org_links.link_id
        rows = [{"id": key(*(r[c] for c in ("source", "target", "type") if c in r)), **r} for r in found]
        out[rel] = comparable(rel, pd.DataFrame(rows, columns=list(columns(rel))))
    return out


def comparable(label: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``label`` rows (stored, or from ``computed``) sorted by id, floats rounded and lists sorted, to compare."""
    frame = frame.copy()
    for p, kind in columns(label).items():
        if kind == "DOUBLE":
            frame[p] = frame[p].astype(float).round(2)
        elif kind == "STRING[]":
            frame[p] = [tuple(sorted(v or [])) for v in frame[p]]
    return frame.sort_values("id").reset_index(drop=True)


# -- reading the facts ----------------------------------------------------------------------------


def _every_fact(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """Every fact by type, one pass over each fact table: investments with what ``_investment_frame`` and
    ``fact_rows.row`` need, the other types with what ``fact_rows.row`` needs."""
    return {
        fact_type: store.query(queries.facts(store.dialect, [_INVESTED], evidence=True)).records()
        if fact_type == _INVESTED
        else fact_rows.every_fact(store, fact_type)
        for fact_type in queries.FACT_TYPES
    }


def _investments(store: GraphStore, ids: list[str], pairs: Sequence[tuple[str, str]] = ()) -> pd.DataFrame:
    """Investment facts touching ``ids`` or between ``pairs`` (``_investment_frame``)."""
    found: dict[str, dict[str, Any]] = {}  # primary-key lookups, then their adjacency: never a comparison with every id
    for source, target in RELATION_ENDPOINTS[RelationType.INVESTED_IN]:
        for anchor, where, unwind, params in (
            (("a", "i"), [], "$ids AS i", {"ids": ids}),
            (("b", "i"), [], "$ids AS i", {"ids": ids}),
            (("a", "p.s"), ["b.id = p.t"], "$pairs AS p", {"pairs": _pairs_between(pairs, source, target)}),
        ):
            if not next(iter(params.values())):
                continue
            query = queries.facts(
                store.dialect, [_INVESTED], where=where, source_label=source, target_label=target, anchor=anchor
            )
            found.update((r["id"], r) for r in store.query(f"UNWIND {unwind} {query}", params).records())
    return _investment_frame(store, list(found.values()))


def _investment_frame(store: GraphStore, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Investment facts (``queries.facts`` records) with ``when``, their first article, values in both
    currencies and conflicts."""
    known = _articles(store, sorted({a for r in rows for a in r["articles"] or []}))
    for row in rows:
        stated = sorted((known[a] for a in row["articles"] or [] if a in known), key=_article_order)
        first = stated[0] if stated else {}
        row["published"], row["ingested_at"] = first.get("published"), first.get("ingested_at")
        row["when"] = row["date"] or row["start_date"] or row["published"]
        row["article_title"], row["url"] = first.get("title"), first.get("url")
    frame = pd.DataFrame(
        rows,
        columns=[
            *queries.FACT_COLUMNS,
            *queries.ENDPOINT_COLUMNS,
            "published",
            "ingested_at",
            "when",
            "article_title",
            "url",
        ],
    )
    frame = frame.rename(
        columns={
            "source_id": "investor_id",
            "source": "investor",
            "source_type": "investor_type",
            "target_id": "recipient_id",
            "target": "recipient",
            "target_type": "recipient_type",
        }
    )
    basis = [
        money.fx_basis(*r) for r in zip(frame["date"], frame["start_date"], frame["published"], frame["ingested_at"])
    ]
    return mark_conflicts(money.add_values(frame, basis))


def _pairs_between(pairs: Sequence[tuple[str, str]], source: str, target: str) -> list[dict[str, str]]:
    """The ``pairs`` whose ids could be of these labels: each label is looked up with its own ids only
    (an id of another shape, with every label)."""
    return [{"s": s, "t": t} for s, t in pairs if label_of_id(s) in (source, None) and label_of_id(t) in (target, None)]


def _articles(store: GraphStore, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 5000):
        rows = store.query(
            "UNWIND $ids AS i MATCH (art:Article) WHERE art.id = i RETURN art.id AS id, art.published AS published, "
            "art.ingested_at AS ingested_at, art.title AS title, art.url AS url",
            {"ids": ids[start : start + 5000]},
        ).records()
        found.update({r["id"]: r for r in rows})
    return found


def _article_order(article: dict[str, Any]) -> tuple[bool, date, str]:
    """The article a fact is dated and linked by: the earliest published, then the smallest id (as ``Graph``)."""
    published = article.get("published")
    return (published is None, published or date.min, article["id"])


def _each(ids: list[str] | None, pattern: str, column: str) -> tuple[str, dict[str, Any]]:
    """``MATCH pattern`` for every row (``ids`` None) or for the rows whose ``column`` is one of ``ids``,
    looked up one id at a time (an ``IN $ids`` list would be compared with every row)."""
    if ids is None:
        return f"MATCH {pattern}", {}
    return f"UNWIND $ids AS i MATCH {pattern} WHERE {column} = i", {"ids": ids}


def _rows_of(
    store: GraphStore, label: str, ids: list[str] | None, column: str = "id", props: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The stored ``label`` rows (``props``, default all) whose ``column`` is one of ``ids`` (all when None), by id."""
    if ids is not None and not ids:
        return {}
    match, params = _each(ids, f"(s:{label})", f"s.{column}")
    returned = ", ".join(f"s.{p} AS {p}" for p in (props or AGGREGATE_PROPERTIES[label]))
    return {r["id"]: r for r in store.query(f"{match} RETURN {returned}", params).records()}


def _organisations(store: GraphStore, ids: list[str] | None) -> list[dict[str, Any]]:
    """What ``OrgStats`` shows of each organisation node: its name, type and aliases."""
    match, params = _each(ids, "(n:Organization)", "n.id")
    return store.query(
        f"{match} RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases", params
    ).records()


# -- writing the rows -------------------------------------------------------------------------------


class _Replaced(NamedTuple):
    """What ``_replace`` changed: the stored rows it deleted and the rows it created (a changed row is both)."""

    deleted: list[dict[str, Any]]
    created: list[dict[str, Any]]


def _replace(
    store: GraphStore, label: str, ids: list[str] | None, columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> _Replaced:
    """Make the ``label`` rows whose ``columns`` hold one of ``ids`` (every row when None) exactly ``rows``;
    returns the stored rows it deleted and the rows it created.

    Only rows that changed are deleted and created again: a write touches a
    hub organisation's rows on every batch, and rewriting all of them each
    time made ingest slow down as the graph grew (and grew the LadybugDB file).
    """
    if ids is not None and not ids:
        return _Replaced([], [])
    props = AGGREGATE_PROPERTIES[label]
    fresh = {row["id"]: {p: _plain(row.get(p)) for p in props} for row in rows}
    kept: dict[str, dict[str, Any]] = {}
    for column in columns:
        kept.update(_rows_of(store, label, ids, column))
    unchanged = {
        i
        for i, old in kept.items()
        if i in fresh and all(_cell(k, old[p]) == _cell(k, fresh[i][p]) for p, k in props.items())
    }
    stale = sorted(set(kept) - unchanged)
    for start in range(0, len(stale), 2000):
        store._run(
            f"UNWIND $ids AS i MATCH (s:{label}) WHERE s.id = i DELETE s",
            {"ids": stale[start : start + 2000]},
            write=True,
        )
    created = [row for i, row in fresh.items() if i not in unchanged]
    for start in range(0, len(created), 2000):
        chunk = created[start : start + 2000]
        # a column null in every row stays unset: LadybugDB cannot type a parameter that is only nulls
        stated = [p for p in props if p != "id" and any(row[p] is not None for row in chunk)]
        # inline properties: one operator instead of one SET per property (as the facts are written)
        inline = ", ".join(["id: r.id", *(f"{p}: {store.dialect.param(f'r.{p}', props[p])}" for p in stated)])
        store._run(
            f"UNWIND $rows AS r CREATE (s:{label} {{{inline}}})",
            {"rows": [{p: row[p] for p in ["id", *stated]} for row in chunk]},
            write=True,
        )
    return _Replaced([kept[i] for i in stale], created)


def _cell(kind: str, value: Any) -> Any:
    """One aggregate value as the store returns it and as ``_replace`` computes it, in one form to compare."""
    value = _plain(value)
    if value is None:
        return None
    if kind == "DOUBLE":
        return float(value)
    if kind == "INT64":
        return int(value)
    if kind.endswith("[]"):
        return tuple(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _sums(frame: pd.DataFrame, keys: list[str], columns: list[str], counted: str | None = None) -> pd.DataFrame:
    """Per ``keys`` group the sums of ``columns`` and ``deals``: the row count, or the sum of ``counted``.

    Each sum is correctly rounded (``math.fsum``), NaN when every value is
    missing: the same whatever order the store returned the rows in, so two
    runs that wrote the same facts store the same aggregates.  Grouped once
    with numpy (a pandas ``agg`` with a Python function per group is far
    slower on a whole store's rows).
    """
    groups = frame.groupby(keys, dropna=False)
    size = groups.size()
    codes = groups.ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.cumsum(np.bincount(codes, minlength=len(size)))[:-1]
    out = pd.DataFrame(index=size.index)
    if not len(size):
        return out.assign(**{c: pd.Series(dtype=float) for c in columns}, deals=pd.Series(dtype=int))
    for column in columns:
        parts = np.split(frame[column].to_numpy(dtype=float)[order], bounds)
        out[column] = [math.fsum(p[~np.isnan(p)]) if (~np.isnan(p)).any() else math.nan for p in parts]
    out["deals"] = size if counted is None else groups[counted].sum()
    return out


def _org_stats_rows(
    store: GraphStore,
    ids: list[str] | None,
    ledger: pd.DataFrame,
    *,
    every_fact: Iterable[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """``OrgStats`` of ``ids`` (all when None); fact and neighbour counts are counted in Cypher, or, when
    ``every_fact`` (every fact's ``source_id`` and ``target_id``: ``computed``) is given, from it."""
    orgs = _organisations(store, ids)
    if every_fact is None:
        degree, neighbours = _fact_counts(store, ids)
    else:
        degree, neighbours = _fact_counts_of(every_fact, {org["id"] for org in orgs})

    def side(column: str, prefix: str) -> pd.DataFrame:
        sums = _sums(ledger, [column], ["value_krw", "value_usd"])
        return sums.set_axis([f"{prefix}_krw", f"{prefix}_usd", f"{prefix}_deals"], axis=1)

    given, received = side("investor_id", "invested"), side("recipient_id", "received")
    conflicts = ledger.groupby("investor_id")["reports_differ"].sum()
    rows = []
    for org in orgs:
        key = org["id"]
        out = given.loc[key] if key in given.index else {}
        into = received.loc[key] if key in received.index else {}
        rows.append(
            {
                **org,
                "aliases": list(org["aliases"] or []),
                "facts": degree.get(key, 0),
                "neighbours": int(neighbours.get(key, 0)),
                "invested_krw": out.get("invested_krw"),
                "invested_usd": out.get("invested_usd"),
                "invested_deals": int(out.get("invested_deals", 0)),
                "received_krw": into.get("received_krw"),
                "received_usd": into.get("received_usd"),
                "received_deals": int(into.get("received_deals", 0)),
                "conflicts": int(conflicts.get(key, 0)),
            }
        )
    return rows


def _fact_counts(store: GraphStore, ids: list[str] | None) -> tuple[dict[str, int], dict[str, int]]:
    """Per organisation of ``ids`` (all when None) its number of facts and of distinct organisation neighbours."""
    degree: dict[str, int] = {}
    for pattern in ("(n:Organization)-[x:{t}]->()", "()-[x:{t}]->(n:Organization)"):
        match, params = _each(ids, pattern.format(t=_ALL_FACTS), "n.id")
        for node_id, facts in store.query(f"{match} RETURN n.id AS id, count(x) AS facts", params).rows:
            degree[node_id] = degree.get(node_id, 0) + int(facts)
    match, params = _each(ids, f"(n:Organization)-[x:{_ALL_FACTS}]-(m:Organization)", "n.id")
    neighbours = dict(
        store.query(
            f"{match}{' AND' if ids is not None else ' WHERE'} n.id <> m.id "
            "RETURN n.id AS id, count(DISTINCT m.id) AS n",
            params,
        ).rows
    )
    return degree, neighbours


def _fact_counts_of(
    every_fact: Iterable[dict[str, Any]], organisations: set[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """``_fact_counts`` of every organisation, counted from every fact's endpoints as the Cypher counts them:
    a fact once per organisation end (a loop twice), a neighbour once however many facts tie them."""
    degree: Counter[str] = Counter()
    ties: dict[str, set[str]] = defaultdict(set)
    for fact in every_fact:
        source, target = fact["source_id"], fact["target_id"]
        degree.update(e for e in (source, target) if e in organisations)
        if source != target and source in organisations and target in organisations:
            ties[source].add(target)
            ties[target].add(source)
    return dict(degree), {org: len(found) for org, found in ties.items()}


def _year(when: Any) -> int | None:
    return when.year if isinstance(when, date) else None


def _investor_year_rows(ids: list[str] | None, ledger: pd.DataFrame) -> list[dict[str, Any]]:
    mine = ledger if ids is None else ledger[ledger["investor_id"].isin(ids)]
    keys = _INVESTOR_YEAR_KEYS
    grouped = (
        _sums(mine, keys, list(_VALUES)).reset_index()
        if len(mine)
        else pd.DataFrame(columns=[*keys, *_VALUES, "deals"])
    )
    return [{**r, "id": _group_id(r, keys)} for r in grouped.to_dict("records")]


def investor_year_id(investor_id: str, year: Any, currency: Any, fx_year: Any) -> str:
    """An ``InvestorYear`` row's id, from its key columns: a reader that knows them reads the row by key."""
    return _group_id(dict(zip(_INVESTOR_YEAR_KEYS, (investor_id, year, currency, fx_year))), _INVESTOR_YEAR_KEYS)


# What an entity's sums are computed from: its ``InvestmentRow`` rows, stored or just derived.
_LEDGER_COLUMNS = (
    "id",
    "investor_id",
    "recipient_id",
    "effective",
    "currency",
    "fx_year",
    "amount",
    "value_krw",
    "value_usd",
    "reports_differ",
)
_VALUES = ("amount", "value_krw", "value_usd")  # what the sums add up
_INVESTOR_YEAR_KEYS = ["investor_id", "year", "currency", "fx_year"]
_MONEY_KEYS = ["year", "currency", "fx_year"]
_SUM_KEYS = {"InvestorYear": _INVESTOR_YEAR_KEYS, "MoneySum": _MONEY_KEYS}


def _ledger(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """``InvestmentRow`` rows as the frame ``OrgStats``, ``InvestorYear`` and ``MoneySum`` are summed from,
    typed alike whether they come from the store or from ``_investment_rows``.

    Values are whole units (``money.add_values``) and a stated amount is
    counted in whole units too: sums of whole numbers below 2**53 are exact in
    floating point in any order, so a write can add and subtract a part's rows
    to the stored sums (``_add_to_sums``) and get exactly what summing every row
    again would.
    """
    frame = pd.DataFrame([{c: _plain(r.get(c)) for c in _LEDGER_COLUMNS} for r in rows], columns=list(_LEDGER_COLUMNS))
    frame = frame.astype(
        {"amount": float, "value_krw": float, "value_usd": float, "fx_year": "Int64", "reports_differ": bool}
    )
    return frame.round({"amount": 0}).assign(year=pd.array([_year(w) for w in frame["effective"]], dtype="Int64"))


def _ledger_delta(changed: _Replaced) -> pd.DataFrame:
    """The ledger rows a write created (``sign`` 1) and deleted (``sign`` -1): what every sum changes by."""
    return pd.concat(
        [_ledger(changed.created).assign(sign=1), _ledger(changed.deleted).assign(sign=-1)], ignore_index=True
    )


def _signed_sums(delta: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per ``keys`` group of a ledger delta: each value's change over its known values, the change in how many
    values are known (``<value>_known``), in ``deals`` and in ``conflicts`` (rows whose reports differ)."""
    sign = delta["sign"]
    parts: dict[str, pd.Series] = {"deals": sign, "conflicts": sign * delta["reports_differ"].astype(int)}
    for value in _VALUES:
        parts[value] = delta[value].fillna(0.0) * sign
        parts[f"{value}_known"] = delta[value].notna().astype(int) * sign
    return pd.DataFrame(parts).join(delta[keys]).groupby(keys, dropna=False).sum()


def _lost_a_known_value(delta: pd.DataFrame, keys: list[str]) -> bool:
    """Whether some ``keys`` group lost a known value and got none back: its sum may now be of no known
    value (None, not 0), which only summing every row again can tell.  Entities that lose facts are
    summed anew anyway (``entity_ids``); the whole graph's sums must check."""
    if delta.empty:
        return False
    sums = _signed_sums(delta, keys)
    return any((sums[f"{value}_known"] < 0).any() for value in _VALUES)


def _plus(total: Any, change: float, known: int) -> float | None:
    """A stored sum moved by a delta's change; a sum of no known value stays None until one arrives."""
    total = _plain(total)
    if total is None and known <= 0:
        return None
    return float(total or 0.0) + float(change)


def _group_id(row: dict[str, Any], keys: Sequence[str]) -> str:
    """The id of an ``InvestorYear`` or ``MoneySum`` row: its key values joined."""
    return "|".join(str(_plain(row[k])) for k in keys)


def _add_to_org_stats(
    store: GraphStore, stats: dict[str, dict[str, Any]], delta: pd.DataFrame, created: Sequence[tuple[str, str]]
) -> None:
    """Move the stored ``OrgStats`` rows ``stats`` by a write's delta: its ledger rows, its created facts
    (``facts``) and the organisation pairs those facts tie for the first time (``neighbours``).

    The name, type and aliases are read from the node again: a write may have added an alias.
    """
    if not stats:
        return
    ids = sorted(stats)
    nodes = {r["id"]: r for r in _organisations(store, ids)}
    facts = Counter(e for pair in created for e in pair)
    neighbours = _new_neighbours(store, stats, created)
    sides = {
        side: _signed_sums(delta, [f"{column}_id"]).to_dict("index")
        for side, column in (("invested", "investor"), ("received", "recipient"))
    }
    rows = []
    for key in ids:
        if key not in nodes:  # deleted: ``_replace`` drops its row
            continue
        old = stats[key]
        row = {**old, **nodes[key], "aliases": list(nodes[key]["aliases"] or [])}
        row["facts"] = int(old["facts"] or 0) + facts[key]
        row["neighbours"] = int(old["neighbours"] or 0) + neighbours[key]
        for side, sums in sides.items():
            if (change := sums.get(key)) is None:
                continue
            for currency in ("krw", "usd"):
                value = f"value_{currency}"
                row[f"{side}_{currency}"] = _plus(old[f"{side}_{currency}"], change[value], change[f"{value}_known"])
            row[f"{side}_deals"] = int(old[f"{side}_deals"] or 0) + int(change["deals"])
            if side == "invested":
                row["conflicts"] = int(old["conflicts"] or 0) + int(change["conflicts"])
        rows.append(row)
    _replace(store, "OrgStats", ids, ("id",), rows)


def _new_neighbours(
    store: GraphStore, stats: dict[str, dict[str, Any]], created: Sequence[tuple[str, str]]
) -> Counter[str]:
    """How many organisations each of ``stats`` is tied to for the first time by the ``created`` facts.

    A pair is new when every fact between the two now is one this write
    created.  Each pair is looked up from its side with fewer facts, so a hub's
    thousands of ties are never walked for a newcomer's first one.
    """
    between = Counter(
        frozenset(pair)
        for pair in created
        if pair[0] != pair[1] and any(e in stats for e in pair) and all(map(_may_be_organisation, pair))
    )
    if not between:
        return Counter()
    probe = []
    for pair in between:
        fewer, more = sorted(pair, key=lambda e: (int((stats.get(e) or {}).get("facts") or 0), e))
        probe.append({"s": fewer, "t": more})
    now = {
        (s, t): n
        for s, t, n in store.query(
            f"UNWIND $pairs AS p MATCH (a:Organization) WHERE a.id = p.s MATCH (a)-[x:{_ALL_FACTS}]-(b:Organization) "
            "WHERE b.id = p.t RETURN p.s AS s, p.t AS t, count(x) AS n",
            {"pairs": probe},
        ).rows
    }
    found: Counter[str] = Counter()
    for p in probe:
        if now.get((p["s"], p["t"]), 0) == between[frozenset((p["s"], p["t"]))]:
            found.update((p["s"], p["t"]))
    return found


def _add_to_sums(store: GraphStore, label: str, delta: pd.DataFrame) -> None:
    """Move the stored ``InvestorYear`` or ``MoneySum`` rows by a write's ledger delta (``_ledger``: exact);
    a group left with no deal is deleted."""
    if delta.empty:
        return
    keys = _SUM_KEYS[label]
    changes = _signed_sums(delta, keys).reset_index().to_dict("records")
    ids = sorted({_group_id(c, keys) for c in changes})
    stored = _rows_of(store, label, ids)
    rows = []
    for change in changes:
        key = _group_id(change, keys)
        old = stored.get(key) or {"deals": 0}
        deals = int(old["deals"] or 0) + int(change["deals"])
        if deals <= 0:
            continue
        row = {**{k: _plain(change[k]) for k in keys}, "id": key, "deals": deals}
        for value in _VALUES:
            row[value] = _plus(old.get(value), change[value], change[f"{value}_known"])
        rows.append(row)
    _replace(store, label, ids, ("id",), rows)


def _stored_ledger(store: GraphStore, ids: list[str]) -> pd.DataFrame:
    """The stored ``InvestmentRow`` rows of every investment ``ids`` made or received."""
    found: dict[str, dict[str, Any]] = {}
    for column in AGGREGATE_ENTITY_COLUMNS["InvestmentRow"]:
        found.update(_rows_of(store, "InvestmentRow", ids, column, _LEDGER_COLUMNS))
    return _ledger(found.values())


def _pair_rows(investments: pd.DataFrame) -> list[dict[str, Any]]:
    ordered = investments.sort_values(["when", "id"], na_position="last", key=_sortable)
    keys = ["investor_id", "investor", "investor_type", "recipient_id", "recipient", "recipient_type"]
    if len(ordered):
        with_sentence = ordered.assign(
            sentence=[s[0] if s is not None and len(s) else "" for s in ordered["sentences"]]
        )
        sums = _sums(with_sentence, keys, ["value_krw", "value_usd"])
        sums["sentence"] = with_sentence.groupby(keys, dropna=False)["sentence"].first()
        grouped = sums.reset_index()
    else:
        grouped = pd.DataFrame(columns=[*keys, "value_krw", "value_usd", "deals", "sentence"])
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in investments[investments.duplicated(["investor_id", "recipient_id"], keep=False)].to_dict("records"):
        by_pair[f"{fact['investor_id']}|{fact['recipient_id']}"].append(fact)
    reports = {
        pair: json.dumps(pair_reports(facts), ensure_ascii=False, sort_keys=True) for pair, facts in by_pair.items()
    }
    rows = []
    for r in grouped.to_dict("records"):
        pair = f"{r['investor_id']}|{r['recipient_id']}"
        bands = {f"band_{c}": _band(r[f"value_{c}"]) for c in _BAND_CURRENCIES}
        rows.append({**r, **bands, "id": pair, "reports": reports.get(pair)})
    return rows


def _sortable(column: pd.Series) -> pd.Series:
    """Dates and ids sort together with missing dates last (``when`` mixes ``date`` and None)."""
    return (
        column.map(lambda v: v.toordinal() if isinstance(v, date) else (math.inf if v is None else v))
        if column.name == "when"
        else column
    )


BANDS_PER_DOUBLING = 16  # ``InvestmentRow.band_*``, ``PairSum.band_*``: about 4% of value per band
BANDED = ("InvestmentRow", "PairSum")  # the labels whose rows ``BandCount`` counts per band
_BAND_CURRENCIES = ("krw", "usd")


def _band(value: Any) -> int | None:
    return (
        math.floor(BANDS_PER_DOUBLING * math.log2(value))
        if isinstance(value, float) and value > 0 and not math.isnan(value)
        else None
    )


def band_count_id(label: str, currency: str, band: int) -> str:
    """A ``BandCount`` row's id, from its key columns."""
    return f"{label}|{currency}|{band}"


def _band_counts(replaced: dict[str, _Replaced]) -> Counter[tuple[str, str, int]]:
    """How the rows of each (label, currency, band) change: +1 per created row, -1 per deleted one."""
    counts: Counter[tuple[str, str, int]] = Counter()
    for label, changed in replaced.items():
        for sign, rows in ((1, changed.created), (-1, changed.deleted)):
            for row in rows:
                for currency in _BAND_CURRENCIES:
                    if (band := _plain(row.get(f"band_{currency}"))) is not None:
                        counts[label, currency, int(band)] += sign
    return counts


def _band_count_rows(counts: Counter[tuple[str, str, int]], stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """``BandCount`` rows: the ``stored`` ones (by id) moved by ``counts``; a band left empty has no row."""
    rows = []
    for (label, currency, band), change in counts.items():
        key = band_count_id(label, currency, band)
        total = int((stored.get(key) or {}).get("rows") or 0) + change
        if total > 0:
            rows.append({"id": key, "label": label, "currency": currency, "band": band, "rows": total})
    return rows


def _add_to_band_counts(store: GraphStore, replaced: dict[str, _Replaced]) -> None:
    """Move the stored ``BandCount`` rows by the ``InvestmentRow`` and ``PairSum`` rows a write replaced."""
    counts = _band_counts(replaced)
    ids = sorted(band_count_id(*key) for key in counts)
    _replace(store, "BandCount", ids, ("id",), _band_count_rows(counts, _rows_of(store, "BandCount", ids)))


def _investment_rows(investments: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for r in investments.to_dict("records"):
        sentences, articles = r["sentences"], r["articles"]
        rows.append(
            {
                **{
                    k: r[k]
                    for k in (
                        "id",
                        "investor_id",
                        "investor",
                        "investor_type",
                        "recipient_id",
                        "recipient",
                        "recipient_type",
                        "amount",
                        "currency",
                        "value_krw",
                        "value_usd",
                        "fx_year",
                        "period_years",
                        "confidence",
                        "article_title",
                        "url",
                        "reports_differ",
                    )
                },
                "effective": r["when"],
                "sentence": sentences[0] if sentences is not None and len(sentences) else "",
                "article_id": articles[0] if articles is not None and len(articles) else None,
                "band_krw": _band(r["value_krw"]),
                "band_usd": _band(r["value_usd"]),
            }
        )
    return rows


def _stored_investor_years(store: GraphStore) -> pd.DataFrame:
    return store.query(
        "MATCH (s:InvestorYear) RETURN s.year AS year, s.currency AS currency, s.fx_year AS fx_year, "
        "s.amount AS amount, s.value_krw AS value_krw, s.value_usd AS value_usd, s.deals AS deals"
    ).to_dataframe()


def _money_sum_rows(investor_years: pd.DataFrame) -> list[dict[str, Any]]:
    """The whole graph's sums, from the per-investor rows (never from the facts: those are the expensive part).

    Summed here, not in Cypher: Neo4j sums nothing but nulls to 0, which would
    turn an unconvertible currency into a converted zero.
    """
    keys = _MONEY_KEYS
    if investor_years.empty:
        return []
    rows = investor_years.astype(dict.fromkeys(_VALUES, float))
    sums = _sums(rows, keys, list(_VALUES), counted="deals")
    found = sums.reset_index().astype({"year": "Int64", "fx_year": "Int64"}).to_dict("records")
    return [{**row, "id": _group_id(row, keys)} for row in found]


def _article_stats_rows(store: GraphStore, ids: list[str]) -> list[dict[str, Any]]:
    stated = []
    for fact_type in queries.FACT_TYPES:
        found = store.query(
            f"MATCH (a)-[x:{fact_type}]->() UNWIND x.articles AS aid WITH aid, a, x WHERE aid IN $ids "
            "RETURN aid, x.id AS id, a.id AS source",
            {"ids": ids},
        ).rows
        stated += [(aid, fact_rows.FactRef(fact_type, fact, source).encode()) for aid, fact, source in found]
    return _article_stats_of(stated)


def _article_stats_of(stated: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """``ArticleStats`` rows from (article id, encoded ``FactRef``) pairs, one per article a fact lists."""
    refs: dict[str, list[str]] = defaultdict(list)
    for aid, ref in stated:
        refs[aid].append(ref)
    return [{"id": aid, "facts": len(facts), "fact_refs": sorted(facts)} for aid, facts in refs.items()]
