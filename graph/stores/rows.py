"""How a node or a fact is stored as a row, and how two reports of one merge (pure functions, no I/O).

The write path (``graph.stores.writing``) and retraction use these, so
merging aliases and evidence from several articles follows one rule on both
backends.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from aigraph.core.vocabulary import RELATION_PROPERTIES, normalize_name
from aigraph.graph.model import Evidence, GraphBatch, Node, Relationship

GENERIC_TYPE = "Organization"


def differs(old: Any, new: Any) -> bool:
    if isinstance(old, list) or isinstance(new, list):
        return sorted(old or []) != sorted(new or [])
    if isinstance(old, float) or isinstance(new, float):
        return old is None or new is None or abs(float(old) - float(new)) > 1e-9 * max(1.0, abs(float(new)))
    return old != new


def more_specific(old_type: str | None, new_type: str) -> str:
    """A specific organisation type beats the generic one; otherwise the first type stays."""
    if not old_type or old_type == GENERIC_TYPE:
        return new_type
    return old_type


def merge_nodes(first: Node, second: Node) -> Node:
    aliases = set(first.aliases) | set(second.aliases)
    if second.name != first.name:
        aliases.add(second.name)
    merged_type = more_specific(first.type.value, second.type.value)
    return first.model_copy(update={"aliases": sorted(aliases - {first.name}), "type": type(first.type)(merged_type)})


def node_row(node: Node, old: dict[str, Any] | None) -> dict[str, Any]:
    name = old["name"] if old else node.name
    aliases = set(node.aliases) | set(old["aliases"] or []) if old else set(node.aliases)
    if node.name != name:
        aliases.add(node.name)
    row: dict[str, Any] = {
        "id": node.id,
        "name": name,
        "aliases": sorted(aliases - {name}),
        "name_key": normalize_name(name),
    }
    if node.type.is_organization:
        row["type"] = more_specific(old.get("type") if old else None, node.type.value)
    return row


def merge_facts(first: Relationship, second: Relationship) -> Relationship:
    """One fact from two reports of it: the properties of the report with the first article (by id) win, the
    other fills what it left out, so the stored fact does not depend on the order articles come in."""
    evidence = sorted(set(first.evidence) | set(second.evidence), key=evidence_order)
    lead, other = (
        (first, second) if _first_article(first.evidence) <= _first_article(second.evidence) else (second, first)
    )
    properties = {**other.properties, **lead.properties}
    return first.model_copy(update={"evidence": evidence, "properties": properties})


def _first_article(evidence: list[Evidence]) -> str:
    return min(e.article_id for e in evidence)


def evidence_order(e: Evidence) -> tuple[str, int, int]:
    return (e.article_id, e.start, e.end)


def parse_evidence(raw: str | None) -> list[Evidence]:
    return [Evidence(**item) for item in json.loads(raw)] if raw else []


def evidence_columns(evidence: list[Evidence]) -> dict[str, Any]:
    ordered = sorted(set(evidence), key=evidence_order)
    return {
        "articles": sorted({e.article_id for e in ordered}),
        "sentences": [e.text for e in ordered],
        "evidence": json.dumps([e.model_dump() for e in ordered], ensure_ascii=False, sort_keys=True),
        "confidence": max(e.confidence for e in ordered),
    }


def fact_row(rel: Relationship, old: dict[str, Any] | None) -> dict[str, Any]:
    """The relationship as stored: this batch's articles replace their own earlier evidence."""
    restated = {e.article_id for e in rel.evidence}
    earlier = parse_evidence(old["evidence"]) if old else []
    kept = [e for e in earlier if e.article_id not in restated]
    properties = dict(rel.properties)
    if old is not None and kept and _first_article(earlier) not in restated:
        # the stored properties are a kept article's (``merge_facts``): whichever report has the first article
        # wins, as when both came in one batch
        stored = {p: old[p] for p in RELATION_PROPERTIES if old.get(p) is not None}
        first_kept = _first_article(earlier) < _first_article(rel.evidence)
        properties = {**properties, **stored} if first_kept else {**stored, **properties}
    row: dict[str, Any] = {
        "id": rel.id,
        "s": rel.source_id,
        "t": rel.target_id,
        "extractor_version": max(e.extractor_version for e in rel.evidence),
        **evidence_columns(kept + list(rel.evidence)),
    }
    for prop in RELATION_PROPERTIES:
        row[prop] = properties.get(prop)
    return row


def article_parts(batch: GraphBatch, max_facts: int) -> list[GraphBatch]:
    """``batch`` as consecutive parts of about ``max_facts`` facts, each holding whole articles.

    Each part commits in its own transaction, so no transaction outgrows a
    server's memory (Neo4j refuses one past ``dbms.memory.transaction.total.max``).
    Articles that share a fact stay in one part, so an article's facts and its
    content hash always commit together: a crash between parts leaves whole
    articles written and the rest looking unwritten.  Every node goes in the
    first part; later parts only reference them.
    """
    if len(batch.relationships) <= max_facts:
        return [batch]
    parent: dict[str, str] = {}

    def root(article_id: str) -> str:
        while parent.setdefault(article_id, article_id) != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    for rel in batch.relationships:
        first, *others = rel.article_ids
        for other in others:
            parent[root(other)] = root(first)
    facts: dict[str, list[Relationship]] = defaultdict(list)
    for rel in batch.relationships:
        facts[root(rel.article_ids[0])].append(rel)
    for article in batch.articles:
        root(article.id)
    for mention in batch.mentions:
        root(mention.article_id)
    groups: list[list[str]] = []
    size = 0
    for group in dict.fromkeys(root(a) for a in list(parent)):
        if not groups or (size and size + len(facts[group]) > max_facts):
            groups.append([])
            size = 0
        groups[-1].append(group)
        size += len(facts[group])
    parts = []
    for members in groups:
        keys = set(members)
        parts.append(
            GraphBatch(
                articles=[a for a in batch.articles if root(a.id) in keys],
                relationships=[r for group in members for r in facts[group]],
                mentions=[m for m in batch.mentions if root(m.article_id) in keys],
            )
        )
    parts[0].nodes = list(batch.nodes)
    return parts
