"""A round told over several sentences keeps what each says: the series from the announcement and the amount
from the next sentence about the same company ("Y가 시리즈C 투자 유치에 성공했다. 이 회사는 총 190억원 규모의
투자를 받았다"), and a size stated alone ("투자 규모는 120억원이다") is the round's; another series, or another
company, starts another round."""

from ko_facts import facts


def test_series_then_amount_of_one_round() -> None:
    got = facts(
        "누리랩스가 시리즈C 투자 유치에 성공했다. 이 회사는 총 190억원 규모의 투자를 받았다. 이번 투자에는 한빛파트너스가 참여했다."
    )
    props = got[("INVESTED_IN", "한빛파트너스", "누리랩스")]
    assert props.get("series") == "C" and (props.get("round_amount") or props.get("amount")) == 19_000_000_000, got


def test_a_size_stated_alone_is_the_rounds() -> None:
    got = facts(
        "누리랩스가 후속 투자를 유치했다고 28일 밝혔다. 투자 규모는 120억원이다. 이번 투자는 한빛파트너스가 주도했다."
    )
    props = got[("INVESTED_IN", "한빛파트너스", "누리랩스")]
    assert props.get("lead") is True and (props.get("round_amount") or props.get("amount")) == 12_000_000_000, got


def test_another_series_is_another_round() -> None:
    got = facts(
        "누리랩스가 시리즈A 투자를 유치했다. 누리랩스는 지난해 시리즈B 투자로 200억원을 받았다. 이번 투자에는 한빛파트너스가 참여했다."
    )
    props = got.get(("INVESTED_IN", "한빛파트너스", "누리랩스"), {})
    assert props.get("series") != "A" or "round_amount" not in props, got


def test_a_size_without_a_round_before_is_nothing() -> None:
    assert not facts("투자 규모는 120억원이다. 한빛파트너스가 참여했다.")
