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
    got = facts(
        "물류로봇 업체 한빛무브는 누적 200억원을 유치했다. 투자자로는 가람파트너스, 다솜인베스트먼트 등이 이름을 올렸다."
    )
    assert {("INVESTED_IN", "가람파트너스", "한빛무브"), ("INVESTED_IN", "다솜인베스트먼트", "한빛무브")} <= set(got)


def test_lead_written_after_the_round() -> None:
    got = facts(
        "한빛무브는 가람파트너스와 다솜인베스트먼트로부터 80억원을 유치했다. 이번 투자는 가람파트너스가 주도했다."
    )
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
    # the dean works for the college he heads, named with its university's full name
    assert got[("WORKS_FOR", "홍길동", "서울대학교 공과대학")]["title"] == "학장"
    assert ("PART_OF", "서울대학교 공과대학", "서울대학교") in got


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


# --- money: negation, conditions, relative clauses, units ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한울전자는 다온랩스에 투자하지 않기로 했다.",
        "한울전자가 다온랩스를 인수하면 시너지가 클 것이다.",
        "한울전자가 다온랩스를 인수할 경우 업계 1위가 된다.",
        "업계에서는 한울전자가 다온랩스에 1000억원을 투자할 것으로 보고 있다.",
        "한울전자는 다온랩스에 대한 투자를 검토 중이다.",
        "다온반도체는 한울전자로부터 5000억원의 선수금을 받았다.",
        "시장조사업체에 따르면 AI 반도체 시장은 2030년 1000억 달러 규모로 성장할 전망이다.",
    ],
)
def test_negated_conditional_and_forecast_money_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_the_investor_is_the_organisation_a_relative_clause_describes() -> None:
    got = facts("다온랩스에 투자한 가람벤처스는 이번 상장으로 큰 수익을 냈다.")
    assert ("INVESTED_IN", "가람벤처스", "다온랩스") in got
    got = facts("한울전자는 지난해 로봇에 5조원을 투자한 바 있는 누리전자와 경쟁하고 있다.")
    assert ("INVESTED_IN", "누리전자", "로봇") in got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "한울전자" for k in got), got


def test_a_business_unit_is_what_is_acquired() -> None:
    got = facts("한울전자는 누리반도체의 파운드리 사업부를 5000억원에 인수했다.")
    assert got[("ACQUIRED", "한울전자", "파운드리 사업부")]["amount"] == pytest.approx(5e11)
    got = facts("한울전자는 누리반도체의 낸드 사업 부문을 인수했다.")
    assert ("ACQUIRED", "한울전자", "낸드 사업 부문") in got
    assert not any(k[0] == "ACQUIRED" and k[2] == "누리반도체" for k in got), got


def test_a_determiner_before_a_unit_names_nothing() -> None:
    got = facts("한울전자는 해당 사업부를 정리했다.")
    assert not any("사업부" in name for k in got for name in k[1:]), got


# --- consortia ------------------------------------------------------------------------------


def test_consortium_made_of_members_counted_in_places() -> None:
    got = facts("한울AI 컨소시엄은 다온랩스, 가람대학교, 누리소프트 등 10곳으로 구성됐다.")
    for member in ("다온랩스", "가람대학교", "누리소프트"):
        assert ("PARTICIPATES_IN", member, "한울AI 컨소시엄") in got


def test_team_formed_with_partners_written_with_hamkke() -> None:
    got = facts("한울AI는 다온랩스, 가람대학교와 함께 '누리 원팀'을 꾸렸다.")
    for member in ("한울AI", "다온랩스", "가람대학교"):
        assert ("PARTICIPATES_IN", member, "누리 원팀") in got


def test_members_that_put_their_names_on_a_consortium() -> None:
    got = facts("한울AI 컨소시엄에는 다온랩스, 가람대학교, 누리소프트 등이 이름을 올렸다.")
    assert ("PARTICIPATES_IN", "누리소프트", "한울AI 컨소시엄") in got


def test_a_descriptive_consortium_name_after_a_relative_clause() -> None:
    got = facts("한울전자, 다온랩스, 누리소프트 등 10개 기관이 참여하는 초거대 AI 컨소시엄이 출범했다.")
    assert ("PARTICIPATES_IN", "다온랩스", "초거대 AI 컨소시엄") in got


def test_a_description_starting_inside_a_word_is_no_organisation() -> None:
    got = facts("한울전자는 가람대, 누리대와 초대규모 AI 공동연구센터를 설립했다.")
    assert not any(name.startswith("규모") for k in got for name in k[1:]), got


# --- structure ------------------------------------------------------------------------------


def test_joint_venture_founders_each_establish_and_invest_but_are_not_partners_by_that_word() -> None:
    got = facts("한울전자와 누리화학은 50대 50으로 출자해 합작법인 '한울누리배터리'를 설립했다.")
    for founder in ("한울전자", "누리화학"):
        assert ("ESTABLISHED", founder, "한울누리배터리") in got
        assert ("INVESTED_IN", founder, "한울누리배터리") in got
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_a_coined_quoted_name_set_up_from_a_spun_off_unit() -> None:
    got = facts("한울전자는 AI 사업부를 분사해 '한울AI'를 신설했다.")
    assert ("ESTABLISHED", "한울전자", "한울AI") in got
    assert ("SPUN_OFF_FROM", "한울AI", "한울전자") in got


def test_an_unknown_company_kept_whole_by_the_tagger_is_an_organisation() -> None:
    got = facts("한울AI는 한울전자의 100% 자회사다.")
    assert ("AFFILIATE_OF", "한울AI", "한울전자") in got


def test_common_compounds_ending_like_a_company_are_not_organisations() -> None:
    got = facts("석유화학 업계는 정밀화학 분야에 1조원을 투자한다.")
    assert not any(k[1] in ("석유화학", "정밀화학") for k in got), got


# --- more funding wordings ------------------------------------------------------------------


def test_participants_written_in_a_relative_clause_before_the_round() -> None:
    got = facts("다온랩스는 가람벤처스 등이 참여한 80억원 규모의 시리즈A 투자를 유치했다.")
    props = got[("INVESTED_IN", "가람벤처스", "다온랩스")]
    assert "amount" not in props and props["round_amount"] == pytest.approx(8e9)  # '등': not its own amount


def test_investors_counted_as_investment_firms() -> None:
    got = facts("다온랩스는 가람벤처스를 비롯해 누리인베스트먼트, 솔빛파트너스 등 5개 투자사로부터 80억원을 유치했다.")
    for investor in ("가람벤처스", "누리인베스트먼트", "솔빛파트너스"):
        assert ("INVESTED_IN", investor, "다온랩스") in got


def test_each_investors_own_amount_with_gakgak() -> None:
    got = facts("다온랩스는 한울전자와 가람벤처스로부터 각각 50억원씩 투자를 받았다.")
    for investor in ("한울전자", "가람벤처스"):
        assert got[("INVESTED_IN", investor, "다온랩스")]["amount"] == pytest.approx(5e9)


def test_descriptions_before_a_name_are_left_out() -> None:
    got = facts("한울전자는 미국 AI 스타트업 다온랩스에 1000만 달러를 투자해 지분 5%를 확보했다.")
    props = got[("INVESTED_IN", "한울전자", "다온랩스")]
    assert props["amount"] == pytest.approx(1e7) and props["currency"] == "USD" and props["stake_percent"] == 5.0
    got = facts("다온랩스는 최근 한울전자, 가람벤처스 등으로부터 100억원 규모의 투자를 받았다.")
    assert ("INVESTED_IN", "한울전자", "다온랩스") in got


# --- entity names -----------------------------------------------------------------------------


def _entities(text: str) -> set[tuple[str, str]]:
    from ko_facts import extractor
    from aigraph.ingest.contract import Document

    return {(e.name, e.type.value) for e in extractor().extract(Document(id="t", text=text)).entities}


def test_a_one_word_foreign_name_before_a_title_is_a_person() -> None:
    assert ("로드리게스", "Person") in _entities("로드리게스 장관은 이날 기자회견에서 협력을 강조했다.")


def test_a_one_word_common_noun_is_no_person() -> None:
    assert not any(t == "Person" for _, t in _entities("소두증 환자가 늘고 있다."))


def test_a_partys_name_before_a_member_is_not_part_of_the_persons_name() -> None:
    got = _entities("미래당 김철수 의원은 법안을 발의했다.")
    assert ("김철수", "Person") in got and not any(n.startswith("미래당 ") for n, _ in got)


# --- money targets and acquisitions in relative clauses --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한울전자는 평택에 20조원을 투자해 반도체 공장을 짓는다.",
        "가람벤처스는 지난해 AI 스타트업 20곳에 총 500억원을 투자했다.",
    ],
)
def test_places_and_sets_of_companies_are_not_sectors(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_stake_held_is_an_investment_with_its_share() -> None:
    got = facts("한울전자는 다온랩스 지분 30%를 보유한 최대주주다.")
    assert got[("INVESTED_IN", "한울전자", "다온랩스")]["stake_percent"] == 30.0


def test_the_buyer_in_a_relative_clause() -> None:
    assert ("ACQUIRED", "한울전자", "누리반도체") in facts("한울전자가 인수한 누리반도체는 메모리 반도체를 만든다.")
    assert not facts("한울전자가 인수하려는 누리반도체는 메모리 반도체를 만든다.")


# --- consortia referred back to ----------------------------------------------------------------


def test_a_bare_consortium_refers_to_the_one_named_before() -> None:
    got = facts("한울AI는 '누리 컨소시엄'을 꾸렸다. 컨소시엄에는 △다온랩스 △가람대학교 △솔빛전자가 참여한다.")
    for member in ("다온랩스", "가람대학교", "솔빛전자"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


def test_members_joining_after_the_consortium_sentence() -> None:
    got = facts("한울AI는 '누리 컨소시엄'을 구성했다고 밝혔다. △다온랩스 △가람대학교 △솔빛전자 등 14곳이 참여했다.")
    assert ("PARTICIPATES_IN", "솔빛전자", "누리 컨소시엄") in got


def test_members_listed_after_the_phrase_and_the_leader() -> None:
    got = facts("한울AI 컨소시엄에 참여한 기업은 △다온랩스 △가람대학교 등이다.")
    assert ("PARTICIPATES_IN", "가람대학교", "한울AI 컨소시엄") in got
    got = facts("한울AI가 주관하는 '누리 컨소시엄'에는 △다온랩스 △가람대학교 등 14개 기관이 참여한다.")
    assert {("PARTICIPATES_IN", "한울AI", "누리 컨소시엄"), ("PARTICIPATES_IN", "다온랩스", "누리 컨소시엄")} <= set(
        got
    )


def test_a_bare_consortium_with_nothing_named_before_gives_nothing() -> None:
    got = facts("컨소시엄에는 다온랩스와 가람대학교가 참여한다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


# --- people: lists of attendees, appointments, founders before the name ------------------------


def test_attendees_each_with_organisation_name_and_title() -> None:
    got = facts("이날 간담회에는 한울전자 김도윤 부사장, 다온랩스 이하늘 대표, 가람대학교 박민재 교수가 참석했다.")
    assert got[("WORKS_FOR", "김도윤", "한울전자")]["title"] == "부사장"
    assert got[("WORKS_FOR", "이하늘", "다온랩스")]["title"] == "대표"
    assert got[("WORKS_FOR", "박민재", "가람대학교")]["title"] == "교수"


def test_the_role_named_before_the_appointed_person() -> None:
    got = facts("한울전자는 새 대표이사에 박서준 부사장을 선임했다.")
    assert got[("WORKS_FOR", "박서준", "한울전자")]["title"] == "대표이사"
    got = facts("한울전자는 최고AI책임자(CAIO)로 김도윤 전 다온랩스 연구소장을 영입했다고 밝혔다.")
    assert ("WORKS_FOR", "김도윤", "한울전자") in got
    assert got[("WORKS_FOR", "김도윤", "다온랩스")].get("former") is True


def test_an_appointment_under_consideration_gives_no_new_role() -> None:
    got = facts("한울전자는 새 대표이사에 박서준 부사장을 선임하는 방안을 검토 중이다.")
    assert ("WORKS_FOR", "박서준", "한울전자") not in got


def test_a_founder_title_with_genitive_before_the_name() -> None:
    got = facts("다온랩스의 공동 창업자인 이하늘 대표는 서울대 출신이다.")
    assert got[("WORKS_FOR", "이하늘", "다온랩스")]["title"] == "대표"


# --- co-investors and investment contracts -----------------------------------------------------


def test_co_investors_written_as_partners() -> None:
    got = facts("한울전자는 다온전자, 누리모터스 등 글로벌 기업과 공동으로 미국 스타트업 '가람센서'에 투자했다.")
    for investor in ("한울전자", "다온전자", "누리모터스"):
        assert ("INVESTED_IN", investor, "가람센서") in got
    got = facts("한울전자는 누리모터스와 함께 가람센서에 500억원을 투자했다.")
    assert "amount" not in got[("INVESTED_IN", "누리모터스", "가람센서")]  # a joint total is no one's own


def test_an_investment_contract_with_a_partner() -> None:
    got = facts("한울전자는 XSense와 2억 달러 규모의 전환우선주 투자 계약을 체결했다고 밝혔다.")
    assert got[("INVESTED_IN", "한울전자", "XSense")]["amount"] == pytest.approx(2e8)
    assert not any(k[0] == "INVESTED_IN" for k in facts("한울전자는 XSense와 공급 계약을 체결했다."))


def test_a_partner_in_cooperation_is_no_co_investor() -> None:
    got = facts("한울전자는 누리모터스와 협력해 가람센서에 500억원을 투자했다.")
    assert ("INVESTED_IN", "누리모터스", "가람센서") not in got


@pytest.mark.parametrize(
    "text",
    [
        "한울AI는 '누리 컨소시엄'을 꾸렸다. 컨소시엄은 한울AI를 중심으로 △다온랩스 △가람대학교 △솔빛전자 등 14개 기관이 참여했다.",
        "'누리 컨소시엄'에는 한울AI를 주관사로 △다온랩스 △가람대학교 △솔빛전자 등이 함께한다.",
    ],
)
def test_the_leader_and_members_in_other_wordings(text: str) -> None:
    got = facts(text)
    for member in ("한울AI", "다온랩스", "솔빛전자"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


@pytest.mark.parametrize(
    "text",
    [
        "'누리 컨소시엄'에는 △다온랩스 △가람대학교 △솔빛전자 등이 포함됐다.",
        "'누리 컨소시엄' 참여 기관은 △다온랩스 △가람대학교 △솔빛전자 등 14곳이다.",
    ],
)
def test_members_included_or_listed_after_participating_bodies(text: str) -> None:
    assert ("PARTICIPATES_IN", "가람대학교", "누리 컨소시엄") in facts(text)


def test_a_list_of_names_included_in_a_round_is_not_membership() -> None:
    got = facts("다온랩스는 80억원을 유치했다. 이번 투자에는 가람벤처스와 누리인베스트먼트가 포함됐다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


# --- heads, units of unknown organisations, descriptions under a hedged main clause ------------


def test_an_organisation_headed_by_a_person_written_after_it() -> None:
    got = facts("한울전자 토론토 인공지능연구소는 로버트 그린(Robert Green) 박사가 이끈다.")
    assert ("WORKS_FOR", "로버트 그린", "한울전자") in got
    assert ("PART_OF", "한울전자 토론토 인공지능연구소", "한울전자") in got
    assert not facts("한울전자 토론토 인공지능연구소는 로버트 그린 박사가 이끌 가능성이 있다.")


def test_the_dean_of_a_college_of_an_unknown_university_works_for_the_college() -> None:
    got = facts("이날 행사에는 로드니 브룩스 다온대 공대 학장이 참석했다.")
    assert got[("WORKS_FOR", "로드니 브룩스", "다온대 공대")]["title"] == "학장"  # the college he heads
    assert ("PART_OF", "다온대 공대", "다온대") in got


def test_a_shareholder_description_stands_though_the_main_clause_is_hedged() -> None:
    got = facts("다온칩스의 주주사인 한울스퀘어와 한울반도체는 합병을 추진 중이다.")
    assert {("INVESTED_IN", "한울스퀘어", "다온칩스"), ("INVESTED_IN", "한울반도체", "다온칩스")} <= set(got)
    assert not any(k[0] == "ACQUIRED" for k in got)


def test_a_company_leading_an_alliance_is_a_member() -> None:
    got = facts("한울텔레콤은 지난 2월 출범한 'K-AI 얼라이언스'를 이끌고 있다.")
    assert ("PARTICIPATES_IN", "한울텔레콤", "K-AI 얼라이언스") in got


# --- lists over several lines ----------------------------------------------------------------


def test_an_enumeration_continued_on_the_next_line_is_one_sentence() -> None:
    got = facts(
        "한울AI가 이끄는 '누리 컨소시엄'에는 △다온랩스(AI 모델) △가람대학교(데이터)\n△솔빛전자(반도체) △누리소프트(서비스) 등 14개 기관이 참여한다."
    )
    for member in ("다온랩스", "가람대학교", "솔빛전자", "누리소프트"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


def test_members_listed_on_lines_below_the_announcement() -> None:
    got = facts(
        "한울AI는 '누리 컨소시엄'을 구성했다고 밝혔다. 컨소시엄에는 다음 기관들이 참여한다.\n△다온랩스\n△가람대학교\n△솔빛전자"
    )
    for member in ("다온랩스", "가람대학교", "솔빛전자"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


def test_a_list_below_a_sentence_that_announces_no_members_gives_nothing() -> None:
    got = facts("한울AI는 '누리 컨소시엄'을 구성했다고 밝혔다. 주요 과제는 다음과 같이 나뉜다.\n△다온랩스\n△가람대학교")
    assert not any(k[0] == "PARTICIPATES_IN" and k[1] == "가람대학교" for k in got), got


# --- organisations described by the sentence ---------------------------------------------------


def test_a_topic_described_as_a_kind_of_organisation_is_one() -> None:
    got = facts("가람로보는 박준호 대표가 2017년 설립한 로봇 스타트업이다.")
    assert got[("ESTABLISHED", "박준호", "가람로보")]["date"] == "2017"
    got = facts(
        "뷰노는 2014년 설립된 의료 AI 기업으로, 최근 300억원 규모의 투자를 유치했다. 이번 투자에는 가람벤처스와 누리인베스트먼트가 참여했다."
    )
    assert {("INVESTED_IN", "가람벤처스", "뷰노"), ("INVESTED_IN", "누리인베스트먼트", "뷰노")} <= set(got)


@pytest.mark.parametrize("text", ["회사는 의료 AI 기업이다.", "올해는 AI 기업의 해다."])
def test_generic_and_time_topics_are_not_organisations(text: str) -> None:
    assert not _entities(text)


def test_an_appointment_whose_subject_is_carried_from_the_sentence_before() -> None:
    got = facts("한울전자는 AI 조직을 개편했다고 밝혔다. 최고AI책임자(CAIO)로는 김상호 전 다온텔레콤 상무를 영입했다.")
    assert got[("WORKS_FOR", "김상호", "한울전자")]["title"] == "최고AI책임자"
    got = facts("한울전자는 AI 조직을 개편했다고 밝혔다. 김상호 전 다온텔레콤 상무를 CAIO로 영입했다.")
    assert got[("WORKS_FOR", "김상호", "한울전자")]["title"] == "CAIO"


def test_an_appointment_others_expect_gives_no_role() -> None:
    got = facts("한울전자는 AI 조직을 개편했다고 밝혔다. 업계는 김상호 전 다온텔레콤 상무를 CAIO로 영입할 것으로 본다.")
    assert ("WORKS_FOR", "김상호", "한울전자") not in got


def test_a_country_after_a_two_word_foreign_name_is_not_part_of_it() -> None:
    got = facts("위원회는 5일 장피에르 소바주 프랑스 스트라부르대 교수를 수상자로 발표했다.")
    assert got[("WORKS_FOR", "장피에르 소바주", "스트라부르대")]["title"] == "교수"
