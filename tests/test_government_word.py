""" "정부" written alone names the government the article is about, as "경찰" and "검찰" name one body (KLUE-NER
marks it so 13 times in its 15 even news sentences where it stands alone); after a country it is that country's
("일본 정부"), and inside a compound ("정부안", "정부출연") it names nothing."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "정부는 개성공단 입주기업들을 통해 미지급 임금 내역을 파악하고 있다.",
        "시는 고양이도 동물등록제 대상에 포함되도록 정부에 법 개정을 건의할 계획이다.",
    ],
)
def test_the_word_alone_is_a_mention(text: str) -> None:
    assert "정부" in names(text), names(text)


def test_after_a_country_it_is_that_countrys() -> None:
    got = names("일본 정부는 자위대의 한반도 진출에 한국 정부의 동의가 필요하다고 밝혔다.")
    assert {"일본 정부", "한국 정부"} <= got and "정부" not in got, got


def test_inside_a_compound_it_is_no_mention() -> None:
    assert "정부" not in names("정부안은 다음 달 국회에 제출된다."), names("정부안은 다음 달 국회에 제출된다.")


def test_the_government_investing_is_a_fact() -> None:
    got = facts("정부는 2029년까지 차세대 지능형 반도체에 1조원을 투자한다.")
    assert got.get(("INVESTED_IN", "정부", "차세대 지능형 반도체"), {}).get("amount") == 1e12, got
