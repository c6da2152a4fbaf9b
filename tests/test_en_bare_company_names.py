"""Company names that are English words, written where only a company can stand: the bare subject of money raised
("Adept raised $350 million", "Glean raised $260 million") or of being bought by a named buyer ("Writer was acquired
by Velmora"); and a camel-cased name the tagger took for a person ("acquired MosaicML").  The same words as common
nouns ("Management raised concerns", "Land was bought by the company") name nothing."""

import pytest
from en_facts import en_facts, extractor

from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Adept raised $350 million from Velmora Capital.", ("INVESTED_IN", "Velmora Capital", "Adept")),
        (
            "Glean raised $260 million in a Series E round led by Velmora Capital.",
            ("INVESTED_IN", "Velmora Capital", "Glean"),
        ),
        (
            "Harvey secured $100 million in a round led by Velmora Capital.",
            ("INVESTED_IN", "Velmora Capital", "Harvey"),
        ),
        ("Adept was acquired by Amazon.", ("ACQUIRED", "Amazon", "Adept")),
        ("Writer was acquired by Salesforce.", ("ACQUIRED", "Salesforce", "Writer")),
        ("Nvidia acquired MosaicML.", ("ACQUIRED", "Nvidia", "MosaicML")),
    ],
)
def test_a_company_named_by_a_word(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Management raised concerns about the deal.",
        "Labor secured a majority in parliament.",
        "Land was bought by the company for its new campus.",
        "Equipment was acquired by the lab last year.",
        "She earned a PhD from the university.",
    ],
)
def test_common_nouns_name_nothing(text: str) -> None:
    assert not extractor().extract(Document(id="t", text=text)).entities


def test_a_surname_stays_a_person() -> None:
    got = en_facts("Velmora named Ryan McDonald as chief executive.")
    assert ("WORKS_FOR", "Ryan McDonald", "Velmora") in got, got
