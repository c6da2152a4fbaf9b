"""The graph model rejects malformed facts and gives deterministic ids."""

from datetime import date

import pytest
from pydantic import ValidationError

from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id, normalize_name
from aigraph.graph.model import Evidence, Relationship

EV = Evidence(article_id="a1", text="문장", start=0, end=2, confidence=0.9, extractor_version="t")


def rel(**kw):
    base = dict(
        id="rel:1",
        type=RelationType.INVESTED_IN,
        source_id="o1",
        source_label="Organization",
        target_id="o2",
        target_label="Organization",
        properties={},
        evidence=[EV],
    )
    base.update(kw)
    return Relationship(**base)


def test_entity_ids_are_stable_and_ignore_spacing_and_org_subtype():
    assert entity_id(EntityType.COMPANY, "LG 전자") == entity_id(EntityType.COMPANY, "LG전자")
    assert entity_id(EntityType.COMPANY, "네이버") == entity_id(EntityType.ORGANIZATION, "네이버")
    assert entity_id(EntityType.PERSON, "네이버") != entity_id(EntityType.COMPANY, "네이버")


def test_partnership_id_is_symmetric_but_investment_is_not():
    assert fact_id(RelationType.PARTNERS_WITH, "a", "b", {}) == fact_id(RelationType.PARTNERS_WITH, "b", "a", {})
    assert fact_id(RelationType.INVESTED_IN, "a", "b", {}) != fact_id(RelationType.INVESTED_IN, "b", "a", {})


def test_investments_of_different_amounts_are_different_facts():
    one = fact_id(RelationType.INVESTED_IN, "a", "b", {"amount": 2e11, "currency": "KRW"})
    same = fact_id(RelationType.INVESTED_IN, "a", "b", {"amount": 2.001e11, "currency": "KRW"})
    other = fact_id(RelationType.INVESTED_IN, "a", "b", {"amount": 5e9, "currency": "KRW"})
    assert one == same != other


def test_unknown_property_is_rejected():
    with pytest.raises(ValidationError, match="unknown relationship properties"):
        rel(properties={"colour": "red"})


def test_endpoint_labels_are_checked():
    with pytest.raises(ValidationError, match="WORKS_FOR cannot connect Organization to Organization"):
        rel(type=RelationType.WORKS_FOR)


def test_partial_dates_and_numbers_are_coerced():
    r = rel(properties={"date": "2020-12", "amount": "200000000000", "period_years": 3})
    assert r.properties["date"] == date(2020, 12, 1)
    assert r.properties["amount"] == 2e11 and isinstance(r.properties["period_years"], float)


def test_bad_date_and_reversed_evidence_are_rejected():
    with pytest.raises(ValidationError, match="not a date"):
        rel(properties={"date": "yesterday"})
    with pytest.raises(ValidationError, match="before start"):
        Evidence(article_id="a", text="x", start=5, end=1, confidence=0.5, extractor_version="t")


def test_a_fact_needs_evidence():
    with pytest.raises(ValidationError):
        rel(evidence=[])


def test_normalize_name_drops_spaces_punctuation_and_case():
    assert normalize_name("㈜LG") == normalize_name("(주) LG") != normalize_name("LG")
    assert normalize_name("Naver AI Lab") == normalize_name("naver ai-lab")
