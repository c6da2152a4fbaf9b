"""More ways Korean news writes money and founding facts (composed sentences, none from a dev set).

Each pattern has a positive case and a negated, hedged or look-alike one that must give nothing.
"""

import pytest
from ko_facts import facts


def invested(got: dict) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == "INVESTED_IN"}


# --- funding rounds -----------------------------------------------------------------------------


def test_every_member_of_an_enumeration_joining_a_round_in_a_relative_clause() -> None:
    got = facts("누리칩스는 가람전자와 다온벤처스, 한빛인베스트먼트 등이 참여한 300억원 규모의 투자를 유치했다.")
    assert {("가람전자", "누리칩스"), ("다온벤처스", "누리칩스"), ("한빛인베스트먼트", "누리칩스")} <= invested(got)
    assert "amount" not in got[("INVESTED_IN", "가람전자", "누리칩스")]


def test_capital_contribution_received_from_a_parent() -> None:
    got = facts("가온브레인은 지난달 모회사 다온전자로부터 200억원의 추가 출자를 받았다.")
    assert got[("INVESTED_IN", "다온전자", "가온브레인")]["amount"] == pytest.approx(2e10)


def test_investment_received_from_a_name_written_without_a_particle() -> None:
    got = facts("한빛칩스는 가나벤처스 투자를 받은 뒤 생산을 늘렸다.")
    assert ("가나벤처스", "한빛칩스") in invested(got)


def test_recipient_named_after_a_description_of_it() -> None:
    got = facts("다온전자의 투자를 받은 반도체 설계 기업 한빛칩스는 올해 상장한다.")
    assert ("다온전자", "한빛칩스") in invested(got)


def test_partner_joining_a_round_with_the_subject() -> None:
    got = facts("가람전자는 한빛칩스가 진행한 500억원 규모 투자 라운드에 다온전자와 함께 참여했다.")
    assert invested(got) == {("가람전자", "한빛칩스"), ("다온전자", "한빛칩스")}
    assert "amount" not in got[("INVESTED_IN", "가람전자", "한빛칩스")]  # a total two shared


def test_lead_written_as_an_adverbial_phrase() -> None:
    got = facts(
        "누리칩스는 200억원 규모의 시리즈B 투자를 유치했다. "
        "이번 투자는 다온벤처스 주도로 한빛인베스트먼트와 가람캐피탈이 참여했다."
    )
    assert got[("INVESTED_IN", "다온벤처스", "누리칩스")].get("lead") is True
    assert {("한빛인베스트먼트", "누리칩스"), ("가람캐피탈", "누리칩스")} <= invested(got)


def test_investor_of_a_company_named_with_ui() -> None:
    got = facts("다온전자와 가람전자는 누리칩스의 전략적 투자자(SI)로 합류했다.")
    assert {("다온전자", "누리칩스"), ("가람전자", "누리칩스")} <= invested(got)


def test_investor_role_under_review_is_no_fact() -> None:
    got = facts("다온전자는 누리칩스의 전략적 투자자로 참여할지 검토 중이다.")
    assert not invested(got), got


def test_cleft_list_ending_in_deung() -> None:
    got = facts("누리칩스에 투자한 곳은 다온벤처스, 한빛인베스트먼트 등이다.")
    assert {("다온벤처스", "누리칩스"), ("한빛인베스트먼트", "누리칩스")} <= invested(got)


# --- grants and contributions ---------------------------------------------------------------------


def test_grant_received_from_the_government_with_an_amount() -> None:
    got = facts("누리칩스는 정부로부터 30억원을 지원받아 시제품을 만든다.")
    assert got[("INVESTED_IN", "정부", "누리칩스")]["amount"] == pytest.approx(3e9)


def test_technical_support_received_is_no_investment() -> None:
    got = facts("누리칩스는 중소벤처기업부로부터 기술 지원을 받았다.")
    assert not invested(got), got


def test_ministry_contribution_to_an_institute() -> None:
    got = facts("과학기술정보통신부는 한국전자통신연구원에 120억원을 출연했다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "한국전자통신연구원")]["amount"] == pytest.approx(1.2e10)


def test_appearing_on_a_programme_is_no_contribution() -> None:
    got = facts("다온전자 대표는 지난주 한빛방송 프로그램에 출연했다.")
    assert not invested(got), got


# --- commitments into technologies and infrastructure ------------------------------------------------


def test_yearly_amount_into_a_sector() -> None:
    got = facts("다온전자는 AI 데이터센터 분야에 매년 1000억원씩 투자한다.")
    assert got[("INVESTED_IN", "다온전자", "AI 데이터센터")]["annual_amount"] == pytest.approx(1e11)


def test_money_spent_to_build_infrastructure() -> None:
    got = facts("다온전자는 3000억원을 들여 AI 데이터센터를 구축한다.")
    assert got[("INVESTED_IN", "다온전자", "AI 데이터센터")]["amount"] == pytest.approx(3e11)


def test_money_spent_on_a_plant_or_under_review_gives_nothing() -> None:
    assert not invested(facts("다온전자는 2조원을 들여 평택에 반도체 공장을 짓는다."))
    assert not invested(facts("다온전자는 500억원을 들여 AI 연구소를 설립하는 방안을 검토 중이다."))


def test_purpose_of_building_names_the_target() -> None:
    got = facts("다온전자는 AI 데이터센터 구축을 위해 2000억원을 투자한다.")
    assert ("다온전자", "AI 데이터센터") in invested(got)


# --- deals written as nouns ---------------------------------------------------------------------------


def test_investment_written_as_a_noun_with_its_investor() -> None:
    got = facts("다온전자의 한빛칩스 투자는 올해 들어 두 번째다.")
    assert ("다온전자", "한빛칩스") in invested(got)


def test_subject_completing_an_investment_written_as_a_noun() -> None:
    got = facts("다온전자는 한빛칩스 투자를 통해 설계 역량을 확보했다.")
    assert ("다온전자", "한빛칩스") in invested(got)


def test_a_companys_own_investment_and_a_noun_under_review_give_nothing() -> None:
    assert not invested(facts("다온전자 투자 규모는 올해 50조원이다."))
    assert not invested(facts("다온전자는 누리칩스 투자를 검토하고 있다."))
    assert not invested(facts("누리칩스 투자 유치에는 다온전자가 관심을 보였다."))


def test_acquisition_written_as_a_noun() -> None:
    got = facts("다온전자의 한빛칩스 인수는 업계 최대 규모였다.")
    assert ("ACQUIRED", "다온전자", "한빛칩스") in got


def test_acquisition_being_pursued_is_no_fact() -> None:
    got = facts("다온전자는 누리칩스 인수를 추진하고 있다.")
    assert ("ACQUIRED", "다온전자", "누리칩스") not in got
    got = facts("다온전자의 한빛칩스 인수가 불발됐다.")
    assert ("ACQUIRED", "다온전자", "한빛칩스") not in got


# --- actors described after a relative clause ------------------------------------------------------


def test_buyer_described_after_the_object_it_bought() -> None:
    got = facts("누리칩스를 1200억원에 인수한 다온전자는 설계 인력을 늘린다.")
    assert got[("ACQUIRED", "다온전자", "누리칩스")]["amount"] == pytest.approx(1.2e11)


def test_buyer_said_to_be_about_to_buy_is_no_fact() -> None:
    got = facts("누리칩스를 인수할 것으로 알려진 다온전자는 답하지 않았다.")
    assert ("ACQUIRED", "다온전자", "누리칩스") not in got


def test_founder_described_after_the_company_founded() -> None:
    got = facts("누리칩스를 2019년 공동 창업한 박민호 대표는 반도체 설계 전문가다.")
    assert got[("ESTABLISHED", "박민호", "누리칩스")]["date"].startswith("2019")
    assert got[("WORKS_FOR", "박민호", "누리칩스")]["title"] == "대표"


def test_founding_planned_is_no_fact() -> None:
    got = facts("누리칩스를 창업할 예정인 박민호 연구원은 설계 전문가다.")
    assert ("ESTABLISHED", "박민호", "누리칩스") not in got


def test_topic_described_as_a_company_someone_invested_in() -> None:
    got = facts("누리칩스는 다온전자가 지난해 지분 투자한 반도체 기업이다.")
    assert ("다온전자", "누리칩스") in invested(got)


def test_topic_described_as_a_possible_investee_gives_nothing() -> None:
    got = facts("누리칩스는 다온전자가 투자할 기업으로 거론된다.")
    assert not invested(got), got


def test_holder_described_after_its_stake() -> None:
    got = facts("누리칩스의 지분 12%를 보유한 다온전자는 이사회에 참여한다.")
    assert got[("INVESTED_IN", "다온전자", "누리칩스")]["stake_percent"] == pytest.approx(12.0)


def test_what_a_company_led_by_someone_makes_is_no_founding() -> None:
    got = facts("박민호 대표가 이끄는 다온전자는 로봇을 만든다.")
    assert ("ESTABLISHED", "박민호", "다온전자") not in got
    assert got[("WORKS_FOR", "박민호", "다온전자")]["title"] == "대표"


def test_people_founding_the_topic_still_found_it() -> None:
    got = facts("다온전자는 2019년 박민호 대표와 김지현 CTO가 공동 창업했다.")
    assert {("ESTABLISHED", "박민호", "다온전자"), ("ESTABLISHED", "김지현", "다온전자")} <= set(got)
