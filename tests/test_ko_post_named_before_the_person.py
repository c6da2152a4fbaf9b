"""A post named before the person who takes it: "ORG가 신임 대표로 P (전 ORG2 T)를 선임했다" (the appointer written
with 이/가, not only as a topic) and "ORG(의) 대표는 P가 맡았다" make P the head of ORG, besides the former role; a
post still weighed or reported as a plan is none, and a subject inside a relative clause appoints no one."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리클래스가 신임 대표로 최민석 전 한빛전자 상무를 선임했다.",
        "누리클래스 대표는 최민석 전 한빛전자 본부장이 맡았다.",
        "누리클래스의 대표는 최민석 씨가 맡는다.",
    ],
)
def test_the_post_named_first_is_the_persons(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "최민석", "누리클래스"), {}).get("title") == "대표", got


def test_the_former_role_stays_former() -> None:
    got = facts("누리클래스가 신임 대표로 최민석 전 한빛전자 상무를 선임했다.")
    assert got.get(("WORKS_FOR", "최민석", "한빛전자"), {}).get("former") is True, got


@pytest.mark.parametrize(
    "text",
    [
        "누리클래스의 대표는 최민석 씨가 맡을 것으로 알려졌다.",
        "누리클래스 대표는 최민석 본부장이 맡을지 검토 중이다.",
    ],
)
def test_a_post_weighed_is_no_role(text: str) -> None:
    assert ("WORKS_FOR", "최민석", "누리클래스") not in facts(text), facts(text)


def test_the_subject_of_a_relative_clause_appoints_no_one() -> None:
    got = facts("한빛전자가 투자한 누리랩스는 신임 대표로 최민석 씨를 선임했다.")
    assert ("WORKS_FOR", "최민석", "누리랩스") in got and ("WORKS_FOR", "최민석", "한빛전자") not in got, got
