"""English wordings read right:

- a deal someone moves to block ("sued to block X's purchase of Y") or reports denied ("Reports that X was about to
  buy Y were denied") is no deal;
- "counts A among its clients, not its backers" names no investor;
- "founded by A, B and C, who remains director of X": the singular verb is the last person's alone;
- "X awarded $10 million to Y to set up Z": the one given the money sets Z up;
- a body whose name joins common words with "and" ("the Competition and Markets Authority", "its Security and
  Observability Group") is one name, while two names stay two ("Morrow Capital and Ivel Partners");
- "…, the lab said" is the speaker, no description making a name of the word before it;
- "Quillon's AI chief P": the field the post heads is no employer.
"""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department filed a lawsuit to block Arlo Systems' purchase of Keystone AI.",
        "The FTC sued to block Corvane's acquisition of Tallis Robotics.",
        "Cortexa raised $30 million from Nvidia. Reports that Nvidia was about to buy Cortexa were denied by both "
        "companies.",
    ],
)
def test_a_deal_fought_or_denied_is_none(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


def test_a_deal_made_after_a_fight_stands() -> None:
    facts = en_facts("Arlo Systems completed its purchase of Keystone AI after regulators dropped their challenge.")
    assert ("ACQUIRED", "Arlo Systems", "Keystone AI") in facts, facts


def test_clients_not_backers() -> None:
    facts = en_facts("Pune startup Vaani Labs counts Wipro and Airtel among its clients, not its backers.")
    assert not any(k[0] == "INVESTED_IN" for k in facts), facts
    facts = en_facts("Vaani Labs counts Wipro and Airtel among its backers.")
    assert ("INVESTED_IN", "Airtel", "Vaani Labs") in facts, facts


def test_a_singular_relative_clause_is_the_last_persons() -> None:
    facts = en_facts(
        "Verda AI was founded by Ben Cole, Cara Dunn and Dana Pike, who remains director of the Vector Institute."
    )
    assert ("WORKS_FOR", "Dana Pike", "Vector Institute") in facts, facts
    assert ("WORKS_FOR", "Ben Cole", "Vector Institute") not in facts, facts
    assert ("ESTABLISHED", "Ben Cole", "Verda AI") in facts, facts


def test_the_grantee_sets_up_the_body() -> None:
    facts = en_facts(
        "The National Research Foundation awarded $10 million to Keele University to set up Soilnet, a new AI "
        "institute."
    )
    assert ("ESTABLISHED", "Keele University", "Soilnet") in facts, facts
    assert ("ESTABLISHED", "National Research Foundation", "Soilnet") not in facts, facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the registry's name of the Competition and Markets Authority
        ("The deal needs approval from the Competition and Markets Authority.", "영국 경쟁시장청"),
        (
            "Cisco said it would spin off its Security and Observability Group into a separate company.",
            "Security and Observability Group",
        ),
        (
            "Argonne and AMD will build two supercomputers for the Department of Energy, the lab said.",
            "미국 에너지부",  # the registry's name of the Department of Energy
        ),
    ],
)
def test_one_body_named_with_common_words(text: str, name: str) -> None:
    assert name in en_entity_names(text), en_entity_names(text)


def test_two_names_joined_stay_two() -> None:
    names = en_entity_names("Morrow Capital and Ivel Partners joined the round.")
    assert {"Morrow Capital", "Ivel Partners"} <= set(names), names


def test_the_field_a_post_heads_is_no_employer() -> None:
    text = "Quillon's AI chief Maya Torres said the model would ship in June."
    assert "AI" not in en_entity_names(text), en_entity_names(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == "AI" for k in en_facts(text)), en_facts(text)
