"""A person described as another party of an organisation (its investor, shareholder, owner, rival, customer)
does not work for it (composed sentences)."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스의 투자자인 박준서 대표는 이렇게 말했다.",
        "누리칩스 투자자인 박준서 대표는 이렇게 말했다.",
        "누리칩스의 초기 투자자인 박준서 대표는 성장 가능성을 봤다고 말했다.",
        "누리칩스의 주요 주주인 박준서 회장은 이렇게 말했다.",
        "누리칩스의 경쟁사인 박준서 대표는 이렇게 말했다.",
        "누리칩스 투자를 주도한 박준서 대표는 이렇게 말했다.",
        "한빛전자 주식을 갖고 있는 박준서 대표는 이렇게 말했다.",
        "한빛전자 주식을 가진 박준서 씨는 이렇게 말했다.",
        "한빛전자를 소유한 박준서 회장은 이렇게 말했다.",
    ],
)
def test_counterpart_of_the_organisation_is_not_its_employee(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_the_counterparts_own_organisation_is_kept() -> None:
    got = facts("누리칩스의 투자자인 가람캐피탈 박준서 대표는 이렇게 말했다.")
    assert got[("WORKS_FOR", "박준서", "가람캐피탈")]["title"] == "대표"
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리칩스" for k in got), got


def test_a_leader_described_by_the_organisation_still_works_for_it() -> None:
    got = facts("한빛전자를 이끄는 박준서 대표는 기자들과 만났다.")
    assert got[("WORKS_FOR", "박준서", "한빛전자")]["title"] == "대표"


def test_a_person_who_will_lead_the_organisation_is_not_its_employee_yet() -> None:
    got = facts("한빛전자를 이끌 박준서 대표는 기자들과 만났다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_unit_head_role_held_keeps_the_persons_own_rank() -> None:
    got = facts("한빛전자 DS부문장을 맡고 있는 김하늘 사장은 이날 기조연설에 나섰다.")
    assert got[("WORKS_FOR", "김하늘", "한빛전자")]["title"] == "사장"


def test_a_role_held_with_no_rank_written_keeps_the_role() -> None:
    got = facts("한빛전자 회장을 맡고 있는 김하늘 전 장관은 이날 기조연설에 나섰다.")
    assert got[("WORKS_FOR", "김하늘", "한빛전자")]["title"] == "회장"
