"""Korean deal reports, money formats and people's careers: a name Kiwi opens with a determiner ("한앤컴퍼니") is
one name; money recovered by selling a stake is no investment; each investor's sum in parentheses is its own;
money put in written "위안을 넣었다" is invested; a period from a month ends the day before that month; a department
one graduated from is no employer; a reference by surname and title is the person with that title; "이 스타트업"
is the company dealt in after something was set up; capital paid into an unknown name goes to a company; a school
run by a foundation (학교법인) is no one's affiliate; a group's new affiliate; a round's stage written before it."""

import pytest
from ko_facts import facts, names

from aigraph.ingest.pipeline.normalise import round_series


def test_a_name_kiwi_opens_with_a_determiner_is_one_name() -> None:
    text = "한앤컴퍼니가 클라우드브릿지를 인수했다."
    assert "앤컴퍼니" not in names(text), names(text)
    assert ("ACQUIRED", "한앤컴퍼니", "클라우드브릿지") in facts(text), facts(text)


def test_money_recovered_by_selling_a_stake_invests_nothing_in_the_buyer() -> None:
    got = facts("스톤벤처스는 마루랩 지분을 한결전자에 매각해 투자금을 회수했다.")
    assert ("INVESTED_IN", "스톤벤처스", "한결전자") not in got, got


def test_each_investors_sum_in_parentheses_is_its_own() -> None:
    got = facts("마루소프트는 카카오(40억원)와 네이버(20억원)로부터 투자를 유치했다.")
    assert got.get(("INVESTED_IN", "카카오", "마루소프트"), {}).get("amount") == 4e9, got
    assert got.get(("INVESTED_IN", "네이버", "마루소프트"), {}).get("amount") == 2e9, got
    assert "round_amount" not in got.get(("INVESTED_IN", "네이버", "마루소프트"), {}), got


def test_money_put_in_as_yuan() -> None:
    got = facts("한결전자는 마루랩에 2억 위안을 넣었다.")
    props = got.get(("INVESTED_IN", "한결전자", "마루랩"), {})
    assert (props.get("amount"), props.get("currency")) == (2e8, "CNY"), got


def test_a_period_from_a_month() -> None:
    got = facts("한결전자는 2025년 3월부터 2년간 마루랩에 매년 50억원씩 투자한다.")
    props = got.get(("INVESTED_IN", "한결전자", "마루랩"), {})
    assert (props.get("start_date"), props.get("end_date")) == ("2025-03-01", "2027-02-28"), got


def test_a_department_graduated_from_is_no_employer() -> None:
    got = facts("박정우 한결전자 대표이사는 고려대학교 기계공학과 출신이다.")
    assert ("WORKS_FOR", "박정우", "한결전자") in got, got
    assert not any(k[0] == "WORKS_FOR" and k[2] == "고려대학교" for k in got), got


def test_a_company_unit_one_came_from_is_a_former_employer() -> None:
    got = facts("박정우 대표는 삼성전자 반도체사업부 출신이다.")
    assert got.get(("WORKS_FOR", "박정우", "삼성전자"), {}).get("former") is True, got


def test_a_reference_by_surname_and_title_is_the_person_with_that_title() -> None:
    got = facts(
        "윤태식 한결그룹 회장의 장남 윤서준 한결전자 부사장이 한결홀딩스 지분을 늘렸다. "
        "윤 부사장은 한결홀딩스 지분 2.5%를 추가 취득했다."
    )
    assert got.get(("INVESTED_IN", "윤서준", "한결홀딩스"), {}).get("stake_percent") == 2.5, got
    assert ("INVESTED_IN", "윤태식", "한결홀딩스") not in got, got


def test_this_startup_is_the_one_dealt_in_after_a_body_was_set_up() -> None:
    got = facts(
        "한결그룹은 2021년 누리연구원을 출범시켰다. 한결전자는 마루소프트에 100억원을 투자했다. "
        "이 스타트업은 박정우 대표가 이끈다."
    )
    assert ("WORKS_FOR", "박정우", "마루소프트") in got, got
    assert ("WORKS_FOR", "박정우", "누리연구원") not in got, got


def test_capital_paid_into_an_unread_name_goes_to_a_company() -> None:
    from ko_facts import extractor

    from aigraph.ingest.contract import Document

    result = extractor().extract(Document(id="t", text="한결전자는 블루시즌에 1억 달러를 추가 출자했다."))
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("블루시즌") == "Company", kinds
    assert len(result.relations) == 1 and result.relations[0].properties.get("amount") == 1e8, result.relations


def test_money_into_a_field_is_still_a_technology() -> None:
    from ko_facts import extractor

    from aigraph.ingest.contract import Document

    result = extractor().extract(Document(id="t", text="한결전자는 AI 반도체에 1조원을 투자한다."))
    kinds = {e.name: e.type.value for e in result.entities}
    assert kinds.get("AI 반도체") == "Technology", kinds


def test_a_school_run_by_a_foundation_is_no_affiliate() -> None:
    got = facts("한빛예술대학교는 학교법인 한빛학원이 운영한다.")
    assert not any(k[0] == "AFFILIATE_OF" and k[1] == "한빛학원" for k in got), got


def test_a_subsidiary_overseas_is_still_an_affiliate() -> None:
    got = facts("한결전자의 미국 법인 한결아메리카는 투자를 유치했다.")
    assert ("AFFILIATE_OF", "한결아메리카", "한결전자") in got, got


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("a $4 million pre-seed round", "pre-seed"),
        ("a $4 million pre - seed round", "pre-seed"),
        ("프리시리즈B 투자", "프리B"),
        ("its pre-Series A round", "pre-A"),
        ("a $15 million bridge round", "bridge"),
        ("a Series A round after its seed", "A"),
    ],
)
def test_a_rounds_stage(text: str, stage: str) -> None:
    assert round_series(text) == stage


def test_a_fund_named_bridge_is_no_stage() -> None:
    assert round_series("Bridge Capital led the round") is None


def test_an_employer_written_before_a_shareholder_stays_the_employer() -> None:
    got = facts("동진그룹 윤태식 명예회장이 보유 중인 동진물산 지분 5%를 손녀에게 증여했다.")
    assert got.get(("WORKS_FOR", "윤태식", "동진그룹"), {}).get("title") == "명예회장", got
    assert ("WORKS_FOR", "윤태식", "동진물산") not in got, got


def test_the_topic_funded_by_its_investors_as_subject() -> None:
    got = facts("마루소프트는 카카오벤처스와 스톤브릿지벤처스가 투자했다.")
    assert ("INVESTED_IN", "카카오벤처스", "마루소프트") in got, got
    assert ("INVESTED_IN", "스톤브릿지벤처스", "마루소프트") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "마루소프트는 카카오벤처스가 AI 반도체에 투자했다고 밝혔다.",
        "마루소프트는 카카오벤처스가 투자할 계획이라고 밝혔다.",
        "마루소프트는 카카오벤처스가 투자하지 않았다고 밝혔다.",
    ],
)
def test_the_topic_is_not_funded_when_the_money_goes_elsewhere_or_not_at_all(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" and k[2] == "마루소프트" for k in got), got
