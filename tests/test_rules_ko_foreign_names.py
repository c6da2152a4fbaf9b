"""A transliterated foreign given name that starts like a Korean surname ("제임스" = 제 + 임스) is
not a Korean name: "제임스 박 ORG 교수" is the person 제임스 박 working for ORG."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, person, org",
    [
        ("제임스 박 서울대 교수는 이날 발표를 맡았다.", "제임스 박", "서울대학교"),
        ("서울대 제임스 박 교수는 말했다.", "제임스 박", "서울대학교"),
        ("마이클 김 카카오 부사장은 말했다.", "마이클 김", "카카오"),
        ("사티아 나델라 마이크로소프트 CEO는 말했다.", "사티아 나델라", "마이크로소프트"),
    ],
)
def test_foreign_given_name_and_surname(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, got


def test_a_korean_name_with_the_same_first_syllable_still_reads_as_korean() -> None:
    got = facts("제갈민수 카카오 부사장은 말했다. 한울전자 김도윤 대표도 참석했다.")
    assert ("WORKS_FOR", "제갈민수", "카카오") in got, got
    assert not any(k[1].startswith("한울전자") for k in got), got
