"""A named programme right after the clause's own arguments ("X는 한국형 클라우드 프로젝트에 참여한다": the subject
written before the name is no part of it) and organisations picked for it before a counted object ("A와 B 등 10개
기업을 X 프로젝트 참여 기업으로 선정했다") — rules/ko_partners.py; composed sentences with ones that give nothing."""

from __future__ import annotations

import pytest
from ko_facts import facts


def participates(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "PARTICIPATES_IN"}


def test_a_programme_right_after_the_subject_is_named_without_it() -> None:
    assert participates("한빛전자는 한국형 클라우드 프로젝트에 참여한다.") == {("한빛전자", "한국형 클라우드 프로젝트")}
    assert participates("한빛전자가 AI 반도체 실증 사업에 참여한다.") == {("한빛전자", "AI 반도체 실증 사업")}


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        (
            "과기정통부는 한빛전자와 가람전자 등 10개 기업을 한국형 클라우드 프로젝트 참여 기업으로 선정했다.",
            {"한빛전자", "가람전자"},
        ),
        ("과기정통부는 한빛전자를 포함한 10개 기업을 한국형 클라우드 프로젝트 참여 기업으로 선정했다.", {"한빛전자"}),
    ],
)
def test_organisations_named_before_a_counted_object_were_picked(text: str, chosen: set[str]) -> None:
    assert participates(text) == {(who, "한국형 클라우드 프로젝트") for who in chosen}


@pytest.mark.parametrize(
    "text",
    [
        "과기정통부는 한빛전자와 가람전자 등 10개 기업을 한국형 클라우드 프로젝트 참여 기업으로 선정할 계획이다.",
        "과기정통부는 한빛전자 등 10개 기업을 심사했다.",
        "한빛전자는 누리 클라우드 프로젝트에 참여하지 않는다.",
        "한빛전자는 누리 클라우드 프로젝트 참여를 검토 중이다.",
        "한빛전자는 이번 사업에 참여한다.",  # a determiner and the head name no programme
        "한빛전자는 카카오 AI 사업에 참여한다.",  # a field of a named company: no programme
    ],
)
def test_planned_denied_or_unnamed_programmes_give_nothing(text: str) -> None:
    assert participates(text) == set()


@pytest.mark.parametrize("count", ["30여개사가", "10개 대학이", "5개 팀이"])
def test_organisations_named_before_a_count_of_members_take_part(count: str) -> None:
    text = f"K-AI 얼라이언스에는 한빛전자와 가람전자를 포함해 {count} 참여하고 있다."
    assert participates(text) == {(who, "K-AI 얼라이언스") for who in ("한빛전자", "가람전자")}
