"""Professors and their research teams as science news writes them (sentences composed for these tests)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize("joiner", ["·", ", "])
def test_names_joined_before_a_shared_organisation_and_title(joiner: str) -> None:
    got = facts(f"김서연{joiner}박민호 고려대 교수 연구팀은 새 촉매를 개발했다.")
    assert got.get(("WORKS_FOR", "김서연", "고려대학교")) == {"title": "교수"}, got
    assert got.get(("WORKS_FOR", "박민호", "고려대학교")) == {"title": "교수"}, got


def test_a_name_with_its_own_honorific_takes_no_ones_title() -> None:
    got = facts("김서연 씨와 박민호 고려대 교수는 새 촉매를 함께 소개했다.")
    assert ("WORKS_FOR", "박민호", "고려대학교") in got, got
    assert not any(k[0] == "WORKS_FOR" and k[1] == "김서연" for k in got), got


def test_a_couple_meeting_a_team_works_for_nobody() -> None:
    got = facts("김서연·박민호 부부는 고려대 교수팀과 만났다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_college_as_topic_owns_the_department_of_the_team() -> None:
    got = facts("고려대 공대는 화학공학과 김서연 교수 연구팀이 새 촉매를 개발했다고 밝혔다.")
    assert got.get(("WORKS_FOR", "김서연", "고려대학교")) == {"title": "교수"}, got
    assert ("PART_OF", "고려대학교 화학공학과", "고려대학교") in got, got  # a bare unit is named with its body
    assert not any(k[0] == "WORKS_FOR" and k[2].endswith("화학공학과") for k in got), got
