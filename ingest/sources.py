"""Reading inputs into ``Document``s: files, folders, JSON, JSON Lines, stdin.

Each bad input becomes one ``SourceFailure`` (which input, why) and the rest
carries on; nothing here raises for a single bad file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from charset_normalizer import from_bytes
from pydantic import ValidationError

from aigraph.core.settings import settings
from aigraph.ingest.contract import Document

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl"}
MAX_ARTICLE_BYTES = settings().aigraph_max_article_bytes
# Korean sites still serve legacy encodings; try them before any guessing.
_FALLBACK_ENCODINGS = ("cp949", "euc-kr")


@dataclass(frozen=True)
class SourceFailure:
    """One input that could not be read, reported as ``source: reason``."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class PageDocument(Document):
    """A document read from an HTML page, with the byline and outlet the page declares."""

    author: str = ""
    publisher: str = ""


class UnreadableInput(ValueError):
    """Bytes that are not an article's text (binary, unknown encoding, empty, too large)."""


def decode_text(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes: the declared charset, UTF-8, then cp949/EUC-KR, then a detector.

    Returns ``(text, encoding)``.  Raises ``UnreadableInput`` for binary data.
    """
    if not raw.strip():
        raise UnreadableInput("empty")
    if b"\x00" in raw[:8192]:
        raise UnreadableInput("binary content (NUL bytes), not text")
    candidates = [declared] if declared else []
    candidates += ["utf-8-sig", *_FALLBACK_ENCODINGS]
    for encoding in candidates:
        try:
            return raw.decode(encoding), ("utf-8" if encoding == "utf-8-sig" else encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(raw[:200_000]).best()
    if best is None or best.chaos > 0.3:
        raise UnreadableInput("not text in UTF-8, cp949/EUC-KR or any detectable encoding")
    return raw.decode(best.encoding, errors="replace"), best.encoding


def _check_size(size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise UnreadableInput(
            f"too large for one article ({size / 1e6:.1f} MB > {MAX_ARTICLE_BYTES / 1e6:.1f} MB; "
            "set AIGRAPH_MAX_ARTICLE_BYTES to raise the limit)"
        )


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def document_from_record(record: Any, *, source: str, path: str = "") -> Document:
    """A JSON article object (``id``, ``title``, ``text``, ``url``, ``published``) as a Document.

    A ``sentences`` list stands in for ``text`` (one sentence per line), as in
    sentence-split news corpora.
    """
    if not isinstance(record, dict):
        raise UnreadableInput(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None and isinstance(record.get("sentences"), list):
        text = "\n".join(str(s) for s in record["sentences"])
    if not isinstance(text, str) or not text.strip():
        raise UnreadableInput("no 'text' field (or it is empty)")
    _check_size(len(text.encode("utf-8")))
    try:
        return Document(
            path=path,
            id=str(record.get("id") or ""),
            title=str(record.get("title") or ""),
            text=text,
            url=str(record.get("url") or record.get("source") or ""),
            published=_parse_date(record.get("published")),
            language=str(record.get("language") or "ko"),
            source=source,
        )
    except ValidationError as exc:
        raise UnreadableInput(f"invalid article record: {exc.errors()[0]['msg']}") from exc


def html_to_document(html: str, *, source: str, path: str = "", url: str = "") -> PageDocument:
    """Main text and metadata (title, date, author, outlet, canonical URL) of an HTML page, via trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    data = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    text = data.get("text") or ""
    if not text.strip():
        raise UnreadableInput("no article text found in the HTML page")
    return PageDocument(
        path=path,
        title=data.get("title") or "",
        text=text,
        url=data.get("url") or url,
        published=_parse_date(data.get("date")),
        language=data.get("language") or "ko",
        source=source,
        author=data.get("author") or "",
        publisher=data.get("sitename") or "",
    )


def _read_file(path: Path, shown: str) -> Iterator[Document | SourceFailure]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("rb") as handle:
            yield from _read_jsonl(handle, shown)
        return
    try:
        _check_size(path.stat().st_size)
        text, encoding = decode_text(path.read_bytes())
        if suffix == ".json":
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise UnreadableInput(f"not valid JSON ({exc.msg} at line {exc.lineno})") from exc
            yield document_from_record(record, source=shown, path=shown)
        elif suffix in HTML_SUFFIXES:
            yield html_to_document(text, source=shown, path=shown)
        else:
            yield Document(path=shown, text=text, source=shown, encoding=encoding)
    except UnreadableInput as exc:
        yield SourceFailure(shown, str(exc))
    except OSError as exc:
        yield SourceFailure(shown, f"cannot read: {exc.strerror or exc}")


class _LineReader(Protocol):
    """A binary file, or stdin with its peeked first line put back (``_Chain``)."""

    def readline(self, limit: int = -1, /) -> bytes: ...


def _bounded_lines(handle: _LineReader) -> Iterator[tuple[int, bytes | int]]:
    """``(line number, bytes)``; a line over the article size limit is skipped unread and
    reported as ``(line number, its size)``, so one huge record never sits in memory."""
    number = 0
    while True:
        raw = handle.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= MAX_ARTICLE_BYTES or raw.endswith(b"\n"):
            yield number, raw
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            size += len(raw)
        yield number, size


def _read_jsonl(handle: _LineReader, shown: str) -> Iterator[Document | SourceFailure]:
    seen_any = False
    for number, raw in _bounded_lines(handle):
        if isinstance(raw, bytes) and not raw.strip():
            continue
        seen_any = True
        where = f"{shown}:{number}"
        try:
            if isinstance(raw, int):  # a line too long to keep: only its size was counted
                _check_size(raw)
                continue
            text, _ = decode_text(raw)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise UnreadableInput(f"not valid JSON ({exc.msg})") from exc
            yield document_from_record(record, source=where)
        except UnreadableInput as exc:
            yield SourceFailure(where, str(exc))
    if not seen_any:
        yield SourceFailure(shown, "empty")


def _read_stdin() -> Iterator[Document | SourceFailure]:
    """JSON Lines (first line starts with ``{``) are streamed; anything else is one article."""
    stream = sys.stdin.buffer
    first = stream.readline(MAX_ARTICLE_BYTES + 1)
    if first.lstrip().startswith(b"{"):
        import io

        yield from _read_jsonl(_Chain(io.BytesIO(first), stream), "<stdin>")
        return
    try:
        raw = first + stream.read(MAX_ARTICLE_BYTES + 1 - len(first))
        if len(raw) > MAX_ARTICLE_BYTES:  # count the rest without keeping it
            _check_size(len(raw) + sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), b"")))
        text, encoding = decode_text(raw)
        yield Document(path="-", text=text, source="<stdin>", encoding=encoding)
    except UnreadableInput as exc:
        yield SourceFailure("<stdin>", str(exc))


class _Chain:
    """Two binary streams read as one, line by line (the peeked first line, then the rest)."""

    def __init__(self, *streams: BinaryIO) -> None:
        self._streams = list(streams)

    def readline(self, limit: int = -1) -> bytes:
        while self._streams:
            line = self._streams[0].readline(limit)
            if line:
                return line
            self._streams.pop(0)
        return b""


def _read_supported(path: Path, source: str) -> Iterator[Document | SourceFailure]:
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        yield from _read_file(path, source)
    else:
        yield SourceFailure(
            source,
            f"unsupported file type {path.suffix or '(none)'!r}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}",
        )


def iter_documents(inputs: Iterable[str], *, modified_since: float | None = None) -> Iterator[Document | SourceFailure]:
    """Every document named by ``inputs`` (files, directories recursively, ``-``), in order.

    ``modified_since`` (a POSIX time) skips files in directories last modified
    before it, so a weekly job reads only the week's files from an inbox folder.
    """
    for item in inputs:
        if item == "-":
            yield from _read_stdin()
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and (modified_since is None or p.stat().st_mtime >= modified_since)
            )
            for file in files:
                yield from _read_supported(file, str(file))
        elif path.is_file():  # named explicitly, refused just the same as in a folder
            yield from _read_supported(path, item)
        else:
            yield SourceFailure(item, "no such file or directory")
