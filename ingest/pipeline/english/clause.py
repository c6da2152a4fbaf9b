"""What an English relation rule sees: one parsed sentence and the entities in it.

Rules read the dependency parse (spaCy): a predicate's subject is its ``nsubj``
(climbing ``xcomp`` / ``conj`` / ``aux`` chains: "plans to invest", "has invested"),
its objects the ``dobj`` and the ``pobj`` of its prepositions.  A syntactic argument
is mapped to entities through the mentions it covers, plus the names coordinated
with it ("A, B and C").  A pronoun or a definite description ("the company", "the
automaker") as subject stands for the article's current topic.

``asserted`` keeps facts apart from hedges, denials and hypotheticals: a predicate
under "consider", "in talks", "could" / "would" / "might", "if", a negation, or
reported speech ("X reportedly …", "according to sources") is not a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aigraph.core.vocabulary import EntityType, RelationType, normalize_name
from aigraph.ingest.pipeline.doc import DocState, Relation
from aigraph.ingest.pipeline.english.lexicon import (
    ACQUIRE_VERBS,
    AFFILIATE_NOUNS,
    ASSET_NOUNS,
    COMPANY_SUBJECT_VERBS,
    HELD_BODY_NOUNS,
    INVESTOR_NOUNS,
    NAMING_WORDS,
    PART_NOUNS,
    POSSESSIVES,
    PROGRAMME_NOUNS,
    ROUND_NOUNS,
    SAYING,
    UNIT_MODIFIERS,
    VEHICLE_NOUNS,
    EnglishLexicon,
    is_honorific,
    is_spin_off_noun,
    starts_like_name,
)
from aigraph.ingest.pipeline.english.recognise import describes_name_after, joins_hyphenated
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.normalise import EN_SCALE_WORDS, PLACED_IN_TIME, money_properties_en, resolve_date_en
from aigraph.ingest.pipeline.resolve import Entity, name_key
from aigraph.ingest.pipeline.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Span

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"xcomp", "conj", "aux", "auxpass", "pcomp", "acomp"}
_HEDGE_LEMMAS = {
    "consider",
    "mull",
    "weigh",
    "explore",
    "eye",
    "negotiate",
    "discuss",
    "talk",
    "rumor",
    "rumour",
    "speculate",
    "deny",
    "reject",
    "hope",
    "wish",
    "seek",
    "propose",
    "examine",
    "evaluate",  # "is evaluating a partnership with Y", "is assessing a bid": weighed, not made
    "assess",
    "review",
    "study",
    "contemplate",
    "want",
    "try",
    "attempt",
    "decline",  # "declined to join", "refused to invest"
    "refuse",
    "eager",  # "is eager to invest", "keen to acquire", "willing to partner": a wish, not a deal
    "keen",
    "willing",
    "interested",
    "near",  # "is nearing a deal to buy Y": not struck yet
    "apply",  # "applied to join Y": not admitted yet
    "likely",  # "is likely to be acquired by X", "is unlikely to invest": a guess
    "unlikely",
    "block",  # "sued to block X's purchase of Y", "moved to prevent the deal": a deal fought, not made
    "prevent",
    "oppose",
    "prohibit",  # "the tribunal prohibited X's takeover of Y", "regulators barred the deal": a deal stopped
    "bar",
    "veto",
    "halt",  # "an injunction halting X's acquisition of Y", "a court enjoined the deal": a deal stopped
    "enjoin",
    # a deal still being competed for or not yet struck ("shortlisted to acquire Y", "is poised to invest", "vying
    # to buy", "the frontrunner to acquire"): no deal yet
    "shortlist",
    "vie",
    "compete",
    "poise",
    "frontrunner",
    "finalist",
    "race",
}
# the written forms too: the small tagger's lemmatiser gets some wrong ("hopes" -> "hop")
_HEDGE_FORMS = {w + end for w in _HEDGE_LEMMAS for end in ("", "s", "d", "ed", "ing")} | {
    w[:-1] + end for w in _HEDGE_LEMMAS if w.endswith("e") for end in ("ing", "ed")
}
_HEDGE_NOUNS = {
    "bidder",  # "was named preferred bidder to acquire Y": chosen to negotiate, no deal yet
    "bidders",
    "talk",
    "talks",
    "negotiation",
    "negotiations",
    "discussion",  # "is in discussions to acquire Y": the same as "in talks"
    "discussions",
    "consideration",
    "rumor",
    "rumour",
    "speculation",
    "possibility",
    "report",
    "reports",
    "claim",  # "Claims that X invested in Y are untrue"
    "claims",
    "allegation",
    "allegations",
}
# Someone's forecast of what another will do, or a passive one ("analysts expect X to invest",
# "X is expected to invest"); a company's own "expects to invest" is its plan, a commitment.
_FORECAST = {"expect", "forecast", "predict", "anticipate", "project", "estimate"}
_CLOSING = {"close", "complete", "finalize", "finalise", "conclude"}
_NEARLY = {"nearly", "almost"}  # "nearly sold Y to X": came close, did not
_OWNED_NOUNS = {"subsidiary", "affiliate", "unit", "division", "arm"}  # "the X subsidiary" is X's, not X
# "X rival Y": Y, X's rival
_RELATING_NOUNS = {"rival", "rivals", "competitor", "competitors", "peer", "peers"}
_MODALS = {"could", "might", "may", "would", "should"}
_CONDITIONAL = {"if", "unless", "whether"}
# promises of one's own, made in the past tense, to act later ("pledged to invest … if others match it")
_PLEDGES = {"pledge", "promise", "vow", "offer"}
# what a reporting verb reports ("X reported that …", "is reported to have …"): not its own subject or object
# ("Y, a unit of X, reported record sales" states the unit as a fact)
_REPORTED_CLAUSE = {"ccomp", "xcomp", "parataxis", "advcl"}
# verbs whose object does what their infinitive says ("picked A to lead Y", "invited B to join Y")
_OBJECT_CONTROL = {
    "select",
    "pick",
    "choose",
    "tap",
    "invite",
    "designate",
    "appoint",
    "name",
    "hire",
    "recruit",
    "poach",
}
# verbs giving money to someone ("awarded $10 million to Y to set up Z"), who does what the infinitive says
_GRANTING = {"award", "give", "grant", "provide", "allocate", "donate", "pledge"}
# a currency's letters glued to the number of a sum ("RM1", "Rp50", "S$2"): no name
_SUM_GLUED = re.compile(r"[A-Z][A-Za-z]{0,2}\$?\d[\d.,]*")
_HEARSAY = {"say", "believe", "understand", "think", "rumor", "rumour", "tip"}
# what one party claims another did ("the suit alleges that X invested in Y", "Z claims that X holds shares in Y"): a
# claim in a dispute, not a fact the article states
_ALLEGING = {"allege", "claim", "contend", "accuse", "assert"}
# adverbs of hearsay or of a guess ("will probably acquire", "will likely invest"): no deal stated
_REPORTED = {
    *("reportedly", "allegedly", "potentially", "possibly", "reported"),
    *("probably", "likely", "perhaps", "maybe", "surely", "presumably", "supposedly"),
}
# what a reporter does with what it tells: "…, Reuters reported", "…, Caixin learned" (hearsay, not the article's own)
_REPORTING = {"report", "learn"}
# "after (when, before) Reuters reported the deal": a time clause, not the source of what the sentence states
_TIME_MARKS = {"after", "before", "when", "since", "once", "until", "following"}
# "X confirmed a Reuters report that it had agreed to buy Y": a report its subject confirms is a fact
_CONFIRMING = {"confirm", "corroborate", "verify"}


def _perfect(verb) -> bool:
    """ "would have been funded": a modal's perfect tells what did not happen."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _confirmed_report(node) -> bool:
    """ "confirmed a Reuters report that …": what the report says is confirmed (a denial still negates the verb)."""
    return node.lemma_.lower() == "report" and node.dep_ == "dobj" and node.head.lemma_.lower() in _CONFIRMING


def _hearsay_word(child) -> bool:
    """A hearsay adverb on a predicate ("reportedly", "likely"), or a reporting verb whose clause is no time clause
    ("…, Reuters reported" hangs on it; "said after Reuters reported the deal" does not)."""
    if child.lower_ not in _REPORTED:
        return False
    return not (child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in child.children))


# a verb and the particle that make it a refusal ("ruled out an acquisition", "turned down the chance to become …")
_DISMISSED = {("rule", "out"), ("turn", "down")}
# a verb and the preposition of what its subject chose not to do ("passed on leading the round")
_DECLINED = {("pass", "on"), ("walk", "from"), ("back", "from")}
# terms not yet agreed: "a preliminary (non-binding, tentative) agreement to provide $6 billion"
_TENTATIVE = {"preliminary", "tentative", "nonbinding", "non-binding", "indicative"}


def _tentative_terms(node) -> bool:
    """A deal noun written as terms not yet agreed ("a non-binding preliminary agreement to provide $N", "a
    preliminary memorandum of terms"); a memorandum of understanding is a tie of its own, binding or not."""
    words = {c.lower_ for c in node.children if c.dep_ == "amod"}
    if not (words & _TENTATIVE or {"non", "binding"} <= words):
        return False
    understanding = any(o.lower_ == "understanding" for p in node.children if p.lower_ == "of" for o in p.children)
    return not (node.lower_ in ("mou", "mous") or understanding)


# people named by where they studied or served ("MIT alumni P and Q", "Unit 8200 veterans P"): the place is theirs,
# not a party to what they do
_PEOPLE_FROM = {"veteran", "veterans", "alumni", "alumnus", "alumna", "graduate", "graduates", "classmates", "dropouts"}
# words that make a described tie not (yet or any longer) a fact: "a potential backer", "a planned joint venture"
_NOT_YET_OR_NO_LONGER = {
    "potential",
    "possible",
    "prospective",
    "would-be",
    "likely",
    "planned",
    "proposed",
    "rumored",
    "rumoured",
    "former",
    "previous",
    "ex",
    "no",  # "X has no partnership with Y"
}
# Unconfirmed: sources, insiders, media reports ("according to people familiar with the matter").
_UNCONFIRMED = re.compile(
    r"according to (?:[\w-]+ ){0,3}(?:sources|people|reports?|media|newspapers?|insiders|filings? seen)\b"
    r"|(?:people|(?:a|one|another|the) (?:person|source|insider)) (?:familiar|briefed|with knowledge|close to)"
    r"|(?:sources|insiders|(?:a|one|another) (?:source|insider)) (?:said|say|says|told)|it was learned|reportedly"
    # the unnamed people a report introduced, referred back to (", the people said")
    r"|\bthe (?:people|person|sources?|insiders?) (?:said|say|says|added)\b"
    # a claim the sentence itself says is untrue ("…, but Cohere says that is false"), a correction quoting what an
    # earlier version or a retracted article said, and what other outlets said
    r"|\b(?:that|this|it|the report|the claim)(?: was| is|'s) (?:false|untrue|inaccurate|not true)\b"
    r"|\b(?:a|the) (?:claim|report|charge|allegation) (?:that )?(?:the company|the firm|it|they|\w+) (?:has |have )?(?:denied|denies|rejected|disputed|disputes)\b"
    r"|\b(?:earlier|previous|prior|original) version of this (?:story|article|report|post)\b"
    r"|\bretract(?:ed|s)? (?:an|a|the|its) (?:article|story|report)\b"
    r"|\b(?:outlets|publications|media reports) (?:said|say|reported|report)\b"
    # rumour and the market's guesses: "…, rumors said", "investors are betting that X will buy Y"
    r"|\brumou?rs? (?:said|say|says|suggest|suggested|have it|are|were|is|was)\b"
    r"|\b(?:investors|analysts|traders|observers|the market|markets) (?:are |were )?(?:betting|bet|believe|believed"
    r"|speculate|speculated|speculating|wager|wagering) that\b"
    r"|, (?:investors|analysts|traders|observers) (?:believe|believed|bet|speculate|speculated)\W*$",
    re.I,
)
# a question, also one a poll's answers follow on their own lines ("Will X acquire Y?\nYes\nNo")
_ASKED = re.compile(r"\?[\"'”’)]*\s*(?:\n|$)")
# A deal the same sentence says fell through is not a fact ("… but the deal was later abandoned").
_CALLED_OFF = re.compile(
    r"\b(?:abandon(?:ed|s)?|scrap(?:ped|s)?|call(?:s|ed|ing)? (?:(?:it|them) )?off|terminat(?:ed|es)|collapsed|blocked|fell through|fell apart|withdr[ae]w[n]?"
    r"|walk(?:ed|s)? away|(?:pulled|pulls|backed|backs) out|pulled the plug|cancell?ed|cancels|shelved|shelves"
    r"|(?:is|was) (?:now )?dead"  # "X's $20B Y acquisition is dead"
    # "… worked together, but that pact ended in 2023": a tie no longer there
    r"|(?:pact|partnership|collaboration|alliance|tie-up) (?:has |had )?(?:ended|expired|lapsed)"
    # "… but the FTC sued to block the deal", "a judge enjoined the merger": fought in court, not made
    r"|(?:sued|sues|moved|moves) to (?:block|halt|unwind)|enjoined)\b",
    re.I,
)
# the deal a sentence says fell through, by the kinds of fact it would have made: "the takeover", "their planned
# partnership", "its planned $2 billion joint venture" (a definite noun: the deal the article has told of)
_DEAL_KINDS = {
    "takeover": ("ACQUIRED",),
    "acquisition": ("ACQUIRED",),
    "merger": ("ACQUIRED",),
    "purchase": ("ACQUIRED", "INVESTED_IN"),
    "buyout": ("ACQUIRED",),
    "partnership": ("PARTNERS_WITH",),
    "alliance": ("PARTNERS_WITH",),
    "tie-up": ("PARTNERS_WITH",),
    "venture": ("PARTNERS_WITH", "ESTABLISHED"),
    "mou": ("PARTNERS_WITH",),
    "investment": ("INVESTED_IN",),
    "stake": ("INVESTED_IN",),
    "deal": ("ACQUIRED", "INVESTED_IN", "PARTNERS_WITH"),
    "transaction": ("ACQUIRED", "INVESTED_IN"),
    "agreement": ("ACQUIRED", "INVESTED_IN", "PARTNERS_WITH"),
    "round": ("INVESTED_IN",),
}
_DEFINITE_DEAL = re.compile(
    r"\b(?:the|its|their|this|that)\s(?:[\w$€£.-]+\s){0,5}?(" + "|".join(_DEAL_KINDS) + r")s?\b", re.I
)
# a headline's deal, named after a party with no article: "Kestrel calls off Orbis takeover" (case kept)
_NAMED_DEAL = re.compile(r"\b[A-Z][\w’'&.-]*\s(" + "|".join(_DEAL_KINDS) + r")s?\b")
# "its agreement to acquire Y", "the deal to invest in Y": the verb after a general word names the deal's kind
_DEAL_VERB_KINDS = {
    "acquire": ("ACQUIRED",),
    "buy": ("ACQUIRED", "INVESTED_IN"),
    "purchase": ("ACQUIRED", "INVESTED_IN"),
    "merge": ("ACQUIRED",),
    "invest": ("INVESTED_IN",),
    "fund": ("INVESTED_IN",),
    "partner": ("PARTNERS_WITH",),
    "collaborate": ("PARTNERS_WITH",),
    "form": ("PARTNERS_WITH", "ESTABLISHED"),
    "create": ("PARTNERS_WITH", "ESTABLISHED"),
    "set": ("PARTNERS_WITH", "ESTABLISHED"),
}
_DEAL_VERB = re.compile(r"\s+to\s+(" + "|".join(_DEAL_VERB_KINDS) + r")\b", re.I)


def _deal_kinds(low: str, deal: re.Match[str]) -> tuple[str, ...]:
    """The kinds of relation a deal word names; a general one ("agreement", "deal") followed by the act it was
    for ("to acquire Y") names that act's only."""
    verb = _DEAL_VERB.match(low, deal.end())
    return _DEAL_VERB_KINDS[verb.group(1)] if verb else _DEAL_KINDS[deal.group(1)]


_HOLDER_WORDS = {"investor", "backer", "shareholder"}
_ITS_PEOPLE = {"shareholder", "stockholder", "employee", "staff", "worker"}  # a company's people act for themselves
_LIST_OPENERS = _HOLDER_WORDS | {"existing", "new", "other", "early", "returning", "strategic", "financial", "angel"}
_GOVERNING = {"board", "management", "leadership"}  # who decides for the company that owns them
_COMPANY_WORDS = frozenset({"company", "firm", "startup", "start-up", "chipmaker", "automaker", "developer", "maker"})
_NO_COMPANIES = frozenset({EntityType.UNIVERSITY, EntityType.GOVERNMENT_AGENCY, EntityType.PERSON})
_PRONOUNS = {"it", "they", "we", "its", "their", "our"}


# Descriptions that never fit an organisation the alias registry knows (it lists well-known ones only).
_YOUNG_FIRM = {"startup", "start-up"}
# "the lab", "the institute": a research body, not a company that set one up with a partner
_LAB_WORDS = frozenset({"lab", "laboratory", "institute", "center", "centre"})
# what a company is bought or put money into with: "invested in Y", "an investment (a stake) in Y", "acquisition of Y"
_DEAL_PHRASES = {("in", "invest"), ("in", "investment"), ("in", "stake"), ("of", "acquisition")}
_DESCRIPTIONS = {
    "company",
    "entity",
    "firm",
    "group",
    "conglomerate",
    "chipmaker",
    "automaker",
    "carmaker",
    "maker",
    "giant",
    "startup",
    "start-up",
    "developer",
    "operator",
    "provider",
    "manufacturer",
    "telco",
    "carrier",
    "platform",
    "lender",
    "investor",
}
# one building or site, not a sector: "a data centre in Blyth", "the new campus" (where "data centres" are a sector)
_FACILITY_NOUNS = {"centre", "center", "campus", "plant", "factory", "fab", "facility", "site", "cluster"}
_TECH_HEADS = {
    "research",
    "development",
    "technology",
    "sector",
    "industry",
    "field",
    "capability",
    "ecosystem",
    "innovation",
    "service",
}
_DASHES = ("—", "–", ":", "--", "-")
_BULLETS = ("-", "–", "—", "•", "·", "*", "▲", "▶", "■")
_LIST_GLUE = {",", "and", "&", "as", "well", "also", "plus"}


@dataclass
class Discourse:
    """The article's current topic: the organisation a pronoun or "the company" refers back to."""

    topic: Entity | None = None
    deal_target: Entity | None = None  # the company the article's acquisition or investment is about
    round_target: Entity | None = None  # the company whose funding round the article reports
    unnamed_spin_off: Entity | None = None  # the parent of a unit spun off without a name yet
    founded: Entity | None = None  # the organisation the article last said was set up ("the new company")
    lead: Entity | None = None  # the organisation the article first wrote as a subject: what it is about
    person: Entity | None = None  # the person a following "he" or "she" refers back to
    # the company whose round a sentence said it raised, and that round's size as said there
    round_total: tuple[Entity | None, dict] = (None, {})
    pair: tuple[Entity, Entity] | None = None  # the two organisations of the latest deal ("the two companies")


@dataclass
class EnClause:
    """One sentence for the English rules: its parse, its entities and the article context."""

    doc: DocState
    lex: EnglishLexicon
    sentence: Sentence
    span: Span
    ent_of: dict[int, Entity]  # token index -> entity of the mention covering it
    mention_of: dict[int, Mention]  # token index -> the mention covering it
    disc: Discourse
    out: list[Relation] = field(default_factory=list)

    # -- entities ---------------------------------------------------------------------------
    def entity(self, tok) -> Entity | None:
        return self.ent_of.get(tok.i)

    def argument_entity(self, tok, listed: bool = False) -> Entity | None:
        """The entity at ``tok``; else a capitalised proper name in an argument position that the
        tagger missed ("Upstage raised …", "in Anthropic") becomes an organisation.  ``listed``: the
        word stands in a list of organisations, where a one-word "person" or "nationality" is a company."""
        if _located_by(tok):
            return None  # "in Nasdaq-listed Y", "in Seoul-based Y": where Y is, not the argument
        if tok.lower_ in ("he", "she") and tok.tag_ == "PRP":
            return self.disc.person  # "P joined X in 2017. She founded Y in 2022."
        ent = self.entity(tok)
        if ent is not None or not starts_like_name(tok.text) or not self._proper(tok):
            return ent
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("series", "round"):
            return None  # "Series D": a round's letter, no name
        if tok.i > 1 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].like_num and len(tok.text) <= 2:
            return None  # "a 10-Q", "an 8-K", "a 20-F": a filing's form, no name
        if _SUM_GLUED.fullmatch(tok.text) and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in EN_SCALE_WORDS:
            return None  # "a RM1 billion fund": a currency's code glued to a sum, no name
        if self.lex.apposed_post(tok.doc, tok.i + 1):
            return None  # "Brandt, Helsing's chief technology officer,": a person's surname
        alone = tok.i + 1 >= len(tok.doc) or not tok.nbor().text[:1].isupper()
        if alone and len(people := self._people_named(tok.text)) == 1 and tok.ent_type_ in ("", "PERSON", "ORG"):
            return people[0]  # "Park, who serves as CEO, said": the one person of that name named before
        if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.tag_ not in ("NNP", "NNPS"):
            return None  # "AI" in "AI startup": a modifier, the name comes later
        if _CAMEL_CASE.fullmatch(tok.text) and tok.ent_type_ in ("", "PERSON", "NORP", "GPE"):
            pass  # "acquired MosaicML": a camel-cased word the tagger called a person or a place is a name
        elif tok.ent_type_ in ("GPE", "LOC") and not self.lex.is_place(_entity_text(tok)):
            pass  # "Rainbow Robotics, a Korean robot developer"; "Cisco", which the tagger calls a place (a listed
            # place described is still one: "a research center in Toronto, its third overseas lab")
        elif (
            listed
            and tok.pos_ == "PROPN"
            and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "LOC")
            and (tok.ent_type_ != "PERSON" or len(_entity_text(tok).split()) == 1)
        ):
            pass
        elif (
            tok.ent_type_ == "PERSON"
            and tok.pos_ == "PROPN"
            and len(_entity_text(tok).split()) == 1
            and not self._part_of_person(tok.text)
            and not self._addressed(tok)  # "Senator Ortiz asked": a person all the same
        ):
            pass  # "Kioxia", "Velaris": one word the tagger calls a person, naming no person of the article
        elif tok.ent_type_ in (
            "GPE",
            "LOC",
            "DATE",
            "TIME",
            "PERSON",
            "NORP",
            "MONEY",
            "CARDINAL",
            "PERCENT",
            "FAC",
            "EVENT",
            "LAW",
        ):
            return None
        start = end = tok.i
        doc = tok.doc
        while (
            start > self.span.start
            and doc[start - 1].tag_ in ("NNP", "NNPS")
            and doc[start - 1].i not in self.ent_of
            and doc[start - 1].text[:1].isupper()
            and (
                doc[start - 1].ent_type_ not in ("GPE", "LOC", "NORP", "DATE") or start <= doc[start - 1].head.i <= end
            )
        ):
            start -= 1
        while end + 1 < self.span.end and doc[end + 1].i not in self.ent_of:
            if doc[end + 1].tag_ in ("NNP", "NNPS") and doc[end + 1].text[:1].isupper():
                end += 1
            elif joins_hyphenated(doc, end + 1) and end + 2 < self.span.end and doc[end + 2].i not in self.ent_of:
                end += 2  # "K-Cloud": the tagger parts the name at its hyphen
            else:
                break
        words = [  # not the title word glued into a hyphenated name ("T-Head")
            t
            for t in doc[start : end + 1]
            if not self.lex.is_title_head(t.text)
            or (t.i > start and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
        ]
        titled = [t for t in doc[start:end] if self.lex.is_person_title(t.text)]
        if titled and self.lex.led_by_given_name(named := doc[titled[-1].i + 1 : end + 1]):
            words = list(named)  # "Former Meridian CFO Laura Benning joins …": the person the title is of
        if not words or start == self.span.start and doc[start].text in ("The", "A", "An"):
            return None
        person_next = self.ent_of.get(end + 1) if end + 1 < self.span.end else None
        if len(words) == 1 and person_next is not None and person_next.type is EntityType.PERSON:
            return None  # "chaired by Sheikh Tahnoun": a word of address before a person's name, no body
        name = doc[words[0].i : words[-1].i + 1].text
        if (doc[start].ent_type_ in ("GPE", "NORP") or self.lex.is_place(doc[start].text)) and describes_name_after(
            doc, end + 1, self.span.end
        ):
            return None  # "in Tokyo AI start-up Hoshino", "Emirati AI chip firm Qlub": where the company is, and what
        if (
            not self.lex.is_name(name)
            or self.lex.is_title_field(doc, start, end + 1)
            or self.lex.is_technology_term(name)
            or self.lex.is_place(name)  # "Abu Dhabi's sovereign wealth fund": the fund's place, no party
            or any(self.lex.is_title_word(t.text) for t in words)
        ):
            return None
        if len(words) == 1 and (short := self._short_form_of(name, words[0].idx)) is not None:
            self.ent_of[words[0].i] = short
            return short
        programme = doc[words[-1].i].head.lemma_.lower() in PROGRAMME_NOUNS  # "the K-Cloud project": no company
        if programme:
            etype = EntityType.ORGANIZATION
        elif self.lex.led_by_given_name(words):
            etype = EntityType.PERSON  # "CEO Ana Ruiz said": a person's name the tagger left unlabelled
        else:
            etype = self.lex.org_type(name)
        ent = self.new_entity(name, etype, words[0].idx, words[-1].idx + len(words[-1]))
        for t in words:
            self.ent_of[t.i] = ent
        return ent

    def _addressed(self, tok) -> bool:
        """A title or a form of address right before the word ("Senator Ortiz", "Dr. Vance"): it names a person."""
        before = tok.doc[tok.i - 1] if tok.i > self.span.start else None
        return before is not None and (self.lex.is_person_title(before.text) or is_honorific(before.text))

    def _short_form_of(self, word: str, at: int) -> Entity | None:
        """ "Mistral AI unveiled … Mistral said": news shortens a name it has given in full to its first word;
        the one organisation named earlier whose name starts with ``word`` is it (two such names leave it open,
        and "Kong" before "Kong Studios Korea" is no shortening of a place)."""
        longer = {
            e.key
            for e in self.doc.entities
            if e.type.is_organization
            for m in e.mentions
            if m.start < at and m.text.startswith(word + " ") and not self.lex.is_place(m.text[len(word) + 1 :])
        }
        if len(longer) != 1:
            return None
        key = longer.pop()
        return next(e for e in self.doc.entities if e.key == key)

    def _people_named(self, word: str) -> list[Entity]:
        """The article's people with ``word`` in their name ("Huang" of "Jensen Huang", "Park" of "Park Sung-hyun")."""
        return [
            e
            for e in self.doc.entities
            if e.type is EntityType.PERSON and any(word in m.text.replace("-", " ").split() for m in e.mentions)
        ]

    def _part_of_person(self, word: str) -> bool:
        return bool(self._people_named(word))

    def _proper(self, tok) -> bool:
        """A proper name by its tag, or a capitalised word inside the sentence the tagger took for a
        common one ("buy Splunk"), which is not a title, a technology or a listed non-name."""
        if tok.tag_ in ("NNP", "NNPS"):  # "Management decided to buy"; "Glean raised $260 million"
            return not (tok.is_sent_start and self.lex.is_common_word(tok.text)) or _bare_company_subject(tok)
        if _CAMEL_CASE.fullmatch(tok.text):
            return not self.lex.is_technology_term(tok.text)  # "MosaicML", which the tagger may call anything
        return (
            tok.tag_ in ("NN", "NNS", "JJ")
            and (
                (not tok.ent_type_ and (tok.i > self.span.start or self._heads_name_list(tok)))
                or self._unknown_subject(tok)
                or _bare_company_subject(tok)
            )
            and not self.lex.is_title_word(tok.text)
            and not self.lex.is_technology_term(tok.text)
            and self.lex.is_name(tok.text)
        )

    def _unknown_subject(self, tok) -> bool:
        """ "Tenstorrent, headed by P, makes chips": a word no dictionary knows opening the sentence as its subject is
        a name (the tagger reads a capitalised word there as a common noun or an adjective)."""
        return (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.ent_type_ in ("", "ORG", "GPE")  # the tagger's guess for an unknown name
            and tok.text[:1].isupper()
            and not self.lex.is_common_word(tok.text)
        )

    def _heads_name_list(self, tok) -> bool:
        """ "Moreh, Rebellions and Upstage are …": a word no dictionary knows opening a list of names is a name
        (the tagger reads a capitalised word at the start of a sentence as a common noun)."""
        return not self.lex.is_common_word(tok.text) and any(t.i in self.ent_of for t in tok.conjuncts)

    def _kind_of_many(self, noun) -> list[Entity] | None:
        """ "the six companies" a relative clause describes: a plural kind, no name; "A and B are among the
        companies that …" means the subject listed, and another plural kind is none of the article's names (not
        its topic). None when ``noun`` is no such word, or names its members ("companies including A and B")."""
        if (
            noun.tag_ != "NNS"
            or noun.i in self.ent_of
            or any(p.lower_ in ("including", "like", "as") for p in noun.children if p.dep_ == "prep")
        ):
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            holder = noun.head.head
            return [e for s in holder.children if s.dep_ in SUBJECTS for e in self.with_conjuncts(s)]
        return []

    def relative_antecedent(self, pronoun) -> list[Entity]:
        """The name written right before ", which": what the relative clause is about, wherever the parser hangs it."""
        i = pronoun.i
        ent = self.ent_of.get(i - 2) if i - 2 >= self.span.start and pronoun.doc[i - 1].text == "," else None
        return [ent] if ent is not None else []

    def described_by_participle(self, verb) -> list[Entity]:
        """What a past participle tells of: "Y, backed by X" the noun it hangs on; one set off by a comma after the
        main clause ("X set up Y, jointly funded by A", "X is an affiliate of G, chaired by P") the organisation named
        right before the comma, the nearest; else the verb's subject ("Founded in 2019, Y …", "Y is led by P")."""
        if verb.dep_ == "acl" and (described := self.with_conjuncts(verb.head)):
            return described
        comma = verb.left_edge.i - 1
        if verb.dep_ in ("acl", "advcl") and verb.head.i < comma and verb.doc[comma].text == ",":
            named = self.entity(verb.doc[comma - 1])
            objects = [
                e
                for o in children(verb.head, "dobj")
                if o.i < verb.i
                for e in self.with_conjuncts(o)
                if e.type.is_organization
            ]
            if named in objects:
                return objects
            if named is not None and named.type.is_organization and named not in self.subjects(verb.head):
                return [named]  # "an affiliate of G, led by P" (hung on "affiliate")
        return [] if verb.dep_ == "acl" else self.subjects(verb)

    def with_conjuncts(self, tok) -> list[Entity]:
        """The entity of ``tok`` and of every name coordinated with it ("A, B and C").

        The parser often hangs a list of names as appositions; the names written as one
        list from the phrase's first word count as coordinated too.
        """
        found: list[Entity] = []
        for t in (tok, *tok.conjuncts):
            members: list[Entity | None] = [*self.group_members(t)]
            for ent in members or [self.np_entity(t)]:
                if ent is not None and ent not in found:
                    found.append(ent)
        if found:
            start, doc = self._list_start(tok.left_edge.i), tok.doc
            while (
                start < tok.i
                and start not in self.ent_of
                and _LIST_OPENERS & {doc[start].lemma_.lower(), doc[start].lower_}
            ):
                start += 1  # "Existing investors A and B": the words describing the list are no name of it
            if start < tok.i and start not in self.ent_of and (after := self._kind_before_item(start)) is not None:
                start = after  # "Battery maker A and robot maker B": the first name's kind
            # an object's list ends where a name opens the next clause ("by A, and B also joined")
            listed = self.list_after(start, limit=0, objects=tok.dep_ in ("pobj", "dobj"))
            if found[0] in listed:
                found += [e for e in listed if e not in found]
        return found

    def _list_start(self, i: int) -> int:
        """Where a list of names ending in the phrase at ``i`` starts: "A, B and C joined …" opening the
        sentence, where the parser leaves the first names out of the subject's phrase; else ``i``."""
        doc, j = self.span.doc, i
        while j - 2 >= self.span.start and doc[j - 1].text == "," and (ent := self.ent_of.get(j - 2)) is not None:
            j -= 2
            while j > self.span.start and self.ent_of.get(j - 1) is ent:
                j -= 1
        return j if j == self.span.start else i

    def named_after(self, noun) -> list[Entity]:
        """The name set off after a description: "launched a joint research center, the X Lab, in Seoul"."""
        i = noun.right_edge.i + 1
        if i >= self.span.end or noun.doc[i].text != ",":
            return []
        i += 1
        while i < self.span.end and noun.doc[i].lower_ in ("the", "a", "an"):
            i += 1
        ent = self.entity(noun.doc[i]) if i < self.span.end else None
        return [ent] if ent is not None and ent.type.is_organization else []

    def as_organisations(self, ents: list[Entity]) -> list[Entity]:
        """Entities in a place only an organisation can take (founded, bought, invested in): a "person"
        only the statistical tagger saw, with no title or personal name shape, is a company ("Marlo Grid")."""
        for ent in ents:
            if (
                ent.type is EntityType.PERSON
                and ent.registry is None
                and all(m.source in ("ner", "repeat") for m in ent.mentions)
                and not any(
                    self.lex.is_person_title(w)
                    for m in ent.mentions
                    for w in self.doc.text[max(0, m.start - 25) : m.start].split()[-1:]
                )
                and not any(self.lex.is_korean_name(m.text) for m in ent.mentions)
            ):
                ent.type = EntityType.COMPANY
        return ents

    def group_members(self, tok) -> list[Entity]:
        """The names a plural description lists: "eight companies — A, B and C", "companies including A and B",
        "two more startups, A and B,"."""
        if tok.pos_ != "NOUN" or tok.i in self.ent_of:
            return []
        doc = tok.doc
        if (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() in _DESCRIPTIONS | self.lex.classifiers
            and ({"the", "two"} <= {c.lower_ for c in tok.children} or any(c.lower_ == "both" for c in tok.children))
            and not any(c.dep_ == "appos" for c in tok.children)
        ):  # "the two companies", "both firms": the two of the latest deal, else the last two named
            return list(self.disc.pair) if self.disc.pair is not None else self.last_organisations(tok, 2)
        if tok.lemma_.lower() in ("pair", "duo") and any(c.lower_ == "the" for c in tok.children):
            return self.last_organisations(tok, 2, people_count=True)  # "the pair": the last two named, if companies
        for p in tok.children:
            if (
                p.dep_ == "prep"
                and (p.lower_ == "including" or (p.lower_ == "as" and doc[p.i - 1].lower_ == "such"))
                and (listed := self.list_after(p.i + 1))
            ):
                return listed
        if tok.tag_ == "NNS":
            for a in tok.children:
                if a.dep_ == "appos" and (
                    listed := [
                        e for e in self.with_conjuncts(a) if e.type.is_organization or e.type is EntityType.PERSON
                    ]
                ):
                    return listed
        after = tok.i + 1 if tok.i + 1 < self.span.end and doc[tok.i + 1].text in _DASHES else tok.right_edge.i + 1
        if after < self.span.end and doc[after].text in _DASHES:
            return self.list_after(after + 1, limit=0) or self.bulleted_after(after)
        return self.listed_next(tok) if tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children) else []

    def bulleted_after(self, colon: int) -> list[Entity]:
        """ "… with seven startups:" closing the sentence, then one bulleted line per name ("- A", "• B"): the
        organisations the lines open with (the tagger reads each line as a sentence of its own)."""
        doc = self.span.doc
        if any(not t.is_space for t in doc[colon + 1 : self.span.end]):
            return []
        found: list[Entity] = []
        for sent in (s for s in doc.sents if s.start >= self.span.end):
            words = [t for t in sent if not t.is_space]
            if len(words) < 2 or words[0].text not in _BULLETS:
                break
            run = [words[1]]
            for t in words[2:]:
                if (
                    t.i in self.ent_of
                    and self.ent_of[t.i] is self.ent_of.get(run[-1].i)
                    or (t.i not in self.ent_of and t.text[:1].isupper() and run[-1].i not in self.ent_of)
                ):
                    run.append(t)
                else:
                    break
            ent = self.ent_of.get(run[0].i)
            name = doc[run[0].i : run[-1].i + 1].text
            if ent is None and run[0].text[:1].isupper() and self.lex.is_name(name):
                ent = self.new_entity(name, self.lex.org_type(name), run[0].idx, run[-1].idx + len(run[-1]))
            if ent is not None and ent.type.is_organization and ent not in found:
                found.append(ent)
        return found

    def listed_next(self, tok) -> list[Entity]:
        """ "Eight companies invested … They are A, B, …": the names the next sentence lists for a counted group."""
        nxt = next((s for s in self.doc.analysis.sents if s.start == self.span.end), None)
        if nxt is None:
            return []
        root = nxt.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            root.lemma_ not in ("be", "include")
            or subject is None
            or not (subject.lower_ in ("they", "these", "those") or subject.lemma_.lower() == tok.lemma_.lower())
        ):
            return []
        found: list[Entity] = []
        for t in nxt[root.i - nxt.start + 1 :]:
            ent = self.ent_of.get(t.i)
            if ent is None and t.pos_ == "PROPN" and t.doc[t.i - 1].lower_ in (",", "and", root.lower_):
                ent = self.argument_entity(t, listed=True)
            if ent is not None and ent not in found and ent.type.is_organization:
                found.append(ent)
        return found if len(found) > 1 else []

    def last_organisations(self, tok, n: int, people_count: bool = False) -> list[Entity]:
        """The ``n`` organisations mentioned last before ``tok``, in order of mention; fewer: none.
        ``people_count``: a word that does not say "companies" ("the pair") may mean two people named since,
        so any person among the last ``n`` named leaves it open."""
        latest: dict[str, tuple[int, Entity]] = {}
        # "Nvidia took a stake in Lumora, whose founder worked at Intel, and the two companies …": a relative
        # clause's names are asides, not the two meant
        aside = [
            (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
            for t in self.span
            if t.dep_ == "relcl" and t.right_edge.i < tok.i
        ]
        for ent in self.doc.entities:
            starts = [
                m.start for m in ent.mentions if m.start < tok.idx and not any(a <= m.start < b for a, b in aside)
            ]
            if starts and (ent.type.is_organization or people_count and ent.type is EntityType.PERSON):
                latest[ent.key] = (max(starts), ent)
        found = [e for _, e in sorted(latest.values(), key=lambda x: x[0])][-n:]
        return found if len(found) == n and all(e.type.is_organization for e in found) else []

    def named_like(self, tok) -> Entity | None:
        """ "the alliance", "the fund": the latest organisation before ``tok`` whose name is headed by that word ("Fund"
        of "Business Growth Fund", "Institute" of "Allen Institute for AI"; "the business" is not that fund), not a
        legal form: "the company" is no more "McKinsey & Company" than any other company."""
        word = tok.lemma_.lower()
        if self.lex.is_corporate_suffix(word):
            return None
        best, best_start = None, -1
        for ent in self.doc.entities:
            if not ent.type.is_organization or word not in {
                head for n in (ent.name, *ent.aliases) for head in _name_heads(n, self.lex.is_corporate_suffix)
            }:
                continue
            starts = [m.start for m in ent.mentions if m.start < tok.idx]
            if starts and max(starts) > best_start:
                best, best_start = ent, max(starts)
        return best

    def np_entity(self, tok) -> Entity | None:
        """The entity a noun phrase headed by ``tok`` names (its compounds included); the topic for pronouns."""
        ent = self.argument_entity(tok)
        if ent is not None:
            return ent
        if tok.lower_ == "whose":  # "Y, whose chief executive P said …": the name the relative clause follows
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                return self.entity(clause.head)
            # the parser may not hang the clause on the name: the name right before the comma
            return self.ent_of.get(tok.i - 2) if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
        for p in tok.children:  # "investors such as A and B", "companies including A"
            if p.dep_ == "prep" and (
                p.lower_ == "including" or (p.lower_ == "as" and tok.doc[p.i - 1].lower_ == "such")
            ):
                listed = self.list_after(p.i + 1)
                if listed:
                    return listed[0]
        if (
            tok.dep_ == "appos"
            and any(d.dep_ == "det" for d in tok.children)
            and (owner := self.appositive_owner(tok)) is not None
        ):
            return owner  # "Black Forest Labs, the Freiburg lab founded by …": the lab described, not its place
        if tok.lemma_.lower() in ASSET_NOUNS:
            return None  # "the Sakai plant", "Sharp's factory": an asset, no organisation
        # "Google parent Alphabet", "xAI rival Mistral": the name after the describing noun is the phrase's; "the
        # Oxford University spin-out" is none of Oxford's
        # "the Oxford spin-out", "the Alphabet subsidiary": the name before is the owner, not what the phrase names
        owned_noun = is_spin_off_noun(tok) or tok.lemma_.lower() in _OWNED_NOUNS
        named_next = self.ent_of.get(tok.i + 1)
        if (
            named_next is not None
            and named_next.type.is_organization
            and tok.lemma_.lower() in self.lex.classifiers
            and self.ent_of.get(tok.i) is None
        ):
            return named_next  # "the payments company Trellis Pay": the name the kind is written before, however parsed
        for child in sorted(tok.children, key=lambda t: t.i < tok.i):
            if (
                child.dep_ in ("compound", "appos", "nmod")
                and not (owned_noun and child.i < tok.i)
                # "two former OpenAI engineers raised …": people of the organisation, not the organisation
                and not (tok.lemma_.lower() in _PEOPLE_NOUNS and child.i < tok.i)
                and (ent := self.argument_entity(child)) is not None
            ):
                return ent
            if (
                child.dep_ == "poss"
                and tok.lemma_.lower() in _GOVERNING
                and (ent := self.argument_entity(child)) is not None
                and ent.type.is_organization
            ):
                return ent  # "NCSoft's board approved …": the company decides through its board
        if (ent := self.appositive_owner(tok)) is not None:
            return ent
        # "Intel sold its unit": the clause's subject, unless "its" stands in that subject ("Its parent, Y, said")
        if tok.lower_ in ("its", "their") and tok.dep_ == "poss" and not _in_subject(tok):
            verb = next((a for a in tok.ancestors if is_verb(a)), None)
            owners = [e for e in self.subjects(verb) if e.type.is_organization] if verb is not None else []
            while not owners and verb is not None and verb.dep_ == "relcl":
                # "Y was founded by P, who is its chief executive": the organisation the main clause is about
                verb = next((a for a in verb.ancestors if is_verb(a)), None)
                owners = [e for e in self.subjects(verb) if e.type.is_organization] if verb is not None else []
            if owners and not self._organisation_object_before(verb, tok):
                return owners[0]
            if not owners and verb is not None and any(e.type is EntityType.PERSON for e in self.subjects(verb)):
                # a person's post: in the organisation doing the clause it belongs to ("Y hired P, a former X
                # engineer, to lead its lab"), else the one named last before it ("X chairs MGX, while P is its
                # chief executive", "P joined Y to lead its lab")
                up = verb
                while up.dep_ in ("xcomp", "advcl", "conj") and up.head.i != up.i:
                    up = up.head
                    if doers := [e for e in self.subjects(up) if e.type.is_organization]:
                        return doers[0]
                named = next(
                    (
                        e
                        for i in range(tok.i - 1, self.span.start - 1, -1)
                        if (e := self.ent_of.get(i)) is not None and e.type.is_organization
                    ),
                    None,
                )
                if named is not None:
                    return named
        # "P said the company's purchase of Y would close": the possessor in the said clause's subject too
        clause = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS else tok.head
        if (
            (tok.lower_ in _PRONOUNS or self._definite_description(tok))
            and clause.dep_ == "ccomp"
            and clause.head.i != clause.i
        ):
            saying = clause.head
            if saying.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in saying.children):
                saying = saying.head  # "X reported higher sales and said it had agreed to buy Y": X says it
            for _ in range(2):  # "X is pleased to announce that it has …": the subject of "is pleased"
                if saying.dep_ in ("xcomp", "acomp") and not any(c.dep_ in SUBJECTS for c in saying.children):
                    saying = saying.head
            speaker = [c for c in saying.children if c.dep_ in SUBJECTS]
            # "Existing investor X said the company closed a round": a backer speaks of the company it backs
            backer = bool(speaker) and any(t.lemma_.lower() in INVESTOR_NOUNS for t in speaker[0].subtree)
            if speaker and not backer and (ent := self.speaker_organisation(speaker[0])) is not None:
                return ent
        if self._definite(tok) and (ent := self.named_like(tok) or self._called(tok)) is not None:
            return ent
        if self._new_body(tok) and (self.disc.founded is not None or tok.lemma_.lower() != "venture"):
            return self.disc.founded  # "The new company is headed by P": the one just set up, not its founder
        if (ent := self._founders_employer(tok)) is not None:
            return ent
        if tok.lower_ == "it" and tok.dep_ == "pobj" and (ent := self._object_named_before(tok)) is not None:
            return ent
        inside = preps(tok, "at", "within", "inside") + (preps(tok.head, "at", "within") if tok.dep_ == "dobj" else [])
        if self._definite_description(tok) and any(
            self.entity(o) is not None for p in inside for o in children(p, "pobj")
        ):
            return None  # "founded the group at Atlas Therapeutics": a group inside another organisation, no topic
        if tok.lower_ in _PRONOUNS or self._definite_description(tok):
            # "we" in an organisation's own post is the organisation the post opened on (an investor itself, whatever
            # company it backed), never one a later sentence only mentions ("We use Nvidia chips. X led our round")
            first_person = tok.lower_ in ("we", "our", "us")
            if (bought := self._company_bought_before(tok)) is not None:
                return bought
            if (doer := self._main_clause_doer(tok)) is not None:
                return doer
            topic = (
                self._first_person(tok)
                if first_person
                else self._person_describer_subject(tok) or self.referred_topic()
            )
            if topic is not None and not first_person:
                topic = self._other_of_pair(topic, tok) or topic
            ent = topic or (
                self.named_later(tok) if self._definite_description(tok) and not self._set_off(tok) else None
            )
            if (
                ent is not None
                and ent.type is EntityType.COMPANY
                and tok.lemma_.lower() in _LAB_WORDS
                and ent in (self.disc.pair or ())
            ):
                return None  # "X and Y set up a joint lab. The lab is led by P": the unnamed lab, neither partner
            if ent is not None and tok.lemma_.lower() in _COMPANY_WORDS and ent.type in _NO_COMPANIES:
                # "The University of X spun out Y. The startup was founded by …": the company, not the topic
                return self._latest_company(tok)
            if ent is not None and ent.type is EntityType.INVESTOR and tok.lemma_.lower() in _YOUNG_FIRM | {"company"}:
                # "PIF launched Qimma AI. The company signed …": a fund is no company; the one named last, if any
                return self._latest_company(tok) or ent
            return self.startup_referred(tok, ent) if tok.lower_ in _YOUNG_FIRM else ent
        return None

    def _other_of_pair(self, topic: Entity, tok) -> Entity | None:
        """ "GSK agreed to buy Z. Its CEO will report to GSK.": an owner ("its", "the company's") whose sentence names
        the topic later, for itself, is the other organisation of the latest deal between two."""
        pair = self.disc.pair
        owner = tok.dep_ == "poss" or any(c.tag_ == "POS" for c in tok.children)
        if pair is None or topic not in pair or not owner:
            return None
        later = {self.ent_of[i].key for i in range(tok.i + 1, self.span.end) if i in self.ent_of}
        before = {self.ent_of[i].key for i in range(self.span.start, tok.i) if i in self.ent_of}
        other = pair[1] if pair[0] is topic else pair[0]
        return other if topic.key in later - before and other.key not in later | before else None

    def _main_clause_doer(self, tok) -> Entity | None:
        """ "Siemens rose 1% after it said …", "Microsoft shares slipped after the company disclosed …": the subject of
        a time or reason clause is the organisation the main clause is about (whose shares moved), not an earlier
        sentence's."""
        verb = tok.head
        if tok.dep_ not in SUBJECTS or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        for subj in children(verb.head, *SUBJECTS):
            owners = [subj]
            if subj.lemma_.lower() in ("share", "stock"):  # "X shares", "shares of X", "X's stock"
                owners = children(subj, "compound", "poss") + [
                    o for p in preps(subj, "of") for o in children(p, "pobj")
                ]
            for owner in owners:
                if (ent := self.entity(owner)) is not None and ent.type.is_organization:
                    return ent
        return None

    def _company_bought_before(self, tok) -> Entity | None:
        """ "H bought Y from V. V acquired the company in 2018": the company bought is the one the article's deal is
        about, when someone other than it buys it again (the topic, H, is the buyer)."""
        if not self._definite_description(tok) or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ACQUIRE_VERBS:
            return None
        target = self.disc.deal_target
        buyers = self.subjects(tok.head)
        if target is None or target in buyers or self.disc.topic in (None, target) or self.disc.topic in buyers:
            return None
        return target

    def _person_describer_subject(self, tok) -> Entity | None:
        """ "Y was founded by P, who still runs the firm": in a clause describing a person, "the firm" is the
        organisation the sentence is about (its subject), not the article's topic."""
        described = next((a.head for a in tok.ancestors if a.dep_ == "relcl"), None)
        # "its founder P, who established the company": the clause may hang on the title the name stands beside
        person = (
            None
            if described is None
            else self.entity(described)
            or next((e for a in children(described, "appos") if (e := self.entity(a))), None)
        )
        if person is None or person.type is not EntityType.PERSON:
            return None
        root = tok.sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i < tok.i), None)
        ent = self.entity(subject) if subject is not None else None
        return ent if ent is not None and ent.type.is_organization else None

    def _first_person(self, tok) -> Entity | None:
        """Who "we" or "our" is: the organisation the post opened on; but an investor has no round of its own, so
        "our Series A" in a post opened on its investor is the round of the company it backed."""
        lead = self.disc.lead
        owned = {tok.head.lemma_.lower(), *(c.lemma_.lower() for c in tok.head.children if c.dep_ == "compound")}
        if lead is not None and lead.type is EntityType.INVESTOR and owned & ROUND_NOUNS:
            return self.disc.round_target or self.disc.deal_target or lead
        return lead

    def _object_named_before(self, pronoun) -> Entity | None:
        """ "X will spin off a new company, Y, and sell a 25% stake in it to Z": "it" after a preposition is the
        organisation the sentence last named before it that no verb there has as its subject."""
        subjects = {
            id(e)
            for t in self.span
            if t.i < pronoun.i and t.dep_ in SUBJECTS
            for e in [self.entity(t)]
            if e is not None
        }
        named = [
            e
            for t in self.span
            if t.i < pronoun.i
            and (e := self.entity(t)) is not None
            and e.type.is_organization
            and id(e) not in subjects
        ]
        return named[-1] if named else None

    def _set_off(self, noun) -> bool:
        """ "nebulai, the Berlin startup founded by P, …": a description set off by a comma describes the word before
        it (a name the recogniser missed), no company named later."""
        left = noun.left_edge.i
        return noun.dep_ == "appos" or (left > self.span.start and noun.doc[left - 1].text == ",")

    def _founders_employer(self, noun) -> Entity | None:
        """ "DeepX CEO P founded the company": the company a person's subject phrase names them at is the one
        "the company" after the verb is, not the article's topic."""
        if not (self._definite_description(noun) and noun.lemma_.lower() in _COMPANY_WORDS and noun.dep_ == "dobj"):
            return None
        for subj in children(noun.head, *SUBJECTS):
            person = self.entity(subj)
            if person is None or person.type is not EntityType.PERSON:
                continue
            named = [e for t in subj.subtree if t.i < subj.i and (e := self.entity(t)) is not None and e is not person]
            if len(named) == 1 and named[0].type.is_organization:
                return named[0]
        return None

    def _called(self, noun) -> Entity | None:
        """ "The joint venture, named Sferical AI, will …": the name set off after the description with "named",
        "called" or "dubbed"."""
        i, doc = noun.i + 1, noun.doc
        if i + 2 < self.span.end and doc[i].text == "," and doc[i + 1].lower_ in NAMING_WORDS:
            ent = self.entity(doc[i + 2])
        else:  # "The joint venture that A and B set up, called Y, …": the participle the parser hangs on the noun
            ent = next(
                (
                    e
                    for a in noun.children
                    if a.dep_ == "acl" and a.lower_ in NAMING_WORDS
                    for o in a.children
                    if o.dep_ in ("oprd", "attr", "dobj") and (e := self.entity(o)) is not None
                ),
                None,
            )
        return ent if ent is not None and ent.type.is_organization else None

    def startup_referred(self, tok, topic: Entity | None) -> Entity | None:
        """ "Kakao acquired Y. The startup had raised …", "Apple weighed an investment in Y. The startup's CEO …",
        "X spun off Y. The start-up has raised …": "the startup" at ``tok`` is the company an earlier sentence told
        the topic buying, putting money into or setting up, when one did; else the topic."""
        if topic is None:
            return None
        raised = self.disc.round_target
        if raised is not None and raised.type is EntityType.COMPANY and topic.type is EntityType.RESEARCH_LAB:
            return raised  # "Y raised $N. Kairo Labs, a unit of Toyota, also took part. The startup …": Y
        latest = self._latest_company(tok, besides=topic)
        new = latest is not None and latest is self.disc.founded
        return latest if latest is not None and (new or self._dealt_in(latest, tok)) else topic

    def _dealt_in(self, ent: Entity, tok) -> bool:
        """``ent`` is written before ``tok`` as what is bought or invested in: the object of "acquire" / "buy" /
        "invest in", or after "investment in", "stake in", "acquisition of"."""
        doc = tok.doc
        for m in ent.mentions:
            if m.start >= tok.idx or (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is None:
                continue
            root = span.root
            head = root.head
            if root.dep_ == "dobj" and head.lemma_.lower() in ACQUIRE_VERBS:
                return True
            if root.dep_ == "pobj" and (head.lower_, head.head.lemma_.lower()) in _DEAL_PHRASES:
                return True
        return False

    def _latest_company(self, tok, besides: Entity | None = None) -> Entity | None:
        """The company (or a lab named like one, "Quiver Labs") named last before ``tok`` in the article, other than
        ``besides``."""
        named = [
            (max(starts), e)
            for e in self.doc.entities
            if e.type in (EntityType.COMPANY, EntityType.RESEARCH_LAB)
            and e is not besides
            and (starts := [m.start for m in e.mentions if m.start < tok.idx])
        ]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def _organisation_object_before(self, verb, tok) -> bool:
        """ "Arm sued Qualcomm over its purchase of Nuvia", "X signed an agreement with Y to acquire its unit": an
        organisation object written before "its" may be what it refers to as well as the subject, so "its" is not
        read."""
        partner = any(  # "JPMorgan provided financing to Y for its acquisition of Z": Y's, or JPMorgan's
            p.lower_ in ("with", "to")
            and any((e := self.entity(o)) is not None and e.type.is_organization for o in p.subtree)
            for a in (verb, *verb.ancestors)
            for p in a.children
            if p.dep_ in ("prep", "dative") and p.i < tok.i
        )
        return partner or any(
            o.dep_ == "dobj"
            and o.i < tok.i
            and (
                (e := self.entity(o)) is not None
                and e.type.is_organization
                or e is None
                and o.pos_ == "PROPN"
                and o.ent_type_ != "PERSON"  # a name the tagger missed
            )
            for o in verb.children
        )

    def referred_topic(self) -> Entity | None:
        """The topic "it" or "the company" refers back to: not an investor last written as a subject when the
        article is about another organisation ("Y raised $N. X also participated. The company was founded …": Y)."""
        topic = self.disc.topic
        if topic is not None and topic.type is EntityType.INVESTOR:
            # "Rowan Hill Capital backed Y. … its chief executive": the company backed, when the lead is the investor
            backed = (self.disc.lead, self.disc.round_target, self.disc.deal_target)
            return next((e for e in backed if e is not None and e.type is not EntityType.INVESTOR), topic)
        return topic

    def _titles_after_owner(self, i: int) -> bool:
        """Token ``i`` is the "'s" of a name followed by a title ("OpenAI's (former) CTO"): the name owns a post."""
        doc, end = self.span.doc, min(self.span.end, i + 4)
        if i >= end or doc[i].tag_ != "POS":
            return False
        return any(self.lex.is_title_word(t.text) for t in doc[i + 1 : end] if t.text != ",")

    def _unit_after_owner(self, i: int) -> int | None:
        """Where the noun of a unit ends a name's possession that token ``i`` (the "'s") opens ("Nvidia's venture
        capital arm"); None when no unit noun follows."""
        doc, end = self.span.doc, min(self.span.end, i + 7)  # "'s in-house venture fund": five words on
        if i >= end or doc[i].tag_ != "POS":
            return None
        for t in doc[i + 1 : end]:
            if t.text == "," or t.i in self.ent_of:
                return None
            if t.lemma_.lower() in HELD_BODY_NOUNS:
                return t.i
        return None

    def _new_body(self, tok) -> bool:
        """ "the new company", "the newly formed entity", "the merged entity", "the (joint) venture": a description of
        an organisation just set up; "the unit" after one was set up ("X launched a unit, Y. The unit will be headed
        by P")."""
        return self._definite_description(tok) and (
            any(c.lower_ in ("new", "newly", "merged", "combined") for c in tok.subtree if c.i < tok.i)
            or tok.lemma_.lower() == "venture"
            or (tok.lemma_.lower() in PART_NOUNS - {"fund"} and self.disc.founded is not None)
            # "Meta formed a unit called Y Labs. The group (team) will be led by P": the lab just set up
            or (
                tok.lemma_.lower() in ("group", "team")
                and self.disc.founded is not None
                and self.disc.founded.type is EntityType.RESEARCH_LAB
            )
            # "X launched Y Ventures, a £50 million fund. The fund is backed by …": the investor just set up
            or (
                tok.lemma_.lower() == "fund"
                and self.disc.founded is not None
                and self.disc.founded.type is EntityType.INVESTOR
            )
        )

    def named_later(self, tok) -> Entity | None:
        """ "The California chipmaker agreed to buy Y. … Nvidia said …": a description opening the article
        before any name is the first company the next two sentences name (that this sentence does not)."""
        here = {self.ent_of[i].key for i in range(self.span.start, self.span.end) if i in self.ent_of}
        later = [s for s in self.doc.sentences if s.start >= self.span.end_char][:2]
        named_before = any(m.start < tok.idx for e in self.doc.entities if e.type.is_organization for m in e.mentions)
        if not later or named_before:
            return None  # "Meta left the AI Alliance after co-founding the group": a body named before
        firsts = [
            (m.start, e)
            for e in self.doc.entities
            if e.type is EntityType.COMPANY and e.key not in here
            for m in e.mentions
            if later[0].start <= m.start < later[-1].end
        ]
        return min(firsts, key=lambda pair: pair[0])[1] if firsts else None

    @staticmethod
    def _definite(tok) -> bool:
        return any(c.lower_ in ("the", "this", "that") for c in tok.children)

    def _definite_description(self, tok) -> bool:
        """ "the company", "this automaker", "the Korean conglomerate"."""
        return tok.lemma_.lower() in _DESCRIPTIONS | self.lex.classifiers and any(
            c.lower_ in ("the", "this") for c in tok.children
        )

    def appositive_owner(self, tok) -> Entity | None:
        """The name a description stands beside: "Tenstorrent, the chip startup (founded by …)", "TGC Square, an
        investment arm (established by …)"."""
        if tok.lemma_.lower() not in _DESCRIPTIONS | self.lex.classifiers | PART_NOUNS:
            return None
        left = tok.left_edge.i
        if tok.dep_ == "appos" and (ent := self.entity(tok.head)) is not None:
            return self.name_before_comma(tok) or ent
        if (
            left - 2 >= self.span.start
            and tok.doc[left - 1].text == ","
            and (ent := self.entity(tok.doc[left - 2])) is not None
            and not any(a.dep_ == "advcl" and tok not in a.subtree for a in tok.doc[left - 2].ancestors)
        ):  # not "Backed by A and B, the startup …": the comma closes a fronted clause, the name is its own
            return ent
        return None

    def name_before_comma(self, tok) -> Entity | None:
        """The name written right before the comma that opens ``tok``'s phrase: "Cohere and Mila, the Quebec
        institute …", "… chips to Humain, the AI company set up by …" describe the last name, though the parser may
        hang the phrase on the first of the names or on the sentence's subject."""
        left = tok.left_edge.i
        if left - 2 >= self.span.start and tok.doc[left - 1].text == ",":
            return self.entity(tok.doc[left - 2])
        return None

    def appositive_name(self, tok) -> Entity | None:
        """The name written beside a description: "the Korean conglomerate, Hanwha Group,"."""
        for child in tok.children:
            if child.dep_ == "appos" and (ent := self.argument_entity(child)) is not None:
                return ent
        return None

    def speaker_organisation(self, subject) -> Entity | None:
        """Who "it" / "the company" is in what a subject said: the subject when it is an organisation,
        else the organisation named beside the speaking person ("P, chief executive of X, said …")."""
        ent = self.argument_entity(subject) or self._main_clause_doer(subject)  # "X rose after it said it …"
        if ent is None and subject.lower_ not in _PRONOUNS:  # "The Korean conglomerate, Hanwha Group, said …"
            ent = self.appositive_name(subject) or (self.named_like(subject) if self._definite(subject) else None)
        if ent is not None and ent.type.is_organization:
            return ent
        if ent is None or ent.type is not EntityType.PERSON:
            return None
        return next((e for t in subject.subtree if (e := self.entity(t)) is not None and e.type.is_organization), None)

    def described(self, tok) -> Entity | None:
        """ "the startup", "the company" as an object: the company the article's deal is about, else the topic."""
        if self._definite(tok) and (ent := self.named_like(tok)) is not None:
            return ent
        if self._new_body(tok):
            return self.disc.founded
        if tok.lemma_.lower() in _DESCRIPTIONS and any(c.lower_ in ("the", "this") for c in tok.children):
            ent = self._speaker(tok) or self.disc.deal_target or self.referred_topic()
            if ent is not None and ent.registry is not None and tok.lower_ in _YOUNG_FIRM:
                return None  # "the startup" no article has called so is not the well-known Samsung it is about
            return ent
        return None

    def _firm_of_speaker(self, tok) -> Entity | None:
        """The organisation a person speaking is written with ("P of X", "P, X's partner"), else None."""
        if (person := self.entity(tok)) is None or person.type is not EntityType.PERSON:
            return None
        named = [
            e for p in tok.children if p.lower_ in ("of", "at") for o in children(p, "pobj") if (e := self.entity(o))
        ]
        named += [e for a in children(tok, "appos") for t in a.subtree if t.dep_ == "poss" and (e := self.entity(t))]
        return next((e for e in named if e.type.is_organization), None)

    def _speaker(self, tok) -> Entity | None:
        """ "X said (that) Google will invest in the company": the organisation whose statement names itself so."""
        for clause in tok.ancestors:
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING:
                said_by = [c for c in clause.head.children if c.dep_ in SUBJECTS]
                ent = self.argument_entity(said_by[0]) if said_by else None
                return ent if ent is not None and ent.type.is_organization else None
        return None

    def _subject_after_opener(self, verb) -> list[Entity]:
        """ "At Davos, A and B signed an MOU": the small parser joins the names after the opening phrase's comma to
        its place as a list; they are the verb's subject."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i > verb.i:
                continue
            for place in children(prep, "pobj"):
                comma = place.i + 1
                if comma < verb.i and place.doc[comma].text == ",":
                    listed = [c for c in place.conjuncts if comma < c.i < verb.i]
                    found = [e for c in listed if (e := self.argument_entity(c)) is not None]
                    if found:
                        return found
        return []

    def actors(self, verb) -> list[Entity]:
        """Who puts the money in: the subject, or the organisation it acts through ("Nvidia, via its venture arm
        NVentures, invested …", "Toyota invested in Y through Toyota Ventures": the arm is the investor)."""
        subjects = self.subjects(verb)
        vehicles = [
            e
            for p in children(verb, "prep")
            if p.lower_ in ("via", "through")
            for o in children(p, "pobj")
            for named in [o, *children(o, "appos")]  # "through its venture arm NVentures"
            if (e := self.argument_entity(named)) is not None and e.type.is_organization and e not in subjects
        ]
        return vehicles[:1] if subjects and vehicles else subjects

    def subjects(self, verb) -> list[Entity]:
        """Entities of the verb's subject, climbing "plans to invest" / "has invested" / "and will buy"."""
        node = verb
        timed = False  # climbed out of "after (before) doing": a time clause, the main clause's subject does it
        for _ in range(4):
            subj = [c for c in node.children if c.dep_ in SUBJECTS]
            if subj and subj[0].lower_ in ("which", "that", "who") and node.dep_ == "relcl":
                if (kinds := self._kind_of_many(node.head)) is not None:
                    return kinds  # "A, B and C are among the companies that founded Y": the listed ones
                # "Microsoft, which has invested …" (the parser may hang the clause on another noun: "owns 90% of
                # Y, which was founded …")
                found = self.with_conjuncts(node.head) or self.relative_antecedent(subj[0])
                if subj[0].lower_ == "who" and any(e.type is EntityType.PERSON for e in found):
                    # "Backers include X Fund and angel investor P, who co-founded Y": the people of the list
                    return [e for e in found if e.type is EntityType.PERSON]
                return found
            if (
                subj
                and subj[0].lower_ in ("it", "they")
                and node.dep_ == "relcl"
                and (outer := next((a for a in node.head.ancestors if is_verb(a)), None))
            ):  # "X will invest in Y, which it acquired in 2021": the pronoun is the outer clause's subject
                return [e for e in self.subjects(outer) if e.type.is_organization]
            if subj and subj[0].lower_ in ("they", "we") and node.dep_ == "ccomp":  # "A and B said they will …"
                speaker = [c for c in node.head.children if c.dep_ in SUBJECTS]
                if speaker and self.argument_entity(speaker[0]) is not None:
                    if subj[0].lower_ == "we" and (firm := self._firm_of_speaker(speaker[0])) is not None:
                        return [firm]  # "We led the round, said P of X": X speaks through P
                    return self.with_conjuncts(speaker[0])
            if (
                subj
                and subj[0].lemma_.lower() in _ITS_PEOPLE
                and subj[0].i not in self.ent_of
                and any(self.entity(o) is not None for o in children(subj[0], "compound", "poss"))
                and not children(subj[0], "appos")
            ):
                return []  # "Datenwerk shareholders will own 55% of Y": the company's holders or staff, not it
            if len(subj) > 1 and subj[0].lemma_.lower() in _HOLDER_WORDS and subj[0].i not in self.ent_of:
                subj = subj[1:]  # "Existing investors A and B participated": the parser makes both words subjects
            if len(subj) > 1 and subj[-1].i in self.ent_of and all(t.i not in self.ent_of for t in subj[:-1]):
                subj = subj[-1:]  # "Acme co-founder Jane Doe joined Y": the parser cuts at "co-"; the name is last
            if len(subj) > 1 and any(":" in t.text for t in node.doc[subj[0].i : subj[-1].i]):
                subj = subj[-1:]  # "Quillmark ($640 million): Index Ventures led the round": a heading, then its text
            if subj and node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") and node.head.dep_ == "ROOT":
                # "KT, Korea's second-largest carrier, and Microsoft signed …": the small parser makes the first name
                # the sentence and the verb its conjunct; both names are the subject
                first = self.with_conjuncts(node.head)
                return first + [e for e in self.with_conjuncts(subj[0]) if e not in first]
            if subj:
                return self.with_conjuncts(subj[0])
            if opened := self._subject_after_opener(node):
                return opened
            before = self.entity(node.doc[node.i - 1]) if node.i > self.span.start else None
            if node.dep_ == "conj" and before is not None:  # "… and Amazon invested …" misparsed
                return [before]
            if node.dep_ == "acl" and (main := self._after_apposition(node)):
                return main
            if (
                (node.dep_ == "xcomp" or node.dep_ == "advcl" and _infinitival(node))  # the parser's either reading
                and not timed  # "Meta hired P to lead its unit after agreeing to invest in Y": Meta agreed
                and node.head.lemma_.lower() in _OBJECT_CONTROL
                and (named := [e for o in node.head.children if o.dep_ == "dobj" for e in self.with_conjuncts(o)])
            ):
                return named  # "The ministry picked A and B to take part in Y": A and B do it
            if (
                node.dep_ in ("advcl", "xcomp")
                and _infinitival(node)
                and node.head.lemma_.lower() in _GRANTING
                and (given := [e for d in node.head.children if d.dep_ == "dative" for e in self.list_after(d.i + 1)])
            ):
                return given  # "X awarded $10 million to Y to set up Z": the one given the money does it
            if node.dep_ in ("relcl", "acl") and (node.head.ent_type_ == "MONEY" or node.head.pos_ == "NUM"):
                node = node.head.head  # "invested ¥7 billion to set up X": the parser hangs the purpose on the sum
                continue
            if node.dep_ in _CLIMB | {"advcl", "relcl", "acl"} and node.head.i != node.i:
                if node.dep_ in ("relcl", "acl"):  # "X, which will invest …": the head noun
                    found = self.with_conjuncts(node.head)
                    if found or (node.dep_ == "relcl" and not _infinitival(node)):
                        return found
                    node = node.head  # "X executed an agreement to acquire …": the noun's own clause
                node = node.head
                if node.dep_ == "prep":  # "X entered into an agreement to buy …"
                    timed = timed or node.lower_ in _TIME_MARKS
                    node = node.head
            else:
                break
        return []

    def _after_apposition(self, verb) -> list[Entity]:
        """ "X, the investment arm of Y, invested in Z": the small parser takes the verb after the apposition
        for a participle on Y and leaves the sentence a noun phrase; the sentence's head (X) is its subject."""
        root, before = self.span.root, verb.i - 1
        while before > self.span.start and verb.doc[before].tag_ == "RB":
            before -= 1  # "…, previously invested in Z"
        if (
            verb.doc[before].text != ","
            or root.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ == "agent" for c in verb.children)  # "Y, a startup, backed by X": a participle after all
            or not any(a.dep_ == "appos" and a.head.i == root.i for a in verb.ancestors)
        ):
            return []
        return self.with_conjuncts(root)

    def agents(self, verb, limit: int = 3) -> list[Entity]:
        """Who did it, by "by X" ("founded by Ola founder P", "by eight companies — A, B and C", "by A and B")."""
        found: list[Entity] = []
        for p in preps(verb, "by"):
            if named := self._people_named_after(p):
                found += [e for e in named if e not in found]  # "by former Dell engineers P and Q": P and Q
                continue
            if self._names_only_modify(p) or _people_of(p):
                continue
            named = self._named_object(p)
            listed = self.list_after(p.i + 1, limit=limit)
            if not listed and len(named) == 1 and named[0].type is EntityType.PERSON:
                # "by former Allens lawyer P and engineer Q": the list read from the person the title leads to
                at = next((k for k in range(p.i + 1, self.span.end) if self.ent_of.get(k) is named[0]), None)
                listed = self.list_after(at) if at is not None else []
            found += [e for e in (listed if len(listed) > len(named) else named) if e not in found]
        return found

    def _people_named_after(self, prep) -> list[Entity]:
        """ "by former Dell engineers Marcus Webb and Tanya Ortiz": the people named right after a word for people
        that opens the preposition's object (the organisation before that word only says where they worked)."""
        doc = prep.doc
        k = prep.i + 1
        while k < self.span.end and k - prep.i <= 5 and doc[k].lemma_.lower() not in _PEOPLE_NOUNS:
            ent = self.ent_of.get(k)
            if (doc[k].is_punct or doc[k].pos_ in ("ADP", "AUX", "VERB")) and ent is None:
                return []  # ("by University of Sydney engineers P and Q": the "of" inside a name runs on)
            if ent is not None and ent.type is EntityType.PERSON:
                return []  # "by lawyer P and chief scientist Q": a person named first, the noun is Q's title
            k += 1
        if k >= self.span.end or doc[k].lemma_.lower() not in _PEOPLE_NOUNS:
            return []
        named = self.list_after(k + 1)
        return named if named and all(e.type is EntityType.PERSON for e in named) else []

    def _names_only_modify(self, prep) -> bool:
        """ "by former Google DeepMind and Meta researchers": the phrase after "by" ends in a common noun and every
        name stands before it as a modifier, so the people it names did it, not the organisations ("by a consortium
        of A and B" names them after the noun, as its members). Read from the tokens: the parser often takes the
        last name for the object and the noun for a conjunct."""
        doc, end = prep.doc, self.span.end
        phrase = []
        for t in doc[prep.i + 1 : end]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") or t.tag_ in ("WDT", "TO"):
                break
            phrase.append(t)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or nouns[-1].pos_ != "NOUN" or self.entity(nouns[-1]) is not None:
            return False
        # the noun the names modify ("Meta researchers"), not a noun after them ("by Orvane last year")
        return any(ch.dep_ in ("compound", "nmod", "amod") and self.entity(ch) is not None for ch in nouns[-1].children)

    def _named_object(self, prep) -> list[Entity]:
        """The names a preposition's object is ("by A and B", "by Naver executive P"); a common noun the names
        only modify is not them ("by former Meta and Google researchers")."""
        objs = children(prep, "pobj")
        if objs and (objs[0].pos_ == "PROPN" or self.entity(objs[0]) is not None or self.group_members(objs[0])):
            return self.with_conjuncts(objs[0])
        return []

    def companions(self, verb) -> list[Entity]:
        """Who did it too: "together with / along with / jointly with X", "in partnership with X", "alongside X"."""
        found: list[Entity] = []
        for p in verb.subtree:
            if p.lower_ == "alongside" and p.dep_ == "prep":
                found += [e for e in self.list_after(p.i + 1, limit=3) if e not in found]
                continue
            if (
                p.lower_ != "with"
                or p.dep_ != "prep"
                or opens_clause(p)
                or not (p.doc[p.i - 1].lower_ in ("together", "along", "jointly", "partnership") or p.head.i == verb.i)
            ):
                continue  # "launched the alliance with five startups — A, B, …" too
            found += [e for e in self._named_object(p) or self.list_after(p.i + 1, limit=3) if e not in found]
        return found

    def _past_describer(self, ent: Entity, at: int) -> int | None:
        """Where the words after the entity at token ``at`` start when it is glued by a hyphen to a participle
        ("Nvidia-backed", "Temasek-owned"): it describes the name written next and is no item of a list; else None."""
        doc, end = self.span.doc, at
        while end < self.span.end and self.ent_of.get(end) is ent:
            end += 1
        glued = (
            end + 1 < self.span.end
            and doc[end].text in ("-", "–")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].tag_ == "VBN"
        )
        if glued:
            return end + 2
        # "Anthropic rival start-up Reka AI", "GreenLedger's rival, start-up CarbonTrace": a name before the noun that
        # relates another to it, the other written after (a describing word or two between)
        if end + 1 < self.span.end and doc[end].text in POSSESSIVES and doc[end + 1].lower_ in _RELATING_NOUNS:
            end += 1
        if end < self.span.end and doc[end].lower_ in _RELATING_NOUNS:
            return next(
                (k for k in range(end + 1, min(end + 5, self.span.end)) if self.ent_of.get(k) not in (None, ent)),
                None,
            )
        return None

    def _person_behind_title(self, ent: Entity, at: int) -> Entity | None:
        """ "former Shopify CTO Marc Dubeau", "Shopify's former CTO Marc Dubeau": the person after the organisation at
        token ``at`` and a title, whose post the organisation names (the person, not the organisation, is what a
        list names there)."""
        if not ent.type.is_organization:
            return None
        doc, end = self.span.doc, at
        while end < self.span.end and self.ent_of.get(end) is ent:
            end += 1
        if end < self.span.end and doc[end].like_num and self.ent_of.get(end) is None:
            end += 1  # "Unit 8200 veterans P and Q": the number ends the name the tagger cut short
        j = end
        while j < self.span.end and (
            self.lex.is_title_token(doc, j)
            or doc[j].text == "-"
            or doc[j].lower_ in _PEOPLE_FROM
            or (doc[j].lower_ == "co" and j + 1 < self.span.end and doc[j + 1].text == "-")  # "co-founder"
            or (doc[j].tag_ == "POS" or doc[j].lower_ in ("former", "ex"))
            and j + 1 < self.span.end  # "X's former CTO P"
        ):
            j += 1
        person = self.ent_of.get(j) if end < j < self.span.end else None
        return person if person is not None and person.type is EntityType.PERSON else None

    def list_after(self, start: int, limit: int = 8, objects: bool = True) -> list[Entity]:
        """Entities named from token ``start`` on: skip modifiers to the first name, then "A, B and C".

        In an object list a name followed by a finite verb starts the next clause ("… in A and B invested")."""
        sent_end = self.span.end
        doc = self.span.doc
        found: list[Entity] = []
        i, skipped = start, 0
        while i < sent_end and not found:
            tok = doc[i]
            # "with Saudi Arabia's Ministry of …", "in Abu Dhabi's G42": the owned name is the argument
            if (
                tok.dep_ == "poss"
                and tok.head.i > tok.i
                and tok.head.tag_ in ("NNP", "NNPS")
                and self.entity(tok) is None
            ):
                i = tok.head.i
                continue
            if (after_place := self._past_place_owner(i)) is not None:
                i = after_place  # "with Bahrain's national oil company Y": the place owns, it is no party
                continue
            if (ent := self._owned_name(tok) or self.argument_entity(tok)) is not None:
                if (past := self._past_describer(ent, i)) is not None:
                    i = past  # "in Temasek-owned Vertex Ventures": the owner describes the name after it
                    continue
                person = self._person_behind_title(ent, i)  # "former Shopify CTO P": the item is P
                found.append(person or ent)
                while person is not None and i < sent_end and self.ent_of.get(i) is not person:
                    i += 1
                break
            if (
                tok.is_punct
                and tok.text not in "-–"
                or tok.tag_ in ("IN", "TO", "WDT", "VBZ", "VBP", "MD")
                and tok.lower_ != "of"
                and tok.lower_ not in self.lex.classifiers  # "in robotics startup/VBP Y": a noun the tagger misread
                or skipped >= limit
            ):
                return []
            i += 1
            skipped += 1
        while i < sent_end:
            tok = doc[i]
            if (owned := self._owned_name(tok)) is not None:  # "… and Nvidia's venture arm NVentures"
                if owned not in found:
                    found.append(owned)
                while i < sent_end and self.ent_of.get(i) is not owned:
                    i += 1
                while i < sent_end and self.ent_of.get(i) is owned:
                    i += 1
                continue
            if tok.text == "(" and self.ent_of.get(i - 1) is found[-1]:
                gloss_end = next((k for k in range(i + 1, min(i + 8, sent_end)) if doc[k].text == ")"), None)
                if gloss_end is not None:  # "A (ACR) and B": the name's gloss is no item of the list
                    i = gloss_end + 1
                    continue
            ent = self.entity(tok)
            if (
                ent is None
                and doc[i - 1].lower_ in (",", "and", "&")
                and tok.pos_ == "PROPN"
                and found
                and found[-1].type.is_organization
            ):
                ent = self.argument_entity(
                    tok, listed=True
                )  # "A, B and Velaris": a name the tagger missed, listed with others
            if ent is not None and (person := self._person_behind_title(ent, i)) is not None:
                while i < sent_end and self.ent_of.get(i) is not person:
                    i += 1
                ent = person  # "A and ex-Uber executive P": the item is P
            if ent is not None:
                end = i
                while end < sent_end and self.ent_of.get(end) is ent:
                    end += 1
                if (past := self._past_describer(ent, i)) is not None:
                    i = past  # "A and Nvidia-backed B": the backer describes the next item
                    continue
                verb_at = end
                while verb_at < sent_end - 1 and doc[verb_at].tag_ == "RB":
                    verb_at += 1  # "… and B also participated"
                if (
                    objects
                    and ent not in found
                    and verb_at < sent_end
                    and doc[verb_at].tag_ in ("VBD", "VBZ", "VBP", "MD")
                ):
                    break  # "… in A and B invested …": B starts a new clause
                if found and found[-1].type is EntityType.PERSON and self._titles_after_owner(end):
                    break  # "P, OpenAI's former CTO, founded …": the owner of P's title is no item of the list
                set_off = doc[i - 1].text == "," or (doc[i - 1].lower_ == "the" and doc[i - 2].text == ",")
                if found and set_off and (unit := self._unit_after_owner(end)) is not None:
                    # "NVentures, Nvidia's venture capital arm, and B", "A, the CIA's venture arm": the arm's owner
                    # is no item
                    i = unit + 1
                    continue
                if ent not in found:
                    found.append(ent)
                i += 1
                continue
            if (
                len(found) == 1
                and self.ent_of.get(i - 1) is found[0]
                and tok.is_lower
                and tok.tag_ in ("JJ", "NN")
                and i + 1 < sent_end
                and (named := self.entity(doc[i + 1])) is not None
                and named.type.is_organization
            ):  # "xAI rival Mistral AI", "Google spinoff Waymo": the first name describes the one after it
                return self.list_after(i + 1, limit, objects)
            if tok.lower_ in ("a", "an") and doc[i - 1].text == ",":
                break  # ", a former Google engineer": an apposition, not the next item
            if tok.lower_ == "as" and doc[i + 1].lower_ != "well" and doc[i - 1].lower_ != "well":
                break  # "A and B as investors": "as" closes the list unless it is "as well as"
            if (after_place := self._past_place_owner(i)) is not None and self._entity_follows(after_place - 1):
                i = after_place  # "A and Qatar's QIA", "A and Abu Dhabi's ADQ": the next item is the place's body
                continue
            if tok.lower_ in _LIST_GLUE or (
                (tok.tag_ in ("JJ", "JJR", "PRP$", "DT") or _LIST_OPENERS & {tok.lemma_.lower(), tok.lower_})
                and self._entity_follows(i)
            ):  # "A and existing investors B and C": the words describing the next names
                i += 1
                continue
            if doc[i - 1].lower_ in (",", "and") and self._unknown_list_item(i):
                i += 1
                continue
            if found and doc[i - 1].lower_ in (",", "and", "&") and (after := self._kind_before_item(i)) is not None:
                i = after  # "A and robotics firm B", "A and robot maker B": the kind written before the next name
                continue
            if found and found[-1].type is EntityType.PERSON and self._title_before_person(i):
                i += 1  # "P and engineer Q": the next person's post, written before the name
                continue
            break
        if (
            found
            and i < sent_end
            and doc[i].tag_ in ("NN", "NNS")
            and doc[i].i not in self.ent_of
            and doc[i - 1].i in self.ent_of
            and not any(t.dep_ == "nsubj" and t.head.i == i for t in doc[start:i])  # "with A and B joining"
        ):
            if doc[i].lemma_.lower() in PROGRAMME_NOUNS and found[-1].type is EntityType.ORGANIZATION:
                return found  # "the K-Cloud project": the programme's name
            person = self.ent_of.get(i + 1) if i + 1 < sent_end else None
            if person is not None and person.type is EntityType.PERSON:
                return self.list_after(i + 1, limit, objects)  # "former Meta engineers P and Q": the people named
            return []  # "former Meta and Google researchers": the names modify a noun, they are not the argument
        return found

    def _kind_before_item(self, i: int) -> int | None:
        """ "robotics firm B", "chip maker B": lower-case words from token ``i`` ending in a kind of company right
        before an organisation's name; where the name starts, None when the words are anything else."""
        doc, k = self.span.doc, i
        while (
            k < self.span.end
            and k - i < 5
            # (capitalised only as the sentence's first word or a nationality: "Korean battery maker A")
            and (doc[k].is_lower or k == i and (k == self.span.start or doc[k].ent_type_ == "NORP"))
            and doc[k].tag_ in ("NN", "NNS", "JJ")
            and k not in self.ent_of
        ):
            k += 1
        named = self.ent_of.get(k) if k < self.span.end else None
        if k == i or doc[k - 1].lemma_.lower() not in self.lex.classifiers or named is None:
            return None
        return k if named.type.is_organization else None

    def _title_before_person(self, i: int) -> bool:
        """Lower-case title words or an address from token ``i`` up to a person's name ("engineer Q", "chief
        scientist Q", "Dr Q")."""
        doc, k = self.span.doc, i
        while k < min(self.span.end, i + 3) and (
            doc[k].is_lower and self.lex.is_title_word(doc[k].text) or is_honorific(doc[k].text)
        ):
            k += 1
        return k > i and (ent := self.ent_of.get(k)) is not None and ent.type is EntityType.PERSON

    @staticmethod
    def unrealised(noun) -> bool:
        """A noun describing a tie that is not, or no longer, there ("a potential backer", "a planned joint venture",
        "a preliminary memorandum of terms")."""
        return any(EnClause.unrealising(t) for t in noun.children) or _tentative_terms(noun)

    @staticmethod
    def unrealising(word) -> bool:
        """A word that makes a tie not (yet or any longer) a fact ("potential", "planned", "former")."""
        return word.lower_ in _NOT_YET_OR_NO_LONGER

    def hyphenated(self, tok) -> tuple[Entity, Entity] | None:
        """ "SoftBank-backed Arm", "Hyundai-owned Boston Dynamics": the name before the hyphen and the one ``tok`` describes."""
        doc = self.span.doc
        if tok.i < self.span.start + 2 or doc[tok.i - 1].text not in "-–" or not self.asserted(tok):
            return None
        before, after = self.entity(doc[tok.i - 2]), self.list_after(tok.i + 1, limit=3)
        if not after and tok.head.dep_ == "appos" and tok.head.pos_ == "NOUN" and not self.unrealised(tok.head):
            # "Anthropic, the Amazon-backed AI startup,": the description stands beside the name
            after = [e for e in [self.argument_entity(tok.head.head)] if e is not None and e.type.is_organization]
        return (before, after[0]) if before is not None and after else None

    def _owned_name(self, tok) -> Entity | None:
        """ "Nvidia's venture arm NVentures", "Nvidia's NVentures": the named unit after an owner's possessive is the argument
        (read from the words: the parser hangs such phrases in several ways)."""
        owner = self.entity(tok)
        if owner is None or (tok.i > self.span.start and self.ent_of.get(tok.i - 1) is owner):
            return None
        doc, end = self.span.doc, tok.i
        while end < self.span.end and self.ent_of.get(end) is owner:
            end += 1
        if end >= self.span.end or doc[end].text not in POSSESSIVES:
            return None
        j = end + 1
        while (
            j < self.span.end
            and j - end <= 4
            and (doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_lower or doc[j].text in UNIT_MODIFIERS)
        ):
            j += 1  # "Kakao's AI subsidiary Kakao Brain"
        named_right_after = j == end + 1 and j < self.span.end and (self.entity(doc[j]) or owner) is not owner
        if named_right_after:  # "Nvidia's NVentures": the name the possessive owns
            return self.entity(doc[j])
        if j > end + 1 and j + 1 < self.span.end and doc[j].text == "," and doc[j - 1].pos_ == "NOUN":
            named = self.entity(doc[j + 1])  # "in Rivet's rival, Sprocket Labs": the name set off after the noun
            return named if named is not None and named is not owner else None
        if j == end + 1 or doc[j - 1].lemma_.lower() not in PART_NOUNS | AFFILIATE_NOUNS | VEHICLE_NOUNS:
            return None
        if j >= self.span.end:
            return None
        named = self.entity(doc[j])
        return named if named is not None and named is not owner else None

    def _unknown_list_item(self, i: int) -> bool:
        """A short item the tagger missed inside a list of names ("A, e& and B"): separators on both sides."""
        doc = self.span.doc
        j = i
        while j < self.span.end and j - i < 2 and doc[j].i not in self.ent_of and doc[j].lower_ not in (",", "and"):
            j += 1
        return j < self.span.end - 1 and doc[j].lower_ in (",", "and") and doc[j + 1].i in self.ent_of

    def _past_place_owner(self, i: int) -> int | None:
        """Where the words after a place written as an owner start ("Abu Dhabi's" from token ``i``), else None."""
        doc = self.span.doc
        for j in range(i + 1, min(i + 4, self.span.end)):
            if doc[j].text in POSSESSIVES:
                return j + 1 if self.lex.is_place(doc[i:j].text) else None
        return None

    def _entity_follows(self, i: int) -> bool:
        doc = self.span.doc
        return any(doc[j].i in self.ent_of for j in range(i + 1, min(i + 4, self.span.end)))

    def technology(self, tok) -> Entity | None:
        """A technology or sector named by a noun phrase ("AI chips", "cloud infrastructure"), as an entity."""
        words = [
            t
            for t in tok.subtree
            if t.i <= tok.i
            and t.dep_ not in ("det", "poss", "case", "nummod")
            and not t.is_punct
            and t.ent_type_ != "NORP"  # "Korean AI chips" are AI chips
            and not (t.i < tok.i and t.is_title and t.tag_ in ("JJ", "NNP", "NNPS"))  # nor "Canadian AI startup"
        ]
        described = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
        if any(t.lemma_.lower() in _DESCRIPTIONS or t.lower_ in self.lex.classifiers for t in (tok, described)):
            return None  # "the mobile robot firm", "AI startup Cohere": a company, not a technology
        if tok.tag_ == "NN" and tok.lemma_.lower() in _FACILITY_NOUNS and any(c.dep_ == "det" for c in tok.children):
            return None  # "invest £10 billion in a data centre in Blyth": money spent on a place, no stake in it
        if (
            not words
            or tok.tag_ not in ("NN", "NNS", "NNP")
            or tok.i in self.ent_of
            or not self.lex.is_technology(" ".join(t.lower_ for t in words))
        ):
            return None
        pair = f"{words[-2].lower_} {tok.lower_}" if len(words) > 1 else ""
        if not (
            self.lex.is_technology(tok.lower_)
            or pair in self.lex.technologies  # a listed pair ending in the head: "data centers"
            or self.lex.is_technology_term(pair)
            or tok.lemma_.lower() in _TECH_HEADS
        ):
            return None  # "a new chip plant" is a plant; "AI chips", "data centers", "AI research" are technologies
        start, end = words[0].idx, tok.idx + len(tok)
        return self.new_entity(self.doc.text[start:end], EntityType.TECHNOLOGY, start, end)

    def unit_entity(self, noun) -> Entity | None:
        """A business unit without a proper name ("Intel's NAND memory business") as an organisation, PART_OF its owner."""
        owner_toks = [t for t in noun.children if t.dep_ == "poss"] + [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        owners = [e for t in owner_toks if (e := self.np_entity(t)) is not None]
        if not owners:
            return None
        skip = {t.i for o in owner_toks for t in (o.subtree if o.dep_ == "poss" else o.head.subtree)}
        words = [t for t in noun.subtree if t.i not in skip and t.dep_ not in ("det", "case") and t.i <= noun.i]
        start, end = words[0].idx, noun.idx + len(noun)
        text = self.doc.text[start:end]
        ent = self.new_entity(text, EntityType.ORGANIZATION, start, end)
        self.add(RelationType.PART_OF, ent, owners[0], 0.7)
        return ent

    def registry_entity(self, name: str, start: int, end: int) -> Entity | None:
        """The article's entity for a registry name a rule spells out ("Ministry of Science and ICT"), added if new."""
        entry = self.lex.registry_by_name.get(name)
        if entry is None:
            return None
        key = name_key(entry.name, entry.type)
        for ent in self.doc.entities:
            if ent.key == key:
                return ent
        ent = Entity(
            key,
            entry.name,
            entry.type,
            {*entry.aliases, name},
            [Mention(start, end, name, entry.type, "rule", self.sentence.index, canonical=entry.name)],
            registry=entry,
        )
        self.doc.entities.append(ent)
        return ent

    def new_entity(self, text: str, etype: EntityType, start: int, end: int) -> Entity:
        """An entity a rule names (a technology, an unnamed business unit), added to the article once."""
        key = name_key(text, etype)
        for ent in self.doc.entities:
            if ent.key == key:
                return ent
        ent = Entity(key, text, etype, {text}, [Mention(start, end, text, etype, "rule", self.sentence.index)])
        self.doc.entities.append(ent)
        return ent

    def mention_spans(self) -> list[tuple[int, int, Entity]]:
        """(first token, end token, entity) of each mention in the sentence, in order."""
        spans: list[tuple[int, int, Entity]] = []
        for i in range(self.span.start, self.span.end):
            ent = self.ent_of.get(i)
            if ent is None:
                continue
            if spans and spans[-1][1] == i and spans[-1][2] is ent and self._same_mention(i - 1, i):
                spans[-1] = (spans[-1][0], i + 1, ent)
            else:
                spans.append((i, i + 1, ent))
        return spans

    def _same_mention(self, a: int, b: int) -> bool:
        return self.mention_of.get(a) is self.mention_of.get(b)

    def nearest_before(self, tok) -> Entity | None:
        """The closest organisation named before ``tok`` in the sentence ("Hyundai and its affiliate"), else the topic."""
        for i in range(tok.i - 1, self.span.start - 1, -1):
            ent = self.ent_of.get(i)
            if ent is not None and ent.type.is_organization:
                return ent
        topic = self.disc.topic
        if topic is None:
            return None
        return self._other_of_pair(topic, tok) or topic  # "… Its CEO will report to GSK": the deal's other party

    def reported_date(self, verb) -> str | None:
        """The article's month for an act the article reports as just done ("said Monday it has formed"); a relative
        clause tells the background of a name ("P, who co-founded Y, said"), not the news."""
        if verb.dep_ == "relcl":
            return None
        done = verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and any(c.lemma_ == "have" or c.lower_ in ("was", "were") for c in verb.children)
        )
        return self.doc.published.isoformat()[:7] if done and self.doc.published else None

    def take(self) -> list[Relation]:
        """The relations a rule added, handed over to the relate stage."""
        found, self.out = self.out, []
        return found

    # -- assertion --------------------------------------------------------------------------
    def co_prefixed(self, verb) -> bool:
        """ "co-developed", "co-owned": the parser reads the verb without its prefix (english.parser_text)."""
        return self.doc.text[max(0, verb.idx - 3) : verb.idx].lower() == "co-"

    def asserted(self, tok) -> bool:
        """False when the predicate is hedged, denied, hypothetical, reported or quoted."""
        if self.in_quote(tok):
            return False
        node, below = tok, None
        said = any(a.lemma_.lower() in SAYING for a in tok.ancestors)
        while True:
            if (
                node.lemma_.lower() in _HEDGE_LEMMAS
                or node.lower_ in _HEDGE_FORMS
                or (node.lower_ in _HEDGE_NOUNS and not _confirmed_report(node))
                or (
                    below is not None
                    and node.lemma_.lower() in _REPORTING
                    and below.dep_ in _REPORTED_CLAUSE | {"acl", "relcl"}
                    and not _confirmed_report(node)
                )
                or (  # "X is said (believed, understood) to be buying Y": hearsay
                    below is not None
                    and node.lemma_.lower() in _HEARSAY
                    and below.dep_ == "xcomp"
                    and any(a.dep_ == "auxpass" for a in node.children)
                )
                or (  # "she had been told that X was preparing to invest": passed on, unconfirmed
                    below is not None
                    and node.lemma_.lower() == "tell"
                    and below.dep_ == "ccomp"
                    and any(a.dep_ == "auxpass" for a in node.children)
                )
                or (below is not None and node.lemma_.lower() == "fail" and below.dep_ == "xcomp")  # "failed to secure"
                or (below is not None and node.lemma_.lower() in _ALLEGING and below.dep_ == "ccomp")
                or (below is not None and _forecast(node, below))
            ):
                return False
            if _tentative_terms(node):
                return False  # "signed a preliminary agreement to provide $N": the terms are not yet agreed
            if below is not None and (node.lemma_.lower(), below.lower_) in _DECLINED:
                return False  # "X passed on leading Y's round": what X chose not to do
            if any((node.lemma_.lower(), c.lower_) in _DISMISSED for c in node.children):
                return False  # "ruled out an acquisition", "turned down the chance to become chairman"
            if below is not None and any(
                ch.dep_ in ("oprd", "attr") and ch.lower_ in _HEDGE_NOUNS | _HEDGE_FORMS for ch in node.children
            ):
                return False  # "X was named preferred bidder to acquire Y": what X was named for, not yet done
            if (
                below is not None
                and below.dep_ in ("advcl", "xcomp")
                and any(ch.dep_ == "dobj" and ch.lower_ in _HEDGE_NOUNS for ch in node.children)
            ):
                return False  # "X has held early discussions to lead a round in Y": talks, no deal
            if node.lower_ in ("close", "closer") and node.pos_ == "ADJ":
                return False  # "X is close to acquiring Y": near a deal, not in one
            if node.lemma_.lower() == "vote" and any(c.lower_ in ("down", "against") for c in node.children):
                return False  # "shareholders voted down (against) a proposal to invest in Y"
            if below is not None and node.lemma_.lower() in _OPTION_NOUNS and below.dep_ in ("acl", "xcomp", "relcl"):
                return False  # "X holds an option (the right) to acquire Y": a deal it may make, not one made
            if node.lemma_.lower() == "be" and any(
                p.lower_ == "under" and any(o.lower_ in _HEDGE_NOUNS for o in children(p, "pobj"))
                for p in node.children
            ):
                return False  # "X's investment in Y is under discussion (consideration)"
            for child in node.children:
                if (
                    child.dep_ == "neg"
                    or (child.dep_ == "det" and child.lower_ == "no")
                    or (child.lower_ == "longer" and any(g.dep_ == "neg" for g in child.children))
                    or _hearsay_word(child)
                    or (child.dep_ == "advmod" and child.lower_ in _NEARLY)
                ):
                    # "did not invest", "has no plans to acquire", "are no longer partners", "nearly sold Y to X"
                    return False
                if child.lower_ in _MODALS and not (
                    child.lower_ == "would"
                    and said
                    and not self._conditioned(node)
                    and not _perfect(node)
                    and not (below is not None and below.dep_ in ("nsubj", "nsubjpass") and _indefinite(below))
                ):
                    # "would buy Y, a source said" is told; "would buy Y if regulators approve" is not, nor "would have
                    # been funded by Y, officials said" (what did not happen), nor "a takeover of Y by X would make
                    # sense, analysts said" (a deal weighed; "its purchase of Y would close in May" is agreed)
                    return False
                if child.dep_ == "mark" and (child.lower_ in _CONDITIONAL or _as_though(child)):
                    return False  # "if X had bought Y", "as though X had acquired Y": not what happened
            if node.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL for c in node.children):
                return False
            pledged = node.lemma_.lower() in _PLEDGES and below is not None and below.dep_ == "xcomp"
            if (node.tag_ != "VBD" or pledged) and self._conditioned(node):
                # "Y will receive €10m from X if it meets its targets", "X pledged to invest $1bn if others match it":
                # not yet, maybe never
                return False
            if (
                node.head.i == node.i
                or node.dep_ in ("ROOT", "appos")
                or (node.dep_ == "relcl" and not _infinitival(node) and not _noun_content(node))
                # "Y, backed by X, hopes to …": a participle set off to describe Y, a fact of its own
                or (node.dep_ == "acl" and node.tag_ == "VBN" and node.doc[node.left_edge.i - 1].text == ",")
                or _semicolon_between(node, node.head)
            ):
                break  # a relative clause states its own fact ("X, which invested in Y, did not …")
            node, below = node.head, node
        return not self._hedged_sentence()

    @staticmethod
    def _conditioned(verb) -> bool:
        """The verb has a condition clause of its own ("… if regulators approve", "unless …"), wherever the parser
        hung it in the verb's phrase ("would invest … if the startup's model meets …", read as a conjunct)."""
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL for m in c.children)
            for c in verb.children
        ) or any(
            (t.dep_ == "mark" and t.lower_ in ("if", "unless") or t.lower_ == "pending") and t.i > verb.i
            for t in verb.subtree
        )  # "would partner with Y pending approval": on a condition too

    def called_off_kinds(self) -> set[str]:
        """ "The deal was blocked by regulators.", "X and Y called off their planned partnership.": the kinds of
        relation (names of ``RelationType``) of the deal the sentence says fell through; empty when it says no
        such thing or only may ("the deal could collapse")."""
        low = self.span.text.lower()
        # a conditional or a modal verb ("if", "could"; not the month in "in May") makes the failure a guess
        if not _CALLED_OFF.search(low) or any(
            t.lower_ in _CONDITIONAL or (t.lower_ in _MODALS and t.tag_ == "MD") for t in self.span
        ):
            return set()
        deals = [*_DEFINITE_DEAL.finditer(low), *_NAMED_DEAL.finditer(self.span.text)]
        return {kind for m in deals for kind in _deal_kinds(low, m)}

    def _hedged_sentence(self) -> bool:
        """Called off, unconfirmed, or asked ("Did X invest in Y?" states no deal)."""
        low = self.span.text.lower()
        return bool(_CALLED_OFF.search(low) or _UNCONFIRMED.search(low) or _ASKED.search(self.span.text))

    def in_quote(self, tok) -> bool:
        """Inside quoted speech: more opening than closing quotes before the token in its paragraph."""
        text = self.doc.text  # the article's own text (spaCy builds ``Doc.text`` anew on every access)
        para = text.rfind("\n", 0, tok.idx) + 1
        before = text[para : tok.idx]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    # -- properties -------------------------------------------------------------------------
    def money(self, tokens) -> dict:
        if not tokens:
            return {}
        # only the chosen words: a valuation between them ("… valuing it at $1 billion") stays out
        text = "".join(t.text_with_ws for t in sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i))
        return money_properties_en(text, self.doc.published, self.lex.base.fx)

    def date(self) -> str | None:
        """The sentence's date; none when clauses joined by ";" tell different dates ("A bought B in 2024; C
        acquired D in 2021"), whose is whose being the clauses' to say."""
        dates = {resolve_date_en(part, self.doc.published) for part in self.sentence.text.split(";")} - {None}
        return None if len(dates) > 1 else resolve_date_en(self.sentence.text, self.doc.published)

    def deal_date(self) -> str | None:
        """The sentence's date as a deal's, unless the sentence also tells another event whose date it may be
        ("Founded in 2019, Y raised …", "in Y, which it acquired in 2021")."""
        return None if _OTHER_EVENT_TOLD.search(self.sentence.text) else self.date()

    def _gift(self) -> bool:
        """Whether the sentence's money is a gift ("a $30 million donation", "to endow five chairs") or tax relief ("a
        tax abatement"), which buys no stake; a sentence that also tells an investment ("invested $20 million in Y
        and donated …") keeps it."""
        lemmas = {t.lemma_.lower() for t in self.span}
        return bool(lemmas & _GIFT_WORDS) and not lemmas & _STAKE_WORDS

    def add(
        self, rtype: RelationType, source: Entity | None, target: Entity | None, confidence: float, **props
    ) -> None:
        if source is None or target is None or source is target:
            return
        if normalize_name(source.name) == normalize_name(target.name):
            return
        if rtype is RelationType.INVESTED_IN and self._gift():
            return  # "received a $30 million donation from X", "pledged $15 million to Y to endow chairs": no stake
        if rtype in (RelationType.ACQUIRED, RelationType.INVESTED_IN) and target.type.is_organization:
            self.disc.deal_target = target
        if rtype is RelationType.INVESTED_IN and not props.keys() & PLACED_IN_TIME:
            props["date"] = self.deal_date()  # "invested $10 million in Y in March 2024"
        self.out.append(
            Relation(
                rtype, source, target, self.sentence, confidence, {k: v for k, v in props.items() if v is not None}
            )
        )


# money given, and tax relief a government gives ("a $18 million property tax abatement from X"): no stake
_GIFT_WORDS = {
    "donation",
    "gift",
    "endowment",
    "bequest",
    "scholarship",
    "philanthropy",
    "endow",
    "donate",
    "abatement",
    "rebate",
    "exemption",
    "incentive",
}
_STAKE_WORDS = {"invest", "investment", "investor", "stake", "equity", "shareholder", "round"}


_LOCATING = {"based", "listed", "headquartered", "like", "style", "esque"}  # and a comparison: "Baxter-like"
# another event whose date a sentence may tell beside an investment's ("Founded in 2019, Y raised …", "Y, the
# company it acquired in 2021", "its earlier round in 2021")
_OTHER_EVENT_TOLD = re.compile(
    r"\b(?:[Ff]ounded|[Ee]stablished|[Ss]et up|[Ss]ince|[Ll]aunched in|[Ss]tarted|acquired|bought|purchased"
    r"|listed|went public|earlier|previous|prior)\b"
)


_PEOPLE_NOUNS = {
    "graduate",
    "alumnus",
    "alumni",
    "researcher",
    "engineer",
    "scientist",
    "student",
    "professor",
    "employee",
    "veteran",
    "executive",
}


def _people_of(prep) -> bool:
    """ "founded by graduates of KAIST", "by former engineers from X": people of an organisation did it, not the
    organisation."""
    doc = prep.doc
    i = prep.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NUM"):
        i += 1
    return i + 1 < len(doc) and doc[i].lemma_.lower() in _PEOPLE_NOUNS and doc[i + 1].lower_ in ("of", "from", "at")


def _name_heads(name: str, legal_form: Callable[[str], bool]) -> set[str]:
    """The words heading a name, lower-cased: its last, the one before a legal form ("Group" of "Alibaba Group
    Holding"), and each before "of" or "for" ("Institute for AI")."""
    words = [w.lower() for w in name.split()]
    if not words:
        return set()
    before_form = {words[-2]} if len(words) > 2 and legal_form(words[-1]) else set()
    return {words[-1], *before_form, *(words[k - 1] for k in range(1, len(words)) if words[k] in ("of", "for"))}


def _located_by(tok) -> bool:
    """A place or exchange written before "-based" / "-listed": "Nasdaq-listed", "Seoul-based"; or a name a company
    is only compared with: "a Baxter-like conglomerate"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _LOCATING


# "MosaicML", "DeepMind": a capital inside a word after lower-case letters marks a name
# (not a surname's "McDonald", "DeAndre", "MacKenzie")
_CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z])[A-Z][a-z]{2,}[A-Z][A-Za-z0-9]*")


def _bare_company_subject(tok) -> bool:
    """ "Adept was acquired by Amazon", "Glean raised $260 million": a singular word with no determiner as the
    subject of raising money or of being bought is a company's name, though it is also an English word."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.tag_ not in ("NN", "NNP", "JJ") or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "nsubj" and lemma in COMPANY_SUBJECT_VERBS:  # money raised ("Labor secured a majority": none)
        return any(o.ent_type_ == "MONEY" or o.lemma_.lower() in ROUND_NOUNS for o in children(verb, "dobj"))
    # bought by a named buyer ("Land was bought by the company": none)
    return (
        tok.dep_ == "nsubjpass"
        and lemma in ACQUIRE_VERBS
        and any(
            o.tag_ in ("NNP", "NNPS") or o.ent_type_ == "ORG" for a in preps(verb, "by") for o in children(a, "pobj")
        )
    )


def _in_subject(tok) -> bool:
    """``tok`` stands in the subject phrase of the verb it belongs to ("Its parent, Y, declined", "Y, its parent,
    declined")."""
    for a in tok.ancestors:
        if is_verb(a):
            return False
        if a.dep_ in SUBJECTS:
            return True
    return False


def _as_though(mark) -> bool:
    """ "as though": a comparison with what did not happen."""
    return mark.lower_ == "though" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "as"


def _noun_content(clause) -> bool:
    """ "reports that X had acquired Y": the clause, opened by "that", is what the noun says (the parser hangs it as
    a relative clause, even with "that" as its object or a preposition's); it stands or falls with the noun ("reports
    … were denied")."""
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
    # "denied reports it had agreed to buy Y": with "that" left out after a noun of telling, the clause, with a subject
    # of its own and no relative word, is the report's content too
    told = (
        clause.head.lemma_.lower() in _TOLD_NOUNS
        and has_subject
        and not any(c.lower_ in ("which", "who", "that", "whom") for c in clause.children)
        and clause.head.i < clause.i
    )
    return told or any(
        c.lower_ == "that" and (c.dep_ == "mark" or c.dep_ in ("pobj", "dobj") and has_subject and c.i < clause.i)
        for c in clause.children
    )


_TOLD_NOUNS = {"report", "rumor", "rumour", "claim", "speculation", "suggestion", "allegation", "news"}


def _infinitival(verb) -> bool:
    """ "a deal to acquire Y" (which the parser may call a relative clause): the noun's purpose, whose doer is the
    clause the noun stands in, not the noun."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _forecast(verb, clause) -> bool:
    """Whether ``verb`` forecasts its ``clause``: passive ("is expected to"), or of another's act
    ("expect X to invest", "predicts that X will buy")."""
    if verb.lemma_.lower() not in _FORECAST or verb.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ in SUBJECTS and any(x.dep_ == "xcomp" and x.lemma_.lower() in _CLOSING for x in verb.children):
        return False  # "X's acquisition of Y is expected to close in May": the deal is agreed, its closing is forecast
    passive = (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or verb.tag_ == "VBN"
        or verb.dep_ == "pcomp"  # "with X expected to participate"
    )
    return passive or any(c.dep_ in SUBJECTS for c in clause.children) or bool(children(verb, "dobj"))


def _semicolon_between(node, head) -> bool:
    """ "X acquired Y; terms were not disclosed": the parser may hang the first clause under the second, but clauses
    parted by a semicolon each state their own fact."""
    low, high = sorted((node.i, head.i))
    return any(t.text == ";" and t.head.i == head.i for t in node.doc[low:high])


def _entity_text(tok) -> str:
    """The text of the statistical entity ``tok`` belongs to (read from the IOB tags, not ``Doc.ents``, which is rebuilt on every access)."""
    if not tok.ent_type_:
        return tok.text
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def is_investor_described(noun) -> bool:
    """A phrase that calls its names investors: "existing investors X and Y", "existing backer X"."""
    return noun.lemma_.lower() in INVESTOR_NOUNS or any(
        t.dep_ in ("compound", "amod", "nmod") and t.lemma_.lower() in INVESTOR_NOUNS for t in noun.children
    )


def children(tok, *deps: str) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def preps(tok, *words: str) -> list:
    """Prepositions attached to ``tok`` (or to its direct object) whose word is one of ``words``; not one opening a
    clause of its own ("with Volkswagen investing €2.4 billion": a circumstance, no partner)."""
    found = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in words]
    for obj in children(tok, "dobj", "attr", "oprd"):
        found += [c for c in obj.children if c.dep_ in ("prep", "agent") and c.lower_ in words]
    return [p for p in found if not opens_clause(p)]


def opens_clause(prep) -> bool:
    """ "with Volkswagen investing €2.4 billion": a preposition opening a clause of its own, a circumstance."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def phrasal(tok, particle: str) -> bool:
    """``tok`` carries the particle ("spun off", "take over", "set up")."""
    return any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == particle
    )


_OPTION_NOUNS = {"option", "right"}  # "an option to acquire Y", "the right to buy the rest"
PLAN_VERBS = {"plan", "intend", "aim", "prepare", "look", "target"}  # "looks to raise", "targets raising"
PLAN_NOUNS = {
    "plan",
    "proposal",
    "offer",
    "bid",
    "intention",
    "attempt",
    "effort",
    "goal",
    "aim",
    "declaration",
    "pledge",
}


def planned(verb) -> bool:
    """ "plans to acquire Y", "aims to raise $N", "a bid to buy Y": an act intended, not done."""
    return verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.lemma_.lower() in PLAN_VERBS | PLAN_NOUNS


def is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _indefinite(noun) -> bool:
    """ "a takeover", "an acquisition": a deal spoken of as one that might be, not as the one agreed."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
