"""A company named by gluing a business word to its group's registered name is a company of its own; a unit of
the group keeps the group as its node."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize("company", ["카카오헬스케어", "카카오모빌리티"])
def test_a_company_named_after_its_group_is_its_own_node(company: str) -> None:
    got = facts(f"{company}는 가람대와 업무협약을 맺었다.")
    assert any(k[0] == "PARTNERS_WITH" and company in (k[1], k[2]) for k in got), got
    assert not any(k[0] == "PARTNERS_WITH" and "카카오" in (k[1], k[2]) for k in got), got


def test_a_unit_glued_to_its_company_stays_the_company() -> None:
    got = facts("삼성전자DS부문은 가람대와 업무협약을 맺었다.")
    assert any(k[0] == "PARTNERS_WITH" and "삼성전자" in (k[1], k[2]) for k in got), got
