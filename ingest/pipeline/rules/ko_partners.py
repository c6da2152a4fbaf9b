"""Korean cooperation rules: partnerships, participation, research subjects."""
from __future__ import annotations

from graph.model import EntityType, RelationType
from ingest.pipeline.doc import Relation
from ingest.pipeline.rules import relation_rule
from ingest.pipeline.rules.ko_clause import OBJECT, PARTNER, PLACE, Clause


@relation_rule(RelationType.PARTNERS_WITH, language="ko")
def partners_with(c: Clause) -> list[Relation]:
    """"X는 Y와 협력한다"; "X와 Y가 손잡았다" (two subjects)."""
    partners = [a.entity for a in c.before if a.particle in PARTNER]
    subject, subjects = c.subject, c.subjects
    if subject is not None and partners:
        return [Relation(RelationType.PARTNERS_WITH, subject, p, c.sentence, c.subject_confidence) for p in partners]
    if len(subjects) >= 2:
        first = subjects[0].entity
        return [Relation(RelationType.PARTNERS_WITH, first, a.entity, c.sentence, c.confidence) for a in subjects[1:]]
    return []


@relation_rule(RelationType.PARTICIPATES_IN, language="ko")
def participates_in(c: Clause) -> list[Relation]:
    """"A, B가 Y에 참여한다": each subject into the place, else into what was just established or the topic."""
    subjects, topic = c.subjects, c.topic
    target = c.last_before(PLACE) or c.focus(None)
    if target is None and subjects and topic is not None and topic is not subjects[0].entity:
        target = topic
    if target is None:
        return []
    return [Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence) for a in subjects]


@relation_rule(RelationType.RESEARCHES, language="ko")
def researches(c: Clause) -> list[Relation]:
    """"X는 T 기술을 연구한다"."""
    tech = next((a for a in reversed(c.before) if a.entity.type is EntityType.TECHNOLOGY and a.particle in OBJECT), None)
    actor = next((a.entity for a in c.subjects if a.entity.type is not EntityType.TECHNOLOGY), None) or c.topic
    if tech is None or actor is None:
        return []
    return [Relation(RelationType.RESEARCHES, actor, tech.entity, c.sentence, c.confidence if c.subjects else c.subject_confidence)]
