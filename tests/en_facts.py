"""Shared helper for the English rule tests: one Extractor, facts keyed by (type, source, target) under
every name and alias of each end (registry entries are canonically Korean: 삼성전자 = Samsung Electronics)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import Extractor

PUBLISHED = date(2024, 5, 15)  # a Wednesday


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def en_facts(text: str, published: date | None = PUBLISHED) -> dict[tuple[str, str, str], dict]:
    """(relation type, source name, target name) -> properties, under every name of each end."""
    result = extractor().extract(Document(id="t", text=text, published=published))
    assert result.article.language == "en"
    names = {e.id: {e.name, *e.aliases} for e in result.entities}
    out: dict[tuple[str, str, str], dict] = {}
    for r in result.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        for s in names[r.source]:
            for t in names[r.target]:
                out[(r.type.value, s, t)] = r.properties
    return out


def en_kinds(text: str) -> set[str]:
    """The relation types extracted from ``text``."""
    return {k[0] for k in en_facts(text)}


def en_entity_names(text: str) -> list[str]:
    """The names of the entities recognised in ``text``, relations or not."""
    return [e.name for e in extractor().extract(Document(id="t", text=text, published=PUBLISHED)).entities]


def held(found: dict[tuple[str, str, str], dict], fact: tuple[str, str, str]) -> bool:
    """The fact is stated as holding now: extracted, and not a post held before or left (``former``)."""
    return fact in found and not found[fact].get("former")


def en_current(text: str) -> dict[tuple[str, str, str], dict]:
    """The facts of ``text`` without the posts marked ``former`` (held before, or left)."""
    return {k: p for k, p in en_facts(text).items() if not p.get("former")}


def en_current_kinds(text: str) -> set[str]:
    """The relation types of the facts of ``text`` that hold now."""
    return {k[0] for k in en_current(text)}
