"""Korean money rules: investments and acquisitions with their amounts."""
from __future__ import annotations

from graph.model import RelationType
from ingest.pipeline.doc import Relation
from ingest.pipeline.normalise import money_properties, resolve_date
from ingest.pipeline.rules import relation_rule
from ingest.pipeline.rules.ko_clause import OBJECT, PLACE, Clause


@relation_rule(RelationType.INVESTED_IN, language="ko")
def invested_in(c: Clause) -> list[Relation]:
    """"X는 Y에 N원을 투자한다"; an unnamed recipient is what X just established, only when an amount is stated."""
    subject = c.subject
    target = c.last_before(PLACE)
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx)
    if target is None and subject is not None and "amount" in props:
        # "대규모 투자를 진행한다" alone is no fact.
        target = c.focus(subject)
    if subject is None or target is None:
        return []
    return [Relation(RelationType.INVESTED_IN, subject, target, c.sentence, c.subject_confidence, props)]


@relation_rule(RelationType.ACQUIRED, language="ko")
def acquired(c: Clause) -> list[Relation]:
    """"X가 Y를 인수했다"; passive "Y는 X에 인수됐다"."""
    clause = c.clause_text()
    props = money_properties(clause, c.article_date, c.lex.fx)
    if d := resolve_date(clause, c.article_date):
        props["date"] = d
    subject = c.subject
    if c.passive():
        buyer = c.last_before(PLACE)
        if buyer is not None and subject is not None:
            return [Relation(RelationType.ACQUIRED, buyer, subject, c.sentence, c.subject_confidence, props)]
        return []
    target = c.last_before(OBJECT)
    if subject is None or target is None:
        return []
    return [Relation(RelationType.ACQUIRED, subject, target, c.sentence, c.subject_confidence, props)]
