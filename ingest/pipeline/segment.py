"""Stage 2, segment: sentences with their Kiwi morphemes, offsets into ``doc.text``.

This is the pipeline's only morphological analysis: Kiwi splits and tags each
body line in one pass, and every later stage reads these tokens (or cheap
regexes over the sentence text) instead of analysing again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.clean import READ_AS, Page


def korean_analyser(words: tuple[tuple[str, str], ...] = ()) -> Kiwi:
    """Kiwi with the words its dictionary misreads added as news uses them (``lexicon.analyser_words``)."""
    kiwi = Kiwi()
    for word, tag in words:
        kiwi.add_user_word(word, tag)
    return kiwi


@dataclass(frozen=True, slots=True)
class Token:
    form: str
    tag: str
    start: int
    end: int
    unknown: bool = False  # a word Kiwi's dictionary lacks ("딥노아/NNG"): coined names mostly are


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]

    def glued_before(self, start: int) -> bool:
        """A Hangul syllable is written right before document offset ``start``: what starts there goes on a word
        ("우리공화당": 공화당 is no name's start; "한앤컴퍼니": nor is 앤컴퍼니)."""
        at = start - self.start
        return at > 0 and "가" <= self.text[at - 1] <= "힣"


_LIST_MARKS = ("△", "▲", "■", "▶")
_SENTENCE_END = (".", "!", "?", "다", "”", '"', "’", "'", ":")


def _join_list_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence whose enumeration goes on to the next line ("… △A △B\n△C 등이 참여한다.") is one
    line: a line that does not end a sentence, or is itself a list item, is joined with a next line
    that starts with a list mark."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        before = text[out[-1][0] : out[-1][1]].strip() if out else ""
        if (
            out
            and text[start:end].lstrip().startswith(_LIST_MARKS)
            and (not before.endswith(_SENTENCE_END) or before.startswith(_LIST_MARKS))
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# a roundup's bullet item that is a headline of its own: a subject (topic particle or comma), then a deal told as a
# noun ("▲ A는 B로부터 15억 원 투자 유치", "▲ C, D 인수")
_MARKS = "".join(_LIST_MARKS)
# what a headline tells, as a noun: a deal, a tie, a founding or its denial ("인수", "협력", "부인")
_HEADLINE_NOUNS = (
    "유치|투자|인수|체결|설립|출범|선정|합류|출시|협력|제휴|동맹|합작|분사|매각|부인|검토|추진|신설|계약|협약|발표"
)
_HEADLINE_ITEM = re.compile(
    rf"\s*[{_MARKS}]\s*[^\s{_MARKS}]+(?:은|는|,)\s[^{_MARKS}]*(?:{_HEADLINE_NOUNS})\S{{0,4}}(?:\s?\([^()]*\))?\s*"
)


def _split_headline_items(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "이번 주 투자 소식 ▲ A는 … 유치 ▲ B는 … 유치": a line of two or more bullet items, each a headline with its own
    subject, is one sentence per item (read as one, every round went to the first subject)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        marks = [start + i for i, ch in enumerate(text[start:end]) if ch in _LIST_MARKS]
        items = list(zip(marks, [*marks[1:], end]))
        if len(items) < 2 or not all(_HEADLINE_ITEM.fullmatch(text, a, b) for a, b in items):
            out.append((start, end))
            continue
        out += [(start, marks[0])] if text[start : marks[0]].strip() else []
        out += items
    return out


# a headline of its own between ellipses: a subject with a comma or a topic particle, then a deal or its denial told
# as a noun ("KT, 리벨리온에 추가 투자…LG이노텍, 퓨리오사AI와 협력")
_HEADLINE_CLAUSE = re.compile(rf"\s*[^\s,…]+(?:,|은|는)\s[^…]*?(?:{_HEADLINE_NOUNS})\S{{0,4}}\s*")
_ELLIPSIS = re.compile(r"…|\.\.\.")


def _split_ellipsis_headlines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Headlines run together with ellipses, each with its own subject, are one sentence each (read as one, the
    first subject took every deal of the others)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        cuts = [m.end() for m in _ELLIPSIS.finditer(text, start, end)]
        items = list(zip([start, *cuts], [*cuts, end]))
        if len(items) < 2 or not all(_HEADLINE_CLAUSE.fullmatch(text[a:b].rstrip("….")) for a, b in items):
            out.append((start, end))
            continue
        out += items
    return out


@cache
def _first_dictionary_id(kiwi: Kiwi) -> int:
    """Kiwi's morpheme ids start with one empty morpheme per tag, the id it gives a word it does not
    know; the first id with a written form is the first dictionary word."""
    i = 0
    while not kiwi.morpheme(i).form:
        i += 1
    return i


# particles written after a vowel, and the tag Kiwi gives each when it splits them off itself
_VOWEL_PARTICLES = {"가": "JKS", "는": "JX", "를": "JKO", "와": "JKB"}
_GLUED_PARTICLES = _VOWEL_PARTICLES | {"의": "JKG"}
# one-syllable particles written right after Latin letters, and their tags
_LATIN_TAIL_PARTICLES = _GLUED_PARTICLES | {"이": "JKS", "은": "JX", "을": "JKO", "과": "JKB", "도": "JX", "에": "JKB"}
_PUNCTUATION = frozenset({"SF", "SP", "SS", "SE", "SO", "SW"})


def _join_ampersand_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "KT&G", "AT&T", "P&G": Latin letters joined by "&" with no space are one written name (Kiwi reads "KT",
    "&", "G"), so no shorter name ("KT") is read inside it and no "G" or "D" is left to start another."""
    out: list[Token] = []
    for t in tokens:
        if (
            t.tag == "SL"
            and len(out) >= 2
            and out[-1].form == "&"
            and out[-2].tag == "SL"
            and out[-2].end == out[-1].start
            and out[-1].end == t.start
        ):
            amp, first = out.pop(), out.pop()
            out.append(Token(first.form + amp.form + t.form, "SL", first.start, t.end, first.unknown or t.unknown))
        else:
            out.append(t)
    return tuple(out)


def _split_glued_particles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "파두가/NNP": a coined name Kiwi does not know, read whole with the particle after it; the name
    and the particle as two tokens, as Kiwi writes a name it knows (also "프라이머로/NNG 부터": 로 before 부터 is
    the particle). Otherwise only for a proper noun of three or
    more syllables written as a word alone, ending in a particle that follows a vowel (가, 는, 를, 와)
    after a syllable without a final consonant: a name ending so ("…가") is rarer than the particle,
    and 이/은/을/과 end many personal names ("…지은"); the genitive 의 after any syllable of a name of three
    syllables or more ("진에어의/NNP": a three-syllable personal name written with 의 is split right too)."""
    out: list[Token] = []
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        alone = (k == 0 or tokens[k - 1].end < t.start or tokens[k - 1].tag in _PUNCTUATION) and (
            nxt is None or nxt.start > t.end or nxt.tag in _PUNCTUATION
        )
        before = t.form[-2:-1]
        after_latin = k > 0 and tokens[k - 1].tag == "SL" and tokens[k - 1].end == t.start
        if (
            after_latin
            and t.form in _LATIN_TAIL_PARTICLES
            and t.tag in ("NNG", "NNB", "NNP")
            and (nxt is None or nxt.start > t.end or nxt.tag in _PUNCTUATION)
        ):  # "퓨리오사AI가/NNG": a particle after Latin letters, which Kiwi may read as a noun
            out.append(Token(t.form, _LATIN_TAIL_PARTICLES[t.form], t.start, t.end, t.unknown))
        elif (
            t.unknown
            and t.tag in ("NNG", "NNP")
            and len(t.form) >= 3
            and t.form[-1] == "로"
            and nxt is not None
            and nxt.form == "부터"
            and nxt.start == t.end
            and t.end - t.start == len(t.form)
        ):  # "프라이머로/NNG 부터": the name, then the particle 로부터 it was read with
            out.append(Token(t.form[:-1], "NNP", t.start, t.end - 1, True))
            out.append(Token("로", "JKB", t.end - 1, t.end))
        elif (
            t.form == "투자가" and t.tag == "NNG" and (nxt is None or nxt.start > t.end) and _glued_to_a_name(tokens, k)
        ):  # "미래에셋벤처투자가/NNG" (투자가, an investor): a name ending in 투자, then the subject particle
            out.append(Token("투자", "NNG", t.start, t.end - 1))
            out.append(Token("가", "JKS", t.end - 1, t.end))
        elif (
            t.unknown
            and t.tag == "NNP"
            and alone
            and len(t.form) >= 3
            and t.end - t.start == len(t.form)
            and "가" <= before <= "힣"
            and (
                t.form[-1] in _VOWEL_PARTICLES
                and (ord(before) - 0xAC00) % 28 == 0
                or t.form[-1] == "의"
                and len(t.form) >= 4
            )
        ):
            out.append(Token(t.form[:-1], t.tag, t.start, t.end - 1, True))
            out.append(Token(t.form[-1], _GLUED_PARTICLES[t.form[-1]], t.end - 1, t.end))
        else:
            out.append(t)
    return tuple(out)


def _glued_to_a_name(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is written in one word after a proper noun or Latin letters that open that word ("미래에셋벤처투자가"),
    not in a common compound ("엔젤투자가": an angel investor)."""
    first = k
    while first > 0 and tokens[first - 1].end == tokens[first].start and tokens[first - 1].tag not in _PUNCTUATION:
        first -= 1
    return first < k and tokens[first].tag in ("NNP", "SL")


def segment(page: Page, kiwi: Kiwi) -> list[Sentence]:
    """Split every body line into sentences; chrome spans are blanked first."""
    masked = page.masked()
    lines = _split_ellipsis_headlines(
        page.text, _split_headline_items(page.text, _join_list_lines(page.text, page.body_lines()))
    )
    sentences: list[Sentence] = []
    results = kiwi.split_into_sents((masked[a:b] for a, b in lines), return_tokens=True)
    known = _first_dictionary_id(kiwi)
    for (line_start, _), sents in zip(lines, results):
        for s in sents:
            start, end = line_start + s.start, line_start + s.end
            tokens = _split_glued_particles(
                _join_ampersand_names(
                    tuple(
                        Token(t.form, t.tag, line_start + t.start, line_start + t.start + t.len, t.id < known)
                        for t in s.tokens or ()
                    )
                )
            )
            text = page.text[start:end].translate(READ_AS)  # rules read one middle dot, 전 for 前
            if text.strip():
                sentences.append(Sentence(len(sentences), start, end, text, tokens))
    return sentences
