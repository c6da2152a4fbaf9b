"""Joint research with a topic written before it: the topic is no organisation, the partner stays."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, partner",
    [
        ("누리전자는 한국전자통신연구원(ETRI)과 6G 통신 기술 공동연구에 착수했다.", "한국전자통신연구원"),
        ("누리전자는 한국전자통신연구원과 6G 공동연구를 진행한다.", "한국전자통신연구원"),
        ("누리전자는 가람대학교와 AI 반도체 공동 개발에 나선다.", "가람대학교"),
    ],
)
def test_a_partner_before_a_topic_of_joint_research(text: str, partner: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "누리전자", partner) in got, got
    assert all(k[0] == "PARTNERS_WITH" and k[1] == "누리전자" and k[2] == partner for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "누리전자는 한국전자통신연구원과 6G 통신 기술 공동연구를 검토하고 있다.",
        "누리전자는 한국전자통신연구원과의 6G 공동연구 가능성을 열어뒀다.",
    ],
)
def test_joint_research_under_review_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)
