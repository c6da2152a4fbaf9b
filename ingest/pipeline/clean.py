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

from aigraph.ingest.pipeline.lexicon import Lexicon

# "승인 2021.03.04 15:20", "입력 2016-05-01", "기사입력 2016.05.01. 오후 3:10"; the
# page-save stamp ("UPDATED.") and the footer's "발행일자" are not publication dates.
_PUBLISHED = re.compile(
    r"(?:승인|입력|등록|기사입력|게재|발행|Published)\s*:?\s*(\d{4})[.\-/년]\s*(\d{1,2})[.\-/월]\s*(\d{1,2})"
)
_ANY_DATE = re.compile(r"(\d{4})[.\-/]\s*(\d{1,2})[.\-/]\s*(\d{1,2})")
_REPORTER = re.compile(r"^(?:•\s*)?([가-힣]{2,4})\s*(?:기자|특파원|객원기자)(?:\s|$|[.,=])")
_PUBLISHER = re.compile(r"(?:제호|매체명)\s*:\s*(\S.*?)\s*$")
_SAVE_STAMP = re.compile(r"^(?:UPDATED|수정|최종수정)\.?\s*\d{4}")
_BULLET = re.compile(r"^\s*•")
# A photo credit or caption marker inside the body: "[사진=게티이미지]", "(사진=연합뉴스)".
_CREDIT = re.compile(r"[\[(]\s*(?:사진|그림|자료|이미지|영상|출처|제공|그래픽)\s*[=:/][^\])\n]*[\])]")
# Where a person stands in the photo a caption describes: "(왼쪽)", "(오른쪽 두 번째)", "(왼쪽부터)", "(사진 가운데)"; it
# parts a name from the rest of its list ("P 대표(왼쪽)와 Q 총장이 협약을 체결하고 있다")
_PHOTO_POSITION = re.compile(
    r"\((?:사진\s?)?(?:맨\s?)?(?:왼쪽|오른쪽|가운데|좌측|우측|앞줄|뒷줄)"
    r"(?:\s?(?:부터|에서))?(?:\s?(?:첫|두|세|네|다섯|여섯|\d+)\s?(?:번째|째))?(?:\s?부터)?\)"
)
# Hangul glued right after a span: a particle or ending of the word before the span
_GLUED_AFTER = re.compile(r"[가-힣]+")
# A dateline and byline opening a body line: "[서울=뉴시스] 김철수 기자 =", "(서울=연합뉴스) 홍길동 기자 = ",
# "[디지털타임스 박영희 기자]", "최민준 특파원 =", "전자신문 이지은 기자 jeun@etnews.com": no part of the first
# sentence (its outlet would read as the subject of the deal told after it)
_DATELINE = re.compile(
    r"[ \t]*(?:[\[(【][^\[\]()【】\n=]{1,20}=[^\[\]()【】\n]{1,20}[\])】][ \t]*"
    r"(?:[가-힣]{2,4}[ \t]?(?:기자|특파원|객원기자)[ \t]*)?=?"
    r"|[\[(【](?:[가-힣A-Za-z0-9]{2,10}[ \t])?[가-힣]{2,4}[ \t]?(?:기자|특파원|객원기자)[\])】]"
    r"|(?:[가-힣A-Za-z0-9]{2,10}[ \t])?[가-힣]{2,4}[ \t]?(?:기자|특파원|객원기자)[ \t]*(?:=|[\w.+-]+@[\w.-]+\.[a-z]{2,}))[ \t]*"
)
# A wire or press-release dateline opening a body line: "SAN FRANCISCO, March 4, 2026 /PRNewswire/ --", "PALO ALTO,
# Calif., Feb. 2, 2026 --", "SEOUL, Dec. 4 (Yonhap) --", "SEOUL, Korea – May 2, 2024 –": the city in capitals, a
# region, a date, a wire's name between slashes or an agency's in parentheses, then the dash. It is no part of the
# first sentence (the city became a company, the wire an employer); its date with the year dates the page when the
# page states none. Only an English page's may be the city and the dash alone ("SEOUL --"): elsewhere a capitalised
# acronym and a dash open a line as often ("KT – AI 데이터센터 구축").
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?i:" + "|".join(_MONTHS) + r")[a-z]{0,6}\.?"
_DASH = r"(?:--?|[\u2013\u2014])"
# the city in capitals and its region ("PALO ALTO, Calif."); a release from two offices names both ("REDMOND, Wash.
# and TORONTO, Ont.")
_DATELINE_CITY = r"[A-Z][A-Z.'\- ]{1,30}[A-Z.](?:,[ \t]*[A-Z][A-Za-z.]{1,14}(?:[ \t][A-Z][A-Za-z.]{1,14})?)?"
_WIRE_DATELINE = re.compile(
    rf"[ \t]*{_DATELINE_CITY}(?:,?[ \t]+(?:and|&)[ \t]+{_DATELINE_CITY})*"
    rf"(?:,[ \t]*(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]*(?P<year>\d{{4}}))?)?"
    r"[ \t]*(?P<wire>/[^/\n]{2,40}/|\([A-Z][A-Za-z .-]{1,30}\))?"
    rf"[ \t]*{_DASH}(?:[ \t]+|(?<=--)|(?<=[\u2013\u2014]))"  # a lone hyphen is spaced ("NVIDIA-backed" is none)
    rf"(?:(?P<month2>{_MONTH})[ \t]+(?P<day2>\d{{1,2}}),?[ \t]+(?P<year2>\d{{4}})[ \t]*{_DASH}[ \t]*)?"
)
# One character written for another the rules read, same length so offsets hold: the hyphenation point, the katakana
# middle dots and the bullet operator for "·" between listed names; the Hanja 前 and 現 news writes for 전 (former)
# and 현 (current) before a post ("정지훈 前 네이버 부사장")
READ_AS = str.maketrans(dict.fromkeys("\u2027\u30fb\uff65\u2219", "·") | {"前": "전", "現": "현"})
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
        """The text with chrome spans replaced by spaces and characters written for others replaced by them (a list
        "A‧B・C" is read like "A·B·C", "前" like "전"): same length, same offsets of every word outside the chrome.
        A particle glued after a chrome span moves up to the word before it ("대표(왼쪽)와" is read "대표와"),
        the spaces after it."""
        text = self.text.translate(READ_AS)
        if not self.chrome:
            return text
        chars = list(text)
        for start, end in self.chrome:
            glued = _GLUED_AFTER.match(text, end)
            moved = glued.group(0) if glued and start > 0 and not text[start - 1].isspace() else ""
            chars[start : end + len(moved)] = moved + " " * (end - start)
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


def _wire_dateline(text: str, start: int, end: int, bare: bool) -> re.Match[str] | None:
    """The wire dateline opening the line text[start:end]: one with a date, a wire or an agency, or with ``bare``
    the city and the dash alone."""
    m = _WIRE_DATELINE.match(text, start, end)
    return m if m and (bare or m.group("month") or m.group("wire") or m.group("month2")) else None


def _wire_date(m: re.Match[str]) -> date | None:
    """The date a wire dateline states with its year ("March 4, 2026"); None without the year."""
    for month, day, year in (("month", "day", "year"), ("month2", "day2", "year2")):
        if m.group(year):
            return _to_date(m.group(year), str(_MONTHS.index(m.group(month)[:3].lower()) + 1), m.group(day))
    return None


def clean_page(text: str, lexicon: Lexicon, language: str = "ko") -> Page:
    """Locate body and metadata.  Plain article text (no chrome) gives the whole text as body."""
    lines = _lines(text)
    is_chrome = [bool(s) and any(p.search(s) for p in lexicon.chrome) for _, _, s in lines]
    reporter = next((m.group(1) for _, _, s in lines if (m := _REPORTER.match(s))), "")
    publisher = next((m.group(1) for _, _, s in lines if (m := _PUBLISHER.search(s))), "")
    published = next((d for _, _, s in lines if (m := _PUBLISHED.search(s)) and (d := _to_date(*m.groups()))), None)

    # Header: the leading block of save stamps, the title (possibly repeated), byline
    # bullets and share/comment widgets.  It is a header only if it has a byline.
    title, header_end, byline = "", -1, False
    for i, (_, _, s) in enumerate(lines):
        if not s or is_chrome[i] or _SAVE_STAMP.match(s):
            continue
        if _BULLET.match(s) or _REPORTER.match(s) or _PUBLISHED.search(s):
            byline, header_end = True, i
            continue
        if not title or s == title:
            title, header_end = s, i
            continue
        break
    if byline:
        if published is None:
            head = " ".join(s for _, _, s in lines[: header_end + 1] if not _SAVE_STAMP.match(s))
            published = _to_date(*m.groups()) if (m := _ANY_DATE.search(head)) else None
    else:
        title, header_end = "", -1  # plain text: the first line is content, not a title

    content = [i for i in range(header_end + 1, len(lines)) if lines[i][2] and not is_chrome[i]]
    if not content:
        return Page(text, 0, len(text), title, published, reporter, publisher)
    last = content[-1]
    if any(is_chrome[content[0] :]):
        # a footer follows: the body ends with the last sentence-like line before it
        last = next((i for i in reversed(content) if _SENTENCE_END.search(lines[i][2])), last)
    body_start, body_end = lines[content[0]][0], lines[last][1]
    chrome_spans = [(lines[i][0], lines[i][1]) for i in range(content[0], last + 1) if is_chrome[i]]
    chrome_spans += [
        (m.start() + body_start, m.end() + body_start)
        for pattern in (_CREDIT, _PHOTO_POSITION)
        for m in pattern.finditer(text[body_start:body_end])
    ]
    chrome_spans += [
        (m.start(), m.end())
        for i in content
        if i <= last and (m := _DATELINE.match(text, lines[i][0], lines[i][1])) is not None and m.end() > m.start()
    ]
    bare = language == "en"
    wires = [m for i in content if i <= last and (m := _wire_dateline(text, lines[i][0], lines[i][1], bare))]
    chrome_spans += [(m.start(), m.end()) for m in wires]
    published = published or next((d for m in wires if (d := _wire_date(m))), None)
    return Page(text, body_start, body_end, title, published, reporter, publisher, tuple(sorted(chrome_spans)))
