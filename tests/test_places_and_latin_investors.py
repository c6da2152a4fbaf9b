"""Names around places and Latin letters in deal sentences: a state or province with its 주/성 ("인디애나주",
"장쑤성") is a place, never an organisation or a sector money goes into; a name Kiwi cut after a city ("시애틀/NNP
다이내믹스/NNP를") is one name; a Latin name money comes from in a funding sentence ("KIC로부터 500억원을
유치") is an investor's, where a Latin word that is a field ("AI로부터") is none."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "한빛반도체는 미국 인디애나주에 38억달러를 들여 패키징 공장을 짓는다.",
        "누리배터리는 장쑤성에 1조원을 투자한다.",
        "누리배터리는 미국 테네시주에 2조원을 투자해 양극재 공장을 세운다.",
    ],
)
def test_a_state_or_province_is_no_organisation_and_no_sector(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] == "INVESTED_IN"], got
    assert not {n for n in names(text) if n.endswith(("주", "성"))}, names(text)


def test_a_name_cut_after_a_city_is_one_name() -> None:
    got = facts("한빛로보틱스가 미국 시애틀다이내믹스를 약 3억달러에 인수했다.")
    assert got.get(("ACQUIRED", "한빛로보틱스", "시애틀다이내믹스"), {}).get("amount") == 300_000_000, got


@pytest.mark.parametrize(
    ("text", "investor", "funded"),
    [
        ("누리랩스는 그동안 상장을 검토해왔으며 최근 KIC로부터 500억원을 유치했다.", "KIC", "누리랩스"),
        ("가람테크는 지난달 GVF로부터 시리즈B 투자를 유치했다.", "GVF", "가람테크"),
    ],
)
def test_a_latin_name_money_comes_from_is_an_investor(text: str, investor: str, funded: str) -> None:
    assert ("INVESTED_IN", investor, funded) in facts(text), facts(text)


def test_a_latin_field_word_money_comes_from_is_no_investor() -> None:
    text = "누리랩스는 AI로부터 얻은 데이터를 앞세워 100억원을 유치했다."
    assert "AI" not in names(text) and not [k for k in facts(text) if k[1] == "AI"], facts(text)
