""" "A와 B가 시리즈A 라운드에 참여해 Y가 50억원을 유치했다": the subject of a clause linked by a connective ending
("참여해") is that clause's, so Y, not A, raised the round; an enumeration's kind after 등 ("등 벤처캐피탈이",
"등 액셀러레이터가") makes its members the round's investors and is no part of the last name; beside a known
investor, a word Kiwi's dictionary lacks is a listed name ("가온플레이, 카카오벤처스로부터")."""

import pytest
from ko_facts import facts, names


def test_the_subject_of_the_raise_is_the_company_funded() -> None:
    got = facts("가온벤처스와 누리파트너스가 시리즈A 라운드에 참여해 다온로보틱스가 50억원을 유치했다.")
    assert ("INVESTED_IN", "가온벤처스", "다온로보틱스") in got, got
    assert ("INVESTED_IN", "누리파트너스", "다온로보틱스") in got, got
    assert ("INVESTED_IN", "누리파트너스", "가온벤처스") not in got, got


@pytest.mark.parametrize("kind", ["벤처캐피탈이", "액셀러레이터가"])
def test_investors_listed_with_their_kind(kind: str) -> None:
    text = f"한빛인베스트먼트, 누리파트너스, 가온벤처스 등 {kind} 시드 라운드에 참여해 AI 스타트업 다온로보틱스가 20억원을 유치했다."
    got = facts(text)
    for investor in ("한빛인베스트먼트", "누리파트너스", "가온벤처스"):
        assert ("INVESTED_IN", investor, "다온로보틱스") in got, got
    assert not [n for n in names(text) if " 등 " in n], names(text)


def test_a_coined_word_beside_a_known_investor_is_listed() -> None:
    got = facts("다온로보틱스는 가온플레이, 카카오벤처스로부터 30억원의 시드 투자를 유치했다.")
    assert ("INVESTED_IN", "가온플레이", "다온로보틱스") in got, got
    assert ("INVESTED_IN", "카카오벤처스", "다온로보틱스") in got, got


def test_common_nouns_beside_a_known_investor_are_no_names() -> None:
    text = "다온로보틱스는 기술, 카카오벤처스로부터 받은 자금을 합쳐 사업을 키운다."
    assert "기술" not in names(text), names(text)
