"""Korean venture-capital, campus spin-out, entertainment and personnel news: a fund joined by 와 to other limited
partners is one of them, not their fund; the partners of a fund are no members of it; a sum a later clause puts in is
that clause's; "이 펀드" after an unnamed fund is that one; a field in capitals before a post ("AI 연구소장") is the
post's, no unit; a technology phrase cut after a word it leans on ("AI 기반 …") is not read; a medical school's
교실 and a department whose 과 Kiwi reads as "and" are units, no university or company; a university's technology
holding company and industry-cooperation foundation are bodies of their own, and a department named after the
foundation is the university's; a nominee is no post-holder; a post left by moving ("자리를 옮겼다", "이직했다") is
former."""

import pytest
from ko_facts import facts, names


def test_a_fund_among_the_limited_partners_is_not_their_fund() -> None:
    got = facts("이번 펀드에는 모태펀드와 신한캐피탈이 앵커 출자자로 참여했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_limited_partners_invest_in_the_fund_just_formed_without_joining_it() -> None:
    got = facts("누리벤처스가 '가람AI펀드'를 결성했다. 모태펀드와 신한캐피탈이 앵커 출자자로 참여했다.")
    assert ("INVESTED_IN", "신한캐피탈", "가람AI펀드") in got, got
    assert ("INVESTED_IN", "모태펀드", "가람AI펀드") in got, got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_partner_s_sum_is_not_the_other_partners() -> None:
    got = facts(
        "누리벤처스와 가람파트너스가 결성한 로봇 펀드에 신한캐피탈이 200억원을 출자했고 우리은행, 하나증권이 LP로 "
        "참여했다."
    )
    assert got.get(("INVESTED_IN", "신한캐피탈", "로봇 펀드"), {}).get("amount") == 2e10, got
    assert ("INVESTED_IN", "우리은행", "로봇 펀드") in got, got
    assert not any(
        k in v for v in [got.get(("INVESTED_IN", "우리은행", "로봇 펀드"), {})] for k in ("amount", "round_amount")
    ), got


def test_this_fund_after_an_unnamed_fund_is_not_the_one_named_before() -> None:
    got = facts(
        "가람인베스트먼트는 중동 국부펀드로부터 출자받아 AI 펀드를 조성했고, 이 펀드에는 한국수출입은행도 80억원을 "
        "출자했다."
    )
    assert not any(k[0] == "INVESTED_IN" and k[1] == "한국수출입은행" for k in got), got
    assert not any(v.get("amount") == 8e9 for k, v in got.items() if k[1] != "한국수출입은행"), got


def test_this_fund_after_a_named_fund_is_that_fund() -> None:
    got = facts("누리벤처스가 '가람AI펀드'를 결성했다. 이 펀드에는 한국수출입은행도 80억원을 출자했다.")
    assert got.get(("INVESTED_IN", "한국수출입은행", "가람AI펀드"), {}).get("amount") == 8e9, got


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("누리AI 초대 대표는 가람소프트 AI 연구소장이던 하태오 박사다.", True),
        ("하태오 가람소프트 AI 연구소장은 이날 기조연설을 했다.", False),
    ],
)
def test_a_field_before_a_post_is_the_post_s(text: str, former: bool) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "하태오", "가람소프트"), {}).get("title") == "연구소장", got
    assert bool(got[("WORKS_FOR", "하태오", "가람소프트")].get("former")) is former, got
    assert "가람소프트 AI" not in names(text), names(text)


def test_a_phrase_cut_after_a_leaning_word_is_no_technology() -> None:
    got = facts("누리플레이는 AI 랩을 신설하고 정부 지원을 받아 AI 기반 영상 편집 플랫폼을 개발한다.")
    assert not any(k[0] == "RESEARCHES" for k in got), got


def test_a_whole_technology_phrase_is_still_read() -> None:
    got = facts("가람소프트는 2021년 설립된 스타트업으로 의료 영상 분석 기술을 연구한다.")
    assert ("RESEARCHES", "가람소프트", "의료 영상 분석 기술") in got, got


def test_a_medical_school_department_is_no_university() -> None:
    text = "누리메디는 연세대 의과대학 병리학교실 김도윤 교수가 설립했다."
    assert "병리학교실" not in names(text), names(text)
    assert ("ESTABLISHED", "김도윤", "누리메디") in facts(text), facts(text)


def test_a_department_s_gwa_is_no_and() -> None:
    got = facts("누리메디는 연세대 의대 병리학과 김도윤 교수가 설립했다.")
    assert [k for k in got if k[0] == "ESTABLISHED"] == [("ESTABLISHED", "김도윤", "누리메디")], got
    assert ("WORKS_FOR", "김도윤", "연세대학교") in got, got


def test_a_company_joined_by_gwa_is_still_a_party() -> None:
    assert "가람화학" in names("가람화학과 삼성전자가 합작법인을 설립했다.")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("한양대 기술지주는 자회사 누리큐에 10억원을 투자했다.", "한양대학교 기술지주"),
        ("한양대학교 기술지주회사는 누리큐에 10억원을 투자했다.", "한양대학교 기술지주회사"),
    ],
)
def test_a_university_s_technology_holding_company_invests(text: str, holder: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", holder, "누리큐"), {}).get("amount") == 1e9, got
    assert not any(k[2] == "한양대학교" for k in got), got


def test_a_department_named_after_the_foundation_is_the_university_s() -> None:
    got = facts("고려대학교 산학협력단은 전기전자공학부 오세린 교수 연구팀의 기술을 LG전자에 이전했다.")
    assert got.get(("WORKS_FOR", "오세린", "고려대학교"), {}).get("title") == "교수", got
    assert ("PART_OF", "고려대학교 전기전자공학부", "고려대학교") in got, got


def test_a_nominee_holds_no_post_yet() -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts("엔씨소프트는 한지수 교수를 사외이사 후보로 추천했다."))
    assert ("WORKS_FOR", "한지수", "엔씨소프트") in facts("엔씨소프트는 한지수 교수를 사외이사로 선임했다.")


@pytest.mark.parametrize(
    "text",
    [
        "가람인베스트먼트의 윤도현 수석심사역이 누리벤처스 파트너로 자리를 옮겼다.",
        "가람인베스트먼트 윤도현 수석심사역이 누리벤처스로 이직했다.",
    ],
)
def test_a_post_left_by_moving_is_former(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "윤도현", "가람인베스트먼트"), {}).get("former") is True, got
    assert not got.get(("WORKS_FOR", "윤도현", "누리벤처스"), {}).get("former"), got


def test_a_move_only_planned_leaves_the_post_held() -> None:
    got = facts("가람인베스트먼트 윤도현 수석심사역이 누리벤처스로 이직할 예정이다.")
    assert not got.get(("WORKS_FOR", "윤도현", "가람인베스트먼트"), {}).get("former"), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 계열사인 한빛소재로부터 기판을 공급받는 계약을 체결했다.",
        "누리배터리는 누리소재 지분 20%를 계열사 누리홀딩스로부터 800억원에 사들였다.",
    ],
)
def test_a_sister_company_dealt_with_is_no_member_of_the_topic(text: str) -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "member", "owner"),
    [
        ("한빛전자 계열사 한빛소재가 투자했다.", "한빛소재", "한빛전자"),
        ("한빛전자는 AI 전문 계열사 '한빛브레인'을 신설한다.", "한빛브레인", "한빛전자"),
    ],
)
def test_a_member_written_with_its_company_is_still_its_affiliate(text: str, member: str, owner: str) -> None:
    assert ("AFFILIATE_OF", member, owner) in facts(text), facts(text)


def test_the_company_two_firms_formed_together_makes_them_partners() -> None:
    got = facts("한빛배터리는 지난해 누리모터스와 합작한 한누리셀즈 2공장 가동을 시작했다.")
    assert ("PARTNERS_WITH", "한빛배터리", "누리모터스") in got or ("PARTNERS_WITH", "누리모터스", "한빛배터리") in got
    assert not any(k[0] == "PARTNERS_WITH" and "한누리셀즈" in k for k in got), got


def test_a_founding_takes_the_subject_of_its_own_clause() -> None:
    got = facts(
        "이번 라운드는 가람캐피탈이 주도했으며, 한빛소재는 2022년 누리화학과 합작법인 한누리머티리얼즈를 세웠다."
    )
    assert ("ESTABLISHED", "한빛소재", "한누리머티리얼즈") in got, got
    assert ("ESTABLISHED", "가람캐피탈", "한누리머티리얼즈") not in got, got


def test_a_research_centre_referred_to_again_is_the_one_founded() -> None:
    got = facts(
        "한빛전자는 고려대학교와 PIM 공동 연구센터를 설립하고 향후 3년간 연구센터에 매년 20억원씩 지원할 예정이다."
    )
    assert ("INVESTED_IN", "한빛전자", "PIM 공동 연구센터") in got, got
    assert not any(k[2] == "연구센터" for k in got), got


def test_who_took_a_role_in_the_deal_is_not_what_the_article_is_about() -> None:
    got = facts(
        "누리메디가 코스닥 상장을 추진한다. 대표주관사는 한빛증권이 맡았다. 회사는 2019년 외과의 정다온 대표가 설립했다."
    )
    assert ("ESTABLISHED", "정다온", "누리메디") in got, got
    assert not any(k[2] == "한빛증권" and k[0] in ("ESTABLISHED", "WORKS_FOR") for k in got), got


def test_a_head_investing_in_person_invests_own_money() -> None:
    got = facts("윤서준 가람페이 대표가 개인 자격으로 누리스타일에 30억원을 투자했다.")
    assert ("INVESTED_IN", "윤서준", "누리스타일") in got, got
    assert ("INVESTED_IN", "가람페이", "누리스타일") not in got, got


def test_a_condition_told_after_the_deal_undoes_it() -> None:
    assert not facts("한빛생명은 루닛에 80억원을 투자하기로 했지만 이사회 승인이 조건이다.")
    assert ("INVESTED_IN", "한빛생명", "루닛") in facts("한빛생명은 루닛에 80억원을 투자했다.")


def test_each_partner_s_sum_written_with_ssik() -> None:
    got = facts("가람금융지주와 누리금융지주가 각각 100억원씩 출자해 200억원 규모의 '한빛AI상생펀드'를 조성했다.")
    for partner in ("가람금융지주", "누리금융지주"):
        assert got.get(("INVESTED_IN", partner, "한빛AI상생펀드"), {}).get("amount") == 1e10, got


def test_a_count_of_startups_is_no_company() -> None:
    got = facts("가람벤처스, AI 스타트업 3곳에 투자")
    assert not any(k[2] == "3곳" for k in got), got
    assert "3곳" not in names("가람벤처스, AI 스타트업 3곳에 투자")


def test_a_condition_several_words_before_a_split_holds_it_back() -> None:
    assert not facts("금융당국의 인허가를 받으면 가람텔레콤은 결제 사업부를 물적분할해 가람페이를 세운다.")


def test_the_years_since_a_founding_tell_no_founding() -> None:
    got = facts("누리홀딩스는 AI 스타트업 한빛코어를 설립 3년 만에 인수했다.")
    assert ("ACQUIRED", "누리홀딩스", "한빛코어") in got, got
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_things_put_to_work_are_no_money() -> None:
    got = facts(
        "현대자동차그룹이 지분 88%를 보유한 보스턴다이나믹스는 조지아주 메타플랜트에 휴머노이드 아틀라스를 투입한다."
    )
    assert not any(k[0] == "INVESTED_IN" and k[1] == "보스턴다이내믹스" for k in got), got


def test_partners_of_a_fund_named_after_them_invest_in_no_partner() -> None:
    got = facts("가람증권과 누리캐피탈이 공동 출자한 누리캐피탈-가람 아시아펀드는 한빛봇에 투자했다.")
    assert ("INVESTED_IN", "가람증권", "누리캐피탈") not in got, got


def test_a_body_money_sets_up_is_no_technology() -> None:
    got = facts("가람모비스는 경기 의왕에 1200억원을 투입해 자율주행 로봇 연구소를 설립한다고 밝혔다.")
    assert not any(k[0] == "INVESTED_IN" and k[2].endswith("연구소") for k in got), got


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("가람스타일의 한유나 대표는 무신사 MD 출신이다.", "한유나", "무신사", None),
        ("한석우 사장은 한빛반도체에서 대표이사를 지냈으며, 인텔 연구원 출신이다.", "한석우", "인텔", "연구원"),
        ("누리케어는 서울대병원 신경과 출신 윤다온 대표가 2021년 창업했다.", "윤다온", "서울대병원", None),
    ],
)
def test_where_a_person_came_from_is_a_past_post(text: str, person: str, org: str, title: str | None) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("former") is True, got
    assert got[("WORKS_FOR", person, org)].get("title") == title, got


def test_a_school_one_came_from_is_no_post() -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts("한유나 대표는 KAIST 출신이다.")), facts(
        "한유나 대표는 KAIST 출신이다."
    )


def test_a_chief_medical_officer_is_a_title() -> None:
    got = facts("누리메디컬은 최유진 교수를 최고의료책임자(CMO)로 영입했다.")
    assert got.get(("WORKS_FOR", "최유진", "누리메디컬"), {}).get("title") == "최고의료책임자", got


def test_this_programme_is_the_one_named_before() -> None:
    got = facts("과기정통부가 K-반도체 프로젝트에 800억원을 투입하며, 이 사업에는 가람칩스와 리벨리온이 참여한다.")
    assert ("PARTICIPATES_IN", "가람칩스", "K-반도체 프로젝트") in got or (
        "PARTICIPATES_IN",
        "리벨리온",
        "K-반도체 프로젝트",
    ) in got
    assert ("PARTICIPATES_IN", "리벨리온", "K-반도체 프로젝트") in got, got
    assert got.get(("INVESTED_IN", "과학기술정보통신부", "K-반도체 프로젝트"), {}).get("amount") == 8e10, got
