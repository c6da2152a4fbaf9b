"""A name given for a kind of body ("Y라는 스타트업에", "'Y'라는 이름의 연구소를", "Y이란 회사를"): the kind's particle is
the name's, so the name takes part as that argument; a plan or a denial still gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("다온테크는 뉴로랩이란 스타트업에 50억원을 투자했다.", ("INVESTED_IN", "다온테크", "뉴로랩")),
        ("다온테크는 뉴로랩이라는 AI 스타트업을 인수했다.", ("ACQUIRED", "다온테크", "뉴로랩")),
        ("다온테크는 '뉴로랩'이라는 이름의 연구소를 열었다.", ("ESTABLISHED", "다온테크", "뉴로랩")),
        ("다온테크는 '뉴로랩'이라는 이름의 연구소를 세웠다.", ("ESTABLISHED", "다온테크", "뉴로랩")),
    ],
)
def test_the_name_takes_the_kinds_particle(text: str, fact: tuple[str, str, str]) -> None:
    got = facts(text)
    assert fact in got, got


@pytest.mark.parametrize(
    "text",
    [
        "다온테크는 뉴로랩이라는 회사에 투자할 계획이 없다.",
        "다온테크는 뉴로랩이라는 스타트업을 인수하지 않았다.",
    ],
)
def test_a_denied_deal_with_a_name_so_given_is_nothing(text: str) -> None:
    got = facts(text)
    assert not any(t in ("INVESTED_IN", "ACQUIRED") for t, _, _ in got), got
