"""``aigraph eval``: the extractor measured with the shared scorer, in one command.

Measurements, each against data read from ``../shared`` (never copied):
the seed article against its gold graph, KLUE-NER organisation spans on the
odd-numbered news sentences (the even ones are the only ones anything may be
learned from), the Korean AI-deal news dev set (all, and the held-out odd
lines), KLUE-RE Wikipedia pairs, and the 50-article news corpus (processed
without error; how many money / founding / acquisition claims it makes).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from aigraph.core.settings import settings
from aigraph.ingest.contract import Document, ExtractionResult
from aigraph.ingest.runner import extract_or_reason
from aigraph.ingest.sources import SourceFailure, iter_documents

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


class Metric(BaseModel):
    name: str
    value: float
    target: float | None = None

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value >= self.target


class EvalReport(BaseModel):
    metrics: list[Metric]
    corpus_articles: int = 0
    corpus_failures: list[str] = []
    corpus_relation_counts: dict[str, int] = {}

    def table(self) -> str:
        lines = [f"{'metric':44} {'value':>7} {'target':>7}  ok"]
        for m in self.metrics:
            target = "" if m.target is None else f"{m.target:7.2f}"
            mark = {True: "yes", False: "NO", None: ""}[m.passed]
            lines.append(f"{m.name:44} {m.value:7.3f} {target:>7}  {mark}")
        if self.corpus_relation_counts:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(self.corpus_relation_counts.items()))
            lines.append(f"corpus relations: {counts}")
        for failure in self.corpus_failures:
            lines.append(f"corpus failure: {failure}")
        return "\n".join(lines)


class SharedDataMissing(FileNotFoundError):
    """The shared evaluation data is not where it should be."""


def _extract_to(
    path: Path, docs: Iterable[Document | SourceFailure], extractor
) -> tuple[list[ExtractionResult], list[str]]:
    results, failures = [], []
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            if isinstance(doc, SourceFailure):
                failures.append(str(doc))
                continue
            result = extract_or_reason(doc, extractor)
            if isinstance(result, str):  # counted as a failure of that article, never fatal
                failures.append(f"{doc.source or doc.path}: {result}")
                continue
            out.write(result.to_contract_json() + "\n")
            results.append(result)
    return results, failures


def _score(scorer: Path, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(scorer), *args, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_eval(shared: Path = DEFAULT_SHARED) -> EvalReport:
    """Run all three measurements; raises SharedDataMissing when ../shared is absent."""
    scorer = shared / "eval" / "score.py"
    if not scorer.exists():
        raise SharedDataMissing(f"shared evaluation data not found at {shared} (expected eval/score.py); pass --shared")
    from aigraph.ingest.pipeline import Extractor

    extractor = Extractor()
    metrics: list[Metric] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seed_pred = work / "seed.jsonl"
        _extract_to(seed_pred, iter_documents([str(p) for p in sorted((shared / "seed").glob("*.txt"))]), extractor)
        seed = _score(scorer, "relations", "--gold-dir", str(shared / "eval" / "gold"), "--pred", str(seed_pred))
        metrics += [
            Metric(name="seed relations F1", value=seed["relations"]["f1"], target=0.90),
            Metric(
                name="seed relations strict F1 (with properties)", value=seed["relations_strict"]["f1"], target=0.95
            ),
            Metric(name="seed entities F1", value=seed["entities"]["f1"], target=0.95),
        ]

        tsv = shared / "eval" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
        klue_input = work / "klue.jsonl"
        with klue_input.open("w", encoding="utf-8") as handle:
            subprocess.run(
                [sys.executable, str(scorer), "klue-input", "--tsv", str(tsv), "--half", "odd"],
                stdout=handle,
                check=True,
            )
        klue_pred = work / "klue-pred.jsonl"
        _extract_to(klue_pred, iter_documents([str(klue_input)]), extractor)
        klue = _score(scorer, "klue", "--tsv", str(tsv), "--pred", str(klue_pred), "--half", "odd")
        metrics += [
            Metric(name="KLUE-NER odd news: organisation span F1", value=klue["OG"]["f1"], target=0.75),
            Metric(name="KLUE-NER odd news: person span F1", value=klue["PS"]["f1"], target=0.80),
        ]

        metrics += _ko_news_metrics(scorer, shared, work, extractor)
        metrics += _klue_re_metrics(shared, work, extractor)

        corpus_dir = shared / "corpus" / "sci-news-sum-kr-50"
        files = [str(p) for p in sorted(corpus_dir.glob("*.json"))]
        results, failures = _extract_to(work / "corpus.jsonl", iter_documents(files), extractor)
    counts = Counter(r.type.value for result in results for r in result.relations)
    metrics.append(
        Metric(name="corpus articles processed without error", value=len(results) / max(1, len(files)), target=1.0)
    )
    metrics += english_metrics(shared, scorer, extractor)
    return EvalReport(
        metrics=metrics, corpus_articles=len(results), corpus_failures=failures, corpus_relation_counts=dict(counts)
    )


def english_metrics(shared: Path, scorer: Path, extractor) -> list[Metric]:
    """The English section: relations on the English dev set (``dev/en-news``), all passages and
    the odd-numbered ones (rules were tuned on the even ones only); empty when the set is absent."""
    dev = shared / "eval" / "dev" / "en-news"
    if not (dev / "input.jsonl").exists():
        return []
    metrics: list[Metric] = []
    lines = (dev / "input.jsonl").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for half, chosen in (("all", lines), ("held-out", lines[1::2])):
            source, gold = work / f"en-{half}.jsonl", work / f"gold-{half}"
            source.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            gold.mkdir()
            for line in chosen:
                name = f"{json.loads(line)['id']}.json"
                (gold / name).write_bytes((dev / "gold" / name).read_bytes())
            pred = work / f"en-{half}-pred.jsonl"
            _extract_to(pred, iter_documents([str(source)]), extractor)
            score = _score(scorer, "relations", "--gold-dir", str(gold), "--pred", str(pred))
            metrics += [
                Metric(
                    name=f"en-news {half}: relations F1",
                    value=score["relations"]["f1"],
                    target=0.70 if half == "held-out" else None,
                ),
                Metric(
                    name=f"en-news {half}: relations precision",
                    value=score["relations"]["precision"],
                    target=0.85 if half == "held-out" else None,
                ),
                Metric(name=f"en-news {half}: relations strict F1", value=score["relations_strict"]["f1"]),
            ]
    return metrics


def _ko_news_metrics(scorer: Path, shared: Path, work: Path, extractor) -> list[Metric]:
    """Relations on the Korean AI-deal news dev set: all passages, and the odd lines (2nd, 4th, …)
    that nothing was tuned on (rules were tuned looking only at lines 0, 2, 4, …)."""
    dev = shared / "eval" / "dev" / "ko-news"
    if not (dev / "input.jsonl").exists():
        return []
    lines = (dev / "input.jsonl").read_text(encoding="utf-8").splitlines()
    held = work / "ko-news-held.jsonl"
    held.write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    held_gold = work / "ko-news-held-gold"
    held_gold.mkdir()
    for line in lines[1::2]:
        name = f"{json.loads(line)['id']}.json"
        (held_gold / name).write_text((dev / "gold" / name).read_text(encoding="utf-8"), encoding="utf-8")
    out: list[Metric] = []
    for label, inp, gold in (("all", dev / "input.jsonl", dev / "gold"), ("held-out", held, held_gold)):
        pred = work / f"ko-news-{len(out)}.jsonl"
        _extract_to(pred, iter_documents([str(inp)]), extractor)
        score = _score(scorer, "relations", "--gold-dir", str(gold), "--pred", str(pred))
        target = 0.75 if label == "all" else None
        out += [
            Metric(name=f"ko-news {label}: relations F1", value=score["relations"]["f1"], target=target),
            Metric(
                name=f"ko-news {label}: relations precision",
                value=score["relations"]["precision"],
                target=0.85 if label == "all" else None,
            ),
            Metric(name=f"ko-news {label}: relations strict F1", value=score["relations_strict"]["f1"]),
        ]
    return out


def _klue_re_metrics(shared: Path, work: Path, extractor) -> list[Metric]:
    """Person/organisation relations on KLUE-RE Wikipedia sentences (pairwise scorer)."""
    dev = shared / "eval" / "dev" / "klue-re-wiki"
    scorer = shared / "eval" / "score_pairs.py"
    if not (dev / "input.jsonl").exists() or not scorer.exists():
        return []
    pred = work / "klue-re-wiki.jsonl"
    _extract_to(pred, iter_documents([str(dev / "input.jsonl")]), extractor)
    overall = _score(scorer, "--gold", str(dev / "gold.jsonl"), "--pred", str(pred))["overall"]
    return [
        Metric(name="klue-re-wiki: pair F1", value=overall["f1"]),
        Metric(name="klue-re-wiki: pair precision", value=overall["precision"]),
    ]


def default_shared() -> Path:
    return settings().aigraph_shared or DEFAULT_SHARED
