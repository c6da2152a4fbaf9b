"""The name shown for a node follows the reader's language when both a Korean and an English name are known."""

from __future__ import annotations

from datetime import date

import pytest

from aigraph.graph.api import Graph
from aigraph.graph.display import display_name, display_names
from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    ("name", "aliases", "ko", "en"),
    [
        (
            "삼성전자",
            ["Samsung Electronics Co., Ltd.", "Samsung Electronics", "삼성"],
            "삼성전자",
            "Samsung Electronics",
        ),  # registry order
        ("오픈AI", ["OpenAI"], "오픈AI", "OpenAI"),
        ("Tenstorrent", ["텐스토렌트"], "텐스토렌트", "Tenstorrent"),
        (
            "한빛시스템즈",
            ["Hanbit Systems Co., Ltd.", "Hanbit Systems", "HBS"],
            "한빛시스템즈",
            "Hanbit Systems",
        ),  # no suffix, no acronym
        (
            "LG",
            ["LG그룹", "LG Group", "엘지"],
            "LG",
            "LG",
        ),  # Korean writes "LG"; "LG그룹" is the same name with a suffix
        ("Quillon", [], "Quillon", "Quillon"),  # one spelling known: shown as it is
        ("김민서", [], "김민서", "김민서"),
    ],
)
def test_the_display_name_follows_the_language(name: str, aliases: list[str], ko: str, en: str) -> None:
    assert display_name(name, aliases, "ko") == ko
    assert display_name(name, aliases, "en") == en


def test_an_unknown_language_keeps_the_stored_name() -> None:
    assert display_name("삼성전자", ["Samsung Electronics"], "ja") == "삼성전자"


def test_display_names_of_a_graph_built_from_both_languages(store) -> None:
    from aigraph.ingest.runner import ingest

    published = date(2024, 5, 13)
    ingest(
        [
            Document(
                id="ko",
                published=published,
                text="네이버는 인공지능 스타트업 업스테이지에 500억원을 투자했다고 13일 밝혔다.",
            ),
            Document(
                id="en",
                published=published,
                text="Tideline said on Monday it has invested $20 million in Quillon, a robot startup.",
            ),
        ],
        store,
    )
    graph = Graph(store, owns_store=False)
    english, korean = display_names(graph, "en"), display_names(graph, "ko")
    assert english["네이버"] in ("NAVER", "Naver") and english["업스테이지"] == "Upstage"
    assert "Tideline" not in english and "Quillon" not in korean, "names known in one spelling only are not listed"
