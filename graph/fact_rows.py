"""``FactRow``: every fact as a row found by its id, for the pages that list the facts of many articles.

LadybugDB indexes a node table's primary key but not a relationship's
properties, so finding a few thousand facts by id joined every fact table
by hash ("What's new" read all of them to show the facts of the latest
runs' articles).  A ``FactRow`` holds what such a list shows of a fact —
its type, endpoint ids, amount, currency, date, the articles stating it
and, aligned with them, the first sentence of each article's evidence —
under the fact's id, so a page reads it by primary key.  Names are not
copied: they are read by id from the entities (a rename changes no row).

Rows are derived from the facts by ``derive`` alone, and ``graph.aggregates``
stores them in the transaction that changes the facts: the write path
for each fact a batch states (``aggregates.add_article_facts``), a
retraction or an analyst's decision for each fact its articles stated
before and state after (``aggregates.refresh`` with ``article_ids``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from aigraph.core.vocabulary import label_of_id

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

LABEL = "FactRow"


class FactRef(NamedTuple):
    """A fact as an article's list names it (``ArticleStats.fact_refs``): type, id and its source's id.

    The source lets a reader reach the fact by a key (its source's adjacency)
    instead of a pass over the fact table.  Stored as ``"TYPE|fact id|source id"``.
    """

    type: str
    id: str
    source: str

    def encode(self) -> str:
        return f"{self.type}|{self.id}|{self.source}"

    @classmethod
    def decode(cls, text: str) -> FactRef:
        """The reference ``text`` stores; one stored before sources were recorded (``TYPE|fact id``, left only
        in a store no writer has opened since) has an empty source."""
        fact_type, fact, source = (text.split("|") + [""])[:3]
        return cls(fact_type, fact, source)


_COLUMNS = (
    "x.id AS id, a.id AS source_id, b.id AS target_id, x.amount AS amount, x.currency AS currency, "
    "x.date AS date, x.articles AS articles, x.evidence AS evidence"
)


def derive(store: GraphStore, refs: Iterable[str]) -> list[dict[str, Any]]:
    """The rows of the facts ``refs`` name (encoded ``FactRef``s, as ``ArticleStats.fact_refs``); a fact that no
    longer exists gives no row.

    A named fact is read from its source's adjacency (a primary-key lookup,
    one per source and type): never a pass over a fact table.
    """
    groups: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ref in map(FactRef.decode, refs):
        groups[(ref.type, label_of_id(ref.source) or "")][ref.source].add(ref.id)
    rows = []
    for (fact_type, label), by_source in sorted(groups.items()):
        source = f"a:{label}" if label else "a"
        anchored = [{"s": s, "ids": sorted(ids)} for s, ids in sorted(by_source.items())]
        match = (
            f"UNWIND $groups AS g MATCH ({source}) WHERE a.id = g.s MATCH (a)-[x:{fact_type}]->(b) WHERE x.id IN g.ids"
        )
        rows += [row(fact_type, r) for r in _read(store, match, {"groups": anchored})]
    return rows


def every_fact(store: GraphStore, fact_type: str) -> list[dict[str, Any]]:
    """Every fact of ``fact_type`` with what its row is made of (``row``), in one pass over its table."""
    return _read(store, f"MATCH (a)-[x:{fact_type}]->(b)", {})


def ids_of(refs: Iterable[str]) -> list[str]:
    """The fact ids of ``refs`` (the rows they name)."""
    return sorted({FactRef.decode(ref).id for ref in refs})


def _read(store: GraphStore, match: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return store.query(f"{match} RETURN {_COLUMNS}", params).records()


def row(fact_type: str, fact: dict[str, Any]) -> dict[str, Any]:
    """A fact as its row: the first sentence each stating article gives, in the stored evidence's order.

    ``fact`` holds at least ``every_fact``'s columns (a wider record, as ``queries.facts`` reads, will do)."""
    articles = sorted(fact["articles"] or [])
    evidence = json.loads(fact["evidence"]) if fact["evidence"] else []
    first: dict[str, str] = {}
    for item in evidence:
        first.setdefault(item["article_id"], item["text"])
    anyone = evidence[0]["text"] if evidence else ""
    return {
        "id": fact["id"],
        "type": fact_type,
        "source_id": fact["source_id"],
        "target_id": fact["target_id"],
        "amount": fact["amount"],
        "currency": fact["currency"],
        "date": fact["date"],
        "articles": articles,
        "sentences": [first.get(a, anyone) for a in articles],
    }
