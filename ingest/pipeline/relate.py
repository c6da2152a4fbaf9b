"""Stage 6, relate: relations from Korean predicate patterns.

Korean marks an argument's role with the particle after it, so for every
predicate trigger (``data/lexicons/predicates.tsv``) the arguments are the
entity mentions before it, read by their particles: subject 이/가/은/는/도,
object 을/를, place or recipient 에/에게, source 에서, partner 와/과.  Mentions
joined by commas, 및, 와/과 form one enumeration sharing the last particle
("A, B, C 등 16개 계열사가").  A missing subject is carried from the previous
sentence (zero anaphora); "신설 연구원" is the organisation just established.

Quoted speech is not read for triggers, and a trigger followed by a hedge or
negation ("검토 중", "계획이 없다") is skipped or kept with low confidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from graph.model import RELATION_ENDPOINTS, EntityType, RelationType
from ingest.pipeline.lexicon import Lexicon
from ingest.pipeline.normalise import money_properties, resolve_date
from ingest.pipeline.recognise import Mention
from ingest.pipeline.resolve import Entity
from ingest.pipeline.segment import Sentence

_SKIP = r"\s*(?:\([^()]*\))?\s*['\"’”」』]?"
_PARTICLE = re.compile(
    _SKIP + r"(?P<group_noun>\s*등(?:의)?(?:\s*\d+\s*개\s*)?\s*(?P<noun>계열사|자회사|관계사|기업|업체|회사|기관|대학|곳|개사|사)?)?"
    r"\s*(?P<p>에서는|에서|에게|에는|에|은|는|이|가|도|을|를|와의|과의|와|과|의|,|·|및|로|으로)?"
)
_SUBJECT = {"은", "는", "이", "가", "도"}
_OBJECT = {"을", "를"}
_PLACE = {"에", "에게", "에는"}
_SOURCE = {"에서", "에서는"}
_PARTNER = {"와", "과", "와의", "과의"}
_JOINER = {",", "·", "및", "와", "과"}
# Double quotes mark speech; single quotes mark names and titles ("'카카오 AI 랩'을") and stay.
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
_PASSIVE = re.compile(r"\S*?(?:된|되어|되었|됐|돼)")
_HEDGE_WINDOW = 25
_CARRIED_PENALTY = 0.1


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
class Relation:
    type: RelationType
    source: Entity
    target: Entity
    sentence: Sentence
    confidence: float
    properties: dict = field(default_factory=dict)


@dataclass
class _Discourse:
    """What carries from sentence to sentence: the topic and what was just established."""

    topic: Entity | None = None
    established: list[tuple[int, Entity, Entity]] = field(default_factory=list)  # (sentence, founder, new org)


class RelationExtractor:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def relate(
        self,
        sentences: list[Sentence],
        mentions: list[Mention],
        of_mention: dict[int, Entity],
        entities: list[Entity],
        article_date: date | None,
    ) -> list[Relation]:
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        found: list[Relation] = []
        disc = _Discourse()
        # Establishments first: later money and participation statements refer back to them.
        for s in sentences:
            found += self._sentence(s, by_sentence.get(s.index, []), of_mention, entities, article_date, disc, first_pass=True)
        disc.topic = None
        for s in sentences:
            found += self._sentence(s, by_sentence.get(s.index, []), of_mention, entities, article_date, disc, first_pass=False)
        return _dedupe([r for r in found if _allowed(r)])

    # ----------------------------------------------------------------------
    def _args(self, s: Sentence, mentions: list[Mention], of_mention: dict[int, Entity], disc: _Discourse) -> list[Arg]:
        args: list[Arg] = []
        group = 0
        masked = _mask_quotes(s.text)
        for m in mentions:
            rel = m.start - s.start
            if masked[rel] == " " and s.text[rel] != " " or s.text[rel - 1 : rel] == "(":
                continue  # inside quotes, or a gloss in parentheses
            ent = of_mention.get(m.start) if m.source != "anaphor" else self._anaphor(m, s.index, disc)
            if ent is None or ent.name in self.lex.generic_orgs:
                continue  # "정부", "경찰": which government or police is not known
            pm = _PARTICLE.match(s.text, m.end - s.start)
            continues = bool(args) and args[-1].particle in _JOINER and m.start - args[-1].end <= 6
            group += 0 if continues else 1
            args.append(Arg(ent, m.start, m.end, pm.group("p") or "", group, pm.group("noun") or ""))
        # the last member's particle holds for the whole enumeration
        last = {a.group: a for a in args}
        return [Arg(a.entity, a.start, a.end, last[a.group].particle, a.group, last[a.group].group_noun) for a in args]

    def _anaphor(self, m: Mention, index: int, disc: _Discourse) -> Entity | None:
        """"신설 연구원", "이 회사": the latest organisation of that kind established so far, else the topic."""
        for idx, _, new in reversed(disc.established):
            if idx <= index and (new.type is m.type or m.type is EntityType.COMPANY and new.type.is_organization):
                return new
        return disc.topic if disc.topic is not None and disc.topic.type.is_organization else None

    def _sentence(
        self,
        s: Sentence,
        mentions: list[Mention],
        of_mention: dict[int, Entity],
        entities: list[Entity],
        article_date: date | None,
        disc: _Discourse,
        first_pass: bool,
    ) -> list[Relation]:
        args = self._args(s, mentions, of_mention, disc)
        masked = _mask_quotes(s.text)
        out: list[Relation] = []
        explicit_subject = next((a for a in args if a.particle in _SUBJECT), None)
        other_subject = _has_other_subject(s, mentions)
        # the subject carried from earlier sentences, unless this one has a non-entity subject ("정부도")
        topic = None if other_subject else disc.topic
        for trig in self.lex.triggers:
            if (trig.relation is RelationType.ESTABLISHED) != first_pass:
                continue
            for tm in trig.pattern.finditer(masked):
                conf = self._confidence(masked, tm.end(), trig.confidence)
                if conf is None:
                    continue
                if first_pass:
                    out += self._established(s, tm, conf, args, topic, entities, article_date, disc)
                else:
                    out += self._other(s, tm, trig.relation, conf, args, topic, entities, article_date, disc)
        if not first_pass:
            out += self._works_for(s, mentions, of_mention)
        if explicit_subject is not None:
            disc.topic = explicit_subject.entity
        elif other_subject:
            disc.topic = None
        return out

    def _confidence(self, masked: str, end: int, base: float) -> float | None:
        window = masked[end : end + _HEDGE_WINDOW]
        for marker, effect in self.lex.hedges:
            if marker in window:
                return None if effect == "skip" else 0.3
        return base

    def _established(
        self, s: Sentence, tm: re.Match, conf: float, args: list[Arg], topic: Entity | None,
        entities: list[Entity], article_date: date | None, disc: _Discourse,
    ) -> list[Relation]:
        pos = s.start + tm.start()
        before = [a for a in args if a.end <= pos]
        after = [a for a in args if a.start >= pos]
        date_text = s.text[: tm.end() + 15]
        props = {"date": d} if (d := resolve_date(date_text, article_date)) else {}
        if _PASSIVE.match(s.text, tm.end()) and after:
            # "산업부에 신설된 디지털혁신정책관은": founder in 에, the new body after
            new = after[0].entity
            place = next((a.entity for a in reversed(before) if a.particle in _PLACE), None)
            founder = place or self._head_of(new, entities)
            rels = []
            if founder is not None:
                rels.append(Relation(RelationType.ESTABLISHED, founder, new, s, conf, props))
                disc.established.append((s.index, founder, new))
            if place is not None:
                rels.append(Relation(RelationType.PART_OF, new, place, s, conf))
            return rels
        obj = next((a for a in reversed(before) if a.particle in _OBJECT), None)
        if obj is None:
            return []
        founder = next((a.entity for a in before if a.particle in _SUBJECT and a.start < obj.start), None)
        if founder is None:
            founder, conf = topic, conf - _CARRIED_PENALTY
        if founder is None or founder is obj.entity:
            founder = self._head_of(obj.entity, entities)
        if founder is None:
            return []
        disc.established.append((s.index, founder, obj.entity))
        return [Relation(RelationType.ESTABLISHED, founder, obj.entity, s, conf, props)]

    def _head_of(self, ent: Entity, entities: list[Entity]) -> Entity | None:
        """The registry organisation a compound is named after ("카카오" for "카카오 AI 랩")."""
        return next((e for e in entities if ent.head and e.registry is not None and e.registry.name == ent.head), None)

    def _focus(self, founder: Entity | None, s: Sentence, disc: _Discourse, window: int = 2) -> Entity | None:
        """The organisation ``founder`` established (any time), else anything established just before."""
        for _, who, new in reversed(disc.established):
            if founder is not None and who is founder:
                return new
        for idx, _, new in reversed(disc.established):
            if s.index - window <= idx <= s.index:
                return new
        return None

    def _other(
        self, s: Sentence, tm: re.Match, rel: RelationType, conf: float, args: list[Arg], topic: Entity | None,
        entities: list[Entity], article_date: date | None, disc: _Discourse,
    ) -> list[Relation]:
        pos = s.start + tm.start()
        before = [a for a in args if a.end <= pos]
        subjects = [a for a in before if a.particle in _SUBJECT]
        subject = subjects[0].entity if subjects else topic
        sub_conf = conf if subjects else conf - _CARRIED_PENALTY
        clause = s.text[: tm.end() + 10]
        out: list[Relation] = []
        if rel is RelationType.INVESTED_IN:
            target = next((a.entity for a in reversed(before) if a.particle in _PLACE), None)
            props = money_properties(clause, article_date, self.lex.fx)
            if target is None and subject is not None and "amount" in props:
                # An unnamed recipient is inferred from the discourse only when the
                # sentence states an amount: "대규모 투자를 진행한다" alone is no fact.
                target = self._focus(subject, s, disc)
            if subject is not None and target is not None:
                out.append(Relation(rel, subject, target, s, sub_conf, props))
        elif rel is RelationType.PARTNERS_WITH:
            partners = [a.entity for a in before if a.particle in _PARTNER]
            if subject is not None and partners:
                out += [Relation(rel, subject, p, s, sub_conf) for p in partners]
            elif len(subjects) >= 2:
                first = subjects[0].entity
                out += [Relation(rel, first, a.entity, s, conf) for a in subjects[1:]]
        elif rel is RelationType.PARTICIPATES_IN:
            target = next((a.entity for a in reversed(before) if a.particle in _PLACE), None) or self._focus(None, s, disc)
            if target is None and subjects and topic is not None and topic is not subjects[0].entity:
                target = topic
            if target is not None:
                out += [Relation(rel, a.entity, target, s, conf) for a in subjects]
        elif rel is RelationType.AFFILIATE_OF:
            members = [a for a in before if a.group_noun and a.group == before[-1].group] if before else []
            group = self._group_of(members, topic, entities)
            if group is not None and members:
                out += [Relation(rel, a.entity, group, s, conf) for a in members if a.entity is not group]
            elif before and before[-1].end >= pos - 2:
                # "소프트뱅크 계열 로봇 업체인 아스라테크", "카카오 자회사 카카오브레인": group, then member
                member = next((a for a in args if a.start > pos), None)
                if member is not None and s.text[pos - s.start : member.start - s.start].count(",") == 0:
                    out.append(Relation(rel, member.entity, before[-1].entity, s, conf))
        elif rel is RelationType.PART_OF:
            whole = next((a for a in reversed(before) if a.end >= pos - 2), None)
            if whole is not None:
                part = next((a.entity for a in reversed(before) if a.particle in _OBJECT | _SUBJECT and a is not whole), None)
                if part is None:
                    part = next((a.entity for a in args if a.start > pos), None)
                if part is not None:
                    out.append(Relation(rel, part, whole.entity, s, conf))
        elif rel is RelationType.SPUN_OFF_FROM:
            parent = next((a.entity for a in reversed(before) if a.particle in _SOURCE), None)
            child = next((new for idx, _, new in disc.established if idx == s.index), None) or subject
            if parent is not None and child is not None:
                out.append(Relation(rel, child, parent, s, sub_conf if child is subject else conf))
        elif rel is RelationType.RESEARCHES:
            tech = next((a for a in reversed(before) if a.entity.type is EntityType.TECHNOLOGY and a.particle in _OBJECT), None)
            actor = next((a.entity for a in subjects if a.entity.type is not EntityType.TECHNOLOGY), None) or topic
            if tech is not None and actor is not None:
                out.append(Relation(rel, actor, tech.entity, s, conf if subjects else sub_conf))
        elif rel is RelationType.ACQUIRED:
            props = money_properties(clause, article_date, self.lex.fx)
            if d := resolve_date(clause, article_date):
                props["date"] = d
            if _PASSIVE.match(s.text, tm.end()):
                buyer = next((a.entity for a in reversed(before) if a.particle in _PLACE), None)
                if buyer is not None and subject is not None:
                    out.append(Relation(rel, buyer, subject, s, sub_conf, props))
            else:
                target = next((a.entity for a in reversed(before) if a.particle in _OBJECT), None)
                if subject is not None and target is not None:
                    out.append(Relation(rel, subject, target, s, sub_conf, props))
        return out

    def _group_of(self, members: list[Arg], topic: Entity | None, entities: list[Entity]) -> Entity | None:
        """The business group of an enumeration of affiliates: their registry parent, else the topic group."""
        parents = {a.entity.registry.parent for a in members if a.entity.registry is not None and a.entity.registry.parent}
        if len(parents) == 1:
            parent = parents.pop()
            found = next((e for e in entities if e.registry is not None and e.registry.name == parent), None)
            if found is not None:
                return found
        if topic is not None and topic.type is EntityType.BUSINESS_GROUP:
            return topic
        return None

    def _works_for(self, s: Sentence, mentions: list[Mention], of_mention: dict[int, Entity]) -> list[Relation]:
        out = []
        for m in mentions:
            if m.type is EntityType.PERSON and m.org is not None and m.start in of_mention and m.org[0] in of_mention:
                out.append(
                    Relation(RelationType.WORKS_FOR, of_mention[m.start], of_mention[m.org[0]], s, 0.9, {"title": m.title})
                )
        return out


def _mask_quotes(text: str) -> str:
    """Quoted speech replaced by spaces (offsets kept): opinions, not facts."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def _has_other_subject(s: Sentence, mentions: list[Mention]) -> bool:
    """The sentence has a subject or topic that is not an entity ("정부도 …")."""
    spans = [(m.start, m.end) for m in mentions]
    for prev, tok in zip(s.tokens, s.tokens[1:]):
        if tok.tag in ("JKS", "JX") and tok.form in _SUBJECT and prev.tag.startswith("NN"):
            return not any(a <= prev.start < b for a, b in spans)
    return False


def _allowed(r: Relation) -> bool:
    return r.source is not r.target and (r.source.type.label, r.target.type.label) in RELATION_ENDPOINTS[r.type]


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (type, source, target): the most confident, properties merged."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.type, r.source.key, r.target.key)
        if r.type is RelationType.PARTNERS_WITH:
            key = (r.type, *sorted((r.source.key, r.target.key)))
        old = best.get(key)
        if old is None:
            best[key] = r
            continue
        merged = {**r.properties, **old.properties} if len(old.properties) >= len(r.properties) else {**old.properties, **r.properties}
        keep = old if (len(old.properties), old.confidence) >= (len(r.properties), r.confidence) else r
        keep.properties = merged
        keep.confidence = max(old.confidence, r.confidence)
        best[key] = keep
    return list(best.values())
