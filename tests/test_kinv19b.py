"""Korean INVESTED_IN / ACQUIRED on unseen news, round 19b: 까지 ("even") written in the object's place ("A에 이어
B까지 인수했다").  Composed sentences; each family with wordings that must give nothing."""

import pytest
from ko_facts import facts


def _of(kind: str, text: str) -> dict[tuple[str, str], dict]:
    return {(s, t): p for (k, s, t), p in facts(text).items() if k == kind}


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("한빛전자는 비스타랩에 이어 플로릭까지 인수했다.", {"비스타랩", "플로릭"}),
        ("가람테크는 누리랩스까지 인수했다.", {"누리랩스"}),
    ],
)
def test_an_object_in_kkaji_was_bought(text: str, bought: set[str]) -> None:
    got = _of("ACQUIRED", text)
    assert {t for _, t in got} == bought
    assert {s for s, _ in got} == {text.split("는")[0]}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 비스타랩에 이어 플로릭까지 인수할 계획이다.",
        "한빛전자는 플로릭까지 인수하는 방안을 검토하고 있다.",
        "한빛전자가 플로릭까지 인수했다는 소문이 돌고 있다.",
        "한빛전자는 플로릭까지 인수했다는 보도를 부인했다.",
        "만약 한빛전자가 플로릭까지 인수한다면 시장 점유율은 30%가 된다.",
        "한빛전자는 플로릭까지 인수 대상으로 검토했다.",
        "한빛전자는 비스타랩과 플로릭까지 포함해 5곳을 인수 후보로 검토했다.",
    ],
)
def test_kkaji_without_a_done_deal_gives_nothing(text: str) -> None:
    assert not _of("ACQUIRED", text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("한빛전자는 2026년까지 플로릭을 인수한다.", ("한빛전자", "플로릭")),
        ("한빛전자는 연말까지 플로릭을 인수했다.", ("한빛전자", "플로릭")),
    ],
)
def test_a_date_in_kkaji_is_no_object(text: str, pair: tuple[str, str]) -> None:
    assert set(_of("ACQUIRED", text)) == {pair}


def _invested(text: str) -> dict[tuple[str, str], dict]:
    return _of("INVESTED_IN", text)


@pytest.mark.parametrize(
    ("text", "series"),
    [
        (
            "누리랩스는 2022년 가람벤처스로부터 시드 투자를 받았고, 올해 한빛캐피탈로부터 시리즈A 투자를 받았다.",
            {"가람벤처스": "시드", "한빛캐피탈": "A"},
        ),
        (
            "누리랩스는 가람벤처스로부터 시리즈A 투자를 받았고, 한빛캐피탈로부터 시리즈B 투자를 유치했다.",
            {"가람벤처스": "A", "한빛캐피탈": "B"},
        ),
    ],
)
def test_each_clause_names_its_own_round(text: str, series: dict[str, str]) -> None:
    got = _invested(text)
    assert {s: p.get("series") for (s, t), p in got.items() if t == "누리랩스"} == series


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 가람벤처스로부터 시드 투자를 받았고, 한빛캐피탈로부터 시리즈A 투자를 받을 계획이다.",
        "누리랩스는 가람벤처스로부터 시드 투자를 받았고, 한빛캐피탈로부터 시리즈A 투자 유치를 검토하고 있다.",
        "누리랩스가 한빛캐피탈로부터 시리즈A 투자를 받았다는 소문이 돌았다.",
        "누리랩스는 한빛캐피탈로부터 시리즈A 투자를 받았다는 보도를 부인했다.",
        "만약 누리랩스가 한빛캐피탈로부터 시리즈A 투자를 받는다면 기업가치는 두 배가 된다.",
    ],
)
def test_a_second_round_not_done_gives_nothing(text: str) -> None:
    assert ("한빛캐피탈", "누리랩스") not in _invested(text)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "누리랩스에는 가람벤처스와 누리인베스트먼트가 각각 30억원과 20억원을 투자했다.",
            {"가람벤처스": 3e9, "누리인베스트먼트": 2e9},
        ),
        (
            "가람벤처스와 누리인베스트먼트가 누리랩스에 각각 30억원, 20억원을 투자했다.",
            {"가람벤처스": 3e9, "누리인베스트먼트": 2e9},
        ),
        (
            "가람벤처스와 누리인베스트먼트가 누리랩스에 각각 30억원을 투자했다.",
            {"가람벤처스": 3e9, "누리인베스트먼트": 3e9},
        ),
        # three investors, two amounts: which is whose is not written
        (
            "가람벤처스, 솔빛파트너스와 누리인베스트먼트가 누리랩스에 각각 30억원과 20억원을 투자했다.",
            {"가람벤처스": None, "솔빛파트너스": None, "누리인베스트먼트": None},
        ),
    ],
)
def test_respective_amounts_follow_the_investors_order(text: str, amounts: dict[str, float | None]) -> None:
    got = _invested(text)
    assert {s: p.get("amount") for (s, t), p in got.items() if t == "누리랩스"} == amounts


@pytest.mark.parametrize(
    "text",
    [
        "가람벤처스와 누리인베스트먼트가 누리랩스에 각각 30억원과 20억원을 투자하는 방안을 검토하고 있다.",
        "가람벤처스와 누리인베스트먼트가 누리랩스에 각각 30억원과 20억원을 투자했다는 소문이 돌았다.",
        "가람벤처스와 누리인베스트먼트는 누리랩스에 각각 30억원과 20억원을 투자했다는 보도를 부인했다.",
        "만약 가람벤처스와 누리인베스트먼트가 누리랩스에 각각 30억원과 20억원을 투자한다면 기업가치는 오른다.",
    ],
)
def test_respective_amounts_not_done_give_nothing(text: str) -> None:
    assert not _invested(text)
