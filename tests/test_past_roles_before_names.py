""" "ORG 대표였던 P": a role written before the name in the past tense (였던, 이었던, 이던) is employment held before,
as "전 ORG 대표 P" and "ORG 대표를 지낸 P" are; the present forms (인, 이기도 한) are a role held now."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 대표였던 김하나 씨는 다온랩스를 세웠다.",
        "한빛전자 최고기술책임자였던 김하나 씨는 이렇게 말했다.",
        "당시 한빛전자 연구소장이던 김하나 박사는 이렇게 말했다.",
        "누리소프트의 부사장이었던 김하나 씨가 회사를 떠났다.",
    ],
)
def test_a_past_role_before_the_name_is_a_former_one(text: str) -> None:
    got = facts(text)
    employer = next((k for k in got if k[0] == "WORKS_FOR" and k[1] == "김하나"), None)
    assert employer is not None and got[employer].get("former") is True, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 대표인 김하나 씨는 새 칩을 소개했다.",
        "한빛전자 사장이기도 한 김하나 씨는 새 칩을 소개했다.",
    ],
)
def test_a_present_role_before_the_name_is_held_now(text: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "김하나", "한빛전자") in got and not got[("WORKS_FOR", "김하나", "한빛전자")].get("former"), (
        got
    )
