"""English deal wordings: companies launching a named partnership ("launched the AI Infrastructure Partnership")
found it and take part in it; "holds a stake in Y" (no share given) holds Y, "has no stake in Y" none; "agreed to
acquire Tel Aviv-based vision startup Y" buys Y, however the parser hangs the name after its description."""

import pytest
from en_facts import en_facts


def test_a_named_partnership_launched_by_its_members() -> None:
    facts = en_facts("BlackRock, GIP, Microsoft and MGX launched the AI Infrastructure Partnership to invest in AI.")
    for member in ("BlackRock", "MGX"):
        assert ("ESTABLISHED", member, "AI Infrastructure Partnership") in facts, facts
        assert ("PARTICIPATES_IN", member, "AI Infrastructure Partnership") in facts, facts


@pytest.mark.parametrize(
    ("text", "holder", "held"),
    [
        ("Kingdom Holding holds a stake in Perplexity.", "Kingdom Holding", "Perplexity"),
        ("Ardent Capital holds a minority stake in Keystone AI.", "Ardent Capital", "Keystone AI"),
    ],
)
def test_a_stake_held_without_a_share(text: str, holder: str, held: str) -> None:
    assert ("INVESTED_IN", holder, held) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text", ["Ardent Capital has no stake in Keystone AI.", "Ardent Capital holds a stake in its own future."]
)
def test_no_stake_held(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvane has agreed to acquire Tel Aviv-based vision startup Tallis Robotics for $300 million.",
        "Nvidia has agreed to acquire vision startup Tallis Robotics.",
    ],
)
def test_a_target_named_after_its_description(text: str) -> None:
    facts = en_facts(text)
    assert any(k[0] == "ACQUIRED" and k[2] == "Tallis Robotics" for k in facts), facts


def test_a_product_bought_is_no_company() -> None:
    facts = en_facts("Nvidia has agreed to acquire vision sensors from Tallis Robotics.")
    assert not any(k[0] == "ACQUIRED" for k in facts), facts
