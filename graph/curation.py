"""Analysts' decisions about the graph, stored in it and applied at the storage level.

Why at the storage level: every query, page and notebook reads the typed
relationships, so a rejected fact's relationship is taken out (kept whole,
evidence included, as an ``ExtractedFact`` node), a merged entity's node is
folded into the survivor, and an edited property is overwritten on the
relationship (its extracted value kept on the ``ExtractedFact``).  Plain
Cypher then returns the curated graph with no query knowing about decisions.

Why durable: decisions are ``Decision`` nodes, written before they are
applied, and applying is idempotent (``apply_all`` re-applies every decision
in force and changes nothing the second time).  The write path asks
``curate_batch`` to rewrite each batch under the decisions (rejected facts
held aside with their new evidence counted, merged names redirected to the
survivor, edited values kept), so no later ingest brings an error back, and an
ingest killed anywhere is made whole by the next run's ``apply_all``.

After a decision changes facts or entities, ``_applied`` is called with
their ids: the one place that hears about every change a decision makes.
"""

from __future__ import annotations

import getpass
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, ValidationError

from aigraph.core import money
from aigraph.core.vocabulary import (
    ORGANIZATION_SUBTYPES,
    RELATION_PROPERTIES,
    EntityType,
    RelationType,
    entity_id,
    fact_id,
    normalize_name,
)
from aigraph.graph import aggregates
from aigraph.graph.errors import GraphError, QueryError
from aigraph.graph.model import Evidence, GraphBatch, Mention, Node, Relationship
from aigraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

DecisionKind = Literal["confirm", "reject", "set", "add", "merge", "split", "rename", "retype", "undo"]
FACT_KINDS = frozenset({"confirm", "reject", "set", "add"})
ENTITY_LABELS = ("Organization", "Person", "Technology")
EDITABLE = (
    "amount",
    "currency",
    "period_years",
    "annual_amount",
    "date",
    "start_date",
    "end_date",
    "title",
    "stake_percent",
    "series",
    "lead",
    "former",
)
NOTE_EXTRACTOR = "analyst"  # the extractor_version of an analyst's note used as evidence
NOTE_ARTICLE_PREFIX = "dec:"  # an analyst's note's evidence "article" is its decision's id
# Pieces of a merge snapshot that belong to the store it was taken in: export leaves them out.
_LOCAL_PAYLOAD = ("snapshot",)


class CurationError(GraphError, ValueError):
    """A decision that cannot be made (unknown fact or entity, bad value); the message says which."""


class Decision(BaseModel):
    """One analyst decision: what, about which fact or entity, who, when, why."""

    id: str = Field(default_factory=lambda: f"{NOTE_ARTICLE_PREFIX}{uuid.uuid4().hex[:16]}")
    kind: DecisionKind
    subject: str  # a fact id, an entity id, or (undo) the undone decision's id
    by: str = Field(default_factory=lambda: default_user())
    at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="microseconds"))
    reason: str = ""
    payload: dict[str, Any] = Field(default_factory=dict)
    undone_by: str = ""

    @property
    def active(self) -> bool:
        return not self.undone_by and self.kind != "undo"

    def exported(self) -> dict[str, Any]:
        """The decision as a JSON Lines record: what it decided, not how it was applied in one store."""
        payload = {k: v for k, v in self.payload.items() if k not in _LOCAL_PAYLOAD}
        return {**self.model_dump(exclude={"undone_by"}), "payload": payload}


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# -- reading decisions and held facts ------------------------------------------------------------


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


@dataclass
class HeldFact:
    """An ``ExtractedFact`` node: the fact as extracted."""

    id: str
    type: str
    status: Literal["rejected", "edited"]
    source_id: str
    source_label: str
    target_id: str
    target_label: str
    properties: dict[str, Any]
    evidence: list[Evidence]

    @property
    def articles(self) -> list[str]:
        return sorted({e.article_id for e in self.evidence})

    def relationship(self, properties: dict[str, Any] | None = None) -> Relationship:
        return Relationship(
            id=self.id,
            type=RelationType(self.type),
            source_id=self.source_id,
            source_label=self.source_label,
            target_id=self.target_id,
            target_label=self.target_label,
            properties=self.properties if properties is None else properties,
            evidence=self.evidence,
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


# -- what the decisions in force say ------------------------------------------------------------


@dataclass
class CurationState:
    """The decisions in force, as the write path needs them."""

    rejected: dict[str, Decision] = field(default_factory=dict)  # fact id -> its reject decision
    confirmed: set[str] = field(default_factory=set)
    edits: dict[str, dict[str, Any]] = field(default_factory=dict)  # fact id -> edited values
    redirects: dict[str, tuple[str, str]] = field(default_factory=dict)  # entity id -> (survivor id, survivor name)
    types: dict[str, str] = field(default_factory=dict)  # entity id -> the type an analyst gave it
    blocked_aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    fact_moves: dict[str, str] = field(default_factory=dict)  # a fact's id before a merge -> after

    @property
    def empty(self) -> bool:
        return not (self.rejected or self.edits or self.redirects or self.types or self.blocked_aliases)

    def survivor(self, node_id: str) -> str:
        seen = set()
        while node_id in self.redirects and node_id not in seen:
            seen.add(node_id)
            node_id = self.redirects[node_id][0]
        return node_id

    def fact(self, fact_id_: str) -> str:
        seen = set()
        while fact_id_ in self.fact_moves and fact_id_ not in seen:
            seen.add(fact_id_)
            fact_id_ = self.fact_moves[fact_id_]
        return fact_id_


def state_of(found: Sequence[Decision]) -> CurationState:
    state = CurationState()
    active = [d for d in found if d.active]
    for d in active:
        for move in d.payload.get("snapshot", {}).get("moves", []):
            state.fact_moves[move["old"]] = move["new"]
    for d in active:
        if d.kind == "reject":
            state.rejected[state.fact(d.subject)] = d
        elif d.kind == "confirm":
            state.confirmed.add(state.fact(d.subject))
        elif d.kind == "set":
            state.edits.setdefault(state.fact(d.subject), {}).update(d.payload["values"])
        elif d.kind == "merge":
            state.redirects[d.subject] = (d.payload["into"], d.payload.get("into_name", ""))
        elif d.kind == "rename" and d.payload["name_id"] != d.subject:
            state.redirects[d.payload["name_id"]] = (d.subject, d.payload["name"])
        elif d.kind == "retype":
            state.types[d.subject] = d.payload["type"]
        elif d.kind == "split":
            state.blocked_aliases[d.subject].add(d.payload["alias"])
    for d in active:  # a merged-away entity's pending decisions follow it to the survivor
        if d.kind == "retype" and d.subject in state.redirects:
            state.types.pop(d.subject)
    return state


def current_state(store: GraphStore) -> CurationState:
    return state_of(decisions(store))


# -- the write path's side: one batch under the decisions -----------------------------------------


def curate_batch(store: GraphStore, batch: GraphBatch) -> GraphBatch:
    """``batch`` as the decisions in force want it written.

    Merged and renamed names go to the surviving node, moved-out aliases
    stay out, rejected facts are held aside (their new evidence kept on the
    ``ExtractedFact``, never as a relationship), edited values override
    extracted ones (which are kept on the ``ExtractedFact``).
    """
    state = current_state(store)
    if state.empty:
        return batch
    nodes = [_curated_node(n, state) for n in batch.nodes]
    mentions: dict[tuple[str, str], Mention] = {}
    for m in batch.mentions:
        target = state.survivor(m.entity_id)
        key = (target, m.article_id)
        old = mentions.get(key)
        mentions[key] = m.model_copy(
            update={
                "entity_id": target,
                "count": m.count + (old.count if old else 0),
                "first_start": min(m.first_start, old.first_start) if old else m.first_start,
            }
        )
    published = {a.id: a.published for a in batch.articles}
    corrected = _corrected_ids(store, state)
    relationships: list[Relationship] = []
    rejected: list[Relationship] = []
    edited: list[Relationship] = []
    for extracted in batch.relationships:
        rel = _redirected(extracted, state)
        if rel is None:
            continue
        restates_the_edit = rel.id in corrected  # states the analyst's value: a new report of the edited fact
        if restates_the_edit:
            rel = rel.model_copy(update={"id": corrected[rel.id]})
        if rel.id in state.rejected:
            rejected.append(rel)
        elif rel.id in state.edits:
            if not restates_the_edit:  # its ExtractedFact keeps what the first articles said
                edited.append(rel)
            relationships.append(
                rel.model_copy(
                    update={
                        "properties": _edited(
                            rel.properties, state.edits[rel.id], published.get(rel.evidence[0].article_id)
                        )
                    }
                )
            )
        else:
            relationships.append(rel)
    _hold(store, rejected, edited)
    return batch.model_copy(
        update={"nodes": nodes, "relationships": relationships, "mentions": list(mentions.values())}
    )


def _corrected_ids(store: GraphStore, state: CurationState) -> dict[str, str]:
    """The id each edited fact would have under its edited values -> its id.

    A money fact's id is keyed by its amount and currency, so an article that
    states the corrected amount extracts a fact with another id; it is one
    more report of the edited fact, not a second fact.
    """
    found: dict[str, str] = {}
    for fid, held in held_facts(store, sorted(state.edits)).items():
        values = {**held.properties, **state.edits[fid]}
        corrected = fact_id(RelationType(held.type), held.source_id, held.target_id, values)
        if corrected != fid:
            found[corrected] = fid
    return found


def _curated_node(node: Node, state: CurationState) -> Node:
    target = state.survivor(node.id)
    update: dict[str, Any] = {}
    if target != node.id:
        survivor_name = next(
            (name for survivor, name in state.redirects.values() if survivor == target and name), node.name
        )
        update = {"id": target, "name": survivor_name, "aliases": sorted({*node.aliases, node.name} - {survivor_name})}
    if target in state.types:
        update["type"] = EntityType(state.types[target])
    blocked = state.blocked_aliases.get(target)
    if blocked:
        update["aliases"] = [a for a in update.get("aliases", node.aliases) if a not in blocked]
    return node.model_copy(update=update) if update else node


def _redirected(rel: Relationship, state: CurationState) -> Relationship | None:
    source, target = state.survivor(rel.source_id), state.survivor(rel.target_id)
    if (source, target) == (rel.source_id, rel.target_id):
        return rel
    if source == target:
        return None  # a fact between two names of one entity says nothing
    if rel.type is RelationType.PARTNERS_WITH and target < source:
        source, target = target, source
    return rel.model_copy(
        update={"id": fact_id(rel.type, source, target, rel.properties), "source_id": source, "target_id": target}
    )


def _edited(extracted: dict[str, Any], values: dict[str, Any], published: date | None) -> dict[str, Any]:
    """Extracted properties with the analyst's values, and ``amount_usd`` recomputed when the money changed."""
    merged = {**extracted, **values}
    if {"amount", "currency"} & set(values) and merged.get("amount") is not None and merged.get("currency"):
        year = money.fx_basis(merged.get("date"), merged.get("start_date"), published, date.today())
        usd = money.to_usd(float(merged["amount"]), str(merged["currency"]), year)
        merged["amount_usd"] = round(usd, 2) if usd is not None else None
    return {k: v for k, v in merged.items() if v is not None}


def _hold(store: GraphStore, rejected: list[Relationship], edited: list[Relationship]) -> None:
    """Rejected facts' new evidence and edited facts' extracted values onto their ``ExtractedFact``."""
    if not rejected and not edited:
        return
    known = held_facts(store, [r.id for r in rejected + edited])
    updated: dict[str, HeldFact] = {}
    statuses: list[tuple[Relationship, Literal["rejected", "edited"]]] = [
        *((r, "rejected") for r in rejected),
        *((r, "edited") for r in edited),
    ]
    for rel, status in statuses:
        old = updated.get(rel.id) or known.get(rel.id)
        restated = {e.article_id for e in rel.evidence}
        kept = [e for e in (old.evidence if old else []) if e.article_id not in restated]
        evidence = kept + list(rel.evidence) if status == "rejected" else (old.evidence if old else [])
        updated[rel.id] = HeldFact(
            id=rel.id,
            type=rel.type.value,
            status=status,
            source_id=rel.source_id,
            source_label=rel.source_label,
            target_id=rel.target_id,
            target_label=rel.target_label,
            properties={**(old.properties if old else {}), **_plain_properties(rel.properties)},
            evidence=evidence,
        )
    _put_held(store, updated.values())


def _plain_properties(properties: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in properties.items() if v is not None}


# -- facts and entities as stored -----------------------------------------------------------------

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
    store._write_relationships([rel])


def _delete_rel(store: GraphStore, rel_type: str, fact: str) -> None:
    store.execute_write(f"MATCH ()-[x:{rel_type}]->() WHERE x.id = $id DELETE x", {"id": fact})


def _note_evidence(decision_id: str, note: str) -> Evidence:
    return Evidence(
        article_id=decision_id, text=note, start=0, end=len(note), confidence=1.0, extractor_version=NOTE_EXTRACTOR
    )


# -- applying decisions (idempotent) --------------------------------------------------------------


def reconcile_fact(store: GraphStore, fact: str, rel_type: str, state: CurationState) -> bool:
    """Make one fact's storage match the decisions in force; True if anything changed."""
    held = held_facts(store, [fact]).get(fact)
    row = _fact(store, rel_type, fact)
    rejected = fact in state.rejected
    if rejected:
        if row is None:
            if held and held.status != "rejected":
                held.status = "rejected"
                _put_held(store, [held])
                return True
            return False
        rel = _as_relationship(rel_type, fact, row)
        extracted = held.properties if held else _plain_properties(rel.properties)
        evidence = _ordered([*(held.evidence if held else []), *rel.evidence])
        _put_held(
            store,
            [
                HeldFact(
                    fact,
                    rel_type,
                    "rejected",
                    rel.source_id,
                    rel.source_label,
                    rel.target_id,
                    rel.target_label,
                    extracted,
                    evidence,
                )
            ],
        )
        _delete_rel(store, rel_type, fact)
        return True
    changed = False
    if row is None:
        if held is None or held.status != "rejected":
            return False
        _write_rel(store, held.relationship())
        changed = True
        row = _fact(store, rel_type, fact)
        assert row is not None
    rel = _as_relationship(rel_type, fact, row)
    extracted = held.properties if held else _plain_properties(rel.properties)  # held: all the extracted values
    values = state.edits.get(fact)
    published = _first_published(store, rel.article_ids)
    desired = _edited(extracted, values, published) if values else extracted
    if _plain_properties(typed_properties(desired)) != _plain_properties(rel.properties):
        _set_fact_properties(store, rel_type, fact, desired)
        changed = True
    if values:
        wanted = HeldFact(
            fact, rel_type, "edited", rel.source_id, rel.source_label, rel.target_id, rel.target_label, extracted, []
        )
        if held is None or held.status != "edited" or held.properties != extracted:
            _put_held(store, [wanted])
            changed = True
    elif held is not None:
        _drop_held(store, [fact])
        changed = True
    return changed


def _first_published(store: GraphStore, article_ids: Sequence[str]) -> date | None:
    rows = store.query(
        "MATCH (art:Article) WHERE art.id IN $ids RETURN art.published ORDER BY art.published",
        {"ids": list(article_ids)},
    ).rows
    return next((r[0] for r in rows if r[0] is not None), None)


def apply_all(store: GraphStore) -> list[str]:
    """Re-apply every decision in force (after an import, at the start of an ingest, after a crash).

    Idempotent: a second call changes nothing.  Returns the ids of facts and
    entities that changed.
    """
    found = decisions(store)
    changed: list[str] = []
    for d in found:
        if d.active and d.kind in ("merge", "rename", "retype", "split"):
            changed += _apply_entity_decision(store, d)
    state = state_of(decisions(store))  # merges may have saved snapshots with fact moves
    facts = {state.fact(d.subject): d.payload.get("type") for d in found if d.kind in FACT_KINDS}
    facts.update({fid: held.type for fid, held in held_facts(store).items()})
    for fid, rel_type in sorted(facts.items()):
        rel_type = rel_type or fact_type(store, fid)
        if rel_type and reconcile_fact(store, fid, rel_type, state):
            changed.append(fid)
    if changed:
        _applied(store, changed)
    return changed


def _applied(store: GraphStore, ids: Sequence[str]) -> None:
    """After a decision changed the facts or entities ``ids``: refresh the aggregates that depend on them.

    A fact's aggregates belong to its endpoints, read from the graph or, for a fact held aside,
    from its ``ExtractedFact``; its articles' fact lists change with it.
    """
    fact_ids = [i for i in ids if i.startswith("rel:")]
    entities = {i for i in ids if not i.startswith("rel:")}
    articles: set[str] = set()
    for rel in RelationType:
        for source, target, stated in store.query(
            f"MATCH (a)-[x:{rel.value}]->(b) WHERE x.id IN $ids RETURN a.id, b.id, x.articles", {"ids": fact_ids}
        ).rows:
            entities |= {source, target}
            articles |= set(stated or [])
    for source, target, stated in store.query(
        "MATCH (f:ExtractedFact) WHERE f.id IN $ids RETURN f.source_id, f.target_id, f.articles", {"ids": fact_ids}
    ).rows:
        entities |= {source, target}
        articles |= set(stated or [])
    aggregates.refresh(store, entities, articles)


# -- entity decisions: merge, rename, retype, split --------------------------------------------------


def _apply_entity_decision(store: GraphStore, d: Decision) -> list[str]:
    if d.kind == "merge":
        return _apply_merge(store, d)
    record = entity_record(store, d.subject)
    if record is None:
        return []
    if d.kind == "rename":
        name = d.payload["name"]
        if record["name"] == name:
            return []
        aliases = sorted({*record["aliases"], record["name"]} - {name})
        _set_names(store, record["label"], d.subject, name, aliases)
    elif d.kind == "retype":
        if record["type"] == d.payload["type"]:
            return []
        _set_type(store, d.subject, d.payload["type"])
    elif d.kind == "split":
        return _apply_split(store, d, record)
    return [d.subject]


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
        "RETURN art.id AS article, m.count AS count, m.first_start AS first_start",
        {"id": node_id},
    ).records()


def _set_mentions(store: GraphStore, label: str, node_id: str, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        store.execute_write(
            f"UNWIND $rows AS r MATCH (n:{label}) WHERE n.id = $id MATCH (art:Article) WHERE art.id = r.article "
            "MERGE (n)-[m:MENTIONED_IN]->(art) SET m.count = r.count, m.first_start = r.first_start",
            {"id": node_id, "rows": list(rows)},
        )


def _move_facts(store: GraphStore, facts: Sequence[Relationship], old_id: str, new_id: str) -> list[dict[str, Any]]:
    """Plan moving ``facts`` from entity ``old_id`` to ``new_id``: ``{old, new, type, existed, relationship}`` each."""
    moves = []
    for rel in facts:
        source = new_id if rel.source_id == old_id else rel.source_id
        target = new_id if rel.target_id == old_id else rel.target_id
        if rel.type is RelationType.PARTNERS_WITH and target < source:
            source, target = target, source
        new = fact_id(rel.type, source, target, rel.properties) if source != target else ""
        existed = bool(new) and _fact(store, rel.type.value, new) is not None
        moves.append(
            {
                "old": rel.id,
                "new": new,
                "type": rel.type.value,
                "existed": existed,
                "relationship": json.loads(rel.model_dump_json()),
            }
        )
    return moves


def _perform_moves(
    store: GraphStore, moves: Sequence[dict[str, Any]], new_source: str, new_label: str, old_id: str
) -> list[str]:
    """Move each planned fact (idempotent: a fact already moved is left alone); returns the changed fact ids."""
    changed = []
    for move in moves:
        rel = Relationship.model_validate(move["relationship"])
        if _fact(store, move["type"], move["old"]) is None:
            continue
        if move["new"]:
            moved = _rekeyed(rel, old_id, new_source, new_label, move["new"])
            existing = _fact(store, move["type"], move["new"])
            evidence = _ordered(
                [*rel.evidence, *(_as_relationship(move["type"], move["new"], existing).evidence if existing else [])]
            )
            store.execute_write(f"MATCH ()-[x:{move['type']}]->() WHERE x.id = $id DELETE x", {"id": move["old"]})
            _write_evidence_union(store, moved.model_copy(update={"evidence": evidence}))
            held = held_facts(store, [move["old"]]).get(move["old"])
            if held:
                _drop_held(store, [move["old"]])
                held.id, held.source_id, held.target_id = move["new"], moved.source_id, moved.target_id
                _put_held(store, [held])
            changed.append(move["new"])
        else:
            _hold_whole(store, rel, "rejected")  # a fact between two names of one entity is kept aside, not lost
            _delete_rel(store, move["type"], move["old"])
        changed.append(move["old"])
    return changed


def _rekeyed(rel: Relationship, old_id: str, new_id: str, new_label: str, new_fact: str) -> Relationship:
    update: dict[str, Any] = {"id": new_fact}
    if rel.source_id == old_id:
        update |= {"source_id": new_id, "source_label": new_label}
    if rel.target_id == old_id:
        update |= {"target_id": new_id, "target_label": new_label}
    moved = rel.model_copy(update=update)
    if moved.type is RelationType.PARTNERS_WITH and moved.target_id < moved.source_id:
        moved = moved.model_copy(
            update={
                "source_id": moved.target_id,
                "target_id": moved.source_id,
                "source_label": moved.target_label,
                "target_label": moved.source_label,
            }
        )
    return moved


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


def _apply_merge(store: GraphStore, d: Decision) -> list[str]:
    into = entity_record(store, d.payload["into"])
    if into is None:
        return []
    snapshot = d.payload.get("snapshot")
    if snapshot is None:
        merged = entity_record(store, d.subject)
        if merged is None:
            return []  # nothing here yet: the redirect alone sends later articles to the survivor
        if merged["label"] != into["label"]:
            raise CurationError(
                f"cannot merge {merged['label']} {merged['name']!r} into {into['label']} {into['name']!r}"
            )
        facts = _entity_facts(store, d.subject, merged["label"])
        own = _mentions(store, merged["label"], d.subject)
        theirs = {m["article"]: m for m in _mentions(store, into["label"], into["id"])}
        snapshot = {
            "entity": merged,
            "into_aliases": into["aliases"],
            "moves": _move_facts(store, facts, d.subject, into["id"]),
            "mentions": own,
            "into_mentions": [theirs[m["article"]] for m in own if m["article"] in theirs],
        }
        d.payload["snapshot"] = snapshot
        _save(store, d)  # before anything moves: a kill from here on resumes from the same plan
    merged = snapshot["entity"]
    changed = _perform_moves(store, snapshot["moves"], into["id"], into["label"], d.subject)
    theirs = {m["article"]: m for m in snapshot["into_mentions"]}
    combined = [
        {
            "article": m["article"],
            "count": m["count"] + (theirs[m["article"]]["count"] if m["article"] in theirs else 0),
            "first_start": min(m["first_start"], theirs[m["article"]]["first_start"])
            if m["article"] in theirs
            else m["first_start"],
        }
        for m in snapshot["mentions"]
    ]
    aliases = sorted({*into["aliases"], merged["name"], *merged["aliases"]} - {into["name"]})
    if entity_record(store, d.subject) is not None:
        _set_mentions(store, into["label"], into["id"], combined)
        store.execute_write(f"MATCH (n:{merged['label']}) WHERE n.id = $id DETACH DELETE n", {"id": d.subject})
        changed.append(d.subject)
    if aliases != sorted(into["aliases"]):
        _set_names(store, into["label"], into["id"], into["name"], aliases)
        changed.append(into["id"])
    return changed


def _undo_merge(store: GraphStore, d: Decision) -> list[str]:
    """Give the merged entity back its node, names, facts and mentions as the merge found them."""
    snapshot = d.payload.get("snapshot")
    into = entity_record(store, d.payload["into"])
    if not snapshot or into is None:
        return []
    merged = snapshot["entity"]
    store._write_nodes(
        [Node(id=merged["id"], type=EntityType(merged["type"]), name=merged["name"], aliases=merged["aliases"])]
    )
    _set_mentions(store, merged["label"], merged["id"], snapshot["mentions"])
    kept = {m["article"] for m in snapshot["into_mentions"]}
    _set_mentions(store, into["label"], into["id"], snapshot["into_mentions"])
    gone = [m["article"] for m in snapshot["mentions"] if m["article"] not in kept]
    store.execute_write(
        f"MATCH (n:{into['label']})-[m:MENTIONED_IN]->(art:Article) WHERE n.id = $id AND art.id IN $gone DELETE m",
        {"id": into["id"], "gone": gone},
    )
    merged_names = {merged["name"], *merged["aliases"]} - set(snapshot["into_aliases"])
    _set_names(store, into["label"], into["id"], into["name"], [a for a in into["aliases"] if a not in merged_names])
    changed = [merged["id"], into["id"]]
    for move in snapshot["moves"]:
        rel = Relationship.model_validate(move["relationship"])
        if move["new"]:
            current = _fact(store, move["type"], move["new"])
            if current is not None:
                ours = set(rel.evidence)
                rest = [e for e in _as_relationship(move["type"], move["new"], current).evidence if e not in ours]
                if rest or move["existed"]:
                    if rest:
                        _write_evidence_union(
                            store,
                            _as_relationship(move["type"], move["new"], current).model_copy(update={"evidence": rest}),
                        )
                    # a fact B had before the merge and that only A's articles supported since stays B's
                else:
                    _delete_rel(store, move["type"], move["new"])
            held = held_facts(store, [move["new"]]).get(move["new"])
            if held and not move["existed"]:
                _drop_held(store, [move["new"]])
            changed.append(move["new"])
        else:
            _drop_held(store, [move["old"]])
        _write_evidence_union(store, rel)
        changed.append(move["old"])
    return changed + _give_back_later_facts(store, merged, into, merged_names)


def _give_back_later_facts(
    store: GraphStore, merged: dict[str, Any], into: dict[str, Any], merged_names: set[str]
) -> list[str]:
    """Facts the survivor got after the merge from articles naming the merged entity go back to it.

    While the merge was in force an article's "A" resolved to the survivor B; a fact of B
    whose every evidence sentence names A (its names and aliases, as written) and none of
    B's own names was A's.  A fact also stated under B's names stays B's.
    """
    own_names = {into["name"], *into["aliases"]} - merged_names
    facts = [r for r in _entity_facts(store, into["id"], into["label"]) if _only_named(r, merged_names, own_names)]
    moves = _move_facts(store, facts, into["id"], merged["id"])
    return _perform_moves(store, moves, merged["id"], merged["label"], into["id"])


def _only_named(rel: Relationship, names: set[str], others: set[str]) -> bool:
    """Whether every evidence sentence of ``rel`` names one of ``names`` and, those left aside, none of ``others``."""

    def without(text: str) -> str:
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, " ")
        return text

    return all(any(n in e.text for n in names) and not any(o in without(e.text) for o in others) for e in rel.evidence)


def _apply_split(store: GraphStore, d: Decision, record: dict[str, Any]) -> list[str]:
    """Move an alias out into its own entity, with the facts whose evidence names only that alias."""
    alias = d.payload["alias"]
    new_id = d.payload["new_id"]
    snapshot = d.payload.get("snapshot")
    if snapshot is None:
        names = {n for n in (record["name"], *record["aliases"]) if n != alias}
        facts = [r for r in _entity_facts(store, d.subject, record["label"]) if _only_named(r, {alias}, names)]
        snapshot = {"moves": _move_facts(store, facts, d.subject, new_id)}
        d.payload["snapshot"] = snapshot
        _save(store, d)
    if entity_record(store, new_id) is None:
        store._write_nodes([Node(id=new_id, type=EntityType(record["type"]), name=alias)])
    changed = _perform_moves(store, snapshot["moves"], new_id, record["label"], d.subject)
    if alias in record["aliases"]:
        _set_names(store, record["label"], d.subject, record["name"], [a for a in record["aliases"] if a != alias])
        changed.append(d.subject)
    return changed + [new_id]


def _undo_split(store: GraphStore, d: Decision) -> list[str]:
    record = entity_record(store, d.subject)
    if record is None:
        return []
    new_id = d.payload["new_id"]
    moved_back = [
        {
            **m,
            "old": m["new"],
            "new": m["old"],
            "relationship": {
                **m["relationship"],
                "id": m["new"],
                **{k: new_id for k in ("source_id", "target_id") if m["relationship"][k] == d.subject},
            },
        }
        for m in d.payload.get("snapshot", {}).get("moves", [])
        if m["new"]
    ]
    changed = _perform_moves(store, moved_back, d.subject, record["label"], new_id)
    _set_names(store, record["label"], d.subject, record["name"], [*record["aliases"], d.payload["alias"]])
    store.execute_write(
        f"MATCH (n:{record['label']}) WHERE n.id = $id AND NOT EXISTS {{ MATCH (n)--() }} DELETE n", {"id": new_id}
    )
    return changed + [d.subject, new_id]


# -- recording decisions -------------------------------------------------------------------------

TURN_WAIT_SECONDS = 120.0


@contextmanager
def writing_turn(store: GraphStore) -> Iterator[None]:
    """Take turns with ingest batch writes on a store several processes may write (Neo4j's write lease):
    a decision never lands between an ingest's read of the decisions and its write of a batch."""
    if store.dialect.single_writer:  # LadybugDB: the one writing process is this one
        yield
        return
    from aigraph.graph.lease import WRITE_LEASE, Lease

    with Lease(store, WRITE_LEASE) as lease:
        lease.acquire(wait=TURN_WAIT_SECONDS, poll=0.05)
        lease.keep_alive()
        yield


def resume(store: GraphStore) -> list[str]:
    """``apply_all`` in a write turn: finish any decision a crash cut short (before making new ones)."""
    with writing_turn(store), store.transaction():
        return apply_all(store)


def record(store: GraphStore, decision: Decision) -> Decision:
    """Store a decision, then apply it; the stored decision survives a crash during the apply."""
    with writing_turn(store):
        _save(store, decision)
        with store.transaction():  # the change and the aggregates it moves commit together
            changed = _apply_one(store, decision)
            if changed:
                _applied(store, changed)
    return decision


def _apply_one(store: GraphStore, d: Decision) -> list[str]:
    if d.kind in ("merge", "rename", "retype", "split"):
        changed = _apply_entity_decision(store, d)
        if d.kind == "merge":  # facts moved by the merge carry their decisions to their new ids
            state = current_state(store)
            for move in d.payload.get("snapshot", {}).get("moves", []):
                if move["new"] and reconcile_fact(store, move["new"], move["type"], state):
                    changed.append(move["new"])
        return changed
    fact = current_state(store).fact(d.subject)
    added = d.kind == "add"  # the added fact (or its new evidence) moves the aggregates even when nothing else changes
    if added:
        rel = Relationship.model_validate(d.payload["relationship"])
        if _fact(store, rel.type.value, rel.id) is None:
            _write_rel(store, rel)
        else:
            current = _as_relationship(rel.type.value, rel.id, _fact(store, rel.type.value, rel.id) or {})
            _write_evidence_union(
                store, current.model_copy(update={"evidence": _ordered([*current.evidence, *rel.evidence])})
            )
    rel_type = d.payload.get("type") or fact_type(store, fact)
    reconciled = bool(rel_type) and reconcile_fact(store, fact, rel_type or "", current_state(store))
    return [fact] if added or reconciled else []


def _require_fact(store: GraphStore, fact: str) -> str:
    rel_type = fact_type(store, fact)
    if rel_type is None:
        raise CurationError(f"no fact has id {fact!r}: see `aigraph query` or the profile page for fact ids")
    return rel_type


def _require_entity(store: GraphStore, node_id: str) -> dict[str, Any]:
    found = entity_record(store, node_id)
    if found is None:
        raise CurationError(f"no entity has id {node_id!r}: `aigraph entities` and profile pages show ids")
    return found


def reject(store: GraphStore, fact: str, reason: str, by: str | None = None) -> Decision:
    if not reason.strip():
        raise CurationError("a rejection needs a reason (--reason)")
    rel_type = _require_fact(store, fact)
    articles = _fact_articles(store, rel_type, fact)
    return record(
        store,
        Decision(
            kind="reject", subject=fact, reason=reason, payload={"type": rel_type, "articles": articles}, **_by(by)
        ),
    )


def confirm(store: GraphStore, fact: str, reason: str = "", by: str | None = None) -> Decision:
    rel_type = _require_fact(store, fact)
    return record(store, Decision(kind="confirm", subject=fact, reason=reason, payload={"type": rel_type}, **_by(by)))


def set_properties(
    store: GraphStore, fact: str, values: dict[str, Any], reason: str = "", by: str | None = None
) -> Decision:
    rel_type = _require_fact(store, fact)
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown or not values:
        raise CurationError(
            f"cannot set {', '.join(unknown) or 'nothing'}: editable properties are {', '.join(EDITABLE)}"
        )
    try:
        clean = typed_properties(values)
    except ValidationError as exc:
        raise CurationError(f"bad value: {exc.errors()[0]['msg']}") from exc
    return record(
        store,
        Decision(
            kind="set",
            subject=fact,
            reason=reason,
            payload={"type": rel_type, "values": _plain_properties(clean)},
            **_by(by),
        ),
    )


def add_fact(
    store: GraphStore,
    rel_type: str,
    source: str,
    target: str,
    note: str,
    properties: dict[str, Any] | None = None,
    by: str | None = None,
) -> Decision:
    """A fact an extractor missed; the analyst's note is its evidence."""
    if not note.strip():
        raise CurationError("an added fact needs a note (--note): it is the fact's evidence")
    a, b = _require_entity(store, source), _require_entity(store, target)
    kind = RelationType(rel_type.upper())
    if kind is RelationType.PARTNERS_WITH and b["id"] < a["id"]:
        a, b = b, a
    decision = Decision(kind="add", subject="", reason=note, **_by(by))
    try:
        rel = Relationship(
            id=fact_id(kind, a["id"], b["id"], properties or {}),
            type=kind,
            source_id=a["id"],
            source_label=a["label"],
            target_id=b["id"],
            target_label=b["label"],
            properties=properties or {},
            evidence=[_note_evidence(decision.id, note)],
        )
    except ValidationError as exc:
        raise CurationError(f"cannot add this fact: {exc.errors()[0]['msg']}") from exc
    decision.subject = rel.id
    decision.payload = {"type": kind.value, "relationship": json.loads(rel.model_dump_json())}
    return record(store, decision)


def merge(store: GraphStore, merged: str, into: str, reason: str = "", by: str | None = None) -> Decision:
    a, b = _require_entity(store, merged), _require_entity(store, into)
    if a["id"] == b["id"] or a["label"] != b["label"]:
        raise CurationError(
            f"cannot merge {a['name']!r} into {b['name']!r}: "
            + ("they are one entity" if a["id"] == b["id"] else f"a {a['label']} is not a {b['label']}")
        )
    return record(
        store,
        Decision(
            kind="merge",
            subject=a["id"],
            reason=reason,
            payload={"into": b["id"], "into_name": b["name"], "name": a["name"]},
            **_by(by),
        ),
    )


def rename(store: GraphStore, node_id: str, name: str, reason: str = "", by: str | None = None) -> Decision:
    found = _require_entity(store, node_id)
    if not name.strip():
        raise CurationError("a new name cannot be empty")
    name_id = entity_id(EntityType(found["type"]), name)
    return record(
        store,
        Decision(
            kind="rename",
            subject=node_id,
            reason=reason,
            payload={"name": name, "old_name": found["name"], "name_id": name_id},
            **_by(by),
        ),
    )


def retype(store: GraphStore, node_id: str, org_type: str, reason: str = "", by: str | None = None) -> Decision:
    found = _require_entity(store, node_id)
    allowed = (*ORGANIZATION_SUBTYPES, "Organization")
    if found["label"] != "Organization" or org_type not in allowed:
        raise CurationError(f"only organisations can be retyped, to one of {', '.join(allowed)}")
    return record(
        store,
        Decision(
            kind="retype",
            subject=node_id,
            reason=reason,
            payload={"type": org_type, "old_type": found["type"]},
            **_by(by),
        ),
    )


def split(store: GraphStore, node_id: str, name: str, reason: str = "", by: str | None = None) -> Decision:
    """Undo the merge of ``name`` (an entity id or name merged into ``node_id``), or move alias ``name`` out."""
    found = _require_entity(store, node_id)
    for d in reversed(decisions(store)):
        if (
            d.active
            and d.kind == "merge"
            and d.payload["into"] == node_id
            and name in (d.subject, d.payload.get("name"))
        ):
            return undo(store, d.id, reason, by, kind="split")
    if name not in found["aliases"]:
        raise CurationError(
            f"{found['name']!r} has no alias or merged entity {name!r}: its aliases are "
            f"{', '.join(found['aliases']) or 'none'}"
        )
    return record(
        store,
        Decision(
            kind="split",
            subject=node_id,
            reason=reason,
            payload={"alias": name, "new_id": entity_id(EntityType(found["type"]), name)},
            **_by(by),
        ),
    )


def undo(
    store: GraphStore,
    decision_id: str,
    reason: str = "",
    by: str | None = None,
    kind: Literal["undo", "split"] = "undo",
) -> Decision:
    """Undo a decision; the undo is itself a decision (and the fact or entity returns to its extracted state)."""
    found = {d.id: d for d in decisions(store)}
    target = found.get(decision_id)
    if target is None:
        raise CurationError(f"no decision has id {decision_id!r}: see `aigraph curate list`")
    if not target.active:
        raise CurationError(f"decision {decision_id} is {'an undo' if target.kind == 'undo' else 'already undone'}")
    undoing = Decision(kind="undo", subject=decision_id, reason=reason, payload={"undone_kind": target.kind}, **_by(by))
    if kind == "split":
        undoing.payload["split"] = True
    with writing_turn(store):
        _save(store, undoing)
        target.undone_by = undoing.id
        _save(store, target)
        with store.transaction():
            changed = _revert(store, target)
            if changed:
                _applied(store, changed)
    return undoing


def _revert(store: GraphStore, target: Decision) -> list[str]:
    if target.kind == "merge":
        changed = _undo_merge(store, target)
    elif target.kind == "split":
        changed = _undo_split(store, target)
    elif target.kind == "rename":
        record_ = entity_record(store, target.subject)
        changed = []
        if record_ is not None:
            aliases = [a for a in record_["aliases"] if a != target.payload["old_name"]]
            _set_names(store, record_["label"], target.subject, target.payload["old_name"], aliases)
            changed = [target.subject]
    elif target.kind == "retype":
        _set_type(store, target.subject, target.payload["old_type"])
        changed = [target.subject]
    elif target.kind == "add":
        rel = Relationship.model_validate(target.payload["relationship"])
        current = _fact(store, rel.type.value, rel.id)
        changed = [rel.id]
        if current is not None:
            rest = [e for e in _as_relationship(rel.type.value, rel.id, current).evidence if e.article_id != target.id]
            if rest:
                _write_evidence_union(
                    store, _as_relationship(rel.type.value, rel.id, current).model_copy(update={"evidence": rest})
                )
            else:
                _delete_rel(store, rel.type.value, rel.id)
    else:
        changed = []
    state = current_state(store)
    if target.kind in FACT_KINDS:
        fact = state.fact(target.subject)
        rel_type = target.payload.get("type") or fact_type(store, fact)
        if rel_type and reconcile_fact(store, fact, rel_type, state):
            changed.append(fact)
    else:  # facts that moved back carry their own decisions again
        for move in target.payload.get("snapshot", {}).get("moves", []):
            if reconcile_fact(store, move["old"], move["type"], state):
                changed.append(move["old"])
    return changed


def _by(by: str | None) -> dict[str, Any]:
    return {"by": by} if by else {}


def _fact_articles(store: GraphStore, rel_type: str, fact: str) -> list[str]:
    row = _fact(store, rel_type, fact)
    if row is not None:
        return sorted({e["article_id"] for e in json.loads(row["evidence"] or "[]")})
    held = held_facts(store, [fact]).get(fact)
    return held.articles if held else []


# -- reading what was decided --------------------------------------------------------------------


def history(store: GraphStore, subject: str) -> list[Decision]:
    """Decisions about one fact or entity, newest first: for an entity also merges into it, splits out of
    it and decisions about its facts (rejected ones included); undos of all of these."""
    found = decisions(store)
    state = state_of(found)
    facts = {subject} | _facts_touching(store, subject)
    about = {
        d.id
        for d in found
        if {d.subject, state.fact(d.subject)} & facts or subject in (d.payload.get("into"), d.payload.get("new_id"))
    }
    about |= {d.id for d in found if d.kind == "undo" and d.subject in about}
    return sorted((d for d in found if d.id in about), key=lambda d: (d.at, d.id), reverse=True)


def _facts_touching(store: GraphStore, node_id: str) -> set[str]:
    """Ids of the facts (stored or held aside) with ``node_id`` at one end."""
    if node_id.startswith("rel:"):
        return set()
    ids = (
        {
            r[0]
            for r in store.query(
                "MATCH (h:ExtractedFact) WHERE h.source_id = $id OR h.target_id = $id RETURN h.id", {"id": node_id}
            ).rows
        }
        if decisions(store)
        else set()
    )
    for rel in RelationType:
        ids |= {
            r[0]
            for r in store.query(f"MATCH (a)-[x:{rel.value}]-(b) WHERE a.id = $id RETURN x.id", {"id": node_id}).rows
        }
    return ids


def rejected_facts(store: GraphStore) -> list[dict[str, Any]]:
    """Rejected facts with their evidence, reason, and how many articles stated them since the rejection."""
    state = current_state(store)
    names = _names(store)
    rows = []
    for held in held_facts(store).values():
        if held.status != "rejected":
            continue
        decision = state.rejected.get(held.id)
        known = set(decision.payload.get("articles", [])) if decision else set()
        new = sorted(a for a in held.articles if a not in known and not a.startswith(NOTE_ARTICLE_PREFIX))
        rows.append(
            {
                "id": held.id,
                "type": held.type,
                "source": names.get(held.source_id, held.source_id),
                "target": names.get(held.target_id, held.target_id),
                **held.properties,
                "articles": held.articles,
                "sentences": [e.text for e in _ordered(held.evidence)],
                "new_reports": len(new),
                "reason": decision.reason if decision else "",
                "by": decision.by if decision else "",
                "at": decision.at if decision else "",
                "decision": decision.id if decision else "",
            }
        )
    return sorted(rows, key=lambda r: (-r["new_reports"], r["at"], r["id"]))


def edited_facts(store: GraphStore) -> dict[str, dict[str, Any]]:
    """Extracted properties of every edited fact, by fact id (what the raw-extraction switch shows)."""
    return {fid: h.properties for fid, h in held_facts(store).items() if h.status == "edited"}


def _names(store: GraphStore) -> dict[str, str]:
    names: dict[str, str] = {}
    for label in ENTITY_LABELS:
        names.update({r[0]: r[1] for r in store.query(f"MATCH (n:{label}) RETURN n.id, n.name").rows})
    return names


# -- moving decisions between stores -------------------------------------------------------------


def export_decisions(store: GraphStore, path: str | Path) -> int:
    """Every decision as JSON Lines, oldest first; returns how many."""
    found = decisions(store)
    with open(path, "w", encoding="utf-8") as out:
        for d in found:
            out.write(json.dumps(d.exported(), ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return len(found)


def import_decisions(store: GraphStore, path: str | Path) -> tuple[int, int, list[str]]:
    """Add the decisions of a JSON Lines file that this store lacks, then apply all; idempotent.

    Returns (added, already present, one line per bad record).
    """
    known = {d.id: d for d in decisions(store)}
    applied_here = {i for i, d in known.items() if d.active}
    added = present = 0
    problems: list[str] = []
    incoming: list[Decision] = []
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                incoming.append(Decision.model_validate_json(line))
            except ValidationError as exc:
                problems.append(f"{path}:{number}: not a decision: {exc.errors()[0]['msg']}")
    with writing_turn(store):
        for d in sorted(incoming, key=lambda d: (d.at, d.id)):
            if d.id in known:
                present += 1
                continue
            d.payload = {k: v for k, v in d.payload.items() if k not in _LOCAL_PAYLOAD}
            d.undone_by = ""
            _save(store, d)
            known[d.id] = d
            added += 1
        undone = []
        for d in list(known.values()):  # an undo marks what it undid, whichever file it came from
            if d.kind == "undo" and d.subject in known and not known[d.subject].undone_by:
                known[d.subject].undone_by = d.id
                _save(store, known[d.subject])
                undone.append(known[d.subject])
        for d in undone:
            if d.id in applied_here:  # applied in this store, undone elsewhere
                _revert(store, d)
        apply_all(store)
    return added, present, problems


# -- the review queue ------------------------------------------------------------------------------

_DUPLICATES = "duplicate_candidates"  # the ReviewList node holding the last ingest's likely duplicates


def all_entities(store: GraphStore) -> list[tuple[str, str, list[str]]]:
    """``(name, type, aliases)`` of every entity, the input of the duplicate finder."""
    rows = store.query(
        "MATCH (n:Organization) RETURN n.name AS name, n.type AS type, n.aliases AS aliases "
        "UNION ALL MATCH (n:Person) RETURN n.name AS name, 'Person' AS type, n.aliases AS aliases "
        "UNION ALL MATCH (n:Technology) RETURN n.name AS name, 'Technology' AS type, n.aliases AS aliases"
    ).rows
    return [(name, etype, list(aliases or [])) for name, etype, aliases in rows]


def save_duplicates(store: GraphStore, rows: Sequence[Sequence[str]]) -> None:
    """Remember the likely duplicate entities (``aigraph entities --duplicates`` rows) an ingest found, for the queue."""
    store.execute_write(
        "MERGE (m:ReviewList {id: $id}) SET m.value = $value",
        {"id": _DUPLICATES, "value": json.dumps([list(r) for r in rows], ensure_ascii=False)},
    )


def stored_duplicates(store: GraphStore) -> list[list[str]]:
    try:
        rows = store.query("MATCH (m:ReviewList) WHERE m.id = $id RETURN m.value", {"id": _DUPLICATES}).rows
    except QueryError:  # an embedded store written before curation existed, opened read-only
        return []
    return json.loads(rows[0][0]) if rows and rows[0][0] else []


LOW_CONFIDENCE = 0.7
LARGE_AMOUNT_USD = 50_000_000.0


def review_queue(
    store: GraphStore,
    duplicates: Sequence[Sequence[str]] = (),
    conflicts: Callable[[], Sequence[dict[str, Any]]] | None = None,
    *,
    low_confidence: float = LOW_CONFIDENCE,
    large_amount_usd: float = LARGE_AMOUNT_USD,
) -> list[dict[str, Any]]:
    """What most needs a human, most pressing first: rejected facts stated again, conflicting reports,
    likely duplicate entities (``duplicates``: ``[name, likely_same_as, type, reason]`` rows), low
    confidence, large amounts from a single article.  Facts already confirmed or rejected are left out
    (a rejected fact comes back only when new articles state it)."""
    found = decisions(store)
    state = state_of(found)
    decided = set(state.confirmed) | set(state.rejected)
    items: list[dict[str, Any]] = []
    for row in rejected_facts(store):
        if row["new_reports"]:
            items.append(
                {
                    "priority": 0,
                    "kind": "fact",
                    "why": f"rejected, {row['new_reports']} new reports",
                    "id": row["id"],
                    "what": f"{row['source']} -{row['type']}-> {row['target']}",
                    "sentences": row["sentences"],
                }
            )
    for row in conflicts() if conflicts else ():
        if row["id"] not in decided:
            items.append(
                {
                    "priority": 1,
                    "kind": "fact",
                    "why": "reports differ",
                    "id": row["id"],
                    "what": row["what"],
                    "sentences": row["sentences"],
                }
            )
    names = {}
    for label in ENTITY_LABELS:
        names.update({r[1]: r[0] for r in store.query(f"MATCH (n:{label}) RETURN n.id, n.name").rows})
    for name, other, kind, reason in duplicates:
        if name in names and other in names:
            items.append(
                {
                    "priority": 2,
                    "kind": "entities",
                    "why": f"likely duplicates ({reason})",
                    "id": names[name],
                    "other_id": names[other],
                    "what": f"{name} / {other} ({kind})",
                    "names": [name, other],
                    "sentences": [],
                }
            )
    d = store.dialect
    seen = {i["id"] for i in items}
    for rel in RelationType:
        rows = store.query(
            f"MATCH (a)-[x:{rel.value}]->(b) WHERE x.confidence < $low OR (x.amount_usd >= $large AND size(x.articles) = 1) "
            f"RETURN x.id AS id, a.name AS source, b.name AS target, x.confidence AS confidence, x.amount_usd AS usd, "
            f"x.sentences AS sentences, {d.type_of('x')} AS type",
            {"low": low_confidence, "large": large_amount_usd},
        ).records()
        for r in rows:
            if r["id"] in decided or r["id"] in seen:
                continue
            low = r["confidence"] is not None and r["confidence"] < low_confidence
            items.append(
                {
                    "priority": 3 if low else 4,
                    "kind": "fact",
                    "why": f"low confidence ({r['confidence']:.2f})" if low else "large amount, one article",
                    "id": r["id"],
                    "what": f"{r['source']} -{r['type']}-> {r['target']}",
                    "sentences": list(r["sentences"] or []),
                }
            )
    return sorted(items, key=lambda i: (i["priority"], i["id"]))
