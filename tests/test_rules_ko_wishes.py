"""Facts news does not state. A wish is not a deal: "투자하기를 바란다", "인수하길 원한다", "협력하고 싶다" give nothing, while a sentence that
only looks ahead in another clause ("미래를 바라보고 … 투자했다") keeps its fact; capital spending on plant ("설비투자에
30조원") invests in no technology (sentences composed for these tests)."""

import pytest
from ko_facts import facts, kinds


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 큐리엇에 200억원을 투자하기를 바란다고 밝혔다.",
        "한솔전자는 큐리엇에 200억원을 투자하길 원한다.",
        "한솔전자는 큐리엇에 200억원을 투자하고 싶다고 말했다.",
        "다온홀딩스는 큐리엇을 인수하길 바랍니다.",
        "다온홀딩스는 큐리엇을 인수하기를 바랐다.",
        "한솔전자는 한빛대와 협력하고 싶어 한다.",
        "한솔전자는 큐리엇에 200억원을 투자하고 싶었다고 회고했다.",
        "한솔전자는 한빛대와 업무협약을 맺기를 원했다.",
    ],
)
def test_a_wish_states_no_fact(text: str) -> None:
    assert not kinds(text), facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("한솔전자는 미래를 바라보고 큐리엇에 200억원을 투자했다.", ("INVESTED_IN", "한솔전자", "큐리엇")),
        ("한솔전자는 큐리엇에 200억원을 투자했고 시장 확대를 바라봤다.", ("INVESTED_IN", "한솔전자", "큐리엇")),
        ("다온홀딩스는 큐리엇을 인수하고 있다.", ("ACQUIRED", "다온홀딩스", "큐리엇")),
    ],
)
def test_looking_ahead_in_another_clause_keeps_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(
    "text", ["한솔전자는 올해 설비투자에 30조원을 쓴다.", "다온반도체는 시설투자에 10조원을 투자한다."]
)
def test_capital_spending_on_plant_is_no_technology_invested_in(text: str) -> None:
    assert not kinds(text), facts(text)


def test_a_name_after_a_quote_kiwi_reads_as_a_common_noun_still_works_for_its_organisation() -> None:
    """ "…"라고 P ORG 대표는: the quote first, then who said it; a dictionary common noun in that place is no one."""
    text = '"AI 경쟁력을 높이겠다"라고 최수연 네이버 대표는 말했다.'
    assert facts(text).get(("WORKS_FOR", "최수연", "네이버")) == {"title": "대표"}, facts(text)
    assert not kinds("이사회 한빛전자 의장이 말했다."), facts("이사회 한빛전자 의장이 말했다.")
