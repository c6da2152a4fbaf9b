"""What a tagger organisation span takes after the name and is no part of it: "측" (its side) and
"전" after a team or country (the match against it) (composed sentences)."""

import pytest
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


def test_the_side_of_a_body_is_not_its_name() -> None:
    assert "북측" not in _organisations("북측이 오는 10일 실무회담을 열자고 제안했다.")


def test_a_match_against_a_team_is_not_an_organisation_named_with_it() -> None:
    found = _organisations("대표팀은 오는 12일 라오스전과 17일 미얀마전을 치른다.")
    assert not any(name.endswith("전") for name in found), found


def test_a_name_ending_in_the_same_syllable_keeps_it() -> None:
    result = extractor().extract(Document(id="t", text="한빛건설은 신도시 개발 사업에 참여했다."))
    names = {e.name for e in result.entities if e.type is not EntityType.PERSON}
    assert "한빛건설" in names, names
