"""Korean and English details from trade-press and Korea-press probes: "X는 아람코 계열 Y로부터" makes Y no affiliate
of X (the owner is a name no source read); a founder's company described at length ("P가 설립한 온디바이스 AI 반도체
팹리스다") is still what P founded; a post of several words ("AI 전략 총괄(CAIO)로", "AI·데이터 담당 부사장으로")
is taken; a stake held keeps its size ("holds a 35 percent stake in Y"); the head of a forum or association holds a
post there (a member does not); a group's chairman named in the sentence after the group is its chairman."""

from __future__ import annotations

import pytest
from en_facts import en_facts
from ko_facts import facts


def test_an_affiliate_of_an_unread_owner_is_no_affiliate_of_the_subject() -> None:
    got = facts("누리랩스는 아람코 계열 다온벤처스로부터 300억원을 투자받았다.")
    assert ("INVESTED_IN", "다온벤처스", "누리랩스") in got, got
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_the_subjects_own_affiliate_stays() -> None:
    assert ("AFFILIATE_OF", "다온AI", "한빛전자") in facts("한빛전자는 AI 자회사 다온AI를 설립했다.")


def test_a_company_described_at_length_is_what_its_founder_founded() -> None:
    got = facts("누리칩스는 2018년 김녹원 대표가 설립한 온디바이스 AI 반도체 팹리스다.")
    assert got.get(("ESTABLISHED", "김녹원", "누리칩스"), {}).get("date") == "2018", got


@pytest.mark.parametrize(
    "text, title",
    [
        ("한빛텔레콤은 정우진 전무를 AI 전략 총괄(CAIO)로 영입했다.", "총괄"),
        ("한빛텔레콤은 한지호 전무를 AI·데이터 담당 부사장으로 영입했다.", "부사장"),
    ],
)
def test_a_post_of_several_words(text: str, title: str) -> None:
    got = facts(text)
    assert any(k[0] == "WORKS_FOR" and k[2] == "한빛텔레콤" and v.get("title") == title for k, v in got.items()), got


@pytest.mark.parametrize(
    "text, percent",
    [
        ("Quillon Aerospace holds a 35 percent stake in Norvik Vision.", 35.0),
        ("Quillon Aerospace owns a 100 percent stake in Norvik Vision.", 100.0),
    ],
)
def test_a_stake_held_keeps_its_size(text: str, percent: float) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Quillon Aerospace", "Norvik Vision"), {}).get("stake_percent") == percent, got


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jung-ho was named chairman of the Korea Startup Forum.",
        "Kim Jung-ho is chairman of the Korea Startup Forum.",
    ],
)
def test_the_head_of_a_forum_holds_a_post_there(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Kim Jung-ho", "Korea Startup Forum"), {}).get("title") == "chairman", got


def test_a_member_of_a_forum_holds_no_post() -> None:
    assert not en_facts("Kim Jung-ho is a member of the Korea Startup Forum.")


def test_a_groups_chairman_named_after_the_group() -> None:
    got = en_facts("Quillon Group held a strategy meeting. Chairman Chey Tae-won unveiled the plan.")
    assert got.get(("WORKS_FOR", "Chey Tae-won", "Quillon Group"), {}).get("title") == "Chairman", got
