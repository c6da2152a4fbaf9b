"""A spin-off described through the unit it came from: "Y는 X의 AI 사업부가 분사해 설립된 회사다" makes the
topic Y the spin-off of X, as "X의 AI 사업부가 분사해 Y로 출범했다" already did; a unit spun off while the topic
only reacts to it ("X는 Z의 사업부가 분사하자 …") makes nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "셀로직은 다온테크의 AI 사업부가 분사해 설립된 회사다.",
        "셀로직은 다온테크의 로봇 사업부가 분사해 세운 스타트업이다.",
    ],
)
def test_the_topic_is_the_spin_off_of_the_units_owner(text: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", "셀로직", "다온테크") in got, got


def test_a_unit_spun_off_that_the_topic_only_reacts_to_makes_nothing() -> None:
    got = facts("다온테크는 셀로직의 AI 사업부가 분사하자 인력을 채용했다.")
    assert not any(t == "SPUN_OFF_FROM" for t, _, _ in got), got


def test_the_new_name_in_ro_still_wins_over_the_topic() -> None:
    got = facts("셀로직은 다온테크의 AI 사업부가 분사해 셀로직AI로 출범했다고 밝혔다.")
    assert ("SPUN_OFF_FROM", "셀로직AI", "다온테크") in got, got
    assert ("SPUN_OFF_FROM", "셀로직", "다온테크") not in got, got
