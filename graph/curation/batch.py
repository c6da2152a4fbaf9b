"""The write path's side: one ingest batch rewritten under the decisions in force (``GraphStore.write`` calls ``curate_batch``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from aigraph.core.vocabulary import (
    EntityType,
    RelationType,
    fact_id,
)
from aigraph.graph.curation.model import CurationState, HeldFact
from aigraph.graph.curation.stored import _edited, _plain_properties, _put_held, current_state, held_facts
from aigraph.graph.model import GraphBatch, Mention, Node, Relationship

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


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
                **({"founded": old.founded, "founded_evidence": old.founded_evidence} if old and not m.founded else {}),
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
    return rel.moved(id=fact_id(rel.type, source, target, rel.properties), source_id=source, target_id=target)


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
