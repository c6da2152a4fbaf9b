"""Phrases that are not a body's name, whatever tagger or rule proposes them (sentences composed for these
tests): a quoted theme that is a clause, a paper's English title, an amount of money, a dateline's city."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name for e in result.entities if e.type.value not in ("Person", "Technology")}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("올해 행사는 '사람과 로봇이 함께 일하는 시대'라는 주제로 열렸다.", "사람과 로봇이 함께 일하는 시대"),
        ("학회는 '기계가 배우는 대학'이라는 이름의 강연을 열었다.", "기계가 배우는 대학"),
    ],
)
def test_a_quoted_clause_is_no_name(text: str, phrase: str) -> None:
    assert phrase not in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "이번 연구 결과는 국제학술지 '플랜트 셀'에 'Light signals travel down to regulate root growth in plants'라는 "
        "제목으로 실렸다.",
        "논문 제목은 Deep Networks and Their Surprising Ability to Generalize로 정해졌다.",
        "연구팀은 상금 900만스웨덴크로나를 나눠 받는다.",
        "(부산=한빛통신) 김민수 기자 = 한빛대 연구팀이 새 배터리를 개발했다.",
        "올해 International Robotics Symposium에는 500명이 참석했다.",
    ],
)
def test_titles_amounts_and_datelines_name_no_body(text: str) -> None:
    found = organisations(text)
    assert not any(" " in n and n.isascii() and n[:1].isupper() and len(n.split()) > 2 for n in found), found
    assert not any("=" in n or n[:1].isdigit() for n in found), found
    assert not any(n.endswith("Symposium") for n in found), found


def test_a_latin_name_with_its_joiners_is_still_a_body() -> None:
    assert "Bank of America" in organisations("Bank of America는 한빛전자에 5억달러를 투자했다.")
