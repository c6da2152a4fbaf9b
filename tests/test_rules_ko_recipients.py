"""Deal news naming several recipients, a lead in a relative clause, and coined names Kiwi does not know.

Sentences composed for these tests; each family has hedged, planned or negated sentences that give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한솔벤처스는 누비랩과 큐리엇에 투자했다.",
        "한솔벤처스는 누비랩, 큐리엇 등 스타트업 2곳에 투자했다.",
        "한솔벤처스는 누비랩, 큐리엇 등 2곳에 투자했다.",
    ],
)
def test_every_enumerated_recipient_is_invested_in(text: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", "한솔벤처스", "누비랩") in got, got
    assert ("INVESTED_IN", "한솔벤처스", "큐리엇") in got, got


def test_a_total_over_several_recipients_is_no_ones_own() -> None:
    got = facts("한솔벤처스는 누비랩과 큐리엇에 80억원을 투자했다.")
    assert "amount" not in got[("INVESTED_IN", "한솔벤처스", "누비랩")], got
    assert "amount" not in got[("INVESTED_IN", "한솔벤처스", "큐리엇")], got


def test_each_recipients_own_amount_is_kept() -> None:
    got = facts("한솔벤처스는 누비랩과 큐리엇에 각각 40억원을 투자했다.")
    assert got[("INVESTED_IN", "한솔벤처스", "누비랩")]["amount"] == 4_000_000_000, got
    assert got[("INVESTED_IN", "한솔벤처스", "큐리엇")]["amount"] == 4_000_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔벤처스는 누비랩과 큐리엇에 투자하지 않았다.",
        "한솔벤처스가 누비랩과 큐리엇에 투자한다는 소문은 사실이 아니다.",
    ],
)
def test_denied_investments_in_several_recipients_give_nothing(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text))


@pytest.mark.parametrize("verb", ["리드한", "주도한", "이끈"])
def test_a_lead_written_in_a_relative_clause_before_the_round(verb: str) -> None:
    got = facts(f"큐리엇은 한솔벤처스가 {verb} 시리즈A 라운드에서 120억원을 유치했다.")
    props = got[("INVESTED_IN", "한솔벤처스", "큐리엇")]
    assert props.get("lead") is True and props.get("series") == "A", got
    assert "amount" not in props and props["round_amount"] == 12_000_000_000, got  # a lead is not alone


def test_a_lead_described_before_the_round_its_participants_join() -> None:
    got = facts(
        "큐리엇은 120억원 규모의 시리즈B 투자를 유치했다. "
        "한솔벤처스가 주도한 이번 투자에는 다올캐피탈과 가온인베스트먼트가 참여했다."
    )
    assert got[("INVESTED_IN", "한솔벤처스", "큐리엇")].get("lead") is True, got
    assert ("INVESTED_IN", "다올캐피탈", "큐리엇") in got, got
    assert ("INVESTED_IN", "가온인베스트먼트", "큐리엇") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "큐리엇은 한솔벤처스가 리드하는 시리즈A 라운드에서 120억원을 유치할 계획이다.",
        "큐리엇은 한솔벤처스가 리드한 시리즈A 라운드에서 120억원 유치를 추진하고 있다.",
        "큐리엇은 한솔벤처스가 리드한 시리즈A 라운드에서 투자를 유치하지 못했다.",
    ],
)
def test_a_planned_or_failed_round_gives_nothing(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text))


@pytest.mark.parametrize("name", ["누비랩", "큐리엇", "렉시온"])
def test_a_coined_name_kiwi_does_not_know_is_the_bought_company(name: str) -> None:
    got = facts(f"한솔전자는 {name}을 500억원에 인수했다.")
    assert got.get(("ACQUIRED", "한솔전자", name), {}).get("amount") == 50_000_000_000, got


def test_a_dictionary_noun_is_no_bought_company() -> None:
    got = facts("한솔전자는 사업부를 500억원에 인수했다.")
    assert not any(k[0] == "ACQUIRED" for k in got), got
