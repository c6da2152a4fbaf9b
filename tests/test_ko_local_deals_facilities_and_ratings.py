"""Korean regional, market and founding news read right: an industrial complex where a plant is built is a site,
not a company invested in ("OO산업단지에 800억원 규모의 투자협약"), while the city and the company partner; money
spent building or running a facility ("생산라인 구축에", "물류센터 건립에") is no technology invested in; a grant
("사업화 자금 2억원을 지원") buys no stake; an analyst's rating ("투자의견 '매수'") is no investment; an established
company joined to a new lab with 와 ("A는 B와 'Y 연구센터'를 설립했다") founds it with A."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "아산시와 동진배터리는 탕정 일반산업단지에 2차전지 공장을 건립하기 위해 800억원 규모의 투자협약을 맺었다.",
        "경상남도와 미래모터스는 진주 뿌리산업단지에 500억원을 투자하는 업무협약을 체결했다.",
    ],
)
def test_an_industrial_complex_is_a_site(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got
    assert any(k[0] == "PARTNERS_WITH" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "한결바이오는 생산라인 구축에 50억원을 투자했다.",
        "해오름에너지는 신규 물류센터 건립에 300억원을 투입한다.",
        "한빛전자는 센터 운영에 매년 20억원을 투자하고 있다.",
    ],
)
def test_a_facility_built_or_run_is_no_technology(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("한빛전자는 AI 반도체 개발에 1조원을 투자한다.", "AI 반도체"),
        ("경기도는 로봇 클러스터에 520억원을 투자한다.", "로봇 클러스터"),
    ],
)
def test_a_field_invested_in_stands(text: str, field: str) -> None:
    assert any(k[0] == "INVESTED_IN" and k[2] == field for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "경북테크노파크는 지역 스타트업 솔빛AI에 사업화 자금 2억원을 지원했다.",
        "교보증권은 루나소프트에 대해 투자의견 '매수'를 제시했다.",
        "대신증권은 루나소프트에 대한 투자의견 '매수'를 유지했다.",
    ],
)
def test_grants_and_ratings_are_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "lab"),
    [
        ("인하대학교는 한빛전자와 '스마트 항만 AI 연구센터'를 설립한다고 밝혔다.", "스마트 항만 AI 연구센터"),
        ("한빛전자는 한양대와 'AI 가전 연구센터'를 열었다.", "AI 가전 연구센터"),
    ],
)
def test_a_partner_joined_to_a_new_lab_founds_it_too(text: str, lab: str) -> None:
    founders = {k[1] for k in facts(text) if k[0] == "ESTABLISHED" and k[2] == lab}
    assert len(founders & {"인하대학교", "인하대", "한빛전자", "한양대", "한양대학교"}) >= 2, facts(text)
