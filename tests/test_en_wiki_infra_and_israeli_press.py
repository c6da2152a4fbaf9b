"""English encyclopedic entries, infrastructure and Israeli tech press: "the company" after a deal on the company the
article opened on is still that company, even when the deal was called off; "Y CEO P said" speaks for Y, so "the
company" after it is Y."""

from en_facts import en_facts


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
