"""Korean news of the public sector and deals, as written by business and regional desks: a city or province acting
("경기도는", "인천시와", "충청남도가") is a government body, where it is only where something is ("경기도 성남시에
본사를", "서울시에서 열린") it is no party; a stake deal called off, failed or only agreed in a memorandum gives
nothing; a possible cut, a question between two options and a denied "일부 보도" are no facts; co-investors in a
round are no partners; the kind of an affiliate ("IT서비스 계열사") is no organisation; a quoted company described
by its making ("분사한 'Y'의") is named; a later "황 대표" keeps the employer the article gave; "사내이사" is no
part of anything; a person and a known company the tagger read as one name are two; joint heads listed before a
regime ("A·B 공동대표 체제") and a present post written "현 ORG T" keep their title."""

from __future__ import annotations

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def entity_types(text: str) -> dict[str, str]:
    """Entity name -> type for every entity extracted from ``text``."""
    result = extractor().extract(Document(id="t", text=text))
    return {e.name: e.type.value for e in result.entities}


@pytest.mark.parametrize(
    "text, body, fact",
    [
        ("경기도는 로봇 클러스터에 520억원을 투자한다.", "경기도", "INVESTED_IN"),
        ("인천시는 한솔대학교와 인재 양성 협약을 체결했다.", "인천시", "PARTNERS_WITH"),
        ("충청남도는 누리테크와 업무협약을 맺었다.", "충청남도", "PARTNERS_WITH"),
        ("세종시는 자율주행 실증단지에 300억원을 투입한다.", "세종시", "INVESTED_IN"),
        ("포항시는 한솔대학교와 업무협약을 체결했다.", "포항시", "PARTNERS_WITH"),
    ],
)
def test_a_city_or_province_acting_is_a_government_body(text: str, body: str, fact: str) -> None:
    assert entity_types(text).get(body) == "GovernmentAgency", entity_types(text)
    assert any(k[0] == fact and body in (k[1], k[2]) for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("누리테크는 경기도 성남시에 본사를 두고 있다.", "경기도"),
        ("누리테크는 서울시에서 열린 행사에 참가했다.", "서울시"),
    ],
)
def test_a_place_where_something_is_is_no_party(text: str, place: str) -> None:
    assert place not in entity_types(text), entity_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트는 다온랩스 지분 30%를 300억원에 인수하는 방안을 추진했으나 협상이 결렬됐다.",
        "한빛소프트는 다온랩스 지분 30%를 300억원에 인수하기로 했으나 협상이 결렬됐다.",
        "한빛소프트는 다온랩스 지분 70%를 450억원에 인수하기로 지난 3월 양해각서(MOU)를 맺었지만, 실사 과정에서 이견을 좁히지 못했다.",
        "한빛소프트는 다온랩스를 인수하기로 양해각서를 맺었다.",
    ],
)
def test_a_stake_deal_called_off_or_only_agreed_in_principle_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_a_stake_bought_is_still_a_fact() -> None:
    got = facts("한빛소프트는 다온랩스 지분 30%를 300억원에 인수했다.")
    assert got.get(("INVESTED_IN", "한빛소프트", "다온랩스"), {}).get("stake_percent") == 30.0, got


@pytest.mark.parametrize(
    "text",
    [
        "중기부는 누리벤처투자에 대한 출자가 200억원 줄어들 수 있다고 우려했다.",
        "정부는 누리AI연구소를 과기정통부 산하에 둘지, 총리 소속으로 둘지 결정하지 못했다.",
        "다온랩스가 한빛소프트와 제휴했다는 일부 보도에 대해 다온랩스는 반박했다.",
        "당시 투자는 누리벤처스가 주도하고 다온파트너스가 참여했다.",
    ],
)
def test_a_possible_cut_an_open_question_a_denied_report_and_co_investors_give_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "PART_OF", "PARTNERS_WITH") for k in got), got


def test_money_put_in_plainly_stays_a_fact() -> None:
    assert ("INVESTED_IN", "중소벤처기업부", "누리벤처투자") in facts("중기부는 누리벤처투자에 200억원을 출자했다.")


def test_the_kind_of_an_affiliate_is_no_organisation() -> None:
    text = "다온정보통신은 다온그룹의 IT서비스 계열사다."
    got = facts(text)
    assert ("AFFILIATE_OF", "다온정보통신", "다온그룹") in got, got
    assert "IT서비스" not in entity_types(text), entity_types(text)


def test_a_quoted_company_described_by_its_making_is_named() -> None:
    got = facts("한빛소프트는 한솔대학교에서 분사한 '누리칩'의 지분 20%를 인수했다.")
    assert ("SPUN_OFF_FROM", "누리칩", "한솔대학교") in got, got
    assert ("INVESTED_IN", "한빛소프트", "누리칩") in got, got


def test_an_unnamed_company_spun_off_is_not_the_buyer() -> None:
    got = facts("한빛소프트는 한솔대학교에서 분사한 스타트업의 지분 20%를 인수했다.")
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


def test_a_spin_off_described_as_what_the_subject_is_stays() -> None:
    assert ("SPUN_OFF_FROM", "누리칩", "한솔대학교") in facts("누리칩은 한솔대학교에서 분사한 스타트업이다.")


def test_a_later_surname_reference_keeps_the_employer_the_article_gave() -> None:
    got = facts(
        "보이스누리는 황보민 대표가 창업한 회사다. 주요 투자자로는 다온파트너스가 있다. "
        '황 대표는 "글로벌 시장을 공략하겠다"고 말했다.'
    )
    assert ("WORKS_FOR", "황보민", "보이스누리") in got, got
    assert ("WORKS_FOR", "황보민", "다온파트너스") not in got, got


def test_an_inside_director_is_no_part_of_the_company() -> None:
    got = facts("카카오는 김도윤 전략실장을 다온랩스 사내이사로 선임했다.")
    assert not any(k[0] == "PART_OF" for k in got), got


def test_a_person_and_a_known_company_read_as_one_name_are_two() -> None:
    text = "카카오는 이와 함께 김도윤 카카오 AI전략책임자를 다온랩스 사내이사로 선임했다."
    assert "김도윤 카카오" not in entity_types(text), entity_types(text)
    assert ("WORKS_FOR", "김도윤", "다온랩스") in facts(text), facts(text)


def test_joint_heads_listed_before_a_regime_both_hold_the_title() -> None:
    got = facts("누리봇은 김하늘·박서준 공동대표 체제로 운영된다.")
    assert got.get(("WORKS_FOR", "박서준", "누리봇"), {}).get("title") == "공동대표", got
    assert got.get(("WORKS_FOR", "김하늘", "누리봇"), {}).get("title") == "공동대표", got


@pytest.mark.parametrize(
    "text, former",
    [
        ("김도윤 현 다온랩스 부사장이 발표를 맡았다.", None),
        ("김도윤 전 다온랩스 부사장이 발표를 맡았다.", True),
    ],
)
def test_a_post_written_present_or_former_before_the_organisation(text: str, former: bool | None) -> None:
    props = facts(text).get(("WORKS_FOR", "김도윤", "다온랩스"), {})
    assert props.get("title") == "부사장" and props.get("former") is former, facts(text)
