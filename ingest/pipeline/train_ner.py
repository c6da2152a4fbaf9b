"""Train the CRF of ``ner.py`` on KLUE-NER news sentences with an even number.

KLUE-NER (CC BY-SA 4.0) is read from ``../shared`` at training time and never
copied; only the trained weights go to ``data/ner_crf.model``.  Odd-numbered
sentences are the evaluation half and are never read here.

    .venv/bin/python -m ingest.pipeline.train_ner            # train on all even sentences
    .venv/bin/python -m ingest.pipeline.train_ner --dev      # train on ids 0 mod 4, report on 2 mod 4
"""
from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path

import pycrfsuite
from kiwipiepy import Kiwi

from ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from ingest.pipeline.ner import LABELS, CrfTagger, Featuriser
from ingest.pipeline.segment import Sentence, Token

SHARED = Path(__file__).resolve().parents[3] / "shared"
KLUE_TSV = SHARED / "eval" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def _read_klue(path: Path):
    """The shared scorer's own reader, so spans are cut exactly as scored."""
    spec = importlib.util.spec_from_file_location("klue_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_klue(str(path))


def _number(sid: str) -> int:
    return int(re.search(r"_dev_(\d+)", sid).group(1))


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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="hold out even ids = 2 mod 4 and report OG/PS F1 on them")
    ap.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR / "ner_crf.model")
    args = ap.parse_args(argv)
    if not KLUE_TSV.exists():
        raise SystemExit(f"KLUE-NER not found at {KLUE_TSV}")
    lexicon = load_lexicon()
    kiwi = Kiwi()
    feats = Featuriser(lexicon)
    train, dev = [], []
    for sid, text, spans in _read_klue(KLUE_TSV):
        n = _number(sid)
        if n % 2:
            continue  # odd sentences are for evaluation only
        (dev if args.dev and n % 4 == 2 else train).append((_sentence(kiwi, text), spans))
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, spans in train:
        trainer.append(feats.token_features(sent.tokens), _labels(sent.tokens, spans))
    trainer.set_params(PARAMS)
    out = args.out if not args.dev else Path("/tmp/ner_dev.model")
    trainer.train(str(out))
    print(f"trained on {len(train)} sentences -> {out}")
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
