"""Fetching feeds and article pages politely and without surprises.

Every request names us (user agent), waits its turn per host, follows
redirects (each hop judged on its own), gives up after a timeout, retries only what can succeed on a
second try (timeouts, connection errors, 429, 5xx) with exponential
backoff, and refuses bodies over a size limit while streaming, so one huge
or binary URL costs neither memory nor the run.  A URL the operator did not
write (a feed item, a redirect elsewhere) may only reach public addresses
(``ingest.netguard``) unless its host is allowed in ``[http] allow_private_hosts``.
"""

from __future__ import annotations

import email.utils
import logging
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from aigraph.ingest.config import HttpSettings
from aigraph.ingest.netguard import AddressRefused, Origin, PublicOnlyTransport, origin
from aigraph.ingest.sources import PageDocument, UnreadableInput, decode_text, html_to_document

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
        common: dict[str, Any] = dict(
            timeout=httpx.Timeout(settings.timeout),
            headers={"User-Agent": settings.user_agent, "Accept-Language": "ko,en;q=0.8"},
        )
        self._client = httpx.Client(**common)
        self._public_only = httpx.Client(transport=PublicOnlyTransport(), **common)
        self._allowed_hosts = {host.lower() for host in settings.allow_private_hosts}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()
        self._public_only.close()

    def get(
        self, url: str, accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", *, operator_url: str
    ) -> Fetched:
        """The body of ``url`` after redirects; raises ``FetchError`` with the reason.

        ``operator_url`` is the feed or page URL written in the sources file that led here:
        every hop on its scheme, host and port is fetched as is, any other only when all the
        addresses its host resolves to are public (or the host is in ``allow_private_hosts``).
        """
        attempts = self.settings.retries + 1
        for attempt in range(1, attempts + 1):
            self._clock.wait(urlsplit(url).netloc)
            try:
                return self._get_once(url, accept, origin(operator_url))
            except _Retryable as exc:
                if attempt == attempts:
                    suffix = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise FetchError(f"{exc}{suffix}") from None
                delay = exc.retry_after if exc.retry_after is not None else self.settings.backoff * 2 ** (attempt - 1)
                log.info("%s: %s; retrying in %.1fs", url, exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, accept: str, trusted: Origin) -> Fetched:
        hop = url
        try:
            for _ in range(self.settings.max_redirects + 1):
                client = self._client if self._is_trusted(hop, trusted) else self._public_only
                with client.stream("GET", hop, headers={"Accept": accept}) as response:
                    if response.has_redirect_location:
                        hop = str(response.url.join(response.headers["location"]))
                        continue
                    return self._read(url, response)
        except AddressRefused as exc:
            raise FetchError(
                f"refused {hop}: {exc} (links found in feeds and pages may only reach public "
                "addresses; allow an intranet host in [http] allow_private_hosts)"
            ) from None
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.settings.timeout:g}s") from None
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise _Retryable(f"cannot connect: {exc or type(exc).__name__}") from None
        raise FetchError(f"more than {self.settings.max_redirects} redirects")

    def _is_trusted(self, url: str, trusted: Origin) -> bool:
        hop = origin(url)
        return hop == trusted or hop[1] in self._allowed_hosts

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        """The body of a final (non-redirect) response, within the size limit."""
        limit = self.settings.max_bytes
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
        seconds = (parsed - datetime.now(UTC)).total_seconds()
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def canonical_url(url: str) -> str:
    """The URL an article is known by: no fragment, no tracking parameters, lower-case host."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


_HTML_TYPES = {"text/html", "application/xhtml+xml", "text/plain", ""}


def fetch_page(fetcher: Fetcher, url: str, *, operator_url: str, source: str, language: str = "ko") -> PageDocument:
    """Fetch one article page: decoded (declared charset, then UTF-8, EUC-KR/cp949, detection) and extracted.

    ``operator_url`` as for ``Fetcher.get``.  Raises ``FetchError`` or ``UnreadableInput`` with the reason.
    """
    fetched = fetcher.get(url, operator_url=operator_url)
    if fetched.content_type not in _HTML_TYPES:
        raise UnreadableInput(f"not an HTML page (content-type {fetched.content_type})")
    declared = fetched.charset or _meta_charset(fetched.content)
    html, encoding = decode_text(fetched.content, declared)
    doc = html_to_document(html, source=source, url=fetched.final_url)
    return doc.model_copy(
        update={
            "url": canonical_url(doc.url or fetched.final_url),
            "encoding": encoding,
            "language": language or doc.language,
        }
    )


def _meta_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head[:4096])
    return match.group(1).decode("ascii") if match else None
