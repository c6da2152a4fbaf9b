"""English encyclopedic entries, infrastructure and Israeli tech press: "the company" after a deal on the company the
article opened on is still that company, even when the deal was called off; "Y CEO P said" speaks for Y, so "the
company" after it is Y."""

import pytest
from en_facts import en_entity_names, en_facts


def test_the_company_after_a_called_off_purchase_of_the_lead_is_the_lead() -> None:
    got = en_facts(
        "Quantaform is a German AI chip designer founded in 2018 in Munich. In 2023, Qualcomm agreed to acquire "
        "Quantaform for €1.2 billion, but the deal was called off in early 2024 after regulators raised concerns. "
        "The company later raised €90 million in a Series C led by Index Ventures."
    )
    assert got.get(("INVESTED_IN", "Index Ventures", "Quantaform"), {}).get("series") == "C", got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Qualcomm" for k in got), got


def test_the_company_after_a_purchase_of_the_lead_is_the_lead() -> None:
    got = en_facts(
        "Brightmoor is a Dutch robotics startup. Siemens invested $20 million in Brightmoor last year. The company "
        "was spun out of Delft University of Technology in 2019."
    )
    assert ("SPUN_OFF_FROM", "Brightmoor", "Delft University of Technology") in got, got
    assert not any(k[0] == "SPUN_OFF_FROM" and k[1] == "Siemens" for k in got), got


def test_a_ceo_speaking_makes_the_company_the_topic() -> None:
    got = en_facts(
        "Qualcomm had agreed in March to pay $420 million for Roadsense. Roadsense CEO Amir Weiss said the startup "
        "would continue independently. The company was spun out of Mobileye in 2018."
    )
    assert ("SPUN_OFF_FROM", "Roadsense", "Mobileye") in got, got
    assert not any(k[0] == "SPUN_OFF_FROM" and k[1] == "Qualcomm" for k in got), got


def test_a_former_employee_speaking_does_not_speak_for_the_company() -> None:
    got = en_facts(
        "Lumio raised $10 million from Accel. Former Google engineer Dana Park said the market was ready. The "
        "company was founded in 2021 in Austin."
    )
    assert not any(k[1] == "Google" or k[2] == "Google" for k in got if k[0] != "WORKS_FOR"), got


def test_money_for_one_data_centre_is_no_investment_in_a_sector() -> None:
    got = en_facts("Blackstone will invest £10 billion in a data centre in Blyth.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_money_for_data_centres_is_an_investment_in_the_sector() -> None:
    got = en_facts("Blackstone will invest £10 billion in data centres across Britain.")
    assert got.get(("INVESTED_IN", "Blackstone", "data centres"), {}).get("amount") == 1e10, got


def test_fintech_is_a_sector() -> None:
    got = en_facts("Toyota invested $50 million in fintech last year.")
    assert got.get(("INVESTED_IN", "Toyota", "fintech"), {}).get("amount") == 5e7, got


def test_a_sector_word_opening_a_sentence_names_no_company() -> None:
    text = "Robotaxi operator NexDrive has raised $200 million from Toyota."
    assert "Robotaxi" not in en_entity_names(text), en_entity_names(text)
    assert ("INVESTED_IN", "Toyota", "NexDrive") in en_facts(text), en_facts(text)


def test_who_after_a_list_of_founders_is_the_last_one() -> None:
    got = en_facts(
        "AI21 was founded by Yoav Shoham, Ori Goshen and Amnon Shashua, who is also the founder of Mobileye."
    )
    assert ("ESTABLISHED", "Amnon Shashua", "Mobileye") in got, got
    assert ("ESTABLISHED", "Ori Goshen", "Mobileye") not in got, got


def test_a_unit_s_number_is_part_of_its_name() -> None:
    text = "Veilgate was founded by Noam Halevi, a veteran of the IDF's Unit 8200."
    assert ("PART_OF", "Unit 8200", "IDF") in en_facts(text), en_facts(text)
    assert "Unit" not in en_entity_names(text), en_entity_names(text)


def test_a_surname_before_and_is_not_shared_with_the_next_name() -> None:
    text = "Prompt Guard was founded by Lior Drihem and Itamar Golan."
    assert "Drihem Golan" not in en_entity_names(text), en_entity_names(text)
    assert ("ESTABLISHED", "Itamar Golan", "Prompt Guard") in en_facts(text), en_facts(text)


def test_a_given_name_before_and_still_shares_the_surname() -> None:
    got = en_facts("Brightwave was founded by Dario and Daniela Amodei.")
    assert ("ESTABLISHED", "Dario Amodei", "Brightwave") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Dialect AI raised NIS 50 million in a seed round led by Pitango.",
        "Dialect AI raised 50 million shekels in a seed round led by Pitango.",
    ],
)
def test_shekel_sums_are_read(text: str) -> None:
    got = en_facts(text)
    props = got.get(("INVESTED_IN", "Pitango", "Dialect AI"), {})
    assert props.get("round_currency") == "ILS" and props.get("round_amount") == 5e7, got
    assert "NIS" not in en_entity_names(text), en_entity_names(text)
