"""A programme named in quotes with one word, or with its gloss inside the quotes ("'팁스(TIPS)' 프로그램"), and
the organisation chosen for it; a plan to apply, or a field word in quotes, gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "다온로보틱스는 '팁스' 프로그램에 선정됐다.",
        "다온로보틱스는 중소벤처기업부가 주관하는 '팁스(TIPS)' 프로그램에 선정됐다.",
    ],
)
def test_a_quoted_programme_of_one_word(text: str) -> None:
    assert ("PARTICIPATES_IN", "다온로보틱스", "팁스") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "다온로보틱스는 '팁스' 프로그램에 지원할 계획이다.",
        "다온로보틱스는 'AI' 사업에 선정됐다.",
    ],
)
def test_no_programme_from_a_plan_or_a_field_word(text: str) -> None:
    assert not any(k[0] == "PARTICIPATES_IN" for k in facts(text)), facts(text)
