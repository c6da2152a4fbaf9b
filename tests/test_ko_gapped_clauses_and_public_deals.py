"""Korean clause boundaries, public bodies and names written as one word: a later topic after a completed predicate
opens its own clause ("A는 …했고, B는 …"), and clauses cut short before one verb ("A는 X와, B는 Y와 각각") each give
their own pair; a public body's investment agreement is no investment; an option kept open or a plan drawn up to
buy is no deal; a present "만든다" makes a product, not a company; a body named by its kind before a head's name is
that kind's body; a department's last syllable is no particle; a professor founding a startup named a lab holds no
rank there; a company and a venture named after it in one sentence are two; a syllable Kiwi split off a name written
as one word stays in it."""

import pytest
from ko_facts import facts, names


def test_a_later_topic_after_a_completed_predicate_founds_its_own_spin_off() -> None:
    got = facts("다온전자는 지난해 매출이 줄었고, 해솔소프트는 로봇 사업부를 분사해 해솔로보틱스를 세웠다.")
    assert ("ESTABLISHED", "해솔소프트", "해솔로보틱스") in got, got
    assert ("SPUN_OFF_FROM", "해솔로보틱스", "해솔소프트") in got, got
    assert ("ESTABLISHED", "다온전자", "해솔로보틱스") not in got, got
    assert ("SPUN_OFF_FROM", "해솔로보틱스", "다온전자") not in got, got


def test_the_recipient_buys_with_the_money_in_its_own_clause() -> None:
    got = facts("미래캐피탈은 온결AI에 투자했고, 온결AI는 이 자금으로 브릿지랩스를 인수했다.")
    assert ("INVESTED_IN", "미래캐피탈", "온결AI") in got, got
    assert ("ACQUIRED", "온결AI", "브릿지랩스") in got, got
    assert ("ACQUIRED", "미래캐피탈", "브릿지랩스") not in got, got


def test_a_connective_without_a_new_topic_keeps_the_subject() -> None:
    got = facts("다온전자는 해솔소프트와 손잡고 브릿지랩스를 인수했다.")
    assert ("ACQUIRED", "다온전자", "브릿지랩스") in got, got


def test_partners_cut_short_pair_each_topic_with_its_own() -> None:
    got = facts("다온전자는 고려대와, 해솔소프트는 연세대와 각각 공동연구 협약을 맺었다.")
    pairs = {(k[1], k[2]) for k in got if k[0] == "PARTNERS_WITH"}
    assert ("다온전자", "고려대학교") in pairs, got
    assert ("해솔소프트", "연세대학교") in pairs, got
    assert ("다온전자", "연세대학교") not in pairs and ("해솔소프트", "고려대학교") not in pairs, got


def test_investments_cut_short_keep_each_amount() -> None:
    got = facts("미래캐피탈은 온결AI에 40억원을, 한결파트너스는 브릿지랩스에 15억원을 각각 투자했다.")
    assert got[("INVESTED_IN", "미래캐피탈", "온결AI")]["amount"] == 4e9, got
    assert got[("INVESTED_IN", "한결파트너스", "브릿지랩스")]["amount"] == 1.5e9, got
    assert ("INVESTED_IN", "한결파트너스", "온결AI") not in got, got


def test_an_amount_for_each_written_once_is_each_ones() -> None:
    got = facts("미래캐피탈은 온결AI에, 한결파트너스는 브릿지랩스에 각각 25억원을 투자했다.")
    assert got[("INVESTED_IN", "미래캐피탈", "온결AI")]["amount"] == 2.5e9, got
    assert got[("INVESTED_IN", "한결파트너스", "브릿지랩스")]["amount"] == 2.5e9, got


def test_three_acquisitions_cut_short() -> None:
    got = facts("다온전자는 온결AI를, 해솔소프트는 브릿지랩스를, 한결화학은 세움머티리얼을 인수했다.")
    bought = {(k[1], k[2]) for k in got if k[0] == "ACQUIRED"}
    assert bought == {("다온전자", "온결AI"), ("해솔소프트", "브릿지랩스"), ("한결화학", "세움머티리얼")}, got


def test_a_later_clause_weighing_a_deal_gives_nothing_for_it() -> None:
    got = facts("미래캐피탈은 온결AI에 투자했고, 한결파트너스도 브릿지랩스 투자를 검토하고 있다.")
    assert ("INVESTED_IN", "미래캐피탈", "온결AI") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "한결파트너스" for k in got), got


def test_companies_founded_passively_found_nothing() -> None:
    got = facts("한결카드는 1987년 법이 제정되면서 온결카드, 해솔카드가 설립되자마자 성장했다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "세종경제자유구역청은 한빛배터리와 2400억원 규모의 투자협약을 맺었다.",
        "충남테크노파크는 온결소재와 120억원 규모의 투자협약을 체결했다.",
    ],
)
def test_a_public_bodys_investment_agreement_is_no_investment(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got
    assert any(k[0] == "PARTNERS_WITH" for k in got), got


def test_an_investment_contract_between_companies_stays() -> None:
    got = facts("한결파트너스는 온결AI와 30억원 규모의 투자 계약을 체결했다.")
    assert ("INVESTED_IN", "한결파트너스", "온결AI") in got, got


def test_two_governments_with_a_partner_listed_before_a_site() -> None:
    got = facts("경상북도와 구미시는 반도체 기업 세움칩스와 구미하이테크밸리 입주 협약을 맺었다.")
    pairs = {(k[1], k[2]) for k in got if k[0] == "PARTNERS_WITH"}
    assert ("경상북도", "세움칩스") in pairs and ("구미시", "세움칩스") in pairs, got
    assert ("경상북도", "구미시") not in pairs, got


def test_two_parties_signing_together_stay_partners() -> None:
    got = facts("다온전자와 해솔소프트는 지난 3일 본사에서 업무협약을 맺었다.")
    assert ("PARTNERS_WITH", "다온전자", "해솔소프트") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한결엔터테인먼트는 향후 보이스웨이브를 자회사로 편입하는 방안도 열어두고 있다.",
        "한결엔터테인먼트는 보이스웨이브를 인수하는 것도 열어 두고 있다.",
        "한결엔터테인먼트는 보이스웨이브를 인수하는 계획을 세웠다.",
    ],
)
def test_an_option_kept_open_or_a_plan_drawn_up_is_no_deal(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ACQUIRED", "AFFILIATE_OF") for k in got), got


def test_an_investment_plan_drawn_up_is_a_commitment() -> None:
    got = facts("한결엔터테인먼트는 보이스웨이브에 50억원을 투자하는 계획을 세웠다.")
    assert ("INVESTED_IN", "한결엔터테인먼트", "보이스웨이브") in got, got


def test_what_a_company_makes_is_no_company_it_founded() -> None:
    got = facts("세움로봇은 산업용 로봇 그리퍼를 만든다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_a_company_made_in_the_past_was_founded() -> None:
    got = facts("세움로보틱스는 2021년 자회사 세움AI랩을 만들었다.")
    assert ("ESTABLISHED", "세움로보틱스", "세움AI랩") in got, got


def test_a_head_named_by_the_kind_of_body_is_that_bodys() -> None:
    text = "한국바이오산업협회가 보고서를 냈다. 고려대 산학협력단이 1위를 차지했다. 협회 문재석 회장은 규제 완화를 촉구했다."
    got = facts(text)
    assert ("WORKS_FOR", "문재석", "한국바이오산업협회") in got, got
    assert not any(k[:2] == ("WORKS_FOR", "문재석") and "고려대" in k[2] for k in got), got


def test_a_head_named_by_a_kind_no_body_has_works_nowhere() -> None:
    got = facts("고려대 산학협력단이 1위를 차지했다. 재단 문재석 이사장은 소감을 밝혔다.")
    assert not any(k[:2] == ("WORKS_FOR", "문재석") for k in got), got


def test_a_department_ending_in_gwa_is_no_university() -> None:
    text = "바이오넥스랩은 같은 대학 생명과학과 한지수 교수가 창업한 기업이다."
    assert "생명과학" not in names(text)
    got = facts(text)
    assert ("ESTABLISHED", "한지수", "바이오넥스랩") in got, got
    assert ("WORKS_FOR", "한지수", "바이오넥스랩") not in got, got


def test_a_professor_heading_a_university_institute_still_works_there() -> None:
    got = facts("고려대 AI연구소는 한지수 교수가 설립했다.")
    assert any(k[:2] == ("WORKS_FOR", "한지수") and "AI연구소" in k[2] for k in got), got


def test_a_partner_and_the_venture_named_after_it_are_two() -> None:
    got = facts("다온제약과 바이오 스타트업 셀바이오가 합작법인 '다온셀바이오'를 세웠다.")
    assert ("ESTABLISHED", "다온제약", "다온셀바이오") in got, got
    assert ("ESTABLISHED", "셀바이오", "다온셀바이오") in got, got


def test_a_short_form_after_its_full_name_in_one_sentence_is_the_same() -> None:
    got = names("세움테크놀로지스는 작년 설립됐고, 테크놀로지스의 첫 제품은 칩이다.")
    assert "테크놀로지스" not in got, got


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("이정훈 교수는 다솜세브란스병원 병원장을 지냈다.", "다솜세브란스병원"),
        ("이정훈 교수는 고운세브란스병원 병원장을 지냈다.", "고운세브란스병원"),
        ("이정훈 원장은 바른세브란스병원 출신이다.", "바른세브란스병원"),
    ],
)
def test_a_syllable_split_off_a_name_written_as_one_word_stays_in_it(text: str, hospital: str) -> None:
    got = facts(text)
    assert any(k[:2] == ("WORKS_FOR", "이정훈") and k[2] == hospital for k in got), got


def test_a_new_post_named_before_an_appointee_from_another_company() -> None:
    got = facts("누리게임즈 대표에 한빛소프트 오승현 상무가 선임됐다.")
    assert got.get(("WORKS_FOR", "오승현", "누리게임즈"), {}).get("title") == "대표", got


@pytest.mark.parametrize(
    "text",
    [
        "한결대병원은 제12대 병원장으로 박서준 교수를 임명했다.",
        "한결대병원은 병원장으로 소아과 박서준 교수를 임명했다.",
    ],
)
def test_a_post_an_organisation_appoints_to_is_the_title(text: str) -> None:
    assert facts(text).get(("WORKS_FOR", "박서준", "한결대병원"), {}).get("title") == "병원장", facts(text)


def test_a_body_heads_name_glued_to_its_title_is_not_the_appointers_post() -> None:
    got = facts("정부는 한국에너지기술연구원장에 윤도현 전 실장을 임명했다.")
    assert ("WORKS_FOR", "윤도현", "정부") not in got, got


def test_a_former_title_is_not_the_new_posts() -> None:
    got = facts("윤태호 전 부사장이 동서미래대학교 인공지능학과 초빙석좌교수로 부임했다.")
    titles = [p.get("title") for k, p in got.items() if k[:2] == ("WORKS_FOR", "윤태호")]
    assert "부사장" not in titles, got


def test_a_purchase_agreement_undone_is_no_deal() -> None:
    got = facts("한결로보틱스는 누리비전 지분 55%를 취득하기로 한 계약을 해제했다.")
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in got), got


def test_the_stake_bought_from_the_largest_holder_is_not_the_holders() -> None:
    got = facts("한결파트너스는 보이스랩 최대주주인 오승현 대표로부터 지분 64%를 사들였다.")
    assert ("INVESTED_IN", "오승현", "보이스랩") in got, got
    assert "stake_percent" not in got[("INVESTED_IN", "오승현", "보이스랩")], got
