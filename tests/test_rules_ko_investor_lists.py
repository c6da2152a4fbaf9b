"""Investor lists as Korean funding news writes them: a group noun opening a parenthesised list
("신한금융그룹 계열사(A·B)") continues the list, its members invest and the group noun does not, and a
plural group noun ("등 중국 기업들로부터") still carries the list's particle."""

from ko_facts import facts


def test_members_in_parentheses_after_a_group_noun_continue_the_list() -> None:
    got = facts(
        "업스테이지는 카카오벤처스, 신한금융그룹 계열사(신한캐피탈·신한투자증권), 한국산업은행으로부터 100억원을 유치했다."
    )
    for investor in ("카카오벤처스", "신한캐피탈", "신한투자증권", "KDB산업은행"):
        assert ("INVESTED_IN", investor, "업스테이지") in got, got
    assert ("INVESTED_IN", "신한금융그룹", "업스테이지") not in got, got


def test_a_group_description_is_no_investor_nor_a_parent_of_another_investor() -> None:
    got = facts(
        "업스테이지는 300억원 규모의 시리즈A 투자를 유치했다. 이번 투자에는 카카오벤처스·KB인베스트먼트와 "
        "범한화 계열사(한화투자증권·한화자산운용) 등이 참여했다."
    )
    assert ("INVESTED_IN", "한화투자증권", "업스테이지") in got, got
    assert not [k for k in got if k[0] == "INVESTED_IN" and k[1].endswith("계열사")], got
    assert ("AFFILIATE_OF", "한화투자증권", "카카오벤처스") not in got, got


def test_a_plural_group_noun_keeps_the_particle() -> None:
    got = facts("업스테이지는 시리즈B 투자에서 텐센트, 알리바바 등 중국 기업들로부터 1억 달러를 유치했다.")
    assert ("INVESTED_IN", "텐센트", "업스테이지") in got and ("INVESTED_IN", "알리바바", "업스테이지") in got, got
    assert "amount" not in got[("INVESTED_IN", "텐센트", "업스테이지")], got


def test_a_list_of_investors_being_courted_is_no_investment() -> None:
    got = facts("업스테이지는 텐센트, 알리바바 등 중국 기업들로부터 투자 유치를 추진하고 있다.")
    assert not [k for k in got if k[0] == "INVESTED_IN"], got
