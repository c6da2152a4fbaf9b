"""Linking an article's entities to the entities the graph already knows.

The extractor resolves names within one article and through the alias
registry; this stage carries resolution across articles and languages: an
English article's "Asratec" lands on the node an earlier Korean article
created as "아스라테크" with the alias "Asratec".  A name that points at two
different known entities is ambiguous and left alone.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from aigraph.core.vocabulary import EntityType, normalize_name
from aigraph.graph import ledger
from aigraph.graph.stores import GraphStore
from aigraph.ingest.contract import ExtractionResult
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, _rows, is_bare_unit, read_unit_suffixes

MIN_KEY_LENGTH = 2  # one-character keys ("삼", "K") would link unrelated entities


@lru_cache(maxsize=1)
def _corporate_suffixes() -> frozenset[str]:
    return frozenset(
        r[0].strip().casefold().rstrip(".") for r in _rows(DEFAULT_DATA_DIR / "lexicons" / "en_corporate_suffixes.txt")
    )


@lru_cache(maxsize=1)
def _unit_suffixes() -> tuple[str, ...]:
    return read_unit_suffixes(DEFAULT_DATA_DIR / "lexicons" / "unit_suffixes.txt")


def identity_keys(name: str) -> set[str]:
    """Comparison keys of a name: normalised as written, and without trailing corporate
    suffixes ("Kyocera Corp." and "Kyocera" are one organisation; the display keeps the suffix)."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(".,") in _corporate_suffixes():
        words = words[:-1]
    return {k for k in (normalize_name(name), normalize_name(" ".join(words))) if len(k) >= MIN_KEY_LENGTH}


class EntityIndex:
    """Canonical names of known entities, by label family and normalised name or alias."""

    def __init__(self) -> None:
        self._canonical: dict[tuple[str, str], set[str]] = defaultdict(set)

    @classmethod
    def from_store(cls, store: GraphStore) -> EntityIndex:
        index = cls()
        for label, name, _type, aliases in ledger.entity_names(store):
            index.add(label, name, aliases)
        return index

    def add(self, label: str, name: str, aliases: list[str]) -> None:
        """Index a name and its aliases; a bare unit alias ("물리학과" of "한국과학기술원 물리학과") is left out:
        another article's unit written alone is not known to be this one."""
        for surface in (name, *(a for a in aliases if not is_bare_unit(a, _unit_suffixes()))):
            for key in identity_keys(surface):
                self._canonical[(label, key)].add(name)

    def canonical(self, label: str, name: str, aliases: list[str]) -> str | None:
        """The one known entity this name or any alias denotes, or None (unknown or ambiguous)."""
        found: set[str] = set()
        for surface in (name, *aliases):
            for key in identity_keys(surface):
                found |= self._canonical.get((label, key), set())
        return next(iter(found)) if len(found) == 1 else None


def link_to_known(result: ExtractionResult, index: EntityIndex) -> ExtractionResult:
    """Rename entities to the known canonical names; then remember this article's entities."""
    linked = []
    for entity in result.entities:
        label = EntityType(entity.type).label
        known = index.canonical(label, entity.name, entity.aliases)
        if known and known != entity.name:
            aliases = sorted({*entity.aliases, entity.name} - {known})
            entity = entity.model_copy(update={"name": known, "aliases": aliases})
        index.add(label, entity.name, entity.aliases)
        linked.append(entity)
    return result.model_copy(update={"entities": linked})
