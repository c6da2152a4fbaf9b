"""English news through the weekly job's feed path: an Atom feed and English article pages served by a
real HTTP server on 127.0.0.1, ``aigraph ingest --config`` into a real LadybugDB file; the facts come out
in the same graph as Korean ones, the articles marked ``language: en``.  Every page is written for the test."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.ingest.cli import main
from test_weekly_site import Route, site, write_config  # noqa: F401 (fixture)

# (slug, headline, paragraphs): an investment, a round with a lead and a participant, and a hedged rumour
PAGES = [
    (
        "naver-upstage",
        "Naver invests 50 billion won in Upstage",
        [
            "SEOUL, May 13 (Test Wire) -- Naver Corp. said on Monday it has invested 50 billion won in Upstage, a Seoul-based AI startup.",
            "The two companies will also jointly develop language models for Korean businesses, Naver said.",
        ],
    ),
    (
        "rebellions-round",
        "Rebellions raises $120 million",
        [
            "Rebellions has raised $120 million in a Series C round led by KT, with participation from Samsung Electronics.",
            "The chip designer said it would use the money to hire engineers.",
        ],
    ),
    (
        "rumour",
        "Kakao weighs a bid",
        ["Kakao is in talks to acquire Upstage, according to people familiar with the matter."],
    ),
]


def english_page(headline: str, paragraphs: list[str], url: str, published: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | Test Tech News</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="Test Tech News">'
        f'<meta property="article:published_time" content="{published}"></head>'
        '<body><nav><a href="/">Home</a> <a href="/ai">AI</a> <a href="/subscribe">Subscribe</a></nav>'
        f"<article><h1>{escape(headline)}</h1>{body}</article>"
        "<footer>Test Tech News | All rights reserved | Privacy policy</footer></body></html>"
    ).encode("utf-8")


def atom(base: str, entries: list[tuple[str, str, datetime]]) -> bytes:
    items = "".join(
        f'<entry><title>{escape(title)}</title><link href="{base}{path}"/><id>{base}{path}</id>'
        f"<updated>{when.isoformat()}</updated></entry>"
        for path, title, when in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Tech News</title>'
        f"<id>{base}/</id><updated>{datetime.now(timezone.utc).isoformat()}</updated>{items}</feed>"
    ).encode("utf-8")


def test_an_english_atom_feed_goes_into_the_graph(site, tmp_path, capsys):  # noqa: F811
    now = datetime.now(timezone.utc)
    entries = []
    for n, (slug, headline, paragraphs) in enumerate(PAGES):
        path, when = f"/en/{slug}.html", now - timedelta(days=1, hours=n)
        site.routes[path] = Route(body=english_page(headline, paragraphs, f"{site.base}{path}", when.isoformat()))
        entries.append((path, headline, when))
    site.routes["/en/atom.xml"] = Route(body=atom(site.base, entries), content_type="application/atom+xml")
    store = str(tmp_path / "graph.lbug")
    config = write_config(tmp_path / "sources.toml", feeds=[f"{site.base}/en/atom.xml"])

    code = main(["ingest", "--config", config, "--store", store, "--report-dir", str(tmp_path / "reports")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert all(site.hits[f"/en/{slug}.html"] == 1 for slug, _, _ in PAGES)

    with LadybugStore(store, read_only=True) as db:
        languages = db.query("MATCH (a:Article) RETURN a.language").rows
        facts = db.query(
            "MATCH (a)-[r]->(b) WHERE r.articles IS NOT NULL RETURN a.name, label(r), b.name, r.amount, r.currency, r.lead"
        ).rows
        names = {r[0] for r in db.query("MATCH (o:Organization) RETURN o.name").rows}
    assert [r[0] for r in languages] == ["en"] * len(PAGES)
    found = {(a, t, b): (amount, currency, lead) for a, t, b, amount, currency, lead in facts}
    # registry names: the same nodes a Korean article about these companies makes
    assert found[("네이버", "INVESTED_IN", "업스테이지")][:2] == (5e10, "KRW")
    assert ("네이버", "PARTNERS_WITH", "업스테이지") in found or ("업스테이지", "PARTNERS_WITH", "네이버") in found
    assert found[("KT", "INVESTED_IN", "리벨리온")][2] is True, "the lead investor is marked"
    assert ("삼성전자", "INVESTED_IN", "리벨리온") in found
    assert not [k for k in found if k[0] == "카카오"], "a rumour is no fact"
    assert not {"Test Tech News", "Test Wire", "Home", "Subscribe"} & names, (
        "page chrome and credits are not organisations"
    )
