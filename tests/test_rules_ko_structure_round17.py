"""Affiliates written in the passive: the subject joined the owner's group, never the other way round."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 지난달 한빛텔레콤 자회사로 편입됐다.",
        "누리칩스는 올해 초 한빛텔레콤의 계열사로 편입되었다.",
    ],
)
def test_passive_joining_points_from_the_member_to_the_owner(text: str) -> None:
    got = facts(text)
    assert ("AFFILIATE_OF", "누리칩스", "한빛텔레콤") in got, got
    assert ("AFFILIATE_OF", "한빛텔레콤", "누리칩스") not in got, got


def test_active_joining_still_reads_the_object_as_the_member() -> None:
    got = facts("한빛텔레콤은 지난달 누리칩스를 계열사로 편입했다.")
    assert ("AFFILIATE_OF", "누리칩스", "한빛텔레콤") in got, got
    assert ("AFFILIATE_OF", "한빛텔레콤", "누리칩스") not in got, got


ARTICLE = (
    "가람브레인은 15일 한빛벤처스로부터 200억원 규모의 투자를 받았다고 밝혔다.\n\n"
    '박지훈 가람브레인 대표는 "미국 시장에 진출하겠다"고 말했다. 박 대표는 의사 출신이다.\n\n'
    "회사는 지난해 누리병원과 공동연구 협약을 맺었으며, 올해 초에는 미국 현지 법인 '가람브레인 USA'를 세웠다."
)


def test_the_company_after_a_persons_sentence_is_the_article_company() -> None:
    got = facts(ARTICLE)
    assert ("ESTABLISHED", "가람브레인", "가람브레인 USA") in got, got
    assert ("PARTNERS_WITH", "가람브레인", "누리병원") in got, got
    assert ("ESTABLISHED", "박지훈", "가람브레인 USA") not in got, got


def test_a_partner_of_an_earlier_clause_did_not_found_the_new_company() -> None:
    got = facts(ARTICLE)
    assert ("ESTABLISHED", "누리병원", "가람브레인 USA") not in got, got
    got = facts("가람테크는 다온로보틱스와 협약을 맺었고, 이어 자회사 누리AI를 세웠다.")
    assert ("ESTABLISHED", "가람테크", "누리AI") in got, got
    assert ("ESTABLISHED", "다온로보틱스", "누리AI") not in got, got


def test_a_partner_in_the_founding_clause_is_a_co_founder() -> None:
    got = facts("가람테크는 다온로보틱스와 함께 합작법인 '누리AI'를 설립했다.")
    assert {("ESTABLISHED", "가람테크", "누리AI"), ("ESTABLISHED", "다온로보틱스", "누리AI")} <= set(got), got


def test_the_subject_does_not_refer_to_what_its_own_sentence_establishes() -> None:
    got = facts("가람테크는 AI 사업을 키운다. 회사는 올해 초 미국 법인 '가람 USA'를 세웠고 누리대학교와 협력한다.")
    assert ("ESTABLISHED", "가람테크", "가람 USA") in got, got
    assert ("PARTNERS_WITH", "가람 USA", "누리대학교") not in got, got


@pytest.mark.parametrize(
    "text, person",
    [
        ("이상민 과기정통부 인공지능기반정책관은 말했다.", "이상민"),
        ("김철수 과기정통부 인공지능기반정책관이 참석했다.", "김철수"),
    ],
)
def test_a_director_general_named_by_the_field_of_the_post(text: str, person: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, "과학기술정보통신부")) == {"title": "인공지능기반정책관"}, got


def test_the_office_of_the_post_names_no_person() -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts("과기정통부 인공지능기반정책관실은 예산을 편성했다."))
