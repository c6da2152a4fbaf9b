"""Korean news writes a completed deal with an adnominal verb and a bound noun ("투자한 것으로
알려졌다", "투자한 바 있다", "인수한 데 이어"): the verb is the clause's own predicate, not a relative
clause describing the next name, and a hedge after the bound noun ("것으로 보인다") still counts."""

import pytest
from ko_facts import facts

INVESTMENT = ("INVESTED_IN", "삼성전자", "업스테이지")


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 업스테이지에 100억원을 투자한 것으로 알려졌다.",
        "삼성전자는 업스테이지에 100억원을 투자한 것으로 전해졌다.",
        "삼성전자는 지난해 업스테이지에 100억원을 투자한 바 있다.",
        "삼성전자는 업스테이지에 100억원을 투자한 데 이어 올해 추가 투자를 검토하고 있다.",
        "삼성전자는 업스테이지에 100억원을 투자한 뒤 공동 연구를 시작했다.",
        "삼성전자가 업스테이지에 100억원을 투자한 것은 이번이 처음이다.",
    ],
)
def test_a_completed_investment_before_a_bound_noun(text: str) -> None:
    got = facts(text)
    assert got.get(INVESTMENT, {}).get("amount") == 10_000_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 업스테이지에 100억원을 투자한 것으로 관측된다.",
        "삼성전자는 업스테이지에 100억원을 투자한 것으로 보인다.",
        "삼성전자는 업스테이지에 100억원을 투자한 것으로 추정된다.",
        "삼성전자가 업스테이지에 100억원을 투자한 것은 사실이 아니다.",
        "삼성전자는 업스테이지에 투자한 바 없다.",
        "삼성전자는 업스테이지에 투자한 적이 없다고 밝혔다.",
        "삼성전자는 업스테이지에 100억원을 투자한 것이라는 관측이 나온다.",
    ],
)
def test_a_hedged_or_denied_investment_before_a_bound_noun_is_no_fact(text: str) -> None:
    assert INVESTMENT not in facts(text)


def test_a_hedge_on_an_acquisition_written_with_a_bound_noun() -> None:
    assert ("ACQUIRED", "카카오", "업스테이지") not in facts("카카오는 업스테이지를 인수한 것으로 보인다.")
    assert ("ACQUIRED", "카카오", "업스테이지") in facts("카카오는 업스테이지를 인수한 것으로 확인됐다.")


def test_a_relative_clause_still_describes_the_name_after_it() -> None:
    assert INVESTMENT in facts("삼성전자가 100억원을 투자한 업스테이지는 내년 상장을 추진한다.")
    assert INVESTMENT not in facts("삼성전자가 업스테이지에 투자한 금액은 공개되지 않았다.")


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자와 SK하이닉스는 업스테이지에 투자했다.",
        "삼성전자와 SK하이닉스가 업스테이지에 총 200억원을 투자했다.",
        "삼성전자, SK하이닉스가 업스테이지에 200억원을 공동 투자했다.",
    ],
)
def test_every_enumerated_subject_invested_and_a_total_is_nobodys_own(text: str) -> None:
    got = facts(text)
    for investor in ("삼성전자", "SK하이닉스"):
        assert ("INVESTED_IN", investor, "업스테이지") in got, got
        assert "amount" not in got[("INVESTED_IN", investor, "업스테이지")], got


def test_each_enumerated_subjects_own_amount() -> None:
    got = facts("삼성전자와 SK하이닉스는 업스테이지에 각각 100억원을 투자했다.")
    assert got[("INVESTED_IN", "SK하이닉스", "업스테이지")]["amount"] == 10_000_000_000, got
    assert got[("INVESTED_IN", "삼성전자", "업스테이지")]["amount"] == 10_000_000_000, got


def test_a_later_clauses_subject_is_not_a_co_investor() -> None:
    got = facts("삼성전자는 업스테이지에 100억원을 투자했고, SK하이닉스는 리벨리온과 협력한다.")
    assert INVESTMENT in got and ("INVESTED_IN", "SK하이닉스", "업스테이지") not in got, got


def test_a_joint_acquisition_and_a_considered_one() -> None:
    got = facts("삼성전자와 네이버는 업스테이지를 공동 인수했다.")
    assert ("ACQUIRED", "삼성전자", "업스테이지") in got and ("ACQUIRED", "네이버", "업스테이지") in got, got
    assert not facts("삼성전자와 네이버는 업스테이지 공동 인수를 검토하고 있다.")


def test_the_actor_named_after_the_clause() -> None:
    got = facts("업스테이지에 100억원을 투자한 곳은 삼성전자다.")
    assert got[INVESTMENT]["amount"] == 10_000_000_000, got
    assert ("ACQUIRED", "카카오", "업스테이지") in facts("업스테이지를 인수한 곳은 카카오다.")
    both = facts("업스테이지에 투자한 곳은 삼성전자와 네이버다.")
    assert INVESTMENT in both and ("INVESTED_IN", "네이버", "업스테이지") in both, both


@pytest.mark.parametrize(
    "text",
    [
        "업스테이지를 인수할 곳은 카카오가 유력하다.",
        "업스테이지에 투자한 곳은 아직 공개되지 않았다.",
        "업스테이지를 인수한 곳은 카카오라는 소문이 돌았다.",
    ],
)
def test_an_actor_guessed_or_not_named_is_no_fact(text: str) -> None:
    assert not [k for k in facts(text) if k[0] in ("INVESTED_IN", "ACQUIRED")], facts(text)


def test_the_round_and_a_prefix_are_not_sectors() -> None:
    assert not [k for k in facts("이번 투자에는 삼성전자가 100억원을 투자했다.") if k[2] == "이번 투자"]
    got = facts("초거대AI 모델 개발에는 네이버가 1조원을 투입했다.")
    assert ("INVESTED_IN", "네이버", "초거대AI 모델") in got, got
