"""``ProfileCut``: where an entity's profile stops, so a first load need not rank a hub's facts by date.

A profile lists an entity's ``FACTS`` latest-dated facts each way
(``Graph.profile``): it read the wide columns of the facts dated no earlier
than the ``FACTS``-th newest, and finding that date ranked the entity's whole
adjacency on every load (two rankings of thousands of facts for a hub).  For
every entity with at least ``FACTS`` facts one way, a ``ProfileCut`` row under
its id keeps, per direction, how many facts it has (``out_facts``,
``in_facts``) and the stated date (``queries.STATED_DATE``) of its
``FACTS``-th newest (``out_since``, ``in_since``; null when that fact is
undated, and the profile then ranks as before).  An entity without a row has
fewer than ``FACTS`` facts each way: its profile reads them all.

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
DIRECTIONS = ("out", "in")
_ALL_FACTS = "|".join(queries.FACT_TYPES)


def derive(store: GraphStore, ids: list[str] | None) -> list[dict[str, Any]]:
    """The rows of the entities ``ids`` (every entity when None) that have at least ``FACTS`` facts one way.

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
    for entity in sorted({e for (e, _), counts in dated.items() if sum(counts.values()) >= FACTS}):
        row: dict[str, Any] = {"id": entity}
        for direction in DIRECTIONS:
            counts = dated.get((entity, direction), Counter())
            row[f"{direction}_facts"], row[f"{direction}_since"] = sum(counts.values()), _since(counts)
        rows.append(row)
    return rows


def _since(counts: Counter[date | None]) -> date | None:
    """The stated date of the ``FACTS``-th newest fact (None when it is undated: undated facts rank last)."""
    seen = 0
    for stated in sorted((d for d in counts if d is not None), reverse=True):
        seen += counts[stated]
        if seen >= FACTS:
            return stated
    return None


def read(store: GraphStore, entity_id: str) -> dict[str, tuple[int, date | None]]:
    """Per direction, an entity's number of facts and the stated date of its ``FACTS``-th newest (a primary-key
    lookup); (0, None) each way for an entity with no row, which has fewer than ``FACTS`` facts each way."""
    columns = ", ".join(f"s.{d}_facts AS {d}_facts, s.{d}_since AS {d}_since" for d in DIRECTIONS)
    found = store.query(f"MATCH (s:{LABEL}) WHERE s.id = $id RETURN {columns}", {"id": entity_id}).records()
    row = found[0] if found else {}
    return {d: (int(row.get(f"{d}_facts") or 0), row.get(f"{d}_since")) for d in DIRECTIONS}
