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
