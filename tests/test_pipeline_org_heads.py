"""Organisation spans next to how news writes their heads and classifiers (composed sentences): a head's
title glued to a company or university ("누리은행장") is no part of the person before it nor of the
organisation's name; a public office glued to its body ("국정원장") is left alone; the name after a
classifier with a copula ("기업인 X") or one Kiwi split into a noun and a determiner ("기업 파/NNG 두/MM")
is recognised."""

import pytest
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _spans(text: str) -> tuple[set[str], set[str]]:
    result = extractor().extract(Document(id="t", text=text))
    people = {text[m.start : m.end] for e in result.entities if e.type is EntityType.PERSON for m in e.mentions}
    orgs = {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}
    return people, orgs


@pytest.mark.parametrize(
    "text, person",
    [
        ("이재현 누리은행장은 디지털 전환 전략을 설명했다.", "이재현"),
        ("김도윤 가온증권장은 기자간담회에서 이같이 말했다.", "김도윤"),
        ("최서준 하나은행장은 기자간담회에서 이같이 말했다.", "최서준"),
        ("박지훈 KB국민은행장은 새 지점을 열었다.", "박지훈"),
    ],
)
def test_a_person_before_a_glued_company_head_is_the_name_alone(text: str, person: str) -> None:
    people, orgs = _spans(text)
    assert person in people, people
    assert not any(p.endswith("장") for p in people), people
    assert not any(o.endswith("장") for o in orgs), orgs


@pytest.mark.parametrize(
    "text",
    [
        "그는 공장장으로 십 년 동안 일했다.",
        "은행장들은 금리 인상에 우려를 나타냈다.",
        "시장에서는 반도체 수요가 늘었다.",
    ],
)
def test_common_words_ending_in_a_head_name_no_body(text: str) -> None:
    _, orgs = _spans(text)
    assert not orgs, orgs


def test_a_public_office_glued_to_its_body_is_one_post() -> None:
    _, orgs = _spans("박정호 전 국정원장이 법정에 출석했다.")
    assert "국정원" not in orgs, orgs


@pytest.mark.parametrize(
    "text, name",
    [
        ("미국의 빅테크 기업인 메타의 데이터센터를 새로 지었다.", "메타"),
        ("반도체 설계 업체인 누리칩은 코스닥에 상장했다.", "누리칩"),
    ],
)
def test_the_name_after_a_classifier_with_a_copula_is_an_organisation(text: str, name: str) -> None:
    _, orgs = _spans(text)
    assert name in orgs, orgs


@pytest.mark.parametrize(
    "text",
    [
        "이 회사가 혁신 기업인 것은 분명하다.",
        "그곳이 유망한 업체인 줄 몰랐다.",
    ],
)
def test_a_classifier_with_a_copula_before_no_name_gives_nothing(text: str) -> None:
    _, orgs = _spans(text)
    assert not orgs, orgs


@pytest.mark.parametrize(
    "text",
    [
        "반도체 설계 기업 파두 주가가 크게 올랐다.",
        "글로벌 기업이 설계 기업 파두를 인수했다.",
        "반도체 스타트업 파두와 손잡았다.",
    ],
)
def test_a_short_name_kiwi_splits_after_a_classifier_is_an_organisation(text: str) -> None:
    _, orgs = _spans(text)
    assert "파두" in orgs, orgs


@pytest.mark.parametrize(
    "text",
    [
        "국내 기업 한 곳이 사업에 참여했다.",
        "관련 업체 더 많은 곳이 나섰다.",
        "보안 기업 잘 알려진 곳이다.",
    ],
)
def test_a_determiner_or_adverb_after_a_classifier_is_no_name(text: str) -> None:
    _, orgs = _spans(text)
    assert not orgs, orgs
