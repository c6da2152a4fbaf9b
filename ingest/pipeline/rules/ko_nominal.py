"""Korean money facts written as nouns: "SK텔레콤의 앤스로픽 투자는", "삼성전자의 하만 인수".

News often names a deal as a noun phrase, the recipient or bought company written right
before "투자"/"인수" with no particle: "X의 Y 투자" (X invested in Y), "X의 Y 인수" (X bought Y),
and with the actor as the sentence's subject when a verb says the deal happened ("X는 Y 투자를
단행했다", "X는 Y 인수를 통해 …") or a headline ends on the noun ("X, Y 인수…").  A bare "Y 투자" is also how news writes Y's *own*
investment ("삼성전자 투자 규모"), so without "X의" only those completed-deal verbs count;
"Y 투자 유치"/"Y 투자를 받다" are Y's round (``ko_funding``), and plans, talks and hedges
("인수를 추진/검토") are no facts.
"""

from __future__ import annotations

import re

from aigraph.core.vocabulary import RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.normalise import money_properties
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import SPENT_FOR, Arg, Clause

# the end of a deal noun right after a name: "Y 투자는", "Y 지분 투자를", "Y 인수로"
_NOUN_END = r"(?=[은는을를이가에와과의로도(]|\s|…|\.\.\.|$)"
# what turns the noun into the recipient's own round, or into a plan or talks
_NOT_DONE = re.compile(
    r"\S{0,2}\s*(?:유치|받|이끌어|끌어|수혈받|추진|검토|타진|협상|협의|제안|시도|의향|계획|가능성|설|추진설|포기|무산|불발|철회|여부|대상|후보|미확인)"
)
# verbs that say the deal, named by the noun, happened ("Y 인수 작업을 마무리했다", "Y 인수 계약을 체결했다": the
# agreement signed, as "인수하기로 했다" is read)
_DONE = re.compile(
    r"(?:\s?(?:작업|절차|거래)\s?)?[을를]\s(?:\S+\s)?(?:단행|집행|진행|결정|완료|마무리|성사|마쳤|마친|확정)"
    r"|\s?계약을\s(?:\S+\s)?체결|[을를]\s통해|로\s|에\s이어"
    r"|\s*(?:…|\.\.\.|$)"  # a headline ending on the noun: "카카오, 누리랩스 인수…AI 강화"
    r"|\s?\([^()]*\d[^()]*(?:원|달러|유로|엔)\)\s*(?:…|\.\.\.|$)"  # or on its price: "누리랩스 인수(500억원)"
    r"|" + SPENT_FOR  # "Y 인수를 위해 1조원을 투입했다": money spent on the deal
)


# between the bought company and the deal word: nothing, or the price ("누리랩스 1조원에 인수", a headline's
# "누리랩스 1조에 인수" without the currency)
_PRICE_BETWEEN = re.compile(
    r"\s?|\s(?:약\s)?[\d,.]+\s?(?:조|억|만|천)*\s?(?:\d+\s?(?:억|만|천)\s?)*(?:원|달러|유로|엔|(?<=[조억]))에\s"
)
# "Y와의 인수합병(M&A)": the counterpart of a merger named with 와의
_WITH_PARTICLES = ("와의", "과의")


def _deal_object(c: Clause, particles: tuple[str, ...] = ("",)) -> Arg | None:
    """The organisation written right before the deal noun, without a particle (or with one of ``particles``)."""
    base = c.sentence.start
    return next(
        (
            a
            for a in c.before
            if a.particle in particles
            and a.entity.type.is_organization
            and _PRICE_BETWEEN.fullmatch(c.sentence.text, a.end - base + len(a.particle), c.pos - base)
        ),
        None,
    )


def _actor(c: Clause, obj: Arg) -> Arg | None:
    """ "X의 Y 투자": X, the organisation written with 의 right before Y."""
    base = c.sentence.start
    return next(
        (
            a
            for a in c.before
            if a.particle == "의"
            and a.entity.type.is_organization
            and re.fullmatch(r"\s*(?:\([^()]*\))?의\s?", c.sentence.text[a.end - base : obj.start - base])
        ),
        None,
    )


def _deal(c: Clause, kind: RelationType, particles: tuple[str, ...] = ("",), done: bool = False) -> list[Relation]:
    """The deal fact from the actor to the organisation named before the noun (or verb, when ``done``: the
    word itself says the deal happened)."""
    after = c.sentence.text[c.trigger.end() :]
    obj = _deal_object(c, particles)
    if obj is None or _NOT_DONE.match(after):
        return []
    owner = _actor(c, obj)
    subject = next((a for a in c.subjects if a.entity.type.is_organization), None)
    if subject is None and c.before and c.before[0].particle == "," and c.before[0] is not obj:
        subject = c.before[0]  # a headline's actor: "카카오, 누리랩스 품는다"
    closed = _DONE.match(after)
    if closed is not None and c.hedged(c.trigger.end() + closed.end(), plans=True):
        return []  # "Y 인수를 마무리할 계획이다": the deal is not done yet
    if owner is not None:
        actor = owner.entity
    elif subject is not None and (done or closed):
        actor = subject.entity
    else:
        return []
    if actor is obj.entity:
        return []
    # the amount before the noun ("Y 1조원에 인수"), or the one the closing words spend on the deal
    tail = closed.end() if closed else 0
    props = money_properties(c.clause_text(tail), c.article_date, c.lex.fx) if owner is None else {}
    return [Relation(kind, actor, obj.entity, c.sentence, c.confidence, props)]


@relation_rule(RelationType.INVESTED_IN, language="ko", trigger=r"(?:지분\s?)?투자" + _NOUN_END)
def investment_noun(c: Clause) -> list[Relation]:
    """ "SK텔레콤의 앤스로픽 투자는", "X는 Y 지분 투자를 단행했다": X invested in Y."""
    return _deal(c, RelationType.INVESTED_IN)


@relation_rule(RelationType.ACQUIRED, language="ko", trigger=r"인수" + _NOUN_END)
def acquisition_noun(c: Clause) -> list[Relation]:
    """ "삼성전자의 하만 인수는", "X는 Y 인수를 통해": X bought Y."""
    return _deal(c, RelationType.ACQUIRED)


@relation_rule(RelationType.ACQUIRED, language="ko", trigger=r"(?:인수\s?합병|M&A)(?:\([^()]*\))?" + _NOUN_END)
def merger_noun(c: Clause) -> list[Relation]:
    """ "X는 Y와의 인수합병(M&A)을 마무리했다", "X의 Y M&A": X bought Y."""
    return _deal(c, RelationType.ACQUIRED, ("", *_WITH_PARTICLES))


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"(?<=\s)(?:품는다|품었다|품어|품고|사들인다|사들였다|산다|샀다)(?=\s|…|\.\.\.|,|$)",
)
def headline_bought(c: Clause) -> list[Relation]:
    """ "카카오, 누리랩스 1조원에 품는다": a headline's object written without a particle before the verb."""
    return _deal(c, RelationType.ACQUIRED, done=True)
