"""Extraction pipeline: one article's text in, entities and relations out.

Each article's language is detected (``language.py``): Korean text runs the Kiwi
stages below, English text the spaCy stages of ``english/`` (loaded on the first
English article), and any other language yields no entities and one note.

Stages, each a module with typed input and output and its own tests:
clean -> segment -> recognise -> resolve -> relate (normalise is used by relate),
all reading and filling one ``DocState`` (``doc.py``); relations come from the rule
registry (``rules/``).
``Extractor`` loads Kiwi, the lexicons and the NER model once and runs them.
"""

from __future__ import annotations

from pathlib import Path

from aigraph.ingest.contract import (
    ArticleInfo,
    Document,
    EvidenceSpan,
    ExtractedEntity,
    ExtractedRelation,
    ExtractionResult,
    FoundingDate,
    Span,
)
from aigraph.ingest.pipeline.doc import DocState
from aigraph.ingest.pipeline.language import SUPPORTED, detect_language
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import CrfTagger
from aigraph.ingest.pipeline.recognise import Recogniser
from aigraph.ingest.pipeline.relate import RelationExtractor
from aigraph.ingest.pipeline.resolve import Resolver
from aigraph.ingest.pipeline.segment import Sentence, korean_analyser, segment
from aigraph.ingest.pipeline.staged import StagedPipeline

EXTRACTOR_VERSION = "0.47.0"

__all__ = ["EXTRACTOR_VERSION", "Extractor"]


class Extractor(StagedPipeline):
    """Runs the pipeline; construct once, call ``extract`` per document."""

    def __init__(self, data_dir: Path | None = None) -> None:
        root = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
        self.data_dir = root
        self._english = None
        self.lexicon = load_lexicon(root)
        self.kiwi = korean_analyser(self.lexicon.analyser_words)
        tagger = CrfTagger.load(root / "ner_crf.model", self.lexicon)
        self.recogniser = Recogniser(self.lexicon, tagger)
        self.resolver = Resolver(self.lexicon)
        self.relater = RelationExtractor(self.lexicon)

    def extract(self, doc: Document) -> ExtractionResult:
        language = detect_language(doc.text, declared=doc.language)
        state = DocState(text=doc.text, language=language, published=doc.published)
        if language == "en":
            self.english.run(state)
        elif language == "ko":
            self.run(state)
        else:
            self._clean(state)
        result = self._result(doc, state)
        if language not in SUPPORTED:
            result.notes.append(
                f"language {language!r} is not supported (only {', '.join(SUPPORTED)}): no entities extracted"
            )
        return result

    @property
    def english(self):
        """The English pipeline, built (and spaCy loaded) on the first English article."""
        if self._english is None:
            from aigraph.ingest.pipeline.english import EnglishPipeline

            self._english = EnglishPipeline(self.lexicon, self.data_dir)
        return self._english

    def _segment(self, state: DocState) -> None:
        state.sentences = segment(state.cleaned, self.kiwi)

    def _recognise(self, state: DocState) -> None:
        state.mentions = self.recogniser.recognise(state.sentences)

    def _resolve(self, state: DocState) -> None:
        state.entities, state.of_mention = self.resolver.resolve(state.text, state.mentions)

    def _result(self, doc: Document, state: DocState) -> ExtractionResult:
        page, published, entities, relations = state.cleaned, state.published, state.entities, state.relations
        # a name only a weak reading found ("딥엑스는") is reported when a relation uses it
        used = {r.source.key for r in relations} | {r.target.key for r in relations}
        entities = [e for e in entities if e.key in used or not all(m.tentative for m in e.mentions)]
        ids = {e.key: f"e{i}" for i, e in enumerate(entities, 1)}
        founded = {
            key: FoundingDate(date=f.date, evidence=_evidence(f.sentence, page.text), confidence=_bounded(f.confidence))
            for key, f in state.founded().items()
        }
        out_entities = [
            ExtractedEntity(
                id=ids[e.key],
                name=e.name,
                type=e.type,
                aliases=sorted(a for a in e.aliases if a != e.name),
                mentions=[Span(start=m.start, end=m.end) for m in sorted(e.mentions, key=lambda m: m.start)],
                founded=founded.get(e.key),
            )
            for e in entities
        ]
        out_relations = [
            ExtractedRelation(
                type=r.type,
                source=ids[r.source.key],
                target=ids[r.target.key],
                properties=r.properties,
                evidence=_evidence(r.sentence, page.text),
                confidence=_bounded(r.confidence),
            )
            for r in relations
            if r.source.key in ids and r.target.key in ids
        ]
        info = ArticleInfo(
            path=doc.path,
            id=doc.id,
            title=doc.title or page.title,
            published=published.isoformat() if published else None,
            language=state.language,
            url=doc.url,
            reporter=page.reporter,
            publisher=page.publisher,
            body_start=page.body_start,
            body_end=page.body_end,
        )
        return ExtractionResult(
            article=info, entities=out_entities, relations=out_relations, extractor_version=EXTRACTOR_VERSION
        )


def _evidence(sentence: Sentence, text: str) -> EvidenceSpan:
    """The sentence as the article wrote it (the pipeline reads a normalised copy of its punctuation)."""
    return EvidenceSpan(text=text[sentence.start : sentence.end], start=sentence.start, end=sentence.end)


def _bounded(confidence: float) -> float:
    """A rule's confidence as the contract states it: within [0, 1], two decimals."""
    return round(max(0.0, min(1.0, confidence)), 2)
