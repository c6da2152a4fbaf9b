"""Money given as a gift or a grant buys no stake: a donation, an endowment, a scholarship or research money
("장학금 5억원을 지원했다", "연구비 명목으로 … 출연했다", "received a $30 million donation from X") is no
investment; an investment told beside it ("invested $20 million in Y and donated …") stands."""

import pytest
from en_facts import en_facts
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리대 AI연구원에 장학금 5억원을 지원했다.",
        "한빛전자는 연구비 명목으로 누리대에 20억원을 출연했다.",
        "한빛전자는 누리대에 발전기금 10억원을 출연했다.",
    ],
)
def test_ko_a_grant_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_ko_an_investment_after_a_grant_stands() -> None:
    got = facts("한빛전자는 장학금 지급을 마쳤고 다온랩스에 100억원을 투자했다.")
    assert ("INVESTED_IN", "한빛전자", "다온랩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore University has received a $30 million donation from the Wexford Trust to create an AI centre.",
        "Hana Vogt has pledged $15 million to Kessel College to endow five AI chairs.",
        "The Wexford Trust gave a $30 million gift to Dunmore University.",
    ],
)
def test_en_a_gift_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Samsung invested $20 million in Rebellions and donated $1 million to a local school.",
        "Samsung pledged $15 million to Rebellions in its Series B round.",
    ],
)
def test_en_an_investment_beside_a_gift_stands(text: str) -> None:
    assert any(k[0] == "INVESTED_IN" and k[2] == "Rebellions" for k in en_facts(text)), en_facts(text)
