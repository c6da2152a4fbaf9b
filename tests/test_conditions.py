"""A condition written before the trigger's clause ("조건이 맞는다면 Y에 투자하겠다", "승인이 난다면 Y를 인수할
방침이다") makes the deal hypothetical: no fact.  "했다면서" (saying it did) is no condition."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "다온테크는 조건이 맞는다면 셀로직에 투자하겠다고 말했다.",
        "정부 승인이 난다면 다온테크는 셀로직을 인수할 방침이다.",
        "다온테크가 원한다면 셀로직과 합작법인을 세울 수 있다.",
        "가격이 맞는다면 다온테크는 셀로직 지분을 사들일 것이라고 말했다.",
    ],
)
def test_a_conditioned_deal_is_no_fact(text: str) -> None:
    got = facts(text)
    assert not any(t in ("INVESTED_IN", "ACQUIRED", "ESTABLISHED") for t, _, _ in got), got


def test_saying_it_did_is_no_condition() -> None:
    got = facts("다온테크는 셀로직에 투자했다면서 구체적인 금액은 밝히지 않았다.")
    assert ("INVESTED_IN", "다온테크", "셀로직") in got, got
