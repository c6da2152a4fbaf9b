"""Composed sentences: more ways Korean news reports a funding round, and round-like sentences that are no
investment."""

from ko_facts import facts


def _invested(got: dict) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == "INVESTED_IN"}


def test_investors_joining_together_in_a_relative_clause() -> None:
    got = facts("누리칩스는 가람벤처스와 다온파트너스가 공동으로 참여한 150억원 규모의 시리즈A 투자를 유치했다.")
    assert _invested(got) == {("가람벤처스", "누리칩스"), ("다온파트너스", "누리칩스")}
    assert "amount" not in got[("INVESTED_IN", "가람벤처스", "누리칩스")]  # the round's total, shared


def test_a_round_closed_then_its_participants() -> None:
    got = facts("누리칩스가 시리즈B 투자를 마무리했다. 투자에는 가람벤처스, 다온파트너스, 새봄인베스트먼트가 참여했다.")
    assert _invested(got) == {
        ("가람벤처스", "누리칩스"),
        ("다온파트너스", "누리칩스"),
        ("새봄인베스트먼트", "누리칩스"),
    }
    assert got[("INVESTED_IN", "가람벤처스", "누리칩스")]["series"] == "B"


def test_the_lead_investor_as_object() -> None:
    got = facts("누리칩스는 가람벤처스를 리드 투자자로 200억원 규모의 시리즈B 투자를 유치했다.")
    props = got[("INVESTED_IN", "가람벤처스", "누리칩스")]
    assert props["lead"] is True and "amount" not in props and props["round_amount"] == 2e10


def test_a_past_round_stated_as_experience() -> None:
    got = facts("누리칩스는 지난해 가람벤처스로부터 투자를 받은 바 있다.")
    assert ("가람벤처스", "누리칩스") in _invested(got)


def test_talks_reviews_and_valuations_are_no_investment() -> None:
    for text in (
        "누리칩스는 투자 유치를 추진하고 있으며 가람벤처스 등과 협의 중이다.",
        "가람벤처스는 누리칩스 투자를 검토 중이다.",
        "누리칩스는 기업가치 1조원을 인정받았다.",
        "가람벤처스는 누리칩스 투자를 마무리하지 못했다.",
    ):
        got = facts(text)
        assert not _invested(got), (text, got)
