"""Korean money rules: investments and acquisitions with their amounts."""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.mention import KIND_DESCRIBED, MISREAD_NAME_STARTS, PROGRAMME_HEADS
from aigraph.ingest.pipeline.normalise import money_properties, resolve_date, round_series
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import (
    AMOUNT,
    BOTH_PARTIES,
    BOUND_NOUN,
    CARRIED_PENALTY,
    CLAUSE_DONE,
    DESCRIPTION,
    DONE_ENDINGS,
    EACH,
    EARLIER_ACT,
    EVEN,
    FROM,
    OBJECT,
    OBJECT_RIGHT_BEFORE,
    PARTNER,
    PLACE,
    SOURCE,
    SUBJECT,
    TIME_ONLY,
    Arg,
    Clause,
    clause_subject,
    described_after,
    respective_pairs,
)
from aigraph.ingest.pipeline.rules.ko_funding import (
    MANAGED_FUND,
    own_amounts,
    respective_amounts,
    shared_total,
    without_amount,
)
from aigraph.ingest.pipeline.rules.ko_people import speaks_for
from aigraph.ingest.pipeline.segment import Token

_MONEY_AFTER = re.compile(r"\d[\d,.]*\s*(?:조|억|만|천)?\s*(?:원|달러|엔|유로|위안)|[조억]\s*원")
# building, founding or running something: what the money goes to is a facility, no technology
_BUILDING_ACTS = frozenset({"건립", "건설", "설립", "신축", "증설", "운영", "이전"})
_NOT_SECTOR_TAIL = frozenset(
    {"개발", "분야", "사업", "구축", "연구", "육성", "등", "부문", "산업", "확보", "경쟁력", "혁신", "위해", "도입"}
    | _BUILDING_ACTS
    | {"조성", "확충", "고도화", "공동"}  # "AI 반도체 공동 개발을 위해": the field, not how it is developed
    | {
        "투자",
        "라운드",
        "펀딩",
        "투자금",
        "유상증자",
        "증자",
    }  # "이번 투자에는 A가 N원을 투자": the round, not a sector
)
# budgets are the money's source, not where it goes ("추경에 10조원을 투입": the supplementary budget holds it)
_NOT_SECTOR_NAMES = frozenset(
    {
        "규모",
        "글로벌",
        "국내",
        "해외",
        "미래",
        "차세대",
        "신규",
        "인재",
        "유상",
        "추경",
        "추가경정예산",
        "예산",
        "예산안",
        "본예산",
        # "부지를 제공할 경우에만 100억원을 투자": the condition a plan hangs on, no field
        "경우",
        "조건",
        "상황",
        # "1차 연도에만 100억원을 지원": the year of a programme, no field
        "연도",
        "년도",
        "차년도",
        "분기",
    }
)
_COMPANY_WORDS = frozenset({"법인", "회사", "업체", "기업", "신설법인", "통합법인", "합병법인", "자회사", "계열사"})
# "Y 시리즈A에 50억원을": a company's round, not a sector
_ROUND_WORDS = re.compile(r"(?:시리즈\s?[A-F]\d?|프리\s?A|시드|브릿지|라운드|펀딩)$")
_NOT_SECTOR_HEAD = frozenset(
    {
        "향후",
        "올해",
        "내년",
        "지난해",
        "작년",
        "최근",
        "그동안",
        "지금까지",
        "총",
        "약",
        "매년",
        "연간",
        "오는",
        "국내",
        "해외",
        "전",
        "각",
        "이",
        "이번",
        "해당",
        "동안",
        "이후",
        "규모",  # "500억원 규모 펀드에": the size of what the money goes to, no part of its field
    }
)
# "Y에 투자한 (바 있는) X": the investor is the organisation the relative clause describes
_RELATIVE_INVESTOR = re.compile(r"\S*(?:한|했던|하였던|해\s?온|해\s?왔던)\s+(?:바\s있는\s+)?['‘]?")
# "A가 Y에 투자한 금액은 300억원", "… 투자한 300억원을 회수했다": the relative clause tells the amount put in,
# the investor its subject
_WHAT_WAS_PUT_IN = re.compile(
    r"(?:금액|액수|규모|돈|자금|투자금)(?=[은는이가을를의도]\s)|[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러)"
)
# money given as a grant or a gift, which buys no stake: "장학금 5억원을 지원", "연구비 명목으로 … 출연"
_GRANT = re.compile(
    r"장학금|장학기금|연구비|연구개발비|기부금|발전기금|후원금|성금|보조금|지원금|과제비|바우처"
    r"|(?:사업화|정책|R&D|기술개발|연구개발|연구)\s?자금"
)
# the sentence says the money is no stake ("지분 투자가 아닌 출연금 방식으로", "이는 투자가 아니다")
_NOT_AN_INVESTMENT = re.compile(r"투자(?:가|는)\s(?:아닌|아니)")
_GRANT_REACH = 30
# an organisation the subject acts through: "자회사 Y를 통해", "Y를 통하여"
_THROUGH = re.compile(r"(?:을|를)\s?통(?:해|하여)\s")
# bodies money is given to, never invested in: a foundation's capital is a gift
_ENDOWED = ("재단", "재단법인", "장학회")
_CONTRACT = re.compile(r"\s?(?:계약|협약)")
_PLAIN_JOINER = re.compile(r"\s?(?:,|·|와|과|및)\s?")
_TOGETHER = re.compile(r"(?:와|과)?\s*(?:함께|공동으로|공동 투자|손잡고)")
_EACH_SUM = re.compile(r"(?:각각\s)?(?P<money>" + AMOUNT + r")씩|각각\s(?P<sum>" + AMOUNT + r")")
_CAPITAL = re.compile(r"의\s?(?:자본금|초기\s?자본금|설립\s?자본금)")
# a phrase saying where or how money went ("AI에 ", "해외에서 ", "지분으로 "), between an investor and its verb
_PLACE_WORDS = re.compile(r"\S(?:에|에게|에서|으로|로)\s")
# the trigger ends its sentence's verb ("투자했다", "투자했다고 밝혔다"; not "투자한 Y", "투자할 계획")
_VERB_ENDS = re.compile(r"(?:했|하였|해\s?왔)(?:다|으며|고)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# a character of the same sentence: no full stop, though a decimal point may stand ("지분 9.9%를 사들였다")
_IN_SENTENCE = r"(?:[^.]|(?<=\d)\.(?=\d))"
# "Y에 N원을 투자해 공장을 짓는다": Y is where a plant or campus is built, not a company funded
_SITE_BUILT = re.compile(
    _IN_SENTENCE + r"{0,40}?(?:공장|생산\s?시설|생산\s?기지|생산\s?라인|팹|캠퍼스|클러스터|단지|거점|센터)\S{0,3}\s*"
    r"(?:\S+\s){0,2}?(?:을|를)?\s*(?:짓|건설|건립|증설|신설|세우|세운|조성|구축|확장|착공)"
)
# a state, city, province, county or district written as one word ("인디애나주", "테일러시", "유성구"): a place,
# not a recipient
_PLACE_WORD = re.compile(
    r"[가-힣]{2,}(?:주|시|도|군|구)|현지|국내|해외|국내외|지역|역내|관내"
)  # "현지에 투자": where, no field
# "매출 300조원을 기록했고 AI에 투자": the money is another clause's
_CLAUSE_BREAK = re.compile(r"\S(?:고|며|지만|는데|다)[\s,.]")
_RAISED = re.compile(r"(?:\([^()]{1,10}\))?\S{0,3}\s*(?:를\s*)?(?:유치|받았|받는|받아|조달|제안)")  # "투자(SI)를 유치"


# "투자자", "출자자들은": the word names who invests (ko_money.investors_named reads "Y의 투자자인 X"), no predicate
_INVESTOR_NOUN = re.compile(r"자(?:들)?(?=[\s은는이가을를의에와과도로,.]|$)")
# "매입할 투자자를 물색", "인수할 곳을 찾고 있다", "투자하려는 기업": a buyer or investor sought, no deal made
_SOUGHT_PARTY = re.compile(
    r"\S{0,3}?(?:할|하려는|하려고\s하는)\s(?:\S+\s)?(?:투자자|투자사|인수자|원매자|매수자|곳|기업|회사|업체|주인|상대|후보)"
    r"(?:들)?(?:을|를|이|가|은|는|도|와|과|,|\s)"
)


# a misread syllable glued before a Latin word ("새론AI" read "새로/MAG ᆫ/JX AI", "우리AI" read "우리/NP AI")
_NO_NOUN = frozenset({"ETM", "VV", "VA", "MAG", "MM", "EC", "EP", "JX", "JKS", "NP"})
_SERIES_REACH = 12  # how far before the trigger a round's name is the investment's ("시리즈A 투자", "시드 투자로")
# an agreement in principle to buy, not yet binding: "인수하기로 양해각서를 맺었다", "인수하는 MOU를 체결했다"
_INTENT_SIGNED = re.compile(r"\S{0,3}?(?:하기로|하는)\s(?:\S+\s){0,3}?(?:양해각서|MOU|의향서|LOI|텀시트)")


def _sought(c: Clause, verb_at: int) -> bool:
    """Whether the verb at sentence offset ``verb_at`` (its stem's end) describes a party still sought, or a
    purchase only agreed in principle (a memorandum or letter of intent)."""
    return bool(_SOUGHT_PARTY.match(c.sentence.text, verb_at) or _INTENT_SIGNED.match(c.sentence.text, verb_at))


_PURPOSE_NOUNS = frozenset({"육성", "개발", "고도화", "강화", "활성화", "구축", "확충", "조성", "혁신"})


def _purpose(toks: list) -> int | None:
    """The index of the noun of "… 육성을 위해" (what the money is for), the last one before the trigger."""
    for k in range(len(toks) - 3, 0, -1):
        if toks[k].form in _PURPOSE_NOUNS and toks[k + 1].form in ("을", "를") and toks[k + 2].form == "위하":
            return k
    return None


def _named_right_after(c: Clause, ent: Entity) -> bool:
    """``ent`` is named within a few words after the trigger's relative clause ("투자하는 200억원 규모 'Y'"): the
    noun the clause describes."""
    if not _DESCRIBING.match(c.sentence.text, c.trigger.end()):
        return False
    return any(m.start > c.pos and m.start - c.pos <= 25 for m in ent.mentions if m.sentence == c.sentence.index)


_DESCRIBING = re.compile(r"(?:하는|할|한|하던)\s")
# the sum put in, right before "투입": "1200억원을 투입", "예산 500억원을 추가 투입", "총 3조원이 투입"
_SUM_PUT_IN = re.compile(AMOUNT + r"(?:\s?(?:이상|가량|규모))?(?:을|를|이|가|씩)?\s(?:\S+\s)?$")


# "투자한 (주요) 주주다", "투자한 전략적 투자자로": the noun the clause describes is what the subject is
_HOLDER_IS_TOPIC = re.compile(
    r"(?:주요\s|최대\s|초기\s|전략적\s|재무적\s)?(?:주주|주주사|투자자|투자사)(?:이다|다|이며|이고|로서|로|으로)(?=[\s.,]|$)"
)


@relation_rule(RelationType.INVESTED_IN, language="ko")
def invested_in(c: Clause) -> list[Relation]:
    """ "X는 Y에 N원을 투자한다"; an unnamed recipient is what X just established, only when an amount is stated."""
    if _RAISED.match(c.sentence.text, c.trigger.end()):
        return []  # "투자를 유치했다": the subject received the money (ko_funding)
    if c.trigger.group(0) == "투입" and not _SUM_PUT_IN.search(c.text_before(c.trigger.start())):
        return []  # "메타플랜트에 휴머노이드 로봇을 투입한다": a thing, or people, put to work, no money
    if any(a.start < c.pos < a.end and a.entity.type.is_organization for a in c.args):
        return []  # "한국벤처투자가 300억원을 출자했다": the word ends an investor's name, no predicate
    if _INVESTOR_NOUN.match(c.sentence.text, c.trigger.end()) or _sought(c, c.trigger.end()):
        return []  # "펀드에 돈을 넣은 개인투자자는", "투자할 곳을 찾고 있다": no investment stated
    if _GRANT.search(c.own_clause(_CLAUSE_BREAK)[-_GRANT_REACH:]) or _NOT_AN_INVESTMENT.search(c.sentence.text):
        return []  # "Y에 장학금 5억원을 지원했다", "연구비 명목으로 Y에 출연했다": a grant or a gift, no stake
    if (funded := _topic_funded_by(c)) is not None:
        company, investors = funded
        own = _clause_money(c, 10)
        own = own if len(investors) == 1 or EACH.search(c.clause_text()) else shared_total(own)
        return [Relation(RelationType.INVESTED_IN, i, company, c.sentence, c.confidence, own) for i in investors]
    verb_subject = _verb_subject(c)
    if not verb_subject and _unnamed_own_subject(c):
        # "허브 운영은 A가 맡으며 정부는 400억원을 지원한다": the clause's own subject, no earlier one, gives the money
        verb_subject = [g] if (g := _government(c)) is not None else []
        if not verb_subject:
            return []
    subject = verb_subject[0] if verb_subject else _fund_manager(c) or c.subject or _fund_subject(c) or _government(c)
    subject = speaks_for(c, subject) or subject  # "P ORG CEO는 Y에 투자했다고 밝혔다": the company invested
    # "X는 자회사 Y를 통해 Z에 투자했다": the arm the money goes through is the investor
    subject = next((a.entity for a in c.before if _THROUGH.match(c.sentence.text, a.end - c.sentence.start)), subject)
    place = next((a for a in reversed(c.before) if a.particle in PLACE), None)
    if (
        verb_subject
        and place is not None
        # (a subject the clause does not write, the government, comes before nothing)
        and place.start < min((a.start for a in c.subjects if a.entity in verb_subject), default=place.start)
    ):
        place = None  # "A는 X에 투자했고, B도 이듬해 Y에 투자했다": X is the first clause's, whatever Y was read as
    target = place.entity if place is not None else None
    if target is not None and _ROUND_WORDS.fullmatch(target.name):
        target = None  # "시리즈A에" read as a name: a round, whose company is written before it if at all
    if target is not None and c.trigger.group(0).startswith("출연") and target.name.endswith(_ENDOWED):
        return []  # "크래프톤은 크래프톤 미래재단에 200억원을 출연했다": a foundation's endowment, a gift that buys no stake
    if target is not None and _is_site(c, target):
        return []  # "미국 인디애나주에 38억 달러를 투자해 공장을 건설": a site, not a company funded
    if target is None and _FUND_REFERRED.search(c.own_clause()):
        target = _fund_named_before(c)  # "A가 이 펀드에 출자했다": the fund named before, else none
        if target is None:
            return []
    target = target or _named_right_before(c) or _round_owner(c)
    rel = _RELATIVE_INVESTOR.match(c.sentence.text, c.trigger.start())
    relative = rel is not None and not BOUND_NOUN.match(c.sentence.text, rel.end())
    if relative and rel is not None and _HOLDER_IS_TOPIC.match(c.sentence.text, rel.end()):
        relative = False  # "X는 Y에 200억원을 투자한 주요 주주다": the investor is what the topic is said to be
    told = rel is not None and relative and _WHAT_WAS_PUT_IN.match(c.sentence.text, rel.end())
    described_group: list[Entity] = []
    if rel and relative and not told:
        described = next((a for a in c.after if a.start - c.sentence.start == rel.end()), None)
        if described is None or target is None and not _sectors(c):
            return []  # "A가 투자한 Y" is investor_in_relative_clause's
        subject = described.entity
        # "Y에 투자한 A와 B는": the organisations enumerated right after the one the clause describes, joined
        # by a joiner only ("A와 협력하는 B": B is another clause's)
        members = [a for a in c.after if a.group == described.group]
        for k, a in enumerate(members):
            gap = c.sentence.text[members[k - 1].end - c.sentence.start : a.start - c.sentence.start] if k else ""
            if k and not _PLAIN_JOINER.fullmatch(gap) or not a.entity.type.is_organization:
                break
            described_group.append(a.entity)
    # "A가 Y에 투자한 금액은 300억원이다": the amount is told after the noun
    tail = told.end() - c.trigger.end() + 12 if told else 10
    props = _clause_money(c, tail)
    if told and (target is None or not c.subjects or "amount" not in props):
        return []  # no investor, recipient or amount written: "Y에 투자한 금액은 공개되지 않았다"
    if "지분" in c.clause_text():
        props |= _stake(c.clause_text())  # "Y에 지분 10%를 투자"
    if props and (series := round_series(c.text_before(c.pos)[-_SERIES_REACH:])):
        props["series"] = series  # "Y에 시드 투자 5억원을 집행했다": the round named right before the trigger
    partners = [a for a in c.before if a.particle in PARTNER]
    if (
        target is None
        and partners
        and ("지분" in c.own_clause() or "amount" in props)
        and (
            _PARTNERED_THEN.search(c.text_before(c.own_clause_start()))
            or (
                (tied := _PARTNERED_AND.search(c.text_before(c.pos), partners[-1].end - c.sentence.start)) is not None
                and not _ANY_PLACE.search(c.text_before(c.pos), tied.end())  # "…맺고 AI 반도체에 N원을": there
            )
        )
    ):
        # "X는 Y와 MOU를 맺고 지분 투자를 단행했다", "Y와 파트너십을 맺고 1000만 달러를 투자했다": the money is Y's
        target, partners = partners[-1].entity, []
    if target is None and partners and _CONTRACT.match(c.sentence.text, c.trigger.end()):
        target, partners = partners[-1].entity, []  # "X는 Y와 2억 달러 규모의 투자 계약을 체결"
        if subject is not None and _investor_side(target, subject):
            subject, target = target, subject  # "스타트업 Y는 A벤처스와 투자 계약을 체결": the investor put money in
        if any(_public_body(c, e) for e in (subject, target) if e is not None):
            return []  # "광주시는 Y와 500억원 규모의 투자협약을 체결": Y builds in the city; nobody funds an organisation
    stated = "amount" in props or "annual_amount" in props  # "매년 1000억원씩" states an amount too
    # "이 펀드에는 A가 출자했다": the fund the sentence is about is a recipient stated, amount or not
    recipient = target or _fund_topic(c)
    if subject is None or not stated and (recipient is None or c.trigger.group(0).startswith(("지원", "출연"))):
        return []  # "대규모 투자를 진행한다", "기업을 지원한다", "방송에 출연했다" alone are no investment
    if target is not None and partners and _TOGETHER.search(c.text_before(c.pos)):
        # "X는 A, B 등과 공동으로 Y에 투자": the partners invested too; a total is nobody's own
        shared = props if EACH.search(c.clause_text()) else without_amount(props)
        return [
            Relation(RelationType.INVESTED_IN, who, target, c.sentence, c.subject_confidence, shared)
            for who in [subject] + [a.entity for a in partners if a.end <= c.pos and a.entity is not target]
        ]
    if target is None:
        listed = _listed_fields(c)
        sectors = [e for e in listed if e is not None]
        if sectors:
            if len(listed) > 1:  # "AICC와 로봇 사업 등에 1조원": an amount shared by several targets is no one's
                props = {k: v for k, v in props.items() if k in ("period_years", "start_date", "end_date")}
            return _from_investors(c, subject, not relative, sectors, props)
        fund = _fund_topic(c)
        if fund is not None and len(paired := _paired_amounts(c)) > 1:
            # "펀드에는 A가 30억원, B가 20억원을 출자한다": each subject with its own amount
            return [Relation(RelationType.INVESTED_IN, a, fund, c.sentence, c.confidence, own) for a, own in paired]
        if fund is not None and (after := _subjects_after_fund_topic(c)):
            # "X와 Y가 추진 중인 펀드는 A와 B가 각각 50억원을 출자해": A and B, not the relative clause's X and Y
            own = props if len(after) == 1 or EACH.search(c.clause_text()) else without_amount(props)
            sums = [m.group(0) for m in _MONEY_AFTER.finditer(c.own_clause())]
            if len(after) > 1 and len(sums) == len(after):
                # "A와 B가 각각 300억원, 200억원을 출자했다": the sums in the order of the names
                return [
                    Relation(
                        RelationType.INVESTED_IN,
                        a,
                        fund,
                        c.sentence,
                        c.confidence,
                        money_properties(written, c.article_date, c.lex.fx),
                    )
                    for a, written in zip(after, sums)
                ]
            return [Relation(RelationType.INVESTED_IN, a, fund, c.sentence, c.confidence, own) for a in after]
        founded = c.focus(subject)
        if founded is not None and _named_right_after(c, founded):
            founded = None  # "기업에 투자하는 200억원 규모 'Y 펀드'를 결성": Y is what invests, not what is put into
        target = _capital_owner(c) or fund or founded or _round_company(c) or _joined_too(c, subject)
        if target is None and (picked := _selected(c)):
            each = len(picked) == 1 or EACH.search(c.clause_text())  # "A와 B를 선정하고 각각 90억원을"
            return _from_investors(c, subject, not relative, picked, props if each else {})
    if target is None:
        return []
    placed = [] if relative or "annual_amount" in props else _placed_amounts(c)
    if placed and placed[-1][0] is target:
        if len(placed) > 1:  # "A에 10억원, B에 20억원을 투자했다": each its own amount
            return [r for t, own in placed for r in _from_investors(c, subject, True, [t], props | own)]
        props |= placed[0][1]  # "A에 50억원을 투자한 데 이어 B에도 30억원을": B's amount is the one after it
    targets = _enumerated_recipients(c, target)
    if len(targets) > 1 and len(respective := respective_amounts(c)) == len(targets) and len(c.subject_group) < 2:
        # "X는 A와 B에 각각 100억원, 20억원을 투자했다": each its own, in the order written
        return [
            Relation(RelationType.INVESTED_IN, subject, t, c.sentence, c.subject_confidence, props | own)
            for t, own in zip(targets, respective, strict=True)
            if t is not subject
        ]
    if (len(targets) > 1 or _ONE_OF_MANY.match(c.sentence.text, _end_of(c, target))) and not EACH.search(
        c.clause_text()
    ):
        props = without_amount(props)  # "A, B 등 3곳에 N원을 투자": a total no recipient got alone
    if len(targets) == 1 and len(paired := _paired_amounts(c)) > 1:
        return [
            Relation(RelationType.INVESTED_IN, who, targets[0], c.sentence, c.confidence, own)
            for who, own in paired
            if who is not targets[0]
        ]
    if len(targets) == 1 and targets[0].type.is_organization and not relative:
        # "X는 Y에 투자했다. 이번 투자에는 Z도 참여했다": the investment is a round of Y's others may join (what
        # X put in is not the round's total)
        c.discourse.funded, c.discourse.funded_at, c.discourse.round = targets[0], c.sentence.index, {}
    if len(described_group) > 1:
        shared = props if EACH.search(c.clause_text()) else without_amount(props)
        return [
            Relation(RelationType.INVESTED_IN, who, t, c.sentence, c.confidence, shared)
            for t in targets
            for who in described_group
            if who is not t
        ]
    return _from_investors(c, subject, not relative, targets, props)


# "Y와 MOU를 맺고 ", "Y와 협약을 체결하고 ": a partnership signed, then the trigger's clause
_PARTNERED_THEN = re.compile(r"(?:맺|체결하|손잡)고,?\s$")
# the tie agreed with the partner in a clause of its own before the verb's: "Y와 파트너십을 맺고 N원을 투자"
_PARTNERED_AND = re.compile(r"(?:맺|체결하|손잡)고,?\s")
_ANY_PLACE = re.compile(r"(?:에|에게|에는|엔)\s")
# "Y에 50억원을", "Z에도 30억원, ": the amount written right after the organisation the money goes to
_AMOUNT_AFTER_PLACE = re.compile(
    r"(?:\([^()]*\))?(?:에|에게|에는|엔|에도)\s(?:약\s|총\s)?(?P<money>" + AMOUNT + r")(?:을|를|씩)?"
)


def _placed_amounts(c: Clause) -> list[tuple[Entity, dict]]:
    """The last organisation the money goes to with the amount written right after it, and those listed before
    it so, each closed by a comma: "A에 10억원, B에 20억원을 투자했다"."""
    base = c.sentence.start
    placed: list[tuple[Entity, dict]] = []
    next_start = None
    for a in reversed(c.before):
        m = _AMOUNT_AFTER_PLACE.match(c.sentence.text, a.end - base)
        if m is None or not a.entity.type.is_organization:
            continue
        if next_start is not None and not re.fullmatch(r",\s?", c.sentence.text[m.end() : next_start]):
            break  # "A에 50억원을 투자한 데 이어 B에도 30억원을": another verb's amount
        placed.insert(0, (a.entity, money_properties(m.group("money"), c.article_date, c.lex.fx)))
        next_start = a.start - base
    return placed


# "A가 80억원, B가 70억원을": each subject written right before its own amount
_OWN_AMOUNT = re.compile(
    r"(?:\([^()]*\))?(?:이|가|은|는|도)\s(?:약\s|총\s)?(?P<money>[\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러))"
)


# a verb reported ("…했다고 밝혔다", "…했다며"): the topic before it is the speaker
_REPORTED = re.compile(r"\S*?(?:다고|다며|라고)(?=\s)")


def _verb_subject(c: Clause) -> list[Entity]:
    """ "A는 B가 Y를 인수했다고 밝혔다", "A는 X를 개발하고, B가 Y를 인수했다": the organisations in 이/가 (with
    those enumerated with them) that are the verb's own subject when the topic before them is the speaker's, or
    another clause's; none when the topic is the verb's."""
    subjects = c.subjects
    if not subjects or subjects[0].particle not in ("은", "는"):
        return []
    topic, toks = subjects[0], c.sentence.tokens
    clause_start = c.own_clause_start(CLAUSE_DONE)  # "X는 Y를 인수한 데 이어 Z도 사들였다": X's clause runs on
    reported = _REPORTED.match(c.sentence.text, c.trigger.end()) is not None
    own = next(
        (
            a
            for a in subjects[1:]
            if a.group != topic.group
            and a.entity.type.is_organization
            # "가 개발 중인": a relative clause of its own (not an adjective's, "도 같은 해", "가 작은 Y를")
            and not any(
                a.end <= t.start < c.pos and t.tag == "ETM" and toks[k - 1].tag != "VA" for k, t in enumerate(toks) if k
            )
            and (
                a.particle in ("이", "가")
                and reported
                or a.particle in ("이", "가", "은", "는", "도")  # "X는 …했고, Z도 Y를 인수했다"
                and topic.end <= clause_start <= a.start
                # "X는 펀드를 결성할 계획이며, Z는 이 펀드에 출자한다": a topic of its own after the comma
                or a.particle in ("은", "는")
                and a is subjects[-1]
                and "," in c.sentence.text[topic.end - c.sentence.start : a.start - c.sentence.start]
            )
        ),
        None,
    )
    return [a.entity for a in subjects if own is not None and a.group == own.group]


# the last recipient written before the verb, and what follows it: "…유상증자에 300억원을 "
_PUT_INTO = re.compile(r".*에\s(?P<rest>.*)$")


def _clause_money(c: Clause, tail: int) -> dict:
    """The money of the sentence up to a little after the trigger; an amount in the verb's own clause, from its
    last subject on, is its own ("A는 1500억원 규모 펀드를 조성하며, B가 400억원을 출자한다": 400억원 is B's,
    1500억원 the fund's size), and an earlier clause's is not ("Y에 N원을 투자한 데 이어 Z에도")."""
    text = c.clause_text(tail)
    whole = money_properties(text, c.article_date, c.lex.fx)
    clause_start = c.own_clause_start()
    start = max([clause_start] + [a.start for a in c.before if a.particle in SUBJECT])
    own = money_properties(text[start - c.sentence.start :], c.article_date, c.lex.fx)
    if "amount" in own:
        # "Y가 실시하는 1000억원 규모 유상증자에 300억원을 출자": the sum after what takes the money is the verb's
        put_in = _PUT_INTO.search(c.text_before(c.pos)[start - c.sentence.start :])
        after_target = money_properties(put_in.group("rest"), c.article_date, c.lex.fx) if put_in else {}
        if after_target.get("amount", own["amount"]) != own["amount"]:
            own = after_target
        return without_amount(whole) | own
    if "amount" in whole and "amount" not in money_properties(
        text[clause_start - c.sentence.start :], c.article_date, c.lex.fx
    ):
        return without_amount(whole)  # "Y에 5천만달러를 투자한 데 이어 Z에도 투자했다": Y's sum, not Z's
    return whole


def _paired_amounts(c: Clause) -> list[tuple[Entity, dict]]:
    """ "투자사별로는 A가 80억원, B가 70억원을 투자했다": each investor with the amount written after it, in the
    verb's own clause ("A는 1500억원 규모 펀드를 조성하며, B가 400억원을 출자한다": A's sum is the fund's size)."""
    out = []
    clause_start = c.own_clause_start()
    for a in c.before:
        m = _OWN_AMOUNT.match(c.sentence.text, a.end - c.sentence.start)
        if m is not None and a.particle in SUBJECT and a.entity.type.is_organization and a.start >= clause_start:
            out.append((a.entity, money_properties(m.group("money"), c.article_date, c.lex.fx)))
    return out


# "투자에 나섰다", "투자를 단행했다": an investment made, whose company may be written right before "투자"
_INVESTMENT_MADE = re.compile(r"(?:에\s?(?:나섰|나서|나선)|[를을]\s?(?:단행|집행|결정|확정|완료|마무리))")


def _named_right_before(c: Clause) -> Entity | None:
    """ "네이버가 딥엑스 투자에 나섰다", "딥엑스 투자를 단행했다": the organisation written right before "투자"
    with no particle is what the money went into."""
    if not _INVESTMENT_MADE.match(c.sentence.text, c.trigger.end()) or not c.before:
        return None
    last = c.before[-1]
    if last.particle or c.text_before(c.pos)[last.end - c.sentence.start :] not in ("", " "):
        return None
    return last.entity if last.entity.type.is_organization and last.entity is not c.subject else None


_ROUND_OF = re.compile(
    r"\s(?:(?:시리즈\s?[A-F]\d?|프리\s?A|시드|브릿지)\s?(?:라운드|투자|펀딩)?|(?:유상\s?)?증자|설립)에\s"
    r"|\s(?:설립|증자|유상증자)(?:을|를)\s위(?:해|하여|한)\s"
)
# the company running its own capital increase, named as the relative clause's subject: "Y가 실시하는 유상증자에"
_ROUND_RUN_BY = re.compile(
    r"\s(?:실시|진행|추진|단행)(?:하는|한|할|하기로\s한)\s(?:[^\s.,]+\s규모의?\s)?(?:유상\s?)?증자에\s"
)


def _round_owner(c: Clause) -> Entity | None:
    """ "A는 Y(의) 시리즈A에 50억원을 베팅했다", "A는 Y 유상증자에 300억원을 넣었다", "A는 Y 설립에(설립을 위해)
    100억원을 출자했다", "A는 Y가 실시하는 유상증자에 …": the company written right before its round, capital
    increase or founding."""
    return next(
        (
            a.entity
            for a in reversed(c.before)
            if a.entity.type.is_organization
            and (
                a.particle in ("", "의")
                and _ROUND_OF.match(c.sentence.text, a.end - c.sentence.start + len(a.particle))
                or a.particle in ("이", "가")
                and _ROUND_RUN_BY.match(c.sentence.text, a.end - c.sentence.start + len(a.particle))
            )
        ),
        None,
    )


# the sentence speaks of the round just announced: "이번 라운드에서", "투자사별로는", "이번 투자에서"
_THIS_ROUND = re.compile(r"이번\s?(?:투자|라운드|펀딩|시리즈\s?[A-F])|(?:투자사|투자자|기관)별로")


def _round_company(c: Clause) -> Entity | None:
    """ "투자사별로는 A가 80억원, B가 70억원을 투자했다": the company whose round the article announced; right
    after the announcement, investors written as new subjects (이/가) with no recipient of their own put money into it
    too ("Y는 800억원을 유치했다. A와 B가 각각 200억원을 투자했다"); a topic (은/는) tells its own story ("A는 지난해
    30억원을 투자했다"), and a lone company spending is its own plan."""
    if _THIS_ROUND.search(c.text_before(c.pos)):
        return c.discourse.funded
    subjects = c.subjects
    if not subjects or subjects[0].particle not in ("이", "가") or c.discourse.funded_at != c.sentence.index - 1:
        return None
    group = c.subject_group
    investors = len(group) > 1 or any(e.type is EntityType.INVESTOR for e in group) or EACH.search(c.clause_text())
    return c.discourse.funded if investors else None


# "추가로 투자", "추가 투자", "후속 투자": more money into what was just funded
_MORE_MONEY = re.compile(r"(?:추가로|추가|후속)\s?$")


def _joined_too(c: Clause, subject: Entity | None) -> Entity | None:
    """ "X는 Y에 50억원을 투자했다. Z도 30억원을 투자했다", "… Z가 30억원을 추가로 투자했다": a subject written
    with 도 ("too"), or money written as more of it, with no recipient of its own went into the organisation the
    sentence before funded."""
    funded = c.discourse.funded
    if funded is None or funded is subject or c.discourse.funded_at != c.sentence.index - 1:
        return None
    too = any(a.entity is subject and a.particle == "도" for a in c.before)
    return funded if too or _MORE_MONEY.search(c.text_before(c.pos)) else None


# "A를 (주관기관으로) 선정해", "A, B 등 10개사를 선정하고", "A가 … 대상으로 선정됐다": organisations picked
# for a grant, done (not "선정할 계획")
_PICKED = re.compile(
    r"(?:\([^()]*\))?\s?(?:등\s?(?:\d+\s?(?:개사|곳|개\s?기관|개\s?기업|개\s?대학)\s?)?)?"
    r"(?:(?:을|를)\s(?:[^\s.,]+\s){0,4}?[^\s.,]*선정(?:했|하였|해|하고|하며)"
    r"|(?:이|가|은|는)\s(?:[^\s.,]+\s){0,4}?[^\s.,]*선정(?:됐|되었|돼|되어))"
)


def _selected(c: Clause) -> list[Entity]:
    """ "중기부는 A 등 10개사를 선정해 최대 5억원씩 지원한다", "… A를 AI 대학원으로 선정했다. 정부는 이
    대학에 5년간 100억원을 지원한다": the money no named recipient takes goes to the organisations picked
    for it earlier in the sentence, else in the sentence before."""
    for index, limit in ((c.sentence.index, c.pos), (c.sentence.index - 1, None)):
        if index < 0:
            break
        sent = c.doc.sentences[index]
        picked: list[Entity] = []
        for m in c.doc.mentions:
            ent = c.doc.of_mention.get(m.start)
            if (
                m.sentence == index
                and ent is not None
                and ent.type.is_organization
                and ent is not c.subject
                and (limit is None or m.end <= limit)
                and (hit := _PICKED.match(sent.text, m.end - sent.start)) is not None
                and (limit is None or sent.start + hit.end() <= limit)
                and all(ent is not p for p in picked)
            ):
                picked.append(ent)
        if picked and index == c.sentence.index:
            # "A와 B를 AI 대학원으로 선정하고": every organisation enumerated with the last one picked
            groups = {a.group for a in c.before if any(a.entity is p for p in picked)}
            picked += [
                a.entity
                for a in c.before
                if a.group in groups and a.entity.type.is_organization and all(a.entity is not p for p in picked)
            ]
        if picked:
            return picked
    return []


# "누리랩스 등 팹리스 10곳에": the recipient named is one of a set the amount is shared by
_ONE_OF_MANY = re.compile(r"(?:\([^()]*\))?\s?등\s")


def _end_of(c: Clause, target: Entity) -> int:
    """Sentence offset where the last mention of ``target`` before the trigger ends (the trigger if none)."""
    return next((a.end for a in reversed(c.before) if a.entity is target), c.pos) - c.sentence.start


def _enumerated_recipients(c: Clause, target: Entity) -> list[Entity]:
    """ "X는 A와 B에 투자했다", "A, B 등 스타트업 3곳에": every organisation enumerated with the 에-place."""
    place = next((a for a in reversed(c.before) if a.entity is target and a.particle in PLACE), None)
    if place is None:
        return [target]
    members: list[Entity] = []
    for a in c.before:
        if a.group == place.group and a.entity.type.is_organization and all(a.entity is not m for m in members):
            members.append(a.entity)
    return members if any(m is target for m in members) else [target]


def _from_investors(c: Clause, subject: Entity, own_clause: bool, targets: list[Entity], props: dict) -> list[Relation]:
    """INVESTED_IN from the subject, or from every organisation enumerated with it ("A와 B가"): a total
    they share is neither one's own amount unless "각각/씩" says so."""
    group = _verb_subject(c) or c.subject_group
    investors = (group if own_clause and group and subject is group[0] else []) or [subject]
    if len(investors) > 1 and not EACH.search(c.clause_text()):
        props = shared_total(props)
    elif len(investors) > 1 and (each := _EACH_SUM.search(c.clause_text())) is not None:
        # "A와 B가 각각 100억원씩 출자해 200억원 규모의 펀드를": each one's sum, not the fund's size
        written = each.group("money") or each.group("sum")
        props = {**without_amount(props), **money_properties(written, c.article_date, c.lex.fx)}
    own_of = list(zip(investors, own_amounts(c, props, len(investors)), strict=True))
    return [
        Relation(RelationType.INVESTED_IN, who, t, c.sentence, c.subject_confidence, own)
        for who, t in respective_pairs(c, investors, targets)
        for investor, own in own_of
        if investor is who
    ]


# "광주시", "전남도", "완주군", "부산광역시": a city, province or county as the body that governs it
_LOCAL_GOVERNMENT = re.compile(r"(?P<stem>[가-힣]{2,5}?)(?P<unit>특별자치시|특별자치도|광역시|특별시|시|도|군|구)")


def _local_government(c: Clause, e: Entity) -> bool:
    """A local government: in an investment agreement ("투자협약") it is where a company invests, not an investor
    or a company funded.  Named as a place and its unit: the place a known one ("광주시"), the unit one no company
    name ends with ("완주군", "부산광역시"), or recognition already read the name as no company's."""
    m = _LOCAL_GOVERNMENT.fullmatch(e.name)
    return m is not None and (
        m.group("stem") in c.lex.places
        or m.group("unit") not in ("시", "도", "구")
        or e.type in (EntityType.ORGANIZATION, EntityType.GOVERNMENT_AGENCY)
    )


# the heads of public bodies' names a company's name does not end with: "새만금개발청", "경남테크노파크" (a city
# or province is _local_government's)
_PUBLIC_BODY_HEAD = re.compile(r"(?:청|테크노파크|진흥원|공사|공단)$")


def _public_body(c: Clause, e: Entity) -> bool:
    """A public body as an investment agreement's party: a local government, an agency, a park or institute a
    government runs ("새만금개발청은 Y와 1800억원 규모의 투자협약을 맺었다": Y invests in the region)."""
    return _local_government(c, e) or e.type is EntityType.GOVERNMENT_AGENCY or bool(_PUBLIC_BODY_HEAD.search(e.name))


# a site's own name: "탕정 일반산업단지", "진주 뿌리산업단지", "오창 국가산단", "김해 테크노밸리", "평택캠퍼스"
_SITE_NAME = re.compile(r"(?:산업|국가|일반|첨단|혁신|과학)?\s?(?:단지|산단|밸리|캠퍼스)$")


def _is_site(c: Clause, target: Entity) -> bool:
    """The 에-place of an investment is a site when its name is a place's or a plant is built there."""
    return target.registry is None and (
        bool(_PLACE_WORD.fullmatch(target.name))
        or c.lex.is_place(target.name)
        or bool(_SITE_NAME.search(target.name))
        or bool(_SITE_BUILT.match(c.sentence.text, c.trigger.end()))
    )


def _capital_owner(c: Clause) -> Entity | None:
    """ "가람랩스의 자본금은 … SK하이닉스가 납입한다": the company whose capital is paid in."""
    return next(
        (
            a.entity
            for a in c.before
            if a.particle == "의"
            and _CAPITAL.match(c.sentence.text, a.end - c.sentence.start)
            and a.entity is not c.subject
        ),
        None,
    )


# "A가 운용하는 펀드는 ": an unnamed fund the subject, its manager named before it
_MANAGED_FUND_SUBJECT = re.compile(MANAGED_FUND + r"(?:은|는|이|가|도)\s")


def _fund_manager(c: Clause) -> Entity | None:
    """ "A가 운용하는 펀드는 Y에 40억원을 투자했다": the manager of the unnamed fund that is the clause's subject
    invested through it (a named fund is an investor of its own)."""
    base = c.sentence.start
    for a in c.before:
        fund = _MANAGED_FUND_SUBJECT.match(c.sentence.text, a.end - base) if a.particle in ("이", "가") else None
        if fund is None or base + fund.end() > c.pos or not a.entity.type.is_organization:
            continue
        if not any(a.end < b.start < base + fund.end() for b in c.args) and not any(
            b.start >= base + fund.end() and b.particle in SUBJECT for b in c.before
        ):
            return a.entity
    return None


def _investor_side(partner: Entity, subject: Entity) -> bool:
    """In "X는 P와 투자 계약을 체결했다" the partner P, not X, is the one investing when only P is an investor."""
    return partner.type is EntityType.INVESTOR and subject.type is not EntityType.INVESTOR


_OPENING_SUBJECT = re.compile(r"\s*[가-힣]{1,8}(?:은|는|이|가)\s")


def _unnamed_own_subject(c: Clause) -> bool:
    """A later clause opens with a subject no name covers ("…맡으며 정부는 …을 지원한다"): the subjects of the
    clauses before it are not this verb's."""
    start = c.own_clause_start()
    if start == c.sentence.start or any(a.start >= start for a in c.subjects):
        return False
    return _OPENING_SUBJECT.match(c.sentence.text, start - c.sentence.start) is not None


def _government(c: Clause) -> Entity | None:
    """ "정부가 … 투자한다": the government of the article's country, an actor though not a named one."""
    return c.government(("가", "는", "도", "와"))


def _topic_funded_by(c: Clause) -> tuple[Entity, list[Entity]] | None:
    """ "Y는 A와 B가 투자했다": the company the sentence is about and its investors, the subject after it, when
    nothing else is put in (no object, no place) and the trigger is the sentence's own verb."""
    topic = next((a for a in c.before if a.particle in ("은", "는")), None)
    if (
        topic is None
        or topic.entity.type not in (EntityType.COMPANY, EntityType.RESEARCH_LAB)
        or any(a.particle in OBJECT | PLACE for a in c.before)
        or not _VERB_ENDS.match(c.sentence.text, c.trigger.end())
        or c.hedged(c.trigger.end())
    ):
        return None
    investors = [
        a.entity
        for a in c.before
        if a.start > topic.end
        and a.particle in ("이", "가")
        and a.entity.type.is_organization
        and a.entity is not topic.entity
    ]
    last = [a for a in c.before if a.particle in ("이", "가")]
    if not investors or last[-1].end < max(a.end for a in c.before):
        return None
    if _PLACE_WORDS.search(c.sentence.text, last[-1].end - c.sentence.start, c.pos - c.sentence.start):
        return None  # "X는 A가 AI에 투자했다고 밝혔다": A's money went where the 에-phrase says, not into X
    return topic.entity, investors


def _sectors(c: Clause) -> list[Entity]:
    """ "AI 반도체에 10조원", "차세대 지능형 반도체 개발에 1조원": the technologies or sectors in the
    에-phrase before the amount, as Technology entities ("개발", "분야", "사업" and time words dropped).
    Every field the phrase lists counts toward how many share the money, a named organisation's too."""
    return [e for e in _listed_fields(c) if e is not None]


def _listed_fields(c: Clause) -> list[Entity | None]:
    """The fields of ``_sectors``, with None for each listed member that is no field (a named organisation)."""
    toks = [t for t in c.sentence.tokens if t.start < c.pos]
    at = next(
        (
            k
            for k in range(len(toks) - 1, -1, -1)
            if toks[k].tag == "JKB"
            and toks[k].form in ("에", "에만")
            and not _ADVERBIAL_AT.match(c.sentence.text, toks[k].end - c.sentence.start)
        ),
        None,
    )
    if at is None:
        at = _purpose(toks)  # "AI 반도체 산업 육성을 위해 N원을 투입": the field the money is for
    if at is None or any(a.start <= toks[at].start <= a.end + 2 for a in c.args):
        return []
    between = c.sentence.text[toks[at].end - c.sentence.start : c.pos - c.sentence.start + 2]
    money_before = list(_MONEY_AFTER.finditer(c.text_before(toks[at].start)))
    right_on_verb = (
        not between[:-2].strip()
        and money_before
        and not _CLAUSE_BREAK.search(c.text_before(toks[at].start)[money_before[-1].end() :])
    )
    if not (_MONEY_AFTER.search(between) or right_on_verb):
        return []  # the 에-phrase must be where the money goes: "…에 N원을 투자", "N원씩 …에 투자"
    words: list[list] = [[]]
    edge = toks[at].start  # the start of the leftmost token read so far: a quote is read through, not a gap
    k = at - 1
    while k >= 0 and len(words) <= 4:
        t = toks[k]
        if t.form == ")":  # a gloss: "AI컨택센터(AICC)"
            while k >= 0 and toks[k].form != "(":
                k -= 1
            k -= 1
            continue
        if t.tag in ("NNG", "NNP", "SL", "SN", "XSN", "XPN", "SH") or t.form in ("·", "-"):
            if words[-1] and t.end < edge - 1:
                break
            words[-1].insert(0, t)
        elif t.tag in MISREAD_NAME_STARTS and words[-1] and t.end == words[-1][0].start:
            words[-1].insert(0, t)  # "한/MM 빛/NNG AI/SL에": a determiner glued to a noun is a name's first syllable
        elif words[-1] and t.end == words[-1][0].start and _ordinal_prefix([t, *words[-1]], whole=False):
            words[-1].insert(0, t)  # "이/NR 차/NNB 전지/NNG", "2차전지": an ordinal glued into a field's word
        elif t.tag in ("JC",) or t.form in (",", "·", "및") or t.form == "등" and t.tag == "NNB":
            words.append([])  # "AI와 로봇 등 신사업에": each named field, the kind after 등 its own word
        elif t.tag.startswith("SS"):
            pass  # "'차세대 AI 반도체 개발' 사업에"
        else:
            break
        edge = t.start
        k -= 1
    out: list[Entity | None] = []
    leftmost = words[-1]
    if k >= 0 and leftmost and leftmost[0].tag == "SL" and toks[k].end == leftmost[0].start and toks[k].tag in _NO_NOUN:
        words[-1] = []  # "다온AI에" read "다/MAG 오/VV ᆫ/ETM AI": the end of a written word no reading explains
    if k >= 0 and toks[k].form in _DETERMINERS and len(leftmost) == 1 and leftmost[0].form in PROGRAMME_HEADS:
        # "이 사업에", "해당 프로젝트에": the programme the article named before, else none
        return [c.programme_named_before()]
    for group in reversed(words):
        fund = bool(group) and group[-1].form in ("펀드", "조합", "투자조합")  # "500억원 규모의 AI 혁신 펀드에"
        if fund and any(t.form in KIND_DESCRIBED for t in group):
            out.append(None)  # "AI 반도체 전용 펀드에": a kind of fund described, none named
            continue
        built = bool(group) and group[-1].form in _BUILDING_ACTS  # "물류센터 건립에", "센터 운영에": a facility
        if group and _ROUND_WORDS.search(group[-1].form):
            return []  # "이번 다운라운드에는": a round, whatever kind (the company is read before it, if at all)
        while group and (group[-1].form in _NOT_SECTOR_TAIL or group[-1].tag == "NNB"):
            group.pop()
        while (
            group
            and not _ordinal_prefix(group)
            and (
                (group[0].tag == "SN" and _counted(group, 0))
                or group[0].tag in ("XSN", "NNB")
                or (group[0].tag == "XPN" and (len(group) == 1 or group[1].start > group[0].end))
                or group[0].form in _NOT_SECTOR_HEAD
                or group[0].form.endswith("년")
            )
        ):
            group.pop(0)
        if not group:
            continue
        name = c.sentence.text[group[0].start - c.sentence.start : group[-1].end - c.sentence.start].strip(" (")
        if _ROUND_WORDS.search(name):
            return []  # "Y 시리즈A에": the round of a company (invested_in reads the company before it)
        if len(name) < 2 or name in c.lex.generic_orgs or name in c.lex.classifiers or name in _NOT_SECTOR_NAMES:
            continue
        if name.split()[-1] in _COMPANY_WORDS:
            continue  # "통합 법인에 1000억원을": a company not named, no field
        named_here = any(group[0].start <= a.start < group[-1].end and a.entity.type.is_organization for a in c.args)
        if (kind := c.lex.suffix_of(name)) is not None and (
            kind.text == name
            or (
                kind.text in _REFERRED_KINDS
                and not named_here
                and all(w in _RESEARCH_WORDS for w in name.removesuffix(kind.text).split())
            )
        ):
            # "(… 공동연구센터를 세웠다.) 500억원을 센터에 지원", "연구센터에 지원": a kind in common words is the body of
            # that kind named last
            out.append(_kind_named_before(c, kind.text))
            continue
        if built or _BUILT_SITE.fullmatch(name) or _PLANT.fullmatch(group[-1].form) or group[-1].form in _NEAR:
            continue  # "설비투자에 30조원", "생산라인 구축에": capital spending on plant, no technology
        if _PLACE_WORD.fullmatch(name) or any(
            (t.tag == "SN" and _counted(group, i) and not (i == 0 and _ordinal_prefix(group)))
            or c.lex.is_place(t.form)
            or (t.form[-1:] in ("시", "군", "구", "도") and c.lex.is_place(t.form[:-1]))  # "세종시 데이터센터에"
            or c.lex.classifier_ending(t.form) is not None
            for i, t in enumerate(group)
        ):
            continue  # "평택에", "쿤산시에", "AI 스타트업 20곳에": a place or a set of companies, not a sector
        if named_here:
            out.append(
                None
            )  # "Y 인수에 1조원을 투입", "Y 신사업에": a named organisation's deal or business, no sector
            continue
        # a fund invests; a programme ("K-클라우드 프로젝트") is run, as spent_to_build and programme_place name it;
        # capital paid in (출자) goes into a company, never a field ("피프스시즌에 1억 달러를 출자": a name unread)
        field_kind = (
            EntityType.INVESTOR
            if fund
            else EntityType.ORGANIZATION
            if name.endswith(PROGRAMME_HEADS)
            else EntityType.COMPANY
            if c.match is not None and c.trigger.group(0).endswith("출자")
            else EntityType.TECHNOLOGY
        )
        out.append(c.add_entity(name, field_kind, group[0].start, group[0].start + len(name)))
    return out


def _ordinal_prefix(group: list[Token], whole: bool = True) -> bool:
    """ "이/NR 차/NNB 전지/NNG", "2/SN 차/NNB 전지/NNG": an ordinal (a number and 차) glued to the noun after it in one
    written word is part of the field's name ("이차전지", "3차원"), not a count of things; ``whole=False`` also takes
    the ordinal's counter alone before the noun, as the words are read right to left."""
    if not whole and len(group) > 1 and group[0].form == "차" and group[0].tag == "NNB":
        return group[1].tag == "NNG" and group[0].end == group[1].start
    return (
        len(group) > 2
        and group[0].tag in ("NR", "SN")
        and group[1].form == "차"
        and group[1].tag == "NNB"
        and group[0].end == group[1].start
        and group[1].end == group[2].start
        and group[2].tag == "NNG"
    )


_DETERMINERS = frozenset({"이", "이번", "해당", "동", "그"})
# what a number glued to it counts ("20곳", "3개사"): a number before other letters is part of a name ("3D", "4대강")
_COUNTERS = frozenset({"곳", "개", "개사", "명", "건", "종", "여", "차례", "번", "배", "년", "월", "일"})


def _counted(group: list[Token], i: int) -> bool:
    """Whether the number at ``group[i]`` counts or dates something rather than starting a name ("20곳" against
    "3D 프린팅", "5G", "4대강"): it stands alone, or what is glued to it is a counter."""
    nxt = group[i + 1] if i + 1 < len(group) else None
    return nxt is None or nxt.start > group[i].end or nxt.tag in ("NNB", "NR", "XSN", "SN") or nxt.form in _COUNTERS


# "두 차례에 걸쳐", "지분율에 따라", "지난해에 이어": an 에 of a postposition-like verb, no place the money goes
_ADVERBIAL_AT = re.compile(r"\s?(?:걸쳐|걸친|따라|따른|비해|의해|앞서|이어|달하|이르)")


# kinds of body a later sentence refers to in common words ("연구센터에 지원"): the one of that kind named before
_REFERRED_KINDS = frozenset({"센터", "연구소", "연구실", "랩", "재단"})
_RESEARCH_WORDS = frozenset({"연구", "공동", "공동연구", "R&D"})  # "연구센터", "공동 연구센터": no other kind


def _kind_named_before(c: Clause, kind: str) -> Entity | None:
    """The organisation whose name ends in ``kind`` ("센터", "연구소") named last before this clause: what the bare
    kind word refers to."""
    return c.last_named_before(lambda e: e.type.is_organization and e.name != kind and e.name.endswith(kind))


# "N원을 들여 AI 데이터센터를 구축한다": what the money builds, one to four words before its object particle
# ("N원을 투입해 X 개발 사업을 추진한다": a programme carried out or supported with it, too)
_SPENT_ON = re.compile(
    r"\s+(?P<obj>(?:[A-Za-z0-9가-힣·'‘-]+\s){0,4}['‘]?[A-Za-z0-9가-힣·-]+?)['’]?(?:\([^()]*\))?(?:을|를)\s+"
    r"(?:새로\s|추가로\s|본격\s|집중\s)?(?:구축|개발|조성|결성|확충|도입|고도화|설립|신설|출범|육성"
    r"|(?P<programme>추진|지원|수행|시행))"
)
# a plant, site or building is where the money goes, not a technology or an organisation
_BUILT_SITE = re.compile(r"공장|시설|설비|기지|라인|팹|캠퍼스|클러스터|단지|거점|본사|사옥|부지|센터\s?건물")
# a plant named by its last word ("생산라인", "배터리 공장"); a "로봇 클러스터" is a sector grown, not a plant
_PLANT = re.compile(r"공장|시설|설비|라인|팹|사옥|본사|부지")
# "골프장 인근에": somewhere near a site, where money is spent
_NEAR = frozenset({"인근", "일대", "주변", "근처", "부근", "일원", "옆"})


# bodies money sets up, never a technology: "… 연구소를 설립", "… 센터를 세운다"
_SPENT_ON_BODIES = frozenset({"연구소", "연구원", "센터", "연구센터", "연구실", "랩", "재단", "법인", "학교", "대학원"})


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:원|달러|유로|엔|위안)\)?(?:을|를)?\s?(?:씩\s)?(?:들여|(?:투입|투자|출자|출연)(?:해|하여))(?=\s)",
)
def spent_to_build(c: Clause) -> list[Relation]:
    """ "KT는 5000억원을 들여 AI 데이터센터를 구축한다", "정부는 2조원을 투입해 AI 반도체를 육성한다", "A와 B가
    각각 50억원을 출자해 Y 펀드를 조성했다": the subject (and those enumerated with it) invests in what the money
    builds or grows (an organisation it sets up, else a technology or
    infrastructure); plants and sites are no recipients."""
    subject = c.subject or _government(c)
    built = _SPENT_ON.match(c.sentence.text, c.trigger.end())
    if (
        subject is None
        or built is None
        or _BUILT_SITE.search(built.group("obj"))
        or (built.group("programme") and not built.group("obj").rstrip("'’").endswith(PROGRAMME_HEADS))
    ):
        return []  # "N원을 투입해 인력을 지원한다": only a programme is carried out or supported with the money
    base = c.sentence.start
    start = base + built.start("obj")
    end = base + built.end("obj")  # "AI 반도체 기업 사피온을": the organisation the object phrase ends with
    org = next((a.entity for a in c.after if start <= a.start and a.end == end and a.entity.type.is_organization), None)
    programme = bool(built.group("programme"))
    if programme and built.group("obj")[:1] in "'‘":
        start += 1  # "'K-클라우드 프로젝트'를 추진한다": the programme's name as written
    words = built.group("obj").strip("'‘’").split() if programme else built.group("obj").split()
    while words and words[0] in _NOT_SECTOR_HEAD:
        start += len(words.pop(0)) + 1
    while words and words[-1] in _NOT_SECTOR_TAIL:
        words.pop()
    name = " ".join(words)
    if org is None and (
        len(name) < 2
        or name.split()[-1] in _SPENT_ON_BODIES  # "투입해 자율주행 로봇 연구소를 설립": a body of its own, no field
        or any(q in name for q in "'‘")  # a quoted name recognition did not take is no field either
        or name in c.lex.generic_orgs
        or name in _NOT_SECTOR_NAMES
        or any(ch.isdigit() for ch in name)
        or any(w.endswith("의") for w in name.split())  # "스타트업의 실증 사업을 지원": whose work, no field
    ):
        return []  # "인재 1만명을 육성": people counted, not a field
    # a programme kept with its head ("K-클라우드 프로젝트") is one, as programme_place names them
    kind = EntityType.ORGANIZATION if name.endswith(PROGRAMME_HEADS) else EntityType.TECHNOLOGY
    target = org or c.add_entity(name, kind, start, start + len(name))
    props = money_properties(c.clause_text(0), c.article_date, c.lex.fx)
    # "A와 B가 각각 50억원을 출자해 Y 펀드를 조성했다": every founder enumerated with the subject put money in
    return _from_investors(c, subject, True, [target], props)


# "X에 인수된 Y는": the company bought follows the passive description of it
_BOUGHT_BY = re.compile(r"(?:된|됐던|되었던)\s+['‘]?")
# "Y(의) 경영권을 인수했다/확보했다": control of Y bought
# a founding's date told in a relative clause on the company dealt in: "2015년 창업한 ", "2019년 설립된 "
_FOUNDING_YEAR = re.compile(r"\d{2,4}년\s?(?:\d{1,2}월\s?)?(?:에\s)?(?:설립|창업|창립|세운|세워진|문을\s연)\S*")
_CONTROL_OF = re.compile(r"(?:의)?\s?경영권\s?(?:을|를)?\s?$")


def _control_bought(c: Clause) -> Arg | None:
    """ "Y(의) 경영권을 인수했다/확보했다": the organisation whose control the verb's subject took."""
    base = c.sentence.start
    control = _CONTROL_OF.search(c.sentence.text[: c.trigger.start()])
    if control is None:
        return None
    return next(
        (
            a
            for a in reversed(c.before)
            if a.end - base == control.start() and a.particle in ("", "의") and a.entity.type.is_organization
        ),
        None,
    )


def _right_after(c: Clause, at: int) -> Entity | None:
    """The entity a description ending at ``at`` (sentence offset) describes: the next argument, with at most a
    few describing words between ("인수된 (AI 스타트업) 딥비전")."""
    nxt = c.after[0] if c.after else None
    if nxt is None:
        return None
    gap = c.sentence.text[at : nxt.start - c.sentence.start]
    return nxt.entity if not gap or DESCRIPTION.fullmatch(gap) else None


@relation_rule(RelationType.INVESTED_IN, language="ko", trigger=r"(?:출자|투자)(?=한다|했|하였|하기로|하며|하고|해|할)")
def both_founders_fund(c: Clause) -> list[Relation]:
    """ "A와 B는 합작법인 Y를 세웠다. 양사는 각각 N원을 출자했다": the two that set up Y put money into it."""
    if c.before or not BOTH_PARTIES.search(c.own_clause()) or c.hedged(c.trigger.end()):
        return []
    new = c.focus(None)
    founders = {
        r.source.key: r.source
        for r in c.doc.relations
        if r.type is RelationType.ESTABLISHED and r.target is new and r.source.type.is_organization
    }
    if new is None or len(founders) != 2:
        return []
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx)
    props = props if EACH.search(c.clause_text()) else shared_total(props)
    return [
        Relation(RelationType.INVESTED_IN, f, new, c.sentence, c.confidence - CARRIED_PENALTY, props)
        for f in founders.values()
    ]


@relation_rule(RelationType.ACQUIRED, language="ko")
def acquired(c: Clause) -> list[Relation]:
    """ "X가 Y를 인수했다"; passive "Y는 X에 인수됐다", "X에 인수된 Y"; control, "X는 Y(의) 경영권을 확보했다"."""
    clause = c.clause_text()
    # "3월 A를 500억원에 인수한 데 이어 B까지 사들였다": the date and price before are the earlier deal's
    clause = clause[max((m.end() for m in EARLIER_ACT.finditer(c.text_before(c.pos))), default=0) :]
    props = money_properties(clause, c.article_date, c.lex.fx)
    # "2019년 P가 설립했으며 2022년 X에 인수됐다": a date of the trigger's own clause is the deal's, else one
    # framing the whole sentence before its first name ("2022년 X는 사업을 넓히며 Y를 인수했다")
    frame = c.text_before(c.args[0].start) if c.args else clause
    # "2015년 창업한 Y를 인수했다": the year of the bought company's founding is not the deal's
    own_clause, frame = _FOUNDING_YEAR.sub("", c.own_clause()), _FOUNDING_YEAR.sub("", frame)
    if d := resolve_date(own_clause, c.article_date) or resolve_date(frame, c.article_date):
        props["date"] = d
    subject = c.subject
    merged = "합병" in c.trigger.group(0)  # "카카오는 카카오브레인을 흡수합병했다": one group reorganised, none bought
    if _sought(c, c.trigger.end()):
        return []  # "Y를 인수할 곳을 찾고 있다": a buyer sought
    if (control := _control_bought(c)) is not None:
        if subject is None or subject is control.entity:
            return []
        return [Relation(RelationType.ACQUIRED, subject, control.entity, c.sentence, c.subject_confidence, props)]
    if (bought_by := _BOUGHT_BY.match(c.sentence.text, c.trigger.end())) is not None:
        buyer, described = c.last_before(PLACE), _right_after(c, bought_by.end())
        if buyer is not None and described is not None and described.type.is_organization:
            return [Relation(RelationType.ACQUIRED, buyer, described, c.sentence, c.confidence, props)]
    if c.passive():
        buyer = c.last_before(PLACE)
        # "A는 X를 분사했고, X는 B에 흡수합병됐다": the passive clause's own subject was bought
        own_subject = next((a.entity for a in c.subjects if a.start >= c.own_clause_start()), None)
        taken = own_subject if own_subject is not None and own_subject is not buyer else subject
        if buyer is not None and taken is not None and not (merged and buyer.same_group(taken)):
            return [Relation(RelationType.ACQUIRED, buyer, taken, c.sentence, c.subject_confidence, props)]
        return []
    if subject is not None and len(priced := _priced_objects(c)) >= 2:
        # "A를 250억원에, B를 90억원에 인수했다": each company bought at the price written after it
        return [
            Relation(
                RelationType.ACQUIRED, subject, a.entity, c.sentence, c.subject_confidence, without_amount(props) | own
            )
            for a, own in priced
        ]
    target = next((a for a in reversed(c.before) if a.particle in OBJECT or _object_too(c, a) or _even(c, a)), None)
    if subject is None or target is None or _object_of_another_verb(c, target):
        return []
    if c.trigger.group(0).startswith("합병") and any(
        a.particle in PARTNER and a.start > target.start for a in c.before
    ):
        return []  # "A는 자회사 X를 B와 합병했다": X and B merge; A bought neither
    first = next(a for a in c.before if a.group == target.group)
    if c.trigger.group(0).startswith("합병") and _OWN_AFFILIATE_BEFORE.search(
        c.sentence.text, 0, first.start - c.sentence.start
    ):
        return []  # "A는 자회사 X와 Y를 합병해 …": A's own companies merged; it bought neither
    buyers = _verb_subject(c) or c.subject_group or [subject]  # "A와 B는 Y를 공동 인수했다": both bought it
    # "P ORG 대표는 Y를 인수했다고 말했다": the company bought it
    buyers = [speaks_for(c, b) or b for b in buyers]
    # "Y와 Z를 잇달아 인수했다", "Y, Z 등 3곳을 인수했다": every company enumerated as the object was bought
    bought = [
        a.entity
        for a in c.before
        if a.group == target.group and (a is target or a.entity.type.is_organization) and a.entity not in buyers
    ]
    if (len(buyers) > 1 or len(bought) > 1) and not EACH.search(clause):
        props = without_amount(props)
    return [
        Relation(RelationType.ACQUIRED, who, what, c.sentence, c.subject_confidence, props)
        for who, what in respective_pairs(c, buyers, bought)
        if not (merged and who.same_group(what))
    ]


_OWN_AFFILIATE_BEFORE = re.compile(r"(?:자회사|계열사|손자회사|종속회사)(?:인)?\s['‘]?$")
# the particle of an object, then its price: "를 250억원에, "
_PRICE_AFTER = re.compile(r"['’]?(?:을|를)\s([^\s,.]*\d[^\s,]*?)에,?\s")


def _priced_objects(c: Clause) -> list[tuple[Arg, dict]]:
    """The objects each followed by a price of its own ("A를 250억원에, B를 90억원에"), with that price's
    properties."""
    found = []
    for a in c.before:
        price = _PRICE_AFTER.match(c.sentence.text, a.end - c.sentence.start) if a.particle in OBJECT else None
        if price is not None and (own := money_properties(price.group(1), c.article_date, c.lex.fx)).get("amount"):
            found.append((a, own))
    return found


# "Y가 X 품에 안겼다", "Y는 X의 품으로 들어갔다": the buyer written right before 품, alone or in 의
_BUYER_BEFORE_ARMS = re.compile(r"(?:\([^()]*\))?(?:의)?\s?")


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"품(?:에\s?안(?:겼|긴다|기게\s?됐|기며|기고|겨)|으로\s?(?:들어갔|들어간다|들어가게\s?됐))",
)
def taken_into_arms(c: Clause) -> list[Relation]:
    """ "Y가 X 품에 안겼다": news' idiom for a company bought, told of the company bought (the subject)."""
    base = c.sentence.start
    buyer = next(
        (
            a.entity
            for a in reversed(c.before)
            if a.particle in ("", "의") and _BUYER_BEFORE_ARMS.fullmatch(c.sentence.text, a.end - base, c.pos - base)
        ),
        None,
    )
    bought = c.subject
    if buyer is None or bought is None or buyer is bought or not bought.type.is_organization:
        return []
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx)
    if d := resolve_date(c.clause_text(), c.article_date):
        props["date"] = d
    return [Relation(RelationType.ACQUIRED, buyer, bought, c.sentence, c.subject_confidence, props)]


def _even(c: Clause, a: Arg) -> bool:
    """ "A에 이어 B까지 인수했다": an organisation in 까지 right before the verb is its object ("even B")."""
    return (
        a.particle == EVEN
        and a.entity.type.is_organization
        and c.sentence.text[a.end - c.sentence.start : c.pos - c.sentence.start].strip() == EVEN
    )


def _object_too(c: Clause, a: Arg) -> bool:
    """ "X는 Y를 인수한 데 이어 Z도 사들였다": after a topic (은/는) whose clause runs on to the verb, an
    organisation in 도 is the verb's object "too", not another subject."""
    subjects = c.subjects
    return (
        a.particle == "도"
        and bool(subjects)
        and subjects[0].particle in ("은", "는")
        and a.group != subjects[0].group
        and not CLAUSE_DONE.search(c.text_before(c.pos))  # "X는 Y를 인수했고, Z도 인수했다": Z bought too
        and a.entity.type.is_organization
        and not any(b.particle in ("이", "가") and subjects[0].end <= b.start < a.start for b in c.before)
    )


# the object's own particle, after a gloss: "비브랩스(VIV Labs)를 "
_OBJECT_PARTICLE = re.compile(r"\s*(?:\([^()]*\))?\s*['\"’”」』]?(?:을|를)\s*")
_GROUP_OBJECT = re.compile(r"[을를]\s")
# another object between the company and the verb, an amount aside: "Y를 … 지분을 인수했다"
# ("자회사를 통해": a means, no object of the verb)
_OTHER_OBJECT = re.compile(
    r"(?:^|\s)(?![\d,.]+\s?(?:조|억|만|천)*\s?(?:원|달러|유로|엔))[^\s,.]+(?:을|를)\s(?!통해|통하여|통한|비롯|포함)"
)


def _object_of_another_verb(c: Clause, target: Arg) -> bool:
    """ "A를 설립하고 B를 인수했다" (B unrecognised), "Y를 Z로 분사시켜 … 지분을 인수했다": the company in 을/를
    is an earlier verb's object when a clause ends, or another object stands, between it and the trigger."""
    base = c.sentence.start
    # the particle right after the name, else the enumeration's own ("누리랩스, 다온랩스 등 3곳을")
    own = _OBJECT_PARTICLE.match(c.sentence.text, target.end - base) or _GROUP_OBJECT.search(
        c.sentence.text, target.end - base, c.pos - base
    )
    between = c.sentence.text[(own.end() if own else target.end - base) : c.pos - base]
    return bool(CLAUSE_DONE.search(between) or _OTHER_OBJECT.search(between))


# "10%에서 30%로 늘렸다": the stake after the change
_PERCENT_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*%\s?(?:로|까지)")


_SHARE_RIGHT_AFTER = re.compile(r"\s?(?:약\s?)?(\d+(?:\.\d+)?)\s*%(?!\s?(?:로|까지))")


def _stake(text: str) -> dict:
    m = _PERCENT_AFTER.search(text) or _PERCENT.search(text)
    return {"stake_percent": float(m.group(1))} if m else {}


# "(", "(주)(": what stands between a company's name and the gloss that follows it
_GLOSS_OPENING = re.compile(r"(?:\([^()]{1,3}\))?\(")
# " 100": the share written between the owner's name and "% 출자"
_GLOSSED_SHARE = re.compile(r"\s\d+(?:\.\d+)?\s?")


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"%\s?(?:출자|지분\s?투자)(?=[^()]{0,12}\))",
)
def glossed_owner(c: Clause) -> list[Relation]:
    """ "한성종합산업(한국전력공사 100% 출자 공기업)": the gloss names who put up the company's capital (a name
    in a gloss is no argument of the sentence, so it is looked up among the mentions)."""
    base, text = c.sentence.start, c.sentence.text
    glossed = next(
        (
            m
            for m in c.mentions
            if text[m.start - base - 1 : m.start - base] == "("
            and _GLOSSED_SHARE.fullmatch(text, m.end - base, c.pos - base)
        ),
        None,
    )
    owner = c.doc.of_mention.get(glossed.start) if glossed else None
    company = next(
        (
            a.entity
            for a in c.before
            if glossed and _GLOSS_OPENING.fullmatch(c.sentence.text, a.end - base, glossed.start - base)
        ),
        None,
    )
    if owner is None or company is None or not company.type.is_organization or owner is company:
        return []
    share = _stake(text[glossed.end - base : c.trigger.end()]) if glossed else {}
    return [Relation(RelationType.INVESTED_IN, owner, company, c.sentence, c.confidence, share)]


# "지분 10%를 보유한 ": a relative clause whose described organisation holds the stake
_STAKE_HOLDER = re.compile(
    r"\s?(?:\S+\s){0,2}?\S*(?:을|를)\s(?:보유한|보유하고\s있는|인수한|취득한|사들인|확보한)\s+['‘]?"
)


# "지분 20%를 B가 (전량) 인수했다": the stake object first, then its buyer in 이/가 and the buying verb
_STAKE_THEN_BUYER = re.compile(
    r"\s?(?:[\d.]+\s?%\s?|전량\s?|일부\s?)?(?:\([^()]*\)\s?)?(?:을|를)\s(?=[^\s,.]+(?:이|가)\s(?:\S+\s)?(?:(?:인수|매입|취득|확보|양수)(?:했|하였|한다|해|하며|하고|키로)|사들(?:였|인다|여|이며|이고)))"
)


_SHARES = frozenset({"지분", "주식", "구주", "신주"})
_GLOSS = re.compile(r"^\([^()]*\)")


# a stake bought, not held or planned: "지분 51%를 사들였다", "지분을 전량 인수했다"
_CONTROL_BOUGHT = re.compile(_IN_SENTENCE + r"{0,30}?(?:인수|사들|매입|취득|확보|양수(?!도))")
_TAKES_CHARGE = re.compile(r"경영권을?\s?(?:확보|인수|취득|손에\s넣)")
# the whole company's stake: "지분 전량", "지분 100%", "지분을 모두"
_WHOLE_STAKE = re.compile(r"\s?(?:을|를)?\s?(?:전량|전부|모두|100\s?%)")


# "가 (새로) 발행한 (1000억원 규모의) ": the issuer of the shares or bonds written next
_ISSUED = re.compile(r"(?:\([^()]*\))?(?:이|가)\s(?:새로\s|신규로?\s)?발행(?:한|하는)\s(?:[^\s,.]+\s){0,3}")
_STAKE_VERB = re.compile(r"인수|취득|매입|확보|양수(?!도)|사들|투자|보유|소유|갖(?!추|춘|춰)|가지고|가진|가져")
# "Y의 지분(49%)은 A가 …": the stake as the topic, its holders written after it
_STAKE_AS_TOPIC = re.compile(r"\s?(?:[\d.]+\s?%\s?)?(?:은|는)\s")
# "A가 62.5%, B가 25%를": each holder's own share right after it
_HOLDER_SHARE = re.compile(r"(?:\([^()]*\))?(?:이|가)\s([\d.]+)\s?%")
# "Y는 A(62.5%), B(25%)가 지분을 (나눠) 갖고 있다": the stake object right before a verb of holding
# "지분을 나눠 갖고 있다", "지분 7.3%를 보유하고 있다"
_HELD_STAKE = re.compile(
    r"\s?(?:(?P<share>\d+(?:\.\d+)?)\s?%\s?)?(?:을|를)\s(?:나눠\s?|각각\s)?(?:보유|소유|갖고|가지고)"
)


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:지분|주식|신주|구주|(?:상환)?전환우선주|보통주|우선주|전환사채|교환사채|신주인수권부사채)(?="
    + _IN_SENTENCE
    + r"{0,30}?(?:"
    + _STAKE_VERB.pattern
    + r"|늘리|늘려|늘렸|늘린|높여|높였|높인|확대))",
)
def stake_bought(c: Clause) -> list[Relation]:
    """ "X는 Y의 지분 N%를 N억원에 인수/취득했다", "X는 Y 지분 N%를 보유", "X는 Y의 신주 200만주를 취득했다":
    X invested in Y (the stake on the fact); a majority stake bought is also an acquisition, and the whole
    company bought (100%, 전량) is an acquisition only."""
    # "A는 B 지분 88%를 보유하고 있으며, B는 C 지분 25%를 갖고 있다": a later clause's own subject holds its stake
    clause_start = c.own_clause_start()
    own = next((a.entity for a in c.subjects if a.start >= clause_start and a.entity.type.is_organization), None)
    subject = own or c.subject
    base = c.sentence.start
    # how far the stake is from each name, its gloss and closing quote aside ("베어로보틱스(Bear Robotics)의 지분",
    # "'뉴로웨이브' 지분")
    gap = {
        a.start: len(_GLOSS.sub("", c.sentence.text[a.end - base : c.pos - base].lstrip("'’"), count=1))
        for a in c.before
    }
    owner = next(
        (
            a
            for a in reversed(c.before)
            if (a.particle == "의" and gap[a.start] <= 6)
            or (a.particle == "" and gap[a.start] <= 1)
            # "Y에 대한 지분율을 20%로 높였다"
            or (a.particle == "에" and c.text_before(c.pos)[a.end - c.sentence.start :] == "에 대한 ")
        ),
        None,
    )
    if owner is None:  # "Y가 (새로) 발행한 전환사채를 인수했다": the issuer is the company invested in
        owner = next((a for a in c.before if _ISSUED.fullmatch(c.sentence.text, a.end - base, c.pos - base)), None)
    holder = _STAKE_HOLDER.match(c.sentence.text, c.trigger.end())
    bought = _STAKE_THEN_BUYER.match(c.sentence.text, c.trigger.end()) if c.trigger.group(0) in _SHARES else None
    if bought is not None:
        # "A가 보유한 Y 지분 20%를 B가 인수했다": the buyer is the subject written after the stake (shares only:
        # "Y가 발행한 전환사채를 B가 인수했다" stays unread, as before)
        subject = next((a.entity for a in c.after if a.start - c.sentence.start == bought.end()), subject)
    elif holder is not None and owner is not None:
        # "Y의 지분 10%를 보유한 X는": the holder is the organisation the clause describes
        subject = next((a.entity for a in c.after if a.start - c.sentence.start == holder.end()), subject)
    if owner is not None and (held := _holders_after(c, owner.entity)):
        return held
    if owner is None and not c.before and (new := c.focus(None, window=1)) is not None:
        # "… 합작법인 Y를 설립했다. 지분은 A가 51%, B가 49%를 갖는다": the stake of the company just set up
        return _holders_after(c, new)
    if owner is None and (new := _founded_earlier_in_sentence(c)) is not None:
        # "… 합작법인 Y를 설립했으며 지분은 A가 51%, B가 49%를 갖는다": the same, in one sentence
        return _holders_after(c, new)
    if owner is None and (shared := _holders_of_topic(c)):
        return shared
    if subject is None or owner is None or owner.entity is subject:
        return []
    verb = _STAKE_VERB.search(c.sentence.text, c.trigger.end())
    # "Y 지분을 매입할 투자자를 찾고 있다", "Y 지분을 인수하기로 했으나 협상이 결렬됐다"; "Y 지분 30%를 인수할
    # 예정이다": a stake to be bought is not held yet (money to be put in is committed: "지분 투자할 계획이다")
    if verb is not None and (_sought(c, verb.end()) or c.hedged(verb.end(), plans=verb.group(0) != "투자")):
        return []
    clause = c.clause_text(40)
    # "P의 지분 20%를 포함해 Y 지분 51%를": the share written right after this stake is its own
    own_share = _SHARE_RIGHT_AFTER.match(c.sentence.text, c.trigger.end())
    stake = {"stake_percent": float(own_share.group(1))} if own_share else _stake(clause)
    # "계약금 N달러를 지급하고, 별도로 Y 지분 3%를 500억원에 인수했다": the price written with the stake is its own
    priced = verb is not None and money_properties(
        c.sentence.text[c.trigger.end() : verb.end()], c.article_date, c.lex.fx
    )
    props = (priced or money_properties(clause, c.article_date, c.lex.fx)) | stake
    control = _CONTROL_BOUGHT.match(c.sentence.text, c.trigger.end())
    whole = props.get("stake_percent", 0) >= 100 or _WHOLE_STAKE.match(c.sentence.text, c.trigger.end())
    out = []
    if not (control and whole):  # the whole company bought outright is an acquisition, no stake held in another's
        out.append(Relation(RelationType.INVESTED_IN, subject, owner.entity, c.sentence, c.subject_confidence, props))
    # "지분 40%를 인수해 경영권을 확보했다": control taken with less than half is an acquisition too
    in_charge = control and _TAKES_CHARGE.search(c.sentence.text, control.end(), control.end() + 30)
    if control and (props.get("stake_percent", 0) > 50 or whole or in_charge):
        out.append(Relation(RelationType.ACQUIRED, subject, owner.entity, c.sentence, c.subject_confidence, props))
    return out


# the object of a founding verb closing an earlier clause: "Y를 설립했으며 ", "Y를 세웠고 "
_FOUNDED_AND = re.compile(r"['’]?\s?(?:을|를)\s(?:\S+\s){0,2}?(?:설립|세우|세웠|출범|신설)\S*(?:며|고),?\s")


def _founded_earlier_in_sentence(c: Clause) -> Entity | None:
    """The organisation an earlier clause of the sentence founded ("합작법인 Y를 설립했으며 지분은 …")."""
    base = c.sentence.start
    return next(
        (
            a.entity
            for a in reversed(c.before)
            if a.particle in OBJECT
            and a.entity.type.is_organization
            and _FOUNDED_AND.match(c.sentence.text, a.end - base)
        ),
        None,
    )


def _holders_after(c: Clause, owner: Entity) -> list[Relation]:
    """ "Y의 지분은 A가 62.5%, B가 25%를 보유하고 있다", "Y의 지분 49%는 A가 갖고 있다": the holders written in
    이/가 after the stake as the topic, up to the verb of holding, each with its own share."""
    base, text = c.sentence.start, c.sentence.text
    verb = _STAKE_VERB.search(text, c.trigger.end())
    if verb is None or not _STAKE_AS_TOPIC.match(text, c.trigger.end()) or c.hedged(verb.end(), plans=True):
        return []
    out = []
    for a in c.after:
        if a.end - base > verb.start() or a.particle not in ("이", "가") or a.entity is owner:
            continue
        own = _HOLDER_SHARE.match(text, a.end - base)
        props = {"stake_percent": float(own.group(1))} if own else _stake(text[c.trigger.start() : verb.start()])
        out.append(Relation(RelationType.INVESTED_IN, a.entity, owner, c.sentence, c.confidence, props))
    return out


def _holders_of_topic(c: Clause) -> list[Relation]:
    """ "Y는 A(62.5%), B(25%)가 지분을 나눠 갖고 있다": the topic is the company, the subjects in 이/가 before
    the stake its holders."""
    base, text = c.sentence.start, c.sentence.text
    held = _HELD_STAKE.match(text, c.trigger.end())
    subjects = c.subjects
    if held is None or not subjects or subjects[0].particle not in ("은", "는") or c.hedged(held.end(), plans=True):
        return []
    company = subjects[0]
    # the subjects written last before the stake ("Y는 X의 사업부가 분사해 설립된 회사로, 현재 A가 지분을": A only)
    last = next((a for a in reversed(c.before) if a.particle in ("이", "가") and a.group != company.group), None)
    holders = [a for a in c.before if last is not None and a.group == last.group and a.entity is not company.entity]
    out = []
    for a in holders:
        share = _PERCENT.match(text, a.end - base + 1) if text[a.end - base : a.end - base + 1] == "(" else None
        props = {"stake_percent": float(share.group(1))} if share else {}
        if held["share"] and len(holders) == 1:
            props = {"stake_percent": float(held["share"])}  # "Y는 A가 지분 7.3%를 보유하고 있다": A's own
        out.append(Relation(RelationType.INVESTED_IN, a.entity, company.entity, c.sentence, c.confidence, props))
    return out


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:초기\s?|주요\s?|기존\s?|최대\s?|전략적\s?|재무적\s?)?(?:투자자|투자사)(?:\s중\s?하나)?(?:인|였던|이었던|이다|다|이자|이며|로는|으로는|로|으로)(?=[\s.,]|$)",
    name="ko_money.investors_named",
)
@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:최대\s?|\d대\s?|주요\s?)?주주(?:사)?(?:\s중\s?하나)?(?:인|였던|이었던|로는|로|이다|다|가|는|이자|에(?=\s?(?:올랐|올라|오른|등극)))",
)
def shareholders(c: Clause) -> list[Relation]:
    """ "X의 주주사인 A와 B", "A는 X의 최대주주(중 하나)다", "A가 X의 최대주주에 올랐다", "X의 초기 투자자인 A",
    "A는 X 투자사다", "X의 주요 투자자로는 A와 B가 있다": each shareholder or investor has invested in X, and so has
    one that was ("X의 투자자였던 A는 이번 매각으로 투자금을 회수했다")."""
    owner = _owner_right_before(c)
    if owner is None:
        return []
    holders = [
        h for h in _described(c, owner) if h.entity is not owner.entity and h.entity.type is not EntityType.TECHNOLOGY
    ]
    text, base = c.sentence.text, c.sentence.start
    # one stake told for several holders is no one's own, nor is the stake bought from the holder ("최대주주인 P
    # 대표로부터 지분 72%를 사들였다": what P sold, not what P holds)
    sold = any(text.startswith(tuple(FROM), _after_title(text, h.end - base)) for h in holders)
    shared = _stake(text) if len(holders) == 1 and not sold else {}
    found = [
        Relation(
            RelationType.INVESTED_IN,
            h.entity,
            owner.entity,
            c.sentence,
            c.confidence,
            _own_share(text, h.end - base) or shared,
        )
        for h in holders
    ]
    for h in holders:  # "X의 최대주주는 P 대표다": the largest holder titled as a head, no other body named, heads X
        title = _HOLDER_TITLE.match(text, h.end - base)
        if (
            h.entity.type is EntityType.PERSON
            and "대주주" in c.trigger.group(0)  # "X의 투자자인 P 대표": a counterpart, who heads a firm of their own
            and title is not None
            and c.lex.title_names_head_of(title.group(1), owner.entity.type)
            and not any(m.org is not None for m in c.mentions if c.doc.of_mention.get(m.start) is h.entity)
        ):
            found.append(
                Relation(RelationType.WORKS_FOR, h.entity, owner.entity, c.sentence, c.confidence, {"title": title[1]})
            )
    return found


# a holder's title between the name and the particle of what is bought from it: "P 대표로부터 "
_TITLE_AFTER_NAME = re.compile(r"\s[가-힣A-Z]{1,6}(?=" + "|".join(sorted(FROM, key=len, reverse=True)) + ")")


def _after_title(text: str, at: int) -> int:
    """Where a holder's title written after the name ends ("정우진 대표로부터": after 대표), else ``at`` (the
    recogniser keeps no title on a holder it reads in an apposition, "최대주주인 P 대표로부터")."""
    m = _TITLE_AFTER_NAME.match(text, at)
    return m.end() if m else at


def _own_share(text: str, at: int) -> dict:
    """The share written in brackets right after a holder ("A(9.5%)"), else nothing."""
    m = _OWN_SHARE.match(text, at)
    return {"stake_percent": float(m.group(1))} if m else {}


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"포트폴리오\s?(?:기업|회사|사|스타트업)(?:들)?(?:\s중\s?하나)?(?:인|이다|다|이자|이며|로|으로)(?=[\s.,]|$)",
)
def portfolio_company(c: Clause) -> list[Relation]:
    """ "Y는 A의 포트폴리오 기업이다", "A의 포트폴리오사인 Y": A, the investor written before, invested in Y."""
    investor = _owner_right_before(c)
    if investor is None or not investor.entity.type.is_organization:
        return []
    return [
        Relation(RelationType.INVESTED_IN, investor.entity, h.entity, c.sentence, c.confidence)
        for h in _described(c, investor)
        if h.entity is not investor.entity and h.entity.type.is_organization
    ]


# the title written right after a holder's name: "P 대표로", "P 대표(22%)"
_HOLDER_TITLE = re.compile(r"\s([가-힣A-Z]{1,5}?)(?=[(은는이가로다와과,\s]|$)")
# a holder's own share in brackets after its name (and title): "A(9.5%)", "P 대표(22%)"
_OWN_SHARE = re.compile(r"(?:\s[가-힣]{1,4})?\s?\(\s?(\d+(?:\.\d+)?)\s?%\s?\)")


def _owner_right_before(c: Clause) -> Arg | None:
    """The organisation written right before the trigger, with 의 or no particle ("X의 주주", "X 투자사")."""
    return next(
        (
            a
            for a in reversed(c.before)
            if a.particle == "의" and c.pos - a.end <= 4 or not a.particle and c.pos - a.end <= 1
        ),
        None,
    )


# "X의 최대주주는 지분 38.2%를 보유한 A다": the share the holder is described with, before its name
_HOLDING_DESCRIBED = re.compile(
    r"\s?지분\s?(?:\d+(?:\.\d+)?\s?%\s?)?(?:을|를)\s(?:보유|소유)한\s|\s?지분\s?\d+(?:\.\d+)?\s?%를\s가진\s"
)


def _holder_right_after(c: Clause, arg: Arg) -> bool:
    """``arg`` is written right after the trigger's noun, or after the share it is described with."""
    end = c.pos + len(c.trigger.group(0))
    return arg.start - c.pos <= len(c.trigger.group(0)) + 2 or bool(
        _HOLDING_DESCRIBED.fullmatch(c.sentence.text, end - c.sentence.start, arg.start - c.sentence.start)
    )


def _described(c: Clause, owner: Arg) -> list[Arg]:
    """The organisations the trigger's noun describes: named right after it ("X의 주주사인 A와 B"), the subject
    before the owner ("A는 X의 최대주주다"), or the one the noun is told of after it ("X의 최대주주는 A다")."""
    after = c.trigger.group(0).endswith("인")
    holders = (
        [a for a in c.after if a.group == c.after[0].group]
        if after and c.after and c.after[0].start - c.pos <= len(c.trigger.group(0)) + 2
        # "A는 X의 최대주주다" (not "A가 X를 흡수합병하는 방식으로, X 주주는": an earlier clause's subject)
        else [
            a
            for a in c.before
            if a.particle in ("은", "는", "이", "가")
            and a.end <= owner.start
            and a.start >= c.own_clause_start()
            and "," not in c.sentence.text[a.end - c.sentence.start : owner.start - c.sentence.start]
        ]
    )
    if not holders and c.after and _holder_right_after(c, c.after[0]):
        first: Arg | None = c.after[0]
        if first is not None and first.particle in SOURCE:
            # "X의 최대주주가 A에서 B로 바뀌었다": B holds the stake now, A no longer
            first = next((a for a in c.after if a.particle in ("로", "으로") and a.start > first.end), None)
        holders = [a for a in c.after if first is not None and a.group == first.group]  # "X의 최대주주는 A다"
        if (
            holders
            and not holders[-1].particle
            and not _HOLDER_IS.match(c.sentence.text, holders[-1].end - c.sentence.start)
        ):
            return []  # "Y 주주는 X 신주를 받는다": the name after the noun is no holder said to be one
    if any(_ASKED.match(c.sentence.text, h.end - c.sentence.start) for h in holders):
        return []  # "Y의 대주주가 A인지 B인지": a question, no holder stated
    return holders


# what the holder named after "X의 최대주주는" is said to be by: a copula, after a title or a share at most
_HOLDER_IS = re.compile(
    r"(?:\([^()]*\))?\s?(?:[^\s,.()]{1,6}\s?)?(?:\([^()]*\))?(?:이다|다|이며|이고|인|였|이었|[,.]|$)"
)
# "A인지", "A 의장인지", "A일지": the name is what a question asks about
_ASKED = re.compile(r"(?:\([^()]*\))?\s?(?:[^\s,.]{1,4}\s?)?(?:인지|일지|인가|일까)(?=[\s,.]|$)")


@relation_rule(RelationType.ACQUIRED, language="ko", trigger=r"(?:(?:인수|매입)한|(?<=[이가]\s)품은)\s+['‘]?")
def acquirer_in_relative_clause(c: Clause) -> list[Relation]:
    """ "한울전자가 인수한(품은) (AI 반도체 회사) 누리반도체는": the buyer is the clause's subject, the company
    follows; "누리반도체를 인수한 한울전자는": the buyer follows; "한울전자는 지난해 인수한 누리반도체를 통해":
    the topic right before the clause is its subject."""
    buyer = clause_subject(c)
    base = c.sentence.start
    target = described_after(c)
    bought = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    if buyer is None and bought is None and c.before and c.before[-1].particle in ("은", "는"):
        topic = c.before[-1]
        if TIME_ONLY.fullmatch(c.sentence.text, topic.end - base, c.pos - base):
            buyer = topic
    if buyer is None and bought is not None and target is not None and target.entity.type.is_organization:
        # "누리반도체를 인수한 한울전자는": the object was bought by the organisation the clause describes
        if not OBJECT_RIGHT_BEFORE.fullmatch(c.sentence.text, bought.end - base, c.pos - base):
            return []
        props = money_properties(c.clause_text(0), c.article_date, c.lex.fx)
        return [Relation(RelationType.ACQUIRED, target.entity, bought.entity, c.sentence, c.confidence, props)]
    if buyer is None or target is None or "," in c.text_before(c.pos)[buyer.end - c.sentence.start :]:
        return []
    return [Relation(RelationType.ACQUIRED, buyer.entity, target.entity, c.sentence, c.confidence)]


@relation_rule(
    RelationType.INVESTED_IN,
    language="ko",
    trigger=r"(?:(?:지분\s?)?(?:투자|출자)|(?:투자자|주주)로\s(?:참여|참가|합류))한\s+['‘]?",
)
def investor_in_relative_clause(c: Clause) -> list[Relation]:
    """ "삼성전자가 지분 투자한 레인보우로보틱스는", "A가 투자자로 참여한 Y는": the investor is the clause's
    subject, the company follows
    (not the subject of another clause before it: "A가 운용하는 펀드에 출자한 B")."""
    investor = clause_subject(c)
    base, end = c.sentence.start, c.trigger.end()
    right_after = next((a.entity for a in c.after if a.start - base <= end + 1), None)
    # else the fund named there, else the company after a description of it ("투자한 미국 AI 스타트업 Y는")
    described = next((a.entity for a in c.after if DESCRIPTION.fullmatch(c.sentence.text, end, a.start - base)), None)
    target = right_after or _fund_named(c) or described
    if target is None and _IS_INVESTEE.match(c.sentence.text, c.trigger.end()):
        # "Y는 A가 투자한 (미국 AI) 기업이다": Y, the topic, is the company invested in
        target = next(
            (a.entity for a in c.before if a.particle in ("은", "는") and investor and a.end <= investor.start), None
        )
    if investor is None or target is None or "," in c.text_before(c.pos)[investor.end - c.sentence.start :]:
        return []
    # "A와 B가 각각 50억원을 출자한 AI 펀드": every enumerated investor, each amount its own only with "각각/씩"
    investors = [a.entity for a in c.before if a.group == investor.group and a.entity.type.is_organization]
    if target in investors:
        return []  # "A와 B가 공동 출자한 B-A 펀드는": B is the start of the fund's name, no company invested in
    clause = c.sentence.text[investor.end - c.sentence.start : c.trigger.end()]
    props = money_properties(clause, c.article_date, c.lex.fx)
    if len(investors) > 1 and not EACH.search(clause):
        props = without_amount(props)
    return [
        Relation(RelationType.INVESTED_IN, who, target, c.sentence, c.confidence, props)
        for who in investors or [investor.entity]
        if who is not target
    ]


# "… 투자한 (미국 AI) 기업이다", "… 공동 출자한 합작법인이다": the clause describes the sentence's topic
_IS_INVESTEE = re.compile(
    r"(?:[A-Za-z가-힣]+\s){0,3}?(?:기업|회사|업체|스타트업|벤처|곳|(?:합작)?법인|합작사|자회사)(?:이다|이며|으로|이자|다|로(?=,))(?=[\s.,]|$)"
)
_FUND = re.compile(
    r"(?:[A-Za-z가-힣0-9·]+\s){0,2}[A-Za-z가-힣0-9·]*(?:펀드|투자조합|조합)(?!\s?운용)(?=[은는이가을를에의도\s(]|$)"
)


_FUND_TOPIC = re.compile(r"(?:[^\s,.]+\s){0,15}?(?P<w>(?:[A-Z0-9]{1,5}\s)?\S*(?:펀드|투자조합))(?:는|은|에는|엔)\s")


def _fund_topic(c: Clause) -> Entity | None:
    """ "… 펀드는 A와 B가 각각 50억원을 출자해", "(이) 펀드에는 A와 B가 출자했다": the fund, the sentence's topic
    (after a relative clause as long as it runs: "X와 Y가 추진 중인 펀드는"), is what the money went into; the fund
    the article already named when the topic is the bare word "펀드"."""
    m = _FUND_TOPIC.match(c.sentence.text)
    if m is None or m.end() > c.pos - c.sentence.start:
        return None
    word = m.group("w")
    named = [e for e in c.entities if e.name.endswith(("펀드", "투자조합")) and e.first < c.sentence.start]
    if named and len(word) <= 3:
        return named[-1]
    if len(word) < 4:
        return None
    start = c.sentence.start + m.start("w")
    named_here = next((a for a in c.before if a.start <= start < a.end), None)
    if named_here is None:
        return c.add_entity(word, EntityType.ORGANIZATION, start, start + len(word))
    if named_here.particle in ("은", "는") and not any(
        a.particle in ("이", "가") and a.start > start for a in c.before
    ):
        return None  # "미래에셋 AI 펀드는 … 스타트업에 투자할 계획이다": the fund named, with no other subject, invests
    return named_here.entity  # "미래에셋 AI 펀드는 A와 B가 출자했다": the fund as recognised, its whole name


# "이 펀드에", "해당 조합에는": a fund the article named before, written as the place the money goes
_FUND_REFERRED = re.compile(r"(?:^|\s)(?:이|해당|동|이번|같은)\s?(?:펀드|투자조합|조합)(?:에는|에도|에)\s")


def _fund_named_before(c: Clause) -> Entity | None:
    """The fund named last before the trigger, in this sentence or an earlier one, not the clause's own subject
    ("모태펀드는 이 펀드에 출자한다")."""
    subjects = [a.entity for a in c.before if a.particle in SUBJECT]
    fund = c.last_named_before(lambda e: e.name.rstrip("'’ ").endswith(("펀드", "조합")) and e not in subjects)
    if fund is None:
        return None
    # "X로부터 출자받아 AI 펀드를 조성했고, 이 펀드에는": a fund written after the name, unnamed, is the one referred to
    named_end = max(m.end for m in fund.mentions if m.start < c.pos)
    referred = _FUND_REFERRED.search(c.own_clause())
    upto = c.own_clause_start() + (referred.start() if referred else 0)
    between = c.doc.text[named_end:upto]
    return None if _UNNAMED_FUND.search(between) else fund


_UNNAMED_FUND = re.compile(r"(?:펀드|조합)(?:을|를)\s")


def _fund_subject(c: Clause) -> Entity | None:
    """ "'한빛AI펀드'를 결성했다. 이 펀드는 Y에 투자했다": the fund, the topic (not the place "펀드에는"), invests."""
    m = _FUND_TOPIC.match(c.sentence.text)
    if m is None or c.sentence.text[m.end("w") : m.end("w") + 2] not in ("는 ", "은 "):
        return None
    return _fund_topic(c)


def _subjects_after_fund_topic(c: Clause) -> list[Entity]:
    """The organisations in 이/가 between the fund topic ("… 펀드는") and the verb, the first enumeration of the verb's
    own clause ("이 펀드는 A가 운용하며, B가 출자했다": B's)."""
    m = _FUND_TOPIC.match(c.sentence.text)
    if m is None:
        return []
    base = c.sentence.start
    named = [a for a in c.before if a.start - base >= m.end() and a.particle in ("이", "가")]
    clause_start = c.own_clause_start(CLAUSE_DONE)
    first = next((a for a in named if a.start >= clause_start), None) or next(iter(named), None)
    return [
        a.entity for a in c.before if first is not None and a.group == first.group and a.entity.type.is_organization
    ]


def _fund_named(c: Clause) -> Entity | None:
    """ "출자한 AI 투자펀드는": a fund named by the words right after the relative clause."""
    m = _FUND.match(c.sentence.text, c.trigger.end())
    if m is None or len(m.group(0).replace(" ", "")) < 4 or BOUND_NOUN.match(m.group(0)):
        # "투자한 뒤 새 펀드를 조성했다": the clause ends in a bound noun, what follows is the next clause's
        return None
    start = c.sentence.start + m.start()
    return c.add_entity(m.group(0), EntityType.ORGANIZATION, start, start + len(m.group(0)))


_CLEFT_PLACE = r"(?:곳|기업|회사|업체|투자사|기관|주체)(?:은|는)\s+['‘]?"
_CLEFT_NAMED = re.compile(r"\s*(?:\([^()]*\))?\s*(?:등\s?)?(?:이다|다|였다|이었다|이라|라)(?=[\s.,]|$)")


def _named_after(c: Clause) -> Entity | None:
    """ "Y의 새 주인은 X다": the one organisation named right after the trigger, closing the sentence's predicate."""
    first = next((a for a in c.after if a.start - c.sentence.start == c.trigger.end()), None)
    if first is None or not _CLEFT_NAMED.match(c.sentence.text, first.end - c.sentence.start):
        return None
    return first.entity if first.entity.type.is_organization else None


def _clefted(c: Clause, relation: RelationType, particles: set[str]) -> list[Relation]:
    """ "Y에 N원을 투자한 곳은 X다", "Y를 인수한 곳은 X다": the actor is named after the clause."""
    first = next((a for a in c.after if a.start - c.sentence.start == c.trigger.end()), None)
    actors = [a for a in c.after if first is not None and a.group == first.group]
    target = c.last_before(particles)
    if not actors or target is None or not _CLEFT_NAMED.match(c.sentence.text, actors[-1].end - c.sentence.start):
        return []
    props = money_properties(c.text_before(c.pos), c.article_date, c.lex.fx)
    if len(actors) > 1:
        props = without_amount(props)  # "…에 투자한 곳은 A와 B다": a total is neither one's own
    return [Relation(relation, a.entity, target, c.sentence, c.confidence, props) for a in actors]


_INVESTED_BEFORE = re.compile(r"투자(?:했|하였|를\s(?:단행|집행|마쳤))")


@relation_rule(RelationType.INVESTED_IN, language="ko", trigger=r"투자\s?(?:대상|처)(?:은|는|으로는|로는)\s")
def investees_named(c: Clause) -> list[Relation]:
    """ "(X는 스타트업 5곳에 투자했다.) 투자 대상은 A, B 등이다": the companies named after the phrase, the
    subject (or the topic carried over "투자 대상은", itself a subject) their investor."""
    investor = c.subject or c.discourse.topic
    before = c.doc.sentences[c.sentence.index - 1].text if c.sentence.index else ""
    if not c.subjects and not _INVESTED_BEFORE.search(before):
        return []  # the carried investor must have just invested ("…에 투자했다"), not merely looked
    first = next((a for a in c.after if a.start - c.sentence.start == c.trigger.end()), None)
    named = [a for a in c.after if first is not None and a.group == first.group and a.entity.type.is_organization]
    if investor is None or not named or not _CLEFT_NAMED.match(c.sentence.text, named[-1].end - c.sentence.start):
        return []
    return [
        Relation(RelationType.INVESTED_IN, investor, a.entity, c.sentence, c.subject_confidence)
        for a in named
        if a.entity is not investor
    ]


@relation_rule(RelationType.INVESTED_IN, language="ko", trigger=r"(?:투자|출자)한\s" + _CLEFT_PLACE)
def investor_named_last(c: Clause) -> list[Relation]:
    """ "업스테이지에 100억원을 투자한 곳은 삼성전자다": the investor is named after the clause."""
    return _clefted(c, RelationType.INVESTED_IN, PLACE)


@relation_rule(RelationType.ACQUIRED, language="ko", trigger=r"(?:인수|사들인|매입)한?\s" + _CLEFT_PLACE)
def buyer_named_last(c: Clause) -> list[Relation]:
    """ "업스테이지를 인수한 곳은 카카오다": the buyer is named after the clause."""
    return _clefted(c, RelationType.ACQUIRED, OBJECT)


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"인수(?:\s?합병(?:\([^()]*\))?)?(?:를|을|를\s최종|을\s최종|도)?\s*(?:완료|마무리|마쳤|마친|마치고|확정|성사"
    r"|(?:발표|결정|단행)(?=했|하였|한다|하며|하고))(?!\s?(?:를|을|하지|짓지|못))"
    r"|인수에\s?성공(?=했|하였|한다|하며|하고)"
    r"|인수를\s위한\s(?:(?!우선협상|조건부)\S+\s)?(?:본계약|계약|주식매매계약)(?:\([^()]*\))?[을를]\s(?:체결|맺)(?=했|하였|한다|하며|하고|었|으며)",
)
def acquisition_completed(c: Clause) -> list[Relation]:
    """ "카카오는 업스테이지 인수를 완료했다(발표했다)", "… 인수를 위한 본계약을 체결했다": the company named right
    before "인수" was bought."""
    target = next((a for a in reversed(c.before) if a.particle in ("", "의") and c.pos - a.end <= 2), None)
    subject = c.subject
    if target is None or subject is None or subject is target.entity:
        return []
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx)
    return [Relation(RelationType.ACQUIRED, subject, target.entity, c.sentence, c.subject_confidence, props)]


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"매각(?:했|하였|한다|됐|되었|돼|된다|(?:하기로|키로)\s(?:했|하였|합의|결정))|(?<=에\s)(?:팔았|판다|팔렸|팔린다)"
    r"|(?<=[을를에]\s)(?:넘겼|넘긴다|넘기기로|양도(?:했|하였|한다|키로))",
)
def sold_to(c: Clause) -> list[Relation]:
    """ "X는 Y를 Z에 매각했다(팔았다, 넘겼다, 매각하기로 했다)", "Y는 Z에 매각됐다(팔렸다)", "X는 Z에 Y 지분 30%를 넘겼다": Z, the
    buyer in 에, acquired Y or a stake in it (the seller acquired nothing)."""
    buyer = next((a for a in reversed(c.before) if a.particle in PLACE), None)
    passive = c.trigger.group(0).endswith(("됐", "되었", "돼", "된다", "렸", "린다"))
    sold = c.subject if passive else next((a.entity for a in reversed(c.before) if a.particle in OBJECT), None)
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx)
    base = c.sentence.start
    stakes = [
        (a, m)
        for a in c.before
        if a.particle in ("", "의")
        and buyer is not None
        and a.entity is not buyer.entity
        and (m := _STAKE_SOLD.match(c.sentence.text, a.end - base)) is not None
    ]
    if sold is None and stakes and buyer is not None and buyer.entity is not stakes[0][0].entity:
        # "X는 Y 지분 30%를 Z에 매각했다": Z bought a stake in Y (Y itself when more than half)
        stake_of, held = stakes[0]
        stake = _stake(held.group(0))
        out = [
            Relation(RelationType.INVESTED_IN, buyer.entity, stake_of.entity, c.sentence, c.confidence, props | stake)
        ]
        if stake.get("stake_percent", 0) > 50:
            out.append(
                Relation(RelationType.ACQUIRED, buyer.entity, stake_of.entity, c.sentence, c.confidence, props | stake)
            )
        return out
    if buyer is None or sold is None or buyer.entity is sold:
        return []
    return [Relation(RelationType.ACQUIRED, buyer.entity, sold, c.sentence, c.subject_confidence, props)]


# "Y 지분 30%를 ", "Y의 보유 지분 전량을 ": a stake in the organisation right before, the object sold
_STAKE_SOLD = re.compile(r"['’]?(?:\([^()]*\))?(?:의)?\s(?:보유\s)?지분\s?(?:[\d.]+\s?%|전량|일부|전부)?\s?(?:을|를)\s")


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"경영권(?:을|를|도)?\s?(?:\S+\s)?(?:(?:확보|인수|획득)" + DONE_ENDINGS + r"|손에\s?넣었|가져왔|가져갔)"
    r"|새\s?주인(?:이|으로)\s?(?:됐|되었|된다|올랐|등극)|(?P<cleft>새\s?주인(?:은|는)\s)",
)
def control_taken(c: Clause) -> list[Relation]:
    """ "X는 Y의 경영권을 확보했다", "X가 Y 경영권을 인수한다", "X가 Y의 새 주인이 됐다", "Y의 새 주인은 X다": owning
    the company's control is buying it."""
    base = c.sentence.start
    owner = next(
        (
            a
            for a in reversed(c.before)
            if a.particle in ("의", "")
            and re.fullmatch(r"\s*(?:\([^()]*\))?(?:의)?\s?", c.text_before(c.pos)[a.end - base :])
        ),
        None,
    )
    subject = _named_after(c) if c.trigger.group("cleft") else c.subject
    if owner is None or subject is None or owner.entity is subject:
        return []
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx) | _stake(c.clause_text())
    confidence = c.confidence if c.trigger.group("cleft") else c.subject_confidence  # the buyer is written
    return [Relation(RelationType.ACQUIRED, subject, owner.entity, c.sentence, confidence, props)]


@relation_rule(
    RelationType.ACQUIRED,
    language="ko",
    trigger=r"(?:자회사|계열사|손자회사|종속회사)(?:로|으로)\s?(?:\S+\s)?편입(?:"
    + DONE_ENDINGS
    + r"|시켰|됐|되었|된다|돼|된)",
)
def made_subsidiary(c: Clause) -> list[Relation]:
    """ "X는 Y를 100% 자회사로 편입했다", "Y는 X의 자회사로 편입됐다": X bought Y (the subsidiary link
    itself is ko_structure's); a 손자회사 is held through a subsidiary, so X bought nothing itself."""
    if c.trigger.group(0).startswith("손자회사"):
        return []
    if re.search(r"편입(?:됐|되었|된다|돼|된)$", c.trigger.group(0)):
        owner = next((a for a in reversed(c.before) if a.particle == "의" and c.pos - a.end <= 8), None)
        bought = c.subject
        buyer = owner.entity if owner else None
    else:
        buyer, bought = c.subject, c.last_before(OBJECT)
    if buyer is None or bought is None or buyer is bought:
        return []
    if any(founder is buyer and new is bought for _, founder, new in c.discourse.established):
        return []  # "X는 신설법인 Y를 출범시켰다. Y는 X의 자회사로 편입된다": founded, not bought
    if buyer.type is EntityType.BUSINESS_GROUP:
        return []  # "G그룹은 Y를 계열사로 편입했다": a group is no buyer; Y joined it (ko_structure.made_an_affiliate)
    props = money_properties(c.clause_text(), c.article_date, c.lex.fx) | _stake(c.clause_text())
    return [Relation(RelationType.ACQUIRED, buyer, bought, c.sentence, c.subject_confidence, props)]


# "인수 금액은 약 1200억원으로 알려졌다", "인수가는 3000억원이다": the deal's amount, written right after its noun
_TOLD_AMOUNT = re.compile(r"(?:약\s|총\s)?(?P<money>" + AMOUNT + r")")
# an amount guessed, not told: "1000억원 안팎으로 추정된다", "… 수준일 것으로 보인다"
_GUESSED = re.compile(r"추정|추산|예상|전망|관측|거론|보인다|보고\s있|점쳐")
# the words that name a deal's amount, by the relation whose amount they tell
_AMOUNT_NOUN = r"\s?(?:금액|가격|대금|규모|액)(?:은|는|이)\s"
_DEAL_AMOUNT = {
    RelationType.ACQUIRED: r"(?:이번\s)?(?:(?:인수|매각|매입|거래|취득)" + _AMOUNT_NOUN + r"|인수가(?:는|\s?총액은)\s)",
    RelationType.INVESTED_IN: r"(?:이번\s)?(?:투자|출자|취득)" + _AMOUNT_NOUN,
}


def _amount_told_after(c: Clause, kind: RelationType) -> list[Relation]:
    """ "X가 Y를 인수했다. 인수 금액은 약 1200억원으로 알려졌다": a sentence that names no party and opens on the
    deal's amount tells it for the one deal of ``kind`` the sentence before stated without one."""
    base = c.sentence.start
    told = _TOLD_AMOUNT.match(c.sentence.text, c.trigger.end())
    if told is None or c.before or _GUESSED.search(c.sentence.text, told.end()):
        return []
    previous = [
        r
        for r in c.doc.relations
        if r.type is kind and r.sentence.index == c.sentence.index - 1 and r.sentence.start < base
    ]
    if len({(r.source.key, r.target.key) for r in previous}) != 1:
        return []  # none, or several deals (or a round's several investors): whose amount it is is not told
    deal = previous[0]
    if "amount" in deal.properties or "round_amount" in deal.properties:
        return []
    props = deal.properties | money_properties(told.group("money"), c.article_date, c.lex.fx)
    return [Relation(kind, deal.source, deal.target, deal.sentence, deal.confidence, props)]


@relation_rule(RelationType.ACQUIRED, language="ko", trigger=_DEAL_AMOUNT[RelationType.ACQUIRED])
def acquisition_amount_after(c: Clause) -> list[Relation]:
    """ "… 인수했다. 인수 금액은 약 1200억원이다": the acquisition's amount."""
    return _amount_told_after(c, RelationType.ACQUIRED)


@relation_rule(RelationType.INVESTED_IN, language="ko", trigger=_DEAL_AMOUNT[RelationType.INVESTED_IN])
def investment_amount_after(c: Clause) -> list[Relation]:
    """ "… 투자했다. 투자 규모는 50억원이다": the investment's amount."""
    return _amount_told_after(c, RelationType.INVESTED_IN)
