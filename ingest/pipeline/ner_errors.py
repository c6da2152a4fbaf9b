"""Where organisation spans are lost: KLUE-NER even news sentences, errors grouped by cause.

Runs the whole Korean pipeline over the even-numbered KLUE-NER news sentences
(the only half anything may be learned from; odd ones are never read here) and
lists every organisation span it missed (false negative) or invented (false
positive), grouped by a likely cause, with the pipeline source that produced a
wrong span and whether the CRF alone had the gold span.  A tool for deciding what
to fix, not a score: the shipped CRF was trained on these sentences, so use a
model trained with ``train_ner --dev`` (``--data-dir``) for honest recall.

    .venv/bin/python -m aigraph.ingest.pipeline.ner_errors                 # summary + examples
    .venv/bin/python -m aigraph.ingest.pipeline.ner_errors --quarter 2     # only ids = 2 mod 4
    .venv/bin/python -m aigraph.ingest.pipeline.ner_errors --data-dir /tmp/devdata --examples 30
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import Extractor
from aigraph.ingest.pipeline.doc import DocState
from aigraph.ingest.pipeline.ner import CrfTagger
from aigraph.ingest.pipeline.train_ner import KLUE_TSV, _number, _read_klue

_Span = tuple[int, int]
_LATIN = re.compile(r"[A-Za-z]")
_PARTY = re.compile(r"당$")
_MEDIA = re.compile(r"(?:방송|일보|신문|뉴스|통신|TV|KBS|MBC|SBS|YTN|JTBC|MBN|tvN|라디오)")
_GOVERNMENT = re.compile(r"(?:부|처|청|원|위원회|위|법원|지법|지검|검찰|경찰|군|시|도|구청|의회|국회)$")
_SPORTS = re.compile(
    r"(?:FC|유나이티드|시티|구단|팀|타이거즈|라이온즈|베어스|트윈스|다이노스|위즈|이글스|히어로즈|자이언츠|랜더스)"
)


def _shape(name: str, known: dict[str, str]) -> str:
    """What kind of organisation name a gold span looks like (for grouping misses)."""
    key = "".join(name.split())
    if key in known:
        return "known:" + known[key]
    if _LATIN.search(name):
        return "latin"
    if _PARTY.search(name):
        return "party"
    if _MEDIA.search(name):
        return "media"
    if _SPORTS.search(name):
        return "sports"
    if _GOVERNMENT.search(name):
        return "public body"
    if len(key) <= 2:
        return "short/abbreviation"
    return "other"


def _known_categories(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for name in [cols[0], *(cols[2].split("|") if len(cols) > 2 else [])]:
            if name:
                out["".join(name.split())] = cols[1] if len(cols) > 1 else "?"
    return out


def _cause_of_miss(
    gold: _Span, text: str, pred_og: set[_Span], pred_ps: set[_Span], crf: set[_Span], bounds: tuple[set, set]
) -> str:
    starts, ends = bounds
    if gold in pred_ps:
        return "type: read as person"
    for s, e in pred_og:
        if s <= gold[0] and gold[1] <= e:
            return "boundary: too long"
        if gold[0] <= s and e <= gold[1]:
            return "boundary: too short"
        if s < gold[1] and gold[0] < e:
            return "boundary: overlapping"
    if any(s < gold[1] and gold[0] < e for s, e in pred_ps):
        return "type: inside/over a person"
    if gold[0] not in starts or gold[1] not in ends:
        return "kiwi: span cuts a morpheme"
    if gold in crf:
        return "dropped: the CRF had it"
    return "missed"


def _cause_of_invention(span: _Span, text: str, gold: dict[str, set[_Span]], lex, source: str) -> str:
    name = text[span[0] : span[1]]
    for tag, label in (("PS", "person"), ("LC", "place"), ("DT", "date"), ("QT", "quantity"), ("TI", "time")):
        if span in gold.get(tag, set()):
            return f"type: gold {label}"
    for tag, label in (("PS", "person"), ("LC", "place")):
        if any(s < span[1] and span[0] < e for s, e in gold.get(tag, set())):
            return f"type: overlaps gold {label}"
    if any(s < span[1] and span[0] < e for s, e in gold.get("OG", set())):
        return "boundary (see misses)"
    if name in lex.places or name in lex.countries:
        return "country/place word"
    return f"invented ({source})"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, help="a data directory with another model (e.g. a --dev one)")
    ap.add_argument("--quarter", type=int, choices=(0, 2), help="only ids = 0 or 2 mod 4")
    ap.add_argument("--examples", type=int, default=12, help="examples listed per cause")
    ap.add_argument("--tag", default="OG", choices=("OG", "PS"))
    ap.add_argument("--min-probability", type=float, help="try another CRF span threshold (ner.MIN_PROBABILITY)")
    args = ap.parse_args(argv)
    extractor = Extractor(args.data_dir)
    lex = extractor.lexicon
    tagger = extractor.recogniser.tagger
    if isinstance(tagger, CrfTagger) and args.min_probability is not None:
        tagger.min_probability = args.min_probability
    known = _known_categories(extractor.data_dir / "lexicons" / "known_orgs.tsv")
    misses: dict[str, list[str]] = defaultdict(list)
    inventions: dict[str, list[str]] = defaultdict(list)
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    tp = n_gold = n_pred = 0
    want = args.tag
    for sid, text, spans in _read_klue(KLUE_TSV):
        n = _number(sid)
        if n % 2 or (args.quarter is not None and n % 4 != args.quarter):
            continue  # the odd half is for reporting only: never read here
        gold: dict[str, set[_Span]] = defaultdict(set)
        for s, e, t in spans:
            gold[t].add((s, e))
        state = DocState(text=text)
        extractor.run(state)
        result = extractor._result(Document(id=sid, text=text), state)
        kept = {(m.start, m.end) for e in result.entities for m in e.mentions}
        source = {(m.start, m.end): m.source for m in state.mentions}
        pred: dict[str, set[_Span]] = defaultdict(set)
        for ent in result.entities:
            tag = "PS" if ent.type.value == "Person" else "OG" if ent.type.is_organization else None
            for m in ent.mentions:
                if tag and (m.start, m.end) in kept:
                    pred[tag].add((m.start, m.end))
        crf = {(s, e) for sent in state.sentences for s, e, t in (tagger.spans(sent) if tagger else []) if t == want}
        toks = [t for sent in state.sentences for t in sent.tokens]
        bounds = ({t.start for t in toks}, {t.end for t in toks})
        other = "PS" if want == "OG" else "OG"
        tp += len(gold[want] & pred[want])
        n_gold += len(gold[want])
        n_pred += len(pred[want])
        for g in sorted(gold[want] - pred[want]):
            cause = _cause_of_miss(g, text, pred[want], pred[other], crf, bounds)
            shapes[cause][_shape(text[g[0] : g[1]], known)] += 1
            near = sorted(text[s:e] for s, e in pred[want] if s < g[1] and g[0] < e)
            misses[cause].append(f"{text[g[0] : g[1]]!r} pred={near} | {text}")
        for p in sorted(pred[want] - gold[want]):
            cause = _cause_of_invention(p, text, gold, lex, source.get(p, "?"))
            inventions[cause].append(f"{text[p[0] : p[1]]!r} | {text}")
    prec, rec = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{want}: P={prec:.3f} R={rec:.3f} F1={f1:.3f} gold={n_gold} pred={n_pred}")
    for title, groups in (("FALSE NEGATIVES", misses), ("FALSE POSITIVES", inventions)):
        print(f"\n=== {title}: {sum(len(v) for v in groups.values())}")
        for cause, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            extra = f"  {dict(shapes[cause].most_common())}" if cause in shapes else ""
            print(f"\n--- {cause}: {len(rows)}{extra}")
            for row in rows[: args.examples]:
                print("   ", row[:220])


if __name__ == "__main__":
    main()
