"""Links between organisations stored beside the facts, so the network pages read links instead of grouping facts.

A degree network draws at most 600 edges among its 120 organisations and an
ego view ranks a hop's neighbours by the facts tying them to it; computed from
the facts, both group every fact of the organisations they start from (at a
million facts, a hub ring's hundreds of thousands) by neighbour and type.
Kept here (``schema.AGGREGATE_LINKS``), between ``OrgNode``s (one per
organisation with a link; not the ``Organization`` node, so no pattern over an
organisation's relationships meets them):

- ``ORG_LINK`` per (source, target, fact type) of the facts between two
  organisations: their number and the least first sentence, exactly what
  ``reads.organisation_edges`` groups from the facts;
- ``ORG_PAIR`` per unordered pair of two different organisations: the number
  of facts between them either way (the weight ``reads.organisation_links``
  ranks a hop's neighbours by).

``refresh`` recomputes, from the facts as they are now, every link touching
the given organisations and every link between the given pairs (either way),
and replaces the stored ones; like every aggregate it runs in the
transaction that changed those facts (``aggregates.refresh``), so the links
cannot drift.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from aigraph.graph import queries

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

LINK, PAIR, NODE = "ORG_LINK", "ORG_PAIR", "OrgNode"
_ALL_FACTS = "|".join(queries.FACT_TYPES)
_CHUNK = 2000


def link_id(source: str, target: str, fact_type: str) -> str:
    """An ``ORG_LINK``'s key (what tests and ``aggregates.stored`` sort and compare by)."""
    return f"{source}|{target}|{fact_type}"


def pair_id(a: str, b: str) -> str:
    """An ``ORG_PAIR``'s key: its two organisations in id order (the link goes from the first to the second)."""
    return "|".join(sorted((a, b)))


def derive(
    store: GraphStore,
    ids: Sequence[str] | None,
    pairs: Iterable[tuple[str, str]] = (),
    facts: dict[str, int] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """``ORG_LINK`` and ``ORG_PAIR`` rows of every fact between two organisations that touches ``ids`` (every
    fact when None) or ties one of ``pairs`` (either way), from the facts as they are now.

    Every link of a pair it looks at is found, so each pair's total is whole.  A pair is looked up from its
    end with fewer ``facts`` (an organisation's fact count, as far as known), so a hub's adjacency is not
    walked once for every newcomer tied to it.
    """
    dialect = store.dialect
    pattern = f"(a:Organization)-[x:{_ALL_FACTS}]->(b:Organization)"
    returned = (
        f"RETURN a.id AS source, b.id AS target, {dialect.type_of('x')} AS type, count(*) AS facts, "
        f"min({dialect.first_item('x.sentences')}) AS sentence"
    )
    statements: list[tuple[str, dict[str, Any]]] = []
    if ids is None:
        statements.append((f"MATCH {pattern} {returned}", {}))
    elif ids:  # each end looked up by key, then its adjacency: never a comparison with every id
        statements += [
            (f"UNWIND $ids AS i MATCH {pattern} WHERE {end}.id = i {returned}", {"ids": list(ids)}) for end in "ab"
        ]
    if ids is not None:
        statements += [
            (f"UNWIND $pairs AS p {_anchored(anchor, 'Organization', pattern)} {returned}", {"pairs": found})
            for anchor, found in _probes(pairs, facts).items()
            if found
        ]
    links: dict[str, dict[str, Any]] = {}
    for statement, params in statements:
        for row in store.query(statement, params).records():
            key = link_id(row["source"], row["target"], row["type"])
            links[key] = {"id": key, **row, "facts": int(row["facts"])}
    totals: Counter[tuple[str, str]] = Counter()
    for link in links.values():
        if link["source"] != link["target"]:
            a, b = sorted((link["source"], link["target"]))
            totals[a, b] += link["facts"]
    pair_rows = [{"id": pair_id(a, b), "source": a, "target": b, "facts": n} for (a, b), n in totals.items()]
    return {LINK: sorted(links.values(), key=lambda r: r["id"]), PAIR: sorted(pair_rows, key=lambda r: r["id"])}


def refresh(
    store: GraphStore,
    ids: Sequence[str] | None,
    pairs: Iterable[tuple[str, str]] = (),
    facts: dict[str, int] | None = None,
) -> None:
    """Replace the stored links touching ``ids`` (every link when None) or between ``pairs`` by ``derive``'s."""
    pair_list = sorted(set(pairs))
    replace(store, ids, pair_list, derive(store, ids, pair_list, facts), facts)


def _probes(pairs: Iterable[tuple[str, str]], facts: dict[str, int] | None) -> dict[str, list[dict[str, str]]]:
    """Each pair either way round (``s`` the source, ``t`` the target), by the end it is looked up from
    (``a`` the source, ``b`` the target): the one with fewer ``facts``."""
    known = facts or {}
    probes: dict[str, list[dict[str, str]]] = {"a": [], "b": []}
    for s, t in sorted({(s, t) for pair in pairs for s, t in (pair, pair[::-1])}):
        probes["a" if (known.get(s, 0), s) <= (known.get(t, 0), t) else "b"].append({"s": s, "t": t})
    return probes


def _anchored(anchor: str, label: str, pattern: str) -> str:
    """``MATCH`` the ``pattern`` (``a`` its source, ``b`` its target) of a probe ``p`` from its ``anchor`` end."""
    ends = {"a": "p.s", "b": "p.t"}
    other = "b" if anchor == "a" else "a"
    return (
        f"MATCH ({anchor}:{label}) WHERE {anchor}.id = {ends[anchor]} MATCH {pattern} WHERE {other}.id = {ends[other]}"
    )


def replace(
    store: GraphStore,
    ids: Sequence[str] | None,
    pairs: Sequence[tuple[str, str]],
    rows: dict[str, list[dict[str, Any]]],
    facts: dict[str, int] | None = None,
) -> None:
    """Delete the stored links touching ``ids`` (all, and every ``OrgNode``, when None) or between ``pairs``
    (each looked up from its end with fewer ``facts``), then store ``rows`` (``derive``'s); an ``OrgNode``
    left without a link is deleted."""
    ends = sorted({e for found in rows.values() for row in found for e in (row["source"], row["target"])})
    if ids is None:
        for rel in (LINK, PAIR):
            store._run(f"MATCH ()-[l:{rel}]->() DELETE l", write=True)
        store._run(f"MATCH (n:{NODE}) DELETE n", write=True)
        touched = []
    else:
        for rel in (LINK, PAIR):
            for end in "ab":
                _each(
                    store, f"MATCH (a:{NODE})-[l:{rel}]->(b:{NODE}) WHERE {end}.id = i DELETE l", "$ids AS i", list(ids)
                )
            for anchor, found in _probes(pairs, facts).items():
                _each(
                    store,
                    f"{_anchored(anchor, NODE, f'(a:{NODE})-[l:{rel}]->(b:{NODE})')} DELETE l",
                    "$ids AS p",
                    found,
                )
        touched = sorted({*ids, *(e for pair in pairs for e in pair)})
    known = set()
    for start in range(0, len(ends), _CHUNK):
        known |= {
            r[0]
            for r in store._run(
                f"UNWIND $ids AS i MATCH (n:{NODE}) WHERE n.id = i RETURN n.id",
                {"ids": ends[start : start + _CHUNK]},
                write=False,
            ).rows
        }
    _each(store, f"CREATE (n:{NODE} {{id: i}})", "$ids AS i", [e for e in ends if e not in known])
    for rel, found in rows.items():
        for start in range(0, len(found), _CHUNK):
            chunk = found[start : start + _CHUNK]
            props = [p for p in ("type", "facts", "sentence") if p in chunk[0] and any(r[p] is not None for r in chunk)]
            # a property null in every row stays unset: LadybugDB cannot type a parameter that is only nulls
            inline = ", ".join(f"{p}: r.{p}" for p in props)
            store._run(
                f"UNWIND $rows AS r MATCH (a:{NODE}) WHERE a.id = r.source MATCH (b:{NODE}) WHERE b.id = r.target "
                f"CREATE (a)-[:{rel} {{{inline}}}]->(b)",
                {"rows": [{"source": r["source"], "target": r["target"], **{p: r[p] for p in props}} for r in chunk]},
                write=True,
            )
    _each(store, f"MATCH (n:{NODE}) WHERE n.id = i AND NOT EXISTS {{ MATCH (n)--() }} DELETE n", "$ids AS i", touched)


def _each(store: GraphStore, clause: str, unwind: str, values: list[Any]) -> None:
    """Run the write ``UNWIND <unwind> <clause>`` over ``values`` in chunks (nothing when there are none)."""
    for start in range(0, len(values), _CHUNK):
        store._run(f"UNWIND {unwind} {clause}", {"ids": values[start : start + _CHUNK]}, write=True)
