"""A quoted name set up by the sentence's verb ("'Y'를 신설한다", "'Y'를 설립했다") is the new body, also when the
tagger knows none of its words; after a division taken out ("사업부를 떼어내 'Y'를 신설"), Y is the spun-off company,
not the division. A quoted phrase done otherwise ("'Y'를 추진한다", "'Y'를 선언했다") names no body."""

import pytest
from ko_facts import facts, names


def test_a_quoted_new_company_split_off() -> None:
    got = facts("다온시큐어가 인적분할을 통해 '다온클라우드'를 신설한다.")
    assert ("ESTABLISHED", "다온시큐어", "다온클라우드") in got, got
    assert ("SPUN_OFF_FROM", "다온클라우드", "다온시큐어") in got, got


def test_the_new_company_not_the_division_taken_out() -> None:
    got = facts("다온시큐어가 물적분할을 통해 보안 솔루션 사업부를 떼어내 '다온클라우드'를 신설한다.")
    assert ("SPUN_OFF_FROM", "다온클라우드", "다온시큐어") in got, got
    assert not any(k[0] in ("SPUN_OFF_FROM", "ESTABLISHED") and "사업부" in k[1] + k[2] for k in got), got


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("한빛전자는 '다온 혁신'을 추진한다.", "다온 혁신"),
        ("한빛전자는 '새로운 시작'을 선언했다.", "새로운 시작"),
    ],
)
def test_a_quoted_phrase_done_otherwise_is_no_body(text: str, phrase: str) -> None:
    assert phrase not in names(text), names(text)
