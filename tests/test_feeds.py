"""Feeds against a real server on 127.0.0.1: RSS and Atom, dates, limits, and what is not a feed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aigraph.ingest.config import FeedSource, HttpSettings
from aigraph.ingest.feeds import FeedError, read_feed
from aigraph.ingest.web import Fetcher
from test_weekly_site import Route, site  # noqa: F401 (fixture)

NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
ATOM = """<?xml version="1.0" encoding="euc-kr"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>테스트</title><id>urn:t</id><updated>2024-03-10T00:00:00Z</updated>
<entry><title>최신 기사</title><link href="{base}/new.html"/><id>1</id><updated>2024-03-09T09:00:00+09:00</updated></entry>
<entry><title>지난달 기사</title><link href="{base}/old.html"/><id>2</id><updated>2024-02-01T09:00:00+09:00</updated></entry>
<entry><title>날짜 없는 기사</title><link href="{base}/undated.html"/><id>3</id></entry>
<entry><title>링크 없는 기사</title><id>4</id><updated>2024-03-09T09:00:00Z</updated></entry>
</feed>"""


def read(site, path: str, since=None, **feed) -> list:
    with Fetcher(HttpSettings(timeout=2.0, retries=0, per_host_interval=0.0)) as fetcher:
        return read_feed(fetcher, FeedSource(url=f"{site.base}{path}", **feed), since)


def test_an_atom_feed_in_euc_kr_with_since_keeps_recent_and_undated_entries(site):
    site.routes["/atom.xml"] = Route(
        body=ATOM.format(base=site.base).encode("euc-kr"), content_type="application/atom+xml"
    )
    entries = read(site, "/atom.xml", since=NOW - timedelta(days=7))
    assert [(e.link.rsplit("/", 1)[1], e.title) for e in entries] == [
        ("new.html", "최신 기사"),
        ("undated.html", "날짜 없는 기사"),
    ]
    assert entries[0].published == datetime(2024, 3, 9, 0, 0, tzinfo=timezone.utc)
    assert len(read(site, "/atom.xml")) == 3, "without --since every linked entry"


def test_max_items_limits_a_long_feed(site):
    items = "".join(f"<item><title>{n}</title><link>{site.base}/{n}.html</link></item>" for n in range(30))
    site.routes["/long.xml"] = Route(
        body=f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode()
    )
    assert [e.title for e in read(site, "/long.xml", max_items=5)] == ["0", "1", "2", "3", "4"]


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"<html><body><p>just a page</p></body></html>", "not an RSS/Atom feed"),
        (b"<?xml version='1.0'?><rss><channel><item><title>broken", "not a valid RSS/Atom feed"),
        (b"", "not an RSS/Atom feed"),
    ],
)
def test_what_is_not_a_feed_is_a_clear_failure(site, body, reason):
    site.routes["/feed.xml"] = Route(body=body, content_type="application/xml")
    with pytest.raises(FeedError, match=reason):
        read(site, "/feed.xml")


def test_a_feed_that_cannot_be_fetched_says_why(site):
    with pytest.raises(FeedError, match="HTTP 404"):
        read(site, "/nope.xml")
