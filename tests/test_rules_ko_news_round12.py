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
        (
            "다온전자는 누리랩스와 업무협약을 맺고 AI 사업 전반을 논의하기로 했다.",
            "PARTNERS_WITH",
            ("다온전자", "누리랩스"),
        ),
        (
            "다온전자는 누리랩스와 MOU를 맺고 공동 사업 모델을 제안할 계획이다.",
            "PARTNERS_WITH",
            ("다온전자", "누리랩스"),
        ),
        (
            "다온전자는 누리랩스와 공동 연구를 통해 새로운 배터리 소재를 제안했다.",
            "PARTNERS_WITH",
            ("다온전자", "누리랩스"),
        ),
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
    # the contrast: the same noun as a later clause's object leaves the partnership
    assert pairs(facts("다온전자는 누리랩스와 협력해 시너지를 기대하고 있다."), "PARTNERS_WITH")
    got = facts(text)
    assert not {k for k in got if k[0] in ("PARTNERS_WITH", "INVESTED_IN", "ACQUIRED")}, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("다온전자는 누리랩스에 100억원을 투자했을 뿐 아니라 기술 협력도 강화했다.", "INVESTED_IN"),
        ("다온전자는 누리랩스와 손을 잡았을 뿐만 아니라 지분도 확보했다.", "PARTNERS_WITH"),
    ],
)
def test_not_only_is_no_negation_but_a_denial_is(text: str, kind: str) -> None:
    assert ("다온전자", "누리랩스") in pairs(facts(text), kind)
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


def test_a_teams_research_is_a_partnership_but_its_talks_are_not() -> None:
    assert ("가람대", "누리랩스") in pairs(facts("가람대 연구팀은 누리랩스와 공동 연구를 진행했다."), "PARTNERS_WITH")
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
    assert pairs(facts("중기부는 누리랩스 등 10개사를 선정해 최대 5억원씩 지원한다."), "INVESTED_IN")  # the contrast
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
    assert pairs(facts("다온전자는 누리랩스와 컨소시엄을 구성했다."), "PARTNERS_WITH")  # the contrast
    assert not pairs(facts(text), "PARTNERS_WITH")


def test_each_founder_of_a_fund_put_in_its_own_contribution() -> None:
    got = facts("다온전자와 가람전자가 각각 50억원을 출자해 누리펀드를 조성했다.")
    assert got[("INVESTED_IN", "다온전자", "누리펀드")]["amount"] == pytest.approx(5e9)
    assert got[("INVESTED_IN", "가람전자", "누리펀드")]["amount"] == pytest.approx(5e9)


def test_a_quoted_fund_set_up_with_a_contribution() -> None:
    got = facts("다온전자는 100억원을 출자해 AI 전문 펀드 '누리AI펀드'를 조성한다.")
    assert got[("INVESTED_IN", "다온전자", "누리AI펀드")]["amount"] == pytest.approx(1e10)


def test_a_fund_set_up_is_a_contribution_one_under_review_is_not() -> None:
    assert ("다온전자", "누리펀드") in pairs(facts("다온전자는 100억원을 출자해 누리펀드를 조성했다."), "INVESTED_IN")
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
    # the contrast: an investment contract between companies stays an investment
    got = facts("다온전자는 누리랩스와 500억원 규모의 투자 계약을 체결했다.")
    assert got[("INVESTED_IN", "다온전자", "누리랩스")]["amount"] == pytest.approx(5e10)


def test_a_team_listed_after_a_person_acts_for_its_university_not_as_the_persons_employer() -> None:
    assert ("가람대", "누리랩스") in pairs(facts("가람대 연구팀은 누리랩스와 공동 연구를 진행했다."), "PARTNERS_WITH")
    got = facts("UNIST는 백정민 신소재공학부 교수와 미국 조지아공대, 성균관대 공동연구팀이 발전기를 만들었다고 밝혔다.")
    assert ("WORKS_FOR", "백정민", "조지아공대") not in got, got


# --- establishment: the kind of organisation between the clause and the name, joint ventures, topics ------


@pytest.mark.parametrize("verb", ["설립한", "만든", "세운"])
def test_a_founding_clause_before_the_kind_and_the_name(verb: str) -> None:
    assert ("다온전자", "누리AI") in pairs(
        facts(f"다온전자가 {verb} AI 스타트업 누리AI는 투자를 유치했다."), "ESTABLISHED"
    )


@pytest.mark.parametrize(
    "text",
    ["다온전자가 만든 AI 모델 누리GPT는 인기를 끌었다.", "다온전자가 설립할 AI 스타트업 누리AI는 내년 출범한다."],
)
def test_a_product_or_a_founding_to_come_is_no_establishment(text: str) -> None:
    assert pairs(facts("다온전자가 만든 AI 스타트업 누리AI는 투자를 유치했다."), "ESTABLISHED")  # the contrast
    assert not pairs(facts(text), "ESTABLISHED")


def test_the_owners_funding_a_joint_venture_founded_it() -> None:
    got = facts("다온전자와 가람전자가 50대 50으로 출자한 합작사 누리AI가 출범했다.")
    assert {("다온전자", "누리AI"), ("가람전자", "누리AI")} <= pairs(got, "ESTABLISHED")


def test_a_joint_venture_still_to_be_funded_has_no_founders() -> None:
    assert pairs(facts("다온전자와 가람전자가 출자한 합작법인 누리AI는 AI 칩을 만든다."), "ESTABLISHED")
    assert not pairs(facts("다온전자와 가람전자가 출자할 합작사 누리AI는 내년 출범한다."), "ESTABLISHED")


def test_an_organisation_founding_the_topic() -> None:
    got = facts("누리재단이 27일 출범했다. 재단은 다온전자가 100억원을 출연해 세웠다.")
    assert ("다온전자", "누리재단") in pairs(got, "ESTABLISHED")


def test_a_topic_founded_only_in_a_plan_has_no_founder() -> None:
    assert ("다온전자", "다온재단") in pairs(facts("다온재단은 다온전자가 2020년 설립했다."), "ESTABLISHED")
    assert not pairs(facts("다온재단은 다온전자가 100억원을 출연해 세울 계획이다."), "ESTABLISHED")


# --- part of a body written with its gloss; a bare kind noun opening a sentence ---------------------------


def test_set_up_under_a_body_written_with_its_short_name() -> None:
    got = facts("'AI안전연구소'가 27일 공식 출범했다. 연구소는 한국전자통신연구원(ETRI) 산하에 설치됐다.")
    assert ("AI안전연구소", "한국전자통신연구원") in pairs(got, "PART_OF")


def test_this_university_is_never_the_ministry_that_picked_it() -> None:
    got = facts("과기정통부는 올해 AI 반도체 대학원 사업을 시작했다. 정부는 이 대학에 5년간 100억원을 지원한다.")
    assert ("정부", "과학기술정보통신부") not in pairs(got, "INVESTED_IN"), got
    got = facts("과기정통부는 가람대학교를 AI 반도체 대학원으로 선정했다. 정부는 이 대학에 5년간 100억원을 지원한다.")
    assert ("정부", "가람대학교") in pairs(got, "INVESTED_IN")


def test_a_unit_starting_under_the_topic_did_not_found_it() -> None:
    got = facts("다온전자는 AI 자회사 누리AI가 지난달 출범했다고 밝혔다.")
    assert ("누리AI", "다온전자") not in pairs(got, "ESTABLISHED"), got
    assert ("다온전자", "다온재단") in pairs(facts("다온재단은 다온전자가 100억원을 출연해 세웠다."), "ESTABLISHED")


def test_a_professors_team_acts_for_the_professors_university() -> None:
    got = facts("김철수 가람대 교수 연구팀은 다온전자와 공동 연구를 진행했다.")
    assert pairs(got, "PARTNERS_WITH") & {("가람대", "다온전자"), ("다온전자", "가람대")}, got


def test_a_professors_team_planning_research_is_no_partnership() -> None:
    assert pairs(facts("김철수 가람대 교수 연구팀은 다온전자와 공동 연구를 진행했다."), "PARTNERS_WITH")  # the contrast
    assert not pairs(facts("김철수 가람대 교수 연구팀은 다온전자와 공동 연구를 추진할 계획이다."), "PARTNERS_WITH")


# --- people heading a part of an organisation's business ---------------------------------------------------


@pytest.mark.parametrize("verb", ["총괄하는", "이끄는", "담당하는"])
def test_heading_a_business_of_an_organisation(verb: str) -> None:
    got = facts(f"다온전자의 AI 사업을 {verb} 김철수 부사장은 말했다.")
    assert got.get(("WORKS_FOR", "김철수", "다온전자")) == {"title": "부사장"}, got


# --- a round told as money secured ------------------------------------------------------------------------


def test_a_round_told_as_money_secured_is_the_round_later_sentences_name() -> None:
    got = facts(
        "누리칩스는 이번 투자로 누적 투자금 300억원을 확보했다. "
        "기존 투자자인 한빛벤처스가 후속 투자에 나섰고, 다온파트너스가 신규 투자자로 합류했다."
    )
    assert {("한빛벤처스", "누리칩스"), ("다온파트너스", "누리칩스")} <= pairs(got, "INVESTED_IN")


def test_money_secured_in_a_round_then_its_investors() -> None:
    got = facts(
        "누리칩스는 시리즈A 라운드에서 150억원의 자금을 확보했다. 이번 투자에는 한빛벤처스, 가람인베스트먼트가 참여했다."
    )
    assert got[("INVESTED_IN", "한빛벤처스", "누리칩스")]["round_amount"] == pytest.approx(1.5e10)


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 정부 예산 150억원을 확보했다. 이번 사업에는 한빛벤처스가 참여했다.",
        "누리칩스는 150억원의 자금을 확보할 계획이다. 이번 투자에는 한빛벤처스가 참여한다.",
    ],
)
def test_a_budget_or_money_still_to_be_raised_is_no_round(text: str) -> None:
    contrast = "누리칩스는 150억원의 자금을 확보했다. 이번 투자에는 한빛벤처스가 참여했다."
    assert pairs(facts(contrast), "INVESTED_IN")
    assert not pairs(facts(text), "INVESTED_IN")


def test_opening_a_way_is_no_founding_of_an_earlier_object() -> None:
    got = facts("김철수 가람대 교수 연구진이 스마트 메타물질을 자체 제작해 현실화 길을 열었다.")
    assert not pairs(got, "ESTABLISHED"), got
    assert ("다온전자", "누리AI연구소") in pairs(facts("다온전자는 판교에 누리AI연구소를 열었다."), "ESTABLISHED")
    # the team subject that made the earlier object reachable still acts for its university
    assert pairs(facts("김철수 가람대 교수 연구진이 다온전자와 공동 연구를 진행했다."), "PARTNERS_WITH")


# --- membership told by a role noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["다온전자는 'K-AI 얼라이언스' 회원사다.", "다온전자는 'K-AI 얼라이언스'의 창립 멤버로서 활동해왔다."]
)
def test_a_member_named_by_its_role(text: str) -> None:
    assert ("다온전자", "K-AI 얼라이언스") in pairs(facts(text), "PARTICIPATES_IN")


@pytest.mark.parametrize(
    "text", ["다온전자는 'K-AI 얼라이언스' 회원사가 아니다.", "다온전자는 'K-AI 얼라이언스' 회원사가 될 전망이다."]
)
def test_no_member_or_a_member_to_be_is_none(text: str) -> None:
    assert pairs(facts("다온전자는 'K-AI 얼라이언스' 회원사다."), "PARTICIPATES_IN")  # the contrast
    assert not pairs(facts(text), "PARTICIPATES_IN")
