"""A joint venture founded "with" a partner: "A는 B와 합작법인 C를 세웠다" makes B a founder of C as much as A,
as "공동 설립" and "B와 함께" already did; a partner outside the founding's clause, or a founding only weighed,
founds nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "다온테크는 셀로직과 합작사 뉴로라인을 설립했다.",
        "다온테크는 셀로직과 합작법인 뉴로라인을 세웠다.",
        "다온테크는 셀로직과 합작법인인 '뉴로라인'을 출범시켰다.",
    ],
)
def test_both_partners_found_the_joint_venture(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "다온테크", "뉴로라인") in got, got
    assert ("ESTABLISHED", "셀로직", "뉴로라인") in got, got


def test_every_listed_partner_founds_it() -> None:
    got = facts("다온테크는 셀로직, 누리랩스와 합작법인 뉴로라인을 세운다고 밝혔다.")
    assert {s for t, s, o in got if t == "ESTABLISHED" and o == "뉴로라인"} == {"다온테크", "셀로직", "누리랩스"}, got


def test_a_partner_of_another_clause_founds_nothing() -> None:
    got = facts("다온테크는 셀로직과 계약을 맺었고, 자회사 뉴로라인을 세웠다.")
    assert ("ESTABLISHED", "다온테크", "뉴로라인") in got, got
    assert ("ESTABLISHED", "셀로직", "뉴로라인") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "다온테크는 셀로직과 합작법인 뉴로라인을 세울지 검토하고 있다.",
        "다온테크는 셀로직과 합작법인 뉴로라인을 세우지 않았다.",
    ],
)
def test_a_joint_venture_weighed_or_denied_founds_nothing(text: str) -> None:
    assert not any(t == "ESTABLISHED" for t, _, _ in facts(text)), facts(text)


def test_a_quoted_name_after_a_classifier_with_the_copula_is_the_body_founded() -> None:
    got = facts("다온테크는 자회사인 '뉴로라인'을 출범시켰다.")
    assert ("ESTABLISHED", "다온테크", "뉴로라인") in got, got
