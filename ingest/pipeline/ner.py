"""Statistical organisation / person tagger: a linear-chain CRF over Kiwi morphemes.

Rules and the registry find the names an investment graph needs; news text also
names parties, broadcasters, police stations and foreign bodies no lexicon
lists.  A small CRF (python-crfsuite) trained on KLUE-NER news sentences
(even-numbered only, see ``train_ner.py``) tags those spans.  Features are
plain strings built from the morphemes the pipeline already has, so tagging
adds no second analysis pass.
"""

from __future__ import annotations

import struct
from functools import cache, lru_cache
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
    """Morpheme -> feature strings; lexicon look-ups are sets built once.

    A morpheme's own features and the ones it lends its neighbours depend only on its form, tag,
    spacing and dictionary place, and the same few thousand morphemes make most of news text: they
    are built once per such key (``_morpheme``) and the rows are joined from them, as building ~60
    strings per morpheme anew was a fifth of Korean extraction.

    ``vocabulary``: the attributes a trained model knows (``model_attributes``).  crfsuite drops every other
    attribute of a sequence before scoring, so the cached pieces leave those out: labels and probabilities
    are the same, and tagging converts a quarter fewer strings.  Training passes none and gets every feature.
    """

    def __init__(
        self, lexicon: Lexicon, gazetteer: Gazetteer | None = None, vocabulary: frozenset[str] | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
        self.aliases = frozenset(n.lower() for e in lexicon.registry for n in e.names)
        self.titles = lexicon.titles
        self.surnames = lexicon.surnames
        self.generic = lexicon.generic_orgs
        self.lex = lexicon
        self._morpheme = lru_cache(maxsize=1 << 16)(self._morpheme_features)
        self._word = lru_cache(maxsize=1 << 16)(self._word_features)

    def sentence_features(self, sentence: Sentence, fold: int | None = None) -> list[list[str]]:
        """Features of a sentence's morphemes; ``fold`` hides names only that training fold gave the dictionary."""
        toks = sentence.tokens
        known = self.gazetteer.positions(sentence.text, sentence.start, toks, fold) if self.gazetteer else None
        return self.token_features(toks, known)

    def token_features(self, toks: tuple[Token, ...], known: list[str] | None = None) -> list[list[str]]:
        """``known``: each morpheme's place in a dictionary name ("B-OG", "I-PS", "O"), when a dictionary is used."""
        words = _word_positions(toks)
        known = known or ["O"] * len(toks)
        written = self._written_word_features(toks)
        n = len(toks)
        gaps = ["1" if k == 0 or t.start > toks[k - 1].end else "0" for k, t in enumerate(toks)]
        morphemes = [self._morpheme(t.form, t.tag, gaps[k], known[k]) for k, t in enumerate(toks)]
        feats = []
        for k, t in enumerate(toks):
            own, _ = morphemes[k]
            row = [*own, *_place_features(words[k], known[k]), *written[k]]
            for i, d in enumerate(_OFFSETS):
                j = k + d
                if 0 <= j < n:
                    row += morphemes[j][1][i]
                else:
                    row.append(_EDGES[i])
            if k + 1 < n:
                row.append("t0t1=" + t.tag + "/" + toks[k + 1].tag)
                row.append("w0w1=" + t.form + "/" + toks[k + 1].form)
            if k > 0:
                row.append("t-1t0=" + toks[k - 1].tag + "/" + t.tag)
                row.append("w-1w0=" + toks[k - 1].form + "/" + t.form)
            feats.append(row)
        return feats

    def _morpheme_features(
        self, f: str, tag: str, gap: str, known: str
    ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """A morpheme's own features (all but its word and dictionary place) and, per ``_OFFSETS`` entry,
        the features it gives the morpheme that far from it."""
        suffix = self.lex.suffix_of(f)
        title = "1" if f in self.titles else "0"
        own = (
            "w=" + f,
            "t=" + tag,
            "wt=" + f + "/" + tag,
            "p1=" + f[:1],
            "s1=" + f[-1:],
            "s2=" + f[-2:],
            "p2=" + f[:2],
            "s3=" + f[-3:],
            "len=" + str(min(len(f), 5)),
            "sp=" + gap,
            "suf=" + (suffix.type.value if suffix else "-"),
            "reg=" + ("1" if f.lower() in self.aliases else "0"),
            "sur=" + ("1" if tag == "NNP" and f[:1] in self.surnames and 2 <= len(f) <= 4 else "0"),
            "sur1=" + ("1" if f in self.surnames else "0"),
            "gen=" + ("1" if f in self.generic else "0"),
            "lat=" + ("1" if f.isascii() and f.isalpha() else "0"),
            "shape=" + _shape(f),
            "place=" + ("1" if f in self.lex.places else "0"),
        )
        lent = []
        for t_, title_, w_, wt_, sp_, shape_, gz_ in _CONTEXT:
            block = [t_ + tag, title_ + title]
            if w_:
                block.append(w_ + f)
            if wt_:
                block += (wt_ + f + "/" + tag, sp_ + gap, shape_ + _shape(f), gz_ + known)
            lent.append(self._known(tuple(block)))
        return self._known(own), tuple(lent)

    def _known(self, features: tuple[str, ...]) -> tuple[str, ...]:
        """The features the model knows, in their order (all when no vocabulary is given)."""
        vocabulary = self.vocabulary
        return features if vocabulary is None else tuple(f for f in features if f in vocabulary)

    def _written_word_features(self, toks: tuple[Token, ...]) -> list[list[str]]:
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
        words = [self._word(core, ending) for core, ending in cores]
        opening, closing = self._word("<s>", "-")[1], self._word("</s>", "-")[2]
        out: list[list[str]] = []
        for g, group in enumerate(groups):
            before = words[g - 1][1] if g else opening
            after = words[g + 1][2] if g + 1 < len(words) else closing
            shared = [*words[g][0], "wn=" + str(min(len(group), 5)), *before, *after]
            out += [shared] * len(group)
        return out

    def _word_features(self, core: str, ending: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """A written word's features as the morphemes' own word, as the word before, and as the word after:
        one word is all three in turn, and news repeats its words, so each is built once."""
        own = (
            "wc=" + core,
            "wc1=" + core[:1],
            "wc2=" + core[:2],
            "wcs1=" + core[-1:],
            "wcs2=" + core[-2:],
            "wcs3=" + core[-3:],
            "wclen=" + str(min(len(core), 8)),
            "wend=" + ending,
        )
        return (
            self._known(own),
            self._known(("pw=" + core, "pws2=" + core[-2:], "pwend=" + ending)),
            self._known(("nw=" + core, "nw2=" + core[:2], "nwend=" + ending)),
        )


# The neighbours a morpheme's row sees, and each offset's feature prefixes, formatted once: words within
# two, word/tag, spacing, shape and dictionary place of the next and previous morpheme only (an empty
# prefix: not used at that offset); the edge feature stands in for a neighbour past the sentence.
_OFFSETS = (-3, -2, -1, 1, 2, 3)
_CONTEXT = tuple(
    (
        f"{d}:t=",
        f"{d}:title=",
        f"{d}:w=" if abs(d) <= 2 else "",
        *((f"{d}:wt=", f"{d}:sp=", f"{d}:shape=", f"{d}:gz=") if abs(d) == 1 else ("", "", "", "")),
    )
    for d in _OFFSETS
)
_EDGES = tuple(f"{d}:edge" for d in _OFFSETS)


@cache
def _place_features(word_position: str, known: str) -> tuple[str, str, str]:
    """A morpheme's place in its written word and in a dictionary name: few values, so built once each."""
    return ("wpos=" + word_position, "gz=" + known, "gzw=" + known + "/" + word_position)


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
        self.min_probability = min_probability
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self.featuriser = Featuriser(lexicon, gazetteer, model_attributes(model_path))

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


# crfsuite's model file (crf1d_model.c): a header whose tenth field is the offset of the attribute dictionary,
# a constant quark database (cqdb.c): "CQDB", chunk size, flags, byte-order mark, number of keys and the offset
# of the array giving each key id's record; a record is its id, the key's length with the NUL, then the key.
_MODEL_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_BYTE_ORDER = 0x62445371
_RECORD_HEAD = struct.Struct("<II")


def model_attributes(model_path: Path) -> frozenset[str]:
    """The attribute dictionary of a crfsuite model, read from the model file.

    pycrfsuite has no look-up, and ``Tagger.dump(filename)`` closes its file descriptor twice: a fetch thread that
    opens a socket between the two closes has it closed under it ("Bad file descriptor").  ``Tagger.info`` parses
    a dump line by line (over a second).  Reading the dictionary straight from the file takes neither risk.
    """
    data = Path(model_path).read_bytes()
    try:
        magic, *_, attributes_at, _, _ = _MODEL_HEADER.unpack_from(data)
        chunk, _, _, byte_order, count, index_at = _CQDB_HEADER.unpack_from(data, attributes_at)
        if magic != b"lCRF" or chunk != b"CQDB" or byte_order != _CQDB_BYTE_ORDER:
            raise ValueError("unknown layout")
        keys = []
        for record_at in struct.unpack_from(f"<{count}I", data, attributes_at + index_at):
            _, size = _RECORD_HEAD.unpack_from(data, attributes_at + record_at)
            start = attributes_at + record_at + _RECORD_HEAD.size
            keys.append(data[start : start + size - 1].decode("utf-8"))
    except (struct.error, ValueError) as exc:
        raise ValueError(f"{model_path} is not a crfsuite model this version can read ({exc})") from None
    return frozenset(keys)
