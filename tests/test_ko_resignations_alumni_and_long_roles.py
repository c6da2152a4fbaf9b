"""Korean roles in disclosures and hiring news: a head the topic company names stepping down in the same sentence
("ORG는 P 대표이사가 사임했다고 공시했다", "P CTO가 회사를 떠났다") held the role before; the alumni of a school's department ("KAIST
전기전자공학부 출신 P") never worked there (a company's 출신 did); a role of several words before the title it is
recruited to ("P를 AI 연구 총괄 부사장으로 영입") still gives the hire."""

from __future__ import annotations

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트는 정상원 대표이사가 사임했다고 공시했다.",
        "한빛소프트는 정상원 대표이사가 지난달 물러났다고 밝혔다.",
        "한빛소프트의 정상원 CTO가 회사를 떠났다.",
        "한빛소프트 정상원 CTO가 퇴사했다.",
        "한빛소프트 정상원 CTO가 지난달 회사를 그만뒀다.",
    ],
)
def test_a_head_stepping_down_held_the_role(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "정상원", "한빛소프트"), {}).get("former") is True, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트는 정상원 대표이사가 신규 서비스를 공개했다고 밝혔다.",
        "한빛소프트 정상원 CTO는 서울을 떠나 판교로 사무실을 옮겼다.",
    ],
)
def test_a_head_acting_holds_the_role(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "정상원", "한빛소프트"), {"former": "?"}).get("former") is None, got


@pytest.mark.parametrize(
    "text",
    [
        "딥코어는 2019년 KAIST 전기전자공학부 출신 박민호 대표가 창업했다.",
        "딥코어는 2019년 한빛대 컴퓨터공학과 출신 박민호 대표가 창업했다.",
    ],
)
def test_a_departments_alumnus_never_worked_there(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "박민호", "딥코어") in got, got
    assert not any(k[0] == "WORKS_FOR" and k[2] != "딥코어" for k in got), got


def test_a_companys_alumnus_worked_there() -> None:
    got = facts("카카오는 구글 딥마인드 출신 이정훈 박사를 영입했다.")
    assert got.get(("WORKS_FOR", "이정훈", "딥마인드"), {}).get("former") is True, got


def test_a_role_of_several_words_recruited_to() -> None:
    got = facts("카카오는 구글 딥마인드 출신 이정훈 박사를 AI 연구 총괄 부사장으로 영입했다고 3일 밝혔다.")
    assert "부사장" in got.get(("WORKS_FOR", "이정훈", "카카오"), {}).get("title", ""), got
