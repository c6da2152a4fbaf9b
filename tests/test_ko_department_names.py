"""A department's name ends in 과 ("전자공학과", "인공지능학과"): that syllable is the name's, not the particle
와/과, so the professor works for the university and the whole department is part of it (before, "한양대 전자공학"
was read as the organisation and the professor tied to that fragment)."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "person", "university", "department"),
    [
        ("한양대 전자공학과 박지훈 교수는 새 반도체 소자를 개발했다.", "박지훈", "한양대학교", "한양대학교 전자공학과"),
        (
            "고려대 인공지능학과 이성환 교수 연구팀은 뇌파 기반 AI 기술을 연구하고 있다.",
            "이성환",
            "고려대학교",
            "고려대학교 인공지능학과",
        ),
        (
            "경희대 산업경영공학과 최윤정 교수는 물류 로봇을 공개했다.",
            "최윤정",
            "경희대학교",
            "경희대학교 산업경영공학과",
        ),
    ],
)
def test_a_department_ending_in_gwa_is_whole(text: str, person: str, university: str, department: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, university) in got, got
    assert ("PART_OF", department, university) in got, got
    assert not any(n.endswith("학") for n in names(text)), names(text)


def test_a_real_particle_gwa_after_a_name_is_still_cut() -> None:
    got = facts("누리과학과 한빛랩스는 물류 로봇 공동 개발을 위한 업무협약을 맺었다.")
    assert {("PARTNERS_WITH", "누리과학", "한빛랩스"), ("PARTNERS_WITH", "한빛랩스", "누리과학")} & set(got), got
