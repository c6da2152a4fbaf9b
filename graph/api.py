"""The analysts' Python API: Cypher in, pandas out, on either backend.

``open_graph()`` picks the store exactly as the CLI does and returns a
``Graph`` whose helpers answer the common questions (who invested in whom,
an organisation's profile, a path between two organisations) and export the
graph to networkx for the analytics Cypher makes awkward.

Every value comes back as plain Python — dates as ``datetime.date``, amounts
as floats, nodes and relationships as dicts of their properties — and the
same graph gives the same DataFrames on LadybugDB and on Neo4j.

Dates: a fact's own ``date``/``start_date`` is often missing (the article
says "3년간 500억원" without a date), so the ``since``/``until`` filters use
the fact's *effective date*: its ``date``, else its ``start_date``, else the
earliest publication date of the articles that state it (``published``).
"""

from __future__ import annotations

import functools
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import networkx as nx
import pandas as pd

from aigraph.core import money
from aigraph.core.vocabulary import (
    EntityType,
    RelationType,
    annual_amount,
    effective_date,
    label_of_id,
    normalize_name,
    parse_partial_date,
)
from aigraph.graph import profile_cuts, queries
from aigraph.graph.conflicts import mark_conflicts
from aigraph.graph.curation_api import Curating
from aigraph.graph.errors import GraphError, ReadOnlyViolation
from aigraph.graph.raw import as_extracted
from aigraph.graph.spec import StoreSpec
from aigraph.graph.stores import GraphStore, open_store

DateLike = date | str | None
# The store spec helpers, for readers that must not reach into graph.stores (the dashboard).
__all__ = ["Graph", "UnknownEntity", "open_graph"]

INVESTMENT_COLUMNS = [
    "investor",
    "investor_id",
    "investor_type",
    "recipient",
    "recipient_id",
    "recipient_type",
    "amount",
    "currency",
    "amount_usd",
    "period_years",
    "annual_amount",
    "date",
    "start_date",
    "end_date",
    "published",
    "when",
    "confidence",
    "articles",
    "evidence",
    "id",
    "value_krw",
    "value_usd",
    "fx_year",
    "article_title",
    "url",
]
CONFLICT_COLUMNS = ["reports_differ", "other_reports"]
PARTNER_COLUMNS = [
    "partner",
    "partner_id",
    "partner_type",
    "date",
    "published",
    "confidence",
    "articles",
    "evidence",
    "id",
]
RELATION_COLUMNS = [
    "direction",
    "type",
    "other",
    "other_id",
    "other_type",
    "amount",
    "currency",
    "amount_usd",
    "period_years",
    "annual_amount",
    "date",
    "start_date",
    "end_date",
    "title",
    "confidence",
    "articles",
    "evidence",
    "article_title",
    "published",
    "url",
    "id",
    "ingested_at",
]
FACT_ROW_COLUMNS = [
    *queries.ENDPOINT_COLUMNS,
    *[c for c in queries.FACT_COLUMNS if c != "sentences"],
    "evidence",
    "published",
    "article_title",
    "url",
    "when",
    "ingested_at",
]
EDGE_ATTRIBUTES = (
    "type",
    "amount",
    "currency",
    "amount_usd",
    "period_years",
    "annual_amount",
    "date",
    "start_date",
    "end_date",
    "published",
    "confidence",
    "articles",
    "evidence",
)


class UnknownEntity(GraphError, KeyError):
    """No entity has this name, alias or id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class Graph(Curating):
    """A store plus the questions analysts ask most; use as a context manager or call ``close()``.

    The analysts' decisions (reject, merge, edit …) are the ``Curating`` methods (``graph.curation_api``)."""

    def __init__(self, store: GraphStore, *, writable: bool = False, owns_store: bool = True) -> None:
        self.store = store
        self._writable = writable
        self._owns_store = owns_store

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_store:
            self.store.close()

    def __repr__(self) -> str:
        return f"Graph({self.store.location!r}, {self.store.dialect.name})"

    # -- Cypher ---------------------------------------------------------------------------------
    def cypher(self, query: str, **params: Any) -> pd.DataFrame:
        """Run a read-only Cypher query; write clauses are refused (see ``write``)."""
        return self.store.query(query, params).to_dataframe()

    def write(self, query: str, **params: Any) -> pd.DataFrame:
        """Run a Cypher statement that may change the graph: the one explicit door for writes."""
        if not self._writable:
            raise ReadOnlyViolation("this graph was opened read-only: use open_graph(..., read_only=False) to write")
        return self.store.execute_write(query, params).to_dataframe()

    def _records(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self.store.query(query, params).records()

    # -- names ----------------------------------------------------------------------------------
    def resolve(self, name_or_alias: str) -> str | None:
        """The id of the entity called ``name_or_alias`` (id, name or alias, Korean or English), or None.

        Names compare by ``normalize_name`` ("카카오 브레인" finds "카카오브레인").
        When several entities match, organisations win over people and
        technologies, and a name beats an alias.
        """
        key = normalize_name(name_or_alias)
        if not key:
            return None
        label = label_of_id(name_or_alias)
        if label and self._records(queries.entity(label), id=name_or_alias):  # an id: one primary-key lookup
            return name_or_alias
        for label in queries.ENTITY_LABELS:
            named = self._records(queries.resolve_by_name(label), key=key)  # a name beats an alias: asked first
            if named:
                return named[0]["id"]
            found = self._records(queries.resolve(label), q=name_or_alias, key=key)
            if found:
                return sorted(found, key=lambda r: (not r["by_name"], r["id"]))[0]["id"]
            # aliases are stored as written; compare their normalised form too
            for row in self._records(queries.aliases(label)):
                if normalize_name(row["alias"]) == key:
                    return row["id"]
        return None

    def entity(self, name_or_alias: str) -> dict[str, Any]:
        """``{id, name, type, label, aliases}`` of an entity; raises ``UnknownEntity`` if there is none."""
        label = label_of_id(name_or_alias)
        found = self._records(queries.entity(label), id=name_or_alias) if label else []
        if found:  # an id: one primary-key lookup (``resolve`` would make it, and this the same again)
            return {**found[0], "label": label, "aliases": list(found[0]["aliases"] or [])}
        node_id = self.resolve(name_or_alias)
        if node_id is not None:
            for label in queries.ENTITY_LABELS:
                found = self._records(queries.entity(label), id=node_id)
                if found:
                    return {**found[0], "label": label, "aliases": list(found[0]["aliases"] or [])}
        raise UnknownEntity(f"no organisation, person or technology is called {name_or_alias!r}")

    # -- facts ----------------------------------------------------------------------------------
    def _fact_rows(
        self,
        rel_types: Sequence[str] = queries.FACT_TYPES,
        *,
        source: dict[str, Any] | None = None,
        target: dict[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        newest: int | None = None,
        cut: tuple[int, Any] | None = None,
        raw: bool = False,
    ) -> list[dict[str, Any]]:
        """Fact rows with endpoints, their articles' first publication and the effective date ``when``;
        only the ``newest`` by stated date when given (``cut``: the number of facts and the stated date of
        the ``newest``-th newest, when the store keeps them: ``graph.profile_cuts``); as extracted, before
        fact decisions, with ``raw``."""
        rows = self._stored_facts(rel_types, source=source, target=target, ids=ids, newest=newest, cut=cut, raw=raw)
        return self._dated(rows, self._articles_of(rows), since, until)

    def _stored_facts(
        self,
        rel_types: Sequence[str],
        *,
        source: dict[str, Any] | None,
        target: dict[str, Any] | None,
        ids: Sequence[str] | None = None,
        newest: int | None = None,
        cut: tuple[int, Any] | None = None,
        raw: bool = False,
    ) -> list[dict[str, Any]]:
        """The facts ``_fact_rows`` shows, as the store gives them (before their articles are read)."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if source:
            where.append("a.id = $source")
            params["source"] = source["id"]
        if target:
            where.append("b.id = $target")
            params["target"] = target["id"]
        if ids is not None:
            where.append("x.id IN $ids")
            params["ids"] = list(ids)
        labels: dict[str, str] = {
            "source_label": source["label"] if source else "",
            "target_label": target["label"] if target else "",
        }
        kept: set[str] | None = None
        oldest: Any = None
        bounds = [""]  # one read per condition of ``queries.stated_since`` when the newest facts are bounded by date
        if newest is not None:  # ranked on dates alone, then the wide columns of the newest facts only
            ranking = functools.partial(
                queries.newest_fact_ids,
                rel_types,
                where=list(where),
                source_label=labels["source_label"],
                target_label=labels["target_label"],
            )
            if cut is None:
                ranked = self._records(ranking(with_ids=False), **params, limit=newest)
                cut = (len(ranked), ranked[-1]["stated"] if ranked else None)
            if cut[0] >= newest and cut[1] is not None:
                # every kept fact is dated no earlier than the last: a comparison per fact, where a
                # list of ids would be searched per fact; the few more tied facts are dropped below.
                # The bound a literal (``queries.literal``), one column per read (``queries.stated_since``):
                # LadybugDB then narrows before reading the wide columns
                oldest = cut[1]
                bounds = queries.stated_since(self.store.dialect, queries.literal(oldest))
            elif cut[0] >= newest:  # undated ones are kept too, by id: those ids are needed
                ranked = self._records(ranking(), **params, limit=newest)
                kept = {r["id"] for r in ranked}
                where.append("x.id IN $newest")
                params["newest"] = sorted(kept)
        rows = [
            row
            for bound in bounds
            for row in self._records(
                queries.facts(
                    self.store.dialect,
                    rel_types,
                    where=[*where, bound] if bound else where,
                    source_label=labels["source_label"],
                    target_label=labels["target_label"],
                ),
                **params,
            )
        ]
        if kept is not None:
            rows = [r for r in rows if r["id"] in kept]
        if oldest is not None:  # the ranking's order: latest stated date first, ties by id
            rows.sort(key=lambda r: r["id"])
            rows.sort(key=queries.stated_date, reverse=True)
            rows = rows[:newest]
        if raw:
            rows = as_extracted(
                self.store,
                rows,
                rel_types,
                source_id=source["id"] if source else None,
                target_id=target["id"] if target else None,
                ids=ids,
            )
        return rows

    def _articles_of(self, rows: Iterable[dict[str, Any]], more: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
        """The articles stating ``rows`` and the articles ``more``, by id (one read)."""
        article_ids = sorted({a for r in rows for a in r["articles"] or []} | set(more))
        return {a["id"]: a for a in self._records(queries.articles(), ids=article_ids)} if article_ids else {}

    @staticmethod
    def _dated(
        rows: list[dict[str, Any]], articles: dict[str, dict[str, Any]], since: DateLike, until: DateLike
    ) -> list[dict[str, Any]]:
        """``rows`` with their first article's date, title and link and their effective date ``when``, within
        ``since`` and ``until``, newest first."""
        for row in rows:
            row["evidence"] = list(row.pop("sentences") or [])
            row["articles"] = list(row["articles"] or [])
            known = sorted((articles[a] for a in row["articles"] if a in articles), key=_article_order)
            first = known[0] if known else {}
            row["published"] = first.get("published")
            row["article_title"] = first.get("title")
            row["url"] = first.get("url")
            row["ingested_at"] = first.get("ingested_at")
            row["annual_amount"] = annual_amount(row)
            row["when"] = effective_date(row, row["published"])
        start, end = _as_date(since), _as_date(until)
        rows = [r for r in rows if _within(r["when"], start, end)]
        rows.sort(key=lambda r: (r["when"] is None, _neg_ordinal(r["when"]), -(r["amount"] or 0.0), r["id"]))
        return rows

    def investments(
        self,
        investor: str | None = None,
        recipient: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        *,
        conflicts: bool = False,
        raw: bool = False,
    ) -> pd.DataFrame:
        """``INVESTED_IN`` facts, newest first; ``when`` is the effective date ``since``/``until`` filter on (module doc).

        ``value_krw`` / ``value_usd`` give every amount in both currencies
        (``core.money``: stated, or converted at the rate of ``fx_year``; NaN
        only for a currency the FX table lacks).  ``conflicts=True`` adds
        ``reports_differ`` and ``other_reports`` (``graph.conflicts``).  ``raw=True``: as extracted, before
        the analysts' fact decisions (``graph.raw``).
        """
        facts = _frame(
            self._fact_rows(
                [RelationType.INVESTED_IN.value],
                source=self.entity(investor) if investor else None,
                target=self.entity(recipient) if recipient else None,
                since=since,
                until=until,
                raw=raw,
            )
        )
        renamed = facts.rename(
            columns={
                "source": "investor",
                "source_id": "investor_id",
                "source_type": "investor_type",
                "target": "recipient",
                "target_id": "recipient_id",
                "target_type": "recipient_type",
            }
        )
        basis = [
            money.fx_basis(*r)
            for r in zip(renamed["date"], renamed["start_date"], renamed["published"], renamed["ingested_at"])
        ]
        valued = money.add_values(renamed, basis)[INVESTMENT_COLUMNS].reset_index(drop=True)
        return mark_conflicts(valued) if conflicts else valued

    def partners(self, org: str) -> pd.DataFrame:
        """Partners of ``org`` (``PARTNERS_WITH`` is symmetric, so both stored directions count)."""
        node = self.entity(org)
        kind = [RelationType.PARTNERS_WITH.value]
        outgoing = _frame(self._fact_rows(kind, source=node)).rename(
            columns={"target": "partner", "target_id": "partner_id", "target_type": "partner_type"}
        )
        incoming = _frame(self._fact_rows(kind, target=node)).rename(
            columns={"source": "partner", "source_id": "partner_id", "source_type": "partner_type"}
        )
        both = pd.concat([outgoing[PARTNER_COLUMNS], incoming[PARTNER_COLUMNS]], ignore_index=True)
        return both.sort_values(["partner", "id"], ignore_index=True)

    def profile(self, name_or_alias: str, limit: int | None = None, *, raw: bool = False) -> dict[str, Any]:
        """``_profile`` with its relations as a frame (``RELATION_COLUMNS``)."""
        found = self._profile(name_or_alias, limit, raw=raw)
        return {**found, "relations": relation_frame(found["relations"])}

    def _profile(self, name_or_alias: str, limit: int | None = None, *, raw: bool = False) -> dict[str, Any]:
        """An entity with every fact touching it (``relations``), the articles mentioning it (``mentions``, oldest
        first) and their number (``mention_count``); with ``limit``, only the ``limit`` latest-dated facts of each
        direction and the ``limit`` newest mentions (a hub is named in thousands of articles, whose titles
        would be read for nothing); ``raw``: the facts as extracted.  ``left_out``: how many of the facts read
        were not kept (a ``limit`` below ``profile_cuts.FACTS`` reads that many, from the stored cut, and keeps
        the newest: cheaper than ranking a hub's facts, and only the kept ones are shaped; a first load's
        ``profile_cuts.FIRST`` reads only those, from their own cut, and leaves none out).  ``relations`` are
        plain rows, sorted, so a page adds its columns before it makes the one frame (``relation_frame``)."""
        node = self.entity(name_or_alias)
        # where the store keeps it, where each direction's newest facts stop (no ranking of a hub's facts)
        # a first load (``profile_cuts.FIRST``) reads up to its own cut; as extracted (``raw``) it reads the
        # ``FACTS`` cut's and counts what it left out, which is what tells there is more to show
        first = limit == profile_cuts.FIRST and not raw
        read = limit if first else profile_cuts.FACTS if limit is not None and limit <= profile_cuts.FACTS else limit
        cuts = (
            profile_cuts.read(self.store, node["id"], read) if read in (profile_cuts.FIRST, profile_cuts.FACTS) else {}
        )
        sides = {"out": ("target", node, None), "in": ("source", None, node)}
        stored = {
            direction: self._stored_facts(
                queries.FACT_TYPES, source=source, target=target, newest=read, cut=cuts.get(direction), raw=raw
            )
            for direction, (_, source, target) in sides.items()
        }
        left_out = 0
        if limit is not None and read != limit:
            for direction, found in stored.items():
                stored[direction] = _newest(found, limit)
                left_out += len(found) - len(stored[direction])
        with_founding = not self.store.lacks("MENTIONED_IN", "founded")  # False: read-only, from before founding dates
        mentioned = self._records(queries.mentions(node["label"], with_founding), id=node["id"])
        mention_count, founded = len(mentioned), founding(mentioned)
        if limit is not None and mention_count > limit:  # the newest, undated ones last; shown oldest first
            dated = [m for m in mentioned if m["published"] is not None]
            kept = {
                m["article_id"] for m in [*reversed(dated), *(m for m in mentioned if m["published"] is None)][:limit]
            }
            mentioned = [m for m in mentioned if m["article_id"] in kept]
        # one read of every article shown: the facts' and the mentions'
        shown = self._articles_of([r for found in stored.values() for r in found], [m["article_id"] for m in mentioned])
        rows = []  # shaped and sorted as plain rows, made a frame once: a page's few hundred rows cost less so
        for direction, (other, _, _) in sides.items():
            for fact in self._dated(stored[direction], shown, None, None):
                fact.update(direction=direction, other=fact[other], other_id=fact[f"{other}_id"])
                fact["other_type"] = fact[f"{other}_type"]
                rows.append(fact)
        rows.sort(key=lambda r: [queries.missing_last(r[c]) for c in ("type", "direction", "other", "id")])
        mentions = pd.DataFrame(
            [
                (
                    m["article_id"],
                    shown.get(m["article_id"], {}).get("title"),
                    m["published"],
                    shown.get(m["article_id"], {}).get("url"),
                    m["count"],
                )
                for m in mentioned
            ],
            columns=["article_id", "title", "published", "url", "count"],
        )
        return {
            **node,
            "relations": rows,
            "mentions": mentions,
            "mention_count": mention_count,
            "left_out": left_out,
            "founded": founded,
        }

    def path(
        self,
        org_a: str,
        org_b: str,
        *,
        relation_types: Iterable[str] | None = None,
        max_hops: int = 6,
    ) -> list[dict[str, Any]]:
        """One shortest path between two entities, ignoring direction, as hops in path order.

        Each hop is ``{from, from_id, to, to_id, type, forward, ...fact}``;
        ``forward`` is False where the stored relationship points from ``to``
        to ``from``.  An empty list means no path within ``max_hops``.
        """
        a, b = self.entity(org_a), self.entity(org_b)
        if a["id"] == b["id"]:
            return []
        types = _relation_types(relation_types)
        found = self._records(
            queries.shortest_path(self.store.dialect, a["label"], b["label"], types, max_hops), a=a["id"], b=b["id"]
        )
        if not found:
            return []
        nodes, rels = found[0]["nodes"], found[0]["rels"]
        facts = {r["id"]: r for r in self._fact_rows(types, ids=[r["id"] for r in rels])}
        hops = []
        for here, there, rel in zip(nodes, nodes[1:], rels):
            fact = facts[rel["id"]]
            hops.append(
                {
                    "from": here["name"],
                    "from_id": here["id"],
                    "to": there["name"],
                    "to_id": there["id"],
                    "type": fact["type"],
                    "forward": fact["source_id"] == here["id"],
                    **{
                        k: fact[k]
                        for k in ("amount", "currency", "date", "published", "confidence", "articles", "evidence", "id")
                    },
                }
            )
        return hops

    # -- export ---------------------------------------------------------------------------------
    def to_networkx(self, relation_types: Iterable[str] | None = None, since: DateLike = None) -> nx.MultiDiGraph:
        """The selected facts as a networkx ``MultiDiGraph`` keyed by relationship id.

        Nodes are the entities taking part in those facts (attributes ``name``,
        ``type``, ``label``); edges carry ``EDGE_ATTRIBUTES``.  ``since``
        filters on the effective date (module doc).
        """
        G = nx.MultiDiGraph()
        for row in self._fact_rows(_relation_types(relation_types), since=since):
            for end in ("source", "target"):
                G.add_node(
                    row[f"{end}_id"], name=row[end], type=row[f"{end}_type"], label=_label_of(row[f"{end}_type"])
                )
            G.add_edge(row["source_id"], row["target_id"], key=row["id"], **{k: row[k] for k in EDGE_ATTRIBUTES})
        return G


def open_graph(
    store: str | os.PathLike[str] | StoreSpec | GraphStore | None = None,
    *,
    read_only: bool = True,
    database: str | None = None,
) -> Graph:
    """Open the graph the CLI would use: ``store``, else ``$AIGRAPH_STORE``, else ``$NEO4J_URI``, else the default file.

    ``database`` names a Neo4j database (default ``$NEO4J_DATABASE``, else the server's default).

    Read-only by default, so a notebook cannot change the graph by accident
    (and an embedded file opened read-only can be shared with other
    readers); pass ``read_only=False`` to use ``Graph.write``.  An already
    open ``GraphStore`` is wrapped, and left open by ``close()``.
    """
    if isinstance(store, GraphStore):
        return Graph(store, writable=not read_only, owns_store=False)
    return Graph(open_store(store, read_only=read_only, database=database), writable=not read_only)


# -- helpers ------------------------------------------------------------------------------------


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=FACT_ROW_COLUMNS)


def _relation_types(relation_types: Iterable[str] | None) -> list[str]:
    if relation_types is None:
        return list(queries.FACT_TYPES)
    types = [RelationType(str(getattr(t, "value", t)).upper()).value for t in relation_types]
    if not types:
        raise ValueError("relation_types is empty: pass None for every fact type")
    return types


def _label_of(entity_type: str) -> str:
    return EntityType(entity_type).label


def _as_date(value: DateLike) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return parse_partial_date(value)


def _within(when: date | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    return when is not None and (start is None or when >= start) and (end is None or when <= end)


def relation_frame(rows: list[dict[str, Any]], columns: Sequence[str] = RELATION_COLUMNS) -> pd.DataFrame:
    """Profile relation rows (``Graph._profile``) as one frame of ``columns``, built once from plain rows."""
    return pd.DataFrame([[r.get(c) for c in columns] for r in rows], columns=list(columns))


def _neg_ordinal(when: date | None) -> int:
    return -when.toordinal() if when else 0


def founding(mentions: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """When an organisation was founded, by the articles that say so: the date most of them state (the earliest
    on a tie), its sources and one sentence stating it, and the other dates reported (``differing``, date ->
    article ids), so disagreeing reports are shown, not hidden."""
    stated: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        if m.get("founded"):
            stated[m["founded"]].append(m)
    if not stated:
        return None
    most = min(stated, key=lambda d: (-len(stated[d]), d))
    return {
        "date": most,
        "articles": [m["article_id"] for m in stated[most]],
        "evidence": stated[most][0]["founded_evidence"],
        "differing": {d: [m["article_id"] for m in found] for d, found in sorted(stated.items()) if d != most},
    }


def _newest(facts: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The ``limit`` facts ``queries.newest_fact_ids`` would rank first: latest stated date, undated last, ties by id."""
    stated = [(queries.stated_date(fact), fact["id"], k) for k, fact in enumerate(facts)]  # each date found once
    stated.sort(key=lambda s: s[1])
    stated.sort(key=lambda s: (s[0] is not None, s[0] or date.min), reverse=True)  # stable: ties stay by id
    return [facts[k] for _, _, k in stated[:limit]]


def _article_order(article: dict[str, Any]) -> tuple[bool, date, str]:
    published = article.get("published")
    return (published is None, published or date.min, article["id"])
