"""English subjects with an apposition between them ("KT, Korea's second-largest mobile carrier, and Microsoft
signed …"): the small parser makes the first name the sentence and the verb a conjunct of it; both names are the
subject."""

from __future__ import annotations

import pytest
from en_facts import en_facts


def test_partners_with_an_apposition_between_them() -> None:
    got = en_facts("KT, Korea's second-largest mobile carrier, and Microsoft signed a five-year strategic partnership.")
    assert ("PARTNERS_WITH", "KT", "마이크로소프트") in got or ("PARTNERS_WITH", "마이크로소프트", "KT") in got, got


def test_investors_with_an_apposition_between_them() -> None:
    got = en_facts(
        "Naver, the country's largest portal, and Samsung Electronics will invest 100 billion won in Velmora."
    )
    assert ("INVESTED_IN", "네이버", "Velmora") in got and ("INVESTED_IN", "삼성전자", "Velmora") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "KT, Korea's second-largest mobile carrier, and Microsoft may sign a partnership.",
        "KT, Korea's second-largest mobile carrier, and Microsoft did not sign a partnership.",
    ],
)
def test_no_partnership_when_none_was_signed(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text))
