"""A transliterated foreign name whose first word starts with a Korean surname syllable ("하랄트", "조르주", "마르틴")
is not a Korean name: a syllable of the vowel ㅡ with no final consonant (트, 르, 스) writes a foreign consonant, and
no Korean given name has one.  The whole foreign name is the person, and no company is made of its last word."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("경찰은 누리모터스 독일 본사 하랄트 크뤼거 회장도 입건했다.", "하랄트 크뤼거"),
        ("조르주 베나르 누리모터스 회장은 AI 투자를 늘리겠다고 밝혔다.", "조르주 베나르"),
    ],
)
def test_a_foreign_name_is_read_whole(text: str, person: str) -> None:
    got = names(text)
    assert person in got, got
    assert not any(k[0] == "WORKS_FOR" and k[2] not in ("누리모터스",) for k in facts(text)), facts(text)


@pytest.mark.parametrize("name", ["김하늘", "이슬기", "박다솜", "최가람", "정희수"])
def test_korean_given_names_still_read(name: str) -> None:
    got = facts(f"{name} 누리랩스 대표는 투자 유치를 발표했다.")
    assert ("WORKS_FOR", name, "누리랩스") in got, got
