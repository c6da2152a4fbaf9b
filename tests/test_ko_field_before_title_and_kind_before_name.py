"""A title with the line of business before it in an acronym ("P ORG AI 기술총괄", "P ORG 하이퍼스케일 AI 기술총괄")
still titles the person; a kind of investor and where it is from, written before a name ("미국 벤처캐피털 NEA"), is
no organisation of its own."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("성낙호 누리클라우드 AI 기술총괄은 이렇게 말했다.", "누리클라우드"),
        ("성낙호 네이버클라우드 하이퍼스케일 AI 기술총괄은 이렇게 말했다.", "네이버클라우드"),
    ],
)
def test_the_person_with_a_field_before_the_title(text: str, org: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "성낙호", org), {}).get("title") == "기술총괄", got


def test_a_kind_of_investor_from_a_country_is_no_name() -> None:
    text = "누리랩스는 100억원을 유치했다. 이번 라운드에는 미국 벤처캐피털 NEA가 참여했다."
    assert "미국 벤처캐피털" not in names(text), names(text)
    assert ("INVESTED_IN", "NEA", "누리랩스") in facts(text), facts(text)
