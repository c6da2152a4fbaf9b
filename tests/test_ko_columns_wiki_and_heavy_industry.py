"""Korean opinion columns, encyclopedic entries and heavy-industry news: a post held alongside another ("대표는 P가
겸임한다") is a post; hearsay ("투자했다는 소식이 들린다") and guesses ("노리고 있다고 추측했다") are no facts; a
consortium told by its place in a contest ("경쟁 컨소시엄") has no name; "X 역시" is a subject, as "X도"; a copula
("Y이며") is no subject particle; a city's investment pact is a partnership; a degree names no employer; bullet
headlines on their own lines keep their own facts."""

import pytest
from ko_facts import extractor, facts, names

from aigraph.ingest.contract import Document


def test_a_post_held_alongside_another_is_held() -> None:
    got = facts("누리에이아이의 대표는 하태오 가람전자 부사장이 겸임한다.")
    assert got.get(("WORKS_FOR", "하태오", "누리에이아이"), {}).get("title") == "대표", got


def test_a_post_perhaps_held_alongside_is_not_held() -> None:
    got = facts("누리에이아이의 대표는 하태오 가람전자 부사장이 겸임할 가능성이 있다.")
    assert ("WORKS_FOR", "하태오", "누리에이아이") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "소프트뱅크가 오픈AI에 400억달러를 투자하기로 했다는 소식이 들린다.",
        "업계는 삼성물산이 에퀴닉스 지분 인수를 노리고 있다고 추측했다.",
        "소프트뱅크가 오픈AI에 투자한다는 소문이 시장에 돌았다.",
    ],
)
def test_hearsay_and_guesses_are_no_facts(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_news_passed_on_as_reported_is_still_a_fact() -> None:
    got = facts("소프트뱅크가 오픈AI에 400억달러를 투자했다는 소식이 전해졌다.")
    assert got.get(("INVESTED_IN", "소프트뱅크그룹", "오픈AI"), {}).get("amount") == 4e10, got


def test_a_rival_consortium_has_no_name() -> None:
    text = "경쟁 컨소시엄을 꾸린 삼성SDS는 고배를 마셨다."
    assert "경쟁 컨소시엄" not in names(text), names(text)
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_a_subject_with_also_written_as_yeoksi() -> None:
    got = facts("아마존은 앤트로픽에 총 80억달러를 투자했다. 구글 역시 앤트로픽 지분 14%를 보유하고 있다.")
    assert got.get(("INVESTED_IN", "구글", "앤트로픽"), {}).get("stake_percent") == 14.0, got
    assert "stake_percent" not in got.get(("INVESTED_IN", "아마존", "앤트로픽"), {}), got


def test_a_subject_with_also_written_as_ttohan() -> None:
    got = facts("구글 또한 앤트로픽에 20억달러를 투자했다.")
    assert got.get(("INVESTED_IN", "구글", "앤트로픽"), {}).get("amount") == 2e9, got


def test_a_copula_is_no_subject() -> None:
    got = facts("에이펙스로보틱스의 모회사는 현대위아이며, 자회사로 에이펙스비전을 두고 있다.")
    assert ("AFFILIATE_OF", "에이펙스비전", "현대위아") not in got, got


def test_an_investment_pact_with_a_city_is_a_partnership_with_its_government() -> None:
    text = "플랜티팜은 상주시와 300억원 규모의 투자협약을 맺고 상주시에 식물공장을 세우기로 했다."
    got = facts(text)
    assert ("PARTNERS_WITH", "플랜티팜", "상주시") in got, got
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_company_s_arm_named_after_a_country_is_no_unit() -> None:
    got = facts(
        "쿡봇은 미국 캘리포니아에 현지 법인 '쿡봇 USA'를 설립했다. 쿡봇 USA 법인장에는 구글 출신 데이비드 리가 "
        "선임됐다."
    )
    assert got.get(("WORKS_FOR", "데이비드 리", "쿡봇 USA"), {}).get("title") == "법인장", got
    assert ("WORKS_FOR", "데이비드 리", "쿡봇") not in got, got
    assert ("PART_OF", "쿡봇 USA", "쿡봇") not in got, got


def test_a_relative_clause_s_subject_is_not_carried_to_the_next_sentence() -> None:
    got = facts(
        "보이스메이트는 음성 AI 스타트업이다. 2020년 소프트뱅크벤처스아시아가 주도한 시리즈 A 라운드에서 120억 원을 "
        "투자받았다. 2022년 KT와 업무협약(MOU)을 맺었다."
    )
    assert ("PARTNERS_WITH", "보이스메이트", "KT") in got, got
    assert not any(k[0] == "PARTNERS_WITH" and "소프트뱅크벤처스아시아" in k for k in got), got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("딥리프의 대표이사는 윤재혁이다.", "대표이사"),
        ("현재 딥리프의 대표이사는 윤재혁이며, 직원은 50명이다.", "대표이사"),
        ("딥리프의 창립자는 윤재혁으로, 서울대를 졸업했다.", "창립자"),
    ],
)
def test_a_name_said_to_hold_a_post_holds_it(text: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "윤재혁", "딥리프"), {}).get("title") == title, got


def test_the_founder_said_by_the_copula_founded_it() -> None:
    assert ("ESTABLISHED", "윤재혁", "딥리프") in facts("딥리프의 창립자는 윤재혁으로, 서울대를 졸업했다.")


@pytest.mark.parametrize("text", ["딥리프의 대표는 윤재혁이 아니다.", "딥리프의 대표이사는 윤재혁이 될 것으로 보인다."])
def test_a_name_denied_or_guessed_for_a_post_holds_none(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "박서연은 2010년 스탠퍼드 대학교에서 박사 학위를 받았다.",
        "배수현은 한양대학교에서 전자공학 박사 학위를 취득했다.",
        "김민준은 카이스트에 입학해 전산학을 전공했다.",
    ],
)
def test_where_a_person_studied_is_no_employer(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


def test_where_a_person_works_is_still_read() -> None:
    got = facts("김민준은 카이스트에서 연구원으로 일했다.")
    assert ("WORKS_FOR", "김민준", "한국과학기술원") in got, got


def test_a_former_post_described_by_the_copula_is_former() -> None:
    got = facts("신재호는 전 한국과학기술연구원(KIST) 원장이다.")
    assert got.get(("WORKS_FOR", "신재호", "한국과학기술연구원"), {}) == {"title": "원장", "former": True}, got


def test_a_post_described_with_the_organisation_s_gloss() -> None:
    got = facts("신재호는 한국과학기술연구원(KIST) 원장이다.")
    assert got.get(("WORKS_FOR", "신재호", "한국과학기술연구원"), {}) == {"title": "원장"}, got


def test_bullet_headlines_on_their_own_lines_keep_their_own_facts() -> None:
    got = facts("▲ KT, 마이크로소프트와 AI·클라우드 협력\n▲ 카카오, 오픈AI와 전략적 제휴 발표")
    assert ("PARTNERS_WITH", "KT", "마이크로소프트") in got, got
    assert ("PARTNERS_WITH", "카카오", "오픈AI") in got, got
    assert ("PARTNERS_WITH", "KT", "카카오") not in got and ("PARTNERS_WITH", "KT", "오픈AI") not in got, got


def test_a_bullet_s_price_is_its_own() -> None:
    got = facts("이번 주 소식\n▲ 딥노드, 삼성벤처투자로부터 20억원 투자 유치\n▲ 한빛전자, 모션웍스 인수(500억원)")
    assert got.get(("INVESTED_IN", "삼성벤처투자", "딥노드"), {}).get("amount") == 2e9, got
    assert got.get(("ACQUIRED", "한빛전자", "모션웍스"), {}).get("amount") == 5e10, got


@pytest.mark.parametrize("text", ["한빛전자, 모션웍스 인수(추진)", "한빛전자, 모션웍스 인수(미확인)"])
def test_a_headline_deal_marked_pursued_or_unconfirmed_is_none(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in facts(text)), facts(text)


def test_a_headline_actor_after_its_group() -> None:
    got = facts("SK그룹 계열 SK스퀘어, 펭귄솔루션스에 150억원 투자")
    assert got.get(("INVESTED_IN", "SK스퀘어", "펭귄솔루션스"), {}).get("amount") == 1.5e10, got
    assert ("AFFILIATE_OF", "펭귄솔루션스", "SK") not in got, got


def test_a_body_set_up_under_another_in_a_headline_leaves_the_actor_out() -> None:
    got = facts("롯데그룹, 롯데이노베이트 산하에 AI연구소 신설")
    assert not any(k[0] == "PART_OF" and k[1] == "롯데" for k in got), got


def test_former_written_between_a_founder_s_name_and_title() -> None:
    got = facts("비전랩스 창업자인 조현우 전 대표는 이사회 의장을 맡았습니다.")
    assert got.get(("WORKS_FOR", "조현우", "비전랩스"), {}).get("former") is True, got


def test_a_current_title_after_a_name_is_current() -> None:
    got = facts("비전랩스 조현우 대표는 이사회 의장을 맡았습니다.")
    assert got.get(("WORKS_FOR", "조현우", "비전랩스"), {}) == {"title": "대표"}, got


def test_a_country_ending_a_foreign_arm_s_name_is_no_company() -> None:
    text = "최지웅 대표는 마이크로소프트 한국지사와 아마존웹서비스(AWS) 코리아를 거쳤다."
    assert "코리아" not in names(text), names(text)


def test_a_stage_of_a_programme_names_none() -> None:
    got = facts("대신정보통신 컨소시엄이 행정안전부가 발주한 '차세대 지방재정관리시스템' 2단계 사업을 수주했다.")
    assert not any(k[0] == "PARTICIPATES_IN" and k[2] == "2단계 사업" for k in got), got


def test_a_named_programme_s_stage_is_part_of_its_name() -> None:
    got = facts("가람전자는 'K-클라우드 2단계 사업'에 참여한다.")
    assert ("PARTICIPATES_IN", "가람전자", "K-클라우드 2단계 사업") in got, got


def test_a_broadcast_caption_names_the_speaker_s_post() -> None:
    got = facts('[인터뷰] 이서연 / 다온소프트 부사장 "AI를 바로 적용할 수 있습니다."')
    assert got.get(("WORKS_FOR", "이서연", "다온소프트"), {}).get("title") == "부사장", got


def test_a_research_team_s_organisation_researches_what_it_developed() -> None:
    got = facts("KAIST 전산학부 김민수 교수 연구팀은 네이버클라우드와 공동으로 초거대 AI 경량화 기술을 개발했다.")
    assert not any(k[0] == "RESEARCHES" and k[1] == "김민수" for k in got), got
    assert any(k[0] == "RESEARCHES" and k[1].startswith("한국과학기술원") for k in got), got


def test_developed_jointly_with_a_long_object_is_a_partnership() -> None:
    got = facts("KAIST는 네이버클라우드와 공동으로 초거대 AI 경량화 기술을 개발했다.")
    assert ("PARTNERS_WITH", "한국과학기술원", "네이버클라우드") in got, got


@pytest.mark.parametrize(
    "text", ["당사는 한빛그룹 계열사로 편입되었습니다.", "자사는 누리벤처스로부터 투자를 유치했다."]
)
def test_a_company_writing_of_itself_is_no_name(text: str) -> None:
    assert not {"당사", "자사"} & set(names(text)), names(text)


def test_a_deal_put_to_a_vote_is_not_made() -> None:
    got = facts(
        "머스크는 테슬라가 xAI에 50억 달러를 투자하는 방안을 주주 투표에 부치겠다고 밝혔지만, 실제 투자 여부는 투표 "
        "결과에 달려 있다."
    )
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_decided_option_to_invest_is_made() -> None:
    got = facts("테슬라는 xAI에 50억 달러를 투자하는 방안을 확정했다.")
    assert got.get(("INVESTED_IN", "테슬라", "xAI"), {}).get("amount") == 5e9, got


def test_the_chairman_leading_the_group_works_for_the_group() -> None:
    got = facts("SK하이닉스는 SK그룹 계열사로, 최태원 회장이 그룹을 이끌고 있다.")
    assert got.get(("WORKS_FOR", "최태원", "SK"), {}).get("title") == "회장", got
    assert ("WORKS_FOR", "최태원", "SK하이닉스") not in got, got


def test_the_head_of_a_merged_company_heads_no_body_founded_before() -> None:
    got = facts(
        "리벨리온이 사피온코리아와 합병한다. 사피온은 SK텔레콤에서 분사해 설립된 회사다. 합병 법인의 대표는 리벨리온 "
        "박성현 대표가 맡는다."
    )
    assert not any(k[0] == "WORKS_FOR" and k[1] == "박성현" and "사피온" in k[2] for k in got), got


def test_the_head_of_a_new_company_heads_the_body_founded() -> None:
    got = facts("가람전자는 자회사 누리AI를 설립했다. 신설 법인의 대표는 김민수 부사장이 맡는다.")
    assert got.get(("WORKS_FOR", "김민수", "누리AI"), {}).get("title") == "대표", got


def test_the_writer_is_not_the_person_named_before() -> None:
    got = facts("저 강민호와 공동창업자 오세린이 회사를 세웠습니다. 저는 그 전에 삼성전자에서 5년간 일했습니다.")
    assert ("WORKS_FOR", "오세린", "삼성전자") not in got, got


def test_he_after_a_person_is_that_person() -> None:
    got = facts("오세린 대표는 가람AI를 세웠다. 그는 그 전에 삼성전자에서 5년간 일했다.")
    assert got.get(("WORKS_FOR", "오세린", "삼성전자"), {}).get("former") is True, got


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("박서연은 서울대학교를 졸업했다. 그는 네이버의 연구소장을 지냈다.", "네이버", "연구소장"),
        ("박서연은 네이버를 떠났다. 현재 한국전자통신연구원 원장이다.", "한국전자통신연구원", "원장"),
    ],
)
def test_a_post_told_of_the_person_carried_over(text: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "박서연", org), {}).get("title") == title, got


def test_a_post_carried_over_but_only_planned_is_none() -> None:
    got = facts("박서연은 서울대학교를 졸업했다. 그는 네이버의 연구소장을 맡을 예정이다.")
    assert ("WORKS_FOR", "박서연", "네이버") not in got, got


def test_a_post_held_now_at_an_organisation_in_ui() -> None:
    got = facts("정유나는 현재 업스케일AI의 최고과학책임자로 재직 중이다.")
    assert got.get(("WORKS_FOR", "정유나", "업스케일AI"), {}).get("title") == "최고과학책임자", got


def test_joined_told_with_hayeo() -> None:
    got = facts("김도윤은 2006년 삼성전자에 입사하여 연구원으로 근무하였다.")
    assert ("WORKS_FOR", "김도윤", "삼성전자") in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("OpenAI의 Sam Altman CEO는 이날 기자간담회에서 신제품을 공개했다.", ("WORKS_FOR", "Sam Altman", "오픈AI")),
        ("Anthropic은 OpenAI 출신 Dario Amodei가 2021년 설립한 회사다.", ("ESTABLISHED", "Dario Amodei", "앤트로픽")),
        ("Cohere는 Aidan Gomez, Ivan Zhang이 토론토에서 세웠다.", ("ESTABLISHED", "Ivan Zhang", "코히어")),
    ],
)
def test_a_person_named_in_latin_letters_in_korean_text(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)
    entities = extractor().extract(Document(id="t", text=text)).entities
    assert {e.name: e.type.value for e in entities}.get(fact[1]) == "Person", entities


def test_latin_names_with_korean_particles_are_korean_text() -> None:
    got = facts("Ilya Sutskever는 OpenAI를 떠나 Safe Superintelligence(SSI)를 설립했다.")
    assert got.get(("WORKS_FOR", "Ilya Sutskever", "오픈AI"), {}).get("former") is True, got


def test_a_firm_named_in_latin_letters_is_no_person() -> None:
    entities = extractor().extract(Document(id="t", text="Goldman Sachs는 Mistral AI에 투자했다.")).entities
    assert {e.name: e.type.value for e in entities}.get("Goldman Sachs") not in (None, "Person"), entities


def test_the_body_picking_who_takes_part_takes_none() -> None:
    got = facts(
        "과학기술정보통신부는 AI 파운데이션 모델 개발 사업에 참여할 정예팀으로 하늘텔레콤과 미르소프트 컨소시엄을 "
        "선정했다고 4일 발표했다."
    )
    assert not any(k[0] == "PARTICIPATES_IN" and k[1] == "과학기술정보통신부" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "가람전자는 'K-클라우드 프로젝트'에 참여한 뒤 매출이 늘었다.",
        "가람전자는 'K-클라우드 프로젝트'에 참여하는 동안 성장했다.",
    ],
)
def test_taking_part_told_before_a_bound_noun_is_taking_part(text: str) -> None:
    assert ("PARTICIPATES_IN", "가람전자", "K-클라우드 프로젝트") in facts(text), facts(text)


def test_a_denied_description_is_no_spin_off() -> None:
    got = facts("카카오브레인은 카카오에서 분사한 법인이 아니다.")
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


def test_a_description_told_is_a_spin_off() -> None:
    assert ("SPUN_OFF_FROM", "카카오브레인", "카카오") in facts("카카오브레인은 카카오에서 분사한 법인이다.")


def test_an_insider_familiar_with_the_matter_is_an_unnamed_source() -> None:
    got = facts("사정에 밝은 관계자에 따르면 라온시큐리티는 넷펜스와 전략적 제휴를 맺었다.")
    assert got == {}, got
