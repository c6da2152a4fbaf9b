"""RSS/Atom feeds: which article links a feed lists for the period asked for."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser

from aigraph.ingest.config import FeedSource
from aigraph.ingest.web import Fetcher, FetchError

_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


class FeedError(Exception):
    """A feed that could not be fetched or parsed; ``str()`` is the reason."""


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str
    published: datetime | None


def read_feed(fetcher: Fetcher, feed: FeedSource, since: datetime | None = None) -> list[FeedEntry]:
    """The feed's entries with a link, newest limits applied, entries older than ``since`` dropped.

    Entries without a date are kept: a feed that does not date its items
    still gets ingested, and unchanged pages are skipped later anyway.
    """
    try:
        fetched = fetcher.get(feed.url, accept=_FEED_ACCEPT, operator_url=feed.url)
    except FetchError as exc:
        raise FeedError(str(exc)) from None
    parsed = feedparser.parse(
        fetched.content, response_headers={"content-type": fetched.content_type or "application/xml"}
    )
    linked = [(raw, link) for raw in parsed.entries if (link := _article_link(raw, fetched.final_url))]
    if parsed.bozo and not linked:
        # feedparser salvages what it can from broken XML; only a feed with nothing usable fails.
        reason = getattr(parsed.bozo_exception, "getMessage", lambda: str(parsed.bozo_exception))()
        raise FeedError(f"not a valid RSS/Atom feed: {reason}")
    if not parsed.get("version") and not linked:
        raise FeedError("not an RSS/Atom feed (no feed element found)")
    entries: list[FeedEntry] = []
    for raw, link in linked[: feed.max_items]:
        stamp = raw.get("published_parsed") or raw.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        if since is not None and published is not None and published < since:
            continue
        entries.append(FeedEntry(link=link, title=raw.get("title", ""), published=published))
    return entries


def _article_link(raw: dict, feed_url: str) -> str | None:
    """The entry's alternate link (relative ones resolved against the feed), else an absolute
    RSS permalink; feedparser's fallback of an Atom id such as "4" is not a link."""
    for link in raw.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return urljoin(feed_url, link["href"])
    fallback = str(raw.get("link", ""))
    return fallback if fallback.startswith(("http://", "https://")) else None
