"""ko_structure / ko_partners, round 15: founding, spin-off, unit and partnership wordings of unseen news.

"Y 소속 <someone>" describes a person (or the person's party), not the sentence's subject; a committee or
board "opened" is a meeting held; "X는 AI 연구센터를 개소했다" is X opening something, not X's own start; a
planned subsidiary is no affiliate yet; "물적분할/인적분할/분할·신설" is a spin-off; "Y는 X에서 분할로 출범했다"
was founded by X; "P가 사재를 출연해 설립한 이래" founds the topic; the organisations listed before a joint
research team ("A대와 B대 공동 연구팀은", "P A대 교수와 Q B대 교수 공동 연구팀이") partner.
"""

import pytest
from ko_facts import facts


def _of(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(s, t) for k, s, t in got if k == kind}


# --- "Y 소속", "Y 산하", "Y 사내벤처": the part is the one the phrase describes ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "국회 정보위원회 소속 민주당 김현 의원이 3일 밝혔다.",  # the party is the member's, not the committee's
        "14일 국회 기획재정위원회 소속 더불어민주당 김영진 의원이 자료를 공개했다.",
        "유벤투스 소속 선수 파올로 디발라는 확진 소식을 전했다.",  # a player, not a part
        "연합뉴스는 국회 국토교통위원회 소속 김태원(새누리당) 의원의 자료를 인용해 보도했다.",  # the outlet is no part
        "경기도교육청이 국회 교육위원회 소속 새누리당 이상일 의원에게 자료를 제출했다.",
        "앞서 문 의원은 국회 정보위 소속 새누리당 의원들의 발췌본 열람 후 성명을 냈다.",
    ],
)
def test_membership_of_a_person_makes_no_part(text: str) -> None:
    assert not _of(facts(text), "PART_OF"), facts(text)


def test_an_in_house_venture_named_after_the_phrase_is_the_part_not_the_subject() -> None:
    got = facts("롯데홈쇼핑은 롯데그룹 사내벤처 1호 기업인 '대디포베베'의 제품을 출시한다.")
    assert ("롯데홈쇼핑", "롯데") not in _of(got, "PART_OF"), got


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("문화유산국민신탁은 문화재청 산하 특수법인이다.", "문화유산국민신탁", "문화재청"),
        ("한국어촌어항공단은 해양수산부 산하 공공기관으로 어촌을 개발한다.", "한국어촌어항공단", "해양수산부"),
        ("과학기술정보통신부 산하 정보통신산업진흥원은 사업을 공고했다.", "정보통신산업진흥원", "과학기술정보통신부"),
    ],
)
def test_the_subject_said_to_be_under_a_body_is_its_part(text: str, part: str, whole: str) -> None:
    assert (part, whole) in _of(facts(text), "PART_OF")


# --- founding: what is not one -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "삼성생명은 21일 임원후보추천위원회를 열어 대표 후보를 추천했다.",  # a meeting held
        "네이버는 이사회를 열고 분기 배당을 결정했다.",
        "삼성전자는 미국 실리콘밸리에 AI 연구센터를 개소했다.",  # Samsung opened a centre, it did not start itself
    ],
)
def test_meetings_and_opening_something_found_nothing(text: str) -> None:
    assert not _of(facts(text), "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 내년 AI 자회사 퓨리오사AI를 설립할 계획이다.",
        "네이버는 AI 자회사 퓨리오사AI를 설립하는 방안을 검토 중이다.",
    ],
)
def test_a_planned_subsidiary_is_neither_founded_nor_an_affiliate(text: str) -> None:
    got = facts(text)
    assert not _of(got, "AFFILIATE_OF") and not _of(got, "ESTABLISHED"), got


def test_a_founded_subsidiary_is_still_both() -> None:
    got = facts("네이버는 2019년 인공지능 자회사 퓨리오사AI를 설립했다.")
    assert ("퓨리오사AI", "네이버") in _of(got, "AFFILIATE_OF")
    assert ("네이버", "퓨리오사AI") in _of(got, "ESTABLISHED")


# --- founding: the topic founded by someone, told as the time since --------------------------------------------


def test_founded_with_private_money_since() -> None:
    got = facts("호반장학재단은 지난 1999년 호반건설 김상열 회장이 사재를 출연해 설립한 이래 장학금을 지원해 왔다.")
    assert ("김상열", "호반장학재단") in _of(got, "ESTABLISHED"), got


def test_founded_by_a_person_since() -> None:
    got = facts("업스테이지는 2020년 김성훈 대표가 창업한 이후 빠르게 성장했다.")
    assert ("김성훈", "업스테이지") in _of(got, "ESTABLISHED"), got


def test_a_company_a_person_founded_is_not_the_subject_founded() -> None:
    got = facts("업스테이지는 김성훈 대표가 창업한 회사를 인수했다.")
    assert not _of(got, "ESTABLISHED"), got


# --- spin-offs by division -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        ("엘에스엠트론은 2008년 엘에스전선에서 분할·신설됐다.", "엘에스엠트론", "엘에스전선"),
        ("LG화학에서 물적분할한 LG에너지솔루션은 상장을 마쳤다.", "LG에너지솔루션", "LG화학"),
        ("LG화학은 배터리 사업부를 물적분할해 LG에너지솔루션을 설립했다.", "LG에너지솔루션", "LG화학"),
        ("SK텔레콤은 인적분할을 통해 SK스퀘어를 신설했다.", "SK스퀘어", "SK텔레콤"),
    ],
)
def test_a_company_split_off_is_spun_off(text: str, child: str, parent: str) -> None:
    assert (child, parent) in _of(facts(text), "SPUN_OFF_FROM"), facts(text)


def test_split_off_and_started_is_founded_by_the_parent() -> None:
    got = facts("SK스퀘어는 지난해 SK텔레콤에서 인적분할로 출범했다.")
    assert ("SK스퀘어", "SK텔레콤") in _of(got, "SPUN_OFF_FROM")
    assert _of(got, "ESTABLISHED") == {("SK텔레콤", "SK스퀘어")}, got


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 주식을 액면분할했다.",  # a stock split
        "카카오는 액면분할 이후 주가가 하락했다.",
        "LG화학은 배터리 사업부 물적분할을 추진하고 있다.",  # a plan
        "LG화학은 배터리 사업부를 물적분할할 계획이다.",
    ],
)
def test_stock_splits_and_planned_splits_give_no_spin_off(text: str) -> None:
    assert not _of(facts(text), "SPUN_OFF_FROM"), facts(text)


# --- joint research teams ------------------------------------------------------------------------------------


def test_universities_listed_before_an_international_joint_team_partner() -> None:
    got = _of(
        facts("영국 옥스퍼드대와 런던대, 브라질 상파울루대 등 국제 공동 연구진은 석기를 만드는 원숭이를 확인했다."),
        "PARTNERS_WITH",
    )
    assert {frozenset(p) for p in got} == {  # 옥스퍼드대 is the registry's 옥스퍼드대학교
        frozenset(("옥스퍼드대학교", "런던대")),
        frozenset(("옥스퍼드대학교", "상파울루대")),
        frozenset(("런던대", "상파울루대")),
    }, got


def test_professors_of_two_universities_in_a_joint_team_partner_their_universities_not_the_reporter() -> None:
    got = _of(
        facts(
            "한국연구재단은 23일 KAIST 생명과학과 강창원 명예교수와 서울대학교 물리천문학부 홍성철 교수 "
            "공동 연구팀이 유전자 발현과정을 규명했다고 밝혔다."
        ),
        "PARTNERS_WITH",
    )
    assert {frozenset(p) for p in got} == {frozenset(("한국과학기술원", "서울대학교"))}, got


def test_a_team_set_up_with_a_partner_is_still_read_as_a_partnership() -> None:
    got = _of(facts("네이버는 KAIST와 공동 연구팀을 꾸렸다."), "PARTNERS_WITH")
    assert {frozenset(p) for p in got} == {frozenset(("네이버", "한국과학기술원"))}, got


def test_a_single_university_team_partners_with_no_one() -> None:
    assert not _of(facts("서울대 공동 연구팀은 새 소자를 개발했다."), "PARTNERS_WITH")


def test_a_team_of_two_countries_written_as_one_word_is_no_list_of_partners() -> None:
    got = facts("이화여대 교수와 펜실베이니아대 교수 연구진으로 구성된 한미 공동연구팀이 미세로봇 기술을 개발했다.")
    assert not _of(got, "PARTNERS_WITH"), got


# --- a founding led by an organisation; a subsidiary founded -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "leader", "new"),
    [
        ("SK텔레콤 주도로 출범한 K-AI 얼라이언스는 회원사를 늘렸다.", "SK텔레콤", "K-AI 얼라이언스"),
        ("K-AI 얼라이언스는 지난해 SK텔레콤 주도로 출범했다.", "SK텔레콤", "K-AI 얼라이언스"),
        ("'AI 원팀'은 KT 주도로 2020년 2월 출범했다.", "KT", "AI 원팀"),
        ("KT 주도로 출범한 'AI 원팀'에는 카카오가 합류했다.", "KT", "AI 원팀"),
    ],
)
def test_the_organisation_that_led_a_founding_founded_it(text: str, leader: str, new: str) -> None:
    assert (leader, new) in _of(facts(text), "ESTABLISHED"), facts(text)


def test_a_led_founding_keeps_its_date() -> None:
    assert facts("'AI 원팀'은 KT 주도로 2020년 2월 출범했다.")[("ESTABLISHED", "KT", "AI 원팀")]["date"] == "2020-02"


@pytest.mark.parametrize(
    "text",
    [
        "SK텔레콤 주도로 설립될 K-AI 얼라이언스는 내년 출범한다.",  # to come
        "K-AI 얼라이언스는 SK텔레콤 주도로 출범할 예정이다.",  # a plan
        "네이버가 주도하는 컨소시엄은 사업을 수주했다.",  # leading, no founding
    ],
)
def test_a_led_founding_to_come_founds_nothing(text: str) -> None:
    assert not _of(facts(text), "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        ("카카오브레인은 2017년 카카오가 AI 연구를 위해 세운 자회사다.", "카카오브레인", "카카오"),
        ("네이버클라우드는 네이버가 2009년 설립한 클라우드 전문 자회사다.", "네이버클라우드", "네이버"),
    ],
)
def test_the_topic_said_to_be_a_subsidiary_its_owner_founded_is_its_affiliate(
    text: str, child: str, parent: str
) -> None:
    got = facts(text)
    assert (child, parent) in _of(got, "AFFILIATE_OF") and (parent, child) in _of(got, "ESTABLISHED"), got


def test_a_company_a_person_founded_is_no_affiliate_of_the_person() -> None:
    got = facts("업스테이지는 김성훈 대표가 2020년 설립한 회사다.")
    assert not _of(got, "AFFILIATE_OF"), got


# --- history: a group company's founding year, an in-house venture a company began as -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SK하이닉스는 1983년 설립됐다.",  # founded as another group's company, renamed after it was bought
        "1983년 설립된 SK하이닉스는 메모리 반도체를 만든다.",
        "삼성전자는 1969년 설립됐다.",
    ],
)
def test_a_group_company_named_after_its_group_is_not_said_founded_by_it(text: str) -> None:
    assert not _of(facts(text), "ESTABLISHED"), facts(text)


def test_a_unit_named_after_its_body_is_still_founded_by_it() -> None:
    assert ("서울대학교", "서울대학교 AI연구원") in _of(facts("서울대 AI연구원은 2019년 12월 설립됐다."), "ESTABLISHED")


def test_an_in_house_venture_a_company_began_as_is_no_part_of_it_now() -> None:
    assert not _of(facts("네이버는 1999년 삼성SDS 사내벤처로 출발했다."), "PART_OF")


# --- partners by joint work, joined forces; a spin-off that "came off" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 리벨리온과 공동으로 AI 추론 칩을 개발했다.",
        "네이버는 리벨리온과 함께 AI 반도체를 개발했다.",
        "네이버와 리벨리온은 AI 반도체 생태계 구축을 위해 힘을 모으기로 했다.",
        "네이버와 리벨리온이 힘을 합쳤다.",
    ],
)
def test_joint_work_and_joined_forces_are_partnerships(text: str) -> None:
    got = _of(facts(text), "PARTNERS_WITH")
    assert {frozenset(p) for p in got} == {frozenset(("네이버", "리벨리온"))}, got


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 리벨리온과 함께 AI 반도체를 개발할 계획이다.",  # a plan
        "네이버는 리벨리온과 공동으로 AI 칩을 개발하는 방안을 검토하고 있다.",  # under review
        "네이버는 리벨리온과 함께 AI 반도체를 개발하지 않았다.",  # denied
        "네이버는 리벨리온과 함께 시리즈A 투자에 참여했다.",  # co-investors are no partners by that
        "네이버는 리벨리온과 함께 행사를 열었다.",
    ],
)
def test_planned_denied_or_other_joint_acts_are_no_partnership(text: str) -> None:
    assert not _of(facts(text), "PARTNERS_WITH"), facts(text)


def test_a_company_that_came_off_another_is_its_spin_off() -> None:
    got = facts("퓨리오사AI는 삼성전자에서 떨어져 나온 회사다.")
    assert ("퓨리오사AI", "삼성전자") in _of(got, "SPUN_OFF_FROM"), got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "소속으로 …": what follows the predicate is no part named after the phrase
        (
            "모델 최소라 씨는 YG케이플러스 소속으로 지난 2012년 '도전 수퍼모델 코리아 3' 우승하며 이름을 알렸다.",
            "도전 수퍼모델 코리아",
        ),
        ("한국폴리텍대학 동부산캠퍼스는 고용노동부 산하 공공기관으로 동부산권의 기술인력 양성을 담당한다.", "동부산권"),
    ],
)
def test_a_name_after_the_predicate_of_belonging_is_not_the_part(text: str, wrong: str) -> None:
    assert not any(part == wrong for part, _ in _of(facts(text), "PART_OF")), facts(text)


# --- a description before a list; what an organisation keeps under it --------------------------------------------


def test_a_description_before_a_list_is_the_first_name_s_only() -> None:
    # "X 계열 (…)인 A와 B, C가": the description is A's; B and C are A's partners, not X's affiliates
    got = facts(
        "소프트뱅크 계열 로봇 제조업체인 아스라테크와 산세이 테크놀로지, 브레이브 로보틱스가 3사 합작으로 "
        "변신 로봇을 제작한다고 발표했다."
    )
    assert {child for child, _ in _of(got, "AFFILIATE_OF")} <= {"아스라테크"}, got


@pytest.mark.parametrize(
    ("text", "parts", "whole"),
    [
        ("구글은 딥마인드를 산하에 두고 있다.", {"딥마인드"}, "구글"),
        ("워너미디어는 HBO와 CNN 등 채널을 산하에 두고 있다.", {"HBO", "CNN"}, "워너미디어"),
        ("HBO와 CNN 등 채널을 산하에 둔 워너미디어는 OTT 시장에 진출한다.", {"HBO", "CNN"}, "워너미디어"),
    ],
)
def test_what_an_organisation_keeps_under_it_is_its_part(text: str, parts: set[str], whole: str) -> None:
    assert _of(facts(text), "PART_OF") == {(p, whole) for p in parts}, facts(text)


def test_a_plan_to_keep_something_under_it_is_none() -> None:
    assert not _of(facts("구글은 딥마인드를 산하에 둘 계획이다."), "PART_OF")
