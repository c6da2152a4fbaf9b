"""Organisation spans as Korean news writes them (composed sentences): a body with its unit written as the
next word is one organisation ("부산대 총학생회", "인천지법 형사14부"), an ordinary word after a body is no
unit ("정부 지원"); a name after a media classifier or a quoted name after a classifier is an organisation;
a city after its province is an address; a titled person is no part of an organisation span; a person
interviewed by a medium does not work for it."""

import pytest
from kiwipiepy import Kiwi
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.recognise import Recogniser
from aigraph.ingest.pipeline.segment import Sentence, segment

LEX = load_lexicon()
KIWI = Kiwi()
RULES_ONLY = Recogniser(LEX)  # no tagger: the rules alone, whatever the model learned
needs_model = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _sentences(text: str) -> list[Sentence]:
    return segment(clean_page(text, LEX), KIWI)


def _rule_organisations(text: str) -> set[str]:
    return {m.text for m in RULES_ONLY.recognise(_sentences(text)) if m.type.is_organization and not m.tentative}


def _organisation_spans(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


def test_student_council_union_and_office_are_named_with_their_body() -> None:
    assert _rule_organisations("한빛대학교 총학생회는 등록금 인상에 반대하는 성명을 발표했다.") == {
        "한빛대학교 총학생회"
    }
    assert _rule_organisations("한빛중공업 노조는 다음 주 파업을 예고했다.") == {"한빛중공업 노조"}
    assert _rule_organisations("국방부 감사관실이 사고 경위에 대한 감사 결과를 발표했다.") == {"국방부 감사관실"}


def test_a_unit_written_before_cheuk_keeps_its_body() -> None:
    assert _rule_organisations("한솔경찰서 수사본부측에 제보가 잇따랐다.") == {"한솔경찰서 수사본부"}


def test_a_numbered_division_belongs_to_a_court_or_prosecutors_office() -> None:
    found = _rule_organisations("가람지법 형사14부(김민호 부장판사)는 피고인에게 징역 3년을 선고했다.")
    assert "가람지법 형사14부" in found and "가람지법" not in found
    assert _rule_organisations("수원지검 강력부에 전화를 걸어 자수 의사를 밝혔다.") == {"수원지검 강력부"}


def test_a_numbered_division_after_a_company_or_support_after_a_body_is_no_unit() -> None:
    assert _rule_organisations("한빛전자 3부 리그 팀은 이번 시즌 우승했다.") == {"한빛전자"}
    found = _rule_organisations("누리랩스는 정부 지원을 받아 새 공장을 지었다.")
    assert "누리랩스" in found and "정부 지원" not in found, found  # "정부" alone names the government


def test_a_name_after_a_media_classifier_is_an_organisation() -> None:
    assert "더선" in _rule_organisations("그는 2013년 영국 매체 더선과의 인터뷰에서 그렇게 밝혔다.")


def test_a_quoted_name_after_a_classifier_is_no_weak_reading() -> None:
    assert "마리몬드" in _rule_organisations("작품을 판매하는 사회적기업 '마리몬드'는 품절 소식을 전했다.")
    assert "참소리" in _rule_organisations("피해자들은 인터넷신문 '참소리'와의 인터뷰에서 증언했다.")


def test_common_nouns_or_a_reporter_after_a_media_classifier_are_no_organisation() -> None:
    assert _rule_organisations("청소년 매체 이용실태 조사에 따르면 10명 중 8명이 스마트폰을 쓴다.") == set()
    assert "최성진" not in _rule_organisations("기소된 한겨레신문 최성진 기자가 1심에서 선고를 유예받았다.")


@needs_model
def test_a_city_after_its_province_is_an_address() -> None:
    assert _organisation_spans("경남 거제시는 이번 주말 축제를 연다.") == set()


@needs_model
def test_an_office_of_a_ministry_is_one_span_through_the_pipeline() -> None:
    assert "국토교통부 감사관실" in _organisation_spans("국토교통부 감사관실이 감사결과를 발표했다.")


@needs_model
def test_a_titled_person_is_cut_out_of_an_organisation_span() -> None:
    recogniser = extractor().recogniser
    text = "기자회견에는 한상희 가람대 법학전문대학 교수가 참석했다."
    (s,) = _sentences(text)
    span = "한상희 가람대 법학전문대학"
    start = text.index(span)
    assert recogniser._without_person(s, span, start, start + len(span)) == ("가람대 법학전문대학", start + 4)
    text = "중앙재난대책본부 권영수 상황총괄반장은 브리핑에서 이같이 밝혔다."
    (s,) = _sentences(text)
    span = "중앙재난대책본부 권영수 상황총괄반장"
    assert recogniser._without_person(s, span, 0, len(span)) == ("중앙재난대책본부", 0)


@needs_model
def test_a_common_noun_shaped_like_a_name_is_no_person_to_cut() -> None:
    text = "한빛재단 박물관 관장은 전시 계획을 밝혔다."
    (s,) = _sentences(text)
    span = "한빛재단 박물관 관장"
    assert extractor().recogniser._without_person(s, span, 0, len(span)) == (span, 0)


@needs_model
def test_a_person_interviewed_by_a_medium_does_not_work_for_it() -> None:
    assert not facts("한편 루키야노바는 2013년 가람신문과의 인터뷰에서 성형수술을 받았다고 밝혔다.")
    assert not facts("배우 김하늘은 지난 5일 누리방송과의 인터뷰에서 복귀 소감을 전했다.")
    assert ("WORKS_FOR", "김민수", "한빛전자") in facts(
        "한빛전자 김민수 대표는 이날 기자간담회에서 상장 계획을 밝혔다."
    )
