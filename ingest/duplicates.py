"""Entities that are probably one, for ``aigraph entities --duplicates`` (a review list, nothing is merged).

The pipeline's ``likely_duplicates`` compares names within one type.  Two
more signals catch what it misses between articles: a name that is another
with a short word inserted inside it ("한빛그룹 AI연구소" / "한빛 AI 연구소": a
group word, an affiliation), and such pairs across organisation subtypes,
since one article may call a lab a company.  Insertions at either end are
left to the "contained" rule, as "삼성" / "삼성전자" are usually two entities.
"""

from __future__ import annotations

from collections.abc import Sequence

from aigraph.core.vocabulary import ORGANIZATION_SUBTYPES, normalize_name
from aigraph.graph.curation import all_entities
from aigraph.graph.stores import GraphStore
from aigraph.ingest.pipeline.lexicon import Lexicon
from aigraph.ingest.pipeline.resolve import likely_duplicates

MAX_INSERTION = 3  # characters, after normalisation: 그룹, 계열, 재단 …
MIN_NAME = 4


def inner_variant(a: str, b: str) -> bool:
    """Whether one normalised name is the other with at most ``MAX_INSERTION`` characters inserted inside it."""
    short, long = sorted((normalize_name(a), normalize_name(b)), key=len)
    extra = len(long) - len(short)
    if len(short) < MIN_NAME or not 0 < extra <= MAX_INSERTION:
        return False
    return any(long[:cut] == short[:cut] and long[cut + extra :] == short[cut:] for cut in range(1, len(short)))


def duplicate_candidates(entities: Sequence[tuple[str, str, Sequence[str]]], lexicon: Lexicon) -> list[list[str]]:
    """``[name, likely_same_as, type, reason]`` rows from ``(name, type, aliases)`` entities."""
    found: list[list[str]] = []
    for etype in sorted({etype for _, etype, _ in entities}):
        names = [(name, etype) for name, kind, _ in entities if kind == etype]
        found += [[a, b, etype, why] for a, b, why in likely_duplicates(names, lexicon)]
    listed = {frozenset((a, b)) for a, b, _, _ in found}
    # Fully ordered (a name may stand under two types): the list must not depend on the order the store returns
    organisations = sorted(
        (e for e in entities if e[1] in ORGANIZATION_SUBTYPES or e[1] == "Organization"),
        key=lambda e: (e[0], e[1], sorted(e[2])),
    )
    for i, (name, etype, aliases) in enumerate(organisations):
        for other, other_type, other_aliases in organisations[i + 1 :]:
            if frozenset((name, other)) in listed:
                continue
            if any(inner_variant(x, y) for x in (name, *aliases) for y in (other, *other_aliases)):
                kind = etype if etype == other_type else f"{etype}/{other_type}"
                found.append([name, other, kind, "variant"])
    return found


def find_duplicates(store: GraphStore) -> list[list[str]]:
    """``duplicate_candidates`` over every entity in the store (what the review queue lists)."""
    from aigraph.ingest.pipeline.lexicon import load_lexicon

    return duplicate_candidates(all_entities(store), load_lexicon())
