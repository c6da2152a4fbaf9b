"""A coined name whose first syllable Kiwi cuts off as a noun of its own ("청/암/그룹"): the tagger's span starts
inside the written word, and the name is the whole word.  Two-country words ("남북", "한미") keep their
one-syllable parts, which KLUE marks on their own."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        ("청암그룹은 AI 반도체에 2조원을 투자한다.", "청암그룹", "암그룹"),
        ("6일 신화 측은 신컴엔터테인먼트 공식 사이트에 모집 소식을 알렸다.", "신컴엔터테인먼트", "컴엔터테인먼트"),
    ],
)
def test_the_name_takes_the_whole_word(text: str, whole: str, cut: str) -> None:
    got = names(text)
    assert whole in got and cut not in got, got


def test_the_whole_name_invests() -> None:
    got = facts("청암그룹은 AI 반도체에 2조원을 투자한다.")
    assert ("INVESTED_IN", "청암그룹", "AI 반도체") in got, got


def test_one_syllable_country_parts_stay_apart() -> None:
    got = names("남북 적십자 실무접촉은 지난해 8월 23일 이후 5개월여만에 열리는 것이다.")
    assert "남북" not in got, got
