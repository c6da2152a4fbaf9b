"""Fourteenth round of Korean news misreadings (sentences composed for these tests, none from a dev set or the
corpus).

A funding round or a kind of solution names no body ("시리즈B", "스마트팩토리"); a company whose name goes on in
Latin letters ("한다온AI") is no person; a local government's head written glued to the place after a name
("홍길동 경산시장은") works for the city with that title, while 시장 meaning a market gives nobody; a headline's
won amount without 원 ("300억 투자 유치") is money before an investment word, a count ("300억 개") never; a
buyer whose coined name Kiwi reads as an adverb and a verb ("다온전자" as "다/MAG 오/VV ᆫ/ETM 전자") is still
the company a stake is sold to.
"""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.normalise import parse_money


def pairs(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


def entities(text: str) -> dict[str, str]:
    """name -> type of every entity extracted from ``text``."""
    return {e.name: e.type.value for e in extractor().extract(Document(id="t", text=text)).entities}


def organisations(text: str) -> set[str]:
    """The names of the organisations extracted from ``text``."""
    return {e.name for e in extractor().extract(Document(id="t", text=text)).entities if e.type.is_organization}


# --- a round or a kind of solution is no organisation --------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("한솔벤처스는 스마트팩토리에 투자했다.", "스마트팩토리"),
        ("한솔전자는 스마트팩토리와 협력한다.", "스마트팩토리"),
        ("누리랩스는 디지털트윈에 200억원을 투자하기로 했다.", "디지털트윈"),
        ("누리랩스는 프리A에 이어 시리즈A를 유치했다.", "프리A"),
        ("누리랩스는 시리즈B로 100억원을 유치했다.", "시리즈B"),
        ("이번 시리즈C 투자에는 한솔벤처스와 다온인베스트먼트가 참여했다.", "시리즈C"),
    ],
)
def test_a_round_or_a_kind_of_solution_names_no_body(text: str, word: str) -> None:
    assert word not in organisations(text), entities(text)


def test_a_company_named_after_its_solution_is_still_one() -> None:
    got = facts("가람스마트팩토리는 한솔벤처스로부터 30억원을 유치했다.")
    assert pairs(got, "INVESTED_IN") == {("한솔벤처스", "가람스마트팩토리")}, got


# --- a name going on in Latin letters is a company, not a person ---------------------------------------------


@pytest.mark.parametrize("company", ["한다온AI", "가람AI", "누리온X"])
def test_a_name_glued_to_latin_letters_is_the_employer_not_a_person(company: str) -> None:
    got = facts(f"{company} 대표 김민수는 이같이 말했다.")
    assert pairs(got, "WORKS_FOR") == {("김민수", company)}, got
    assert entities(f"{company} 대표 김민수는 이같이 말했다.").get("김민수") == "Person"


def test_a_person_before_a_latin_named_company_keeps_the_role() -> None:
    got = facts("김민수 한다온AI 대표는 이같이 말했다.")
    assert pairs(got, "WORKS_FOR") == {("김민수", "한다온AI")}, got


# --- a local government's head glued to the place ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, person, body, title",
    [
        ("홍길동 경산시장은 누리랩스를 방문했다.", "홍길동", "경산시", "시장"),
        ("김철수 포천시장은 이날 협약식에 참석했다.", "김철수", "포천시", "시장"),
        ("이영희 강남구청장은 이같이 말했다.", "이영희", "강남구", "구청장"),
        ("박민수 경기도지사는 이날 행사에 참석했다.", "박민수", "경기도", "도지사"),
        ("최영수 칠곡군수는 이날 행사에 참석했다.", "최영수", "칠곡군", "군수"),
        ("박영수 부산광역시장은 이같이 밝혔다.", "박영수", "부산광역시", "시장"),
    ],
)
def test_a_local_head_glued_to_the_place_works_for_it(text: str, person: str, body: str, title: str) -> None:
    got = facts(text)
    assert pairs(got, "WORKS_FOR") == {(person, body)}, got
    assert got[("WORKS_FOR", person, body)].get("title") == title


@pytest.mark.parametrize(
    "text",
    [
        "반도체 시장은 누리랩스가 주도한다.",
        "누리랩스의 시장 점유율은 30%다.",
        "김민수 전통시장 상인회장은 이같이 말했다.",
        "김민수 중국시장 담당은 이같이 말했다.",
        "김민수 주식시장 전문가는 이같이 말했다.",
    ],
)
def test_a_market_is_no_city_and_its_head_no_mayor(text: str) -> None:
    got = facts(text)
    assert not {k for k in got if k[0] == "WORKS_FOR" and k[2].endswith(("시", "군", "구", "도"))}, got
    assert not any(t == "GovernmentAgency" for t in entities(text).values()), entities(text)


# --- a headline's amount without 원 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, written, amount",
    [
        ("누리랩스, 300억 투자 유치", "300억", 30_000_000_000),
        ("한솔전자, 누리랩스에 1조 투자", "1조", 1_000_000_000_000),
        ("누리랩스, 1조2000억 규모 투자 유치", "1조2000억", 1_200_000_000_000),
        ("한솔전자, 누리랩스 2,000억에 인수", "2,000억", 200_000_000_000),
        ("누리랩스는 50억을 투자받았다", "50억", 5_000_000_000),
    ],
)
def test_a_bare_won_amount_before_an_investment_word_is_money(text: str, written: str, amount: int) -> None:
    found = parse_money(text)
    assert [(text[m.start : m.end], m.amount, m.currency) for m in found] == [(written, amount, "KRW")]


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스의 모델은 300억 개의 파라미터를 갖췄다.",
        "누리랩스의 앱은 1억 명의 이용자를 모았다.",
        "누리랩스는 1조 파라미터 모델 개발에 투자했다.",
        "누리랩스는 300억 건의 데이터를 확보했다.",
    ],
)
def test_a_count_in_eok_is_no_money(text: str) -> None:
    assert parse_money(text) == []


def test_a_headline_amount_keeps_its_currency_when_written() -> None:
    assert [(m.amount, m.currency) for m in parse_money("$300억 투자")] == [(30_000_000_000, "USD")]
    assert [(m.amount, m.currency) for m in parse_money("300억원 투자")] == [(30_000_000_000, "KRW")]


@pytest.mark.parametrize(
    "text, amount",
    [
        ("한솔전자, 누리랩스에 1조 투자", 1_000_000_000_000),
        ("누리랩스는 한솔벤처스로부터 300억 투자를 유치했다.", 30_000_000_000),
    ],
)
def test_an_investment_keeps_its_bare_amount(text: str, amount: int) -> None:
    got = facts(text)
    ((key, props),) = [(k, v) for k, v in got.items() if k[0] == "INVESTED_IN"]
    assert props.get("amount") == amount and props.get("currency") == "KRW", got


# --- a buyer whose coined name Kiwi reads as a verb ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("한솔전자는 누리랩스 지분 전량을 다온전자에 매각했다.", "INVESTED_IN"),
        ("한솔전자는 누리랩스를 다온전자에 매각했다.", "ACQUIRED"),
    ],
)
def test_a_buyer_misread_as_a_verb_is_still_the_company_sold_to(text: str, kind: str) -> None:
    got = facts(text)
    assert pairs(got, kind) == {("다온전자", "누리랩스")}, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 누리랩스 지분을 다온전자에 매각하는 방안을 검토 중이다.",
        "한솔전자는 누리랩스 지분을 다온전자에 매각하지 않기로 했다.",
    ],
)
def test_a_sale_weighed_or_refused_gives_no_deal(text: str) -> None:
    got = facts(text)
    assert not pairs(got, "INVESTED_IN") and not pairs(got, "ACQUIRED"), got
