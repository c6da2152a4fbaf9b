"""Taking up a post, written as a move ("T로 취임했다", "T 자리에 오른", "ORG로 자리를 옮겼다", "이직했다"), and a
person named with the honorific 씨 as the subject; a move only rumoured, planned or possible gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("박민수 대표는 지난 3월 다온로보틱스 대표로 취임했다.", "박민수", "다온로보틱스", "대표"),
        ("박민수 부사장은 다온로보틱스 최고기술책임자로 합류한다.", "박민수", "다온로보틱스", "최고기술책임자"),
        ("박민수 씨가 다온로보틱스 대표로 자리를 옮겼다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스 대표 자리에 오른 박민수 씨는 취임사를 했다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스 신임 대표로 선임된 박민수 부사장은 취임사를 했다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스는 박민수 최고기술책임자(CTO)를 새 대표이사로 내정했다.", "박민수", "다온로보틱스", "대표이사"),
    ],
)
def test_a_post_taken_up(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "한지민 씨는 지난해 다온로보틱스로 이직했다.",
        "한지민 씨는 다온로보틱스에 합류했다.",
        "네이버 대표를 지낸 한지민 씨는 다온로보틱스로 자리를 옮겼다.",
    ],
)
def test_a_move_to_an_organisation(text: str) -> None:
    assert ("WORKS_FOR", "한지민", "다온로보틱스") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한지민 씨는 다온로보틱스로 이직할 계획이다.",
        "박민수 씨가 다온로보틱스 대표로 자리를 옮길 것이라는 관측이 나온다.",
        "박민수 씨가 다온로보틱스 대표로 선임될 가능성이 있다.",
        "박민수 부사장이 다온로보틱스 대표로 취임할 수도 있다.",
    ],
)
def test_a_move_not_made_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "다온로보틱스" for k in facts(text)), facts(text)


def test_titles_joined_by_gyeom_are_no_unit() -> None:
    got = facts("김철수 가람테크 대표이사 겸 최고경영자(CEO)는 이날 기조연설을 했다.")
    assert got.get(("WORKS_FOR", "김철수", "가람테크"), {}).get("title") == "대표이사", got
    assert not any(k[0] == "PART_OF" for k in got), got


@pytest.mark.parametrize("university", ["오사카대", "상하이대"])  # places outside the registry
def test_a_place_and_dae_is_a_university_not_a_surname_and_name(university: str) -> None:
    got = facts(f"다나카 히로시 {university} 교수는 강연에서 밝혔다.")
    assert got.get(("WORKS_FOR", "다나카 히로시", university), {}).get("title") == "교수", got


@pytest.mark.parametrize(
    "text, pair",
    [
        ("다온로보틱스는 김영수 가람대 교수팀과 공동 연구를 진행했다.", {"다온로보틱스", "가람대"}),
        ("김영수 가람대 교수팀과 이민정 다온대 교수팀이 공동 연구를 진행했다.", {"가람대", "다온대"}),
        ("김영수 가람대 교수 연구팀과 이민정 다온대 교수 연구팀이 공동 연구를 진행했다.", {"가람대", "다온대"}),
    ],
)
def test_a_professors_team_partners_for_the_university(text: str, pair: set[str]) -> None:
    got = facts(text)
    assert any(k[0] == "PARTNERS_WITH" and {k[1], k[2]} == pair for k in got), got
    assert got.get(("WORKS_FOR", "김영수", "가람대"), {}).get("title") == "교수", got


@pytest.mark.parametrize(
    "text",
    [
        "김영수 가람대 교수팀과 이민정 다온대 교수팀이 공동 연구를 검토하고 있다.",
        "다온로보틱스는 김영수 교수와 공동 연구를 진행했다.",  # a person with no organisation written: no partner
    ],
)
def test_no_partnership_from_a_plan_or_an_unaffiliated_person(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text, org",
    [
        ("김민수 구글 클라우드 코리아 사장은 이날 기자간담회에서 밝혔다.", "구글 클라우드 코리아"),
        ("김민수 구글 코리아 사장은 이날 밝혔다.", "구글 코리아"),
    ],
)
def test_a_business_and_its_regional_unit_after_a_known_name(text: str, org: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "김민수", org), {}).get("title") == "사장", got
    assert not any(k[1] == "클라우드 코리아" for k in got), got  # no person made of the unit's words


@pytest.mark.parametrize(
    "text, title",
    [
        ("박민수 씨는 다온로보틱스 대표직에서 사임했다.", "대표"),
        ("박민수 씨는 2023년 다온로보틱스 대표에서 물러났다.", "대표"),
        ("박민수 씨는 다온로보틱스를 떠나 가람테크에 합류했다.", None),
    ],
)
def test_a_role_left_is_a_former_role(text: str, title: str | None) -> None:
    got = facts(text).get(("WORKS_FOR", "박민수", "다온로보틱스"))
    assert got is not None and got.get("former") is True and got.get("title") == title, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "박민수 씨는 다온로보틱스 대표직에서 물러날 것으로 알려졌다.",
        "박민수 씨가 다온로보틱스를 떠날 가능성이 제기됐다.",
        "박민수 대표는 다온로보틱스를 떠나지 않겠다고 밝혔다.",
    ],
)
def test_a_departure_only_expected_or_denied_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "다온로보틱스" for k in facts(text)), facts(text)


def test_an_unknown_employer_glossed_after_the_title() -> None:
    got = facts("박민수 대표(노타)는 이날 발표했다.")
    assert got.get(("WORKS_FOR", "박민수", "노타"), {}).get("title") == "대표", got


@pytest.mark.parametrize("gloss", ["45", "서울", "사진", "왼쪽", "김철수"])
def test_an_age_place_photo_note_or_name_glossed_is_no_employer(gloss: str) -> None:
    got = facts(f"박민수 대표({gloss})는 이날 발표했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_description_before_a_country_and_university_is_no_foreign_name() -> None:
    got = facts("사진 전문가 영국 서리대학교 앤드류 파이 박사와 라두 스토레아 박사는 팁을 공개했다.")
    assert not any(k[1] == "사진 전문가" for k in got), got
    assert not any("앤드류" in k[2] for k in got), got  # the person is not glued into the university
    assert ("WORKS_FOR", "앤드류 파이", "서리대학교") in got, got
