"""Hedge markers are matched on the surface (Korean glues endings and nouns onto stems), so a word that only
holds a marker ("전년 동기대비" holds 기대, "리투아니아" 아니, "공장 증설이" 설이) must not hedge the fact
before it — ``none`` rows of data/lexicons/hedges.tsv; composed sentences, with real hedges that still give
nothing."""

from __future__ import annotations

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "한빛전자는 가람전자에 50억원을 투자해 전년 동기대비 지분을 두 배로 늘렸다.",
            ("INVESTED_IN", "한빛전자", "가람전자"),
        ),
        ("한빛전자는 가람전자와 손잡고 리투아니아에 공장을 짓는다.", ("PARTNERS_WITH", "한빛전자", "가람전자")),
        (
            "한빛전자는 가람전자와 업무협약을 맺고 공장 증설이 마무리됐다고 밝혔다.",
            ("PARTNERS_WITH", "한빛전자", "가람전자"),
        ),
        (
            "한빛전자는 가람전자와 협력해 전망대 건설이 본격화됐다고 밝혔다.",
            ("PARTNERS_WITH", "한빛전자", "가람전자"),
        ),
    ],
)
def test_a_word_that_only_holds_a_hedge_marker_hedges_nothing(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 가람전자와 손잡았다는 설이 돌고 있다.",
        "한빛전자는 가람전자에 50억원을 투자할 것으로 기대된다.",
        "한빛전자는 가람전자와 손잡을 것이라는 전망이 나온다.",
        "한빛전자가 가람전자를 인수한다는 소문은 사실이 아니다.",
    ],
)
def test_the_markers_themselves_still_hedge(text: str) -> None:
    assert facts(text) == {}
