"""Affiliates written in the passive: the subject joined the owner's group, never the other way round."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 지난달 한빛텔레콤 자회사로 편입됐다.",
        "누리칩스는 올해 초 한빛텔레콤의 계열사로 편입되었다.",
    ],
)
def test_passive_joining_points_from_the_member_to_the_owner(text: str) -> None:
    got = facts(text)
    assert ("AFFILIATE_OF", "누리칩스", "한빛텔레콤") in got, got
    assert ("AFFILIATE_OF", "한빛텔레콤", "누리칩스") not in got, got


def test_active_joining_still_reads_the_object_as_the_member() -> None:
    got = facts("한빛텔레콤은 지난달 누리칩스를 계열사로 편입했다.")
    assert ("AFFILIATE_OF", "누리칩스", "한빛텔레콤") in got, got
    assert ("AFFILIATE_OF", "한빛텔레콤", "누리칩스") not in got, got
