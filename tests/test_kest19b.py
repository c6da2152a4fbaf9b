"""Korean founders and people, round 19b: two foundings in one sentence each take the date of their own clause
("2016년 A를 창업한 뒤 2021년 B를 세웠다"), and a co-founder written with a title before 함께 ("ORG는 P 대표가 Q
CTO와 함께 창업한 회사다"). What must give nothing: a date from another clause, a plan, work done together that is
no founding."""

import pytest
from ko_facts import facts

# --- each founding takes the date of its own clause


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 2016년 가람테크를 창업한 뒤 2021년 누리랩스를 세웠다.",
        "하준호 대표는 2016년 가람테크를 창업한 후 2021년 누리랩스를 설립했다.",
    ],
)
def test_second_founding_own_date(text: str) -> None:
    got = facts(text)
    assert got.get(("ESTABLISHED", "하준호", "가람테크"), {}).get("date") == "2016", sorted(got.items())
    assert got.get(("ESTABLISHED", "하준호", "누리랩스"), {}).get("date") == "2021", sorted(got.items())


def test_second_founding_without_date_takes_none() -> None:
    got = facts("하준호 대표는 2016년 가람테크를 창업한 뒤 누리랩스를 세웠다.")
    assert got.get(("ESTABLISHED", "하준호", "가람테크"), {}).get("date") == "2016", sorted(got.items())
    assert ("ESTABLISHED", "하준호", "누리랩스") in got, sorted(got)
    assert "date" not in got[("ESTABLISHED", "하준호", "누리랩스")], sorted(got.items())
    assert ("ESTABLISHED", "누리랩스", "가람테크") not in got, sorted(got)  # the clause ends at 뒤


def test_first_founding_without_date_takes_none() -> None:
    got = facts("하준호 대표는 가람테크를 창업한 뒤 2021년 누리랩스를 세웠다.")
    assert "date" not in got.get(("ESTABLISHED", "하준호", "가람테크"), {"date": None}), sorted(got.items())
    assert got.get(("ESTABLISHED", "하준호", "누리랩스"), {}).get("date") == "2021", sorted(got.items())


# --- "P 대표가 Q CTO와 함께 창업한": the partner with a title founded it too


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 하준호 대표가 이서연 CTO와 함께 창업한 회사다.",
        "하준호 대표가 이서연 CTO와 함께 창업한 누리랩스는 투자를 유치했다.",
    ],
)
def test_titled_co_founder(text: str) -> None:
    got = facts(text)
    for who in ("하준호", "이서연"):
        assert ("ESTABLISHED", who, "누리랩스") in got, sorted(got)
    assert got.get(("WORKS_FOR", "이서연", "누리랩스"), {}).get("title") == "CTO", sorted(got.items())
    assert got.get(("WORKS_FOR", "하준호", "누리랩스"), {}).get("title") == "대표", sorted(got.items())


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 하준호 대표가 이서연 CTO와 함께 창업할 예정인 회사다.",  # a plan
        "누리랩스는 하준호 대표가 이서연 CTO와 함께 일했던 회사다.",  # worked together, founded nothing
        "누리랩스는 하준호 대표가 이서연 CTO와 함께 창업하지 않은 회사다.",  # negated
    ],
)
def test_titled_co_founder_nothing(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "이서연", "누리랩스") not in got, sorted(got)
