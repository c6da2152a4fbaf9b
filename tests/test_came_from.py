""" "구글 출신 김하나 박사", "네이버 출신인 김하나 대표": an organisation someone comes from is one they worked for
before (KLUE-RE labels it employment), with no title: the title written after the name is the present post. A
university someone comes from is where they studied, and a country or city where they were born."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("한빛전자는 구글 출신 김하나 박사를 최고기술책임자로 영입했다.", "구글"),
        ("네이버 출신인 김하나 대표는 이렇게 말했다.", "네이버"),
        ("삼성전자 출신 김하나 대표가 세운 다온랩스는 투자를 유치했다.", "삼성전자"),
    ],
)
def test_the_organisation_come_from_is_a_former_employer(text: str, org: str) -> None:
    props = facts(text).get(("WORKS_FOR", "김하나", org))
    assert props is not None and props.get("former") is True and "title" not in props, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "서울대 출신 김하나 박사는 이렇게 말했다.",
        "부산 출신 김하나 대표는 이렇게 말했다.",
        "미국 출신 존 스미스 교수는 이렇게 말했다.",
    ],
)
def test_a_school_or_a_birthplace_is_no_employer(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)
