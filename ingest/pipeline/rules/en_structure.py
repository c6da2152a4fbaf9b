"""English structure rules: founding, units and affiliates, spin-offs, consortia, partnerships.

- "X launched / opened / established / set up Z", "Z was founded by X in 2017", "Founded in 2017 by X, Z …"
  -> ESTABLISHED X->Z (date from the sentence, else the article's month for a just-reported act);
  several founders of an alliance or consortium also PARTICIPATES_IN it
- "Z, a unit / arm / fund of X", "X's telecom arm Z", "Z is a subsidiary of X", "its affiliate Z",
  "its group companies, including A and B" -> PART_OF (units) or AFFILIATE_OF (subsidiaries, affiliates)
- "X spun off Y", "X spun out its unit into a new company called Y", "Y was spun off from X" -> SPUN_OFF_FROM Y->X
- "X joined / is a member of / takes part in / belongs to the Y consortium", "Y is made up of A and B",
  "X launched the Y Alliance with A and B" -> PARTICIPATES_IN
- "X and Y signed an MOU / announced a partnership / a joint venture / will jointly develop",
  "X partnered with Y" -> PARTNERS_WITH
"""

from __future__ import annotations

import re
from itertools import combinations

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import Founding
from aigraph.ingest.pipeline.english.clause import (
    SUBJECTS,
    EnClause,
    children,
    is_investor_described,
    is_verb,
    opens_clause,
    phrasal,
    planned,
    preps,
)
from aigraph.ingest.pipeline.english.lexicon import (
    AFFILIATE_NOUNS,
    FORMER,
    NAMING_WORDS,
    PART_NOUNS,
    POSSESSIVES,
    PROGRAMME_NOUNS,
    SPIN_OFF_NOUNS,
    SPLIT_VERBS,
    UNIT_MODIFIERS,
)
from aigraph.ingest.pipeline.normalise import resolve_date_en
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule

FOUND_VERBS = {
    "establish",
    "found",
    "launch",
    "open",
    "form",
    "create",
    "start",
    "co-found",
    "cofound",
    "inaugurate",
    "set",
}
NEW_ORG_ONLY = {"launch", "open", "create", "start"}  # these also take products and events: only labs, centres, bodies
NEW_COMPANY_NOUNS = {"venture", "company", "subsidiary", "startup", "firm", "entity"}  # … or a company said to be one
BODY_NOUNS = {"consortium", "alliance", "coalition"}  # "Y, a consortium of A and B"
GROUP_BODY = (
    "Alliance",
    "Consortium",
    "Coalition",
    "Association",
    "Forum",
    "Council",
    "Initiative",
    "Partnership",  # "the AI Infrastructure Partnership", "Partnership on AI": a body its members form
    "Program",
    "Programme",
    "Project",
    "Team",  # "the AI One Team" of a company, universities and research institutes
    "Working",  # "the AI Safety Working Group"
)
PARTNER_NOUNS = {
    "partnership",
    "mou",
    "memorandum",
    "alliance",
    "collaboration",
    "pact",
    "tie-up",
    "venture",
    "cooperation",
    "agreement",
}
AGREEMENT_KINDS = {
    "partnership",
    "cooperation",
    "cooperative",
    "collaboration",
    "collaborative",
    "strategic",
    "business",
    "joint",
    "research",
    "development",
    "discovery",  # "a drug discovery deal with Y": research done together
    "license",  # "signed an exclusive license agreement with Y": rights to another's work, a partnership deal
    "licence",
    "licensing",
}
ROUND_WORDS = {"round", "funding", "financing", "series", "investment", "offering", "placement"}
# what partners do together ("jointly develop"); holding shares or investing together is no partnership
JOINT_WORK = {
    "found",
    "establish",
    "open",
    "conduct",
    "pursue",
    "develop",
    "build",
    "research",
    "work",
    "design",
    "produce",
    "create",
    "operate",
    "run",
    "commercialize",
    "commercialise",
    "study",
    "test",
    "launch",
    "offer",
    "market",
}
# people who act for their organisations ("researchers from X and Y jointly developed …")
STAFF_NOUNS = {"researcher", "scientist", "engineer", "team", "teams", "staff", "expert"}
# what one joins that is no body to take part in ("joined the Y board", "joined Y's funding round")
NOT_BODIES = {"board", "round", "funding", "management", "team", "staff", "ranks"}
# what two parties may issue together without working together
JOINT_WORDS_ONLY = {"statement", "release", "announcement", "conference", "briefing", "press"}
# what two parties do to an alliance of their own ("forged (formed, expanded) an alliance"), not one joining a body
_ALLIANCE_VERBS = {"forge", "form", "expand", "deepen", "strengthen", "extend", "renew", "broaden"}
BETWEEN_NOUNS = {"partnership", "collaboration", "cooperation", "tie-up", "alliance"}  # "… between X and Y"
PARTNER_VERBS = {"partner", "team", "ally", "collaborate", "cooperate"}
# what a partnership may be signed as ("a strategic agreement", "a partnership deal"), not alone (a supply deal)
DEAL_WORDS = {"agreement", "alliance", "deal", "pact"}
# verbs that end a tie ("ended their partnership", "scrapped the joint venture")
ENDING_VERBS = {
    "end",
    "terminate",
    "dissolve",
    "scrap",
    "cancel",
    "suspend",
    "exit",
    "quit",
    "halt",
    "abandon",
    "break",
    "sever",
    "discontinue",
    "unwind",
    "leave",
}
# verbs that part a unit from its owner ("spun off its unit Z", "sold its chip unit Z")
SEPARATING_VERBS = {"spin", "sell", "divest", "split", "carve", "offload", "hive", "separate", "demerge"}


def is_group_body(ent: Entity) -> bool:
    """A name with a word of a group body ("the K-AI alliance" too); a whole word: "TeamViewer" is a company."""
    words = set(re.split(r"[\s\-–]+", ent.name))
    return any(w in words or w.lower() in words for w in GROUP_BODY)


def _founded_ok(lemma: str, target: Entity) -> bool:
    if not target.type.is_organization:
        return False
    return (
        lemma not in NEW_ORG_ONLY
        or target.type in (EntityType.RESEARCH_LAB, EntityType.ORGANIZATION, EntityType.INVESTOR)
        or is_group_body(target)
    )


def is_joint_venture(noun) -> bool:
    """ "a joint venture", "the JV" (which the tagger reads as the noun "venture")."""
    return noun.lemma_.lower() == "venture" and (noun.text == "JV" or any(t.lower_ == "joint" for t in noun.children))


@relation_rule(RelationType.ESTABLISHED, language="en", per_sentence=True, phase=0)
def joint_venture_of(c: EnClause) -> list:
    """ "Z is a joint venture of / between A, B and C", "Z, a joint venture between A and B,", "Z was set up (in 2020)
    as a joint venture between A and B": each partner founded Z."""
    for noun in c.span:
        as_verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
        if (
            noun.lemma_.lower() != "venture"
            or not (noun.dep_ in ("attr", "appos") or (as_verb is not None and is_verb(as_verb)))
            or not is_joint_venture(noun)
        ):
            continue
        if not c.asserted(as_verb or (noun.head if noun.dep_ == "attr" else noun)) or c.unrealised(noun):
            continue
        partners = [
            e
            for p in children(noun, "prep")
            if p.lower_ in ("of", "between", "by")
            for e in c.list_after(p.i + 1, limit=3)
        ]
        if as_verb is not None:
            ventures = c.subjects(as_verb)
        elif noun.dep_ == "attr":
            ventures = c.subjects(noun.head)
        else:  # "The Stargate project, a joint venture of A, B and C": the name inside the head's phrase
            ventures = [e for e in [c.np_entity(noun.head) or c.argument_entity(noun.head)] if e]
        founded = as_verb is not None and as_verb.lemma_.lower() in FOUND_VERBS  # "was set up in 2020 as …"
        for venture in [v for v in ventures if v not in partners]:  # a venture read as one of its partners: none
            for partner in partners:
                c.add(RelationType.ESTABLISHED, partner, venture, 0.8, date=c.date() if founded else None)
    return c.take()


# what is opened or launched that is no organisation: an inquiry, talks, a way
_OPENED_NO_BODY = {"investigation", "probe", "inquiry", "review", "case", "talks", "discussion", "door", "way", "bid"}


# money given for a purpose: what it is for is the recipient's act
_FUNDING_NOUNS = {"grant", "funding", "award", "donation", "gift", "endowment", "investment"}


@relation_rule(RelationType.ESTABLISHED, language="en", per_sentence=True, phase=0)
def establishes(c: EnClause) -> list:
    """Active "X established Z", passive "Z was founded by X", participial "Founded in 2017 by X, Z"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in FOUND_VERBS or not is_verb(verb) or (lemma == "set" and not phrasal(verb, "up")):
            continue
        if not c.asserted(verb) or planned(verb):
            continue  # "signed a declaration (made plans) to form a consortium": not formed yet
        if any(o.lemma_.lower() in _OPENED_NO_BODY for o in children(verb, "dobj")):
            continue  # "opened an investigation into …", "launched talks with …": no body set up
        if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _FUNDING_NOUNS:
            continue  # "awarded Y a $20 million grant to establish an institute": Y sets it up, not the funder
        agents = c.agents(verb, limit=2)
        if agents or _passive(verb):  # the founded organisation is the subject or the modified noun
            founders = agents
            if verb.dep_ in ("acl", "advcl") and verb.head.i != verb.i:
                founded = c.with_conjuncts(verb.head) if verb.dep_ == "acl" else c.subjects(verb.head)
            else:
                founded = c.subjects(verb)
        else:
            founders = c.subjects(verb)
            if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in (
                "join",
                "team",
                "partner",
                "collaborate",
                "ally",
                "merge",
            ):
                founders += [e for p in preps(verb.head, "with") for e in c.list_after(p.i + 1) if e not in founders]
            naming = [  # "opened a lab in Toronto, called X": the parser hangs the participle on the verb
                t for t in children(verb, "conj") if t.lower_ in NAMING_WORDS and t.tag_ == "VBN"
            ]
            called = [  # "a new unit called (the) AI Lab", "its AI centre, named the X Lab": the name given
                e
                for o in [*children(verb, "dobj"), *children(verb, "advcl"), *naming]
                for t in o.subtree
                if t.lower_ in NAMING_WORDS
                for e in c.list_after(t.i + 1, limit=2)
            ]
            founded = called or [e for o in children(verb, "dobj") for e in c.with_conjuncts(o) or c.named_after(o)]
            relative = [o for o in children(verb, "dobj") if o.lower_ in ("which", "that")]
            if relative and verb.dep_ in ("relcl", "advcl"):  # "Y, which X founded in 2015" (however parsed)
                founded = (c.with_conjuncts(verb.head) if verb.dep_ == "relcl" else []) or c.relative_antecedent(
                    relative[0]
                )
            for obj in children(verb, "dobj"):
                if obj.lemma_.lower() == "venture":  # a joint venture: every partner founded it
                    founders += [
                        e for p in preps(verb, "with") for e in c.list_after(p.i + 1, limit=3) if e not in founders
                    ]
        # "… launched with A as a sponsor": a companion given another role founded nothing
        companions = c.companions(verb) if _given_role(c, verb) is not False else []
        founders += [e for e in companions + _founding_partners(c, verb) if e not in founders]
        if founders and any(o.lemma_.lower() == "venture" for o in children(verb, "dobj")):
            # "X formed a joint venture called Y with Z": the parser hangs "with Z" on the name; Z is a parent too
            founders += [
                e
                for p in verb.subtree
                if p.lower_ == "with" and p.dep_ == "prep" and not opens_clause(p)
                for e in c.list_after(p.i + 1, limit=2)
                if e.type.is_organization and e not in founders
            ]
        founded = c.as_organisations(founded)
        if founders and not _passive(verb) and any(is_group_body(t) for t in founded):
            # "X launched the Y Alliance with A and B": an alliance formed with others is theirs too (the names
            # the "with" phrase itself gives: "with support from the ministry" names no founder)
            founders += [
                e
                for p in preps(verb, "with")
                for o in children(p, "pobj")
                for e in c.with_conjuncts(o)
                if e.type.is_organization and e not in founders and e not in founded
            ]
        # "Z was founded by X" with no date is the company's history, not this week's news: no month is guessed
        history = lemma == "found" and _passive(verb)
        date = c.date() or (None if history else c.reported_date(verb))
        described_as_unit = any(
            o.lemma_.lower() in PART_NOUNS | NEW_COMPANY_NOUNS for o in _descriptions(verb)
        )  # "opened a research lab, X", "launched a joint venture called X", "created X as a subsidiary"
        by_people = bool(founders) and all(f.type is EntityType.PERSON for f in founders)
        # "A and OpenAI set up SB OpenAI Japan", the new name split around a founder's: a founder is not what it founds
        for target in [e for e in founded if e not in founders]:
            if not (
                _founded_ok(lemma, target)
                or ((described_as_unit or by_people and lemma in ("start", "launch")) and target.type.is_organization)
            ):
                continue  # a company is launched as a product is; only people "start" one as founders
            if when := _founded_when(c, verb):
                c.doc.foundings.append(Founding(target, when, c.sentence, 0.85))
            body = is_group_body(target) or any(o.lemma_.lower() in BODY_NOUNS for o in children(verb, "dobj"))
            shared = _shared_body(verb, target)
            for founder in founders:
                c.add(RelationType.ESTABLISHED, founder, target, 0.85, date=date)
                if len(founders) > 1 and (body or shared and founder.type.is_organization):
                    c.add(RelationType.PARTICIPATES_IN, founder, target, 0.8)  # "A, B and C formed a consortium, Y"
            if len(founders) == 1 and founders[0].type.is_organization and (kind := _set_up_as(verb)) is not None:
                c.add(kind, target, founders[0], 0.8)  # "X set up a U.S. subsidiary, Y": Y is X's; "a lab, Y": X's part
    return c.take()


@relation_rule(RelationType.ESTABLISHED, language="en", per_sentence=True, phase=0)
def founded_opener(c: EnClause) -> list:
    """ "Founded in 2021 by A and B, Y is headquartered in …": the opener of a company's "About" paragraph, which
    the parser often hangs on the wrong word; read from the words: the founders after "by", the company right
    after the comma that closes them."""
    opener = next((t for t in c.span[:3] if t.lower_ in ("founded", "co-founded", "cofounded")), None)
    if opener is None or any(t.lower_ not in ("co", "-") for t in c.span[: opener.i - c.span.start]):
        return []  # "Co-founded": the tagger may part the prefix
    if not c.asserted(opener):
        return []
    by = next((t for t in c.span[opener.i - c.span.start + 1 : 8] if t.lower_ == "by"), None)
    founders = c.list_after(by.i + 1, limit=1) if by is not None else []
    if by is None or not founders:
        return []
    last = max(i for i, e in c.ent_of.items() if i > by.i and any(e is f for f in founders))
    founded = c.ent_of.get(last + 2) if last + 2 < c.span.end and c.span.doc[last + 1].text == "," else None
    if founded is None or not founded.type.is_organization or any(founded is f for f in founders):
        return []
    for founder in founders:
        c.add(RelationType.ESTABLISHED, founder, founded, 0.85, date=c.date())
    return c.take()


_FOUNDING_ROLES = {"partner", "member", "shareholder", "investor"}  # "as founding partners (members …)"


def _given_role(c: EnClause, verb) -> bool | None:
    """The role "as …" written after the verb gives those set up "with" someone: a founding one ("as founding
    partners", "as co-founders": True), another ("as a sponsor": False), or none (None)."""
    # "with A and B as …": the role right after the names given it
    role = next(
        (t for t in c.span if t.lower_ == "as" and t.i > verb.i and (t.i - 1 in c.ent_of or t.nbor(-1).tag_ == "NNP")),
        None,
    )
    if role is None:
        return None
    words = [t.lower_ for t in role.subtree]
    return any(w in ("founder", "founders", "co-founder", "co-founders") for w in words) or (
        "founding" in words and any(t.lemma_.lower() in _FOUNDING_ROLES for t in role.subtree)
    )


def _founding_partners(c: EnClause, verb) -> list[Entity]:
    """ "Z was established by X with A and B as founding partners": the organisations given a founding role (the
    parser may hang "with" on X and "as" on the verb)."""
    if not _given_role(c, verb):
        return []
    return [
        e
        for p in verb.subtree
        if p.lower_ == "with" and p.dep_ == "prep"
        for e in c.list_after(p.i + 1, limit=2)
        if e.type.is_organization
    ]


def _descriptions(verb) -> list:
    """The nouns that say what a verb's new organisation is: its object, the object's apposition ("launched X, a
    robotics subsidiary,") and "as" phrase ("created X as a subsidiary"); a name's own last word is none ("founded
    Thinking Machines Lab" describes no lab)."""
    objects = children(verb, "dobj")
    found = [
        *objects,
        *(a for o in objects for a in children(o, "appos")),
        *(o for p in preps(verb, "as") for o in children(p, "pobj")),
    ]
    return [o for o in found if o.is_lower]


def _shared_body(verb, target: Entity) -> bool:
    """A body several organisations found together and take part in: a foundation or network (typed so by its
    name), not a company, a fund or a research centre, which its founders own or run ("A and B formed a joint venture,
    Y", "MGX was established by A and B", "A and B established the A-B Center": ESTABLISHED only)."""
    described = _descriptions(verb)
    return target.type is EntityType.ORGANIZATION and not any(o.lemma_.lower() in NEW_COMPANY_NOUNS for o in described)


def _set_up_as(verb) -> RelationType | None:
    """What a company's own new organisation is to it, by the noun that describes it: a subsidiary (or affiliate) is
    AFFILIATE_OF, a unit, lab, arm or fund PART_OF; a joint venture or a company is neither."""
    described = _descriptions(verb)
    nouns = {o.lemma_.lower() for o in described}  # "set up a subsidiary, Y", "created Y as a subsidiary"
    if nouns & {"subsidiary", "affiliate"}:
        return RelationType.AFFILIATE_OF
    return RelationType.PART_OF if nouns & PART_NOUNS else None


def _passive(verb) -> bool:
    """ "X was founded (in 2016)", "X, founded in 2016,", "Founded in 2017, X": whoever founded it, X was founded."""
    return verb.tag_ == "VBN" and (verb.dep_ in ("acl", "advcl") or any(t.dep_ == "auxpass" for t in verb.children))


def _founded_when(c: EnClause, verb) -> str | None:
    """The date the founding verb itself carries ("founded in 2016", "launched in March 2021"), not another date of
    the sentence ("…, founded in 2016, raised $10 million in 2024")."""
    when = " ".join(t.text for p in [*preps(verb, "in"), *preps(verb, "on")] for t in p.subtree)
    return resolve_date_en(when, c.doc.published) if when else None


PARTIAL_OWNERSHIP = {"partly", "partially", "jointly", "minority"}


# "State-owned", "government-owned": owned by the state, a word of the name, no owner named
_STATE_WORD = re.compile(r"\b(?:State|state|Government|government)$")


@relation_rule(RelationType.AFFILIATE_OF, language="en", per_sentence=True)
def owned_by(c: EnClause) -> list:
    """ "Y, (wholly) owned by X", "Y is owned by X", "X, the parent (company) of Y", "Y's parent company, X,", "the
    Y parent, X,": Y is X's subsidiary.
    A part or a percentage of it owned ("partly owned", "40%-owned") is a stake, not a subsidiary."""
    for tok in c.span:
        lemma = tok.lemma_.lower()
        if tok.lower_ == "owned" and (pair := c.hyphenated(tok)) is not None:  # "Hyundai-owned Boston Dynamics"
            owner, child = pair
            # (not "Shanghai State-owned Capital": owned by the state, a word of the name)
            if child.type.is_organization and owner.type.is_organization and not _STATE_WORD.search(owner.name):
                c.add(RelationType.AFFILIATE_OF, child, owner, 0.8)
            continue
        if lemma == "own" and is_verb(tok) and c.asserted(tok):
            if c.co_prefixed(tok) or any(
                t.lower_ in PARTIAL_OWNERSHIP or t.like_num for t in tok.subtree if t.i < tok.i
            ):
                continue
            owners = c.agents(tok, limit=1)
            owned = c.with_conjuncts(tok.head) if tok.dep_ in ("acl", "relcl") else c.subjects(tok)
        elif lemma == "parent" and tok.pos_ == "NOUN":
            noun = tok.head if tok.dep_ == "compound" else tok
            owned = [e for p in children(noun, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1, limit=1)]
            owned = owned or [e for poss in children(noun, "poss") if (e := c.np_entity(poss)) is not None]
            # "the Google parent, Alphabet,", "Google parent Alphabet": the company written before "parent"
            owned = owned or [e for m in children(tok, "compound") if (e := c.entity(m)) is not None]
            if noun.dep_ == "appos":
                owners = c.with_conjuncts(noun.head)
            elif noun.dep_ == "attr" and c.asserted(noun.head):
                owners = c.subjects(noun.head)
            elif named := children(noun, "appos"):  # "X's parent company, Y, said"
                owners = [e for a in named for e in c.with_conjuncts(a)]
            elif noun.dep_ == "compound" and (name := c.entity(noun.head)) is not None:
                owners = [name]  # "Its parent company SK Telecom declined": the name the words describe
            else:
                continue
        else:
            continue
        for child in owned:
            for owner in owners:
                if child.type.is_organization and owner.type.is_organization and not is_group_body(child):
                    c.add(RelationType.AFFILIATE_OF, child, owner, 0.8)
    return c.take()


# "the establishment of Y": the founding verb each noun stands for (so launch / opening keep to new bodies)
FOUNDING_NOUNS = {
    "establishment": "establish",
    "founding": "found",
    "formation": "form",
    "creation": "create",
    "launch": "launch",
    "opening": "open",
    "inauguration": "inaugurate",
}
# verbs by which the founder reports its own founding act (not "opposed / approved the establishment of")
REPORTING_VERBS = {"announce", "complete", "celebrate", "mark", "unveil", "finalize", "finalise", "officiate"}


@relation_rule(RelationType.ESTABLISHED, language="en", per_sentence=True, phase=0)
def establishment_announced(c: EnClause) -> list:
    """ "X announced / completed / celebrated the establishment (launch, opening) of Z"."""
    for noun in c.span:
        lemma = FOUNDING_NOUNS.get(noun.lemma_.lower())
        verb = noun.head
        if lemma is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        if not is_verb(verb) or not c.asserted(verb):
            continue
        founded = [e for p in children(noun, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1, limit=3)]
        for target in founded:
            if _founded_ok(lemma, target):
                for founder in c.subjects(verb):
                    c.add(RelationType.ESTABLISHED, founder, target, 0.8, date=c.date() or c.reported_date(verb))
    return c.take()


def _group_of(c: EnClause, owner: Entity, members: list[Entity]) -> Entity:
    """ "Hyundai companies": the business group the members belong to (registry parent) when the article names it."""
    parents = {m.registry.parent for m in members if m.registry is not None and m.registry.parent}
    if owner.type is EntityType.BUSINESS_GROUP or len(parents) != 1:
        return owner
    group = next((e for e in c.doc.entities if e.registry is not None and e.registry.name in parents), None)
    return group or owner


def _owner(c: EnClause, noun) -> Entity | None:
    """Whose unit: the possessive ("X's arm", "its affiliate" -> the nearest earlier name) or "of X"."""
    doc, i = noun.doc, noun.i - 1
    while i > c.span.start and (doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_lower or doc[i].text in UNIT_MODIFIERS):
        i -= 1  # "X's venture arm", "X's R&D arm", read from the words: the parser may hang X elsewhere
    if i > c.span.start and doc[i].text in POSSESSIVES and (ent := c.entity(doc[i - 1])) is not None:
        return ent
    # "its subsidiary Wiwynn Corp.": the parser may hang "its" on the name the noun describes
    named = children(noun.head, "poss") if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else []
    for poss in children(noun, "poss", "nmod") + named:
        if poss.lower_ in ("its", "their"):
            verb = noun.head.head if noun.dep_ == "pobj" else None
            if (
                verb is not None
                and is_verb(verb)
                and (doers := [e for e in c.subjects(verb) if e.type.is_organization])
            ):
                return doers[0]  # "X acquired Y through its unit Z": the doer's unit, not Y's
            return c.nearest_before(poss)
        if (ent := c.np_entity(poss)) is not None:
            return ent
    for p in children(noun, "prep"):
        if p.lower_ in ("of", "under") and (found := c.list_after(p.i + 1, limit=3)):
            return found[0]
    if noun.lemma_.lower() in AFFILIATE_NOUNS:
        for comp in children(noun, "compound"):  # "Hyundai companies"
            if (ent := c.entity(comp)) is not None:
                return ent
    return None


@relation_rule(RelationType.PART_OF, language="en", per_sentence=True)
def named_after_owner(c: EnClause) -> list:
    """A lab, centre or fund named after a registry company ("Samsung AI Center", "Kakao Catalyst Fund") is its unit."""
    for _start, _, ent in c.mention_spans():
        head = next(
            (e for e in c.doc.entities if ent.head and e.registry is not None and e.registry.name == ent.head), None
        )
        if (
            head is not None
            and ent.type in (EntityType.RESEARCH_LAB, EntityType.INVESTOR)
            and c.sentence.index == min(m.sentence for m in ent.mentions)
        ):
            c.add(RelationType.PART_OF, ent, head, 0.6)
    return c.take()


def _members(c: EnClause, noun) -> list[Entity]:
    """Who is the unit: the name it is in apposition with, the names right after it ("arm SoftBank Corp."),
    the names it is said to be ("The three Hyundai companies are A, B and C"), or its own name
    ("Microsoft's Cambridge Laboratory")."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        return [e for a in children(noun.head, "attr") for e in c.with_conjuncts(a)]
    if noun.text[:1].isupper() and noun.pos_ == "PROPN":
        words = [t for t in noun.lefts if t.dep_ == "compound" and t.text[:1].isupper()] + [noun]
        words += [t for t in noun.rights if t.i == noun.i + 1 and t.dep_ == "nummod" and t.tag_ == "CD"]
        start, end = words[0].idx, words[-1].idx + len(words[-1])  # "the IDF's Unit 8200": the number ends the name
        name = c.doc.text[start:end]
        return [c.new_entity(name, c.lex.org_type(name), start, end)] if c.lex.is_name(name) else []
    nxt = noun.i + 1
    if nxt < c.span.end and (ent := c.entity(noun.doc[nxt])) is not None:
        return [ent]  # "A and X's arm Z": the name right after the unit, even where the parser hangs it on A
    if noun.dep_ == "appos" and (ent := c.name_before_comma(noun) or c.np_entity(noun.head)):
        return [ent]
    if noun.dep_ == "attr":
        return c.subjects(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and is_verb(verb := noun.head.head):
        # "Y launched (will operate, was set up) as a subsidiary of X"; "X set up Y as a unit": the object
        return [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)] or c.subjects(verb)
    if noun.dep_ in ("compound", "nmod", "amod") and (ent := c.entity(noun.head)) is not None:
        return [ent]
    for p in children(noun, "prep"):
        if p.lower_ == "including":
            return c.list_after(p.i + 1)
    for child in children(noun, "appos"):
        if (ent := c.np_entity(child)) is not None:
            return [ent]
    return []


@relation_rule(RelationType.PART_OF, language="en", per_sentence=True)
def units_and_affiliates(c: EnClause) -> list:
    """ "Z, a unit of X", "X's arm Z", "its affiliate Z", "Z is a subsidiary of X", "group companies including A, B",
    "Z is part of X" (of a business group: its affiliate)."""
    for noun in c.span:
        lemma = noun.lemma_.lower()
        if noun.pos_ not in ("NOUN", "PROPN") or c.entity(noun) is not None:
            continue
        if lemma in PART_NOUNS or _part_of(noun) or _body_under(noun):
            rtype = RelationType.PART_OF
        elif (
            lemma in AFFILIATE_NOUNS
            and (
                lemma not in ("company", "companies")
                or any(
                    t.lower_ in ("group", "sister", "affiliated") or (t.dep_ == "compound" and c.entity(t) is not None)
                    for t in noun.children
                )
            )
            and not any(t.lower_ == "portfolio" for t in noun.children)  # "another Accel portfolio company": backed
        ):
            rtype = RelationType.AFFILIATE_OF
        else:
            continue
        former = any(t.lower_ in ("former", "formerly") for t in (*noun.subtree, *_words_before(noun)))
        if former or (noun.dep_ != "appos" and not c.asserted(noun)):
            continue  # "X, a subsidiary of Y, called off …": the apposition describes X whatever the clause says
        if _parted_with(noun):
            continue  # "X spun off / sold its unit Z", "its unit Z was split off": Z is no longer part of X
        owner = _owner(c, noun)
        if owner is None:
            continue
        members = _members(c, noun)
        owner = _group_of(c, owner, members)
        for member in members:
            if member.type.is_organization and owner.type.is_organization:
                if lemma == "part" and is_group_body(owner):
                    continue  # "A is part of the Y Alliance": a member (body_members)
                if lemma == "part" and _of_a_programme(noun):
                    c.add(RelationType.PARTICIPATES_IN, member, owner, 0.8)  # "part of the Horizon project Y"
                    continue
                # a business group's member companies are its affiliates, not its units
                grouped = rtype is RelationType.PART_OF and owner.type is EntityType.BUSINESS_GROUP
                c.add(RelationType.AFFILIATE_OF if grouped and lemma == "part" else rtype, member, owner, 0.8)
                if grouped and lemma != "part" and member.type is EntityType.COMPANY:
                    c.add(RelationType.AFFILIATE_OF, member, owner, 0.75)  # "SK hynix, a unit of SK Group": both
    return c.take()


_SEPARATING_NOUNS = {"divestiture", "divestment", "sale", "disposal", "spin-off", "spinoff", "separation", "carve-out"}


def _parted_with(noun) -> bool:
    """ "X sold its unit (Z)", "its unit Z was split off", "the divestiture (sale) of its unit, Z, to Y": the unit
    the sentence parts from its owner (the name may head the phrase: "its imaging unit Clearline")."""
    phrase = noun.head if noun.dep_ in ("compound", "appos") and noun.head.pos_ == "PROPN" else noun
    if phrase.dep_ in ("dobj", "dative", "nsubjpass") and phrase.head.lemma_.lower() in SEPARATING_VERBS:
        return True
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "of":
        return False
    owner, doc = phrase.head.head, noun.doc
    word = owner.lemma_.lower()
    if word in ("off", "out") and owner.i >= 2 and doc[owner.i - 1].text in "-–":
        word = f"{doc[owner.i - 2].lower_}-{word}"  # "the spin-off of its arm": the parser heads the noun on "off"
    return word in _SEPARATING_NOUNS


# an accelerator's intake of startups ("part of Y Combinator's Winter 2024 batch")
_COHORT_NOUNS = {"batch", "cohort"}


def _of_a_programme(noun) -> bool:
    """ "part of the Horizon Europe project AURORA-AI", "part of Techstars' fall cohort": what the noun is part of
    is called a programme or an accelerator's intake."""
    return any(
        t.lemma_.lower() in PROGRAMME_NOUNS | _COHORT_NOUNS
        for p in children(noun, "prep")
        if p.lower_ == "of"
        for t in p.subtree
    )


def _words_before(noun) -> list:
    """The lower-case words written right before a noun ("X's former chip subsidiary Y"), which the parser may hang
    on the name after it."""
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].is_lower and (doc[i].pos_ in ("ADJ", "NOUN") or doc[i].tag_ == "DT" and i == noun.i - 1):
        i -= 1  # "formerly a unit of Y": the article between the adverb and the noun
    return list(doc[i + 1 : noun.i]) + ([doc[i]] if i >= 0 and doc[i].tag_ == "RB" else [])


# public bodies set up under a ministry or another body: "IITP, an agency under the Ministry of Science and ICT"
_BODIES = {"agency", "institute", "body", "organization", "organisation", "center", "centre", "foundation", "office"}


def _body_under(noun) -> bool:
    """ "Z, an agency (a state-run institute) under X": a body working under another is part of it."""
    return noun.lemma_.lower() in _BODIES and any(p.lower_ == "under" for p in children(noun, "prep"))


def _part_of(noun) -> bool:
    """ "Z is part of X", "Z, part of X,": not "as part of the deal" (the owner must still be a name)."""
    return (
        noun.lower_ == "part"
        and noun.dep_ in ("attr", "appos")
        and any(p.lower_ == "of" for p in children(noun, "prep"))
        and not any(t.lower_ in ("no", "longer", "formerly", "once") for t in (*noun.lefts, *noun.head.children))
    )


@relation_rule(RelationType.SPUN_OFF_FROM, language="en", per_sentence=True)
def spin_off(c: EnClause) -> list:
    """ "X spun off Y", "X spun out its unit into a new business called Y", "Y was spun off from X", "X's unit
    was spun off as Y"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        split = lemma in ("spin", "split", "carve", "hive") and (phrasal(verb, "off") or phrasal(verb, "out"))
        split = split or (lemma == "split" and bool(preps(verb, "from")))  # "Y, which split from X in 2018"
        # "Y became independent from X in 2022": a unit made a company of its own
        independent = [a for a in children(verb, "acomp") if a.lower_ == "independent"] if lemma == "become" else []
        if not (split or independent or lemma in ("separate", "demerge")) or not is_verb(verb) or not c.asserted(verb):
            continue
        if planned(verb) and is_verb(verb.head):
            continue  # "plans to spin out its AI unit": not a company yet ("approved a plan to spin off": decided)
        parents = [e for p in _from_preps(verb) for e in c.list_after(p.i + 1, limit=3)]
        parents += [e for a in independent for p in preps(a, "from") for e in c.list_after(p.i + 1, limit=3)]
        parents = [e for e in parents if e.type.is_organization] if independent else parents
        if independent and not parents:
            continue  # "Korea became independent from Japan" is no company's
        if lemma == "separate" and not parents and not preps(verb, "into"):
            continue  # "separate its AI division into a new subsidiary, X" splits one off
        unit = next((t for t in verb.children if t.dep_ == "nsubjpass" and t.lemma_.lower() in SPUN_UNITS), None)
        spun_out = [
            e
            for o in children(verb, "dobj")
            if (e := c.entity(o) or c.argument_entity(o)) is not None and e.type.is_organization
        ]
        if parents and spun_out:
            # "Brown spun out Y from its Department of Computer Science": the object goes, from the subject that owns
            # the unit named after "from its"
            children_ = spun_out
            if any(t.lower_ in ("its", "their") for p in _from_preps(verb) for t in p.subtree):
                parents = c.subjects(verb)
        elif parents:
            children_ = c.subjects(verb)
        else:
            # "X's unit was spun off as Y": the unit's owner; else "X spun off …"
            owner = _owner(c, unit) if unit is not None and c.entity(unit) is None else None
            # "Three studios will also be spun off: A, B and C": the studios listed, of the company the article is about
            named: list[Entity | None] = [*c.group_members(unit)] if unit is not None and owner is None else []
            if named:
                owner = c.disc.unnamed_spin_off or c.disc.topic
            passive_name = unit is None and any(t.dep_ == "nsubjpass" for t in verb.children)
            if passive_name:
                # "Y, the bank's payments unit, is being spun off (by X)": Y is what goes, its parent the agent
                named, parents = [*c.subjects(verb)], c.agents(verb)
            else:
                parents = [owner] if owner is not None else [] if named else c.subjects(verb)
                if parents and all(e.type is EntityType.PERSON for e in parents):
                    # "P spun out Sony's vision group as Y": the unit's owner is the parent, P a founder
                    parents = [o for d in children(verb, "dobj") if (o := _owner(c, d)) is not None]
            # "X will spin off A", "… four units: A, B, C and D"
            for o in children(verb, "dobj"):
                if o.lower_ in ("which", "that") and verb.dep_ == "relcl":  # "Y, which X spun off in 2022"
                    named += c.with_conjuncts(verb.head)
                    continue
                listed: list[Entity | None] = [*c.group_members(o)]
                named += listed or [c.entity(o) or c.appositive_name(o)]  # "spun off its chip unit Altera"
                if not listed and o.conjuncts:  # "spin off A, B and C": names the tagger missed, listed with others
                    named += [c.entity(t) or c.argument_entity(t, listed=True) for t in (o, *o.conjuncts)]
            if unit is not None and (name := c.appositive_name(unit)) is not None:
                named.append(name)  # "its robotics division, Y, was split off into a separate company"
            children_ = c.as_organisations([e for e in named if e is not None])
            # (not in a clause joined after: "… into Y, and Z invested in Y")
            joined = {t.i for cj in verb.children if cj.dep_ == "conj" and is_verb(cj) for t in cj.subtree}
            for tok in verb.subtree:  # "… into a new company called Y", "… as a new company, Y", "… as Y"
                if tok.lower_ in ("called", "named", "into", "as") and not children_:
                    children_ = [
                        e
                        for t in verb.subtree
                        if t.i > tok.i
                        and t.i not in joined
                        # "… as a standalone company backed (led) by Z": Z backs the new company, Z is not it
                        and not any(a.lower_ == "by" and a.dep_ in ("agent", "prep") for a in t.ancestors)
                        and (e := c.entity(t) or _new_name(c, t)) is not None
                        and e.type.is_organization
                        and e not in parents
                    ][:1]
            if not children_ and parents:  # an unnamed unit: a later sentence may name it ("The unit will become Y")
                c.disc.unnamed_spin_off = parents[0]
        date = c.date() or _effective_date(c) or c.reported_date(verb)
        if verb.dep_ == "acl" and not any(t.ent_type_ == "DATE" for t in verb.subtree):
            date = None  # "Y, spun out of X, raised €4m in 2023": the year is the round's
        for child in children_:
            for parent in parents:
                c.add(RelationType.SPUN_OFF_FROM, child, parent, 0.85, date=date)
    return c.take()


@relation_rule(RelationType.SPUN_OFF_FROM, language="en", per_sentence=True)
def spun_off_unit_named(c: EnClause) -> list:
    """After "X will spin off its AI division (and three studios)": "The division / new company will become / be
    named Y", "The new company, Y, will …", "The three studios are: A, B and C"."""
    parent = c.disc.unnamed_spin_off
    for verb in c.span if parent is not None else ():
        lemma = verb.lemma_.lower()
        if lemma not in ("become", "name", "call", "rename", "be") or not is_verb(verb) or c.in_quote(verb):
            continue
        subject = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lemma_.lower() not in SPUN_UNITS or c.entity(subject) is not None:
            continue
        objects = children(verb, "attr", "oprd", "dobj")
        if lemma == "be":  # "The three studios are: A, B and C"
            objects = [verb.nbor()] if verb.i + 1 < c.span.end and verb.nbor().text == ":" else []
        names = [e for o in objects for e in c.as_organisations(_names_given(c, o)) if e.type.is_organization]
        names = [e for e in names if e is not parent]
        for child in names if subject.tag_ == "NNS" else names[:1]:
            c.add(RelationType.SPUN_OFF_FROM, child, parent, 0.75, date=c.date() or _effective_date(c))
    for subject in (t for t in c.span if parent is not None and t.dep_ == "nsubj" and t.lemma_.lower() in SPUN_UNITS):
        if any(t.lower_ == "new" for t in subject.children) and (apposed := _apposed_name(c, subject)) is not None:
            c.add(
                RelationType.SPUN_OFF_FROM, apposed, parent, 0.75, date=c.date() or _effective_date(c)
            )  # "The new company, Y, will …"
    return c.take()


def _apposed_name(c: EnClause, noun) -> Entity | None:
    """The name set beside a description ("The new company, NC AI, will …"), whatever the tagger took it for."""
    return next(
        (e for a in children(noun, "appos") if (e := c.argument_entity(a, listed=True)) and e.type.is_organization),
        None,
    )


def _names_given(c: EnClause, tok) -> list[Entity]:
    """The names a unit is given ("will become Y", "are: A, B and C"), also where the tagger took one for a place or a
    building (a name given to a company is a company's)."""
    if tok.text == ":":
        return c.list_after(tok.i + 1, limit=0)
    found = [e for t in (tok, *tok.conjuncts) if (e := c.argument_entity(t, listed=True)) is not None]
    return found + [e for e in c.with_conjuncts(tok) if e not in found]


_TAKES_EFFECT = re.compile(
    r"\b(?:spin-?offs?|spinoffs?|split(?:-off)?|separation|demerger)\b[^.]*?\b(?:take effect|takes effect|"
    r"be effective|is effective|be completed|effective (?:on|from|as of))\b",
    re.I,
)


def _effective_date(c: EnClause) -> str | None:
    """The date the article gives for the separation: "The spin-off will take effect on Feb. 1, 2025"."""
    for sentence in c.doc.sentences:
        if _TAKES_EFFECT.search(sentence.text) and (when := resolve_date_en(sentence.text, c.doc.published)):
            return when
    return None


def _new_name(c: EnClause, tok) -> Entity | None:
    """The name a spun-off company is given where the tagger missed it: the proper name right after "as", "called",
    "named" or a description's comma ("into a new company, NC AI")."""
    before = tok.doc[tok.i - 1] if tok.i > c.span.start else tok
    if tok.tag_ not in ("NNP", "NNPS") or before.lower_ not in ("as", "called", "named", ","):
        return None
    return c.argument_entity(tok, listed=True)  # a name the tagger took for a building ("Cello Square") too


SPUN_UNITS = {
    "unit",
    "division",
    "company",
    "entity",
    "business",
    "subsidiary",
    "firm",
    "arm",
    "spin-off",
    "spinoff",
    "center",
    "lab",
    "studio",
}


def _from_preps(verb) -> list:
    """ "from X", and "out of X" (the "of" hangs on the particle or the verb)."""
    found = preps(verb, "from")
    for t in verb.subtree:
        if t.lower_ == "of" and t.i > verb.i and verb.doc[t.i - 1].lower_ == "out":
            found.append(t)
    return found


@relation_rule(RelationType.SPUN_OFF_FROM, language="en", per_sentence=True)
def spin_off_noun(c: EnClause) -> list:
    """ "Y, a spin-off of X", "Y, the spinout from X", "Y is a spin-off of X", "Y was established as a spin-off of X",
    "Y, an X spin-off", "X completed the demerger of Y"."""
    doc = c.span.doc
    for tok in c.span:
        split = tok.lower_ in ("off", "out") and tok.i - 2 >= c.span.start and doc[tok.i - 1].text in "-–"
        if not (tok.lower_ in SPIN_OFF_NOUNS or (split and doc[tok.i - 2].lower_ in SPLIT_VERBS)):
            continue
        head = doc[tok.i - 2] if split else tok
        after = next((t for t in doc[tok.i + 1 : min(tok.i + 3, c.span.end)] if t.lower_ in ("of", "from")), None)
        if _possessed_spin_off(c, head, tok, after):
            continue
        named_before = c.entity(doc[head.i - 1]) if head.i > c.span.start else None  # "an X spin-off"
        noun_tok = tok if split else head  # "spin-off": the parser heads it on "off"
        owner = next(  # "X's spinoff", "X's spin-off"
            (e for p in children(noun_tok, "poss") + children(head, "poss") if (e := c.np_entity(p)) is not None), None
        )
        if owner is not None and after is not None and after.lower_ == "of" and noun_tok.dep_ in SUBJECTS | {"dobj"}:
            # "X's spin-off of Y was completed in 2020": the owner spun off the unit named after "of"
            if c.asserted(noun_tok.head) and not any(c.unrealised(t) for t in (head, noun_tok)):
                for child in c.list_after(after.i + 1, limit=2)[:1]:
                    c.add(RelationType.SPUN_OFF_FROM, child, owner, 0.8)
            continue
        parents = (
            c.list_after(after.i + 1, limit=2)[:1]
            if after is not None
            else [named_before]
            if named_before
            else [owner]
            if owner
            else []
        )
        if not parents:
            continue
        if head.dep_ == "compound" and named_before is not None and (named := c.entity(head.head)) is not None:
            if c.asserted(head.head) and not c.unrealised(head):  # "X spinoff Y raised $5 million"
                c.add(RelationType.SPUN_OFF_FROM, named, named_before, 0.8)
            continue
        noun = next((t for t in (tok, head, tok.head, head.head) if t.dep_ in ("appos", "pobj", "attr")), None)
        if noun is None or not c.asserted(noun) or any(c.unrealised(t) for t in {tok, head, noun}):
            continue  # "a planned spin-off"
        if noun.dep_ == "appos":
            children_ = [e for e in [c.np_entity(noun.head)] if e is not None]
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.tag_ != "VBD":  # "Y is a spin-off of X"
            children_ = c.subjects(noun.head)
        elif noun.head.lower_ in ("as", "through", "via") and noun.head.head.pos_ in ("VERB", "AUX"):
            children_ = c.subjects(noun.head.head)  # "Y was established as (created through) a spin-off of (from) X"
        else:
            continue
        for child in children_:
            for parent in parents:
                c.add(RelationType.SPUN_OFF_FROM, child, parent, 0.8)
    return c.take()


def _possessed_spin_off(c: EnClause, head, last, after) -> bool:
    """ "X's spin-off Y" and "X completed the spin-off of Y": the spun-off company after the noun, the
    parent before it (its possessor, or the subject of the verb the noun is the object of)."""
    doc = c.span.doc
    parent = None
    k = head.i - 1  # "X's (nontelecom) split-off Y": a lower-case word or two may describe the spin-off
    while (
        k > head.i - 3
        and k > c.span.start
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in ("the", "its")
    ):
        k -= 1
    if k - 1 >= c.span.start and doc[k].text in ("'s", "’s"):
        parent = c.argument_entity(doc[k - 1])
    elif head.i - 1 >= c.span.start and doc[head.i - 1].lower_ in ("the", "its"):
        verb = next(
            (
                a
                for a in [doc[head.i - 2]]
                if a.i >= c.span.start and a.lemma_.lower() in ("complete", "finalize", "announce", "approve")
            ),
            None,
        )
        parent = next(iter(c.subjects(verb)), None) if verb is not None and c.asserted(verb) else None
    start = after.i + 1 if after is not None and after.lower_ == "of" else last.i + 1
    child = c.argument_entity(doc[start]) if start < c.span.end and doc[start].tag_ != "PRP$" else None
    if child is None and after is not None and after.lower_ == "of":
        # "the spin-off of its chemicals arm, Y,": the unit's name set off after it
        child = next(
            (
                e
                for o in children(after, "pobj")
                for k in (o.i + 1, o.i + 2)
                if k < c.span.end
                and (k == o.i + 1 or doc[o.i + 1].text == ",")
                and (e := c.entity(doc[k])) is not None
                and e.type.is_organization
            ),
            None,
        )
    if (
        child is None and after is not None and after.lower_ == "of"
    ):  # "the spin-off of its AI unit, which will become Y"
        child = next(
            (
                e
                for o in children(after, "pobj")
                for v in children(o, "relcl")
                if v.lemma_.lower() in ("become", "name", "call") and c.asserted(v)
                for a in children(v, "attr", "oprd")
                for e in c.as_organisations(_names_given(c, a))
                if e.type.is_organization
            ),
            None,
        )
    if (
        parent is None
        or child is None
        or not c.asserted(head)
        or any(c.unrealised(t) for t in (head, last))
        or any(c.unrealising(t) for t in doc[k + 1 : head.i])
    ):
        return False  # "X's planned spin-off Y"
    dated = doc[head.i - 1].lower_ in (
        "the",
        "its",
    )  # "completed the spin-off … in November"; "X's spin-off Y went public" is another event
    c.add(RelationType.SPUN_OFF_FROM, child, parent, 0.8, date=c.date() if dated else None)
    return True


# what a company joining a known company becomes part of, not a member of
_MERGED_INTO = (EntityType.COMPANY, EntityType.BUSINESS_GROUP)


@relation_rule(RelationType.PARTICIPATES_IN, language="en", per_sentence=True)
def participates(c: EnClause) -> list:
    """ "X joined the Y alliance", "X takes part / participates in Y", "X is a member of Y"."""
    for tok in c.span:
        lemma = tok.lemma_.lower()
        targets: list[Entity] = []
        companions: list[Entity] = []
        if lemma == "join" and is_verb(tok):
            targets = [  # "joined the Y board / Y's round / existing investor Y" is a seat or an investment
                e
                for o in children(tok, "dobj")
                if o.lemma_.lower() not in NOT_BODIES and not is_investor_described(o)
                for e in (
                    c.with_conjuncts(o)
                    if c.entity(o) is not None or o.lemma_.lower() not in _COLLECTIVE_WORDS
                    else _body_referred(c, o)
                )
            ]
            # "Menon joined Stanford University from Carnegie Mellon": one joins a university to work there, a post
            targets = [e for e in targets if e.type is not EntityType.UNIVERSITY]
            companions = c.companions(tok) if any(is_group_body(e) for e in targets) else []  # "…, along with A and B"
            # "X joined A and B as an investor in Z"; a person's post ("as Vice President of Perception") is a job
            # ("as a member" with no body of its own: the one joined is the body)
            roles = [
                o
                for p in preps(tok, "as")
                for o in children(p, "pobj")
                if not c.lex.is_person_title(o.text)
                and any(
                    q.lower_ in ("in", "of") and any(b.ent_type_ != "DATE" for b in children(q, "pobj"))
                    for q in children(o, "prep")
                )
            ]
            if roles and not any(is_group_body(e) for e in targets):
                # "X joined A and B as an investor in Z": A and B are fellow members of Z, not bodies X joined
                companions = [e for e in targets if e.type.is_organization]
                targets = [
                    e
                    for o in roles
                    for p in children(o, "prep")
                    if p.lower_ in ("in", "of")
                    for e in c.list_after(p.i + 1, limit=2) or _named_bodies(c, children(p, "pobj"))
                ]
            else:  # "Wiz will join Google Cloud once the deal closes": a known company joined is a merger
                targets = [e for e in targets if e.registry is None or e.type not in _MERGED_INTO]
        elif lemma == "participate" or (lemma == "take" and any(o.lower_ == "part" for o in tok.children)):
            if any(
                t.lemma_.lower() in ROUND_WORDS
                for p in preps(tok, "in")
                for t in (*p.subtree, *c.span.doc[p.i + 1 : min(p.i + 7, c.span.end)])
            ):
                continue  # "X participated in Y's Series B" invests (en_money.round_members), however it is parsed
            targets = [
                e
                for p in preps(tok, "in")
                if not _owner_of_unnamed(c, children(p, "pobj"))
                for e in c.list_after(p.i + 1, limit=4) or _body_of_part(c, children(p, "pobj"))
            ]
        elif lemma in ("invest", "acquire", "buy", "fund", "back") and is_verb(tok):
            targets = [e for p in preps(tok, "through", "via") for e in _bodies_named_after(c, p)]
            # "A, B and C invested in Y through the Z Alliance": the investors act as the body's members
        elif lemma in ("company", "firm", "organization", "organisation", "startup") and tok.tag_ == "NNS":
            # "X is one of 20 companies in the Y Alliance", "X is among the firms in the Y Project"
            for member in _counted_in(c, tok):
                for target in [e for p in preps(tok, "in") for e in _named_bodies(c, children(p, "pobj"))]:
                    if member.type.is_organization:
                        c.add(RelationType.PARTICIPATES_IN, member, target, 0.75)
            continue
        elif lemma == "belong" and is_verb(tok):
            targets = [e for p in preps(tok, "to") for e in _bodies_named_after(c, p)]  # "A and B belong to Y"
        elif lemma in ("lead", "head", "chair") and is_verb(tok) and tok.tag_ != "VBN":
            # "X, which leads the Y Alliance": who leads a body is in it ("led the round" is no body)
            targets = [b for o in children(tok, "dobj") if (b := _named_body(c, o)) is not None]
            for o in children(tok, "dobj"):
                if not targets and (members := _unnamed_consortium(c, o)):
                    # "X will lead a consortium that includes A and B for the Y project": all of them take part in Y
                    targets = _bodies_after(c, [p for p in o.subtree if p.dep_ == "prep" and p.lower_ in ("for", "in")])
                    companions = members
        elif lemma in ("select", "choose", "pick") and tok.tag_ == "VBN":
            targets = _bodies_after(c, preps(tok, "for", "as"))
            companions = c.companions(tok)  # "X was picked for Y along with Z"
            # "The consortium led by X, which includes A and B, was selected for Y": its members take part
            companions += [e for s in children(tok, "nsubjpass") for e in _unnamed_consortium(c, s)]
        elif lemma in ("select", "choose", "pick") and is_verb(tok) and (picked := children(tok, "dobj")):
            # "The ministry selected A and B for the Y project": the chosen take part, not the one choosing
            if c.asserted(tok):
                for member in [e for o in picked for e in c.with_conjuncts(o) if e.type.is_organization]:
                    for target in _bodies_after(c, preps(tok, "for", "as")):
                        if target.type.is_organization and target is not member:
                            c.add(RelationType.PARTICIPATES_IN, member, target, 0.8)
            continue
        elif lemma in ("accept", "admit") and tok.tag_ == "VBN":
            targets = _bodies_after(c, preps(tok, "into", "to"))  # "X has been accepted into the Y program"
        elif lemma == "sign" and is_verb(tok) and any(phrasal(tok, w) for w in ("on", "up")):
            targets = _bodies_after(c, preps(tok, "to", "for", "onto"))  # "X signed on to the Y Forum"
        elif lemma == "member" and tok.pos_ == "NOUN":
            listed = [e for p in children(tok, "prep") if p.lower_ == "including" for e in c.list_after(p.i + 1)]
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if listed and verb is not None:  # "Y has 30 members, including A and B"
                for body in [e for e in c.subjects(verb) if is_group_body(e)]:
                    for member in listed:
                        c.add(RelationType.PARTICIPATES_IN, member, body, 0.75)
                continue
            targets = [
                e
                for p in children(tok, "prep")
                if p.lower_ == "of"
                for e in c.list_after(p.i + 1, limit=4) or _named_bodies(c, children(p, "pobj"))
            ]  # "X became the newest member of the alliance"
            if verb is None or any(w.lower_ in FORMER | {"once"} for w in (*tok.children, *verb.children)):
                continue  # "X was previously (is a former) member of Y": a membership that ended
            tok = verb  # "X is (one of the) members of Y"
        elif lemma == "addition" and tok.pos_ == "NOUN" and tok.dep_ == "attr":  # "X is the latest addition to Y"
            targets = [e for p in children(tok, "prep") if p.lower_ == "to" for e in _bodies_named_after(c, p)]
            tok = tok.head
        if not targets or not c.asserted(tok):
            continue
        for member in (c.subjects(tok) or _counted_among(c, tok)) + [
            e for e in companions if e not in targets
        ]:  # a person joining an organisation works for it (en_people.appointed)
            for target in targets:
                if lemma == "member" and member.type is EntityType.COMPANY and _business_group(target):
                    c.add(RelationType.AFFILIATE_OF, member, target, 0.8)  # "Chugai, a member of the Roche Group"
                elif target.type.is_organization and member.type.is_organization:
                    c.add(RelationType.PARTICIPATES_IN, member, target, 0.8)
    return c.take()


def _business_group(ent: Entity) -> bool:
    """A business group, not a body named "group" of many owners ("the AI Working Group")."""
    return ent.type is EntityType.BUSINESS_GROUP and not is_group_body(ent)


# "later joined the group (the consortium)": the body referred to, not the company the last sentence was about
_COLLECTIVE_WORDS = {"group", "consortium", "alliance", "coalition", "initiative", "fund"}


def _body_referred(c: EnClause, noun) -> list[Entity]:
    """The body "the group" or "the consortium" refers to: the latest one named before it that others can join (a
    group body, or the organisation the article set up), not the company the last sentence was about."""
    bodies = [
        (m.start, e)
        for e in c.doc.entities
        if e.type.is_organization and (is_group_body(e) or e is c.disc.founded)
        for m in e.mentions
        if m.start < noun.idx
    ]
    return [max(bodies, key=lambda b: b[0])[1]] if bodies else []


def _owner_of_unnamed(c: EnClause, nouns: list) -> bool:
    """ "in the government's AI foundation model project": a body without a name of its own, only its owner's."""
    if not nouns or c.entity(nouns[0]) is not None:
        return False
    owner = [t for ch in nouns[0].children if ch.dep_ == "poss" for t in ch.subtree]
    named = [t for t in nouns[0].subtree if t.i in c.ent_of and t not in owner]  # "the EU's IPCEI-CIS programme"
    return bool(owner) and not named


def _unnamed_consortium(c: EnClause, noun) -> list[Entity]:
    """The members a consortium with no name of its own is described with: its leader ("X's consortium", "the
    consortium led by X") and those it includes ("which includes A and B", "including A", "of A and B")."""
    if noun.lemma_.lower() not in BODY_NOUNS or c.entity(noun) is not None:
        return []
    found = [e for p in children(noun, "poss") if (e := c.np_entity(p)) is not None]
    for t in noun.subtree:  # the parser may hang "which includes A" on the leader's name
        if t.dep_ == "acl" and t.head.i == noun.i and t.lemma_.lower() in ("lead", "head"):
            found += c.agents(t, limit=8)
        elif t.dep_ == "relcl" and t.lemma_.lower() in ("include", "comprise"):
            found += [e for o in children(t, "dobj") for e in c.with_conjuncts(o)]
        elif t.dep_ == "prep" and t.head.i == noun.i and t.lower_ in ("including", "of"):
            found += c.list_after(t.i + 1)
    return [e for i, e in enumerate(found) if e.type.is_organization and e not in found[:i]]


def _bodies_named_after(c: EnClause, prep) -> list[Entity]:
    """The alliance or programme a preposition's object names: "to the Y Alliance", "to the alliance"."""
    return [e for e in c.list_after(prep.i + 1, limit=4) if is_group_body(e)] or _named_bodies(
        c, children(prep, "pobj")
    )


def _body_of_part(c: EnClause, nouns: list) -> list[Entity]:
    """The body a part of it belongs to: "in the first phase of the Y Project", "in the pilot of the Y programme"."""
    return [e for n in nouns if c.entity(n) is None for p in preps(n, "of") for e in _bodies_named_after(c, p)]


def _bodies_after(c: EnClause, prepositions: list) -> list[Entity]:
    """The alliances, consortia and programmes named after the prepositions: by their name ("the Y Alliance") or by
    the noun they stand in ("the Y program", "the Y consortium")."""
    # "selected as the five teams for the Y project": the body named after the role
    prepositions = prepositions + [
        q
        for p in prepositions
        if p.lower_ == "as"
        for o in children(p, "pobj")
        if c.entity(o) is None
        for q in children(o, "prep")
        if q.lower_ in ("for", "in", "of")
    ]
    return [
        e
        for p in prepositions
        for e in c.list_after(p.i + 1, limit=4)
        if is_group_body(e)
        or any(o.lemma_.lower() in PROGRAMME_NOUNS | BODY_NOUNS and c.entity(o) is None for o in children(p, "pobj"))
    ]


def _counted_among(c: EnClause, verb) -> list[Entity]:
    """ "X is among 12 companies participating in Y", "X is one of the firms taking part": the subject
    of the copula that counts X in the participle's noun."""
    # "among 20 companies (that are) taking part / that joined"
    return _counted_in(c, verb.head) if verb.dep_ in ("acl", "relcl") else []


def _counted_in(c: EnClause, noun) -> list[Entity]:
    """The subject of the copula that counts it in ``noun``: "X is among 12 companies …", "X is one of the firms …"."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("among", "of"):
        return []
    copula = prep.head if prep.lower_ == "among" else prep.head.head
    return c.subjects(copula) if copula.lemma_ == "be" and c.asserted(copula) else []


def _last_group_body(c: EnClause) -> list[Entity]:
    """The alliance, consortium or programme named last before this sentence, if the sentence names none."""
    before = [e for start, e in sorted(c.doc.of_mention.items()) if start < c.sentence.start and is_group_body(e)]
    return before[-1:]


@relation_rule(RelationType.PARTICIPATES_IN, language="en", per_sentence=True)
def body_members(c: EnClause) -> list:
    """A named alliance, consortium or programme and its members: "Y includes / comprises / consists of A, B",
    "Y, led by A", "A is part of Y", "A, B were named (as) participants in Y", "Y, a consortium of A and B",
    "Y counts A and B as members"."""
    for tok in c.span:
        lemma = tok.lemma_.lower()
        pairs: list[tuple[list[Entity], list[Entity]]] = []
        member_subject = lemma == "be" and any(
            s.lemma_.lower() == "member" for s in children(tok, "nsubj")
        )  # "Y's members are A, B"
        if (
            lemma in ("include", "comprise", "consist", "unite", "gather", "compose", "involve")
            or member_subject
            or (lemma == "bring" and any(t.lower_ == "together" for t in tok.children))
            or (lemma == "make" and phrasal(tok, "up") and preps(tok, "of"))  # "Y is made up of A and B"
        ):
            if not is_verb(tok):
                continue  # "Y brings together A, B and C"
            bodies = [e for e in c.subjects(tok) if is_group_body(e)]
            bodies += [
                e for s in children(tok, "nsubj") if s.lemma_.lower() in MEMBER_NOUNS for e in _bodies_of_members(c, s)
            ]  # "The members of Y are A, B", "Members of the alliance include A and B", "Participants in Y include"
            members_listed = [e for a in children(tok, "attr") for e in c.with_conjuncts(a)] if member_subject else []
            bodies += [
                e
                for s in children(tok, "nsubj")
                if s.lemma_.lower() == "member"
                for poss in children(s, "poss")
                if (e := c.np_entity(tok.head if poss.lower_ == "whose" else poss)) is not None and is_group_body(e)
            ]  # "Y's members include A and B", "Y, whose members include A and B,"
            if not bodies and any(
                s.lemma_.lower() == "member"
                and not children(s, "prep")
                and all(d.lower_ in ("its", "their") for d in s.children if d.dep_ == "poss")
                for s in children(tok, "nsubj")
            ):
                bodies = _last_group_body(c)  # "Y was launched in March. (Its) members include A and B"
            if not bodies and any(
                a.lower_ == "participating" for s in children(tok, "nsubj") for a in s.children
            ):  # "Participating companies include A and B(, the Y Alliance said)": the body named, else the last one
                bodies = [e for _, _, e in c.mention_spans() if is_group_body(e)][:1] or _last_group_body(c)
            members = [e for o in children(tok, "dobj") for e in c.with_conjuncts(o)] + members_listed
            members += [
                e
                for p in preps(tok, "of")
                for e in c.list_after(p.i + 1) or [m for o in children(p, "pobj") for m in c.group_members(o)]
            ]  # "consists of 16 companies, such as A and B"
            pairs.append((members, bodies))
        elif lemma in ("start", "begin", "debut", "launch") and is_verb(tok) and (with_ := preps(tok, "with")):
            # "The alliance started with three startups — A, B and C": its first members
            bodies = [b for s in _subject_tokens_of(tok) if (b := _named_body(c, s)) is not None]
            members = [e for p in with_ for o in children(p, "pobj") for e in c.group_members(o)]
            pairs.append(([e for e in members if e.type.is_organization], bodies))
        elif lemma == "addition" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and is_verb(tok.head.head):
            # "With the addition of A and B, the alliance now has ten members"
            main = tok.head.head
            bodies = [b for s in _subject_tokens_of(main) if (b := _named_body(c, s)) is not None]
            if any(o.lemma_.lower() == "member" for o in children(main, "dobj")):
                members = [e for p in children(tok, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1)]
                pairs.append(([e for e in members if e.type.is_organization], bodies))
        elif lemma in BODY_NOUNS and tok.dep_ == "appos" and not c.unrealised(tok):
            body = c.np_entity(tok.head) or c.argument_entity(tok.head)  # "Team Korea, a consortium of A, B and C"
            members = [e for p in preps(tok, "of") for e in c.list_after(p.i + 1, limit=3)]
            pairs.append((members, [body] if body is not None else []))
        elif (
            lemma in ("have", "count")
            and is_verb(tok)
            and any(o.lemma_.lower() == "member" for o in children(tok, "dobj"))
        ):
            # "The alliance initially had seven members – A, B and C –"
            bodies = [b for s in children(tok, "nsubj") if (b := _named_body(c, s)) is not None]
            pairs.append(([e for o in children(tok, "dobj") for e in c.group_members(o)], bodies))
        elif lemma == "count" and is_verb(tok):  # "Y counts A, B and C as (its) members / among its members"
            if any(o.lemma_.lower() == "member" for p in preps(tok, "as", "among") for o in children(p, "pobj")):
                bodies = [e for e in c.subjects(tok) if is_group_body(e)]
                pairs.append(([e for o in children(tok, "dobj") for e in c.with_conjuncts(o)], bodies))
        elif lemma in ("be", "remain") and (among := _among_members(tok)) is not None:
            # "A, B and C are among its (Y's, the alliance's) members": the body named, else the one just named
            bodies = [
                b
                for poss in children(among, "poss")
                if poss.lower_ not in ("its", "their")
                for b in [_named_body(c, poss)]
                if b
            ]
            bodies += [
                e
                for p in children(among, "prep")
                if p.lower_ == "of"
                for e in c.list_after(p.i + 1, limit=3)
                if is_group_body(e)
            ]
            if not bodies and all(
                d.lower_ in ("its", "their", "the") for d in among.children if d.dep_ in ("poss", "det")
            ):
                bodies = _last_group_body(c)
            pairs.append(([e for e in c.subjects(tok) if e.type.is_organization], bodies))
        elif (
            lemma == "lead"
            and tok.tag_ == "VBN"
            and tok.dep_ == "acl"
            and (body := c.entity(tok.head)) is not None
            and is_group_body(body)
        ):
            # "Y, led by A and including B and C": the leader and the members listed after it
            listed = [e for t in tok.subtree if t.lower_ == "including" for e in c.list_after(t.i + 1)]
            pairs.append((c.agents(tok, limit=8) + [e for e in listed if e.type.is_organization], [body]))
        elif (
            lemma in MEMBER_NOUNS
            and not c.unrealised(tok)  # "former members of Y, including A"
            and (including := [p for p in children(tok, "prep") if p.lower_ in ("including", "like")])
        ):
            # "Members of Y, including A and B, met", "Y's members, including A and B,"
            bodies = _bodies_of_members(c, tok) + [
                b for poss in children(tok, "poss") if (b := _named_body(c, poss)) is not None
            ]
            members = [e for p in including for e in c.list_after(p.i + 1) if e.type.is_organization]
            pairs.append((members, bodies))
        elif lemma in ("member", "participant") and tok.tag_ == "NNS" and (appos := children(tok, "appos")):
            # "K-AI Alliance members A and B said …": the body named before the word, the members after it
            bodies = [b for t in tok.children if t.dep_ in ("compound", "poss") and (b := _named_body(c, t))]
            pairs.append(([e for a in appos for e in c.with_conjuncts(a) if e.type.is_organization], bodies))
        elif (body := c.entity(tok)) is not None and is_group_body(body) and (listed := _set_off_list(c, tok)):
            pairs.append((listed, [body]))  # "The Y Alliance — A, B and C — invested …"
        elif lemma == "part" and tok.dep_ == "attr":
            pairs.append(
                (
                    c.subjects(tok.head),
                    [
                        e
                        for p in children(tok, "prep")
                        if p.lower_ == "of"
                        for e in c.list_after(p.i + 1, limit=4)
                        if is_group_body(e)
                    ],
                )
            )
        elif (
            lemma in ("participant", "partner")
            and (tok.head.lower_ == "as" or tok.dep_ == "attr")
            and not c.unrealised(tok)  # "a potential partner in Y"
        ):
            # "A and B are participants in (of) Y", "A, B and C are partners in the Y project" (a partner "of" a
            # company is a partnership)
            verb = next((a for a in tok.ancestors if is_verb(a)), None)
            kinds = ("in", "of") if lemma == "participant" else ("in",)
            bodies = _bodies_after(c, [p for p in children(tok, "prep") if p.lower_ in kinds])
            pairs.append((c.subjects(verb) if verb is not None else [], bodies))
        if not pairs or not c.asserted(tok):
            continue
        # "The founding members of Y are A, B and C": they founded it too
        founding = any(a.lower_ == "founding" for s in children(tok, "nsubj") for a in s.children)
        for members, bodies in pairs:
            for member in members:
                for body in bodies:
                    if member.type is not EntityType.TECHNOLOGY:
                        c.add(RelationType.PARTICIPATES_IN, member, body, 0.75)
                        if founding:
                            c.add(RelationType.ESTABLISHED, member, body, 0.75)
    return c.take()


MEMBER_NOUNS = {"member", "participant"}


def _bodies_of_members(c: EnClause, noun) -> list[Entity]:
    """The body of "members of Y" / "participants in Y" (by its name, or "the alliance" for the last one named)."""
    return [
        e
        for p in children(noun, "prep")
        if p.lower_ in ("of", "in")
        for e in c.list_after(p.i + 1, limit=3) or _named_bodies(c, children(p, "pobj"))
        if is_group_body(e)
    ]


def _set_off_list(c: EnClause, tok) -> list[Entity]:
    """The organisations listed between dashes right after the name ending at ``tok``: "Y — A, B and C —"."""
    doc, i = c.span.doc, tok.i + 1
    if i >= c.span.end or doc[i].text not in ("—", "–", "--") or c.entity(doc[i]) is not None:
        return []
    listed = c.list_after(i + 1, limit=0)
    end = i + 1
    while end < c.span.end and (end in c.ent_of or doc[end].lower_ in (",", "and")):
        end += 1
    closed = end < c.span.end and doc[end].text == doc[i].text
    return [e for e in listed if e.type.is_organization] if closed and len(listed) > 1 else []


def _counted_then_named(c: EnClause, count) -> list[Entity]:
    """ "two more, A and B": the names set off after a counted object (the parser hangs them on the verb)."""
    after = count.right_edge.i + 1
    if count.pos_ != "NUM" or after + 1 >= c.span.end or count.doc[after].text != ",":
        return []
    return c.list_after(after + 1, limit=0)


def _subject_tokens_of(verb) -> list:
    """The verb's active subject, or the first verb's in "The alliance started with A and welcomed B"."""
    found = children(verb, "nsubj")
    return found or (children(verb.head, "nsubj") if verb.dep_ == "conj" else [])


def _named_bodies(c: EnClause, toks) -> list[Entity]:
    return [b for t in toks if (b := _named_body(c, t)) is not None]


def _among_members(copula):
    """The noun of "… are among the (founding) members" under ``copula``."""
    return next((o for p in preps(copula, "among") for o in children(p, "pobj") if o.lemma_.lower() == "member"), None)


def _named_body(c: EnClause, tok) -> Entity | None:
    """The alliance, consortium or programme a phrase names: by its name ("the K-AI Alliance") or, as "the
    alliance", the last one named whose name has that word."""
    ent = c.entity(tok)
    if ent is not None:
        return ent if is_group_body(ent) else None
    return c.named_like(tok) if tok.lemma_.lower() in BODY_NOUNS | PROGRAMME_NOUNS and c.entity(tok) is None else None


@relation_rule(RelationType.PARTICIPATES_IN, language="en", per_sentence=True)
def adds_members(c: EnClause) -> list:
    """ "The alliance added A and B as new members", "Y welcomed two new members, A and B"; into a named body:
    "X added A and B to the Y Alliance", "A and B were added to / brought into the alliance"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in ("add", "welcome", "admit", "accept", "recruit", "bring") or not is_verb(verb):
            continue
        if not c.asserted(verb):
            continue
        into = [b for p in preps(verb, "to", "into") for o in children(p, "pobj") if (b := _named_body(c, o))]
        if into and lemma in ("add", "bring", "admit", "welcome"):
            passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children) or verb.dep_ == "acl"
            joined = c.subjects(verb) if passive else [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
            for member in joined:
                for body in into:
                    if member.type.is_organization and member is not body:
                        c.add(RelationType.PARTICIPATES_IN, member, body, 0.75)
            continue
        subject_body = [b for s in _subject_tokens_of(verb) if (b := _named_body(c, s)) is not None]
        if not subject_body and not any(t.lemma_.lower() == "member" for t in verb.subtree):
            continue
        bodies = subject_body or [e for e in c.subjects(verb) if is_group_body(e)]
        members = [
            e for o in children(verb, "dobj") for e in c.with_conjuncts(o) or _counted_then_named(c, o)
        ]  # "welcomed two more, A and B"
        members = [e for e in members if e.type.is_organization and e not in bodies]
        for member in members:
            for body in bodies:
                c.add(RelationType.PARTICIPATES_IN, member, body, 0.75)
    return c.take()


@relation_rule(RelationType.PARTICIPATES_IN, language="en", per_sentence=True)
def led_body(c: EnClause) -> list:
    """ "the SK Telecom-led alliance", "a Naver-led consortium": the leader is a member of the named body."""
    doc = c.span.doc
    for tok in c.span:
        if tok.lower_ != "led" or tok.i < c.span.start + 2 or doc[tok.i - 1].text not in "-–" or not c.asserted(tok):
            continue
        leader = c.entity(doc[tok.i - 2])
        body = next(
            (
                e
                for t in doc[tok.i + 1 : min(tok.i + 6, c.span.end)]
                if (e := c.entity(t) or c.described(t)) is not None
            ),
            None,
        )
        if leader is not None and body is not None and is_group_body(body) and leader.type is not EntityType.TECHNOLOGY:
            c.add(RelationType.PARTICIPATES_IN, leader, body, 0.75)
    return c.take()


# "in collaboration with Y": work done together, whatever the verb
TOGETHER_NOUNS = {"collaboration", "partnership", "cooperation", "co-operation"}


def _in_partnership_with(c: EnClause, verb) -> list[Entity]:
    """Y of "X developed the chip in collaboration (partnership, cooperation) with Y"."""
    return [
        e
        for p in preps(verb, "in")
        for noun in children(p, "pobj")
        if noun.lemma_.lower() in TOGETHER_NOUNS and not c.unrealised(noun)
        for w in preps(noun, "with")
        for e in c.list_after(w.i + 1, limit=3)
    ]


def _opened_with(c: EnClause, verb, objects: list) -> list[Entity]:
    """Y of "X opened an AI research lab (together) with Y": a unit set up with another organisation (not one given
    another role: "launched a fund with Y as an anchor investor")."""
    if not any(o.lemma_.lower() in PART_NOUNS for o in objects) or _given_role(c, verb) is False:
        return []
    return [e for w in preps(verb, "with") for e in c.list_after(w.i + 1, limit=1) if e.type.is_organization]


def _reporter(c: EnClause, verb) -> list[Entity]:
    """The organisation that says so: "…, X said" (the saying verb's subject, which the parser hangs on ``verb``)."""
    return [
        e
        for said in (*verb.children, verb.head)
        if said.lemma_.lower() in ("say", "announce") and said.i > verb.i
        for e in c.subjects(said)
        if e.type.is_organization
    ]


def _speaking_for(c: EnClause, verb) -> list[Entity]:
    """ "X's CEO P announced a partnership with Y", "P, CEO of X, signed …": the organisation the person acts for;
    "Researchers from X and Y jointly developed …": the organisations of the people working together."""
    subject = next((t for t in verb.children if t.dep_ in SUBJECTS), None)
    if subject is None:
        return []
    found = [e for t in subject.subtree if (e := c.entity(t)) is not None and e.type.is_organization]
    if subject.lemma_.lower() in STAFF_NOUNS:
        return list({id(e): e for e in found}.values())
    return found[:1] if any(e.type is EntityType.PERSON for e in c.subjects(verb)) else []


_NOT_YET_PARTNERS = {"potential", "possible", "prospective", "likely", "former", "natural", "future", "would-be"}


def _worked_with(c: EnClause, verb) -> list[Entity]:
    """ "X will work with Y on …": organisations named themselves after "with" (not a product of theirs: "works
    with Nvidia GPUs", which the tagger may read as one name)."""
    named = [o for p in preps(verb, "with") for o in children(p, "pobj") if c.entity(o) is not None and o.tag_ != "NNS"]
    return [e for o in named for e in c.with_conjuncts(o) if e.type.is_organization]


def _partners_of(c: EnClause, verb, agreements: list) -> list[Entity]:
    """ "with Y" on the verb, or on the agreement signed ("an MOU with Y", "a memorandum of understanding with Y")."""
    withs = preps(verb, "with") + [p for a in agreements for p in a.subtree if _on_noun(p, a)]
    return [e for p in withs for e in c.list_after(p.i + 1, limit=4)]


def _on_noun(prep, noun) -> bool:
    """Whether ``prep`` is a "with" of ``noun``'s own phrase, not of a clause inside it."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    node = prep.head
    while node.i != noun.i:
        if is_verb(node) or node.head.i == node.i:
            return False
        node = node.head
    return True


def _own_unit(c: EnClause, owner: Entity, unit: Entity) -> bool:
    """The unit is written as the owner's own in the sentence ("Alibaba's DAMO Academy"): no partner of it."""
    return any(t.dep_ == "poss" and c.entity(t) is owner and c.entity(t.head) is unit for t in c.span)


# what partners may be partners of, rather than of one another ("technology partners of the Y project")
_PROJECT_NOUNS = {"project", "programme", "program", "initiative", "mission", "scheme", "plan", "consortium"}


def _partnered_in(verb) -> list:
    """The prepositions after "partners" in "A and B are (the founding) partners of (in) X"."""
    return [p for a in children(verb, "attr") if a.lemma_.lower() == "partner" for p in preps(a, "of", "in", "on")]


@relation_rule(RelationType.PARTNERS_WITH, language="en", per_sentence=True)
def licenses(c: EnClause) -> list:
    """ "X licensed its platform to Y", "Y licensed the design from X", "X licensed Y's chip technology" (the model
    developed by Y): rights to another's work, a partnership (as "a licensing agreement with Y")."""
    for verb in c.span:
        if verb.lemma_.lower() not in ("license", "licence") or not is_verb(verb) or not c.asserted(verb):
            continue
        sides = [e for e in c.subjects(verb) if e.type.is_organization]
        others = [e for p in preps(verb, "to", "from") for e in c.list_after(p.i + 1, limit=3)]
        others += [e for o in children(verb, "dobj") for poss in children(o, "poss") if (e := c.np_entity(poss))]
        others += [  # "licensed the model developed (built) by X": the maker's work
            e
            for o in children(verb, "dobj")
            for made in children(o, "acl")
            if made.tag_ == "VBN"
            for e in c.agents(made, limit=2)
        ]
        for a in sides:
            for b in others:
                if b.type.is_organization and b is not a:
                    c.add(RelationType.PARTNERS_WITH, a, b, 0.8)
    return c.take()


@relation_rule(RelationType.PARTNERS_WITH, language="en", per_sentence=True)
def partnership(c: EnClause) -> list:
    """ "X partnered with Y", "X and Y signed an MOU / announced a joint venture", "will jointly develop",
    "agreed to co-develop", "X and Y opened a joint research centre"; not one planned ("plans to partner")."""
    for verb in c.span:
        if not is_verb(verb) or not c.asserted(verb) or planned(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma in ENDING_VERBS:
            continue  # "X and Y ended their partnership"
        objects = children(verb, "dobj")
        # "entered into a partnership with Y": the agreement is the object of "into"
        entered = [o for p in preps(verb, "into") for o in children(p, "pobj")] if lemma == "enter" else []
        # "announced a partnership to develop …": the parser may take the object for the infinitive's subject
        purposed = [
            n
            for ch in verb.children
            if ch.dep_ in ("ccomp", "xcomp") and any(a.lower_ == "to" for a in ch.children)
            for n in children(ch, "nsubj")
        ]
        agreements = [
            o
            for o in objects + entered + purposed
            if o.lemma_.lower() in PARTNER_NOUNS - {"agreement", "venture", "alliance"}
            or is_joint_venture(o)
            or (o.lemma_.lower() in DEAL_WORDS and any(t.lower_ in AGREEMENT_KINDS for t in o.subtree))
            # "a technology transfer agreement with Y": a licence by another name (not a share transfer)
            or (
                o.lemma_.lower() in DEAL_WORDS
                and any(t.lower_ == "transfer" and t.i > 0 and t.nbor(-1).lower_ == "technology" for t in o.subtree)
            )
            # "an alliance with Y"; "X and Y forged (formed, expanded) an alliance": an unnamed tie, no body joined
            or (
                o.lemma_.lower() == "alliance"
                and (
                    (lemma in _ALLIANCE_VERBS and c.entity(o) is None and not o.is_title)
                    or any(_on_noun(p, o) for p in o.subtree)
                )
            )
            or (
                o.lemma_.lower() in DEAL_WORDS  # "an agreement with Y to cooperate on … / a deal to co-develop …"
                and any(
                    t.lemma_.lower() in PARTNER_VERBS | JOINT_WORK
                    and (
                        t.dep_ in ("acl", "relcl") or (t.dep_ == "advcl" and any(a.lower_ == "to" for a in t.children))
                    )
                    for t in (*o.children, *verb.children)  # the parser may hang the purpose on the verb
                )
            )
        ]
        if any(c.unrealised(o) for o in agreements):
            continue  # "announced a proposed (planned) joint venture with Y": not yet agreed
        agreed = bool(agreements)
        jointly = lemma in JOINT_WORK and (
            any(t.lower_ in ("jointly", "together") and t.dep_ == "advmod" for t in verb.children)
            or c.co_prefixed(verb)  # "co-develop"
        )
        forces = lemma in ("join", "combine") and any(
            o.lower_ in ("forces", "hands") for o in objects
        )  # "X joined forces / hands with Y"
        joint = any(  # "a joint lab", "a joint battery research center", not "a joint statement"
            t.lower_ == "joint" and t.dep_ == "amod" and t.i < o.i and o.lemma_.lower() not in JOINT_WORDS_ONLY
            for o in objects
            for t in o.subtree
        )
        together = _in_partnership_with(c, verb) + _opened_with(c, verb, objects) if lemma in JOINT_WORK else []
        together = together or (_worked_with(c, verb) if lemma == "work" else [])
        # "X and Y have been partners since 2021" (not "were partners", "were potential partners")
        partners = (
            lemma in ("be", "become")
            and verb.tag_ != "VBD"
            and any(
                a.lemma_.lower() == "partner" and not any(m.lower_ in _NOT_YET_PARTNERS for m in a.children)
                for a in children(verb, "attr")
            )
        )
        if not (lemma in PARTNER_VERBS or agreed or jointly or forces or joint or together or partners):
            continue
        partnered_in = _partnered_in(verb) if partners else []
        named_after = [e for p in partnered_in for e in c.list_after(p.i + 1, limit=3)]
        # "partners in Stargate, a joint venture": its members, as of a named alliance
        inside = [e for p in partnered_in if p.lower_ != "of" for e in c.list_after(p.i + 1, limit=3)]
        if (bodies := [e for e in named_after if is_group_body(e) or e in inside]) or any(
            o.lemma_.lower() in _PROJECT_NOUNS for p in partnered_in for o in children(p, "pobj")
        ):
            for member in [e for e in c.subjects(verb) if e.type.is_organization]:
                for body in bodies:
                    c.add(RelationType.PARTICIPATES_IN, member, body, 0.8)
            # "A, B and C are the founding partners of the AI Infrastructure Partnership": its members; "technology
            # partners of the Stargate Korea project": the project's, not one another's
            continue
        if objects and any((e := c.entity(t)) is not None and is_group_body(e) for t in objects[0].subtree):
            continue  # a named alliance is an establishment (ESTABLISHED / PARTICIPATES_IN)
        # "Y was developed by X in collaboration with Z": the maker worked with Z, not the thing made
        makers = [e for a in children(verb, "agent") for e in c.list_after(a.i + 1)] if together else []
        sides = [e for e in makers or c.subjects(verb) if e.type.is_organization] or _speaking_for(c, verb)
        if together and not sides and any(t.dep_ == "auxpass" for t in verb.children):
            sides = _reporter(c, verb)  # "The chip was developed in collaboration with Y, X said"
        # "A and B are partners of Y": each of them Y's
        others = [e for e in together or _partners_of(c, verb, agreements) or named_after if e.type.is_organization]
        pairs = [(a, b) for a in sides for b in others] if others else list(combinations(sides, 2))
        for a, b in pairs:
            if not _own_unit(c, a, b) and not _own_unit(c, b, a):  # "Tsinghua and Alibaba's DAMO Academy"
                c.add(RelationType.PARTNERS_WITH, a, b, 0.8)
    for noun in c.span:  # "The partnership between X and Y will focus on …" (not "talks on a partnership between")
        if (
            noun.lemma_.lower() in BETWEEN_NOUNS
            and noun.pos_ == "NOUN"
            and noun.head.lemma_.lower() not in ENDING_VERBS
            and not c.unrealised(noun)
            and c.asserted(noun)
        ):
            sides = [
                e
                for p in children(noun, "prep")
                if p.lower_ == "between"
                for o in children(p, "pobj")
                for e in c.with_conjuncts(o)
            ]
            # "deepening the two companies' partnership": the two of the latest deal, or the last two named
            sides += [e for p in children(noun, "poss") for e in c.group_members(p)]
            for a, b in combinations([e for e in sides if e.type.is_organization], 2):
                c.add(RelationType.PARTNERS_WITH, a, b, 0.75)
            # "X's partnership with Y covers …": the owner's, with the one named after "with"
            owners = [e for p in children(noun, "poss") if (e := c.np_entity(p)) is not None]
            withs = [e for p in children(noun, "prep") if _on_noun(p, noun) for e in c.list_after(p.i + 1, limit=4)]
            for a in (e for e in owners if e.type.is_organization):
                for b in (e for e in withs if e.type.is_organization and e is not a):
                    c.add(RelationType.PARTNERS_WITH, a, b, 0.75)
    return c.take()
