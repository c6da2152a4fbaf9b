"""ko_people and the recogniser's person readings: every order Korean news writes people in."""

import pytest
from ko_facts import facts


def title_of(got: dict, person: str, org: str) -> str:
    return got[("WORKS_FOR", person, org)].get("title", "")


def test_name_org_title_and_org_title_name() -> None:
    got = facts("김민수 비전로보틱스 대표는 말했다. 네이버 최고경영자 이영희는 발표했다.")
    assert title_of(got, "김민수", "비전로보틱스") == "대표"
    assert "최고경영자" in title_of(got, "이영희", "네이버")


def test_org_possessive_and_shared_organisation() -> None:
    got = facts("행사에는 한국정보통신기술협회의 박지훈 단장과 최유진 팀장이 참석했다.")
    assert title_of(got, "박지훈", "한국정보통신기술협회") == "단장"
    assert title_of(got, "최유진", "한국정보통신기술협회") == "팀장"


def test_title_glued_to_a_unit_and_title_after_a_unit_word() -> None:
    got = facts("정민호 과기정통부 인공지능정책과장과 윤서연 카카오 데이터팀 리더가 참석했다.")
    assert title_of(got, "정민호", "과학기술정보통신부") == "과장"
    assert title_of(got, "윤서연", "카카오") == "리더"


def test_university_unit_gives_works_for_the_university_and_part_of() -> None:
    got = facts("서울대 기계항공공학부 한동훈 교수가 연구를 이끈다.")
    assert title_of(got, "한동훈", "서울대학교") == "교수"
    assert any(k[0] == "PART_OF" and k[2] == "서울대학교" for k in got)


def test_foreign_name_with_gloss_country_and_new_role() -> None:
    got = facts("삼성전자는 세바스찬 승(승현준) 미국 프린스턴대학교 교수를 삼성리서치 소장에 선임했다.")
    assert title_of(got, "세바스찬 승", "프린스턴대학교") == "교수"
    assert title_of(got, "세바스찬 승", "삼성리서치") == "소장"


def test_leads_and_holds_orders() -> None:
    got = facts(
        "이번 투자에는 김태호 회장이 이끄는 누리인베스트먼트가 참여했다. 누리파트너스 회장을 맡고 있는 박상철은 말했다."
    )
    assert title_of(got, "김태호", "누리인베스트먼트") == "회장"
    assert title_of(got, "박상철", "누리파트너스") == "회장"


def test_later_reference_by_surname_and_title() -> None:
    got = facts("박정우 누리전자 사장은 투자를 발표했다. 박 사장은 카카오와 협력한다고 말했다.")
    assert title_of(got, "박정우", "누리전자") == "사장"


def test_founder_title_is_an_establishment() -> None:
    got = facts("이민호 누리랩스 창업자는 회사를 떠났다.")
    assert ("ESTABLISHED", "이민호", "누리랩스") in got


def test_single_foreign_word_before_a_title_is_not_a_person() -> None:
    got = facts("스카이레이크 회장을 지낸 인물이 나섰다. 구글 사장은 말했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_title_then_organisation_in_parentheses_and_title_with_copula() -> None:
    got = facts("홍길동 대표(카카오)는 말했다. 네이버 대표인 김영수는 답했다.")
    assert title_of(got, "홍길동", "카카오") == "대표"
    assert title_of(got, "김영수", "네이버") == "대표"


def test_organisation_appoints_one_of_its_people() -> None:
    got = facts("카카오는 홍길동 부사장을 신임 대표로 선임했다.")
    assert title_of(got, "홍길동", "카카오") == "대표"


def test_appointment_that_is_only_considered_gives_nothing() -> None:
    got = facts("카카오는 홍길동 부사장을 신임 대표로 선임하는 방안을 검토 중이다.")
    assert ("WORKS_FOR", "홍길동", "카카오") not in got or title_of(got, "홍길동", "카카오") == "부사장"


def test_person_described_as_holding_a_title_of_an_organisation() -> None:
    got = facts("박영수는 한빛전자의 회장이다. 빌 게이츠는 마이크로소프트의 공동 창업자이다.")
    assert title_of(got, "박영수", "한빛전자") == "회장"
    assert ("ESTABLISHED", "빌 게이츠", "마이크로소프트") in got


def test_former_role_is_marked_and_new_role_read_with_gloss() -> None:
    got = facts("카카오는 이민수 전 네이버 상무를 최고AI책임자(CAIO)로 영입했다.")
    assert got[("WORKS_FOR", "이민수", "네이버")].get("former") is True
    assert title_of(got, "이민수", "카카오") == "최고AI책임자"


def test_person_heading_an_organisation_unit() -> None:
    got = facts("앤드류 김(Andrew Kim) 박사가 LG전자 토론토 인공지능연구소를 이끈다.")
    assert ("WORKS_FOR", "앤드류 김", "LG전자") in got
    assert any(k[0] == "PART_OF" and k[2] == "LG전자" for k in got)


def test_founder_described_with_name_gloss_is_also_the_head() -> None:
    got = facts("다온로보틱스는 김민수 대표(미국명 존 김, John Kim)가 2017년 창업한 회사다.")
    assert got[("ESTABLISHED", "김민수", "다온로보틱스")]["date"] == "2017"
    assert title_of(got, "김민수", "다온로보틱스") == "대표"


def test_foreign_name_then_organisation_and_a_unit_head_title() -> None:
    got = facts("다니엘 리 삼성리서치 뉴욕 AI센터장은 말했다.")
    assert title_of(got, "다니엘 리", "삼성리서치") == "센터장"


def test_two_titles_after_an_unknown_company_are_not_part_of_its_name() -> None:
    got = facts("오하람 가온칩스 대표이사 사장은 이날 기조연설을 했다.")
    assert ("WORKS_FOR", "오하람", "가온칩스") in got, got
    assert not any("대표이사" in name for k in got for name in k[1:]), got


@pytest.mark.parametrize(
    "text",
    ["리벨리온의 공동창업자인 오하람 대표는 간담회에서 말했다.", "리벨리온 창업자인 오하람 대표는 간담회에서 말했다."],
)
def test_a_founder_described_before_the_name_established_the_company(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "오하람", "리벨리온") in got and ("WORKS_FOR", "오하람", "리벨리온") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온의 투자자인 오하람 대표는 간담회에서 말했다.",  # an investor is no founder
        "리벨리온 공동창업자가 아닌 오하람 대표는 간담회에서 말했다.",  # denied
    ],
)
def test_a_description_that_is_no_founding_establishes_nothing(text: str) -> None:
    assert ("ESTABLISHED", "오하람", "리벨리온") not in facts(text)


@pytest.mark.parametrize(
    "text, org",
    [
        ("오하람 교수(서울대 전기정보공학부)는 인재 부족을 지적했다.", "서울대학교"),
        ("오하람 수석연구원(LG AI연구원)은 모델을 소개했다.", "LG AI연구원"),
    ],
)
def test_a_titled_person_with_the_organisation_glossed_after_the_title(text: str, org: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "오하람", org) in got and title_of(got, "오하람", org) in text, got


def test_an_age_or_a_unit_word_alone_in_parentheses_is_no_organisation() -> None:
    got = facts("오하람 교수(52)는 발표를 맡았다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_named_lab_of_the_registry_is_the_employer_not_a_unit_of_its_group() -> None:
    got = facts("LG AI연구원 오하람 수석연구원은 모델을 소개했다.")
    assert ("WORKS_FOR", "오하람", "LG AI연구원") in got and ("WORKS_FOR", "오하람", "LG") not in got, got


def test_a_person_known_only_by_a_surname_gets_no_fact() -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts('리벨리온 최 대표는 "상장을 준비한다"고 말했다.'))


def test_a_surname_reference_after_the_full_name_is_that_person() -> None:
    got = facts("오하람 대표는 간담회를 열었다. 리벨리온 오 대표는 상장을 준비한다고 말했다.")
    assert ("WORKS_FOR", "오하람", "리벨리온") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "카이스트(KAIST) 물리학과 오하람 교수 연구팀이 새 기술을 내놓았다.",  # the owner written before the unit
        "KAIST는 문화기술대학원 오하람 교수 연구팀이 기술을 개발했다고 밝혔다.",  # the owner as the topic
    ],
)
def test_a_unit_naming_no_owner_belongs_to_the_organisation_before_it(text: str) -> None:
    got = facts(text)
    assert title_of(got, "오하람", "한국과학기술원") == "교수", got
    assert any(k[0] == "PART_OF" and k[2] == "한국과학기술원" for k in got), got


def test_a_unit_naming_no_owner_and_none_written_is_not_given_one() -> None:
    got = facts("물리학과 오하람 교수는 말했다.")
    assert not any(k[0] == "PART_OF" for k in got) and ("WORKS_FOR", "오하람", "한국과학기술원") not in got, got


@pytest.mark.parametrize("title", ["지사장", "지점장", "공장장"])
def test_heads_of_branches_and_plants_work_for_the_company(title: str) -> None:
    got = facts(f"김민수 한빛전자 {title}은 현지 투자를 늘리겠다고 밝혔다.")
    assert got.get(("WORKS_FOR", "김민수", "한빛전자"), {}).get("title") == title, got


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("누리로보틱스 사장을 지낸 한도윤은 새 회사를 차렸다.", "누리로보틱스", "사장"),
        ("지난해까지 누리그룹 회장을 역임한 한도윤이 강연에 나섰다.", "누리그룹", "회장"),
        ("한도윤은 누리로보틱스의 사장을 지냈다.", "누리로보틱스", "사장"),
        ("한도윤은 2015년까지 누리그룹 회장을 역임했으며 지금은 자문을 맡고 있다.", "누리그룹", "회장"),
    ],
)
def test_a_role_held_before_is_works_for_marked_former(text: str, org: str, title: str) -> None:
    got = facts(text)
    assert got[("WORKS_FOR", "한도윤", org)] == {"title": title, "former": True}


@pytest.mark.parametrize(
    "text",
    [
        "누리로보틱스 사장을 지내지 않은 한도윤이 강연했다.",  # negated
        "누리로보틱스 사장을 지낼 한도윤이 강연했다.",  # to come
        "한도윤은 누리로보틱스의 사장을 지내지 않았다.",  # negated
        "한도윤은 누리로보틱스 사장을 지냈다고 주장했지만 사실이 아니다.",  # a disputed claim
        "한도윤은 누리로보틱스 사장을 지냈을 가능성이 있다.",  # hedged
    ],
)
def test_a_past_role_negated_planned_or_hedged_gives_nothing(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "WORKS_FOR"]


def test_bank_head_title_links_the_person_to_the_bank() -> None:
    got = facts("이정민 한빛은행 행장은 금리 동결을 발표했다. 누리저축은행 박서준 행장도 참석했다.")
    assert title_of(got, "이정민", "한빛은행") == "행장"
    assert title_of(got, "박서준", "누리저축은행") == "행장"


def test_bank_head_word_without_a_name_gives_no_role() -> None:
    assert not facts("한빛은행은 새 행장 후보를 검토하고 있다.")
