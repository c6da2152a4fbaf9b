"""Corporate venture arms named after their parent ("네이버 D2SF", "Nvidia's NVentures") are investors of their own
(alias registry): before, "네이버 D2SF로부터" was read as 네이버 and the seed round had no investor."""

import pytest
from en_facts import en_facts
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리코어는 네이버 D2SF로부터 시드 투자를 받았다.",
        "누리코어는 네이버 D2SF와 카카오벤처스로부터 시드 투자를 받았다.",
    ],
)
def test_a_venture_arm_named_with_its_parent_is_the_investor(text: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "네이버 D2SF", "누리코어") in got, got
    assert not any(k[1] == "네이버" for k in got), got


def test_the_english_name_of_a_venture_arm_is_the_same_investor() -> None:
    got = en_facts("Helio Dynamics raised $75 million in a round led by Nvidia's NVentures.")
    assert got.get(("INVESTED_IN", "NVentures", "Helio Dynamics"), {}).get("lead") is True, got
