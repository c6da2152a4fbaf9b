"""General Korean news phrasings: alliances named with a field word or glued particles, multi-party
agreements, stacked particles after a name, and hedges that make a deal not (yet) a fact."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def partners(got: dict, a: str, b: str) -> bool:
    return ("PARTNERS_WITH", a, b) in got or ("PARTNERS_WITH", b, a) in got


@pytest.mark.parametrize(
    "text, alliance",
    [
        ("K-AI 얼라이언스에는 다온소프트, 누리텍이 참여한다.", "K-AI 얼라이언스"),
        ("가람 AI 얼라이언스에는 다온소프트와 누리텍이 새로 합류했다.", "가람 AI 얼라이언스"),
        ("한빛AI 얼라이언스에는 다온소프트, 누리텍이 참여한다.", "한빛AI 얼라이언스"),
    ],
)
def test_members_of_an_alliance_named_in_the_place(text: str, alliance: str) -> None:
    got = facts(text)
    assert ("PARTICIPATES_IN", "다온소프트", alliance) in got, got
    assert ("PARTICIPATES_IN", "누리텍", alliance) in got, got


def test_every_two_parties_of_an_agreement_are_partners() -> None:
    got = facts("LG전자와 카카오, 네이버는 AI 공동연구를 위한 업무협약을 체결했다.")
    assert partners(got, "LG전자", "카카오") and partners(got, "LG전자", "네이버") and partners(got, "카카오", "네이버")


def test_stacked_particles_are_not_part_of_the_name() -> None:
    got = facts("카카오는 지난해 네이버와 업무협약을 체결했다. 이 회사는 서울대와도 협약을 맺었다.")
    assert partners(got, "카카오", "서울대학교"), got
    assert not any("서울대와" in k[2] for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 네이버를 인수할 수도 있다.",
        "카카오는 네이버 인수를 추진하고 있다.",
        "카카오는 네이버와 합병을 추진할 계획이다.",
        "카카오는 네이버와 업무협약을 체결했다는 보도를 부인했다.",
        "카카오는 네이버와 협력하는 방안을 논의했다.",
        "가람캐피탈이 다온테크에 300억원을 투자한다는 보도가 나왔다.",
        "가람캐피탈이 다온테크를 인수했다는 관측이 업계에서 나온다.",
        "다온테크가 가람캐피탈과 손잡는다는 얘기가 돈다.",
    ],
)
def test_hedged_planned_and_denied_deals_give_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ACQUIRED", "PARTNERS_WITH", "INVESTED_IN") for k in got), got


def test_a_deal_reported_as_done_is_a_fact() -> None:
    """Only a report *of a report* hedges: news writing a deal as done ("투자했다고 밝혔다") is the fact."""
    got = facts("가람캐피탈은 다온테크에 300억원을 투자했다고 밝혔다.")
    assert ("INVESTED_IN", "가람캐피탈", "다온테크") in got, got


def test_a_hedge_in_the_next_clause_does_not_undo_a_signed_agreement() -> None:
    got = facts("카카오는 네이버와 업무협약을 체결하고 공동 사업을 추진할 계획이다.")
    assert partners(got, "카카오", "네이버"), got


@pytest.mark.parametrize(
    "text, programme",
    [
        ("다온소프트는 정부의 AI 반도체 실증 사업에 참여한다.", "AI 반도체 실증 사업"),
        ("네이버는 'AI 데이터 구축 사업'에 참여한다.", "AI 데이터 구축 사업"),
        (
            "네이버와 카카오는 과기정통부의 초거대 AI 플랫폼 개발 프로젝트에 공동 참여했다.",
            "초거대 AI 플랫폼 개발 프로젝트",
        ),
    ],
)
def test_participants_of_a_named_programme(text: str, programme: str) -> None:
    got = facts(text)
    assert any(k[0] == "PARTICIPATES_IN" and k[2] == programme for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 이번 사업에 참여한다.",  # no name
        "네이버는 AI 사업에 참여한다.",  # a field word is no programme
        "네이버는 정부의 AI 반도체 실증 사업에 참여할 계획이다.",  # planned
        "네이버는 정부의 AI 반도체 실증 사업에 참여하지 않았다.",  # negated
        "네이버가 정부의 AI 반도체 실증 사업에 참여하면 속도가 붙을 것이다.",  # hypothetical
        "과기정통부는 '누리 AI 바우처 사업'을 시작했다. 네이버, 카카오 등 5개 기업이 이 사업에 참여한다.",  # no clause as a name
    ],
)
def test_no_programme_from_unnamed_planned_or_negated_participation(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_participants_listed_after_the_alliance_named_before() -> None:
    got = facts("'가람 컨소시엄'이 출범했다. 참여 기업은 네이버, 카카오, LG전자 등이다.")
    for member in ("네이버", "카카오", "LG전자"):
        assert ("PARTICIPATES_IN", member, "가람 컨소시엄") in got, got


def test_participants_listed_after_the_alliance_in_the_genitive() -> None:
    got = facts("가람 컨소시엄의 참여 기관은 네이버, 카카오, 서울대다.")
    for member in ("네이버", "카카오", "서울대학교"):
        assert ("PARTICIPATES_IN", member, "가람 컨소시엄") in got, got


def test_planned_investment_is_a_commitment_but_a_planned_takeover_is_not() -> None:
    got = facts("삼성전자는 AI 반도체에 10조원을 투자할 계획이다. 카카오는 네이버를 인수할 예정이다.")
    assert ("INVESTED_IN", "삼성전자", "AI 반도체") in got, got
    assert not any(k[0] == "ACQUIRED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "다온랩스는 100억원 규모의 시리즈B 투자를 유치했다. 회사는 서울대와 공동연구를 진행한다.",
        "다온랩스는 AI 연구소를 열었다. 同社는 서울대와 협약을 맺었다.",
    ],
)
def test_a_sentence_opening_on_the_company_word_carries_the_subject(text: str) -> None:
    got = facts(text)
    assert partners(got, "다온랩스", "서울대학교"), got


def test_affiliate_named_in_quotes_with_a_provisional_note() -> None:
    got = facts("카카오는 AI 전문 계열사 '가람브레인(가칭)'을 신설한다.")
    assert ("ESTABLISHED", "카카오", "가람브레인") in got, got
    assert ("AFFILIATE_OF", "가람브레인", "카카오") in got, got


@pytest.mark.parametrize("gloss", ["(대표 김철수)", "(김철수 대표)"])
def test_a_person_glossed_after_an_unknown_company(gloss: str) -> None:
    got = facts(f"누리텍{gloss}은 삼성전자와 업무협약을 맺었다.")
    assert got.get(("WORKS_FOR", "김철수", "누리텍")) == {"title": "대표"}, got
    assert partners(got, "누리텍", "삼성전자"), got


def test_a_gloss_that_is_no_title_gives_no_employment() -> None:
    got = facts("누리텍(반도체)과 김철수 씨가 행사에 참석했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_an_unknown_name_kiwi_reads_as_a_phrase_is_the_deal_subject() -> None:
    got = facts("우아한형제들은 가람로보틱스에 200만달러를 투자했다.")
    assert got.get(("INVESTED_IN", "우아한형제들", "가람로보틱스"), {}).get("amount") == 2000000, got


def test_people_words_opening_a_sentence_are_no_organisation() -> None:
    got = facts("전문가들은 가람로보틱스에 투자했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_title_keeps_the_short_form_it_is_glossed_with() -> None:
    got = facts("다온소프트에서는 이민재 최고기술책임자(CTO)와 한지윤 데이터팀 리더가 참석했다.")
    assert "CTO" in got.get(("WORKS_FOR", "이민재", "다온소프트"), {}).get("title", ""), got


def test_a_person_name_spelled_in_parentheses_is_no_organisation() -> None:
    got = facts("데이비드 김(David Kim) 박사가 LG전자 토론토 AI연구소를 이끈다.")
    assert not any(k[2] == "Kim" for k in got), got
    assert any(k[0] == "WORKS_FOR" and k[1] == "데이비드 김" and k[2].startswith("LG전자") for k in got), got


def test_forming_an_alliance_is_founding_it() -> None:
    got = facts("KT는 2020년 2월 산학연 동맹인 ‘가람 원팀’을 결성했다.")
    assert got.get(("ESTABLISHED", "KT", "가람 원팀"), {}).get("date", "").startswith("2020-02"), got


@pytest.mark.parametrize("text", ["KT는 데이터센터를 구축했다.", "KT는 ‘가람 원팀’ 결성을 검토 중이다."])
def test_building_things_or_considering_an_alliance_founds_nothing(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text))


def test_round_participants_listed_inside_a_group_nouns_parentheses() -> None:
    got = facts(
        "가람로보틱스가 시리즈A 투자를 유치했다고 밝혔다. "
        "이번 라운드에는 카카오벤처스·한국투자파트너스·범농협 계열사(농협은행·NH투자증권)가 참여했다."
    )
    for investor in ("카카오벤처스", "한국투자파트너스", "농협은행", "NH투자증권"):
        assert ("INVESTED_IN", investor, "가람로보틱스") in got, got
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_investors_joined_with_are_investors() -> None:
    got = facts(
        "가람로보틱스는 시리즈A 투자를 유치했다. "
        "카카오벤처스, KB인베스트먼트 등 기존 투자자와 함께 DSC인베스트먼트가 신규로 참여했다."
    )
    for investor in ("카카오벤처스", "KB인베스트먼트", "DSC인베스트먼트"):
        assert ("INVESTED_IN", investor, "가람로보틱스") in got, got


def test_investors_joining_later_is_no_fact_yet() -> None:
    got = facts(
        "가람로보틱스는 시리즈A 투자를 유치했다. "
        "카카오벤처스, KB인베스트먼트 등 기존 투자자와 함께 DSC인베스트먼트가 참여할 예정이다."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_opening_a_lab_with_a_partner_founds_it() -> None:
    got = facts("LG전자는 지난해 8월 토론토대학교와 함께 캐나다 토론토에 가람인공지능연구소를 열었다.")
    assert got.get(("ESTABLISHED", "LG전자", "가람인공지능연구소"), {}).get("date") == "2023-08", got
    assert ("ESTABLISHED", "토론토대학교", "가람인공지능연구소") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "서울대 AI연구원은 2019년 12월 설립됐다.",
        "2019년 12월 문을 연 서울대 AI연구원은 LG사이언스파크와 공동연구를 진행한다.",
    ],
)
def test_an_institute_founded_without_a_founder_named_is_its_namesakes(text: str) -> None:
    got = facts(text)
    # the institute is named with its university's full name, whichever spelling the article used
    assert got.get(("ESTABLISHED", "서울대학교", "서울대학교 AI연구원"), {}).get("date") == "2019-12", got


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 신제품 발표회를 열었다.",
        "카카오는 서울대와 간담회를 열고 협력을 논의했다.",
        "이 연구소는 2019년 설립됐다.",
        "서울대 AI연구원 설립이 검토되고 있다.",
    ],
)
def test_events_opened_and_unnamed_or_considered_founding_give_no_establishment(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text))


def test_taking_a_company_in_as_an_affiliate() -> None:
    assert ("AFFILIATE_OF", "가람칩스", "SK텔레콤") in facts("SK텔레콤은 가람칩스를 계열사로 편입했다.")
    assert not facts("SK텔레콤은 가람칩스를 계열사로 편입할 계획이다.")


def test_a_foreign_name_spelled_in_latin_is_a_person_not_an_organisation() -> None:
    got = facts("다린 그라함(Darin Graham) 박사는 LG전자 토론토 인공지능연구소를 이끈다.")
    assert not any(k[2] == "그라함" for k in got), got
    assert any(k[0] == "WORKS_FOR" and k[1] == "다린 그라함" for k in got), got


def test_a_titled_founder_of_the_topic_works_there() -> None:
    got = facts("가람로보틱스는 하준호 대표(미국명 존 하, John Ha)가 2017년 창업했다.")
    assert ("ESTABLISHED", "하준호", "가람로보틱스") in got, got
    assert got.get(("WORKS_FOR", "하준호", "가람로보틱스")) == {"title": "대표"}, got


def test_taking_a_role_at_an_organisation() -> None:
    got = facts("김민수 교수는 가람연구소 소장을 맡게 됐다.")
    assert got.get(("WORKS_FOR", "김민수", "가람연구소")) == {"title": "소장"}, got


@pytest.mark.parametrize(
    "text", ["김민수 교수는 가람연구소 소장을 맡을 가능성이 있다.", "김민수 교수는 가람연구소 소장을 맡지 않는다."]
)
def test_a_role_possibly_or_not_taken_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "가람연구소" for k in facts(text))


def test_a_short_form_defined_in_parentheses_names_the_whole_company() -> None:
    got = facts(
        "카카오는 물류 로봇을 만드는 한울 다이내믹 시스템즈(이하 HDS)에 500억원을 투자했다고 밝혔다. "
        "카카오는 HDS와 물류 자동화 분야에서도 협력한다."
    )
    assert got.get(("INVESTED_IN", "카카오", "한울 다이내믹 시스템즈"), {}).get("amount") == 50000000000, got
    assert partners(got, "카카오", "한울 다이내믹 시스템즈"), got
    assert not any("HDS" in k[1:] for k in got), got  # one company, not two


@pytest.mark.parametrize(
    "text",
    [
        "SK하이닉스는 2022년까지 가람랩스에 자본금 5500만달러를 납입한다.",
        "가람랩스의 자본금은 5500만달러로 SK하이닉스가 2022년까지 납입한다.",
    ],
)
def test_capital_paid_into_a_company_is_an_investment(text: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "SK하이닉스", "가람랩스"), {}).get("amount") == 55000000, got


@pytest.mark.parametrize("text", ["가람랩스의 자본금은 5500만달러다.", "SK하이닉스는 세금을 납입했다."])
def test_capital_or_payments_without_a_payer_and_company_are_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text))


def test_a_plan_on_a_later_verb_leaves_the_cooperation_a_fact() -> None:
    got = facts("가람연구소는 카이스트와 협력해 차세대 언어 모델을 개발할 계획이다.")
    assert partners(got, "가람연구소", "한국과학기술원") or partners(got, "가람연구소", "카이스트"), got


@pytest.mark.parametrize(
    "text, child, parent",
    [
        ("누리전자에서 분사한 누리디자인은 300억원을 투자받았다.", "누리디자인", "누리전자"),
        ("다온소프트에서 분사해 출범한 다온클라우드는 성장하고 있다.", "다온클라우드", "다온소프트"),
        ("한빛전자는 AI 사업부를 분사해 별빛AI를 출범시켰다.", "별빛AI", "한빛전자"),
    ],
)
def test_a_spin_off_written_as_a_relative_clause_or_with_a_coined_name(text: str, child: str, parent: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", child, parent) in got, got


def test_a_time_word_is_not_part_of_a_business_unit_name() -> None:
    text = "한빛전자는 지난해 AI 사업부를 분사해 별빛에이아이를 설립했다."
    assert ("ESTABLISHED", "한빛전자", "별빛에이아이") in facts(text)
    names = [e.name for e in extractor().extract(Document(id="t", text=text)).entities]
    assert not any("지난해" in name for name in names), names


@pytest.mark.parametrize("text", ["데이터AI를 활용한 서비스가 늘고 있다.", "누리텍은 생성AI를 개발했다."])
def test_a_field_word_glued_to_latin_letters_founds_nothing(text: str) -> None:
    assert not any(k[0] in ("ESTABLISHED", "INVESTED_IN", "ACQUIRED") for k in facts(text))


# --- Science and technology news: people, stakes, joint work and committees (issue 9, helper kdeal11) ---


def test_a_person_keeps_an_organisation_another_recogniser_read_without_its_country() -> None:
    got = facts("공룡 화석이 확인됐다. 로버트 헤인즈 영국 에일린대 지구과학부 교수팀은 화석을 분석했다.")
    assert got.get(("WORKS_FOR", "로버트 헤인즈", "에일린대")) == {"title": "교수"}, got
    assert ("PART_OF", "에일린대 지구과학부", "에일린대") in got, got


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("박정민 한빛정책연구원 선임연구위원은 정부를 비판했다.", "박정민", "한빛정책연구원", "선임연구위원"),
        ("김민수 한빛정책연구원 연구위원은 정부를 비판했다.", "김민수", "한빛정책연구원", "연구위원"),
    ],
)
def test_name_organisation_title_read_whoever_found_the_name(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org)) == {"title": title}, got


def test_a_candidate_for_a_post_does_not_hold_it() -> None:
    got = facts("박정민 한빛정책연구원 원장 후보는 정부를 비판했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "사진은 시제품의 모습. [한빛일보 김하늘 기자] 다온소프트가 누리텍과 업무협약을 맺었다.",
        "김하늘 한빛일보 기자는 다온소프트를 취재했다.",
        "다온소프트가 신제품을 공개했다. 서울=한빛통신 김하늘 특파원 = 다온소프트가 신제품을 공개했다.",
    ],
)
def test_a_reporter_is_not_employed_by_the_news_they_write(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[1] == "김하늘" for k in got), got


def test_a_decimal_stake_bought_is_an_investment_not_a_takeover() -> None:
    got = facts("다온소프트는 누리텍의 지분 9.9%를 사들였다.")
    assert got.get(("INVESTED_IN", "다온소프트", "누리텍")) == {"stake_percent": 9.9}, got
    assert ("ACQUIRED", "다온소프트", "누리텍") not in got, got


def test_a_decimal_majority_stake_bought_is_a_takeover() -> None:
    got = facts("다온소프트는 누리텍 지분 50.5%를 인수했다.")
    assert got.get(("ACQUIRED", "다온소프트", "누리텍")) == {"stake_percent": 50.5}, got


def test_a_stake_purchase_under_review_is_no_fact() -> None:
    assert not facts("다온소프트는 누리텍 지분 9.9% 인수를 검토 중이다.")


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("한빛대는 이번 연구를 누리연구소와 공동으로 수행했다고 밝혔다.", "한빛대", "누리연구소"),
        ("다온소프트와 누리텍이 AI 반도체를 함께 개발하기로 했다.", "다온소프트", "누리텍"),
        ("다온소프트는 누리텍과 공동으로 개발한 칩을 공개했다.", "다온소프트", "누리텍"),
    ],
)
def test_work_done_jointly_makes_partners(text: str, a: str, b: str) -> None:
    assert partners(facts(text), a, b)


@pytest.mark.parametrize(
    "text",
    [
        "다온소프트와 누리텍은 리벨리온에 공동으로 투자했다.",  # co-investors, not partners
        "다온소프트는 누리텍과 AI 반도체를 함께 개발하는 방안을 검토 중이다.",
    ],
)
def test_co_investment_or_a_joint_plan_under_review_makes_no_partners(text: str) -> None:
    assert not partners(facts(text), "다온소프트", "누리텍")


def test_a_committee_put_together_is_established() -> None:
    got = facts("한빛대 자연과학대학은 교육개혁위원회를 꾸렸다고 밝혔다.")
    assert ("ESTABLISHED", "한빛대 자연과학대학", "교육개혁위원회") in got, got


def test_a_committee_to_be_put_together_is_not_yet_established() -> None:
    assert not facts("한빛대 자연과학대학은 교육개혁위원회를 꾸릴 계획이다.")


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("한빛대 의과대학의 내과 교수인 김철수는 결과를 발표했다.", "김철수", "한빛대", "교수"),
        ("한빛정보연구원(HIRI) 소속 이민수 연구원은 새 알고리즘을 발표했다.", "이민수", "한빛정보연구원", "연구원"),
        (
            "한빛과학기술원은 백정민 신소재공학부 교수 연구팀이 발전기를 개발했다고 밝혔다.",
            "백정민",
            "한빛과학기술원",
            "교수",
        ),
    ],
)
def test_research_news_people_with_units_and_membership(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org)) == {"title": title}, got


def test_a_counterpart_described_before_a_name_does_not_employ_it() -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts("한빛전자 경쟁사 대표인 김철수는 말했다."))


def test_this_research_done_jointly_is_the_announcing_organisations() -> None:
    got = facts("한빛과학기술원은 주삿바늘을 개발했다고 밝혔다. 이번 연구는 누리화학연구원과 공동으로 진행됐다.")
    assert partners(got, "한빛과학기술원", "누리화학연구원"), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛과학기술원은 주삿바늘을 개발했다고 밝혔다. 이번 연구는 누리화학연구원과 공동으로 진행할 계획이다.",
        "이번 연구는 누리화학연구원과 공동으로 진행됐다.",  # whose research is not written
    ],
)
def test_joint_research_planned_or_of_no_named_organisation_makes_no_partners(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text))


def test_an_executive_announcing_an_investment_speaks_for_the_company() -> None:
    got = facts("제임스 리 가람테크 CEO는 누리AI에 1억달러를 투자했다고 밝혔다.")
    assert ("INVESTED_IN", "가람테크", "누리AI") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "제임스 리" for k in got), got


def test_a_unit_set_up_under_another_is_its_part_not_the_actor() -> None:
    got = facts("한빛전자는 한빛리서치 산하에 누리연구소를 신설했다.")
    assert ("PART_OF", "누리연구소", "한빛리서치") in got, got
    assert ("PART_OF", "한빛전자", "한빛리서치") not in got, got


def test_under_a_body_with_no_named_object_makes_the_subject_no_part() -> None:
    got = facts("한빛전자는 한빛리서치 산하에 연구 조직을 신설했다.")
    assert ("PART_OF", "한빛전자", "한빛리서치") not in got, got


def test_a_round_led_by_an_investor_written_with_judoro() -> None:
    got = facts("다온소프트는 한빛벤처스 주도로 100억원 규모의 시리즈A 투자를 유치했다.")
    assert got.get(("INVESTED_IN", "한빛벤처스", "다온소프트"), {}).get("lead") is True, got


def test_investors_taken_in_as_investors() -> None:
    got = facts("다온소프트는 누리텍, 가람전자 등을 투자자로 유치했다.")
    assert ("INVESTED_IN", "누리텍", "다온소프트") in got and ("INVESTED_IN", "가람전자", "다온소프트") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 주도로 설립된 다온소프트는 100억원의 투자를 유치했다.",  # 한빛전자 led the founding
        "다온소프트는 한빛벤처스 주도로 투자를 유치할 계획이다.",
    ],
)
def test_judoro_of_another_verb_or_a_planned_round_invests_nothing(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text))


def test_a_joint_venture_founded_states_no_investment_of_its_own() -> None:
    got = facts("한빛전자와 누리텍은 합작법인 다온모빌리티를 출범시켰다.")
    assert ("ESTABLISHED", "한빛전자", "다온모빌리티") in got and ("ESTABLISHED", "누리텍", "다온모빌리티") in got, got
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_joint_venture_paid_in_by_its_founders_is_their_investment() -> None:
    got = facts("한빛전자와 누리텍은 공동 출자를 통해 합작법인 다온모빌리티를 출범시켰다.")
    assert ("INVESTED_IN", "한빛전자", "다온모빌리티") in got and ("INVESTED_IN", "누리텍", "다온모빌리티") in got, got


@pytest.mark.parametrize(
    "text, person, unit, title",
    [
        # the unit is named with its university's full name ("고려대 X" and "고려대학교 X" are one unit)
        ("김민수 고려대 공과대학 학장은 말했다.", "김민수", "고려대학교 공과대학", "학장"),
        ("이수진 고려대 인공지능연구소 소장은 말했다.", "이수진", "고려대학교 인공지능연구소", "소장"),
    ],
)
def test_the_head_of_a_unit_works_for_the_unit_it_heads(text: str, person: str, unit: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, unit)) == {"title": title}, got
    assert ("PART_OF", unit, "고려대학교") in got, got


def test_a_member_of_a_unit_works_for_the_whole() -> None:
    got = facts("박정민 고려대 공과대학 교수는 말했다.")
    assert got.get(("WORKS_FOR", "박정민", "고려대학교")) == {"title": "교수"}, got


def test_a_unit_written_between_its_organisation_and_a_titled_name() -> None:
    got = facts("한빛메디컬센터의 응급의학과 교수인 윌리엄 보즈먼은 안전성을 검증했다.")
    assert got.get(("WORKS_FOR", "윌리엄 보즈먼", "한빛메디컬센터")) == {"title": "교수"}, got
