"""A founding told in a relative clause before the name ("X가 세운 Y는 올해 흑자를 냈다") takes no date from the
main clause, which tells what Y did later; a date inside the relative clause, or one in a main clause that goes on
describing the same founding ("Y는 X가 세운 회사로 2019년 문을 열었다"), is the founding's.  And a lab described as
its owner's ("X의 AI 연구소인 Y는 2017년 설립됐다") was founded by that owner."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "다온테크가 세운 뉴로라인은 올해 흑자를 냈다.",
        "다온테크가 설립을 주도한 뉴로라인은 올해 흑자를 냈다.",
    ],
)
def test_the_main_clauses_date_is_not_the_foundings(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "다온테크", "뉴로라인") in got, got
    assert "date" not in got[("ESTABLISHED", "다온테크", "뉴로라인")], got


@pytest.mark.parametrize(
    "text",
    [
        "다온테크가 2019년 세운 뉴로라인은 올해 흑자를 냈다.",
        "뉴로라인은 다온테크가 세운 회사로 2019년 문을 열었다.",
    ],
)
def test_the_foundings_own_date_stays(text: str) -> None:
    got = facts(text)
    assert got.get(("ESTABLISHED", "다온테크", "뉴로라인"), {}).get("date") == "2019", got


@pytest.mark.parametrize(
    "text",
    [
        "다온테크의 AI 연구소인 뉴로랩은 2017년 설립됐다.",
        "다온테크의 연구조직인 뉴로랩은 2017년 문을 열었다.",
    ],
)
def test_a_lab_described_as_its_owners_was_founded_by_it(text: str) -> None:
    got = facts(text)
    assert got.get(("ESTABLISHED", "다온테크", "뉴로랩"), {}).get("date") == "2017", got


def test_an_affiliate_described_so_may_have_been_bought_and_gets_no_founder() -> None:
    got = facts("다온테크의 자회사인 뉴로랩은 2017년 설립됐다.")
    assert ("ESTABLISHED", "다온테크", "뉴로랩") not in got, got
