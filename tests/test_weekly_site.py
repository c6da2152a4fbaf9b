"""A small Korean news site on 127.0.0.1 for the weekly-job tests: a feed, article pages, and broken things.

Every page is written for the tests; some are served in EUC-KR, one outlet
republishes another's story.  ``NewsSite`` runs a real ThreadingHTTPServer in
a thread and counts requests, so tests can tell what was fetched.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pytest

# (slug, headline, body paragraphs, charset): each names organisations the extractor knows.
ARTICLES: list[tuple[str, str, list[str], str]] = [
    (
        "hanwha-postech",
        "한화그룹, 포스텍에 300억원 투자",
        [
            "한화그룹이 포스텍에 300억원을 투자한다고 5일 밝혔다.",
            "이번 투자는 인공지능 반도체 공동 연구를 위한 것으로, 두 기관은 앞으로 3년간 연구 인력을 함께 키운다.",
            "한화그룹 관계자는 대학과의 협력을 통해 차세대 기술 경쟁력을 확보하겠다고 말했다.",
        ],
        "utf-8",
    ),
    (
        "naver-kaist",
        "네이버, 카이스트와 AI 공동연구 협약",
        [
            "네이버는 카이스트와 인공지능 공동연구를 위한 업무협약을 체결했다고 6일 밝혔다.",
            "양측은 초거대 언어모델과 검색 기술을 함께 연구하고 연구 성과를 논문으로 공개하기로 했다.",
            "네이버 측은 국내 연구 생태계를 넓히는 데 힘을 보태겠다고 설명했다.",
        ],
        "euc-kr",
    ),
    (
        "kt-etri",
        "KT, 한국전자통신연구원에 150억원 투자",
        [
            "KT가 한국전자통신연구원에 150억원을 투자한다고 7일 밝혔다.",
            "투자금은 6G 통신과 인공지능 네트워크 기술 개발에 쓰일 예정이다.",
            "KT는 연구원과 함께 시험망을 구축하고 상용화 시점을 앞당길 계획이다.",
        ],
        "euc-kr",
    ),
    (
        "samsung-yonsei",
        "삼성전자, 연세대에 500억원 투자",
        [
            "삼성전자가 연세대에 500억원을 투자한다고 8일 밝혔다.",
            "삼성전자는 연세대와 함께 차세대 메모리 반도체 설계 인력을 양성한다.",
            "업계에서는 이번 투자가 산학 협력의 새로운 모델이 될 것으로 보고 있다.",
        ],
        "utf-8",
    ),
]
# Another outlet's copy of the first story: its own headline and footer, the same body.
SYNDICATED = (
    "hanwha-postech-copy",
    "[종합] 한화그룹, 포스텍 AI 연구에 300억 투입",
    ARTICLES[0][2] + ["<저작권자 © 테스트경제 무단전재 및 재배포 금지>"],
    "utf-8",
)


def page_html(headline: str, paragraphs: list[str], charset: str, canonical: str, published: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}"><title>{escape(headline)} - 테스트뉴스</title>'
        f'<link rel="canonical" href="{canonical}">'
        '<meta property="og:site_name" content="테스트뉴스"><meta name="author" content="김하나 기자">'
        f'<meta property="article:published_time" content="{published}"></head>'
        '<body><nav><a href="/">홈</a> <a href="/ai">AI</a></nav>'
        f"<article><h1>{escape(headline)}</h1>{body}</article>"
        "<footer>테스트뉴스 | 서울시 중구 | 대표전화 02-000-0000</footer></body></html>"
    )
    return html.encode(charset)


def rss(base: str, items: list[tuple[str, str, datetime]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link>"
        f"<pubDate>{format_datetime(when)}</pubDate><guid>{base}{path}</guid></item>"
        for path, title, when in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>테스트뉴스</title>'
        f"<link>{base}/</link><description>AI 투자 뉴스</description>{entries}</channel></rss>"
    ).encode("utf-8")


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    fail_first: int = 0  # answer 503 to the first N requests
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


class NewsSite:
    """Routes are plain data, so each test can add a broken page or feed in one line."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = urlsplit(self.path).path
                site.hits[path] += 1
                site.user_agents.add(self.headers.get("User-Agent", ""))
                route = site.routes.get(path, Route(status=404, body=b"<html>not found</html>"))
                if route.delay:
                    time.sleep(route.delay)
                if site.hits[path] <= route.fail_first:
                    route = Route(status=503, body=b"busy")
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    if route.send_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    for key, value in route.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "NewsSite":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add_article(self, slug: str, headline: str, paragraphs: list[str], charset: str, when: datetime) -> str:
        path = f"/news/{slug}.html"
        self.routes[path] = Route(
            body=page_html(headline, paragraphs, charset, f"{self.base}{path}", when.isoformat()),
            content_type=f"text/html; charset={charset}",
        )
        return path

    def add_feed(self, path: str, items: list[tuple[str, str, datetime]]) -> str:
        self.routes[path] = Route(body=rss(self.base, items), content_type="application/rss+xml; charset=utf-8")
        return f"{self.base}{path}"

    def standard(self, now: datetime | None = None) -> str:
        """The four articles and the syndicated copy in one feed; returns the feed URL."""
        now = now or datetime.now(timezone.utc)
        items = []
        for n, (slug, headline, paragraphs, charset) in enumerate([*ARTICLES, SYNDICATED]):
            when = now - timedelta(days=1, hours=n)
            items.append((self.add_article(slug, headline, paragraphs, charset, when), headline, when))
        return self.add_feed("/rss.xml", items)


@pytest.fixture
def site():
    with NewsSite() as running:
        yield running


def write_config(path, feeds=(), pages=(), folders=(), **http) -> str:
    """A sources file; fast HTTP settings so failure tests do not wait for production timeouts."""
    settings = {"timeout": 2.0, "retries": 1, "backoff": 0.05, "per_host_interval": 0.0, **http}
    lines = []
    for url in feeds:
        lines += ["[[feeds]]", f'url = "{url}"', ""]
    for url in pages:
        lines += ["[[pages]]", f'url = "{url}"', ""]
    for folder in folders:
        lines += ["[[folders]]", f'path = "{folder}"', ""]
    lines += ["[http]", *[f"{k} = {v!r}".replace("'", '"') for k, v in settings.items()]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_the_site_serves_euc_kr_pages_and_a_feed(site):
    """The fixture itself: a page declared EUC-KR is EUC-KR bytes, the feed lists every story."""
    import httpx

    feed = site.standard()
    page = httpx.get(f"{site.base}/news/naver-kaist.html")
    assert page.headers["content-type"].endswith("euc-kr")
    assert "카이스트".encode("euc-kr") in page.content and "카이스트".encode("utf-8") not in page.content
    assert httpx.get(feed).text.count("<item>") == len(ARTICLES) + 1


VOLATILE = {"ingested_at"}


def snapshot(store, ignore: frozenset[str] = frozenset()) -> tuple[list, list]:
    """Every node and relationship of an open store with all properties except timestamps (and
    ``ignore``), IngestRun and the writers' Lease left out, sorted.  Lists, not sets, so a duplicate shows up as a difference.
    """
    import json

    def clean(props: dict) -> str:
        kept = {k: v for k, v in props.items() if k not in VOLATILE | ignore}
        return json.dumps(kept, sort_keys=True, default=str, ensure_ascii=False)

    nodes = sorted(
        clean(row[0])
        for row in store.query("MATCH (n) RETURN n").rows
        if row[0]["_label"] not in {"IngestRun", "Lease"}
    )
    rels = sorted(f"{a} {clean(x)} {b}" for a, x, b in store.query("MATCH (a)-[x]->(b) RETURN a.id, x, b.id").rows)
    return nodes, rels


def graph_snapshot(store_path) -> tuple[list, list]:
    """``snapshot`` of a LadybugDB file no process is writing to."""
    from aigraph.graph.stores.ladybug_store import LadybugStore

    with LadybugStore(store_path, read_only=True) as store:
        return snapshot(store)
