"""The typed graph: node and relationship models shared by every store.

Why pydantic: these models are the boundary between extraction and storage,
so a malformed fact fails here, with a message, instead of inside a database
transaction.  Ids are deterministic (see ``entity_id`` / ``fact_id``) so the
same entity or fact arriving from two articles lands on one node or one
relationship.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 2  # 2: round, series, lead, stake and former properties on facts


class EntityType(str, Enum):
    """Entity types of the extraction contract; the first seven are organisations."""

    COMPANY = "Company"
    BUSINESS_GROUP = "BusinessGroup"
    RESEARCH_LAB = "ResearchLab"
    UNIVERSITY = "University"
    GOVERNMENT_AGENCY = "GovernmentAgency"
    INVESTOR = "Investor"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    TECHNOLOGY = "Technology"

    @property
    def is_organization(self) -> bool:
        return self not in (EntityType.PERSON, EntityType.TECHNOLOGY)

    @property
    def label(self) -> str:
        """The node table / primary label the entity is stored under."""
        if self.is_organization:
            return "Organization"
        return self.value


ORGANIZATION_SUBTYPES = tuple(t.value for t in EntityType if t.is_organization and t is not EntityType.ORGANIZATION)


class RelationType(str, Enum):
    ESTABLISHED = "ESTABLISHED"
    INVESTED_IN = "INVESTED_IN"
    PARTNERS_WITH = "PARTNERS_WITH"
    PARTICIPATES_IN = "PARTICIPATES_IN"
    AFFILIATE_OF = "AFFILIATE_OF"
    PART_OF = "PART_OF"
    SPUN_OFF_FROM = "SPUN_OFF_FROM"
    ACQUIRED = "ACQUIRED"
    WORKS_FOR = "WORKS_FOR"
    RESEARCHES = "RESEARCHES"


NODE_LABELS = ("Organization", "Person", "Technology", "Article")

# Which node labels each relationship type may connect (source, target).
ORG, PERSON, TECH = "Organization", "Person", "Technology"
RELATION_ENDPOINTS: dict[RelationType, tuple[tuple[str, str], ...]] = {
    RelationType.ESTABLISHED: ((ORG, ORG), (PERSON, ORG)),
    RelationType.INVESTED_IN: ((ORG, ORG), (PERSON, ORG), (ORG, TECH)),
    RelationType.PARTNERS_WITH: ((ORG, ORG),),
    RelationType.PARTICIPATES_IN: ((ORG, ORG), (PERSON, ORG)),
    RelationType.AFFILIATE_OF: ((ORG, ORG),),
    RelationType.PART_OF: ((ORG, ORG),),
    RelationType.SPUN_OFF_FROM: ((ORG, ORG),),
    RelationType.ACQUIRED: ((ORG, ORG), (PERSON, ORG)),
    RelationType.WORKS_FOR: ((PERSON, ORG),),
    RelationType.RESEARCHES: ((ORG, TECH), (PERSON, TECH)),
}

# Typed properties a relationship may carry, by name and Python type.
RELATION_PROPERTIES: dict[str, type] = {
    "date": date,
    "amount": float,
    "currency": str,
    "amount_usd": float,
    "period_years": float,
    "annual_amount": float,
    "start_date": date,
    "end_date": date,
    "title": str,
    # A funding round with several named investors: the round's total is shared, so it is not any
    # one investor's ``amount`` (totals leave it out); ``lead`` marks the investor that led it.
    "round_amount": float,
    "round_currency": str,
    "series": str,
    "lead": bool,
    "stake_percent": float,  # a stake bought or held, in percent
    "former": bool,  # a role the person no longer holds
}

_SPACE_PUNCT = re.compile(r"[\s\.\,·'\"“”‘’()\[\]{}<>「」『』《》〈〉\-_/]+")


def normalize_name(name: str) -> str:
    """Key for comparing names: NFKC, case-folded, without spaces or punctuation."""
    return _SPACE_PUNCT.sub("", unicodedata.normalize("NFKC", name).casefold())


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_id(entity_type: EntityType, canonical_name: str) -> str:
    """Deterministic node id: the label family plus the normalised canonical name.

    The organisation subtype is deliberately not part of the id, so an
    organisation typed ``Company`` by one article and ``Organization`` by another
    is still one node; a person and an organisation that share a name are not.
    """
    return f"{entity_type.label.lower()}:{_digest(entity_type.label, normalize_name(canonical_name))}"


def fact_id(rel_type: RelationType, source_id: str, target_id: str, properties: dict[str, Any]) -> str:
    """Deterministic relationship id.

    Two articles stating the same fact produce the same id.  Money facts are
    further keyed by currency and amount (two significant digits), so a second,
    different investment between the same parties stays a separate fact.
    ``PARTNERS_WITH`` is symmetric: its endpoints are ordered first.
    """
    if rel_type is RelationType.PARTNERS_WITH and target_id < source_id:
        source_id, target_id = target_id, source_id
    key = ""
    if rel_type in (RelationType.INVESTED_IN, RelationType.ACQUIRED) and properties.get("amount"):
        key = f"{properties.get('currency') or ''}:{float(properties['amount']):.2g}"
    return f"rel:{_digest(rel_type.value, source_id, target_id, key)}"


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
    def _ordered(self) -> "Evidence":
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
    text: str = ""  # kept so stored articles can be re-extracted (--reprocess)


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
                raw = _parse_partial_date(str(raw))
            elif kind is float:
                raw = float(raw)
            elif kind is bool:
                raw = bool(raw)
            elif kind is str:
                raw = str(raw)
            clean[key] = raw
        return clean

    @model_validator(mode="after")
    def _endpoints_allowed(self) -> "Relationship":
        allowed = RELATION_ENDPOINTS[self.type]
        if (self.source_label, self.target_label) not in allowed:
            raise ValueError(
                f"{self.type.value} cannot connect {self.source_label} to {self.target_label}; "
                f"allowed: {', '.join(f'{a}->{b}' for a, b in allowed)}"
            )
        return self

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


class GraphBatch(BaseModel):
    """Everything one or more articles add to the graph, written in one go."""

    articles: list[Article] = Field(default_factory=list)
    nodes: list[Node] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


def _parse_partial_date(value: str) -> date:
    """Accept ISO dates and their prefixes ("2020", "2020-12") as the first day."""
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
        while len(numbers) < 3:
            numbers.append(1)
        return date(*numbers[:3])
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a date: {value!r}") from exc
