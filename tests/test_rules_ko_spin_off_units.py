"""Spin-offs from a named unit of a company (sentences composed for these tests)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리텍은 가람전자의 AI 연구조직에서 분사한 스타트업이다.",
        "누리텍은 가람전자의 사내벤처에서 분사했다.",
    ],
)
def test_a_spin_off_from_a_unit_of_the_owner_in_의(text: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", "누리텍", "가람전자") in got, got
    assert ("PART_OF", "누리텍", "가람전자") not in got, got  # it left the company


def test_an_in_house_venture_not_spun_off_is_still_part_of_it() -> None:
    got = facts("누리텍은 가람전자 사내벤처다.")
    assert ("PART_OF", "누리텍", "가람전자") in got, got
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "누리텍은 가람전자의 AI 연구조직에서 분사할 예정이다.",
        "누리텍은 가람전자의 AI 연구조직에서 분사하지 않고 남기로 했다.",
    ],
)
def test_a_planned_or_denied_spin_off_gives_nothing(text: str) -> None:
    assert not any(k[0] == "SPUN_OFF_FROM" for k in facts(text))
