"""Stage 1, clean: find the article body and metadata in raw page text.

Saved news pages carry menus, a byline block, comment widgets and a
registration/copyright footer around the article.  Nothing is removed from the
text (every later offset must point into ``doc.text``): this stage only reports
the body span, the spans inside it that are chrome (photo credits), and the
metadata it can read (title, publication date, reporter, publisher).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.pipeline.lexicon import Lexicon

# "승인 2020.12.08 11:00", "입력 2016-05-01", "기사입력 2016.05.01. 오후 3:10"; the
# page-save stamp ("UPDATED.") and the footer's "발행일자" are not publication dates.
_PUBLISHED = re.compile(
    r"(?:승인|입력|등록|기사입력|게재|발행|Published)\s*:?\s*(\d{4})[.\-/년]\s*(\d{1,2})[.\-/월]\s*(\d{1,2})"
)
_ANY_DATE = re.compile(r"(\d{4})[.\-/]\s*(\d{1,2})[.\-/]\s*(\d{1,2})")
_REPORTER = re.compile(r"^(?:•\s*)?([가-힣]{2,4})\s*(?:기자|특파원|객원기자)(?:\s|$|[.,=])")
_PUBLISHER = re.compile(r"(?:제호|매체명)\s*:\s*(\S.*?)\s*$")
_SAVE_STAMP = re.compile(r"^(?:UPDATED|수정|최종수정)\.?\s*\d{4}")
_BULLET = re.compile(r"^\s*•")
# A photo credit or caption marker inside the body: "[사진=클립아트코리아]", "(사진=연합뉴스)".
_CREDIT = re.compile(r"[\[(]\s*(?:사진|그림|자료|이미지|영상|출처|제공|그래픽)\s*[=:/][^\])\n]*[\])]")
_SENTENCE_END = re.compile(r"(?:다|요|음|함|됨)[.\"”'’]*\s*$|[.!?][\"”'’]*\s*$")


@dataclass(frozen=True)
class Page:
    """What ``clean`` reads from one page; offsets are into the original text."""

    text: str
    body_start: int
    body_end: int
    title: str = ""
    published: date | None = None
    reporter: str = ""
    publisher: str = ""
    chrome: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    def body_lines(self) -> list[tuple[int, int]]:
        """(start, end) of every non-empty line of the body, chrome blanked by the caller."""
        spans, pos = [], self.body_start
        for line in self.text[self.body_start : self.body_end].split("\n"):
            if line.strip():
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans

    def masked(self) -> str:
        """The text with chrome spans replaced by spaces: same length, same offsets."""
        if not self.chrome:
            return self.text
        chars = list(self.text)
        for start, end in self.chrome:
            chars[start:end] = " " * (end - start)
        return "".join(chars)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def _to_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def clean_page(text: str, lexicon: Lexicon) -> Page:
    """Locate body and metadata.  Plain article text (no chrome) gives the whole text as body."""
    lines = _lines(text)
    is_chrome = [bool(s) and any(p.search(s) for p in lexicon.chrome) for _, _, s in lines]
    title, reporter, publisher, published = "", "", "", None
    header_end = -1  # index of the last byline/metadata line before the body
    for i, (_, _, s) in enumerate(lines):
        if not s:
            continue
        if m := _PUBLISHED.search(s):
            published = published or _to_date(*m.groups())
            header_end = max(header_end, i) if i < 20 else header_end
        if m := _REPORTER.match(s):
            reporter = reporter or m.group(1)
            header_end = max(header_end, i) if i < 20 else header_end
        if m := _PUBLISHER.search(s):
            publisher = publisher or m.group(1)
        if _BULLET.match(s) and i < 20 and not is_chrome[i]:
            header_end = max(header_end, i)
        if is_chrome[i] and i < 20 and not _SAVE_STAMP.match(s) and header_end >= 0:
            header_end = max(header_end, i)
        if not title and not is_chrome[i] and not _SAVE_STAMP.match(s) and len(s) >= 5:
            title = s
    if header_end < 0:
        title = ""  # plain text: the first line is content, not a title
    if published is None:
        for _, _, s in lines[: max(header_end + 1, 1)]:
            if (m := _ANY_DATE.search(s)) and not _SAVE_STAMP.match(s):
                published = _to_date(*m.groups())
                break

    # Body: from the first content line after the byline block to the last content
    # line before the footer; content = not chrome and not the title repeated.
    first = header_end + 1
    content = [
        i
        for i in range(first, len(lines))
        if lines[i][2] and not is_chrome[i] and (header_end < 0 or lines[i][2] != title)
    ]
    if not content:
        return Page(text, 0, len(text), title, published, reporter, publisher)
    # the footer starts at the first chrome line after the last sentence-like line
    last = content[-1]
    for i in reversed(content):
        if _SENTENCE_END.search(lines[i][2]) and len(lines[i][2]) >= 15:
            last = i
            break
    body_start = lines[content[0]][0]
    body_end = lines[last][1]
    chrome_spans = [(lines[i][0], lines[i][1]) for i in range(content[0], last + 1) if is_chrome[i]]
    chrome_spans += [(m.start() + body_start, m.end() + body_start) for m in _CREDIT.finditer(text[body_start:body_end])]
    return Page(text, body_start, body_end, title, published, reporter, publisher, tuple(sorted(chrome_spans)))
