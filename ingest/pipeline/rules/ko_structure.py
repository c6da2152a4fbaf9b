"""Korean structure rules: establishment, affiliates and subsidiaries, parts, spin-offs."""
from __future__ import annotations

from graph.model import EntityType, RelationType
from ingest.pipeline.doc import Relation
from ingest.pipeline.normalise import resolve_date
from ingest.pipeline.resolve import Entity
from ingest.pipeline.rules import relation_rule
from ingest.pipeline.rules.ko_clause import CARRIED_PENALTY, OBJECT, PLACE, SOURCE, SUBJECT, Arg, Clause


@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def established(c: Clause) -> list[Relation]:
    """"X가 Y를 설립했다"; passive "Z에 신설된 Y는" (Z founder, Y PART_OF Z)."""
    s, conf = c.sentence, c.confidence
    before, after = c.before, c.after
    props = {"date": d} if (d := resolve_date(s.text[: c.match.end() + 15], c.article_date)) else {}
    if c.passive() and after:
        new = after[0].entity
        place = c.last_before(PLACE)
        founder = place or c.head_of(new)
        rels = []
        if founder is not None:
            rels.append(Relation(RelationType.ESTABLISHED, founder, new, s, conf, props))
            c.discourse.established.append((s.index, founder, new))
        if place is not None:
            rels.append(Relation(RelationType.PART_OF, new, place, s, conf))
        return rels
    obj = next((a for a in reversed(before) if a.particle in OBJECT), None)
    if obj is None:
        return []
    founder = next((a.entity for a in before if a.particle in SUBJECT and a.start < obj.start), None)
    if founder is None:
        founder, conf = c.topic, conf - CARRIED_PENALTY
    if founder is None or founder is obj.entity:
        founder = c.head_of(obj.entity)
    if founder is None:
        return []
    c.discourse.established.append((s.index, founder, obj.entity))
    return [Relation(RelationType.ESTABLISHED, founder, obj.entity, s, conf, props)]


@relation_rule(RelationType.AFFILIATE_OF, language="ko")
def affiliate_of(c: Clause) -> list[Relation]:
    """"A, B 등 계열사": members of the group; "카카오 자회사 카카오브레인": group, then member."""
    before, pos, s = c.before, c.pos, c.sentence
    members = [a for a in before if a.group_noun and a.group == before[-1].group] if before else []
    group = _group_of(c, members)
    if group is not None and members:
        return [Relation(RelationType.AFFILIATE_OF, a.entity, group, s, c.confidence) for a in members if a.entity is not group]
    if before and before[-1].end >= pos - 2:
        member = next((a for a in c.args if a.start > pos), None)
        if member is not None and s.text[pos - s.start : member.start - s.start].count(",") == 0:
            return [Relation(RelationType.AFFILIATE_OF, member.entity, before[-1].entity, s, c.confidence)]
    return []


def _group_of(c: Clause, members: list[Arg]) -> Entity | None:
    """The business group of an enumeration of affiliates: their registry parent, else the topic group."""
    parents = {a.entity.registry.parent for a in members if a.entity.registry is not None and a.entity.registry.parent}
    if len(parents) == 1:
        parent = parents.pop()
        found = next((e for e in c.entities if e.registry is not None and e.registry.name == parent), None)
        if found is not None:
            return found
    if c.topic is not None and c.topic.type is EntityType.BUSINESS_GROUP:
        return c.topic
    return None


@relation_rule(RelationType.PART_OF, language="ko")
def part_of(c: Clause) -> list[Relation]:
    """"과기정통부 산하 X", "X는 Y 소속": the part, then the whole right before the trigger."""
    before, pos = c.before, c.pos
    whole = next((a for a in reversed(before) if a.end >= pos - 2), None)
    if whole is None:
        return []
    part = next((a.entity for a in reversed(before) if a.particle in OBJECT | SUBJECT and a is not whole), None)
    if part is None:
        part = next((a.entity for a in c.args if a.start > pos), None)
    return [Relation(RelationType.PART_OF, part, whole.entity, c.sentence, c.confidence)] if part is not None else []


@relation_rule(RelationType.SPUN_OFF_FROM, language="ko")
def spun_off_from(c: Clause) -> list[Relation]:
    """"X에서 분사한 Y": the parent in 에서, the child established in this sentence or the subject."""
    parent = c.last_before(SOURCE)
    child = next((new for idx, _, new in c.discourse.established if idx == c.sentence.index), None) or c.subject
    if parent is None or child is None:
        return []
    return [Relation(RelationType.SPUN_OFF_FROM, child, parent, c.sentence,
                     c.subject_confidence if child is c.subject else c.confidence)]
