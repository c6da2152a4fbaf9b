"""Fetching against a real server on 127.0.0.1: retries, backoff, rate limit, redirects, size limit, charsets."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest

from aigraph.ingest.config import HttpSettings
from aigraph.ingest.web import Fetcher, FetchError, canonical_url, fetch_page
from test_weekly_site import ARTICLES, Route, page_html, site  # noqa: F401 (fixture)

FAST = dict(timeout=2.0, retries=2, backoff=0.2, per_host_interval=0.0)


def fetcher(**overrides) -> Fetcher:
    return Fetcher(HttpSettings(**{**FAST, **overrides}))


def test_transient_errors_are_retried_with_exponential_backoff(site):
    site.routes["/flaky"] = Route(body=b"ok", fail_first=2)
    started = time.monotonic()
    with fetcher() as f:
        assert f.get(f"{site.base}/flaky", operator_url=site.base).content == b"ok"
    assert site.hits["/flaky"] == 3
    assert time.monotonic() - started >= 0.2 + 0.4


def test_retries_give_up_with_the_last_reason(site):
    site.routes["/down"] = Route(body=b"", fail_first=99)
    with fetcher(retries=1, backoff=0.0) as f, pytest.raises(FetchError, match=r"HTTP 503 .*after 2 attempts"):
        f.get(f"{site.base}/down", operator_url=site.base)
    assert site.hits["/down"] == 2


def test_retry_after_is_respected(site):
    site.routes["/busy"] = Route(status=429, body=b"", headers={"Retry-After": "1"})
    started = time.monotonic()
    with fetcher(retries=1, backoff=0.0) as f, pytest.raises(FetchError, match="HTTP 429"):
        f.get(f"{site.base}/busy", operator_url=site.base)
    assert time.monotonic() - started >= 1.0


def test_client_errors_are_not_retried(site):
    with fetcher() as f, pytest.raises(FetchError, match="HTTP 404"):
        f.get(f"{site.base}/missing", operator_url=site.base)
    assert site.hits["/missing"] == 1


def test_requests_to_one_host_are_spaced_but_other_hosts_are_not(site):
    site.routes["/p"] = Route(body=b"ok")
    other = site.base.replace("127.0.0.1", "localhost")
    times: dict[str, list[float]] = {"a": [], "b": []}
    with fetcher(per_host_interval=0.25) as f:

        def hit(key: str, base: str) -> None:
            f.get(f"{base}/p", operator_url=base)
            times[key].append(time.monotonic())

        threads = [threading.Thread(target=hit, args=("a", site.base)) for _ in range(4)]
        threads.append(threading.Thread(target=hit, args=("b", other)))
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    a = sorted(times["a"])
    assert all(later - earlier >= 0.2 for earlier, later in zip(a, a[1:])), a
    assert times["b"][0] - started < 0.2, "another host does not wait for this one"


def test_redirects_are_followed_and_the_canonical_url_identifies_the_article(site):
    path = site.add_article(*ARTICLES[0], when=datetime(2024, 3, 5))
    site.routes["/short/1"] = Route(status=301, headers={"Location": path})
    with fetcher() as f:
        via_redirect = fetch_page(f, f"{site.base}/short/1?utm_campaign=x", operator_url=site.base, source="t")
        direct = fetch_page(f, f"{site.base}{path}#comments", operator_url=site.base, source="t")
    assert via_redirect.url == direct.url == f"{site.base}{path}"
    assert via_redirect.text == direct.text and via_redirect.published.isoformat() == "2024-03-05"


def test_a_redirect_loop_is_a_clear_failure(site):
    site.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with fetcher(max_redirects=3) as f, pytest.raises(FetchError, match="more than 3 redirects"):
        f.get(f"{site.base}/loop", operator_url=site.base)


def test_a_huge_body_without_content_length_is_cut_off_while_streaming(site):
    site.routes["/endless"] = Route(body=b"<p>" + b"x" * 3_000_000, send_length=False)
    with fetcher(max_bytes=1_000_000) as f, pytest.raises(FetchError, match="too large"):
        f.get(f"{site.base}/endless", operator_url=site.base)


def test_an_unreachable_host_is_a_connection_failure(site):
    with fetcher(retries=0) as f, pytest.raises(FetchError, match="cannot connect"):
        f.get("http://127.0.0.1:1/", operator_url="http://127.0.0.1:1/")


def test_charset_from_the_meta_tag_when_the_header_has_none(site):
    slug, headline, paragraphs, _ = ARTICLES[1]
    site.routes["/legacy"] = Route(
        body=page_html(headline, paragraphs, "euc-kr", f"{site.base}/legacy", "2024-03-06"), content_type="text/html"
    )
    with fetcher() as f:
        doc = fetch_page(f, f"{site.base}/legacy", operator_url=site.base, source="t")
    assert paragraphs[0] in doc.text and doc.encoding == "euc-kr"


def test_canonical_url_drops_tracking_and_fragments_only():
    assert (
        canonical_url("HTTPS://News.Example.COM/a/1?id=7&utm_source=x&fbclid=y#top")
        == "https://news.example.com/a/1?id=7"
    )
    assert canonical_url("http://example.com") == "http://example.com/"
