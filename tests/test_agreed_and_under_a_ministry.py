"""Two more wordings of structure news: an agreement told with the bare verb ("A와 B는 … 신설하기로 협약했다") is a
partnership (one weighed, "협약할지 검토 중", is none); a body in a ministry's or council's charge ("NST 소관
출연연인 X", "부처 소관 X") is part of it, while a bill in its charge ("법안은 … 소관이다") names no part."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리대와 한빛전자는 배터리 계약학과를 신설하기로 협약했다고 19일 밝혔다.",
        "누리대는 한빛전자와 반도체 계약학과 운영을 위해 협약했다.",
    ],
)
def test_a_bare_agreement_verb_is_a_partnership(text: str) -> None:
    got = facts(text)
    assert {("PARTNERS_WITH", "누리대", "한빛전자"), ("PARTNERS_WITH", "한빛전자", "누리대")} & set(got), got


def test_an_agreement_weighed_is_none() -> None:
    assert not facts("누리대는 한빛전자와 협약할지 검토 중이다.")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "국가과학기술연구회(NST) 소관 출연연인 한빛원자력연구원은 새 원자로를 공개했다.",
            "한빛원자력연구원",
            "국가과학기술연구회",
        ),
        ("과학기술정보통신부 소관 한빛정보진흥원은 AI 사업을 맡는다.", "한빛정보진흥원", "과학기술정보통신부"),
    ],
)
def test_a_body_in_the_charge_of_another_is_part_of_it(text: str, part: str, whole: str) -> None:
    assert ("PART_OF", part, whole) in facts(text), facts(text)


def test_a_bill_in_a_ministrys_charge_is_no_part() -> None:
    assert not facts("이 법안은 과학기술정보통신부 소관이다.")
