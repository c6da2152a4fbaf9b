"""Round 13 of Korean people: the orders news writes a person and their organisation in, including the ones
the rules missed on unseen news (a ministry the tagger split, a name Kiwi read as a noun, an employer only
written between a name and its title, a second role after 겸, the head of the body the previous sentence was
about, a role before 출신), and sentences that must give no employment."""

import pytest
from ko_facts import facts

# (text, person, organisation, title): the person works for the organisation with that title
WORKS_FOR = [
    ("김하준 누리소프트 대표는 'AI 투자를 늘리겠다'고 말했다.", "김하준", "누리소프트", "대표"),
    ("카카오 대표 정서윤은 올해 AI 투자를 늘리겠다고 밝혔다.", "정서윤", "카카오", "대표"),
    ("네이버의 최다온 대표는 기자간담회에서 신규 서비스를 공개했다.", "최다온", "네이버", "대표"),
    ("박지훈 부사장(LG전자)은 로봇 사업을 설명했다.", "박지훈", "LG전자", "부사장"),
    ("업스테이지를 이끄는 한서준 대표는 투자 유치 소식을 전했다.", "한서준", "업스테이지", "대표"),
    ("업스테이지 창업자 한서준 대표는 투자 유치 소식을 전했다.", "한서준", "업스테이지", "대표"),
    ("네이버의 수장인 최다온 대표는 글로벌 진출을 강조했다.", "최다온", "네이버", "대표"),
    ('"생성형 AI 시장이 커지고 있다"고 최다온 네이버 대표는 말했다.', "최다온", "네이버", "대표"),
    ("젠슨 황 엔비디아 CEO는 행사에서 새 칩을 공개했다.", "젠슨 황", "엔비디아", "CEO"),
    ("샘 올트먼 오픈AI CEO는 새 모델을 공개했다.", "샘 올트먼", "오픈AI", "CEO"),
    ("리사 수 AMD CEO는 새 GPU를 발표했다.", "리사 수", "AMD", "CEO"),
    ("남궁윤호 카카오 대표는 메타버스 전략을 밝혔다.", "남궁윤호", "카카오", "대표"),
    ("선우정아 업스테이지 연구원은 논문을 발표했다.", "선우정아", "업스테이지", "연구원"),
    ("오픈AI 공동창업자 일리야 수츠케버는 새 회사를 세웠다.", "일리야 수츠케버", "오픈AI", "공동창업자"),
    ("누리랩스 박도윤 대표는 투자를 유치했다.", "박도윤", "누리랩스", "대표"),
    ("이서진 과학기술정보통신부 장관은 AI 전략을 발표했다.", "이서진", "과학기술정보통신부", "장관"),
    ("엔씨소프트 최고경영자 김태오는 신작을 공개했다.", "김태오", "엔씨소프트", "최고경영자"),
    ("카카오 부사장을 지낸 박지훈 대표는 스타트업을 창업했다.", "박지훈", "카카오", "부사장"),
    # a name Kiwi reads as a noun and the copula ("손해/NNG 이/VCP ᆫ/ETM"), the third of a list
    (
        "업스테이지에서는 이활준 최고기술책임자(CTO)와 한지윤 데이터팀 리더, 손해인 마케팅팀 리더가 참석했다.",
        "손해인",
        "업스테이지",
        "리더",
    ),
    # a name Kiwi splits into a proper noun and a root ("이창/NNP 환/XR")
    ("이번 연구는 이창환 한빛대 교수 연구팀이 수행했다.", "이창환", "한빛대", "교수"),
    # the employer written only between the name and the title, a name no source knew
    ("마크 저커버그 메타 CEO는 새 모델을 공개했다.", "마크 저커버그", "메타", "CEO"),
    ("민서율 누리온 선임연구위원은 정책 개선을 주장했다.", "민서율", "누리온", "선임연구위원"),
    # a ministry the tagger split into common nouns ("정보/NNG 통신부/NNG")
    ("진도현 정보통신부 장관이 행사에 참석했다.", "진도현", "정보통신부", "장관"),
    # "ORG에서 T를 맡고 있는 P"
    ("카카오에서 최고기술책임자를 맡고 있는 정규온은 새 모델을 공개했다.", "정규온", "카카오", "최고기술책임자"),
    # a second role after 겸
    ("김하준 카카오 대표 겸 카카오브레인 의장은 간담회를 열었다.", "김하준", "카카오브레인", "의장"),
    ("김하준 카카오 대표 겸 카카오브레인 의장은 간담회를 열었다.", "김하준", "카카오", "대표"),
    # a one-word name (Chinese names mostly) before an organisation a source knows and a title
    ("마윈 알리바바 창업자는 강연에서 AI를 강조했다.", "마윈", "알리바바", "창업자"),
    # a venture capital firm's investment staff
    ("이번 투자를 이끈 김하준 누리벤처스 파트너는 말했다.", "김하준", "누리벤처스", "파트너"),
    # a head's title glued to the unit it heads, before the name
    ("누리소프트 뇌과학연구소장 김하준 박사는 말했다.", "김하준", "누리소프트", "뇌과학연구소장"),
    # an organisation the tagger read as a person before a title, named so elsewhere in the article
    (
        "스카이레이크는 2006년 설립된 사모펀드 운용사다. 스카이레이크 회장을 맡고 있는 진도현은 투자를 늘렸다.",
        "진도현",
        "스카이레이크",
        "회장",
    ),
    # the head of the body the previous sentence was about
    ('누리소프트는 새 AI 모델을 공개했다. 김하준 대표는 "시장을 선도하겠다"고 말했다.', "김하준", "누리소프트", "대표"),
    ("엔비디아는 새 칩을 공개했다. 젠슨 황 CEO는 수요가 크다고 말했다.", "젠슨 황", "엔비디아", "CEO"),
    ("한빛대는 새 연구소를 열었다. 오세린 교수가 연구소를 이끈다.", "오세린", "한빛대", "교수"),
    # the sentence's own topic, then its titled person leading a team
    ("포스텍은 김도성 교수 연구팀이 새 소재를 개발했다고 밝혔다.", "김도성", "포항공과대학교", "교수"),
    ("누리소프트는 15일 김하준 대표가 직접 신제품을 발표했다고 밝혔다.", "김하준", "누리소프트", "대표"),
    # a name Kiwi split whose particle follows it ("정신/아/는"), after a glossed title
    ("카카오 최고경영자(CEO) 정서아는 말했다.", "정서아", "카카오", "최고경영자"),
    # heading a part of the business of the organisation written with 에서
    ("삼성전자에서 반도체 사업을 총괄하는 전도현 부회장은 말했다.", "전도현", "삼성전자", "부회장"),
    # the organisation's short form glossed between it and the title
    ("김하준 한국과학기술연구원(KIST) 책임연구원은 말했다.", "김하준", "한국과학기술연구원", "책임연구원"),
    # a unit written as a field word and a unit word between the organisation and the title
    ("무스타파 술레이만 마이크로소프트 AI 부문 CEO는 말했다.", "무스타파 술레이만", "마이크로소프트", "CEO"),
    # a rank glossed after a unit head's title, and C-level titles spelled out
    ("경재현 삼성전자 DS부문장(사장)은 말했다.", "경재현", "삼성전자", "사장"),
    # a name Kiwi reads as a determiner and a verb ("이/MM 도지/VV ᆫ/ETM") before a known organisation and a title
    ("이도진 네이버 글로벌투자책임자(GIO)는 말했다.", "이도진", "네이버", "글로벌투자책임자(GIO)"),
]


@pytest.mark.parametrize(("text", "person", "org", "title"), WORKS_FOR)
def test_works_for_with_title(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)].get("title") == title


# (text, person, organisation): a role held before is WORKS_FOR marked former
FORMER = [
    ("진도현 전 정보통신부 장관이 딥엑스의 2대 주주가 됐다.", "진도현", "정보통신부"),
    ("박지훈 전 카카오 부사장은 스타트업을 창업했다.", "박지훈", "카카오"),
    ("김하준 카카오 대표 출신 투자자는 새 펀드를 만들었다.", "김하준", "카카오"),
    ("카카오 대표 출신 김하준 교수는 강연을 했다.", "김하준", "카카오"),
    # a former role glossed after the current one
    ("김하준 누리소프트 대표(전 네이버 부사장)는 말했다.", "김하준", "네이버"),
    ("리카이푸(李開復) 전 구글 차이나 사장은 AI를 강조했다.", "리카이푸", "구글 차이나"),
]


@pytest.mark.parametrize(("text", "person", "org"), FORMER)
def test_a_role_held_before_is_former(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert got[("WORKS_FOR", person, org)].get("former") is True, sorted(got)


# (text, person, organisation): no employment between them
NOTHING = [
    # where the person studied or came from is no employer
    ("김하준 서울대 출신 연구원은 창업을 준비하고 있다.", "김하준", "서울대학교"),
    # a quote about another company
    ('김하준 누리소프트 대표는 "네이버도 AI 투자를 늘리고 있다"고 말했다.', "김하준", "네이버"),
    # a person met by a company
    ("삼성전자는 이날 행사에서 김하준 씨를 만났다.", "김하준", "삼성전자"),
    # the previous sentence's subject, but the person is placed elsewhere in the article
    (
        "김하준 네이버 대표는 행사에 참석했다. 카카오는 새 모델을 공개했다. 김하준 대표는 축사를 했다.",
        "김하준",
        "카카오",
    ),
    # a title a company's head never has (an academic at a company's news)
    ("카카오는 새 모델을 공개했다. 오세린 교수는 모델의 한계를 지적했다.", "오세린", "카카오"),
    # a minister after a company's news
    ("카카오는 새 모델을 공개했다. 이서진 장관은 축사를 했다.", "이서진", "카카오"),
    # an analyst's rank says nothing of the company the news is about
    ("삼성전자는 실적을 발표했다. 김하준 연구원은 반도체 수요가 늘 것이라고 분석했다.", "김하준", "삼성전자"),
    # a sentence in between whose subject is no organisation ends what the topic carries
    ("카카오는 새 모델을 공개했다. 이 모델은 성능이 높다. 김하준 대표는 축사를 했다.", "김하준", "카카오"),
    # the sentence names another organisation before the person
    ("카카오는 새 모델을 공개했다. 이에 네이버 김하준 대표는 반박했다.", "김하준", "카카오"),
    # the topic's titled person as the subject of a relative clause on another body
    ("누리소프트는 김하준 대표가 이끄는 누리랩에 투자했다.", "김하준", "누리소프트"),
    ("카카오는 새 모델을 공개했다. 김하준 대표가 설립한 누리랩은 투자를 받았다.", "김하준", "카카오"),
    # the topic's titled person in a hedged sentence
    ("누리연구소는 김도성 박사가 이끌 가능성이 있다.", "김도성", "누리연구소"),
    # a name-shaped word that is a verb made of a noun, before an organisation and a title, is no person
    ("이번 투자를 주도한 카카오벤처스 대표는 말했다.", "주도한", "카카오벤처스"),
    # the team a titled person leads is no person ("교수 연구팀이")
    ("박재형 성균관대 교수 연구팀이 나노로봇을 개발했다.", "연구팀", "성균관대학교"),
    # a person merely mentioned near an organisation
    ("김하준은 카카오 본사 앞에서 시위를 벌였다.", "김하준", "카카오"),
    # two people of two organisations: each to their own
    ("이번 행사에는 김하준 카카오 대표와 박지훈 네이버 부사장이 참석했다.", "김하준", "네이버"),
    ("이번 행사에는 김하준 카카오 대표와 박지훈 네이버 부사장이 참석했다.", "박지훈", "카카오"),
]


@pytest.mark.parametrize(("text", "person", "org"), NOTHING)
def test_no_employment(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_a_surname_alone_never_placed() -> None:
    """ "이 대표는": a surname with a title, no full name in the article: who it is is not known."""
    got = facts('카카오는 새 모델을 공개했다. 이 대표는 "투자를 늘리겠다"고 말했다.')
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)


def test_a_common_noun_before_a_title_is_no_person() -> None:
    """ "대표 상품", "문제인 만큼": a title used as a common noun and a name-shaped noun give no one."""
    got = facts("대표 상품인 카카오톡은 이용자가 많다. 문제인 만큼 대표가 나섰다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)


def test_a_known_noun_and_its_suffix_is_no_name() -> None:
    """ "전략적 파트너": a word shaped like a name (전 + two syllables) that Kiwi knows as a noun and a suffix."""
    got = facts("카카오는 전략적 파트너 네이버와 협력한다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)


def test_a_former_role_in_a_gloss_leaves_the_current_one() -> None:
    got = facts("김하준 누리소프트 대표(전 네이버 부사장)는 말했다.")
    assert got[("WORKS_FOR", "김하준", "누리소프트")] == {"title": "대표"}
    assert got[("WORKS_FOR", "김하준", "네이버")]["title"] == "부사장"


def test_a_title_as_a_unit_is_no_ministry() -> None:
    """ "마케팅본부 부장": a unit word before a company rank is no government body."""
    got = facts("김하준 마케팅본부 부장은 말했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("이날 행사에는 누리제약 박서준 사장과 이준호 부사장이 참석했다.", True),
        ("서울대 김하늘 교수와 이준호 교수가 참석했다.", True),
        ("누리협회 이강해 단장과 곽준호 팀장이 참석했다.", True),
        ("이날 행사에는 누리제약 박서준 상무와 이준호 위원장이 참석했다.", False),  # a chair of another body
        ("김태양 교수, 누리제약 박서준 상무, 이준호 위원장이 참석했다.", False),
        ("서울대 김하늘 교수와 이준호 대표가 참석했다.", False),  # a university has no 대표
    ],
)
def test_a_titled_person_joined_to_another_shares_the_organisation_only_with_a_title_it_gives(
    text: str, shared: bool
) -> None:
    second = next(name for name in ("이준호", "곽준호") if name in text)
    assert any(k[0] == "WORKS_FOR" and k[1] == second for k in facts(text)) is shared
