""" "The (South) Korean government", "대한민국 정부" and "한국 정부" are one registry entry, so the government an English
article invests through is the node a Korean article writes; "the government" alone, in English, names no one."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "The South Korean government will spend 1 trillion won on AI chips by 2030.",
        "The Korean government will invest 500 billion won in quantum computing.",
        "대한민국 정부는 2029년까지 AI 반도체에 1조원을 투자한다.",
    ],
)
def test_the_korean_government_is_one_investor(text: str) -> None:
    assert any(k[0] == "INVESTED_IN" and k[1] == "한국 정부" for k in facts(text)), facts(text)


def test_the_government_alone_in_english_names_no_investor() -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts("The government will invest $1 billion in AI.")), facts(
        "The government will invest $1 billion in AI."
    )
