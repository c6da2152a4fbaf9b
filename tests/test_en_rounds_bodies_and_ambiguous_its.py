"""English rounds, bodies and references: a round's series is kept on its investors' facts; a sum the parser hangs
on a time phrase ("raised $N earlier this year") is still raised; an investor joining another's round ("X
participated in Y's round led by Z") is no recipient of the lead's money; "its" after an organisation object
("A sued B over its purchase of C") is not read; "Z, an agency under X" is part of X; a sum contributed to an
organisation is invested in it (a contribution of no money is not); US-style department names and investment
authorities are typed as such."""

import pytest
from en_facts import en_facts, extractor

from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    "text, series",
    [
        ("Quillmark raised $40 million in a Series B round led by Harrow Capital.", "B"),
        ("Quillmark raised $4 million in seed funding from Harrow Capital.", "seed"),
    ],
)
def test_the_rounds_series_is_kept(text: str, series: str) -> None:
    got = en_facts(text)
    assert got.get(("INVESTED_IN", "Harrow Capital", "Quillmark"), {}).get("series") == series, got


def test_a_series_of_things_is_no_round_series() -> None:
    got = en_facts("Quillmark raised $40 million from a series of investors including Harrow Capital.")
    assert "series" not in got.get(("INVESTED_IN", "Harrow Capital", "Quillmark"), {"series": "?"}), got


def test_a_sum_hung_on_a_time_phrase_is_still_raised() -> None:
    got = en_facts("Quillmark raised $300 million earlier this year in a round led by Harrow Capital.")
    props = got.get(("INVESTED_IN", "Harrow Capital", "Quillmark"), {})
    assert props.get("round_amount") == 300_000_000 and props.get("lead") is True, got
    assert not en_facts("Quillmark raised expectations earlier this year."), "no money, no round"


def test_an_investor_in_anothers_round_receives_nothing() -> None:
    got = en_facts("Marten Partners participated in Quillmark's funding round led by Harrow Capital.")
    assert ("INVESTED_IN", "Harrow Capital", "Marten Partners") not in got, got
    assert ("INVESTED_IN", "Harrow Capital", "Quillmark") in got, got
    assert ("INVESTED_IN", "Marten Partners", "Quillmark") in got, got


def test_its_after_an_organisation_object_is_not_read_as_the_subjects() -> None:
    got = en_facts("Orbix has sued Velonix over its 2022 purchase of Tessaro.")
    assert ("ACQUIRED", "Orbix", "Tessaro") not in got, got


def test_its_with_no_organisation_object_is_the_subjects() -> None:
    got = en_facts("Orbix completed its purchase of Tessaro for $200 million on Monday.")
    assert ("ACQUIRED", "Orbix", "Tessaro") in got, got


@pytest.mark.parametrize(
    "text, body, owner",
    [
        (
            "The Hanul Data Agency, an agency under the Ministry of Science and ICT, will run the program.",
            "Hanul Data Agency",
            "과학기술정보통신부",
        ),
        (
            "The Daeyang Institute, a state-run institute under the Ministry of Science and ICT, built the chip.",
            "Daeyang Institute",
            "과학기술정보통신부",
        ),
    ],
)
def test_a_body_under_another_is_part_of_it(text: str, body: str, owner: str) -> None:
    got = en_facts(text)
    assert ("PART_OF", body, owner) in got, got


def test_founded_under_a_presidency_is_no_part() -> None:
    got = en_facts("The Hanul Data Agency was founded under the presidency of Moon Jae-in.")
    assert not any(k[0] == "PART_OF" for k in got), got


def test_money_contributed_to_an_organisation_is_invested() -> None:
    got = en_facts("Orbix contributed $5 million to the Tessaro Foundation last year.")
    assert got.get(("INVESTED_IN", "Orbix", "Tessaro Foundation"), {}).get("amount") == 5_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "Orbix contributed to the success of the Tessaro Foundation.",
        "Orbix contributed code to the Tessaro Foundation.",
    ],
)
def test_a_contribution_of_no_money_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "name, etype",
    [("Tourism Department", "GovernmentAgency"), ("Dovrane Investment Authority", "Investor")],
)
def test_department_and_investment_authority_names_are_typed(name: str, etype: str) -> None:
    result = extractor().extract(
        Document(id="t", text=f"The {name} awarded Quillmark $50 million in grants on Tuesday.")
    )
    types = {e.name: e.type.value for e in result.entities}
    assert types.get(name) == etype, types


def test_investors_in_a_named_company_include() -> None:
    got = en_facts("Investors in Quillmark include Harrow Capital and Marten Partners.")
    assert ("INVESTED_IN", "Harrow Capital", "Quillmark") in got, got
    assert ("INVESTED_IN", "Marten Partners", "Quillmark") in got, got
    assert not en_facts("Investors in the sector include Harrow Capital."), "a sector is no company"
