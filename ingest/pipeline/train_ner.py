"""Train the CRF of ``ner.py``: KLUE-NER news sentences with an even number, plus silver KLUE-RE.

KLUE-NER's dev set has only ~1,270 even-numbered news sentences: too few for
the organisation and person names news writes.  KLUE-RE train adds 8,774
sentences (Wikipedia, WikiTree news, policy briefings) in which two entities
per sentence are marked with their type.  They become *silver* training data:
a first CRF trained on KLUE-NER tags each sentence, then every KLUE-RE span
overrides what it overlaps (a marked ORG/PER span is labelled as marked; a
span marked LOC, DAT, POH or NOH is taken away from any name the first CRF
put there).  Sentences that also occur in KLUE-NER dev are left out.

Both sets are CC BY-SA 4.0, read from ``../shared`` at training time and never
copied; only the trained weights go to ``data/ner_crf.model``.  Odd-numbered
KLUE-NER sentences are the evaluation half and are never read here.

    .venv/bin/python -m aigraph.ingest.pipeline.train_ner            # train on all even sentences + silver
    .venv/bin/python -m aigraph.ingest.pipeline.train_ner --dev      # train on ids 0 mod 4 (+ silver), report on 2 mod 4
    .venv/bin/python -m aigraph.ingest.pipeline.train_ner --no-silver  # KLUE-NER only
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite
from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import LABELS, CrfTagger, Featuriser
from aigraph.ingest.pipeline.segment import Sentence, Token

SHARED = Path(__file__).resolve().parents[3] / "shared"
KLUE_TSV = SHARED / "eval" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
KLUE_RE = SHARED / "eval" / "train" / "klue-re-train"
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_RE_TO_NER = {"ORG": "OG", "PER": "PS"}
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


def _klue_re_sentences(exclude: set[str]) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """KLUE-RE train sentences with their marked spans (KLUE-RE types), minus those in ``exclude``."""
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
            yield text, sorted(spans)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _silver(first: CrfTagger, sent: Sentence, marked: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first CRF's names, each overridden by the marked spans it overlaps."""

    def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    spans = [s for s in first.spans(sent) if not any(overlaps(s, m) for m in marked)]
    spans += [(start, end, _RE_TO_NER[kind]) for start, end, kind in marked if kind in _RE_TO_NER]
    return sorted(spans)


def _train(
    pairs: list[tuple[Sentence, list[tuple[int, int, str]]]], feats: Featuriser, out: Path, params: dict
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, spans in pairs:
        trainer.append(feats.token_features(sent.tokens), _labels(sent.tokens, spans))
    trainer.set_params(params)
    trainer.train(str(out))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="hold out even ids = 2 mod 4 and report OG/PS F1 on them")
    ap.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR / "ner_crf.model")
    ap.add_argument("--no-silver", action="store_true", help="train on KLUE-NER only, without silver KLUE-RE")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 weight (larger: fewer features, smaller model)")
    ap.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 weight")
    ap.add_argument("--gold-weight", type=int, default=GOLD_WEIGHT, help="times each KLUE-NER sentence counts")
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2}
    if not KLUE_TSV.exists():
        raise SystemExit(f"KLUE-NER not found at {KLUE_TSV}")
    lexicon = load_lexicon()
    kiwi = Kiwi()
    feats = Featuriser(lexicon)
    train: list[tuple[Sentence, list[tuple[int, int, str]]]] = []
    dev: list[tuple[Sentence, list[tuple[int, int, str]]]] = []
    seen = set()
    for sid, text, spans in _read_klue(KLUE_TSV, only_source=None):
        seen.add(_squash(text))  # every KLUE-NER dev sentence, so silver data never repeats one
        n = _number(sid)
        if n % 2 or not sid.endswith("wikitree"):
            continue  # odd sentences are for evaluation only; film reviews are not news
        (dev if args.dev and n % 4 == 2 else train).append((_sentence(kiwi, text), spans))
    out = args.out if not args.dev else Path(f"/tmp/ner_dev_{args.c1}_{args.c2}_{args.gold_weight}.model")
    _train(train, feats, out, params)
    print(f"trained on {len(train)} KLUE-NER sentences -> {out}")
    if not args.no_silver and (KLUE_RE / "gold.jsonl").exists():
        first = CrfTagger(out, lexicon)
        silver = [
            (sent, _silver(first, sent, marked))
            for text, marked in _klue_re_sentences(seen)
            for sent in [_sentence(kiwi, text)]
        ]
        _train(train * args.gold_weight + silver, feats, out, params)
        print(f"retrained with {len(silver)} silver KLUE-RE sentences -> {out}")
    if dev:
        tagger = CrfTagger(out, lexicon)
        for tag in LABELS:
            tp = g = p = 0
            for sent, spans in dev:
                gold = {(s, e) for s, e, t in spans if t == tag}
                pred = {(s, e) for s, e, t in tagger.spans(sent) if t == tag}
                tp, g, p = tp + len(gold & pred), g + len(gold), p + len(pred)
            prec, rec = tp / p if p else 0.0, tp / g if g else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"dev {tag}: P={prec:.3f} R={rec:.3f} F1={f1:.3f} (gold {g})")


if __name__ == "__main__":
    main()
