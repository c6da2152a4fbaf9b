"""Composed sentences: "양사" pointing back at two organisations, a subsidiary or parent described with a share
or kind, and a role named before the person who takes it."""

from ko_facts import facts


def _partners(got: dict, a: str, b: str) -> bool:
    return ("PARTNERS_WITH", a, b) in got or ("PARTNERS_WITH", b, a) in got


def test_both_companies_are_the_two_organisations_of_the_sentence_before() -> None:
    got = facts("한빛텔레콤이 누리랩스에 100억원을 투자했다. 양사는 AI 에이전트 공동 개발에 나선다.")
    assert _partners(got, "한빛텔레콤", "누리랩스")
    got = facts("한빛텔레콤과 누리랩스가 만났다. 두 회사는 클라우드 분야에서 협력하기로 했다.")
    assert _partners(got, "한빛텔레콤", "누리랩스")


def test_both_companies_give_nothing_when_planned_considered_or_ambiguous() -> None:
    for text in (
        "한빛텔레콤이 누리랩스에 100억원을 투자했다. 양사는 AI 에이전트를 공동 개발할 계획이다.",
        "한빛텔레콤이 누리랩스에 100억원을 투자했다. 양사는 협력을 검토하고 있다.",
        "한빛텔레콤은 누리랩스, 가온소프트, 다온칩스를 만났다. 양사는 협력에 나선다.",
    ):
        got = facts(text)
        assert not any(k[0] == "PARTNERS_WITH" for k in got), (text, got)


def test_a_subsidiary_described_with_its_share_or_kind() -> None:
    got = facts("한빛텔레콤의 100% 자회사인 한빛데이터랩스는 이날 결과를 발표했다.")
    assert ("AFFILIATE_OF", "한빛데이터랩스", "한빛텔레콤") in got
    got = facts("한빛텔레콤의 미국 자회사인 한빛아메리카는 이날 결과를 발표했다.")
    assert ("AFFILIATE_OF", "한빛아메리카", "한빛텔레콤") in got


def test_a_parent_company_turns_the_relation_around() -> None:
    got = facts("한빛데이터랩스의 모회사인 한빛텔레콤은 이날 결과를 발표했다.")
    assert ("AFFILIATE_OF", "한빛데이터랩스", "한빛텔레콤") in got
    got = facts("한빛텔레콤은 모회사 누리홀딩스와 함께 투자했다.")
    assert ("AFFILIATE_OF", "한빛텔레콤", "누리홀딩스") in got


def test_a_rival_is_no_affiliate() -> None:
    got = facts("한빛텔레콤의 경쟁사인 누리텔레콤은 이날 결과를 발표했다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_a_role_named_before_the_person_who_takes_it() -> None:
    got = facts("한빛AI연구원 원장에 박민아 누리대 교수가 취임했다.")
    assert got[("WORKS_FOR", "박민아", "한빛AI연구원")]["title"] == "원장"
    got = facts("한빛전자의 신임 대표로 박민아 전 누리소프트 부사장이 선임됐다.")
    assert got[("WORKS_FOR", "박민아", "한빛전자")]["title"] == "대표"


def test_a_role_not_taken_yet_gives_nothing() -> None:
    for text in (
        "한빛AI연구원 원장에 박민아 교수가 취임할 예정이다.",
        "한빛AI연구원 원장에 박민아 교수가 선임될 것으로 알려졌다.",
        "한빛AI연구원 원장으로 박민아 교수를 추천했다.",
    ):
        got = facts(text)
        assert ("WORKS_FOR", "박민아", "한빛AI연구원") not in got, (text, got)


def test_a_unit_of_the_organisation_spun_off_under_a_new_name() -> None:
    got = facts("한빛텔레콤의 AI 반도체 사업부가 지난 4월 분사해 한빛칩스로 출범했다.")
    assert got[("SPUN_OFF_FROM", "한빛칩스", "한빛텔레콤")]["date"].startswith("2024-04")


def test_a_spin_off_planned_gives_nothing() -> None:
    for text in ("한빛텔레콤의 AI 사업부가 분사를 추진한다.", "한빛텔레콤의 AI 사업부가 분사할 예정이다."):
        got = facts(text)
        assert not any(k[0] == "SPUN_OFF_FROM" for k in got), (text, got)


def test_a_subsidiary_used_for_an_investment_does_not_make_the_investee_one() -> None:
    got = facts("한빛전자는 자회사 한빛AI를 통해 가온로보틱스에 50억원을 투자했다.")
    assert ("AFFILIATE_OF", "가온로보틱스", "한빛전자") not in got, got
    # the money goes through the subsidiary: it is the investor, its parent's through the affiliation
    assert ("INVESTED_IN", "한빛AI", "가온로보틱스") in got, got
    assert ("INVESTED_IN", "한빛전자", "가온로보틱스") not in got, got
    assert ("AFFILIATE_OF", "한빛AI", "한빛전자") in got, got
