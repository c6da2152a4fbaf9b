"""A mention of an entity in an article, and the token classes every recogniser reads.

Shared by the Korean recogniser (``recognise``, ``person_names``), the
English one and the later stages (resolve, relate), so none of them imports
another language's recogniser for its vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aigraph.core.vocabulary import EntityType

if TYPE_CHECKING:
    from aigraph.ingest.pipeline.segment import Token

NOUNISH = frozenset({"NNG", "NNP", "SL", "SN", "SH", "XSN", "NR"})
# what Kiwi reads the first syllable of a coined name it does not know as ("한결/MAG 소프트", "한/MM 빛 AI",
# "다온/XR"): written glued to the noun after it, it is part of the name (a real determiner is a word of its own)
MISREAD_NAME_STARTS = frozenset({"MAG", "MM", "XPN", "XR"})
HANGUL = re.compile(r"^[가-힣]+$")
PARTICLE_AFTER_NAME = re.compile(r"\s*씨(?:[는가를의에와]|$|\s)")
# heads of local governments: titles only in a gloss ("나주시(시장 P)"); written after a name they are glued to the
# place ("P 한빛군수") and "시장" is a market as often, so the title lexicon leaves them out
LOCAL_HEADS = frozenset({"시장", "군수", "구청장", "도지사", "교육감"})
# the country a foreign company's arm there is named after ("쿡봇 USA", "아마존웹서비스(AWS) 코리아"): the arm is a
# company of its own, no unit, and the word alone names no company
COUNTRY_ARMS = frozenset(
    {"USA", "US", "America", "Korea", "Japan", "China", "Europe", "India", "UK", "Vietnam"}
    | {"코리아", "재팬", "차이나", "아메리카", "유럽", "인디아", "베트남"}
)
# a company's legal form written after its name: the short forms glued to it ("가람테크(주)는"), the words may
# stand apart ("가람테크 주식회사는"); the particle follows the form
LEGAL_FORM_AFTER_NAME = re.compile(r"\(주\)|㈜|\(유\)|\s?(?:주식회사|유한회사)")
# what a reporter writes in parentheses after a name that is no other name of it: "X(가칭)", "X(사진)"
REPORTER_NOTES = frozenset({"가칭", "假稱", "예정", "미정", "임시", "가명", "사진", "자료사진", "종합", "상보", "속보"})


@dataclass(frozen=True)
class Mention:
    """One entity mention; offsets into ``doc.text``."""

    start: int
    end: int
    text: str
    type: EntityType
    source: str
    sentence: int = 0
    canonical: str = ""  # registry canonical name when known
    head: str = ""  # canonical name of the organisation a compound is built on ("카카오" in "카카오 AI 랩")
    title: str = ""  # persons: the title written next to the name
    org: tuple[int, int] | None = None  # persons: span of the organisation the title belongs to
    refers_to: str = ""  # short references ("구 대표", "광주TP"): the full name they point back to
    tentative: bool = False  # a weak reading: reported only when a relation uses it
    former: bool = False  # persons: "전 ORG T", a past role


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def final_prefix(tokens: Sequence[Token], k: int) -> bool:
    """A prefix (XPN) closing a written word after a noun: a suffix Kiwi read as the next word's prefix ("한빛/NNP
    대/XPN 인공지능학과": the university's short form, 한빛대)."""
    return (
        tokens[k].tag == "XPN"
        and k > 0
        and tokens[k - 1].end == tokens[k].start
        and tokens[k - 1].tag in NOUNISH
        and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)
    )


# "AI 반도체 전용 펀드", "바이오 전문 펀드": a word saying what a body is for makes its phrase a description, no name
KIND_DESCRIBED = frozenset({"전용", "전문", "특화", "전담", "관련"})


# the head words of a named programme ("'K-클라우드 프로젝트'", "AI 바우처 사업")
PROGRAMME_HEADS = ("사업", "프로젝트", "과제", "프로그램")
PROGRAMME_HEAD = "(?:" + "|".join(PROGRAMME_HEADS) + ")"
