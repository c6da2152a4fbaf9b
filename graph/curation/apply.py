"""Applying decisions to the store, idempotently: one fact reconciled with the decisions, entity decisions (merge, split,
rename, retype) performed and undone, and the aggregates refreshed for everything a decision changed (``_applied``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import (
    EntityType,
    RelationType,
    fact_id,
)
from aigraph.graph import aggregates
from aigraph.graph.curation.model import FACT_KINDS, CurationError, CurationState, Decision, HeldFact, state_of
from aigraph.graph.curation.stored import (
    _as_relationship,
    _delete_rel,
    _drop_held,
    _edited,
    _entity_facts,
    _fact,
    _first_published,
    _hold_whole,
    _mentions,
    _ordered,
    _plain_properties,
    _put_held,
    _save,
    _set_fact_properties,
    _set_mentions,
    _set_names,
    _set_type,
    _write_evidence_union,
    _write_rel,
    decisions,
    entity_record,
    fact_type,
    held_facts,
    typed_properties,
)
from aigraph.graph.model import Node, Relationship
from aigraph.graph.stores.writing import BatchWriter

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


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


def _move_facts(store: GraphStore, facts: Sequence[Relationship], old_id: str, new_id: str) -> list[dict[str, Any]]:
    """Plan moving ``facts`` from entity ``old_id`` to ``new_id``: ``{old, new, type, existed, relationship}`` each."""
    moves = []
    for rel in facts:
        source = new_id if rel.source_id == old_id else rel.source_id
        target = new_id if rel.target_id == old_id else rel.target_id
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
    return rel.moved(**update)


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
            **_founding_stated(m, theirs.get(m["article"])),
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


def _founding_stated(mine: dict[str, Any], theirs: dict[str, Any] | None) -> dict[str, Any]:
    """The founding date one article states of either merged entity (a snapshot saved before founding dates were
    read has none)."""
    said = mine if mine.get("founded") or theirs is None else theirs
    return {"founded": said.get("founded"), "founded_evidence": said.get("founded_evidence")}


def _undo_merge(store: GraphStore, d: Decision) -> list[str]:
    """Give the merged entity back its node, names, facts and mentions as the merge found them."""
    snapshot = d.payload.get("snapshot")
    into = entity_record(store, d.payload["into"])
    if not snapshot or into is None:
        return []
    merged = snapshot["entity"]
    BatchWriter(store).write_nodes(
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
        BatchWriter(store).write_nodes([Node(id=new_id, type=EntityType(record["type"]), name=alias)])
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
