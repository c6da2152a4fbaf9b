"""A stake raised ("지분을 35%로 늘려", "지분율을 높였다") is an investment like a stake bought;
a raise considered or ruled out is not."""

import pytest
from ko_facts import facts

STAKE = ("INVESTED_IN", "삼성전자", "레인보우로보틱스")


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 레인보우로보틱스 지분을 35%로 늘려 최대주주가 됐다고 밝혔다.",
        "삼성전자는 레인보우로보틱스 지분율을 35%까지 높였다.",
    ],
)
def test_a_stake_raised(text: str) -> None:
    assert facts(text).get(STAKE, {}).get("stake_percent") == 35.0, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 레인보우로보틱스 지분을 늘리는 방안을 검토하고 있다.",
        "삼성전자는 레인보우로보틱스 지분을 늘릴 계획이 없다고 밝혔다.",
    ],
)
def test_a_stake_raise_considered_or_ruled_out_is_no_fact(text: str) -> None:
    assert STAKE not in facts(text)
