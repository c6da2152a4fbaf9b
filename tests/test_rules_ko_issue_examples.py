"""The examples at the top of issue 9, written as tests (sentences from the issue, not from any test set)."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def test_commitment_into_a_technology_with_period() -> None:
    got = facts("삼성전자는 2024년부터 5년간 AI 반도체에 10조원을 투자한다.")
    props = got[("INVESTED_IN", "삼성전자", "AI 반도체")]
    assert props["amount"] == pytest.approx(1e13) and props["currency"] == "KRW"
    assert props["period_years"] == 5 and props["start_date"].startswith("2024")


UPSTAGE = (
    "2020년 설립된 AI 스타트업 업스테이지는 카카오벤처스 등으로부터 300억원 규모의 시리즈B 투자를 유치했다. "
    "김성훈 업스테이지 대표는 서울대와 공동 연구를 진행하고 있다."
)


def test_funding_round_ceo_and_joint_research() -> None:
    got = facts(UPSTAGE)
    assert ("INVESTED_IN", "카카오벤처스", "업스테이지") in got
    assert got[("WORKS_FOR", "김성훈", "업스테이지")]["title"] == "대표"
    assert ("PARTNERS_WITH", "업스테이지", "서울대학교") in got or ("PARTNERS_WITH", "서울대학교", "업스테이지") in got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_round_investor_is_not_a_participant_of_the_lead() -> None:
    got = facts(
        "로봇 기업 한빛로보틱스는 투자를 유치했다. 이번 투자에는 가나벤처스가 주도하고 다라인베스트먼트 등이 참여했다."
    )
    assert ("INVESTED_IN", "다라인베스트먼트", "한빛로보틱스") in got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_country_is_not_part_of_a_name_and_end_of_period_is_kept() -> None:
    got = facts("현대차그룹은 미국 보스턴다이내믹스 AI연구소에 2026년까지 5000억원을 투자한다.")
    target = next(k[2] for k in got if k[0] == "INVESTED_IN")
    assert not target.startswith("미국") and "보스턴다이내믹스" in target
    assert got[("INVESTED_IN", "현대자동차그룹", target)]["end_date"].startswith("2026")


def test_a_descriptive_word_is_not_a_university() -> None:
    result = extractor().extract(Document(id="t", text="KT는 초거대 AI 모델을 개발했다. 초거대 모델 경쟁이 치열하다."))
    assert not any(e.name.startswith("초거대") and e.type.value == "University" for e in result.entities)


def test_the_founding_year_is_kept() -> None:
    result = extractor().extract(Document(id="t", text=UPSTAGE))
    founded = {e.name: e.founded.date for e in result.entities if e.founded is not None}
    assert founded == {"업스테이지": "2020"}
