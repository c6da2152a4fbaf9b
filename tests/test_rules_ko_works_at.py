"""A person working at an organisation written with 에서 and a verb of working (sentences composed for
these tests); wishes, plans, denials and places give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, title",
    [
        ("김민준은 한솔전자에서 10년간 근무했다.", None),
        ("김민준은 현재 한솔전자에서 AI 연구원으로 일하고 있다.", "연구원"),
        ("김민준은 한솔전자에서 재직하며 검색 엔진을 만들었다.", None),
    ],
)
def test_a_person_working_at_an_organisation(text: str, title: str | None) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "김민준", "한솔전자") in got, got
    assert got[("WORKS_FOR", "김민준", "한솔전자")].get("title") == title, got


def test_every_enumerated_workplace() -> None:
    got = facts("김민준은 한솔전자와 LG전자에서 근무했다.")
    assert ("WORKS_FOR", "김민준", "한솔전자") in got and ("WORKS_FOR", "김민준", "LG전자") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "김민준은 한솔전자에서 근무한 적이 없다.",
        "김민준은 한솔전자에서 근무하고 싶다고 말했다.",
        "김민준은 한솔전자에서 근무할 예정이다.",
        "김민준은 한솔전자에서 강연했다.",
        "김민준은 서울에서 근무했다.",
    ],
)
def test_no_fact_of_working_there(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("김민준 씨는 한솔전자의 대표를 맡고 있다.", "대표"),
        ("한솔전자 최고경영자(CEO)인 김민준 대표는 이날 신제품을 공개했다.", "대표"),
        ("한솔전자 최고기술책임자(CTO)인 김민준 부사장은 이날 로드맵을 발표했다.", "부사장"),
    ],
)
def test_a_role_held_at_an_organisation_written_with_의_or_a_glossed_title(text: str, title: str) -> None:
    got = facts(text)
    assert got[("WORKS_FOR", "김민준", "한솔전자")].get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자의 대표를 맡았던 김민준 씨는 지난해 퇴임했다.",
        "김민준 씨는 한솔전자의 대표를 맡을 예정이다.",
        "김민준 씨는 한솔전자의 대표를 맡지 않는다.",
        "김민준 씨는 한솔전자의 제품을 맡고 있다.",
        "한솔전자 최고경영자(CEO)였던 김민준 씨는 퇴임했다.",
    ],
)
def test_a_former_planned_or_denied_role_or_no_title_gives_nothing(text: str) -> None:
    # a role held before may be kept, marked former (ko_people), but is never a current role
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == "한솔전자" and not v.get("former") for k, v in got.items()), got
