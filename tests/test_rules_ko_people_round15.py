"""Round 15 of Korean people: wordings unseen news uses for who works where — a name Kiwi reads as an unknown
common noun before an organisation no source knew, a name opening a parenthesis, deputies' titles, an agency's
own suffix — and sentences that must give no employment or no current title (a former title next to a
founding, a condition)."""

import pytest
from ko_facts import facts

# (text, person, organisation, title): the person works for the organisation with that title
WORKS_FOR = [
    # an unknown common noun shaped like a name, then an organisation named by its suffix, then the title
    ("윤대희 신용보증기금 이사장은 “최대한 지원하겠다”고 말했다.", "윤대희", "신용보증기금", "이사장"),
    ("“AI가 핵심”이라고 윤대희 한빛신용보증기금 이사장은 말했다.", "윤대희", "한빛신용보증기금", "이사장"),
    # a two-syllable name opening a parenthesis that glosses a quote's speaker
    ("“연구비가 부족하다”(유진 KAIST 교수).", "유진", "한국과학기술원", "교수"),
    # deputies of agencies and institutes
    ("김도현 조달청 차장은 입찰 제도 개선안을 설명했다.", "김도현", "조달청", "차장"),
    ("이병구 한빛청 차장, 손정목 누리재단 이사장 등 150여 명이 참석했다.", "이병구", "한빛청", "차장"),
    ("박서연 한빛연구원 부원장은 연구 성과를 발표했다.", "박서연", "한빛연구원", "부원장"),
    # the rank of a numbered post before the title, a deputy prime minister's second role
    ("박지훈 보건복지부 1차관은 브리핑에서 말했다.", "박지훈", "보건복지부", "차관"),
    ("이날 정서윤 기재부 1차관과 김민수 누리전자 대표가 참석했다.", "정서윤", "기획재정부", "차관"),
    ("최도윤 부총리 겸 기획재정부 장관은 경제 전망을 밝혔다.", "최도윤", "기획재정부", "장관"),
    # an agency named by its own suffix (인증원, 평가원), the name no source knew
    ("정하늘 한국소프트웨어인증원 원장은 인증 기준을 밝혔다.", "정하늘", "한국소프트웨어인증원", "원장"),
    ("최민준 한국교육과정평가원 원장은 출제 방향을 설명했다.", "최민준", "한국교육과정평가원", "원장"),
    # a local government with its head glossed: the head's name Kiwi does not know, the county after its province
    ("광명시(시장 강인규)는 13일 수료식을 개최했다고 밝혔다.", "강인규", "광명시", "시장"),
    ("경기 누리군(군수 정동균)은 지난 1일 행사를 열었다.", "정동균", "누리군", "군수"),
    ("누리텍(대표 윤대희)은 투자를 유치했다.", "윤대희", "누리텍", "대표"),
    # a role now held, glossed with a former one: both are read
    (
        "박민호 한국공학교육인증원 이사장(전 한빛전자 부회장)은 인터뷰에서 말했다.",
        "박민호",
        "한국공학교육인증원",
        "이사장",
    ),
]


@pytest.mark.parametrize(("text", "person", "org", "title"), WORKS_FOR)
def test_works_for(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)].get("title") == title
    assert not got[("WORKS_FOR", person, org)].get("former")


def test_former_role_in_gloss_stays_former() -> None:
    got = facts("박민호 한국공학교육인증원 이사장(전 한빛전자 부회장)은 인터뷰에서 말했다.")
    assert got[("WORKS_FOR", "박민호", "한빛전자")] == {"title": "부회장", "former": True}


def test_founder_with_a_former_title_gets_no_current_title() -> None:
    """ "진 전 장관이 … 설립한 X": the former minister founded X; 장관 is no title at X."""
    got = facts(
        "박태준 전 장관이 2010년 설립한 누리파트너스는 투자했다. 누리파트너스는 박 전 장관이 퇴임 후 2010년 세운 운용사다."
    )
    assert ("ESTABLISHED", "박태준", "누리파트너스") in got
    assert got.get(("WORKS_FOR", "박태준", "누리파트너스"), {}).get("title") != "장관"


def test_founder_with_a_former_title_keeps_the_title_held_now() -> None:
    got = facts(
        "진대제 전 한빛부 장관이 누리칩의 2대 주주가 됐다. 스카이호크는 진 전 장관이 퇴임 후 2006년 설립한 "
        "운용사다. 스카이호크 회장을 맡고 있는 진 전 장관은 투자를 이끌었다."
    )
    assert got[("WORKS_FOR", "진대제", "스카이호크")].get("title") == "회장"


def test_current_founder_title_still_given() -> None:
    got = facts("한빛랩스는 김민수 대표가 2019년 세운 회사다.")
    assert got[("WORKS_FOR", "김민수", "한빛랩스")] == {"title": "대표"}


def test_leading_gives_employment_without_a_title() -> None:
    """ "X를 이끄는 P": P heads X, but the wording names no title (CEO, chair or founder): none is invented."""
    got = facts("오픈AI를 이끄는 샘 올트먼은 새 모델을 공개했다.")
    assert got[("WORKS_FOR", "샘 올트먼", "오픈AI")] == {}


NO_WORKS_FOR = [
    # a condition on becoming or being: no fact
    ("만약 김민수가 누리전자 대표가 된다면 회사는 달라질 것이다.", "김민수", "누리전자"),
    ("이도윤이 한빛테크 사장이었다면 투자는 없었을 것이다.", "이도윤", "한빛테크"),
    # merely near an organisation
    ("김민수 씨는 누리전자 행사에 참석했다.", "김민수", "누리전자"),
    # another company's head met
    ("박현우 누리전자 대표는 한빛테크 대표와 만났다.", "박현우", "한빛테크"),
    # an appointment only planned
    ("누리전자는 김민수 대표를 선임할 계획이다.", "김민수", "누리전자"),
    # an ordinal of a stake, not of a post
    ("한빛전자 1대 주주인 김민수 대표는 말했다.", "김민수", "한빛전자"),
    # a county in an address, a photo credit in parentheses
    ("경북 누리군 주민 김민수 씨는 축제에 참석했다.", "김민수", "누리군"),
    ("누리텍(사진 김민수)은 신제품을 공개했다.", "김민수", "누리텍"),
    # a known noun ending in an agency suffix is no organisation: no employer read from it
    ("김민수 평가원 원장은 말했다.", "김민수", "평가원"),
]


@pytest.mark.parametrize(("text", "person", "org"), NO_WORKS_FOR)
def test_no_works_for(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_saying_is_no_condition() -> None:
    """ "…이라면서" (saying) is no hedge: the title read before it stands."""
    got = facts("김민수 누리전자 대표는 AI가 핵심이라면서 투자를 늘리겠다고 말했다.")
    assert got[("WORKS_FOR", "김민수", "누리전자")] == {"title": "대표"}


def test_each_gloss_names_the_head_of_the_body_right_before_it() -> None:
    """ "A군(군수 P)은 … B(대표 Q)와 협약을 체결했다": Q heads B, not A, and B is still A's partner."""
    got = facts("영암군(군수 김준성)은 지난 5일 농업회사법인 한빛농산(대표 오규석)과 판로확대 업무협약을 체결했다.")
    assert got[("WORKS_FOR", "김준성", "영암군")] == {"title": "군수"}
    assert got[("WORKS_FOR", "오규석", "한빛농산")] == {"title": "대표"}
    assert ("WORKS_FOR", "오규석", "영암군") not in got
    assert ("PARTNERS_WITH", "영암군", "한빛농산") in got or ("PARTNERS_WITH", "한빛농산", "영암군") in got


def test_a_gloss_gives_its_own_title_to_its_organisation() -> None:
    """ "P ORG 1차장(ORG2 장관)": P is ORG2's 장관, not its 차장."""
    got = facts("김도현 중앙재난안전대책본부 1차장(보건복지부 장관)이 4일 브리핑에서 밝혔다.")
    assert got[("WORKS_FOR", "김도현", "보건복지부")] == {"title": "장관"}
    assert got[("WORKS_FOR", "김도현", "중앙재난안전대책본부")] == {"title": "차장"}
