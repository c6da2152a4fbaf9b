"""Korean people, round 20: who works where in appointment news and bylines — board seats and advisers appointed
("P를 사외이사로 선임", "P를 기술고문으로 위촉"), heads named together ("ORG P1·P2 공동대표"), a foreign name after its
employer ("ORG 사라 김 부사장"), a unit head after a field word ("NHN AI 사업부장 P", "P KT AI 사업부장") — and what
must give nothing: a post to come, a denied one, a person merely mentioned with a company."""

import pytest
from ko_facts import facts

# (text, person, organisation, title)
WORKS_FOR = [
    # a board seat or an advisory post the company appoints someone to
    ("한빛전자는 하준호 전 누리랩스 부사장을 사외이사로 선임했다고 20일 밝혔다.", "하준호", "한빛전자", "사외이사"),
    ("다온소프트는 박서준 전 한빛은행 부행장을 사외이사로 신규 선임했다.", "박서준", "다온소프트", "사외이사"),
    ("가람테크는 김도윤 누리대 교수를 기술고문으로 위촉했다.", "김도윤", "가람테크", "기술고문"),
    ("누리랩스는 최유리 박사를 자문위원으로 위촉했다고 밝혔다.", "최유리", "누리랩스", "자문위원"),
    # re-appointed, by the company or its board or shareholders' meeting
    ("한빛전자 이사회는 하준호 사장을 대표이사로 재선임했다.", "하준호", "한빛전자", "대표이사"),
    ("가람테크는 주주총회에서 이서연 부사장을 사내이사로 재선임했다.", "이서연", "가람테크", "사내이사"),
    # heads written together, a middle dot between their names
    ('가람테크 이서연·박정민 공동대표는 "올해 매출 100억원을 넘기겠다"고 말했다.', "이서연", "가람테크", "공동대표"),
    ('가람테크 이서연·박정민 공동대표는 "올해 매출 100억원을 넘기겠다"고 말했다.', "박정민", "가람테크", "공동대표"),
    ("다온소프트 윤지호·강도윤 각자대표는 투자 유치 배경을 설명했다.", "윤지호", "다온소프트", "각자대표"),
    # a foreign name of two words right after its employer
    ('누리랩스 사라 김 부사장은 "한국 시장이 중요하다"고 말했다.', "사라 김", "누리랩스", "부사장"),
    # a unit head's title after the field the unit works in
    ("NHN AI 사업부장 하준호는 이날 기자간담회에서 신규 서비스를 소개했다.", "하준호", "NHN", "사업부장"),
    ("하준호 NHN AI 사업부장은 이날 신규 서비스를 소개했다.", "하준호", "NHN", "사업부장"),
    ("하준호 가람테크 글로벌 사업부장은 해외 진출 계획을 밝혔다.", "하준호", "가람테크", "사업부장"),
    # a body and its head's title in one word, opening the clause before the name
    ("정보통신산업진흥원장 박서준은 지원 사업을 설명했다.", "박서준", "정보통신산업진흥원", "원장"),
    ("한빛은행장 이수진은 금리 인하 가능성을 언급했다.", "이수진", "한빛은행", "행장"),
    # a university's short form before a department or a professor, though it has a name's shape ("한빛대")
    ("한빛대 김도윤 교수는 새 알고리즘을 소개했다.", "김도윤", "한빛대", "교수"),
    ("한빛대 인공지능학과 김도윤 교수 연구팀은 새 알고리즘을 개발했다.", "김도윤", "한빛대", "교수"),
]


# (text, person, organisation, title): a role held before, 전 between the organisation and the title
FORMER = [
    ("하준호 가람테크 전 대표는 새 회사를 세웠다.", "하준호", "가람테크", "대표"),
    ("윤지호 다온소프트 전 의장은 이날 강연에서 창업 경험을 소개했다.", "윤지호", "다온소프트", "의장"),
    ("하준호 한빛전자 전 부사장이 가람테크 대표로 자리를 옮겼다.", "하준호", "한빛전자", "부사장"),
]


@pytest.mark.parametrize(("text", "person", "org", "title"), FORMER)
def test_former_role(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)] == {"title": title, "former": True}


def test_all_staff_is_no_former_role() -> None:
    got = facts("하준호 가람테크 대표는 전 직원에게 메일을 보냈다.")
    assert got[("WORKS_FOR", "하준호", "가람테크")] == {"title": "대표"}


@pytest.mark.parametrize(("text", "person", "org", "title"), WORKS_FOR)
def test_works_for(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)].get("title", "") == title


NO_WORKS_FOR = [
    # planned, negated, hedged, hypothetical appointments
    ("가람테크는 김도윤 누리대 교수를 기술고문으로 위촉할 계획이다.", "김도윤", "가람테크"),
    ("한빛전자는 하준호 부사장을 사외이사로 선임하지 않기로 했다.", "하준호", "한빛전자"),
    ("하준호 부사장이 한빛전자 사외이사로 선임될 가능성이 있다.", "하준호", "한빛전자"),
    ("업계에서는 하준호 씨가 한빛전자 사외이사로 선임될 것이라는 관측이 나온다.", "하준호", "한빛전자"),
    ("만약 하준호 씨가 누리랩스 사외이사가 된다면 회사는 달라질 것이다.", "하준호", "누리랩스"),
    ("가람테크 이사회는 이서연 부사장을 신임 대표로 선임할 예정이다.", "이서연", "가람테크"),
    ("한빛전자 이사회는 하준호 사장을 대표이사로 재선임하지 않기로 했다.", "하준호", "한빛전자"),
    # the board is no employer of its own
    ("한빛전자 이사회는 하준호 사장을 대표이사로 재선임했다.", "하준호", "한빛전자 이사회"),
    # the first of two names is no organisation, and the employer no person
    ('가람테크 이서연·박정민 공동대표는 "올해 매출 100억원을 넘기겠다"고 말했다.', "박정민", "가람테크 이서연"),
    ('누리랩스 사라 김 부사장은 "한국 시장이 중요하다"고 말했다.', "누리랩스 사라", "김"),
    # a word ending in 장 that names no body ("공사장": a building site)
    ("공사장 김민수 씨는 사고 경위를 설명했다.", "김민수", "공사"),
    # the university's short form is no person, the professor no organisation
    ("한빛대 김도윤 교수는 새 알고리즘을 소개했다.", "한빛대", "김도윤"),
    ("한빛대 인공지능학과 김도윤 교수 연구팀은 새 알고리즘을 개발했다.", "한빛대", "인공지능학과"),
    # a person merely mentioned with another company
    ("하준호 NHN AI 사업부장은 한빛전자 제품을 썼다.", "하준호", "한빛전자"),
    ("하준호 가람테크 대표는 한빛전자와 협력을 논의했다.", "하준호", "한빛전자"),
    ("이서연 대표는 한빛전자를 방문해 시연을 지켜봤다.", "이서연", "한빛전자"),
]


@pytest.mark.parametrize(("text", "person", "org"), NO_WORKS_FOR)
def test_no_works_for(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_department_is_part_of_the_university() -> None:
    got = facts("한빛대 인공지능학과 김도윤 교수 연구팀은 새 알고리즘을 개발했다.")
    assert ("PART_OF", "한빛대 인공지능학과", "한빛대") in got, sorted(got)
    assert ("WORKS_FOR", "김도윤", "인공지능학과") not in got


def test_meeting_after_the_name_stays_the_company() -> None:
    """The board or meeting read as part of the tagger's span is cut off; the company keeps its people."""
    got = facts("다온소프트 임시주주총회는 윤지호 전무를 사내이사로 선임했다.")
    assert got.get(("WORKS_FOR", "윤지호", "다온소프트")) == {"title": "사내이사"}, sorted(got)
    assert not any(k[0] == "PART_OF" for k in got), sorted(got)  # a meeting is no unit
    got = facts("누리랩스 이사회 의장 하준호는 배당 확대를 약속했다.")
    assert got.get(("WORKS_FOR", "하준호", "누리랩스")) == {"title": "의장"}, sorted(got)


def test_unit_head_title_is_no_part_of_the_name() -> None:
    """ "ORG 반도체연구소장 P 부사장": the tagger's span over the unit head's title is cut to the company."""
    got = facts("한빛전자 반도체연구소장 최유리 부사장은 차세대 메모리를 소개했다.")
    assert got.get(("WORKS_FOR", "최유리", "한빛전자")) == {"title": "부사장"}, sorted(got)
    assert not any(k[1].endswith("연구소장") for k in got), sorted(got)


def test_second_role_on_a_board() -> None:
    """ "P ORG 대표 겸 ORG2 이사회 의장": the board the second title is held on is written between."""
    got = facts("하준호 가람테크 대표 겸 누리랩스 이사회 의장은 이날 행사에 참석했다.")
    assert got.get(("WORKS_FOR", "하준호", "누리랩스")) == {"title": "의장"}, sorted(got)
    assert got.get(("WORKS_FOR", "하준호", "가람테크")) == {"title": "대표"}, sorted(got)


def test_field_words_alone_name_no_employer() -> None:
    got = facts("하준호 국내 AI 교수는 새 알고리즘을 소개했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)
