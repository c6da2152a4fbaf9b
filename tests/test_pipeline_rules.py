"""The relation rule registry and the DocState carrier: a new rule needs no edit elsewhere."""

from datetime import date

import pytest

from aigraph.core.vocabulary import RelationType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import Extractor
from aigraph.ingest.pipeline.doc import DocState, Relation
from aigraph.ingest.pipeline.rules import _RULES, relation_rule, rules_for
from aigraph.ingest.pipeline.rules.ko_clause import Clause


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_every_korean_family_is_registered_and_named() -> None:
    rules = rules_for("ko")
    assert {r.relation for r in rules} >= {
        RelationType.ESTABLISHED,
        RelationType.INVESTED_IN,
        RelationType.PARTNERS_WITH,
        RelationType.PARTICIPATES_IN,
        RelationType.WORKS_FOR,
        RelationType.ACQUIRED,
    }
    assert len({r.name for r in rules}) == len(rules)
    assert all(r.phase == 0 for r in rules_for("ko", relation=RelationType.ESTABLISHED))
    assert rules_for("xx") == []


def test_registering_twice_under_one_name_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        relation_rule(RelationType.RESEARCHES, language="ko", name="ko_partners.researches")(lambda c: [])


def test_a_new_rule_with_its_own_trigger_runs_without_other_edits(extractor: Extractor) -> None:
    @relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"짝꿍", name="test.partners_by_new_word")
    def partners_by_new_word(c: Clause) -> list[Relation]:
        subjects = c.subjects
        return [
            Relation(RelationType.PARTNERS_WITH, subjects[0].entity, a.entity, c.sentence, c.confidence)
            for a in subjects[1:]
        ]

    try:
        result = extractor.extract(Document(id="t", text="네이버와 카카오가 짝꿍이 됐다.", published=date(2021, 1, 1)))
        names = {e.id: e.name for e in result.entities}
        got = {(r.type.value, names[r.source], names[r.target]) for r in result.relations}
        assert ("PARTNERS_WITH", "네이버", "카카오") in got or ("PARTNERS_WITH", "카카오", "네이버") in got
    finally:
        _RULES[:] = [r for r in _RULES if r.name != "test.partners_by_new_word"]


def test_stages_fill_one_carrier_in_order(extractor: Extractor) -> None:
    state = DocState(text="카카오는 지난 3일 '카카오 AI 랩'을 설립했다.", published=date(2021, 6, 15))
    names = []
    for name, stage in extractor.stages:
        stage(state)
        names.append(name)
    assert names == ["clean", "segment", "recognise", "resolve", "relate"]
    assert state.sentences and state.mentions and state.entities
    assert [(r.type, r.rule) for r in state.relations] == [(RelationType.ESTABLISHED, "ko_structure.established")]
