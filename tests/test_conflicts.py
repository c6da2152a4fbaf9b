"""Conflicting reports: articles disagreeing about one deal are shown side by side, in the API and page data."""

from __future__ import annotations

import pandas as pd
import pytest

from aigraph.dashboard import pagedata
from aigraph.graph.api import open_graph
from aigraph.graph.conflicts import mark_conflicts
from aigraph.ingest.runner import ingest
from aigraph.ingest.sources import iter_documents


def deals(*rows: tuple) -> pd.DataFrame:
    columns = [
        "id",
        "investor_id",
        "recipient_id",
        "amount",
        "currency",
        "value_usd",
        "period_years",
        "articles",
        "article_title",
        "url",
    ]
    return pd.DataFrame([dict(zip(columns, row)) for row in rows], columns=columns)


def test_amounts_more_than_ten_percent_apart_differ() -> None:
    marked = mark_conflicts(
        deals(
            ("x1", "a", "b", 3e10, "KRW", 2.3e7, None, ["art1"], "첫 기사", "https://example.org/1"),
            ("x2", "a", "b", 5e10, "KRW", 3.8e7, None, ["art2"], "둘째 기사", "https://example.org/2"),
            ("x3", "a", "c", 3e10, "KRW", 2.3e7, None, ["art3"], "", ""),  # another recipient: another deal
        )
    )
    assert list(marked["reports_differ"]) == [True, True, False]
    assert (
        marked.loc[0, "other_reports"][0]["amount"] == 5e10
        and marked.loc[0, "other_reports"][0]["article_title"] == "둘째 기사"
    )
    assert marked.loc[1, "other_reports"][0]["url"] == "https://example.org/1"


def test_close_amounts_one_article_and_unknown_values_do_not_differ() -> None:
    marked = mark_conflicts(
        deals(
            ("x1", "a", "b", 3.0e10, "KRW", 2.30e7, None, ["art1"], "", ""),
            ("x2", "a", "b", 3.2e10, "KRW", 2.45e7, None, ["art2"], "", ""),  # within 10%
            ("x3", "d", "e", 1e10, "KRW", 7.7e6, None, ["art3"], "", ""),
            ("x4", "d", "e", 9e10, "KRW", 6.9e7, None, ["art3"], "", ""),  # one article, two amounts: two deals
            ("x5", "f", "g", None, None, None, None, ["art4"], "", ""),
            ("x6", "f", "g", 1e9, "KRW", 7.7e5, None, ["art5"], "", ""),  # an unknown amount disagrees with nothing
        )
    )
    assert not marked["reports_differ"].any()


def test_currencies_compare_converted_and_periods_count() -> None:
    marked = mark_conflicts(
        deals(
            ("x1", "a", "b", 5e8, "USD", 5e8, None, ["art1"], "", ""),
            ("x2", "a", "b", 6.5e11, "KRW", 5.0e8, None, ["art2"], "", ""),  # the same money in won
            ("x3", "c", "d", 1e10, "KRW", 7.7e6, 3.0, ["art3"], "", ""),
            ("x4", "c", "d", 1e10, "JPY", 7.7e6, 5.0, ["art4"], "", ""),  # same value, another period
        )
    )
    assert list(marked["reports_differ"]) == [False, False, True, True]


def write(folder, name: str, title: str, body: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


@pytest.fixture
def disagreeing(store, tmp_path):
    folder = tmp_path / "in"
    write(folder, "first.txt", "가온전자, 나래반도체 투자", "가온전자는 나래반도체에 300억원을 투자했다.")
    write(folder, "second.txt", "가온전자 투자 규모", "가온전자는 나래반도체에 500억원을 투자했다.")
    write(folder, "other.txt", "감마캐피탈 투자", "감마캐피탈은 델타바이오에 5억 달러를 투자했다.")
    report = ingest(iter_documents([folder]), store)
    assert report.articles_new == 3, report.failures
    return store


def test_the_api_page_data_and_profile_show_both_reports(disagreeing) -> None:
    with open_graph(disagreeing) as g:
        plain = g.investments()
        marked = g.investments(conflicts=True).set_index("amount")
        table = pagedata.investment_table(g).set_index("amount")
        profile = pagedata.organisation_profile(g, "나래반도체")["relations"].set_index("amount")
    assert "reports_differ" not in plain.columns
    assert bool(marked.loc[3e10, "reports_differ"]) and bool(marked.loc[5e10, "reports_differ"])
    assert not bool(marked.loc[5e8, "reports_differ"])
    [other] = marked.loc[3e10, "other_reports"]
    assert (
        other["amount"] == 5e10
        and other["currency"] == "KRW"
        and other["articles"] == list(marked.loc[5e10, "articles"])
    )
    assert bool(table.loc[3e10, "reports_differ"]) and not bool(table.loc[5e8, "reports_differ"])
    assert table.loc[3e10, "other_reports"] == [other] and table.loc[5e8, "other_reports"] == []
    assert bool(profile.loc[5e10, "reports_differ"]) and profile.loc[5e10, "other_reports"][0]["amount"] == 3e10
