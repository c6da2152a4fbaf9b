"""How far a name ending in an organisation's suffix reaches left: not over anything before a name the registry knows
whole ("호세 무뇨스 현대자동차": the person, then the company).  A country before a name is no part of the entity's
name (the span keeps it, as KLUE-NER marks it), and a city stays in the name ("토론토 인공지능연구소")."""

from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def names_and_spans(text: str) -> set[str]:
    """Every entity's name and the text of each of its mentions (a mention's span is the evidence's)."""
    result = extractor().extract(Document(id="t", text=text))
    return {e.name for e in result.entities} | {text[m.start : m.end] for e in result.entities for m in e.mentions}


def test_a_known_name_is_not_extended_over_a_person() -> None:
    got = names_and_spans("이날 호세 무뇨스 현대자동차 글로벌 최고운영책임자(COO)는 AI 투자 계획을 밝혔다.")
    assert "현대자동차" in got and "호세 무뇨스 현대자동차" not in got, got


def test_a_country_is_no_part_of_the_entity_name() -> None:
    result = extractor().extract(Document(id="t", text="스웨덴 가람연구소는 한빛전자와 업무협약을 맺었다."))
    assert "가람연구소" in {e.name for e in result.entities}, result.entities


def test_the_partnership_is_with_the_university() -> None:
    got = facts("한빛전자는 캐나다 누리대학교와 업무협약을 맺었다.")
    assert ("PARTNERS_WITH", "한빛전자", "누리대학교") in got, got


def test_a_city_stays_in_the_name() -> None:
    assert "토론토 인공지능연구소" in names_and_spans("한빛전자는 토론토 인공지능연구소를 세웠다.")
