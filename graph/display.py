"""Which of an entity's names to show: the one written in the reader's language.

A company met in Korean and English articles is one node, named by its canonical
(registry) name — usually Korean — with its other names as aliases.  A reader of
the English dashboard should see "Samsung Electronics", a reader of the Korean one
삼성전자.  The alias registry (``data/aliases.tsv``) lists each entry's preferred
spellings first, so its first name in the wanted script wins; otherwise the node's
own aliases are used.  Names that are one script's word with the other's suffix
("LG그룹" for LG) do not replace a Latin name in Korean: Korean news writes "LG".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from aigraph.core.resources import data_dir

if TYPE_CHECKING:
    from aigraph.graph.api import Graph

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
# written as a suffix after a name, not part of it (display only: "Samsung Electronics Co., Ltd." -> "Samsung Electronics")
_SUFFIX = re.compile(
    r",?\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|plc|AG|SA|N\.V\.)(?:,?\s+Ltd\.?)?$"
)


def _in_script(name: str, lang: str) -> bool:
    """Korean: the name has Hangul.  English: it has Latin letters and no Hangul."""
    if lang == "ko":
        return bool(_HANGUL.search(name))
    return bool(_LATIN.search(name)) and not _HANGUL.search(name)


@lru_cache(maxsize=1)
def _registry_names() -> dict[str, tuple[str, ...]]:
    """Canonical name -> its names in registry order (canonical first), from ``data/aliases.tsv``."""
    names: dict[str, tuple[str, ...]] = {}
    path = data_dir() / "aliases.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        canonical = cells[0].strip()
        aliases = [a.strip() for a in cells[2].split("|")] if len(cells) > 2 else []
        names[canonical] = (canonical, *[a for a in aliases if a])
    return names


def display_name(name: str, aliases: Iterable[str], lang: str) -> str:
    """The name to show to a reader of ``lang`` ('ko' / 'en'): ``name`` when it is written in that
    language's script, else the registry's first name in that script, else the node's best alias in
    it (fewest corporate suffixes, then the longest), else ``name``."""
    if lang not in ("ko", "en") or _in_script(name, lang):
        return name
    aliases = [a for a in aliases if a and a != name]
    if lang == "ko" and any(name in a for a in aliases if _HANGUL.search(a)):
        return name  # "LG" with "LG그룹": Korean writes the Latin name
    preferred = [n for n in _registry_names().get(name, ()) if _in_script(n, lang)]
    if preferred:
        return preferred[0]
    written = [a for a in aliases if _in_script(a, lang)]
    if not written:
        return name
    return min(written, key=lambda a: (bool(_SUFFIX.search(a)), a.isupper() and len(a) <= 4, -len(a), a))


def display_names(graph: Graph, lang: str) -> dict[str, str]:
    """Name -> name to show in ``lang``, for every organisation, person and technology whose shown name differs."""
    shown: dict[str, str] = {}
    for label in ("Organization", "Person", "Technology"):
        rows = graph.cypher(f"MATCH (n:{label}) RETURN n.name AS name, n.aliases AS aliases")
        for name, aliases in zip(rows["name"], rows["aliases"]):
            other = display_name(name, list(aliases if aliases is not None else []), lang)
            if other != name:
                shown[name] = other
    return shown
