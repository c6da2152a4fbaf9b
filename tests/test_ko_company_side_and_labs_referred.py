"""Korean follow-up sentences: "회사 측은" opening a sentence is the company written about, as "회사는" is;
"연구소는" after a company opened a centre the tagger typed no further is that centre, not the company."""

from __future__ import annotations

from ko_facts import facts


def test_the_company_side_is_the_company() -> None:
    got = facts(
        "클로버메드는 의료 영상 판독 AI를 개발하는 스타트업이다. 회사 측은 서울아산병원과 임상 데이터 협력 계약을 맺었다."
    )
    assert ("PARTNERS_WITH", "클로버메드", "서울아산병원") in got, got


def test_the_lab_after_a_centre_opened_is_the_centre() -> None:
    got = facts("한빛전자는 '누리 AI 센터'를 개소했다. 연구소는 한빛대와 공동 연구 협약도 맺었다.")
    assert ("PARTNERS_WITH", "누리 AI 센터", "한빛대학교") in got or (
        "PARTNERS_WITH",
        "누리 AI 센터",
        "한빛대",
    ) in got, got
    assert not any(k[0] == "PARTNERS_WITH" and k[1] == "한빛전자" for k in got), got
