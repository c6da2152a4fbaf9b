"""ko_structure: establishment with dates, joint ventures, alliances, affiliates, parts, spin-offs."""

from datetime import date

import pytest
from ko_facts import facts


def test_founder_in_a_relative_clause_with_year() -> None:
    got = facts("김철수 회장이 2006년 설립한 가나파트너스는 사모펀드 운용사다.")
    assert got[("ESTABLISHED", "김철수", "가나파트너스")]["date"] == "2006"


def test_company_founded_by_its_ceo_gives_both_facts() -> None:
    got = facts("비전로보틱스는 이영희 대표가 2021년 3월 설립한 스타트업이다.")
    assert got[("ESTABLISHED", "이영희", "비전로보틱스")]["date"] == "2021-03"


def test_relative_month_resolves_against_the_article_date() -> None:
    got = facts("한빛전자는 지난달 '한빛 AI연구소'를 신설했다.", published=date(2020, 9, 22))
    assert got[("ESTABLISHED", "한빛전자", "한빛 AI연구소")]["date"] == "2020-08"


def test_three_companies_found_a_joint_venture_and_an_alliance() -> None:
    got = facts(
        "KT, LG유플러스, 카카오 3사가 손을 잡았다. 3사는 ‘누리 AI 연합’을 출범한다고 밝혔다. "
        "3사 공동 투자를 통해 합작법인 ‘한빛AI’를 설립한다."
    )
    for founder in ("KT", "LG유플러스", "카카오"):
        assert ("PARTICIPATES_IN", founder, "누리 AI 연합") in got
        assert ("ESTABLISHED", founder, "한빛AI") in got
        assert ("INVESTED_IN", founder, "한빛AI") in got


def test_passive_established_without_founder_gives_no_founder() -> None:
    got = facts("2020년 설립된 AI 스타트업 비전로보틱스는 물류 로봇을 만든다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_spin_off_with_date() -> None:
    got = facts("지난 4월 KT에서 분사해 출범한 가나클라우드는 데이터센터 사업을 맡는다.", published=date(2022, 6, 9))
    props = got[("SPUN_OFF_FROM", "가나클라우드", "KT")]
    assert props["date"] == "2022-04"


def test_holding_company_of_a_group_is_an_affiliate() -> None:
    got = facts("SK차이나는 SK그룹의 중국 지주사로 현지 투자를 총괄한다.")
    assert ("AFFILIATE_OF", "SK차이나", "SK") in got  # the registry name of SK그룹


def test_subsidiary_named_after_the_parent() -> None:
    got = facts("카카오 자회사 카카오브레인은 AI 모델을 공개했다.")
    assert ("AFFILIATE_OF", "카카오브레인", "카카오") in got


def test_body_under_a_ministry() -> None:
    got = facts("과학기술정보통신부 산하 정보통신산업진흥원은 사업을 공고했다.")
    assert ("PART_OF", "정보통신산업진흥원", "과학기술정보통신부") in got


def test_planned_merger_is_not_an_acquisition() -> None:
    got = facts("가나반도체와 다라칩스는 합병을 추진 중이다. 두 회사는 합병을 논의하고 있다.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_organisation_described_as_founded_by_another() -> None:
    got = facts("한빛 AI연구원은 2020년 12월 LG그룹이 설립한 AI 싱크탱크다.")
    assert got[("ESTABLISHED", "LG", "한빛 AI연구원")]["date"] == "2020-12"


def test_people_founding_the_topic_company() -> None:
    got = facts("비전로보틱스는 2020년 10월 김성훈 대표 등이 공동 창업했다.")
    assert got[("ESTABLISHED", "김성훈", "비전로보틱스")]["date"] == "2020-10"


def test_unit_set_up_under_the_ceo_is_part_of_the_company() -> None:
    got = facts("삼성전자는 대표이사 직속으로 미래기술추진단을 신설했다.")
    assert ("ESTABLISHED", "삼성전자", "미래기술추진단") in got
    assert ("PART_OF", "미래기술추진단", "삼성전자") in got


def test_business_spun_off_into_a_new_affiliate() -> None:
    got = facts("SK텔레콤은 AI 반도체 사업을 분사해 계열사 다온칩스(가칭)를 설립한다.")
    assert ("SPUN_OFF_FROM", "다온칩스", "SK텔레콤") in got
    assert ("AFFILIATE_OF", "다온칩스", "SK텔레콤") in got


def test_acquired_organisation_written_after_a_country() -> None:
    got = facts("네이버는 프랑스 제록스리서치센터유럽(XRCE)을 인수했다.")
    assert any(k[0] == "ACQUIRED" and k[1] == "네이버" and k[2].startswith("제록스") for k in got), got


def test_joint_founding_with_a_partner() -> None:
    got = facts("한빛전자는 다온대학교와 함께 인공지능 공동연구센터를 개소했다.")
    founders = {k[1] for k in got if k[0] == "ESTABLISHED" and k[2].endswith("공동연구센터")}
    assert founders == {"한빛전자", "다온대학교"}


@pytest.mark.parametrize(
    "text, child, parent",
    [
        ("삼성전자에서 분사한 AI 스타트업 딥브레인은 투자를 유치했다.", "딥브레인", "삼성전자"),
        ("네이버에서 분사한 로봇 기업 네이버랩스는 연구를 진행했다.", "네이버랩스", "네이버"),
    ],
)
def test_a_spin_off_described_between_the_clause_and_its_name(text: str, child: str, parent: str) -> None:
    assert ("SPUN_OFF_FROM", child, parent) in facts(text)


def test_a_planned_spin_off_is_none() -> None:
    assert not any(
        k[0] == "SPUN_OFF_FROM" for k in facts("삼성전자에서 분사할 예정인 AI 스타트업 딥브레인은 투자를 유치했다.")
    )


def test_a_partner_named_after_the_spin_off_clause_is_not_the_spin_off() -> None:
    got = facts("삼성전자에서 분사한 뒤 카카오와 협력한 딥브레인은 투자를 유치했다.")
    assert not any(k[0] == "SPUN_OFF_FROM" and k[1] == "카카오" for k in got), got


def test_a_founder_of_a_bare_company_founded_the_one_the_article_places_them_in() -> None:
    got = facts("리벨리온 오하람 대표는 10일 간담회를 열었다. 오 대표는 2019년 회사를 창업했다.")
    assert got[("ESTABLISHED", "오하람", "리벨리온")]["date"] == "2019", got


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온 오하람 대표는 간담회를 열었다. 오 대표는 회사를 창업할 계획이다.",  # planned
        "리벨리온 오하람 대표는 간담회를 열었다. 오 대표는 회사를 창업하지 않았다.",  # negated
        "리벨리온 오하람 대표는 간담회를 열었다. 오 대표는 2016년 다른 회사를 창업한 바 있다.",  # another company
        "오하람 씨는 간담회를 열었다. 오 씨는 2019년 회사를 창업했다.",  # no organisation known for the person
    ],
)
def test_a_bare_company_that_is_planned_denied_another_or_unknown_gives_no_founding(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text))


@pytest.mark.parametrize(
    "text, unit, owner",
    [
        ("한빛전자의 인공지능연구소는 새 모델을 공개했다.", "인공지능연구소", "한빛전자"),
        ("서울대의 AI연구원은 새 모델을 공개했다.", "AI연구원", "서울대학교"),
    ],
)
def test_a_unit_named_by_its_field_is_part_of_its_owner(text: str, unit: str, owner: str) -> None:
    assert ("PART_OF", unit, owner) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 인공지능연구소 설립 계획은 아직 확정되지 않았다.",  # not yet there
        "한빛전자의 퓨리오사AI 투자는 화제가 됐다.",  # a company of its own, not a unit
    ],
)
def test_a_planned_unit_or_a_named_company_after_the_owner_is_no_part(text: str) -> None:
    assert not any(k[0] in ("PART_OF", "AFFILIATE_OF") for k in facts(text))
