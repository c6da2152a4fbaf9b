"""Korean news patterns of the second round (issue 9), each with composed sentences, positive and negative."""
import pytest
from ko_facts import facts


# --- funding rounds -------------------------------------------------------------------------

def test_participants_sentence_takes_the_announced_rounds_total_and_series() -> None:
    got = facts(
        "물류로봇 업체 한빛무브는 120억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
        "이번 투자에는 가람파트너스·누리브릿지벤처스·다솜인베스트먼트가 참여했다."
    )
    for investor in ("가람파트너스", "누리브릿지벤처스", "다솜인베스트먼트"):
        props = got[("INVESTED_IN", investor, "한빛무브")]
        assert props["round_amount"] == pytest.approx(1.2e10) and props["series"] == "A"
        assert "amount" not in props  # a round's total is no single investor's amount


def test_a_stage_word_inside_an_investors_name_is_not_the_series() -> None:
    got = facts("한빛무브는 누리브릿지벤처스로부터 투자를 유치했다.")
    assert "series" not in got[("INVESTED_IN", "누리브릿지벤처스", "한빛무브")]


def test_money_raised_without_the_word_investment() -> None:
    got = facts("물류로봇 업체 한빛무브는 누적 200억원을 유치했다. 투자자로는 가람파트너스, 다솜인베스트먼트 등이 이름을 올렸다.")
    assert {("INVESTED_IN", "가람파트너스", "한빛무브"), ("INVESTED_IN", "다솜인베스트먼트", "한빛무브")} <= set(got)


def test_lead_written_after_the_round() -> None:
    got = facts("한빛무브는 가람파트너스와 다솜인베스트먼트로부터 80억원을 유치했다. 이번 투자는 가람파트너스가 주도했다.")
    assert got[("INVESTED_IN", "가람파트너스", "한빛무브")].get("lead") is True
    assert "lead" not in got[("INVESTED_IN", "다솜인베스트먼트", "한빛무브")]


def test_a_stake_put_in_is_kept_on_the_investment() -> None:
    got = facts("가온전자는 2019년 한빛로보틱스에 지분 10%를 투자했다.")
    assert got[("INVESTED_IN", "가온전자", "한빛로보틱스")]["stake_percent"] == 10.0


# --- people ---------------------------------------------------------------------------------

def test_a_foreign_name_kiwi_knows_as_one_word_after_org_with_genitive() -> None:
    got = facts("엔비디아의 젠슨 황 CEO는 기조연설에서 새 칩을 공개했다.")
    assert got[("WORKS_FOR", "젠슨 황", "엔비디아")]["title"] == "CEO"


def test_a_three_word_transliterated_name_before_a_country_and_organisation() -> None:
    got = facts("이날 행사에는 응우옌 반 안 베트남 가나소프트 회장이 참석했다.")
    assert got[("WORKS_FOR", "응우옌 반 안", "가나소프트")]["title"] == "회장"
    assert not any("베트남" in k[2] for k in got)


def test_words_before_a_country_with_no_title_are_no_person() -> None:
    got = facts("올해 행사는 역대 최대 규모 베트남 가나소프트 전시관에서 열렸다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_org_with_its_abbreviation_before_a_titled_name() -> None:
    got = facts("한국가온연구원(KGRI) 박동수 원장은 새 연구 방향을 밝혔다.")
    assert got[("WORKS_FOR", "박동수", "한국가온연구원")]["title"] == "원장"


def test_a_unit_heads_title_with_the_copula_before_the_name() -> None:
    got = facts("한울전자 DS부문장인 이정우 부회장은 경쟁력을 강조했다.")
    assert got[("WORKS_FOR", "이정우", "한울전자")]["title"] == "부회장"


def test_a_role_before_the_name_at_a_unit_of_a_known_university() -> None:
    got = facts("서울대 공과대학 학장인 홍길동 교수는 축사를 했다.")
    assert got[("WORKS_FOR", "홍길동", "서울대학교")]["title"] == "학장"
    assert ("PART_OF", "서울대 공과대학", "서울대학교") in got


def test_an_unknown_suffixed_organisation_right_before_a_titled_name() -> None:
    got = facts("한울전자 박민수 상무는 협력을 확대하겠다고 말했다.")
    assert got[("WORKS_FOR", "박민수", "한울전자")]["title"] == "상무"


def test_the_last_of_two_titles_is_kept() -> None:
    got = facts("김철수 한울전자 대표이사 사장은 올해 목표를 밝혔다.")
    assert got[("WORKS_FOR", "김철수", "한울전자")]["title"] == "사장"


def test_a_professors_team_names_the_professor() -> None:
    got = facts("누리대학교 이민호 교수팀은 새 알고리즘을 발표했다.")
    assert got[("WORKS_FOR", "이민호", "누리대학교")]["title"] == "교수"


def test_a_common_word_before_a_titled_name_is_no_organisation() -> None:
    got = facts("이번 행사에서 박민수 상무는 협력을 확대하겠다고 말했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got
