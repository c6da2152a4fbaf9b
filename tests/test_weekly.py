"""The weekly job end to end, in process: a real news site on 127.0.0.1, the real extractor, a real LadybugDB file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.ingest.cli import main
from test_weekly_site import ARTICLES, SYNDICATED, Route, graph_snapshot, site, write_config  # noqa: F401 (fixture)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["ingest", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def report_json(report_dir) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(report_dir.glob("ingest-*.json"))]


def test_second_run_adds_nothing_and_reports_nothing_new(site, tmp_path, capsys):
    config = write_config(tmp_path / "sources.toml", feeds=[site.standard()])
    store, reports = str(tmp_path / "graph.lbug"), tmp_path / "reports"
    code, out, err = run(capsys, "--config", config, "--store", store, "--report-dir", str(reports))
    assert code == 0, err
    first_graph = graph_snapshot(store)
    [first] = report_json(reports)
    assert first["counts"]["articles_new"] == len(ARTICLES) and first["counts"]["articles_duplicate"] == 1
    assert {(f["source"], f["target"], f["amount"]) for f in first["new_investments"]} == {
        ("한화", "포항공과대학교", 3e10),
        ("KT", "한국전자통신연구원", 1.5e10),
        ("삼성전자", "연세대학교", 5e10),
    }
    # "삼성전자는 연세대와 함께 … 인력을 양성한다": joint work is a partnership too (either direction)
    assert {frozenset((p["source"], p["target"])) for p in first["new_partnerships"]} == {
        frozenset(("한국과학기술원", "네이버")),
        frozenset(("삼성전자", "연세대학교")),
    }
    assert {"한화", "네이버", "한국과학기술원"} <= {o["name"] for o in first["new_organizations"]}

    code, out, err = run(capsys, "--config", config, "--store", store, "--report-dir", str(reports))
    assert code == 0, err
    second = (
        report_json(reports)[1] if report_json(reports)[0]["run_id"] == first["run_id"] else report_json(reports)[0]
    )
    assert second["counts"]["articles_unchanged"] == len(ARTICLES) + 1
    assert [
        second["counts"][k]
        for k in (
            "articles_new",
            "articles_updated",
            "articles_duplicate",
            "nodes_created",
            "relationships_created",
            "relationships_updated",
        )
    ] == [0] * 6
    assert not (
        second["new_articles"] or second["new_organizations"] or second["new_investments"] or second["new_partnerships"]
    )
    assert "articles: 0 new, 0 updated" in out and "new investment" not in out
    assert graph_snapshot(store) == first_graph
    with LadybugStore(store, read_only=True) as db:
        runs = db.query(
            "MATCH (r:IngestRun) RETURN r.status, r.counts, r.sources, r.extractor_version ORDER BY r.started_at"
        ).rows
    assert [r[0] for r in runs] == ["succeeded", "succeeded"]
    assert json.loads(runs[0][1])["articles_new"] == len(ARTICLES) and json.loads(runs[1][1])["articles_new"] == 0
    assert runs[0][2] == [f"feed {site.base}/rss.xml"] and runs[0][3]


def test_pages_in_euc_kr_are_decoded_and_page_metadata_is_kept(site, tmp_path, capsys):
    site.standard()
    path = "/news/naver-kaist.html"
    config = write_config(tmp_path / "s.toml", pages=[f"{site.base}{path}?utm_source=newsletter#top"])
    code, _, err = run(
        capsys, "--config", config, "--store", str(tmp_path / "g.lbug"), "--report-dir", str(tmp_path / "r")
    )
    assert code == 0, err
    with LadybugStore(tmp_path / "g.lbug", read_only=True) as db:
        [[title, url, text, reporter, publisher, simhash]] = db.query(
            "MATCH (a:Article) RETURN a.title, a.url, a.text, a.reporter, a.publisher, a.simhash"
        ).rows
    assert title == ARTICLES[1][1] and "카이스트와 인공지능 공동연구" in text
    assert url == f"{site.base}{path}", "the canonical URL, without tracking parameters"
    assert (reporter, publisher) == ("김하나 기자", "테스트뉴스") and len(simhash) == 16
    assert any("aigraph-ingest" in ua for ua in site.user_agents)


def test_syndicated_copy_is_linked_not_counted_as_new(site, tmp_path, capsys):
    config = write_config(tmp_path / "s.toml", feeds=[site.standard()])
    code, out, err = run(
        capsys, "--config", config, "--store", str(tmp_path / "g.lbug"), "--report-dir", str(tmp_path / "r")
    )
    assert code == 0, err
    with LadybugStore(tmp_path / "g.lbug", read_only=True) as db:
        links = db.query("MATCH (a:Article)-[s:SAME_STORY]->(b:Article) RETURN a.url, b.url, s.similarity").rows
        facts = db.query(
            "MATCH (:Organization)-[x:INVESTED_IN]->(b:Organization) WHERE b.name = '포항공과대학교' RETURN x.articles"
        ).rows
    assert [(a.rsplit("/", 1)[1], b.rsplit("/", 1)[1]) for a, b, _ in links] == [
        (f"{SYNDICATED[0]}.html", f"{ARTICLES[0][0]}.html")
    ]
    assert links[0][2] == 1.0, "the bodies are the same; only headline and footer differ (page chrome is left out)"
    assert len(facts) == 1 and len(facts[0][0]) == 2, "one investment, supported by both outlets"
    assert f"{len(ARTICLES)} new" in out and "1 same story" in out
    assert out.count("new investment: 한화 -> 포항공과대학교") == 1


def test_broken_sources_are_one_line_each_and_the_rest_is_ingested(site, tmp_path, capsys):
    good_feed = site.standard()
    now = datetime.now(timezone.utc)
    site.routes["/slow.xml"] = Route(delay=3.0, body=b"<rss/>")
    site.routes["/error.xml"] = Route(status=500, body=b"oops")
    site.routes["/broken.xml"] = Route(
        body=b"<?xml version='1.0'?><rss><channel><item><title>unclosed", content_type="application/rss+xml"
    )
    site.routes["/empty.html"] = Route(body=b"<html><body></body></html>")
    site.routes["/binary.html"] = Route(body=bytes(range(256)) * 40, content_type="application/octet-stream")
    site.routes["/huge.html"] = Route(body=b"<html><body><p>" + "가".encode() * 700_000 + b"</p></body></html>")
    bad_items = [
        ("/missing.html", "없는 기사", now),
        ("/empty.html", "빈 기사", now),
        ("/binary.html", "바이너리", now),
        ("/huge.html", "거대한 기사", now),
    ]
    bad_feed = site.add_feed("/bad-pages.xml", bad_items)
    config = write_config(
        tmp_path / "s.toml",
        feeds=[f"{site.base}/slow.xml", f"{site.base}/error.xml", f"{site.base}/broken.xml", bad_feed, good_feed],
        timeout=1.0,
        retries=1,
        max_bytes=1_000_000,
    )
    code, out, err = run(
        capsys, "--config", config, "--store", str(tmp_path / "g.lbug"), "--report-dir", str(tmp_path / "r")
    )
    assert code == 1
    failed = [line for line in err.splitlines() if line.startswith("aigraph: failed")]
    assert len(failed) == 7, err
    expect = {
        "/slow.xml": "timed out",
        "/error.xml": "HTTP 500",
        "/broken.xml": "not a valid RSS/Atom feed",
        "/missing.html": "HTTP 404",
        "/empty.html": "no article text",
        "/binary.html": "not an HTML page",
        "/huge.html": "too large",
    }
    for path, reason in expect.items():
        assert sum(path in line and reason in line for line in failed) == 1, (path, reason, failed)
    assert site.hits["/error.xml"] == 2, "a 500 is retried once (retries = 1)"
    assert site.hits["/missing.html"] == 1, "a 404 is not retried"
    assert f"{len(ARTICLES)} new" in out
    [summary] = report_json(tmp_path / "r")
    assert summary["status"] == "partial" and len(summary["failures"]) == 7
    md = next((tmp_path / "r").glob("*.md")).read_text(encoding="utf-8")
    assert "## Failures (7)" in md and "HTTP 404" in md
    with LadybugStore(tmp_path / "g.lbug", read_only=True) as db:
        [[status, errors]] = db.query("MATCH (r:IngestRun) RETURN r.status, r.errors").rows
    assert status == "partial" and sorted(errors) == sorted(summary["failures"])


def test_nothing_reachable_exits_2(site, tmp_path, capsys):
    config = write_config(tmp_path / "s.toml", feeds=[f"{site.base}/nope.xml"], pages=[f"{site.base}/gone.html"])
    code, _, err = run(
        capsys, "--config", config, "--store", str(tmp_path / "g.lbug"), "--report-dir", str(tmp_path / "r")
    )
    assert code == 2
    assert len([line for line in err.splitlines() if line.startswith("aigraph: failed")]) == 2


def test_since_skips_older_feed_entries_and_dry_run_writes_nothing(site, tmp_path, capsys):
    now = datetime.now(timezone.utc)
    fresh = site.add_article(*ARTICLES[0], now - timedelta(days=2))
    old = site.add_article(*ARTICLES[3], now - timedelta(days=30))
    feed = site.add_feed(
        "/mixed.xml", [(fresh, "fresh", now - timedelta(days=2)), (old, "old", now - timedelta(days=30))]
    )
    config = write_config(tmp_path / "s.toml", feeds=[feed])
    store = tmp_path / "g.lbug"
    code, out, err = run(
        capsys,
        "--config",
        config,
        "--store",
        str(store),
        "--since",
        "7d",
        "--dry-run",
        "--report-dir",
        str(tmp_path / "r"),
    )
    assert code == 0, err
    assert "dry run" in out and "1 new" in out
    assert site.hits[old] == 0 and site.hits[fresh] == 1
    assert not (tmp_path / "r").exists()
    assert not list(tmp_path.glob("g.lbug*")), "a dry run creates no store file (nor a lock)"
    code, out, _ = run(
        capsys, "--config", config, "--store", str(store), "--since", "7d", "--report-dir", str(tmp_path / "r")
    )
    assert code == 0 and "1 new" in out
    before = graph_snapshot(store)
    code, out, _ = run(capsys, "--config", config, "--store", str(store), "--dry-run")
    assert code == 0 and "1 unchanged" in out and graph_snapshot(store) == before, "an existing store is only read"


def test_a_run_where_every_input_failed_leaves_no_store_file(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "keep.lbug.notes").write_text("the user's own file", encoding="utf-8")
    code, _, err = run(
        capsys,
        str(tmp_path / "in" / "empty.txt"),
        str(tmp_path / "missing.txt"),
        "--store",
        str(tmp_path / "keep.lbug"),
    )
    assert code == 2 and err.count("aigraph: failed") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "keep.lbug.notes"]


def test_invalid_config_is_one_line_naming_the_file(tmp_path, capsys):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[feeds]]\nulr = "https://example.com/rss"\n', encoding="utf-8")
    code, _, err = run(capsys, "--config", str(bad), "--store", str(tmp_path / "g.lbug"))
    assert code == 2
    assert err.count("\n") == 1 and "sources.toml" in err and "ulr" in err
    code, _, err = run(capsys, "--config", str(bad), str(tmp_path))
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "--config", str(bad), "--since", "last tuesday", "--store", str(tmp_path / "g.lbug"))
    assert code == 2 and err.count("\n") == 1


def test_folder_sources_read_files_with_their_options(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes("\n".join(ARTICLES[2][2]).encode("cp949"))
    (inbox / "b.txt").write_text("\n".join(ARTICLES[3][2]), encoding="utf-8")
    (inbox / "broken.json").write_text("{not json", encoding="utf-8")
    config = tmp_path / "sources.toml"
    config.write_text('[[folders]]\npath = "inbox"\nname = "wire"\nlanguage = "ko"\n', encoding="utf-8")
    code, out, err = run(
        capsys, "--config", str(config), "--store", str(tmp_path / "g.lbug"), "--report-dir", str(tmp_path / "r")
    )
    assert code == 1
    assert "2 new" in out and "new investment: KT -> 한국전자통신연구원" in out
    assert [line for line in err.splitlines() if "failed" in line] == [
        f"aigraph: failed {inbox / 'broken.json'}: not valid JSON (Expecting property name enclosed in double quotes at line 1)"
    ]
