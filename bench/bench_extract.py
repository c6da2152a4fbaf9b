"""Extraction speed against bare Kiwi tokenisation of the same text, in the same run.

The pipeline analyses each text with Kiwi once; everything after is regexes,
look-ups and a CRF over the morphemes.  The ratio extract / tokenize says what
that costs (target: at most ~3x).  Input: the 50 corpus articles of
``../shared/corpus`` (the sample article when absent), repeated to >= 5 MB.

English: the articles of ``../shared/eval/dev/en-news`` (a few written sentences when
absent), repeated to ``EN_ARTICLES``, against spaCy's own ``nlp.pipe`` over the same
texts with the same pipeline (target: at most 2x).

    .venv/bin/python -m bench bench_extract
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from kiwipiepy import Kiwi

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import EXTRACTOR_VERSION, Extractor

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "sci-news-sum-kr-50"
TARGET_BYTES = 5 * 1024 * 1024
EN_DEV = REPO.parent / "shared" / "eval" / "dev" / "en-news" / "input.jsonl"
EN_ARTICLES = int(os.environ.get("AIGRAPH_BENCH_EN_ARTICLES", "200"))
_EN_FALLBACK = [
    "Hanbit Systems said on Monday it will invest $300 million in Corvid Robotics over three years. "
    "Corvid Robotics CEO Park Ji-hoon said the money will fund a new lab in Toronto.",
    "Naver and Kakao signed an MOU to jointly develop language models, the companies said. "
    "Naver Cloud, a unit of Naver, will host them.",
]


def _texts() -> list[str]:
    files = sorted(CORPUS.glob("*.json"))
    if files:
        return ["\n".join(json.loads(f.read_text(encoding="utf-8"))["sentences"]) for f in files]
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "data" / "samples").glob("*.txt"))]


def main() -> dict:
    base = _texts()
    texts: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        for t in base:
            texts.append(t)
            size += len(t.encode("utf-8"))
    extractor = Extractor()
    kiwi = Kiwi()
    kiwi.tokenize(base[0])  # warm both up outside the timings
    extractor.extract(Document(text=base[0]))

    started = time.perf_counter()
    for t in texts:
        kiwi.tokenize(t)
    tokenize_s = time.perf_counter() - started

    started = time.perf_counter()
    for i, t in enumerate(texts):
        extractor.extract(Document(id=str(i), text=t))
    extract_s = time.perf_counter() - started
    result = {
        "extractor_version": EXTRACTOR_VERSION,
        "articles": len(texts),
        "megabytes": round(size / 1024 / 1024, 2),
        "kiwi_tokenize_seconds": round(tokenize_s, 2),
        "extract_seconds": round(extract_s, 2),
        "articles_per_second": round(len(texts) / extract_s, 1),
        "ratio_to_tokenize": round(extract_s / tokenize_s, 2),
    }
    print(f"{len(texts)} articles ({result['megabytes']} MB): {result['articles_per_second']} articles/s, "
          f"{result['ratio_to_tokenize']}x bare Kiwi tokenize")
    result["english"] = english(extractor)
    return result


def english(extractor: Extractor) -> dict:
    """English articles/s through the whole pipeline, and the ratio to ``nlp.pipe`` alone."""
    base = [json.loads(line)["text"] for line in EN_DEV.read_text(encoding="utf-8").splitlines()] if EN_DEV.exists() else _EN_FALLBACK
    texts = [base[i % len(base)] for i in range(EN_ARTICLES)]
    nlp = extractor.english.nlp  # loads spaCy and warms the pipeline up
    extractor.extract(Document(text=base[0]))

    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    pipe_s = time.perf_counter() - started

    started = time.perf_counter()
    for i, t in enumerate(texts):
        extractor.extract(Document(id=f"en{i}", text=t))
    extract_s = time.perf_counter() - started
    result = {
        "articles": len(texts),
        "spacy_pipe_seconds": round(pipe_s, 2),
        "extract_seconds": round(extract_s, 2),
        "articles_per_second": round(len(texts) / extract_s, 1),
        "ratio_to_spacy_pipe": round(extract_s / pipe_s, 2),
    }
    print(f"English: {len(texts)} articles: {result['articles_per_second']} articles/s, "
          f"{result['ratio_to_spacy_pipe']}x spaCy nlp.pipe")
    return result


if __name__ == "__main__":
    main()
