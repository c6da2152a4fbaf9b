"""English rounds told over sentences keep the series ("Y raised $N in a Series B round. The round was led by X"
gives X's fact series B, as a later "Z also joined the round" does); an investment's date is left unknown when the
sentence also dates another event ("Boston Dynamics, the company it acquired in 2021"); a company "founded by
graduates of X" was founded by people, not by X."""

from __future__ import annotations

from en_facts import en_facts


def test_a_lead_named_in_the_next_sentence_keeps_the_series() -> None:
    got = en_facts(
        "Quillon Systems has raised 100 billion won in a Series B round. The round was led by Norvik Capital."
    )
    props = got.get(("INVESTED_IN", "Norvik Capital", "Quillon Systems"), {})
    assert props.get("series") == "B" and props.get("lead") is True, got


def test_an_investor_joining_later_keeps_the_series() -> None:
    got = en_facts(
        "Quillon Systems raised 124 billion won in a Series C round led by Norvik Capital. "
        "Pavilion Partners also joined the round."
    )
    assert got.get(("INVESTED_IN", "Pavilion Partners", "Quillon Systems"), {}).get("series") == "C", got


def test_no_series_when_the_round_named_none() -> None:
    got = en_facts("Quillon Systems has raised $10 million. The round was led by Norvik Capital.")
    assert "series" not in got.get(("INVESTED_IN", "Norvik Capital", "Quillon Systems"), {"series": "?"}), got


def test_a_date_of_another_event_is_no_investments_date() -> None:
    got = en_facts(
        "Quillon Group said it will invest 3 billion dollars in Norvik Robotics, the US robotics company it "
        "acquired in 2021."
    )
    props = got.get(("INVESTED_IN", "Quillon Group", "Norvik Robotics"), {})
    assert props.get("amount") == 3_000_000_000 and "date" not in props, got


def test_graduates_of_a_university_are_no_university_founding() -> None:
    got = en_facts("Lunera was founded in 2013 by graduates of KAIST.")
    assert not any(k[0] == "ESTABLISHED" for k in got), got


def test_a_university_founding_a_company_itself_stays() -> None:
    got = en_facts("Lunera was founded in 2013 by KAIST.")
    assert ("ESTABLISHED", "한국과학기술원", "Lunera") in got, got
