"""Name dictionary for the CRF: which morpheme runs are a known organisation, person or place name.

The CRF's own word features remember single morphemes; a name of several
morphemes ("서울중앙지법", "더불어민주당") or one seen only outside the hand-labelled
sentences is better told by a dictionary.  ``data/ner_names.tsv`` holds names
with their usual kind (OG organisation, PS person, LC place), built by
``train_ner.py`` from training data only (see ``data/README.md``).

Each morpheme gets the position of the longest dictionary run it belongs to
("gz=B-OG", "gz=I-OG", …).  While training, a sentence must not see names only
its own part of the data contributed (else the feature is always right there and
the model trusts it blindly): entries carry the folds they came from, and a
sentence of fold ``f`` ignores names found in fold ``f`` alone.
"""

from __future__ import annotations

from pathlib import Path

from aigraph.ingest.pipeline.lexicon import read_known_orgs
from aigraph.ingest.pipeline.segment import Token

KINDS = ("OG", "PS", "LC")
# longest name looked for, in morphemes
MAX_MORPHEMES = 6


def squash(text: str) -> str:
    """A name's key: spaces are not part of it ("삼성 전자" = "삼성전자")."""
    return "".join(text.split())


def known_org_names(path: Path) -> list[str]:
    """Names and aliases of ``lexicons/known_orgs.tsv`` (name, category, ``|``-separated aliases)."""
    return list(read_known_orgs(path))


class Gazetteer:
    """Names -> kind, with the training folds each name was seen in (empty when loaded from the file)."""

    def __init__(self, kinds: dict[str, str], folds: dict[str, frozenset[int]] | None = None) -> None:
        self.kinds = kinds
        self.folds = folds or {}
        # every beginning of a name: a run of morphemes that begins no name cannot grow into one
        self._beginnings = frozenset(name[:n] for name in kinds for n in range(1, len(name) + 1))

    @classmethod
    def load(cls, path: Path) -> Gazetteer | None:
        """The dictionary shipped next to the model, or None when absent."""
        if not Path(path).exists():
            return None
        kinds = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, kind = line.split("\t")[:2]
            kinds[squash(name)] = kind
        return cls(kinds)

    def write(self, path: Path, header: str) -> None:
        """One ``name<TAB>kind`` line per entry, sorted, after a ``#`` comment header."""
        lines = ["# " + h for h in header.splitlines()]
        lines += [f"{name}\t{kind}" for name, kind in sorted(self.kinds.items())]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _known(self, key: str, fold: int | None) -> str | None:
        kind = self.kinds.get(key)
        if kind is None or fold is None:
            return kind
        return kind if self.folds.get(key, frozenset()) - {fold} else None

    def positions(self, text: str, offset: int, toks: tuple[Token, ...], fold: int | None = None) -> list[str]:
        """Per morpheme, "B-OG"/"I-PS"/… of the longest dictionary run over it, or "O".

        ``text`` starts at character ``offset`` of the document the token offsets refer to.
        """
        out = ["O"] * len(toks)
        # squash(text[a:b]) is squashed[at[a]:at[b]]: one pass instead of one per candidate run
        squashed, at, kept = "".join(text.split()), [], 0
        for ch in text:
            at.append(kept)
            kept += not ch.isspace()
        at.append(kept)
        k = 0
        while k < len(toks):
            best = None
            for j in range(k, min(len(toks), k + MAX_MORPHEMES)):
                key = squashed[at[toks[k].start - offset] : at[toks[j].end - offset]]
                if key not in self._beginnings:
                    break
                if len(key) >= 2 and (kind := self._known(key, fold)):
                    best = (j, kind)  # the longest name wins: read on
            if best is None:
                k += 1
                continue
            j, kind = best
            out[k] = "B-" + kind
            for i in range(k + 1, j + 1):
                out[i] = "I-" + kind
            k = j + 1
        return out
