"""Korean group ties that no longer hold, and stakes in a quoted company: "Y는 한때 X의 계열사였다" and "X는
자회사 Y를 Z에 매각했다" leave Y no affiliate of X (the sale makes Y Z's); a quoted name before the stake bought or
sold in it ("'Y' 지분 100%를 취득했다") is the company the deal is about."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "라온AI는 한때 한빛그룹의 계열사였다.",
        "라온AI는 과거 한빛전자의 자회사였다.",
        "한빛전자는 자회사 '라온AI'를 가람캐피탈에 매각했다.",
        "한빛전자는 AI 자회사 '라온AI'를 가람캐피탈에 팔았다.",
    ],
)
def test_a_tie_no_longer_held(text: str) -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "라온AI는 한빛그룹의 계열사였다.",
        "한빛전자는 자회사 '라온AI'를 통해 AI 모델을 개발했다.",
        "한빛전자의 자회사인 라온AI는 가람캐피탈에 AI 칩을 팔았다.",
    ],
)
def test_a_tie_held_stands(text: str) -> None:
    assert any(k[0] == "AFFILIATE_OF" and k[1] == "라온AI" for k in facts(text)), facts(text)


def test_a_subsidiary_sold_is_the_buyers() -> None:
    got = facts("한빛전자는 자회사 '라온AI'를 가람캐피탈에 매각했다.")
    assert ("ACQUIRED", "가람캐피탈", "라온AI") in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("카카오가 '뉴로웨이브' 지분 100%를 800억원에 취득했다.", ("ACQUIRED", "카카오", "뉴로웨이브")),
        ("한빛전자가 '뉴로웨이브' 지분 전량을 가람캐피탈에 매각했다.", ("INVESTED_IN", "가람캐피탈", "뉴로웨이브")),
    ],
)
def test_a_quoted_company_whose_stake_is_dealt(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)
