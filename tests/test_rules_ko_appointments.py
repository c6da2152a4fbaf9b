"""Appointments as Korean news writes them: the person with an honorific ("씨를"), a unit head's
title as one or two words ("AI 센터장으로"), and the passive ("P는 ORG T로 선임됐다"); a considered
appointment is no fact."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, org, title",
    [
        ("카카오는 이상호 씨를 최고AI책임자(CAIO)로 선임했다.", "카카오", "최고AI책임자"),
        ("삼성전자는 이상호 전 SK텔레콤 부사장을 AI 센터장으로 영입했다.", "삼성전자", "센터장"),
        ("삼성전자는 이상호 전 SK텔레콤 부사장을 신임 AI센터장으로 영입했다.", "삼성전자", "AI센터장"),
        ("이상호 박사는 카카오 CAIO로 선임됐다.", "카카오", "CAIO"),
        ("정신아 카카오벤처스 대표가 카카오 신임 대표로 내정됐다.", "카카오", "대표"),
    ],
)
def test_the_new_role(text: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "이상호" if "이상호" in text else "정신아", org), {}).get("title") == title, got


def test_the_former_role_stays_former() -> None:
    got = facts("삼성전자는 이상호 전 SK텔레콤 부사장을 AI 센터장으로 영입했다.")
    assert got[("WORKS_FOR", "이상호", "SK텔레콤")].get("former") is True, got


def test_an_organisation_named_with_the_role_is_the_employer() -> None:
    got = facts("네이버는 김철수 교수를 네이버클라우드 센터장으로 선임했다.")
    assert ("WORKS_FOR", "김철수", "네이버") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 김철수 부사장을 신임 대표로 선임하는 방안을 검토하고 있다.",
        "이상호 박사는 카카오 CAIO로 선임될 가능성이 크다.",
        "카카오는 이상호 씨를 CAIO로 선임하지 않았다.",
    ],
)
def test_a_considered_or_denied_appointment_is_no_fact(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("네이버", "카카오") for k in got), got


def test_a_former_affiliation_without_a_listed_title_before_the_new_role() -> None:
    got = facts("카카오는 박은서 전 메타 엔지니어를 최고기술책임자로 영입했다.")
    assert got.get(("WORKS_FOR", "박은서", "카카오"), {}).get("title") == "최고기술책임자", got
    assert ("WORKS_FOR", "박은서", "메타") not in got or got[("WORKS_FOR", "박은서", "메타")].get("former")


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 박은서 전 메타 엔지니어를 최고기술책임자로 영입할 계획이다.",  # planned
        "카카오는 박은서 전 메타 엔지니어를 최고기술책임자로 영입하지 않았다.",  # negated
        "카카오는 박은서 전 메타 엔지니어를 최고기술책임자로 영입하는 방안을 검토 중이다.",  # considered
        "카카오는 박은서 씨를 최고기술책임자로 선임할 예정이다.",  # planned
    ],
)
def test_a_planned_negated_or_considered_appointment_gives_no_new_role(text: str) -> None:
    assert ("WORKS_FOR", "박은서", "카카오") not in facts(text)
