"""Korean people rules: a titled person works for the organisation written with the title."""
from __future__ import annotations

from graph.model import EntityType, RelationType
from ingest.pipeline.doc import Relation
from ingest.pipeline.rules import relation_rule
from ingest.pipeline.rules.ko_clause import Clause


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def titled_person(c: Clause) -> list[Relation]:
    """The recogniser attaches "P ORG T", "ORG T P", "ORG P T" organisations to persons."""
    of_mention = c.doc.of_mention
    return [
        Relation(RelationType.WORKS_FOR, of_mention[m.start], of_mention[m.org[0]], c.sentence, 0.9, {"title": m.title})
        for m in c.mentions
        if m.type is EntityType.PERSON and m.org is not None and m.start in of_mention and m.org[0] in of_mention
    ]
