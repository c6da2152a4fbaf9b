"""English stage 6, relate: relations from the registered English rule sets (``rules/en_*.py``).

Every registered English rule is called once per sentence with an ``EnClause`` (the
parsed sentence, its entities, the article's topic); establishment rules (phase 0)
run over the whole article first, like the Korean ones.  The topic a pronoun or
"the company" refers to is the organisation subject of the last sentence that had one.
"""

from __future__ import annotations

import dataclasses
import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import DocState, Relation
from aigraph.ingest.pipeline.english.clause import SUBJECTS, Discourse, EnClause
from aigraph.ingest.pipeline.english.lexicon import ROUND_NOUNS, SAYING, EnglishLexicon
from aigraph.ingest.pipeline.relate import _allowed, _dedupe
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import en_money, en_people, en_structure, rules_for  # noqa: F401  (they register rules)

LANGUAGE = "en"


class EnglishRelationExtractor:
    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon

    def relate(self, doc: DocState) -> list[Relation]:
        parsed = doc.analysis
        ent_of, mention_of = {}, {}
        for ent in doc.entities:
            for m in ent.mentions:
                span = parsed.char_span(m.start, m.end, alignment_mode="expand")
                for i in range(span.start, span.end) if span is not None else ():
                    ent_of[i], mention_of[i] = ent, m
        for tok in parsed:
            # "Veridian Compute, Inc., a provider of …, today announced": the corporate form the parse made the
            # subject's head stands for the name before it
            named = tok.i - 2 if tok.i > 1 and parsed[tok.i - 1].text == "," else tok.i - 1
            if (
                tok.i not in ent_of
                and named in ent_of
                and tok.text[:1].isupper()
                and self.lex.is_corporate_suffix(tok.text)
            ):
                ent_of[tok.i], mention_of[tok.i] = ent_of[named], mention_of[named]
        spans = list(parsed.sents)
        found: list[Relation] = []
        called_off: list[tuple[int, set[str], set]] = []  # sentence, kinds of relation, the organisations it names
        phases = sorted({r.phase for r in rules_for(LANGUAGE)})
        for phase in phases:
            disc = Discourse()
            for sentence, span in zip(doc.sentences, spans):
                # "… set up Y. The new company is headed by P": the organisation set up last, by any earlier phase
                disc.founded = _founded([r for r in found if r.sentence.index < sentence.index][::-1]) or disc.founded
                disc.pair = _dealt_pair([r for r in found if sentence.index - 2 <= r.sentence.index < sentence.index])
                clause = EnClause(doc, self.lex, sentence, span, ent_of, mention_of, disc)
                if phase == phases[0] and (kinds := clause.called_off_kinds()):
                    called_off.append((sentence.index, kinds, {e.key for _, _, e in clause.mention_spans()}))
                told: list[Relation] = []
                for rule in rules_for(LANGUAGE, phase=phase):
                    for r in rule.fn(clause):
                        r.rule = rule.name
                        told.append(r)
                if _RESPECTIVELY.search(sentence.text):
                    told = _paired_respectively(told, sentence)
                found += _for_their_firm(told)
                subject = _subject_topic(clause)
                if _backs_the_round(clause, told, subject):
                    subject = disc.round_target  # "Y raised $N. X and Z participated. The company …": Y
                elif _acts_on_the_lead(clause, told, subject):
                    subject = disc.lead  # "Y designs chips. Qualcomm agreed to buy Y. The company later …": Y
                disc.lead = disc.lead or subject
                # "P left X to start Y. The company …": Y, founded in this sentence by this phase or an earlier one
                founded_here = _founded([r for r in found if r.sentence.index == sentence.index])
                disc.topic = subject or founded_here or disc.topic or _first_organisation(clause)
                disc.person = _person_told(clause, disc.person)
        doc.relations = _dedupe([r for r in found if _allowed(r) and not _called_off_nearby(r, called_off)])
        return doc.relations


def _for_their_firm(told: list[Relation]) -> list[Relation]:
    """ "P, managing partner of Prime Ventures, led a Series A in Y": money a person the same sentence places at an
    investment firm puts in is the firm's (an angel, placed at none, invests their own)."""
    firm_of = {
        r.source.key: r.target
        for r in told
        if r.type is RelationType.WORKS_FOR
        and (r.target.type is EntityType.INVESTOR or "partner" in str(r.properties.get("title", "")).lower())
        and r.target.type.is_organization
        and not r.properties.get("former")
    }
    return [
        dataclasses.replace(r, source=firm_of[r.source.key])
        if r.type is RelationType.INVESTED_IN and r.source.type is EntityType.PERSON and r.source.key in firm_of
        else r
        for r in told
    ]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _paired_respectively(told: list[Relation], sentence) -> list[Relation]:
    """ "Google and Microsoft acquired A and B, respectively": a relation every actor of a list has with every item of
    another as long is the lists' items paired in order (Google A, Microsoft B), not each with each."""
    out: list[Relation] = []
    for kind in dict.fromkeys(r.type for r in told):
        same = [r for r in told if r.type is kind]
        sources = sorted({r.source.key: r.source for r in same}.values(), key=lambda e: _first_in(e, sentence))
        targets = sorted({r.target.key: r.target for r in same}.values(), key=lambda e: _first_in(e, sentence))
        pairs = {(r.source.key, r.target.key) for r in same}
        crossed = len(sources) == len(targets) >= 2 and len(pairs) == len(sources) ** 2
        order = {e.key: k for k, e in enumerate(sources)} | {e.key: k for k, e in enumerate(targets)}
        out += [r for r in same if not crossed or order[r.source.key] == order[r.target.key]]
    return out


def _first_in(ent, sentence) -> int:
    """Where ``ent`` is first named in ``sentence``."""
    return min((m.start for m in ent.mentions if sentence.start <= m.start < sentence.end), default=sentence.end)


def _called_off_nearby(r: Relation, called_off: list[tuple[int, set[str], set]]) -> bool:
    """ "The deal was blocked by regulators last week. X had agreed to buy Y in March.": a deal told in the sentence
    before or after one saying the deal fell through did not happen; when that sentence names organisations, only
    a deal of theirs (one its actor is among, when it names two or more: "A deal for Amazon to buy a stake in Y fell
    through" undoes no stake X holds in Y)."""
    return any(
        abs(r.sentence.index - index) == 1
        and r.type.name in kinds
        and (not named or r.source.key in named or (len(named) < 2 and r.target.key in named))
        for index, kinds, named in called_off
    )


def _first_organisation(c: EnClause):
    """The sentence's first organisation, not one that only describes a person ("Former Google engineer P",
    "two Samsung engineers") or a company ("IIT Bombay-incubated startup Y", "SoftBank-backed Y")."""
    doc = c.span.doc
    describing = {
        t.i
        for t in c.span
        if t.head.tag_ == "VBN" and t.head.dep_ == "amod" and t.head.i > t.i and doc[t.head.i - 1].text == "-"
    }
    for t in c.span:
        if _names_a_person(c, t) or (t.pos_ != "VERB" and c.lex.is_title_head(t.lemma_)):  # not "X led the round"
            phrase = t
            while phrase.dep_ in ("compound", "appos", "amod", "nmod", "poss") and phrase.head.i != phrase.i:
                phrase = phrase.head
            describing |= {w.i for w in phrase.subtree}
    return next(
        (e for a, b, e in c.mention_spans() if e.type.is_organization and not describing & set(range(a, b))),
        None,
    )


def _person_told(c: EnClause, before: Entity | None) -> Entity | None:
    """The person a "he" or "she" in the next sentence refers back to: this sentence's person subject (a "he" that is
    the one before too), else its only person, else none when it names several (whose is not known); the one before
    when it names nobody."""
    people = {e.key: e for _, _, e in c.mention_spans() if e.type is EntityType.PERSON}
    # "He co-founded Y with P": "he", the subject, is still the one before
    subjects = [
        e
        for t in c.span
        if t.dep_ in SUBJECTS and (e := c.argument_entity(t)) is not None and (e.key in people or e is before)
    ]
    if subjects:
        return subjects[0]
    if not people:
        return before
    return next(iter(people.values())) if len(people) == 1 else None


def _names_a_person(c: EnClause, tok) -> bool:
    return (e := c.ent_of.get(tok.i)) is not None and e.type is EntityType.PERSON


def _founded(told: list[Relation]):
    """ "P founded Y in 2022. The startup …", "X spun off Y. The start-up …": the organisation the sentence says was
    set up."""
    return next(
        (
            r.target if r.type is RelationType.ESTABLISHED else r.source
            for r in told
            if r.type in (RelationType.ESTABLISHED, RelationType.SPUN_OFF_FROM)
        ),
        None,
    )


_PAIRING = (RelationType.INVESTED_IN, RelationType.ACQUIRED, RelationType.PARTNERS_WITH)


def _dealt_pair(told: list[Relation]) -> tuple[Entity, Entity] | None:
    """ "A put $50 million into B. B's founder worked at C. The two companies …": the two organisations of the latest
    deal between two, not the last two named."""
    deals = [r for r in told if r.type in _PAIRING and r.source.type.is_organization and r.target.type.is_organization]
    last = max(deals, key=lambda r: r.sentence.index, default=None)
    return (last.source, last.target) if last is not None else None


def _acts_on_the_lead(c: EnClause, told: list[Relation], subject: Entity | None) -> bool:
    """The sentence's subject only buys or invests in the organisation the article opened on: a counterparty, so
    "the company" after it is still what the article is about."""
    lead = c.disc.lead
    if subject is None or lead is None or subject is lead:
        return False
    if mine := [r for r in told if r.source is subject]:
        return all(r.type in (RelationType.ACQUIRED, RelationType.INVESTED_IN) and r.target is lead for r in mine)
    named = {e.key for _, _, e in c.mention_spans() if e.type.is_organization}
    # "Qualcomm agreed to buy Y, but the deal was called off": a deal on Y all the same, though it gives no fact
    if c.called_off_kinds() and lead.key in named:
        return True
    # "Y entered a collaboration with Gilead. Gilead will pay $35 million upfront.": the counterparty's part in the
    # deal with the lead, naming no other organisation (one that speaks, "Gilead's CEO said …", becomes the topic)
    dealt = {e.key for e in c.disc.pair or ()}
    return dealt == {lead.key, subject.key} and named <= dealt and c.span.root.lemma_.lower() not in SAYING


_BACKING_VERBS = {"participate", "join", "lead", "co-lead", "back"}  # "X participated in (joined, led) the round"


def _backs_the_round(c: EnClause, told: list[Relation], subject: Entity | None) -> bool:
    """The sentence's subject only backs the round the article reports ("X and Z participated in the round", or
    only invested in the company raising it): an investor, not what the article is about, so "the company" after
    it is still the one that raised the money."""
    if subject is None:
        return False
    raiser = c.disc.round_target
    mine = [r for r in told if r.source is subject]
    if raiser is not None and subject is not raiser and mine:
        return all(r.type is RelationType.INVESTED_IN and r.target is raiser for r in mine)
    return any(  # before the round rules have run (an earlier phase): the verb and its round say so
        t.dep_ in SUBJECTS
        and c.entity(t) is subject
        and (t.head.lemma_.lower() in _BACKING_VERBS or _takes_part(t.head))
        and (
            any(o.lemma_.lower() in ROUND_NOUNS for o in t.head.subtree if o.i > t.head.i)
            # "Y raised $N. X also took part.": the round just reported, with nothing else named
            or not any(o.i in c.ent_of for o in t.head.subtree if o.i > t.head.i)
        )
        for t in c.span
    )


def _takes_part(verb) -> bool:
    """ "took part", "chipped in": joined what was being done."""
    return (verb.lemma_.lower(), next((p.lower_ for p in verb.children if p.dep_ in ("dobj", "prt")), "")) in (
        ("take", "part"),
        ("chip", "in"),
    )


def _speaking_for(c: EnClause, subject) -> Entity | None:
    """ "Roadsense CEO Amir Weiss said …": the organisation a speaker holds a post at, written before the title (not
    a former one: "Former Google engineer P said" speaks for no Google)."""
    words = list(subject.subtree)
    if any(t.lower_ in ("former", "ex", "previously") for t in words):
        return None
    owners = [e for t in words if (e := c.entity(t)) is not None and e.type.is_organization]
    titled = any(c.lex.is_title_word(t.text) for t in words)
    return owners[0] if titled and len({e.key for e in owners}) == 1 else None


def _subject_topic(c: EnClause):
    """The organisation the sentence's subject names; none when the subject is a person ("Former Google
    engineer P founded Y": Google only describes P)."""
    root = c.span.root
    for child in root.children:
        if child.dep_ not in SUBJECTS:
            continue
        if c.lex.is_title_head(child.lemma_) or any(_names_a_person(c, t) for t in child.subtree):
            # "Two former Samsung engineers launched Y": the subject is people; "Y CEO P said …": Y speaks
            return _speaking_for(c, child) if root.lemma_.lower() in SAYING else None
        if (ent := c.argument_entity(child)) is not None and ent.type.is_organization:
            return ent
    return None
