"""A unit written without its body is named with the body it is PART_OF (sentences composed for these tests):
"물리학과" alone would make every university's department of physics one node.  A listed company's name keeps
a syllable Kiwi misreads as a copula ("대세이 테크놀로지", not "테크놀로지")."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def organisations(text: str) -> dict[str, list[str]]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name: e.aliases for e in result.entities if e.type.value not in ("Person", "Technology")}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("카이스트(KAIST) 물리학과 양찬호 교수 연구팀이 새 소자를 개발했다.", "한국과학기술원 물리학과"),
        ("KAIST는 문화기술대학원 이성희 교수 연구팀이 기술을 개발했다고 밝혔다.", "한국과학기술원 문화기술대학원"),
    ],
)
def test_a_bare_unit_is_named_with_its_body(text: str, unit: str) -> None:
    found = organisations(text)
    assert unit in found, found
    assert unit.split(" ", 1)[1] in found[unit], "the written name stays an alias"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("박배호 건국대 물리학과 교수는 연구 성과를 설명했다.", "건국대 물리학과"),  # the body is in the name
        ("SK그룹의 계열사 SK차이나는 투자를 받았다.", "SK차이나"),  # a company, not a unit
    ],
)
def test_a_name_that_needs_no_body_keeps_it(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize("name", ["대세이 테크놀로지", "자세이 테크놀로지", "추세이 로보틱스"])
def test_a_listed_name_kiwi_reads_as_a_copula_keeps_its_last_syllable(name: str) -> None:
    """ "대세/NNG 이/VCP 테크놀로지": a copula with no ending is a syllable of the name, not the name's end."""
    found = organisations(f"LG전자와 {name}, 브레인 로보틱스 등 3개사가 합작사를 세운다.")
    assert name in found and name.split()[1] not in found, found
