"""Korean disclosure, local-government, game-industry and founder-story news: a plan told in the past ("사들일
계획이었다") and a press report ("맺었다고 보도했으나") are no facts, nor is "자회사로 둔 것은 아니다"; shares
taken over (양수) are a stake bought, and the seller named with 로부터 works for no buyer; a business written
before "기업 Y" describes Y; a unit moved under another is no part taken by the company that moved it; a fund
formed "N원 규모로" is established; a joint venture set up in one sentence is not the one named before."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "한결테크는 누리AI 지분 인수 결정을 철회했다. 당초 한결테크는 누리AI 주식을 90억원에 사들일 계획이었다.",
            "INVESTED_IN",
        ),
        (
            "바른소프트는 당초 신설법인 '바른로보틱스'를 세울 예정이었다. 그러나 주총에서 안건이 부결됐다.",
            "AFFILIATE_OF",
        ),
        ("카카오는 원래 업스테이지에 100억원을 투자할 방침이었다.", "INVESTED_IN"),
        ("카카오는 업스테이지에 100억원을 투자할 예정이었다.", "INVESTED_IN"),
    ],
)
def test_a_plan_told_in_the_past_is_no_fact(text: str, kind: str) -> None:
    got = facts(text)
    assert not any(k[0] == kind for k in got), got


def test_a_plan_still_held_stands() -> None:
    got = facts("네이버는 업스테이지에 100억원을 투자할 계획이다.")
    assert ("INVESTED_IN", "네이버", "업스테이지") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "크래프톤이 AI 스타트업 렐루게임즈를 자회사로 둔 것은 아니다.",
        "크래프톤이 렐루게임즈를 자회사로 둔 것은 아니라고 밝혔다.",
    ],
)
def test_an_affiliate_denied_by_its_complement_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_an_affiliate_held_by_a_company_described_stands() -> None:
    got = facts("크래프톤은 렐루게임즈를 자회사로 둔 게임사다.")
    assert ("AFFILIATE_OF", "렐루게임즈", "크래프톤") in got, got


@pytest.mark.parametrize(
    "text",
    [
        '일부 언론은 울산시가 네이버와 AI 데이터센터 MOU를 맺었다고 보도했으나, 울산시는 "협약을 체결한 사실이 없다"고 밝혔다.',
        "한 매체는 포항시가 카카오와 업무협약을 체결했다고 보도했다.",
    ],
)
def test_a_partnership_the_press_reports_is_no_fact(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


@pytest.mark.parametrize(
    ("text", "buyer", "company", "props"),
    [
        ("대한홀딩스는 업스테이지 지분 30%를 150억원에 양수했다.", "대한홀딩스", "업스테이지", {"stake_percent": 30.0}),
        (
            "대한홀딩스는 박지훈 대표로부터 업스테이지 주식 200만주를 150억원에 양수했다.",
            "대한홀딩스",
            "업스테이지",
            {"amount": 15000000000.0},
        ),
    ],
)
def test_shares_taken_over_are_a_stake_bought(text: str, buyer: str, company: str, props: dict) -> None:
    got = facts(text)
    assert props.items() <= got.get(("INVESTED_IN", buyer, company), {}).items(), got


def test_the_seller_works_for_no_buyer() -> None:
    got = facts("대한홀딩스는 박지훈 대표로부터 업스테이지 주식 200만주를 150억원에 양수했다.")
    assert ("WORKS_FOR", "박지훈", "대한홀딩스") not in got, got


@pytest.mark.parametrize(
    ("text", "fact", "kind_word"),
    [
        (
            "박서준 대표가 세운 로보틱스 기업 무브원은 30억원을 투자받았다.",
            ("ESTABLISHED", "박서준", "무브원"),
            "로보틱스",
        ),
        (
            "LG CNS에서 분사한 AI 컨택센터 전문기업 콜브릿지는 시리즈A 투자를 유치했다.",
            ("SPUN_OFF_FROM", "콜브릿지", "LG CNS"),
            "AI 컨택센터",
        ),
    ],
)
def test_a_business_written_before_the_kind_of_company_describes_it(text: str, fact: tuple, kind_word: str) -> None:
    got = facts(text)
    assert fact in got, got
    assert kind_word not in names(text)


def test_a_named_company_before_another_kind_word_stays() -> None:
    got = facts("삼성전자는 반도체 기업 리벨리온에 투자했다.")
    assert ("INVESTED_IN", "삼성전자", "리벨리온") in got, got


def test_a_unit_moved_under_another_is_not_the_movers_part() -> None:
    got = facts("한결게임즈는 음성연구팀을 AI연구소 산하로 옮겼다.")
    assert ("PART_OF", "한결게임즈", "AI연구소") not in got, got


def test_an_organisation_said_to_belong_stays_a_part() -> None:
    got = facts("네이버랩스는 네이버 소속이다.")
    assert ("PART_OF", "네이버랩스", "네이버") in got, got


def test_a_budget_bill_is_no_field() -> None:
    got = facts("인천시는 내년 예산안에 AI 분야 예산 800억원을 편성했다.")
    assert not any("예산안" in (k[1], k[2]) for k in got), got


def test_a_fund_formed_at_a_size_is_established() -> None:
    got = facts("미래에셋벤처투자는 AI 펀드 '미래AI성장펀드'를 500억원 규모로 결성했다.")
    assert ("ESTABLISHED", "미래에셋벤처투자", "미래AI성장펀드") in got, got


def test_a_joint_venture_set_up_later_is_not_the_one_named_before() -> None:
    got = facts(
        "삼성전자와 네이버는 각각 500억원을 출자해 AI 합작법인 하이퍼랩스를 설립했다. "
        "LG전자와 SK텔레콤은 총 3조원을 투자해 로봇 합작사를 세우기로 했다."
    )
    assert ("INVESTED_IN", "삼성전자", "하이퍼랩스") in got, got
    assert ("INVESTED_IN", "LG전자", "하이퍼랩스") not in got, got
    assert ("INVESTED_IN", "SK텔레콤", "하이퍼랩스") not in got, got


@pytest.mark.parametrize(
    ("text", "founder", "company", "founded"),
    [
        (
            "김영준 대표가 설립한 스타트베이스파트너스는 올해 'AI 시드 펀드'를 결성했다.",
            "김영준",
            "스타트베이스파트너스",
            "AI 시드 펀드",
        ),
        ("김영준 대표가 세운 스타트베이스는 올해 자회사 '베이스랩'을 설립했다.", "김영준", "스타트베이스", "베이스랩"),
    ],
)
def test_what_a_company_founded_by_someone_sets_up_is_the_companys(
    text: str, founder: str, company: str, founded: str
) -> None:
    got = facts(text)
    assert ("ESTABLISHED", company, founded) in got, got
    assert ("ESTABLISHED", founder, company) in got, got
    assert ("ESTABLISHED", founder, founded) not in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "목포시는 AI 전략을 발표했다. 대신 시는 목포대학교와 'AI 해양 연구센터'를 공동 설립하기로 했다.",
            ("ESTABLISHED", "목포시", "AI 해양 연구센터"),
        ),
        (
            "경기도는 AI 산업 육성 계획을 내놨다. 도는 판교에 'AI 스타트업 캠퍼스'를 설립한다.",
            ("ESTABLISHED", "경기도", "AI 스타트업 캠퍼스"),
        ),
    ],
)
def test_a_sentence_opening_on_the_city_or_province_refers_to_it(text: str, fact: tuple) -> None:
    got = facts(text)
    assert fact in got, got


def test_a_bare_city_word_with_no_city_named_refers_to_nothing() -> None:
    got = facts("오후 3시는 회의가 열린다. 시는 네이버와 협약을 맺었다.")
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


@pytest.mark.parametrize(
    ("text", "fact", "absent"),
    [
        (
            "다온게임즈가 하늘소프트와 MOU를 체결하고 50억원을 지분 투자했다.",
            ("INVESTED_IN", "다온게임즈", "하늘소프트"),
            None,
        ),
        (
            "다온게임즈는 하늘소프트와 손잡고 AI 데이터센터에 1조원을 투자한다.",
            ("PARTNERS_WITH", "다온게임즈", "하늘소프트"),
            ("INVESTED_IN", "다온게임즈", "하늘소프트"),
        ),
    ],
)
def test_a_stake_taken_right_after_a_partnership_is_the_partners(text: str, fact: tuple, absent: tuple | None) -> None:
    got = facts(text)
    assert fact in got, got
    assert absent not in got, got


def test_a_company_made_a_consolidated_subsidiary_is_an_affiliate() -> None:
    got = facts("대원산업은 큐빅스를 종속회사로 편입했다.")
    assert ("AFFILIATE_OF", "큐빅스", "대원산업") in got, got
    assert not any(k[0] == "AFFILIATE_OF" for k in facts("대원산업은 큐빅스를 종속회사로 편입하지 않았다.")), got


@pytest.mark.parametrize(
    ("text", "person", "new", "old"),
    [
        (
            "오로라제니스 대표에는 제니스랩 최고경영자 출신인 장민호 씨가 선임됐다.",
            "장민호",
            "오로라제니스",
            "제니스랩",
        ),
        ("오로라제니스 대표에 네이버 출신 장민호 씨가 선임됐다.", "장민호", "오로라제니스", "네이버"),
    ],
)
def test_a_post_taken_by_someone_from_another_company(text: str, person: str, new: str, old: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, new), {}).get("title") == "대표", got
    assert got.get(("WORKS_FOR", person, old), {}).get("former") is True, got


def test_a_post_not_yet_taken_is_none() -> None:
    got = facts("오로라제니스 대표에는 제니스랩 최고경영자 출신인 장민호 씨가 선임될 예정이다.")
    assert ("WORKS_FOR", "장민호", "오로라제니스") not in got, got


def test_every_co_founder_the_clause_describes() -> None:
    got = facts("카고웨이를 공동 창업한 윤태성 대표와 제임스 박 CTO는 모두 MIT 박사 출신이다.")
    for person, title in (("윤태성", "대표"), ("제임스 박", "CTO")):
        assert ("ESTABLISHED", person, "카고웨이") in got, got
        assert got.get(("WORKS_FOR", person, "카고웨이"), {}).get("title") == title, got


def test_alumni_of_a_university_work_for_none() -> None:
    got = facts("그린센스를 함께 세운 오민규 대표와 하지원 이사는 서울대 동문이다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("서울대", "서울대학교") for k in got), got


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        ("메디큐어는 서울대병원 소화기내과 이민수 교수가 창업한 회사다.", "이민수", "메디큐어"),
        ("뉴로핏은 삼성서울병원 신경과 박지훈 교수가 2016년 설립했다.", "박지훈", "뉴로핏"),
    ],
)
def test_a_professor_who_founded_a_company_holds_no_rank_there(text: str, person: str, company: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", person, company) in got, got
    assert ("WORKS_FOR", person, company) not in got, got


def test_a_professor_who_founded_a_lab_works_there() -> None:
    got = facts("KAIST AI연구소는 김민수 교수가 설립했다.")
    assert any(k[:2] == ("WORKS_FOR", "김민수") and "AI연구소" in k[2] for k in got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("그린AI파워의 대표는 한국전력 출신 김태호 박사가 맡는다.", ("WORKS_FOR", "김태호", "그린AI파워")),
        ("그린AI파워의 대표는 김태호 박사가 맡는다.", ("WORKS_FOR", "김태호", "그린AI파워")),
    ],
)
def test_a_post_as_the_topic_taken_by_someone_from_elsewhere(text: str, fact: tuple) -> None:
    got = facts(text)
    assert fact in got, got


def test_a_post_as_the_topic_only_likely_taken_is_none() -> None:
    got = facts("그린AI파워의 대표는 한국전력 출신 김태호 박사가 맡을 가능성이 크다.")
    assert ("WORKS_FOR", "김태호", "그린AI파워") not in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("대한홀딩스는 대한약품의 지주회사다.", ("AFFILIATE_OF", "대한약품", "대한홀딩스")),
        ("대한홀딩스는 대한약품의 모회사다.", ("AFFILIATE_OF", "대한약품", "대한홀딩스")),
    ],
)
def test_a_holding_company_owns_the_company_it_is_said_of(text: str, fact: tuple) -> None:
    got = facts(text)
    assert fact in got, got
    assert (fact[0], fact[2], fact[1]) not in got, got


def test_a_person_dealt_with_keeps_the_organisation_written_as_theirs() -> None:
    got = facts("그는 예전에 활약했던 시카고 화이트삭스의 아지 기옌 감독으로부터 권유받아 입단 테스트를 받았다.")
    assert ("WORKS_FOR", "아지 기옌", "시카고 화이트삭스") in got, got
