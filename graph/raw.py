"""The graph as extracted, before analysts' decisions: what the dashboard's "show raw extraction" switch reads.

The stored relationships are the curated graph (``graph.curation``); what the
extractor said is kept beside them on ``ExtractedFact`` nodes.  Raw fact rows
are the curated rows with the fact decisions taken back: a rejected fact is
counted again (from its ``ExtractedFact``, with every article that stated it),
an edited fact shows its extracted values, and a fact only an analyst's note
supports (``curate add``) is left out.  Entity decisions (merge, split,
rename, retype) stay in force: they say which real-world entity a name
means, not whether a fact was read right, and a merged entity's node no
longer exists to count facts under.  Raw reads go through every fact, so
they are slower than the aggregate-backed curated pages; they are for
checking what the decisions changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import RELATION_PROPERTIES
from aigraph.graph.curation import NOTE_ARTICLE_PREFIX, HeldFact, entity_record, held_facts, typed_properties

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


def as_extracted(
    store: GraphStore,
    rows: list[dict[str, Any]],
    rel_types: Sequence[str],
    *,
    source_id: str | None = None,
    target_id: str | None = None,
    ids: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Fact rows (``queries.facts`` columns) as extracted; rejected facts matching the same filters are added."""
    held = held_facts(store)
    extracted: list[dict[str, Any]] = []
    for row in rows:
        articles = [a for a in row["articles"] or [] if not a.startswith(NOTE_ARTICLE_PREFIX)]
        if not articles:
            continue  # only an analyst's note says so
        found = held.get(row["id"])
        values = _values(found) if found is not None and found.status == "edited" else {}
        extracted.append({**row, **values, "articles": articles})
    for fact in held.values():
        wanted = (
            fact.status == "rejected"
            and fact.type in rel_types
            and source_id in (None, fact.source_id)
            and target_id in (None, fact.target_id)
            and (ids is None or fact.id in ids)
        )
        restored = _rejected_row(store, fact) if wanted else None
        if restored is not None:
            extracted.append(restored)
    return extracted


def _values(fact: HeldFact) -> dict[str, Any]:
    """Every relation property as extracted (typed as the stored ones are; absent ones None)."""
    typed = typed_properties(fact.properties)
    return {p: typed.get(p) for p in RELATION_PROPERTIES}


def _rejected_row(store: GraphStore, fact: HeldFact) -> dict[str, Any] | None:
    evidence = [e for e in fact.evidence if not e.article_id.startswith(NOTE_ARTICLE_PREFIX)]
    if not evidence:
        return None
    ends: dict[str, Any] = {}
    for side, node_id, label in (
        ("source", fact.source_id, fact.source_label),
        ("target", fact.target_id, fact.target_label),
    ):
        found = entity_record(store, node_id) or {"name": node_id, "type": label}
        ends |= {f"{side}_id": node_id, side: found["name"], f"{side}_type": found["type"]}
    ordered = sorted(evidence, key=lambda e: (e.article_id, e.start, e.end))
    return {
        "type": fact.type,
        **ends,
        "id": fact.id,
        "articles": sorted({e.article_id for e in ordered}),
        "sentences": [e.text for e in ordered],
        "confidence": max(e.confidence for e in ordered),
        "extractor_version": max(e.extractor_version for e in ordered),
        **_values(fact),
    }
