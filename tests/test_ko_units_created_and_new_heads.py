"""Korean reorganisation news: a unit one organisation creates within itself ("X는 기술본부 아래 'Y랩'을
신설했다", "X는 'Y 연구소'를 신설했다") is part of it, while one created with others stays theirs together; the head of
a new company named as "신설 법인 대표" heads that company, not its parent; a company's head title leading a lab
("사내에 'Y 연구소'를 두고 P 대표가 이끈다") makes no head of the lab."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 기술본부 아래 'AI 비전랩'을 신설했다.",
        "한빛전자는 'AI 비전랩'을 신설하고 김민수 상무를 랩장으로 선임했다.",
        "한빛전자는 사내에 'AI 비전랩'을 신설했다.",
    ],
)
def test_a_unit_created_within_is_part_of_its_creator(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "한빛전자", "AI 비전랩") in got, got
    assert ("PART_OF", "AI 비전랩", "한빛전자") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 누리대는 'AI 비전랩'을 신설했다.",
        "한빛전자와 누리대는 'AI 공동연구센터'를 신설했다.",
        "한빛전자는 자회사 '한빛비전'을 설립했다.",
        "한빛전자는 AI 연구조직을 물적분할해 '한빛비전'을 신설했다.",
    ],
)
def test_a_body_created_with_others_or_as_a_company_is_no_unit(text: str) -> None:
    assert not any(k[0] == "PART_OF" for k in facts(text)), facts(text)


def test_the_new_companys_head() -> None:
    got = facts(
        "다온테크는 비전 사업부를 분할해 신설 법인 '다온비전'을 세웠다. 신설 법인 대표에는 정유나 상무가 선임됐다."
    )
    assert ("WORKS_FOR", "정유나", "다온비전") in got, got
    assert ("WORKS_FOR", "정유나", "다온테크") not in got, got


def test_a_company_head_leading_a_lab_heads_no_lab() -> None:
    got = facts("다온테크는 사내에 'AI 연구소'를 두고 최건우 대표가 직접 이끌기로 했다.")
    assert ("WORKS_FOR", "최건우", "AI 연구소") not in got, got


@pytest.mark.parametrize(
    ("text", "lab"),
    [
        ("포스코홀딩스는 2020년 설립한 포스코AI랩을 통해 철강 AI를 개발하고 있다.", "포스코AI랩"),
        ("한빛전자는 지난해 세운 '누리랩'을 중심으로 로봇을 개발한다.", "누리랩"),
    ],
)
def test_what_the_topic_works_through_it_founded(text: str, lab: str) -> None:
    got = facts(text)
    founder = text.split("는 ")[0]
    assert ("ESTABLISHED", founder, lab) in got, got


def test_a_company_founded_by_another_then_bought() -> None:
    got = facts("한빛전자는 2015년 창업한 누리AI를 인수했다.")
    assert ("ESTABLISHED", "한빛전자", "누리AI") not in got, got
    assert ("ACQUIRED", "한빛전자", "누리AI") in got, got
    assert "date" not in got[("ACQUIRED", "한빛전자", "누리AI")], got  # 2015 is the founding's year, not the deal's
