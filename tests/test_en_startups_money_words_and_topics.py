"""English wordings the small parser misreads or the rules read past: "startup" as the verb "start up"
("acquired chip startup Y", "invested … in robotics startup Y"); sums in a currency spelled out ("600 million
euros"); "would buy Y if regulators approve" (a condition, not a deal told); and "the startup" after a founding
whose subject is a person described by a former employer ("Former Google engineer P founded Y. The startup …":
the startup is Y, never Google)."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "fact", "amount"),
    [
        (
            "Hanbit Electronics acquired chip startup Nuvora Robotics for $180 million.",
            ("ACQUIRED", "Hanbit Electronics", "Nuvora Robotics"),
            180_000_000,
        ),
        (
            "Hanbit Electronics invested 30 billion won in robotics startup Nuvora Motion.",
            ("INVESTED_IN", "Hanbit Electronics", "Nuvora Motion"),
            30_000_000_000,
        ),
    ],
)
def test_a_startup_described_before_its_name(text: str, fact: tuple[str, str, str], amount: int) -> None:
    got = en_facts(text)
    assert got.get(fact, {}).get("amount") == amount, got


@pytest.mark.parametrize("currency", [("euros", "EUR"), ("pounds", "GBP"), ("yuan", "CNY")])
def test_a_round_in_a_currency_spelled_out(currency: tuple[str, str]) -> None:
    word, code = currency
    got = en_facts(f"Nuvora AI raised 600 million {word} from Granite Catalyst.")
    props = got.get(("INVESTED_IN", "Granite Catalyst", "Nuvora AI"), {})
    assert props.get("amount") == 600_000_000 and props.get("currency") == code, got


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Electronics would acquire Nuvora Robotics if regulators approve, a source said.",
        "Hanbit Electronics would buy Nuvora Robotics unless the board objects, people familiar with the matter said.",
    ],
)
def test_a_deal_on_a_condition_is_no_fact(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] == "ACQUIRED"], en_facts(text)


def test_a_deal_reported_as_decided_stays() -> None:
    got = en_facts("Hanbit Electronics would acquire Nuvora Robotics for $50 million, the company said.")
    assert ("ACQUIRED", "Hanbit Electronics", "Nuvora Robotics") in got, got


@pytest.mark.parametrize(
    "founding",
    [
        "Former Google engineer Kim Min-soo founded Deepvale Robotics in 2022.",
        "Kim Min-soo, who previously worked at Google, founded Deepvale Robotics in 2022.",
        "Two former Samsung engineers launched chip design startup Deepvale Robotics in 2022.",
    ],
)
def test_the_startup_after_a_founding_is_the_company_founded(founding: str) -> None:
    got = en_facts(founding + " The startup raised $12 million from Kakao Ventures.")
    assert ("INVESTED_IN", "Kakao Ventures", "Deepvale Robotics") in got, got
    assert not [k for k in got if k[0] == "INVESTED_IN" and k[2] in ("Google", "Samsung", "구글", "삼성")], got


@pytest.mark.parametrize(
    ("text", "head", "company"),
    [
        (
            "Hanbit Aerospace set up Hanbit Robotics last year. The new company is headed by Seo Jin-woo.",
            "Seo Jin-woo",
            "Hanbit Robotics",
        ),
        (
            "Hanbit Electronics and Nuvora formed a joint venture called Deepvale AI in March. "
            "The new entity will be led by Kim Ha-neul.",
            "Kim Ha-neul",
            "Deepvale AI",
        ),
    ],
)
def test_the_new_company_is_the_one_set_up(text: str, head: str, company: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", head, company) in got, got
    assert [k for k in got if k[0] == "WORKS_FOR" and k[1] == head] == [("WORKS_FOR", head, company)], got


def test_the_new_company_with_none_set_up_by_name_is_no_one() -> None:
    got = en_facts(
        "Hanbit Aerospace said it will establish a robotics subsidiary. The new company will be headed by Seo Jin-woo."
    )
    assert not [k for k in got if k[0] == "WORKS_FOR"], got
