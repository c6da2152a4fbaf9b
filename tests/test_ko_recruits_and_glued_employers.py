"""Korean people recruited or joining, and employers glued to Latin letters: a transliterated name with no title
that an organisation recruits ("메타는 P를 영입했다") or that joins one ("P는 ORG에 합류했다") is a person who works
there (talent, experts or headcounts recruited name no one); an employer whose name goes on in Latin letters
("김철수 다온AI 대표", "다온AI 김철수 대표") is the whole written word."""

from __future__ import annotations

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text, person, org",
    [
        ("베르타는 냇 크로프먼을 영입했다.", "냇 크로프먼", "베르타"),
        ("한빛전자는 다리오 벨트란을 영입했다.", "다리오 벨트란", "한빛전자"),
        ("한빛전자는 무스타파 알카시미를 최고기술책임자로 영입했다.", "무스타파 알카시미", "한빛전자"),
        ("노엄 벨트란은 누리테크에 합류했다.", "노엄 벨트란", "누리테크"),
        ("레오나르 뒤부아는 누리테크에 합류했다.", "레오나르 뒤부아", "누리테크"),
    ],
)
def test_a_recruited_or_joining_name_works_there(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, got


def test_the_role_recruited_to_is_the_title() -> None:
    got = facts("한빛전자는 무스타파 알카시미를 최고기술책임자로 영입했다.")
    assert got[("WORKS_FOR", "무스타파 알카시미", "한빛전자")].get("title") == "최고기술책임자", got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 AI 인재를 영입했다.",
        "한빛전자는 외부 전문가를 새로 영입했다.",
        "누리테크는 개발자 10명을 영입했다.",
        "누리테크는 한빛대 컨소시엄에 합류했다.",
        "보스턴 다이내믹스는 컨소시엄에 합류했다.",
    ],
)
def test_no_person_from_what_is_recruited_or_who_joins_unnamed(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_one_who_joins_is_no_organisation_taking_part() -> None:
    got = facts("노엄 벨트란은 누리테크에 합류했다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_hedged_recruitment_gives_no_role() -> None:
    got = facts("한빛전자는 다리오 벨트란을 영입할 계획이다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "김철수 다온AI 대표는 신규 모델을 공개했다.",
        "다온AI 김철수 대표는 신규 모델을 공개했다.",
        '박영희 누리X2 대표는 "매출 100억 원을 목표로 한다"고 말했다.',
    ],
)
def test_an_employer_glued_to_latin_letters_is_the_whole_word(text: str) -> None:
    got = facts(text)
    works = [k for k in got if k[0] == "WORKS_FOR"]
    assert len(works) == 1 and works[0][2] in ("다온AI", "누리X2"), got
    assert got[works[0]].get("title") == "대표", got


def test_a_latin_word_after_a_space_is_no_part_of_the_employer() -> None:
    assert "다온 AI" not in names("김철수 다온 AI 대표는 신규 모델을 공개했다.")
