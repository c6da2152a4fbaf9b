"""English stage 3, recognise: organisation and person mentions in parsed sentences.

Three sources, most specific first: the alias registry's Latin-script names (so
"Samsung Electronics" is the same entry as 삼성전자), spaCy's ORG / PERSON entities
(cleaned of leading titles, articles and possessives), and proper-noun names right
after an organisation classifier ("startup Tenstorrent", "chipmaker Rapidus") that the
statistical tagger missed, or that stand as the parties of a deal verb ("Orvane acquires
Pellucid").  News outlets and wire services (``en_outlets.txt``) are
credits, never entities.  An organisation's type comes from the registry, else from
its last word ("… University", "Ministry of …", "… Capital", "… Alliance").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.english.lexicon import (
    AFFILIATE_NOUNS,
    COMPANY_SUBJECT_VERBS,
    LEAD_PARTICIPLES,
    NAMING_WORDS,
    PART_NOUNS,
    POSSESSIVES,
    PROGRAMME_NOUNS,
    ROUND_NOUNS,
    SAYING,
    STAKE_NOUNS,
    EnglishLexicon,
    is_honorific,
)
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.normalise import parse_money_en
from aigraph.ingest.pipeline.segment import Sentence

# one romanised Korean syllable written as a given name ("Joon", "Hyun", "Seung"): onset, vowel, final consonant
_ROMANISED_SYLLABLE = re.compile(
    r"(?:[GKNDTRLMBPSJHYW]|Ch|Kk|Tt|Pp|Ss|Jj)?h?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|oo|ou|wo|we|wi|yu|eu|ui|i|ee)"
    r"(?:ng|n|m|l|k|p|t|g)?"
)
# verbs whose object is given a post ("hired P as chief executive")
_APPOINTING = frozenset({"hire", "name", "appoint", "tap", "promote", "elect", "recruit", "pick", "select"})
# verbs whose subject takes a post at an employer ("P joined Naver as CTO", "P returned to X as its CEO")
_FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "start", "establish", "launch", "create"})
_TAKES_POST = frozenset({"join", "rejoin", "return", "move", "serve", "step", "resign", "retire", "remain", "stay"})
# bodies no corporate suffix belongs to: one after their name names a company they own
_NO_SUFFIXED_BODIES = frozenset({EntityType.UNIVERSITY, EntityType.GOVERNMENT_AGENCY})
_ENT_LABELS = {"ORG": EntityType.ORGANIZATION, "PERSON": EntityType.PERSON}
# public bodies whose names list their fields ("Engineering and Physical Sciences Research Council")
_BODIES_NAMED_BY_FIELDS = frozenset(
    {EntityType.GOVERNMENT_AGENCY, EntityType.RESEARCH_LAB, EntityType.ORGANIZATION, EntityType.UNIVERSITY}
)
# words before a name that are no part of it ("Incoming Orbix CEO P": the company is Orbix)
_LEADING = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "former",
    "then",
    "incoming",
    "outgoing",
    "acting",
    "interim",
}
_NEW_BODIES = {
    "entity",
    "venture",
    "business",
    "organization",
    "organisation",
    "alliance",
    "consortium",
    "body",
    "center",
    "centre",
    "institute",
    "division",
}
# last words a company's short form leaves out ("Motif Technologies" -> "Motif", "Quorra Inc." -> "Quorra")
_SHORTENED_TAILS = {
    "Technologies",
    "Technology",
    "Tech",
    "Inc",
    "Corp",
    "Corporation",
    "Co",
    "Ltd",
    "Holdings",
    "Systems",
    "Solutions",
}
_LOWER_BODY_NOUNS = ("alliance", "consortium", "coalition")
_NEW_BODY_NOUNS = frozenset({"venture", "subsidiary", "entity", "company", "unit", "firm"})  # "a joint venture, X,"
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial
_UNIT_WORDS = {"division", "business", "unit", "segment", "sector", "department", "center", "centre", "lab", "group"}
_LIST_OPENERS = (":", "—", "–")  # "four units: A, B and C", "eight companies — A, B and C"
_TRAILING = re.compile(r"(?:['’]s?|[,.;:!?\"“”)(\-–—|]|\s)+$")


# verbs whose subject and object (or "in" / "with" / "by" object) news writes as organisations
_DEAL_VERBS = {
    "acquire",
    "buy",
    "purchase",
    "invest",
    "partner",
    "team",
    "collaborate",
    "merge",
    "back",
    "fund",
    "finance",
    "raise",  # "Figure AI raised $675 million": a name the tagger missed, as the company raising money
}
_DEAL_PREPS = {"in", "with", "by"}
_NOT_PARTY_ENTS = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "NORP", "QUANTITY"}

# offices written after a polity or a portfolio, not after an organisation's name
_PUBLIC_OFFICES = {"president", "minister", "secretary", "commissioner", "governor", "mayor"}
_IN_CHARGE_OF = {"head", "director", "president", "chief", "manager", "lead", "officer", "chair", "dean"}


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


# "founded (in 2021) by ", "co-founders ", "siblings ": the names after it are people
_FOUNDERS_BEFORE = re.compile(
    r"\b(?:(?:co-?)?found(?:ed|ers?)|started|set up|siblings|brothers|sisters|couple)"
    r"(?:(?:\s+[\w,]+){0,3}?\s+by)?,?\s+$",
    re.I,
)
# "Dario and ": a one-word given name joined to the full name written next
_GIVEN_AND = re.compile(r"(?<![\w-])([A-Z][a-z]+) and $")
# a capitalised word right before it: the word ends a two-word name ("Lior Drihem and ")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+ $")
# a preposition right before it, whose object is an organisation more often than a person
_BODY_SLOT_BEFORE = re.compile(r"\b(?:of|at|from)\s+$")


# a registry alias naming a kind of government body ("Ministry of Education", "Department of Energy"), which other
# countries' bodies are called too
_GENERIC_BODY = re.compile(r"(?:Ministry|Department|Office|Agency) of ")


def _in_sum(offset: int, sums: list[tuple[int, int]]) -> bool:
    """ "raised NIS 50 million": a currency code the tagger calls an organisation is the sum's."""
    return any(a <= offset < b for a, b in sums)


def _with_shared_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "founded by Dario and Daniela Amodei", "siblings Priya and Arjun Mehta": a lone given name joined by "and"
    to a person's full name shares their surname (the tagger may call it a company, or miss it) when the tagger
    took it for a person or the founding is told right before; "led by Kaszek and Hernan Kazah" names a firm."""
    by_end = {m.end: m for m in mentions}
    replaced: dict[int, Mention] = {}
    for person in mentions:
        words = person.text.split()
        given = _GIVEN_AND.search(text, max(0, person.start - 30), person.start)
        if person.type is not EntityType.PERSON or len(words) != 2 or given is None:
            continue
        alone = by_end.get(given.end(1))
        if alone is not None and (alone.canonical or alone.start != given.start(1)):
            continue  # "Sequoia and P Q": a registry name; or a longer name ending in the word
        if _NAME_WORD_BEFORE.search(text, max(0, given.start(1) - 20), given.start(1)):
            continue  # "founded by Lior Drihem and Itamar Golan": the word is the surname of a name the tagger missed
        if _BODY_SLOT_BEFORE.search(text, max(0, given.start(1) - 10), given.start(1)):
            continue  # "CEO of Vexora and Arjun Patel is its CTO": the word after "of" names a body
        if any(
            m.type is EntityType.PERSON and m.end <= given.start(1) and m.text.split()[-1] == given.group(1)
            for m in mentions
        ):
            continue  # "Helena Okafor … founded by Okafor and Raj Patel": a person named before, by surname
        if not (alone is not None and alone.type is EntityType.PERSON) and not _FOUNDERS_BEFORE.search(
            text, max(0, given.start(1) - 40), given.start(1)
        ):
            continue
        full = f"{given.group(1)} {words[1]}"
        if alone is not None:
            replaced[alone.start] = replace(alone, type=EntityType.PERSON, refers_to=full)
        else:
            found = Mention(given.start(1), given.end(1), given.group(1), EntityType.PERSON, "ner", person.sentence)
            replaced[found.start] = replace(found, refers_to=full)
    kept = [replaced.pop(m.start, m) for m in mentions]
    return sorted(kept + list(replaced.values()), key=lambda m: m.start)


def _with_glossed_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Korea Development Bank (KDB)": the acronym in brackets right after an organisation's name, and every
    later use of it, names that organisation (one node, not a second company called "KDB")."""
    glossed: dict[str, Mention] = {}
    out = []
    for prev, m in zip([None, *mentions], mentions, strict=False):
        if (
            prev is not None
            and prev.type.is_organization
            and m.type.is_organization
            and _glossing_acronym(m.text)
            and text[prev.end : m.start] in (" (", "(")
            and text[m.end : m.end + 1] == ")"
            and m.text[0] == prev.text[:1].upper()
        ):
            glossed[m.text] = prev
        if (named := glossed.get(m.text)) is not None:
            m = replace(m, type=named.type, canonical=named.canonical, refers_to=named.refers_to or named.text)
        out.append(m)
    return out


# words between two names of one company: "X, formerly known as Y", "X (f/k/a Y)", "X, now called Y", "X, which
# rebranded as Y", "X rebranded as Y", "X, doing business as Y", "X, which changed its name from Y"
_OTHER_NAME_BETWEEN = re.compile(
    r"\s*[,(]\s*(?:formerly|previously|originally|now|since renamed|later renamed)(?:\s+(?:known as|called|named))?\s+"
    r"|\s*[,(]\s*(?:f/k/a|fka|d/b/a|dba|doing business as)\s+"
    r"|\s*,\s*which (?:has |had )?(?:rebranded|renamed itself|changed its name|was renamed)(?:\s+(?:as|to|from))?\s+"
    r"|\s+(?:has |had )?(?:rebranded|renamed itself|changed its name)\s+(?:as|to)\s+"
    r"|\s*,\s*which (?:trades|operates) (?:under|as) (?:the brand(?: name)?\s+)?"
)


_OWNED_AFTER = re.compile(r"['’]s?\b|-")


def _with_other_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Vantiq Robotics, formerly known as Helix Motion, raised …": a company's former, later or trading name
    written beside it names the same company (one node, the other name an alias), an organisation whatever the
    tagger called it."""
    out = list(mentions)
    for k in range(1, len(out)):
        first, other = out[k - 1], out[k]
        if not first.type.is_organization or first.refers_to or other.canonical:
            continue
        if not _OTHER_NAME_BETWEEN.fullmatch(text, first.end, other.start) or _OWNED_AFTER.match(text, other.end):
            continue  # "Orvane, formerly Google's robotics unit": the unit of another company, no other name
        out[k] = replace(other, type=first.type, refers_to=first.canonical or first.text)
    return out


def _glossing_acronym(word: str) -> bool:
    """ "KDB", and the mixed-case "TrCS", "KfW": capitals, with a lower-case letter or two between them."""
    return bool(_ACRONYM.fullmatch(word)) or (
        bool(re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,7}", word))
        and sum(ch.isupper() for ch in word) >= 2
        and not re.search(r"[a-z]{3}", word)
    )


def _employer_word(tok) -> bool:
    """A word of a name written before a title: a capitalised proper noun, not a sentence's first function word."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


@dataclass(frozen=True)
class _Candidate:
    start: int  # token index in the doc
    end: int
    type: EntityType
    source: str
    canonical: str = ""
    head: str = ""  # registry canonical name a compound is built on ("Samsung" in "Samsung AI Center")


class EnglishRecogniser:
    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon

    def recognise(self, sentences: list[Sentence], parsed) -> list[Mention]:
        """Mentions of every sentence, non-overlapping, in text order."""
        doc = parsed
        candidates: list[_Candidate] = []
        candidates += [c for c in self._registry(doc) if not self._surname_of_person(doc, c)]
        candidates += self._acronymed_units(doc, {i for c in candidates for i in range(c.start, c.end)})
        candidates += self._korean_names(doc)
        candidates += self._given_named(doc)
        candidates += self._described(doc)
        candidates += self._statistical(doc)
        candidates += self._classified(doc)
        candidates += self._named_bodies(doc)
        parties = self._deal_parties(doc)
        candidates = [c for c in candidates if not _inside_a_party(c, parties)] + parties
        candidates += self._headed(doc)
        sums = [(m.start, m.end) for m in parse_money_en(doc.text)]
        candidates = [
            c
            for c in candidates
            if c.source == "registry"
            or not (self.lex.is_title_field(doc, c.start, c.end) or _in_sum(doc[c.start].idx, sums))
        ]
        candidates = self._employers(doc, candidates)
        chosen: list[_Candidate] = []
        taken: set[int] = set()
        candidates = [self._with_corporate_suffix(doc, c) for c in self._extend_registry(doc, candidates)]
        sents = list(doc.sents)
        sentence_of = {i: k for k, sent in enumerate(sents) for i in range(sent.start, sent.end)}
        for c in candidates:  # registry first, then longer statistical spans
            if sentence_of[c.start] != sentence_of[c.end - 1]:
                # run into the next sentence ("Mizuho Bank Ltd. Sakana AI was founded"): the name ends with its own
                c = replace(c, end=self._trimmed_end(doc, c.start, sents[sentence_of[c.start]].end))
            span = set(range(c.start, c.end))
            if span & taken:
                continue
            chosen.append(c)
            taken |= span
        chosen += self._listed(doc, chosen, taken)
        chosen = [self._with_body_noun(doc, c, taken) for c in chosen]
        chosen += self._repeated(doc, chosen, taken)
        index = {}
        for s in sentences:
            index.update({i: s.index for i in range(s.start, s.end)})
        mentions = []
        full = doc.text  # built anew on every access: once
        for c in sorted(chosen, key=lambda c: c.start):
            start, end = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])
            text = full[start:end]
            head_cased = text[: -len(doc[c.end - 1])] + doc[c.end - 1].text.capitalize()  # "the K-AI alliance"
            etype = c.type if c.type is not EntityType.ORGANIZATION else self.lex.org_type(head_cased)
            if (
                c.type is EntityType.ORGANIZATION
                and c.source != "registry"
                and doc[c.end : c.end + 1].text.lower() in PROGRAMME_NOUNS
            ):
                etype = EntityType.ORGANIZATION  # "the K-Startup Grand Challenge program": a programme, no company
            mentions.append(
                Mention(start, end, text, etype, c.source, index.get(start, 0), canonical=c.canonical, head=c.head)
            )
        return _with_other_names(full, _with_glossed_acronyms(full, _with_shared_surnames(full, mentions)))

    @staticmethod
    def _surname_of_person(doc, c: _Candidate) -> bool:
        """ "Premier Doug Ford", "Michael Dell said": a one-word registry name the tagger reads as the last word of a
        person's name, a given name before it, is the person's surname."""
        return (
            c.end - c.start == 1
            and c.start > 0
            and doc[c.start].ent_type_ == "PERSON"
            and doc[c.start].ent_iob_ == "I"
            and doc[c.start - 1].ent_type_ == "PERSON"
            and doc[c.start - 1].text[:1].isupper()
            and doc[c.start - 1].text.isalpha()
            and (c.end == len(doc) or doc[c.end].ent_iob_ != "I")
        )

    def _with_corporate_suffix(self, doc, c: _Candidate) -> _Candidate:
        """ "SAP SE", "Quorvex Co.": a capitalised corporate suffix right after an organisation's span is its
        name's (the tagger left it out and it became a company of its own)."""
        end = c.end
        while (
            c.type.is_organization
            and end < len(doc)
            and self.lex.is_corporate_suffix(doc[end].text)
            and doc[end].text[0].isupper()
        ):
            end += 1
        return c if end == c.end else replace(c, end=end)

    def _extend_registry(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """An organisation name that starts with a registry name and goes on is its own name
        ("Samsung Catalyst Fund", "Naver Cloud"): it takes precedence over the registry prefix."""
        registry = [c for c in candidates if c.source == "registry"]
        candidates = [c for c in candidates if not self._product_of(doc, c, registry)]
        compounds = [c for c in candidates if c.source == "compound"]
        candidates = [c for c in candidates if c.source != "compound"]
        longer = [
            c
            for c in candidates
            if c.source != "registry"
            and c.type is not EntityType.PERSON
            and any(
                r.start == c.start
                and r.end < c.end
                and not self._titles_only(doc, r.end, c.end)
                and not all(t.is_lower for t in doc[r.end : c.end])  # "former Dell engineers": who they are
                # "a joint venture called SB OpenAI Japan", "a joint venture, SB OpenAI Japan,": a new name holding
                # a registry name is its own
                or (c.start < r.start and r.end <= c.end and c.start > 0 and self._named_new(doc, c.start))
                for r in registry
            )
        ]
        # "NUS School of Computing", "Sony Honda Mobility Inc.": the tagger's whole name, opening with a registry name,
        # outranks a registry name's capitalised run inside it ("NUS School", "Honda Mobility")
        compounds = [
            c
            for c in compounds
            if not any(n.start <= c.start and c.end <= n.end and n.end - n.start > c.end - c.start for n in longer)
        ]
        return compounds + longer + [c for c in candidates if c not in longer]

    @staticmethod
    def _named_new(doc, start: int) -> bool:
        """The name at ``start`` is given after "called" ("named", "dubbed"), or set off right after a new body's
        noun ("a joint venture, X,")."""
        if doc[start - 1].lower_ in NAMING_WORDS:
            return True
        return start > 1 and doc[start - 1].text == "," and doc[start - 2].lemma_.lower() in _NEW_BODY_NOUNS

    def _product_of(self, doc, c: _Candidate, registry: list[_Candidate]) -> bool:
        """ "former Tesla Optimus lead P", "Tesla Autopilot director P": a registry company's name, then one
        capitalised word that is no organisation's head (a product or a team), right before a person's title: the
        company employs, the word is part of the post."""
        if c.source == "registry" or c.type is EntityType.PERSON or c.end >= len(doc):
            return False
        return any(
            r.start == c.start
            and r.end == c.end - 1  # one word more: "Optimus", "Autopilot"
            and doc[r.end].is_title
            and self.lex.org_head_type(doc[r.end].text) is None
            and self.lex.is_title_head(doc[c.end].text)
            for r in registry
        )

    def _employers(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """The name before a person's title is an organisation's ("Quillon CEO Jonah Pryce", "Velaris's
        chief executive P", "Velaris' chief executive, P,", "P, Velaris' co-founder,"), even where the tagger
        saw none or a person: news writes employers there."""
        known = {i for c in candidates if c.type is not EntityType.PERSON for i in range(c.start, c.end)}
        # a name found before the title, perhaps a word short ("[Tenvik] Robotics CTO P"): its start, by its last token
        cut_short: dict[int, int] = {}
        found_names: set[int] = set()  # their tokens
        for c in candidates:
            if c.source != "registry" and c.type is not EntityType.PERSON:
                cut_short[c.end - 1] = min(c.start, cut_short.get(c.end - 1, c.start))
                found_names.update(range(c.start, c.end))
        # the first words of the article's organisation names: "Anchor chief executive P" after "Anchor Robotics"
        firsts = frozenset(
            doc[c.start].text for c in candidates if c.type is not EntityType.PERSON and c.end - c.start > 1
        )
        found: list[_Candidate] = []
        for person in [c for c in candidates if c.type is EntityType.PERSON]:
            span = self._employer_before(doc, person.start, known, cut_short, firsts) or self._employer_after(
                doc, person.end, known, found_names
            )
            if span is not None:
                found.append(_Candidate(*span, EntityType.ORGANIZATION, "employer"))
        taken = {i for c in found for i in range(c.start, c.end)}
        kept = [c for c in candidates if c.source == "registry" or not taken & set(range(c.start, c.end))]
        return [c for c in kept if c.source == "registry"] + found + [c for c in kept if c.source != "registry"]

    def _person_title(self, doc, start: int, end: int) -> bool:
        """``doc[start:end]`` is a title only a person holds ("CEO", "chief executive", "co-founder and CTO");
        "Texas Governor" or "Commerce Secretary" follow a polity, not a body."""
        words = [t.text for t in doc[start:end] if t.lower_ not in ("and", "&", "-", "co")]
        phrase = doc[start:end].text.casefold()
        return (
            bool(words)
            and (any(self.lex.is_person_title(w) for w in words) or (phrase in self.lex.titles and len(words) > 1))
            and words[-1].casefold() not in _PUBLIC_OFFICES
        )

    def _employer_before(
        self, doc, person_start: int, known: set[int], cut_short: dict[int, int], firsts: frozenset[str]
    ) -> tuple[int, int] | None:
        """ "Quillon CEO P", "Velaris's chief executive P", "Velaris' chief executive, P"; a name already found
        that ends there, or right before the words found ("[Tenvik] Robotics chief executive P"), is the employer's,
        as a whole: it outranks a shorter reading of the same words."""
        i = person_start - 1
        apposed = i >= 1 and doc[i].text == ","
        title_end = i - 1 if apposed else i
        i = title_end
        while i >= 0 and i not in known and (self._title_word_at(doc, i) or self._joins_titles(doc, i)):
            i -= 1  # "Quillstack co-founder and CEO P": two titles joined
        if i == title_end or not self._person_title(doc, i + 1, title_end + 1):
            return None  # a title right before the person
        if i >= 1 and doc[i].text in POSSESSIVES:
            i -= 1
        elif apposed:
            return None  # "chief executive, P" names an employer only as "X's chief executive, P"
        end = i + 1
        while (
            i >= 0
            and i not in known
            and (self._employer_token(doc[i]) or doc[i].text in firsts and doc[i].text[:1].isupper())
            and doc[i].lower_ not in _LEADING
            and end - i <= 4
        ):
            i -= 1
        if i in cut_short:
            return cut_short[i], end
        if self.lex.is_technology(doc[i + 1 : end].text) or self.lex.is_place(doc[i + 1 : end].text):
            return None  # "Quillon's AI chief P": the field the post heads; "Michigan professor P": where, no employer
        if i + 1 < end and (i < 0 or doc[i].lower_ in _LEADING or not self._employer_token(doc[i])):
            return i + 1, end
        return None

    def _title_word_at(self, doc, i: int) -> bool:
        return self.lex.is_title_token(doc, i) or co_prefix(doc, i)

    def _joins_titles(self, doc, i: int) -> bool:
        """ "and" or "&" between two titles ("co-founder and CEO")."""
        return doc[i].lower_ in ("and", "&") and i >= 1 and self._title_word_at(doc, i - 1)

    def _employer_token(self, tok) -> bool:
        """A word of the employer's name before a title: a proper noun, or, where capitals tell nothing (a sentence's
        first word, a word the tagger read as a common noun), a capitalised word outside the tagger's vocabulary
        ("Hyperaccel founder P", "Tagforge CEO P" read as an adjective; not "Startup founder P")."""
        if not (tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.text[:1].isupper() and tok.is_alpha):
            return False
        if tok.ent_type_ in ("DATE", "TIME"):
            return False  # "said on Wednesday Chief Executive P": when it was said
        return (tok.pos_ == "PROPN" and not tok.is_sent_start) or (
            not self.lex.is_common_word(tok.text)
            and tok.lemma_.lower() not in self.lex.classifiers
            and not self.lex.is_technology(tok.text)
        )

    def _employer_after(self, doc, person_end: int, known: set[int], found_names: set[int]) -> tuple[int, int] | None:
        """ "P, Velaris' co-founder and chief scientist, said": the name between the comma and the possessive;
        "said P, Tenvik Robotics chief executive." (no possessive): the name before a title that ends the phrase,
        through a name found a word short ("[Tenvik] Robotics")."""
        if person_end >= len(doc) or doc[person_end].text != ",":
            return None
        start = end = person_end + 1
        while end < len(doc) and end not in known and _employer_word(doc[end]) and end - start < 4:
            end += 1
        if end < len(doc) and doc[end].text not in POSSESSIVES:
            return self._employer_titled_after(doc, start, known - found_names)
        if end == start or end >= len(doc):
            return None
        k = end + 1
        while (
            k < len(doc)
            and k not in known
            and (self.lex.is_title_token(doc, k) or doc[k].lower_ in ("and", "&", "-", "co"))
        ):
            k += 1
        # "P, Velaris' head (vice president) of research": a post in charge of a field of the organisation's
        in_charge = k > end + 1 and k < len(doc) and doc[k].lower_ == "of" and doc[k - 1].lower_ in _IN_CHARGE_OF
        if self.lex.is_place(doc[start:end].text):
            return None  # "P, Korea's head of state": a country's office
        return (start, end) if in_charge or self._person_title(doc, end + 1, k) else None

    def _employer_titled_after(self, doc, start: int, registered: set[int]) -> tuple[int, int] | None:
        """ "P, Tenvik Robotics chief executive, said": capitalised name words (not a registry name; a name found a
        word short among them), then a person's title that closes the apposition."""
        end = start
        while (
            end < len(doc)
            and end not in registered
            and end - start < 4
            and _employer_word(doc[end])
            and not self.lex.is_title_token(doc, end)
        ):
            end += 1
        k = end
        while k < len(doc) and (self.lex.is_title_token(doc, k) or doc[k].lower_ in ("and", "&", "-", "co")):
            k += 1
        closed = k >= len(doc) or doc[k].text in (",", ".", ";")
        return (start, end) if end > start and closed and self._person_title(doc, end, k) else None

    @staticmethod
    def _repeated(doc, chosen: list[_Candidate], taken: set[int]) -> list[_Candidate]:
        """A name recognised once is a name wherever else the article writes it ("Tenstorrent CEO …")."""
        found = []
        names = {
            doc[c.start : c.end].text: c for c in chosen if c.type is not EntityType.PERSON and c.source != "registry"
        }
        full = doc.text
        for name, first in names.items():
            for m in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&])", full):
                span = doc.char_span(m.start(), m.end())
                if span is None or set(range(span.start, span.end)) & taken:
                    continue
                found.append(_Candidate(span.start, span.end, first.type, "repeat"))
                taken |= set(range(span.start, span.end))
        for name, first in names.items():  # "Motif Technologies … Motif raised": the short form, as a proper noun
            words = name.split()
            if len(words) < 2 or not all(w.rstrip(".") in _SHORTENED_TAILS for w in words[1:]) or len(words[0]) < 3:
                continue
            for m in re.finditer(rf"(?<![\w&-]){re.escape(words[0])}(?![\w&-])", full):
                span = doc.char_span(m.start(), m.end())
                if span is None or span.start in taken or doc[span.start].tag_ not in ("NNP", "NNPS"):
                    continue
                found.append(_Candidate(span.start, span.end, first.type, "repeat"))
                taken.add(span.start)
        # "Lena Hoffmann is leaving. Hoffmann co-founded Y": a person's surname alone, written after the full name,
        # where the tagger missed it
        for c in chosen:
            words = doc[c.start : c.end]
            if c.type is not EntityType.PERSON or len(words) < 2 or len(surname := words[-1].text) < 3:
                continue
            for m in re.finditer(rf"(?<![\w&-]){re.escape(surname)}(?![\w&-])", full[words.end_char :]):
                span = doc.char_span(words.end_char + m.start(), words.end_char + m.end())
                if span is None or span.start in taken or doc[span.start].tag_ not in ("NNP", "NNPS"):
                    continue
                found.append(_Candidate(span.start, span.end, EntityType.PERSON, "repeat"))
                taken.add(span.start)
        return found

    def _listed(self, doc, chosen: list[_Candidate], taken: set[int]) -> list[_Candidate]:
        """Short capitalised items inside a list of organisations ("Sony, Denso, Kioxia and NEC"): organisations
        too, when an organisation stands on each side of them in the list; at a list's ends, the first item
        after the colon or dash that opens it ("four units: NC AI, A and B") and the last one after its "and"
        ("A, B and Arc Games") need an organisation on their inner side only."""
        org_at = {i: c for c in chosen if c.type is not EntityType.PERSON for i in range(c.start, c.end)}
        lone_person = {(c.start, c.end): c for c in chosen if c.type is EntityType.PERSON and c.end - c.start == 1}
        found: list[_Candidate] = []
        for sent in doc.sents:
            items: list[tuple[int, int]] = []  # list items between separators, in order
            start = sent.start
            for i in range(sent.start, sent.end + 1):
                if i == sent.end or doc[i].text in (",", ";", *_LIST_OPENERS) or doc[i].lower_ == "and":
                    if start < i:
                        items.append((start, i))
                    start = i + 1
            if items and doc[items[-1][0] - 1].lower_ == "and":  # "… and Tmap Mobility as members": the name only
                a, b = items[-1]
                end = next((k for k in range(a, b) if not doc[k].text[:1].isupper()), b)
                items[-1] = (
                    a,
                    end if end > a and (end == b or doc[end].pos_ in ("ADP", "PUNCT", "VERB", "AUX")) else b,
                )
            # twice: an item found at one end of a list is the organisation beside the next one in
            for n, (a, b) in [*enumerate(items), *enumerate(items)]:
                person = lone_person.get((a, b))  # "Kioxia" in a list of companies is no person
                if (
                    b - a > 3
                    or (set(range(a, b)) & taken and person is None)
                    or not all(
                        _name_word(t)
                        or t.text == "&"
                        or (t.pos_ == "PROPN" and t.text[:1].isupper() and b - a > 1)  # "First" of "First Spark Games"
                        or (t.ent_type_ in ("GPE", "PERSON") and not self.lex.is_place(t.text))
                        for t in doc[a:b]
                    )
                ):
                    continue
                before = n > 0 and items[n - 1][1] == a - 1 and items[n - 1][1] - 1 in org_at
                after = any(
                    items[k][0] in org_at
                    for k in range(n + 1, len(items))
                    if all(items[j][1] + 1 == items[j + 1][0] for j in range(n, k))
                )
                opened = a > sent.start and doc[a - 1].text in _LIST_OPENERS
                closed = doc[a - 1].lower_ == "and" and (b == sent.end or doc[b].is_punct)
                if (
                    ((after and (before or opened)) or (before and closed))
                    and self.lex.is_name(doc[a:b].text)
                    and not self.lex.is_place(doc[a:b].text)
                ):
                    found.append(_Candidate(a, b, EntityType.ORGANIZATION, "list"))
                    taken |= set(range(a, b))
                    org_at.update({i: found[-1] for i in range(a, b)})
                    if person is not None:
                        chosen.remove(lone_person.pop((a, b)))
        return found

    def _named_bodies(self, doc) -> list[_Candidate]:
        """ "a member of the SAFEHAND consortium", "joined the Open Robotics alliance": capitalised words between "the"
        and a body noun in lower case name the body, whatever the tagger read (a registry name there, "the Samsung
        consortium", is taken first and stays the company); so do capitalised words set off after a new body's noun
        ("a joint venture, SB OpenAI Japan,")."""
        found = []
        for i in range(1, len(doc) - 1):
            if doc[i + 1].text not in _LOWER_BODY_NOUNS or not (doc[i].is_title or doc[i].is_upper):
                continue
            start = i
            while start - 1 > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and i - start < 3:
                start -= 1
            if doc[start - 1].lower_ == "the" and not self.lex.is_common_word(doc[start].text):
                found.append(_Candidate(start, i + 2, EntityType.ORGANIZATION, "body"))
        # "set up a joint venture, SB OpenAI Japan, to …": the capitalised words set off after a new body's noun
        for i in range(2, len(doc)):
            if not self._named_new(doc, i) or doc[i - 1].text != ",":
                continue
            end = i
            while end < len(doc) and end - i < 5 and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end - i >= 2 and (end == len(doc) or doc[end].text in (",", ".", ";")):
                found.append(_Candidate(i, end, EntityType.ORGANIZATION, "body"))
        return found

    @staticmethod
    def _with_body_noun(doc, c: _Candidate, taken: set[int]) -> _Candidate:
        """ "the K-AI alliance": a name the body noun follows in lower case is the body's, not a company's
        (a registry name before it, "the Samsung consortium", stays the company)."""
        if (
            c.source == "registry"
            or c.type is EntityType.PERSON
            or c.end >= len(doc)
            or doc[c.end].text not in _LOWER_BODY_NOUNS
            or c.end in taken
            or (c.end + 1 < len(doc) and doc[c.end + 1].text == "-")
        ):
            return c
        taken.add(c.end)
        return _Candidate(c.start, c.end + 1, EntityType.ORGANIZATION, c.source)

    def _titles_only(self, doc, start: int, end: int) -> bool:
        return all(self.lex.is_title_word(t.text) or t.is_punct for t in doc[start:end])

    def _registry(self, doc) -> list[_Candidate]:
        """Registry names; with a corporate suffix ("SK hynix Inc.") still the entry; followed by more
        capitalised name words ("Naver Cloud") a sub-organisation named after it."""
        found = []
        for m in self.lex.registry_pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            entry = self.lex.registry_by_name[m.group(0)]
            end = span.end
            if _GENERIC_BODY.match(m.group(0)) and self._inside_longer_name(doc, span.start, end):
                continue  # "Germany's Federal Ministry of Education and Research": another country's body
            while end < len(doc) and self.lex.is_corporate_suffix(doc[end].text) and doc[end].text[0].isupper():
                end += 1
            if end > span.end and entry.type in _NO_SUFFIXED_BODIES:
                # "Tsinghua Holdings", "KAIST Holdings": a university's (or state's) company, an organisation of its own
                found.append(_Candidate(span.start, end, EntityType.ORGANIZATION, "compound", head=entry.name))
                continue
            more = end
            while more < len(doc):
                tok = doc[more]
                if (
                    tok.text in "-–"
                    and not doc[more - 1].whitespace_
                    and more + 1 < len(doc)
                    and doc[more + 1].text[:1].isupper()
                ):
                    more += 2  # "Samsung AI Center-Cambridge"
                    continue
                if (
                    tok.text == "&"
                    and more > end
                    and more + 1 < len(doc)
                    and doc[more + 1].tag_ in ("NNP", "NNPS")
                    and doc[more + 1].text[:1].isupper()
                ):
                    more += 2  # "Hanwha Investment & Securities": one name
                    continue
                if (
                    tok.tag_ not in ("NNP", "NNPS", "NN", "NNS")
                    or not tok.text[0].isupper()
                    or (
                        (self.lex.is_title_word(tok.text) and not self._ends_name_not_title(doc, more))
                        or self.lex.is_outlet(tok.text)
                        or tok.ent_type_ in ("GPE", "DATE")
                    )
                ):
                    break
                more += 1
            while (
                more > end
                and not self.lex.is_name(doc[more - 1].text)
                and self.lex.org_type(doc[more - 1].text) is EntityType.COMPANY
            ):
                more -= 1  # "Naver AI" is not a name; "Samsung Catalyst Fund" is
            if more > end:
                found.append(_Candidate(span.start, more, EntityType.ORGANIZATION, "compound", head=entry.name))
            found.append(_Candidate(span.start, end, entry.type, "registry", entry.name))
        return found

    @staticmethod
    def _inside_longer_name(doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` are part of a longer capitalised name: a capitalised word right before them (not
        "The", nor a possessive's "'s"), or "and" and a capitalised word right after ("Federal Ministry of Education
        and Research")."""
        before = doc[start - 1] if start > 0 else None
        glued_before = (
            before is not None and before.text[:1].isupper() and before.tag_ != "POS" and before.lower_ != "the"
        )
        joined_after = end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].text[:1].isupper()
        return glued_before or joined_after

    def _ends_name_not_title(self, doc, i: int) -> bool:
        """``doc[i]``, a word some title has ("Investment" of "investment officer"), ends an organisation's name
        here ("Kakao Investment and …") when it is a name's final head and no title word follows."""
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        return self.lex.is_final_org_head(doc[i].text) and not self.lex.is_title_word(after)

    @staticmethod
    def _trimmed_end(doc, start: int, end: int) -> int:
        """The span's end without trailing function words and punctuation ("… Innovation at"), and before an
        opening bracket the tagger ran into ("Marten Capital (Orbis": the name, then its gloss)."""
        end = next((k for k in range(start + 1, end) if doc[k].text == "("), end)
        while end > start + 1 and (_TRAILING.fullmatch(doc[end - 1].text) or doc[end - 1].tag_ in ("IN", "CC", "DT")):
            end -= 1
        return end

    def _split(self, doc, start: int, end: int) -> list[tuple[int, int]]:
        """One tagger span that holds two names: "Quillon to Hanbit Systems" (a preposition or a dash between
        them), "KT Investment and Shinhan Venture Investment" (two names of two words or more each).  A common
        noun is no name of its own: "Partnership on AI", "Council on Foreign Relations" are one name; "and" between two
        one-word names parts them when one is a listed name ("Rebellions and Upstage"), not "Johnson and Johnson"."""

        def common_noun_before(i: int) -> bool:
            before = [t for t in doc[start:i] if t.lower_ not in _LEADING]
            return len(before) == 1 and self.lex.is_common_word(before[0].text)

        def joins(tok) -> bool:
            return (
                (
                    tok.tag_ in ("IN", "TO")
                    and tok.lower_ not in ("of", "for", "de", "du", "von")
                    and not (tok.lower_ in ("on", "in") and common_noun_before(tok.i))
                )
                or tok.tag_ in ("VBZ", "VBP", "VBD", "MD")
                or tok.text in ("—", "–", "--")  # "Members of the Y Alliance — A, B and C"
            )

        def both_long(i: int) -> bool:  # or one side a listed name: "Rebellions and Upstage"
            first = next((k for k in range(start, i) if doc[k].lower_ not in _LEADING), i)
            left, right = doc[first:i].text, doc[i + 1 : end].text
            if doc[i].text == "&":  # "IBM & AMD" in a headline: two listed names ("Procter & Gamble" is one)
                return left != right and all(n in self.lex.registry_by_name for n in (left, right))
            return (
                doc[i].lower_ == "and"
                and (
                    (i - first >= 2 and end - i - 1 >= 2)
                    or (left != right and any(n in self.lex.registry_by_name for n in (left, right)))
                )
                and not any(t.lower_ in ("of", "for") for t in doc[start:end])  # "Institute for A and B"
                and not (first < i and self._fields_of(doc[first:i], doc[i + 1 : end]))
            )

        for i in range(start + 1, end - 1):
            if doc[i].text in POSSESSIVES and doc[i + 1].text[:1].isupper() and not self._members_of(doc, i, end):
                # "the Department of Energy's Genesis Mission": the owner, then what it owns
                return self._split(doc, start, i) + self._split(doc, i + 1, end)
        campus = self._campus(doc, next((k for k in range(start, end) if doc[k].lower_ not in _LEADING), start))
        for test in (lambda i: joins(doc[i]), both_long):  # a preposition or verb first, then "and"
            for i in range(start + 1, end - 1):
                if campus and i == campus[0]:
                    continue  # "University of Texas at Austin"
                if test(i) and doc[i + 1].text[:1].isupper() and doc[i - 1].text[:1].isupper():
                    return self._split(doc, start, i) + self._split(doc, i + 1, end)
        return [(start, end)]

    def _campus(self, doc, start: int) -> tuple[int, int] | None:
        """ "University of California, Berkeley", "University of Texas at Austin": a state university's campus,
        after a comma or "at", is part of its name, which the tagger ends before it (or parts at "at").  Returns
        the comma's or "at"'s index and the name's end.  A country after the comma ("University of Toronto,
        Canada") is where the university is; a comma is a campus's only when the name closes after it."""
        if start + 3 >= len(doc) or doc[start].lower_ != "university" or doc[start + 1].lower_ != "of":
            return None
        mark = next((k for k in range(start + 2, min(start + 5, len(doc))) if not doc[k].text[:1].isupper()), None)
        if mark is None or mark == start + 2 or doc[mark].text not in (",", "at"):
            return None
        end = mark + 1
        while end < len(doc) and end - mark <= 3 and (doc[end].text[:1].isupper() or joins_hyphenated(doc, end)):
            end += 1
        campus = doc[mark + 1 : end].text
        if end == mark + 1 or self.lex.is_country(campus) or not self.lex.is_name(campus):
            return None
        closed = end == len(doc) or doc[end].text in (",", ".", ";", ":", "(", ")") or doc[end].lower_ in ("and", "or")
        return (mark, end) if doc[mark].text == "at" or closed else None

    def _person_read_as_place(self, doc, start: int, end: int) -> bool:
        """ "Ben Hughes and Chloe Park": a given name and a family name listed right after a person, which the tagger
        read as a place."""
        return (
            doc[start].ent_type_ in ("LOC", "GPE", "FAC")
            and start >= 2
            and doc[start - 1].lower_ in ("and", ",")
            and doc[start - 2].ent_type_ == "PERSON"
            and self.lex.led_by_given_name(doc[start:end])
        )

    def _members_of(self, doc, mark: int, end: int) -> bool:
        """ "Ontario Teachers' Pension Plan": a body named for its members in a plural possessive, then its head
        word, is one name; the members are no organisation's own head word ("Partners' Elevate fund" is a firm's
        fund)."""
        members = doc[mark - 1].text
        return (
            doc[mark].text in ("'", "’")
            and members.endswith("s")
            and self.lex.org_head_type(members) is None
            and not self.lex.is_corporate_suffix(members)
            and self.lex.org_head_type(doc[mark + 1 : end].text) is not None
        )

    def _statistical(self, doc) -> list[_Candidate]:
        found = []
        org_names = {e.text for e in doc.ents if e.label_ == "ORG"}
        spans = [
            (e.label_, a, b)
            for e in self._fields_joined(doc)
            for a, b in self._split(doc, e.start, self._trimmed_end(doc, e.start, e.end))
        ]
        for label, start, end in sorted(spans, key=lambda e: e[1] - e[2]):
            etype = _ENT_LABELS.get(label) or (
                EntityType.PERSON if self._person_read_as_place(doc, start, end) else None
            )
            if etype is None:
                continue
            titled = False
            while start < end and (doc[start].lower_ in _LEADING or self.lex.is_title_head(doc[start].text)):
                titled = titled or self.lex.is_title_head(doc[start].text)
                start += 1
            if titled and start < end and doc[start].lower_ == "of":
                continue  # "VP of Engineering": a post and its field, no body
            kinds = [k for k in range(start, end - 1) if doc[k].is_lower and doc[k].lower_ in self.lex.classifiers]
            if etype is EntityType.ORGANIZATION and kinds:
                start = kinds[-1] + 1  # "AI start-up Lexpoint": what kind of company it is, then its name
            if (
                etype is EntityType.PERSON
                and start > 0
                and doc[start - 1].is_lower
                and doc[start - 1].lemma_.lower() in self.lex.classifiers
                and not self.lex.led_by_given_name(doc[start:end])
            ):
                continue  # "the payments company Trellis Pay": what a kind of body names is its name (_classified)
            if end - start > 2 and is_honorific(doc[start].text):
                start, etype = start + 1, EntityType.PERSON  # "Dr Anil Deshmukh", tagged an organisation
            titled_before = any(self.lex.is_person_title(doc[max(0, start - n) : start].text) for n in (1, 2))
            if (
                (titled or titled_before)
                and etype is EntityType.ORGANIZATION
                and self.lex.led_by_given_name(doc[start:end], after_title=titled_before)
            ):
                # "CFO Brian Robins said", tagged an organisation with the title; "chief executive Helena Okafor"
                etype = EntityType.PERSON
            while end > start and (_TRAILING.fullmatch(doc[end - 1].text) or doc[end - 1].tag_ in ("IN", "CC", "DT")):
                end -= 1
            if start >= end:
                continue
            while end < len(doc) and _unseen_name_word(doc[end]):
                end += 1  # "Zeynep Yılmaz": the tagger stops before a word in letters it was never trained on
            campus = self._campus(doc, start) if etype is EntityType.ORGANIZATION else None
            if campus:
                end = max(end, campus[1])  # "the University of California, Berkeley": the tagger stops at the comma
            if etype is EntityType.ORGANIZATION:
                end = _numbered_end(doc, end)  # "Sierra Nine", "SCB 10X": the number ends the name
            start = hyphenated_start(doc, start)  # "K-Cloud Initiative": the tagger leaves out the part before it
            if etype is EntityType.ORGANIZATION and _state_owned(doc, start):
                start -= 3  # "Shanghai State-owned Capital Investment Co.": a state enterprise's name, written whole
                while start >= 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                    start -= 1
            if start + 2 < end and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
                start += 2  # "Ex-TCS executive P": the former employer's name
            if end - start >= 3 and doc[end - 2].text == "," and self.lex.is_corporate_suffix(doc[end - 1].text):
                end, etype = end - 2, EntityType.ORGANIZATION  # "Orvane Cloud, Inc.": a company, the tagger's person
            if etype is EntityType.ORGANIZATION:
                start = self._compound_start(doc, start, end)
                if (
                    start > 0
                    and doc[start - 1].text[:1].isupper()
                    and doc[start - 1].lower_ not in _LEADING
                    and doc[start - 1 : end].text in org_names
                ):
                    start -= 1  # "Liberty Media president P": the tagger read "Liberty" apart, as it did not elsewhere
            if etype is EntityType.PERSON:
                end = self._given_name_end(doc, start, end)
                if (
                    end - start == 1
                    and start > 0
                    and doc[start - 1].text in self.lex.given_names
                    and not doc[start - 1].ent_type_
                ):
                    start -= 1  # "Anjali Desai": the tagger read the given name as an adjective and left it out
                if end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and self.lex.org_head_type(doc[end].text):
                    end += 1  # "Quarry Hill Advisors": the tagger's person, then the head word of a firm's name
            text = doc[start:end].text
            if etype is EntityType.ORGANIZATION and (
                self._role(doc, start, end) or self._described_kind(doc, start, end) or self._portfolio(doc, start, end)
            ):
                continue
            if all(self.lex.is_title_token(doc, i) for i in range(start, end)):
                continue  # "Managing Partner", "General Counsel": a post written in capitals, no one's name
            if (
                not self.lex.is_name(text)
                or self.lex.is_technology_term(text)
                or self.lex.is_place(text)  # "the Abu Dhabi AI company", "Abu Dhabi's fund": a place, read as a body
                or _based_in(doc, end)  # "a Noida-based firm": where it is, whatever the tagger says
                or not any(ch.isupper() for ch in text)
                or any(
                    t.text == ","
                    and not (campus and t.i == campus[0])
                    or t.text in POSSESSIVES
                    and not self._members_of(doc, t.i, end)
                    for t in doc[start:end]
                )
                or (doc[end - 1].is_lower and doc[end - 1].lemma_ in PART_NOUNS | self.lex.classifiers)
            ):
                continue  # "its AI R&D center": a description, not a name
            last = doc[end - 1].text
            if etype is EntityType.ORGANIZATION and self._person_shaped(doc, start, end):
                etype = EntityType.PERSON  # "Choi Soo-yeon, chief executive of …" tagged as an organisation
                end = self._given_name_end(doc, start, end)  # "CTO Oh Jin-wook" tagged "Oh Jin"
            elif (
                etype is EntityType.PERSON
                and (
                    self.lex.org_head_type(text) is not None
                    or self.lex.is_corporate_suffix(last)
                    or (last.isupper() and len(last) > 1)
                    or any(t.is_alpha and t.is_upper and len(t) > 1 for t in doc[start + 1 : end])  # "Vardhan AI Infra"
                    or (end - start > 1 and self.lex.is_technology(last) and not self._titled(doc, start, end))
                    or self._org_described_after(doc, end)
                    or _renamed_to(doc, start)
                    or (self._deal_subject(doc, end) and not self.lex.led_by_given_name(doc[start:end]))
                    # "Ventures Platform", "Capital Factory": an investor's head word inside the name
                    or any(self.lex.org_head_type(t.text) is EntityType.INVESTOR for t in doc[start : end - 1])
                )
            ):
                etype = EntityType.ORGANIZATION  # "Habana Labs", "Acme Capital", "Hanbit Telecom" tagged as people
                start = self._compound_start(doc, start, end)  # "AI21 Labs", tagged "Labs"
                text = doc[start:end].text
            if etype is EntityType.ORGANIZATION and (cut := self._two_names(doc, start, end)) is not None:
                found += [_Candidate(start, cut, etype, "ner"), _Candidate(cut + 1, end, etype, "ner")]
                continue
            if etype is EntityType.ORGANIZATION and (title := self._title_within(doc, start, end)) is not None:
                # "Ostrava Systems CFO Greta Holm said": an employer, a title and a person read as one name;
                # "Corvex names Laura Benning CFO": a person and the post
                named = EntityType.PERSON if self.lex.led_by_given_name(doc[start:title]) else etype
                found.append(_Candidate(start, title, named, "ner"))
                if title + 1 < end:
                    found.append(
                        _Candidate(title + 1, self._given_name_end(doc, title + 1, end), EntityType.PERSON, "ner")
                    )
                continue
            if etype is EntityType.ORGANIZATION and end - start == 1 and self.lex.apposed_post(doc, end):
                etype = EntityType.PERSON  # "Brandt, Helsing's chief technology officer,": a surname, set off
            found.append(_Candidate(start, end, etype, "ner"))
        return found

    @staticmethod
    def _deal_subject(doc, end: int) -> bool:
        """The name ending at ``end`` raises a round ("Orbit Fab closed a $28 million Series A", "Kora Pay raised $10
        million from Accel"): a company's name, though the tagger read a person's."""
        head = doc[end - 1]
        verb = head.head
        lemma = verb.lemma_.lower()
        if head.dep_ != "nsubj" or lemma not in COMPANY_SUBJECT_VERBS | {"close"}:
            return False
        objects = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
        backers = [t for p in verb.children if p.lower_ == "from" for t in p.subtree if t.ent_type_ == "ORG"]
        # a round, or a sum from a named backer (a person raises money "for charity", "from investors")
        return any(t.lemma_.lower() in ROUND_NOUNS for t in objects) or (
            bool(backers) and any(t.ent_type_ == "MONEY" for t in objects)
        )

    def _title_within(self, doc, start: int, end: int) -> int | None:
        """The index of a person's title inside an organisation's span after a name of its own, followed by nothing
        or by a person's name of two or three capitalised words ("Polaris Software CFO", "Ostrava Systems CFO Greta
        Holm"); None otherwise ("Chief Executive Office" of a government is no title before a name)."""
        for k in range(start + 1, end):
            rest = doc[k + 1 : end]
            if (
                doc[k].text.isupper()
                and self.lex.is_person_title(doc[k].text)
                and (not len(rest) or 2 <= len(rest) <= 3 and all(t.is_title and t.is_alpha for t in rest))
            ):
                return k
        return None

    def _compound_start(self, doc, start: int, end: int) -> int:
        """Where an organisation's name starts when the tagger left out proper nouns before it ("Global" in "Global
        Telco AI Alliance", "AI21" in "AI21 Labs"): the compounds of the name's words, titles excepted."""
        while (
            start > 0
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in range(start, end)
            and not self.lex.is_title_head(doc[start - 1].text)
            and not doc[start - 1].is_lower  # "start-up Sintética Labs": a kind of company, tagged a proper noun
        ):
            start -= 1
        return start

    def _two_names(self, doc, start: int, end: int) -> int | None:
        """ "led by Accel and Index Ventures": two names the tagger read as one, the second closed by an organisation's
        head word the first lacks, or a name of several words and another with no head word ("Pale Blue Dot and
        Superorganism", "Quiet Harbor Fund and Superposition"); the index of the "and" between them, else None
        ("Johnson and Johnson" is one)."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ != "and":
                continue
            left, right = doc[start:k], doc[k + 1 : end]
            if not all(t.text[:1].isupper() for t in [*left, *right]):
                continue
            left_head, right_head = self.lex.org_head_type(left.text), self.lex.org_head_type(right.text)
            if len(left) <= 2 and right_head is not None and left_head is None and not self._field_words(left):
                return k
            if (
                len(left) >= 2
                and right_head is None
                and not self.lex.is_corporate_suffix(right[-1].text)
                and not (self._field_words(left) and self._field_words(right))
            ):
                return k  # "Pale Blue Dot and Superorganism invested": a name of several words, then another
        return None

    def _fields_joined(self, doc) -> list:
        """The tagger's names, with the fields of a public body written before "and" joined to it when the tagger
        read them as a name of their own or as none ("Engineering" + "and" + "Physical Sciences Research Council"
        is one council)."""
        out: list = []
        for e in doc.ents:
            k = e.start - 1
            if (
                e.label_ == "ORG"
                and k > 0
                and doc[k].lower_ == "and"
                and doc[e.start].lower_ != "the"  # "Tokyo Electron and the Institute of …": two, the second named anew
                and self.lex.org_head_type(e.text) in _BODIES_NAMED_BY_FIELDS
            ):
                before = out[-1] if out and out[-1].end == k else None  # the fields read as a name
                first = k
                while first > max(0, k - 3) and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
                    first -= 1
                if before is not None:
                    first = before.start + (doc[before.start].lower_ in _LEADING)
                elif out:
                    first = max(first, out[-1].end)
                if first < k and self._fields_of(doc[first:k], e):
                    if before is not None:
                        out.pop()
                    joined = doc[first : e.end]
                    joined.label_ = "ORG"
                    out.append(joined)
                    continue
            if self._more_fields(doc, out[-1] if out else None, e):
                # "Department of Bio" + "and" + "Brain Engineering": the fields of a body "of" several go on
                joined = doc[out.pop().start : e.end]
                joined.label_ = "ORG"
                out.append(joined)
                continue
            out.append(e)
        return out

    def _more_fields(self, doc, before, span) -> bool:
        """``span`` follows the name ``before`` across an "and" and only lists more fields of the public body it
        names ("Ministry of Municipal and Rural Affairs" + "and" + "Housing"): common words, no name of their own."""
        return (
            before is not None
            and before.label_ == "ORG"
            and before.end == span.start - 1
            and doc[before.end].lower_ == "and"
            and any(t.lower_ in ("of", "for") for t in before)
            and any(  # "KAIST's Department of Bio": the body's name may follow its owner's
                self.lex.org_head_type(doc[k : before.end].text) in _BODIES_NAMED_BY_FIELDS
                for k in range(before.start, before.end)
            )
            and all(t.text[:1].isupper() and self.lex.is_common_word(t.text) for t in span if t.is_alpha)
            and span.text not in self.lex.registry_by_name
        )

    def _fields_of(self, left, right) -> bool:
        """ "Computer Science and AI Laboratory", "Advanced Research and Invention Agency": common words before "and"
        name fields of the one body after it, when the words are no name themselves or that body is a public one
        (an agency, a lab, a council) whose name lists its fields."""
        if self._field_words(left):
            return True
        return (
            self.lex.org_head_type(right.text) in _BODIES_NAMED_BY_FIELDS
            and left.text not in self.lex.registry_by_name
            and all(self.lex.is_common_word(t.text) for t in left)
        )

    def _field_words(self, words) -> bool:
        """ "Competition and Markets Authority", "Security and Observability Group": common words naming the
        fields of one body, no name of their own (a listed name is one: "Apple and Google Cloud")."""
        return (
            words.text not in self.lex.registry_by_name
            and self.lex.org_head_type(words.text) is None  # "Morrow Capital and Ivel Partners": two names
            and all(self.lex.is_common_word(t.text) for t in words)
        )

    def _org_described_after(self, doc, end: int) -> bool:
        """ "TGC Square, an overseas investment arm of …": a name an organisation's description stands beside."""
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        head = self._description_head(doc, end + 2)
        return head is not None and (
            head.lower_ in self.lex.classifiers or head.lemma_.lower() in PART_NOUNS | AFFILIATE_NOUNS
        )

    def _given_name_end(self, doc, start: int, end: int) -> int:
        """The end of a romanised Korean name the tagger cut short: "Chung Shin" of "Chung Shin-a",
        "Yoon Suk" of "Yoon Suk Yeol" (a listed surname, then one more short capitalised syllable)."""
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
            and _given_syllable(doc[end + 1])
        ):
            return end + 2
        if (
            end - start == 2
            and doc[start].text in self.lex.surnames
            and end < len(doc)
            and doc[end].tag_ == "NNP"
            and doc[end].is_alpha
            and doc[end].is_title
            and len(doc[end]) <= 5
            and doc[end].ent_type_ in ("", "PERSON")
            and not self.lex.is_common_word(doc[end].text)
            and not self.lex.is_title_word(doc[end].text)
        ):
            return end + 1
        if (
            end < len(doc)
            and doc[end].tag_ == "NNP"
            and doc[end].is_alpha
            and doc[end].is_title
            and doc[end].ent_type_ in ("", "PERSON", "ORG", "GPE")
            and doc[end - 1].head.i == end
            and all(start < doc[k].head.i <= end and doc[k].dep_ in ("compound", "det") for k in range(start, end))
            and (end + 1 == len(doc) or not doc[end + 1].text[:1].isupper())
            and self.lex.org_head_type(doc[end].text) is None
            and not self.lex.is_place(doc[end].text)
            and not self.lex.is_title_word(doc[end].text)
        ):
            return end + 1  # "Pham Nhat Vuong", "Kamarul A Muhamed": the tagger leaves out the name's head word
        return end

    def _role(self, doc, start: int, end: int) -> bool:
        """ "Board Member Technology and Innovation (at X)": a title and its field, not an organisation's name."""
        first_two = " ".join(t.lower_ for t in doc[start : min(start + 2, end)])
        return (
            (first_two in self.lex.titles or self.lex.is_person_title(doc[start].text))
            and end < len(doc)
            and doc[end].lower_ in ("at", "of", "for", ",")
        )

    def _portfolio(self, doc, start: int, end: int) -> bool:
        """ "Commerce Secretary P", "Trade Minister P": the field a public office is for, no organisation's name."""
        return (
            end - start == 1
            and end < len(doc)
            and doc[end].lower_ in _PUBLIC_OFFICES
            and self.lex.is_common_word(doc[start].text)
            and doc[start].text not in self.lex.registry_by_name
        )

    def _described_kind(self, doc, start: int, end: int) -> bool:
        """ "Korean AI chip startup Rebellions": an origin adjective and a field the tagger read as a name, while
        they only describe the noun after them ("Korean Air said" is a name: nothing lowercase follows it)."""
        last = doc[end - 1]
        return (
            end - start > 1
            and (doc[start].tag_ == "JJ" or self.lex.is_place(doc[start].text))  # "Korean", "Tokyo AI start-up Y"
            and self.lex.is_technology_term(doc[start + 1 : end].text)
            and (
                last.dep_ == "compound"
                and last.head.i >= end
                and last.head.is_lower
                or describes_name_after(doc, end, len(doc))
            )
        )

    def _person_shaped(self, doc, start: int, end: int) -> bool:
        """A name the tagger took for an organisation is a person's: a romanised Korean name
        ("Choi Soo-yeon": a listed surname and a hyphenated given name), or a name with a
        personal title right before it ("CEO Kim Dong-kwan") or in apposition after it
        ("Kim, chief executive of …"), and nothing in the name that marks an organisation."""
        text = doc[start:end].text
        if (
            self.lex.org_type(text) is not EntityType.COMPANY
            or self.lex.is_corporate_suffix(doc[end - 1].text)
            or text in self.lex.registry_by_name
        ):
            return False
        return (
            self.lex.is_korean_name(text)
            or self._titled(doc, start, end)
            or self._paired_with_person(doc, start, end)
            or self.lex.led_by_given_name(doc[start:end])
        )

    def _paired_with_person(self, doc, start: int, end: int) -> bool:
        """ "founded by Omri Geller and Ronen Dar": a two-word name, each word capitalised and plain, joined by "and"
        to a name the tagger reads as a person's, is a person's too (the tagger often reads the first of two
        unfamiliar names as an organisation's)."""
        if end - start != 2 or not all(t.is_title and t.is_alpha for t in doc[start:end]):
            return False
        after = end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].ent_type_ == "PERSON"
        before = start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "PERSON"
        by = next((t for t in reversed(doc[max(0, start - 5) : start]) if t.lower_ == "by"), None)
        # founders only: "backed by Goldman Sachs and P" joins an investor to a person
        return (after or before) and by is not None and by.head.lemma_.lower() in _FOUNDING_VERBS

    def _titled(self, doc, start: int, end: int) -> bool:
        """A personal title right before the name ("CEO Kim Dong-kwan"), in apposition or as what the name is after it
        ("Kim, chief executive of …", "Kim is the chief executive of …") or named as the post it is given ("hired Joon Park as chief executive"; whom one joins
        "as CTO" is the employer)."""
        if start > 0 and self.lex.is_person_title(self.lex.singular_title(doc[start - 1].text) or doc[start - 1].text):
            return True  # "CEO P", "researchers P1 and P2"
        if start > 0 and doc[start - 1].lemma_.lower() in _APPOINTING and self._as_post(doc, end):
            return True
        if end < len(doc) and doc[end].lemma_.lower() in _TAKES_POST:
            # "P joined Naver as chief technology officer": who joins an employer as a titled post is a person
            at = next((t.i for t in doc[end + 1 : end + 7] if t.lower_ == "as"), None)
            if at is not None and self._as_post(doc, at):
                return True
        after = doc[end : end + 6]
        words = [t for t in after[1:] if t.lower_ not in ("the", "a", "an") and not co_prefix(doc, t.i)]
        if len(after) < 2 or after[0].text != "," and after[0].lower_ not in ("is", "was") or not words:
            return False  # "Kim, chief executive of …", "Omri Geller is the chief executive of …"
        if self.lex.is_person_title(words[0].text):
            title_end = words[0].i + 1
        elif " ".join(t.text for t in words[:2]).casefold() in self.lex.titles:
            title_end = words[min(1, len(words) - 1)].i + 1
        else:
            return False
        # "…in Y, a spokesperson said": the title opens the speaker's clause, it describes no name before it
        return title_end >= len(doc) or doc[title_end].pos_ not in ("VERB", "AUX")

    def _as_post(self, doc, at: int) -> bool:
        """ "as chief executive", "as its new CTO": token ``at`` is "as" and a personal title follows."""
        if at + 1 >= len(doc) or doc[at].lower_ != "as":
            return False
        post = [t for t in doc[at + 1 : at + 5] if t.lower_ not in ("the", "a", "an", "its", "their", "new", "next")]
        return bool(post) and (
            self.lex.is_person_title(post[0].text) or " ".join(t.text for t in post[:2]).casefold() in self.lex.titles
        )

    def _korean_names(self, doc) -> list[_Candidate]:
        """Romanised Korean names ("Oh Jin-wook"), which the tagger cuts, extends or calls an interjection:
        a listed surname, a capitalised syllable, a hyphen and a lower-case syllable, written together."""
        found = []
        for i in range(len(doc) - 3):
            first, given, hyphen, last = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
            if (
                self.lex.is_korean_name(doc[i : i + 4].text)
                and first.whitespace_
                and not given.whitespace_
                and not hyphen.whitespace_
                and hyphen.text == "-"
                and _given_syllable(last)
            ):
                found.append(_Candidate(i, i + 4, EntityType.PERSON, "name"))
            given, hyphen, second, last = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
            if (  # "Sung-hoon Kim": the given name first, as English-language outlets often write it
                self.lex.is_korean_name(doc[i : i + 4].text)
                and given.text[:1].isupper()
                and not given.whitespace_
                and not hyphen.whitespace_
                and hyphen.text == "-"
                and _given_syllable(second)
                and second.whitespace_
                and (i == 0 or not doc[i - 1].text[:1].isupper())
            ):
                found.append(_Candidate(i, i + 4, EntityType.PERSON, "name"))
        for i in range(len(doc) - 1):  # "Joon Park, chief executive of …": a one-syllable given name, Western order
            if (
                _ROMANISED_SYLLABLE.fullmatch(doc[i].text)
                and doc[i].tag_ == "NNP"
                and doc[i + 1].text in self.lex.surnames
                and (i == 0 or not doc[i - 1].text[:1].isupper())
                and (i + 2 == len(doc) or doc[i + 2].text != "-" or doc[i + 1].whitespace_)  # not "Kyung Kye-hyun"
                and self._titled(doc, i, i + 2)
            ):
                found.append(_Candidate(i, i + 2, EntityType.PERSON, "name"))
        for i in range(len(doc) - 1):  # "Mr. Park", "Ms. Choi": an honorific names a person, whatever follows
            if is_honorific(doc[i].text) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
                end = i + 2
                while (
                    end < len(doc)
                    and end < i + 5
                    and doc[end].tag_ == "NNP"
                    and (doc[end].is_alpha or _INITIAL.fullmatch(doc[end].text))  # "Dr. Laura M. Quist"
                ):
                    end += 1
                while _INITIAL.fullmatch(doc[end - 1].text):
                    end -= 1
                # "Dr. Laura Quist" is named "Laura Quist"; "Mr. Park" alone keeps the address the resolver reads
                found.append(_Candidate(i + 1 if end - i > 2 else i, end, EntityType.PERSON, "name"))
        return found

    def _given_named(self, doc) -> list[_Candidate]:
        """ "Corvex appointed Laura Benning as CFO": two or three capitalised words the tagger labelled nothing,
        led by a common given name and ending in a family name (``led_by_given_name``), are a person's name."""
        found = []
        i = 0
        while i < len(doc):
            end = i
            while end < len(doc) and _employer_word(doc[end]) and not doc[end].ent_type_:
                end += 1  # the whole run of such words: part of a longer name is no person's
            if 2 <= end - i <= 3 and self.lex.led_by_given_name(doc[i:end]):
                found.append(_Candidate(i, end, EntityType.PERSON, "name"))
            i = max(end, i + 1)
        return found

    def _described(self, doc) -> list[_Candidate]:
        """ "Tenstorrent, the chip startup …", "Krutrim, an AI startup backed by …": a capitalised name the
        tagger missed, in apposition with a description whose head noun is an organisation classifier."""
        found = []
        for comma in doc:
            if comma.text != "," or comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in ("a", "an", "the"):
                continue
            head = self._description_head(doc, comma.i + 2)
            if head is None or _hyphenated_word(doc, head) not in self.lex.classifiers:
                continue
            if head.dep_ == "nsubj" and head.head.lemma_.lower() in SAYING:
                continue  # "… for the Department of Energy, the lab said": the speaker, no description
            start = comma.i
            while start > comma.sent.start and start > comma.i - 4 and self._described_word(doc[start - 1]):
                start -= 1
            if start == comma.i or (start > comma.sent.start and self._described_word(doc[start - 1])):
                continue
            while start < comma.i and doc[start].lower_ in _LEADING:
                start += 1
            text = doc[start : comma.i].text
            if start < comma.i and self.lex.is_name(text) and not self.lex.is_technology_term(text):
                found.append(_Candidate(start, comma.i, EntityType.ORGANIZATION, "described"))
        return found

    def _described_word(self, tok) -> bool:
        """A word of a name an organisation description follows: also one the tagger took for a place
        ("Vantric, a robotics startup"), unless the place lexicon knows it."""
        if tok.ent_type_ in ("GPE", "LOC") and not self.lex.is_place(tok.text):
            return tok.text[:1].isupper() and not tok.is_stop and tok.pos_ in ("PROPN", "ADJ", "NOUN")
        return _name_word(tok)

    def _description_head(self, doc, i: int):
        """The head noun of a short description from token ``i`` ("the world's largest chip startup", "a
        Seoul-based payments startup").  A classifier word is a noun whatever the tagger says: the small model
        reads "payments startup" as a noun and a verb."""
        head = None
        for tok in doc[i : i + 8]:
            if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in self.lex.classifiers:
                head = tok
            elif not (
                tok.pos_ in ("ADJ", "NUM", "ADV", "PART")
                or tok.tag_ == "HYPH"
                or tok.text in ("-", "–")
                or (tok.tag_ == "VBN" and tok.i > 0 and doc[tok.i - 1].tag_ == "HYPH")  # "Seoul-based"
            ):
                break
        return head

    def _classified(self, doc) -> list[_Candidate]:
        """ "startup Tenstorrent", "the chipmaker Rapidus Corp.", "a new company called Nova AI": a classifier
        noun (and "called" / "named") then a capitalised name."""
        found = []
        for tok in doc:
            start = tok.i + 1
            if (
                tok.lower_ in NAMING_WORDS
                and tok.i > 0
                and (doc[tok.i - 1].lower_ in self.lex.classifiers or doc[tok.i - 1].lemma_.lower() in _NEW_BODIES)
            ):
                pass
            elif tok.lower_ not in self.lex.classifiers or (
                tok.text[:1].isupper()
                and tok.i > 0
                and doc[tok.i - 1].tag_ in ("NNP", "NNPS")
                and doc[tok.i - 1].text[:1].isupper()
            ):
                continue  # "Lightspeed Venture Partners": a capitalised classifier after a name word is part of it
            end = start
            while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and not self.lex.is_title_word(doc[end].text):
                end += 1
            if end > start:
                while end < len(doc) and self.lex.is_corporate_suffix(doc[end].text):
                    end += 1
                text = doc[start:end].text
                if self.lex.is_name(text):
                    found.append(_Candidate(start, end, EntityType.ORGANIZATION, "classifier"))
        return found

    @staticmethod
    def _acronymed_units(doc, known: set[int]) -> list[_Candidate]:
        """ "Device eXperience (DX) Division", "Device Solutions (DS) Business": a company's unit named with its
        acronym in parentheses before the unit word is one name (read in parts, the tagger makes "Device" and
        "Division" two companies)."""
        found = []
        for i in range(1, len(doc) - 3):
            acronym, unit = doc[i + 1], doc[i + 3]
            if not (
                doc[i].text == "("
                and doc[i + 2].text == ")"
                and acronym.is_upper
                and 2 <= len(acronym.text) <= 6
                and unit.text[:1].isupper()
                and unit.lower_ in _UNIT_WORDS
            ):
                continue
            start = i
            while (
                start > 0
                and doc[start - 1].is_alpha
                and not doc[start - 1].is_lower
                and not doc[start - 1].is_stop
                and start - 1 not in known
            ):
                start -= 1  # "Device eXperience": a name word has a capital, wherever it is; not the owner's name
            if start < i:
                found.append(_Candidate(start, i + 4, EntityType.ORGANIZATION, "acronymed"))
        return found

    def _headed(self, doc) -> list[_Candidate]:
        """ "Halden AI Lab", "Brightwater Capital": capitalised name words ending in an organisation head the
        tagger missed (often at a sentence's start).  Not in title-case headlines, where every word is capitalised."""
        found = []
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha]
            if not words or sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
                continue
            for head in sent:
                if head.tag_ not in ("NNP", "NNPS", "NN") or not self.lex.is_final_org_head(head.text):
                    continue
                start = head.i
                while (
                    start > sent.start
                    and doc[start - 1].tag_ in ("NNP", "NNPS")
                    and doc[start - 1].text[:1].isupper()
                    and not doc[start - 1].is_stop
                    and doc[start - 1].ent_type_ not in _NOT_PARTY_ENTS
                    and not self.lex.is_title_word(doc[start - 1].text)
                ):
                    start -= 1  # a place may open the name ("Seoul Robotics Institute")
                start = hyphenated_start(doc, start, sent.start)  # "Dana-Farber Cancer Institute"
                end = head.i + 1
                while end < sent.end and doc[end].tag_ in ("NNP", "NNPS") and not self.lex.is_title_word(doc[end].text):
                    end += 1  # "Sovereign AI Foundation Model Project": the name goes on to a later head
                if not (self.lex.is_final_org_head(doc[end - 1].text) or doc[end - 1].lower_ in PROGRAMME_NOUNS):
                    end = head.i + 1
                text = doc[start:end].text
                if start < head.i and self.lex.is_name(text) and not self.lex.is_place(text):
                    found.append(_Candidate(start, end, EntityType.ORGANIZATION, "headed"))
        return found

    def _deal_parties(self, doc) -> list[_Candidate]:
        """ "Orvane acquires Pellucid", "Tarsen invested in Vellico and Marnox": a capitalised name the tagger
        missed (or called a place) as subject or object of a deal verb; its compound name words come with it."""
        found = []
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            # "took / holds / sold a 10% stake in Y", "bought 60 percent of Y": Y is a party whatever the verb
            args = [
                p
                for o in verb.children
                if o.dep_ == "dobj"
                for prep in o.children
                if (prep.lower_ == "in" and o.lemma_.lower() in STAKE_NOUNS)
                or (prep.lower_ == "of" and o.lower_ in ("percent", "%"))
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            args += [  # "Shares of Helix Robotics jumped": a listed company, whatever the verb
                p
                for s in verb.children
                if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("shares", "stock")
                for prep in s.children
                if prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            leads_round = verb.lemma_.lower() in LEAD_PARTICIPLES and (
                verb.head.lemma_.lower() in ROUND_NOUNS  # "a round led by X"
                or any(o.dep_ == "dobj" and o.lemma_.lower() in ROUND_NOUNS for o in verb.children)  # "X led the round"
            )
            if verb.lemma_.lower() not in _DEAL_VERBS and not leads_round and not args:
                continue  # "a round led by General Catalyst, valuing …": the lead is a party the tagger may miss
            args += [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "X" and doc[verb.i + 1].head.i == verb.i:
                args.append(doc[verb.i + 1])  # "acquired MosaicML for …": a coined name the parser left unread
            if verb.dep_ == "xcomp":  # "Orvane agreed to buy Pellucid"
                args += [t for t in verb.head.children if t.dep_ == "nsubj"]
            args += [
                p for prep in verb.children if prep.lower_ in _DEAL_PREPS for p in prep.children if p.dep_ == "pobj"
            ]
            args += [c for a in args for c in a.conjuncts]
            for head in args:
                if not self._party_word(head) or (
                    head.i + 1 < len(doc) and doc[head.i + 1].lower_ in self.lex.classifiers
                ):
                    continue  # "acquired Singapore AI startup Manus": a word before a classifier describes the name
                start = head.i
                while start > 0 and (
                    (doc[start - 1].dep_ == "compound" and self._party_word(doc[start - 1], inside_name=True))
                    or self._misread_name_word(doc[start - 1], start)
                ):
                    start -= 1  # "General Catalyst", "Index Ventures …": a title or common word opening a name
                text = doc[start : head.i + 1].text
                if self.lex.is_name(text) and not self.lex.is_place(text) and not self.lex.is_technology_term(text):
                    found.append(_Candidate(start, head.i + 1, EntityType.ORGANIZATION, "party"))
        return found

    def _misread_name_word(self, tok, head: int) -> bool:
        """ "Geely Automobile invested": a capitalised word no vocabulary knows, parsed as an adverb of the name
        after it (its "-ly" ending), is the name's first word."""
        return (
            tok.dep_ == "advmod"
            and tok.head.i == head
            and tok.is_title
            and tok.is_alpha
            and not self.lex.is_common_word(tok.text)
        )

    def _unlisted_nationality(self, tok) -> bool:
        return tok.ent_type_ == "NORP" and not self.lex.is_place(tok.text)

    def _party_word(self, tok, inside_name: bool = False) -> bool:
        """A word of a deal party's name: capitalised, a noun with no article or owner, no person, date or amount,
        no title and no common word opening the sentence ("Investors" and "the Company" are no names), both
        allowed ``inside_name``, before the name's head ("General Catalyst", "Index Ventures invested …")."""
        return (
            tok.text[:1].isupper()
            and (
                tok.tag_ in ("NN", "NNP", "NNPS")
                or tok.pos_ == "X"
                and tok.is_alpha  # "MosaicML/XX"
                or inside_name
                and tok.tag_ == "JJ"
                and tok.dep_ == "compound"  # "Tidal/JJ Therapeutics"
            )
            and not tok.is_stop
            # "Helix Robotics": a word the tagger calls a nationality inside a name, when it names no nation
            and (tok.ent_type_ not in _NOT_PARTY_ENTS or inside_name and self._unlisted_nationality(tok))
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
            and (inside_name or not self.lex.is_title_word(tok.text))
            and (inside_name or not (tok.is_sent_start and self.lex.is_common_word(tok.text)))
        )


def _inside_a_party(candidate: _Candidate, parties: list[_Candidate]) -> bool:
    """ "Nimbus Grid raised $75 million": the tagger's shorter name ("Nimbus") inside the deal party's whole name,
    read from the parse, gives way to it."""
    return candidate.source == "ner" and any(
        p.start <= candidate.start and candidate.end <= p.end and p.end - p.start > candidate.end - candidate.start
        for p in parties
    )


def _unseen_name_word(tok) -> bool:
    """A capitalised name word outside the tagger's names, with a letter beyond ASCII ("Yılmaz", "Łukasiewicz")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isascii() and not tok.ent_type_


def _given_syllable(tok) -> bool:
    """The lower-case syllable after the hyphen of a given name: short ("won", "ah"), or a longer romanised
    syllable ("young", "hyeon", "kyung")."""
    return tok.is_lower and (len(tok) <= 4 or bool(_ROMANISED_SYLLABLE.fullmatch(tok.text.capitalize())))


def describes_name_after(doc, i: int, end: int) -> bool:
    """Lower-case nouns from token ``i`` to a capitalised name ("start-up Hoshino", "chip firm Qlub"): what is read
    before them describes that name."""
    k = i
    while k < min(end, i + 4) and (
        doc[k].text in ("-", "–")
        or doc[k].is_lower
        and (doc[k].pos_ not in _NOT_DESCRIBING or doc[k].lower_ in _KIND_NOUNS)  # the parser's verb "startup"
    ):
        k += 1
    return k < end and any(t.is_lower for t in doc[i:k]) and doc[k].pos_ == "PROPN"


_NOT_DESCRIBING = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV", "NUM"}
_KIND_NOUNS = {"startup", "start-up", "firm", "spinout", "spin-out"}


def _based_in(doc, end: int) -> bool:
    """The name is glued to "-based" or "-headquartered" after it: a place ("Noida-based"); or to "-like", "-style":
    a comparison ("a Baxter-like conglomerate"), no party."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in ("based", "headquartered", "like", "style", "esque")
    )


def _state_owned(doc, start: int) -> bool:
    """ "State-owned" (or "-run", "-backed") right before a name, as in a state enterprise's own name."""
    return (
        start >= 3
        and doc[start - 3].text == "State"
        and doc[start - 2].text in ("-", "–")
        and doc[start - 1].lower_ in ("owned", "run", "backed", "funded")
    )


def joins_hyphenated(doc, i: int) -> bool:
    """``doc[i]`` is a hyphen inside one capitalised name ("K-Cloud"): no space on either side, capitals both sides."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "–")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def hyphenated_start(doc, start: int, first: int = 0) -> int:
    """Where a name starting at token ``start`` starts with the capitalised words joined to it by hyphens before it
    ("K-Cloud", "Dana-Farber"), which the tagger parts; not before token ``first``."""
    while start - 2 >= first and joins_hyphenated(doc, start - 1):
        start -= 2
    return start


def co_prefix(doc, i: int) -> bool:
    """``doc[i]`` is the "co" or the hyphen of "co-founder", "co-CEO" (or the "non" of "non-executive chair")."""
    if doc[i].text in "-–":
        return i >= 1 and doc[i - 1].lower_ in ("co", "non") and not doc[i - 1].whitespace_
    return doc[i].lower_ in ("co", "non") and i + 1 < len(doc) and doc[i + 1].text in "-–"


def _name_word(tok) -> bool:
    """A word that can be part of an organisation name: capitalised, not a place, date or function word."""
    return (
        (tok.text[:1].isupper() or tok.text in ("&", "-"))
        and not tok.is_stop
        and tok.pos_ not in ("ADV", "ADP", "DET", "PRON", "CCONJ", "VERB", "AUX")
        and (tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP", "MONEY", "PERCENT", "CARDINAL"))
    )


def _hyphenated_word(doc, tok) -> str:
    """The word ``tok`` ends, lower-cased, with the piece the tokeniser split off before a hyphen ("spin-off")."""
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


# verbs that give a company its name after "as" ("spun off its arm as Y", "was founded as Y", "relaunched as Y")
_NAMING_VERBS = {"spin", "split", "carve", "hive", "relaunch", "incorporate", "found", "establish", "register"}


def _renamed_to(doc, start: int) -> bool:
    """ "has been renamed Marlow Autonomy", "rebranded as Quill Labs", "spun off its arm as Cello Square": a
    company's new name, whatever the tagger reads the words as."""
    words = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if words and words[-1] == "as" and doc[start - 1].head.lemma_.lower() in _NAMING_VERBS:
        return True
    if words and words[-1] in ("as", "to"):
        words = words[:-1]
    return bool(words) and words[-1].startswith(("rename", "rebrand"))


_NUMBER_NAME_WORD = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|\d+[A-Za-z]*"
    r"|II|III|IV|VI|VII|VIII|IX)"  # "Fund II", "Harbor Lane Fund IV": a fund's number
)


def _numbered_end(doc, end: int) -> int:
    """Past a capitalised number word or a numeral the name's last word is a compound of ("Sierra Nine", "SCB
    10X"): the tagger leaves such a last word out of the organisation's name."""
    if (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and not doc[end].ent_type_
        and _NUMBER_NAME_WORD.fullmatch(doc[end].text)
    ):
        return end + 1
    return end
