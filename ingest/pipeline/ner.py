"""Statistical organisation / person tagger: a linear-chain CRF over Kiwi morphemes.

Rules and the registry find the names an investment graph needs; news text also
names parties, broadcasters, police stations and foreign bodies no lexicon
lists.  A small CRF (python-crfsuite) trained on KLUE-NER news sentences
(even-numbered only, see ``train_ner.py``) tags those spans.  Features are
plain strings built from the morphemes the pipeline already has, so tagging
adds no second analysis pass.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite

from aigraph.ingest.pipeline.gazetteer import Gazetteer, squash
from aigraph.ingest.pipeline.lexicon import Lexicon
from aigraph.ingest.pipeline.segment import Sentence, Token

LABELS = ("OG", "PS")
# Spans whose first label the CRF gives less than this marginal probability are
# dropped: on held-out even KLUE sentences this trades little recall for precision.
MIN_PROBABILITY = 0.5
# the name dictionary (``gazetteer.py``) the model was trained with, beside the model file
GAZETTEER_FILE = "ner_names.tsv"


class Featuriser:
    """Morpheme -> feature strings; lexicon look-ups are sets built once."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self.aliases = frozenset(n.lower() for e in lexicon.registry for n in e.names)
        self.titles = lexicon.titles
        self.surnames = lexicon.surnames
        self.generic = lexicon.generic_orgs
        self.lex = lexicon

    def sentence_features(self, sentence: Sentence, fold: int | None = None) -> list[list[str]]:
        """Features of a sentence's morphemes; ``fold`` hides names only that training fold gave the dictionary."""
        toks = sentence.tokens
        known = self.gazetteer.positions(sentence.text, sentence.start, toks, fold) if self.gazetteer else None
        return self.token_features(toks, known)

    def token_features(self, toks: tuple[Token, ...], known: list[str] | None = None) -> list[list[str]]:
        """``known``: each morpheme's place in a dictionary name ("B-OG", "I-PS", "O"), when a dictionary is used."""
        words = _word_positions(toks)
        known = known or ["O"] * len(toks)
        written = _written_word_features(toks)
        basic = []
        for k, t in enumerate(toks):
            f = t.form
            suffix = self.lex.suffix_of(f)
            gap = "1" if k == 0 or t.start > toks[k - 1].end else "0"
            basic.append(
                (
                    f,
                    t.tag,
                    gap,
                    "1" if f in self.titles else "0",
                    [
                        "w=" + f,
                        "t=" + t.tag,
                        "wt=" + f + "/" + t.tag,
                        "p1=" + f[:1],
                        "s1=" + f[-1:],
                        "s2=" + f[-2:],
                        "p2=" + f[:2],
                        "s3=" + f[-3:],
                        "len=" + str(min(len(f), 5)),
                        "sp=" + gap,
                        "suf=" + (suffix.type.value if suffix else "-"),
                        "reg=" + ("1" if f.lower() in self.aliases else "0"),
                        "sur=" + ("1" if t.tag == "NNP" and f[:1] in self.surnames and 2 <= len(f) <= 4 else "0"),
                        "sur1=" + ("1" if f in self.surnames else "0"),
                        "gen=" + ("1" if f in self.generic else "0"),
                        "lat=" + ("1" if f.isascii() and f.isalpha() else "0"),
                        "shape=" + _shape(f),
                        "place=" + ("1" if f in self.lex.places else "0"),
                        "wpos=" + words[k],
                        "gz=" + known[k],
                        "gzw=" + known[k] + "/" + words[k],
                    ],
                )
            )
        feats = []
        n = len(basic)
        for k, (f, tag, _gap, _, own) in enumerate(basic):
            row = list(own) + written[k]
            for d, t_, title_, w_, wt_, sp_, shape_, gz_, edge in _CONTEXT:
                j = k + d
                if 0 <= j < n:
                    fj, tj, gapj, titlej, _ = basic[j]
                    row.append(t_ + tj)
                    row.append(title_ + titlej)
                    if w_:
                        row.append(w_ + fj)
                    if wt_:
                        row.append(wt_ + fj + "/" + tj)
                        row.append(sp_ + gapj)
                        row.append(shape_ + _shape(fj))
                        row.append(gz_ + known[j])
                else:
                    row.append(edge)
            if k + 1 < n:
                row.append("t0t1=" + tag + "/" + basic[k + 1][1])
                row.append("w0w1=" + f + "/" + basic[k + 1][0])
            if k > 0:
                row.append("t-1t0=" + basic[k - 1][1] + "/" + tag)
                row.append("w-1w0=" + basic[k - 1][0] + "/" + f)
            feats.append(row)
        return feats


# Each neighbour offset's feature prefixes, formatted once: words within two, word/tag, spacing, shape and
# dictionary place of the next and previous morpheme only (an empty prefix: not used at that offset).
_CONTEXT = tuple(
    (
        d,
        f"{d}:t=",
        f"{d}:title=",
        f"{d}:w=" if abs(d) <= 2 else "",
        *((f"{d}:wt=", f"{d}:sp=", f"{d}:shape=", f"{d}:gz=") if abs(d) == 1 else ("", "", "", "")),
        f"{d}:edge",
    )
    for d in (-3, -2, -1, 1, 2, 3)
)


@lru_cache(maxsize=1 << 16)
def _shape(form: str) -> str:
    """Character classes of a morpheme, runs collapsed: "H" Hangul, "L" Latin, "D" digit, "C" Hanja, "O" other."""
    out = ""
    for ch in form:
        c = (
            "H"
            if "가" <= ch <= "힣"
            else "L"
            if ch.isascii() and ch.isalpha()
            else "D"
            if ch.isdigit()
            else "C"
            if "\u4e00" <= ch <= "\u9fff"
            else "O"
        )
        if not out.endswith(c):
            out += c
    return out[:4]


def _written_word_features(toks: tuple[Token, ...]) -> list[list[str]]:
    """Features of the written word each morpheme sits in, and of the words on either side.

    Morpheme features see two morphemes away; a name Kiwi splits into many pieces
    ("한국전력공사" or an unknown club name) is better told by its whole written word:
    the word without its particles ("core"), that core's first and last syllables,
    the particle it ends in, and the cores of the previous and next words
    ("… 관계자는", "대표는" after a name).
    """
    groups: list[list[int]] = []
    for k, t in enumerate(toks):
        if k == 0 or t.start > toks[k - 1].end:
            groups.append([])
        groups[-1].append(k)
    cores = []
    for group in groups:
        body = list(group)
        while len(body) > 1 and toks[body[-1]].tag[:1] in ("J", "S", "E"):
            body.pop()
        core = "".join(toks[k].form for k in body)
        last = toks[group[-1]]
        ending = last.tag if last.tag[:1] in ("J", "E") else "-"
        cores.append((core, ending))
    out: list[list[str]] = [[] for _ in toks]
    for g, group in enumerate(groups):
        core, ending = cores[g]
        prev_core, prev_end = cores[g - 1] if g else ("<s>", "-")
        next_core, next_end = cores[g + 1] if g + 1 < len(cores) else ("</s>", "-")
        shared = [
            "wc=" + core,
            "wc1=" + core[:1],
            "wc2=" + core[:2],
            "wcs1=" + core[-1:],
            "wcs2=" + core[-2:],
            "wcs3=" + core[-3:],
            "wclen=" + str(min(len(core), 8)),
            "wend=" + ending,
            "wn=" + str(min(len(group), 5)),
            "pw=" + prev_core,
            "pws2=" + prev_core[-2:],
            "pwend=" + prev_end,
            "nw=" + next_core,
            "nw2=" + next_core[:2],
            "nwend=" + next_end,
        ]
        for k in group:
            out[k] = shared
    return out


def _word_positions(toks: tuple[Token, ...]) -> list[str]:
    """Where each morpheme sits in its space-delimited word: S(ingle), B(egin), I(nside), E(nd)."""
    out = []
    for k, t in enumerate(toks):
        begins = k == 0 or t.start > toks[k - 1].end
        ends = k + 1 == len(toks) or toks[k + 1].start > t.end
        out.append("S" if begins and ends else "B" if begins else "E" if ends else "I")
    return out


def spans_from_labels(toks: tuple[Token, ...], labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels over morphemes -> (start, end, label) character spans."""
    spans: list[tuple[int, int, str]] = []
    cur: list = []
    for t, lab in zip(toks, labels):
        if lab.startswith("B-") or (lab.startswith("I-") and (not cur or cur[2] != lab[2:])):
            if cur:
                spans.append(tuple(cur))
            cur = [t.start, t.end, lab[2:]]
        elif lab.startswith("I-"):
            cur[1] = t.end
        else:
            if cur:
                spans.append(tuple(cur))
            cur = []
    if cur:
        spans.append(tuple(cur))
    return spans


class CrfTagger:
    """Implements ``recognise.Tagger`` with a trained crfsuite model."""

    def __init__(
        self,
        model_path: Path,
        lexicon: Lexicon,
        min_probability: float = MIN_PROBABILITY,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.featuriser = Featuriser(lexicon, gazetteer)
        self.min_probability = min_probability
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    @classmethod
    def load(cls, model_path: Path, lexicon: Lexicon) -> CrfTagger | None:
        """The tagger with the name dictionary beside it, or None when no model file is shipped (rules still work)."""
        if not Path(model_path).exists():
            return None
        return cls(model_path, lexicon, gazetteer=Gazetteer.load(Path(model_path).with_name(GAZETTEER_FILE)))

    def known_kind(self, name: str) -> str | None:
        """The kind the name dictionary gives ``name`` ("OG", "PS", "LC"), None when unknown or absent."""
        gazetteer = self.featuriser.gazetteer
        return gazetteer.kinds.get(squash(name)) if gazetteer else None

    def spans(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        toks = sentence.tokens
        if not toks:
            return []
        labels = self._tagger.tag(self.featuriser.sentence_features(sentence))
        if self.min_probability <= 0:
            return spans_from_labels(toks, labels)
        starts = {t.start: k for k, t in enumerate(toks)}
        kept = []
        for start, end, tag in spans_from_labels(toks, labels):
            k = starts[start]
            if self._tagger.marginal(labels[k], k) >= self.min_probability:
                kept.append((start, end, tag))
        return kept
