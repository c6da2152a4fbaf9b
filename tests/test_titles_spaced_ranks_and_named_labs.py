"""Titles and founders in both languages: a Korean rank word written apart from its title ("수석 부사장", "공동 대표")
or glued to it ("수석부사장", not a unit "수석부" and its 사장) is the whole title; an English name ending in "Lab"
founded by a person describes no lab of the founder's; "P is the chief executive of Y" names a person."""

import pytest
from en_facts import en_facts
from ko_facts import facts


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("알렉스 린 엔비디아 수석 부사장은 이렇게 말했다.", "알렉스 린", "엔비디아", "수석 부사장"),
        ("한도윤 리벨리온 공동 대표는 기자들과 만났다.", "한도윤", "리벨리온", "공동 대표"),
        ("알렉스 린 엔비디아 수석부사장은 이렇게 말했다.", "알렉스 린", "엔비디아", "수석부사장"),
    ],
)
def test_a_rank_word_and_its_title_are_one_title(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


def test_a_unit_before_a_title_is_still_a_unit() -> None:
    got = facts("서지우 카카오 전략기획부 부장은 이렇게 말했다.")
    assert got.get(("WORKS_FOR", "서지우", "카카오"), {}).get("title") == "부장", got


def test_a_person_founding_a_lab_named_company_owns_no_unit() -> None:
    got = en_facts("Ilya Brandt founded Quillmark Lab after leaving Orbix.")
    assert ("ESTABLISHED", "Ilya Brandt", "Quillmark Lab") in got, got
    assert not any(k[0] == "PART_OF" for k in got), got


def test_a_company_setting_up_a_described_lab_owns_it() -> None:
    got = en_facts("Orbix set up a research lab, Orbix Neural Lab, in Toronto.")
    assert ("PART_OF", "Orbix Neural Lab", "Orbix") in got, got


def test_a_name_said_to_be_a_chief_executive_is_a_person() -> None:
    got = en_facts("Avi Geller is the chief executive of Quillmark.")
    assert got.get(("WORKS_FOR", "Avi Geller", "Quillmark"), {}).get("title") == "chief executive", got


def test_a_company_said_to_be_a_chief_supplier_is_no_person() -> None:
    got = en_facts("Velonix Robotics is the chief supplier of Quillmark.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got
