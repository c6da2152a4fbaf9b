"""``ProfileCut``: where an entity's profile stops, so a first load need not rank a hub's facts by date.

A profile lists an entity's ``FACTS`` latest-dated facts each way
(``Graph.profile``), a first load its ``FIRST`` latest: it read the wide
columns of the facts dated no earlier than the ``FACTS``-th newest, and
finding that date ranked the entity's whole adjacency on every load (two
rankings of thousands of facts for a hub).  For every entity with at least
``FIRST`` facts one way, a ``ProfileCut`` row under its id keeps, per
direction, how many facts it has (``out_facts``, ``in_facts``) and the stated
date (``queries.STATED_DATE``) of its ``FACTS``-th newest (``out_since``,
``in_since``) and of its ``FIRST``-th newest (``out_first``, ``in_first``; each
null when that fact is undated or there is none, and the profile then ranks
or reads every fact as before), so a first load reads only the ``FIRST`` it
shows.  An entity without a row has fewer than ``FIRST`` facts each way: its
profile reads them all.

Rows are derived from the facts by ``derive`` alone; ``graph.aggregates``
stores them for every entity whose facts a write, a retraction or a decision
changed, in the transaction that changes them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import label_of_id
from aigraph.graph import queries

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

LABEL = "ProfileCut"
FACTS = 200  # a profile's facts each way (``dashboard.pagedata.PROFILE_ROWS``)
FIRST = 100  # of which a first load shows these (``dashboard.pagedata.PROFILE_FIRST``)
DIRECTIONS = ("out", "in")
_ALL_FACTS = "|".join(queries.FACT_TYPES)


def derive(store: GraphStore, ids: list[str] | None) -> list[dict[str, Any]]:
    """The rows of the entities ``ids`` (every entity when None) that have at least ``FIRST`` (or ``FACTS``,
    when smaller) facts one way.

    Each direction's facts are counted per stated date in the store (one
    row per entity and date, not per fact), each entity looked up by its key.
    """
    dated: dict[tuple[str, str], Counter[date | None]] = {}
    for direction in DIRECTIONS:
        for label in queries.ENTITY_LABELS:
            mine = ids if ids is None else [i for i in ids if label_of_id(i) in (label, None)]
            if mine is not None and not mine:
                continue
            edge = f"(n)-[x:{_ALL_FACTS}]->()" if direction == "out" else f"()-[x:{_ALL_FACTS}]->(n)"
            match = (
                f"MATCH (n:{label}) MATCH {edge}"
                if mine is None
                else (f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i MATCH {edge}")
            )
            found = store.query(
                f"{match} RETURN n.id AS id, {queries.STATED_DATE} AS stated, count(x) AS n",
                {"ids": mine} if mine is not None else {},
            ).rows
            for entity, stated, n in found:
                dated.setdefault((entity, direction), Counter())[stated] += int(n)
    rows = []
    for entity in sorted({e for (e, _), counts in dated.items() if sum(counts.values()) >= min(FIRST, FACTS)}):
        row: dict[str, Any] = {"id": entity}
        for direction in DIRECTIONS:
            counts = dated.get((entity, direction), Counter())
            row[f"{direction}_facts"] = sum(counts.values())
            row[f"{direction}_since"], row[f"{direction}_first"] = _since(counts, FACTS), _since(counts, FIRST)
        rows.append(row)
    return rows


def _since(counts: Counter[date | None], depth: int) -> date | None:
    """The stated date of the ``depth``-th newest fact (None when it is undated, undated facts ranking last,
    or when there are fewer)."""
    seen = 0
    for stated in sorted((d for d in counts if d is not None), reverse=True):
        seen += counts[stated]
        if seen >= depth:
            return stated
    return None


def read(store: GraphStore, entity_id: str, depth: int | None = None) -> dict[str, tuple[int, date | None]]:
    """Per direction, an entity's number of facts and the stated date of its ``depth``-th newest (``FIRST`` or,
    by default, ``FACTS``; a primary-key lookup); (0, None) each way for an entity with no row, which has fewer than
    ``FIRST`` facts each way."""
    column = "first" if depth == FIRST else "since"
    columns = ", ".join(f"s.{d}_facts AS {d}_facts, s.{d}_{column} AS {d}_since" for d in DIRECTIONS)
    found = store.query(f"MATCH (s:{LABEL}) WHERE s.id = $id RETURN {columns}", {"id": entity_id}).records()
    row = found[0] if found else {}
    return {d: (int(row.get(f"{d}_facts") or 0), row.get(f"{d}_since")) for d in DIRECTIONS}
