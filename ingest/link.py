"""Linking an article's entities to the entities the graph already knows.

The extractor resolves names within one article and through the alias
registry; this stage carries resolution across articles and languages: an
English article's "Asratec" lands on the node an earlier Korean article
created as "아스라테크" with the alias "Asratec".  A name that points at two
different known entities is ambiguous and left alone.
"""
from __future__ import annotations

from collections import defaultdict

from graph.model import EntityType, normalize_name
from graph.stores import GraphStore
from ingest.contract import ExtractionResult

MIN_KEY_LENGTH = 2  # one-character keys ("삼", "K") would link unrelated entities


class EntityIndex:
    """Canonical names of known entities, by label family and normalised name or alias."""

    def __init__(self) -> None:
        self._canonical: dict[tuple[str, str], set[str]] = defaultdict(set)

    @classmethod
    def from_store(cls, store: GraphStore) -> "EntityIndex":
        index = cls()
        for label in ("Organization", "Person", "Technology"):
            for name, aliases in store.query(f"MATCH (n:{label}) RETURN n.name, n.aliases").rows:
                index.add(label, name, aliases or [])
        return index

    def add(self, label: str, name: str, aliases: list[str]) -> None:
        for surface in (name, *aliases):
            key = normalize_name(surface)
            if len(key) >= MIN_KEY_LENGTH:
                self._canonical[(label, key)].add(name)

    def canonical(self, label: str, name: str, aliases: list[str]) -> str | None:
        """The one known entity this name or any alias denotes, or None (unknown or ambiguous)."""
        found: set[str] = set()
        for surface in (name, *aliases):
            found |= self._canonical.get((label, normalize_name(surface)), set())
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
