"""Composed sentences: money committed to what it is for ("X 육성을 위해 N원을 투입"), and purpose phrases that
carry no commitment."""

from ko_facts import facts


def test_the_field_a_budget_is_for() -> None:
    got = facts("정부가 AI 반도체 산업 육성을 위해 2027년까지 총 8000억원을 투입한다.")
    props = got[("INVESTED_IN", "정부", "AI 반도체")]
    assert props["amount"] == 8e11 and props["end_date"].startswith("2027")
    got = facts("과학기술정보통신부는 양자컴퓨팅 기술 개발을 위해 올해 500억원을 지원한다.")
    assert ("INVESTED_IN", "과학기술정보통신부", "양자컴퓨팅 기술") in got


def test_a_named_recipient_wins_over_the_purpose() -> None:
    got = facts("한빛전자는 로봇 사업 강화를 위해 누리로보틱스에 300억원을 투자했다.")
    assert {k[2] for k in got if k[0] == "INVESTED_IN"} == {"누리로보틱스"}


def test_a_purpose_without_money_committed_gives_nothing() -> None:
    for text in (
        "정부는 AI 반도체 육성을 위해 예산 확대를 검토하고 있다.",
        "정부는 AI 반도체 육성을 위해 노력하고 있다.",
        "정부가 AI 반도체 육성을 위해 1조원을 투입하는 방안을 검토 중이다.",
    ):
        got = facts(text)
        assert not any(k[0] == "INVESTED_IN" for k in got), (text, got)
