"""Read queries shared by the Python API and the dashboard, written once for both backends.

Each function returns Cypher text for a ``Dialect``; the few spots where the
dialects differ are delegated to ``graph.dialect``.  The queries follow the
portable style: labels and relationship types named in patterns (LadybugDB
needs a named type for property access), lookups as ``WHERE n.id = $id``, no
list comprehensions, no APOC.
"""

from __future__ import annotations

import decimal
import math
import numbers
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from aigraph.core.vocabulary import RelationType
from aigraph.graph.dialect import Dialect
from aigraph.graph.schema import FACT_PROPERTIES, NODE_PROPERTIES

ENTITY_LABELS = ("Organization", "Person", "Technology")
FACT_TYPES: tuple[str, ...] = tuple(r.value for r in RelationType)
# Relationship columns returned by ``facts``; ``evidence`` (JSON with offsets) stays in the store.
FACT_COLUMNS = tuple(p for p in FACT_PROPERTIES if p != "evidence")
# What ``facts`` returns before the fact's own columns: its type and both endpoints.
ENDPOINT_COLUMNS = ("type", "source_id", "source", "source_type", "target_id", "target", "target_type")


def _type_expr(var: str, label: str) -> str:
    """An entity's type: the organisation subtype, or the label for people and technologies."""
    return f"{var}.type" if "type" in NODE_PROPERTIES[label] else f"'{label}'"


def _endpoint_type(dialect: Dialect, var: str, label: str) -> str:
    """The type of a fact's endpoint; unlabelled, LadybugDB yields null ``type`` for people, so the label fills in."""
    return _type_expr(var, label) if label else f"coalesce({var}.type, {dialect.label_of(var)})"


def resolve_by_name(label: str) -> str:
    """The entity of ``label`` with the smallest id whose normalised name equals the input: a comparison of one
    text column (Neo4j: an index), where ``resolve`` also searches every entity's list of aliases."""
    return f"MATCH (n:{label}) WHERE n.name_key = $key RETURN n.id AS id ORDER BY n.id LIMIT 1"


def resolve(label: str) -> str:
    """Entities of ``label`` whose id, normalised name or one of whose aliases equals the input."""
    return (
        f"MATCH (n:{label}) WHERE n.id = $q OR n.name_key = $key OR $q IN n.aliases "
        "RETURN n.id AS id, n.name_key = $key AS by_name ORDER BY n.id"
    )


def aliases(label: str) -> str:
    """Every alias of ``label``'s entities, for the normalised-alias fallback of ``resolve``."""
    return f"MATCH (n:{label}) UNWIND n.aliases AS alias RETURN n.id AS id, alias ORDER BY n.id"


def entity(label: str) -> str:
    return (
        f"MATCH (n:{label}) WHERE n.id = $id "
        f"RETURN n.id AS id, n.name AS name, {_type_expr('n', label)} AS type, n.aliases AS aliases"
    )


def mentions(label: str, founding: bool = True) -> str:
    """The articles an entity appears in (id, date, count and the founding date each states), oldest first: their titles and links are read
    by id (``articles``), since naming them here makes LadybugDB read them for every article first.  Written
    from the article's side: LadybugDB then starts from the entity's key and walks its mentions, where the
    pattern written from the entity made it scan every article first (1M facts: 7 ms against 0.5 ms).
    ``founding``: False for a store opened read-only that predates the founding columns."""
    return (
        f"MATCH (art:Article)<-[m:MENTIONED_IN]-(n:{label}) WHERE n.id = $id "
        "RETURN art.id AS article_id, art.published AS published, m.count AS count"
        + (", m.founded AS founded, m.founded_evidence AS founded_evidence" if founding else "")
        + " ORDER BY art.published, art.id"
    )


def articles() -> str:
    """Articles by id, one primary-key lookup each (``IN $ids`` would compare every article with every id)."""
    return (
        "UNWIND $ids AS i MATCH (art:Article) WHERE art.id = i "
        "RETURN art.id AS id, art.title AS title, art.published AS published, art.url AS url, "
        "art.ingested_at AS ingested_at"
    )


def facts(
    dialect: Dialect,
    rel_types: Sequence[str] = FACT_TYPES,
    *,
    source_label: str = "",
    target_label: str = "",
    where: Sequence[str] = (),
    anchor: tuple[str, str] | None = None,
    evidence: bool = False,
) -> str:
    """Fact relationships ``(a)-[x]->(b)`` of the given types with both endpoints, one row each.

    ``where`` holds conditions on ``a``, ``x`` and ``b`` (for example
    ``"a.id = $source"``); the caller supplies their parameters.  Endpoint
    labels are optional but let Neo4j use its id index.  ``anchor``
    (``("a", "p.s")``: endpoint ``a`` has the id ``p.s``) looks that endpoint up
    by its key first and then walks its relationships: LadybugDB otherwise
    joins every fact of the type with the looked-up ids.  ``evidence`` adds the
    evidence JSON (left out by default: the largest column, which few readers need).
    """
    types = "|".join(rel_types)
    a = f"a:{source_label}" if source_label else "a"
    b = f"b:{target_label}" if target_label else "b"
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    columns = ", ".join(f"x.{p} AS {p}" for p in (*FACT_COLUMNS, *(["evidence"] if evidence else [])))
    start = ""
    if anchor is not None:
        var, key = anchor
        start = f"MATCH ({a if var == 'a' else b}) WHERE {var}.id = {key} "
        a, b = (var, b) if var == "a" else (a, var)
    return (
        f"{start}MATCH ({a})-[x:{types}]->({b}){clause} RETURN {dialect.type_of('x')} AS type, "
        f"a.id AS source_id, a.name AS source, {_endpoint_type(dialect, 'a', source_label)} AS source_type, "
        f"b.id AS target_id, b.name AS target, {_endpoint_type(dialect, 'b', target_label)} AS target_type, {columns}"
    )


def newest_fact_ids(
    rel_types: Sequence[str],
    *,
    source_label: str = "",
    target_label: str = "",
    where: Sequence[str] = (),
    with_ids: bool = True,
) -> str:
    """The ids (unless not ``with_ids``) and stated dates of the ``$limit`` facts with the latest stated date (undated
    ones last), and nothing else: the ranking reads two dates and the id per fact (LadybugDB reads every returned column
    of every row it sorts), and the wide columns are then read for those ids only (or for the facts dated no
    earlier than the last, when it is dated: a ranking of the dates alone is cheaper still)."""
    a = f"a:{source_label}" if source_label else "a"
    b = f"b:{target_label}" if target_label else "b"
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    ids = "x.id AS id, " if with_ids else ""
    order = ", id" if with_ids else ""
    return (
        f"MATCH ({a})-[x:{'|'.join(rel_types)}]->({b}){clause} RETURN {ids}{STATED_DATE} AS stated "
        f"ORDER BY stated IS NULL, stated DESC{order} LIMIT $limit"
    )


def literal(value: object) -> str:
    """A number or date as a Cypher literal, for the bound of a filter that narrows a large table.

    LadybugDB narrows a scan by a comparison with a literal before it reads
    the other returned columns, but with a parameter reads them for every row
    first (on 500,000 ``PairSum`` rows: 2 ms against 15 ms).  Neo4j turns
    literals into parameters itself, so its plans are cached all the same.
    Only finite numbers and dates pass: the text can hold nothing else.
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"date('{value.isoformat()}')"
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"not a number or date for a Cypher literal: {value!r}")
    if isinstance(value, numbers.Integral):
        return str(int(value))
    real = float(value)
    if not math.isfinite(real):
        raise ValueError(f"not a finite number for a Cypher literal: {value!r}")
    text = format(decimal.Decimal(repr(real)), "f")  # the shortest exact form, without an exponent
    return text if "." in text else f"{text}.0"


def literal_timestamp(dialect: Dialect, value: datetime) -> str | None:
    """A naive ``value`` as a LadybugDB TIMESTAMP literal (``literal``'s reason); None on Neo4j, which takes
    the parameter as it is (a literal would have to match how the driver stored the value)."""
    if dialect.name != "ladybug" or not isinstance(value, datetime) or value.tzinfo is not None:
        return None
    return f"timestamp('{value.isoformat(sep=' ')}')"


# A fact's own date, the first of these that is set (``newest_fact_ids`` ranks on it): ``STATED_DATE`` in Cypher,
# ``stated_date`` in Python, both written from this one list so the store's ranking and Python's cannot drift.
STATED_DATE_PROPERTIES = ("date", "start_date")
STATED_DATE = f"coalesce({', '.join(f'x.{p}' for p in STATED_DATE_PROPERTIES)})"


def stated_since(dialect: Dialect, bound: str) -> list[str]:
    """``STATED_DATE >= bound``, one condition per read: on LadybugDB (``Dialect.split_date_bounds``) disjoint
    conditions on one column each (together they find exactly the facts the ``coalesce`` would).  LadybugDB
    narrows a fact scan by a comparison of a column with a literal before it reads the returned columns, but not
    by the ``coalesce`` (a hub's 40,000 facts at 1M: the wide read of its 200 newest cost 2.4 scans, the two
    narrowed reads 1.3); Neo4j walks a hub's adjacency once per read, so it reads once."""
    if not dialect.split_date_bounds:
        return [f"{STATED_DATE} >= {bound}"]
    return [
        " AND ".join([f"x.{p} >= {bound}", *(f"x.{q} IS NULL" for q in STATED_DATE_PROPERTIES[:k])])
        for k, p in enumerate(STATED_DATE_PROPERTIES)
    ]


def stated_date(fact: Mapping[str, Any]) -> Any:
    """``STATED_DATE`` of a fact read into Python: its first stated-date property that is not null."""
    return next((fact[p] for p in STATED_DATE_PROPERTIES if fact.get(p) is not None), None)


def missing_last(value: object) -> tuple[bool, object]:
    """A sort key putting missing values last, as ``DataFrame.sort_values`` does (rows sorted in Python)."""
    return (value is None, "" if value is None else value)


def shortest_path(dialect: Dialect, label_a: str, label_b: str, rel_types: Sequence[str], max_hops: int) -> str:
    """One shortest undirected path between two entities over the given fact types."""
    return (
        f"MATCH (a:{label_a}) WHERE a.id = $a MATCH (b:{label_b}) WHERE b.id = $b "
        f"{dialect.shortest_path('p', 'a', 'b', '|'.join(rel_types), max_hops)} "
        "RETURN nodes(p) AS nodes, relationships(p) AS rels"
    )
