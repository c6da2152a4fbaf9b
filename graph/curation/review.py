"""Reading what was decided and what needs deciding: history, rejected and edited facts, the review queue."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import (
    RelationType,
)
from aigraph.graph.curation.model import ENTITY_LABELS, NOTE_ARTICLE_PREFIX, Decision, state_of
from aigraph.graph.curation.stored import _ordered, current_state, decisions, held_facts
from aigraph.graph.errors import QueryError

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


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


_DUPLICATES = "duplicate_candidates"  # the ReviewList node holding the last ingest's likely duplicates
# A Meta row present while entities changed after the duplicates were last listed; its value names the last change.
_DUPLICATES_OUTDATED = "duplicate_candidates_outdated"


def all_entities(store: GraphStore) -> list[tuple[str, str, list[str]]]:
    """``(name, type, aliases)`` of every entity, the input of the duplicate finder."""
    rows = store.query(
        "MATCH (n:Organization) RETURN n.name AS name, n.type AS type, n.aliases AS aliases "
        "UNION ALL MATCH (n:Person) RETURN n.name AS name, 'Person' AS type, n.aliases AS aliases "
        "UNION ALL MATCH (n:Technology) RETURN n.name AS name, 'Technology' AS type, n.aliases AS aliases"
    ).rows
    return [(name, etype, list(aliases or [])) for name, etype, aliases in rows]


def mark_duplicates_outdated(store: GraphStore) -> None:
    """Record that entities changed after the duplicates were listed; called in the transaction that changes them,
    so a run killed before it lists them again leaves the mark, and the next run lists them (``duplicates_outdated``)."""
    store.execute_write(
        "MERGE (m:Meta {id: $id}) SET m.value = $change", {"id": _DUPLICATES_OUTDATED, "change": uuid.uuid4().hex}
    )


def duplicates_outdated(store: GraphStore) -> str | None:
    """The last entity change the stored duplicates have not seen (hand it to ``save_duplicates``), None when current."""
    rows = store.query("MATCH (m:Meta) WHERE m.id = $id RETURN m.value", {"id": _DUPLICATES_OUTDATED}).rows
    return rows[0][0] if rows else None


def save_duplicates(store: GraphStore, rows: Sequence[Sequence[str]], seen: str | None = None) -> None:
    """Remember the likely duplicate entities (``aigraph entities --duplicates`` rows) an ingest found, for the queue.

    ``seen`` is the ``duplicates_outdated`` value read before ``rows`` were found: the outdated mark is cleared only
    if no writer changed entities since, so a change another host made meanwhile is listed by a later run.
    """
    store.execute_write(
        "MERGE (m:ReviewList {id: $id}) SET m.value = $value",
        {"id": _DUPLICATES, "value": json.dumps([list(r) for r in rows], ensure_ascii=False)},
    )
    if seen is not None:
        store.execute_write(
            "MATCH (m:Meta) WHERE m.id = $id AND m.value = $seen DELETE m", {"id": _DUPLICATES_OUTDATED, "seen": seen}
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
