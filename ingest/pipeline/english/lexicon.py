"""The English lexicons (``data/lexicons/en_*``) and the registry's Latin-script names, loaded once.

Shares the alias registry with the Korean pipeline (``data/aliases.tsv``): an
English name found here resolves to the same canonical entry, hence the same graph
node, as its Korean name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from aigraph.core.vocabulary import EntityType, normalize_name
from aigraph.ingest.pipeline.lexicon import Lexicon, RegistryEntry, _rows

_LATIN = re.compile(r"[A-Za-z]")
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+")  # "Choi Soo-yeon", "Chey Tae-won"
_KOREAN_NAME_GIVEN_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+ [A-Z][a-z]{1,5}")  # "Soo-yeon Choi" (Western order)
_FUNDING_SERIES = re.compile(r"\bSeries [A-H]\d?$")  # "$20M Series A": a round, whatever precedes it
_DEAL_EVENT = re.compile(r"\b(?:IPO|IPOs|SPAC|PIPE)$")  # "a Hong Kong IPO": a listing, whatever precedes it
# verbs of telling: "said it would invest" is a commitment; "…, the lab said" names a speaker, no description
SAYING = frozenset({"say", "announce", "tell", "confirm", "state", "disclose"})
NAMING_WORDS = frozenset({"called", "named", "dubbed"})  # "a joint venture called Y": the name given
# words that put a post or a membership in the past ("former CEO P", "previously a member of Y")
FORMER = frozenset({"former", "formerly", "previously", "ex", "ex-", "then", "onetime", "late"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})  # the tokens of a possessive ("Velaris's", "Velaris'")
# nouns naming a part of an organisation ("its AI unit") and a company it controls
PART_NOUNS = {
    "unit",
    "arm",
    "division",
    "lab",
    "laboratory",
    "fund",
    "branch",
    "department",
    "wing",
    "center",
    "centre",
    "institute",
    "tank",  # "its AI think tank"
    "hub",  # "X, the R&D hub of Y"
}
UNIT_MODIFIERS = {"R&D", "AI"}  # capitalised words that describe a unit like lower-case ones ("X's R&D arm")
PROGRAMME_NOUNS = {"project", "program", "programme", "initiative", "scheme"}  # "the K-Cloud project": no company
AFFILIATE_NOUNS = {"subsidiary", "affiliate", "affiliates", "subsidiaries", "company", "companies"}
# a part or a subsidiary of an owner, not "company" (any firm): "X's AI arm", "Y, a subsidiary of X"
HELD_BODY_NOUNS = PART_NOUNS | AFFILIATE_NOUNS - {"company", "companies"}
# what a company owns that is no organisation: "bought the Sakai plant (Sharp's factory)" buys neither Sakai nor Sharp
ASSET_NOUNS = {"plant", "factory", "fab", "facility", "site", "building", "warehouse", "refinery", "campus", "asset"}
# nouns naming a share of a company ("a 10% stake", "equity")
STAKE_NOUNS = {"stake", "interest", "share", "shares", "equity", "holding", "stock"}
# nouns naming a round of funding ("a round led by X", "took part in Y's rights offering", "a private placement")
ROUND_NOUNS = {
    "round",
    "funding",
    "investment",
    "financing",
    "capital",
    "series",
    "money",
    "fund",
    "offering",
    "placement",
}
# participles naming a round's lead investor after "by" ("a round led / co-led / headed by X")
LEAD_PARTICIPLES = {"lead", "co-lead", "head"}
# nouns calling their names investors ("existing investors A and B", "a participant in the round")
INVESTOR_NOUNS = {"investor", "backer", "participant", "shareholder", "funder"}
# what an owner's possessive names its money through ("Jeff Bezos's investment firm Bezos Expeditions", "the
# family's holding company Y"): the named vehicle is the investor, its owner no party
VEHICLE_NOUNS = frozenset({"firm", "office", "vehicle", "fund", "company", "foundation"})
ACQUIRE_VERBS = {"acquire", "buy", "purchase", "absorb"}
# verbs whose bare singular subject ("Adept raised $350 million", "Glean was acquired by …") can only be a company:
# English writes a common noun there with a determiner ("The startup raised")
COMPANY_SUBJECT_VERBS = {"raise", "secure", "land", "bag", "snag", "nab"}
_SHARED_TITLES = {"partner", "member", "lead", "leader", "principal", "head", "expert", "analyst", "executive"}


# "iFlytek", "eGain": a lower-case letter, a capital and then lower case again begin no English word, only a name
# ("mRNA", "eVTOL" are terms)
_LOWER_LED_NAME = re.compile(r"[a-z][A-Z]+[a-z]")


# "U.S.-based", "Seoul-headquartered", "Nasdaq-listed": where a company is, said before its name
_LOCATED = re.compile(r"-(?:based|headquartered|listed|born|owned|backed|led|made)$", re.I)


SPIN_OFF_NOUNS = {
    "spinoff",
    "spin-off",
    "spinout",
    "spin-out",
    "demerger",
    "carve-out",
    "split-off",
    "splitoff",
    "separation",  # "X completed the separation of Y"
}
SPLIT_VERBS = ("spin", "carve", "split")  # "spin-off" as the tokeniser splits it: "spin", "-", "off"


def is_spin_off_noun(tok) -> bool:
    """ "spin-off", "spinout", or its split form "spin - out", which the parser heads on "out"."""
    return tok.lower_ in SPIN_OFF_NOUNS or (
        tok.lower_ in ("off", "out") and any(t.lower_ in SPLIT_VERBS and t.i < tok.i for t in tok.children)
    )


# words of address before a name ("Dr. Laura Quist", "Mr Park", "Sir Demis Hassabis"): no post, and no part of it
_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "sir", "dame"})


def is_honorific(word: str) -> bool:
    """A capitalised word of address, with its full stop or without ("Dr.", "Dr", "Ms.")."""
    return word[:1].isupper() and word.rstrip(".").lower() in _HONORIFICS


def _outlet_key(name: str) -> str:
    """An outlet's name without its article: "The Information" is named "Information" once "The" is read apart."""
    return normalize_name(re.sub(r"^[Tt]he\s+", "", name.strip()))


def starts_like_name(text: str) -> bool:
    """A name's first letter: a capital, or the lower-case letter of a name written "iFlytek"."""
    return text[:1].isupper() or bool(_LOWER_LED_NAME.match(text))


@dataclass(frozen=True)
class EnglishLexicon:
    base: Lexicon
    titles: frozenset[str]
    outlets: frozenset[str]
    classifiers: frozenset[str]
    org_heads: tuple[tuple[str, EntityType, str], ...]
    corporate_suffixes: frozenset[str]
    registry_by_name: dict[str, RegistryEntry]
    registry_pattern: re.Pattern[str]

    title_words: frozenset[str]
    technologies: frozenset[str]
    not_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]  # the places that are countries or regions, never a campus ("Toronto, Canada")
    given_names: frozenset[str]  # "Marcus", "Priyanka": a name led by one may be a person's (en_given_names.txt)
    family_names: frozenset[str]  # "Smith", "Ruiz": and ending in one (en_family_names.txt)
    # lower-case words of the tagger's vocabulary: a capitalised sentence opener among them is a
    # common noun ("Management decided …"), not a name; filled in by the pipeline that loads the tagger
    common_words: frozenset[str] = frozenset()

    def is_common_word(self, word: str) -> bool:
        return word.casefold() in self.common_words

    def is_korean_name(self, name: str) -> bool:
        """A romanised Korean personal name: a listed surname and a hyphenated given name, in Korean or Western order
        ("Choi Soo-yeon", "Soo-yeon Choi")."""
        if _KOREAN_NAME_GIVEN_FIRST.fullmatch(name):
            return name.split()[-1] in self.surnames
        return bool(_KOREAN_NAME.fullmatch(name)) and name.split()[0] in self.surnames

    def led_by_given_name(self, tokens, after_title: bool = False) -> bool:
        """ "Marcus Smith", "Elena Petrova": two or three plain capitalised words led by a common given name and
        ending in a family name (a listed one, or a word the tagger's vocabulary never saw), none a plural
        ("Atlas Agents"), a place, a technology, a registry name or an organisation's head ("Ada Health"): a
        person's name, whatever the tagger made of it; "Marlow Pay" ends in a word.  Right after a title only a
        person holds ("chief executive Helena Okafor") the first word need not be a listed given name."""
        words = [t.text for t in tokens]
        return (
            2 <= len(words) <= 3
            and all(w.isalpha() and w.istitle() for w in words)
            and (after_title or words[0] in self.given_names)
            and (words[-1] in self.family_names or not self.is_common_word(words[-1]))
            and not any(t.tag_ == "NNPS" for t in tokens)
            # "the Genesis Mission consortium": a name modifying a noun; "names Laura Benning CFO" names her post
            and (tokens[-1].dep_ != "compound" or self.is_title_head(tokens[-1].head.text))
            and self.org_head_type(" ".join(words)) is None
            and not self.is_corporate_suffix(words[-1])
            and not any(self.is_place(w) or self.is_technology(w) or w in self.registry_by_name for w in words)
        )

    def is_place(self, name: str) -> bool:
        """A listed place, also with its possessive ("Saudi Arabia's", which the tagger keeps in the span)."""
        bare = re.sub(r"\s*['’]s?$", "", name.removeprefix("the "))
        return normalize_name(bare) in self.places

    def is_country(self, name: str) -> bool:
        """A listed country or world region, the places that never name a campus."""
        return normalize_name(name) in self.countries

    def is_person_title(self, word: str) -> bool:
        """A title only a person holds ("CEO", "chairman", "founder"); not "partner" or "member",
        which organisations are too."""
        return self.is_title_head(word) and word.casefold() not in _SHARED_TITLES

    def is_technology(self, phrase: str) -> bool:
        """A noun phrase names a technology or sector when one of its words or word pairs is listed."""
        words = phrase.casefold().split()
        pairs = {" ".join(p) for p in zip(words, words[1:])}
        return any(w in self.technologies for w in words) or bool(pairs & self.technologies)

    def is_technology_term(self, name: str) -> bool:
        """Every word names a technology ("NAND", "HBM", "SSD"): a term, never an organisation's name."""
        words = name.casefold().split()
        return bool(words) and all(w in self.technologies for w in words)

    def is_title_word(self, word: str) -> bool:
        """Any word of a listed title ("global" in "global investment officer")."""
        return word.casefold() in self.title_words

    def singular_title(self, word: str) -> str | None:
        """The singular of a plural title word ("CEOs" -> "CEO", "founders" -> "founder"): the title two or more
        people listed after it share; None for any other word."""
        if len(word) > 3 and word.endswith("s") and self.is_title_head(word[:-1]):
            return word[:-1]
        return None

    def is_title_token(self, doc, i: int) -> bool:
        """``doc[i]`` is a word of a title where it stands: a listed title word, or the field of a "chief … officer"
        title ("chief AI officer", "chief human resources officer"), which may be any word ("AI", "data")."""
        if self.is_title_word(doc[i].text):
            return True
        for before, after in ((1, 1), (1, 2), (2, 1)):
            first, last = i - before, i + after
            if (
                first >= 0
                and last < len(doc)
                and doc[first].lower_ == "chief"
                and doc[last].lower_ in ("officer", "scientist")
                and all(t.is_alpha for t in doc[first + 1 : last])
            ):
                return True
        return False

    def is_title_field(self, doc, start: int, end: int) -> bool:
        """ "Head of Digital Health at Novartis", "join Medtronic as Head of Robotic Vision", "Head of Communications,
        Nimbus Vector": the capitalised words ``doc[start:end]`` after a title and "of" name the post's field when the
        employer is named after "at", before "as", or after a comma (in "CEO of Upstage" they name the employer)."""
        if start < 2 or doc[start - 1].lower_ != "of" or not self.is_title_token(doc, start - 2):
            return False
        title = start - 2
        while title > 0 and self.is_title_token(doc, title - 1):
            title -= 1
        employer_after = end + 1 < len(doc) and doc[end].lower_ == "at" and doc[end + 1].text[:1].isupper()
        employer_before = title >= 2 and doc[title - 1].lower_ == "as" and doc[title - 2].ent_type_ == "ORG"
        # "Head of Communications, Nimbus Vector": one common word, then the employer set off by a comma
        employer_set_off = (
            end - start == 1
            and self.is_common_word(doc[start].text)
            and end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].text[:1].isupper()
        )
        return employer_after or employer_before or employer_set_off

    def apposed_post(self, doc, end: int) -> bool:
        """ ", Helsing's chief technology officer," after token ``end - 1``: an apposition naming a person's post at an
        organisation (its name and "'s", then a title only a person holds, then a comma): the word before is a
        person's name ("Brandt, Helsing's CTO, said")."""
        if end >= len(doc) or doc[end].text != ",":
            return False
        k = end + 1
        while k < len(doc) and k - end <= 4 and doc[k].tag_ in ("NNP", "NNPS"):
            k += 1
        if k == end + 1 or k >= len(doc) or doc[k].text not in POSSESSIVES:
            return False
        j = k + 1
        while j < len(doc) and self.is_title_token(doc, j):
            j += 1
        return (
            j > k + 1
            and j < len(doc)
            and doc[j].text == ","
            and any(self.is_person_title(t.text) for t in doc[k + 1 : j])
        )

    def is_title_head(self, word: str) -> bool:
        """A word that is a title on its own ("CEO", "Chairman", "Professor")."""
        return word.casefold() in self.titles

    def is_outlet(self, name: str) -> bool:
        return _outlet_key(name) in self.outlets

    def is_name(self, name: str) -> bool:
        """A candidate organisation name is a name: not a credit, a generic abbreviation or a bare suffix."""
        key = normalize_name(name)
        if (
            _outlet_key(name) in self.outlets
            or key in self.not_names
            or not starts_like_name(name)
            or _FUNDING_SERIES.search(name)
            or _DEAL_EVENT.search(name)
        ):
            return False
        if _LOCATED.search(name.split()[0]):
            return False  # "U.S.-based AI (startup Y)": a description opens the phrase, the name comes after it
        heads = {h.casefold() for h, _, _ in self.org_heads}
        words = name.split()
        generic = [
            w
            for w in words
            if normalize_name(w) in self.not_names or w.casefold().rstrip("s") in heads or w.casefold() in heads
        ]
        plural = words[-1].casefold() not in heads and words[-1].casefold().rstrip("s") in heads
        return (
            len(generic) < len(words) or not plural
        )  # "AI Centers" is a description; "AI Alliance", "Samsung AI Center" names

    def is_corporate_suffix(self, word: str) -> bool:
        return word.casefold().rstrip(".") in self.corporate_suffixes

    def is_final_org_head(self, word: str) -> bool:
        """A one-word head that ends an organisation's name ("Lab", "Institute", "Capital", "Alliance")."""
        return any(word == head and position in ("last", "any") for head, _, position in self.org_heads)

    def org_type(self, name: str) -> EntityType:
        """An organisation's type from the words of its name; Company when nothing says otherwise."""
        return self.org_head_type(name) or EntityType.COMPANY

    def org_head_type(self, name: str) -> EntityType | None:
        """The type the first organisation head in ``name`` gives ("Hanbit Telecom": Company), if any: a name
        with one is an organisation's, whatever the tagger says."""
        words = name.split()
        final = self.strip_suffix(words)
        for head, etype, position in self.org_heads:
            size = len(head.split())
            if (
                etype is EntityType.INVESTOR
                and position == "last"
                and len(final) > size
                and final[-size:] == head.split()
            ):
                return (
                    etype  # "Old College Capital", "Kyoto University Innovation Capital": a fund, named for its school
                )
        for head, etype, position in self.org_heads:
            size = len(head.split())
            if position == "any" and f" {head} " in f" {name} ":
                return etype
            if position == "last" and " ".join(self.strip_suffix(words)[-size:]) == head:
                return etype
            if position == "first" and " ".join(words[:size]) == head:
                return etype
        return None

    def strip_suffix(self, words: list[str]) -> list[str]:
        """The words of a name without trailing corporate suffixes (never all of them)."""
        words = [w.rstrip(",") for w in words]
        while len(words) > 1 and self.is_corporate_suffix(words[-1]):
            words = words[:-1]
        return words

    def identity(self, name: str) -> str:
        """Comparison key of an organisation name: suffixes ("Corp.", "Holdings") removed, normalised."""
        return normalize_name(" ".join(self.strip_suffix(name.split())))


def load_english_lexicon(base: Lexicon, data_dir: Path) -> EnglishLexicon:
    lex = data_dir / "lexicons"
    registry_by_name = {
        name: entry for entry in base.registry for name in entry.names if _LATIN.search(name) and len(name) >= 2
    }
    # Longest names first so "Samsung Electronics" wins over "Samsung"; case-sensitive so
    # common words ("Meta" is a name, "meta" is not) stay words; a corporate suffix may follow.
    alternatives = sorted(registry_by_name, key=len, reverse=True)
    # "Microsoft-backed" still names Microsoft; "LG-MS" is another name
    pattern = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w&]|-[A-Z0-9])")
    titles = frozenset(r[0].strip().casefold() for r in _rows(lex / "en_titles.txt"))
    heads = tuple((h, EntityType(t), p) for h, t, p in _rows(lex / "en_org_heads.tsv"))
    countries = frozenset(normalize_name(r[0]) for r in _rows(lex / "en_countries.txt"))
    return EnglishLexicon(
        base=base,
        titles=titles,
        outlets=frozenset(_outlet_key(r[0]) for r in _rows(lex / "en_outlets.txt")),
        classifiers=frozenset(r[0].strip().casefold() for r in _rows(lex / "en_classifiers.txt")),
        org_heads=heads,
        corporate_suffixes=frozenset(
            r[0].strip().casefold().rstrip(".") for r in _rows(lex / "en_corporate_suffixes.txt")
        ),
        registry_by_name=registry_by_name,
        registry_pattern=pattern,
        title_words=frozenset(w for t in titles for w in t.split()),
        not_names=frozenset(normalize_name(r[0]) for r in _rows(lex / "en_not_names.txt")),
        technologies=frozenset(r[0].strip().casefold() for r in _rows(lex / "en_technologies.txt")),
        surnames=frozenset(r[0].strip() for r in _rows(lex / "en_surnames.txt")),
        given_names=frozenset(r[0].strip() for r in _rows(lex / "en_given_names.txt")),
        family_names=frozenset(r[0].strip() for r in _rows(lex / "en_family_names.txt")),
        places=countries | frozenset(normalize_name(r[0]) for r in _rows(lex / "en_places.txt")),
        countries=countries,
    )
