"""rules/ko_learned.py: the learned pair classifier and its trainer (sentences composed for these tests)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from ko_facts import extractor, facts

from aigraph.core.resources import data_dir
from aigraph.core.vocabulary import RelationType
from aigraph.ingest.pipeline.doc import DocState, Relation
from aigraph.ingest.pipeline.rules.ko_clause import Clause, Discourse
from aigraph.ingest.pipeline.rules.ko_learned import (
    CLASSES,
    WEIGHTS_FILE,
    PairWeights,
    _gloss,
    learned_pairs,
    load_weights,
)

LEARNED = "ko_learned.learned_pairs"
KLUE_RE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "train" / "klue-re-train"


def learned(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) of the relations the learned rule gave for ``text``."""
    state = DocState(text=text)
    extractor().run(state)
    return {(r.type.value, r.source.name, r.target.name) for r in state.relations if r.rule == LEARNED}


def test_weights_file_loads_small_with_both_models_and_high_thresholds() -> None:
    path = data_dir() / WEIGHTS_FILE
    weights = load_weights()
    assert weights is not None
    assert {name: m.classes for name, m in weights.models.items()} == CLASSES
    assert all(m.threshold >= 0.8 and m.weights for m in weights.models.values())
    assert path.stat().st_size < 1_000_000
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert "KLUE" in raw["about"] and raw["licence"] == "CC BY-SA 4.0"


def test_a_broken_weights_file_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "weights.json"
    bad.write_text('{"models": {"person_org": {"classes": ["none"]}}}', encoding="utf-8")
    with pytest.raises(ValueError, match="weights.json"):
        PairWeights.read(bad)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("김도윤은 2015년 서울 이글스에 입단했다.", "김도윤", "서울 이글스"),
        ("최은지는 2010년 한빛전자에 입사했다.", "최은지", "한빛전자"),
        ("한빛전자 소속의 최은지 연구원은 발표를 맡았다.", "최은지", "한빛전자"),
    ],
)
def test_person_joining_or_belonging_to_an_organisation_works_for_it(text: str, person: str, org: str) -> None:
    # joining is read by a rule first (ko_people.joins_organisation); the learned model covers what no rule reads
    state = DocState(text=text)
    extractor().run(state)
    assert ("WORKS_FOR", person, org) in {(r.type.value, r.source.name, r.target.name) for r in state.relations}


@pytest.mark.parametrize(
    "text",
    [
        "김도윤은 2015년 서울 이글스에 입단하지 않았다.",  # negated
        "김도윤은 서울 이글스에 입단할 가능성이 있다.",  # hedged
        "김도윤이 서울 이글스에 입단한다면 팀은 강해질 것이다.",  # hypothetical
        "최은지는 한빛전자에 입사하지 못했다.",  # negated
        '"김도윤은 서울 이글스에 입단했다"고 최은지는 말했다.',  # quoted speech
    ],
)
def test_negated_hedged_hypothetical_and_quoted_statements_give_nothing(text: str) -> None:
    assert not learned(text)


@pytest.mark.parametrize(
    "text",
    [
        "김도윤은 한빛전자 제품을 샀다.",
        "한빛전자는 김도윤에게 상을 주었다.",
        "김도윤은 한빛전자를 비판했다.",
    ],
)
def test_a_person_and_an_organisation_merely_in_one_sentence_are_not_related(text: str) -> None:
    assert not learned(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 행사에 김도윤 교수가 참석했다.",
        "한빛전자 프로젝트에 김도윤 박사가 합류했다.",
        "한빛전자가 연 세미나에서 김도윤 교수가 발표했다.",
    ],
)
def test_a_person_at_an_organisations_event_or_project_is_not_its_employee(text: str) -> None:
    assert not learned(text)


def test_a_name_glossed_in_parentheses_is_not_its_own_employer() -> None:
    text = "한빛전자 소속의 최은지 연구원은 발표를 맡았다."
    clause = _clause_after_rules(text, [])
    person = next(m for m in clause.mentions if m.text == "최은지")
    org = next(m for m in clause.mentions if m.text == "한빛전자")
    glossed = "최은지(한빛전자)"
    assert _gloss(glossed, replace(person, start=0, end=3), replace(org, start=4, end=8))
    assert not _gloss(text, org, person)


def _clause_after_rules(text: str, earlier: list[Relation]) -> Clause:
    """The first sentence of ``text`` as the learned rule sees it, with ``earlier`` as what rules found."""
    state = DocState(text=text)
    extractor().run(state)
    state.relations = earlier
    s = state.sentences[0]
    return Clause(state, extractor().lexicon, s, [m for m in state.mentions if m.sentence == 0], [], None, Discourse())


def test_a_pair_a_rule_already_relates_is_left_to_the_rule() -> None:
    text = "한빛전자 소속의 최은지 연구원은 발표를 맡았다."
    alone = learned_pairs(_clause_after_rules(text, []))
    assert [(r.type.value, r.source.name, r.target.name) for r in alone] == [("WORKS_FOR", "최은지", "한빛전자")]
    person, org = alone[0].source, alone[0].target
    ruled = Relation(RelationType.ESTABLISHED, person, org, alone[0].sentence, 0.85, rule="ko_structure.established")
    assert learned_pairs(_clause_after_rules(text, [ruled])) == []


@pytest.mark.skipif(not (KLUE_RE / "gold.jsonl").is_file(), reason="../shared KLUE-RE train is not present")
def test_trainer_runs_on_a_slice_and_writes_loadable_weights(tmp_path: Path) -> None:
    from aigraph.ingest.pipeline import train_pairs

    pytest.importorskip("sklearn", reason="the training extra (scikit-learn) is not installed")
    out = tmp_path / "pairs.json"
    assert train_pairs.main(["--limit", "700", "--c", "0.3", "--out", str(out)]) == 0
    weights = PairWeights.read(out)
    assert {name: m.classes for name, m in weights.models.items()} == CLASSES
    assert all(0.8 <= m.threshold < 1 for m in weights.models.values())


def test_in_a_list_of_people_each_party_written_against_a_name_is_theirs() -> None:
    # "후보" is a party member role the people rules read since round 11; the learned rule scores what they leave
    text = "이번 보궐선거에는 정의당 오하람 후보, 국민의힘 남궁민 후보, 더불어민주당 윤서아 후보가 나섰다."
    got = {k for k in facts(text) if k[0] == "WORKS_FOR"} | learned(text)
    assert {("WORKS_FOR", "오하람", "정의당"), ("WORKS_FOR", "윤서아", "더불어민주당")} <= got, got


def test_in_a_list_of_people_an_organisation_apart_from_every_name_is_nobodys() -> None:
    assert not learned("오하람, 남궁민, 윤서아는 경기 뒤 서울 이글스 팬들과 사진을 찍었다.")
