"""Stage 2, segment: sentences with their Kiwi morphemes, offsets into ``doc.text``.

This is the pipeline's only morphological analysis: Kiwi splits and tags each
body line in one pass, and every later stage reads these tokens (or cheap
regexes over the sentence text) instead of analysing again.
"""
from __future__ import annotations

from dataclasses import dataclass

from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.clean import Page


@dataclass(frozen=True, slots=True)
class Token:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


def segment(page: Page, kiwi: Kiwi) -> list[Sentence]:
    """Split every body line into sentences; chrome spans are blanked first."""
    masked = page.masked()
    lines = page.body_lines()
    sentences: list[Sentence] = []
    results = kiwi.split_into_sents((masked[a:b] for a, b in lines), return_tokens=True)
    for (line_start, _), sents in zip(lines, results):
        for s in sents:
            start, end = line_start + s.start, line_start + s.end
            tokens = tuple(
                Token(t.form, t.tag, line_start + t.start, line_start + t.start + t.len) for t in s.tokens or ()
            )
            text = page.text[start:end]
            if text.strip():
                sentences.append(Sentence(len(sentences), start, end, text, tokens))
    return sentences
