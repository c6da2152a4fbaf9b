"""Korean founders and people, round 19b: two foundings in one sentence each take the date of their own clause
("2016년 A를 창업한 뒤 2021년 B를 세웠다"), a co-founder written with a title before 함께 ("ORG는 P 대표가 Q CTO와
함께 창업한 회사다"), a university with its department glossed after a title ("P 교수(UNIV 학과)"). What must give
nothing: a date from another clause, a plan, work done together that is no founding, a school studied at."""

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


# --- "P 교수(UNIV 학과)": the parenthesis after the title names the person's university and department


def test_university_and_department_after_title() -> None:
    got = facts("하준호 교수(한빛대 컴퓨터공학과)는 이번 연구를 이끌었다.")
    assert got.get(("WORKS_FOR", "하준호", "한빛대"), {}).get("title") == "교수", sorted(got.items())
    assert ("PART_OF", "한빛대 컴퓨터공학과", "한빛대") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표(한빛대 컴퓨터공학과 졸업)는 이번 연구를 이끌었다.",  # studied there
        "하준호 교수(한빛대 컴퓨터공학과 출신)는 이번 연구를 이끌었다.",  # came from there
        "가람테크 연구소(한빛대 컴퓨터공학과)는 이번 연구를 이끌었다.",  # no person glossed
    ],
)
def test_university_after_title_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)


# --- "ORG는 고(故) P 창업주의 뜻을 기려": the late founder of the sentence's subject


@pytest.mark.parametrize("title", ["창업주", "창업자", "설립자"])
def test_late_founder_of_subject(title: str) -> None:
    got = facts(f"가람테크는 고(故) 하준호 {title}의 뜻을 기려 올해 장학사업을 시작했다.")
    assert ("ESTABLISHED", "하준호", "가람테크") in got, sorted(got)
    assert got.get(("WORKS_FOR", "하준호", "가람테크"), {}).get("former") is True, sorted(got.items())


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스의 고(故) 하준호 창업주의 뜻을 기려 올해 장학사업을 시작했다.",  # another org's founder
        "가람테크는 고(故) 하준호 대표의 뜻을 기려 올해 장학사업을 시작했다.",  # a late head, no founder
    ],
)
def test_late_founder_nothing(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "하준호", "가람테크") not in got, sorted(got)
    assert ("WORKS_FOR", "하준호", "가람테크") not in got, sorted(got)
