"""What a Korean relation rule sees: a trigger in a sentence and the arguments around it.

Korean marks an argument's role with the particle after it, so the arguments of a
predicate are the entity mentions before it, read by their particles: subject
이/가/은/는/도, object 을/를, place or recipient 에/에게, source 에서, partner 와/과.
Mentions joined by commas, 및, 와/과 form one enumeration sharing the last particle
("A, B, C 등 16개 계열사가").  A missing subject is carried from the previous sentence
(zero anaphora) as ``topic``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from graph.model import EntityType
from ingest.pipeline.doc import DocState
from ingest.pipeline.lexicon import Lexicon
from ingest.pipeline.recognise import Mention
from ingest.pipeline.resolve import Entity
from ingest.pipeline.segment import Sentence

_SKIP = r"\s*(?:\([^()]*\))?\s*['\"’”」』]?"
PARTICLE = re.compile(
    _SKIP + r"(?P<group_noun>\s*등(?:의)?(?:\s*\d+\s*개\s*)?\s*(?P<noun>계열사|자회사|관계사|기업|업체|회사|기관|대학|곳|개사|사)?)?"
    r"\s*(?P<p>에서는|에서|에게|에는|에|은|는|이|가|도|을|를|와의|과의|와|과|의|,|·|및|로|으로)?"
)
SUBJECT = {"은", "는", "이", "가", "도"}
OBJECT = {"을", "를"}
PLACE = {"에", "에게", "에는"}
SOURCE = {"에서", "에서는"}
PARTNER = {"와", "과", "와의", "과의"}
JOINER = {",", "·", "및", "와", "과"}
# Double quotes mark speech; single quotes mark names and titles ("'카카오 AI 랩'을") and stay.
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
PASSIVE = re.compile(r"\S*?(?:된|되어|되었|됐|돼)")
CARRIED_PENALTY = 0.1


@dataclass(frozen=True)
class Arg:
    """An entity mention in a sentence with the role its particle gives it."""

    entity: Entity
    start: int
    end: int
    particle: str
    group: int
    group_noun: str = ""


@dataclass
class Discourse:
    """What carries from sentence to sentence: the topic and what was just established."""

    topic: Entity | None = None
    established: list[tuple[int, Entity, Entity]] = field(default_factory=list)  # (sentence, founder, new org)


@dataclass
class Clause:
    """One trigger occurrence (or, for per-sentence rules, the sentence) with its arguments."""

    doc: DocState
    lex: Lexicon
    sentence: Sentence
    mentions: list[Mention]
    args: list[Arg]
    topic: Entity | None
    discourse: Discourse
    match: re.Match[str] | None = None
    confidence: float = 0.0

    @property
    def article_date(self) -> date | None:
        return self.doc.published

    @property
    def entities(self) -> list[Entity]:
        return self.doc.entities

    @property
    def pos(self) -> int:
        """Document offset of the trigger."""
        return self.sentence.start + self.match.start() if self.match else self.sentence.start

    @property
    def before(self) -> list[Arg]:
        return [a for a in self.args if a.end <= self.pos]

    @property
    def after(self) -> list[Arg]:
        return [a for a in self.args if a.start >= self.pos]

    @property
    def subjects(self) -> list[Arg]:
        return [a for a in self.before if a.particle in SUBJECT]

    @property
    def subject(self) -> Entity | None:
        """The first subject before the trigger, else the carried topic."""
        subjects = self.subjects
        return subjects[0].entity if subjects else self.topic

    @property
    def subject_confidence(self) -> float:
        return self.confidence if self.subjects else self.confidence - CARRIED_PENALTY

    def clause_text(self, tail: int = 10) -> str:
        """The sentence up to a little after the trigger: where amounts and dates of this predicate are."""
        end = self.match.end() if self.match else len(self.sentence.text)
        return self.sentence.text[: end + tail]

    def last_before(self, particles: set[str]) -> Entity | None:
        return next((a.entity for a in reversed(self.before) if a.particle in particles), None)

    def passive(self) -> bool:
        return bool(self.match and PASSIVE.match(self.sentence.text, self.match.end()))

    def head_of(self, ent: Entity) -> Entity | None:
        """The registry organisation a compound is named after ("카카오" for "카카오 AI 랩")."""
        return next((e for e in self.entities if ent.head and e.registry is not None and e.registry.name == ent.head), None)

    def focus(self, founder: Entity | None, window: int = 2) -> Entity | None:
        """The organisation ``founder`` established (any time), else anything established just before."""
        for _, who, new in reversed(self.discourse.established):
            if founder is not None and who is founder:
                return new
        for idx, _, new in reversed(self.discourse.established):
            if self.sentence.index - window <= idx <= self.sentence.index:
                return new
        return None


def mask_quotes(text: str) -> str:
    """Quoted speech replaced by spaces (offsets kept): opinions, not facts."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def sentence_args(
    s: Sentence, mentions: list[Mention], of_mention: dict[int, Entity], lex: Lexicon, disc: Discourse
) -> list[Arg]:
    """The entity mentions of a sentence with their particles; enumerations share the last one."""
    args: list[Arg] = []
    group = 0
    masked = mask_quotes(s.text)
    for m in mentions:
        rel = m.start - s.start
        if masked[rel] == " " and s.text[rel] != " " or s.text[rel - 1 : rel] == "(":
            continue  # inside quotes, or a gloss in parentheses
        ent = of_mention.get(m.start) if m.source != "anaphor" else _anaphor(m, s.index, disc)
        if ent is None or ent.name in lex.generic_orgs:
            continue  # "정부", "경찰": which government or police is not known
        pm = PARTICLE.match(s.text, m.end - s.start)
        continues = bool(args) and args[-1].particle in JOINER and m.start - args[-1].end <= 6
        group += 0 if continues else 1
        args.append(Arg(ent, m.start, m.end, pm.group("p") or "", group, pm.group("noun") or ""))
    last = {a.group: a for a in args}
    return [Arg(a.entity, a.start, a.end, last[a.group].particle, a.group, last[a.group].group_noun) for a in args]


def _anaphor(m: Mention, index: int, disc: Discourse) -> Entity | None:
    """"신설 연구원", "이 회사": the latest organisation of that kind established so far, else the topic."""
    for idx, _, new in reversed(disc.established):
        if idx <= index and (new.type is m.type or m.type is EntityType.COMPANY and new.type.is_organization):
            return new
    return disc.topic if disc.topic is not None and disc.topic.type.is_organization else None


def has_other_subject(s: Sentence, mentions: list[Mention]) -> bool:
    """The sentence has a subject or topic that is not an entity ("정부도 …")."""
    spans = [(m.start, m.end) for m in mentions]
    for prev, tok in zip(s.tokens, s.tokens[1:]):
        if tok.tag in ("JKS", "JX") and tok.form in SUBJECT and prev.tag.startswith("NN"):
            return not any(a <= prev.start < b for a, b in spans)
    return False
