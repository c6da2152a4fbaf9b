"""A funding round ("시리즈B", "프리A", "Pre-A", "시리즈A 브릿지", "프리IPO") is never an organisation."""

from datetime import date

import pytest
from ko_facts import extractor

from aigraph.ingest.pipeline.doc import DocState


def entity_names(text: str) -> set[str]:
    """Every entity recognition and the rules found, those the output leaves out as unused too."""
    state = DocState(text=text, language="ko", published=date(2024, 6, 15))
    extractor().run(state)
    return {e.name for e in state.entities}


@pytest.mark.parametrize(
    ("text", "round_word"),
    [
        ("온새미가 시리즈B에서 120억원을 유치했다.", "시리즈B"),
        ("가람벤처스는 온새미의 시리즈C에 참여했다.", "시리즈C"),
        ("온새미가 Pre-A 투자를 유치했다.", "Pre-A"),
        ("온새미는 프리A에서 30억원을 유치했다.", "프리A"),
        ("온새미는 시리즈A 브릿지에서 50억원을 확보했다.", "시리즈A 브릿지"),
        ("온새미는 프리IPO에서 300억원을 유치했다.", "프리IPO"),
    ],
)
def test_a_funding_round_is_no_organisation(text: str, round_word: str) -> None:
    assert not any(round_word in name or name in round_word for name in entity_names(text) - {"온새미", "가람벤처스"})
