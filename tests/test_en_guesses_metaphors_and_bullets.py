"""English commentary and newsletters read right: a guess about a deal ("will probably acquire", "is likely to be
acquired by", "will surely buy") or a comparison with what did not happen ("as though X had acquired Y") is no
deal; investing what is no money ("its reputation", "a great deal of credibility") is no investment; a list
item's bullet ends the heading before it ("Venture Capital Deals: • Y raised …"), which names no company."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft will probably acquire Hugging Face next year.",
        "Perplexity is likely to be acquired by Apple.",
        "Tessera will likely invest in Brightline AI this autumn.",
        "Salesforce is likely to partner with Cohere.",
        "Apple will surely buy Perplexity eventually.",
        "It is as though Nvidia had acquired OpenAI without paying for it.",
        "Microsoft has invested its reputation in Copilot.",
        "Amazon has invested a great deal of credibility in Alexa.",
    ],
)
def test_a_guess_a_comparison_or_a_metaphor_is_no_fact(text: str) -> None:
    assert not en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Though Nvidia had acquired Run:ai in 2024, it kept the brand.", ("ACQUIRED", "Nvidia", "Run:ai")),
        ("Samsung has invested a great deal of money in Rebellions.", ("INVESTED_IN", "Samsung", "Rebellions")),
        ("Microsoft will acquire Hugging Face next year.", ("ACQUIRED", "Microsoft", "Hugging Face")),
    ],
)
def test_a_fact_stated_stands(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Venture Capital Deals: • Kiwa AI raised $15M in Series A funding led by Atomico.",
            ("INVESTED_IN", "Atomico", "Kiwa AI"),
        ),
        ("M&A: • Snowflake acquired Datavolo for $110M.", ("ACQUIRED", "Snowflake", "Datavolo")),
        (
            "Private Equity Deals: • Blackstone agreed to acquire Rover Group for $2.3B.",
            ("ACQUIRED", "Blackstone", "Rover Group"),
        ),
    ],
)
def test_a_bulleted_item_under_a_heading(text: str, fact: tuple[str, str, str]) -> None:
    facts = en_facts(text)
    assert fact in facts, facts
    heading = text.split(":")[0]
    assert not any(heading in (k[1], k[2]) or k[1] == "Equity Deals" for k in facts), facts
    assert "M&A" not in en_entity_names(text)
