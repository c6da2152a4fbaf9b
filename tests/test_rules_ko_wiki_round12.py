"""Person/organisation wordings of the twelfth round (KLUE-RE style): a purpose phrase later in the sentence
("…을 위한 조사를 시작한다", "…하기 위해") is the aim of the clause's predicate, never of a description inside one
noun phrase ("ORG(위원장 P)", "ORG P 대표"), so it no longer hides that description from the learned pair rule
(rules/ko_learned.py); in a sentence naming three or more people, an organisation and a person of one noun phrase
("NBA 농구선수 P의 …") are scored like "ORG의 P", never across a list mark or another name.  Every sentence is
composed for these tests; plans, negations and possibilities still give nothing, and a purpose still hedges a pair
the predicate relates."""

from __future__ import annotations

import pytest
from ko_facts import facts

from aigraph.ingest.pipeline.segment import Token


def works_for(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "WORKS_FOR"}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "김도윤 경제부총리 겸 기획예산부 장관은 10일 피해계층 지원을 뒷받침하기 위해 추경을 편성했다고 밝혔다.",
            "김도윤",
            "기획예산부",
        ),
        (
            "한빛발전(주)(사장 박서준)는 4일 당진본부에서 '설비 국산화 촉진을 위한 토론회'를 개최했다고 밝혔다.",
            "박서준",
            "한빛발전",
        ),
        (
            "누리금융그룹 한빛은행(은행장 최민수)은 16일 오후, 본점에서 누리커피와 ‘가맹점 활성화를 위한 업무협약’을 체결했다.",
            "최민수",
            "누리금융그룹 한빛은행",
        ),
    ],
)
def test_a_purpose_later_in_the_sentence_leaves_a_described_role(text: str, person: str, org: str) -> None:
    assert (person, org) in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "김도윤은 기획예산부에 들어가기 위해 시험을 준비했다.",  # the aim is the pair's own predicate
        "김도윤은 기획예산부 입부를 위한 시험을 준비했다.",  # the purpose names what the pair would be
        "김도윤 경제부총리가 기획예산부 장관을 겸할 가능성이 있다.",  # a possible role is no role
        "김도윤 경제부총리는 기획예산부 장관에 오를 가능성이 있다.",
    ],
)
def test_a_purpose_or_hedge_on_the_predicate_still_gives_nothing(text: str) -> None:
    assert ("김도윤", "기획예산부") not in works_for(text)


_PLAYERS = "찰스 하퍼의 착용제품 누리 포스맥스, 데릭 오닐의 시그니처 한빛 샤크어택은 청소년들에게 인기를 끌었다."


@pytest.mark.parametrize(
    "text",
    [
        "NBA 농구선수 마커스 존슨의 시그니처 누리 에어킥, " + _PLAYERS,
        "NBA 농구선수 마커스 존슨과 찰스 하퍼의 시그니처 누리 에어킥, 데릭 오닐의 시그니처 한빛 샤크어택은 인기를 끌었다.",
    ],
)
def test_one_noun_phrase_in_a_sentence_listing_people(text: str) -> None:
    assert ("마커스 존슨", "NBA") in works_for(text)


def test_no_organisation_across_a_list_mark_or_another_name() -> None:
    assert ("마커스 존슨", "NBA") not in works_for("NBA, 마커스 존슨의 시그니처 누리 에어킥, " + _PLAYERS)
    listed = "NBA 농구선수 마커스 존슨과 찰스 하퍼의 시그니처 누리 에어킥, 데릭 오닐의 시그니처 한빛 샤크어택은 인기를 끌었다."
    assert ("찰스 하퍼", "NBA") not in works_for(listed)


def _tokens(*pieces: tuple[str, str]) -> list[Token]:
    out, pos = [], 0
    for form, tag in pieces:
        out.append(Token(form, tag, pos, pos + len(form)))
        pos += len(form)
    return out


def test_a_nominal_gap_has_no_particle_of_an_argument_and_no_verb() -> None:
    from aigraph.ingest.pipeline.rules.ko_learned import nominal_pair

    title = _tokens(("(", "SSO"), ("위원장", "NNG"))
    assert nominal_pair(title, 0, 4)
    assert nominal_pair(_tokens(("의", "JKG")), 0, 1)
    assert nominal_pair([], 0, 0)
    assert not nominal_pair(_tokens(("는", "JX")), 0, 1)
    assert not nominal_pair(_tokens(("에", "JKB"), ("입단", "NNG"), ("하", "XSV"), ("ㄴ", "ETM")), 0, 5)
