"""Korean funding rounds whose participants are introduced as investors, not by the round's name.

After a round is announced ("노바랩스는 300억원 규모의 시리즈C 투자를 유치했다"), news often
names who took part by calling them investors instead of naming the round: "기존 투자자인
A와 신규 투자자 B가 참여했다", "재무적 투자자로 A가 합류했다".  Each such subject invested in the
round's company (``Discourse.funded``, set by ``ko_funding.funding_raised``).  Without an
announced round nothing is claimed; hedges after the verb are the relate stage's (``hedges.tsv``).
"""

from __future__ import annotations

import re

from aigraph.core.vocabulary import RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import AMOUNT, PLACE, SUBJECT, TOGETHER, Arg, Clause
from aigraph.ingest.pipeline.rules.ko_funding import ROUND_NAME, ROUND_PLACE, investor_facts

# the word that presents a participant as an investor: "기존 투자자인", "신규 투자자", "재무적 투자자로"
_INVESTOR_WORD = re.compile(
    r"(?:투자자|투자사|투자기관|벤처캐피털|VC)(?:들)?(?:\([^()]*\))?(?:인|로|로서|와\s?함께|과\s?함께|이|가)?\s"
)


# "이 밖에 A, B 등도 참여했다": more participants right after the sentence naming a round's investors
_ALSO = re.compile(r"\s*(?:이\s?밖에|이\s?외에|이와\s?함께|또한|또|아울러)\s")
_INCLUDING = re.compile(r"\s(?:비롯|포함)(?:해|한|하여)\s")  # "A를 비롯해 B, C 등이": A is listed with them
_OTHER_PLACE = re.compile(r"\S+(?:에|에도)\s(?:\S+\s)?$")  # "행사에 참여했다": another event's


def _also_joined(c: Clause) -> bool:
    """The participants are added to the round named in the sentence before ("이 밖에 …도 참여했다")."""
    also = _ALSO.match(c.sentence.text) or any(a.particle == "도" for a in c.subjects)
    return (
        bool(also)
        and c.discourse.round_sentence == c.sentence.index - 1
        and not _OTHER_PLACE.search(c.text_before(c.pos))
    )


# "A, B 등 국내 주요 벤처캐피털(VC)이": an enumeration whose subject particle sits on the kind of its members
_KIND_SUBJECT = re.compile(
    r"\s*등\s(?:[가-힣A-Za-z0-9]+\s){0,3}?[가-힣A-Za-z0-9]*(?:투자자|투자사|투자기관|벤처캐피털|VC|기관|기업|회사|곳)(?:들)?"
    r"(?:\([^()]*\))?(?:이|가)\s"
)


def _kind_subjects(c: Clause) -> list[Arg]:
    """The organisations of an enumeration ended by "등 … 기관이" before the verb: together the subject."""
    base = c.sentence.start
    last = {a.group: a for a in c.before}
    groups = {g for g, a in last.items() if not a.particle and _KIND_SUBJECT.match(c.sentence.text, a.end - base)}
    return [a for a in c.before if a.group in groups and a.entity.type.is_organization]


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:참여|참가|합류|함께|(?:후속|공동)\s?투자)(?:했|하였|한다|해|하며|하고|하는)|후속\s?투자에\s?(?:나섰|나서|나선)",
)
def investors_joined(c: Clause) -> list[Relation]:
    """ "기존 투자자인 A와 신규 투자자 B가 참여했다", "기존 투자사인 A가 후속 투자했다(후속 투자에 나섰다)", "A가 리드
    투자자로 나섰고 B가 공동 투자했다", "A 등 기존 투자자와 함께
    B가 참여했다" after a round:
    A and B invested in its company."""
    recipient = c.discourse.funded
    head = c.own_clause()
    # a follow-on investment told right after the round is one in it ("A가 후속 투자에 나섰다")
    follow_on = "후속" in c.trigger.group(0) and c.discourse.funded_at >= c.sentence.index - 1
    if (
        recipient is None
        or ROUND_PLACE.search(head)
        or not (_INVESTOR_WORD.search(head) or _also_joined(c) or follow_on)
    ):
        return []  # no round announced, or a round named as the place (``round_participants`` reads it)
    subjects = [a for a in c.subjects if a.particle in SUBJECT and a.entity.type.is_organization]
    subjects += _kind_subjects(c)
    # "A, B 등 기존 투자자와 함께 C가 참여했다": the investors joined with are investors too
    subjects += [a for a in c.before if a.particle in TOGETHER and a.entity.type.is_organization]
    groups = {a.group for a in subjects}
    investors = [a for a in c.before if a.group in groups and a.entity.type.is_organization]
    return investor_facts(c, investors, recipient) if investors else []


def _fund_just_named(c: Clause) -> Entity | None:
    """ "'한빛AI펀드'를 결성했다. A가 앵커 출자자로 참여했다": a limited partner's fund, the last one named in this
    sentence or the one before (a fund, not a company, takes 출자자)."""
    if not c.trigger.group(0).startswith(("출자자", "LP")):
        return None
    partners = {a.entity.key for a in c.subjects}  # "모태펀드와 A가 출자자로": a fund among the partners is not theirs
    funds = [
        (m.start, e)
        for e in c.entities
        if e.name.endswith(("펀드", "투자조합")) and e.key not in partners
        for m in e.mentions
        if c.sentence.index - 1 <= m.sentence <= c.sentence.index and m.start < c.pos
    ]
    return max(funds, key=lambda f: f[0])[1] if funds else None


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:투자자|출자자|LP)(?:\([^()]*\))?(?:로|으로)\s(?:\S+\s)?(?:참여|합류|참가|나섰|나서|이름을\s올)",
)
def investor_of_named_company(c: Clause) -> list[Relation]:
    """ "A는 Y의 전략적 투자자(SI)로 참여했다", "A는 Y에 재무적 투자자로 합류했다", "A는 Y 펀드의 출자자(LP)로
    참여했다": A invested in Y, the company (or fund)
    written with 의 or 에 just before; "A가 리드 투자자로 나섰다" after a round: the round's company."""
    base = c.sentence.start
    owner = next(
        (
            a
            for a in reversed(c.before)
            if a.particle in {"의"} | PLACE
            and c.pos - a.end <= 14
            and a.entity.type.is_organization
            and not ROUND_NAME.fullmatch(a.entity.name)  # "Y의 시리즈B에 … 투자자로": Y's round, Y the company
        ),
        None,
    )
    if owner is not None and _INVESTOR_WORD.search(c.sentence.text[owner.end - base : c.pos - base]) is not None:
        return []  # "Y의 기존 투자자인 A와": another phrase's investor
    company = owner.entity if owner is not None else _fund_just_named(c) or c.discourse.funded
    if company is None:
        return []
    investors = [a for a in c.subjects if a.entity.type.is_organization and a.entity is not company]
    group = {a.group for a in investors[:1]}
    if any(a.entity is company and a.group in group for a in c.before):
        return []  # "모태펀드와 A가 출자자로 참여했다": the fund is one of the limited partners, not their fund
    facts = investor_facts(c, [a for a in c.before if a.group in group and a.entity.type.is_organization], company)
    if c.trigger.group(0).startswith(("출자자", "LP")) and not re.search(AMOUNT, c.own_clause()):
        # "Z가 300억원을 출자했고 A, B가 LP로 참여했다": the sum is Z's, the partners' own is not told
        for r in facts:
            r.properties = {k: v for k, v in r.properties.items() if not k.endswith(("amount", "currency"))}
    return facts


# nouns of manner made adverbs with 으로/로 ("공동으로 리드했다", "신규로 참여했다"): how, no place or object
_MANNER_NOUNS = frozenset({"공동", "신규", "단독", "추가", "별도", "개별", "전략적"})


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    # "공동으로 투자했다", "단독으로 투자했다", "전액 투자했다": how the subject put money in the round
    trigger=r"(?:리드|주도|참여|참가|합류|(?:공동|단독)(?:으로)?\s?투자|전액\s?투자)(?:했|하였|한다|하며|하고)"
    # "A와 B가 신주를 배정받는다(인수했다)": the new shares of the rights issue just announced
    r"|신주(?:를|을)\s(?:배정\s?받(?:았|는다|으며|고|기로)|인수(?:했|하였|한다|하며|하고|하기로))",
    name="ko_rounds.right_after_the_round",
)
def right_after_the_round(c: Clause) -> list[Relation]:
    """ "Y는 300억원 규모의 투자를 유치했다. A가 리드했고 B가 참여했다", "… A와 B가 공동으로 투자했다", "Y는
    유상증자를 결정했다. A가 신주를 배정받는다": in the
    sentence right after a round's announcement, a subject that led, joined or invested with no place or object
    of its own joined that round."""
    recipient = c.discourse.funded
    head = c.own_clause()
    if recipient is None or c.discourse.funded_at != c.sentence.index - 1:
        return []
    if ROUND_PLACE.search(head) or _INVESTOR_WORD.search(head):
        return []  # a round named as the place, or investors called so: the rules above read them
    clause_start = c.own_clause_start()
    own = [a for a in c.before if a.start >= clause_start]
    kinds = _kind_subjects(c)  # "A, B 등 7개 기관이 참여했다"
    toks = c.sentence.tokens
    marked = [
        t
        for k, t in enumerate(toks)
        if clause_start <= t.start < c.pos
        and t.tag in ("JKO", "JKB")
        and not _INCLUDING.match(c.sentence.text, t.end - c.sentence.start)
        and not (k and toks[k - 1].form in _MANNER_NOUNS and t.form in ("으로", "로"))
    ]  # an object or place of the verb's own; "A를 비롯해 B, C가": A is one of the subjects; "공동으로": how
    if not own or marked or any(a.particle not in SUBJECT and a not in kinds for a in own) or _OTHER_PLACE.search(head):
        return []  # "행사에 참여했다", "A가 정부 사업을 주도했다": another place or object
    investors = [a for a in own if a.entity.type.is_organization and a.entity is not recipient]
    return investor_facts(c, investors, recipient, 2) if investors else []
