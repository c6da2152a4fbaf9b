"""The carrier passed through the pipeline stages: one article and what each stage found.

Every stage reads the fields earlier stages filled and fills its own, so a stage
is testable alone (build a ``DocState`` with what it needs) and a new stage or a
new language needs no new hand-threaded arguments.  Nothing here is Korean-specific.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import RelationType

if TYPE_CHECKING:
    from aigraph.ingest.pipeline.clean import Page
    from aigraph.ingest.pipeline.mention import Mention
    from aigraph.ingest.pipeline.resolve import Entity
    from aigraph.ingest.pipeline.segment import Sentence


@dataclass
class Relation:
    """One extracted fact between two resolved entities, with the sentence that states it."""

    type: RelationType
    source: Entity
    target: Entity
    sentence: Sentence
    confidence: float
    properties: dict = field(default_factory=dict)
    rule: str = ""  # name of the registered rule that produced it (for debugging and tests)


@dataclass
class Founding:
    """When an organisation was founded, as one sentence states it; the founder may go unnamed
    ("2020년 설립된 업스테이지는", "Upstage, founded in 2020,")."""

    entity: Entity
    date: str  # ISO, as precise as the text ("2020", "2020-03")
    sentence: Sentence
    confidence: float


@dataclass
class DocState:
    """One article through clean -> segment -> recognise -> resolve -> relate."""

    text: str
    language: str = "ko"
    published: date | None = None
    page: Page | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    of_mention: dict[int, Entity] = field(default_factory=dict)  # mention start -> its entity
    relations: list[Relation] = field(default_factory=list)
    foundings: list[Founding] = field(default_factory=list)  # founding dates the relation rules read
    analysis: Any = None  # a language's own analysis of the whole text (English: the spaCy Doc)

    def founded(self) -> dict[str, Founding]:
        """Each organisation's founding date, by entity key: the first sentence that dates it, a dated
        founding with its founder (ESTABLISHED) or without."""
        dated = [
            Founding(r.target, r.properties["date"], r.sentence, r.confidence)
            for r in self.relations
            if r.type is RelationType.ESTABLISHED and r.properties.get("date")
        ]
        out: dict[str, Founding] = {}
        for f in sorted([*self.foundings, *dated], key=lambda f: f.sentence.start):
            out.setdefault(f.entity.key, f)
        return out

    @property
    def cleaned(self) -> Page:
        """The cleaned page; stages after ``clean`` rely on it."""
        if self.page is None:
            raise RuntimeError("the clean stage has not run")
        return self.page
