"""English extraction pipeline: the Korean pipeline's stages and output, read with spaCy.

clean (the shared page cleaner) -> segment (one spaCy parse of the body: sentences,
tags, dependencies, entities) -> recognise -> resolve -> relate (the English rules of
the relation registry).  All stages read and fill the shared ``DocState``, so the
result is assembled exactly like a Korean one.  spaCy is imported and its model
loaded only when the first English article arrives.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from aigraph.ingest.pipeline.doc import DocState
from aigraph.ingest.pipeline.english.lexicon import load_english_lexicon
from aigraph.ingest.pipeline.english.model import ISO_WRITTEN, known_words, load_nlp
from aigraph.ingest.pipeline.english.recognise import EnglishRecogniser
from aigraph.ingest.pipeline.english.relate import EnglishRelationExtractor
from aigraph.ingest.pipeline.english.resolve import EnglishResolver
from aigraph.ingest.pipeline.lexicon import Lexicon
from aigraph.ingest.pipeline.segment import Sentence
from aigraph.ingest.pipeline.staged import StagedPipeline

# "10 billion won" reads to the tagger as the verb "won"; the ISO code has the same length, so the
# parse sees a currency and every offset stays put (evidence is cut from the original text).
# "Rs 60 crore", "Rs. 75 lakh", "INR 500 crore": the tagger reads "Rs" as a name, "₹" as money
_RUPEES = re.compile(r"\b(?:Rs\.?|INR)\s?(?=\d)")
# "a 20 per cent stake" (British and Asian style): the stake rules read "percent"
_PER_CENT = re.compile(r"(?<=\d )per cent\b", re.IGNORECASE)
_CURRENCY_WORDS = re.compile(r"(?:(?<=\d)|(?<=illion)|(?<=\dbn)|(?<=\sbn)|(?<=[bmt][lr]n))([\s-])(won|yen)\b", re.I)


# "… a $40 million Series A. The round …", "… for $3.2B. Oracle …": the tokeniser reads "A." or "B." as an
# initial and joins the sentences (or, last in the text, keeps "A." in the name); a full stop of the same length
# that it cannot take for an abbreviation ends the sentence.
_SERIES_END = re.compile(
    r"(?<=\bSeries [A-H])\.(?=\s+[A-Z\"“]|\s*$)"
    r"|(?:(?<=\d[BMKmb])|(?<=\d[bBmM]n)|(?<=\d\s[BM]n)|(?<=\d\sCr)|(?<=\dCr))\.(?=\s+[A-Z\"“])"  # "for $3.2B. Oracle", "€1bn. The", "$10 Mn. CEO"
)


# a list item's bullet: "Venture Capital Deals: • Y raised …" is a heading, then an item of its own
_BULLET = re.compile(r"[•●▪◦■▶►](?=\s)")
# a line opened by a dash or star bullet and holding a sentence ("- Gradient Works raised …"): the tagger reads the
# name after it as a word of a compound, so the bullet is blanked (a list of names, "- Moreh Labs", keeps it)
_DASH_BULLET = re.compile(r"(?m)^([ \t]*)[-–*](?=[ \t]+(?:[^\s]+[ \t]+){5})")


# "co-founded", "co-led" (verbs): the tokeniser splits the prefix off and the parser loses the verb; read
# without it (blanked, so offsets stay put): the co-founders founded it, the co-leads led; rules that care
# (a co-developed chip is a partnership, a co-owned firm no subsidiary) read the page text (EnClause.co_prefixed).
# "vice-president", "vice-chair": read as the two words of "vice president", as the titles are listed
_VICE_HYPHEN = re.compile(r"\b([Vv]ice)-(?=[a-z])")
_CO_PREFIX = re.compile(
    r"\b[Cc]o-(?=(?:found(?:ed|s|ing)|le(?:d|ads|ading)|invest(?:ed|s|ing)?|chair(?:ed|s)|own(?:ed|s)"
    r"|develop(?:ed|s|ing)?|design(?:ed|s|ing)?|buil(?:d|ds|ding|t)|produc(?:e|ed|es|ing)|creat(?:e|ed|es|ing)"
    r"|operat(?:e|ed|es|ing)|host(?:ed|s|ing)?|sponsor(?:ed|s|ing)?|fund(?:ed|s|ing)?|financ(?:e|ed|es|ing))\b)"
)


# "Halcyon Cloud, Inc. (NYSE: HCLD)", "(Nasdaq: NVDA; TSX: SHOP)": where a company's shares trade, written after
# its name in a release; the exchange is no party to the deal told next
_LISTING = re.compile(
    r"\((?:[A-Z][A-Za-z]{1,9}(?:\s[A-Z][A-Za-z]{1,9})?:\s?[A-Z0-9][A-Z0-9.\-]{0,9}(?:[;,]\s?|(?=\))))+\)"
)


def parser_text(text: str) -> str:
    """The text as the tagger reads it (the clean stage blanked datelines): "N billion won" as "N billion KRW", a
    funding series ending a sentence split off, a list's bullet ending what came before it (a dash bullet blanked), a
    listing's exchange and ticker blanked, "vice-president" as two words, "Rs" as "₹", "20 per cent" as "20 percent"
    (all the same length)."""
    text = _LISTING.sub(lambda m: " " * len(m.group(0)), text)
    text = _SERIES_END.sub("!", text)
    text = _BULLET.sub(".", text)
    text = _DASH_BULLET.sub(r"\1 ", text)
    text = _CO_PREFIX.sub("   ", text)
    text = _VICE_HYPHEN.sub(r"\1 ", text)
    text = _RUPEES.sub(lambda m: "₹".rjust(len(m.group(0))), text)
    text = _PER_CENT.sub("percent ", text)
    return _CURRENCY_WORDS.sub(lambda m: m.group(1) + ISO_WRITTEN[m.group(2).lower()], text)


class EnglishPipeline(StagedPipeline):
    """The English stages over one ``DocState``; construct once (loads spaCy), run per article."""

    def __init__(self, lexicon: Lexicon, data_dir: Path) -> None:
        self.lexicon = lexicon
        self.nlp = load_nlp()
        self.lex = dataclasses.replace(load_english_lexicon(lexicon, data_dir), common_words=known_words(self.nlp))
        self.recogniser = EnglishRecogniser(self.lex)
        self.resolver = EnglishResolver(self.lex)
        self.relater = EnglishRelationExtractor(self.lex)

    def _segment(self, state: DocState) -> None:
        """One parse of the masked text (same offsets); sentences are those inside the body."""
        page = state.cleaned
        masked = page.masked()
        text = " " * page.body_start + masked[page.body_start : page.body_end] + " " * (len(masked) - page.body_end)
        state.analysis = self.nlp(parser_text(text))
        state.sentences = [
            Sentence(i, s.start_char, s.end_char, state.text[s.start_char : s.end_char], ())
            for i, s in enumerate(state.analysis.sents)
        ]

    def _recognise(self, state: DocState) -> None:
        state.mentions = self.recogniser.recognise(state.sentences, state.analysis)

    def _resolve(self, state: DocState) -> None:
        state.entities, state.of_mention = self.resolver.resolve(state.mentions)
