"""The typed graph's vocabulary: entity and relation types, allowed endpoints, ids, name keys.

The extractor produces these and the graph stores them; both import them from
here, so the extractor does not depend on the storage package.  Ids are
deterministic (``entity_id`` / ``fact_id``): the same entity or fact arriving
from two articles lands on one node or one relationship.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any


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


_ID_LABELS = {t.label.lower(): t.label for t in EntityType}


def label_of_id(entity_id_: str) -> str | None:
    """The node label an ``entity_id`` was made for (its prefix), or None for an id of another shape."""
    return _ID_LABELS.get(entity_id_.partition(":")[0])


SYMMETRIC_TYPES = frozenset({RelationType.PARTNERS_WITH})


def endpoints_swapped(rel_type: RelationType, source_id: str, target_id: str) -> bool:
    """Whether a fact's endpoints are stored the other way round: a symmetric fact is stored from its lower id,
    so that one fact has one id and one stored direction however an article wrote it."""
    return rel_type in SYMMETRIC_TYPES and target_id < source_id


def fact_id(rel_type: RelationType, source_id: str, target_id: str, properties: dict[str, Any]) -> str:
    """Deterministic relationship id.

    Two articles stating the same fact produce the same id.  Money facts are
    further keyed by currency and amount (two significant digits), so a second,
    different investment between the same parties stays a separate fact.
    A symmetric fact's endpoints are ordered first (``endpoints_swapped``).
    """
    if endpoints_swapped(rel_type, source_id, target_id):
        source_id, target_id = target_id, source_id
    key = ""
    if rel_type in (RelationType.INVESTED_IN, RelationType.ACQUIRED) and properties.get("amount"):
        key = f"{properties.get('currency') or ''}:{float(properties['amount']):.2g}"
    return f"rel:{_digest(rel_type.value, source_id, target_id, key)}"


def endpoints_allowed(rel_type: RelationType, source_label: str, target_label: str) -> bool:
    """Whether ``rel_type`` may connect these node labels (the one check, for extraction and storage)."""
    return (source_label, target_label) in RELATION_ENDPOINTS[rel_type]


def effective_date(properties: Mapping[str, Any], published: date | str | None = None) -> date | str | None:
    """When a fact happened, for filters, ordering and FX: its date, else its start date, else its article's."""
    return properties.get("date") or properties.get("start_date") or published


def annual_amount(properties: Mapping[str, Any]) -> float | None:
    """The amount per year: as stated ("연간 N억원씩"), else the amount spread over the period, else None."""
    stated = properties.get("annual_amount")
    if stated is not None:
        return float(stated)
    amount, years = properties.get("amount"), properties.get("period_years")
    return float(amount) / float(years) if amount is not None and years else None


def parse_partial_date(value: str) -> date:
    """Accept ISO dates and their prefixes ("2020", "2020-12") as the first day."""
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
        while len(numbers) < 3:
            numbers.append(1)
        return date(*numbers[:3])
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a date: {value!r}") from exc
