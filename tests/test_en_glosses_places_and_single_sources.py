"""English news wordings read right: an acronym glossed in brackets is the name before it, not a second company,
and no end of a list; an origin adjective and a field ("Korean AI chip startup Y") describe the name after them;
a listed place the tagger calls an organisation is no party; a Korean given name's longer second syllable
("Ji-young") is kept; an unknown company opening a sentence before "founder" is the founder's company; one
unnamed source, or "discussions", tells no deal."""

import pytest
from en_facts import en_entity_names, en_facts, en_kinds


def test_an_acronym_in_brackets_is_the_name_before_it_and_the_list_goes_on() -> None:
    got = en_facts("Velonix raised 12 billion won from Hanul Growth Bank (HGB) and Marten Capital.")
    assert ("INVESTED_IN", "Hanul Growth Bank", "Velonix") in got, got
    assert ("INVESTED_IN", "Marten Capital", "Velonix") in got, got
    assert ("INVESTED_IN", "HGB", "Velonix") in got, got  # the acronym is an alias of the same node
    names = en_entity_names(
        "Hanul Growth Bank (HGB) invested 3 billion won in Velonix. HGB said it would back more chip startups."
    )
    assert "HGB" not in names and "Hanul Growth Bank" in names, names


def test_a_bracketed_word_not_an_acronym_of_the_name_stays_apart() -> None:
    names = en_entity_names("Velonix signed a supply deal with Marten Capital (Orbis) last week.")
    assert "Marten Capital" in names, names
    assert not any(n == "Orbis" and "Marten" in n for n in names), names


@pytest.mark.parametrize(
    "text, investor, target",
    [
        ("Hanwha invested 20 billion won in Korean AI chip startup Nexiloq.", "한화", "Nexiloq"),
        ("Kakao Ventures invested in Japanese AI robotics startup Torimaru last year.", "카카오벤처스", "Torimaru"),
    ],
)
def test_an_origin_and_a_field_before_a_startup_describe_it(text: str, investor: str, target: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", investor, target) in got, got
    assert not any(n.startswith(("Korean", "Japanese")) for n in en_entity_names(text)), en_entity_names(text)


def test_a_name_beginning_with_an_origin_word_is_still_a_name() -> None:
    got = en_facts("Korean Air signed a partnership with Nexiloq on Monday.")
    assert ("PARTNERS_WITH", "Korean Air", "Nexiloq") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Harrow Capital, Abu Dhabi's state-backed fund, invested $40 million in Quillmark.",
        "Quillmark, the Abu Dhabi robotics company, and Harrow Capital said they would work together.",
    ],
)
def test_a_listed_place_is_no_party(text: str) -> None:
    got = en_facts(text)
    assert not any("Abu Dhabi" in (k[1], k[2]) for k in got), got
    assert "Abu Dhabi" not in en_entity_names(text)


def test_the_fund_beside_its_place_keeps_its_amount() -> None:
    got = en_facts("Harrow Capital, Abu Dhabi's state-backed fund, invested $40 million in Quillmark.")
    assert got.get(("INVESTED_IN", "Harrow Capital", "Quillmark"), {}).get("amount") == 40_000_000, got


@pytest.mark.parametrize(
    "text, person",
    [
        ("KAIST professor Kim Ji-young founded Nexiloq in 2021.", "Kim Ji-young"),
        ("Nexiloq chief executive Park Hye-kyung said the chip is ready.", "Park Hye-kyung"),
    ],
)
def test_a_longer_second_syllable_of_a_given_name_is_kept(text: str, person: str) -> None:
    names = en_entity_names(text)
    assert person in names, names


def test_an_unknown_company_opening_a_sentence_before_founder() -> None:
    got = en_facts("Nexiloq founder Kim Ji-young said the first chips ship in March.")
    assert ("ESTABLISHED", "Kim Ji-young", "Nexiloq") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Quillmark raised capital from Harrow Capital, a person familiar with the matter said.",
        "Quillmark raised capital from Harrow Capital, one source said.",
        "Quillmark raised capital from Harrow Capital, according to a person with knowledge of the deal.",
        "Quillmark raised capital from Harrow Capital, a person close to the company said.",
        "Orbix is in discussions to acquire Quillmark for $300 million.",
        "Orbix held discussions to buy a stake in Quillmark.",
    ],
)
def test_one_unnamed_source_or_discussions_tell_no_deal(text: str) -> None:
    assert not en_kinds(text) & {"INVESTED_IN", "ACQUIRED"}, en_facts(text)


def test_the_company_telling_its_own_deal_still_counts() -> None:
    got = en_facts("Quillmark raised capital from Harrow Capital, the company said.")
    assert ("INVESTED_IN", "Harrow Capital", "Quillmark") in got, got
