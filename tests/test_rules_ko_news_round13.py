"""Thirteenth round of Korean news wordings for money and structure (sentences composed for these tests, none
from a dev set or the corpus).

Investors named "을 대상으로", rounds still being sought ("투자 유치에 나섰다"), "Y와의 인수합병(M&A)", headlines
that buy ("X, Y 1조원에 품는다"), affiliates written "Y 계열의 AI 기업" or "Y가 지분 100%를 보유한 자회사",
spin-offs from a unit or a company ("X 연구소에서 분사한", "Y에서 독립했다"), and two look-alikes that gave wrong
facts: a company merged before a new entity is founded, and a named company's deal read as a sector.  Each family
has hedged, planned, denied or unrelated sentences that must give nothing.
"""

import pytest
from ko_facts import facts


def pairs(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


# --- funding rounds: investors "을 대상으로"; a round being sought is none -----------------------------------


@pytest.mark.parametrize(
    "text, investors",
    [
        (
            "누리랩스는 최근 한솔벤처스 및 다온인베스트먼트 등을 대상으로 150억원 규모의 시리즈A 투자를 마무리했다.",
            {"한솔벤처스", "다온인베스트먼트"},
        ),
        ("누리랩스는 한솔벤처스를 대상으로 50억원 규모의 투자를 유치했다.", {"한솔벤처스"}),
        ("누리랩스는 한솔벤처스 등으로부터 시리즈C 투자 유치에 성공했다.", {"한솔벤처스"}),
    ],
)
def test_investors_the_round_was_raised_from(text: str, investors: set[str]) -> None:
    got = facts(text)
    assert pairs(got, "INVESTED_IN") == {(i, "누리랩스") for i in investors}, got


def test_a_round_over_named_investors_keeps_its_total_and_series() -> None:
    got = facts("누리랩스는 한솔벤처스 및 다온인베스트먼트 등을 대상으로 150억원 규모의 시리즈A 투자를 마무리했다.")
    props = got[("INVESTED_IN", "한솔벤처스", "누리랩스")]
    assert props.get("round_amount") == 15_000_000_000 and props.get("series") == "A", props


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 한솔벤처스 등을 대상으로 투자 유치에 나섰다.",
        "누리랩스는 한솔벤처스로부터 투자 유치에 나섰다.",
        "누리랩스는 한솔벤처스 등으로부터 500억원 규모의 투자 유치를 추진한다.",
        "누리랩스는 한솔벤처스 등으로부터 시리즈C 투자 유치에 착수했다.",
        "누리랩스는 한솔벤처스를 대상으로 투자설명회를 열었다.",
        "업계는 누리랩스가 내년에 한솔벤처스로부터 500억원 규모의 투자를 유치할 것으로 전망했다.",
    ],
)
def test_a_round_sought_or_a_pitch_is_no_investment(text: str) -> None:
    assert not pairs(facts(text), "INVESTED_IN"), facts(text)


# --- acquisitions: M&A with 와의, headlines that buy ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount",
    [
        ("한솔전자가 누리랩스와의 인수합병(M&A)을 마무리했다.", None),
        ("한솔전자는 누리랩스와의 M&A를 완료했다.", None),
        ("한솔전자의 누리랩스 M&A는 업계 최대 규모다.", None),
        ("한솔전자, 美 AI 스타트업 누리랩스 1조원에 품는다", 1_000_000_000_000),
        ("한솔전자, 누리랩스 품었다…AI 역량 강화", None),
        ("한솔전자, 누리랩스 1조원에 인수", 1_000_000_000_000),
    ],
)
def test_an_acquisition_written_as_a_merger_noun_or_a_headline(text: str, amount: int | None) -> None:
    got = facts(text)
    assert pairs(got, "ACQUIRED") == {("한솔전자", "누리랩스")}, got
    assert got[("ACQUIRED", "한솔전자", "누리랩스")].get("amount") == amount, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 누리랩스와의 인수합병(M&A)을 추진하고 있다.",
        "한솔전자는 누리랩스와의 M&A 협상을 진행 중이다.",
        "한솔전자, 누리랩스 품나",
        "한솔전자, 누리랩스 품을까",
        "한솔전자, 누리랩스 1조원에 인수 검토",
        "한솔전자, 누리랩스 인수설 부인",
        "한솔전자는 누리랩스 인수를 위한 실사를 진행하고 있다.",
    ],
)
def test_a_merger_sought_asked_or_denied_is_no_acquisition(text: str) -> None:
    assert not pairs(facts(text), "ACQUIRED"), facts(text)


def test_money_spent_on_a_named_companys_deal_is_no_sector() -> None:
    """ "Y 인수에 1조원을 투입했다": Y's acquisition is no technology the subject invested in."""
    got = facts("한솔전자는 누리랩스 인수에 1조원을 투입했다.")
    assert not any(k[0] == "INVESTED_IN" and k[2] != "누리랩스" for k in got), got
    assert pairs(facts("한솔전자는 AI 반도체 사업에 2030년까지 10조원을 투입한다."), "INVESTED_IN") == {
        ("한솔전자", "AI 반도체")
    }


# --- establishments: the object of an earlier verb is not what was founded ----------------------------------


def test_a_company_merged_before_a_new_entity_is_founded_is_not_founded() -> None:
    got = facts("한솔전자는 다온전자를 합병해 통합법인을 출범시켰다.")
    assert not pairs(got, "ESTABLISHED"), got
    assert pairs(got, "ACQUIRED") == {("한솔전자", "다온전자")}, got


@pytest.mark.parametrize(
    "text, new",
    [
        ("한솔전자는 2019년 누리랩스를 설립했다.", "누리랩스"),
        ("한솔전자는 누리랩스를 미국 법인으로 설립했다.", "누리랩스"),
        ("한솔전자는 누리랩스를 자회사로 두고 다온랩스를 설립했다.", "다온랩스"),
    ],
)
def test_the_object_right_before_the_founding_verb_is_founded(text: str, new: str) -> None:
    assert ("한솔전자", new) in pairs(facts(text), "ESTABLISHED"), facts(text)


# --- affiliates: "Y 계열의 AI 기업", "Y가 지분 100%를 보유한 자회사" -------------------------------------------


@pytest.mark.parametrize(
    "text, owner",
    [
        ("한솔AI는 한솔그룹 계열의 AI 기업이다.", "한솔그룹"),
        ("한솔AI는 한솔그룹 계열 AI 기업이다.", "한솔그룹"),
        ("한솔AI는 한솔그룹 계열로 AI 반도체를 만든다.", "한솔그룹"),
        ("한솔AI는 한솔전자가 지분 100%를 보유한 자회사다.", "한솔전자"),
        ("한솔전자가 지분 60%를 보유한 자회사 한솔AI는 신제품을 공개했다.", "한솔전자"),
    ],
)
def test_an_affiliate_described_by_its_group_or_its_owner(text: str, owner: str) -> None:
    assert pairs(facts(text), "AFFILIATE_OF") == {("한솔AI", owner)}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한솔AI는 한솔그룹 계열 투자사와 손잡았다.",
        "한솔AI는 한솔그룹 계열사를 인수했다.",
        "한솔AI는 한솔그룹 계열 기업에 투자했다.",
        "한솔AI는 한솔전자가 지분을 보유할 예정인 자회사다.",
        "한솔AI는 한솔그룹 계열 편입을 검토하고 있다.",
    ],
)
def test_a_group_named_beside_another_act_is_no_affiliation(text: str) -> None:
    assert not pairs(facts(text), "AFFILIATE_OF"), facts(text)


# --- spin-offs: from a unit without 의, from a 사내벤처, "독립했다" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한솔AI는 한솔전자 연구소에서 분사한 기업이다.",
        "한솔AI는 한솔전자의 사내벤처로 출발해 2020년 분사했다.",
        "한솔AI는 2020년 한솔전자에서 독립했다.",
        "한솔전자에서 독립한 한솔AI는 AI 반도체를 만든다.",
        "한솔AI는 한솔전자의 AI 연구조직에서 분사한 스타트업이다.",
    ],
)
def test_a_company_that_came_out_of_another(text: str) -> None:
    assert pairs(facts(text), "SPUN_OFF_FROM") == {("한솔AI", "한솔전자")}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "김민준 대표는 한솔전자에서 독립해 누리랩스를 세웠다.",
        "한솔AI는 한솔전자에서 분사할 계획이다.",
        "한솔AI는 한솔전자로부터 독립을 추진하고 있다.",
        "한솔AI는 한솔전자에서 독립 경영을 시작했다.",
    ],
)
def test_a_person_leaving_or_a_spin_off_planned_is_none(text: str) -> None:
    assert not pairs(facts(text), "SPUN_OFF_FROM"), facts(text)
