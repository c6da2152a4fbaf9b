"""Facts English news does not state. A wish is not a deal: "is eager to invest", "keen to acquire", "willing to partner", "interested in
investing" give nothing, while the same adjectives describing someone beside a stated deal do not stop it
(sentences composed for these tests; invented company names)."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Robotics is eager to invest $100 million in Curiot.",
        "Hanbit Robotics is keen to acquire Curiot.",
        "Hanbit Robotics said it is willing to partner with Daon University.",
        "Hanbit Robotics is interested in investing in Curiot.",
    ],
)
def test_a_wish_states_no_fact(text: str) -> None:
    assert not en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Robotics invested $100 million in Curiot, an eager young startup.",
        "Hanbit Robotics, keen on AI chips, invested $100 million in Curiot.",
    ],
)
def test_the_adjective_beside_a_stated_deal_keeps_it(text: str) -> None:
    assert ("INVESTED_IN", "Hanbit Robotics", "Curiot") in en_facts(text), en_facts(text)


def test_the_startup_is_not_the_well_known_company_the_article_is_about() -> None:
    """ "the startup" no one was called falls back to the article's topic, unless that is a registry giant."""
    text = "Samsung Electronics unveiled a chip on Monday. Hanbit Ventures invested $10 million in the startup."
    assert not en_facts(text), en_facts(text)
    text = "Curiot unveiled a chip on Monday. Hanbit Ventures invested $10 million in the startup."
    assert ("INVESTED_IN", "Hanbit Ventures", "Curiot") in en_facts(text), en_facts(text)


def test_a_founding_told_as_history_gets_no_guessed_date() -> None:
    """ "It was founded by CEO P" states who, not when: the article's month is no founding date; a date the
    sentence gives is kept, and a lab set up as this week's news keeps the article's month."""
    got = en_facts("Curiot makes AI chips. It was founded by CEO Kim Min-su.")
    assert got[("ESTABLISHED", "Kim Min-su", "Curiot")].get("date") is None
    got = en_facts("Curiot makes AI chips. The company was founded in 2019 by CEO Kim Min-su.")
    assert got[("ESTABLISHED", "Kim Min-su", "Curiot")]["date"] == "2019"
    got = en_facts("Hanbit Robotics set up an AI lab, Hanbit AI Lab, in Seoul.")
    assert got[("ESTABLISHED", "Hanbit Robotics", "Hanbit AI Lab")]["date"] == "2024-05"
