""" "Orbit AI, founded in 2023 by former Google DeepMind and Meta researchers": names written before a common noun
after "by" describe the people who founded it, not the founders; "founded in 2022 by Naver and Kakao" names them."""

import pytest
from en_facts import en_facts


def founders(text: str) -> set[str]:
    return {k[1] for k in en_facts(text) if k[0] == "ESTABLISHED"}


@pytest.mark.parametrize(
    "text",
    [
        "Orbit AI, founded in 2023 by former Google DeepMind and Meta researchers, raised $20 million.",
        "Nova Labs, founded in 2022 by former Naver and Kakao engineers, opened an office in Seoul.",
        "Nova Labs was set up by Samsung veterans in 2019.",
    ],
)
def test_the_employers_of_the_founders_found_nothing(text: str) -> None:
    assert founders(text) == set(), founders(text)


def test_organisations_named_as_the_agent_are_the_founders() -> None:
    text = "Nova Labs, founded in 2022 by Naver and Kakao, opened an office in Seoul."
    assert {"네이버", "카카오"} <= founders(text), founders(text)
