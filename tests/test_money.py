"""Money is never dropped: KRW, USD, JPY, EUR and dateless articles through ingest -> API -> page data.

The articles are composed here (no eval data).  Expected values are computed
from the FX table itself, so the tests check the rules (stated as is; else
the rate of the fact's date, else the article's, else the ingest date;
nearest table year) rather than copies of the numbers.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pandas as pd
import pytest

from aigraph.core import money
from aigraph.dashboard import pagedata
from aigraph.graph import reads
from aigraph.graph.api import open_graph
from aigraph.core.vocabulary import EntityType, RelationType, entity_id, fact_id
from aigraph.graph.model import Article, Evidence, GraphBatch, Node, Relationship
from aigraph.ingest.runner import ingest
from aigraph.ingest.sources import iter_documents

RATES = money.fx_rates()
LATEST = max(y for (y, c) in RATES if c == "KRW")


def krw(year: int) -> float:
    return RATES[(year, "KRW")]


# -- the one FX rule --------------------------------------------------------------------------


def test_rate_year_is_the_nearest_year_both_currencies_have() -> None:
    rates = {(2019, "KRW"): 1100.0, (2021, "KRW"): 1200.0, (2021, "JPY"): 110.0}
    assert money.rate_year("KRW", "USD", 2019, rates) == 2019
    assert money.rate_year("KRW", "USD", 2020, rates) == 2021  # a tie goes to the later year
    assert money.rate_year("KRW", "USD", 1990, rates) == 2019
    assert money.rate_year("KRW", "USD", None, rates) == 2021  # unknown date: the latest rate
    assert money.rate_year("JPY", "KRW", 2019, rates) == 2021  # only 2021 has both
    assert money.rate_year("GBP", "USD", 2019, rates) is None


def test_convert_states_marks_and_refuses() -> None:
    rates = {(2020, "KRW"): 1000.0, (2020, "EUR"): 0.5}
    assert money.convert(5.0, "USD", "USD", 2020, rates) == money.Conversion(value=5.0)
    won = money.convert(3e10, "KRW", "USD", 2020, rates)
    assert won.value == pytest.approx(3e7) and won.rate_year == 2020 and won.converted
    assert money.convert(1.0, "EUR", "KRW", 2020, rates).value == pytest.approx(2000.0)  # through USD
    assert money.convert(1.0, "GBP", "KRW", 2020, rates) is None
    assert money.convert(None, "KRW", "USD", 2020, rates) is None


def test_fx_basis_prefers_the_fact_then_the_article_then_the_ingest_date() -> None:
    ingested = datetime(2026, 1, 5)
    assert money.fx_basis("2019-03", date(2015, 1, 1), date(2016, 1, 1), ingested) == 2019
    assert money.fx_basis(None, None, date(2016, 1, 1), ingested) == 2016
    assert money.fx_basis(None, None, None, ingested) == 2026
    assert money.fx_basis(None, None, None, None) is None


def test_totals_count_every_amount_and_keep_unconvertible_ones_apart() -> None:
    frame = pd.DataFrame({"amount": [3e10, 5e8, 1e8, 7e6, None], "currency": ["KRW", "USD", "USD", "GBP", None]})
    valued = money.add_values(frame, [None] * 5)
    totals = money.totals(valued, "KRW")
    assert totals.stated == 3e10 and totals.stated_deals == 1
    assert [(p.currency, p.amount, p.deals, p.rate_years) for p in totals.converted] == [("USD", 6e8, 2, [LATEST])]
    assert totals.total == pytest.approx(3e10 + 6e8 * krw(LATEST))
    assert [(p.currency, p.amount, p.deals) for p in totals.unconverted] == [("GBP", 7e6, 1)]
    assert totals.unpriced_deals == 1


# -- end to end: articles -> ingest -> API -> page data ----------------------------------------

DATELESS = {  # the example: three .txt articles without a date
    "krw.txt": ("가온전자, 나래반도체 투자", "가온전자는 나래반도체에 300억원을 투자했다."),
    "usd.txt": ("감마캐피탈, 델타바이오 투자", "감마캐피탈은 델타바이오에 5억 달러를 투자했다."),
    "usd2.txt": ("엡실론벤처스, 제타랩스 투자", "엡실론벤처스는 제타랩스에 1억 달러를 투자했다."),
}


def write_dateless(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in DATELESS.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return folder


def write_dated(folder: Path) -> Path:
    """JPY and EUR with publication dates; the JPY deal states its own period (2021~2023)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "id": "jpy-dated",
            "title": "오메가홀딩스, 나래테크 투자",
            "published": "2015-03-02",
            "text": "오메가홀딩스, 나래테크 투자\n\n오메가홀딩스는 2021~2023년 나래테크에 100억엔을 투자했다.",
        },
        {
            "id": "eur-dated",
            "title": "세타홀딩스, 이오타랩스 투자",
            "published": "2018-06-01",
            "text": "세타홀딩스, 이오타랩스 투자\n\n세타홀딩스는 이오타랩스에 2000만 유로를 투자했다.",
        },
    ]
    path = folder / "dated.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def ingested(store, tmp_path):
    """The five articles ingested by the real runner into a real store of each backend."""
    report = ingest(iter_documents([write_dateless(tmp_path / "dateless"), write_dated(tmp_path / "dated")]), store)
    assert report.articles_failed == 0 and report.articles_new == 5, report.failures
    return store


def test_every_currency_reaches_the_api_with_both_values(ingested) -> None:
    this_year = datetime.now(timezone.utc).year
    ingest_rate = money.rate_year("KRW", "USD", this_year)
    with open_graph(ingested) as g:
        table = g.investments().set_index("investor")
    assert len(table) == 5
    won = table.loc["가온전자"]
    assert won["value_krw"] == 3e10 and won["value_usd"] == pytest.approx(3e10 / krw(ingest_rate))
    assert won["fx_year"] == ingest_rate  # dateless: the ingest date's rate, never dropped
    dollars = table.loc["감마캐피탈"]
    assert dollars["value_usd"] == 5e8 and dollars["value_krw"] == pytest.approx(5e8 * krw(ingest_rate))
    assert dollars["amount_usd"] == 5e8  # stored for Cypher users too
    yen = table.loc["오메가홀딩스"]  # the fact's own period (2021) beats the article's date (2015)
    assert yen["fx_year"] == 2021 and yen["value_usd"] == pytest.approx(1e10 / RATES[(2021, "JPY")])
    assert yen["amount_usd"] == pytest.approx(1e10 / RATES[(2021, "JPY")], rel=1e-6)
    euro = table.loc["세타홀딩스"]  # no fact date: the article's (2018)
    assert euro["fx_year"] == 2018
    assert euro["value_krw"] == pytest.approx(2e7 / RATES[(2018, "EUR")] * krw(2018))


def test_page_data_totals_and_rankings_count_every_currency(ingested) -> None:
    ingest_rate = money.rate_year("KRW", "USD", datetime.now(timezone.utc).year)
    with open_graph(ingested) as g:
        data = pagedata.overview(g, "USD")
        krw_totals, usd_totals = data["totals"]["KRW"], data["totals"]["USD"]
        flows = pagedata.investment_table(g, pagedata.InvestmentFilters(currency="USD"))
        middle = pagedata.investment_table(
            g, pagedata.InvestmentFilters(currency="USD", min_amount=1e8, max_amount=2e8)
        )
    assert krw_totals.stated == 3e10 and krw_totals.stated_deals == 1
    by_currency = {p.currency: p for p in krw_totals.converted}
    assert set(by_currency) == {"USD", "JPY", "EUR"}
    assert (
        by_currency["USD"].amount == 6e8
        and by_currency["USD"].deals == 2
        and by_currency["USD"].rate_years == [ingest_rate]
    )
    assert krw_totals.total == pytest.approx(sum(flows["value_krw"]))
    assert usd_totals.stated == 6e8 and usd_totals.total == pytest.approx(sum(flows["value_usd"]))
    assert not krw_totals.unconverted and not usd_totals.unconverted
    # every investor ranks, in the display currency, largest first
    ranking = data["top_investors"]
    assert set(ranking["name"]) == {"가온전자", "감마캐피탈", "엡실론벤처스", "오메가홀딩스", "세타홀딩스"}
    assert ranking.iloc[0]["name"] == "감마캐피탈" and list(ranking["total"]) == sorted(ranking["total"], reverse=True)
    sankey = pagedata.sankey_data(flows, "USD")
    assert len(sankey["links"]) == 5
    # the amount range works in the display currency: $100M..$200M keeps the two deals in it
    expected = {name for name, v in zip(flows["investor"], flows["value_usd"]) if 1e8 <= v <= 2e8}
    assert set(middle["investor"]) == expected and "엡실론벤처스" in expected


def test_console_ranks_largest_investments_across_currencies(ingested) -> None:
    with open_graph(ingested) as g:
        result = pagedata.run_query(g, reads.EXAMPLE_QUERIES["largest_investments"])
        usd = g.investments().set_index("investor")["value_usd"]
    assert list(result["investor"]) == list(usd.sort_values(ascending=False).index)


def test_a_currency_without_a_rate_is_shown_unconverted(store) -> None:
    a = Node(id=entity_id(EntityType.COMPANY, "브리티시AI"), type=EntityType.COMPANY, name="브리티시AI")
    b = Node(id=entity_id(EntityType.COMPANY, "누리바이오"), type=EntityType.COMPANY, name="누리바이오")
    props = {"amount": 7e6, "currency": "GBP"}
    text = "브리티시AI가 누리바이오에 700만 파운드를 투자했다."
    store.write(
        GraphBatch(
            articles=[
                Article(id="gbp", title="t", published=date(2020, 1, 1), content_hash="h", extractor_version="t")
            ],
            nodes=[a, b],
            relationships=[
                Relationship(
                    id=fact_id(RelationType.INVESTED_IN, a.id, b.id, props),
                    type=RelationType.INVESTED_IN,
                    source_id=a.id,
                    source_label="Organization",
                    target_id=b.id,
                    target_label="Organization",
                    properties=props,
                    evidence=[
                        Evidence(
                            article_id="gbp", text=text, start=0, end=len(text), confidence=0.9, extractor_version="t"
                        )
                    ],
                )
            ],
        )
    )
    with open_graph(store) as g:
        data = pagedata.overview(g)
    totals = data["totals"]["KRW"]
    assert totals.total == 0 and [(p.currency, p.amount, p.deals) for p in totals.unconverted] == [("GBP", 7e6, 1)]
    assert data["investments"] == 1
