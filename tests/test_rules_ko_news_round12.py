"""Twelfth round of Korean news wordings (sentences composed for these tests, none from a dev set).

Hedge nouns a later clause acts on, "뿐 아니라", research teams acting for their organisation, government
support to a body selected or named before, and consortium members.  Each family has look-alikes that must
give nothing: offers, chances, forecasts, plans and "검토 중".
"""

import pytest
from ko_facts import facts


def pairs(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


# --- hedge nouns: the later clause's object is no hedge on the fact before it ------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("다온전자는 누리랩스와 협력해 시너지를 기대하고 있다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 업무협약을 맺고 AI 사업 전반을 논의하기로 했다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 MOU를 맺고 공동 사업 모델을 제안할 계획이다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 공동 연구를 통해 새로운 배터리 소재를 제안했다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스에 100억원을 투자해 AI 칩 양산 가능성을 높였다.", "INVESTED_IN", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스를 인수해 시장 전망을 밝게 했다.", "ACQUIRED", ("다온전자", "누리랩스")),
    ],
)
def test_a_hedge_noun_a_later_clause_acts_on_leaves_the_fact(text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(facts(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "다온전자는 누리랩스와의 협력 가능성을 열어뒀다.",
        "다온전자는 누리랩스에 투자를 제안했다.",
        "다온전자는 누리랩스 인수를 제안받았다.",
        "다온전자는 누리랩스와 협력해 진출할 가능성이 있다.",
        "다온전자는 누리랩스와 손잡고 진출할 전망이다.",
        "다온전자가 누리랩스에 투자하기를 기대한다.",
        "다온전자는 누리랩스를 인수해 자회사로 편입하는 방안을 검토 중이다.",
        "다온전자는 누리랩스와 협력 방안을 논의하고 있다.",
    ],
)
def test_offers_chances_forecasts_and_talks_stay_hedges(text: str) -> None:
    got = facts(text)
    assert not {k for k in got if k[0] in ("PARTNERS_WITH", "INVESTED_IN", "ACQUIRED")}, got


def test_not_only_is_no_negation() -> None:
    got = facts("다온전자는 누리랩스뿐 아니라 가람소프트에도 투자했다.")
    assert ("다온전자", "가람소프트") in pairs(got, "INVESTED_IN")


def test_a_real_negation_still_gives_nothing() -> None:
    assert not pairs(facts("다온전자는 누리랩스에 투자한 것이 아니라고 밝혔다."), "INVESTED_IN")


# --- a team or side acts for its organisation ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "가람대 연구팀은 누리랩스와 공동 연구를 진행했다.",
        "누리랩스는 가람대 연구팀과 공동 연구를 진행한다.",
    ],
)
def test_a_research_team_stands_for_its_organisation(text: str) -> None:
    got = pairs(facts(text), "PARTNERS_WITH")
    assert got & {("가람대", "누리랩스"), ("누리랩스", "가람대")}, got


def test_a_companys_side_stands_for_it() -> None:
    assert ("다온전자", "누리랩스") in pairs(facts("다온전자 측은 누리랩스와 협력한다고 밝혔다."), "PARTNERS_WITH")


def test_a_teams_talks_are_no_partnership() -> None:
    assert not pairs(facts("가람대 연구팀은 누리랩스와 공동 연구를 검토하고 있다."), "PARTNERS_WITH")


# --- government support to a body picked for it --------------------------------------------------------


def test_support_to_the_companies_picked_in_the_same_sentence() -> None:
    got = facts("중기부는 누리랩스 등 10개사를 선정해 최대 5억원씩 지원한다.")
    assert got[("INVESTED_IN", "중소벤처기업부", "누리랩스")]["amount"] == pytest.approx(5e8)


def test_support_to_the_body_picked_in_the_sentence_before() -> None:
    got = facts("과기정통부는 가람대학교를 AI 반도체 대학원으로 선정했다. 정부는 이 대학에 5년간 100억원을 지원한다.")
    assert got[("INVESTED_IN", "정부", "가람대학교")]["amount"] == pytest.approx(1e10)
    assert ("정부", "과학기술정보통신부") not in pairs(got, "INVESTED_IN")  # the one who picks is no recipient


def test_support_received_through_a_programme_of_an_agency() -> None:
    got = facts("누리랩스는 과학기술정보통신부의 'AI 바우처' 사업에 선정돼 3억원을 지원받는다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "누리랩스")]["amount"] == pytest.approx(3e8)


@pytest.mark.parametrize(
    "text",
    [
        "과기정통부는 가람대학교를 AI 반도체 대학원으로 선정할 예정이다. 정부는 이 대학에 5년간 100억원을 지원한다.",
        "과기정통부는 누리랩스를 우수기업으로 선정했다. 누리랩스는 올해 매출 100억원을 올렸다.",
        "누리랩스는 과학기술정보통신부의 'AI 바우처' 사업에 선정돼 기술 지원을 받는다.",
        "누리랩스는 과학기술정보통신부의 'AI 바우처' 사업에 지원했다.",
    ],
)
def test_a_pick_not_made_or_support_that_is_no_money_gives_nothing(text: str) -> None:
    assert not pairs(facts(text), "INVESTED_IN")


# --- consortia formed with no name of their own, funds set up with contributions -----------------------


def test_a_consortium_formed_by_the_subject_with_listed_partners() -> None:
    got = pairs(facts("다온전자는 누리랩스·가람소프트·한빛칩스와 컨소시엄을 구성했다."), "PARTNERS_WITH")
    assert got == {("누리랩스", "다온전자"), ("가람소프트", "다온전자"), ("한빛칩스", "다온전자")}


def test_two_companies_forming_a_consortium_partner() -> None:
    assert pairs(facts("다온전자와 누리랩스가 컨소시엄을 꾸렸다."), "PARTNERS_WITH") == {("누리랩스", "다온전자")}


@pytest.mark.parametrize(
    "text",
    [
        "다온전자는 누리랩스와 컨소시엄을 구성하는 방안을 검토하고 있다.",
        "다온전자는 누리랩스와 컨소시엄을 구성할지 결정하지 못했다.",
        "다온전자·누리랩스·가람소프트가 컨소시엄을 꾸렸다.",  # no one leads: no centre to partner with
    ],
)
def test_a_consortium_considered_or_without_a_centre_gives_no_partnership(text: str) -> None:
    assert not pairs(facts(text), "PARTNERS_WITH")


def test_each_founder_of_a_fund_put_in_its_own_contribution() -> None:
    got = facts("다온전자와 가람전자가 각각 50억원을 출자해 누리펀드를 조성했다.")
    assert got[("INVESTED_IN", "다온전자", "누리펀드")]["amount"] == pytest.approx(5e9)
    assert got[("INVESTED_IN", "가람전자", "누리펀드")]["amount"] == pytest.approx(5e9)


def test_a_quoted_fund_set_up_with_a_contribution() -> None:
    got = facts("다온전자는 100억원을 출자해 AI 전문 펀드 '누리AI펀드'를 조성한다.")
    assert got[("INVESTED_IN", "다온전자", "누리AI펀드")]["amount"] == pytest.approx(1e10)


def test_a_fund_under_review_is_no_contribution() -> None:
    assert not pairs(facts("다온전자는 100억원을 출자해 펀드를 조성할지 검토하고 있다."), "INVESTED_IN")


# --- an investment agreement with a city or province: the company invests there --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "광주시는 누리랩스와 500억원 규모의 투자협약을 체결했다.",
        "누리랩스는 광주시와 500억원 규모의 투자협약을 체결했다.",
        "전북도와 완주군은 30일 누리랩스와 750억원 규모의 추가 투자 협약을 체결했다.",
    ],
)
def test_an_investment_agreement_with_a_local_government_funds_no_organisation(text: str) -> None:
    got = facts(text)
    assert not pairs(got, "INVESTED_IN"), got
    assert pairs(got, "PARTNERS_WITH")


def test_an_investment_contract_between_companies_stays_an_investment() -> None:
    got = facts("다온전자는 누리랩스와 500억원 규모의 투자 계약을 체결했다.")
    assert got[("INVESTED_IN", "다온전자", "누리랩스")]["amount"] == pytest.approx(5e10)
