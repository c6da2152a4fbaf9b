"""relate stage: each predicate pattern on sentences written for these tests."""

from datetime import date

import pytest

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def relations(extractor: Extractor, text: str, published: date | None = date(2021, 6, 15)) -> dict:
    result = extractor.extract(Document(id="t", text=text, published=published))
    names = {e.id: e.name for e in result.entities}
    out = {}
    for r in result.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        out[(r.type.value, names[r.source], names[r.target])] = (r.properties, r.confidence)
    return out


def test_established_with_relative_date(extractor: Extractor) -> None:
    got = relations(extractor, "카카오는 지난 3일 '카카오 AI 랩'을 설립했다.")
    props, conf = got[("ESTABLISHED", "카카오", "카카오 AI 랩")]
    assert props["date"] == "2021-06-03" and conf >= 0.5


def test_established_passive_gives_part_of(extractor: Extractor) -> None:
    got = relations(extractor, "산업통상자원부에 신설된 디지털혁신정책관은 데이터 정책을 맡는다.")
    assert ("ESTABLISHED", "산업통상자원부", "디지털혁신정책관") in got
    assert ("PART_OF", "디지털혁신정책관", "산업통상자원부") in got


def test_invested_with_money_and_period(extractor: Extractor) -> None:
    got = relations(extractor, "삼성전자는 향후 5년간 한빛로보틱스에 1조2천억원을 투자한다.")
    props, _ = got[("INVESTED_IN", "삼성전자", "한빛로보틱스")]
    assert props["amount"] == pytest.approx(1.2e12) and props["currency"] == "KRW"
    assert props["period_years"] == 5 and props["amount_usd"] > 0


def test_money_without_target_goes_to_what_the_investor_established(extractor: Extractor) -> None:
    text = "SK텔레콤은 'SK AI 연구소'를 세웠다. 이어 3년간 500억원을 투자한다."
    got = relations(extractor, text)
    props, conf = got[("INVESTED_IN", "SK텔레콤", "SK AI 연구소")]
    assert props["amount"] == pytest.approx(5e10) and conf < 0.8  # carried subject: lower confidence


def test_no_amount_and_no_named_recipient_is_no_investment(extractor: Extractor) -> None:
    got = relations(
        extractor, "SK텔레콤은 'SK AI 연구소'를 설립했다. SK텔레콤은 인공지능 분야에 대한 대규모 투자를 이어간다."
    )
    assert ("ESTABLISHED", "SK텔레콤", "SK AI 연구소") in got
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_hedged_and_negated_investments_are_dropped(extractor: Extractor) -> None:
    hedged = relations(extractor, "네이버는 한빛로보틱스에 투자를 검토 중이다.")
    assert not any(k[0] == "INVESTED_IN" for k in hedged), hedged  # "검토 중" is not a fact
    negated = relations(extractor, "네이버는 한빛로보틱스에 투자할 계획이 없다고 밝혔다.")
    assert not any(k[0] == "INVESTED_IN" for k in negated)


def test_partners_enumeration_and_definite_description(extractor: Extractor) -> None:
    text = "현대자동차는 '현대차 AI 연구소'를 설립했다. 신설 연구소는 KAIST, 고려대 등과 협력한다."
    got = relations(extractor, text)
    # the lab is named with its parent's canonical name ("현대차" is 현대자동차)
    assert ("PARTNERS_WITH", "현대자동차 AI 연구소", "한국과학기술원") in got
    assert ("PARTNERS_WITH", "현대자동차 AI 연구소", "고려대학교") in got


def test_partners_as_joint_subjects(extractor: Extractor) -> None:
    got = relations(extractor, "인텔과 퀄컴이 업무협약을 맺고 협력한다.")
    assert ("PARTNERS_WITH", "인텔", "퀄컴") in got or ("PARTNERS_WITH", "퀄컴", "인텔") in got


def test_participation_and_affiliates_of_an_enumeration(extractor: Extractor) -> None:
    text = "삼성은 '삼성 AI 포럼재단'을 만들었다. 삼성전자, 삼성SDS, 삼성SDI 등 3개 계열사가 참여한다."
    got = relations(extractor, text)
    for company in ("삼성전자", "삼성SDS", "삼성SDI"):
        assert ("PARTICIPATES_IN", company, "삼성 AI 포럼재단") in got
        assert ("AFFILIATE_OF", company, "삼성") in got


def test_part_of_under(extractor: Extractor) -> None:
    got = relations(extractor, "LG는 'LG 로봇연구소'를 LG전자 산하에 두기로 하고 새로 만들었다.")
    assert ("PART_OF", "LG 로봇연구소", "LG전자") in got


def test_spun_off_from(extractor: Extractor) -> None:
    got = relations(extractor, "카카오브레인은 카카오에서 분사한 회사다.")
    assert ("SPUN_OFF_FROM", "카카오브레인", "카카오") in got


def test_acquired_active_and_passive(extractor: Extractor) -> None:
    active = relations(extractor, "구글은 지난달 딥마인드를 4억 달러에 인수했다.")
    props, _ = active[("ACQUIRED", "구글", "딥마인드")]
    assert props["date"] == "2021-05" and props["amount"] == pytest.approx(4e8) and props["currency"] == "USD"
    passive = relations(extractor, "딥마인드는 2014년 구글에 인수됐다.")
    assert passive[("ACQUIRED", "구글", "딥마인드")][0]["date"] == "2014"


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("박지훈 한빛소프트 대표는 말했다.", "박지훈", "한빛소프트", "대표"),
        ("삼성전자 이정민 부사장이 참석했다.", "이정민", "삼성전자", "부사장"),
        ("연세대 김하늘 교수 연구팀이 발표했다.", "김하늘", "연세대학교", "교수"),
    ],
)
def test_works_for_patterns(extractor: Extractor, text: str, person: str, org: str, title: str) -> None:
    props, _ = relations(extractor, text)[("WORKS_FOR", person, org)]
    assert props["title"] == title


def test_quotes_and_attendance_are_not_relations(extractor: Extractor) -> None:
    got = relations(extractor, '네이버는 "카카오와 협력하고 싶다"고 말했다. 삼성전자는 행사에 참석했다.')
    assert got == {}


def test_researches_a_technology_but_not_in_a_relative_clause(extractor: Extractor) -> None:
    got = relations(extractor, "카카오브레인은 초거대 언어 모델을 연구한다.")
    assert ("RESEARCHES", "카카오브레인", "초거대 언어 모델") in got
    relative = relations(extractor, "카카오는 언어 모델을 연구하던 조직을 키웠다.")
    assert not any(k[0] == "RESEARCHES" for k in relative)


def test_affiliate_apposition(extractor: Extractor) -> None:
    got = relations(extractor, "소프트뱅크 계열 로봇 업체인 아스라테크가 새 로봇을 내놓았다.")
    assert ("AFFILIATE_OF", "아스라테크", "소프트뱅크그룹") in got


def test_investment_in_a_classified_startup(extractor: Extractor) -> None:
    got = relations(extractor, "카카오벤처스는 AI 스타트업 업스테이지에 100억원을 투자했다.")
    assert got[("INVESTED_IN", "카카오벤처스", "업스테이지")][0]["amount"] == pytest.approx(1e10)
