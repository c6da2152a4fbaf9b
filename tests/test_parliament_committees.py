"""A committee of the parliament is named with it: "국회 과학기술정보방송통신위원회" is one body (KLUE-NER marks
"국회 X위원회" whole in all four even news sentences that write it), while a common noun or count before another
committee ("5년간 한빛위원회") stays out of its name."""

import pytest
from ko_facts import names


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        ("국회 과학기술정보방송통신위원회 소속 김민수 의원이 자료를 공개했다.", "국회 과학기술정보방송통신위원회"),
        ("국회 산업통상자원위원회는 이날 법안을 의결했다.", "국회 산업통상자원위원회"),
    ],
)
def test_the_committee_is_named_with_the_parliament(text: str, committee: str) -> None:
    assert committee in names(text), names(text)


def test_another_word_before_a_committee_stays_out() -> None:
    got = names("5년간 한빛위원회는 활동했다.")
    assert "한빛위원회" in got and not any(n.endswith(" 한빛위원회") for n in got), got
