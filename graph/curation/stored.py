"""Decisions, held-aside facts, facts and entities as the store keeps them: every read and write the other curation modules build on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from aigraph.core import money
from aigraph.core.vocabulary import (
    RELATION_PROPERTIES,
    RelationType,
    normalize_name,
)
from aigraph.graph.curation.model import ENTITY_LABELS, NOTE_EXTRACTOR, CurationState, Decision, HeldFact, state_of
from aigraph.graph.errors import QueryError
from aigraph.graph.model import Evidence, Relationship
from aigraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES
from aigraph.graph.stores.writing import BatchWriter

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


def decisions(store: GraphStore) -> list[Decision]:
    """Every decision, oldest first (the order they apply in)."""
    try:
        rows = store.query(
            "MATCH (d:Decision) RETURN d.id AS id, d.kind AS kind, d.subject AS subject, d.by AS by, "
            "d.at AS at, d.reason AS reason, d.payload AS payload, d.undone_by AS undone_by"
        ).records()
    except QueryError:  # an embedded store written before curation existed, opened read-only
        return []
    found = [
        Decision(
            **{
                **r,
                "payload": json.loads(r["payload"] or "{}"),
                "reason": r["reason"] or "",
                "undone_by": r["undone_by"] or "",
            }
        )
        for r in rows
    ]
    return sorted(found, key=lambda d: (d.at, d.id))


def decision_marker(store: GraphStore) -> str:
    """Changes whenever a decision is made or undone (the dashboard keys its caches on it)."""
    try:
        count, latest = store.query("MATCH (d:Decision) RETURN count(d), max(d.at)").rows[0]
    except QueryError:
        return ""
    return f"{count}:{latest or ''}"


def _save(store: GraphStore, decision: Decision) -> None:
    store.execute_write(
        "MERGE (d:Decision {id: $id}) SET d.kind = $kind, d.subject = $subject, d.by = $by, d.at = $at, "
        "d.reason = $reason, d.payload = $payload, d.undone_by = $undone_by",
        {
            **decision.model_dump(),
            "payload": json.dumps(decision.payload, ensure_ascii=False, sort_keys=True, default=str),
        },
    )


def held_facts(store: GraphStore, ids: Sequence[str] | None = None) -> dict[str, HeldFact]:
    """The ``ExtractedFact`` records (all, or those with these fact ids)."""
    where = " WHERE h.id IN $ids" if ids is not None else ""
    try:
        rows = store.query(
            f"MATCH (h:ExtractedFact){where} RETURN h.id AS id, h.type AS type, h.status AS status, h.source_id AS source_id, "
            "h.source_label AS source_label, h.target_id AS target_id, h.target_label AS target_label, "
            "h.properties AS properties, h.evidence AS evidence",
            {"ids": list(ids or [])} if ids is not None else {},
        ).records()
    except QueryError:
        return {}
    return {
        r["id"]: HeldFact(
            **{
                **r,
                "properties": json.loads(r["properties"] or "{}"),
                "evidence": [Evidence(**e) for e in json.loads(r["evidence"] or "[]")],
            }
        )
        for r in rows
    }


def _put_held(store: GraphStore, held: Iterable[HeldFact]) -> None:
    rows = [
        {
            **vars(h),
            "properties": _json(h.properties),
            "articles": h.articles,
            "evidence": json.dumps([e.model_dump() for e in _ordered(h.evidence)], ensure_ascii=False, sort_keys=True),
        }
        for h in held
    ]
    if rows:
        store.execute_write(
            "UNWIND $rows AS r MERGE (h:ExtractedFact {id: r.id}) SET h.type = r.type, h.status = r.status, "
            "h.source_id = r.source_id, h.source_label = r.source_label, h.target_id = r.target_id, "
            "h.target_label = r.target_label, h.properties = r.properties, h.evidence = r.evidence, h.articles = r.articles",
            {"rows": rows},
        )


def _drop_held(store: GraphStore, ids: Iterable[str]) -> None:
    store.execute_write("UNWIND $ids AS i MATCH (h:ExtractedFact) WHERE h.id = i DELETE h", {"ids": sorted(ids)})


def _json(properties: dict[str, Any]) -> str:
    return json.dumps(
        {k: v for k, v in properties.items() if v is not None}, ensure_ascii=False, sort_keys=True, default=str
    )


def _ordered(evidence: Iterable[Evidence]) -> list[Evidence]:
    return sorted(set(evidence), key=lambda e: (e.article_id, e.start, e.end, e.text))


def current_state(store: GraphStore) -> CurationState:
    return state_of(decisions(store))


def _edited(extracted: dict[str, Any], values: dict[str, Any], published: date | None) -> dict[str, Any]:
    """Extracted properties with the analyst's values, and ``amount_usd`` recomputed when the money changed."""
    merged = {**extracted, **values}
    if {"amount", "currency"} & set(values) and merged.get("amount") is not None and merged.get("currency"):
        year = money.fx_basis(merged.get("date"), merged.get("start_date"), published, date.today())
        usd = money.to_usd(float(merged["amount"]), str(merged["currency"]), year)
        merged["amount_usd"] = round(usd, 2) if usd is not None else None
    return {k: v for k, v in merged.items() if v is not None}


def _plain_properties(properties: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in properties.items() if v is not None}


_TYPED = list(RELATION_PROPERTIES)


def _fact(store: GraphStore, rel_type: str, fact: str) -> dict[str, Any] | None:
    """A stored relationship with its endpoints' ids and labels, or None."""
    d = store.dialect
    columns = ", ".join(f"x.{p} AS {p}" for p in ["evidence", *_TYPED])
    rows = store.query(
        f"MATCH (a)-[x:{rel_type}]->(b) WHERE x.id = $id RETURN a.id AS source_id, {d.label_of('a')} AS "
        f"source_label, b.id AS target_id, {d.label_of('b')} AS target_label, {columns}",
        {"id": fact},
    ).records()
    return rows[0] if rows else None


def _as_relationship(rel_type: str, fact: str, row: dict[str, Any]) -> Relationship:
    return Relationship(
        id=fact,
        type=RelationType(rel_type),
        source_id=row["source_id"],
        source_label=row["source_label"],
        target_id=row["target_id"],
        target_label=row["target_label"],
        properties={p: row[p] for p in _TYPED if row.get(p) is not None},
        evidence=[Evidence(**e) for e in json.loads(row["evidence"] or "[]")],
    )


def fact_type(store: GraphStore, fact: str) -> str | None:
    """The relationship type of a stored or held fact."""
    for rel in RelationType:
        if store.query(f"MATCH ()-[x:{rel.value}]->() WHERE x.id = $id RETURN count(x)", {"id": fact}).rows[0][0]:
            return rel.value
    held = held_facts(store, [fact]).get(fact)
    return held.type if held else None


def entity_record(store: GraphStore, node_id: str) -> dict[str, Any] | None:
    """``{id, name, aliases, type, label}`` of an entity, or None."""
    for label in ENTITY_LABELS:
        kind = "n.type" if "type" in NODE_PROPERTIES[label] else f"'{label}'"
        rows = store.query(
            f"MATCH (n:{label}) WHERE n.id = $id RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
            f"{kind} AS type",
            {"id": node_id},
        ).records()
        if rows:
            return {**rows[0], "aliases": list(rows[0]["aliases"] or []), "label": label}
    return None


def typed_properties(properties: dict[str, Any]) -> dict[str, Any]:
    """Property values as the model types them (dates parsed, numbers as floats); a bad value raises."""
    return Relationship.model_validate(
        {
            "id": "x",
            "type": "INVESTED_IN",
            "source_id": "",
            "source_label": "Organization",
            "target_id": "",
            "target_label": "Organization",
            "properties": properties,
            "evidence": [_note_evidence("x", "x")],
        }
    ).properties


def _set_fact_properties(store: GraphStore, rel_type: str, fact: str, properties: dict[str, Any]) -> None:
    """Every typed property of one relationship set to ``properties`` (the rest to null)."""
    kinds = REL_PROPERTIES[rel_type]
    clean = typed_properties(properties)
    sets = ", ".join(f"x.{p} = {store.dialect.param(f'$p_{p}', kinds[p])}" for p in _TYPED)
    store.execute_write(
        f"MATCH ()-[x:{rel_type}]->() WHERE x.id = $id SET {sets}",
        {"id": fact, **{f"p_{p}": clean.get(p) for p in _TYPED}},
    )


def _write_rel(store: GraphStore, rel: Relationship) -> None:
    BatchWriter(store).write_relationships([rel])


def _delete_rel(store: GraphStore, rel_type: str, fact: str) -> None:
    store.execute_write(f"MATCH ()-[x:{rel_type}]->() WHERE x.id = $id DELETE x", {"id": fact})


def _note_evidence(decision_id: str, note: str) -> Evidence:
    return Evidence(
        article_id=decision_id, text=note, start=0, end=len(note), confidence=1.0, extractor_version=NOTE_EXTRACTOR
    )


def _first_published(store: GraphStore, article_ids: Sequence[str]) -> date | None:
    rows = store.query(
        "MATCH (art:Article) WHERE art.id IN $ids RETURN art.published ORDER BY art.published",
        {"ids": list(article_ids)},
    ).rows
    return next((r[0] for r in rows if r[0] is not None), None)


def _set_names(store: GraphStore, label: str, node_id: str, name: str, aliases: Sequence[str]) -> None:
    store.execute_write(
        f"MATCH (n:{label}) WHERE n.id = $id SET n.name = $name, n.name_key = $key, n.aliases = $aliases",
        {"id": node_id, "name": name, "key": normalize_name(name), "aliases": sorted(set(aliases))},
    )


def _set_type(store: GraphStore, node_id: str, org_type: str) -> None:
    store.execute_write(
        "MATCH (n:Organization) WHERE n.id = $id SET n.type = $type"
        + store.dialect.subtype_label_clause("n", org_type),
        {"id": node_id, "type": org_type},
    )


def _entity_facts(store: GraphStore, node_id: str, label: str) -> list[Relationship]:
    """Every fact touching an entity, as relationships."""
    found: list[Relationship] = []
    d = store.dialect
    columns = ", ".join(f"x.{p} AS {p}" for p in ["evidence", *_TYPED])
    for rel in RelationType:
        for side in ("a", "b"):
            rows = store.query(
                f"MATCH (a)-[x:{rel.value}]->(b) WHERE {side}.id = $id RETURN x.id AS id, a.id AS source_id, "
                f"{d.label_of('a')} AS source_label, b.id AS target_id, {d.label_of('b')} AS target_label, {columns}",
                {"id": node_id},
            ).records()
            found += [_as_relationship(rel.value, r["id"], r) for r in rows]
    unique = {r.id: r for r in found}
    return list(unique.values())


def _mentions(store: GraphStore, label: str, node_id: str) -> list[dict[str, Any]]:
    return store.query(
        f"MATCH (n:{label})-[m:MENTIONED_IN]->(art:Article) WHERE n.id = $id "
        "RETURN art.id AS article, m.count AS count, m.first_start AS first_start, m.founded AS founded, "
        "m.founded_evidence AS founded_evidence",
        {"id": node_id},
    ).records()


def _set_mentions(store: GraphStore, label: str, node_id: str, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        store.execute_write(
            f"UNWIND $rows AS r MATCH (n:{label}) WHERE n.id = $id MATCH (art:Article) WHERE art.id = r.article "
            "MERGE (n)-[m:MENTIONED_IN]->(art) SET m.count = r.count, m.first_start = r.first_start, "
            "m.founded = r.founded, m.founded_evidence = r.founded_evidence",
            {"id": node_id, "rows": [{"founded": None, "founded_evidence": None, **r} for r in rows]},
        )


def _write_evidence_union(store: GraphStore, rel: Relationship) -> None:
    """Write a fact whose evidence is complete (old and new): delete-then-write keeps every article's sentence."""
    _delete_rel(store, rel.type.value, rel.id)
    _write_rel(store, rel)


def _hold_whole(store: GraphStore, rel: Relationship, status: Literal["rejected", "edited"]) -> None:
    _put_held(
        store,
        [
            HeldFact(
                rel.id,
                rel.type.value,
                status,
                rel.source_id,
                rel.source_label,
                rel.target_id,
                rel.target_label,
                _plain_properties(rel.properties),
                list(rel.evidence),
            )
        ],
    )
