"""Korean cooperation rules: partnerships, participation, research subjects."""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.mention import NOUNISH, PROGRAMME_HEAD, PROGRAMME_HEADS
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import (
    ALLIANCE_NOUNS,
    BOTH_PARTIES,
    CARRIED_PENALTY,
    LEADER,
    OBJECT,
    PARTNER,
    PLACE,
    SUBJECT,
    TEAM_AFTER_NAME,
    TOGETHER,
    Arg,
    Clause,
    respective_pairs,
)
from aigraph.ingest.pipeline.rules.ko_funding import ROUND_PLACE as _ROUND_PLACE
from aigraph.ingest.pipeline.rules.ko_people import head_org, speaks_for
from aigraph.ingest.pipeline.rules.ko_structure import ALLIANCE

_MEMBER_PARTICLES = (
    frozenset(
        {"로", "으로", ",", "·", "△", "▲", "■", "와", "과", "및", "를 비롯해", "을 비롯해", "를 포함해", "을 포함해"}
    )
    | LEADER
)
# "Y에 전략적 투자자(SI)로 참여": the subject joins as an investor
# "투자자로 참여", "출자자(LP)로 참여", "LP로 합류": putting money in (a fund's limited partners too), no membership
_AS_INVESTOR = re.compile(r"(?:투자자|출자자|LP)(?:\([^()]*\))?(?:로|으로)\s?(?:\S+\s)?$")
# "Y에 2억 달러 규모 라운드 참여": joining a round, written as a noun
_ROUND_JOINED = re.compile(r"(?:라운드|투자|펀딩|증자)\s?$")
# "이 사업에는", "해당 프로젝트에": the programme the article named before
_THIS_PROGRAMME = re.compile(r"(?:^|\s)(?:이|해당|동|이번)\s?(?:" + PROGRAMME_HEAD + r")(?:에는|에도|에)\s")
_RELATIVE_AFTER = re.compile(r"\S*(?:하는|한|할)\s+['‘]?")


# the research just reported as the clause's subject: "이번 연구는", "이 연구는", "연구는"
_THIS_RESEARCH = re.compile(r"(?:^|\s)(?:한편\s)?(?:이번\s|이\s)?연구(?:는|도)\s")
# the round just reported as the clause's topic: "(이번) 투자는 A와 B가 공동으로 진행했다" (co-investors, no partners)
_THIS_ROUND = re.compile(r"(?:^|\s)(?:한편\s)?(?:이번\s|이\s)?(?:투자|라운드|펀딩)(?:는|은)\s")


# "공동 연구기관으로 ", "공동 수행기관으로 ": a role the subjects take together in a programme
_JOINT_ROLE = re.compile(r"공동\s?(?:연구|수행|주관|참여)?\s?(?:기관|기업|사업자|업체)(?:으로|로)\s")


@relation_rule(RelationType.PARTNERS_WITH, language="ko")
def partners_with(c: Clause) -> list[Relation]:
    """ "X는 Y와 협력한다"; "X와 Y가 손잡았다", "A와 B, C는 협약을 맺었다" (the listed subjects, pairwise)."""
    if re.match(r"합작\s?(?:법인|회사|사)", c.sentence.text[c.trigger.start() :]):
        return []  # founders of a joint venture are its founders (ko_structure), not partners by that word
    if _JOINT_TEAM.match(c.sentence.text, c.trigger.start()):
        return []  # "… A 교수와 B 교수 공동 연구팀이": the team's members partner (joint_team), not the reporter
    if _THIS_ROUND.search(c.own_clause()):
        return []  # "투자는 A와 B가 공동으로 진행했다": the round's investors (ko_funding.round_participants)
    if _JOINT_ROLE.match(c.sentence.text, c.trigger.start()):
        return []  # "'X 과제'에는 A, B가 공동 연구기관으로 참여한다": a role in a programme (participates_in)
    if _SALE_AGREEMENT.search(c.sentence.text, 0, c.trigger.start()):
        return []  # "AMD와 기판 우선공급 협약을 맺었다": a sale agreed, as a supply contract is, no partnership
    # "P 가람대 교수팀과": a person written with their organisation partners for it; a partner of the trigger's own
    # clause ("Y와 결별한 데 이어 중국 업체와 협약을 맺었다": Y is no partner)
    clause_start = c.own_clause_start()
    partners = [
        p
        for p in (speaks_for(c, a.entity) for a in c.before if a.particle in PARTNER and a.start >= clause_start)
        if p is not None
    ]
    if (
        partners
        and not _between(c)
        and any(
            _PAIR_BETWEEN.match(c.sentence.text, a.end - c.sentence.start) for a in c.before if a.particle in PARTNER
        )
    ):
        return []  # "대사관은 KAIST와 MBZUAI 간 협약 체결을 지원했다": a deal between two others, one unread
    partners = partners or _partner_after(c) or _invested_before(c)
    # "X는 Y와 합작해 세운 Z에": Z is the venture the two founded (ko_structure), X and Y the partners
    founded_together = _FOUNDED_TOGETHER.match(c.sentence.text, c.trigger.start()) is not None
    if partners and not founded_together and (head := _relative_head(c)) is not None:
        # "X는 Y와 협력하던 Z를 인수했다": Z worked with Y, not the sentence's subject
        return [
            Relation(RelationType.PARTNERS_WITH, head, p, c.sentence, c.confidence) for p in partners if p is not head
        ]
    subject, subjects = speaks_for(c, c.subject), c.subjects
    confidence = c.subject_confidence
    if subject is None and _THIS_RESEARCH.search(c.own_clause()):
        # "(KAIST는 …) 이번 연구는 X와 공동으로 진행됐다": the research is the organisation's the article is about
        subject, confidence = c.discourse.actor, c.confidence - CARRIED_PENALTY
    own = next((a for a in subjects if a.start >= clause_start and a.entity.type.is_organization), None)
    if own is not None and partners and subjects[0].particle in ("은", "는") and own is not subjects[0]:
        # "A는 X를 인수했고, B는 C와 협약을 맺었다": the clause's own topic is C's partner, not the sentence's
        subject, subject_group = own.entity, [a.entity for a in subjects if a.group == own.group]
    else:
        subject_group = c.subject_group
    if subject is not None and partners:
        # "A와 B는 C와 손잡았다": every enumerated subject is C's partner
        group = [e for e in (speaks_for(c, e) for e in subject_group[1:]) if e is not None]
        return [
            Relation(RelationType.PARTNERS_WITH, who, p, c.sentence, confidence)
            for who, p in respective_pairs(c, [subject, *group], partners)
        ]
    if (between := _between(c)) and not c.hedged(c.trigger.end(), plans=True):
        # "A와 B 간 업무협약 체결식이 열렸다", "A·B 사이의 협력": the parties named before 간/사이
        return [
            Relation(RelationType.PARTNERS_WITH, x, y, c.sentence, c.confidence)
            for k, x in enumerate(between)
            for y in between[k + 1 :]
        ]
    if len(subjects) >= 2:
        # "A와 B, C는 협약을 체결했다": every two of the parties are partners
        group = [e for a in subjects if a.group == subjects[0].group and (e := speaks_for(c, a.entity)) is not None]
        if listed := _partners_read_as_a_list(c, subjects[-1]):
            # "A와 B는 C와 D 입주 협약을 맺었다": C, its 와 read as joining a list with D, is the subjects' partner
            return [Relation(RelationType.PARTNERS_WITH, x, y, c.sentence, c.confidence) for x in group for y in listed]
        if _WITH_ANOTHER.search(c.sentence.text, subjects[-1].end - c.sentence.start, c.trigger.start()):
            return []  # "A와 B는 화성신소재와 협약을": a partner written there, no name read, and not each other
        return [
            Relation(RelationType.PARTNERS_WITH, x, y, c.sentence, c.confidence)
            for k, x in enumerate(group)
            for y in group[k + 1 :]
        ]
    return []


# a word with 와/과 after the subjects: "(A와 B는) 화성신소재와 "
_WITH_ANOTHER = re.compile(r"[^\s,.](?:와|과)\s")


def _partners_read_as_a_list(c: Clause, last_subject: Arg) -> list[Entity]:
    """The organisations after the subjects written with 와/과 whose list took another particle (none, in "C와 D 입주
    협약을": C's 와 joined a list with D)."""
    at = c.sentence.start
    return [
        a.entity
        for a in c.before
        if a.start > last_subject.end
        and a.particle not in PARTNER
        and a.entity.type.is_organization
        and c.sentence.text.startswith(("와 ", "과 "), a.end - at)
    ]


# ("Y와 합작한 Z": Z is the venture itself)
_FOUNDED_TOGETHER = re.compile(r"합작\s?(?:해|하여)\s(?:\S+\s)?(?:세운|설립한|만든|출범한|세웠던|설립했던)\s|합작한\s")
# a partnership verb ending in an adnominal, up to two words on ("협력하던 ", "손잡은 ", "협약을 맺은 "): a relative
# clause on the name right after it
_RELATIVE_PARTNERSHIP = re.compile(r"(?:\S+\s){0,2}?\S*?(?:는|한|던|은|운)\s+['‘]?")


def _relative_head(c: Clause) -> Entity | None:
    """The organisation a partnership told as a relative clause describes ("Y와 협력하던 Z를": Z), else None."""
    rel = _RELATIVE_PARTNERSHIP.match(c.sentence.text, c.trigger.start())
    if rel is None:
        return None
    head = next((a.entity for a in c.after if a.start - c.sentence.start == rel.end()), None)
    return speaks_for(c, head)


# "A와 B 간 ", "A·B 사이의 (AI) ": the parties of what follows, then up to two words before the trigger
_BETWEEN = re.compile(r"['’]?(?:\([^()]*\))?\s?(?:간|간의|사이|사이의)\s(?:[^\s,.]+\s){0,2}?")
# "A와 B 간 ": a partner, then the other party of a deal between the two
_PAIR_BETWEEN = re.compile(r"(?:와|과)\s[^\s,.]+\s(?:간|간의|사이|사이의)\s")
# "A와 B의 (AI) 업무협약식이": the two as the owners of an agreement or a cooperation (not "협력사", a supplier)
_OF_BOTH = re.compile(r"['’]?(?:\([^()]*\))?의\s(?:[^\s,.]+\s)?")
_AGREEMENT = re.compile(r"(?:업무협약|양해각서|MOU|협약|협력|제휴|파트너십|(?:협약|체결|조인)식)(?!사|업체|기업)")


def _between(c: Clause) -> list[Entity]:
    """The organisations of the list written right before "간"/"사이의" and the trigger, or before "의" and an
    agreement ("A와 B의 업무협약식")."""
    last = c.before[-1] if c.before else None
    if last is None:
        return []
    at, head = last.end - c.sentence.start, c.text_before(c.pos)
    of_both = last.particle == "의" and _OF_BOTH.fullmatch(head, at) and _AGREEMENT.match(c.sentence.text, len(head))
    if not of_both and (last.particle or not _BETWEEN.fullmatch(head, at)):
        return []
    listed = [a.entity for a in c.before if a.group == last.group and a.entity.type.is_organization]
    return listed if len(listed) >= 2 else []


# "공동 연구팀이", "공동연구진은": a joint team that is the subject of its own clause
_JOINT_TEAM = re.compile(r"공동\s?연구(?:팀|진|단)(?:은|는|이|가|도)\s")
# between two members of a team's list: a joiner, the title and unit of a person, a closing "등 (국제)"
_TEAM_GAP = re.compile(
    r"(?:\([^()]*\))?(?:와|과|,|·|및)?\s?(?:[가-힣A-Za-z]{1,8}\s){0,2}?(?:등\s)?(?:국제\s|한미\s|한일\s|국내\s|산학\s)?"
)


@relation_rule(
    RelationType.PARTNERS_WITH,
    language="ko",
    trigger=r"(?<=\s)공동\s?연구(?:(?P<team>팀|진|단)(?=[은는이가도의에]\s)|(?=로\s|를\s통해|의\s결과|\s결과))",
)
def joint_team(c: Clause) -> list[Relation]:
    """ "KAIST와 서울대 공동 연구팀은", "A대 P 교수와 B대 Q 교수 공동 연구팀이", "A대와 B대 등 국제 공동 연구진은":
    the organisations enumerated right before a joint research team (a person standing for the one written
    with them) worked together; "A·B 공동 연구로 개발됐다": so did the two named right before the research,
    written as a bare list (a plan on it, "공동 연구를 통해 개발할 계획", gives nothing)."""
    base, end = c.sentence.start, c.pos
    team = c.trigger.group("team") is not None
    if not team and c.hedged(c.trigger.end(), plans=True):
        return []
    listed: list[Entity] = []
    for a in reversed(c.before):
        gap = c.sentence.text[a.end - base : end - base]
        if not (_TEAM_GAP if team else _BARE_LIST_GAP).fullmatch(gap) or (listed and not gap):
            break  # "한미 공동연구팀": two names written as one word are no list of members
        who = speaks_for(c, a.entity)
        who = (head_org(c, who) or who) if who is not None else None  # "KAIST 생명과학과 P 교수": KAIST
        if who is not None and who.type.is_organization and not any(who is e for e in listed):
            listed.append(who)
        end = a.start
    listed.reverse()
    return [
        Relation(RelationType.PARTNERS_WITH, x, y, c.sentence, c.confidence)
        for k, x in enumerate(listed)
        for y in listed[k + 1 :]
    ]


# between the names of a bare list before "공동 연구": a joiner only ("A·B ", "A와 B ", "A, B 및 C ")
_BARE_LIST_GAP = re.compile(r"(?:\([^()]*\))?(?:와|과|,|·|및)?\s?")


# "협약을 Y와 체결했다": the partner written between the agreement and its verb
_SIGNED = re.compile(r"\s*(?:\S+\s){0,2}?(?:체결|맺)")
_AGREEMENT_OBJECT = re.compile(r"(?:\([^()]*\))?[을를]\s")  # "양해각서(MOU)를 "


def _partner_after(c: Clause) -> list[Entity]:
    """ "X는 업무협약을 Y와 체결했다": a partner in 와/과 written after the agreement noun, right before
    체결/맺 (a plan on that verb, "체결할 계획이다", makes none)."""
    at = c.trigger.end() - (1 if c.trigger.group(0).endswith("을") else 0)
    obj = _AGREEMENT_OBJECT.match(c.sentence.text, at)
    partner = next((a for a in c.after if a.particle in PARTNER), None)
    if obj is None or partner is None or partner.start - c.sentence.start != obj.end():
        return []
    signed = _SIGNED.match(c.sentence.text, partner.end - c.sentence.start + 1)
    if signed is None or c.hedged(signed.end(), plans=True):
        return []
    return [partner.entity]


# the clause joined right before the trigger's: "Y에 (N원을) 투자하고 ", "Y 지분을 인수하며 " (Y, then its particle)
_INVESTED_THEN = re.compile(
    r"['’]?(?:\([^()]*\))?(?:(?:에|에게)\s(?:[^\s,.]+\s){0,3}?(?:투자|출자)"
    r"|\s?지분(?:을|를)?\s(?:[^\s,.]+\s){0,2}?(?:인수|매입|취득|확보))(?:하고|하며|했고|했으며|하면서),?\s"
)

_UNKNOWN_PARTNER = re.compile(r"[가-힣A-Za-z0-9)’'](?:와|과)\s")


def _invested_before(c: Clause) -> list[Entity]:
    """ "X는 Y에 투자하고 전략적 파트너십을 체결했다": the company the subject's joined clause just invested in or
    bought into is the partner of an agreement that names none."""
    clause_start = c.own_clause_start()
    last = next((a for a in reversed(c.before) if a.start < clause_start), None)
    if last is None or c.subject is None or last.entity is c.subject:
        return []
    joined = _INVESTED_THEN.match(c.sentence.text, last.end - c.sentence.start)
    if joined is None or joined.end() != clause_start - c.sentence.start:
        return []
    if _UNKNOWN_PARTNER.search(c.text_before(c.trigger.start()), joined.end()):
        return []  # "Y에 투자했고 Z와 협력하고 있다": a partner the recogniser missed is still not Y
    return [last.entity]


@relation_rule(RelationType.PARTNERS_WITH, language="ko")
def both_parties(c: Clause) -> list[Relation]:
    """ "A가 B에 투자했다. 양사는 … 공동 개발에 나선다": "the two companies" are the only two organisations
    the sentence before named."""
    if any(a.particle in SUBJECT | PARTNER for a in c.before) or not BOTH_PARTIES.search(c.text_before(c.pos)):
        return []  # a named subject or partner is read by partners_with
    prev = c.sentence.index - 1
    named = {
        c.doc.of_mention[m.start].key: c.doc.of_mention[m.start]
        for m in c.doc.mentions
        if m.sentence == prev and m.start in c.doc.of_mention and m.type.is_organization
    }
    if len(named) != 2:
        return []  # which two of three or more is not known
    pair = list(named.values())
    return [Relation(RelationType.PARTNERS_WITH, pair[0], pair[1], c.sentence, c.confidence - CARRIED_PENALTY)]


# "를 포함해 30여개사가 ", "을 비롯해 10개 기관이 ": a list that goes on into a count, the clause's subject
# a counted set of organisations: "30여개사", "10개 기관", "5곳"
_COUNT = r"\d+여?\s?(?:개사|곳|개\s?기업|개\s?기관|개\s?회사|개\s?대학|개\s?팀)"
_INTO_COUNT = re.compile(rf"['’]?(?:\([^()]*\))?[을를]\s(?:포함|비롯)해\s(?:현재\s|모두\s|총\s)?{_COUNT}(?:가|이)\s")
# "A와 B 등 10개 기업을 선정", "A를 포함한 10개사를 선정": those named before the counted object were picked
_COUNTED_OBJECT = re.compile(rf"['’]?(?:\([^()]*\))?(?:\s?등|[을를]\s(?:포함|비롯)한)\s(?:총\s)?{_COUNT}(?:을|를)\s")


def _listed_into(c: Clause, count: re.Pattern[str]) -> list[Arg]:
    """The names of every list in the clause whose last name runs into ``count``: the count is of them."""
    base = c.sentence.start
    last = {a.group: a for a in c.before}
    groups = {g for g, a in last.items() if count.match(c.sentence.text, a.end - base)}
    return [a for a in c.before if a.group in groups]


# "A와 공동으로 ": a partner that does it jointly with the subject
_JOINTLY = re.compile(r"(?:\([^()]*\))?\s?(?:와|과)\s공동으로\s")


def _together(c: Clause) -> list[Arg]:
    """ "X는 A 등과 함께 Y에 참여한다", "X는 A와 공동으로 Y에 참여한다", "… 함께 Y 사업에 선정됐다": the
    organisations that did it with the subject."""
    base = c.sentence.start
    return [
        a
        for a in c.before
        if a.entity.type.is_organization
        and (a.particle in TOGETHER or a.particle in PARTNER and _JOINTLY.match(c.sentence.text, a.end - base))
    ]


def _counted_and(c: Clause, subjects: list[Arg]) -> list[Arg]:
    """ "A, B 등 12개 기업과 C, D가 참여한다": a counted list joined by 와/과 to the subjects, no verb between, is
    one enumeration with them (the count only split it)."""
    base = c.sentence.start
    starts = [a.start for a in subjects if a.particle in ("이", "가")]
    return [
        a
        for a in c.before
        if a.particle in ("와", "과")
        and a.group_noun
        and a.entity.type.is_organization
        and any(
            s > a.end
            and not any(a.end <= t.start < s and t.tag.startswith(("VV", "XSV")) for t in c.sentence.tokens)
            and not c.sentence.text[a.end - base : s - base].strip().endswith(("함께", "공동으로"))
            for s in starts
        )
    ]


def _counted_with(c: Clause, target: Entity | None) -> list[Arg]:
    """ "Y에는 A와 B를 포함해 30여개사가 참여하고 있다": the organisations named before the count are members."""
    return [a for a in _listed_into(c, _INTO_COUNT) if a.entity is not target and a.entity.type.is_organization]


# "에 인수돼 ", "에 매각된 뒤 ": the place in 에 is a buyer, the agent of a passive deal verb
_BOUGHT_BY = re.compile(r"(?:에|에게)\s(?:\S+\s)?(?:인수|매각|흡수\s?합병|합병|편입)(?:되어|돼|됐고|되며|되고|된\s)")
# organisations a person joining ("P는 X에 합류했다") works for (ko_people.joins_organisation), not takes part in
_EMPLOYERS = frozenset(
    {EntityType.COMPANY, EntityType.RESEARCH_LAB, EntityType.UNIVERSITY, EntityType.INVESTOR, EntityType.BUSINESS_GROUP}
)


# right after a name: a joiner of a list, no particle of its own
_LISTED_ON = re.compile(r"(?:\([^()]*\))?(?:,|·|\s?및\s|와\s|과\s)")


# the participation verb describing a noun after it ("참여할 정예팀으로", "참여하는 기업을"), no bound noun ("참여한 뒤")
_DESCRIBES_WHO = re.compile(
    r"(?:할|하는|한)\s+(?!(?:것|수|바|뒤|후|데|만큼|이후|가운데|동안|중|때|만|지)(?:[\s을를이가은는에의도]|$))"
)


@relation_rule(RelationType.PARTICIPATES_IN, language="ko")
def participates_in(c: Clause) -> list[Relation]:
    """ "A, B가 Y에 참여한다": each subject into the place, else into what was just established or the topic."""
    before = c.text_before(c.pos)
    if _ROUND_PLACE.search(before) or _AS_INVESTOR.search(before) or _ROUND_JOINED.search(before):
        return []  # joining a funding round, or a company as its investor, is an investment (ko_funding, ko_rounds)
    subjects = c.subjects
    if _DESCRIBES_WHO.match(c.sentence.text, c.trigger.end()) and all(a.particle in ("은", "는") for a in subjects):
        return []  # "부처는 Y 사업에 참여할 정예팀으로 A를 선정했다": the topic picks who takes part, it takes none
    # a place written with its particle ("Y에"), not a name of the subjects' list the particle was carried to
    # ("구글과 삼성전자, 퀄컴이 참여하는 Y에": 삼성전자 is listed)
    place = next(
        (
            a
            for a in reversed(c.before)
            if a.particle in PLACE and not _LISTED_ON.match(c.sentence.text, a.end - c.sentence.start)
        ),
        None,
    )
    target = place.entity if place is not None else None
    if place is not None and _BOUGHT_BY.match(c.sentence.text, place.end - c.sentence.start):
        return []  # "Y는 X에 인수돼 Z의 계열사로 합류했다": X is the buyer, Y joined no body
    if target is not None and target.name in ALLIANCE_NOUNS:
        return []  # a bare "컨소시엄" names no alliance (one named by its leader: consortium_led_by)
    if place is not None and TEAM_AFTER_NAME.match(c.sentence.text, place.end - c.sentence.start):
        # "네이버클라우드 팀에는 A와 B가 함께한다": the team X leads, which its partners join; no body of X's
        return [
            Relation(RelationType.PARTNERS_WITH, a.entity, place.entity, c.sentence, c.confidence)
            for a in subjects
            if a.entity is not place.entity and a.entity.type.is_organization
        ]
    relative = _RELATIVE_AFTER.match(c.sentence.text, c.trigger.end())
    if target is None and relative:
        # "A, B 등이 참여하는 X": the participants are the relative clause's subjects, X follows it
        after = next((a for a in c.after if a.start - c.sentence.start <= relative.end() + 1), None)
        if after is not None:
            # (a topic in 은/는 is the main clause's: "부처는 기업들이 참여하는 X를 발족했다" founded X)
            members = [a for a in c.before if a.particle in SUBJECT - {"은", "는"}]
            return [
                Relation(RelationType.PARTICIPATES_IN, a.entity, after.entity, c.sentence, c.confidence)
                for a in members
            ]
    if target is None:
        # "… X를 출범했다. A, B가 합류했다": what was established in the sentence before
        target = next((new for idx, _, new in reversed(c.discourse.established) if idx == c.sentence.index - 1), None)
    if target is None and _THIS_PROGRAMME.search(c.own_clause()):
        target = c.programme_named_before()  # "… K-클라우드 프로젝트에 투입하며, 이 사업에는 A, B가 참여한다"
    if target is None:
        target = programme_place(c)  # "X는 정부의 AI 반도체 실증 사업에 참여한다"
    if target is None:
        target = _recent_alliance(c)  # "… '누리 컨소시엄'을 구성했다. △A △B 등 14곳이 참여했다"
    if target is None or target.name in ALLIANCE_NOUNS or _leader_named(c, target) is not None:
        return []  # "B와 컨소시엄을 꾸려 사업에 참여한다": no programme named, and a bare consortium is no body
    # "… X를 중심으로 A, B 등이 참여": the leader is a member too
    members = subjects + [a for a in c.before if a.particle in LEADER and a.entity is not target]
    members += _counted_with(c, target) + _together(c) + _counted_and(c, subjects)
    if c.trigger.group(0) == "합류" and target.type in _EMPLOYERS:
        members = [a for a in members if a.entity.type is not EntityType.PERSON]  # a person joining: ko_people
    return [Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence) for a in members]


# a word for the kind of programme between its quoted name and the head ("시범", "실증", "지원", "연구"), no particle
_KIND_WORD = r"(?![의에와과를을이가은는로도])[가-힣]{1,4}"
# a named programme right before the trigger: "AI 반도체 실증 사업에 (공동) 참여", "'누리 프로젝트'에도 합류"
# ("'AI 실증 사업' 컨소시엄에", "사업 수행기관으로 선정": the programme, joined as a consortium or a role in it)
_PROGRAMME_NAME = (
    r"(?:(?P<name>(?:[^\s,.'‘’\"“”()]+(?:\([^()\s]{1,20}\))?\s){0,4}?[^\s,.'‘’\"“”()]*" + PROGRAMME_HEAD + r")['’]?"
    # "'디지털 트윈 국토' 시범사업", "'AI 반도체 팜' 실증 사업": the quoted name, then its kind
    # "'누리뱅크' 컨소시엄": a quoted name of the consortium itself
    r"|['‘](?P<quoted>[^'‘’\"“”()]{2,40}(?:\([^'‘’\"“”()]{1,20}\))?)['’]\s?(?:(?:"
    + _KIND_WORD
    + r"\s?)?"
    + PROGRAMME_HEAD
    + r"|(?=컨소시엄|얼라이언스|협의체|연합체)))(?:\s?(?:컨소시엄|얼라이언스|협의체|연합체))?"
)
# the role taken in a programme: "주관기관으로", "수요기업으로", "참여 업체로"
# "지원 대상으로", "지원 대상 기업에": the ones the programme supports
_PROGRAMME_ROLE = (
    r"(?:(?:주관|수행|참여|공급|운영|수요|협력)?\s?(?:기관|기업|사업자|업체)"
    r"|(?:지원\s?)?대상(?:\s?(?:기관|기업|사업자|업체|자))?)(?:으로|로|에)"
)
# "'X 사업' 국책과제": the kind of programme written after its name, an apposition that is no part of it
_PROGRAMME_KIND = r"(?:\s(?:국책|국가|정부)\s?(?:과제|사업|프로젝트))?"
_PROGRAMME = re.compile(
    _PROGRAMME_NAME
    + _PROGRAMME_KIND
    + (
        r"(?:(?:에는|에도|에|엔)(?:\s" + _PROGRAMME_ROLE + r")?|(?:의\s)?\s?" + _PROGRAMME_ROLE + r")"
        r"\s+(?:(?:공동|함께|새로|직접|본격|최종)\S*\s+)?$"
    )
)
# "'X 과제'에(는) A, B가 참여한다": the programme written first as the place, its participants after it
_PROGRAMME_LEADING = re.compile(
    r"(?:^|(?<=\s))['‘]?"
    + _PROGRAMME_NAME
    + _PROGRAMME_KIND
    + r"(?:에는|에도|에|엔)\s(?=(?:\S+\s){0,8}?\S*(?:이|가)\s)"
)
# "'X 과제'를 (공동) 수행한다": the programme carried out, as the object
_PROGRAMME_OBJECT = re.compile(_PROGRAMME_NAME + _PROGRAMME_KIND + r"[을를]\s+(?:(?:공동|함께|직접)\S*\s+)?$")
# "'X 사업' (컨소시엄) 참여를 확정했다": the programme written before the nominal 참여, without a particle,
# when the participation is told as decided (a plan or "검토" after it is a hedge the trigger's reader drops)
_PROGRAMME_BEFORE_NOUN = re.compile(_PROGRAMME_NAME + r"(?:의)?\s+$")  # "'X 과제'의 주관기관은": its owner too
_DECIDED = re.compile(r"(?:을|를)\s(?:최종\s?|공식\s?)?(?:확정|결정|공식화|확약)")
_NOT_PROGRAMME_WORDS = frozenset(
    {"이번", "해당", "이", "그", "각", "동", "관련", "신규", "기존", "주요", "올해", "내년", "다양한"}
)


_TRAILING_GLOSS = re.compile(r"\([^()]*\)$")
_WORD_GLOSS = re.compile(r"\([^()\s]{1,20}\)")  # a name's gloss glued to it inside an unquoted programme name


def _overlaps(spans: list[tuple[int, int]], start: int, length: int) -> bool:
    return any(a < start + length and start < b for a, b in spans)


# a stage or round of a programme: "2단계", "1차", "3차년도"
_STAGE = re.compile(r"\d+(?:단계|차|차년도|기|년차)")


def programme_place(
    c: Clause, until: int | None = None, role_before: int | None = None, carried: bool = False
) -> Entity | None:
    """ "X는 정부의 AI 반도체 실증 사업에 참여한다", "X는 'AI 실증 사업' 참여를 확정했다": the programme
    named in the place of 참여 (or before the decided nominal 참여), as an
    organisation; the owner in 의 ("정부의") and determiners ("이번") are not part of its name, and a
    field word alone ("AI 사업", "이번 사업") names no programme. With ``until`` (a sentence offset), the
    programme written right before it ("'X 사업' 컨소시엄": the consortium it names); with ``role_before``, the
    programme and role written right before that offset ("'X 사업' 수행기관으로 A를 선정했다"); with ``carried``,
    the programme in the object right before the trigger ("'X 과제'를 수행한다")."""
    if until is not None:
        m = _PROGRAMME_BEFORE_NOUN.search(c.sentence.text[:until])
    else:
        head = c.text_before(c.pos if role_before is None else role_before)
        m = (_PROGRAMME_OBJECT if carried else _PROGRAMME).search(head)
        if m is None and not carried and _DECIDED.match(c.sentence.text, c.trigger.end()):
            m = _PROGRAMME_BEFORE_NOUN.search(head)
        if m is None and not carried and role_before is None:
            m = _PROGRAMME_LEADING.search(head, c.own_clause_start() - c.sentence.start)
    if m is None:
        return None
    group = "name" if m.group("name") else "quoted"
    gloss = _TRAILING_GLOSS.search(m.group(group))  # "'팁스(TIPS)' 프로그램": the name without its gloss
    name_end = m.end(group) - (len(gloss.group()) if gloss else 0)
    # an argument of the clause written before the name ("X는 AI 반도체 실증 사업에") and a word closed by a
    # particle or an ending ("10개 기업을 X 프로젝트 참여 기업으로") end another phrase; the owner in 의 and
    # determiners are not part of the name either
    # a government body right before the name owns it ("중기부 팁스 과제"), as one in 의 does
    offset = c.sentence.start + m.start(group)
    # (not the quoted name itself, read as an organisation: "'X' 프로그램에")
    spans = [
        (a.start, a.end)
        for a in c.args
        if (a.particle or a.entity.type is EntityType.GOVERNMENT_AGENCY)
        and not (group == "quoted" and offset <= a.start and a.end <= c.sentence.start + name_end)
    ]
    spans += [(t.start, t.end) for t in c.sentence.tokens if t.tag.startswith(("J", "E")) and t.form != "의"]
    written = list(re.finditer(r"\S+", c.sentence.text[m.start(group) : name_end]))
    first = max(
        (k + 1 for k, w in enumerate(written[:-1]) if _overlaps(spans, offset + w.start(), len(w.group()))), default=0
    )
    kept = written[first:]
    while kept and (kept[0].group().endswith("의") or kept[0].group() in _NOT_PROGRAMME_WORDS):
        kept.pop(0)
    words = [_WORD_GLOSS.sub("", w.group()) for w in kept]  # "팁스(TIPS) 프로그램": "팁스 프로그램"
    if group == "quoted" and len(words) < 3 and all(w in c.lex.generic_heads for w in words):
        return None  # "'AI' 사업": a field word, even quoted, names no programme ("'차세대 NPU 개발' 과제" does)
    if group == "name" and (
        len(words) < 2
        or all(w in c.lex.generic_heads or w in c.lex.generic_orgs or _STAGE.fullmatch(w) for w in words[:-1])
    ):
        return None  # "AI 사업", "2단계 사업" (a stage of a programme named before it): no name
    name = " ".join(words)
    start, end = offset + kept[0].start(), offset + kept[-1].end()
    inside = [t for t in c.sentence.tokens if start <= t.start and t.end <= end]
    if any(t.tag not in NOUNISH and t.tag != "XPN" and t.form not in "·-()" for t in inside):
        return None  # "등 5개 기업이 이 사업": a clause, not a name
    if group == "name" and any(a.start < end and start < a.end for a in c.args):
        return None  # a recognised organisation is part of the phrase ("카카오 사업"): the rules for it decide
    # (a quoted name is the programme's whole: "'구글 포 스타트업 액셀러레이터' 프로그램")
    return c.add_entity(name, EntityType.ORGANIZATION, start, end)


@relation_rule(
    RelationType.PARTICIPATES_IN,
    language="ko",
    trigger=r"(?:선정|선발)(?:됐|되었|돼(?!야)|했|하였)|선정(?=하고\s|하며\s|해\s)",
)
def programme_selected(c: Clause) -> list[Relation]:
    """ "X는 정부의 'AI 실증 사업'에 선정됐다", "정부는 A를 '누리 프로젝트' 수행기관으로 선정했다": an
    organisation chosen for a named programme takes part in it."""
    target = programme_place(c)
    active = c.trigger.group(0) == "선정" or c.trigger.group(0).startswith(("선정했", "선정하", "선발했", "선발하"))
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None) if active else None
    if target is None and obj is not None:
        # "과기정통부는 'X 사업' 수행기관으로 A를 선정했다": the programme and role before the object
        first = min(a.start for a in c.before if a.group == obj.group)
        target = programme_place(c, role_before=first)
    if target is None:
        return []
    if active:
        chosen = [a for a in c.before if obj is not None and a.group == obj.group]
        chosen += [a for a in _listed_into(c, _COUNTED_OBJECT) if a not in chosen]
    else:
        chosen = c.subjects + _together(c)
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence)
        for a in chosen
        if a.entity.type.is_organization and a.entity is not target
    ]


# a role in a programme written as the topic: "'X 과제' 주관기관은", "'X 과제'의 참여기관으로는"
_ROLE_AS_TOPIC = r"(?:주관|참여|수행|공동\s?연구)\s?(?:기관|기업)(?:은|는|으로는|로는)(?=\s)"


@relation_rule(RelationType.PARTICIPATES_IN, language="ko", trigger=_ROLE_AS_TOPIC)
def programme_role_taken(c: Clause) -> list[Relation]:
    """ "'X 과제' 주관기관은 A가 맡았다", "'X 과제'의 참여기관으로는 A와 B가 참여한다", "'X 과제' 주관기관은 A이다":
    the organisations named right after a role in the programme written right before it take part in it."""
    programme = programme_place(c, until=c.trigger.start())
    named = [a for a in c.after if a.group == c.after[0].group] if c.after else []
    if programme is None or not named or named[0].particle not in ("이", "가", ""):
        return []
    if c.hedged(named[-1].end - c.sentence.start, plans=True):
        return []  # "주관기관은 A가 맡을 예정이다"
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, programme, c.sentence, c.confidence)
        for a in named
        if a.entity.type.is_organization and a.entity is not programme
    ]


_JOINT_VERB = re.compile(r"(?:공동|함께)\s?$")


@relation_rule(
    RelationType.PARTICIPATES_IN,
    language="ko",
    trigger=r"수행(?=한다|했|하고|하며|해\s|하는\s|중이)|수주(?=했|하였|한다|해\s)",
)
def programme_carried_out(c: Clause) -> list[Relation]:
    """ "X는 'AI 칩 개발 과제'를 수행한다(수주했다)", "X는 A와 'Y 과제'를 공동 수행한다": carrying out (winning) a
    named programme is
    taking part in it, for the partner doing it jointly too (a plan or a denial gives nothing)."""
    target = programme_place(c, carried=True)
    if target is None or c.hedged(c.trigger.end(), plans=True):
        return []
    members = c.subjects + _together(c)
    if _JOINT_VERB.search(c.text_before(c.pos)):
        members += [a for a in c.before if a.particle in PARTNER and a.entity.type.is_organization]
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence)
        for a in members
        if a.entity is not target
    ]


def _recent_alliance(c: Clause, back: int = 1) -> Entity | None:
    """The alliance named last in this sentence (before the trigger) or the ``back`` before it."""
    named = [
        (m.start, c.doc.of_mention[m.start])
        for m in c.doc.mentions
        if m.start in c.doc.of_mention
        and c.sentence.index - back <= m.sentence <= c.sentence.index
        and m.start < c.pos
        and c.doc.of_mention[m.start].name.rstrip("'’ ").endswith(ALLIANCE)
    ]
    return max(named, key=lambda item: item[0])[1] if named else None


@relation_rule(RelationType.PARTICIPATES_IN, language="ko", per_sentence=True)
def members_listed_below(c: Clause) -> list[Relation]:
    """ "컨소시엄에는 다음 기관들이 참여한다. △A △B": a verbless list of marked names right after a
    sentence announcing an alliance's members."""
    text = c.sentence.text.strip()
    if not text.startswith(("△", "▲", "■")) or any(t.tag in ("EF", "EC") for t in c.sentence.tokens):
        return []
    prev = next((s for s in c.doc.sentences if s.index == c.sentence.index - 1), None)
    if prev is None or not re.search(r"(?:참여|참가|합류|구성)(?:한다|했다|하고\s있다)|다음과\s같다", prev.text):
        return []
    target = _recent_alliance(c, back=2)
    if target is None:
        return []
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, 0.7)
        for a in c.args
        if a.entity.type.is_organization and a.entity is not target
    ]


@relation_rule(
    RelationType.PARTICIPATES_IN,
    language="ko",
    trigger=r"(?:참여|참가)(?:한\s|\s?)(?:기업|기관|곳|업체|회사|대학|사)(?:은|는)\s",
)
def members_listed_after(c: Clause) -> list[Relation]:
    """ "X 컨소시엄에 참여한 기업은 △A △B 등이다", "X 컨소시엄 참여 기관은 …": every organisation named after the phrase."""
    target = c.last_before(PLACE)
    near = c.before[-1] if c.before and c.pos - c.before[-1].end <= 2 else None
    if target is None and near is not None and near.particle in ("", "의"):
        target = near.entity if near.entity.name.rstrip("'’ ").endswith(ALLIANCE) else None
    if target is None and not c.before:
        target = _recent_alliance(c, back=2)  # "'누리 컨소시엄'이 출범했다. 참여 기업은 A, B, C다"
    if target is None or _ROUND_PLACE.search(c.text_before(c.pos)):
        return []  # a funding round's participants are investors (ko_funding)
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence)
        for a in c.after
        if a.entity.type.is_organization
    ]


@relation_rule(
    RelationType.PARTICIPATES_IN,
    language="ko",
    trigger=r"(?:주관|주도|이끄)(?:하는|한|는)\s+['‘]?|(?:이끌고\s있|이끈다|주도하고\s있|주관한다|주관하고\s있)",
)
def alliance_leader(c: Clause) -> list[Relation]:
    """ "한울AI가 주관하는 '누리 컨소시엄'", "한울AI는 '누리 얼라이언스'를 이끌고 있다": the leader of a
    consortium is one of its members."""
    if c.trigger.group(0).endswith(("는 ", "한 ", "'", "‘")) or c.trigger.group(0).rstrip().endswith(
        ("하는", "한", "는")
    ):
        leader = next((a for a in reversed(c.before) if a.particle in ("이", "가")), None)
        alliance = next((a for a in c.after if a.start - c.sentence.start <= c.trigger.end() + 1), None)
    else:
        alliance = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
        leader = c.subjects[0] if c.subjects else None
    if leader is None or alliance is None or not alliance.entity.name.rstrip("'’ ").endswith(ALLIANCE):
        return []
    if alliance.entity.name in ALLIANCE_NOUNS:
        return []  # a bare "컨소시엄" names no alliance: its leader partners with its members (consortium_led_by)
    return [Relation(RelationType.PARTICIPATES_IN, leader.entity, alliance.entity, c.sentence, c.confidence)]


@relation_rule(RelationType.PARTICIPATES_IN, language="ko", trigger=r"구성|결성|꾸리|꾸려|꾸렸|발족")
def alliance_members(c: Clause) -> list[Relation]:
    """ "X는 A, B 등 14개 기관과 Y 컨소시엄을 구성했다": X and every partner are members of Y."""
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    if obj is None or not obj.entity.name.rstrip("'’ ").endswith(ALLIANCE) or obj.entity.name in ALLIANCE_NOUNS:
        return []  # a bare "컨소시엄" names no alliance
    # "A, B와 Y 컨소시엄을": the partners take the alliance's particle as one list with it
    members = [a.entity for a in c.subjects] + [
        a.entity
        for a in c.before
        if (a.particle in PARTNER or a.group == obj.group and a.entity.type.is_organization) and a.end < obj.start
    ]
    if len(members) < 2:
        return []  # one founder of an alliance is its founder (ESTABLISHED), membership is implied at most
    return [Relation(RelationType.PARTICIPATES_IN, m, obj.entity, c.sentence, c.confidence) for m in members]


@relation_rule(RelationType.PARTICIPATES_IN, language="ko", trigger=r"구성(?:됐|되었|된다|되어|돼|된)")
def alliance_made_of(c: Clause) -> list[Relation]:
    """ "누리 컨소시엄은 A를 주관사로 B, C 등 14개 기관으로 구성됐다": every member named before the verb."""
    whole = next((a for a in c.before if a.particle in ("은", "는", "이", "가")), None)
    if whole is None or not whole.entity.name.rstrip("'’ ").endswith(ALLIANCE):
        return []
    members = [a.entity for a in c.before if a.start > whole.start and a.particle in _MEMBER_PARTICLES]
    return [Relation(RelationType.PARTICIPATES_IN, m, whole.entity, c.sentence, c.confidence) for m in members]


@relation_rule(RelationType.RESEARCHES, language="ko")
def researches(c: Clause) -> list[Relation]:
    """ "X는 T 기술을 연구한다", "X는 T1과 T2 기술을 개발한다"."""
    tech = next(
        (a for a in reversed(c.before) if a.entity.type is EntityType.TECHNOLOGY and a.particle in OBJECT), None
    )
    # "A는 X를, B는 Y를 개발한다": each object's own subject, the nearest before it
    own = [a.entity for a in c.subjects if tech is not None and a.end <= tech.start and a.entity.type.is_organization]
    actor = (
        (own[-1] if own else None)
        or next((a.entity for a in c.subjects if a.entity.type is not EntityType.TECHNOLOGY), None)
        or c.topic
    )
    if actor is not None and actor.type is EntityType.PERSON:
        actor = _persons_organisation(c, actor)  # "ORG P 교수 연구팀은 T를 개발했다": the team's organisation
    if tech is None or actor is None:
        return []
    # "A와 B 기술을 개발한다": every technology of the object's list
    techs = [a.entity for a in c.before if a.group == tech.group and a.entity.type is EntityType.TECHNOLOGY]
    return [
        Relation(
            RelationType.RESEARCHES,
            actor,
            researched,
            c.sentence,
            c.confidence if c.subjects else c.subject_confidence,
        )
        for researched in techs
    ]


def _persons_organisation(c: Clause, person: Entity) -> Entity | None:
    """The organisation written with the person in this sentence ("KAIST 전산학부 P 교수"), if any."""
    return next(
        (
            org
            for m in c.mentions
            if m.org is not None
            and c.doc.of_mention.get(m.start) is person
            and (org := c.doc.of_mention.get(m.org[0])) is not None
            and org.type.is_organization
        ),
        None,
    )


# "L이 주관하는 ('X 사업') 컨소시엄에는 ": a consortium written without a name of its own, only by its leader
_LED_CONSORTIUM = re.compile(
    r"(?:이|가)\s(?:\S+\s){0,2}?(?:주관|주도|총괄|이끄|이끌)(?:하는|한|는|고\s있는)\s+"
    r"(?P<what>(?:\S+\s){0,5}?)컨소시엄(?:(?:에는|에도|에|엔)\s|\s(?=참여|참가|합류))"
)


def _led_consortium(c: Clause) -> tuple[Arg, list[Arg], int] | None:
    """The leader of a consortium named only by it and the organisations the sentence says joined it:
    "L이 주관하는 컨소시엄에는 A, B 등이 참여했다", "A와 B는 L이 이끄는 컨소시엄에 합류했다" (the relative
    clause's subject L is no subject of 참여). A consortium with a name of its own ("'누리 컨소시엄'") is
    read by participates_in and alliance_leader instead. Also where the word 컨소시엄 starts (a sentence offset:
    a programme written before it names what the consortium does)."""
    base = c.sentence.start
    for leader in c.before:
        m = _LED_CONSORTIUM.match(c.sentence.text, leader.end - base)
        if m is None or leader.particle not in ("이", "가") or not leader.entity.type.is_organization:
            continue
        if any(base + m.end() <= t.start < c.pos and t.tag in ("EC", "EF", "ETM") for t in c.sentence.tokens):
            continue  # "… 컨소시엄에 A가 참여하면 B도 합류한다": a clause in between, a condition here
        if m.group(0).endswith("컨소시엄 ") and not _DECIDED.match(c.sentence.text, c.trigger.end()):
            continue  # "L이 주관하는 컨소시엄 참여를 결정했다": the bare noun only as a decision
        named = [a for a in c.args if leader.end < a.start < base + m.end() and a.entity.name not in ALLIANCE_NOUNS]
        if named:
            continue  # the consortium, or the programme it runs, is an organisation of its own
        members = [
            a for a in c.subjects if a is not leader and a.entity is not leader.entity and a.entity.type.is_organization
        ]
        return (leader, members, m.end("what")) if members else None
    return None


def _leader_named(c: Clause, consortium: Entity) -> Entity | None:
    """ "L 컨소시엄": a consortium named only by its leader, an organisation the article names on its own."""
    m = re.fullmatch(r"(\S+)\s컨소시엄", consortium.name)
    if m is None:
        return None
    return next(
        (e for e in c.doc.entities if e is not consortium and e.type.is_organization and m.group(1) in e.aliases), None
    )


@relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"참여|참가|합류")
def joined_leader_consortium(c: Clause) -> list[Relation]:
    """ "A, B는 L 컨소시엄에 참여했다" (L named on its own in the article): each member partners with the leader,
    the star of consortium_led_by, rather than joining a node named after one company."""
    place = next((a for a in reversed(c.before) if a.particle in PLACE), None)
    leader = _leader_named(c, place.entity) if place is not None else None
    if leader is None or c.hedged(c.trigger.end(), plans=True):
        return []
    return [
        Relation(RelationType.PARTNERS_WITH, a.entity, leader, c.sentence, c.confidence)
        for a in c.subjects
        if a.entity.type.is_organization and a.entity is not leader
    ]


@relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"참여|참가|합류")
def consortium_led_by(c: Clause) -> list[Relation]:
    """ "L이 주관하는 컨소시엄에는 A, B 등이 참여했다": each member partners with the leader. The consortium has
    no name to be a node of its own (a made-up "L 컨소시엄" would be a name no article wrote, and one per
    article would never merge), so the fact a graph can keep is the cooperation: member PARTNERS_WITH
    leader, not every member with every other (a star, not a clique: the sentence tells who leads)."""
    found = _led_consortium(c)
    if found is None:
        return []
    leader, members, _ = found
    return [Relation(RelationType.PARTNERS_WITH, a.entity, leader.entity, c.sentence, c.confidence) for a in members]


@relation_rule(RelationType.PARTICIPATES_IN, language="ko", trigger=r"참여|참가|합류")
def led_consortium_programme(c: Clause) -> list[Relation]:
    """ "L이 주관하는 'X 사업' 컨소시엄에는 A, B가 참여했다": the consortium is named by the programme it
    carries out, so the leader and every member take part in X (as a consortium "'X 사업' 컨소시엄에 참여"
    joined by name does)."""
    found = _led_consortium(c)
    target = programme_place(c, found[2]) if found is not None else None
    if found is None or target is None:
        return []
    leader, members, _ = found
    return [
        Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence) for a in [leader, *members]
    ]


# "… 컨소시엄을 구성했다", "AI 반도체 동맹을 결성해": an alliance formed, named by no recognised name (_named)
_BARE_CONSORTIUM_FORMED = re.compile(rf"(?<![가-힣A-Za-z'‘’])(?:{'|'.join(ALLIANCE)})(?:을|를)\s(?:함께\s|새로\s)?$")


# ", 참여 중소기업과 AI ", "·누리 등과 ": the end of a list of partners whose last member no name was read for
_LIST_INTO_PARTNER = re.compile(
    r"['’]?(?:\([^()]*\))?[,·]\s?[^\s,.]+(?:\s[^\s,.]+)?(?:\s?등)?[와과]\s(?:[^\s,.]+\s){0,3}"
)


def _listed_before_partner(c: Clause, until: int) -> list[Entity]:
    """ "X는 A, B, 참여 기업과 컨소시엄을 구성했다": the organisations of a list that runs into the partner's 와/과
    right before the alliance (sentence offset ``until``), its last member no recognised name."""
    last = next((a for a in reversed(c.before) if a.end - c.sentence.start < until), None)
    if last is None or last.particle not in (",", "·"):
        return []
    if not _LIST_INTO_PARTNER.fullmatch(c.sentence.text, last.end - c.sentence.start, until):
        return []
    return [a.entity for a in c.before if a.group == last.group and a.entity.type.is_organization]


def _named(c: Clause, at: int) -> bool:
    """A recognised name covers the alliance noun at sentence offset ``at`` ("누리 반도체 동맹"): a body of its
    own, whose members alliance_members reads; "AI 반도체 동맹" is only described, "컨소시엄" alone a bare noun."""
    return any(a.start <= c.sentence.start + at < a.end and a.entity.name not in ALLIANCE for a in c.args)


@relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"구성(?!원)|결성|꾸리|꾸려|꾸렸|꾸린|출범(?!하는)")
def consortium_formed(c: Clause) -> list[Relation]:
    """ "X는 A·B·C와 컨소시엄을 구성했다", "X는 A, B 등과 AI 반도체 동맹을 결성했다": each partner
    PARTNERS_WITH X, who formed it (the star of consortium_led_by: an alliance with no name is no node);
    "A와 B가 컨소시엄을 꾸렸다": the two partner. Three or more subjects with no one leading name no centre,
    and give nothing; a plan or a denial ("결성할 계획") gives nothing either."""
    formed = _BARE_CONSORTIUM_FORMED.search(c.text_before(c.pos))
    if not formed or _named(c, formed.start()) or c.hedged(c.trigger.end(), plans=True):
        return []
    group = [e for e in c.subject_group if e.type.is_organization]
    partners = [a.entity for a in c.before if a.particle in PARTNER and a.entity.type.is_organization]
    partners += _listed_before_partner(c, formed.start())
    if len(group) == 1:
        # "L은 'X 사업' 컨소시엄을 꾸렸다": L takes part in X, and the members named later join L's consortium
        lead, programme = group[0], programme_place(c, formed.start())
        c.discourse.consortium = (c.sentence.index, lead, programme)
        joined = (
            [Relation(RelationType.PARTICIPATES_IN, lead, programme, c.sentence, c.confidence)] if programme else []
        )
        return joined + [
            Relation(RelationType.PARTNERS_WITH, p, lead, c.sentence, c.confidence) for p in partners if p is not lead
        ]
    if len(group) == 2 and not partners:
        return [Relation(RelationType.PARTNERS_WITH, group[1], group[0], c.sentence, c.confidence)]
    return []


# "이번 컨소시엄에는 ", "이 컨소시엄에 ": the consortium the previous sentences said was formed
_THAT_CONSORTIUM = re.compile(r"(?:^|\s)(?:이번|이|해당|동|같은)\s컨소시엄(?:에는|에도|에|엔)\s")


def _joined_formed_consortium(c: Clause) -> tuple[Entity, Entity | None, list[Entity]] | None:
    """ "L은 'X 사업' 컨소시엄을 꾸렸다. 이번 컨소시엄에는 A, B가 참여한다": the leader and programme of the
    consortium formed in one of the two sentences before, and the organisations now said to join it."""
    formed = c.discourse.consortium
    if formed is None or not 0 < c.sentence.index - formed[0] <= 2:
        return None
    if not _THAT_CONSORTIUM.search(c.text_before(c.pos)):
        return None
    _, leader, programme = formed
    members = [a.entity for a in c.subjects if a.entity.type.is_organization and a.entity is not leader]
    return (leader, programme, members) if members else None


@relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"참여|참가|합류")
def joined_formed_consortium(c: Clause) -> list[Relation]:
    """Members of a consortium formed in an earlier sentence partner with its leader (the star of
    consortium_led_by) and take part in the programme it was formed for."""
    found = _joined_formed_consortium(c)
    if found is None:
        return []
    leader, programme, members = found
    out = [Relation(RelationType.PARTNERS_WITH, m, leader, c.sentence, c.confidence) for m in members]
    if programme is not None:
        out += [Relation(RelationType.PARTICIPATES_IN, m, programme, c.sentence, c.confidence) for m in members]
    return out


# "Y(의) 회원사다", "Y의 창립 멤버로", "Y 일원이며": a member named by its role, Y (quoted or not) right before
_MEMBER_OF = re.compile(r"['’]?(?:\([^()]*\))?(?:의)?\s(?:창립\s|정식\s|신규\s|핵심\s)?$")


@relation_rule(
    RelationType.PARTICIPATES_IN,
    language="ko",
    trigger=r"(?:회원사|회원\s?기업|회원|멤버|일원)(?:이다|다|이며|이자|로서|으로서)(?=[\s.,]|$)",
)
def member_by_role(c: Clause) -> list[Relation]:
    """ "X는 'AI 얼라이언스' 회원사다", "X는 Y의 창립 멤버로서": X takes part in the alliance or body Y."""
    base = c.sentence.start
    body = next(
        (a for a in reversed(c.before) if _MEMBER_OF.fullmatch(c.sentence.text, a.end - base, c.trigger.start())), None
    )
    member = next((a for a in c.subjects if a.entity.type.is_organization), None)
    if body is None or member is None or member.entity is body.entity or not body.entity.type.is_organization:
        return []
    return [Relation(RelationType.PARTICIPATES_IN, member.entity, body.entity, c.sentence, c.confidence)]


# after the leader's clause: the members, then their joining told as done or going on ("A, B가 참여하는 ",
# "A와 B가 공동으로 참여했다"); "참여할" is a plan
_JOINED_AFTER_LEAD = re.compile(
    r"(?:이|가)\s(?:공동으로\s|함께\s|각각\s)?(?:참여|참가)(?P<rel>하는\s|한\s)?(?(rel)|(?:한다|했다|하고\s있다|해\s|하며\s))"
)
# a funding round as the topic of "L이 주도하고 A가 참여했다" ("이번 투자는", "시리즈B 라운드에는")
_ROUND_LED = re.compile(r"(?:투자|라운드|시리즈\s?[A-Z]|펀딩|유치)(?:는|에는|에서는)\s(?:\S+\s)?$")
# a quoted programme or alliance: "'누리 AI 프로젝트'", "'누리' 사업" (the kind inside the quotes or right after)
_KINDS = rf"(?:{'|'.join(PROGRAMME_HEADS)}|{'|'.join(ALLIANCE)})"
_QUOTED_AFTER = re.compile(rf"['‘](?P<name>[^'‘’\"“”]{{0,38}}{_KINDS}|[^'‘’\"“”]{{2,40}}(?=['’]\s?{_KINDS}))['’]")


# a sale or purchase agreement, named 협약 as often as 계약: "우선공급 협약", "장기 구매 협약을"
_SALE_AGREEMENT = re.compile(r"(?:공급|구매|납품|판매|조달|매입)\s?$")
_HANDED_FROM = {"로부터", "으로부터", "에서", "의"}  # "X로부터 (X의) 기술을 이전받았다"
# a technology (a patent, a candidate substance) handed over: what "이전했다" moves, unlike "본사를 판교로 이전했다"
_TECHNOLOGY_HANDED = re.compile(r"(?:기술|특허|노하우|후보\s?물질)[^\s.,]*(?:을|를)\s")


@relation_rule(
    RelationType.PARTNERS_WITH,
    language="ko",
    trigger=r"(?:기술\s?이전|기술\s?수출|라이[선센]스\s?아웃|이전)(?=했|하였|한다|하기로|키로|해\s|하는\s|한\s|하며|하고|받)",
)
def licensed_to(c: Clause) -> list[Relation]:
    """ "X는 Y에 기술이전했다 (기술이전하는 계약을 맺었다)", "X는 음성인식 기술을 Y에 이전했다": the licensee is a
    partner, as in "Y와 기술이전 계약을 체결했다"; "Y는 X로부터 (X의) 기술을 이전받았다": the same, told by Y."""
    clause_start = c.own_clause_start()
    if c.trigger.group(0) == "이전" and not _TECHNOLOGY_HANDED.search(
        c.text_before(c.pos)[clause_start - c.sentence.start :]
    ):
        return []  # "본사를 판교에 이전했다": a move, no licence
    if c.sentence.text.startswith("받", c.trigger.end()):
        licensor_arg = next(
            (a for a in reversed(c.before) if a.particle in _HANDED_FROM and a.start >= clause_start), None
        )
        receiver = speaks_for(c, c.subject)
        if licensor_arg is None or receiver is None or licensor_arg.entity is receiver:
            return []
        return [Relation(RelationType.PARTNERS_WITH, licensor_arg.entity, receiver, c.sentence, c.confidence)]
    licensee = next((a for a in reversed(c.before) if a.particle in PLACE and a.start >= clause_start), None)
    licensor = speaks_for(c, c.subject)
    if licensee is None or licensor is None or licensee.entity is licensor or not licensee.entity.type.is_organization:
        return []
    return [Relation(RelationType.PARTNERS_WITH, licensor, licensee.entity, c.sentence, c.confidence)]


@relation_rule(RelationType.PARTNERS_WITH, language="ko", trigger=r"(?:주관|주도|총괄)하고\s")
def led_and_joined(c: Clause) -> list[Relation]:
    """ "L이 주관하고 A, B가 참여하는 컨소시엄(사업)": each member PARTNERS_WITH the leader (the star of
    consortium_led_by); when the relative clause describes a named body or a quoted programme ("… 참여하는
    '누리 프로젝트'"), the leader and every member take part in it."""
    base, text = c.sentence.start, c.sentence.text
    leader = c.before[-1] if c.before else None
    if leader is None or leader.particle not in ("이", "가") or not leader.entity.type.is_organization:
        return []
    if _ROUND_LED.search(text, 0, leader.start - base):
        return []  # "이번 투자는 A가 주도하고 B가 참여했다": co-investors in a round, no partners of each other
    first = next(iter(c.after), None)
    if first is None or first.start - base != c.trigger.end():
        return []  # the members' names open the next clause
    members = [a for a in c.after if a.group == first.group and a.entity.type.is_organization]
    joined = _JOINED_AFTER_LEAD.match(text, members[-1].end - base) if members else None
    if joined is None or members[-1].particle not in ("이", "가") or c.hedged(joined.end(), plans=True):
        return []
    out = [
        Relation(RelationType.PARTNERS_WITH, a.entity, leader.entity, c.sentence, c.confidence)
        for a in members
        if a.entity is not leader.entity
    ]
    if joined.group("rel"):
        named = next((a for a in c.after if a.start - base == joined.end()), None)
        quoted = _QUOTED_AFTER.match(text, joined.end()) if named is None else None
        target = named.entity if named is not None and named.entity.type.is_organization else None
        if quoted is not None:
            start, stop = base + quoted.start("name"), base + quoted.end("name")
            target = c.add_entity(quoted.group("name").strip(), EntityType.ORGANIZATION, start, stop)
        if target is not None:
            out += [
                Relation(RelationType.PARTICIPATES_IN, a.entity, target, c.sentence, c.confidence)
                for a in [leader, *members]
            ]
    return out


# "B를 (AI) 파트너로 ", "A의 (공식) 파트너로 ": the partner chosen, or the chooser in 의, right before the role
_CHOSEN_AS = re.compile(r"['’]?(?:\([^()]*\))?(?P<p>[을를의])\s(?:[^\s,.]+\s){0,2}?$")


@relation_rule(
    RelationType.PARTNERS_WITH,
    language="ko",
    trigger=r"파트너(?:사)?(?:로|으로)\s(?:\S+\s)?(?:선정|낙점|맞|삼|택|선택|점찍)",
)
def chosen_as_partner(c: Clause) -> list[Relation]:
    """ "A는 B를 AI 파트너로 선정했다", "B가 A의 공식 파트너로 낙점됐다": the chooser and the one chosen are
    partners (a plan or a denial, "선정할 계획", "선정하지 않았다", gives nothing)."""
    last = c.before[-1] if c.before else None
    chosen = _CHOSEN_AS.fullmatch(c.text_before(c.pos), last.end - c.sentence.start) if last is not None else None
    if last is None or chosen is None or c.hedged(c.trigger.end(), plans=True):
        return []
    other = next((a for a in c.subjects if a.end <= last.start and a.entity is not last.entity), None)
    if other is None or not (last.entity.type.is_organization and other.entity.type.is_organization):
        return []
    return [Relation(RelationType.PARTNERS_WITH, other.entity, last.entity, c.sentence, c.confidence)]
