"""What a decision is: the ``Decision`` record, the ``ExtractedFact`` it holds aside, and the state the decisions in force add up to."""

from __future__ import annotations

import getpass
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from aigraph.core.vocabulary import (
    RelationType,
)
from aigraph.graph.errors import GraphError
from aigraph.graph.model import Evidence, Relationship

if TYPE_CHECKING:
    pass


DecisionKind = Literal["confirm", "reject", "set", "add", "merge", "split", "rename", "retype", "undo"]

FACT_KINDS = frozenset({"confirm", "reject", "set", "add"})

ENTITY_LABELS = ("Organization", "Person", "Technology")

EDITABLE = (
    "amount",
    "currency",
    "period_years",
    "annual_amount",
    "date",
    "start_date",
    "end_date",
    "title",
    "stake_percent",
    "series",
    "lead",
    "former",
)

NOTE_EXTRACTOR = "analyst"  # the extractor_version of an analyst's note used as evidence

NOTE_ARTICLE_PREFIX = "dec:"  # an analyst's note's evidence "article" is its decision's id

# Pieces of a merge snapshot that belong to the store it was taken in: export leaves them out.
_LOCAL_PAYLOAD = ("snapshot",)


class CurationError(GraphError, ValueError):
    """A decision that cannot be made (unknown fact or entity, bad value); the message says which."""


class Decision(BaseModel):
    """One analyst decision: what, about which fact or entity, who, when, why."""

    id: str = Field(default_factory=lambda: f"{NOTE_ARTICLE_PREFIX}{uuid.uuid4().hex[:16]}")
    kind: DecisionKind
    subject: str  # a fact id, an entity id, or (undo) the undone decision's id
    by: str = Field(default_factory=lambda: default_user())
    at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="microseconds"))
    reason: str = ""
    payload: dict[str, Any] = Field(default_factory=dict)
    undone_by: str = ""

    @property
    def active(self) -> bool:
        return not self.undone_by and self.kind != "undo"

    def exported(self) -> dict[str, Any]:
        """The decision as a JSON Lines record: what it decided, not how it was applied in one store."""
        payload = {k: v for k, v in self.payload.items() if k not in _LOCAL_PAYLOAD}
        return {**self.model_dump(exclude={"undone_by"}), "payload": payload}


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class HeldFact:
    """An ``ExtractedFact`` node: the fact as extracted."""

    id: str
    type: str
    status: Literal["rejected", "edited"]
    source_id: str
    source_label: str
    target_id: str
    target_label: str
    properties: dict[str, Any]
    evidence: list[Evidence]

    @property
    def articles(self) -> list[str]:
        return sorted({e.article_id for e in self.evidence})

    def relationship(self, properties: dict[str, Any] | None = None) -> Relationship:
        return Relationship(
            id=self.id,
            type=RelationType(self.type),
            source_id=self.source_id,
            source_label=self.source_label,
            target_id=self.target_id,
            target_label=self.target_label,
            properties=self.properties if properties is None else properties,
            evidence=self.evidence,
        )


@dataclass
class CurationState:
    """The decisions in force, as the write path needs them."""

    rejected: dict[str, Decision] = field(default_factory=dict)  # fact id -> its reject decision
    confirmed: set[str] = field(default_factory=set)
    edits: dict[str, dict[str, Any]] = field(default_factory=dict)  # fact id -> edited values
    redirects: dict[str, tuple[str, str]] = field(default_factory=dict)  # entity id -> (survivor id, survivor name)
    types: dict[str, str] = field(default_factory=dict)  # entity id -> the type an analyst gave it
    blocked_aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    fact_moves: dict[str, str] = field(default_factory=dict)  # a fact's id before a merge -> after

    @property
    def empty(self) -> bool:
        return not (self.rejected or self.edits or self.redirects or self.types or self.blocked_aliases)

    def survivor(self, node_id: str) -> str:
        seen = set()
        while node_id in self.redirects and node_id not in seen:
            seen.add(node_id)
            node_id = self.redirects[node_id][0]
        return node_id

    def fact(self, fact_id_: str) -> str:
        seen = set()
        while fact_id_ in self.fact_moves and fact_id_ not in seen:
            seen.add(fact_id_)
            fact_id_ = self.fact_moves[fact_id_]
        return fact_id_


def state_of(found: Sequence[Decision]) -> CurationState:
    state = CurationState()
    active = [d for d in found if d.active]
    for d in active:
        for move in d.payload.get("snapshot", {}).get("moves", []):
            state.fact_moves[move["old"]] = move["new"]
    for d in active:
        if d.kind == "reject":
            state.rejected[state.fact(d.subject)] = d
        elif d.kind == "confirm":
            state.confirmed.add(state.fact(d.subject))
        elif d.kind == "set":
            state.edits.setdefault(state.fact(d.subject), {}).update(d.payload["values"])
        elif d.kind == "merge":
            state.redirects[d.subject] = (d.payload["into"], d.payload.get("into_name", ""))
        elif d.kind == "rename" and d.payload["name_id"] != d.subject:
            state.redirects[d.payload["name_id"]] = (d.subject, d.payload["name"])
        elif d.kind == "retype":
            state.types[d.subject] = d.payload["type"]
        elif d.kind == "split":
            state.blocked_aliases[d.subject].add(d.payload["alias"])
    for d in active:  # a merged-away entity's pending decisions follow it to the survivor
        if d.kind == "retype" and d.subject in state.redirects:
            state.types.pop(d.subject)
    return state
