"""From one article's extraction result to the graph batch the store writes.

Local entity ids ("e1") become deterministic graph ids, so the same
organisation named in two articles is one node; every relation carries its
evidence so two articles stating one fact become one relationship.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from pydantic import ValidationError

from aigraph.core.money import fx_basis, to_usd
from aigraph.core.vocabulary import effective_date, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Mention, Node, Relationship
from aigraph.ingest.contract import Document, ExtractionResult
from aigraph.ingest.sources import PageDocument


def content_hash(text: str) -> str:
    """Identity of an article's text: unchanged text means nothing to redo."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_node(doc: Document, result: ExtractionResult) -> Article:
    """The stored article: what extraction read from the text first, then what the source said of it."""
    info = result.article
    page = doc if isinstance(doc, PageDocument) else None
    return Article.model_validate(
        {
            "id": info.id,
            "title": info.title or doc.title,
            "url": info.url or doc.url,
            "path": doc.path,
            "published": info.published or doc.published,  # ISO text from extraction, parsed by the model
            "reporter": info.reporter or (page.author if page else ""),
            "publisher": info.publisher or (page.publisher if page else ""),
            "language": info.language,
            "content_hash": content_hash(doc.text),
            "extractor_version": result.extractor_version,
            "ingested_at": datetime.now(UTC).replace(microsecond=0, tzinfo=None),
            "text": doc.text,
        }
    )


def priced(properties: dict, article: Article) -> dict:
    """``properties`` with ``amount_usd`` by the one FX rule (``core.money``), so no amount is left unconverted
    because its article has no date: the fact's own date, else the article's, else the ingest date.
    """
    if properties.get("amount") is None or not properties.get("currency"):
        return properties
    year = fx_basis(effective_date(properties, article.published), article.ingested_at)
    usd = to_usd(float(properties["amount"]), str(properties["currency"]), year)
    return {**properties, "amount_usd": round(usd, 2)} if usd is not None else properties


def to_graph(doc: Document, result: ExtractionResult) -> tuple[GraphBatch, list[str]]:
    """The batch for one article, plus one line for each relation that could not be stored."""
    article = article_node(doc, result)
    nodes: dict[str, Node] = {}
    mentions: list[Mention] = []
    for entity in result.entities:
        node_id = entity_id(entity.type, entity.name)
        nodes[entity.id] = Node(id=node_id, type=entity.type, name=entity.name, aliases=entity.aliases)
        if entity.mentions:
            mentions.append(
                Mention(
                    entity_id=node_id,
                    entity_label=entity.type.label,
                    article_id=article.id,
                    count=len(entity.mentions),
                    first_start=min(m.start for m in entity.mentions),
                    founded=entity.founded.date if entity.founded else None,
                    founded_evidence=entity.founded.evidence.text if entity.founded else None,
                )
            )
    relationships: list[Relationship] = []
    problems: list[str] = []
    for relation in result.relations:
        source, target = nodes.get(relation.source), nodes.get(relation.target)
        if source is None or target is None:
            problems.append(f"{article.id}: {relation.type.value} refers to an unknown entity")
            continue
        evidence = Evidence(
            article_id=article.id,
            text=relation.evidence.text,
            start=relation.evidence.start,
            end=relation.evidence.end,
            confidence=relation.confidence,
            extractor_version=result.extractor_version,
        )
        try:
            relationships.append(
                Relationship(
                    id=fact_id(relation.type, source.id, target.id, relation.properties),
                    type=relation.type,
                    source_id=source.id,
                    source_label=source.label,
                    target_id=target.id,
                    target_label=target.label,
                    properties=priced(relation.properties, article),
                    evidence=[evidence],
                )
            )
        except ValidationError as exc:
            problems.append(
                f"{article.id}: {relation.type.value} {source.name} -> {target.name} not stored: {exc.errors()[0]['msg']}"
            )
    batch = GraphBatch(articles=[article], nodes=list(nodes.values()), relationships=relationships, mentions=mentions)
    return batch, problems
