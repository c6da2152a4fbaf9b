"""Twelfth round of Korean news wordings (sentences composed for these tests, none from a dev set).

Hedge nouns a later clause acts on, "뿐 아니라", research teams acting for their organisation, government
support to a body selected or named before, and consortium members.  Each family has look-alikes that must
give nothing: offers, chances, forecasts, plans and "검토 중".
"""

import pytest
from ko_facts import facts


def pairs(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


# --- hedge nouns: the later clause's object is no hedge on the fact before it ------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("다온전자는 누리랩스와 협력해 시너지를 기대하고 있다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 업무협약을 맺고 AI 사업 전반을 논의하기로 했다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 MOU를 맺고 공동 사업 모델을 제안할 계획이다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스와 공동 연구를 통해 새로운 배터리 소재를 제안했다.", "PARTNERS_WITH", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스에 100억원을 투자해 AI 칩 양산 가능성을 높였다.", "INVESTED_IN", ("다온전자", "누리랩스")),
        ("다온전자는 누리랩스를 인수해 시장 전망을 밝게 했다.", "ACQUIRED", ("다온전자", "누리랩스")),
    ],
)
def test_a_hedge_noun_a_later_clause_acts_on_leaves_the_fact(text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(facts(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "다온전자는 누리랩스와의 협력 가능성을 열어뒀다.",
        "다온전자는 누리랩스에 투자를 제안했다.",
        "다온전자는 누리랩스 인수를 제안받았다.",
        "다온전자는 누리랩스와 협력해 진출할 가능성이 있다.",
        "다온전자는 누리랩스와 손잡고 진출할 전망이다.",
        "다온전자가 누리랩스에 투자하기를 기대한다.",
        "다온전자는 누리랩스를 인수해 자회사로 편입하는 방안을 검토 중이다.",
        "다온전자는 누리랩스와 협력 방안을 논의하고 있다.",
    ],
)
def test_offers_chances_forecasts_and_talks_stay_hedges(text: str) -> None:
    got = facts(text)
    assert not {k for k in got if k[0] in ("PARTNERS_WITH", "INVESTED_IN", "ACQUIRED")}, got


def test_not_only_is_no_negation() -> None:
    got = facts("다온전자는 누리랩스뿐 아니라 가람소프트에도 투자했다.")
    assert ("다온전자", "가람소프트") in pairs(got, "INVESTED_IN")


def test_a_real_negation_still_gives_nothing() -> None:
    assert not pairs(facts("다온전자는 누리랩스에 투자한 것이 아니라고 밝혔다."), "INVESTED_IN")


# --- a team or side acts for its organisation ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "가람대 연구팀은 누리랩스와 공동 연구를 진행했다.",
        "누리랩스는 가람대 연구팀과 공동 연구를 진행한다.",
    ],
)
def test_a_research_team_stands_for_its_organisation(text: str) -> None:
    got = pairs(facts(text), "PARTNERS_WITH")
    assert got & {("가람대", "누리랩스"), ("누리랩스", "가람대")}, got


def test_a_companys_side_stands_for_it() -> None:
    assert ("다온전자", "누리랩스") in pairs(facts("다온전자 측은 누리랩스와 협력한다고 밝혔다."), "PARTNERS_WITH")


def test_a_teams_talks_are_no_partnership() -> None:
    assert not pairs(facts("가람대 연구팀은 누리랩스와 공동 연구를 검토하고 있다."), "PARTNERS_WITH")
