"""English money rules: investments, funding rounds, stakes and acquisitions, from the parse.

- "X will invest $N in Y / in AI chips over five years"  -> INVESTED_IN X->Y with money and period
- "Y raised $N in a round led by X, with participation from Z" -> INVESTED_IN X->Y (lead) and Z->Y
- "X and its affiliate Z shelled out $A and $B, respectively" -> one amount per investor
- "X acquired a 10% stake in Y" -> INVESTED_IN; "a controlling / majority stake" -> ACQUIRED
- "X has a 20% stake in Y", "X's stake in Y", "Y sold new shares to X", "Y brought in X as an investor" -> INVESTED_IN
- "X acquires Y for $N", "X's acquisition of Y", "Y was merged into X" -> ACQUIRED with the price paid
- "X-backed Y", "X has backed Y" -> INVESTED_IN X->Y

A sum is put on a fact only when it is that investor's own (a round's total is not,
unless one investor is named; several joint investors share only the period).
"""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.english.clause import (
    SUBJECTS,
    EnClause,
    children,
    is_investor_described,
    is_verb,
    phrasal,
    planned,
    preps,
)
from aigraph.ingest.pipeline.english.lexicon import (
    ACQUIRE_VERBS,
    ASSET_NOUNS,
    HELD_BODY_NOUNS,
    INVESTOR_NOUNS,
    LEAD_PARTICIPLES,
    ROUND_NOUNS,
    STAKE_NOUNS,
)
from aigraph.ingest.pipeline.normalise import parse_money_en, round_series
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.en_structure import ENDING_VERBS

FOUNDING_VERBS = {"establish", "found", "form", "create", "set", "launch"}
# money handed to a body ("provide / grant N to Y"), or a body funded with it ("fund / back Y with N")
GIVE_VERBS = {"provide", "grant", "give", "award", "allocate", "earmark", "disburse", "extend"}
GRANT_NOUNS = {"grant", "funding", "subsidy", "investment", "capital", "backing"}  # not loans: debt is no stake
DEBT_NOUNS = {"loan", "credit", "debt", "bond", "guarantee", "lending"}  # money lent is no stake
FUND_VERBS = {"fund", "finance", "back", "support", "subsidize", "subsidise", "bankroll"}
INVEST_VERBS = {
    "invest",
    "inject",
    "pour",
    "plow",
    "plough",
    "pump",
    "funnel",
    "commit",
    "pledge",
    "earmark",
    "allocate",
}
LAUNCH_VERBS = {"emerge", "launch", "debut", "exit", "come"}  # "Y emerged from stealth with $N from X"
CONTRIBUTE_VERBS = {"shell", "contribute", "chip", "put", "invest"}
ROUND_VERBS = {
    "raise",
    "secure",
    "close",
    "receive",
    "land",
    "attract",
    "bag",
    "nab",
    "snag",
    "complete",
    "get",
    "draw",
    "announce",
    "pick",
    "win",  # "won a $5 million government grant from the ministry": with a round's or a grant's noun only
    "obtain",
    "earn",
}
# won, obtained or earned money is funding only when the object says so ("won a contract / a prize" is none)
EARNED_VERBS = {"win", "obtain", "earn"}
# money a company is paid or lent ("received a $5 million order / loan from X"): no stake
COMMERCE_NOUNS = {"order", "contract", "payment", "fee", "revenue", "sale", "prize", "award", "fine", "settlement"}
HOLD_VERBS = {"hold", "retain", "own", "keep", "have"}  # "X has a 20 percent stake in Y"
# a stake a filing discloses or an investor builds: "disclosed a 5.3% stake in Y", "has built a 6% stake in Y"
_DISCLOSED_HOLDING = {"disclose", "reveal", "report", "build", "amass", "accumulate"}
ACQUIRE_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
# "100 percent": by its size; "the remaining shares / stake": the rest, which leaves the buyer the whole
CONTROL_WORDS = {"controlling", "majority", "control", "entire", "full", "whole", "all", "remaining", "outstanding"}
HOLDER_NOUNS = {"shareholder", "investor", "stakeholder", "owner"}
UNIT_NOUNS = {"business", "businesses", "unit", "division", "operations", "assets", "arm"}
_CLAUSES = {"relcl", "advcl", "ccomp", "conj", "parataxis"}


PERIOD_NOUNS = {"year", "month", "week", "decade", "quarter", "period"}


def _period(noun) -> bool:
    """ "over the next 20 years", "for five years": a period the parser hangs the money's "in Y" on (it is the verb's)."""
    return noun.lemma_.lower() in PERIOD_NOUNS and noun.head.lower_ in ("over", "for", "during", "within")


def _which_described(c: EnClause, verb) -> list[Entity]:
    """What "in which" stands for: the names the relative clause follows, or, when its own subject is among them
    ("a joint venture of A and B, in which B holds 60%"), the noun that list belongs to (B's stake is in the
    venture; a venture a copula names: "Y is a joint venture of …")."""
    named = [e for e in c.with_conjuncts(verb.head) if e.type.is_organization]
    if not any(e in named for e in c.subjects(verb)):
        return named
    node = verb.head
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return []
    noun = node.head.head
    if noun.dep_ == "attr":
        return [e for e in c.subjects(noun.head) if e.type.is_organization]
    return [e] if (e := c.entity(noun)) is not None else []


# what money spent buys from a company, written as its possession ("Y's cloud services", "Y's tools")
_GOODS = {
    "service",
    "tool",
    "product",
    "cloud",
    "platform",
    "software",
    "chip",
    "system",
    "model",
    "solution",
    "offering",
    "hardware",
    "gpu",
    "license",
    "licence",
    "subscription",
}


def _spent_on_goods(prep) -> bool:
    """The object of "in" is an activity ("in deploying Y's tools") or a company's goods ("in Y's cloud and AI
    services"): money spent with the company, no stake in it."""
    objects = [t for t in prep.children if t.dep_ in ("pobj", "pcomp")]
    if any(o.tag_ == "VBG" and o.dep_ == "pcomp" for o in objects):
        return True
    nouns = [n for o in objects for n in (o, *o.conjuncts)]
    return bool(nouns) and any(children(o, "poss") for o in objects) and all(n.lemma_.lower() in _GOODS for n in nouns)


def _in_targets(c: EnClause, verb) -> list[Entity]:
    """Y of "invest … in Y": the entities after "in"/"into" under the verb (not in a nested clause), or the
    noun a relative clause opened by "in which" describes ("Y, in which X holds a 20% stake")."""
    if verb.dep_ == "relcl" and any(
        p.lower_ == "in" and any(w.lower_ == "which" for w in children(p, "pobj")) for p in verb.children
    ):
        return _which_described(c, verb)
    own = _own_tokens(verb)
    for tok in own:
        if tok.lower_ in ("in", "into") and tok.dep_ == "prep" and _spent_on_goods(tok):
            return []  # "invest $1.1 billion in Microsoft's cloud services", "in deploying Y's tools": bought, no stake
        if (
            tok.lower_ in ("in", "into")
            and tok.dep_ == "prep"
            # "invested $N for a 15% stake in Y": the stake bought names the company too
            and (tok.head.dep_ != "pobj" or tok.head.lemma_.lower() in ROUND_NOUNS | STAKE_NOUNS or _period(tok.head))
            # "In 2024 A and B invested in Y": a time, however far the list after it runs
            and not any(o.ent_type_ in ("DATE", "TIME") for o in children(tok, "pobj"))
        ):
            found = [e for e in c.as_organisations(c.list_after(tok.i + 1)) if e.type is not EntityType.PERSON]
            if found:
                return found
            objs = children(tok, "pobj")
            if named := [e for o in objs for e in _examples(c, o) if e.type.is_organization]:
                return named  # "invested in more than 30 startups, including A and B"
            if objs and (tech := c.technology(objs[0])) is not None:
                return [tech]
            if objs and (described := c.described(objs[0])) is not None:  # "in the startup": the company just named
                return [described]
    # "… in Japan over two years to expand its cloud infrastructure": the purpose names the technology;
    # "invested ¥7 billion to set up X": the company the money founds
    for clause in [
        ch
        for t in own
        for ch in t.children
        if ch.dep_ in ("xcomp", "advcl", "acl", "relcl")
        and ch.i > verb.i
        and not (ch.dep_ in ("acl", "relcl") and t.lower_ in c.lex.classifiers)  # "in the startup, which designs chips"
    ]:
        if clause.lemma_.lower() in FOUNDING_VERBS and (
            founded := [
                e
                for o in children(clause, "dobj")
                for e in c.as_organisations(c.with_conjuncts(o))
                if e.type.is_organization
            ]
        ):
            return founded
        for obj in children(clause, "dobj"):
            if (tech := c.technology(obj)) is not None:
                return [tech]
        # "invested €N to become the largest shareholder in Y", "… to take a 10% stake in Y": the company held
        holds = [o for o in children(clause, "attr") if clause.lemma_ == "become" and o.lemma_.lower() in HOLDER_NOUNS]
        holds += [o for o in children(clause, "dobj") if clause.lemma_.lower() in ("take", "acquire") and _is_stake(o)]
        for noun in holds:
            if held := [e for p in preps(noun, "in", "of") for e in c.list_after(p.i + 1, limit=4)]:
                return [e for e in held if e.type.is_organization][:1]
    return []


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def founded_with_money_from(c: EnClause) -> list:
    """ "Stanford launched the Institute for Safe AI with $50 million from the Hoffman Foundation": the money that
    sets up a body, written with who gave it, is that giver's investment in the body."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in FOUNDING_VERBS | {"open"} or not is_verb(verb) or not c.asserted(verb) or planned(verb):
            continue  # (a body planned is not set up yet, nor the money in it spent)
        founded = [e for o in children(verb, "dobj") for e in c.with_conjuncts(o) if e.type.is_organization]
        for sum_ in [o for p in preps(verb, "with") for o in children(p, "pobj") if o.ent_type_ == "MONEY"]:
            froms = preps(sum_, "from") + preps(verb, "from")  # the parser hangs "from Z" on either
            givers = [e for q in froms for e in c.list_after(q.i + 1, limit=3) if e.type.is_organization]
            for giver in givers:
                for body in founded:
                    if body is not giver:
                        c.add(RelationType.INVESTED_IN, giver, body, 0.8, **c.money(list(sum_.subtree)))
    return c.take()


def _examples(c: EnClause, noun) -> list[Entity]:
    """The names a plural noun is exemplified by: "startups, including A and B", "startups such as A and B"."""
    return [
        e
        for p in children(noun, "prep")
        if p.lower_ == "including" or (p.lower_ == "as" and any(t.lower_ == "such" for t in p.lefts))
        for e in c.list_after(p.i + 1)
    ]


def _committed_to(c: EnClause, verb) -> list[Entity]:
    """ "commit / pledge / allocate / contribute $N to Y" or "to AI research": the organisation or technology the sum
    goes to."""
    lemma = verb.lemma_.lower()
    if lemma not in ("commit", "pledge", "allocate", "earmark", "dedicate", "devote", "contribute"):
        return []
    if lemma == "contribute" and not any(t.ent_type_ == "MONEY" for o in children(verb, "dobj") for t in o.subtree):
        return []  # "contributed to the success of Y", "contributed code to Y": no money given
    if lemma in ("commit", "dedicate", "devote") and not children(verb, "dobj"):
        return []  # "the group is committed to quantum computing": devotion, no sum given
    bodies = [
        e
        for p in preps(verb, "to")
        if not any(_managed_fund(o) for o in children(p, "pobj"))
        for e in c.list_after(p.i + 1, limit=3)
        if e.type.is_organization and p.i + 1 < c.span.end and p.nbor().tag_ != "VBG"
    ]
    return bodies or [t for p in preps(verb, "to") for o in children(p, "pobj") if (t := c.technology(o)) is not None]


def _managed_fund(noun) -> bool:
    """ "General Catalyst's latest fund": money committed to a firm's fund is the fund's, not a stake in the firm."""
    return noun.lemma_.lower() in ("fund", "vehicle") and bool(children(noun, "poss"))


def _own_tokens(verb) -> list:
    """The verb's subtree without nested clauses (their arguments are not the verb's)."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [
            ch for ch in tok.children if ch.dep_ not in _CLAUSES and not (ch.dep_ == "xcomp" and ch.lemma_ != "become")
        ]
    return sorted(out, key=lambda t: t.i)


# how long a sum is given for: "through 2030", "over five years", "from 2025 to 2029", "a year", "annually"
_PERIOD_PREPS = {"through", "until", "till", "by", "over", "from", "between", "during"}
_A_YEAR = re.compile(r"(?:19|20)\d\d")  # "from 2025 to 2029": the "to" of a span of years, not of a recipient


def _years(prep) -> bool:
    return any(_A_YEAR.fullmatch(o.text) for o in children(prep, "pobj"))


def _period_words(verb) -> list:
    """The verb's own words that bound or spread its sum in time (the sum is read from its object alone)."""
    return [
        t
        for t in verb.children
        if (t.dep_ == "prep" and (t.lower_ in _PERIOD_PREPS or (t.lower_ == "to" and _years(t))))
        or (t.dep_ in ("npadvmod", "advmod") and "year" in t.lower_)
    ]


DEAL_NOUNS = {"deal", "transaction", "acquisition", "agreement", "purchase", "takeover", "merger", "buyout"}
NOT_PAID = {
    "value",
    "valuation",
    "revenue",
    "sale",
    "sales",
    "capitalization",
    "capitalisation",
    "worth",
    "asset",
    "assets",
    "cap",
}


def _money_tokens(verb) -> list:
    """Tokens of the verb's own clause that may state its sum: not a valuation, revenue or assets
    ("in a deal valuing the company at $1.1 billion", "with revenue of $19 billion")."""
    toks = _own_tokens(verb)

    def prices_deal(t) -> bool:  # "in a deal valued at $1.1 billion": the price, not the company's value
        return t.lower_ == "valued" and t.head.lemma_.lower() in DEAL_NOUNS

    text_before = {t.i: verb.doc[max(0, t.i - 3) : t.i].text.lower() for t in toks}

    def describes_value(t) -> bool:
        for a in [t, *t.ancestors]:
            if a.i == verb.i or prices_deal(a):
                return False
            if a.lemma_.lower() in NOT_PAID and not (a.lemma_.lower() == "value" and a.pos_ == "NOUN"):
                return True  # "enterprise value of $6.9 billion" is a price; "valuing X at" is not
        return False

    return [
        t
        for t in toks
        if ("valued at" not in text_before[t.i] or any(prices_deal(a) for a in t.ancestors))
        and "valuation" not in text_before[t.i]
        and not describes_value(t)
    ]


def _share_money(c: EnClause, investors: list[Entity], tokens) -> list[dict]:
    """Per-investor properties: the clause's sum for one investor; "A and B … $x and $y, respectively"; "each";
    else the sum as ``round_amount`` on every investor's fact."""
    props = c.money(tokens)
    if len(investors) == 1:
        return [props]
    clause = sorted({t.i: t for tok in tokens for t in tok.subtree}.values(), key=lambda t: t.i) if tokens else []
    amounts = parse_money_en(" ".join(t.text for t in clause))
    if "respectively" in c.sentence.text and len(amounts) == len(investors):
        return [{"amount": a.amount, "currency": a.currency} for a in amounts]
    if any(t.lower_ == "each" and t.dep_ in ("advmod", "det", "npadvmod", "appos", "dep") for t in c.span):
        return [props] * len(investors)  # "A and B each invested $10 million"
    shared = {k: v for k, v in props.items() if k in ("period_years", "start_date", "end_date")}
    if "amount" in props:  # the round's total is all of theirs together: a shared property, as in Korean
        shared.update(round_amount=props["amount"], round_currency=props.get("currency"))
    return [shared] * len(investors)


def _sum_before(c: EnClause, prep) -> dict:
    """The sum written right before "from X" in a sentence that states more than one ("raised $100 million,
    including $60 million from X"): X's own; with one sum in the sentence it is the round's."""
    doc, i = c.span.doc, prep.i
    while i > c.span.start and doc[i - 1].ent_type_ == "MONEY":
        i -= 1
    if i == prep.i or sum(1 for t in c.span if t.ent_type_ == "MONEY" and t.ent_iob_ == "B") < 2:
        return {}
    return c.money(list(doc[i : prep.i]))


def _as_round_total(props: dict) -> dict:
    """A sum stated for the whole round, kept as the round's (``round_amount``), with the period it runs over."""
    kept = {k: v for k, v in props.items() if k in ("period_years", "start_date", "end_date")}
    return kept | {"round_amount": props["amount"], "round_currency": props.get("currency")}


# what one invests that is no money: "invested its reputation in Y"
_NOT_MONEY = {"reputation", "credibility", "time", "effort", "energy", "hope", "faith", "trust", "pride", "attention"}


def _no_money(obj) -> bool:
    """The object invested is no money: "its reputation", "a great deal of credibility" (the amount's noun)."""
    if obj.lemma_.lower() in ("deal", "lot", "amount"):
        obj = next((o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), obj)
    return obj.lemma_.lower() in _NOT_MONEY


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def invests_in(c: EnClause) -> list:
    """ "X (will) invest(s) $N in Y", "investing €N to become the largest shareholder in Y"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        # "Of the total, X contributed (put in, chipped in) $60 million": a share of the round just reported
        # "X tipped in (tipped $N into Y)": Australian and British news' word for putting money in
        contributes = lemma == "contribute" or (lemma in ("put", "chip", "tip") and phrasal(verb, "in"))
        if (
            not (lemma in INVEST_VERBS or (lemma in ("put", "tip") and preps(verb, "into")) or contributes)
            or not is_verb(verb)
            or not c.asserted(verb)
        ):
            continue  # "X put $300 million into Y"
        if any(_no_money(o) for o in children(verb, "dobj")):
            continue  # "has invested its reputation (a great deal of credibility) in Y": no money
        investors = [e for e in c.actors(verb) if e.type is not EntityType.TECHNOLOGY]
        # "contributed land in Osaka (cash) to the venture": what is given goes "to", the "in" says where or how
        targets = [] if lemma == "contribute" else _in_targets(c, verb)
        targets = targets or _committed_to(c, verb)
        contrasted = verb.dep_ == "advcl" and any(m.lower_ in ("while", "whereas") for m in children(verb, "mark"))
        if not targets and (verb.dep_ == "conj" or contrasted) and verb.head.lemma_.lower() in INVEST_VERBS:
            # "A has invested $2 billion in Y, and B has committed $4 billion", "…, while B has invested $13 billion"
            targets = _in_targets(c, verb.head)
        if (
            not targets
            and (lemma == "invest" or contributes)
            and c.disc.round_target is not None
            and c.disc.round_target not in investors
            and not preps(verb, "in", "into", "to")
            and "amount" in c.money(_money_tokens(verb))
        ):  # "Y raised $N. Specifically, X invested $M": X's own share of the round just reported
            targets = [c.disc.round_target]
        if not investors or not targets:
            continue
        stake = _stake_bought(verb) if len(investors) == 1 else None  # "A and B invested … for 30%": not each one's
        tokens = _money_tokens(verb)
        in_round = _sum_of_round_in(verb, tokens)
        for investor, props in zip(investors, _share_money(c, investors, tokens)):
            if in_round and "amount" in props:
                props = _as_round_total(props)  # "invested in Y's $200 million Series B": the round's size
            for target in targets:
                c.add(RelationType.INVESTED_IN, investor, target, 0.85, **props, stake_percent=stake)
        for partner in _co_investors(c, verb):  # "X invested in Y alongside (together with) Z": Z's sum is unsaid
            for target in targets:
                if partner not in investors and partner.type is not EntityType.TECHNOLOGY:
                    c.add(RelationType.INVESTED_IN, partner, target, 0.8)
    return c.take()


def _sum_of_round_in(verb, tokens: list) -> bool:
    """ "invested in Y's $200 million Series B", "invested in Y as part of a $675 million round": every sum of the
    clause (in its money ``tokens``) is written inside the round invested in, its total, not the investor's own."""
    parts = [o for p in preps(verb, "as") for o in children(p, "pobj") if o.lower_ == "part"]
    rounds = [
        o
        for p in preps(verb, "in", "into") + [q for part in parts for q in preps(part, "of")]
        for o in children(p, "pobj")
        if _is_round(o)
    ]
    sums = [t for t in tokens if t.ent_type_ == "MONEY"]
    return bool(rounds) and bool(sums) and all(any(t in r.subtree for r in rounds) for t in sums)


def _stake_bought(verb) -> float | None:
    """ "invested $N in Y for (in exchange for) a 20% stake": the size of the stake the money bought."""
    stake = next(
        (
            t
            for prep in verb.children
            if prep.dep_ == "prep"
            for t in prep.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "for" and t.lemma_.lower() in STAKE_NOUNS
        ),
        None,
    )
    return _stake_percent(stake) if stake is not None else None


def _co_investors(c: EnClause, verb) -> list[Entity]:
    """Who invested too: "alongside Z", "together with Z", "co-invested … with Z" (a bare "with" is no partner
    otherwise: "invested in Y with a focus on robots")."""
    found = [e for p in preps(verb, "alongside") for e in c.list_after(p.i + 1, limit=3)]
    found += [
        e
        for p in preps(verb, "with")
        if c.co_prefixed(verb) or p.doc[p.i - 1].lower_ in ("together", "along", "jointly")
        for e in c.list_after(p.i + 1, limit=3)
    ]
    return [e for e in found if e.type.is_organization]


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def funds(c: EnClause) -> list:
    """ "The ministry will provide 10 billion won to Y", "X will fund Y with $N": a stated sum a body gives."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in GIVE_VERBS | FUND_VERBS or not is_verb(verb) or not c.asserted(verb):
            continue
        funders = c.subjects(verb)
        if lemma == "provide" and preps(verb, "with"):  # "X will provide Y with $N in funding"
            money = [o for p in preps(verb, "with") for o in children(p, "pobj")]
            targets = [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
        elif lemma in GIVE_VERBS and (
            recipients := [r for r in children(verb, "dative", "nsubjpass") if r.pos_ != "ADP"]  # not "to Y"
        ):
            # "X awarded Y a $5 million grant", "Y was awarded $5 million (a grant) by X": the recipient first
            money = children(verb, "dobj")
            targets = [e for r in recipients for e in c.with_conjuncts(r)]
            funders = c.agents(verb) if children(verb, "nsubjpass") else funders
        elif lemma in GIVE_VERBS:
            money = children(verb, "dobj")
            tos = preps(verb, "to") + [  # "provide 10 billion won in grants to Y"
                t
                for p in preps(verb, "in")
                for o in children(p, "pobj")
                if o.lemma_.lower() in GRANT_NOUNS
                for t in children(o, "prep")
                if t.lower_ == "to"
            ]
            targets = [e for p in tos for e in c.list_after(p.i + 1, limit=4)]
        else:
            money = [o for p in preps(verb, "with") for o in children(p, "pobj")]
            targets = [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
        if any(t.lemma_.lower() in DEBT_NOUNS | _PRIZE_NOUNS for m in money for t in m.subtree) or any(
            m.lemma_.lower() in COMMERCE_NOUNS for m in money
        ):
            # "$100 million in loans": lent, not invested; "awarded a $5 million contract": paid for work; "awarded its
            # $3 million prize to P": a reward for work done, no stake
            continue
        stated = {t.i for m in [*money, *_period_words(verb)] for t in m.subtree}
        props = c.money([t for t in _money_tokens(verb) if t.i in stated])
        if "amount" not in props and "annual_amount" not in props:
            continue  # help, support or data given is no money stated
        targets = c.as_organisations(targets)
        if len(targets) > 1 and "amount" in props and not any(t.lower_ == "each" for t in verb.subtree):
            props = _as_round_total(props)  # "$20 million to A and B": shared, neither's own sum
        for funder in funders:
            for target in targets:
                if funder.type.is_organization and target.type.is_organization and funder is not target:
                    c.add(RelationType.INVESTED_IN, funder, target, 0.8, **props)
    return c.take()


_PRIZE_NOUNS = {"prize", "medal", "trophy"}
# what a body does with a grant it gives, the grant its object ("finalized a $1.5 billion award to Y")
_GRANT_ACTS = {"announce", "finalize", "finalise", "approve", "make", "issue", "sign", "confirm", "complete"}
_GRANT_AWARDS = {"grant", "award", "subsidy", "funding"}


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def grant_made(c: EnClause) -> list:
    """ "The ministry finalized a $1.5 billion award to Y", "X approved a $20 million grant to Y": a stated sum a body
    grants (a prize without a sum, "an award to Y", is none)."""
    for verb in c.span:
        if verb.lemma_.lower() not in _GRANT_ACTS or not is_verb(verb) or not c.asserted(verb):
            continue
        for noun in children(verb, "dobj"):
            if (
                noun.lemma_.lower() not in _GRANT_AWARDS
                or c.unrealised(noun)
                or not any(t.ent_type_ == "MONEY" for t in noun.subtree)
            ):
                continue
            tos = {p.i: p for p in preps(noun, "to") + preps(verb, "to")}  # the parser may hang "to Y" on the verb
            recipients = [e for i in sorted(tos) for e in c.list_after(i + 1, limit=4) if e.type.is_organization]
            props = c.money([t for t in noun.subtree if t.i < noun.i])
            if len(recipients) > 1 and "amount" in props:
                props = _as_round_total(props)  # "a $25 million grant to A and B": theirs together
            for funder in [e for e in c.subjects(verb) if e.type.is_organization]:
                for recipient in recipients:
                    if recipient is not funder:
                        c.add(RelationType.INVESTED_IN, funder, recipient, 0.8, **props)
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
        if not any(s.dep_ in SUBJECTS and s.lower_ not in ("which", "that") for s in verb.children):
            continue  # "a fund … to invest in startups": the round noun is no one's contribution
        investors = c.subjects(verb)
        for investor, props in zip(investors, _share_money(c, investors, _own_tokens(verb))):
            for recipient in recipients:
                c.add(RelationType.INVESTED_IN, investor, recipient, 0.8, **props)
    return c.take()


# what a company issues to an investor that buys a stake in it, or a note that may become one
_EQUITY_ISSUED = {"share", "shares", "stock", "equity", "stake"}


def _issued_equity(noun) -> bool:
    """ "new shares", "a $200 million convertible note", "convertible bonds": a stake, or a claim that converts to
    one (a plain note or bond is money lent)."""
    words = [t.lower_ for t in noun.subtree]
    return noun.lemma_.lower() in _EQUITY_ISSUED or ("convertible" in words and not _debt_phrase(noun))


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def issued_to(c: EnClause) -> list:
    """ "Y issued a $200 million convertible note to A", "Y issued new shares to A and B": A invested in Y."""
    for verb in c.span:
        if verb.lemma_.lower() not in ("issue", "allot", "allocate") or not is_verb(verb) or not c.asserted(verb):
            continue
        issued = [o for o in children(verb, "dobj") if _issued_equity(o)]
        if not issued:
            continue
        issuers = [e for e in c.subjects(verb) if e.type.is_organization]
        money = c.money(list(issued[0].subtree))
        for p in [*preps(verb, "to"), *(d for d in children(verb, "dative") if d.lower_ == "to")]:
            for investor in c.list_after(p.i + 1):
                for issuer in issuers:
                    if investor.type is not EntityType.TECHNOLOGY:
                        c.add(RelationType.INVESTED_IN, investor, issuer, 0.75, **money)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def with_money_from(c: EnClause) -> list:
    """ "Y was established / expanded with investment (funding, backing) from A, B and C"."""
    for noun in c.span:
        if noun.lemma_.lower() not in ("investment", "funding", "financing", "backing", "capital"):
            continue
        via, verb = noun.head, noun.head.head
        if via.lower_ != "with" or not is_verb(verb) or not c.asserted(verb):
            continue
        recipients = [e for e in c.subjects(verb) if e.type.is_organization]
        for p in children(noun, "prep"):
            if p.lower_ != "from":
                continue
            for investor in c.list_after(p.i + 1):
                for recipient in recipients:
                    if investor is not recipient and investor.type is not EntityType.TECHNOLOGY:
                        c.add(RelationType.INVESTED_IN, investor, recipient, 0.75)
    return c.take()


def _led_or_backed(participle, verb) -> bool:
    """ "a round led by X", "Y, backed by X, raised", "a round … joined by Z": not "Y, a startup led by its founder
    P, raised" (a company is led by its chief, a round by its lead investor)."""
    lemma = participle.lemma_.lower()
    return lemma == "back" or (
        lemma in LEAD_PARTICIPLES | {"join"}
        and (participle.i > verb.i or participle.head.lemma_.lower() in ROUND_NOUNS)
    )


def _raised_for(c: EnClause, verb) -> list[Entity]:
    """ "Two former X engineers raised $4 million … for their startup Y": people raised the round for Y."""
    return [
        e
        for t in verb.subtree
        if t.lower_ == "for" and t.i > verb.i
        for e in c.list_after(t.i + 1, limit=4)
        if e.type.is_organization
    ][:1]


def _round_words(noun) -> list:
    """The words of a round's phrase but a clause valuing the company ("the round, which values Y at €12 billion")."""
    valuing = {
        t.i
        for ch in noun.children
        if ch.dep_ in ("relcl", "acl") and ch.lemma_.lower() in ("value", "valuation")
        for t in ch.subtree
    }
    return [t for t in noun.subtree if t.i not in valuing]


def _heading(c: EnClause, verb) -> list[Entity]:
    """ "Quillmark ($640 million): Index Ventures led the round": the organisation a list item's heading names,
    before the colon that opens its text."""
    colon = next((t for t in c.span if ":" in t.text and t.i < verb.i), None)
    if colon is None:
        return []
    named = [e for t in c.span if t.i < colon.i and (e := c.entity(t)) is not None and e.type.is_organization]
    return named[:1]


def _others_round(c: EnClause, participle, recipients: list[Entity]) -> bool:
    """ "Y raised $N led by A, while Z's Series C was led by B": a round with a subject of its own, another
    company's (its possessor), is that company's."""
    return any(
        (owner := c.entity(p)) is not None and owner not in recipients
        for s in participle.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for p in s.children
        if p.dep_ == "poss"
    )


# "with A and B participating / joining / taking part": the round's other investors, written as an absolute clause
_JOINING = {"participating", "joining", "investing"}


def _joins_round(word) -> bool:
    """ "participating", "joining", "taking part" with no other object ("with B joining its board" is a seat)."""
    objects = [o.lower_ for o in word.children if o.dep_ == "dobj"]
    return (word.lower_ in _JOINING and not objects) or (word.lower_ == "taking" and objects == ["part"])


def _also_in_round(c: EnClause) -> list[Entity]:
    """The investors a round sentence names besides its lead: "with participation from / of A and B", "with A
    and B (also) participating / joining / taking part"."""
    found: list[Entity] = []
    for t in c.span:
        if (t.lower_ in ("from", "of") and t.head.lemma_.lower() == "participation") or (
            t.lower_ == "with" and (any(_joins_round(w) for w in t.subtree) or _joining_after(c, t))
        ):
            found += [e for e in c.list_after(t.i + 1) if e not in found]
    return found


def _joining_after(c: EnClause, with_tok) -> bool:
    """ "a round with A, B and C participating": the names, then the joining word (which the parser may hang on the
    round, not on "with")."""
    k = with_tok.i + 1
    while k < c.span.end and (
        k in c.ent_of or c.span.doc[k].text[:1].isupper() or c.span.doc[k].lower_ in (",", "and")
    ):
        k += 1
    return k > with_tok.i + 1 and k < c.span.end and _joins_round(c.span.doc[k])


def _investors_named(c: EnClause, prep) -> list[Entity]:
    """ "from its existing investors, A and B": the names set beside the investors the preposition takes (the
    parser may hang them elsewhere, so they are read from the words after the comma)."""
    doc = prep.doc
    return [
        e
        for o in children(prep, "pobj")
        if o.lemma_.lower() in INVESTOR_NOUNS and o.i + 2 < c.span.end and doc[o.i + 1].text == ","
        for e in c.list_after(o.i + 2)
        if e.type.is_organization
    ]


def _co_leads(c: EnClause, verb) -> list[Entity]:
    """ "…, with A and B co-leading": the round's other leads, listed between "with" and "co-leading", in the
    verb's own clause (not past a semicolon)."""
    doc = c.span.doc
    for t in c.span:
        if t.lower_ != "with" or any(doc[k].text == ";" for k in range(min(t.i, verb.i), max(t.i, verb.i))):
            continue
        for k in range(t.i + 1, c.span.end):
            if doc[k].text in (".", ";") or doc[k].lower_ == "with":
                break
            if doc[k].lower_ in ("leading", "led") and c.co_prefixed(doc[k]):
                return [e for e in c.list_after(t.i + 1) if e.type.is_organization]
    return []


_LENT = DEBT_NOUNS | {"facility", "note", "debenture", "borrowing", "refinancing"}


# what a licence pays: "secured $120 million upfront", "received $50 million in milestones", "an option fee"
_LICENCE_PAYMENTS = {"upfront", "milestone", "royalty", "royalties"}


def _licence_payment(verb) -> bool:
    """The money the verb receives pays for a licence or its milestones, no stake in the company."""
    return any(
        t.lower_ in _LICENCE_PAYMENTS or t.lemma_.lower() in _LICENCE_PAYMENTS for t in verb.subtree if t.i > verb.i
    )


def _debt_phrase(noun) -> bool:
    """ "a credit facility", "debt financing", "loans", "senior notes" (not "convertible notes"), "revenue-based
    financing" (an advance repaid from sales): money lent."""
    words = [noun, *(t for t in noun.children if t.dep_ in ("compound", "amod"))]
    if _REPAID_FROM_SALES.search(noun.doc[noun.left_edge.i : noun.i].text):
        return True
    return any(w.lemma_.lower() in _LENT for w in words) and not any(w.lower_ == "convertible" for w in words)


def _pays_for_a_purchase(noun) -> bool:
    """ "Financing for Y's buyout (for the acquisition) was provided by X": money lent to a buyer, no round of Y's."""
    return any(o.lemma_.lower() in ACQUIRE_NOUNS for p in preps(noun, "for") for o in children(p, "pobj"))


_REPAID_FROM_SALES = re.compile(r"\brevenue[- ]based\b|\brevenue[- ]share\b", re.I)


def _lent_by(tok) -> bool:
    """The lenders' preposition: "a credit facility from X", "$N in debt financing led by X" (the noun the
    preposition, or the participle it follows, hangs on is money lent)."""
    node = tok.head
    while node.pos_ not in ("NOUN", "PROPN") and node.dep_ in ("acl", "agent", "prep") and node.head.i != node.i:
        node = node.head
    return node.pos_ == "NOUN" and _debt_phrase(node)


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def funding_round(c: EnClause) -> list:
    """ "Y raised $N in a Series B led by X, with participation from Z and W" (lead marked)."""
    for verb in c.span:
        launched = verb.lemma_.lower() in LAUNCH_VERBS and all(
            o.lemma_.lower() in ("funding", "financing") for o in children(verb, "dobj")
        )  # "launched the fund with $N" has an object of its own
        if (
            verb.lemma_.lower() not in ROUND_VERBS
            and not launched
            or not is_verb(verb)
            or not c.asserted(verb)
            or planned(verb)
        ):
            continue  # "aims to raise $N from X": no one has put money in yet
        # "closed a 600 million euro funding round": the small parser reads that "round" as an adverb
        objects = (
            # "emerged from stealth with $N in funding from X": the money the company starts out with
            [t for w in preps(verb, "with") for t in children(w, "pobj") if t.ent_type_ == "MONEY"]
            if launched
            else children(verb, "dobj")
            or [
                t
                for t in verb.children
                if t.lower_ in ROUND_NOUNS and any(d.dep_ in ("det", "compound") for d in t.children)
            ]  # "closed a €3m seed round from X": "round" read as an adverb, its "seed" a compound
            # "raised $N earlier this year": the parser hangs the sum on the time phrase
            or [t for t in children(verb, "npadvmod") if any(d.ent_type_ == "MONEY" for d in t.subtree)]
        )
        # "announced the closing (completion) of a $40 million Series B round led by X": the round closed
        objects = [
            next((r for p in preps(o, "of") for r in children(p, "pobj")), o)
            if o.lemma_.lower() in ("closing", "close", "completion")
            else o
            for o in objects
        ]
        if (
            not objects
            or _is_stake(objects[0])
            or (verb.lemma_.lower() == "pick" and not phrasal(verb, "up"))  # "picked up $15 million"
            or not any(
                t.lemma_.lower() in ROUND_NOUNS | GRANT_NOUNS
                and t.i not in c.ent_of
                or (t.ent_type_ == "MONEY" and verb.lemma_.lower() not in EARNED_VERBS)
                for t in objects[0].subtree
            )  # "received approval from Kestrel Capital": a name's word is no round
            and not (verb.lemma_.lower() not in EARNED_VERBS and _sum_written(c, objects))
            or objects[0].lemma_.lower() in COMMERCE_NOUNS  # "received a $5 million order from X"
            or _debt_phrase(objects[0])  # "secured a $1.5 billion credit facility from X": lent, no stake
            # "raised $8 million in venture debt (of term loans) from X": the sum's kind is money lent
            # (the parser may hang "in venture debt" on the verb)
            or any(
                _debt_phrase(o) for p in preps(objects[0], "in", "of") + preps(verb, "in") for o in children(p, "pobj")
            )
            or objects[0].lemma_.lower() in ACQUIRE_NOUNS  # "closed its $1bn purchase of Y": a purchase, no round
            or _licence_payment(verb)
        ):
            continue
        if verb.lemma_.lower() == "announce" and objects[0].lemma_.lower() not in (
            "round",
            "series",
            "funding",
            "financing",
            "b",
            "c",
            "a",
        ):
            continue  # "Y announced a $40 million Series B led by X"; other announcements are not rounds
        recipients = [e for e in c.subjects(verb) if e.type.is_organization] or _raised_for(c, verb)
        if not recipients:
            continue
        investors: list[tuple[Entity, bool]] = []
        own: dict[int, dict] = {}  # "… $60 million from A and $40 million from B": each one's own sum
        among: set[int] = set()  # "from investors including (such as) A": some of the round's investors only
        for tok in c.span:
            if tok.lower_ in ("by", "from", "including") and _lent_by(tok):
                continue  # "… and a $7.5 billion debt facility led by X": X lent its part
            if any(t.text == ";" for t in tok.doc[min(tok.i, verb.i) : max(tok.i, verb.i)]):
                continue  # "Y lands $N from A; Z picks up $M co-led by B": B backs Z, the next brief
            if tok.lower_ == "by" and _led_or_backed(tok.head, verb) and not _others_round(c, tok.head, recipients):
                investors += [(e, tok.head.lemma_.lower() in LEAD_PARTICIPLES) for e in c.list_after(tok.i + 1)]
            elif tok.lower_ in ("from", "including") and tok.i > verb.i:
                listed = c.list_after(tok.i + 1) or _investors_named(c, tok)
                investors += [(e, False) for e in listed]
                if tok.lower_ == "including":
                    among |= {id(e) for e in listed}
                if tok.lower_ == "from" and len(listed) == 1 and (sum_ := _sum_before(c, tok)):
                    own[id(listed[0])] = sum_
            elif (
                tok.lower_ == "led"
                and tok.i > verb.i + 1
                and tok.doc[tok.i - 1].text in ("-", "–")
                and _is_round(tok.head)
                and (leader := c.entity(tok.doc[tok.i - 2])) is not None
            ):
                investors.append((leader, True))  # "raised $N in an X-led round", "closed a $N X-led Series B"
            elif tok.lower_ == "such" and tok.i > verb.i and tok.i + 1 < c.span.end and tok.nbor().lower_ == "as":
                listed = c.list_after(tok.i + 2)  # "from investors such as A and B"
                investors += [(e, False) for e in listed]
                among |= {id(e) for e in listed}
            elif tok.lower_ == "to" and (
                tok.head.lemma_.lower() in ("allotment", "share", "shares", "stock", "placement")
                or (tok.head.i == verb.i and any(t.lemma_.lower() in ("allotment", "placement") for t in verb.subtree))
            ):
                investors += [
                    (e, False) for e in c.list_after(tok.i + 1)
                ]  # "a third-party allotment of shares to X, Y"
            elif tok.lower_ == "with" and tok.i > verb.i and _as_investors(c, tok):
                lead = "lead investor" in c.sentence.text.lower()  # "… with X identified as the lead investor"
                investors += [(e, lead) for e in c.list_after(tok.i + 1)]  # "… with A, B and C as investors"
        investors += [(e, False) for e in _also_in_round(c)] + [(e, True) for e in _co_leads(c, verb)]
        investors = [(e, lead) for e, lead in investors if e not in recipients]
        c.disc.deal_target = c.disc.round_target = recipients[0]
        raised = c.money(_money_tokens(verb))
        series = round_series(" ".join(t.text for t in _money_tokens(verb)))  # "in a Series B led by X"
        # what a later sentence naming the round's investors reads ("The round was led by X"): its size and series
        told = (_as_round_total(raised) if "amount" in raised else {}) | ({"series": series} if series else {})
        c.disc.round_total = (recipients[0], told)
        named = list({id(e): e for e, _ in investors}.values())
        shares = {id(e): p for e, p in zip(named, _share_money(c, named, _money_tokens(verb)))} if named else {}
        for investor, lead in investors:
            props = own.get(id(investor)) or shares[id(investor)]
            # "raised $N in a round led by X", "raised $N from investors including X": the round's sum, not X's own
            if (lead or id(investor) in among) and "amount" in props:
                props = _as_round_total(props)
            c.add(
                RelationType.INVESTED_IN,
                investor,
                recipients[0],
                0.8,
                **props,
                lead=True if lead else None,
                series=series,
            )
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def round_told_aside(c: EnClause) -> list:
    """ "Y emerged from stealth with $12 million in seed funding led by X", "Y was valued at $N after a $1 billion
    round led by X": a round its lead invested in, told beside another verb of the company's."""
    for noun in c.span:
        if not _is_round(noun) or c.entity(noun) is not None:
            continue
        beside = _prep_beside(noun)
        verb = beside.head if beside is not None else None
        if verb is None or verb.lemma_.lower() in ROUND_VERBS or not c.asserted(verb) or planned(verb):
            continue  # a round verb's own round is funding_round's
        if _round_owner(c, noun):
            continue  # "X participated in Y's round led by Z": another's round, round_members reads it
        recipients = [e for e in c.subjects(verb) if e.type.is_organization]
        if verb.lemma_.lower() in INVEST_VERBS | {"put"}:  # "X invested $N in Y in a round led by Z": Y's round
            recipients = [
                e
                for p in preps(verb, "in", "into")
                if p is not beside
                for e in c.list_after(p.i + 1, limit=3)
                if e.type.is_organization
            ][:1]
        leads = [
            e
            for led in children(noun, "acl")
            if led.lemma_.lower() in LEAD_PARTICIPLES and c.asserted(led)
            for by in children(led, "agent")
            for e in c.list_after(by.i + 1)
        ]
        if not recipients or not leads:
            continue
        raised = c.money([t for t in beside.subtree if t.i <= noun.i])  # the sum up to the round, not after it
        props = _as_round_total(raised) if "amount" in raised else {}
        c.disc.round_target = recipients[0]
        for investor in leads:
            if investor is not recipients[0]:
                c.add(RelationType.INVESTED_IN, investor, recipients[0], 0.75, **props, lead=True)
    return c.take()


def _prep_beside(noun):
    """The preposition that ties a round to the verb it is told beside: "(Y emerged) with $12 million in seed
    funding", "(was valued) after a round", through at most three prepositional steps."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _BESIDE:
            return None
        prep, tok = tok.head, tok.head.head
        if is_verb(tok):
            return prep
    return None


_BESIDE = {"with", "after", "following", "in"}


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def leads_round(c: EnClause) -> list:
    """ "X led the $N Series B round in Y" (lead marked; the round's total is not X's own sum)."""
    for verb in c.span:
        if verb.lemma_.lower() not in ("lead", "co-lead", "join") or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or not _is_round(objects[0]) or c.entity(objects[0]) is not None:
            continue  # "joined existing backer Orla Capital": a name's last word is no round
        # "X led the $N round in Y", "X led Y's round"; "X led the round" after the company raising it was named
        subjects = c.subjects(verb)
        targets = (
            _in_targets(c, verb)
            or _round_owner(c, objects[0])
            or _heading(c, verb)
            or [t for t in (c.disc.round_target or c.disc.deal_target,) if t is not None]
        )
        targets = [t for t in targets if t not in subjects]  # "X led its Series A": "its" is no X, which backs it
        if targets:
            c.disc.round_target = targets[0]
        if any(
            (firm := c.argument_entity(p)) is not None and firm.type.is_organization and firm not in targets
            for p in children(objects[0], "poss")
        ):
            # "P, a partner at X, led X's investment in Y": the firm invested, its partner only led the deal
            subjects = [e for e in subjects if e.type is not EntityType.PERSON]
        # "X, which led Y's $150 million Series C two years ago": that round's own size and series, not the one the
        # article reports
        own_size = c.money(_round_words(objects[0]))
        own_series = round_series(" ".join(t.text for t in objects[0].subtree))
        told = {}
        if "amount" in own_size or own_series:
            told = (_as_round_total(own_size) if "amount" in own_size else {}) | (
                {"series": own_series} if own_series else {}
            )
        lead = verb.lemma_.lower() != "join"
        # "X led the round, joined by Y", "…, with participation from Z": the others invested too
        others = [e for j in verb.children if j.lemma_.lower() == "join" and j.tag_ == "VBN" for e in c.agents(j)]
        others += _also_in_round(c) if lead else []
        for investor, leads in [(e, lead) for e in subjects] + [(e, False) for e in others]:
            for target in targets:
                c.add(
                    RelationType.INVESTED_IN,
                    investor,
                    target,
                    0.8,
                    **(told or _told_total(c, target)),
                    lead=True if leads else None,
                )
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def round_members(c: EnClause) -> list:
    """The round of the company just named: "The round was led by X", "Investors include X and Y",
    "X participated in the round (for Y)", "with Z also participating"."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if not is_verb(verb) or not c.asserted(verb):
            continue
        subjects = _subject_tokens(verb)
        if lemma in ("lead", "co-lead", "head") and verb.dep_ == "acl" and not c.unrealised(verb.head):
            subjects = [verb.head]  # "The round, led by X, values Y at …": the round it describes
            if verb.head.dep_ == "appos" and c.entity(verb.head.head) is not None:
                continue  # "Kestrel Capital, the fund led by P, …": the fund is the firm P leads, no round
            if any(a.lemma_.lower() in ROUND_VERBS and is_verb(a) for a in verb.head.ancestors):
                continue  # "Z raised $7 million in seed funding led by X": Z's own round (funding_round's)
        # a name's last word is no description of the subject ("Ditto Investment joined" is no investment that joined)
        subject_word = (
            subjects[0].lemma_.lower()
            if subjects and c.entity(subjects[0]) is None and not _debt_phrase(subjects[0])
            else ""
        )  # "$N in debt financing led by X": a loan, no round
        # not "Corvex Capital", nor "Microsoft's venture fund M12" (a fund named beside it invests)
        rounds = [
            s
            for s in subjects
            if _is_round(s)
            and c.entity(s) is None
            and not any(c.entity(a) for a in children(s, "appos"))
            and _fund_owner(c, s) is None
        ]
        if (
            not rounds
            and verb.dep_ == "relcl"
            and _is_round(verb.head)
            and any(s.lower_ in ("which", "that") for s in subjects)
        ):
            rounds = [verb.head]  # "… participated in the round, which was led by X"
        if rounds:
            subject_word = "round"  # "Y's Series B was led by X"
        investors: list[tuple[Entity, bool]] = []
        joined = (  # "joined Y's round" (not "joined Orla Capital")
            [o for o in children(verb, "dobj") if _is_round(o) and c.entity(o) is None] if lemma == "join" else []
        )
        as_investor = any(o.lemma_.lower() in INVESTOR_NOUNS for p in preps(verb, "as") for o in children(p, "pobj"))
        in_round = (
            bool(joined)
            or any(t.lemma_.lower() in ROUND_NOUNS for p in preps(verb, "in") for t in p.subtree)
            or _in_which_round(verb)
            or as_investor  # "A and B participated as strategic investors"
        )
        if lemma in ("lead", "co-lead", "join", "head") and subject_word in ROUND_NOUNS:
            investors = [(e, lemma != "join") for e in c.agents(verb, limit=8)]
            investors += [(e, False) for e in _also_in_round(c)]  # "…, with participation from X and Y"
            investors += [(e, True) for e in _co_leads(c, verb)] if lemma != "join" else []  # "with B co-leading"
        elif (
            lemma == "include"
            and subjects
            and subjects[0].tag_ == "NNS"
            and subjects[0].lemma_.lower() in ("investment", "bet", "holding")
            and (holder := next((e for p in children(subjects[0], "poss") if (e := _possessor(c, p, verb))), None))
        ):  # "Arclight Capital's first investments include A and B": the holder's portfolio, no round of A's
            for o in children(verb, "dobj"):
                for held in c.with_conjuncts(o):
                    if held.type.is_organization and held is not holder:
                        c.add(RelationType.INVESTED_IN, holder, held, 0.75)
            continue
        elif lemma in ("include", "see", "draw", "attract", "feature") and subject_word in ROUND_NOUNS:
            # "The round included A and B", "The round drew participation from A and B"
            investors = [(e, False) for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
            investors += [  # "The round drew investment (participation) from A, B and C"
                (e, False)
                for t in verb.subtree
                if t.lower_ == "from" and (t.head.lemma_.lower() in _MONEY_FROM or t.head.i == verb.i)
                for e in c.list_after(t.i + 1)
            ]
            investors += [  # "… from A and B, along with (together with) existing investors such as C and D"
                (e, False)
                for t in verb.subtree
                if t.lower_ == "with" and t.i > verb.i and t.doc[t.i - 1].lower_ in ("along", "together")
                for e in c.list_after(t.i + 1) or [m for o in children(t, "pobj") for m in c.group_members(o)]
            ]
        elif (
            lemma == "include"
            and subjects
            and subject_word in ("investor", "backer", "shareholder")
            and (
                owner := next(
                    (e for poss in children(subjects[0], "poss") if (e := _possessor(c, poss, verb)) is not None),
                    None,
                )
            )
        ):  # "The startup's backers include A and B"
            investors = [(e, False) for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
            c.disc.round_target = owner
        elif lemma == "include" and (
            subject_word in ("investor", "backer", "participant", "shareholder")
            or (
                verb.dep_ == "relcl"
                and verb.head.lemma_.lower() in ROUND_NOUNS  # "the round, which also included A and B"
            )
        ):
            investors = [(e, False) for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
        elif lemma in ("provide", "come") and subject_word in ROUND_NOUNS and not _pays_for_a_purchase(subjects[0]):
            # "The funding was provided by A and B", "The money came from A and B"
            investors = [(e, False) for e in c.agents(verb, limit=8)] if lemma == "provide" else []
            investors += (
                [(e, False) for p in preps(verb, "from") for e in c.list_after(p.i + 1)] if lemma == "come" else []
            )
        elif lemma == "be" and subject_word in ("investor", "backer", "participant"):  # "The new investors are A, B"
            investors = [(e, False) for o in children(verb, "attr") for e in c.with_conjuncts(o)]
        elif (
            lemma == "join"
            and verb.dep_ == "conj"
            and verb.head.lemma_.lower() in ("lead", "co-lead")
            and any(a.dep_ == "auxpass" for a in verb.children)
        ):  # "Y raised $N. X led, and was joined by A and B": the lead and its companions in the round
            investors = [(e, True) for e in c.subjects(verb)] + [(e, False) for e in c.agents(verb, limit=8)]
        elif lemma == "join" and (backers := [o for o in children(verb, "dobj") if is_investor_described(o)]):
            # "A and B joined existing backer X", "…, with new investors A and B joining existing investors X and Y":
            # all of them put money into the round just reported (no membership of X)
            investors = [(e, False) for e in c.subjects(verb)]
            investors += [(e, False) for o in backers for e in c.with_conjuncts(o) if e.type.is_organization]
        elif (
            lemma in ("take", "participate", "join", "invest", "chip", "contribute")
            and (lemma != "take" or any(o.lower_ == "part" for o in verb.children))
            and (lemma != "chip" or phrasal(verb, "in"))
            and (
                in_round
                or (
                    # "X also invested (chipped in, contributed)": with "also", the round just reported; alone, any
                    # investing
                    (
                        lemma not in ("invest", "chip", "contribute")
                        or (any(a.lower_ in ("also", "too") for a in verb.children) and not preps(verb, "in", "into"))
                    )
                    and c.disc.round_target is not None
                    and not _participates_in_something(verb)
                    and not [o for o in children(verb, "dobj") if o.lower_ != "part"]
                )
            )
        ):  # "X took part in the round", "X also invested in the round"; after a round: "A and B also participated"
            # (a person who "joined from Moderna", no round named, took a job)
            investors = [
                (e, False) for e in c.actors(verb) if in_round or lemma != "join" or e.type is not EntityType.PERSON
            ]
            investors += [(owner, False) for s in subjects if (owner := _fund_owner(c, s)) is not None]
            investors += [  # "… alongside Z"
                (e, False)
                for t in verb.subtree
                if t.lower_ == "alongside"
                for e in c.list_after(t.i + 1)
                if e.type.is_organization
            ]
        target = next(
            (e for p in preps(verb, "in") for t in p.subtree if t.lower_ == "for" for e in c.list_after(t.i + 1)), None
        )
        owned = [
            e
            for o in [*joined, *(o for p in preps(verb, "in") for o in children(p, "pobj"))]
            for e in _round_owner(c, o)
        ]  # "in Y's Series B", "joined the Y funding round"
        owned += [e for s in rounds for e in _round_owner(c, s) + _valued(c, s)]  # "Y's Series B was led by X"
        owned += [  # "Investors in Y include A and B"
            e
            for s in subjects
            if subject_word in ("investor", "backer", "shareholder")
            for p in children(s, "prep")
            if p.lower_ == "in"
            for e in c.list_after(p.i + 1, limit=2)
            if e.type.is_organization
        ]
        target = target or (owned[0] if owned else None) or c.disc.round_target or c.disc.deal_target
        if target is None and as_investor and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("say", "announce"):
            target = next(iter(e for e in c.subjects(verb.head) if e.type.is_organization), None)  # "Y said A and B …"
        if any(investor is target for investor, _ in investors):
            continue  # "Y's shareholder is X, which joined its round alongside A": "its" read as X, whose round it is not
        if investors and target is not None:
            c.disc.round_target = target  # "…, with Z also participating" reads it next
        for investor, lead in investors:
            c.add(
                RelationType.INVESTED_IN, investor, target, 0.75, **_told_total(c, target), lead=True if lead else None
            )
    return c.take()


def _told_total(c: EnClause, target: Entity | None) -> dict:
    """ "Y raised $N. X led the round": the size and series the sentence raising Y's round stated, Y's round's own."""
    raised_by, total = c.disc.round_total
    return dict(total) if target is raised_by else {}


def _in_which_round(verb) -> bool:
    """ "… raised $N in a Series B round, in which A and B took part": a clause on the round or on its sum (the parser
    may hang it on either)."""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and (_is_round(head) or head.ent_type_ == "MONEY")
        and any(o.lower_ == "which" for p in preps(verb, "in") for o in children(p, "pobj"))
    )


_ADVERBIAL_IN = {"addition", "total", "particular", "turn", "part", "return"}  # "In addition, X participated"


def _participates_in_something(verb) -> bool:
    """ "X participated in Y": an object of "in" other than an adverbial ("in addition") or a time or place."""
    return any(
        o.lemma_.lower() not in _ADVERBIAL_IN and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
        for p in preps(verb, "in")
        for o in children(p, "pobj")
    )


def _fund_owner(c: EnClause, noun) -> Entity | None:
    """ "NZ Growth Capital Partners' Elevate fund": a fund owned by an investing firm is the firm's money, no round."""
    if noun.lemma_.lower() != "fund":
        return None
    return next(
        (e for poss in children(noun, "poss") if (e := c.np_entity(poss)) is not None and e.type.is_organization), None
    )


def _is_round(noun) -> bool:
    """A funding round: "round", "funding", "Series B" (the parser may head it on the letter); "debt financing"
    is money lent, and "will lead the investments for X" a line of work (a partner's), no round."""
    if _debt_phrase(noun) or (noun.lower_ == "investments" and noun.tag_ == "NNS"):
        return False
    return noun.lemma_.lower() in ROUND_NOUNS | {"series"} or (
        len(noun.text) == 1 and noun.text.isupper() and any(t.lower_ == "series" for t in noun.lefts)
    )


def _round_owner(c: EnClause, noun) -> list[Entity]:
    """Whose round: "Y's Series B", "Y's $30 million funding round", "the Series A round of (startup) Y",
    "the Y funding round"."""
    if not _is_round(noun):
        return []
    owners = [
        e for poss in children(noun, "poss") if (e := _money_taker(c, poss, noun) or c.np_entity(poss)) is not None
    ]
    owners += [e for p in preps(noun, "of", "for", "in") for e in c.list_after(p.i + 1, limit=4)]  # "round for Y"
    owners += [  # "the Y funding round"
        e for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and (e := c.entity(t)) is not None
    ]
    return [e for e in owners if e.type.is_organization]


def _money_taker(c: EnClause, poss, noun) -> Entity | None:
    """ "X took a stake in Y during its Series A", "X invested in Y as part of its seed round": the round "its"
    names is the company the clause's money goes into, not the investor's own."""
    verb = next((a for a in noun.ancestors if is_verb(a)), None)
    if poss.lower_ not in ("its", "their") or verb is None:
        return None
    into = [*preps(verb, "in", "into"), *(p for o in children(verb, "dobj") for p in preps(o, "in"))]
    return next(
        (e for p in into for o in children(p, "pobj") if (e := c.np_entity(o)) and e.type.is_organization), None
    )


def _possessor(c: EnClause, poss, verb) -> Entity | None:
    """Whose "backers": "the startup's", "Y's", or the "Y" of "Y, whose backers include …"."""
    if poss.lower_ == "whose":
        return c.np_entity(verb.head) if verb.dep_ == "relcl" else None
    return c.np_entity(poss) or c.described(poss)


def _valued(c: EnClause, noun) -> list[Entity]:
    """ "The round, led by X, values Y at $1 billion": the company the round puts a value on is its own."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "value":
        return []
    return [e for o in verb.children if o.dep_ in ("dobj", "npadvmod") for e in c.with_conjuncts(o)]


def _as_investors(c: EnClause, with_tok) -> bool:
    """ "with A and B as (new) investors / among the backers (participants)": the list after "with" is closed by
    "as / among … investors"."""
    for t in c.span.doc[with_tok.i + 1 : c.span.end]:
        if t.lower_ in ("as", "among"):  # "with A and B among the investors"
            return any(x.lemma_.lower() in INVESTOR_NOUNS for x in t.doc[t.i + 1 : min(t.i + 4, c.span.end)])
    return False


# who put money into a round ("among the participants" only of a round sentence)
_MONEY_FROM = {"participation", "investment", "funding", "backing", "money", "capital"}


def _subject_tokens(verb) -> list:
    """The verb's subject, also when the parser hangs it on an auxiliary ("The round was co-led by …")."""
    found = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not found and verb.dep_ == "conj":  # "The round was led by X and included Y": the first verb's subject
        return _subject_tokens(verb.head)
    for aux in [a for a in verb.children if a.dep_ in ("aux", "auxpass")]:
        found += [
            s
            for a in (aux, *[x for x in aux.children if x.dep_ in ("aux", "auxpass")])
            for s in a.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]
    return found


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def backers_among(c: EnClause) -> list:
    """ "Y counts A and B among its backers / investors / shareholders", "… as (its) shareholders", "Y brought in
    (added, welcomed) X as a strategic investor"; "Y counts A among its partners": a partnership."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        admits = lemma in ("add", "welcome") or (lemma == "bring" and phrasal(verb, "in"))
        if not (lemma == "count" or admits) or not is_verb(verb) or not c.asserted(verb):
            continue  # "Y brought in (added, welcomed) X as a strategic investor"
        roles = {
            t.lemma_.lower()
            for p in preps(verb, *(("as",) if admits else ("among", "as")))  # "… as a shareholder"
            for t in p.subtree
            if not any(w.lower_ in ("not", "rather") for w in t.doc[p.i : t.i])  # "among its clients, not its backers"
        }
        if roles & {"backer", "investor", "shareholder", "funder"}:
            kind = RelationType.INVESTED_IN
        elif "partner" in roles:
            kind = RelationType.PARTNERS_WITH
        else:
            continue
        for company in [e for e in c.subjects(verb) if e.type.is_organization]:
            # "brought in X": the parser may hang X on the particle
            objects = children(verb, "dobj") + [o for p in children(verb, "prt") for o in children(p, "pobj")]
            for other in [e for o in objects for e in c.with_conjuncts(o)]:
                if kind is RelationType.INVESTED_IN:
                    c.add(kind, other, company, 0.75)
                elif other.type.is_organization:
                    c.add(kind, company, other, 0.75)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def investment_noun(c: EnClause) -> list:
    """ "X made a $N investment in Y", "X's $N investment in Y", "an investment in Y by X"; "Y won backing
    (funding) from X"."""
    for noun in c.span:
        lemma = noun.lemma_.lower()
        if (
            lemma not in ("investment", "backing", "funding", "financing")
            or noun.pos_ != "NOUN"
            or not c.asserted(noun)
            or _disposed(noun)  # "X exited its investment in Y"
        ):
            continue
        targets = [
            e for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ("in", "into") for e in c.list_after(p.i + 1)
        ][:1]
        techs = [
            t
            for p in noun.subtree
            if p.dep_ == "prep" and p.lower_ in ("in", "into")
            for o in children(p, "pobj")
            if (t := c.technology(o))
        ]
        targets = targets or techs[:1]
        investors = [e for p in children(noun, "prep") if p.lower_ == "by" for e in c.list_after(p.i + 1)]
        investors += [e for poss in children(noun, "poss") if (e := c.np_entity(poss)) is not None]
        froms = [p for p in children(noun, "prep") if p.lower_ == "from"]
        froms += preps(noun.head, "from") if noun.dep_ == "dobj" else []  # "won backing from X": on the verb
        backers = [e for p in froms for e in c.list_after(p.i + 1)]
        received = (
            backers
            and not targets
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ("announce", "receive", "secure", "win", "attract", "land", "get", "obtain")
        )
        if received:  # "Y announced an investment from X", "Y won backing from X"
            investors, targets = backers, [e for e in c.subjects(noun.head) if e.type.is_organization][:1]
        elif lemma != "investment":
            continue  # "funding" and "backing" name their investor only as received "from" them
        if (
            not investors
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ("make", "announce", "complete", "finalize", "approve")
        ):
            investors = c.subjects(noun.head)
        # "a $N investment", "an investment of $N"; a sum several investors made together is none's own
        stated = [t for t in noun.subtree if t.i < noun.i]
        if not c.money(stated):
            stated = [t for p in children(noun, "prep") if p.lower_ == "of" for t in p.subtree]
        for investor, props in zip(investors, _share_money(c, investors, stated)):
            for target in targets:
                c.add(RelationType.INVESTED_IN, investor, target, 0.8, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def spends_on(c: EnClause) -> list:
    """ "X will spend $N on AI semiconductors through 2030": a commitment into a technology (not a purchase from a company)."""
    for verb in c.span:
        if verb.lemma_.lower() != "spend" or not is_verb(verb) or not c.asserted(verb):
            continue
        techs = [
            t
            for p in _own_tokens(verb)
            if p.lower_ == "on" and p.dep_ == "prep"
            for o in children(p, "pobj")
            if (t := c.technology(o)) is not None
        ]
        if not techs or any(t.lower_ in ("more", "less") for t in children(verb, "dobj") + children(verb, "advmod")):
            continue  # "would spend more on AI than in the previous decade": a comparison, no sum committed
        spenders = c.subjects(verb)
        for spender, props in zip(spenders, _share_money(c, spenders, _money_tokens(verb))):
            for tech in techs:
                c.add(RelationType.INVESTED_IN, spender, tech, 0.75, **props)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def backed_by(c: EnClause) -> list:
    """ "Microsoft-backed OpenAI", "Y is backed / funded by X", "Y, which is backed by X": the backer invested."""
    for verb in c.span:
        perfect = (
            verb.tag_ == "VBN"
            and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
            and not any(a.dep_ == "auxpass" for a in verb.children)
        )  # "X has backed Y", not "Y has been funded by X"
        if (
            verb.lemma_.lower() in ("back", "fund")
            and (verb.tag_ in ("VBD", "VBZ", "VBP") or perfect)
            and c.asserted(verb)
        ):
            for backer in c.actors(verb):  # active: "SoftBank backed (has backed) Upstage in 2021"
                for company in [
                    e for o in children(verb, "dobj") for e in c.with_conjuncts(o) if e.type.is_organization
                ]:
                    c.add(RelationType.INVESTED_IN, backer, company, 0.75)
            continue
        if verb.lower_ not in ("backed", "funded") or verb.tag_ != "VBN" or not c.asserted(verb):
            continue
        agents = c.agents(verb, limit=8)  # first: a name it reads as a list item is the subject's name too
        backed = c.described_by_participle(verb)  # "X set up Y, jointly funded by A and B": Y
        # "Backed by A and B, Y operates …": the list of backers may run on into the fronted clause's subject
        backers = [e for e in agents if e not in backed or verb.dep_ not in ("advcl", "csubj")]
        for backer in backers:
            for company in backed:
                if company not in backers:
                    c.add(RelationType.INVESTED_IN, backer, company, 0.75)
    for tok in c.span:
        if tok.lower_ == "backed" and (pair := c.hyphenated(tok)) is not None:
            c.add(RelationType.INVESTED_IN, *pair, 0.75)
    return c.take()


def _unit_merged(verb) -> bool:
    """ "Y, X's AI research arm, will be merged into X", "Y will become a subsidiary of H and be merged into H2": a
    unit or subsidiary merged within its group is a reorganisation, no purchase."""
    described = [a for s in verb.children if s.dep_ in SUBJECTS for a in children(s, "appos")]
    became = children(verb.head, "attr", "oprd", "dobj") if verb.dep_ == "conj" else []
    return any(t.lemma_.lower() in HELD_BODY_NOUNS for t in described + became)


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def acquires(c: EnClause) -> list:
    """ "X acquires Y for $N", "X will buy Z's unit", "take over"; stakes: control -> ACQUIRED, else INVESTED_IN."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        takes_stake = lemma in ("take", "pick") and any(
            _is_stake(o) for o in children(verb, "dobj")
        )  # "X took a 10% stake in Y"
        takes_control = lemma in ("take", "gain", "assume", "acquire") and any(
            o.lemma_.lower() == "control" for o in children(verb, "dobj")
        )  # "X will take (full) control of Y"
        takes_private = lemma == "take" and any(  # "X will take Y private": a buyout of the listed company
            t.lower_ == "private" and t.i > verb.i and t.head.i in (verb.i, *(o.i for o in children(verb, "dobj")))
            for t in verb.subtree
        )
        into = (  # "Y was merged into X" (not "X merged its unit into Z", a reorganisation)
            [e for p in preps(verb, "into") for e in c.list_after(p.i + 1, limit=2)]
            if lemma == "merge" and not children(verb, "dobj")
            else []
        )
        if not is_verb(verb) or not (
            lemma in ACQUIRE_VERBS
            or into  # "Y was merged into X": X absorbed it
            or (lemma == "take" and phrasal(verb, "over"))
            or (lemma in ("snap", "scoop") and phrasal(verb, "up"))
            or takes_stake
            or takes_control
            or takes_private
        ):
            continue
        if not c.asserted(verb) or planned(verb):
            continue  # "plans to acquire Y": a plan to invest commits money, a plan to buy owns nothing yet
        if any(o.lemma_.lower() in ("resale", "resell") for p in preps(verb, "for") for o in children(p, "pobj")):
            continue  # "underwriters purchased N shares for resale to the public": bought to sell on, no stake
        price = c.money([t for p in preps(verb, "for") for t in p.subtree]) or c.money(_money_tokens(verb))
        if into:
            if _unit_merged(verb):
                continue
            for target in c.subjects(verb):
                for buyer in into[:1]:
                    if buyer.type.is_organization and target.type.is_organization and not buyer.same_group(target):
                        c.add(RelationType.ACQUIRED, buyer, target, 0.8, date=c.date())
            continue
        # the deal's own date, not one of a clause inside it ("bought Y, which was founded in 2019")
        date = c.date()
        date = None if _in_relative_clause(verb, date) else date
        agents = c.agents(verb)
        if agents:  # "Y was acquired by X", "Y, acquired by X in 2014"
            # "Y, acquired by X"; "Y entered into an agreement to be acquired by X": the agreement's party
            acquired = (c.with_conjuncts(verb.head) if verb.dep_ == "acl" else []) or c.subjects(verb)
            for buyer in agents[:1]:
                for target in acquired:
                    c.add(RelationType.ACQUIRED, buyer, target, 0.85, **price, date=date)
            continue
        buyers = c.subjects(verb)
        objects = children(verb, "dobj") or [
            t for t in verb.children if t.pos_ == "X" and t.i == verb.i + 1 and c.entity(t) is not None
        ]  # "acquired MosaicML for $N": a coined name the parser hung on the verb as no object
        if not buyers or not objects:
            continue
        obj = objects[0]
        if len(objects) > 1 and any(t.lower_ in c.lex.classifiers for t in c.span.doc[obj.i + 1 : objects[-1].i]):
            obj = objects[-1]  # "acquired AI startup Manus", which the tagger reads as two objects around a verb
        if obj.lower_ in ("which", "that") and verb.dep_ == "relcl":  # "Y, which X acquired in 2022"
            owned = verb.head.head.head if verb.head.head.dep_ == "prep" else None
            if owned is not None and (_is_stake(owned) or owned.lower_ in ("%", "percent", *ASSET_NOUNS)):
                continue  # "X owns 8% of Y (its plant in Y), which it bought last year": the stake was bought, not Y
            for buyer in buyers:
                for target in c.as_organisations(c.with_conjuncts(verb.head)):
                    c.add(RelationType.ACQUIRED, buyer, target, 0.8, **price, date=date)
            continue
        obj = _shares_a_sum_bought(obj) or obj  # "bought $2 billion (worth) of Y shares": the shares
        if _is_stake(obj):
            targets = _in_targets(c, verb) or [e for p in preps(verb, "of") for e in c.list_after(p.i + 1)[:1]]
            targets = targets or [e for p in children(obj, "poss") if (e := c.np_entity(p)) is not None]  # "Y's shares"
            targets = targets or [  # "Y shares", "Y common stock"
                e for p in children(obj, "compound", "nmod") if (e := c.entity(p)) is not None
            ]
            targets = targets or ([c.disc.deal_target] if c.disc.deal_target is not None else [])
            rtype = RelationType.ACQUIRED if _controls_stake(c, obj) else RelationType.INVESTED_IN
            percent = _stake_percent(obj) if len(buyers) == 1 else None  # "A and B took 30%": not each one's share
            shares = _share_money(c, buyers, _money_tokens(verb))
            if len(buyers) == 1 and "amount" not in shares[0]:
                shares = [price or _price_after(c, obj)]  # "a 100% stake in AI startup Y for 25 billion won"
            for buyer, props in zip(buyers, shares):
                for target in targets:
                    c.add(
                        rtype,
                        buyer,
                        target,
                        0.85,
                        **props,
                        date=date if rtype is RelationType.ACQUIRED else None,
                        stake_percent=percent,
                    )
            if obj.lower_ in ("percent", "%") and rtype is RelationType.INVESTED_IN:
                for holder in _gapped_holders(c, obj):  # "A taking 30%, B 20% and C 10%"
                    for target in targets:
                        c.add(RelationType.INVESTED_IN, holder, target, 0.8)
            continue
        unit = c.unit_entity(obj) if obj.lemma_.lower() in UNIT_NOUNS and c.entity(obj) is None else None
        if unit is None and _goods(c, obj):
            continue  # "Meta bought 350,000 Nvidia chips": a company's products, not the company
        if takes_control:
            targets = [e for p in preps(verb, "of") for e in c.list_after(p.i + 1, limit=3) if e.type.is_organization]
        else:
            targets = (
                [unit] if unit is not None else c.as_organisations(c.with_conjuncts(obj) or _described_name(c, obj))
            )
        for buyer in buyers:
            for target in targets:
                c.add(RelationType.ACQUIRED, buyer, target, 0.85, **price, date=date)
    return c.take()


def _described_name(c: EnClause, obj) -> list[Entity]:
    """ "acquire Tel Aviv-based vision startup Y": the name right after the words describing it, where the parser
    made a describing word the object and hung the name elsewhere."""
    doc = c.span.doc
    for i in range(obj.i + 1, min(obj.i + 4, c.span.end)):
        if (ent := c.ent_of.get(i)) is not None:
            return [ent] if doc[i - 1].lemma_.lower() in c.lex.classifiers else []  # "… startup Y"
        if doc[i].is_punct or doc[i].pos_ in ("ADP", "CCONJ", "DET", "AUX"):
            return []
    return []


def _price_after(c: EnClause, stake) -> dict:
    """The sum in "for $N" written after a stake bought, wherever the parser hangs it ("a 100% stake in AI startup Y
    for 25 billion won", where "startup" may be read as a verb)."""
    doc = c.span.doc
    for tok in doc[stake.i + 1 : c.span.end - 1]:
        if tok.lower_ == "for" and doc[tok.i + 1].ent_type_ == "MONEY":
            return c.money([t for t in doc[tok.i + 1 : c.span.end] if t.ent_type_ == "MONEY" or t.i == tok.i + 1])
        if tok.lower_ in (",", ";", "and") or (tok.pos_ == "VERB" and tok.tag_ != "VBD"):
            break
    return {}


def _in_relative_clause(verb, date: str | None) -> bool:
    """The sentence's ``date`` is written inside a relative clause of the verb's ("…, which X founded in 2019") or a
    participle's ("Y, spun out of MIT in 2017, has been acquired")."""
    clauses = [t for t in verb.subtree if t.dep_ in ("relcl", "advcl", "acl") and t.i != verb.i]
    return date is not None and any(
        (cl.dep_ == "acl" or any(w.lower_ in ("which", "who", "whose", "that") for w in cl.subtree))
        and date[:4] in "".join(w.text_with_ws for w in cl.subtree)
        for cl in clauses
    )


def _goods(c: EnClause, obj) -> bool:
    """ "Nvidia H100 chips", "Boston Dynamics robots": a plural common noun, no name itself and no list of names,
    that a maker's name only describes."""
    return (
        obj.tag_ == "NNS"
        and c.entity(obj) is None
        and obj.lemma_.lower() not in c.lex.classifiers
        and not c.group_members(obj)
        and any(ch.dep_ == "compound" and c.entity(ch) is not None for ch in obj.children)
    )


def _shares_a_sum_bought(obj):
    """ "$2 billion of Y shares", "$2 billion worth of Y stock": the shares (or stake) a sum bought, None when the
    object is no such sum."""
    if obj.ent_type_ != "MONEY" and obj.lower_ != "worth":
        return None
    return next((t for p in preps(obj, "of") for t in children(p, "pobj") if _is_stake(t)), None)


def _is_stake(obj) -> bool:
    return obj.lemma_.lower() in STAKE_NOUNS or obj.lower_ in ("percent", "%")


def _stake_percent(obj) -> float | None:
    """The size of a stake written in its phrase ("a 10% stake", "a 12.5 percent stake", "20 percent")."""
    for t in obj.subtree:
        following = t.nbor() if t.i + 1 < len(t.doc) else None
        if (
            t.like_num
            and t.text.replace(".", "", 1).isdigit()
            and following is not None
            and following.lower_ in ("%", "percent")
        ):
            return float(t.text)
    return None


def _controls_stake(c: EnClause, obj) -> bool:
    """A stake that gives control: "a controlling / majority stake", management rights, above 50 percent."""
    percent = _stake_percent(obj)
    if any(t.lower_ in _SHARED_STAKE for t in obj.subtree):
        return False  # "A and B will buy a combined 60% stake": no one of them controls the company
    # "sold its entire stake in Y": all of the seller's holding, which may be a minority one
    own_holding = any(t.dep_ == "poss" for t in obj.children)
    words = CONTROL_WORDS - _ALL_OF_IT if own_holding else CONTROL_WORDS
    return (
        any(t.lower_ in words for t in obj.subtree)
        or "management rights" in c.sentence.text
        or (percent is not None and percent > 50)
    )


_ALL_OF_IT = {"entire", "full", "whole", "all"}
_SHARED_STAKE = {"combined", "joint", "collective", "aggregate"}


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def sells_to(c: EnClause) -> list:
    """ "X sold its NAND business to Y for $N" -> Y ACQUIRED the business; "X sold its 15% stake in Z to Y" ->
    Y INVESTED_IN Z (ACQUIRED when the stake gives control)."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in ("sell", "divest", "transfer", "issue", "allot") or not is_verb(verb) or not c.asserted(verb):
            continue
        buyers = [
            e
            for p in preps(verb, "to")
            for e in c.list_after(p.i + 1, limit=3)
            if e.type.is_organization or e.type is EntityType.PERSON
        ]
        # "sell its unit Z to Y": the parser may read the object as a dative; "to Y" names the buyer
        objects = children(verb, "dobj") or children(verb, "dative") or _sold(verb)
        if not buyers or not objects:
            continue
        obj = objects[0]
        if lemma in ("issue", "allot") and not _is_stake(obj):
            continue  # "issued a statement to X"
        price = c.money([t for p in preps(verb, "for") for t in p.subtree]) or c.money(_money_tokens(verb))
        if _is_stake(obj):
            targets = [
                e
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ in ("in", "of")
                for e in _unit_named(c, p) or c.list_after(p.i + 1, limit=3) or _pronoun_held(c, p)
            ]
            if not targets and not children(obj, "poss"):  # "Y will sell a 10% stake (issue new shares) to X": its own
                targets = [e for e in c.subjects(verb) if e not in buyers]
            rtype = RelationType.ACQUIRED if _controls_stake(c, obj) else RelationType.INVESTED_IN
        else:
            named = [e for a in children(obj, "appos") if (e := c.argument_entity(a)) is not None]  # "its unit, Z,"
            if obj.lower_ in ("itself", "themselves"):
                named = c.subjects(verb)  # "Y agreed to sell itself to X": Y is bought
            unit = (
                c.unit_entity(obj) if obj.lemma_.lower() in UNIT_NOUNS and c.entity(obj) is None and not named else None
            )
            targets = named or ([unit] if unit is not None else c.with_conjuncts(obj))
            rtype = RelationType.ACQUIRED
        for buyer in buyers[:1]:
            for target in targets:
                if target.type.is_organization:
                    c.add(rtype, buyer, target, 0.8, **price, date=c.date() if rtype is RelationType.ACQUIRED else None)
    return c.take()


def _unit_named(c: EnClause, prep) -> list[Entity]:
    """ "a stake in its chip unit Altera": the unit named beside the noun after the preposition, not its owner."""
    return [e for o in children(prep, "pobj") for a in children(o, "appos") if (e := c.argument_entity(a)) is not None]


def _pronoun_held(c: EnClause, prep) -> list[Entity]:
    """ "a stake in it": the organisation the pronoun after the preposition stands for."""
    found = [c.np_entity(o) for o in children(prep, "pobj") if o.lower_ == "it"]
    return [e for e in found if e is not None]


def _sold(verb) -> list:
    """What a passive "sold to" sold: "Y was sold to X", "Y, sold to X in 2021, …"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    return [s for s in verb.children if s.dep_ == "nsubjpass"]


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def pays_for(c: EnClause) -> list:
    """ "The chipmaker will pay about $700 million for the Israeli startup": the price of buying it."""
    for verb in c.span:
        if verb.lemma_.lower() != "pay" or not is_verb(verb) or not c.asserted(verb):
            continue
        objs = [o for p in preps(verb, "for") for o in children(p, "pobj")]
        if not objs or _is_stake(objs[0]):
            continue
        target = (
            c.np_entity(objs[0]) if c.entity(objs[0]) is not None or objs[0].pos_ == "PROPN" else c.described(objs[0])
        )
        if target is None or not target.type.is_organization:
            continue
        paid = children(verb, "dobj")
        price = c.money(list(paid[0].subtree)) if paid else {}
        for buyer in c.subjects(verb):
            c.add(RelationType.ACQUIRED, buyer, target, 0.8, **price, date=c.date())
    return c.take()


# what a holder holds in a company: a stake, or "equity investments", "a position" in it
_HELD_NOUNS = STAKE_NOUNS | {"investment", "position"}


# words before "position" that make it a post, not shares held ("a faculty position", "a senior position")
_POST_WORDS = frozenset({"senior", "academic", "executive", "advisory", "leadership", "teaching", "tenured"})


def _post_held(noun) -> bool:
    """ "will hold a faculty (board, senior) position in Y": a post held, no stake; "a long position in Y",
    "an equity position" are shares."""
    return noun.lemma_.lower() == "position" and any(
        (d.dep_ == "compound" and d.pos_ in ("NOUN", "PROPN") and d.lemma_.lower() not in STAKE_NOUNS)
        or d.lower_ in _POST_WORDS
        for d in noun.lefts
    )


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def holds_stake(c: EnClause) -> list:
    """ "A and B will hold 80 percent of the firm's shares", "X retains the remaining 20 percent": shareholders
    of the company the article's deal is about (or the one named)."""
    for verb in c.span:
        held, disclosed = verb.lemma_.lower() in HOLD_VERBS, verb.lemma_.lower() in _DISCLOSED_HOLDING
        if not (held or disclosed) or not is_verb(verb) or not c.asserted(verb):
            continue
        objects = children(verb, "dobj")
        if not objects or not (
            (held and objects[0].lower_ in ("percent", "%")) or objects[0].lemma_.lower() in _HELD_NOUNS
        ):
            continue
        if any(d.lower_ == "no" for d in objects[0].children) or _held_once(verb) or _post_held(objects[0]):
            continue  # "has no stake in Y", "previously held a stake in Y but sold it", "holds a faculty position"
        named_in = [e for e in _in_targets(c, verb) if e.type.is_organization]
        if not any(t.like_num for t in objects[0].subtree) and not (
            objects[0].lemma_.lower() in _HELD_NOUNS and named_in
        ):
            continue  # "holds a stake in Y" names the company; "retains the rest" without a number names nothing
        of_share = [
            t
            for t in c.span
            if t.i > verb.i and t.lower_ == "of" and t.doc[t.i - 1].lower_ in ("percent", "%", "stake", "shares")
        ]
        # "5.2% of the voting rights (shares) in Y": the company whose rights or shares they are
        named_in = named_in or [
            e
            for t in of_share[:1]
            for o in children(t, "pobj")
            if o.lemma_.lower() in _RIGHTS_HELD
            for p in preps(o, "in", "of")
            for e in c.list_after(p.i + 1, limit=2)
            if e.type.is_organization
        ]
        # "60% of the plant company and Wistron 40%": an unnamed company held; the name after "and" holds the rest
        of_share = [t for t in of_share[:1] if not any(_unnamed_noun(c, o) for o in children(t, "pobj"))]
        targets = named_in or c.as_organisations(
            [e for t in of_share for e in c.list_after(t.i + 1, limit=4) if not _share_follows(c, e, t.i)]
        )  # "60% of Y and Z 40%": Z holds the rest of Y
        targets = [e for e in targets if e.type.is_organization] or (
            [c.disc.deal_target] if c.disc.deal_target is not None else []
        )
        # "SoftBank's Vision Fund 2 holds a stake in the company": not in the holder's own owner
        owners = [e for s in _subject_tokens(verb) for t in s.subtree if t.dep_ == "poss" and (e := c.entity(t))]
        holders = c.subjects(verb)
        # "A will hold 60% of the venture and B 40%": B holds a share beside A, none held by A
        named = {id(e): e for e in c.ent_of.values()}.values()  # each entity once, not once per token
        co_holders = _gapped_holders(c, objects[0]) + [
            e for e in named if _share_follows(c, e, verb.i) or _holds_a_share(c, e, verb)
        ]
        targets = [e for e in targets if e not in owners and e not in co_holders]
        percent = _stake_percent(objects[0]) if len(holders) == 1 else None  # "A and B hold 80%": not each one's
        for holder in holders:
            for target in targets:
                c.add(RelationType.INVESTED_IN, holder, target, 0.75, stake_percent=percent)
        for holder in _gapped_holders(c, objects[0]):  # "A holding 30%, B 20%": each its own, read there
            for target in targets:
                c.add(RelationType.INVESTED_IN, holder, target, 0.75)
    return c.take()


_RIGHTS_HELD = {"right", "share", "capital", "stock"}  # "the voting rights in Y", "the issued share capital of Y"


def _sum_written(c: EnClause, objects: list) -> bool:
    """The objects spell a sum the tagger did not label as money ("raised CLP 3 billion", "Rp 150 billion")."""
    return "amount" in c.money([t for o in objects for t in o.subtree])


def _share_follows(c: EnClause, ent: Entity, after: int) -> bool:
    """A share is written right after the entity's name past token ``after`` ("Z 40%"): a holder of its own."""
    return any(
        c.ent_of.get(i) is ent and c.ent_of.get(i + 1) is not ent and _share_at(c, i + 1)
        for i in range(after + 1, c.span.end - 2)
    )


def _holds_a_share(c: EnClause, ent: Entity, other_than) -> bool:
    """``ent`` is the subject of another holding verb with a share ("… and B will hold 40%")."""
    return any(
        verb is not other_than
        and verb.lemma_.lower() in HOLD_VERBS
        and any(o.lower_ in ("percent", "%") or o.lemma_.lower() in STAKE_NOUNS for o in children(verb, "dobj"))
        and ent in c.subjects(verb)
        for verb in c.span
    )


_REST_WORDS = {"the", "its", "their", "remaining", "other", "rest", "of"}


def _share_at(c: EnClause, i: int) -> bool:
    """A share written from token ``i`` on: "40%", "the remaining 49 percent", "the other 30%"."""
    doc = c.span.doc
    while i < c.span.end and doc[i].lower_ in _REST_WORDS:
        i += 1
    return i + 1 < c.span.end and doc[i].like_num and doc[i + 1].lower_ in ("percent", "%", "pct")


def _unnamed_noun(c: EnClause, noun) -> bool:
    """A common noun naming no organisation ("the plant company"), unlike "the company's shares" or a name."""
    return noun.pos_ == "NOUN" and c.entity(noun) is None and not children(noun, "poss")


def _gapped_holders(c: EnClause, share) -> list[Entity]:
    """ "A will hold 30 percent, B 20 percent and C 10 percent": the names each written before a share
    after the first one, up to the next verb."""
    doc, found = c.span.doc, []
    i = share.i + 1
    if i < c.span.end and doc[i].lower_ == "of":  # "30 percent of Y, B 20 percent": Y is the company held
        held = next((c.ent_of[j] for j in range(i + 1, min(i + 4, c.span.end)) if j in c.ent_of), None)
        while i < c.span.end and (c.ent_of.get(i) is not held or held is None) and doc[i].lower_ != ",":
            i += 1
        while i < c.span.end and held is not None and c.ent_of.get(i) is held:
            i += 1
    while (
        i < c.span.end
        and not (is_verb(doc[i]) and doc[i].pos_ != "AUX" and i not in c.ent_of)  # a name misread as a verb
        and doc[i].lower_ not in ("while", "whereas", "but", "of")
    ):
        ent = c.argument_entity(doc[i], listed=True) if doc[i].pos_ == "PROPN" else c.entity(doc[i])
        if ent is not None:
            j = i
            while j < c.span.end and c.ent_of.get(j) is ent:
                j += 1
            if _share_at(c, j):
                found.append(ent)
            i = j
            continue
        i += 1
    return found


INCREASE_VERBS = {"increase", "raise", "boost", "expand", "lift", "up", "double", "triple"}
_CONTROL_PHRASES = ("management rights", "management control", "controlling", "majority", "subsidiary")


def _controls(text: str) -> bool:
    """A stake that gives control: management rights, a majority, a subsidiary, or above 50 percent."""
    low = text.lower()
    if any(p in low for p in _CONTROL_PHRASES):
        return True
    return any(float(m.group(1)) > 50 for m in re.finditer(r"\bto (\d+(?:\.\d+)?)\s?(?:percent|%)", low))


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def paid_for_stake(c: EnClause) -> list:
    """ "X paid $N for a 20% stake in Y", "X spent $N on a 49% stake in Y": a stake bought at that price (one that
    gives control, an acquisition)."""
    for verb in c.span:
        if verb.lemma_.lower() not in ("pay", "spend") or not is_verb(verb) or not c.asserted(verb) or planned(verb):
            continue
        for stake in (o for p in preps(verb, "for", "on") for o in children(p, "pobj") if _is_stake(o)):
            targets = [
                e
                for p in preps(stake, "in", "of")
                for e in _unit_named(c, p) or c.list_after(p.i + 1, limit=3)
                if e.type.is_organization
            ]
            rtype = RelationType.ACQUIRED if _controls_stake(c, stake) else RelationType.INVESTED_IN
            price = c.money([t for t in children(verb, "dobj") for t in t.subtree])
            for buyer in c.subjects(verb):
                for target in targets:
                    if target is not buyer:
                        c.add(rtype, buyer, target, 0.8, **price, stake_percent=_stake_percent(stake))
    return c.take()


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
        payer = (
            verb.head
            if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in ("spend", "pay", "invest")
            else verb
        )
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
    """ "X becomes the largest shareholder of Y", "X, a major investor in Y, …", "X, an early backer of Y"."""
    for noun in c.span:
        if noun.lemma_.lower() not in HOLDER_NOUNS - {"owner"} | {"backer", "funder"} or noun.pos_ != "NOUN":
            continue
        if c.unrealised(noun):
            continue  # "a potential backer", "a former shareholder"
        ins = [p for p in children(noun, "prep") if p.lower_ in ("of", "in")]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":  # the parser may hang "in Y" on the copula
            ins += preps(noun.head.head, "in", "of")
        targets = [e for p in ins for o in children(p, "pobj") for e in _round_owner(c, o)]  # "in Y's Series A"
        if (
            not targets
            and c.disc.round_target is not None
            and any(_is_round(o) and c.entity(o) is None for p in ins for o in children(p, "pobj"))
        ):  # "Y raised $N. A and B were among the investors in the round": the round just reported
            targets = [c.disc.round_target]
        targets += [e for p in ins for e in c.list_after(p.i + 1, limit=3)]
        targets += [
            e for poss in children(noun, "poss") if (e := _holding_owner(c, poss)) is not None
        ]  # "Y's largest shareholder", "A and B are among its investors"
        if not targets and not ins and noun.dep_ == "attr" and c.disc.round_target is not None:
            targets = [c.disc.round_target]  # "Y raised $N. X is a major backer": of the company just funded
        if noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in ("be", "become", "remain"):
            if not c.asserted(noun.head):
                continue
            holders = c.subjects(noun.head)
        elif noun.dep_ == "appos":
            holders = [e for e in [c.np_entity(noun.head)] if e is not None]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_.lower() in ("be", "remain"):
            if not c.asserted(noun.head.head):
                continue
            holders = c.subjects(noun.head.head)  # "A and B are among the investors in Y"
        elif (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and (one := noun.head.head).lower_ == "one"
            and one.dep_ == "attr"
            and one.head.lemma_.lower() in ("be", "become", "remain")
        ):
            if not c.asserted(one.head):
                continue
            holders = c.subjects(one.head)  # "X is one of Y's biggest investors", "one of the investors in Y"
        elif (
            noun.dep_ in ("ccomp", "oprd", "xcomp")
            and noun.head.lemma_.lower() == "make"
            and (made := children(noun, "nsubj"))
        ):
            if not c.asserted(noun.head):
                continue
            holders = [e for s in made for e in c.with_conjuncts(s)]  # "The deal makes X the largest shareholder in Y"
        else:
            continue
        for holder in holders:
            for target in targets[:1]:
                if target.type.is_organization:
                    c.add(RelationType.INVESTED_IN, holder, target, 0.75)
    return c.take()


def _holding_owner(c: EnClause, poss) -> Entity | None:
    """The company a holder's possessive names: "Y's" itself; "its" / "their" the company just funded or the topic,
    never the holder the clause is about ("A and B are among its investors")."""
    if poss.lower_ in ("its", "their"):
        return c.disc.round_target or c.disc.topic
    return c.np_entity(poss)


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


def _acquisition_word(noun) -> bool:
    """ "acquisition", "takeover", "take-private" (the parser heads it on "private")."""
    if noun.lower_ == "private" and noun.i >= 2 and noun.doc[noun.i - 1].text in "-–":
        return noun.doc[noun.i - 2].lower_ == "take"
    return noun.lemma_.lower() in ACQUIRE_NOUNS and noun.pos_ == "NOUN"


@relation_rule(RelationType.ACQUIRED, language="en", per_sentence=True)
def acquisition_noun(c: EnClause) -> list:
    """ "X's acquisition of Y", "X completed its $N purchase of Y", "the acquisition of Y by X", "its acquisition
    of a 51% stake in Y" (a stake without control is an investment)."""
    for noun in c.span:
        if noun.lower_ in SALE_NOUNS and noun.pos_ == "NOUN" and c.asserted(noun) and not c.unrealised(noun):
            _sold_to(c, noun)  # "X completed the sale of Y to Z": Z bought Y
            continue
        if not _acquisition_word(noun) or not c.asserted(noun):
            continue
        if c.unrealised(noun):
            continue  # "X's planned / proposed acquisition of Y"
        targets = [e for p in children(noun, "prep") if p.lower_ == "of" for e in c.list_after(p.i + 1)]
        if not targets:  # "X completed its Y acquisition", "X's $2 billion Y acquisition"
            targets = [e for t in noun.lefts if t.dep_ == "compound" and (e := c.entity(t)) is not None][:1]
        stake = next((o for p in preps(noun, "of") for o in children(p, "pobj") if _is_stake(o)), None)
        if stake is not None:  # "its acquisition of a 51% stake in Y"
            targets = [e for p in preps(stake, "in") for e in c.list_after(p.i + 1)]
        # "the acquisition of the edge inference business of Y": the unit bought, not Y
        units = [
            unit
            for p in preps(noun, "of")
            for o in children(p, "pobj")
            if o.lemma_.lower() in UNIT_NOUNS and c.entity(o) is None and (unit := c.unit_entity(o)) is not None
        ]
        targets = units or targets
        buyers = [e for p in children(noun, "prep") if p.lower_ == "by" for e in c.list_after(p.i + 1)]
        for poss in children(noun, "poss"):
            ent = c.np_entity(poss)
            buyers += [ent] if ent is not None else []
        if (
            not buyers
            and noun.dep_ in ("dobj",)
            and noun.head.lemma_.lower() in ("complete", "finalize", "announce", "close")
        ):
            buyers = c.subjects(noun.head)
        priced = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "completed its acquisition of Y for $N"
        priced += [stake] if stake is not None else []
        props = c.money(
            [t for t in noun.subtree if t.i < noun.i] + [t for h in priced for p in preps(h, "for") for t in p.subtree]
        )
        rtype = (
            RelationType.INVESTED_IN if stake is not None and not _controls_stake(c, stake) else RelationType.ACQUIRED
        )
        percent = _stake_percent(stake) if stake is not None and len(buyers) == 1 else None
        for buyer in buyers:
            for target in targets:
                if target.type is not EntityType.PERSON:
                    c.add(rtype, buyer, target, 0.8, **props, stake_percent=percent)
    return c.take()


SALE_NOUNS = {"sale", "divestiture", "divestment", "disposal"}  # a seller's word for what a buyer acquires


def _sold_to(c: EnClause, noun) -> None:
    """ "X completed the sale of Y to Z for $N": Z acquired Y; the company sold is the object of "of" itself
    ("the sale of its chips to Z" sells goods, no company)."""
    if noun.head.lemma_.lower() in ENDING_VERBS:
        return  # "halted (called off) the sale of Y to Z"
    held = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    sold = [e for p in preps(noun, "of") for o in children(p, "pobj") for t in (o, *o.conjuncts) if (e := c.entity(t))]
    # "approved the company's (Y's) sale to Z": the company sold is the noun's own
    sold = sold or [e for p in children(noun, "poss") if (e := c.np_entity(p)) is not None]
    # "to Z", "to buyout firm Z" (the kind written before the name), "to A and B"
    buyers = [e for h in held for p in preps(h, "to") for e in c.list_after(p.i + 1, limit=3)]
    props = c.money([t for h in held for p in preps(h, "for") for t in p.subtree])
    for buyer in (e for e in buyers if e.type.is_organization):
        for target in (e for e in sold if e.type.is_organization and e is not buyer):
            c.add(RelationType.ACQUIRED, buyer, target, 0.8, **props)


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def portfolio_company(c: EnClause) -> list:
    """ "Y is a portfolio company of X", "Y, a Brightwater Capital portfolio company,", "X's portfolio companies
    include A and B": X invested in Y."""
    for mod in c.span:
        noun = mod.head
        if (
            mod.lower_ != "portfolio"
            or mod.dep_ not in ("compound", "amod", "nmod")
            or noun.lemma_.lower()
            not in (
                "company",
                "firm",
                "startup",
            )
        ):
            continue
        investors = [e for p in preps(noun, "of") for e in c.list_after(p.i + 1, limit=2)]
        investors += [
            e
            for t in (*noun.children, *mod.children)
            if t.dep_ in ("compound", "poss") and t.i < mod.i and (e := c.np_entity(t))
        ]
        # "X's portfolio company Y": the name set beside the noun, or the one the noun is parsed as a part of
        named_after = [e for a in children(noun, "appos") if (e := c.entity(a)) is not None]
        if noun.dep_ == "compound" and (named := c.entity(noun.head)) is not None:
            named_after.append(named)
        if noun.dep_ == "appos":
            companies = c.with_conjuncts(noun.head)
        elif named_after:  # "Orion Capital's portfolio company Delta Foods raised …"
            companies = named_after
        elif noun.dep_ == "attr" and c.asserted(noun.head):
            companies = c.subjects(noun.head)
        elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include" and c.asserted(noun.head):
            companies = [e for o in children(noun.head, "dobj") for e in c.with_conjuncts(o)]
        else:
            continue
        for investor in investors:
            for company in companies:
                if investor.type.is_organization and company.type.is_organization and company is not investor:
                    c.add(RelationType.INVESTED_IN, investor, company, 0.75)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def percent_owned(c: EnClause) -> list:
    """ "Y was 20 percent owned by X", "Y, 30 percent controlled by X": a stated share is a shareholder's stake (a
    state, not a purchase: how it was come by, bought or founded, the sentence does not say)."""
    doc = c.span.doc
    for verb in c.span:
        if (
            verb.lower_ not in ("owned", "held", "controlled")
            or verb.tag_ != "VBN"
            or verb.i < c.span.start + 2
            or doc[verb.i - 1].lower_ not in ("percent", "%", "pct")
            or not doc[verb.i - 2].like_num
            or not c.asserted(verb)
        ):
            continue
        try:
            percent = float(doc[verb.i - 2].text)
        except ValueError:
            continue
        if (
            verb.head.i == verb.i - 1 and verb.head.dep_ == "attr"
        ):  # "Y is 60 percent owned": the parse hangs it on the share
            owned = c.subjects(verb.head.head)
        else:
            owned = c.with_conjuncts(verb.head) if verb.dep_ in ("acl", "relcl") else c.subjects(verb)
        owned = owned or ([c.disc.topic] if c.disc.topic is not None and verb.dep_ == "ROOT" else [])
        for owner in c.agents(verb, limit=2):
            for target in owned:
                if owner.type.is_organization or owner.type is EntityType.PERSON:
                    c.add(RelationType.INVESTED_IN, owner, target, 0.75, stake_percent=percent)
    return c.take()


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def invested_companies_include(c: EnClause) -> list:
    """ "The (other) companies in which X has invested include A, B and C", "Startups X has backed include A and B"."""
    for verb in c.span:
        if verb.lemma_.lower() != "include" or not is_verb(verb) or not c.asserted(verb):
            continue
        for subject in _subject_tokens(verb):
            clause = next(
                (
                    r
                    for r in subject.children
                    if r.dep_ == "relcl" and r.lemma_.lower() in INVEST_VERBS | {"back", "fund"}
                ),
                None,
            )
            if clause is None or not c.asserted(clause) or children(clause, "neg"):
                continue
            investors = [e for e in c.subjects(clause) if e.type.is_organization or e.type is EntityType.PERSON]
            investors = [e for e in investors if e not in c.with_conjuncts(subject)]
            for investor in investors:
                for company in [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]:
                    if company.type.is_organization and company is not investor:
                        c.add(RelationType.INVESTED_IN, investor, company, 0.75)
    return c.take()


# what parts a holder from its stake ("sold its stake in Y", "X's stake in Y was sold off"), all of it or some
EXIT_VERBS = {"sell", "divest", "dispose", "offload", "unload", "dump", "exit"}
DISPOSE_VERBS = EXIT_VERBS | {"cut", "reduce", "trim", "lower", "unwind", "unwound", "reverse"}  # "unwound its stake"


def _disposed(noun) -> bool:
    """ "X sold its stake (exited its investment) in Y", "X's stake in Y was sold": no longer held."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in DISPOSE_VERBS


def _held_once(verb) -> bool:
    """ "X previously held a stake in Y but sold it in 2023": a holding the sentence says ended."""
    return any(a.lower_ in ("previously", "formerly", "once") for a in verb.children) or any(
        v.dep_ == "conj"
        and v.lemma_.lower() in EXIT_VERBS
        and all(o.lower_ in ("it", "them", "stake", "holding") for o in children(v, "dobj"))  # not "sold its Z shares"
        for v in verb.children
    )


@relation_rule(RelationType.INVESTED_IN, language="en", per_sentence=True)
def possessed_stake(c: EnClause) -> list:
    """ "X's stake in Y rose to 20 percent", "X's 10% stake in Y is worth $N": a named holder's stake in a company."""
    for noun in c.span:
        if noun.lemma_.lower() not in ("stake", "holding") or noun.pos_ != "NOUN" or not c.asserted(noun):
            continue
        if c.unrealised(noun) or _disposed(noun):  # "X's former stake in Y", "X sold its stake": no longer held
            continue
        holders = [e for p in children(noun, "poss") if p.lower_ not in ("its", "their") and (e := c.np_entity(p))]
        targets = [e for p in preps(noun, "in") for e in c.list_after(p.i + 1, limit=3) if e.type.is_organization]
        for holder in holders:
            for target in targets[:1]:
                if holder.type.is_organization or holder.type is EntityType.PERSON:
                    c.add(RelationType.INVESTED_IN, holder, target, 0.75, stake_percent=_stake_percent(noun))
    return c.take()
