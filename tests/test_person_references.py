"""Later references to a person by surname: with a title (also a committee's "위원" for a "선임연구위원"), with
the honorific 씨 ("유진호씨 … 유씨는"), or with the title's team ("김 교수팀은") join the full name's entity;
a title that is only the start of another word ("이 위원회는") refers to nobody — person_names.short_references,
composed sentences."""

from __future__ import annotations

from ko_facts import extractor

from aigraph.ingest.contract import Document


def people(text: str) -> dict[str, int]:
    """Person entities of ``text`` -> how many mentions each has."""
    result = extractor().extract(Document(id="t", text=text))
    return {e.name: len(e.mentions) for e in result.entities if e.type.value == "Person"}


def test_a_surname_and_a_committee_members_title_is_the_person_named_before() -> None:
    text = "이민형 STEPI 선임연구위원은 투자가 부족하다고 말했다. 이 위원은 “시스템이 미성숙하다”고 덧붙였다."
    assert people(text) == {"이민형": 2}


def test_a_surname_and_the_honorific_ssi_is_the_person_named_before() -> None:
    assert people("대학생 유진호씨가 새 방법을 개발했다. 반면 유씨가 개발한 방법은 소금과 물만 쓴다.") == {"유진호": 2}
    assert people("대학생 유진호씨가 새 방법을 개발했다. 유 씨는 특허를 냈다.") == {"유진호": 2}


def test_a_surname_and_a_title_with_its_team_is_the_person_named_before() -> None:
    text = "김하늘 KAIST 교수는 새 소자를 개발했다. 김 교수팀은 이 소자를 공개했다."
    assert people(text) == {"김하늘": 2}


def test_a_title_that_starts_another_word_refers_to_nobody() -> None:
    text = "이민형 STEPI 선임연구위원은 투자가 부족하다고 말했다. 이 위원회는 보고서를 냈다."
    assert people(text) == {"이민형": 1}


def test_a_surname_before_a_titled_team_is_the_person_not_the_team() -> None:
    text = "치매연구단 김영수 박사팀이 새 표적을 찾았다. 정밀 타격을 할 수 있다고 김 박사팀은 전했다."
    assert people(text) == {"김영수": 2}
    assert people("정밀 타격을 할 수 있다고 김 박사팀은 전했다.") == {"김": 1}  # KLUE-NER marks the surname alone
