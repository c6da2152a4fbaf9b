""" "정부는 N원을 투입해 X 개발 사업을 추진한다": money spent to carry out or support a programme is invested in
it (the field it names, as "X 사업에 N원을 투입한다" reads; a quoted programme keeps its name and head); money spent
on something else carried out ("인력을 지원한다") gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "과학기술정보통신부는 2030년까지 총 9000억원을 투입해 AI 반도체 핵심기술 개발 사업을 추진한다.",
            "AI 반도체 핵심기술",
        ),
        ("산업통상자원부는 올해 500억원을 투자해 AI 자율제조 사업을 지원한다.", "AI 자율제조"),
        ("과학기술정보통신부는 2027년까지 1조원을 들여 'K-클라우드 프로젝트'를 추진한다.", "K-클라우드 프로젝트"),
    ],
)
def test_money_spent_on_a_programme(text: str, target: str) -> None:
    got = facts(text)
    ministry = text.split("는", 1)[0]
    assert got.get(("INVESTED_IN", ministry, target), {}).get("amount"), got


def test_the_end_of_the_period_is_kept() -> None:
    got = facts("과학기술정보통신부는 2030년까지 총 9000억원을 투입해 AI 반도체 핵심기술 개발 사업을 추진한다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "AI 반도체 핵심기술")]["end_date"] == "2030-12-31", got


@pytest.mark.parametrize(
    "text",
    [
        "산업통상자원부는 올해 500억원을 투자해 인력을 지원한다.",
        "과학기술정보통신부는 9000억원을 투입해 AI 반도체 개발 사업을 추진할지 검토 중이다.",
    ],
)
def test_no_programme_or_a_hedged_one_gives_nothing(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)
