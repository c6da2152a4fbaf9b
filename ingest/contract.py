"""Models at the boundaries of ingest: documents in, extraction results out.

``ExtractionResult`` serialises to exactly the JSON Lines contract of
``shared/eval/README.md`` (the scorer reads it), so the CLI's ``extract``
command and the graph writer share one representation.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, model_validator

from aigraph.core.vocabulary import EntityType, RelationType


class Document(BaseModel):
    """One article as read from a source, before any extraction.

    ``text`` is the text every offset refers to.  For files it is the decoded
    file content as given; for JSON / JSON Lines it is the ``text`` field.
    """

    path: str = ""
    id: str = ""
    title: str = ""
    text: str
    url: str = ""
    published: date | None = None
    language: str = "ko"
    source: str = ""
    encoding: str = "utf-8"

    @model_validator(mode="after")
    def _stable_id(self) -> Document:
        """Stamped once, here: its own id, else its file name, else a hash of its URL or text."""
        if not self.id:
            if self.path and self.path != "-":
                self.id = Path(self.path).stem
            else:
                self.id = hashlib.sha1((self.url or self.text).encode("utf-8")).hexdigest()[:16]
        return self


class ArticleInfo(BaseModel):
    """Article metadata as reported by extraction (read from the text where present)."""

    path: str = ""
    id: str
    title: str = ""
    published: str | None = None
    language: str = "ko"
    url: str = ""
    reporter: str = ""
    publisher: str = ""
    body_start: int = 0
    body_end: int = 0


class Span(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EvidenceSpan(BaseModel):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class FoundingDate(BaseModel):
    """When an organisation was founded, with the sentence that says so."""

    date: str  # ISO, as precise as the text: "2020", "2020-03", "2020-03-02"
    evidence: EvidenceSpan
    confidence: float = Field(ge=0.0, le=1.0)


class ExtractedEntity(BaseModel):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    founded: FoundingDate | None = None


class ExtractedRelation(BaseModel):
    type: RelationType
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: EvidenceSpan
    confidence: float = Field(ge=0.0, le=1.0)


class ExtractionResult(BaseModel):
    article: ArticleInfo
    entities: list[ExtractedEntity] = Field(default_factory=list)
    relations: list[ExtractedRelation] = Field(default_factory=list)
    extractor_version: str = ""
    notes: list[str] = Field(default_factory=list)  # one line each for the user (e.g. an unsupported language)

    def to_contract_json(self) -> str:
        """One line of ``aigraph extract --format jsonl`` output."""
        return self.model_dump_json(exclude={"extractor_version", "notes"}, exclude_none=False)
