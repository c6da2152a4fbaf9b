"""A building or body named with its surroundings ("인근", "앞", "주변") is where something happens: a
place, not an organisation; the same name acting stays one (composed sentences)."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def _organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("경찰은 한빛대학교 인근 도로를 통제했다.", "한빛대학교"),
        ("한빛전자 앞 광장에서 집회가 열렸다.", "한빛전자"),
        ("사고는 한빛연구소 근처 교차로에서 일어났다.", "한빛연구소"),
        ("불은 한빛대 부근 야산으로 번졌다.", "한빛대"),
    ],
)
def test_a_name_with_its_surroundings_is_a_place(text: str, name: str) -> None:
    assert name not in _organisations(text), _organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한빛대학교는 인근 주민에게 도서관을 개방했다.", "한빛대학교"),  # 인근 after the particle: the school acts
        ("노조는 한빛전자 앞으로 보낸 서한에서 협상을 요구했다.", "한빛전자"),  # addressed to the company
    ],
)
def test_the_same_words_not_about_a_place_keep_the_organisation(text: str, name: str) -> None:
    assert name in _organisations(text), _organisations(text)
