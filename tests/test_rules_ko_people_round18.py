"""Taking up a post, written as a move ("T로 취임했다", "T 자리에 오른", "ORG로 자리를 옮겼다", "이직했다"), and a
person named with the honorific 씨 as the subject; a move only rumoured, planned or possible gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("박민수 대표는 지난 3월 다온로보틱스 대표로 취임했다.", "박민수", "다온로보틱스", "대표"),
        ("박민수 부사장은 다온로보틱스 최고기술책임자로 합류한다.", "박민수", "다온로보틱스", "최고기술책임자"),
        ("박민수 씨가 다온로보틱스 대표로 자리를 옮겼다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스 대표 자리에 오른 박민수 씨는 취임사를 했다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스 신임 대표로 선임된 박민수 부사장은 취임사를 했다.", "박민수", "다온로보틱스", "대표"),
        ("다온로보틱스는 박민수 최고기술책임자(CTO)를 새 대표이사로 내정했다.", "박민수", "다온로보틱스", "대표이사"),
    ],
)
def test_a_post_taken_up(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "한지민 씨는 지난해 다온로보틱스로 이직했다.",
        "한지민 씨는 다온로보틱스에 합류했다.",
        "네이버 대표를 지낸 한지민 씨는 다온로보틱스로 자리를 옮겼다.",
    ],
)
def test_a_move_to_an_organisation(text: str) -> None:
    assert ("WORKS_FOR", "한지민", "다온로보틱스") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한지민 씨는 다온로보틱스로 이직할 계획이다.",
        "박민수 씨가 다온로보틱스 대표로 자리를 옮길 것이라는 관측이 나온다.",
        "박민수 씨가 다온로보틱스 대표로 선임될 가능성이 있다.",
        "박민수 부사장이 다온로보틱스 대표로 취임할 수도 있다.",
    ],
)
def test_a_move_not_made_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "다온로보틱스" for k in facts(text)), facts(text)
