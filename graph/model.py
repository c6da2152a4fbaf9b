"""The typed graph: node and relationship models shared by every store.

Why pydantic: these models are the boundary between extraction and storage,
so a malformed fact fails here, with a message, instead of inside a database
transaction.  The vocabulary they use (types, endpoints, deterministic ids)
is ``aigraph.core.vocabulary``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from aigraph.core.vocabulary import (
    RELATION_ENDPOINTS,
    RELATION_PROPERTIES,
    EntityType,
    RelationType,
    endpoints_allowed,
    endpoints_swapped,
    parse_partial_date,
)

SCHEMA_VERSION = 2  # 2: round, series, lead, stake and former properties on facts


class Evidence(BaseModel):
    """Where a fact was read: the article, the sentence and its character offsets."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Node(BaseModel):
    """An entity node: organisation, person or technology."""

    id: str
    type: EntityType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)

    @property
    def label(self) -> str:
        return self.type.label

    @field_validator("aliases")
    @classmethod
    def _unique_aliases(cls, value: list[str]) -> list[str]:
        return sorted({a for a in value if a})


class Article(BaseModel):
    """A source article; facts point at it through their evidence and MENTIONED_IN."""

    id: str
    title: str = ""
    url: str = ""
    path: str = ""
    published: date | None = None
    reporter: str = ""
    publisher: str = ""
    language: str = "ko"
    content_hash: str = ""
    extractor_version: str = ""
    ingested_at: datetime | None = None
    text: str = ""  # kept for the same-story check of later articles and for readers of the evidence


class Relationship(BaseModel):
    """A fact between two nodes with its typed properties and evidence."""

    id: str
    type: RelationType
    source_id: str
    source_label: str
    target_id: str
    target_label: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(min_length=1)

    @field_validator("properties")
    @classmethod
    def _known_properties(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = set(value) - set(RELATION_PROPERTIES)
        if unknown:
            raise ValueError(f"unknown relationship properties: {sorted(unknown)}")
        clean: dict[str, Any] = {}
        for key, raw in value.items():
            if raw is None:
                continue
            kind = RELATION_PROPERTIES[key]
            if kind is date and not isinstance(raw, date):
                raw = parse_partial_date(str(raw))
            elif kind is float:
                raw = float(raw)
            elif kind is bool:
                raw = bool(raw)
            elif kind is str:
                raw = str(raw)
            clean[key] = raw
        return clean

    @model_validator(mode="after")
    def _endpoints_allowed(self) -> Relationship:
        if not endpoints_allowed(self.type, self.source_label, self.target_label):
            allowed = RELATION_ENDPOINTS[self.type]
            raise ValueError(
                f"{self.type.value} cannot connect {self.source_label} to {self.target_label}; "
                f"allowed: {', '.join(f'{a}->{b}' for a, b in allowed)}"
            )
        return self

    @model_validator(mode="after")
    def _stored_direction(self) -> Relationship:
        """A symmetric fact is stored from its lower id (as its id is made), whichever way it was given."""
        if endpoints_swapped(self.type, self.source_id, self.target_id):
            self.source_id, self.target_id = self.target_id, self.source_id
            self.source_label, self.target_label = self.target_label, self.source_label
        return self

    def moved(self, **update: Any) -> Relationship:
        """This fact with ``update`` applied and validated again (``model_copy`` would skip the stored direction)."""
        return Relationship.model_validate(self.model_dump() | update)

    @property
    def confidence(self) -> float:
        return max(e.confidence for e in self.evidence)

    @property
    def article_ids(self) -> list[str]:
        return sorted({e.article_id for e in self.evidence})

    def evidence_json(self) -> str:
        return json.dumps([e.model_dump() for e in self.evidence], ensure_ascii=False, sort_keys=True)


class Mention(BaseModel):
    """An entity's appearance in an article (the MENTIONED_IN edge)."""

    entity_id: str
    entity_label: str
    article_id: str
    count: int = Field(ge=1)
    first_start: int = Field(ge=0)
    founded: str | None = None  # the organisation's founding date as this article states it ("2020", "2020-03")
    founded_evidence: str | None = None  # the sentence that states it


class GraphBatch(BaseModel):
    """Everything one or more articles add to the graph, written in one go."""

    articles: list[Article] = Field(default_factory=list)
    nodes: list[Node] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
