"""English commentary and analysis: "P of ORG" names whom a person speaks for; a participle set off to describe a
company ("Y, backed by X, hopes to …", "Y, founded by P in 2019") is a fact of its own, whatever the main clause
hopes, plans or may do; a misparsed claim ("Claims that X invested in Y are untrue") stays denied."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Dan Ives of Wedbush Securities called the deal a bargain.", "Dan Ives", "Wedbush Securities"),
        ("Maria Lopez of the University of Lisbon led the study.", "Maria Lopez", "University of Lisbon"),
        ("Analysts such as Dan Ives of Wedbush Securities did not comment.", "Dan Ives", "Wedbush Securities"),
    ],
)
def test_a_person_of_an_organisation_works_for_it(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) in en_facts(text)


def test_a_person_of_a_place_works_for_no_place() -> None:
    got = en_facts("Maria Lopez of Seoul joined Orvane.")
    assert [k for k in got if k[0] == "WORKS_FOR"] == [("WORKS_FOR", "Maria Lopez", "Orvane")], got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Corvane, backed by Nvidia, hopes to win more users.", ("INVESTED_IN", "Nvidia", "Corvane")),
        ("Orvane may buy Pellucid, founded by Maria Lopez in 2019.", ("ESTABLISHED", "Maria Lopez", "Pellucid")),
    ],
)
def test_a_set_off_description_holds_whatever_the_main_clause_hopes(text: str, fact: tuple[str, str, str]) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_a_claim_denied_stays_denied() -> None:
    got = en_facts("Claims that Northgate Ventures invested in Pellucid AI are untrue.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got
