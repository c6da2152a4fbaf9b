"""Korean foundations, associations and joined fields: money the government gives beside a member taking part in a
consortium no longer stops the article; a kind of foundation written before the name is no body; a foundation's
endowment is no investment; a foundation named for a person is one name; a post marked 전 or 전임 before the name is a
past one; a founder's title after the chair of a body just launched founds no body; fields joined by a middle dot
before a lab's kind are one name, no listed company; a photo caption's position marker parts no pair of partners; a
corporate venture arm ("CVC X", "자회사 X를 통해") is the investor; cooperation looked for (모색) is none; the supporter of a
deal between two others is no partner; an event opened is no body founded; "X코리아" does not take X's deals; a down
round, a cloud region and a stake aimed for give nothing; "…벤처투자가" is an investor and its particle; a year opening
the sentence is no investor; a later clause's own subject holds its stake."""

import pytest
from ko_facts import facts, names


def test_a_government_grant_beside_a_member_of_a_consortium_is_read() -> None:
    got = facts("AI 반도체 컨소시엄에는 퀀티보가 참여하며 정부는 300억원을 지원한다.")
    assert any(k[0] == "PARTICIPATES_IN" and k[1] == "퀀티보" for k in got), got


def test_a_kind_of_foundation_before_its_name_is_no_body() -> None:
    text = "한빛그룹 계열 공익재단인 한빛미래재단은 서울대에 기금 20억원을 전달했다."
    assert "공익재단" not in names(text), names(text)
    got = facts(text)
    assert ("AFFILIATE_OF", "한빛미래재단", "한빛그룹") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 누리소프트 미래재단에 100억원을 출연했다.",
        "한빛전자는 한빛전자 장학재단에 50억원을 출연했다.",
    ],
)
def test_a_foundations_endowment_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_money_a_foundation_gives_a_research_institute_stays_invested() -> None:
    got = facts("누리소프트문화재단은 서울대 AI연구원에 15억원을 출연했다.")
    assert got.get(("INVESTED_IN", "누리소프트문화재단", "서울대학교 AI연구원"), {}).get("amount") == 1_500_000_000, got


def test_a_foundation_named_for_a_person_is_one_name() -> None:
    got = facts("한빛 김영수 재단은 한빛그룹이 2010년 세운 공익법인이다.")
    assert got.get(("ESTABLISHED", "한빛그룹", "한빛 김영수 재단"), {}).get("date") == "2010", got


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("한국로봇산업협회 전임 회장인 박정호 씨는 고문으로 물러났다.", "박정호", "한국로봇산업협회", "회장"),
        ("한빛전자 전 대표인 이정민 씨가 새 회사를 차렸다.", "이정민", "한빛전자", "대표"),
        ("박정호 한국로봇산업협회 전임 회장은 고문으로 물러났다.", "박정호", "한국로봇산업협회", "회장"),
    ],
)
def test_a_post_marked_past_before_the_name_is_a_past_one(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}) == {"title": title, "former": True}, got


def test_a_post_before_the_name_without_a_past_mark_is_current() -> None:
    got = facts("한빛전자 대표인 이정민 씨가 새 제품을 공개했다.")
    assert got.get(("WORKS_FOR", "이정민", "한빛전자"), {}).get("former") is None, got


def test_a_founders_title_after_the_chair_of_a_new_body_founds_no_body() -> None:
    got = facts("한국AI반도체협회가 출범했다. 초대 회장으로는 최민석 딥노아 공동창업자가 선출됐다.")
    assert ("ESTABLISHED", "최민석", "한국AI반도체협회") not in got, got
    assert got.get(("WORKS_FOR", "최민석", "한국AI반도체협회"), {}).get("title") == "회장", got


def test_a_founder_told_after_the_topic_still_founds_it() -> None:
    got = facts("누리칩스는 칩을 만든다. 이도윤 대표가 2019년 창업했다.")
    assert got.get(("ESTABLISHED", "이도윤", "누리칩스"), {}).get("date") == "2019", got


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("퀀티보는 미국 매사추세츠공과대학(MIT) 재료과학·인공지능연구소(MSAIL)와 공동연구를 시작한다.", "재료과학"),
        ("한빛전자는 영국 케임브리지대학(Cambridge) 컴퓨터과학·로봇연구소와 협약을 맺었다.", "컴퓨터과학"),
    ],
)
def test_fields_joined_before_a_labs_kind_are_no_body(text: str, field: str) -> None:
    assert field not in names(text), names(text)
    assert not any(field in k for k in facts(text)), facts(text)


def test_names_joined_by_a_middle_dot_are_still_a_list() -> None:
    got = facts("삼성전자·현대차·LG전자가 협약을 맺었다.")
    assert ("PARTNERS_WITH", "삼성전자", "LG전자") in got, got


def test_a_photo_position_after_a_titled_name_keeps_the_pair_of_partners() -> None:
    got = facts("한지우 딥웨이브 대표(왼쪽)와 이정민 한빛대학교 총장이 업무협약을 체결하고 있다.")
    assert ("PARTNERS_WITH", "딥웨이브", "한빛대학교") in got or ("PARTNERS_WITH", "한빛대학교", "딥웨이브") in got, got


@pytest.mark.parametrize(
    ("text", "arm"),
    [
        ("한빛그룹의 CVC 한빛벤처스가 푸드테크 기업 그린키친에 10억원을 투자했다.", "한빛벤처스"),
        ("누리전자는 벤처투자 자회사 누리넥스트를 통해 스타트업 딥코어에 150억원을 투자했다.", "누리넥스트"),
    ],
)
def test_a_corporate_venture_arm_is_the_investor(text: str, arm: str) -> None:
    got = facts(text)
    assert any(k[0] == "INVESTED_IN" and k[1] == arm for k in got), got
    assert not any("CVC" in k[1] for k in got), got


def test_a_subject_investing_on_its_own_stays_the_investor() -> None:
    got = facts("누리전자는 이번 투자를 통해 딥코어 지분 10%를 확보했다.")
    assert got.get(("INVESTED_IN", "누리전자", "딥코어"), {}).get("stake_percent") == 10.0, got


@pytest.mark.parametrize(
    "text",
    [
        "과기정통부는 폴란드 디지털부와 AI 분야 협력을 모색하기로 했다.",
        "누리전자는 한빛대학교와 협력을 모색하기로 했다.",
    ],
)
def test_cooperation_looked_for_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


def test_a_partnership_made_before_looking_for_more_stands() -> None:
    got = facts("누리전자는 한빛대학교와 협약을 맺고 해외 진출을 모색한다.")
    assert ("PARTNERS_WITH", "누리전자", "한빛대학교") in got, got


def test_a_deal_between_two_others_makes_the_supporter_no_partner() -> None:
    got = facts("주한 대사관은 KAIST와 VZLAB 간 공동연구 협약 체결을 지원했다고 밝혔다.")
    assert not any(k[0] == "PARTNERS_WITH" and k[1] in ("대사관", "주한 대사관") for k in got), got


def test_an_event_opened_is_no_body_founded() -> None:
    got = facts("코트라는 리야드에서 'K-AI 투자 로드쇼'를 열었다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got
    lab = facts("누리전자는 판교에 'AI 연구센터'를 열었다.")
    assert ("ESTABLISHED", "누리전자", "AI 연구센터") in lab, lab


def test_a_companys_korean_arm_does_not_take_its_parents_deal() -> None:
    got = facts("미국 누리스택이 가람정보와 파트너십을 맺었다. 누리스택코리아는 지난해 매출 1000억원을 돌파했다.")
    assert any(k[0] == "PARTNERS_WITH" and k[1] == "누리스택" for k in got), got
    assert not any(k[0] == "PARTNERS_WITH" and k[1] == "누리스택코리아" for k in got), got


def test_a_down_round_is_no_field_invested_in() -> None:
    got = facts(
        "AI 스타트업 에듀봇이 유치한 이번 다운라운드에는 기존 투자자인 가람벤처스가 단독으로 참여해 120억원을 투입했다."
    )
    assert not any(k[0] == "INVESTED_IN" and k[2].startswith("다운") for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "가람클라우드는 2016년 서울 리전을 개설한 뒤 국내에 1조원 이상을 투자해왔다.",
        "한빛에어로는 누리샛 지분율을 40%까지 확대하는 것을 목표로 하고 있다.",
    ],
)
def test_a_region_opened_and_a_stake_aimed_for_give_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ESTABLISHED", "INVESTED_IN") for k in got), got


def test_an_investor_named_in_one_word_with_its_subject_particle_invests() -> None:
    got = facts("미래에셋벤처투자가 퀀텀에이아이에 80억원을 투자했다.")
    assert got.get(("INVESTED_IN", "미래에셋벤처투자", "퀀텀에이아이"), {}).get("amount") == 8_000_000_000, got


def test_a_time_opening_the_sentence_is_no_investor() -> None:
    text = "2021년에는 LG유플러스가 보이스메이트 지분 15%를 인수하며 전략적 투자자로 합류했다."
    assert "2021년에" not in names(text), names(text)
    got = facts(text)
    assert got.get(("INVESTED_IN", "LG유플러스", "보이스메이트"), {}).get("stake_percent") == 15.0, got


def test_a_later_clauses_own_subject_holds_its_stake() -> None:
    got = facts("가람홀딩스는 가람테크 지분 88%를 보유하고 있으며, 가람테크는 누리랩 지분 25%를 갖고 있다.")
    assert got.get(("INVESTED_IN", "가람테크", "누리랩"), {}).get("stake_percent") == 25.0, got
    assert ("INVESTED_IN", "가람홀딩스", "누리랩") not in got, got
