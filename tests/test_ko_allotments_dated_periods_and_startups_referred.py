"""Korean disclosures and follow-up sentences: the organisation new shares are allotted to ("A를 배정 대상자로
하는 유상증자", "A에 신주를 배정하기로") invests in the issuer; a period ("5년간") does not keep an investment's date
("2023년 1월") off it, in either language; "이 스타트업" or "해당 스타트업" after a deal by a well-known company is
the company the deal went into, not the buyer."""

from __future__ import annotations

import pytest
from en_facts import en_facts
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "AI 기업 보이스랩스는 한빛전자를 배정 대상자로 하는 150억원 규모 제3자배정 유상증자를 결정했다.",
        "AI 기업 보이스랩스는 한빛전자에 150억원 규모 신주를 배정하기로 했다.",
    ],
)
def test_the_allottee_of_new_shares_invests(text: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "한빛전자", "보이스랩스"), {}).get("amount") == 15_000_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "AI 기업 보이스랩스는 한빛전자를 배정 대상자로 하는 유상증자를 검토하고 있다.",
        "AI 기업 보이스랩스는 한빛전자에 신주를 배정하는 방안을 검토 중이다.",
    ],
)
def test_an_allotment_considered_is_none(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text))


def test_a_period_keeps_the_korean_date() -> None:
    got = facts("한빛전자는 2023년 1월 다온AI에 5년간 100억 원을 투자했다.")
    props = got[("INVESTED_IN", "한빛전자", "다온AI")]
    assert props.get("date") == "2023-01" and props.get("period_years") == 5, got


def test_a_period_from_a_year_keeps_its_start_only() -> None:
    props = facts("한빛전자는 2025년부터 5년간 다온AI에 100억 원을 투자한다.")[("INVESTED_IN", "한빛전자", "다온AI")]
    assert props.get("start_date") == "2025-01-01" and "date" not in props, props


def test_a_period_keeps_the_english_date() -> None:
    got = en_facts("Kestrel Capital invested $10 billion over five years in Tervana in January 2023.")
    props = got[("INVESTED_IN", "Kestrel Capital", "Tervana")]
    assert props.get("date") == "2023-01" and props.get("period_years") == 5, got


@pytest.mark.parametrize(
    "text, founder, startup",
    [
        (
            "LG유플러스는 보이스브릿지를 인수했다. 이 스타트업은 2017년 정하늘 대표가 창업했다.",
            "정하늘",
            "보이스브릿지",
        ),
        (
            "네이버는 루나랩스에 100억원을 투자했다. 해당 스타트업은 김철수 대표가 2020년 설립했다.",
            "김철수",
            "루나랩스",
        ),
    ],
)
def test_the_startup_after_a_well_known_buyer_is_the_one_bought(text: str, founder: str, startup: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", founder, startup) in got, got
    assert not any(k[1] == founder and k[2] in ("LG유플러스", "네이버") for k in got), got


def test_the_startup_that_is_the_topic_stays_it() -> None:
    got = facts("보이스브릿지는 2017년 설립됐다. 이 스타트업은 LG유플러스와 협약을 맺었다.")
    assert ("PARTNERS_WITH", "보이스브릿지", "LG유플러스") in got, got


@pytest.mark.parametrize(
    "text, person, startup",
    [
        ("Kakao acquired Mintlab on Tuesday. The startup was founded by Jang Hoon in 2020.", "Jang Hoon", "Mintlab"),
        (
            "Apple was rumoured to be weighing an investment in Anthropic. The startup's chief executive, "
            "Dario Amodei, said it had grown.",
            "Dario Amodei",
            "앤트로픽",
        ),
    ],
)
def test_the_startup_after_a_well_known_company_in_english(text: str, person: str, startup: str) -> None:
    got = en_facts(text)
    assert any(k[1] == person and k[2] == startup for k in got), got
    assert not any(k[1] == person and k[2] in ("카카오", "애플") for k in got), got


def test_an_investor_in_the_startup_bought_is_its() -> None:
    got = en_facts("Kakao acquired Mintlab on Tuesday. The startup had previously raised funding from Bon Angels.")
    assert ("INVESTED_IN", "Bon Angels", "Mintlab") in got, got
    assert ("INVESTED_IN", "Bon Angels", "카카오") not in got, got
