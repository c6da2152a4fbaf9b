"""Korean funding-round rules: who put money into a company's round.

"Y가 A, B 등으로부터 N억원 투자를 유치했다" and "이번 투자에는 A, B, C 등이 참여했다"
give INVESTED_IN from each named investor to Y.  The round's total goes on the fact
as ``amount`` only when one investor is named; with several, each fact carries it as
``round_amount``/``round_currency`` (a property of the round the investors share, not
what each put in).  ``series`` ("시리즈B") and ``lead`` (the investor "주도"/"리드" the
round) are kept when stated.
"""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.normalise import money_properties, round_series
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import (
    AMOUNT,
    BOUND_NOUN,
    CLAUSE_DONE,
    DESCRIPTION,
    DONE_ENDINGS,
    EACH,
    EARLIER_ACT,
    FROM,
    GROUP_OPENER,
    PLACE,
    SOURCE,
    SUBJECT,
    TOGETHER,
    Arg,
    Clause,
)

# "시리즈B", "프리A", "시드": a round's own name, never the company that raised it (even when recognised as one)
ROUND_NAME = re.compile(
    r"(?:시리즈|Series)\s?[A-F]\d?|프리\s?(?:시리즈\s?)?[A-F]|시드|Seed|프리IPO|Pre-IPO", re.IGNORECASE
)
# "이번 투자에는", "시리즈B 라운드에", "펀딩에": the place a participant joins is a round
ROUND_PLACE = re.compile(
    r"(?:투자|펀딩|라운드|투자\s?유치|증자|(?:유치|조달)한\s[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)"
    r"|(?<![가-힣A-Za-z])(?P<series>시리즈\s?[A-F]\d?|프리\s?A))(?:\([^()]{1,12}\))?(?:에는|에도|에선|엔|에|은|는|를(?=\s(?:주도|리드|이끌)))(?=\s|$)"
)
_RECIPIENT_VERB = re.compile(r"\S*\s*(?:\S+\s){0,3}?(?:진행|유치|실시|마무리|마감)(?:한|했|하는)")
# "A가 투자한/주도한 이번 투자에는": a participant (or the lead) written in a relative clause
_INVESTING_CLAUSE = re.compile(r"\S*\s+(?:\S+\s)?(?:투자|출자|주도|리드)한|\S*\s+(?:\S+\s)?이끈")
_OWNER_GAP_BREAK = re.compile(r",|[은는]\s")  # what ends the phrase an owner in 의 opens before a round's name
_JOINED_BY = re.compile(r"(?:했던|한)\s+['‘]?")
# the kind of an enumeration's members that makes them a round's investors ("A, B 등 기존 투자사와")
_INVESTOR_KINDS = frozenset(
    {
        "투자사",
        "투자자",
        "투자기관",
        "기관투자자",
        "벤처캐피털",
        "벤처캐피탈",
        "액셀러레이터",
        "엑셀러레이터",
        "운용사",
        "창투사",
    }
)
_ROUND_AFTER = re.compile(r"(?:참여|참가)한\s+(?:이번\s)?(?:\S+\s)?(?:투자|라운드|펀딩)")
_JOINED_ROUND = re.compile(
    r"[^.]{0,12}?(?:이|가)\s+(?:공동(?:으로)?\s?|함께\s)?(?:(?:참여|참가|주도|투자|리드)(?:한|하는)|이끈|이끄는)\s"
)
# "A가 주도하고 B가 참여한 라운드": the lead's verb joined to the participants' relative clause by 하고
_LED_AND = re.compile(r"\s*(?:\([^()]*\))?(?:이|가)\s+(?:주도|리드)하고\s")
# "A를 리드 투자자로": the object the round was raised around, its lead
_LEAD_OBJECT = re.compile(
    r"\s*(?:\([^()]*\))?(?:을|를)\s+(?:리드\s?투자자|주요\s?투자자|앵커\s?투자자|주축)(?:로|으로)\s"
)
# "A, B 등을 투자자로 유치했다", "A를 전략적 투자자(SI)로 유치했다", "A 및 B 등을 대상으로 N원 규모의 투자를
# 마무리했다": organisations taken in as the round's investors
_AS_INVESTORS = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:등)?(?:을|를)\s+"
    r"(?:(?:(?:신규|기존|전략적|재무적)\s?)?투자자(?:\([^()]*\))?(?:로|으로)|대상으로"
    # "A를 2대 주주로 맞으며 N원을 유치했다": the investor the round makes a shareholder
    r"|(?:(?:\d대|최대|주요)\s?)?주주(?:로|으로))\s"
)
# "A, B 등 기존 투자자와 ": an enumeration closed by the kind of investors it names, joined on by 와/과
_KIND_JOINED = re.compile(
    r"\s*(?:\([^()]*\))?\s*등\s(?:(?:기존|신규|주요)\s?)?(?:투자자|투자사|투자기관|벤처캐피털|VC)(?:들)?(?:와|과)\s"
)
# "… 신규 투자자인 C로부터 ": the source the enumeration is joined to, in the same phrase
_JOINED_SOURCE = re.compile(r"[^.,]{0,40}?(?:로부터|으로부터)\s")
_VERB_TAGS = frozenset({"VV", "VA", "XSV", "XSA", "EC", "EF"})


def _kind_joined_to_source(c: Clause, group_end: int) -> bool:
    """ "Y는 A 등 기존 투자자와 신규 투자자인 B로부터 N원을 유치했다": the enumeration ending at sentence offset
    ``group_end`` is joined, as investors, to the source the money came from (before the trigger)."""
    kind = _KIND_JOINED.match(c.sentence.text, group_end)
    source = _JOINED_SOURCE.match(c.sentence.text, kind.end()) if kind else None
    if kind is None or source is None or source.end() > c.pos - c.sentence.start:
        return False
    start, end = c.sentence.start + kind.end(), c.sentence.start + source.end()
    # "A 등 기존 투자자와 갈등을 빚었지만 B로부터": a verb between ends the phrase
    return not any(start <= t.start < end and t.tag in _VERB_TAGS for t in c.sentence.tokens)


_ANOTHER_VERB = re.compile(r"\S(?:된|한|하는|되는|해|하여|돼|되어|했고|했으며)\s")
# "진행된 (이번) (시리즈B) 라운드": the verb that runs the round itself, before the round's own words
_ROUND_RUN = re.compile(
    r"(?:진행|단행|실시|성사)된\s(?=(?:이번\s)?(?:\S+\s)?\S*(?:투자|라운드|펀딩|시리즈\s?[A-F]|증자)\S{0,3}\s)"
)
_ETC = re.compile(r"\s*(?:\([^()]*\))?\s*등(?![가-힣])|\s*(?:\([^()]*\))?\s*등[이은을의과와에으]")
_GROUP_WORDS = ("계열사", "자회사", "관계사", "투자사들", "기업들", "기관들")
# "A의 투자를", "A의 200억원 규모 투자를", "A의 후속 투자를": the investment is A's
# "Y, A서 100억 투자 유치": a headline's 서, short for 에서, after the investor's name
_HEADLINE_SOURCE = re.compile(r"서\s")
_INVESTORS_OWN = re.compile(
    # "A, B 등 기존 투자자들의 후속 투자": the investors named, then what kind they are
    r"(?:\([^()]*\))?(?:\s?등)?(?:\s(?:기존|주요|신규)?\s?(?:투자자|투자사|투자기관|주주)(?:들)?)?"
    r"의\s+(?:(?:후속|추가|전략적|신규|지분)\s?)?(?:[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)\s?(?:규모의?\s+)?)?"
)
# "A의 후속 투자를 포함해 총 N원을 조달했다": A's money is part of the round raised (others' too, so the total is not A's)
_INCLUDED = re.compile(_INVESTORS_OWN.pattern + r"투자(?:금)?(?:를|을)\s(?:포함|비롯)(?:해|하여|한)\s")
# "투자를 받은 (AI 스타트업) Y": the company the relative clause describes received the money
_DESCRIBED_RECIPIENT = re.compile(r"(?<=은)\s+(?:[A-Za-z가-힣]+\s){0,3}")
# "… 받은 (AI 반도체) 스타트업이다": the relative clause describes the topic ("받은 펀드를 운용한다" does not)
_IS_RECIPIENT_KIND = re.compile(
    r"\s(?:[A-Za-z가-힣]+(?<![을를이가은는에의])\s){0,3}?[A-Za-z가-힣]+?(?<![했됐었았였한])(?:이다|이며|이자|으로|로|다)(?=[\s.,]|$)"
)
# "A 주도로 N원을 유치했다", "A의 주도 아래", "A 리드로": the round's lead, written as an adverbial phrase (one
# definition: a second one further down had silently replaced the first, and with it "A의 주도로")
_LED_BY = re.compile(r"\s*(?:\([^()]*\))?\s?(?:의\s)?(?:주도|리드)(?:로|\s?하에|\s?아래)\s")
# "Y 150억원 규모 시리즈A 라운드에", "Y 시리즈B 투자에": the company written right before its round, no particle
_ROUND_NAMED_AFTER = re.compile(
    r"\s(?:[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)\s?(?:규모의?\s?)?)?"
    r"(?:(?:시리즈\s?[A-F]\d?|프리\s?A|시드|브릿지|후속|신규|추가|유상|제3자\s?배정)\s?)*(?:투자\s?)?"
)
# "가 운용하는 AI 펀드": a fund written by its manager, the name before it (the fund itself often goes unnamed)
MANAGED_FUND = r"(?:이|가)\s(?:운용|조성|결성)(?:하는|한|\s?중인)\s(?:['‘]?[^\s'’]+\s){0,3}?\S*펀드['’]?(?:\([^()]*\))?"
# "가 운용하는 AI 펀드로부터 ": the manager of the fund the money came from
_MANAGED_FUND_SOURCE = re.compile(MANAGED_FUND + r"(?:로부터|에서|으로부터)\s")
# "Y가 A에서 투자받은 610억 5000만원은": the clause describes the money raised, Y still its subject
_AMOUNT_DESCRIBED = re.compile(r"\s(?:[\d,.]+\s?(?:조|억|만|천)?\s?)+(?:원|달러|엔|유로|위안)")
# "유치할 계획이다", "받을 예정": a round not raised yet (the plan hedge spares investments, not rounds)
_PLANNED = re.compile(r"\S{0,2}(?:할|을)\s(?:계획|예정|방침)")
# "투자 유치에 나섰다", "투자 유치를 추진한다", a headline's "투자 유치 추진", "유치를 목표로": a round being
# sought, not raised ("유치에 성공했다" is raised)
_UNDERWAY = re.compile(
    r"(?:에\s(?:본격\s)?(?:나서|나섰|나선|착수|돌입|시동)"
    r"|(?:를|을)?\s(?:적극\s)?(?:추진|모색|타진|준비|나선다|나서|목표로|목표하|위해|위한))"
)
# money named as a payment right before its amount: "선수금 1조원을", "HBM 대금 5000억원을", "대출 300억원을"
_PAYMENT = re.compile(
    r"(?:선수금|선급금|선불금|대금|계약금|중도금|잔금|매출|배당금?|보상금|위약금|과징금|로열티|수수료|이자|대출금?|융자|차입금?|마일스톤|기술료)"
    r"\s?(?:약\s|총\s)?[\d,.]+\s?(?:조|억|만|천)*\s?(?:[\d,.]+\s?(?:억|만|천)\s?)*(?:원|달러|유로|엔|위안)\S{0,2}\s*\S*$"
)
# money raised as a loan or a plain bond ("대출로", "회사채 발행을 통해"; a convertible bond, 전환사채, is a stake's claim)
_LENT_AS = re.compile(r"(?:대출|차입|융자|(?<!전환)사채|회사채|채권 발행)(?:로|으로|을 통해|를 통해|\s)")
# "A(리드), B, C가 참여했다": the lead noted in parentheses after its name
_LEAD_NOTE = re.compile(r"\((?:리드|주도|리드\s?투자자|리드\s?투자)\)")
_LEAD = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:가|이)?\s*(?:(?:이번\s)?(?:투자|라운드|펀딩)를\s)?(?:공동(?:으로)?\s?)?"
    r"(?:주도|리드|선도|이끌|이끈|이끄)"
)
_JOINED_TO_NEXT = re.compile(r"(?:\([^()]*\))?(?:와|과|,|·)\s?")  # "A와 B", "A, B", "A·B": members side by side


# "의 'AI 바우처' 지원 사업에 선정돼 3억원을 ": a programme the recipient was picked for, up to the trigger
_PROGRAMME_OF = re.compile(
    r"(?:\([^()]*\))?의\s(?:[^\s.,]+\s){0,4}?[^\s.,]*(?:사업|과제|프로그램|공모)\S{0,2}\s(?:\S+\s)?선정(?:돼|되어|됐고|되며)"
    r",?\s(?:[^\s.]+\s){0,4}?[^\s.]*"
)


def _round_of(text: str, c: Clause) -> dict:
    """The amount and series a sentence states for a round."""
    money = money_properties(text, c.article_date, c.lex.fx)
    found = {k: money[k] for k in ("amount", "currency", "amount_usd") if k in money}
    if series := round_series(text):
        found["series"] = series
    return found


def _same_round(c: Clause, recipient: Entity, told: dict) -> bool:
    """The round told now is the one the sentence before announced for the same company (no other series)."""
    before = c.discourse.round
    return (
        c.discourse.funded is recipient
        and c.discourse.funded_at == c.sentence.index - 1
        and told.get("series", before.get("series")) == before.get("series")
    )


def _announce_round(c: Clause, recipient: Entity) -> None:
    """``recipient`` raises money in this sentence: the round's company from here on, and the round's amount and
    series carry to the next sentences."""
    told = _round_of(c.clause_text(), c)
    if _same_round(c, recipient, told):
        # "Y가 시리즈C 투자 유치에 성공했다. 이 회사는 총 190억원 규모의 투자를 받았다": one round told twice
        told = {**c.discourse.round, **told}
    c.discourse.funded, c.discourse.funded_at, c.discourse.round = recipient, c.sentence.index, told


def describes_named(c: Clause, clause_end: int) -> bool:
    """The relative clause ending at sentence offset ``clause_end`` describes a named organisation, not the
    round: "A가 출자한 (벤처캐피탈) B, C 등이" (A funded B; B is the investor); "A가 참여한 Y의 라운드",
    "A가 리드한 Y 시리즈B 라운드" (a name in 의 or without a particle owns the round) still name the round."""
    head = DESCRIPTION.match(c.sentence.text, clause_end)
    starts = {clause_end, head.end() if head else clause_end}
    return any(a.start - c.sentence.start in starts and a.particle not in ("", "의") for a in c.args)


def _after_earlier_round(c: Clause) -> int:
    """Sentence offset where the trigger's round is told, after any earlier act the sentence told first ("A로부터
    시드 투자를 받은 데 이어 B로부터 …", "A로부터 시드 투자를 받았고, B로부터 …")."""
    before = c.text_before(c.pos)
    return max((m.end() for m in (*EARLIER_ACT.finditer(before), *_EARLIER_RAISE.finditer(before))), default=0)


# a clause raising money, closed before the trigger: "A로부터 시드 투자를 받았고, "
_EARLIER_RAISE = re.compile(r"(?:받았|유치했|조달했)(?:고|으며),?\s")


def _own_clause_text(c: Clause, tail: int = 10) -> str:
    """The trigger's own clause and a little after it: where this round's series is written."""
    start = max(c.own_clause_start() - c.sentence.start, _after_earlier_round(c))
    return c.sentence.text[start : c.trigger.end() + tail]


# "이번 라운드는 총 200억원 규모로, A가 리드했다": the size of the whole round, not what the one named put in
_ROUND_SIZE = re.compile(r"(?:라운드|투자|펀딩|유치)(?:는|은)\s(?:총\s?)?" + AMOUNT + r"\s?규모")


# a later clause's own sum: "…, 이 펀드에는 B도 100억원을 출자했다"
_LATER_OWN_SUM = re.compile(AMOUNT + r"(?:을|를)\s(?:\S+\s)?(?:출자|투자|지원|투입)")


def _without_later_sums(c: Clause) -> str:
    """The sentence without the clauses after the trigger's that put a sum of their own in ("A로부터 출자받아 펀드를
    조성했고, 이 펀드에는 B도 100억원을 출자했다": the 100억원 is B's, not what A put in)."""
    text = c.sentence.text
    if c.match is None:
        return text
    done = CLAUSE_DONE.search(text, c.match.end())
    return text[: done.start()] if done and _LATER_OWN_SUM.search(text, done.end()) else text


_AMOUNT_KEYS = frozenset({"amount", "currency", "amount_usd"})


def _without_amount_keys(props: dict, keep: bool = False) -> dict:
    """``props`` without its amount (``keep``: only its amount)."""
    return {k: v for k, v in props.items() if (k in _AMOUNT_KEYS) is keep}


def round_properties(c: Clause, investors: int) -> dict:
    """The round's amount (on the fact only when one investor is named) and series; what this
    sentence does not state comes from the sentence that announced the round ("… 유치했다. 이번
    투자에는 A, B가 참여했다")."""
    own = _round_of(_without_later_sums(c), c)
    clause = _round_of(_own_clause_text(c), c) if c.match is not None else {}
    if "amount" in clause:  # "A로부터 20억원을 투자받았고, B로부터 50억원을 받았다": each clause its own sum
        own = _without_amount_keys(own) | _without_amount_keys(clause, keep=True)
    found = {**c.discourse.round, **own}
    if "series" in clause:
        # "A로부터 시드 투자를 받았고, B로부터 시리즈A 투자를 받았다": each its own; "시리즈C에서 500억원을
        # 유치했으며, 앞서 B도 시리즈B에 참여했다": another round's amount is not this one's
        if found.get("series") != clause["series"]:
            found = _without_amount_keys(found) | clause
        found["series"] = clause["series"]
    props: dict = {}
    if "amount" in found:
        if (
            "amount" in own
            and (investors == 1 or EACH.search(c.sentence.text))
            and not _ROUND_SIZE.search(c.sentence.text)
        ):
            props = {k: found[k] for k in ("amount", "currency", "amount_usd") if k in found}
        else:
            props = {"round_amount": found["amount"], "round_currency": found["currency"]}
    if "series" in found:
        props["series"] = found["series"]
    return props


# "각각 30억원과 20억원을", "각각 30억원, 20억원, 10억원을": one amount for each of several investors, in order
_RESPECTIVE = re.compile(r"각각\s(?P<amounts>" + AMOUNT + r"(?:(?:과|와|,|\s및)\s?" + AMOUNT + r")+)(?:을|를|씩)")


def respective_amounts(c: Clause) -> list[dict]:
    """The amounts written after "각각" for several investors, in order (none when only one is written)."""
    m = _RESPECTIVE.search(c.clause_text())
    if m is None:
        return []
    return [money_properties(x.group(0), c.article_date, c.lex.fx) for x in re.finditer(AMOUNT, m.group("amounts"))]


def without_amount(props: dict) -> dict:
    """The properties but the amount: a total several share is none's own."""
    return {k: v for k, v in props.items() if k not in ("amount", "currency", "amount_usd", "annual_amount")}


def shared_total(props: dict) -> dict:
    """The properties with the amount several investors put in together kept as their round's total
    (``round_amount``), none's own."""
    shared = without_amount(props)
    if "amount" in props and "round_amount" not in props:
        shared |= {"round_amount": props["amount"], "round_currency": props["currency"]}
    return shared


def own_amounts(c: Clause, props: dict, investors: int) -> list[dict]:
    """Each investor's properties: "A와 B가(로부터) 각각 30억원과 20억원을" pairs the amounts in the investors' order;
    a count that differs from the investors' gives none its own."""
    respective = respective_amounts(c)
    if len(respective) < 2:
        return [props] * investors
    if len(respective) != investors:
        return [without_amount(props)] * investors
    return [props | own for own in respective]


# an investor's own sum right after its name: "A에서 150억원, B에서 50억원을", "A(50억원)와 B(30억원)로부터"
_SOURCE_SUM = re.compile(rf"(?:에서|로부터|으로부터)\s(?P<sum>{AMOUNT})|\((?:약\s)?(?P<glossed>{AMOUNT})\)")


def _amounts_after_sources(c: Clause, investors: list[Arg], props: dict) -> list[dict]:
    """ "Y는 A에서 150억원, B에서 50억원을 (각각) 투자받았다", "Y는 A(50억원)와 B(30억원)로부터 투자를 유치했다":
    each investor's sum written right after it; none unless two or more investors each have one."""
    base = c.sentence.start
    sums = [_SOURCE_SUM.match(c.sentence.text, a.end - base) for a in investors]
    if len(investors) < 2 or not all(sums):
        return []
    owns = [money_properties(m["sum"] or m["glossed"], c.article_date, c.lex.fx) for m in sums if m]
    shared = without_amount(props)
    if any(shared.get("round_amount") == own.get("amount") for own in owns):
        # the first investor's own sum read as the round's size: the sentence tells no total
        shared = {k: v for k, v in shared.items() if k not in ("round_amount", "round_currency")}
    return [shared | own for own in owns]


def investor_facts(c: Clause, investors: list[Arg], recipient: Entity, named: int = 0) -> list[Relation]:
    """INVESTED_IN from each investor; ``named`` counts every investor the sentence names (a lead
    and the others joining it are read by two triggers)."""
    # "범한화 계열사(A·B)": a description of investors named in the parentheses is not one of them
    # and the group whose members the parentheses name ("신한금융그룹 계열사(A·B)") is not an investor either
    investors = [
        a
        for a in investors
        if a.entity is not recipient
        and not a.entity.name.endswith(_GROUP_WORDS)
        and not GROUP_OPENER.match(c.sentence.text, a.end - c.sentence.start)
    ]
    if any(_ETC.match(c.sentence.text, a.end - c.sentence.start) for a in investors):
        named = max(named, 2)  # "A 등이": others took part too, so the total is not A's own
    props = round_properties(c, max(named, len(investors)))
    if investors:
        c.discourse.round_sentence = c.sentence.index
    out = []
    owns = _amounts_after_sources(c, investors, props) or own_amounts(c, props, len(investors))
    text, base = c.sentence.text, c.sentence.start
    leads: list[bool] = []
    for k in range(len(investors) - 1, -1, -1):  # from the last: "A와 B가 공동으로 리드했다" makes A a lead too
        a = investors[k]
        joined = k + 1 < len(investors) and _JOINED_TO_NEXT.fullmatch(text, a.end - base, investors[k + 1].start - base)
        leads.insert(
            0,
            bool(_LEAD.match(text, a.end - base) or _LEAD_NOTE.match(text, a.end - base) or (joined and leads[0])),
        )
    for a, own, lead in zip(investors, owns, leads, strict=True):
        p = dict(own)
        if lead:
            p["lead"] = True
        out.append(Relation(RelationType.INVESTED_IN, a.entity, recipient, c.sentence, c.confidence, p))
    return out


def _leads_this_round(c: Clause, a: Arg) -> bool:
    """ "A 주도로 N원을 유치했다": A led the round the trigger raises, no other verb between ("A 주도로 설립된 Y가
    투자를 유치했다": A led the founding)."""
    led = _LED_BY.match(c.sentence.text, a.end - c.sentence.start)
    if led is None:
        return False
    ran = _ROUND_RUN.match(c.sentence.text, led.end())  # "A 주도로 진행된 시리즈B 라운드에서": the round's own verb
    return not _ANOTHER_VERB.search(c.text_before(c.pos), ran.end() if ran else led.end())


# an amount told as a bound: "10억달러 이상을", "300억원 가량을", "5억달러 남짓을"
_ABOUT = r"(?:\s?(?:이상|가량|남짓|넘게|정도|안팎))?"


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:투자자?|출자|출연|지원|펀딩|자금|수혈|(?:\d|[억조만])\s?(?:원|달러|엔|유로|위안)"
    + _ABOUT
    + r")(?:\([^()]{1,10}\))?\S{0,3}\s*(?:를\s*|을\s*)?(?:(?:추가로|추가|새로|신규로?|추가적으로|성공적으로)\s)?"
    r"(?:유치|받았|받는|받아|받은|받게|받기로|받으며|조달|이끌어\s?냈|이끌어\s?낸|끌어냈|끌어낸)"
    # "투자금 300억원을 확보했다", "150억원의 자금을 확보했다": money raised, told as secured
    r"|(?:투자금|자금|실탄)\s(?:\S+\s)?(?:[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러))(?:을|를)\s확보(?=했|하며|하고|한다|해)"
    r"|(?:[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러))(?:\s?규모)?의\s(?:투자금|자금|투자\s?자금|운영\s?자금)(?:을|를)\s확보(?=했|하며|하고|한다|해)"
    r"|(?:실탄|투자금)(?:을|를)?\s?(?:확보|마련)(?:했|하였|한다|해|하며|하고|한)"
    # "A로부터 20억원을 추가로 확보했다": money secured from a named source
    r"|(?:으로부터|로부터)\s(?:[^\s.]+\s){0,3}?"
    + AMOUNT
    + r"(?:을|를)\s(?:추가로?\s)?확보(?=했|하였|한다|해|하며|하고)"
    r"|(?:시리즈\s?[A-F]|라운드|프리\s?A|시드|브릿지)\S{0,3}\s*(?:브릿지\s?)?(?:투자|펀딩)?\S{0,3}\s*(?:마무리|마감|완료|클로징)"
    r"|(?:시리즈\s?[A-F]|라운드|프리\s?A|시드)\S{0,3}\s+(?:\S+\s){0,2}?\S*(?:원|달러)\S{0,2}\s*(?:확보|모았|모아|끌어모)"
    # "Y는 A로부터 50억 원 시리즈A 유치", "시리즈B를 유치했다": a round named as what was raised, told without 투자
    r"|(?:시리즈\s?[A-F]\d?|프리\s?A|시드|브릿지)(?:\s?라운드)?(?:을|를)?\s(?:성공적으로\s)?유치"
    # "A 주도로 N억원을 확보했다", "A의 주도로 N억원을 유치했다": money a named investor led in, told without 투자
    r"|주도로\s(?:[^\s.]+\s){0,2}?" + AMOUNT + _ABOUT + r"(?:을|를)\s(?:확보|유치|조달)(?=했|하였|한다|해|하며|하고)",
)
def funding_raised(c: Clause) -> list[Relation]:
    """ "Y는 A, B 등으로부터 N억원 규모의 투자를 유치했다", "Y는 누적 200억원을 유치했다": Y is
    the round's company from here on, and the round's amount and series carry to the next sentences;
    a round still to be raised ("유치할 계획이다") is none."""
    if _PLANNED.match(c.sentence.text, c.trigger.end()) or _UNDERWAY.match(c.sentence.text, c.trigger.end()):
        return []
    if _PAYMENT.search(c.text_before(c.pos + len(c.trigger.group(0)))):
        return []  # "A로부터 선수금 1조원을 받았다": money paid for goods or owed, not put into the company
    if _LENT_AS.search(c.sentence.text, c.own_clause_start() - c.sentence.start, c.pos - c.sentence.start):
        return []  # "A에서 대출로 N원을 조달했다": money lent, no stake
    # the main clause's subject: "A, B 등이 참여한 이번 라운드에서 Y는 N원을 조달했다" (A, B are a relative clause's)
    recipient_arg = next(iter(c.subjects), None)
    base, end, text = c.sentence.start, c.trigger.end(), c.sentence.text
    # "A의 투자를 받은 AI 스타트업 Y는": the first name after a short description
    described = next((a for a in c.after if _DESCRIBED_RECIPIENT.fullmatch(text, end, a.start - base)), None)
    adnominal = (
        c.trigger.group(0).endswith("받은") or c.trigger.group(0).endswith("받는") and text[end : end + 1] != "다"
    )
    if adnominal and not BOUND_NOUN.match(text, end + 1):  # "받는다" ends a clause, "받는 X" describes X
        # "X는 A로부터 출자를 받은 펀드를 운용한다": the clause describes what follows it, not X (unless X is
        # what it describes: "X는 A로부터 투자를 받은 스타트업이다")
        if described is not None:
            recipient_arg = described
        elif not _IS_RECIPIENT_KIND.match(text, end) and not _AMOUNT_DESCRIBED.match(text, end):
            return []
    recipient_arg = recipient_arg or described
    recipient = recipient_arg.entity if recipient_arg else c.topic
    if recipient is None or not recipient.type.is_organization:
        return []
    supported = c.trigger.group(0).startswith(("지원", "출연"))
    if supported and "amount" not in money_properties(c.clause_text(), c.article_date, c.lex.fx):
        return []  # "기술 지원을 받았다": support, not money
    if not supported:  # a grant is no funding round: later "이번 투자에는 …" is not about it
        _announce_round(c, recipient)
    # "받았다", "이끌어냈다": the money came from the named source ("조달": money raised from banks is often a loan)
    received = bool(re.search(r"받|끌어", c.trigger.group(0)))
    raised = "조달" in c.trigger.group(0)
    # "Y는 A벤처스에서 투자를 유치했다": an investor named with 에서 is where the money came from, and so is
    # every organisation enumerated with it ("산업은행, IBK기업은행 등에서")
    funders = {a.group for a in c.before if a.particle in SOURCE and a.entity.type is EntityType.INVESTOR}
    group_end = {a.group: a.end - c.sentence.start for a in c.before}  # an enumeration's words follow its last
    investors = [
        a
        for a in c.before
        if a.particle in FROM
        or not a.particle
        and a.entity.type.is_organization
        and _HEADLINE_SOURCE.match(c.sentence.text, a.end - c.sentence.start)
        or a.group in funders
        and a.entity.type.is_organization
        # "Y는 A에서 N원을 조달했다": a company or investor it was raised from (from a bank it is a loan)
        or raised
        and a.particle in SOURCE
        and a.entity.type.is_organization
        and not a.entity.name.endswith("은행")
        and a.entity is not recipient
        # "Y는 A에서 N원을 투자받았다", "Y는 A의 투자를 받았다", "Y는 A 투자를 받았다": where the money came from
        or received
        and a.entity.type.is_organization
        and a.entity is not recipient
        and (
            a.particle in SOURCE
            or not a.particle
            and c.sentence.text[a.end - c.sentence.start : c.pos - c.sentence.start] in ("", " ")
            or a.particle in ("의", "")
            and _INVESTORS_OWN.fullmatch(c.text_before(c.pos), group_end[a.group])
        )
    ]
    # "Y는 A가 운용하는 AI 펀드로부터 투자를 받았다": a fund not named otherwise stands for its manager A
    base = c.sentence.start
    investors += [
        a
        for a in c.before
        if a.particle in ("이", "가")
        and a.entity is not recipient
        and (fund := _MANAGED_FUND_SOURCE.match(c.sentence.text, a.end - base)) is not None
        and not any(a.end < b.start < base + fund.end() for b in c.args)
    ]
    # "Y는 A와 B, C 등이 참여한 N억원 규모의 투자를 유치했다": the round's participants in a relative
    # clause, every member of the enumeration whose last member the verb follows
    joined = {
        a.group
        for a in c.before
        if a.particle in ("이", "가")
        and (clause := _JOINED_ROUND.match(c.sentence.text, a.end - c.sentence.start)) is not None
        and not describes_named(c, clause.end())
    }
    # "A가 주도하고 B가 참여한 라운드": A led the round B's clause describes
    joined |= {
        a.group
        for a in c.before
        if _LED_AND.match(c.sentence.text, a.end - base)
        and any(b.group in joined and b.start > a.end for b in c.before)
    }
    investors += [
        a for a in c.before if a.group in joined and a.entity is not recipient and all(a is not b for b in investors)
    ]
    last_end = {a.group: a.end - base for a in c.before}  # an enumeration's particle follows its last member
    investors += [
        a
        for a in c.before
        if (_AS_INVESTORS.match(c.sentence.text, last_end[a.group]) or _kind_joined_to_source(c, last_end[a.group]))
        and a.entity is not recipient
        and all(a is not b for b in investors)
    ]
    included = [
        a
        for a in c.before
        if a.particle in ("의", "")
        and a.entity is not recipient
        and a.entity.type.is_organization
        and (m := _INCLUDED.match(text, last_end[a.group])) is not None
        and m.end() <= c.pos - base
        and not _ANOTHER_VERB.search(c.text_before(c.pos), m.end())
        and all(a is not b for b in investors)
    ]
    investors += included
    leads = [
        a
        for a in c.before
        if (_LEAD_OBJECT.match(c.sentence.text, a.end - base) or _leads_this_round(c, a)) and a.entity is not recipient
    ]
    # "A로부터 시드 투자를 받은 데 이어 B로부터 프리A 투자를 유치했다": A is the earlier round's (its own trigger)
    since = _after_earlier_round(c)
    investors = [a for a in investors if a.start - base >= since]
    # a lead investor ("A를 리드 투자자로", "A가 리드한 라운드") implies others in the round: its total
    # is not the lead's own amount
    led = leads or any(_LEAD.match(c.sentence.text, a.end - c.sentence.start) for a in investors)
    out = investor_facts(c, investors + leads, recipient, 2 if led or included else 0) if investors or leads else []
    for r in out:
        if any(r.source is a.entity for a in leads):
            r.properties["lead"] = True
    if received and not out:
        # "Y는 과기정통부의 'AI 바우처' 사업에 선정돼 3억원을 지원받는다": the programme's owner gave the money
        out += [
            Relation(
                RelationType.INVESTED_IN, a.entity, recipient, c.sentence, c.confidence, _round_of(c.clause_text(), c)
            )
            for a in c.before
            if a.particle == "의"
            and a.entity is not recipient
            and a.entity.type.is_organization
            and _PROGRAMME_OF.fullmatch(c.text_before(c.pos), a.end - c.sentence.start)
        ][:1]
    if received and (state := c.government(("로부터", "에서"))) is not None:
        # "Y는 정부로부터 N억원을 지원받았다": the government's grant, its amount its own when no one else is named
        props = _round_of(c.clause_text(), c) if not out else {}
        out.append(Relation(RelationType.INVESTED_IN, state, recipient, c.sentence, c.confidence, props))
    return out


def _may_raise(c: Clause, topic: Entity | None) -> bool:
    """The topic may be a company raising a round: an organisation, no investor, not written investing so far."""
    return (
        topic is not None
        and topic.type.is_organization
        and topic.type is not EntityType.INVESTOR
        and not any(r.type is RelationType.INVESTED_IN and r.source is topic for r in c.doc.relations)
    )


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    # "이번 투자에는 A, B 등이 투자했다(함께했다)": the round named as the place, its participants the subjects
    trigger=r"참여|참가|합류|주도|리드|이끌(?!어\s?[내냈낸])|이름을\s?올|(?:투자|함께|진행|집행)(?:했|하였|한다|하며|하고)",
)
def round_participants(c: Clause) -> list[Relation]:
    """ "이번 투자에는 A, B, C 등이 참여했다", "Y의 시리즈B 라운드에는 A가 이름을 올렸다": each participant
    invested in the round's company."""
    head = c.sentence.text[: c.trigger.end()]  # with the verb: "이번 투자를 이끌었다" needs its lookahead
    place = None
    for m in ROUND_PLACE.finditer(head):
        place = m
    if place is None and (after := _ROUND_AFTER.match(c.sentence.text, c.trigger.start())):
        place = after  # "A, B 등이 참여한 이번 투자는"
    if place is None or (c.trigger.group(0).startswith(("진행", "집행")) and "유치" in place.group(0)):
        return []  # "투자 유치는 B증권이 진행했다": who arranged the raising put in nothing
    if c.trigger.group(0).startswith(("투자", "함께", "진행", "집행")) and any(
        place.end() <= t.start - c.sentence.start < c.trigger.start() and t.tag in ("VV", "XSV")
        for t in c.sentence.tokens
    ):
        return []  # "투자에 나서 Y에 투자했다": the round named is not the place of this verb
    # relative clauses are read here: "A가 투자한 Y가 진행한 라운드에 참가" (A in, Y the company)
    # a subject in 이/가 of an earlier clause did something else: "이번 투자는 A가 주관했고 B가 참여했다"
    clause_start = c.own_clause_start()
    main = [a for a in c.subjects if a.particle not in ("이", "가") or a.start >= clause_start]
    raw = [a for a in c.before if a.particle in SUBJECT]
    subjects = [
        a
        for a in raw
        if a in main
        or (clause := _INVESTING_CLAUSE.match(c.sentence.text, a.end - c.sentence.start)) is not None
        and not describes_named(c, clause.end() + 1)
    ]
    # "A가 (Y가 진행한) 시리즈B 펀딩에 참가": Y, the subject that ran the round, is the company
    runner = next(  # the nearest such subject: "A는 Y가 진행한 라운드에" (A's verb is further on)
        (
            a
            for a in reversed(raw)
            if _RECIPIENT_VERB.match(c.sentence.text, a.end - c.sentence.start)
            and a.end - c.sentence.start < place.start()
        ),
        None,
    )
    owner = next(
        (
            a
            for a in c.before
            if a.particle == "의"
            and 0 <= place.start() - (a.end - c.sentence.start) <= 20
            # not "A의 투자 금액은 30억원으로, 이번 라운드에는": A's noun is another clause's topic
            and not _OWNER_GAP_BREAK.search(c.sentence.text, a.end - c.sentence.start, place.start())
            # not "A의 투자 자회사인 B도 이번 라운드에": A's noun describes the participant
            and not any(a.end <= b.start and b.end - c.sentence.start <= place.start() for b in raw)
            or not a.particle
            and _ROUND_NAMED_AFTER.fullmatch(c.sentence.text, a.end - c.sentence.start, place.start())
        ),
        None,
    )
    recipient = runner.entity if runner else owner.entity if owner else c.discourse.funded
    if recipient is None and place.groupdict().get("series") and _may_raise(c, c.topic):
        # "Y가 누적 투자금 1000억원을 돌파했다. 이번 시리즈C에는 A가 참여했다": a series is the topic company's round
        recipient = c.topic
    c.discourse.funded = recipient or c.discourse.funded
    # "A는 … 라운드에 B와 함께 참여했다", "이번 투자는 B 주도로 A가 참여했다", "B 등 기존 투자사와 신규 투자사인
    # A가 참여했다": B took part too
    together = [
        a
        for a in c.before
        if a.entity.type.is_organization
        and (
            a.particle in TOGETHER
            or not a.particle
            and _LED_BY.match(c.sentence.text, a.end - c.sentence.start)
            or a.particle in ("와", "과")
            and a.group_noun in _INVESTOR_KINDS
        )
    ]
    investors = [a for a in subjects + together if a is not runner and a.entity is not recipient]
    if not investors and (joined := _JOINED_BY.match(c.sentence.text, c.trigger.end())) is not None:
        # "Y 투자에 참여한 A(와 B)는": the organisations the relative clause describes took part
        first = next((a for a in c.after if a.start - c.sentence.start == joined.end()), None)
        investors = [a for a in c.after if first and a.group == first.group and a.entity.type.is_organization]
    if recipient is None or not investors:
        return []
    named = sum(1 for a in raw if a is not runner and a.entity.type.is_organization)
    return investor_facts(c, investors, recipient, named)


# what stands between two names of one enumeration: "A, B", "A와 B", "A·B", "A 및 B"
_JOINED = re.compile(r"(?:\([^()]*\))?\s?(?:,|·|와|과|및)?\s?")


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:투자자|투자사|투자기관|재무적\s?투자자|전략적\s?투자자|(?:신주\s?)?배정\s?대상자?)(?:로는|으로는|로|는|은)\s"
    r"|(?:투자|라운드|펀딩)(?:에\s참여한|(?P<led>[을를]\s(?:이끈|주도한|리드한)))\s(?:곳|기관|회사|투자사|기업)(?:은|는)\s",
)
def named_investors(c: Clause) -> list[Relation]:
    """ "투자자로는 A, B 등이 이름을 올렸다", "투자에 참여한 곳은 A, B, C다", "이번 투자를 이끈 곳은 A다" (the lead),
    "배정 대상자는 A와 B다" (a rights issue's):
    the names after the phrase; after "A가 리드 투자자로 나섰고", the names after are another clause's (the
    subject is the investor)."""
    if c.trigger.group(0).endswith("로 ") and any(a.entity.type.is_organization for a in c.subjects):
        return []
    # "Y의 시리즈A 투자자는 A와 B다": the company named in 의 right before the phrase
    owner = next((a.entity for a in reversed(c.before) if a.particle == "의" and c.pos - a.end <= 12), None)
    recipient = owner or c.discourse.funded or next((a.entity for a in c.before if a.particle in ("은", "는")), None)
    # the one enumeration after the phrase, joined by joiners only ("A와 B로, 신주 발행가액은 …": no more)
    listed = c.after[:1]
    for a in c.after[1:]:
        gap = c.sentence.text[listed[-1].end - c.sentence.start : a.start - c.sentence.start]
        if a.group != listed[0].group or not _JOINED.fullmatch(gap):
            break
        listed.append(a)
    investors = [a for a in listed if a.entity.type.is_organization]
    if recipient is None or not investors:
        return []
    out = investor_facts(c, investors, recipient, 2 if c.trigger.group("led") else 0)
    for r in out if c.trigger.group("led") else []:
        r.properties["lead"] = True
    return out


# "A를 대상으로 (N억원 규모의) (제3자배정) 유상증자", "A를 배정 대상자로 하는 …", "A에 N억원 규모 신주를 배정":
# A is the one the new shares are issued to
_ISSUED_TO = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:(?:을|를)\s(?:대상으로|(?:제3자\s?)?배정\s?대상자?로(?:\s하는|\s한)?)\s"
    r"|(?:에|에게)\s(?:\S+\s){0,3}?신주(?:\s\d[\d,]*\s?주)?(?:를|을)\s배정)"
)


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:유상증자|전환사채|교환사채|신주인수권부사채|(?:상환)?전환우선주|신주)(?:\([^()]{1,10}\))?(?:를|을)?\s?"
    r"(?:\S+\s)?(?:실시|단행|결정|결의|진행|완료|마무리|발행|배정)" + DONE_ENDINGS + r"|신주(?:를|을)\s배정하기로",
)
def rights_issue_to(c: Clause) -> list[Relation]:
    """ "Y는 A를 대상으로 N억원 규모의 제3자배정 유상증자를 실시한다", "Y는 A를 대상으로 전환사채(CB)를
    발행했다": A invests in Y, the subject (the new shares or the bonds that convert into them are A's); with no
    one named, Y raises money others join next ("이번 증자에는 A가 참여한다", "배정 대상자는 A와 B다")."""
    base = c.sentence.start
    investors = [a for a in c.before if _ISSUED_TO.match(c.sentence.text, a.end - base)]
    investors = [a for a in c.before if any(a.group == b.group for b in investors) and a.entity.type.is_organization]
    recipient = c.subject
    if recipient is None or not recipient.type.is_organization:
        return []
    if not investors:
        _announce_round(c, recipient)
        return []
    return investor_facts(c, investors, recipient)


# "을 전략적 투자자로 ", "를 새 주주로 ": the organisations taken in as the subject's investors
_TAKEN_AS = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:등)?(?:을|를)\s(?:(?:전략적|재무적|신규|새|새로운|주요|핵심|최대|\d대)\s?)?$"
)


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:투자자|투자사|주주)(?:\([^()]{1,10}\))?(?:로|으로)\s"
    r"(?:맞았|맞아|맞게\s?(?:됐|되었|된)|맞이했|맞이하|맞은|맞이한|영입(?:했|하며|하고|한))",
)
def taken_in_as_investor(c: Clause) -> list[Relation]:
    """ "Y는 A를 전략적 투자자로 맞았다", "Y는 A와 B를 새 주주로 맞이했다", "Y는 A를 2대 주주로 맞게 됐다": A (and
    B) invested in Y."""
    base = c.sentence.start
    last = next(
        (a for a in reversed(c.before) if _TAKEN_AS.fullmatch(c.sentence.text, a.end - base, c.pos - base)), None
    )
    recipient = c.subject
    if last is None or recipient is None or not recipient.type.is_organization:
        return []
    investors = [a for a in c.before if a.group == last.group and a.entity.type.is_organization]
    return investor_facts(c, investors, recipient)


# "…A·B 참여", "…A 등 투자", "…A 주도": the investors a headline names after its round, with no particle
_HEADLINE_JOINED = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:등\s?)?(?:(?:[가-힣]{1,6}\s)?(?:이|가)\s)?(?:공동\s?)?(?:참여|참가|투자|주도|리드|합류)(?=\s*(?:[\])…,]|\.\.\.|$))"
)


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:유치|조달|확보|투자받아|투자\s받아|수혈)\s?(?:…|\.\.\.|‥)\s?",
)
def headline_round(c: Clause) -> list[Relation]:
    """ "Y, 300억원 시리즈B 유치…A·B 참여": a headline's round, its company first (set off by a comma or a
    particle) and its investors after the ellipsis; "투자 유치 나서…" (sought, not raised) has no ellipsis
    right after the raising verb."""
    base, text = c.sentence.start, c.sentence.text
    first = next(iter(c.before), None)
    if first is None or first.particle not in SUBJECT | {","} or not first.entity.type.is_organization:
        return []
    after = [a for a in c.after if a.start - base >= c.trigger.end()]
    if not after or after[0].start - base != c.trigger.end():
        return []  # the names must follow the ellipsis right away
    group = [a for a in after if a.group == after[0].group]
    if not _HEADLINE_JOINED.match(text, group[-1].end - base):
        return []
    return investor_facts(c, [a for a in group if a.entity.type.is_organization], first.entity)


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"^(?:이번\s)?(?:투자|유치|라운드|펀딩)\s?(?:규모|금액)(?:는|은)\s(?:총\s|약\s)?[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)",
)
def round_size(c: Clause) -> list[Relation]:
    """ "Y가 후속 투자를 유치했다. 투자 규모는 120억원이다": the size of the round the sentence before announced,
    for the investors named next ("이번 투자는 A가 주도했다"); no fact of its own."""
    if c.discourse.funded is not None and c.discourse.funded_at == c.sentence.index - 1:
        c.discourse.round = {**c.discourse.round, **_round_of(c.trigger.group(0), c)}
    return []


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:자금|예산|재원|투자금)\s(?:약\s)?[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)(?:이|가)\s"
    r"(?:[^\s.,]+\s){0,2}?(?:투입|투자|지원|배정)(?:됐|되었|된다|돼|되며|되고)",
)
def money_put_in_passive(c: Clause) -> list[Relation]:
    """ "Y에는 A의 자금 500억원이 투입됐다", "A 예산 300억원이 Y에 투입된다": the money is A's, Y (in 에) got it."""
    base, text = c.sentence.start, c.sentence.text
    owner = next(
        (
            a
            for a in reversed(c.before)
            if a.particle in ("의", "") and text[a.end - base : c.pos - base].strip() in ("", "의")
        ),
        None,
    )
    ends = c.sentence.start + c.trigger.end()
    target = next((a for a in reversed(c.args) if a.particle in PLACE and a.end <= ends and a is not owner), None)
    if owner is None or target is None or owner.entity is target.entity or not target.entity.type.is_organization:
        return []
    props = money_properties(c.trigger.group(0), c.article_date, c.lex.fx)
    return [Relation(RelationType.INVESTED_IN, owner.entity, target.entity, c.sentence, c.confidence, props)]
