"""A name owning a person's title in apposition ("P, OpenAI's former CTO, founded Y") describes P: it is no item of
a list with P, so it founded nothing and joined nothing; two founders listed stay two founders."""

from en_facts import en_facts


def test_the_owner_of_a_founders_title_founded_nothing() -> None:
    got = en_facts("Mira Murati, Velmora's former CTO, founded Quillon Labs.")
    assert ("ESTABLISHED", "Mira Murati", "Quillon Labs") in got, got
    assert not any(k[1] == "Velmora" for k in got), got


def test_two_founders_listed_are_both_founders() -> None:
    got = en_facts("Velmora and Tessaline Robotics founded Quillon Labs as a joint venture.")
    assert ("ESTABLISHED", "Velmora", "Quillon Labs") in got and (
        "ESTABLISHED",
        "Tessaline Robotics",
        "Quillon Labs",
    ) in got, got
