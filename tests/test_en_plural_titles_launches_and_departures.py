"""English wire and press-release patterns: a plural title before listed names ("Quillon co-CEOs P1 and P2",
"Norvik researchers P1 and P2") gives each of them the role; who joins an employer "as CTO" is a person; investors
described before their list ("existing investors A and B") are all in the round; a company "emerged from stealth
with $N from X" raised it from X; "X, the R&D hub of Y" is part of Y; "Y entered into an agreement to be acquired by
X" is X's purchase; a joint lab with a field word ("a joint battery research center") or a lab opened with another
organisation is a partnership; a word of address before a person ("Sheikh P") is no organisation; "Y's AI
subsidiary Z" is the unit named; the tagger's person reading of "AI21 Labs" keeps the whole name; two founders
"founded by A and B" are both people; a person who stepped down or resigned holds the title no more."""

from __future__ import annotations

import pytest
from en_facts import en_current, en_entity_names, en_facts, extractor

from aigraph.ingest.contract import Document


def en_types(text: str) -> dict[str, str]:
    result = extractor().extract(Document(id="t", text=text, language="en"))
    return {e.name: e.type.value for e in result.entities}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Quillon Systems co-CEOs Dara Venn and Omar Haddad announced the restructuring.", "co-CEO"),
        ("Quillon Systems co-founders Dara Venn, Omar Haddad and Lena Ruiz started the company in 2020.", None),
    ],
)
def test_a_plural_title_before_listed_names_is_each_ones(text: str, title: str | None) -> None:
    got = en_facts(text)
    kind = "WORKS_FOR" if title else "ESTABLISHED"
    for person in ("Dara Venn", "Omar Haddad"):
        assert (kind, person, "Quillon Systems") in got, got
        if title:
            assert got[(kind, person, "Quillon Systems")].get("title") == title, got


def test_researchers_of_an_institute_listed_after_the_plural_title() -> None:
    got = en_facts("Orbion Labs was established in 2022 by KIST researchers Choi Minho and Lee Sora.")
    assert ("WORKS_FOR", "Choi Minho", "한국과학기술연구원") in got, got
    assert ("WORKS_FOR", "Lee Sora", "한국과학기술연구원") in got, got


def test_a_plural_title_does_not_reach_a_person_with_another_role() -> None:
    got = en_facts("Quillon CEO Dara Venn and Norvik CEO Omar Haddad met on Monday.")
    assert ("WORKS_FOR", "Omar Haddad", "Quillon") not in got, got


def test_who_joins_an_employer_as_cto_is_a_person() -> None:
    text = "Choi Minho joined Quillon as chief technology officer."
    got = en_facts(text)
    assert en_types(text).get("Choi Minho") == "Person", en_types(text)
    assert got.get(("WORKS_FOR", "Choi Minho", "Quillon"), {}).get("title") == "chief technology officer", got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_company_joining_an_alliance_as_a_member_stays_a_company() -> None:
    assert en_types("Hanwha Ocean joined the alliance as a partner.").get("한화오션") == "Company"


@pytest.mark.parametrize(
    "text",
    [
        "Quillon raised $124 million. Existing investors KT and Pavilion Partners participated in the round.",
        "Quillon raised $124 million from new investor Aramco Ventures and existing investors Norvik Capital and "
        "Pavilion Partners.",
    ],
)
def test_investors_described_before_their_list_are_all_in_the_round(text: str) -> None:
    got = en_facts(text)
    first = "KT" if "KT" in text else "Norvik Capital"
    for investor in (first, "Pavilion Partners"):
        assert ("INVESTED_IN", investor, "Quillon") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Pellucid AI emerged from stealth with $40 million in funding from Norvik Capital.",
        "Pellucid AI launched with $40 million from Norvik Capital.",
    ],
)
def test_money_a_company_starts_out_with_is_raised(text: str) -> None:
    assert ("INVESTED_IN", "Norvik Capital", "Pellucid AI") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quillon launched the new fund with $40 million from Norvik Capital.",
        "Pellucid AI could emerge from stealth with $40 million from Norvik Capital next year.",
    ],
)
def test_a_fund_launched_or_a_launch_hoped_for_is_no_round(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_the_rd_hub_of_a_company_is_part_of_it() -> None:
    got = en_facts("Quillon Research, the R&D hub of Quillon Systems, and Norvik University signed an MOU.")
    assert ("PART_OF", "Quillon Research", "Quillon Systems") in got, got


def test_agreeing_to_be_acquired_is_the_buyers_purchase() -> None:
    got = en_facts(
        "Cerion Semiconductor has entered into a definitive agreement to be acquired by Quillon Systems for $2.1 billion."
    )
    assert got.get(("ACQUIRED", "Quillon Systems", "Cerion Semiconductor"), {}).get("amount") == 2_100_000_000, got


def test_refusing_to_be_acquired_is_no_purchase() -> None:
    got = en_facts("Cerion Semiconductor refused to be acquired by Quillon Systems.")
    assert not any(k[0] == "ACQUIRED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Motors and Norvik University launched a joint battery research center.",
        "Quillon Systems opened an AI research lab with Norvik University.",
        "Quillon Systems opened an AI research lab together with Norvik University.",
    ],
)
def test_a_joint_lab_is_a_partnership(text: str) -> None:
    assert any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Systems opened an AI lab with 100 researchers.",
        "Quillon Systems opened a research center with funding from Norvik Capital.",
    ],
)
def test_a_lab_opened_with_people_or_money_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


def test_a_word_of_address_before_a_person_is_no_organisation() -> None:
    text = (
        "Microsoft will invest $1.5 billion in G42. G42 is chaired by Sheikh Tahnoun bin Zayed Al Nahyan. "
        "The two companies will also jointly build data centers in Kenya."
    )
    assert "Sheikh" not in en_entity_names(text), en_entity_names(text)
    assert not any("Sheikh" in k[1] + k[2] for k in en_facts(text)), en_facts(text)


def test_the_subsidiary_named_after_its_owner_is_the_parent() -> None:
    got = en_facts("Mindlogic was spun off from Kakao's AI subsidiary Kakao Brain in 2021.")
    assert ("SPUN_OFF_FROM", "Mindlogic", "카카오브레인") in got, got
    assert ("SPUN_OFF_FROM", "Mindlogic", "카카오") not in got, got


def test_a_name_the_tagger_cut_to_its_head_keeps_its_first_word() -> None:
    names = en_entity_names("Israeli AI startup AI21 Labs has raised $208 million.")
    assert "AI21 Labs" in names and "Labs" not in names, names


def test_two_founders_are_both_people() -> None:
    got = en_facts("Run:ai was founded in 2018 by Omri Geller and Ronen Dar.")
    types = en_types("Run:ai was founded in 2018 by Omri Geller and Ronen Dar.")
    assert types.get("Omri Geller") == "Person" and types.get("Ronen Dar") == "Person", types
    assert ("ESTABLISHED", "Omri Geller", "Run:ai") in got, got


def test_an_investor_listed_with_a_person_stays_an_organisation() -> None:
    types = en_types("Goldman Sachs and Peter Thiel invested in the startup.")
    assert types.get("Goldman Sachs") != "Person", types


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Chief Technology Officer Dara Venn stepped down in September.",
        "Quillon CEO Dara Venn resigned on Friday.",
        "Quillon CEO Dara Venn left the company in March.",
    ],
)
def test_a_person_who_left_the_post_holds_it_no_more(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in en_current(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quillon CEO Dara Venn will step down next year.",
        "Quillon CEO Dara Venn left for Paris on Monday to sign the deal.",
    ],
)
def test_a_person_still_in_the_post_keeps_it(text: str) -> None:
    assert ("WORKS_FOR", "Dara Venn", "Quillon") in en_facts(text), en_facts(text)
