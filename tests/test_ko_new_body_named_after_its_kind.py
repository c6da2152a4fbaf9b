"""'신설법인 Y', '신규 법인 Y', '신설 법인 'Y'': a description written right before a name classifies it.  It is no
reference back to an organisation named earlier, and no founding verb of its own: "사업부를 물적분할해 신설법인 Y를
설립한다" spins Y off (the business unit is cut off, not founded)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛텔레콤은 AI 반도체 사업부를 물적분할해 신설법인 누리칩스를 설립한다.",
        "한빛텔레콤은 AI 반도체 사업부를 떼어내 신설법인 '누리칩스'를 세웠다.",
    ],
)
def test_the_unit_cut_off_founds_the_named_body(text: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", "누리칩스", "한빛텔레콤") in got and ("ESTABLISHED", "한빛텔레콤", "누리칩스") in got, got
    assert not any(k[0] in ("ESTABLISHED", "SPUN_OFF_FROM") and "사업부" in k[1] + k[2] for k in got), got


def test_the_description_refers_to_no_earlier_body() -> None:
    got = facts("한빛전자는 자회사 누리로보틱스를 세웠다. 이어 신설 법인 '가람AI'에 100억원을 투자했다.")
    assert ("INVESTED_IN", "누리로보틱스", "가람AI") not in got, got
    assert ("INVESTED_IN", "한빛전자", "가람AI") in got, got


def test_a_founding_by_the_earlier_body_is_not_read() -> None:
    got = facts("한빛텔레콤은 지난해 누리랩을 세웠다. 올해는 신규 법인 가람AI를 설립했다.")
    assert ("ESTABLISHED", "누리랩", "가람AI") not in got, got


def test_a_spin_off_weighed_is_none() -> None:
    got = facts("한빛텔레콤은 AI 반도체 사업부를 물적분할해 신설법인 누리칩스를 설립하는 방안을 검토하고 있다.")
    assert not any(k[0] in ("ESTABLISHED", "SPUN_OFF_FROM") for k in got), got
