"""Korean finance, personnel, robotics and deal-brief news: a coined name Kiwi splits at a first syllable it reads as a
numeral, adverb, prefix or pronoun ("하나로금융그룹", "한결산업", "대운AI칩스", "우리벤처파트너스") is named whole; a business line ("금융사업")
is no body; a post given in a quoted programme body is that body's; an agenda item put to a meeting is no
appointment; a surname referring back and a professor's rank give no title to the organisation joined; a founder's
post is the title after the name; a post held before and written with the person is not where the new post is; a
company's head named right after a subsidiary was founded heads it; a field word before "공동연구소" owns nothing; a list
goes on past "그리고 기존 투자사인" and past where the next member came from; joint leads both lead; "X의 CVC인 Y" is X's
affiliate; the first head "초대 소장을 맡았다" heads the lab just opened; a registered company after a time word is found
though Kiwi splits it; a successor's post ("후임 CTO에는") is the company's; a unit written after a registered name
leaves the name whole; what a company does, told in a description closed before its founders, is no object of the
founding; every technology of a joined object is researched; a person described as the founder ("창업자인 P") founded the
sentence's topic."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("하나로금융그룹은 업스테이지와 업무협약을 체결했다.", ("PARTNERS_WITH", "하나로금융그룹", "업스테이지")),
        ("우리벤처파트너스는 딥리프에 30억원을 투자했다.", ("INVESTED_IN", "우리벤처파트너스", "딥리프")),
        ("한결자동차그룹은 자회사 한결오토를 설립했다.", ("ESTABLISHED", "한결자동차그룹", "한결오토")),
        ("한결산업은 로봇 스타트업 모비고에 30억원을 투자했다.", ("INVESTED_IN", "한결산업", "모비고")),
    ],
)
def test_a_coined_name_split_at_its_first_syllables_is_named_whole(text: str, fact: tuple[str, str, str]) -> None:
    got = facts(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got, got
    assert not any(k[1] in ("금융그룹", "벤처파트너스", "자동차그룹") for k in got), got


def test_a_coined_name_with_latin_letters_after_a_classifier_is_named() -> None:
    got = facts("반도체 스타트업 대운AI칩스가 100억원을 유치했다. 한빛벤처스가 이번 투자를 리드했다.")
    assert ("INVESTED_IN", "한빛벤처스", "대운AI칩스") in got, got


def test_a_line_of_business_is_no_employer() -> None:
    got = facts("서지원 전무는 AWS코리아에서 금융사업 총괄 이사를 역임했다.")
    assert got.get(("WORKS_FOR", "서지원", "AWS코리아")) == {"title": "이사", "former": True}, got
    assert not any(k[2] == "금융사업" for k in got), got


def test_a_post_in_a_quoted_programme_body_is_the_bodys() -> None:
    got = facts("한국연구재단은 김민수 서울대 교수를 '차세대 AI 반도체 사업단' 단장으로 선임했다.")
    assert got.get(("WORKS_FOR", "김민수", "차세대 AI 반도체 사업단"), {}).get("title") == "단장", got


@pytest.mark.parametrize(
    "text",
    [
        "코어로직스는 윤재석 교수를 사외이사로 선임하는 안건을 상정했다.",
        "코어로직스는 윤재석 교수를 사외이사로 선임하는 안건을 주총에 상정한다.",
        "코어로직스는 정기 주주총회를 열고 윤재석 교수를 사외이사로 선임하는 안건을 상정한다고 공시했다.",
    ],
)
def test_an_agenda_item_put_to_a_meeting_is_no_appointment(text: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "윤재석", "코어로직스") not in got, got


def test_an_agenda_item_passed_is_an_appointment() -> None:
    got = facts("코어로직스는 주주총회에서 윤재석 교수를 사외이사로 선임하는 안건을 가결했다.")
    assert got.get(("WORKS_FOR", "윤재석", "코어로직스"), {}).get("title") == "사외이사", got


def test_a_surname_referring_back_gives_its_title_to_no_organisation_joined() -> None:
    got = facts(
        "마이크로소프트는 조현우 전 AWS코리아 전무를 신임 대표로 선임했다. 조 대표는 2016년 AWS코리아에 합류했다."
    )
    assert got.get(("WORKS_FOR", "조현우", "AWS코리아"), {}).get("title") != "대표", got
    assert got.get(("WORKS_FOR", "조현우", "마이크로소프트"), {}).get("title") == "대표", got


def test_a_professor_joining_a_company_keeps_the_rank_off_it() -> None:
    got = facts("주재현 교수가 네이버클라우드에 합류한다.")
    assert ("WORKS_FOR", "주재현", "네이버클라우드") in got, got
    assert "title" not in got[("WORKS_FOR", "주재현", "네이버클라우드")], got


def test_a_titled_person_joining_keeps_the_title() -> None:
    got = facts("김민수 부사장이 네이버클라우드에 합류했다.")
    assert got.get(("WORKS_FOR", "김민수", "네이버클라우드"), {}).get("title") == "부사장", got


def test_a_co_founder_who_resigns_held_the_title_after_the_name() -> None:
    got = facts("퓨리온칩스의 공동창업자 강태민 최고기술책임자(CTO)가 사임했다.")
    assert ("ESTABLISHED", "강태민", "퓨리온칩스") in got, got
    assert got.get(("WORKS_FOR", "강태민", "퓨리온칩스")) == {"title": "최고기술책임자", "former": True}, got


def test_a_co_founder_in_post_holds_the_title_after_the_name() -> None:
    got = facts("퓨리온칩스의 공동창업자 강태민 CTO는 말했다.")
    assert got.get(("WORKS_FOR", "강태민", "퓨리온칩스")) == {"title": "CTO"}, got


def test_a_past_employer_written_with_the_person_gets_no_new_post() -> None:
    got = facts("박정훈 전 대원자동차 부사장이 대표로 선임됐다.")
    assert got.get(("WORKS_FOR", "박정훈", "대원자동차")) == {"title": "부사장", "former": True}, got


def test_a_past_employer_written_with_the_person_beside_the_new_one() -> None:
    got = facts("박정훈 전 대원자동차 부사장은 한결모터스 대표로 선임됐다.")
    assert got.get(("WORKS_FOR", "박정훈", "한결모터스"), {}).get("title") == "대표", got
    assert got.get(("WORKS_FOR", "박정훈", "대원자동차"), {}).get("former") is True, got


def test_a_company_head_named_after_a_subsidiary_was_founded_heads_it() -> None:
    got = facts("별빛카드는 자회사 '별빛데이터앤AI'를 신설했다. 대표이사에는 오민재 상무가 선임됐다.")
    assert got.get(("WORKS_FOR", "오민재", "별빛데이터앤AI"), {}).get("title") == "대표이사", got
    assert ("WORKS_FOR", "오민재", "별빛카드") not in got, got


def test_a_company_head_after_a_lab_was_founded_is_the_founders() -> None:
    got = facts("별빛카드는 AI연구소를 신설했다. 대표이사에는 오민재 상무가 선임됐다.")
    assert ("WORKS_FOR", "오민재", "AI연구소") not in got, got


def test_a_field_before_a_joint_lab_owns_nothing() -> None:
    got = facts("태온모터스는 '미래모빌리티 공동연구소'를 개소했다. 초대 소장은 이재원 교수가 맡는다.")
    assert ("WORKS_FOR", "이재원", "미래모빌리티 공동연구소") in got, got
    assert not any(k[0] == "PART_OF" for k in got), got


def test_a_list_goes_on_past_a_described_existing_investor() -> None:
    got = facts(
        "핀로직스가 프리A 투자를 유치했다. 이번 라운드에는 신한벤처투자와 한울파트너스, 그리고 기존 투자사인 "
        "스파크랩이 참여했다."
    )
    assert all(("INVESTED_IN", i, "핀로직스") in got for i in ("신한벤처투자", "한울파트너스", "스파크랩")), got


def test_joint_leads_both_lead() -> None:
    got = facts("보이스핀이 450억원 규모의 투자를 유치했다. 한국투자파트너스와 미래에셋벤처투자가 공동으로 리드했다.")
    for investor in ("한국투자파트너스", "미래에셋벤처투자"):
        assert got.get(("INVESTED_IN", investor, "보이스핀"), {}).get("lead") is True, got


def test_a_lead_and_a_participant_are_told_apart() -> None:
    got = facts("보이스핀이 450억원 규모의 투자를 유치했다. 한국투자파트너스가 리드했고 미래에셋벤처투자가 참여했다.")
    assert got.get(("INVESTED_IN", "한국투자파트너스", "보이스핀"), {}).get("lead") is True, got
    assert "lead" not in got.get(("INVESTED_IN", "미래에셋벤처투자", "보이스핀"), {"lead": 1}), got


def test_a_new_investor_joining_the_round_just_told_invested() -> None:
    got = facts("트랙웨이브가 시리즈A 투자로 35억원을 받았다. LB인베스트먼트가 신규로 참여했다.")
    assert ("INVESTED_IN", "LB인베스트먼트", "트랙웨이브") in got, got


def test_joining_a_programme_after_a_round_is_no_investment() -> None:
    got = facts("트랙웨이브가 시리즈A 투자로 35억원을 받았다. LB인베스트먼트가 정부 과제에 공동으로 참여했다.")
    assert ("INVESTED_IN", "LB인베스트먼트", "트랙웨이브") not in got, got


@pytest.mark.parametrize(
    ("text", "affiliate", "owner"),
    [
        ("청람금융그룹의 CVC인 청람벤처스가 펀드를 결성했다.", "청람벤처스", "청람금융그룹"),
        ("청람금융그룹의 기업형 벤처캐피털인 청람벤처스가 펀드를 결성했다.", "청람벤처스", "청람금융그룹"),
    ],
)
def test_a_groups_corporate_venture_arm_is_its_affiliate(text: str, affiliate: str, owner: str) -> None:
    assert ("AFFILIATE_OF", affiliate, owner) in facts(text), facts(text)


def test_co_founders_listed_past_where_one_came_from() -> None:
    got = facts("로앤비트는 최윤아 대표와 카이스트 출신 한도윤 CTO가 공동 창업했다.")
    assert ("ESTABLISHED", "최윤아", "로앤비트") in got and ("ESTABLISHED", "한도윤", "로앤비트") in got, got
    assert got.get(("WORKS_FOR", "최윤아", "로앤비트"), {}).get("title") == "대표", got
    assert not any(k[2] == "카이스트" for k in got), got


def test_the_first_head_taking_the_post_of_a_lab_just_opened() -> None:
    got = facts("푸른금융지주는 AI 연구소 '푸른AI리서치'를 개소했다. 김하늘 박사가 초대 소장을 맡았다.")
    assert got.get(("WORKS_FOR", "김하늘", "푸른AI리서치"), {}).get("title") == "소장", got


def test_the_first_head_to_take_the_post_later_is_none_yet() -> None:
    got = facts("푸른금융지주는 AI 연구소 '푸른AI리서치'를 개소했다. 김하늘 박사가 초대 소장을 맡을 예정이다.")
    assert ("WORKS_FOR", "김하늘", "푸른AI리서치") not in got, got


def test_a_registered_company_after_a_time_word_is_the_partner() -> None:
    got = facts("라이트로닉스는 지난달 만도와 레이더 공동 개발 계약을 맺었다.")
    assert any(k[0] == "PARTNERS_WITH" and "HL만도" in k[1:] for k in got), got


def test_a_successors_post_is_the_companys() -> None:
    got = facts("퓨리온칩스의 후임 CTO에는 인텔 출신 이가은 상무가 선임됐다.")
    assert got.get(("WORKS_FOR", "이가은", "퓨리온칩스"), {}).get("title") == "CTO", got
    assert got.get(("WORKS_FOR", "이가은", "인텔"), {}).get("former") is True, got


def test_a_unit_after_a_registered_name_leaves_the_name_whole() -> None:
    got = facts("김도현 씨는 LG CNS 클라우드사업부 전무를 지냈다.")
    assert got.get(("WORKS_FOR", "김도현", "LG CNS")) == {"title": "전무", "former": True}, got
    assert not any(k[2] in ("LG", "CNS 클라우드사업부") for k in got), got


def test_a_description_closed_before_the_founders_is_no_object_of_the_founding() -> None:
    got = facts("핀로직스는 대안신용평가 AI를 개발하는 회사로, 2022년 정하늘 대표가 설립했다.")
    assert got.get(("ESTABLISHED", "정하늘", "핀로직스"), {}).get("date") == "2022", got


@pytest.mark.parametrize(
    ("text", "techs"),
    [
        (
            "한결오토노머스는 레벨4 자율주행 소프트웨어와 고정밀 지도 기술을 개발한다.",
            ("레벨4 자율주행 소프트웨어", "고정밀 지도 기술"),
        ),
        (
            "카이로랩스는 엔드투엔드 자율주행 모델과 시뮬레이션 기술을 연구한다.",
            ("엔드투엔드 자율주행 모델", "시뮬레이션 기술"),
        ),
    ],
)
def test_every_technology_of_a_joined_object_is_researched(text: str, techs: tuple[str, str]) -> None:
    got = facts(text)
    assert all(any(k[0] == "RESEARCHES" and k[2] == t for k in got) for t in techs), got


def test_a_partner_joined_before_a_technology_is_no_technology() -> None:
    got = facts("한결오토노머스는 삼성전자와 고정밀 지도 기술을 개발한다.")
    assert not any(k[0] == "RESEARCHES" and k[2] == "삼성전자" for k in got), got


@pytest.mark.parametrize(
    "text", ["메디브레인은 당분간 창업자인 길현수 의장이 대표를 겸한다.", "메디브레인은 창업자인 길현수 의장이 이끈다."]
)
def test_a_person_described_as_the_founder_founded_the_topic(text: str) -> None:
    assert ("ESTABLISHED", "길현수", "메디브레인") in facts(text), facts(text)


def test_a_founder_of_no_topic_founded_nothing_here() -> None:
    got = facts("창업자인 길현수 의장이 메디브레인 대표를 겸한다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got
