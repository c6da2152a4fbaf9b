"""Deal wordings of the Korean business and IT press: headline verbs and idioms (composed sentences).

Each wording has a positive case and a hedged, planned or look-alike one that must give nothing.
"""

import pytest
from ko_facts import facts


def of_type(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


# --- acquisitions -------------------------------------------------------------------------------


def test_embraced_company_is_bought() -> None:
    assert ("한울전자", "누리칩스") in of_type(facts("한울전자가 반도체 설계 기업 누리칩스를 품었다."), "ACQUIRED")
    assert ("가람전자", "한빛로보틱스") in of_type(facts("가람전자는 로봇 스타트업 한빛로보틱스를 품는다."), "ACQUIRED")


def test_embraced_in_a_relative_clause() -> None:
    got = facts("한울전자가 품은 누리칩스는 올해 매출이 두 배로 늘었다.")
    assert ("한울전자", "누리칩스") in of_type(got, "ACQUIRED")


def test_embracing_wondered_about_or_supposed_is_no_acquisition() -> None:
    assert not of_type(facts("한울전자가 누리칩스를 품을지 업계의 관심이 쏠린다."), "ACQUIRED")
    assert not of_type(facts("만약 한울전자가 누리칩스를 품는다면 시장 판도가 바뀐다."), "ACQUIRED")
    assert not of_type(facts("다온전자는 고객의 목소리를 제품에 담았다."), "ACQUIRED")


def test_majority_stake_bought_is_an_acquisition() -> None:
    got = facts("가람전자는 로봇 스타트업 한빛로보틱스의 지분 51%를 사들였다.")
    assert ("가람전자", "한빛로보틱스") in of_type(got, "ACQUIRED")
    assert got[("INVESTED_IN", "가람전자", "한빛로보틱스")]["stake_percent"] == 51


def test_whole_stake_bought_is_an_acquisition() -> None:
    got = facts("다온홀딩스는 소재 기업 누리머티리얼즈의 지분을 전량 인수했다.")
    assert ("다온홀딩스", "누리머티리얼즈") in of_type(got, "ACQUIRED")


def test_minority_stake_is_no_acquisition() -> None:
    got = facts("가람전자는 한빛로보틱스의 지분 20%를 사들였다.")
    assert ("가람전자", "한빛로보틱스") in of_type(got, "INVESTED_IN")
    assert not of_type(got, "ACQUIRED")


def test_control_taken_is_an_acquisition() -> None:
    got = facts("다온스퀘어는 반도체 스타트업 누리칩스의 경영권을 확보했다.")
    assert ("다온스퀘어", "누리칩스") in of_type(got, "ACQUIRED")


def test_control_sought_is_no_acquisition() -> None:
    assert not of_type(facts("다온스퀘어는 누리칩스의 경영권 확보를 검토하고 있다."), "ACQUIRED")
    assert not of_type(facts("다온스퀘어는 누리칩스의 경영권을 확보하지 못했다."), "ACQUIRED")
    assert not of_type(facts("다온스퀘어는 누리칩스의 경영권을 가져오기 위해 소송을 냈다."), "ACQUIRED")


def test_made_a_subsidiary_is_an_acquisition() -> None:
    got = facts("한빛로보틱스는 협동로봇 기업 누리모션을 100% 자회사로 편입했다.")
    assert ("한빛로보틱스", "누리모션") in of_type(got, "ACQUIRED")
    got = facts("누리모션은 한빛로보틱스의 자회사로 편입됐다.")
    assert ("한빛로보틱스", "누리모션") in of_type(got, "ACQUIRED")


def test_subsidiary_planned_is_no_acquisition() -> None:
    assert not of_type(facts("한빛로보틱스는 누리모션을 자회사로 편입하는 방안을 검토 중이다."), "ACQUIRED")


# --- investments --------------------------------------------------------------------------------


def test_money_transfused_is_an_investment() -> None:
    got = facts("다온모빌리티그룹이 자율주행 스타트업 누리드라이브에 2000억원을 수혈했다.")
    assert got[("INVESTED_IN", "다온모빌리티그룹", "누리드라이브")]["amount"] == pytest.approx(2e11)


def test_money_transfusion_received_is_the_recipients_round() -> None:
    got = facts("누리랩스는 다온모빌리티그룹으로부터 2000억원을 수혈받았다.")
    assert of_type(got, "INVESTED_IN") == {("다온모빌리티그룹", "누리랩스")}


def test_transfusion_wondered_about_is_no_fact() -> None:
    assert not facts("다온모빌리티그룹이 누리드라이브에 추가 자금을 수혈할지 주목된다.")


def test_money_put_in_is_an_investment() -> None:
    got = facts("가람그룹은 미국 AI 스타트업 누리AI에 1000만 달러를 넣었다.")
    assert ("가람그룹", "누리AI") in of_type(got, "INVESTED_IN")
    assert not facts("가람그룹은 신제품에 새 기능을 넣었다.")


def test_rose_to_largest_shareholder() -> None:
    got = facts("한울전자가 한빛로보틱스의 최대주주에 올랐다.")
    assert ("한울전자", "한빛로보틱스") in of_type(got, "INVESTED_IN")


def test_shareholder_becoming_wondered_about_is_no_fact() -> None:
    assert not facts("한울전자가 한빛로보틱스의 최대주주에 오를 가능성이 거론된다.")


def test_rights_issue_to_a_named_investor() -> None:
    got = facts("누리테크놀로지는 다온텔레콤을 대상으로 224억원 규모의 제3자배정 유상증자를 실시한다.")
    assert got[("INVESTED_IN", "다온텔레콤", "누리테크놀로지")]["amount"] == pytest.approx(2.24e10)


def test_rights_issue_reviewed_is_no_fact() -> None:
    assert not facts("누리테크놀로지는 다온텔레콤을 대상으로 유상증자를 실시하는 방안을 검토하고 있다.")


def test_war_chest_secured_from_named_investors() -> None:
    got = facts("누리랩스는 가나인베스트먼트와 다온벤처스로부터 150억원의 실탄을 확보했다.")
    assert of_type(got, "INVESTED_IN") == {("가나인베스트먼트", "누리랩스"), ("다온벤처스", "누리랩스")}
    assert "amount" not in got[("INVESTED_IN", "다온벤처스", "누리랩스")]  # the total two shared


def test_war_chest_from_nobody_named_gives_nothing() -> None:
    assert not facts("누리랩스는 시리즈B 투자를 유치하며 150억원의 실탄을 확보했다.")


def test_round_led_by_investor_in_present_relative_clause() -> None:
    got = facts("에듀테크 스타트업 누리랩스가 다온벤처스가 이끄는 라운드에서 300억원을 조달했다.")
    assert got[("INVESTED_IN", "다온벤처스", "누리랩스")].get("lead") is True


def test_follow_on_drawn_from_an_investor() -> None:
    got = facts("누리랩스는 기존 투자사인 다온벤처스의 후속 투자를 이끌어냈다.")
    assert of_type(got, "INVESTED_IN") == {("다온벤처스", "누리랩스")}


def test_strategic_investor_joining_a_company_named_with_e() -> None:
    got = facts("다온소프트는 AI 스타트업 누리랩스에 전략적 투자자(SI)로 참여했다.")
    assert of_type(got, "INVESTED_IN") == {("다온소프트", "누리랩스")}
    assert not of_type(got, "PARTICIPATES_IN")


# --- partnerships -------------------------------------------------------------------------------


def test_alliance_made_is_a_partnership() -> None:
    got = facts("다온자동차는 누리그래픽스와 AI 동맹을 맺었다.")
    assert of_type(got, "PARTNERS_WITH") in ({("다온자동차", "누리그래픽스")}, {("누리그래픽스", "다온자동차")})


def test_shares_swapped_make_partners() -> None:
    got = facts("다온텔레콤과 가람소프트는 3000억원 규모의 지분을 맞교환하며 혈맹을 맺었다.")
    assert of_type(got, "PARTNERS_WITH")


def test_partnership_planned_is_no_fact() -> None:
    assert not facts("다온텔레콤은 가람소프트와 손잡을 계획이다.")
    assert not facts("다온텔레콤은 가람소프트와 동맹을 맺을 예정이다.")


# --- more wordings: sources, stakes raised, spending, headlines ----------------------------------


def test_round_raised_from_an_investor_named_with_eseo() -> None:
    got = facts("누리테크놀로지스는 가나파트너스에서 브릿지 투자를 유치했다.")
    assert of_type(got, "INVESTED_IN") == {("가나파트너스", "누리테크놀로지스")}


def test_round_raised_in_a_place_names_no_investor() -> None:
    assert not facts("누리랩스는 미국에서 투자를 유치했다.")


def test_stake_raised_keeps_the_new_stake() -> None:
    got = facts("가람전자는 누리랩스 지분을 기존 10%에서 30%로 확대했다.")
    assert got[("INVESTED_IN", "가람전자", "누리랩스")]["stake_percent"] == 30


def test_money_spent_on_a_field() -> None:
    got = facts("한울전자는 AI 반도체 개발에 3000억원을 쓴다.")
    assert got[("INVESTED_IN", "한울전자", "AI 반도체")]["amount"] == pytest.approx(3e11)


def test_money_spent_on_no_field_or_by_consumers_is_no_investment() -> None:
    assert not facts("한울전자는 광고비로 300억원을 썼다.")
    assert not facts("소비자들은 지난해 온라인 쇼핑에 100조원을 썼다.")


def test_headline_actor_set_off_by_a_comma() -> None:
    text = "가람텔레콤, 누리랩스에 1억달러 투자\n가람텔레콤은 미국 AI 기업 누리랩스에 투자했다고 밝혔다."
    got = facts(text)
    assert got[("INVESTED_IN", "가람텔레콤", "누리랩스")]["amount"] == pytest.approx(1e8)


def test_headline_ending_on_the_deal_noun() -> None:
    assert ("가람텔레콤", "누리랩스") in of_type(facts("[단독] 가람텔레콤, 누리랩스 인수…AI 역량 강화"), "ACQUIRED")


def test_headline_of_a_planned_or_rumoured_deal_gives_nothing() -> None:
    assert not of_type(facts("가람텔레콤, 누리랩스 인수 추진…AI 역량 강화"), "ACQUIRED")
    assert not of_type(facts("가람텔레콤, 누리랩스 인수설"), "ACQUIRED")
    assert not of_type(facts("가람텔레콤, 누리랩스 인수하나?"), "ACQUIRED")


def test_list_in_a_body_sentence_is_no_headline() -> None:
    got = facts("다온캐피탈은 가람텔레콤, 누리랩스에 투자했다.")
    assert ("가람텔레콤", "누리랩스") not in of_type(got, "INVESTED_IN")


def test_money_for_innovating_a_field() -> None:
    got = facts("한울전자는 로봇 분야 혁신을 위해 2000억원을 투자한다.")
    assert ("한울전자", "로봇") in of_type(got, "INVESTED_IN")


def test_budget_allotted_to_a_field_or_an_institute() -> None:
    got = facts("과학기술정보통신부는 AI 반도체 개발에 올해 예산 500억원을 편성했다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "AI 반도체")]["amount"] == pytest.approx(5e10)
    got = facts("과학기술정보통신부는 누리연구원에 출연금 200억원을 배정했다.")
    assert ("과학기술정보통신부", "누리연구원") in of_type(got, "INVESTED_IN")


def test_budget_debated_or_shares_allotted_is_no_investment() -> None:
    assert not facts("국회는 내년 예산안에서 AI 예산 1조원을 편성할지 논의한다.")
    assert not of_type(facts("누리랩스는 신주 100억원어치를 배정했다."), "INVESTED_IN")


# --- consortia ----------------------------------------------------------------------------------


def test_alliance_formed_with_listed_partners() -> None:
    got = facts("한울AI는 가람전자, 다온소프트와 '누리 컨소시엄'을 구성했다.")
    assert of_type(got, "PARTICIPATES_IN") == {
        ("한울AI", "누리 컨소시엄"),
        ("가람전자", "누리 컨소시엄"),
        ("다온소프트", "누리 컨소시엄"),
    }


def test_unnamed_consortium_is_no_member_target() -> None:
    assert not of_type(facts("한울AI는 가람전자, 다온소프트와 AI 컨소시엄을 구성했다."), "PARTICIPATES_IN")


def test_round_of_a_company_named_without_a_particle() -> None:
    got = facts("가나파트너스는 누리랩스 시리즈B 투자에 참여했다.")
    assert got[("INVESTED_IN", "가나파트너스", "누리랩스")]["series"] == "B"
    got = facts("다온벤처스는 누리랩스 150억원 규모 시리즈A 라운드를 주도했다.")
    assert ("다온벤처스", "누리랩스") in of_type(got, "INVESTED_IN")


def test_round_with_its_company_unnamed_gives_nothing() -> None:
    assert not facts("다온벤처스는 이번 라운드에 참여했다.")
    assert not facts("다온벤처스는 누리랩스의 기술 설명회에 참여했다.")


def test_existing_investor_stepping_into_a_follow_on() -> None:
    got = facts("누리칩스가 300억원 규모의 시리즈B 투자를 유치했다. 기존 투자사인 가람캐피탈도 후속 투자에 나섰다.")
    assert got[("INVESTED_IN", "가람캐피탈", "누리칩스")]["series"] == "B"


def test_follow_on_without_a_round_or_under_review_gives_nothing() -> None:
    assert not facts("기존 투자사인 가람캐피탈도 후속 투자에 나섰다.")
    got = facts("누리칩스가 시리즈B 투자를 유치했다. 기존 투자사인 가람캐피탈은 후속 투자에 나설지 검토 중이다.")
    assert ("가람캐피탈", "누리칩스") not in of_type(got, "INVESTED_IN")
