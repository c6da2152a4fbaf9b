"""Which pipeline reads an article: its language from the letters it is written in.

No model: Korean and English differ by script, so counting letters decides
(a Korean article quoting English names is still mostly Hangul; an English
article quoting 삼성전자 is still mostly Latin).  Other scripts name their
language directly (kana -> ja, Han without kana or Hangul -> zh, Cyrillic -> ru,
Arabic, Thai, Devanagari, Greek, Hebrew).  Latin text is English when English
function words are a clear share of its words; other Latin-script languages are
told apart by their own function words, so a French or German article is not
read as English.  A headline-length Latin text may hold no function word at all
("Nvidia CEO Jensen Huang resigns"); unless another language's words outvote
English there, it is read as English, the one Latin-script language supported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

SUPPORTED = ("ko", "en")
UNDETERMINED = "und"
# A Hangul syllable carries about what two or three Latin letters do, so Hangul counts 2.5
# letters: a Korean article quoting English company names and acronyms stays well above the
# share below, an English one quoting Korean names stays at a few per cent.
_HANGUL_WEIGHT = 2.5
_KOREAN_SHARE = 0.35
_MIN_LETTERS = 20
# a Hangul syllable is written in Korean alone: a one-line brief of six syllables is Korean, where twenty
# Latin letters may still be any of several languages
_MIN_HANGUL = 6
# a Latin word with a Korean particle glued to it ("OpenAI를", "Sutskever는"): Korean grammar around foreign names
_GLUED_PARTICLE = re.compile(r"[A-Za-z](?:은|는|이|가|을|를|의|와|과|에|에서|로|으로|도)(?![가-힣])")
_SAMPLE_CHARS = 20_000  # enough to decide; keeps a 5 MB page cheap
_MIN_FUNCTION_SHARE = 0.08
_HEADLINE_WORDS = 16  # at most this many words, a text need not show its function words
_WORD = re.compile(r"[^\W\d_]+")
# a word opens a sentence when only spaces, quotes or brackets stand between it and the text's start, a
# line break or a full stop (looked for in the few characters before the word)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n])[\s\"'“‘(\[«]*$")
_SCRIPTS = (
    ("HANGUL", "ko"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("THAI", "th"),
    ("DEVANAGARI", "hi"),
    ("GREEK", "el"),
    ("HEBREW", "he"),
    ("LATIN", "latin"),
)
# The commonest short words of each language (closed-class, so they do not depend on topic).
_FUNCTION_WORDS = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "was",
        "are",
        "be",
        "has",
        "have",
        "said",
        "will",
        "which",
        "an",
        "this",
        "into",
        "over",
        "after",
        "about",
        "than",
        "their",
        "would",
        "were",
        "been",
        "also",
        "last",
        "new",
        "more",
        "million",
        "billion",
        "who",
        "he",
        "she",
        "his",
        "her",
        "they",
        "but",
        "not",
        "had",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "ein",
        "eine",
        "den",
        "dem",
        "des",
        "von",
        "zu",
        "auf",
        "für",
        "sich",
        "auch",
        "im",
        "wird",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "des",
        "du",
        "un",
        "une",
        "est",
        "pour",
        "dans",
        "que",
        "qui",
        "sur",
        "au",
        "aux",
        "pas",
        "avec",
        "par",
        "ce",
        "sont",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "y",
        "de",
        "que",
        "en",
        "un",
        "una",
        "es",
        "por",
        "con",
        "para",
        "del",
        "se",
        "al",
        "su",
        "lo",
        "como",
    ],
    "it": [
        "il",
        "lo",
        "la",
        "gli",
        "le",
        "di",
        "che",
        "e",
        "un",
        "una",
        "per",
        "con",
        "del",
        "della",
        "non",
        "sono",
        "nel",
        "alla",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "e",
        "de",
        "que",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "do",
        "da",
        "não",
        "por",
        "se",
        "na",
        "no",
        "ao",
    ],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "dat",
        "op",
        "te",
        "in",
        "voor",
        "met",
        "zijn",
        "niet",
        "aan",
        "er",
        "ook",
    ],
}
_WORD_LANGS: dict[str, set[str]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in _words:
        _WORD_LANGS.setdefault(_w, set()).add(_lang)


@lru_cache(maxsize=1 << 14)
def _script(char: str) -> str | None:
    """The script a letter is written in; cached, as an article repeats a few hundred characters thousands of times."""
    name = unicodedata.name(char, "")
    for prefix, code in _SCRIPTS:
        if name.startswith(prefix) or (prefix == "CJK" and "CJK UNIFIED" in name):
            return code
    return None


def detect_language(text: str, declared: str = "") -> str:
    """``ko``, ``en``, another ISO 639-1 code, or ``declared`` (else ``und``) when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    scripts = Counter(s for ch in sample if ch.isalpha() and (s := _script(ch)))
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS and scripts["ko"] < _MIN_HANGUL:
        return declared or UNDETERMINED
    hangul = scripts["ko"] * _HANGUL_WEIGHT
    if hangul / (letters - scripts["ko"] + hangul) >= _KOREAN_SHARE:
        return "ko"
    if scripts["ko"] >= _MIN_HANGUL and len(_GLUED_PARTICLE.findall(sample)) >= 2:
        return "ko"  # "Ilya Sutskever는 OpenAI를 떠나 …": Latin names carrying Korean particles are Korean text
    if scripts["ja"]:
        scripts["ja"] += scripts.pop("zh", 0)  # kanji inside Japanese text
    script, count = scripts.most_common(1)[0]
    if script != "latin":
        return script
    return _latin_language(sample)


def _latin_language(text: str) -> str:
    words = _WORD.findall(text)
    votes = Counter(lang for w in _function_word_candidates(text) for lang in _WORD_LANGS.get(w, ()))
    headline = len(words) <= _HEADLINE_WORDS
    if not votes:
        return "en" if headline else UNDETERMINED
    lang, count = votes.most_common(1)[0]
    if votes["en"] and count < 2 * votes["en"]:
        lang, count = "en", votes["en"]  # short English text shares "in", "met", "a" with its neighbours
    # a long sentence of names may show few function words; when they are all English, so is the text
    if count / len(words) >= _MIN_FUNCTION_SHARE or (lang == "en" and (headline or len(votes) == 1)):
        return lang
    return UNDETERMINED


def _function_word_candidates(text: str) -> list[str]:
    """Casefolded words that may be function words: lower-case ones and those opening a sentence.

    A capitalised word inside a sentence is part of a name ("Priyanka Das", "Banco de la Nación" keeps its
    lower-case "de"), so "Das" there is no vote for German.
    """
    return [
        match.group().casefold()
        for match in _WORD.finditer(text)
        if match.group()[0].islower() or _SENTENCE_OPENING.search(text, max(0, match.start() - 8), match.start())
    ]
