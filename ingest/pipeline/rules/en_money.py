"""English money rules: investments, funding rounds, stakes and acquisitions, from the parse.

- "X will invest $N in Y / in AI chips over five years"  -> INVESTED_IN X->Y with money and period
- "Y raised $N in a round led by X, with participation from Z" -> INVESTED_IN X->Y (lead) and Z->Y
- "X and its affiliate Z shelled out $A and $B, respectively" -> one amount per investor
- "X acquired a 10% stake in Y" -> INVESTED_IN; "a controlling / majority stake" -> ACQUIRED
- "X acquires Y for $N", "X's acquisition of Y" -> ACQUIRED with the price paid
- "X-backed Y" -> INVESTED_IN X->Y

A sum is put on a fact only when it is that investor's own (a round's total is not,
unless one investor is named; several joint investors share only the period).
"""
from __future__ import annotations

import re

from aigraph.graph.model import EntityType, RelationType
from aigraph.ingest.pipeline.english.clause import EnClause, children, is_verb, phrasal, preps
from aigraph.ingest.pipeline.normalise import parse_money_en
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule

INVEST_VERBS = {"invest", "inject", "pour", "plow", "pump", "commit", "pledge", "earmark", "allocate"}
CONTRIBUTE_VERBS = {"shell", "contribute", "chip", "put", "invest"}
ROUND_VERBS = {"raise", "secure", "close", "receive", "land", "attract", "bag", "complete", "get", "draw"}
ROUND_NOUNS = {"round", "funding", "investment", "financing", "capital", "series", "money", "fund"}
ACQUIRE_VERBS = {"acquire", "buy", "purchase", "absorb"}
HOLD_VERBS = {"hold", "retain", "own", "keep"}
ACQUIRE_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
STAKE_NOUNS = {"stake", "interest", "share", "shares", "equity", "holding"}
CONTROL_WORDS = {"controlling", "majority", "control", "100", "entire", "full", "whole", "all"}
HOLDER_NOUNS = {"shareholder", "investor", "stakeholder", "owner"}
UNIT_NOUNS = {"business", "businesses", "unit", "division", "operations", "assets", "arm"}
_CLAUSES = {"relcl", "advcl", "ccomp", "conj", "parataxis"}


def _in_targets(c: EnClause, verb) -> list[Entity]:
    """Y of "invest … in Y": the entities after "in"/"into" under the verb (not in a nested clause)."""
    own = _own_tokens(verb)
    for tok in own:
        if tok.lower_ in ("in", "into") and tok.dep_ == "prep" and (tok.head.dep_ != "pobj" or tok.head.lemma_.lower() in ROUND_NOUNS):
            found = [e for e in c.list_after(tok.i + 1) if e.type is not EntityType.PERSON]
            if found:
                return found
            objs = children(tok, "pobj")
            if objs and (tech := c.technology(objs[0])) is not None:
                return [tech]
            if objs and (described := c.described(objs[0])) is not None:  # "in the startup": the company just named
                return [described]
    # "… in Japan over two years to expand its cloud infrastructure": the purpose names the technology
    for clause in [ch for t in own for ch in t.children if ch.dep_ in ("xcomp", "advcl", "acl") and ch.i > verb.i]:
        for obj in children(clause, "dobj"):
            if (tech := c.technology(obj)) is not None:
                return [tech]
    return []


def _own_tokens(verb) -> list:
    """The verb's subtree without nested clauses (their arguments are not the verb's)."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [ch for ch in tok.children if ch.dep_ not in _CLAUSES and not (ch.dep_ == "xcomp" and ch.lemma_ != "become")]
    return sorted(out, key=lambda t: t.i)


def _money_tokens(verb) -> list:
    """Tokens of the verb's own clause that may state its sum (not a valuation or a round total)."""
    toks = _own_tokens(verb)
    text_before = {t.i: verb.doc[max(0, t.i - 3) : t.i].text.lower() for t in toks}
    return [t for t in toks if "valued at" not in text_before[t.i] and "valuation" not in text_before[t.i]]


def _share_money(c: EnClause, investors: list[Entity], tokens) -> list[dict]:
    """Per-investor properties: the clause's sum for one investor; "A and B … $x and $y, respectively"."""
    props = c.money(tokens)
    if len(investors) == 1:
        return [props]
    clause = sorted({t.i: t for tok in tokens for t in tok.subtree}.values(), key=lambda t: t.i) if tokens else []
    amounts = parse_money_en(" ".join(t.text for t in clause))
    if "respectively" in c.sentence.text and len(amounts) == len(investors):
        return [{"amount": a.amount, "currency": a.currency} for a in amounts]
    shared = {k: v for k, v in props.items() if k in ("period_years", "start_date", "end_date")}
    return [shared] * len(investors)


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def invests_in(c: EnClause) -> list:
    """ "X (will) invest(s) $N in Y", "investing €N to become the largest shareholder in Y"."""
    for verb in c.span:
        if verb.lemma_.lower() not in INVEST_VERBS or not is_verb(verb) or not c.asserted(verb):
            continue
        investors = [e for e in c.subjects(verb) if e.type is not EntityType.TECHNOLOGY]
        targets = _in_targets(c, verb)
        if not targets and verb.dep_ == "conj" and verb.head.lemma_.lower() in INVEST_VERBS:
            targets = _in_targets(c, verb.head)  # "A has invested $2 billion in Y, and B has committed $4 billion"
        if not investors or not targets:
            continue
        for investor, props in zip(investors, _share_money(c, investors, _money_tokens(verb))):
            for target in targets:
                c.add(RelationType.INVESTED_IN, investor, target, 0.85, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def round_contribution(c: EnClause) -> list:
    """ "…a $100 million round, for which X and Z shelled out $30 million and $20 million, respectively"."""
    for verb in c.span:
        if verb.lemma_.lower() not in CONTRIBUTE_VERBS or verb.dep_ != "relcl" or not c.asserted(verb):
            continue
        noun = verb.head
        if noun.lemma_.lower() not in ROUND_NOUNS or _in_targets(c, verb):
            continue
        recipients = c.subjects(noun.head) if noun.dep_ in ("dobj", "attr") else []
        investors = c.subjects(verb)
        for investor, props in zip(investors, _share_money(c, investors, _own_tokens(verb))):
            for recipient in recipients:
                c.add(RelationType.INVESTED_IN, investor, recipient, 0.8, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def funding_round(c: EnClause) -> list:
    """ "Y raised $N in a Series B led by X, with participation from Z and W" (lead marked)."""
    for verb in c.span:
        if verb.lemma_.lower() not in ROUND_VERBS or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or not any(t.lemma_.lower() in ROUND_NOUNS or t.ent_type_ == "MONEY" for t in objects[0].subtree):
            continue
        recipients = [e for e in c.subjects(verb) if e.type.is_organization]
        if not recipients:
            continue
        investors: list[tuple[Entity, bool]] = []
        for tok in c.span:
            if tok.lower_ == "by" and tok.head.lemma_.lower() in ("lead", "back"):
                investors += [(e, True) for e in c.list_after(tok.i + 1)]
            elif tok.lower_ in ("from", "including") and tok.i > verb.i:
                investors += [(e, False) for e in c.list_after(tok.i + 1)]
            elif tok.lower_ == "to" and (tok.head.lemma_.lower() in ("allotment", "share", "shares", "stock", "placement") or (
                tok.head.i == verb.i and any(t.lemma_.lower() in ("allotment", "placement") for t in verb.subtree)
            )):
                investors += [(e, False) for e in c.list_after(tok.i + 1)]  # "a third-party allotment of shares to X, Y"
        investors = [(e, lead) for e, lead in investors if e not in recipients]
        c.disc.deal_target = recipients[0]
        props = c.money(_money_tokens(verb)) if len({id(e) for e, _ in investors}) == 1 else {}
        for investor, lead in investors:
            c.add(RelationType.INVESTED_IN, investor, recipients[0], 0.8, **props, lead=True if lead else None)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def leads_round(c: EnClause) -> list:
    """ "X led the $N Series B round in Y" (lead marked; the round's total is not X's own sum)."""
    for verb in c.span:
        if verb.lemma_.lower() not in ("lead", "co-lead", "join") or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or objects[0].lemma_.lower() not in ROUND_NOUNS | {"series"}:
            continue
        targets = _in_targets(c, verb)
        for investor in c.subjects(verb):
            for target in targets:
                c.add(RelationType.INVESTED_IN, investor, target, 0.8, lead=True if verb.lemma_.lower() != "join" else None)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def round_members(c: EnClause) -> list:
    """The round of the company just named: "The round was led by X", "Investors include X and Y",
    "X participated in the round (for Y)", "with Z also participating"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if not is_verb(verb) or not c.asserted(verb):
            continue
        subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        subject_word = subjects[0].lemma_.lower() if subjects else ""
        investors: list[tuple[Entity, bool]] = []
        if lemma in ("lead", "join") and subject_word in ROUND_NOUNS:
            investors = [(e, lemma == "lead") for e in c.agents(verb, limit=8)]
            investors += [  # "…, with participation from X and Y"
                (e, False) for t in c.span if t.lower_ == "from" and t.head.lemma_.lower() == "participation"
                for e in c.list_after(t.i + 1)
            ]
        elif lemma == "include" and subject_word in ("investor", "backer", "participant"):
            investors = [(e, False) for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
        elif lemma == "be" and subject_word in ("investor", "backer", "participant"):  # "The new investors are A, B"
            investors = [(e, False) for o in children(verb, "attr") for e in c.with_conjuncts(o)]
        elif lemma == "take" and any(o.lower_ == "part" for o in verb.children) and any(
            t.lemma_.lower() in ROUND_NOUNS for p in preps(verb, "in") for t in p.subtree
        ):
            investors = [(e, False) for e in c.subjects(verb)]
        elif lemma == "participate" and any(t.lemma_.lower() in ROUND_NOUNS for p in preps(verb, "in") for t in p.subtree):
            investors = [(e, False) for e in c.subjects(verb)]
        target = next((e for p in preps(verb, "in") for t in p.subtree if t.lower_ == "for" for e in c.list_after(t.i + 1)), None)
        target = target or c.disc.deal_target
        for investor, lead in investors:
            c.add(RelationType.INVESTED_IN, investor, target, 0.75, lead=True if lead else None)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def investment_noun(c: EnClause) -> list:
    """ "X made a $N investment in Y", "X's $N investment in Y", "an investment in Y by X"."""
    for noun in c.span:
        if noun.lemma_.lower() != "investment" or noun.pos_ != "NOUN" or not c.asserted(noun):
            continue
        targets = [e for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ("in", "into") for e in c.list_after(p.i + 1)][:1]
        techs = [t for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ("in", "into") for o in children(p, "pobj") if (t := c.technology(o))]
        targets = targets or techs[:1]
        investors = [e for p in children(noun, "prep") if p.lower_ == "by" for e in c.list_after(p.i + 1)]
        investors += [e for poss in children(noun, "poss") if (e := c.np_entity(poss)) is not None]
        if not investors and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("make", "announce", "complete", "finalize", "approve"):
            investors = c.subjects(noun.head)
        props = c.money([t for t in noun.subtree if t.i < noun.i])
        for investor in investors:
            for target in targets:
                c.add(RelationType.INVESTED_IN, investor, target, 0.8, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def spends_on(c: EnClause) -> list:
    """ "X will spend $N on AI semiconductors through 2030": a commitment into a technology (not a purchase from a company)."""
    for verb in c.span:
        if verb.lemma_.lower() != "spend" or not is_verb(verb) or not c.asserted(verb):
            continue
        techs = [t for p in _own_tokens(verb) if p.lower_ == "on" and p.dep_ == "prep" for o in children(p, "pobj") if (t := c.technology(o)) is not None]
        if not techs:
            continue
        spenders = c.subjects(verb)
        for spender, props in zip(spenders, _share_money(c, spenders, _money_tokens(verb))):
            for tech in techs:
                c.add(RelationType.INVESTED_IN, spender, tech, 0.75, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def backed_by(c: EnClause) -> list:
    """ "Microsoft-backed OpenAI", "Y is backed / funded by X", "Y, which is backed by X": the backer invested."""
    doc = c.span.doc
    for verb in c.span:
        if verb.lemma_.lower() in ("back", "fund") and verb.tag_ in ("VBD", "VBZ", "VBP") and c.asserted(verb):
            for backer in c.subjects(verb):  # active: "SoftBank backed Upstage in 2021"
                for company in [e for o in children(verb, "dobj") for e in c.with_conjuncts(o) if e.type.is_organization]:
                    c.add(RelationType.INVESTED_IN, backer, company, 0.75)
            continue
        if verb.lower_ not in ("backed", "funded") or verb.tag_ != "VBN" or not c.asserted(verb):
            continue
        backers = c.agents(verb, limit=8)
        backed = c.subjects(verb) if verb.dep_ != "acl" else c.with_conjuncts(verb.head)
        for backer in backers:
            for company in backed:
                if company not in backers:
                    c.add(RelationType.INVESTED_IN, backer, company, 0.75)
    for tok in c.span:
        if tok.lower_ != "backed" or tok.i < c.span.start + 2 or doc[tok.i - 1].text not in "-–":
            continue
        backer, backed = c.entity(doc[tok.i - 2]), c.list_after(tok.i + 1, limit=3)
        if backer is not None and backed and c.asserted(tok):
            c.add(RelationType.INVESTED_IN, backer, backed[0], 0.75)
    return c.take()


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def acquires(c: EnClause) -> list:
    """ "X acquires Y for $N", "X will buy Z's unit", "take over"; stakes: control -> ACQUIRED, else INVESTED_IN."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if not is_verb(verb) or not (lemma in ACQUIRE_VERBS or (lemma == "take" and phrasal(verb, "over"))):
            continue
        if not c.asserted(verb):
            continue
        price = c.money([t for p in preps(verb, "for") for t in p.subtree])
        date = c.date()
        agents = c.agents(verb)
        if agents:  # "Y was acquired by X", "Y, acquired by X in 2014"
            acquired = c.with_conjuncts(verb.head) if verb.dep_ == "acl" else c.subjects(verb)
            for buyer in agents[:1]:
                for target in acquired:
                    c.add(RelationType.ACQUIRED, buyer, target, 0.85, **price, date=date)
            continue
        buyers = c.subjects(verb)
        objects = children(verb, "dobj")
        if not buyers or not objects:
            continue
        obj = objects[0]
        if obj.lemma_.lower() in STAKE_NOUNS or obj.lower_ in ("percent", "%"):
            targets = _in_targets(c, verb) or [e for p in preps(verb, "of") for e in c.list_after(p.i + 1)]
            targets = targets or ([c.disc.deal_target] if c.disc.deal_target is not None else [])
            control = any(t.lower_ in CONTROL_WORDS for t in obj.subtree) or "management rights" in c.sentence.text or any(
                t.like_num and t.text.replace(".", "", 1).isdigit() and float(t.text) > 50 for t in obj.subtree
            )
            rtype = RelationType.ACQUIRED if control else RelationType.INVESTED_IN
            for buyer, props in zip(buyers, _share_money(c, buyers, _money_tokens(verb))):
                for target in targets:
                    c.add(rtype, buyer, target, 0.85, **props, date=date if rtype is RelationType.ACQUIRED else None)
            continue
        unit = c.unit_entity(obj) if obj.lemma_.lower() in UNIT_NOUNS and c.entity(obj) is None else None
        targets = [unit] if unit is not None else c.with_conjuncts(obj)
        for buyer in buyers:
            for target in targets:
                c.add(RelationType.ACQUIRED, buyer, target, 0.85, **price, date=date)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def holds_stake(c: EnClause) -> list:
    """ "A and B will hold 80 percent of the firm's shares", "X retains the remaining 20 percent": shareholders
    of the company the article's deal is about (or the one named)."""
    for verb in c.span:
        if verb.lemma_.lower() not in HOLD_VERBS or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or not (objects[0].lower_ in ("percent", "%") or objects[0].lemma_.lower() in STAKE_NOUNS):
            continue
        if not any(t.like_num for t in objects[0].subtree):
            continue
        targets = _in_targets(c, verb) or [e for t in objects[0].subtree if t.lower_ == "of" for e in c.list_after(t.i + 1, limit=4)]
        targets = [e for e in targets if e.type.is_organization] or ([c.disc.deal_target] if c.disc.deal_target is not None else [])
        for holder in c.subjects(verb):
            for target in targets:
                c.add(RelationType.INVESTED_IN, holder, target, 0.75)
    return c.take()


INCREASE_VERBS = {"increase", "raise", "boost", "expand", "lift", "up"}
_CONTROL_PHRASES = ("management rights", "management control", "controlling", "majority", "subsidiary")


def _controls(text: str) -> bool:
    """A stake that gives control: management rights, a majority, a subsidiary, or above 50 percent."""
    low = text.lower()
    if any(p in low for p in _CONTROL_PHRASES):
        return True
    return any(float(m.group(1)) > 50 for m in re.finditer(r"\bto (\d+(?:\.\d+)?)\s?(?:percent|%)", low))


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def raises_stake(c: EnClause) -> list:
    """ "X will raise its stake in Y to 35 percent, securing management rights": more shares (INVESTED_IN,
    with the sum of the clause that pays for it) and, when that gives control, ACQUIRED."""
    for verb in c.span:
        if verb.lemma_.lower() not in INCREASE_VERBS or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or objects[0].lemma_.lower() not in STAKE_NOUNS:
            continue
        targets = _in_targets(c, verb)
        buyers = c.subjects(verb)
        payer = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in ("spend", "pay", "invest") else verb
        props = c.money(_money_tokens(payer))
        control = _controls(c.sentence.text)
        for buyer in buyers:
            for target in targets:
                c.add(RelationType.INVESTED_IN, buyer, target, 0.8, **props)
                if control:
                    c.add(RelationType.ACQUIRED, buyer, target, 0.75, date=c.date())
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def shareholder_of(c: EnClause) -> list:
    """ "X becomes the largest shareholder of Y", "X, a major investor in Y, …"."""
    for noun in c.span:
        if noun.lemma_.lower() not in HOLDER_NOUNS - {"owner"} or noun.pos_ != "NOUN":
            continue
        targets = [e for p in children(noun, "prep") if p.lower_ in ("of", "in") for e in c.list_after(p.i + 1, limit=3)]
        if noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in ("be", "become", "remain"):
            if not c.asserted(noun.head):
                continue
            holders = c.subjects(noun.head)
        elif noun.dep_ == "appos":
            holders = [e for e in [c.np_entity(noun.head)] if e is not None]
        else:
            continue
        for holder in holders:
            for target in targets[:1]:
                if target.type.is_organization:
                    c.add(RelationType.INVESTED_IN, holder, target, 0.75)
    return c.take()


@relation_rule(RelationType.AFFILIATE_OF, language="en", per_sentence=True)
def made_subsidiary(c: EnClause) -> list:
    """ "… making Y a subsidiary", "The acquisition makes Y a wholly owned subsidiary of X"."""
    for verb in c.span:
        if verb.lemma_.lower() != "make" or not is_verb(verb) or not c.asserted(verb):
            continue
        noun = next((t for t in verb.subtree if t.lemma_.lower() in ("subsidiary", "affiliate") and t.i > verb.i), None)
        if noun is None:
            continue
        members = [e for t in c.span.doc[verb.i + 1 : noun.i] if (e := c.entity(t) or c.described(t)) is not None][:1]
        owners = [e for p in children(noun, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1, limit=3)]
        owners = owners or [e for e in c.subjects(verb) if e.type.is_organization and e not in members]
        for member in members:
            for owner in owners[:1]:
                c.add(RelationType.AFFILIATE_OF, member, owner, 0.75)
    return c.take()


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def acquisition_noun(c: EnClause) -> list:
    """ "X's acquisition of Y", "X completed its $N purchase of Y", "the acquisition of Y by X"."""
    for noun in c.span:
        if noun.lemma_.lower() not in ACQUIRE_NOUNS or noun.pos_ != "NOUN" or not c.asserted(noun):
            continue
        targets = [e for p in children(noun, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1)]
        buyers = [e for p in children(noun, "prep") if p.lower_ == "by" for e in c.list_after(p.i + 1)]
        for poss in children(noun, "poss"):
            ent = c.np_entity(poss)
            buyers += [ent] if ent is not None else []
        if not buyers and noun.dep_ in ("dobj",) and noun.head.lemma_.lower() in ("complete", "finalize", "announce", "close"):
            buyers = c.subjects(noun.head)
        props = c.money([t for t in noun.subtree if t.i < noun.i] + [t for p in preps(noun, "for") for t in p.subtree])
        for buyer in buyers:
            for target in targets:
                if target.type is not EntityType.PERSON:
                    c.add(RelationType.ACQUIRED, buyer, target, 0.8, **props)
    return c.take()
