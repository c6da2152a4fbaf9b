"""General Korean news phrasings: alliances named with a field word or glued particles, multi-party
agreements, stacked particles after a name, and hedges that make a deal not (yet) a fact."""

import pytest
from ko_facts import facts


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
    ],
)
def test_hedged_planned_and_denied_deals_give_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ACQUIRED", "PARTNERS_WITH", "INVESTED_IN") for k in got), got


def test_a_hedge_in_the_next_clause_does_not_undo_a_signed_agreement() -> None:
    got = facts("카카오는 네이버와 업무협약을 체결하고 공동 사업을 추진할 계획이다.")
    assert partners(got, "카카오", "네이버"), got
