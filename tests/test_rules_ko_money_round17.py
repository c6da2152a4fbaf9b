"""A stake bought: a minority is an investment, a majority both, the whole company an acquisition only."""

import pytest
from ko_facts import kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        ("누리전자는 한빛칩스 지분 100%를 3000억원에 인수하는 계약을 체결했다.", {"ACQUIRED"}),
        ("누리전자는 한빛칩스 지분 전량을 인수했다.", {"ACQUIRED"}),
        ("누리전자는 한빛칩스 지분 60%를 3000억원에 인수했다.", {"ACQUIRED", "INVESTED_IN"}),
        ("누리전자는 한빛칩스 지분 20%를 300억원에 취득했다.", {"INVESTED_IN"}),
        ("누리전자는 한빛칩스 지분 100% 인수를 검토하고 있다.", set()),
    ],
)
def test_what_a_stake_purchase_is(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected, kinds(text)
