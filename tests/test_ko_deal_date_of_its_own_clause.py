"""The date of an acquisition is the one its own clause says ("2019년 P가 설립했으며 2022년 X에 인수됐다": 2022, not
the founding year), else one framing the whole sentence before its first name ("2022년 X는 … Y를 인수했다"); a date
inside another clause ("2019년 설립됐고 X에 인수됐다") dates nothing of the deal ("됐고" ends a clause as "했고" does)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("누리랩스는 2019년 김하늘 전 한빛전자 CTO가 설립했으며 2022년 현대차그룹에 인수됐다.", "2022"),
        ("2022년 현대차그룹은 AI 사업을 확대하며 누리랩스를 인수했다.", "2022"),
    ],
)
def test_the_deal_is_dated_by_its_own_clause(text: str, date: str) -> None:
    got = facts(text)
    assert got.get(("ACQUIRED", "현대자동차그룹", "누리랩스"), {}).get("date") == date, got


def test_a_date_of_another_clause_dates_no_deal() -> None:
    got = facts("누리랩스는 2019년 설립됐고 현대차그룹에 인수됐다.")
    props = got.get(("ACQUIRED", "현대자동차그룹", "누리랩스"))
    assert props is not None and "date" not in props, got
