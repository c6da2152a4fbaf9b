"""English press-release and wire formats: a dateline ("CITY, Month D, YYYY /Wire/ --", "CITY (Agency) -") is no
part of the first sentence and its date is the page's when nothing else gives one; a question states no deal; a
camel-case name ending in a capital ("DeepX.") ends its sentence at the full stop; "announced the appointment of P
as T" is a hire by the announcer; the owner named in an investor's apposition ("NVentures, Nvidia's venture capital
arm") is no investor of the round."""

from __future__ import annotations

from datetime import date

import pytest
from en_facts import en_facts

from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon


@pytest.mark.parametrize(
    "dateline",
    [
        "SAN FRANCISCO, March 4, 2026 /PRNewswire/ -- ",
        "PALO ALTO, Calif., March 4, 2026 -- ",
        "AUSTIN, Texas, Mar. 4, 2026 /Business Wire/ – ",
        "SEOUL, March 4 (Yonhap) -- ",
        "NEW YORK (Reuters) - ",
    ],
)
def test_a_dateline_is_no_part_of_the_first_sentence(dateline: str) -> None:
    got = en_facts(dateline + "Tervana Robotics today announced it has raised $40 million led by Halvard Capital.")
    assert ("INVESTED_IN", "Halvard Capital", "Tervana Robotics") in got, got
    assert not any(k[1].isupper() or k[2].isupper() for k in got), got


def test_a_dateline_gives_the_page_its_date() -> None:
    text = "BOSTON, January 12, 2026 /Business Wire/ -- Quorvex Labs has appointed Anita Desai as CTO."
    assert clean_page(text, load_lexicon()).published == date(2026, 1, 12)
    got = en_facts(text, published=None)
    assert got.get(("WORKS_FOR", "Anita Desai", "Quorvex Labs"), {}).get("title") == "CTO", got
    assert not any("Wire" in k[2] for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "IBM - the company said it would cut jobs at Kestrel Analytics.",  # an acronym and a dash: no dateline
        "Halvard AI -- a Seoul startup -- raised $5 million from Nordby Ventures.",
    ],
)
def test_a_capitalised_opening_without_date_or_wire_is_kept(text: str) -> None:
    page = clean_page(text, load_lexicon())
    assert page.masked() == text, page.chrome


def test_the_dateline_date_does_not_replace_a_stated_one() -> None:
    text = "Published: 2025-11-02\n\nSEOUL, March 4, 2026 (Yonhap) -- Naver invested in Tervana Robotics."
    assert clean_page(text, load_lexicon()).published == date(2025, 11, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Did Naver invest in Tervana Robotics? The company declined to comment.",
        "Did Samsung Electronics acquire Quorvex Labs?",
        "Will Kakao partner with Tervana Robotics?",
    ],
)
def test_a_question_states_no_deal(text: str) -> None:
    got = en_facts(text)
    assert not got, got


def test_a_camel_case_name_ending_in_a_capital_ends_its_sentence() -> None:
    got = en_facts("KT invested in MoreQ. Naver partnered with Velmora.")
    assert ("INVESTED_IN", "KT", "MoreQ") in got, got
    assert ("PARTNERS_WITH", "네이버", "Velmora") in got, got
    assert not any(k[1] == "KT" and k[2] == "네이버" for k in got), got
    assert not any(k[1].startswith("MoreQ") and k[2] == "Velmora" for k in got), got


def test_initials_keep_their_stop() -> None:
    got = en_facts("Quorvex Labs hired John J. Smith as chief technology officer.")
    assert ("WORKS_FOR", "John J. Smith", "Quorvex Labs") in got, got


def test_an_announced_appointment_is_a_hire() -> None:
    got = en_facts("Quorvex Labs today announced the appointment of Anita Desai as Chief Technology Officer.")
    assert got.get(("WORKS_FOR", "Anita Desai", "Quorvex Labs"), {}).get("title") == "Chief Technology Officer", got


def test_an_announced_appointment_to_a_named_company_is_there() -> None:
    got = en_facts("Halvard Group announced the appointment of Anita Desai as CEO of Quorvex Labs.")
    assert ("WORKS_FOR", "Anita Desai", "Quorvex Labs") in got, got
    assert ("WORKS_FOR", "Anita Desai", "Halvard Group") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Quorvex Labs is considering the appointment of Anita Desai as Chief Technology Officer.",
        "Quorvex Labs did not announce the appointment of Anita Desai as CEO.",
        "Quorvex Labs announced the appointment of Anita Desai.",  # no role: nothing says what she does
    ],
)
def test_no_hire_from_an_appointment_not_made_or_without_a_role(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_the_owner_of_an_investors_arm_is_no_investor() -> None:
    got = en_facts(
        "Tervana Robotics has raised $40 million led by Halvard Capital, with participation from NVentures, "
        "NVIDIA's venture capital arm, and Nordby Ventures."
    )
    assert ("INVESTED_IN", "NVentures", "Tervana Robotics") in got, got
    assert ("INVESTED_IN", "Nordby Ventures", "Tervana Robotics") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] in ("엔비디아", "NVIDIA") for k in got), got


def test_the_owner_of_an_investing_arm_in_the_subject_is_no_investor() -> None:
    got = en_facts("NVentures, NVIDIA's venture capital arm, invested in Tervana Robotics.")
    assert ("INVESTED_IN", "NVentures", "Tervana Robotics") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] in ("엔비디아", "NVIDIA") for k in got), got


def test_a_listed_company_with_its_own_name_stays_an_investor() -> None:
    got = en_facts("Tervana Robotics raised $40 million from Halvard Capital, NVIDIA and Nordby Ventures.")
    assert ("INVESTED_IN", "엔비디아", "Tervana Robotics") in got, got


def test_an_english_dateline_may_be_the_city_and_a_dash_alone() -> None:
    text = "SEOUL -- Naver invested in Tervana Robotics."
    assert clean_page(text, load_lexicon(), "en").masked().startswith(" " * len("SEOUL -- ")), text
    got = en_facts(text)
    assert ("INVESTED_IN", "네이버", "Tervana Robotics") in got, got


def test_a_dated_dateline_after_its_dash_dates_the_page() -> None:
    assert clean_page("SEOUL, Korea – May 2, 2024 – Naver invested in Tervana.", load_lexicon(), "en").published == (
        date(2024, 5, 2)
    )


@pytest.mark.parametrize(
    "text, language",
    [
        ("KT – AI 데이터센터 구축에 나선다.", "ko"),  # elsewhere a capitalised word and a dash are no dateline
        ("NVIDIA-backed Tervana Robotics raised $5 million.", "en"),  # a hyphen glued to the next word joins it
    ],
)
def test_no_dateline_from_an_acronym_and_a_dash(text: str, language: str) -> None:
    assert clean_page(text, load_lexicon(), language).masked() == text
