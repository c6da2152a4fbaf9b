"""Where a recognised name ends: a company name Kiwi knows whole keeps its last syllable even when it looks like a
particle ("카카오페이는": 이 is the name's own), and a post is no organisation ("경제부총리 겸 …장관": neither
"경제부총리 겸" nor "사회부총리" names a body)."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "카카오페이가 누리랩스에 30억원을 투자했다.",
        "그는 “카카오페이는 누리랩스에 30억원을 투자했다”고 말했다.",
    ],
)
def test_a_known_name_ending_in_a_particle_like_syllable_is_whole(text: str) -> None:
    got = names(text)
    assert "카카오페이" in got and "카카오페" not in got, got


def test_the_whole_name_invests() -> None:
    got = facts("카카오페이가 누리랩스에 30억원을 투자했다.")
    assert ("INVESTED_IN", "카카오페이", "누리랩스") in got, got


def test_a_particle_after_a_registry_name_is_still_cut() -> None:
    got = facts("KT클라우드가 누리랩스에 30억원을 투자했다.")
    assert ("INVESTED_IN", "KT클라우드", "누리랩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "김하준 전 경제부총리 겸 기획재정부장관이 19일 강연을 했다.",
        "이서연 사회부총리 겸 교육부 장관이 한빛고를 방문했다.",
    ],
)
def test_a_deputy_prime_ministers_post_is_no_organisation(text: str) -> None:
    got = names(text)
    assert not any("부총리" in n for n in got), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("연결대상 자회사인 진에어의 실적이 부진했다.", "진에어"),
        ("한빛그룹은 누리모빌리의 지분을 인수했다.", "누리모빌리"),
    ],
)
def test_a_genitive_kiwi_read_into_a_coined_name_is_split_off(text: str, name: str) -> None:
    got = names(text)
    assert name in got and name + "의" not in got, got
