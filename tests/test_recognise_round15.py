"""Organisation names written the ways Korean news writes them (composed sentences, kner15): a committee with
"위원회" cut to "위" ("정무위"), a company written in one word with its trade ("세진전력", "누리제과"), the other
name an organisation is given in parentheses right after it ("한국해양안전연구소(해안연)", "(이하 가람엔터)"),
and the paper or broadcaster opening a sentence that says what it reported. Places, common nouns ending alike
("가혹행위", "청년실업"), kinds of outlet ("외신은") and descriptive words name no organisation."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _orgs(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


# --- committees written short ("위원회" -> "위")


@pytest.mark.parametrize(
    "text, name",
    [
        ("혁신위가 지난달 내놓은 권고안 가운데 절반이 받아들여졌다.", "혁신위"),
        ("국회는 정무위, 법제사법위 등 상임위별로 감사에 들어간다.", "정무위"),
        ("국회는 정무위, 법제사법위 등 상임위별로 감사에 들어간다.", "법제사법위"),
        ("방송심의위는 해당 프로그램에 경고 결정을 내렸다.", "방송심의위"),
        ("안건은 법안심사소위에서 다시 논의된다.", "법안심사소위"),
        ("당 윤리위는 그를 제명하기로 했다.", "윤리위"),
        ("그는 징계위에 회부됐다.", "징계위"),
    ],
)
def test_a_committee_written_short_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("그는 수년간 가혹행위를 일삼은 혐의로 기소됐다.", "가혹행위"),
        ("두 후보의 격차는 오차범위 안이다.", "오차범위"),
        ("이 팀은 리그 최하위에 머물렀다.", "최하위"),
        ("정부는 전방위 압박에 나섰다.", "전방위"),
        ("올여름 무더위가 이어지고 있다.", "무더위"),
        ("그는 박사학위를 받았다.", "박사학위"),
    ],
)
def test_common_nouns_ending_in_wi_are_no_committee(text: str, word: str) -> None:
    assert not any(word in o for o in _orgs(text))


# --- a company written in one word with its trade


@pytest.mark.parametrize(
    "text, name",
    [
        ("세진전력이 발전소 건설 계획을 철회했다.", "세진전력"),
        ("누리제과가 새 과자 두 종을 내놓았다.", "누리제과"),
        ("다온해운은 컨테이너선 세 척을 새로 들였다.", "다온해운"),
    ],
)
def test_a_company_written_with_its_trade_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("청년실업, 저출산 등 사회 문제가 심각하다.", "청년실업"),
        ("여름철 전력 수요가 늘면서 예비전력이 부족하다.", "전력"),
    ],
)
def test_common_nouns_ending_in_a_trade_are_no_company(text: str, word: str) -> None:
    assert not any(word in o for o in _orgs(text))


def test_industries_in_a_list_are_no_companies() -> None:
    orgs = _orgs("전자, 화학, 바이오 등 주요 업종의 실적이 개선됐다.")
    assert not orgs & {"전자", "화학", "바이오"}, orgs


# --- the other name in parentheses


@pytest.mark.parametrize(
    "text, name",
    [
        ("해양수산부는 한국해양안전연구소(해안연)와 함께 조사를 벌였다.", "해안연"),
        ("한빛기술연구원(HTRI)은 새 보고서를 냈다.", "HTRI"),
        ("가람엔터테인먼트(이하 가람엔터)는 새 그룹을 선보였다.", "가람엔터"),
        ("가람일보(加藍日報)는 이 사실을 처음 알렸다.", "加藍日報"),
    ],
)
def test_an_organisations_other_name_in_parentheses_is_an_organisation(text: str, name: str) -> None:
    orgs = _orgs(text)
    assert name in orgs, orgs
    assert text.split("(")[0].split()[-1] in orgs, orgs


@pytest.mark.parametrize(
    "text, word",
    [
        ("서울중앙지법 형사12부(김민수 부장판사)는 징역 2년을 선고했다.", "김민수 부장판사"),
        ("가람 타이거즈(한국)는 결승에 올랐다.", "한국"),
        ("누리재단(이사장 박영호)은 장학금을 전달했다.", "이사장 박영호"),
        ("한빛동방(東方)공사 소속 선박이 침몰했다.", "東方"),
    ],
)
def test_other_parentheses_after_an_organisation_name_no_organisation(text: str, word: str) -> None:
    assert word not in _orgs(text)


# --- the outlet that reported


@pytest.mark.parametrize(
    "text, name",
    [
        ("25일 한빛투데이는 그가 총선에 출마할 것이라고 보도했다.", "한빛투데이"),
        ("누리데일리는 총격이 30분 이상 이어졌다고 이날 보도했다.", "누리데일리"),
    ],
)
def test_the_subject_of_a_report_is_an_outlet(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("외신은 총격이 30분 이상 이어졌다고 이날 보도했다.", "외신"),
        ("외신들은 총격이 이어졌다고 보도했다.", "외신들"),
        ("현지언론은 사고 소식을 보도했다.", "현지언론"),
        ("이날 서울은 폭설로 교통이 마비됐다고 방송이 보도했다.", "서울"),
        ("초거대 AI는 빠르게 발전하고 있다고 보도했다.", "초거대"),
        ("차세대 반도체가 주목받고 있다고 신문이 보도했다.", "차세대"),
        ("솔빛마을이 폭우로 고립됐다고 현지 매체 누리데일리가 보도했다.", "솔빛마을"),
    ],
)
def test_kinds_of_outlet_places_and_descriptions_are_no_outlet(text: str, word: str) -> None:
    assert not any(o.startswith(word) for o in _orgs(text))


# --- a city's or county's office the tagger read as a person


def test_a_citys_office_read_as_a_person_is_an_organisation() -> None:
    text = "이천시 맑은물사업소는 단수를 알렸다."
    result = extractor().extract(Document(id="t", text=text))
    people = {text[m.start : m.end] for e in result.entities if not e.type.is_organization for m in e.mentions}
    assert "이천시 맑은물사업소" in _orgs(text)
    assert not any("이천시" in p for p in people), people


@pytest.mark.parametrize(
    "text, address",
    [
        ("처음 군 트럭이 버스와 추돌한 연천군 대광리에서 두 번째 사고가 났다.", "연천군 대광리"),
        ("행사는 가람시 세종로에서 열렸다.", "가람시 세종로"),
    ],
)
def test_a_county_and_its_village_are_an_address(text: str, address: str) -> None:
    assert address not in _orgs(text)


# --- any one or every one of a kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("그는 한 대학병원에서 치료를 받았다.", "대학병원"),
        ("주민 100여명이 인근 초등학교로 대피했다.", "초등학교"),
        ("경찰은 모든 지방경찰청에 수사본부를 설치하겠다고 밝혔다.", "지방경찰청"),
    ],
)
def test_a_common_noun_after_a_word_for_any_or_every_names_no_body(text: str, word: str) -> None:
    assert word not in _orgs(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("전국 스타벅스 매장에서 행사가 열린다.", "스타벅스"),
        ("주민들은 인근 가람초등학교로 대피했다.", "가람초등학교"),
    ],
)
def test_a_name_after_a_word_for_any_or_every_is_still_a_name(text: str, name: str) -> None:
    assert name in _orgs(text)
