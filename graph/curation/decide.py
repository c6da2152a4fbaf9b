"""Making and undoing decisions: each is validated, stored, then applied in a write turn and one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError

from aigraph.core.vocabulary import (
    ORGANIZATION_SUBTYPES,
    EntityType,
    RelationType,
    entity_id,
    fact_id,
)
from aigraph.graph.curation.apply import (
    _applied,
    _apply_entity_decision,
    _undo_merge,
    _undo_split,
    apply_all,
    reconcile_fact,
)
from aigraph.graph.curation.model import EDITABLE, FACT_KINDS, CurationError, Decision
from aigraph.graph.curation.stored import (
    _as_relationship,
    _delete_rel,
    _fact,
    _note_evidence,
    _ordered,
    _plain_properties,
    _save,
    _set_names,
    _set_type,
    _write_evidence_union,
    _write_rel,
    current_state,
    decisions,
    entity_record,
    fact_type,
    held_facts,
    typed_properties,
)
from aigraph.graph.model import Relationship

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


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
