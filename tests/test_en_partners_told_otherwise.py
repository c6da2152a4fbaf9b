"""Partnerships news tells without a partnering verb: "X will work with Y on …", "X and Y have been partners since
2021", "X's partnership with Y covers …".  A wish, a denial, rivals, a possibility, an ended partnership and a
product used ("works with Nvidia GPUs") are none."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    "text",
    [
        "Velmora will work with Quillon Labs on AI chips.",
        "Velmora and Quillon Labs have been partners since 2021.",
        "Velmora's partnership with Quillon Labs covers AI chips.",
    ],
)
def test_partners(text: str) -> None:
    got = en_facts(text)
    assert ("PARTNERS_WITH", "Velmora", "Quillon Labs") in got or ("PARTNERS_WITH", "Quillon Labs", "Velmora") in got, (
        got
    )


@pytest.mark.parametrize(
    "text",
    [
        "Velmora would like to work with Quillon Labs.",
        "Velmora has never worked with Quillon Labs.",
        "Velmora and Quillon Labs are rivals in AI chips.",
        "Velmora's proposed partnership with Quillon Labs is under review.",
        "Velmora and Quillon Labs could become partners.",
        "Velmora's partnership with Quillon Labs ended last year.",
        "Velmora works with Nvidia GPUs in its data centers.",
    ],
)
def test_no_partners(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Morrow said Velmora and Quillon Labs were both potential partners.",
        "Velmora and Quillon Labs were partners until 2020.",
        "Velmora and Quillon Labs are natural partners.",
    ],
)
def test_partners_only_in_name(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


def test_a_named_programme_of_an_owner_is_taken_part_in() -> None:
    got = en_facts("Velmora is participating in the EU's IPCEI-CIS programme to build sovereign cloud infrastructure.")
    assert ("PARTICIPATES_IN", "Velmora", "IPCEI-CIS") in got, got
