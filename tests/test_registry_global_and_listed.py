"""Widely known companies the registry names (data/aliases.tsv): carmakers, electronics and software firms news
writes about with Korean partners, and Korean listed companies whose names Kiwi splits ("한글/NNG 과/JC
컴퓨터/NNG", "하/NNG 만/JX", "GM/SL 과/JKB"). Each short form is the same node as the full name."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("한빛전자는 GM과 업무협약을 맺었다.", ("PARTNERS_WITH", "한빛전자", "제너럴모터스")),
        ("한빛전자는 포드와 배터리 합작법인 블루누리를 세웠다.", ("ESTABLISHED", "포드", "블루누리")),
        ("삼성전자가 미국 전장기업 하만을 80억달러에 인수했다.", ("ACQUIRED", "삼성전자", "하만")),
        ("김도윤 한글과컴퓨터 대표는 이날 신제품을 공개했다.", ("WORKS_FOR", "김도윤", "한글과컴퓨터")),
        ("한컴은 가람테크와 업무협약을 맺었다.", ("PARTNERS_WITH", "한글과컴퓨터", "가람테크")),
        (
            "현대차그룹이 미국 보스턴다이나믹스를 약 11억달러에 인수했다.",
            ("ACQUIRED", "현대자동차그룹", "보스턴다이내믹스"),
        ),
    ],
)
def test_a_registry_name_is_found_in_any_spelling(text: str, fact: tuple[str, str, str]) -> None:
    got = facts(text)
    assert fact in got, got


def test_an_alias_inside_a_hyphenated_name_is_no_match() -> None:
    got = facts("한빛텔레콤 주도로 설립될 K-AI 얼라이언스는 내년 출범한다.")
    assert not [k for k in got if "한국항공우주산업" in k], got
