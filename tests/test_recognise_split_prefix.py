"""A name Kiwi splits around a prefix reading ("한빛/NNP 대/XPN 학교/NNG") is still one organisation."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, partner",
    [
        ("가람소프트는 20일 한빛대학교와 공동연구 협약을 맺었다.", "한빛대학교"),
        ("가람소프트는 지난 5일 다온대학교와 인공지능 공동연구를 위한 협약을 맺었다.", "다온대학교"),
        ("가람소프트는 13일 누리대학교와 인공지능 공동연구를 위한 업무협약을 체결했다고 밝혔다.", "누리대학교"),
    ],
)
def test_a_university_split_by_the_tokeniser_is_still_a_partner(text: str, partner: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "가람소프트", partner) in got or ("PARTNERS_WITH", partner, "가람소프트") in got, got


@pytest.mark.parametrize("text", ["정부는 13일 대규모 투자 계획을 밝혔다.", "그는 초대형 연구 과제를 맡았다."])
def test_a_prefix_of_a_common_word_names_nothing(text: str) -> None:
    assert not facts(text), facts(text)
