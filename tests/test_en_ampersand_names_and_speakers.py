"""A registry name going on with "&" and more capitalised words is one name ("Hanwha Investment & Securities",
never "Securities" alone as an investor); a company head quoted after the clause works for the company the clause
is about ("Graphcore will keep its headquarters in Bristol, CEO Nigel Toon said"); a name described as a spin-off
("Y, a KIST spin-off,") is an organisation, spun off from the one named."""

import pytest
from en_facts import en_entity_names, en_facts


def test_an_ampersand_name_after_a_registry_name_is_one_investor() -> None:
    text = "Voltrium raised 5 billion won from Mirae Asset Securities and Hanwha Investment & Securities."
    got = en_facts(text)
    assert ("INVESTED_IN", "Hanwha Investment & Securities", "Voltrium") in got, got
    assert "Securities" not in en_entity_names(text), en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Graphcore will keep its headquarters in Bristol, CEO Nigel Toon said.",
        "Graphcore will be acquired by Quillon for $500 million, chief executive Nigel Toon said.",
    ],
)
def test_a_company_head_quoted_after_the_clause(text: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", "Nigel Toon", "Graphcore") in got, got


def test_a_speaker_without_a_company_title_is_no_employee() -> None:
    got = en_facts("Graphcore will keep its headquarters in Bristol, analyst Nigel Toon said.")
    assert not [k for k in got if k[0] == "WORKS_FOR"], got


@pytest.mark.parametrize("description", ["a KIST spin-off", "a spin-off of KIST", "a KIST spinoff"])
def test_a_name_described_as_a_spin_off(description: str) -> None:
    got = en_facts(f"Robotis Lab, {description}, raised 8 billion won from Korea Investment Partners.")
    assert ("INVESTED_IN", "Korea Investment Partners", "Robotis Lab") in got, got
    assert [k for k in got if k[0] == "SPUN_OFF_FROM" and k[1] == "Robotis Lab"], got
