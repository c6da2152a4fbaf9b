"""Entities that are real names: a company's regional unit, model codes after a registry alias, an
unknown company before a titled name (composed sentences, none from an evaluation set)."""

import pytest
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _read(text: str) -> tuple[dict[str, set[str]], set[tuple[str, str, str]]]:
    """Entity name -> its mention texts (organisations and people), and (type, source, target) relations."""
    result = extractor().extract(Document(id="t", text=text))
    names = {e.id: e.name for e in result.entities}
    mentions = {
        e.name: {text[m.start : m.end] for m in e.mentions}
        for e in result.entities
        if e.type.is_organization or e.type is EntityType.PERSON
    }
    relations = {(r.type.value, names[r.source], names[r.target]) for r in result.relations}
    return mentions, relations


def _people(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name for e in result.entities if e.type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("text", "person", "unit"),
    [
        ("김민수 구글 코리아 사장은 새 검색 서비스를 발표했다.", "김민수", "구글 코리아"),
        ("박지훈 구글 차이나 사장이 지난주 사임했다.", "박지훈", "구글 차이나"),
        ("이현우 아마존 재팬 대표는 물류 투자를 늘린다고 말했다.", "이현우", "아마존 재팬"),
    ],
)
def test_regional_unit_written_apart_is_one_organisation_and_the_person_is_kept(
    text: str, person: str, unit: str
) -> None:
    mentions, relations = _read(text)
    assert person in mentions, mentions
    assert unit in mentions and mentions[unit] == {unit}, mentions  # its own entity, not folded into the parent
    assert _people(text) == {person}  # "차이나" is no person
    assert (RelationType.WORKS_FOR.value, person, unit) in relations, relations  # the unit employs, not its parent


def test_regional_unit_written_in_one_word_is_its_own_company() -> None:
    mentions, _ = _read("구글코리아는 서울에 새 사무실을 열었다.")
    assert "구글코리아" in mentions and "구글" not in mentions, mentions


def test_a_country_word_alone_names_nothing() -> None:
    mentions, _ = _read("코리아 세일 페스타가 다음 주 시작된다.")
    assert mentions == {}, mentions


@pytest.mark.parametrize(
    "text",
    [
        "이번 시험에서 MS-01 모델이 가장 빨랐다.",
        "연구팀은 LG-3 시제품을 공개했다.",
        "부품 번호 KT-200은 지난해 단종됐다.",
        "새 단말기 KT200은 다음 달 출시된다.",
    ],
)
def test_registry_alias_with_a_number_written_on_is_a_model_code(text: str) -> None:
    mentions, _ = _read(text)
    assert mentions == {}, mentions


def test_registry_alias_before_a_space_and_a_number_stays_the_organisation() -> None:
    mentions, _ = _read("LG는 3분기 실적을 발표했다.")
    assert "LG" in mentions, mentions


def test_unknown_companies_before_titled_names_in_a_list() -> None:
    mentions, relations = _read("누리텍 박서준 대표, 한결소프트 정하늘 대표가 간담회에 참석했다.")
    assert {"누리텍", "박서준", "한결소프트", "정하늘"} <= set(mentions), mentions
    assert ("WORKS_FOR", "박서준", "누리텍") in relations, relations
    assert ("WORKS_FOR", "정하늘", "한결소프트") in relations, relations


def test_unknown_company_after_a_clause_before_a_titled_name() -> None:
    mentions, relations = _read("행사에는 누리텍 박서준 대표와 다온랩 최유리 이사가 참석했다.")
    assert ("WORKS_FOR", "박서준", "누리텍") in relations, relations
    assert ("WORKS_FOR", "최유리", "다온랩") in relations, relations


@pytest.mark.parametrize(
    "text",
    [
        "서울 김철수 대표가 간담회에서 말했다.",  # a city
        "미국 김철수 대표가 간담회에서 말했다.",  # a country
        "이날 김철수 대표가 간담회에서 말했다.",  # a time word
        "AI 김철수 대표가 간담회에서 말했다.",  # a field word
    ],
)
def test_place_time_or_field_word_before_a_titled_name_is_no_employer(text: str) -> None:
    mentions, relations = _read(text)
    assert set(mentions) == {"김철수"}, mentions
    assert relations == set(), relations


def test_person_before_a_team_and_a_title_gives_no_organisation() -> None:
    mentions, relations = _read("윤서아 데이터팀 리더가 발표를 맡았다.")
    assert set(mentions) == {"윤서아"}, mentions
    assert relations == set(), relations


def _organisation_spans(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


def test_a_country_before_an_institution_word_names_that_country_body() -> None:
    assert "미국 정부" in _organisation_spans("미국 정부는 새 수출 규제를 발표했다.")
    assert "일본 검찰" in _organisation_spans("일본 검찰은 전 대표를 기소했다.")


def test_institution_word_alone_names_the_body_but_after_a_field_word_none() -> None:
    assert _organisation_spans("정부는 내년 예산안을 확정했다.") == {"정부"}
    assert _organisation_spans("국내 정부 기관들이 협의체를 꾸렸다.") == set()


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("한도윤 누리FC 구단주는 새 감독을 발표했다.", "한도윤", ""),
        ("한빛경제연구소 최지안 연구위원은 금리 인하를 예상했다.", "최지안", "한빛경제연구소"),
        ("다온지방법원(서하준 부장판사)은 피고인에게 벌금형을 선고했다.", "서하준", "다온지방법원"),
    ],
)
def test_more_titles_separate_the_person_from_the_organisation(text: str, person: str, org: str) -> None:
    assert person in _people(text)
    orgs = _organisation_spans(text)
    assert not any(person in o for o in orgs), orgs  # the name is not read into the organisation
    assert not org or org in orgs, orgs


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("한빛AI랩은 한빛전자가 2021년 설립한 연구소다.", ("ESTABLISHED", "한빛전자", "한빛AI랩")),
        (
            "한결소프트와 다온랩은 AI 반도체 공동 개발을 위한 업무협약을 맺었다.",
            ("PARTNERS_WITH", "한결소프트", "다온랩"),
        ),
        ("한결그룹은 김하늘 부사장을 한결전자 대표로 선임했다.", ("WORKS_FOR", "김하늘", "한결전자")),
        ("김하늘 한결소프트 대표는 새 투자를 발표했다.", ("WORKS_FOR", "김하늘", "한결소프트")),
        # a root Kiwi knows only as an adjective's ("말끔/XR 소프트", "튼튼/XR 전자")
        (
            "말끔소프트와 튼튼전자는 AI 반도체 공동 개발을 위한 업무협약을 맺었다.",
            ("PARTNERS_WITH", "말끔소프트", "튼튼전자"),
        ),
    ],
)
def test_a_coined_company_name_kiwi_splits_into_adverb_or_determiner_pieces_is_an_argument(
    text: str, relation: tuple[str, str, str]
) -> None:
    _, relations = _read(text)
    assert relation in relations, relations


def test_known_nouns_before_a_company_suffix_name_no_company() -> None:
    mentions, _ = _read("정부는 차세대반도체에 1조원을 투자한다.")
    assert "차세대반도체" not in mentions, mentions  # a technology, not an organisation


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("회의에 참석한 박준형씨(미래로테크 대표)는 투자 확대를 강조했다.", "박준형", "미래로테크"),
        ("토론에 나선 김하늘씨(한국청년창업지원센터 대표)는 규제 완화를 요구했다.", "김하늘", "한국청년창업지원센터"),
        ("토론에 나선 김하늘씨(한국청년창업 지원센터 대표)는 규제 완화를 요구했다.", "김하늘", "한국청년창업 지원센터"),
    ],
)
def test_person_with_honorific_and_role_in_parenthesis_works_for_it(text: str, person: str, org: str) -> None:
    _, relations = _read(text)
    assert (RelationType.WORKS_FOR.value, person, org) in relations, relations


@pytest.mark.parametrize(
    "text",
    ["박준형씨(42)는 어제 귀국했다.", "박준형씨(서울 거주)는 어제 귀국했다.", "박준형씨(서울 시민 대표)는 발언했다."],
)
def test_honorific_with_other_parenthesis_stays_a_plain_person(text: str) -> None:
    mentions, relations = _read(text)
    assert set(mentions) == {"박준형"} and not relations, (mentions, relations)
