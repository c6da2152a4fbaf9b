"""People the tagger finds and the recogniser keeps: surnames before titles, names in parentheses
(composed sentences; the shipped CRF model is needed)."""

import pytest
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _people(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type is EntityType.PERSON for m in e.mentions}


def test_surname_alone_before_a_title_or_honorific_is_a_person() -> None:
    assert "박" in _people("박 대통령은 이날 오전 국무회의를 주재했다.")
    assert "이" in _people("숨진 이 씨는 방학을 맞아 한 업체에 일용직으로 고용돼 일해 왔다.")


def test_determiner_before_a_common_noun_is_no_person() -> None:
    assert _people("이 회사는 지난달 새 모델을 공개했다.") == set()


def test_judge_named_in_parentheses_after_the_court_is_a_person() -> None:
    assert "최민호" in _people("서울중앙지법 형사합의21부(최민호 부장판사)는 3일 피고인에게 징역 2년을 선고했다.")


def _organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name for e in result.entities if e.type.is_organization}


def test_common_nouns_enumerated_with_deung_are_no_organisation() -> None:
    found = _organisations("AI는 의료영상 판독, 신약 개발, 금융거래 등으로 쓰임새가 넓어지고 있다.")
    assert "금융거래" not in found and "신약 개발" not in found, found


def test_money_put_into_a_field_keeps_the_field_out_of_people() -> None:
    text = "한빛전자는 내년 양자 컴퓨팅에 500억원을 투입한다."
    assert "양자 컴퓨팅" not in _people(text)
    assert _people("한빛전자는 김민수 씨에게 5억원을 지급했다.") == {"김민수"}


def test_initial_standing_for_a_person_is_one() -> None:
    assert "A" in _people("검찰은 A(34)씨를 사기 혐의로 불구속 기소했다고 밝혔다.")
    assert "B" in _people("경찰은 현장에서 B 씨를 붙잡아 조사하고 있다.")


def test_surname_before_a_role_no_title_list_holds_is_a_person() -> None:
    assert "최" in _people("최 셰프는 이날 새 메뉴를 선보였다고 밝혔다.")


def test_surname_like_words_before_common_nouns_stay_no_person() -> None:
    assert _people("전 세계 반도체 시장은 올해 다시 커질 전망이다.") == set()
    assert _people("이 제품은 다음 달 출시된다.") == set()


def test_foreign_name_the_dictionary_knows_is_a_person_without_a_title() -> None:
    assert "트럼프" in _people("트럼프는 이날 기자들과 만나 무역 협상에 대한 입장을 밝혔다.")


def test_one_word_that_is_no_name_stays_no_person() -> None:
    assert _people("투명망토는 빛을 굴절시켜 물체를 숨기는 장치다.") == set()


def _organisation_spans(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


def test_country_or_city_alone_is_no_organisation() -> None:
    assert _organisation_spans("노르웨이 연구진은 새 백신을 시험했다고 밝혔다.") == set()
    assert _organisation_spans("포르투갈에서 열린 회의에는 여러 나라 대표가 참석했다.") == set()
    assert _organisation_spans("행사는 다음 달 샌프란시스코에서 열린다.") == set()


def test_ministry_in_a_list_closed_by_deung_is_an_organisation() -> None:
    found = _organisation_spans("장관은 해남군과 목포시, 농림축산식품부 등이 함께 대응하겠다고 말했다.")
    assert "농림축산식품부" in found, found
    # common nouns in such a list still name nothing
    assert _organisation_spans("이 기술은 의료영상 판독, 신약 개발, 금융거래 등에 쓰인다.") == set()


def test_newspaper_named_after_a_place_is_an_organisation_not_a_person() -> None:
    assert "나이로비 타임스" in _organisation_spans("현지 매체 나이로비 타임스는 사고 소식을 전했다.")
    assert "나이로비 타임스" not in _people("현지 매체 나이로비 타임스는 사고 소식을 전했다.")
    assert "한빛일보" in _organisation_spans("지역 일간지 한빛일보는 이 소식을 단독 보도했다.")
    # the head noun alone, or after common nouns, names no paper
    assert _organisation_spans("종이신문 구독자는 계속 줄고 있다.") == set()


def test_competition_event_or_law_is_no_organisation() -> None:
    assert _organisation_spans("그는 프리미어리그 데뷔전에서 첫 골을 넣었다.") == set()
    assert _organisation_spans("21일 열린 분데스리가 경기에서 그는 골을 넣었다.") == set()
    found = _organisation_spans("국회는 청탁금지법 개정안을 통과시켰다.")
    assert "국회" in found and "청탁금지법" not in found, found
    assert "창원지법" in _organisation_spans("창원지법은 피고인에게 징역 3년을 선고했다.")


def test_north_america_is_no_pair_of_states() -> None:
    assert not {"북", "미"} & _organisation_spans("한빛전자는 내년부터 북미 시장 공략에 나선다.")
    assert {"북", "미"} <= _organisation_spans("북미 정상회담이 다음 달 열린다.")


def test_a_kind_of_investor_before_its_name_is_no_organisation() -> None:
    found = _organisation_spans("이번 투자는 한빛전자의 기업형 벤처캐피털(CVC)인 한빛벤처스를 통해 이뤄졌다.")
    assert "벤처캐피털" not in found and "한빛벤처스" in found
