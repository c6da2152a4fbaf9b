"""ko_partners: MOUs and joint research, consortium and alliance membership."""

import pytest
from ko_facts import facts


def partners(got: dict, a: str, b: str) -> bool:
    return ("PARTNERS_WITH", a, b) in got or ("PARTNERS_WITH", b, a) in got


def test_mou_and_joint_research() -> None:
    got = facts("LG전자는 카이스트와 업무협약(MOU)을 맺었다. 네이버는 서울대와 공동 연구를 진행한다.")
    assert partners(got, "LG전자", "한국과학기술원") or partners(got, "LG전자", "카이스트")
    assert partners(got, "네이버", "서울대학교")


def test_consortium_members_in_a_triangle_list() -> None:
    got = facts("‘누리 컨소시엄’에는 △한빛전자 △다온소프트 △서울대학교 △한국전자통신연구원 등이 참여한다.")
    for member in ("한빛전자", "다온소프트", "서울대학교", "한국전자통신연구원"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


def test_consortium_formed_with_partners() -> None:
    got = facts("카카오는 한빛전자, 다온소프트 등 10개 기관과 누리 컨소시엄을 구성했다.")
    for member in ("카카오", "한빛전자", "다온소프트"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


def test_members_joining_what_was_just_founded() -> None:
    got = facts(
        "SK텔레콤은 지난 2월 ‘누리 AI 얼라이언스’를 출범했다. 한빛전자(반도체), 다온소프트(검색) 등이 새로 합류했다."
    )
    assert ("ESTABLISHED", "SK텔레콤", "누리 AI 얼라이언스") in got
    assert ("PARTICIPATES_IN", "한빛전자", "누리 AI 얼라이언스") in got
    assert ("PARTICIPATES_IN", "SK텔레콤", "누리 AI 얼라이언스") not in got


def test_competitors_and_customers_are_not_partners() -> None:
    got = facts("AMD는 엔비디아의 주요 경쟁사다. 삼성전자는 엔비디아에 HBM을 공급한다.")
    assert not any(k[0] in ("PARTNERS_WITH", "PARTICIPATES_IN", "INVESTED_IN") for k in got), got


def test_proposed_cooperation_is_not_a_partnership() -> None:
    got = facts("네이버는 카카오와 협력을 논의하고 있다.")
    assert not partners(got, "네이버", "카카오")


def test_consortium_made_of_a_lead_and_members() -> None:
    got = facts("누리 컨소시엄은 카카오를 주관사로 한빛전자, 다온소프트 등 14개 기관으로 구성됐다.")
    for member in ("카카오", "한빛전자", "다온소프트"):
        assert ("PARTICIPATES_IN", member, "누리 컨소시엄") in got


@pytest.mark.parametrize(
    "text",
    [
        "업스테이지는 AWS와 전략적 협업 계약을 맺었다.",
        "업스테이지와 AWS가 AI 반도체 공동 개발에 맞손을 잡았다.",
    ],
)
def test_collaboration_words_are_partnerships(text: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "업스테이지", "AWS") in got or ("PARTNERS_WITH", "AWS", "업스테이지") in got, got


@pytest.mark.parametrize(
    "text",
    ["업스테이지는 AWS와 협업을 검토하고 있다.", "업스테이지는 AWS와 협업하지 않기로 했다."],
)
def test_a_considered_or_refused_collaboration_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text))
