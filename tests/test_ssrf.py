"""Links from feeds may only reach public addresses: real servers on 127.0.0.1, the real weekly job."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.ingest.cli import main
from aigraph.ingest.config import HttpSettings
from aigraph.ingest.netguard import refusal
from aigraph.ingest.web import Fetcher, FetchError
from test_weekly_site import ARTICLES, NewsSite, Route, rss, site, write_config  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    "address, kind",
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.0.1", "private"),
        ("fc00::5", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "shared"),
        ("100.127.255.254", "shared"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.7", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::1", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("192.0.2.10", "private"),  # documentation range: not routable
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address, kind):
    assert (refusal(address) or "").startswith(kind)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "211.234.10.5", "2606:4700:4700::1111", "::ffff:8.8.4.4"])
def test_public_addresses_pass(address):
    assert refusal(address) is None


@pytest.fixture
def other():
    """A second local server standing for an internal service a feed must not reach."""
    with NewsSite() as running:
        running.routes["/admin"] = Route(body=b"<html><body><p>internal</p></body></html>")
        yield running


def _run(capsys, config: str, store: str, reports) -> tuple[int, str, dict]:
    code = main(["ingest", "--config", config, "--store", store, "--report-dir", str(reports)])
    err = capsys.readouterr().err
    [summary] = [json.loads(p.read_text(encoding="utf-8")) for p in reports.glob("ingest-*.json")]
    return code, err, summary


def test_feed_items_pointing_inside_are_refused_and_its_own_items_ingested(site, other, tmp_path, capsys):
    now = datetime.now(timezone.utc) - timedelta(hours=1)
    slug, headline, paragraphs, charset = ARTICLES[0]
    own = site.base + site.add_article(slug, headline, paragraphs, charset, now)
    other_port = other.server.server_port
    site.routes["/go/internal"] = Route(status=302, headers={"Location": "http://10.20.30.40/news/a.html"})
    site.routes["/go/other"] = Route(status=302, headers={"Location": f"http://127.0.0.1:{other_port}/admin"})
    hostile = {
        f"http://127.0.0.1:{other_port}/admin": "127.0.0.1 is a loopback address",
        f"http://localhost:{other_port}/admin": "a loopback address",  # 127.0.0.1 or ::1, whichever comes first
        "http://169.254.169.254/latest/meta-data/": "169.254.169.254 is a link-local (cloud metadata) address",
        f"{site.base}/go/internal": "refused http://10.20.30.40/news/a.html: 10.20.30.40 is a private address",
        f"{site.base}/go/other": f"refused http://127.0.0.1:{other_port}/admin: 127.0.0.1 is a loopback address",
    }
    items = [(own, headline, now)] + [(url, "내부", now) for url in hostile]
    site.routes["/rss.xml"] = Route(body=rss("", items), content_type="application/rss+xml; charset=utf-8")
    config = write_config(tmp_path / "s.toml", feeds=[f"{site.base}/rss.xml"])

    code, err, summary = _run(capsys, config, str(tmp_path / "g.lbug"), tmp_path / "r")

    assert code == 1 and other.hits == {}, "the internal server saw no request"
    assert len(summary["failures"]) == len(hostile)
    for url, reason in hostile.items():
        [line] = [f for f in summary["failures"] if f.split(": refused ")[0].endswith(url)]
        assert reason in line and "allow_private_hosts" in line and "\n" not in line, line
    assert sum("refused" in line for line in err.splitlines()) == len(hostile)
    assert summary["counts"]["articles_new"] == 1
    with LadybugStore(tmp_path / "g.lbug", read_only=True) as db:
        assert db.query("MATCH (a:Article) RETURN a.url").rows == [[own]]


def test_an_operator_allowed_intranet_host_is_fetched(site, other, tmp_path):
    """``allow_private_hosts`` names the intranet hosts a feed's links may reach; others stay refused."""
    settings = HttpSettings(timeout=2.0, retries=0, per_host_interval=0.0, allow_private_hosts=("LocalHost",))
    feed = f"{site.base}/rss.xml"
    with Fetcher(settings) as fetcher:
        allowed = fetcher.get(f"http://localhost:{other.server.server_port}/admin", operator_url=feed)
        with pytest.raises(FetchError, match="refused .*loopback"):
            fetcher.get(f"http://127.0.0.1:{other.server.server_port}/admin", operator_url=feed)
    assert allowed.content.endswith(b"internal</p></body></html>") and other.hits["/admin"] == 1


def test_a_redirect_from_the_operators_page_to_another_local_port_is_refused(site, other):
    """Every hop is judged: the operator's own host is fetched, its redirect elsewhere is not."""
    site.routes["/moved"] = Route(
        status=301, headers={"Location": f"http://127.0.0.1:{other.server.server_port}/admin"}
    )
    site.routes["/here"] = Route(status=302, headers={"Location": "/final"})
    site.routes["/final"] = Route(body=b"<html><body><p>same host</p></body></html>")
    settings = HttpSettings(timeout=2.0, retries=0, per_host_interval=0.0)
    with Fetcher(settings) as fetcher:
        with pytest.raises(FetchError, match=r"refused http://127\.0\.0\.1:\d+/admin: .*loopback"):
            fetcher.get(f"{site.base}/moved", operator_url=f"{site.base}/moved")
        same_host = fetcher.get(f"{site.base}/here", operator_url=f"{site.base}/here")
    assert site.hits["/moved"] == 1 and other.hits == {}
    assert same_host.final_url == f"{site.base}/final"
