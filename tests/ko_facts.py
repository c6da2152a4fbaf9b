"""Shared helper for the Korean rule tests: one Extractor, facts keyed by (type, source, target) names."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import Extractor


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def facts(text: str, published: date | None = date(2024, 6, 15)) -> dict[tuple[str, str, str], dict]:
    """(relation type, source name, target name) -> properties, for every relation extracted from ``text``."""
    result = extractor().extract(Document(id="t", text=text, published=published))
    names = {e.id: e.name for e in result.entities}
    out = {}
    for r in result.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        out[(r.type.value, names[r.source], names[r.target])] = r.properties
    return out


def kinds(text: str, published: date | None = date(2024, 6, 15)) -> set[str]:
    """The relation types extracted from ``text``."""
    return {k[0] for k in facts(text, published)}


def names(text: str) -> set[str]:
    """The names of every entity extracted from ``text``."""
    return {e.name for e in extractor().extract(Document(id="t", text=text)).entities}
