"""English deal language that is not yet a deal, and names that are not the registry's: an option (a right) to
acquire, a proposal voted down, a deal shortlisted, vied or raced for, a preferred bidder or a firm "close to"
buying; a declaration to form a consortium; another country's "Federal Ministry of Education and Research"
is not Korea's 교육부; a hyphenated first word belongs to its body's name ("Dana-Farber Cancer Institute"); the sum
of a round invested in is the round's. The done forms still count."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Bayer holds an option to acquire Quanterra, a German AI startup.",
        "Bayer has the right to acquire Quanterra.",
        "Tesla shareholders voted down a proposal to invest in Orvane last year.",
        "Investors voted against a proposal for Halvard to acquire Orvane.",
        "Rheinmark AG has been shortlisted to acquire Kitevane.",
        "Shield Capital is poised to invest $10 million in Kestrel Maritime.",
        "Rheinmark and Halvard are vying to buy Kitevane.",
        "Rheinmark is racing to acquire Kitevane.",
        "Rheinmark is close to acquiring Kitevane.",
        "Rheinmark was named preferred bidder to acquire Kitevane.",
    ],
)
def test_a_deal_not_yet_made_gives_nothing(text: str) -> None:
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Rheinmark closed its acquisition of Kitevane.", ("ACQUIRED", "Rheinmark", "Kitevane")),
        ("Rheinmark, a close partner of Halvard, acquired Kitevane.", ("ACQUIRED", "Rheinmark", "Kitevane")),
        (
            "Shareholders voted to approve Orvane's acquisition of Pellucid.",
            ("ACQUIRED", "Orvane", "Pellucid"),
        ),
    ],
)
def test_deals_made_still_count(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text)


def test_a_declaration_to_form_a_consortium_forms_none() -> None:
    text = (
        "Nine EU member states, including France and Germany, signed a declaration to form a European Digital "
        "Infrastructure Consortium."
    )
    assert not any(k[0] == "ESTABLISHED" for k in en_facts(text)), en_facts(text)


def test_a_plan_to_establish_a_lab_founds_none_while_a_lab_established_does() -> None:
    assert not any(k[0] == "ESTABLISHED" for k in en_facts("Orvane plans to establish a research lab, Orvane Labs."))
    assert ("ESTABLISHED", "Orvane", "Orvane Labs") in en_facts("Orvane established a research lab, Orvane Labs.")


def test_another_countrys_ministry_is_not_the_korean_one() -> None:
    text = "Germany's Federal Ministry of Education and Research will invest €200 million in quantum computing."
    assert "교육부" not in en_entity_names(text)
    got = en_facts(text)
    assert ("INVESTED_IN", "Federal Ministry of Education and Research", "quantum computing") in got, got


def test_the_korean_ministry_by_its_english_name_is_still_the_registrys() -> None:
    got = en_facts("The Ministry of Science and ICT will invest 10 billion won in Upstage.")
    assert ("INVESTED_IN", "과학기술정보통신부", "Upstage") in got, got


def test_a_hyphenated_first_word_belongs_to_its_bodys_name() -> None:
    got = en_facts("Manifold Bio signed a research agreement with the Dana-Farber Cancer Institute.")
    assert ("PARTNERS_WITH", "Manifold Bio", "Dana-Farber Cancer Institute") in got, got


def test_the_sum_of_a_round_invested_in_is_the_rounds() -> None:
    props = en_facts("Takeda Ventures previously invested in Genesis's $200 million Series B.")[
        ("INVESTED_IN", "Takeda Ventures", "Genesis")
    ]
    assert props.get("round_amount") == 2e8 and "amount" not in props
    own = en_facts("Takeda Ventures invested $20 million in Genesis's Series B.")[
        ("INVESTED_IN", "Takeda Ventures", "Genesis")
    ]
    assert own.get("amount") == 2e7
