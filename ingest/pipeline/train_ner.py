"""Train the CRF of ``ner.py``: KLUE-NER news sentences with an even number, plus silver KLUE-RE.

KLUE-NER's dev set has only ~1,270 even-numbered news sentences: too few for
the organisation and person names news writes.  KLUE-RE train adds 8,774
sentences (Wikipedia, WikiTree news, policy briefings) in which two entities
per sentence are marked with their type.  They become *silver* training data:
a first CRF trained on KLUE-NER tags each sentence, then every KLUE-RE span
overrides what it overlaps (a marked ORG/PER span is labelled as marked; a
span marked LOC, DAT, POH or NOH is taken away from any name the first CRF
put there).  Sentences that also occur in KLUE-NER dev are left out.

The name dictionary of ``gazetteer.py`` (``data/ner_names.tsv``) is built here
too, from the names marked in the same training sentences (KLUE-NER even
sentences, news and film reviews; KLUE-RE train) and the alias registry; a
name's kind is the one it is marked with most often.  Each training sentence
sees only names some other fold (or the registry, or the film reviews, which
are not trained on) contributed.

Both sets are CC BY-SA 4.0, read from ``../shared`` at training time and never
copied; only the trained weights and the name dictionary go to ``data/``.
Odd-numbered KLUE-NER sentences are the evaluation half and are never read here.

    .venv/bin/python -m aigraph.ingest.pipeline.train_ner            # train on all even sentences + silver
    .venv/bin/python -m aigraph.ingest.pipeline.train_ner --dev      # train on ids 0 mod 4 (+ silver), report on 2 mod 4
    .venv/bin/python -m aigraph.ingest.pipeline.train_ner --no-silver  # KLUE-NER only
    .venv/bin/python -m aigraph.ingest.pipeline.train_ner --dev --silver-limit 2000  # a quicker comparison
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite
from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.gazetteer import KINDS, Gazetteer, known_org_names, squash
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, Lexicon, load_lexicon
from aigraph.ingest.pipeline.ner import GAZETTEER_FILE, LABELS, CrfTagger, Featuriser
from aigraph.ingest.pipeline.segment import Sentence, Token, korean_analyser

SHARED = Path(__file__).resolve().parents[3] / "shared"
KLUE_TSV = SHARED / "eval" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
KLUE_RE = SHARED / "eval" / "train" / "klue-re-train"
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
KNOWN_ORGS = DEFAULT_DATA_DIR / "lexicons" / "known_orgs.tsv"
_RE_TO_NER = {"ORG": "OG", "PER": "PS"}
_RE_KINDS = {"ORG": "OG", "PER": "PS", "LOC": "LC"}
# training folds of the name dictionary; ALWAYS marks names every sentence may see
FOLDS = 5
ALWAYS = -1
# Hand-labelled KLUE-NER sentences count this many times beside the silver ones (news is the target genre).
GOLD_WEIGHT = 3


def _read_klue(path: Path, only_source: str | None = "wikitree"):
    """The shared scorer's own reader, so spans are cut exactly as scored."""
    spec = importlib.util.spec_from_file_location("klue_score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the KLUE scorer from {SHARED / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_klue(str(path), only_source=only_source)


def _number(sid: str) -> int:
    found = re.search(r"_dev_(\d+)", sid)
    if found is None:
        raise ValueError(f"not a KLUE-NER sentence id: {sid!r}")
    return int(found.group(1))


def _labels(tokens: tuple[Token, ...], spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * len(tokens)
    for start, end, tag in spans:
        if tag not in LABELS:
            continue
        inside = [k for k, t in enumerate(tokens) if t.start < end and start < t.end]
        for n, k in enumerate(inside):
            labels[k] = ("B-" if n == 0 else "I-") + tag
    return labels


def _sentence(kiwi: Kiwi, text: str) -> Sentence:
    toks = tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi.tokenize(text))
    return Sentence(0, 0, len(text), text, toks)


def _klue_re_sentences(exclude: set[str]) -> Iterator[tuple[str, str, list[tuple[int, int, str]]]]:
    """KLUE-RE train sentences (id, text, marked spans with KLUE-RE types), minus those in ``exclude``."""
    texts = {}
    with (KLUE_RE / "input.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    marked: dict[str, set[tuple[int, int, str]]] = {}
    with (KLUE_RE / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            for end in (pair["subj"], pair["obj"]):
                marked.setdefault(pair["sentence_id"], set()).add((end["start"], end["end"], end["type"]))
    for sid, spans in marked.items():
        text = texts.get(sid)
        if text and _squash(text) not in exclude:
            yield sid, text, sorted(spans)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _fold(sid: str) -> int:
    """A sentence's dictionary fold, stable across runs."""
    return zlib.crc32(sid.encode("utf-8")) % FOLDS


class _NameCounts:
    """Names marked in training sentences: how often as each kind, and in which folds."""

    def __init__(self) -> None:
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self.folds: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, kind: str, fold: int) -> None:
        key = squash(name)
        if len(key) >= 2 and kind in KINDS:
            self.kinds[key][kind] += 1
            self.folds[key].add(fold)

    def add_registry(self, lexicon: Lexicon) -> None:
        for entry in lexicon.registry:
            for name in entry.names:
                self.add(name, "OG", ALWAYS)

    def add_known(self, path: Path) -> None:
        """Every name and alias of the known-organisation lexicon, as an organisation all sentences see."""
        for name in known_org_names(path):
            self.add(name, "OG", ALWAYS)

    def gazetteer(self) -> Gazetteer:
        kinds = {key: counts.most_common(1)[0][0] for key, counts in self.kinds.items()}
        return Gazetteer(kinds, {key: frozenset(f) for key, f in self.folds.items()})


def _silver(first: CrfTagger, sent: Sentence, marked: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first CRF's names, each overridden by the marked spans it overlaps."""

    def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    spans = [s for s in first.spans(sent) if not any(overlaps(s, m) for m in marked)]
    spans += [(start, end, _RE_TO_NER[kind]) for start, end, kind in marked if kind in _RE_TO_NER]
    return sorted(spans)


_Example = tuple[Sentence, list[tuple[int, int, str]], int]


def _train(examples: list[_Example], feats: Featuriser, out: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, spans, fold in examples:
        trainer.append(feats.sentence_features(sent, fold), _labels(sent.tokens, spans))
    trainer.set_params(params)
    trainer.train(str(out))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="hold out even ids = 2 mod 4 and report OG/PS F1 on them")
    ap.add_argument("--out", type=Path, help="model file (default data/ner_crf.model; with --dev a file under /tmp)")
    ap.add_argument("--no-silver", action="store_true", help="train on KLUE-NER only, without silver KLUE-RE")
    ap.add_argument("--silver-limit", type=int, default=0, help="use only the first N silver sentences (quick runs)")
    ap.add_argument("--no-gazetteer", action="store_true", help="train without the name dictionary features")
    ap.add_argument("--no-known", action="store_true", help="leave lexicons/known_orgs.tsv out of the dictionary")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 weight (larger: fewer features, smaller model)")
    ap.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 weight")
    ap.add_argument("--gold-weight", type=int, default=GOLD_WEIGHT, help="times each KLUE-NER sentence counts")
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"], help="L-BFGS iterations")
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    if not KLUE_TSV.exists():
        raise SystemExit(f"KLUE-NER not found at {KLUE_TSV}")
    lexicon = load_lexicon()
    kiwi = korean_analyser(lexicon.analyser_words)
    names = _NameCounts()
    names.add_registry(lexicon)
    if not args.no_known:
        names.add_known(KNOWN_ORGS)
    train: list[_Example] = []
    dev: list[tuple[Sentence, list[tuple[int, int, str]]]] = []
    seen = set()
    for sid, text, spans in _read_klue(KLUE_TSV, only_source=None):
        seen.add(_squash(text))  # every KLUE-NER dev sentence, so silver data never repeats one
        n = _number(sid)
        if n % 2 or (args.dev and n % 4 == 2):
            continue  # odd sentences are for evaluation only (and 2 mod 4 are held out with --dev)
        news = sid.endswith("wikitree")
        fold = _fold(sid) if news else ALWAYS  # film reviews are not trained on: their names are outside data
        for start, end, kind in spans:
            names.add(text[start:end], kind, fold)
        if news:
            train.append((_sentence(kiwi, text), spans, fold))
    if args.dev:
        dev = [(_sentence(kiwi, text), spans) for sid, text, spans in _read_klue(KLUE_TSV) if _number(sid) % 4 == 2]
    re_rows = list(_klue_re_sentences(seen)) if (KLUE_RE / "gold.jsonl").exists() else []
    for sid, text, marked in re_rows:
        for start, end, kind in marked:
            names.add(text[start:end], _RE_KINDS.get(kind, ""), _fold(sid))
    silver_rows = [] if args.no_silver else re_rows[: args.silver_limit or None]
    gazetteer = None if args.no_gazetteer else names.gazetteer()
    out = args.out or DEFAULT_DATA_DIR / "ner_crf.model"
    if args.dev and args.out is None:
        tag = f"{args.c1}_{args.c2}_{args.gold_weight}_{args.silver_limit}{'_nogz' if args.no_gazetteer else ''}"
        out = Path(f"/tmp/ner_dev_{tag}") / "ner_crf.model"
    out.parent.mkdir(parents=True, exist_ok=True)
    gazetteer_path = out.with_name(GAZETTEER_FILE)
    if gazetteer is not None:
        gazetteer.write(gazetteer_path, header=_GAZETTEER_HEADER)
    elif gazetteer_path.exists():
        gazetteer_path.unlink()
    feats = Featuriser(lexicon, gazetteer)
    _train(train, feats, out, params)
    print(f"trained on {len(train)} KLUE-NER sentences -> {out}")
    if silver_rows:
        first = CrfTagger(out, lexicon, gazetteer=gazetteer)
        silver = [
            (sent, _silver(first, sent, marked), _fold(sid))
            for sid, text, marked in silver_rows
            for sent in [_sentence(kiwi, text)]
        ]
        _train(train * args.gold_weight + silver, feats, out, params)
        print(f"retrained with {len(silver)} silver KLUE-RE sentences -> {out}")
    if dev:
        tagger = CrfTagger(out, lexicon, gazetteer=gazetteer)
        for tag in LABELS:
            tp = g = p = 0
            for sent, spans in dev:
                gold = {(s, e) for s, e, t in spans if t == tag}
                pred = {(s, e) for s, e, t in tagger.spans(sent) if t == tag}
                tp, g, p = tp + len(gold & pred), g + len(gold), p + len(pred)
            prec, rec = tp / p if p else 0.0, tp / g if g else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"dev {tag}: P={prec:.3f} R={rec:.3f} F1={f1:.3f} (gold {g})")


_GAZETTEER_HEADER = """Organisation (OG), person (PS) and place (LC) names for the NER tagger's dictionary features.
Built by `python -m aigraph.ingest.pipeline.train_ner` from training data only: names marked in the
even-numbered KLUE-NER v1.1 dev sentences and in KLUE-RE v1.1 train (both CC BY-SA 4.0, KLUE benchmark
authors), plus the alias registry (aliases.tsv) and lexicons/known_orgs.tsv. Distributed under CC BY-SA 4.0. See data/README.md."""


if __name__ == "__main__":
    main()
