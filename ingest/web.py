"""Fetching feeds and article pages politely and without surprises.

Every request names us (user agent), waits its turn per host, follows
redirects, gives up after a timeout, retries only what can succeed on a
second try (timeouts, connection errors, 429, 5xx) with exponential
backoff, and refuses bodies over a size limit while streaming, so one huge
or binary URL costs neither memory nor the run.
"""
from __future__ import annotations

import email.utils
import logging
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from ingest.config import HttpSettings
from ingest.sources import PageDocument, UnreadableInput, decode_text, html_to_document

log = logging.getLogger("aigraph.ingest.web")

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_RETRY_STATUS = {429, 500, 502, 503, 504}
_MAX_RETRY_AFTER = 60.0
_TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$", re.I)


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is the reason for the report."""


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str
    charset: str | None


class _HostClock:
    """At most one request per ``interval`` seconds to each host, across threads."""

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, 0.0))
            self._next[host] = slot + self._interval
        if slot > now:
            time.sleep(slot - now)


class Fetcher:
    """One HTTP client for a run; thread-safe, so pages can be fetched concurrently."""

    def __init__(self, settings: HttpSettings) -> None:
        self.settings = settings
        self._clock = _HostClock(settings.per_host_interval)
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent, "Accept-Language": "ko,en;q=0.8"},
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def get(self, url: str, accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5") -> Fetched:
        """The body of ``url`` after redirects; raises ``FetchError`` with the reason."""
        attempts = self.settings.retries + 1
        for attempt in range(1, attempts + 1):
            self._clock.wait(urlsplit(url).netloc)
            try:
                return self._get_once(url, accept)
            except _Retryable as exc:
                if attempt == attempts:
                    suffix = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise FetchError(f"{exc}{suffix}") from None
                delay = exc.retry_after if exc.retry_after is not None else self.settings.backoff * 2 ** (attempt - 1)
                log.info("%s: %s; retrying in %.1fs", url, exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, accept: str) -> Fetched:
        limit = self.settings.max_bytes
        try:
            with self._client.stream("GET", url, headers={"Accept": accept}) as response:
                if response.status_code in _RETRY_STATUS:
                    raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}", _retry_after(response))
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
                declared = int(response.headers.get("content-length") or 0)
                if declared > limit:
                    raise FetchError(f"too large ({declared / 1e6:.1f} MB > {limit / 1e6:.1f} MB limit, http.max_bytes)")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"too large (more than {limit / 1e6:.1f} MB, http.max_bytes)")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
                return Fetched(
                    url=url,
                    final_url=str(response.url),
                    status=response.status_code,
                    content=b"".join(chunks),
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                )
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.settings.timeout:g}s") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {self.settings.max_redirects} redirects") from None
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise _Retryable(f"cannot connect: {exc or type(exc).__name__}") from None


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is None:
            return None
        seconds = (parsed - datetime.now(timezone.utc)).total_seconds()
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def canonical_url(url: str) -> str:
    """The URL an article is known by: no fragment, no tracking parameters, lower-case host."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


_HTML_TYPES = {"text/html", "application/xhtml+xml", "text/plain", ""}


def fetch_page(fetcher: Fetcher, url: str, *, source: str, language: str = "ko") -> PageDocument:
    """Fetch one article page: decoded (declared charset, then UTF-8, EUC-KR/cp949, detection) and extracted.

    Raises ``FetchError`` or ``UnreadableInput`` with the reason.
    """
    fetched = fetcher.get(url)
    if fetched.content_type not in _HTML_TYPES:
        raise UnreadableInput(f"not an HTML page (content-type {fetched.content_type})")
    declared = fetched.charset or _meta_charset(fetched.content)
    html, encoding = decode_text(fetched.content, declared)
    doc = html_to_document(html, source=source, url=fetched.final_url)
    return doc.model_copy(update={"url": canonical_url(doc.url or fetched.final_url), "encoding": encoding,
                                  "language": language or doc.language})


def _meta_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head[:4096])
    return match.group(1).decode("ascii") if match else None
