"""Four English shapes that made facts where none was told: goods bought from a maker ("bought 350,000 Nvidia H100
chips") are no acquisition of the maker; reports that a deal happened, when denied, are no deal; a spin-off a
company only plans is none yet (a plan its board approved is decided); and "Acme co-founder P joined Y", which the
parser cuts at "co-", is P joining Y, not Acme."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Velmora bought 350,000 Nvidia H100 chips for its data centers.",
        "Velmora bought Tessaline Robotics robots for its factories.",
    ],
)
def test_goods_are_no_company_bought(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmora bought Tessaline Robotics for $300 million.",
        "Velmora bought two robotics startups, Tessaline Robotics and Quillon Labs.",
    ],
)
def test_a_company_bought_still_is(text: str) -> None:
    assert ("ACQUIRED", "Velmora", "Tessaline Robotics") in en_facts(text), en_facts(text)


def test_denied_reports_of_a_deal_are_no_deal() -> None:
    got = en_facts("Reports that Nvidia had acquired Run:ai were denied.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_news_of_a_deal_told_as_fact_stands() -> None:
    got = en_facts("News that Velmora had acquired Quillon Labs sent its shares up 8%.")
    assert ("ACQUIRED", "Velmora", "Quillon Labs") in got, got


def test_a_planned_spin_off_is_none_yet() -> None:
    got = en_facts("Velmora plans to spin out its AI unit, Quillon Labs, as an independent company.")
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


def test_a_spin_off_done_stands() -> None:
    got = en_facts("Velmora spun out its AI unit, Quillon Labs, as an independent company.")
    assert ("SPUN_OFF_FROM", "Quillon Labs", "Velmora") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Tessaline Robotics co-founder Jane Morrow joined Velmora.",
        "Tessaline Robotics co-founder Jane Morrow joins Velmora.",
    ],
)
def test_a_co_founder_joining_is_the_person(text: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", "Jane Morrow", "Velmora") in got, got
    assert not any(k[1] == "Tessaline Robotics" for k in got), got
