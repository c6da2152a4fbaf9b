"""Korean wire briefs, personnel notices and foreign-round coverage: a headline joining two phrases with an
ellipsis ("유치…X 주도") names X alone; a notice's bullet ("▲부사장") is no part of the title; a past post glossed
in parentheses ("P(ORG 전 대표)") is former; investors listed before "등 (일본) 은행들이 투자자로" are investors; a new body's
head named with where they come from ("초대 대표에는 X 출신 P") heads the new body; what a product is built on is not
founded; a past post in a division ("X 물류 부문 부사장을 지낸") keeps its title; "X 연구원 출신" is a researcher's past,
no lab; an analyst's "A가 B를 인수하면서 … 분석했다" tells A's deal; "투자했던 X" invested."""

import pytest
from ko_facts import facts, names


def test_a_name_after_a_headlines_ellipsis_is_the_name_alone() -> None:
    text = "누리비전, 시리즈B 150억 유치…한빛벤처스 주도"
    assert "한빛벤처스" in names(text) and not any("…" in n for n in names(text)), names(text)
    assert facts(text).get(("INVESTED_IN", "한빛벤처스", "누리비전"), {}).get("lead") is True, facts(text)


def test_a_notices_bullet_is_no_part_of_the_title() -> None:
    got = facts("[인사] 카카오 ▲부사장 윤하진")
    assert got.get(("WORKS_FOR", "윤하진", "카카오"), {}).get("title") == "부사장", got


def test_a_past_post_glossed_in_parentheses_is_former() -> None:
    got = facts("[인사] 카카오 ▲부사장 윤하진(카카오벤처스 전 대표)")
    assert got.get(("WORKS_FOR", "윤하진", "카카오벤처스"), {}).get("former") is True, got
    assert not got.get(("WORKS_FOR", "윤하진", "카카오"), {}).get("former"), got


def test_a_present_post_glossed_in_parentheses_stays_present() -> None:
    got = facts("윤하진(카카오벤처스 대표)은 이날 발표했다.")
    assert ("WORKS_FOR", "윤하진", "카카오벤처스") in got and not got[("WORKS_FOR", "윤하진", "카카오벤처스")].get(
        "former"
    )


@pytest.mark.parametrize(
    "text",
    [
        "루나AI가 300억엔을 조달했으며 미쓰비시UFJ파이낸셜그룹과 네이버 등 은행들이 투자자로 참여했다.",
        "루나AI가 300억엔을 조달했으며 미쓰비시UFJ파이낸셜그룹과 네이버 등 일본 은행들이 투자자로 참여했다.",
    ],
)
def test_investors_listed_before_a_plural_group_noun_are_investors(text: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "네이버", "루나AI") in got and ("INVESTED_IN", "미쓰비시UFJ파이낸셜그룹", "루나AI") in got, (
        got
    )


def test_the_new_bodys_head_named_with_where_they_come_from_heads_it() -> None:
    got = facts("한빛모터스는 자회사 누리AI를 세웠다. 초대 대표에는 네이버 출신 박지현 박사가 선임됐다.")
    assert got.get(("WORKS_FOR", "박지현", "누리AI"), {}).get("title") == "대표", got
    assert got.get(("WORKS_FOR", "박지현", "네이버"), {}).get("former") is True, got
    assert got[("WORKS_FOR", "박지현", "네이버")].get("title") != "대표", got


def test_what_a_product_is_built_on_is_not_founded() -> None:
    assert not facts("루미는 한빛AI의 초거대 AI 하늘을 기반으로 만들어졌다.")


def test_a_past_post_in_a_division_is_former_with_its_title() -> None:
    got = facts("쿠팡 물류 부문 부사장을 지낸 윤태호 씨가 AI 스타트업 체인웨이브를 창업했다.")
    assert got.get(("WORKS_FOR", "윤태호", "쿠팡"), {}) == {"title": "부사장", "former": True}, got


def test_a_researcher_of_a_company_is_no_research_lab() -> None:
    text = "테이스트랩 대표는 농심 연구원 출신 한소라 씨가 맡았다."
    assert "농심 연구원" not in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("키움증권 김소원 연구원은 크래프톤이 프렌들리AI를 인수하면서 AI 역량을 강화했다고 분석했다.", "ACQUIRED"),
        ("키움증권 김소원 연구원은 크래프톤이 프렌들리AI에 투자하면서 역량을 키웠다고 평가했다.", "INVESTED_IN"),
    ],
)
def test_a_deal_told_in_an_analysts_words_is_the_actors(text: str, kind: str) -> None:
    got = facts(text)
    assert (kind, "크래프톤", "프렌들리AI") in got and (kind, "키움증권", "프렌들리AI") not in got, got


def test_an_investment_told_as_made_before_is_an_investment() -> None:
    got = facts("지난해 리벨리온에 300억원을 투자했던 KT는 올해 AI 인프라 사업을 확대했다.")
    assert got.get(("INVESTED_IN", "KT", "리벨리온"), {}).get("amount") == 30_000_000_000, got


def test_amounts_told_each_for_several_recipients_are_each_ones() -> None:
    got = facts("한빛게임즈는 수퍼보이스와 보이스랩에 각각 100억원, 20억원을 투자했다고 밝혔다.")
    assert got.get(("INVESTED_IN", "한빛게임즈", "수퍼보이스"), {}).get("amount") == 10_000_000_000, got
    assert got.get(("INVESTED_IN", "한빛게임즈", "보이스랩"), {}).get("amount") == 2_000_000_000, got
