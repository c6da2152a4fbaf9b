"""Korean personnel and regional news: every item of a career list ("A 부사장, B CTO를 거쳤다", "A와 B를 거쳐") is a
post held before; a degree earned ("카이스트 박사 출신") and an early staff member ("창업 초기 멤버") are no post and
no founding; a title ending like a body's kind ("ETRI 책임연구원") is no lab, and a title glued to Latin letters
("최고AI책임자") no person; a startup moving into an incubator ("창업보육센터에 입주") founds nothing; money put
into a technovalley or a campus is spent at a site; a condition ("…할 경우에만") is no field invested in."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "이재원 대표는 네이버 부사장, 카카오 CTO를 거쳤다.",
            [("네이버", "부사장"), ("카카오", "CTO")],
        ),
        (
            "한도윤 CTO는 한국전자통신연구원 책임연구원, 엔씨소프트 실장을 거쳤다.",
            [("한국전자통신연구원", "책임연구원"), ("엔씨소프트", "실장")],
        ),
        (
            "가온칩스 부사장, 누리랩스 CTO 등을 역임한 이재원 대표가 다온AI에 합류했다.",
            [("가온칩스", "부사장"), ("누리랩스", "CTO")],
        ),
    ],
)
def test_every_titled_item_of_a_career_list_is_a_former_post(text: str, posts: list[tuple[str, str]]) -> None:
    got = facts(text)
    person = next(k[1] for k in got if k[0] == "WORKS_FOR")
    for org, title in posts:
        props = got.get(("WORKS_FOR", person, org))
        assert props is not None and props.get("former") and props.get("title") == title, got


def test_organisations_passed_through_are_former_employers() -> None:
    got = facts("이재원 대표는 삼성전자와 네이버를 거쳐 2019년 누리AI를 창업했다.")
    assert got[("WORKS_FOR", "이재원", "삼성전자")].get("former"), got
    assert got[("WORKS_FOR", "이재원", "네이버")].get("former"), got
    assert ("ESTABLISHED", "이재원", "누리AI") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # a current post in its own clause, a past one after it
        "이재원 대표는 누리랩스 부사장을 맡고 있으며 다온테크 이사를 역임했다.",
    ],
)
def test_a_post_held_now_in_an_earlier_clause_stays_current(text: str) -> None:
    got = facts(text)
    assert not got[("WORKS_FOR", "이재원", "누리랩스")].get("former"), got
    assert got[("WORKS_FOR", "이재원", "다온테크")].get("former"), got


@pytest.mark.parametrize(
    "text",
    [
        "이재원 대표는 누리랩스 심사를 거쳐 선임됐다.",  # a review passed, no organisation worked at
        "이재원 대표는 누리랩스와 가온칩스를 거쳤는지 밝히지 않았다.",  # asked, not told
    ],
)
def test_no_career_without_a_post_or_a_passage_told(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("누리랩스", "가온칩스") for k in facts(text)), facts(text)


def test_a_degree_earned_is_no_post() -> None:
    got = facts("카이스트 박사 출신 배순민 센터장이 누리텔레콤 AI 혁신센터를 이끈다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] == "한국과학기술원" for k in got), got


def test_a_post_held_before_is_still_read_before_the_name() -> None:
    got = facts("삼성전자 전무 출신 배순민 센터장이 누리텔레콤 AI 혁신센터를 이끈다.")
    assert got[("WORKS_FOR", "배순민", "삼성전자")].get("former"), got


def test_an_early_staff_member_is_no_founder() -> None:
    got = facts("누리랩스 조윤아 CPO는 누리랩스 창업 초기 멤버다.")
    assert ("WORKS_FOR", "조윤아", "누리랩스") in got, got
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_founding_is_still_read_with_a_time_since() -> None:
    assert ("ESTABLISHED", "이도윤", "누리랩스") in facts(
        "이도윤 대표는 2019년 누리랩스 창업 이후 3년 만에 흑자를 냈다."
    )


def test_a_title_ending_like_a_kind_of_body_is_no_lab() -> None:
    text = "박지훈 전 가온칩스 수석연구원이 누리랩스 CTO로 합류했다."
    assert not any(n.endswith("수석연구원") for n in names(text)), names(text)
    got = facts(text)
    assert got[("WORKS_FOR", "박지훈", "가온칩스")].get("former"), got


def test_a_title_glued_to_latin_letters_is_no_person() -> None:
    text = "누리금융그룹은 그룹 최고AI책임자(CAIO) 직을 신설하고 김명희 전 한빛IBM 상무를 선임했다."
    assert "AI책임자" not in names(text)
    assert not any(k[1] == "AI책임자" for k in facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "대구테크노파크는 AI 의료영상 기업 메디비전랩이 수성알파시티 창업보육센터에 입주했다고 14일 밝혔다.",
        "누리랩스는 가람시 창업지원센터에 둥지를 틀었다.",
    ],
)
def test_moving_into_an_incubator_founds_nothing(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI 물류로봇 기업 로보웨이는 김해 테크노밸리에 200억원을 투자하기로 했다.",
        "가온반도체는 평택캠퍼스에 3조원을 투자한다.",
    ],
)
def test_money_spent_at_a_valley_or_a_campus_is_no_stake(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_a_condition_is_no_field_invested_in() -> None:
    got = facts("로보웨이는 김해시가 부지 분양가를 낮춰줄 경우에만 100억원을 투자하겠다는 입장이다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got
