"""Train the pair-relation classifier of ``rules/ko_learned.py`` on KLUE-RE train.

Each labelled (subject, object) pair whose two ends are a person or an organisation
becomes one example, its features computed exactly as at run time from Kiwi's
morphemes and the two character spans (``ko_learned.pair_features``):

- person and organisation: ``per:employee_of``, ``org:top_members/employees`` →
  WORKS_FOR; ``org:founded_by`` → ESTABLISHED; any other label → none;
- two organisations: ``org:member_of`` / ``org:members`` → the part in the first or
  the second position (text order); any other label → none.

Two multinomial logistic regressions (scikit-learn, a training-time extra:
``pip install -e '.[train]'``) are fitted; the regularisation strength and the
probability threshold are chosen by 5-fold cross-validation grouped by sentence
(the lowest threshold at which the cross-validated precision of the emitted
relations reaches ``--precision``).  Only the weights go to
``data/pair_relations.json``: plain JSON, features seen fewer than ``--min-count``
times left out, weights rounded.  KLUE-RE (CC BY-SA 4.0) is read from ``../shared``
at training time and never copied; the weights are derived from it.

    .venv/bin/python -m aigraph.ingest.pipeline.train_pairs            # cross-validate, fit on all, write the weights
    .venv/bin/python -m aigraph.ingest.pipeline.train_pairs --limit 500 --out /tmp/w.json   # a quick run on a slice
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.rules.ko_learned import (
    CLASSES,
    ORG_ORG,
    PERSON_ORG,
    WEIGHTS_FILE,
    pair_features,
    scored_pair,
)
from aigraph.ingest.pipeline.segment import Token, korean_analyser

SHARED = Path(__file__).resolve().parents[3] / "shared"
KLUE_RE = SHARED / "eval" / "train" / "klue-re-train"
_KIND = {"PER": "P", "ORG": "O"}
_WORKS_FOR = {"per:employee_of", "org:top_members/employees"}
_MEMBER_OF = {"org:member_of": "subj", "org:members": "obj"}  # which end is the part
# cross-validated precision each model's threshold must reach: an organisation pair is rarer and costlier to get wrong
PRECISION = (0.96, 0.97)
MIN_THRESHOLD = 0.8


class Example:
    """One labelled pair: its model, its features and its class index."""

    def __init__(self, group: str, model: str, features: list[str], label: int, scored: bool) -> None:
        self.group, self.model, self.features, self.label = group, model, features, label
        self.scored = scored  # a pair the rule scores at run time (close enough, not two listed organisations)


def _label(row: dict, first_is_subj: bool) -> tuple[str, int]:
    kinds = {_KIND[row["subj"]["type"]], _KIND[row["obj"]["type"]]}
    if kinds == {"O"}:
        part = _MEMBER_OF.get(row["label"])
        if part is None:
            return ORG_ORG, 0
        part_first = (part == "subj") == first_is_subj
        return ORG_ORG, CLASSES[ORG_ORG].index("first_in_second" if part_first else "second_in_first")
    if row["label"] in _WORKS_FOR:
        return PERSON_ORG, CLASSES[PERSON_ORG].index("WORKS_FOR")
    if row["label"] == "org:founded_by":
        return PERSON_ORG, CLASSES[PERSON_ORG].index("ESTABLISHED")
    return PERSON_ORG, 0


def read_examples(root: Path = KLUE_RE, limit: int | None = None) -> list[Example]:
    """The person/organisation pairs of KLUE-RE train as examples (two persons are never a relation here)."""
    texts = {}
    with (root / "input.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    lexicon = load_lexicon(DEFAULT_DATA_DIR)
    titles = lexicon.titles
    kiwi = korean_analyser(lexicon.analyser_words)
    tokens: dict[str, list[Token]] = {}
    out = []
    with (root / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            s, o = row["subj"], row["obj"]
            if s["type"] not in _KIND or o["type"] not in _KIND or s["type"] == o["type"] == "PER":
                continue
            if s["start"] < o["end"] and o["start"] < s["end"]:
                continue  # overlapping spans: not two mentions
            sid = row["sentence_id"]
            if sid not in tokens:
                tokens[sid] = [Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi.tokenize(texts[sid])]
            first, second = (s, o) if s["start"] < o["start"] else (o, s)
            model, label = _label(row, first is s)
            feats = pair_features(
                tokens[sid],
                (first["start"], first["end"]),
                _KIND[first["type"]],
                (second["start"], second["end"]),
                _KIND[second["type"]],
                titles,
            )
            scored = scored_pair(tokens[sid], first["end"], second["start"], model == ORG_ORG)
            out.append(Example(sid, model, feats, label, scored))
            if limit is not None and len(out) >= limit:
                break
    return out


def _fit(examples: list[Example], c: float, min_count: int):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for e in examples for f in set(e.features))
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in e.features if counts[f] >= min_count} for e in examples])
    y = [e.label for e in examples]
    # "none" weighs as much as all relations together (KLUE picked mostly related pairs; a sentence's
    # other pairs mostly are not), but a rare relation (ESTABLISHED) is not inflated to match the others
    none = sum(1 for k in y if k == 0)
    weights = {k: 1.0 for k in set(y)} | {0: (len(y) - none) / max(1, none)}
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=weights)
    clf.fit(x, y)
    return vec, clf


def _predict(vec, clf, examples: list[Example], n_classes: int) -> list[list[float]]:
    """Class probabilities, one column per class of the model (a class missing from a fold gets 0)."""
    probs = clf.predict_proba(vec.transform([{f: 1 for f in e.features} for e in examples]))
    out = []
    for row in probs:
        full = [0.0] * n_classes
        for k, cls in enumerate(clf.classes_):
            full[int(cls)] = float(row[k])
        out.append(full)
    return out


def cross_validate(subset: list[Example], c: float, min_count: int, folds: int = 5) -> list[tuple[int, list[float]]]:
    """(gold class, predicted probabilities) for every example of one model that is scored at run time,
    each predicted by a model that never saw its sentence (trained on every pair of the other folds)."""
    out: list[tuple[int, list[float]]] = []
    for k in range(folds):
        test = [e for e in subset if hash_group(e.group) % folds == k and e.scored]
        train = [e for e in subset if hash_group(e.group) % folds != k]
        if not test or len({e.label for e in train}) < 2:
            continue
        vec, clf = _fit(train, c, min_count)
        out += [(e.label, p) for e, p in zip(test, _predict(vec, clf, test, len(CLASSES[subset[0].model])))]
    return out


def hash_group(group: str) -> int:
    """A stable fold number for a sentence id (Python's ``hash`` changes between runs)."""
    return sum(ord(ch) * (k + 1) for k, ch in enumerate(group))


def precision_recall(scored: list[tuple[int, list[float]]], threshold: float) -> tuple[float, float, int]:
    """Precision and recall of the relations emitted at ``threshold`` (the likeliest class, not "none")."""
    emitted = correct = 0
    positives = sum(1 for gold, _ in scored if gold)
    for gold, probs in scored:
        k = max(range(len(probs)), key=probs.__getitem__)
        if k and probs[k] >= threshold:
            emitted += 1
            correct += k == gold
    return (correct / emitted if emitted else 1.0), (correct / positives if positives else 0.0), emitted


def choose_threshold(scored: list[tuple[int, list[float]]], precision: float) -> float:
    """The lowest threshold from ``MIN_THRESHOLD`` up that reaches ``precision``: KLUE chose mostly related
    pairs, so a news sentence's pairs are far less often related than the cross-validated ones."""
    for step in range(int(MIN_THRESHOLD * 100), 100):
        threshold = step / 100
        if precision_recall(scored, threshold)[0] >= precision:
            return threshold
    return 0.99


def tune(examples: list[Example], model: str, cs: list[float], min_count: int, precision: float) -> tuple[float, float]:
    """(C, threshold) of one model: the most cross-validated recall at the wanted precision."""
    best: tuple[float, float, float] | None = None
    subset = [e for e in examples if e.model == model]
    for c in cs:
        scored = cross_validate(subset, c, min_count)
        threshold = choose_threshold(scored, precision)
        p, r, n = precision_recall(scored, threshold)
        print(f"{model} C={c}: threshold {threshold:.2f}: cross-validated P {p:.3f} R {r:.3f} ({n} emitted)")
        if best is None or r > best[0]:
            best = (r, c, threshold)
    assert best is not None
    return best[1], best[2]


def export(examples: list[Example], settings: dict[str, tuple[float, float]], min_count: int) -> dict:
    models = {}
    for model, classes in CLASSES.items():
        c, threshold = settings[model]
        vec, clf = _fit([e for e in examples if e.model == model], c, min_count)
        if [int(k) for k in clf.classes_] != list(range(len(classes))):
            raise SystemExit(f"model {model}: the training data lacks a class ({clf.classes_}); use more data")
        weights = {}
        for name, col in vec.vocabulary_.items():
            row = [round(float(clf.coef_[k][col]), 4) for k in range(len(classes))]
            if any(abs(w) >= 0.001 for w in row):
                weights[name] = row
        models[model] = {
            "classes": list(classes),
            "threshold": threshold,
            "c": c,
            "bias": [round(float(b), 4) for b in clf.intercept_],
            "weights": dict(sorted(weights.items())),
        }
    return {
        "about": "Pair-relation weights for aigraph rules/ko_learned.py, derived from KLUE-RE v1.1 train "
        "(Park et al., 2021; CC BY-SA 4.0) by ingest/pipeline/train_pairs.py.",
        "licence": "CC BY-SA 4.0",
        "models": models,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=KLUE_RE, help="the KLUE-RE train folder (input.jsonl, gold.jsonl)")
    ap.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR / WEIGHTS_FILE)
    ap.add_argument("--limit", type=int, help="use only the first N pairs (a quick run)")
    ap.add_argument(
        "--precision",
        type=float,
        nargs=2,
        default=PRECISION,
        metavar=("PERSON_ORG", "ORG_ORG"),
        help="cross-validated precision each model's threshold must reach",
    )
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="regularisation strengths to try")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    if not (args.data / "gold.jsonl").is_file():
        raise SystemExit(f"{args.data}: no gold.jsonl (KLUE-RE train is read from ../shared/eval/train/klue-re-train)")
    examples = read_examples(args.data, args.limit)
    print(f"{len(examples)} pairs: " + ", ".join(f"{m} {sum(e.model == m for e in examples)}" for m in CLASSES))
    settings = {
        model: tune(examples, model, args.c, args.min_count, precision)
        for model, precision in zip(CLASSES, args.precision)
    }
    payload = export(examples, settings, args.min_count)
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    size = sum(len(m["weights"]) for m in payload["models"].values())
    print(f"wrote {args.out}: {settings}, {size} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
