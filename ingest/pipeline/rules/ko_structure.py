"""Korean structure rules: establishment, affiliates and subsidiaries, parts, spin-offs."""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType, normalize_name
from aigraph.ingest.pipeline.doc import Founding, Relation
from aigraph.ingest.pipeline.lexicon import DEGREES, EVENT_OR_LAW
from aigraph.ingest.pipeline.normalise import resolve_date
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import (
    ALLIANCE_NOUNS,
    BEFORE_NOW,
    BOUND_NOUN,
    CARRIED_PENALTY,
    DESCRIPTION,
    FROM,
    N_FINAL,
    NAMED_AS,
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
    verb_between,
)
from aigraph.ingest.pipeline.rules.ko_people import attached_org, head_org

# "설립 3년 만에": how long after a founding, no founding told
_SINCE_FOUNDING = re.compile(r"\s?(?:\d+|한|두|세|네|다섯)\s?(?:년|개월|달)\s?(?:만에|만의|차)")


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?<=[을를] )(?:열었|열어|연다|열고)",
    name="ko_structure.opened",
)
@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def established(c: Clause) -> list[Relation]:
    """ "X가 Y를 설립했다"; passive "Z에 신설된 Y는" (Z founder, Y PART_OF Z)."""
    s, conf = c.sentence, c.confidence
    if _SINCE_FOUNDING.match(s.text, c.trigger.end()):
        return []  # "Y를 설립 3년 만에 인수했다": how long after its founding, no founding told
    if any(a.particle in OBJECT and EVENT_OR_LAW.search(a.entity.name) for a in c.before):
        return []  # "'K-AI 투자 로드쇼'를 열었다": an event held, no body founded
    before, after = c.before, c.after
    props = _date(c)
    if c.passive() and after:
        new = after[0].entity
        placed = next((a for a in reversed(before) if a.particle in PLACE), None)
        agent = placed is not None and _BY_AGENT.match(s.text, placed.end - s.start) is not None
        place = (None if agent else c.last_before(PLACE)) or _owner_inside(c, c.pos)
        founder = place or c.head_of(new)
        rels = []
        if founder is None and agent and placed is not None:
            founder = placed.entity  # "X에 의해 설립된 Y": the agent founded Y, which is no part of it
        if founder is not None:
            rels.append(Relation(RelationType.ESTABLISHED, founder, new, s, conf, props))
            c.discourse.established.append((s.index, founder, new))
        if place is not None:
            rels.append(Relation(RelationType.PART_OF, new, place, s, conf))
        return rels
    if _NEW_AS_MODIFIER.match(s.text, c.trigger.start()):
        return []  # "사업부를 물적분할해 신설 법인 Y를 세웠다": a word describing Y, the verb comes later
    opened = _opened(c)
    by_itself = c.passive() or (
        _BY_ITSELF.match(s.text, c.trigger.start()) is not None
        and opened is None
        and not any(a.particle in OBJECT for a in before)
        and not _OBJECT_WRITTEN.search(c.text_before(c.pos))  # "X는 AI 연구센터를 개소했다": X opened something
        and not c.text_before(c.pos).endswith("의 ")  # "X는 새 시장의 문을 열었다": a way opened, not X
    )
    if by_itself and not after and (subject := next(iter(c.subjects), None)):
        # "서울대 AI연구원은 2019년 12월 설립됐다(출범했다)": founded by the place, else by the organisation it is
        # named after
        inside = _owner_inside(c, subject.start)
        written = (
            c.last_before(PLACE)
            or inside
            or _split_from(c)
            or _agent_after(c, subject)
            or _funder_before(c, subject)
            or _owner_before(c, subject)
        )
        founder = (
            written or c.head_of(subject.entity) or head_org(c, subject.entity) or _parent_named_in(c, subject.entity)
        )
        if founder is None or founder is subject.entity:
            return []
        if written is None and _named_after_group(founder, subject.entity):
            return []  # "SK하이닉스는 1983년 설립됐다"
        c.discourse.established.append((s.index, founder, subject.entity))
        part = [Relation(RelationType.PART_OF, subject.entity, founder, s, conf)] if founder is inside else []
        joint = _enumerated_with(c, founder, subject) if founder is written else []
        return [Relation(RelationType.ESTABLISHED, f, subject.entity, s, conf, props) for f in [founder, *joint]] + part
    # "Y의 문을 열었다": Y opened; "Y 설립을 완료했다": Y founded
    # the object of the founding verb's own clause: "Y를 인수한 데 이어 연구소를 세웠다" founded no Y
    clause_start = c.own_clause_start()
    obj = (
        next((a for a in reversed(before) if a.particle in OBJECT and a.start >= clause_start), None)
        or opened
        or _founding_done(c)
        or quoted_new_org(c)
        or _named_kind(c)
        or _unit_word(c)
    )
    if (
        obj is None
        or obj.entity.name in ALLIANCE_NOUNS  # "B, C와 컨소시엄을 꾸렸다": a bare noun names no body (partners_with)
        or _OTHER_OBJECT.search(s.text, obj.end - s.start, c.trigger.start())
        or _BOUGHT_THEN.match(s.text, obj.end - s.start)  # "Y를 인수해 Z로 출범시켰다": Y was bought, not founded
        or _BUILT_ON.match(s.text, obj.end - s.start)
        or _PRODUCT_BEFORE.search(s.text, 0, obj.start - s.start)
        or _describes_next(c)
    ):
        return []
    named_as = NAMED_AS.match(s.text, obj.end - s.start)  # "'Y'라는 이름의 연구소를 열었다"
    if c.trigger.group(0)[0] in "열연" and (
        not re.fullmatch(
            r"['’]?(?:\([^()]*\))?\s?[을를]\s",
            s.text[named_as.end() if named_as else obj.end - s.start : c.trigger.start()],
        )
        or _MEETING.search(obj.entity.name)
    ):
        # "메타물질을 제작해 … 길을 열었다": what was opened is the word right before, here a way; "임원후보추천위원회를
        # 열어": a committee or board opened is a meeting held
        return []
    # the subject of the founding verb's own clause ("A가 주도했으며, B는 Y를 세웠다": B), else the sentence's first
    first = next((a for a in before if a.particle in SUBJECT and clause_start <= a.start < obj.start), None) or next(
        (a for a in before if a.particle in SUBJECT and a.start < obj.start), None
    )
    topic = next((a for a in c.subjects if a.start < obj.start), None)
    if first is not None and topic is not None and topic is not first and topic.particle in ("은", "는"):
        first = topic  # "P가 설립한 X는 Y를 세웠다": X founded Y; P, the relative clause's subject, only X
    founder = first.entity if first is not None else None
    if founder is None:
        founder, conf = c.topic, conf - CARRIED_PENALTY
    if founder is None or founder is obj.entity:
        founder = c.head_of(obj.entity)
    if founder is None:
        return []
    c.discourse.established.append((s.index, founder, obj.entity))
    out = [Relation(RelationType.ESTABLISHED, founder, obj.entity, s, conf, props)]
    co_founders = _co_founders(c, founder, obj)
    out += [Relation(RelationType.ESTABLISHED, a, obj.entity, s, conf, props) for a in co_founders]
    # "대표이사 직속으로 X를 신설"; "X 연구소를 신설했다": a body one organisation creates within itself is a unit
    under = _INSIDE.search(s.text[: obj.start - s.start])
    # "Z 산하에 Y를 신설": inside another body named right before, Z's unit (part_of), not the founder's
    elsewhere = under is not None and any(
        a.entity is not founder and _WRITTEN_RIGHT_BEFORE.fullmatch(s.text, a.end - s.start, under.start())
        for a in before
        if a.end - s.start <= under.start()
    )
    within = not elsewhere and (
        under is not None
        or (
            not co_founders
            and len(c.subject_group) < 2  # "A와 B는 … 신설했다": theirs together
            and "공동" not in obj.entity.name
            and not _SPLIT_OFF.search(s.text, 0, obj.start - s.start)  # "물적분할해 'Y'를 신설": a new company
            and c.match is not None
            and c.match.group().startswith("신설")
            and obj.entity.type in (EntityType.RESEARCH_LAB, EntityType.ORGANIZATION)
            and founder.type.is_organization
        )
    )
    if within:
        out.append(Relation(RelationType.PART_OF, obj.entity, founder, s, conf))
    return out + _heads_what_they_founded(c, founder, obj)


# "신설 법인 ", "신설 조직인 ": the founding word describing the body named next, not a predicate
_NEW_AS_MODIFIER = re.compile(r"신설\s?(?:법인|회사|조직|부서|자회사|계열사|연구소|센터|본부|사업부|팀)")
# "AI 플랫폼 Y를 출범했다", "서비스 'Y'를 열었다", "투어 대회 'Y'를 신설": what was launched is named as a product
# or an event, no organisation
_PRODUCT_BEFORE = re.compile(
    r"(?:플랫폼|서비스|앱|애플리케이션|브랜드|솔루션|제품|요금제|프로그램|캠페인|대회|행사|축제|시상식|어워드|공모전)\s['‘]?$"
)


# "에 의해 ", "에 의하여 ": the agent of a passive, not the place it happened
_BY_AGENT = re.compile(r"['’]?(?:\([^()]*\))?에\s?의(?:해|하여|한)\s")


def _describes_next(c: Clause) -> bool:
    """ "X는 Y를 창업한 P 대표를 영입했다": the founding is a relative clause on the name right after it (P founded
    Y, read by founded_by_relative_clause), not the subject's own act ("Y를 설립한 뒤": the time since)."""
    rel = _RELATIVE.match(c.sentence.text, c.trigger.start())
    if rel is None or _SINCE_FOUNDED.match(c.sentence.text, c.trigger.start()):
        return False
    return any(a.start - c.sentence.start == rel.end() for a in c.after)


def _heads_what_they_founded(c: Clause, founder: Entity, obj: Arg) -> list[Relation]:
    """ "김민수 대표는 2015년 누리랩스를 창업했다": a founder written as the subject with a head's title and no
    organisation of their own holds it at the company founded (as "김 대표가 설립한 X"); "P 교수는 X를
    창업했다" holds the title elsewhere."""
    said = next(
        (
            m
            for m in c.mentions
            if m.end <= obj.start and m.type is EntityType.PERSON and c.doc.of_mention.get(m.start) is founder
        ),
        None,
    )
    if (
        said is None
        or not said.title
        or said.org is not None
        or said.former
        or not c.lex.title_names_head_of(said.title, obj.entity.type)
        or not _FOUNDS_COMPANY.match(c.trigger.group(0))
        or any(m.org is not None for m in c.doc.mentions if c.doc.of_mention.get(m.start) is founder)
        or _EARLIER_VENTURE.search(c.sentence.text, said.end - c.sentence.start, c.trigger.start())
        or _DONE_BEFORE.match(c.sentence.text, c.trigger.end())
    ):
        return []  # "김민수 가온테크 대표 … 김 대표는 누리랩스를 창업했다": the title is held where the article placed it
    return [Relation(RelationType.WORKS_FOR, founder, obj.entity, c.sentence, c.confidence, {"title": said.title})]


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"세워(?=진\s|졌)",  # "2020년 세워진 Y", "Y는 2020년 세워졌다": the passive, no founding verb of the lexicon
    name="ko_structure.founding_date_built",
)
@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def founding_date(c: Clause) -> list[Relation]:
    """ "2020년 설립된 (AI 스타트업) 업스테이지는", "업스테이지는 2020년 설립됐다", "X는 2019년 설립 이후":
    when an organisation was founded, whether or not the sentence names who founded it.  Only a date written
    right before a completed founding counts: "2027년 설립될", "설립하지 않았다" and "설립을 추진" date nothing."""
    text = c.sentence.text
    if (day := _FOUNDING_DAY.match(text, c.trigger.end())) is not None:
        # "Y의 설립일은 2019년 3월 5일이다", "Y(2019년 설립)": the date of the organisation named right before
        owner = c.before[-1] if c.before else None
        date = resolve_date(day.group("when"), c.article_date) if owner is not None else None
        if (
            owner is not None
            and date
            and re.fullmatch(r"['’]?의\s", c.text_before(c.pos)[owner.end - c.sentence.start :])
        ):
            _found(c, owner.entity, date)
        return []
    when = _FOUNDED_WHEN.search(text, 0, c.trigger.start())
    if when is not None and text.startswith(")", c.trigger.end()):
        owner = c.before[-1] if c.before else None
        gap = c.text_before(c.pos)[owner.end - c.sentence.start : when.start()] if owner is not None else ""
        if owner is not None and gap in ("(", "('", "’(") and (date := resolve_date(when.group(0), c.article_date)):
            _found(c, owner.entity, date)
        return []
    done = _FOUNDED_DONE.match(text, c.trigger.end())
    if when is None or done is None or (date := resolve_date(when.group(0), c.article_date)) is None:
        return []
    founded = c.subject  # "X는 2020년 설립됐다", "X는 2019년 설립 이후"
    if done.group("relative"):  # "2020년 설립된 (AI 스타트업) X": the organisation the clause describes
        after = next((a for a in c.after if a.start - c.sentence.start >= done.end()), None)
        described = after is not None and _DESCRIBED.fullmatch(text, done.end(), after.start - c.sentence.start)
        founded = after.entity if after is not None and described else None
        if founded is None and _FOUNDED_IS_A.match(text, done.end()):
            founded = c.subject  # "X는 지난 2019년 설립된 AI 스타트업이다": the topic
    if founded is not None:
        _found(c, founded, date)
    return []


def _found(c: Clause, org: Entity, date: str) -> None:
    if org.type.is_organization:
        c.doc.foundings.append(Founding(org, date, c.sentence, c.confidence))


# "설립된 (AI) 스타트업이다": the clause describes the topic as the kind of body founded
_FOUNDED_IS_A = re.compile(
    r"(?:[^\s,.]+\s){0,2}?[^\s,.]*?(?:기업|회사|스타트업|법인|업체|연구소|연구원|기관|재단|단체|은행|대학|사)"
    r"(?:이다|이며|이자|으로|로|다)(?=[\s.,]|$)"
)
# "설립일은 2019년 3월 5일이다": the founding day written as a property, the date right after
_FOUNDING_DAY = re.compile(
    r"(?:일|일자|연도)(?:은|는)\s(?P<when>(?:19|20)\d\d년(?:\s?\d{1,2}월)?(?:\s?\d{1,2}일)?)(?:이다|이며|로|으로|[.,\s])"
)


# a date right before the founding verb: "2020년 설립된", "지난해 3월 문을 연", "2019년 12월에 출범한", or before
# the kind of body it was founded as: "2020년 독립 법인으로 설립됐다"
_FOUNDED_WHEN = re.compile(
    r"(?:(?:19|20)\d\d년|지난해|작년)(?:\s?\d{1,2}월)?(?:\s?\d{1,2}일)?(?:에|께|쯤)?\s?"
    r"(?:문을?\s|(?:[^\s,.]+\s)?[^\s,.]*(?:법인|회사|기업|자회사|계열사|조직|연구소|재단|스타트업)(?:으로|로)\s)?$"
)
# the founding told as done: a past relative ("설립된 ", "세운 "), a past predicate ("설립됐다", "출범했다"), or
# the noun or the past verb before "이후/이래/당시" ("설립 이후", "설립된 이래"); not "설립된다" or "설립될" (to come)
_FOUNDED_DONE = re.compile(
    r"(?:된|한)?\s(?:이후|이래|당시|직후)|(?P<relative>(?:된|한|(?<=[운든연])|(?<=세워|들어)진)\s['‘]?)"
    r"|(?:됐|되었|돼|했|하였|(?<=열)었|(?<=세워|들어)졌|(?<=세웠|들었|올렸))\S*"
)
_DESCRIBED = re.compile(rf"(?:{DESCRIPTION.pattern})?")  # "설립된 (AI 스타트업) X"


# "'에어스랩'의 문을 ", "Y의 닻을 올렸다": the organisation whose doors were opened, whose anchor was raised
_OPENED = re.compile(r"['’]?(?:\([^()]*\))?의\s(?:문을\s(?:열|연|열었|열어|연다|열고)|닻을\s올(?:렸|린|려|리고|리며))")
# an organisation's own start, no object: "누리AI연구원은 2021년 3월 출범했다"
_BY_ITSELF = re.compile(r"(?:출범|개소|문을 열|문 열|닻을 올)(?:했|하였|한다|해|하며|하고|었|어|렸|려)")
_OBJECT_WRITTEN = re.compile(r"[을를]\s$")
_MEETING = re.compile(r"(?:위원회|이사회|총회|회의|협의회|간담회|설명회|세미나|포럼)['’]?$")
# "설립한 ", "세운 ", "만든 ", "출범시킨 ", "문을 연 ", "설립을 주도한 ", and founded then run or led: "창업해 운영
# 중인 ", "설립해 이끌고 있는 ", "세워 키운 "
_RELATIVE = re.compile(
    r"(?:문을 연|문 연|\S*(?:해|하여|워)\s(?:(?:운영|경영)(?:하는|해\s온|\s중인|하고\s있는)|이끄는|이끌고\s있는|이끌어\s온"
    r"|키운|키워\s온)|\S*(?:한|운|든|린|된|킨)|\S*[을를]\s주도한)\s+['‘]?"
)
# "설립한 (AI) 스타트업이다": the clause describes the topic ("세운 목표를 달성했다" is another verb's object; "설립한
# 회사가 아니다" denies it; "세운 연구소와 협력한다" a verb's partner: 다 after ㄴ is a verb's present tense, a noun
# takes 이다)
_IS_A = re.compile(
    r"(?:\S+(?<![을를])\s){0,4}?\S+?"
    rf"(?<![했됐었았였겠])(?<!아니)(?:이다|이며|으로서|으로|로서|로|(?<![{N_FINAL}])다)(?=[\s.,]|$)"
)
# "ETRI 연구소기업이다", "KAIST 교원창업 기업으로": a name followed by a kind of company it is told to be
_KIND_NAMED_AFTER = re.compile(
    r"\s?(?:[가-힣]+\s)?[가-힣]*?(?:기업|회사|스타트업|벤처)(?:이다|이며|으로서|으로|로서|로|다)(?=[\s.,]|$)"
)
_SUBSIDIARY = re.compile(r"\s(?:\S+\s)?(?:자회사|계열사|손자회사)(?:이다|이며|로|으로|다)")
_JOINT = re.compile(r"(\d|두|세|네|다섯|양)\s?(?:사|개사|기업|회사)")
_SPUN_RELATIVE = re.compile(r"\S*?(?:\s+\S+?)?(?:한|된)\s+['‘]?")  # "분사한 Y", "분사해 출범한 Y"
# the noun the relative clause describes, an argument of the main verb ("분사한 스타트업의 지분을", "분사한 기업에")
_UNNAMED_ARGUMENT = re.compile(r"[^\s'‘’]+(?:의|을|를|에|에게|와|과)\s")
_INSIDE = re.compile(r"직속|산하에|사내에|내부에|조직\s?내에|안에|아래(?:에)?\s")
# what may stand between a name and the "산하에" after it: a closing quote, a parenthesised short name, a space
_WRITTEN_RIGHT_BEFORE = re.compile(r"['’]?(?:\([^()]*\))?\s?")
_PARENS = re.compile(r"\([^()]*\)")
_CAME_OUT = re.compile(r"벤처\s?출신(?:인|의)?\s")  # "사내벤처 출신 Y"
_SPUN_OFF_LATER = re.compile(r"\S*\s+(?:\S+\s+){0,3}?\S*분사")  # "사내벤처로 출발해 분사했다"
_JOINT_MONEY = re.compile(r"공동\s?(?:투자|출자)|(?:투자|출자)를\s?통해|출자해")
_NUMBERS = {"두": 2, "양": 2, "세": 3, "네": 4, "다섯": 5}
ALLIANCE = ("연합", "얼라이언스", "컨소시엄", "동맹", "협의체", "원팀", "연합체", "협회", "포럼")


# "X가 100% 출자해 설립됐다": the organisation whose money founded it; "X의 자회사로 설립됐다": its owner
_FUNDED_IT = re.compile(r"(?:이|가)\s(?:\S+\s){0,2}?\S*(?:출자|투자|합작)(?:해|하여)\s")
_FOUNDED_AS_UNIT = re.compile(r"의\s(?:\S+\s)?(?:자회사|계열사|손자회사|연구소|연구조직|조직|법인)(?:로|으로)\s")
# "Y 설립을 완료했다": a founding told as a noun, done
_FOUNDING_DONE = re.compile(r"\S{0,2}(?:을|를)\s(?:최종\s)?(?:완료|마쳤|마무리)")


# "합작법인 '누리 AI'를 설립했다": a name in quotes after the kind of organisation founded, right before the verb
_QUOTED_NEW = re.compile(
    r"(?P<kind>합작\s?(?:법인|회사|사)|법인|자회사|계열사|연구소|연구원|연구센터|센터|조직)\s['‘](?P<name>[^'‘’\"“”]{2,30})['’]"
    r"(?:을|를)\s+(?:\S+\s+)?$"
)


# "AI 스타트업 ", "반도체 설계 회사 ", "합작법인 ", "비영리법인 ": up to three words ending in the kind of organisation
# founded
# "와 손잡고 ", "과 함께 2019년 ", "와 공동으로 ": a partner attached to the founding verb, not to another one
_WITH_PARTNER = re.compile(
    r"(?:\s?등)?\s?(?:와|과|이랑|랑)\s(?:손잡고|손을\s잡고|함께|공동으로|공동|합작(?:해|하여|으로))\s(?:[^\s,.]+\s){0,2}?"
)
_KIND_BEFORE_NAME = re.compile(
    r"(?:[A-Za-z0-9가-힣]+(?<![한된는은을를에의이가와과도])\s){0,2}[A-Za-z가-힣]{0,4}?"
    r"(?:스타트업|기업|회사|법인|합작사|합작법인|자회사|계열사|연구소|연구원|재단|운용사|벤처캐피털)\s['‘]?"
)


# "X는 Y를 합병해 통합법인을 출범시켰다": another object between Y and the verb is what was founded; Y is the
# object of the verb before ("합병해"), not a new organisation
_OTHER_OBJECT = re.compile(r"(?<=[을를])\s(?:[^\s.]+\s){0,8}?[^\s.]*[가-힣A-Za-z0-9)’'][을를]\s(?!위한)")
_BOUGHT_THEN = re.compile(r"['’]?(?:\([^()]*\))?[을를]\s(?:인수|매입|사들|합병)\S*\s")
# "Z를 기반으로 만들어졌다", "Z를 바탕으로 개발한": what something is built on, not what is founded
_BUILT_ON = re.compile(r"['’]?(?:\([^()]*\))?[을를]\s(?:기반으로|바탕으로|토대로|기반\s?삼아|활용해|이용해)\s")
_FOUNDS_OBJECT = re.compile(r"설립|세우|세웠|세워|세운|창업|창설|만들|만든|신설|꾸렸|꾸린|꾸려|개설")
# founding a company, said of its founders ("P가 창업했다"): not "만들었다", whose object is as often a product
_FOUNDS_COMPANY = re.compile(r"설립|세우|세웠|세워|창업|창립")
# "P 대표는 과거 Y를 창업한 바 있다", "Y를 창업해 매각한 경험이 있다": an earlier venture, not the one P heads now
_EARLIER_VENTURE = re.compile(rf"(?:{BEFORE_NOW}|앞서)\s")
_DONE_BEFORE = re.compile(r"\S*\s(?:바\s?있|경험이|이력이|적이)|\S*\s(?:\S+\s)?(?:매각|엑시트|엑싯)")
# "설립한 이래", "세운 뒤": the topic's own founding told as the time since, not a relative clause on another noun
_SINCE_FOUNDED = re.compile(r"\S*(?:한|운|든)\s(?:이래|이후|뒤|후|직후)(?=[\s,]|$)")
# "사재를 출연해 ": an object that is the money the founding verb right after was paid with
_FUNDED_WITH = re.compile(r"\s(?:출연|출자|투자)(?:해|하여)\s$")
_MONEY_BEFORE = re.compile(r"\d[\d,.]*\s?(?:조|억|만|천)*\s?(?:원|달러|유로|엔|위안)$")


def quoted_new_org(c: Clause) -> Arg | None:
    """The organisation a founding verb's object names in quotes when recognition did not read it as one
    ("SK텔레콤은 도이치텔레콤과 합작법인 '글로벌 누리 AI'를 세웠다")."""
    m = _QUOTED_NEW.search(c.text_before(c.pos))
    if m is None or any(a.start <= c.sentence.start + m.start("name") < a.end for a in c.args):
        return None  # none, or a recognised organisation: the object's particle already names it
    kind = m.group("kind")
    etype = (
        EntityType.RESEARCH_LAB
        if kind.startswith("연구")
        else EntityType.ORGANIZATION
        if kind in ("센터", "조직")
        else EntityType.COMPANY
    )
    start = c.sentence.start + m.start("name")
    end = c.sentence.start + m.end("name")
    return Arg(c.add_entity(m.group("name").strip(), etype, start, end), start, end, "를", -1)


# "미래AI센터를 ", "가온반도체연구소를 ": one written word ending in a unit's kind, a name or field before it, as the
# founding verb's object (recognition reads such a word only when a part of it is a proper noun)
_OPENS_UNIT = re.compile(r"개소|개원|개관")  # opening a unit: its object is what was founded
# centres that are sites or services, never a body of people
_FACILITY_CENTRES = (
    "데이터센터",
    "물류센터",
    "콜센터",
    "고객센터",
    "서비스센터",
    "배송센터",
    "풀필먼트센터",
    "컨택센터",
)
_UNIT_WORD = re.compile(
    r"(?:^|\s)(?P<name>(?:[A-Z][A-Za-z0-9]{0,3})?[가-힣]{2,}[A-Za-z0-9]{0,4}(?P<kind>연구소|연구원|연구센터|센터|랩))[을를]\s+(?:\S+\s+)?$"
)


def _unit_word(c: Clause) -> Arg | None:
    """The unit a founding or opening verb's object names in one word recognition did not read ("누리AI센터를
    신설했다", "판교에 누리AI센터를 개소했다", "AI융합센터를 신설했다")."""
    m = _UNIT_WORD.search(c.text_before(c.pos))
    if m is None or not (_FOUNDS_OBJECT.match(c.trigger.group(0)) or _OPENS_UNIT.match(c.trigger.group(0))):
        return None
    if m.group("name").endswith(_FACILITY_CENTRES):
        return None  # "AI데이터센터를 개소했다": a building opened, no body
    start, end = c.sentence.start + m.start("name"), c.sentence.start + m.end("name")
    if any(a.start < end and start < a.end for a in c.args):
        return None  # recognised: the object's particle already names it
    kind_at = c.sentence.start + m.start("kind")
    if not any(
        t.tag in ("NNP", "SL") or len(t.form) == 1 or t.unknown
        for t in c.sentence.tokens
        if start <= t.start and t.end <= kind_at
    ):
        return None  # words the dictionary knows ("데이터센터", "반도체연구소"): a facility or a field, no name
    etype = EntityType.RESEARCH_LAB if m.group("kind").startswith("연구") else EntityType.ORGANIZATION
    return Arg(c.add_entity(m.group("name"), etype, start, end), start, end, "를", -1)


def _enumerated_with(c: Clause, founder: Entity, subject: Arg) -> list[Entity]:
    """ "Y는 A와 B가 출자해 설립됐다": the others enumerated with the founder written after the subject founded it
    too."""
    written = next((a for a in c.before if a.entity is founder and a.start > subject.end), None)
    if written is None:
        return []
    return [
        a.entity
        for a in c.before
        if a.group == written.group and a is not written and a.start > subject.end and a.entity is not subject.entity
    ]


def _agent_after(c: Clause, subject: Arg) -> Entity | None:
    """Who founded the subject of a passive founding, written after it."""
    base = c.sentence.start
    return next(
        (
            a.entity
            for a in reversed(c.before)
            if a.start > subject.end
            and a.entity.type.is_organization
            and (
                _FUNDED_IT.match(c.sentence.text, a.end - base) or _FOUNDED_AS_UNIT.match(c.sentence.text, a.end - base)
            )
        ),
        None,
    )


# "X가 (100%) 출자한 Y는": the organisation whose capital a company written after it was founded with
_FUNDED_BEFORE = re.compile(r"['’]?(?:이|가)\s(?:\S+\s)?출자(?:한|해\s만든|해\s세운)\s(?:[^\s,.]+\s)?$")


def _funder_before(c: Clause, subject: Arg) -> Entity | None:
    """ "X가 100% 출자한 Y는 지난해 설립됐다": X, whose capital founded the subject of a passive founding."""
    base = c.sentence.start
    return next(
        (
            a.entity
            for a in c.before
            if a.end < subject.start
            and a.entity.type.is_organization
            and _FUNDED_BEFORE.fullmatch(c.sentence.text, a.end - base, subject.start - base)
        ),
        None,
    )


# "X 산하 ", "X 직속 ": the owner written right before a unit; "X의 " only before a unit named by its kind
_UNDER = re.compile(r"['’]?(?:\([^()]*\))?\s(?:산하|직속)(?:의)?\s")
_OF = re.compile(r"['’]?(?:\([^()]*\))?의\s")
_LAB_NAME = re.compile(r"(?:연구소|연구원|연구센터|센터|랩|연구실)$")
# "의 AI 연구소인 ", "의 연구조직인 ": the owner's lab or research unit, named after the description
_OF_LAB_KIND = re.compile(
    r"['’]?(?:\([^()]*\))?의\s(?:[^\s,]+\s){0,2}[^\s,]*(?:연구소|연구원|연구센터|연구실|연구조직|랩)(?:인|이자)\s"
)


def _owner_before(c: Clause, subject: Arg) -> Entity | None:
    """ "X 산하 누리AI연구소가 지난달 문을 열었다", "X의 AI연구센터가 출범했다": the organisation owning a unit
    that opened founded it ("X의 Y는 1983년 설립됐다" names a company X may have bought later: no founder)."""
    base = c.sentence.start
    owner = next((a for a in reversed(c.before) if a.end <= subject.start), None)
    if owner is None or not owner.entity.type.is_organization or owner.entity is subject.entity:
        return None
    if any(a.particle in ("로", "으로") for a in c.before if a.start > subject.end):
        return None  # "X의 AI 사업부가 분사해 Y로 출범했다": the unit became Y (spun_off_from)
    gap = (c.sentence.text, owner.end - base, subject.start - base)
    unit = subject.entity.type is EntityType.RESEARCH_LAB or _LAB_NAME.search(subject.entity.name)
    described = _OF_LAB_KIND.fullmatch(*gap)  # "X의 AI 연구소인 Y는": Y is described as X's lab
    return owner.entity if _UNDER.fullmatch(*gap) or described or unit and _OF.fullmatch(*gap) else None


# "X 산하에 ", "X 직속으로 ", "X 내부에 ": the owner a unit is founded inside
_INSIDE_OF = re.compile(r"['’]?(?:\([^()]*\))?\s?(?:산하|직속|내부|사내|안)(?:에|으로|로)\s")


def _owner_inside(c: Clause, before: int) -> Entity | None:
    """ "X 산하에 (AI 연구 조직) Y가 신설됐다": X, written before offset ``before``, inside which the passive
    founding put Y."""
    base = c.sentence.start
    return next(
        (
            a.entity
            for a in reversed(c.before)
            if a.end <= before
            and a.particle == ""
            and a.entity.type.is_organization
            and _INSIDE_OF.match(c.sentence.text, a.end - base)
        ),
        None,
    )


def _named_after_group(owner: Entity, company: Entity) -> bool:
    """A company named after a business group, said founded with no founder written: it may have been bought into
    the group and renamed, so the group is not taken as its founder."""
    return owner.type is EntityType.BUSINESS_GROUP and company.type is EntityType.COMPANY


# "에서 분사해 ", "에서 인적분할로 ": the organisation a new one was split from, right before its own start
_SPLIT_FROM = re.compile(
    r"['’]?(?:에서|로부터)?\s(?:인적|물적)?\s?(?:분사|분할)(?:해|하여|돼|되어|로|을\s통해)\s(?:\S+\s){0,2}$"
)


def _split_from(c: Clause) -> Entity | None:
    """ "Y는 X에서 분사해(인적분할로) 출범했다": X, the organisation Y came out of, founded it."""
    source = next((a for a in reversed(c.before) if a.particle in SOURCE), None)
    if source is None or not _SPLIT_FROM.match(c.text_before(c.pos), source.end - c.sentence.start):
        return None
    return source.entity


def _founding_done(c: Clause) -> Arg | None:
    """ "카카오는 AI 자회사 Y 설립을 완료했다": the organisation named right before the noun."""
    last = c.before[-1] if c.before else None
    if last is None or last.particle or not _FOUNDING_DONE.match(c.sentence.text, c.trigger.end()):
        return None
    return last if c.text_before(c.pos)[last.end - c.sentence.start :] in ("", " ", "' ", "’ ") else None


# "Y라는 (이름의) 법인을 ", "Y란 AI 스타트업을 ": the organisation named, then the kind founded, right before the verb
# "Y 법인을 세웠다": a legal entity's name right before the word, no 라는 (a unit word there, "Y 연구소를", may be
# a part of Y founded, not Y)
_NAMED_KIND = re.compile(
    r"['’]?(?:(?:이)?(?:라는|란)\s(?:이름의\s)?(?:[^\s,.]+\s)?"
    r"(?:법인|회사|자회사|계열사|스타트업|기업|연구소|연구원|연구센터|센터|재단|조직)"
    r"|\s(?:현지\s?|신설\s?|합작\s?|별도\s?)?법인)[을를]\s(?:\S+\s)?$"
)


def _named_kind(c: Clause) -> Arg | None:
    """ "X는 지난해 Y라는 법인을 신설했다": the organisation named before 라는 and the kind of body founded."""
    last = c.before[-1] if c.before else None
    if last is None or _NAMED_KIND.fullmatch(c.text_before(c.pos), last.end - c.sentence.start) is None:
        return None
    return last if last.entity.type.is_organization else None


def _opened(c: Clause) -> Arg | None:
    """ "'에어스랩'의 문을 열었다": the organisation whose doors were opened, written right before."""
    last = c.before[-1] if c.before else None
    base = c.sentence.start
    return last if last is not None and _OPENED.fullmatch(c.sentence.text, last.end - base, c.trigger.end()) else None


def _parent_named_in(c: Clause, org: Entity) -> Entity | None:
    """ "한빛 AI연구원" -> 한빛: the registry parent of an organisation whose name starts with the parent's."""
    parent = org.registry.parent if org.registry is not None else ""
    entry = c.lex.alias_index().get(normalize_name(parent)) if parent and org.name.startswith(parent) else None
    if entry is None:
        return None
    found = next((e for e in c.entities if e.registry is entry), None)
    return found or c.add_entity(entry.name, entry.type, org.first, org.first + len(parent))


def _date(c: Clause) -> dict:
    """The founding's date, read in its own clause once an earlier clause has a date of its own ("2016년 A를
    창업한 뒤 2021년 B를 세웠다": B's is 2021, and "A를 창업한 뒤 2021년 B를" gives A none)."""
    text = c.sentence.text
    trigger = c.trigger.start()
    head = text[:trigger]
    cuts = [m.end() for m in _CLAUSE_LINK.finditer(head)]
    if cuts and resolve_date(head[: cuts[-1]], c.article_date) is not None:
        head = head[cuts[-1] :]
    tail = text[trigger : c.trigger.end() + 15]
    if link := _CLAUSE_LINK.search(tail):
        tail = tail[: link.start()]
    elif (relative := _RELATIVE.match(text, trigger)) and any(
        a.start - c.sentence.start == relative.end() for a in c.after
    ):
        # "X가 세운 Y는 올해 흑자를 냈다": the main clause's date is not the founding's
        tail = text[trigger : relative.end()]
    return {"date": d} if (d := resolve_date(head + tail, c.article_date)) else {}


# where one clause ends and the next begins: "창업했고 ", "창업하며 ", "창업한 뒤(후, 다음, 이후) ", "설립한 데 이어 "
_CLAUSE_LINK = re.compile(
    r"(?:었|았|했|였)(?:고|으며|며),?\s|(?:었|았|했|였)다\.\s?|(?:하|되)(?:고|며),?\s"
    r"|(?:[한운된친은든린킨])\s(?:뒤|후|다음|이후|데\s이어)에?,?\s"
)


def _members(c: Clause, founders: list[Entity], new: Entity, conf: float) -> list[Relation]:
    """Several founders of an alliance or consortium are its members."""
    if len(founders) < 2 or not new.name.replace("'", "").rstrip().endswith(ALLIANCE):
        return []
    return [Relation(RelationType.PARTICIPATES_IN, f, new, c.sentence, conf) for f in founders]


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?:결성|발족)(?=한\s)",
    name="ko_structure.formed_by_relative_clause",
)
@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def founded_by_relative_clause(c: Clause) -> list[Relation]:
    """ "진 전 장관이 2006년 설립한 스카이레이크", and "업스테이지는 김 대표가 2020년 설립한 스타트업이다"; an
    alliance formed ("X는 A가 2023년 결성한 AI 연합체다") is read the same way."""
    rel = _RELATIVE.match(c.sentence.text, c.trigger.start())
    if rel is None or c.passive() or BOUND_NOUN.match(c.sentence.text, rel.end()):
        return []  # "A를 창업한 뒤 B를 세웠다": the clause ends there, B is no founder of A
    founder = next((a for a in reversed(c.before) if a.particle in ("이", "가")), None)
    new = next((a for a in c.after if a.start - c.sentence.start <= rel.end() + 2), None)
    if new is None and (kind := _KIND_BEFORE_NAME.match(c.sentence.text, rel.end())):
        # "다온전자가 만든 AI 스타트업 누리AI는": the kind of organisation written between the clause and the name
        new = next((a for a in c.after if a.start - c.sentence.start == kind.end()), None)
    if (
        founder is None
        and new is not None
        and not c.before
        and (head := c.head_of(new.entity) or head_org(c, new.entity)) is not None
        and not _named_after_group(head, new.entity)  # "1983년 설립된 SK하이닉스"
    ):
        # "2019년 12월 문을 연 서울대 AI연구원은": no founder named, the organisation it is named after
        c.discourse.established.append((c.sentence.index, head, new.entity))
        return [Relation(RelationType.ESTABLISHED, head, new.entity, c.sentence, c.confidence - 0.1, _date(c))]
    made = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    led = c.before[-1] if c.before and _LED_NOUN.match(c.sentence.text, c.trigger.start()) else None
    if led is not None and not led.particle and c.text_before(c.pos)[led.end - c.sentence.start :] in (" ", "' ", "’ "):
        made = led  # "Y 설립을 주도한 P": the organisation named right before the founding noun
    if (
        founder is None
        and made is not None
        and new is not None
        and (
            made is led
            or OBJECT_RIGHT_BEFORE.fullmatch(c.sentence.text, made.end - c.sentence.start, c.pos - c.sentence.start)
        )
        and new.entity is not made.entity
    ):
        # "업스테이지를 창업한 김성훈 대표는": the founder is the one the clause describes, the object its creation;
        # "Y를 공동 창업한 P1 대표와 P2 CTO는": every person enumerated with the first
        c.discourse.established.append((c.sentence.index, new.entity, made.entity))
        described = (
            [new] + [a for a in c.after if a.group == new.group and a is not new and a.entity.type is EntityType.PERSON]
            if new.entity.type is EntityType.PERSON
            else [new]
        )
        out = []
        for one in described:
            out.append(Relation(RelationType.ESTABLISHED, one.entity, made.entity, c.sentence, c.confidence, _date(c)))
            if title := _title_held_at(c, one, made.entity):  # "… 창업한 김 대표는": its 대표
                props = {"title": title}
                out.append(Relation(RelationType.WORKS_FOR, one.entity, made.entity, c.sentence, c.confidence, props))
        return out
    if founder is None and made is None and new is not None:
        return _founded_with_partner(c, new)
    if founder is None or "," in _PARENS.sub("", c.text_before(c.pos)[founder.end - c.sentence.start :]):
        return []
    if _people_of_organisation(c, founder):
        return []  # "X대 연구진이 창업한 Y": X's people founded Y, not X
    if new is not None and not new.particle and _KIND_NAMED_AFTER.match(c.sentence.text, new.end - c.sentence.start):
        new = None  # "Y는 P가 설립한 ETRI 연구소기업이다": the kind of company, named after a body's programme, is Y
    is_a = _IS_A.match(c.sentence.text, rel.end()) if new is None else None
    if is_a:
        new = next((a for a in c.before if a.particle in ("은", "는") and a.start < founder.start), None)
    if new is None or new.entity is founder.entity:
        return []
    c.discourse.established.append((c.sentence.index, founder.entity, new.entity))
    # "KT와 사피온이 합작해 세운 리벨리온": every member of the founder's enumeration, each investing in it when the
    # founding is by joint investment
    founders = [_company_of_unit(c, founder.entity)] + [
        a.entity for a in c.before if a.group == founder.group and a is not founder and a.entity is not new.entity
    ]
    # "A가 B와 손잡고(함께) 설립한 합작법인 X": the partner in the clause founded it too
    founders += [
        a.entity
        for a in c.before
        if a.particle in PARTNER
        and a.start > founder.end
        and a.entity is not new.entity
        and a.entity not in founders
        and _WITH_PARTNER.fullmatch(c.sentence.text, _titled_end(c, a) - c.sentence.start, c.pos - c.sentence.start)
    ]
    kinds = [RelationType.ESTABLISHED]
    if len(founders) > 1 and _JOINT_MONEY.search(c.text_before(c.pos)[founder.end - c.sentence.start :]):
        kinds.append(RelationType.INVESTED_IN)
    out = [
        Relation(kind, who, new.entity, c.sentence, c.confidence, _date(c) if kind is RelationType.ESTABLISHED else {})
        for kind in kinds
        for who in founders
    ]
    if is_a and _SUBSIDIARY.search(c.sentence.text, rel.start(), is_a.end()) and founder.entity.type.is_organization:
        # "카카오브레인은 카카오가 2017년 세운 자회사다": the topic is the founder's affiliate too
        out.append(Relation(RelationType.AFFILIATE_OF, new.entity, founder.entity, c.sentence, c.confidence))
    for who in (a for a in c.before if a.entity in founders and a.entity is not new.entity):
        if title := _title_held_at(c, who, new.entity):
            # "X는 김 대표(와 박 CTO)가 설립한 회사다", "김 대표가 설립한 X는": each titled founder holds the title at X
            # ("진 전 장관이 … 설립한": a role held elsewhere before)
            out.append(
                Relation(RelationType.WORKS_FOR, who.entity, new.entity, c.sentence, c.confidence, {"title": title})
            )
    return out


# what the topic works through or runs: "Y를 통해", "Y를 중심으로", "Y를 운영"
_WORKS_THROUGH = re.compile(r"['’]?(?:\([^()]*\))?[을를]\s(?:통해|통하여|중심으로|앞세워|운영)")


def _founded_with_partner(c: Clause, new: Arg) -> list[Relation]:
    """ "X는 B와 공동 설립한 Y를 매각했다": a clause with a partner and no subject of its own tells what the topic
    founded with that partner (without one, "X는 2015년 창업한 Y를 인수했다" may be another's founding)."""
    partner = c.before[-1] if c.before else None
    topic = next((a for a in c.before if a.particle in ("은", "는")), None)
    base = c.sentence.start
    if (
        partner is topic is not None
        and TIME_ONLY.fullmatch(c.sentence.text, topic.end - base, c.pos - base)
        and _WORKS_THROUGH.match(c.sentence.text, new.end - base)
        and new.entity.type.is_organization
        and new.entity is not topic.entity
    ):
        # "X는 2020년 설립한 Y를 통해 …": what the topic works through, it founded (not "… 창업한 Y를 인수했다")
        c.discourse.established.append((c.sentence.index, topic.entity, new.entity))
        return [Relation(RelationType.ESTABLISHED, topic.entity, new.entity, c.sentence, c.confidence, _date(c))]
    if (
        partner is None
        or topic is None
        or partner is topic
        or partner.particle not in PARTNER
        or not _WITH_PARTNER.fullmatch(
            c.sentence.text, _titled_end(c, partner) - c.sentence.start, c.pos - c.sentence.start
        )
        or not new.entity.type.is_organization
        or new.entity in (topic.entity, partner.entity)
    ):
        return []
    c.discourse.established.append((c.sentence.index, topic.entity, new.entity))
    return [
        Relation(RelationType.ESTABLISHED, f.entity, new.entity, c.sentence, c.confidence, _date(c))
        for f in (topic, partner)
    ]


def _titled_end(c: Clause, a: Arg) -> int:
    """Where a person's name ends with the title written after it ("이서연 CTO와 함께": after "CTO")."""
    said = next((m for m in c.mentions if m.start == a.start), None)
    if said is None or not said.title or said.org is not None:
        return a.end
    m = re.match(r"\s?" + re.escape(said.title), c.sentence.text[a.end - c.sentence.start :])
    return a.end + m.end() if m else a.end


# a business unit named with its company ("한빛전자 AI 사업부"): it founds nothing of its own
_BUSINESS_UNIT = re.compile(r"\S+\s.*(?:사업부|사업\s?부문|사업본부|부문)")


def _company_of_unit(c: Clause, org: Entity) -> Entity:
    """ "Y는 X AI 사업부가 분사해 세운 회사다": a business unit founds on its company's behalf, so the company
    named in the unit's name is the founder."""
    return (head_org(c, org) or org) if _BUSINESS_UNIT.fullmatch(org.name) else org


_LED_NOUN = re.compile(r"\S*[을를]\s주도한\s")  # "설립을 주도한 ": a founding led, told as a noun


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"창업(?=\s(?:이후|이래|직후|당시|초기|초창기)[\s,])(?!\s초창?기\s멤버)",
    name="ko_structure.founded_since",
)
def founded_since(c: Clause) -> list[Relation]:
    """ "이도윤 대표는 2019년 누리AI 창업 이후 …": the time since a person's founding of the organisation named
    right before the noun (창업 only: "P 대표는 Y 설립 이후" may be a later head's; an organisation as subject may
    only have backed it since: left alone)."""
    made = c.before[-1] if c.before else None
    if made is None or made.particle or c.text_before(c.pos)[made.end - c.sentence.start :] not in (" ", "' ", "’ "):
        return []
    founder = next((a for a in c.subjects if a.end <= made.start), None)
    if founder is None or founder.entity.type is not EntityType.PERSON or not made.entity.type.is_organization:
        return []
    c.discourse.established.append((c.sentence.index, founder.entity, made.entity))
    return [Relation(RelationType.ESTABLISHED, founder.entity, made.entity, c.sentence, c.confidence, _date(c))]


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?:(?:공동\s?)?(?:창업자|창업주|설립자|창립자)|(?:설립|창업|창립)한\s(?:사람|인물|주인공))(?:는|은)\s",
    name="ko_structure.founder_is",
)
def founder_is(c: Clause) -> list[Relation]:
    """ "누리랩스의 창업자는 이서연 대표다", "누리랩스를 설립한 사람은 이서연 대표다": the founder told as the
    predicate ("… 대표가 아니다" denies it, "창업자는 알려지지 않았다" names none)."""
    text, base = c.sentence.text, c.sentence.start
    made = c.before[-1] if c.before else None
    first = c.after[0] if c.after else None
    if (
        made is None
        or first is None
        or not made.entity.type.is_organization
        or not _FOUNDER_OF.fullmatch(text, made.end - base, c.trigger.start())
        or first.start - base != c.trigger.end()
    ):
        return []
    founders = [a for a in c.after if a.group == first.group and a.entity.type is EntityType.PERSON]
    last = max(founders, key=lambda a: a.end, default=None)
    if last is None or not _IS_PERSON.match(text, last.end - base):
        return []
    return _founded_by(c, founders, made.entity, c.confidence)


# "Y의 ", "Y ", "Y를 ": the organisation whose founder the predicate names
_FOUNDER_OF = re.compile(r"['’]?(?:\([^()]*\))?(?:의|[을를])?\s")
# "이서연 대표다", "A와 B다", "이서연 씨이며": the founder named as what the subject is, with a title at most
_IS_PERSON = re.compile(r"(?:\s[^\s.,]+?)?(?:이다|다|이며|이고|였다|이었다)(?=[\s.,]|$)")


# "삼성전자 출신 P 대표가": where a person comes from, not an organisation of the clause
_FROM_BEFORE = re.compile(r"\s?출신")


def _founders_of_the_carried_topic(c: Clause) -> list[Relation]:
    """ "누리칩스는 … 칩을 만든다. 이도윤 대표가 2019년 창업했다": people founding, with nothing founded written,
    the organisation the previous sentence was about; any other organisation in the clause (but where a
    founder comes from, "삼성전자 출신") leaves it unclear."""
    carried = c.topic
    if carried is None or not carried.type.is_organization or not _FOUNDS_COMPANY.match(c.trigger.group(0)):
        return []
    founders = [a for a in c.before if a.particle in ("이", "가")]
    others = [
        a for a in c.before if a not in founders and not _FROM_BEFORE.match(c.sentence.text, a.end - c.sentence.start)
    ]
    if not founders or others or any(f.entity.type is not EntityType.PERSON or f.entity is carried for f in founders):
        return []
    return _founded_by(c, founders, carried, c.confidence - CARRIED_PENALTY)


# the founding word as a title before a name ("Y 공동창업자 P를 영입한") or after it ("P Y 공동창업자가 선출됐다"),
# not "P가 창업자다"
_FOUNDER_TITLE = re.compile(r"[자주](?:\s|[이가은는을를의와과도](?=\s)|인\s|로\s?)")


# "A, B가 설립되자마자", "설립되면서": what the subject names was founded, it founded nothing
_FOUNDED_ITSELF = re.compile(r"되(?:자|면서|며|고)")


@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def founders_of_the_topic(c: Clause) -> list[Relation]:
    """ "업스테이지는 2020년 김성훈 대표 등이 공동 창업했다", "누리재단은 다온전자가 100억원을 출연해 세웠다":
    people or organisations founding the topic organisation."""
    if (
        c.passive()
        or _FOUNDED_ITSELF.match(c.sentence.text, c.trigger.end())
        or (
            _RELATIVE.match(c.sentence.text, c.trigger.start())
            and not _SINCE_FOUNDED.match(c.sentence.text, c.trigger.start())
        )
        or any(a.particle in OBJECT for a in c.before)
        or _FOUNDER_TITLE.match(c.sentence.text, c.trigger.end())  # "Y 공동창업자 P를": a founder's title
    ):
        return []
    topic = next((a for a in c.before if a.particle in ("은", "는") and a.entity.type.is_organization), None)
    if topic is None:
        return _founders_of_the_carried_topic(c)
    head = c.text_before(c.pos)
    # "Y는 AI를 개발하는 회사로, 2022년 P 대표가 설립했다": what Y does, told in a description closed before the founders
    described = _DESCRIBED_KIND.search(head, topic.end - c.sentence.start)
    if any(
        t.tag == "JKO"
        and (described.end() if described else topic.end - c.sentence.start) + c.sentence.start <= t.start < c.pos
        and not _MONEY_BEFORE.search(head, 0, t.start - c.sentence.start)  # "100억원을 출연해 세웠다": the money
        and not _FUNDED_WITH.match(head, t.end - c.sentence.start)  # "사재를 출연해 설립한": the money too
        for t in c.sentence.tokens
    ):
        return []  # "P 대표가 이끄는 Y는 로봇을 만든다": what Y makes, not who made Y
    founds_object = bool(_FOUNDS_OBJECT.match(c.trigger.group(0)))
    founders = [
        a
        for a in c.before
        if a.particle in ("이", "가")
        # an organisation only with a verb that takes what it founds as object: "Y는 자회사 X가 출범했다" is
        # X's own start, not X founding Y
        and (a.entity.type is EntityType.PERSON or a.entity.type.is_organization and founds_object)
        and a.start > topic.start
        and a.entity is not topic.entity
    ]
    if not founders:
        return []
    return _founded_by(c, founders, topic.entity, c.confidence)


_DESCRIBED_KIND = re.compile(r"\S*(?:회사|기업|업체|스타트업)(?:로|으로|이며|이고),?\s")

# ranks held at a university or a hospital ("P 교수가 창업한 회사"): no post at the company founded
_ACADEMIC_RANKS = frozenset({"교수", "부교수", "조교수", "명예교수", "석좌교수", "겸임교수", "연구교수"})


def _academic_home(org: Entity) -> bool:
    """Where an academic rank is held: a university or an institute ("KAIST AI연구소"), not a startup named a lab
    ("에코팜랩", "스캐터랩": a professor's company)."""
    return org.type is EntityType.UNIVERSITY or (
        org.type is EntityType.RESEARCH_LAB and not org.name.endswith(("랩", "랩스", "Lab", "Labs"))
    )


def _title_held_at(c: Clause, founder: Arg, org: Entity) -> str | None:
    """The title written with a founder when it is a post at the organisation founded ("김 대표가 설립한 X"): not
    one placed at another organisation or held before, nor an academic rank held elsewhere ("P 교수가 창업한 X",
    a company rather than a university or its institute)."""
    said = next((m for m in c.mentions if m.start == founder.start), None)
    if said is None or not said.title or said.org is not None or said.former:
        return None
    academic = said.title in _ACADEMIC_RANKS and not _academic_home(org)
    return None if academic or said.title in DEGREES else said.title  # "송지아 박사가 창업한": a degree, no post


# the people of an organisation written after its name: "X 연구진이", "X 교수팀이", "X 졸업생들이"
_PEOPLE_OF = re.compile(r"\s?(?:연구진|연구팀|연구원들|교수진|교수팀|졸업생|재학생|학생들|동문|출신)")


def _people_of_organisation(c: Clause, founder: Arg) -> bool:
    """An organisation named for its people ("X대 연구진이", "X 출신이"): the people founded, not the organisation."""
    return founder.entity.type is not EntityType.PERSON and bool(
        _PEOPLE_OF.match(c.sentence.text, founder.end - c.sentence.start)
    )


def _founded_by(c: Clause, founders: list[Arg], org: Entity, conf: float) -> list[Relation]:
    """ESTABLISHED from each founder; "가람은 하준호 대표가 창업했다": a founder's title is the one held at the
    company, so a titled founder works for it too.  "Y는 X대 연구진이 창업했다": X's people founded Y, not X."""
    founders = [f for f in founders if not _people_of_organisation(c, f)]
    out = [Relation(RelationType.ESTABLISHED, f.entity, org, c.sentence, conf, _date(c)) for f in founders]
    return out + [
        Relation(RelationType.WORKS_FOR, f.entity, org, c.sentence, conf, {"title": title})
        for f in founders
        if (title := _title_held_at(c, f, org))
    ]


@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def joint_venture(c: Clause) -> list[Relation]:
    """ "A, B, C 3사가 뭉쳤다. 3사는 … X를 출범한다" / "3사 공동 투자를 통해 X를 설립": each founder, and
    each invests when the founding is by joint investment; several founders of an alliance are its members."""
    head = c.text_before(c.pos)
    joint = _JOINT.search(head)
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None) or _opened(c) or quoted_new_org(c)
    if obj is None:
        obj = (
            next((a for a in c.after if a.start - c.pos <= 4), None)
            if _RELATIVE.match(c.sentence.text, c.trigger.start())
            else None
        )
    if obj is None:
        return []
    founders = [a.entity for a in c.subjects if a.group == c.subjects[0].group] if c.subjects else []
    if len(founders) < 2 and joint is not None:
        n = int(joint.group(1)) if joint.group(1).isdigit() else _NUMBERS.get(joint.group(1), 0)
        founders = next((g for g in reversed(c.discourse.groups) if len(g) == n), [])
    founders = [f for f in founders if f is not obj.entity]
    if len(founders) < 2:
        return []
    props = _date(c)
    out = [Relation(RelationType.ESTABLISHED, f, obj.entity, c.sentence, c.confidence, props) for f in founders]
    if _JOINT_MONEY.search(head):
        out += [Relation(RelationType.INVESTED_IN, f, obj.entity, c.sentence, c.confidence) for f in founders]
    c.discourse.established.append((c.sentence.index, founders[0], obj.entity))
    return out + _members(c, founders, obj.entity, c.confidence)


# "A와 B의 (AI) 합작법인": the partners whose joint venture it is, right before the noun
_JV_NOUN_OWNERS = re.compile(r"['’]?(?:\([^()]*\))?의\s(?:[가-힣A-Za-z]+\s){0,2}")
_JV_IS = re.compile(r"이다|이며|으로|로")  # "X는 A와 B의 합작법인이다": the topic is the joint venture


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"합작\s?(?:법인|회사|사|기업)(?:인|이자)?(?=[\s(]|이다|이며|으로|로)",
)
def joint_venture_named(c: Clause) -> list[Relation]:
    """ "SK텔레콤과 도이치텔레콤의 합작법인인 (AI 기업) 에이닷글로벌", "에이닷글로벌은 A와 B의 합작사다": a joint
    venture is founded by the partners whose it is said to be."""
    base, end = c.sentence.start, c.trigger.end()
    owner = c.before[-1] if c.before else None
    if owner is None or not _JV_NOUN_OWNERS.fullmatch(c.text_before(c.pos), owner.end - base):
        return []
    new = next(
        (
            a
            for a in c.after
            if c.sentence.text[end : a.start - base] in (" ", " '", " ‘")
            or DESCRIPTION.fullmatch(c.sentence.text, end + 1, a.start - base)
        ),
        None,
    )
    if _JV_IS.match(c.sentence.text, end):
        new = next((a for a in c.before if a.particle in ("은", "는") and a.end <= owner.start), None)
    if new is None:
        return []
    founders = [a.entity for a in c.before if a.group == owner.group and a.entity.type.is_organization]
    if not founders or any(f is new.entity for f in founders):
        return []  # "X의 합작법인 Y": one owner named is a founder still, the other partner left unsaid
    c.discourse.established.append((c.sentence.index, founders[0], new.entity))
    return [Relation(RelationType.ESTABLISHED, f, new.entity, c.sentence, c.confidence, _date(c)) for f in founders]


@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0, trigger=r"결성|구축|꾸리|꾸렸|꾸려")
def alliance_formed(c: Clause) -> list[Relation]:
    """ "KT는 산학연 동맹인 'AI 원팀'을 결성/구축했다": forming an alliance is founding it; other objects of
    구축 (systems, infrastructure) are not organisations founded."""
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    founder = c.subject
    if (
        obj is None
        or founder is None
        or not obj.entity.name.rstrip("'’ ").endswith(ALLIANCE)
        or obj.entity.name in ALLIANCE_NOUNS
    ):
        return []
    if obj.entity is founder or c.passive():
        return []
    c.discourse.established.append((c.sentence.index, founder, obj.entity))
    founders: list[Entity] = []
    for f in [founder, *c.subject_group, *_co_founders(c, founder, obj)]:
        if f is not obj.entity and not any(f is g for g in founders):
            founders.append(f)
    return [
        Relation(RelationType.ESTABLISHED, f, obj.entity, c.sentence, c.subject_confidence, _date(c)) for f in founders
    ]


def _co_founders(c: Clause, founder: Entity, made: Arg) -> list[Entity]:
    """ "A는 B와 (함께, 공동으로) X를 설립/결성", "A는 B와 X를 공동 설립했다": the partners named before the object,
    in the founding's own clause, founded it too ("B와 협약을 맺었으며, X를 세웠다": B only signed)."""
    clause_start = c.own_clause_start()
    joint = _joint_partners(c, made)
    return [
        a.entity
        for a in c.before
        if (a.particle in PARTNER or a in joint)
        and clause_start <= a.start
        and a.end <= made.start
        and a.entity is not founder
        and a.entity is not made.entity
        and not _DESCRIBES_MADE.search(c.sentence.text, a.end - c.sentence.start, made.start - c.sentence.start)
    ]


# "B와의 협력을 전담하는 'Y'를 신설": B is in a relative clause describing what was set up, no founder of it
_DESCRIBES_MADE = re.compile(r"(?:하는|맡는|담당할|전담할|위한)\s")


def _joint_partners(c: Clause, made: Arg) -> list[Arg]:
    """ "A는 B(·C)와 Y를 공동 설립했다", "A는 B와 합작법인 Y를 세웠다": the names read as enumerated with the
    object up to the last one joined by 와/과 are the partners of a joint founding, not organisations founded."""
    base = c.sentence.start
    group = [a for a in c.before if a.group == made.group and a.end <= made.start]
    last = max((a.end for a in group if _AND.match(c.sentence.text, a.end - base)), default=-1)
    if _JOINTLY.search(c.text_before(c.pos)) or _JOINT_VENTURE_BEFORE.search(c.sentence.text, 0, made.start - base):
        return [a for a in group if a.end <= last]
    # "A는 B와 'Y 연구센터'를 설립했다": an established company or school joined to a new lab founds it with A
    if made.entity.type is EntityType.RESEARCH_LAB:
        return [a for a in group if a.end <= last and a.entity.type in _ESTABLISHED_BODIES]
    return []


# a body made by splitting one off, or as a company: no unit of its maker
_SPLIT_OFF = re.compile(r"분할|분사|법인|자회사")
# the kinds of body that exist before a lab they found with another ("A는 B와 Y 연구센터를 설립")
_ESTABLISHED_BODIES = frozenset(
    {EntityType.COMPANY, EntityType.UNIVERSITY, EntityType.GOVERNMENT_AGENCY, EntityType.BUSINESS_GROUP}
)
# "공동 설립했다": a founding with partners
_JOINTLY = re.compile(r"공동\s?$")
# "합작법인 Y", "합작사인 Y": the object named as a joint venture
_JOINT_VENTURE_BEFORE = re.compile(r"합작\s?(?:법인|회사|사|기업)(?:인)?\s['‘]?$")
_AND = re.compile(r"(?:\([^()]*\))?['’]?(?:와|과)\s")  # "B(FAP)와 ": after the name's gloss too


@relation_rule(RelationType.AFFILIATE_OF, language="ko")
def affiliate_of(c: Clause) -> list[Relation]:
    """ "A, B 등 계열사": members of the group; "카카오 자회사 카카오브레인": group, then member; a parent
    company (모회사) is read the same way with the two ends turned around."""
    text, end = c.sentence.text, c.trigger.end()
    if _ONCE.search(c.text_before(c.pos)) and _WAS.match(text, end):
        return []  # "Y는 한때 X의 계열사였다": no longer
    if _SOLD_OFF.match(text, end):
        return []  # "X는 자회사 Y를 Z에 매각했다": Y is Z's now (ko_money.sold_to)
    if "인적분할" in text:
        return []  # "X가 인적분할로 존속법인 A와 신설법인 B로 나뉘었다": shareholders hold B directly, no one's member
    if _CONVERTS.match(text, end):
        return []  # "X의 지주회사 전환 신고": the kind of company X becomes, no parent of X
    if c.trigger.group(0) == "법인" and c.before and c.before[-1].particle in SUBJECT:
        joined = [a for a in c.before if a.group == c.before[-1].group]
        if len(joined) >= 2:
            return []  # "A와 B가 합병해 통합 법인 C를 출범시켰다": the parties' own company, neither's affiliate
    found = _affiliates(c)
    for r in found:
        # "X는 Y의 모회사다", "X는 Y의 지주회사다": Y is X's (a group's holding company is still its member)
        parent = c.trigger.group(0) == "모회사" or c.trigger.group(0) in _HOLDING_COMPANY
        if parent and r.target.type is not EntityType.BUSINESS_GROUP:
            r.source, r.target = r.target, r.source
    return [r for r in found if not _sister_company(c, r)]


def _sister_company(c: Clause, r: Relation) -> bool:
    """ "X는 계열사인 Y로부터": Y is a sister company in X's group, no member of X (a subsidiary, 자회사, is X's own;
    so is a member written with its company, "카카오 계열사 카카오브레인", "X가 최대주주인 계열사 Y")."""
    if c.trigger.group(0) not in ("계열사", "계열", "관계사") or r.target.type is not EntityType.COMPANY:
        return False
    if r.source.registry is not None and r.source.registry.parent == r.target.name:
        return False
    base = c.sentence.start
    owner = max((m for m in r.target.mentions if m.end <= c.pos), key=lambda m: m.end, default=None)
    member = min((m for m in r.source.mentions if m.start >= c.pos), key=lambda m: m.start, default=None)
    # the company is the clause's topic ("X는 계열사인 Y로부터", "X는 … 계열사 Y로부터"), not the owner written with the
    # noun, and the member a counterparty it deals with (not "X는 계열사 Y를 신설한다": X's own)
    return (
        owner is not None
        and member is not None
        and c.sentence.text.startswith(("은 ", "는 "), owner.end - base)
        and re.match(r"['’]?(?:으로부터|로부터|에게서)", c.sentence.text[member.end - base :]) is not None
    )


# a change into that kind of company: "지주회사 전환", "지주사로 전환했다"
_CONVERTS = re.compile(r"(?:로|으로)?\s?전환")
# a tie that held once and holds no longer: "한때 X의 계열사였다", "과거 X의 자회사였으나"
_ONCE = re.compile(r"(?:^|\s)(?:한때|과거|예전|원래|당초)(?:에는|엔)?\s")
_WAS = re.compile(r"(?:였|이었)")
# the affiliate named, then sold off in the same clause: "자회사 'Y'를 Z에 매각했다", "Y를 … 팔았다"
_SOLD_OFF = re.compile(
    r"\s?['‘]?[^\s,.]+?['’]?(?:\([^()]*\))?\s?(?:지분\s?(?:전량|\d+%)?\s?)?[을를]\s(?:[^\s.,]+\s){0,4}?"
    r"(?:매각했|매각하였|팔았|넘겼|처분했|매각을\s완료)"
)
_HOLDING_COMPANY = frozenset({"지주사", "지주회사"})
# the affiliate named as the subject of a relative clause ("자회사 Y가 추진하는 유상증자에"): its own plan, not its tie
_AFFILIATE_ACTING = re.compile(r"['’]?(?:이|가)\s(?:\S+\s)?\S*(?:하는|한|할|하던)\s")
# an affiliate named as the owner of what a plan is about ("자회사 Y의 매각을 추진"), not of its own making
_HELD_AFFILIATE_OF = re.compile(r"['’]?의\s(?!설립|신설|출범|편입|인수|합병|분사|분할)")
# between a group and the noun of its members: "의", a word of which members ("의 전 ", " 주요 ")
_GROUP_BEFORE_NOUN = re.compile(r"(?:의)?\s*(?:(?:전|주요|핵심|주력)\s)?")


def _affiliates(c: Clause) -> list[Relation]:
    before, pos, s = c.before, c.pos, c.sentence
    members = [a for a in before if a.group_noun and a.group == before[-1].group] if before else []
    group = _group_of(c, members)
    if (
        len(before) >= 2
        and before[-2].group_noun
        and before[-1].particle in ("", "의")
        and _GROUP_BEFORE_NOUN.fullmatch(s.text, before[-1].end - s.start, pos - s.start)
        and c.trigger.group(0) not in _HOLDING_COMPANY | {"모회사"}
    ):
        # "A, B 등 한울그룹 계열사들이", "A, B 등 한울그룹의 주요 계열사": the group named between 등 and the noun
        members, group = [a for a in before if a.group == before[-2].group], before[-1].entity
    if group is not None and members:
        return [
            Relation(RelationType.AFFILIATE_OF, a.entity, group, s, c.confidence)
            for a in members
            if a.entity is not group
        ]
    owner = before[-1] if before else None
    described = _OWNER_DESCRIBED.fullmatch(s.text, owner.end - s.start, pos - s.start) if owner else None
    named = next((a for a in c.after if 0 <= a.start - (c.trigger.end() + s.start) <= 3), None)
    if described and (became := _BECAME.match(s.text, c.trigger.end())):
        # "X의 자회사로 편입된 Y", "X의 계열사가 된 Y": the organisation the relative clause describes
        named = next((a for a in c.after if a.start - s.start == became.end()), None)
    if (
        owner is not None
        and described
        and named is not None
        and (became or s.text.startswith(("인", " ", "'", "‘"), c.trigger.end()))
    ):
        # "X의 100% 자회사인 Y", "X의 손자회사 Y" (and "Y의 모회사인 X", turned around below); "A는 B의 자회사 C를
        # 인수했다": C is B's, A is no part of it; "X의 자회사인 Y와 Z는": each member enumerated
        return [
            Relation(RelationType.AFFILIATE_OF, a.entity, owner.entity, s, c.confidence)
            for a in c.after
            if a.group == named.group and a.entity is not owner.entity
        ]
    if (
        owner is not None
        and owner.particle in ("이", "가")
        and _HELD_BY.fullmatch(s.text, owner.end - s.start, pos - s.start)
    ):
        # "X는 Y가 지분 100%를 보유한 자회사다", "Y가 지배하는 계열사 X는": the owner is the relative clause's subject
        if named is not None and s.text.startswith((" ", "'", "‘"), c.trigger.end()):
            return [Relation(RelationType.AFFILIATE_OF, named.entity, owner.entity, s, c.confidence)]
        said_of = next((a for a in c.subjects if a.end <= owner.start and a.entity is not owner.entity), None)
        if said_of is not None and _IS_AFFILIATE.match(s.text, c.trigger.end()):
            return [Relation(RelationType.AFFILIATE_OF, said_of.entity, owner.entity, s, c.confidence)]
        return []
    if (
        owner is not None
        and owner.particle == "의"
        and not owner.group_noun  # "A, B 등 계열사의": the affiliates named, no owner of the subject
        and pos - owner.end <= 10
        and c.subjects
        and c.subjects[0] is not owner
    ):
        # "SK차이나는 SK그룹의 중국 지주사로": the subject belongs to the group in 의
        return [Relation(RelationType.AFFILIATE_OF, c.subjects[0].entity, owner.entity, s, c.confidence)]
    member = next((a for a in c.after if 0 <= a.start - (c.trigger.end() + s.start) <= 2), None)  # "계열사 '가람'"
    subject = c.subject
    if (
        member is not None
        and c.trigger.group(0) not in _HOLDING_COMPANY  # "X는 그룹 지주사인 Y 산하에": Y holds, it is no member of X
        and subject is not None
        and subject is not member.entity
        and (not before or before[-1].end < pos - 2 or s.text[before[-1].end - s.start : pos - s.start].strip())
        and not any(a.entity is subject and a.group == member.group for a in c.args)  # "A·B 계열사(C·D)가": one list
        and not s.text.startswith("(", c.trigger.end())  # "…와 범한화 계열사(C·D) 등이": the list's own group
        # "자회사 Y를 설립할 계획이다": not one yet; "자회사 Y의 매각을 추진 중": Y is one, the plan is for its sale
        and (
            _HELD_AFFILIATE_OF.match(s.text, member.end - s.start)
            or _AFFILIATE_ACTING.match(s.text, member.end - s.start)
            or not c.hedged(member.end - s.start, plans=True)
        )
        and not _owner_unread(c)  # "X는 아람코 계열 Y로부터": Y is 아람코's, a name no source read
    ):
        # "X는 … 계열사 Y를 설립": the new affiliate of the subject; "X는 …, 자회사인 Y와 Z는": each one enumerated
        return [
            Relation(RelationType.AFFILIATE_OF, a.entity, subject, s, c.subject_confidence)
            for a in c.after
            if a.group == member.group and a.entity is not subject
        ]
    if before and _KIND_BETWEEN.fullmatch(s.text, before[-1].end - s.start, pos - s.start):
        # "카카오 자회사 카카오브레인", "삼성그룹 금융 계열사다" (a kind of business between; not "X는 자회사 Y를 통해
        # Z에": the subject's own, named next); "X 계열사인 A와 B는": each one enumerated (not "X 계열 로봇 업체인 A와
        # B": the description is A's alone)
        member = next((a for a in c.args if a.start > pos), None)
        if member is not None and s.text[pos - s.start : member.start - s.start].count(",") == 0:
            owner_entity = before[-1].entity
            listed = member.start - s.start - c.trigger.end() <= 2
            return [
                Relation(RelationType.AFFILIATE_OF, a.entity, owner_entity, s, c.confidence)
                for a in c.after
                if (a is member or listed and a.group == member.group) and a.entity is not owner_entity
            ]
        # "롯데호텔은 롯데그룹 계열의 호텔이다", "X는 Y 자회사로 편입됐다": what the subject is, named after the owner
        said_of = next((a for a in c.subjects if a.end <= before[-1].start), None)
        if (
            # "X는 G 계열사로, 2021년 G에 인수됐다": a name past the comma is another clause's, no member named here
            (member is None or "," in s.text[pos - s.start : member.start - s.start])
            and said_of is not None
            and said_of.entity is not before[-1].entity
            and _IS_AFFILIATE.match(s.text, c.trigger.end())
            and not c.hedged(c.trigger.end(), plans=True)
        ):
            return [Relation(RelationType.AFFILIATE_OF, said_of.entity, before[-1].entity, s, c.confidence)]
    return []


# between an owner and its members' noun: nothing, or one word of the kind of business ("삼성그룹 금융 계열사")
_KIND_BETWEEN = re.compile(r"\s{0,2}|\s[가-힣A-Za-z]{1,6}(?<![을를이가은는에의와과도로])\s")


def _owner_unread(c: Clause) -> bool:
    """ "아람코 계열 Y": a proper noun written right before the affiliate's noun, which no recognised name covers, is
    the owner; the sentence's subject is not."""
    pos = c.pos
    word = next((t for t in reversed(c.sentence.tokens) if t.end == pos - 1), None)
    return (
        word is not None
        and word.tag in ("NNP", "SL")
        and word.form not in c.lex.generic_heads
        and not any(m.start <= word.start < m.end for m in c.mentions)
    )


# after "Y 계열"/"Y 자회사": what the subject is ("의 호텔이다", "이다", "로 편입됐다"), not a possessive ("Y 자회사의 지분")
# "의 AI 기업이다", " AI 기업이다": up to three words naming what the subject is, none with a particle, the last
# with a copula, not a verb ("계열 투자사와 손잡았다")
_IS_AFFILIATE = re.compile(
    r"(?:(?:의\s|\s)?(?:[가-힣A-Za-z]+(?<![을를이가은는에의와과도로])\s){0,2}[가-힣A-Za-z]+?(?<![했됐었았였겠한된는])"
    r"(?:이다|다|이며|이고|으로|로)|이다|다|이며|이고|로서|로)(?=[\s.,]|$)|로\s?편입(?:됐|되었|된다|돼)"
)
# "로 편입된 ", "가 된 ": a relative clause on the organisation that became the affiliate, named right after it
_BECAME = re.compile(r"(?:로\s?편입된|가\s된|로\s편입돼\s있는)\s['‘]?")
# "가 지분 100%를 보유한 ", "가 지배하는 ", "가 최대주주인 ": a relative clause whose subject (in 이/가) owns the
# affiliate after it
_HELD_BY = re.compile(
    r"['’]?(?:\([^()]*\))?(?:이|가)\s(?:(?:지분\s)?(?:[\d.]+\s?%(?:를|을)\s)?(?:\S+\s)?(?:(?:보유|소유|지배)(?:한|하는|하고\s있는)|가진|갖고\s있는)"
    r"|(?:최대\s?주주|대주주)인)\s(?:[가-힣A-Za-z]{1,6}\s)?"
)


# what may stand between an owner in 의 and 자회사/계열사: a share or a kind, no verb ("의 100% ", "의 미국 ", "의 완전")
# ("한솔그룹 금융 계열사인 X": a kind without 의 too)
_OWNER_DESCRIBED = re.compile(
    r"(?:\([^()]*\))?(?:의\s+(?:[0-9.]+\s?%\s|완전\s|핵심\s|주력\s|[가-힣A-Za-z]{1,6}\s){0,2}(?:완전)?"
    r"|\s(?:[가-힣A-Za-z]{1,6}\s){1,2})"
)


def _group_of(c: Clause, members: list[Arg]) -> Entity | None:
    """The business group of an enumeration of affiliates: their registry parent, else the topic group, else the
    article's one group whose name all of them carry."""
    parents = {a.entity.registry.parent for a in members if a.entity.registry is not None and a.entity.registry.parent}
    if len(parents) == 1:
        parent = parents.pop()
        found = next((e for e in c.entities if e.registry is not None and e.registry.name == parent), None)
        if found is not None:
            return found
    if c.topic is not None and c.topic.type is EntityType.BUSINESS_GROUP:
        return c.topic
    # "한울전자, 한울화학 등 주요 계열사": the one group of the article whose name every member carries
    named = [
        e
        for e in c.entities
        if e.type is EntityType.BUSINESS_GROUP
        and (stem := _group_stem(e.name))
        and all(a.entity.name.startswith(stem) for a in members)
    ]
    return named[0] if len(named) == 1 else None


def _group_stem(name: str) -> str:
    """ "한울그룹" -> "한울": the part of a group's name its affiliates' names start with (two syllables at least)."""
    stem = name.removesuffix("그룹").strip()
    return stem if len(stem) >= 2 and stem != name else ""


_ANOTHER_OBJECT = re.compile(r"\s\S+[을를]\s")  # a word of the verb's own object, after an earlier one


@relation_rule(
    RelationType.AFFILIATE_OF,
    language="ko",
    trigger=r"(?:계열사|자회사|관계사|종속회사)로\s?(?:(?:새로|신규)\s)?(?:편입(?!되|돼|된|됐|될)|두고|두게|둔|뒀|두었|두며|거느리)"
    r"|(?<=[을를] )계열\s?편입(?!되|돼|된|됐|될)"
    r"|(?:계열사|자회사|관계사|손자회사)(?:를|을)\s(?:두고|둔|뒀|두었|두며|거느리|거느린|보유하고|보유한)"
    r"|(?<=[을를] )산하에\s?(?:두고|둔|뒀|두었|두며|거느리|거느린)",
)
def made_an_affiliate(c: Clause) -> list[Relation]:
    """ "SK텔레콤은 가람칩스를 계열사로 편입했다", "X는 A와 B를 자회사로 둔 지주사다", "A를 자회사로 둔 X는":
    every organisation enumerated as the object is the owner's affiliate; the owner is the subject, else the
    organisation the relative clause describes.  The passive ("X는 Y의 계열사로 편입됐다") names the owner
    before the noun and is read where the subject is named after its owner."""
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    if obj is not None and _ANOTHER_OBJECT.search(
        c.sentence.text, obj.end - c.sentence.start, c.pos - c.sentence.start
    ):
        # "X는 지주회사 Y를 세우고 한국 법인을 그 아래 자회사로 두었다": the object of this verb is another's
        return []
    if (
        obj is None
        and c.before
        and _LISTED_KIND.fullmatch(c.sentence.text, c.before[-1].end - c.sentence.start, c.pos - c.sentence.start)
    ):
        obj = c.before[-1]  # "X는 A와 B 등 계열사를 두고 있다": the enumeration right before the noun
    owner = c.subject if c.subjects else None
    conf = c.subject_confidence
    if owner is None and (nxt := next((a for a in c.after), None)) is not None:
        relative = _OWNER_AFTER.fullmatch(c.sentence.text, c.trigger.end(), nxt.start - c.sentence.start)
        owner, conf = (nxt.entity, c.confidence) if relative else (None, conf)
    owner = owner or c.subject
    if obj is None or owner is None or owner is obj.entity:
        return []
    members = [a.entity for a in c.before if a.group == obj.group and a.entity is not owner]
    # "HBO와 CNN 등 채널을 산하에 둔 워너미디어": what an organisation keeps under it is its part
    rtype = RelationType.PART_OF if c.trigger.group(0).startswith("산하") else RelationType.AFFILIATE_OF
    return [Relation(rtype, m, owner, c.sentence, conf) for m in members if m.type.is_organization]


@relation_rule(
    RelationType.AFFILIATE_OF, language="ko", trigger=r"(?<=에 )(?:계열\s?)?편입(?:됐|되었|돼|되며|되면서|된)"
)
def joined_a_group(c: Clause) -> list[Relation]:
    """ "Y는 지난해 X그룹에 편입됐다", "X그룹에 편입된 Y는": the company or group in 에 right before the verb took
    the subject, or the organisation the relative clause describes, in (an index or a market in 에, "코스피200에
    편입", is no organisation and gives nothing)."""
    owner = c.before[-1] if c.before else None
    if owner is None or owner.particle != "에" or owner.end != c.pos - 2:
        return []
    described = next((a for a in c.after if a.start - c.sentence.start == c.trigger.end() + 1), None)
    member, conf = (
        (described.entity, c.confidence)
        if c.trigger.group(0).endswith("된") and described
        else (c.subject, c.subject_confidence)
    )
    if (
        owner.entity.type not in (EntityType.BUSINESS_GROUP, EntityType.COMPANY)
        or member is None
        or member is owner.entity
        or not member.type.is_organization
    ):
        return []
    return [Relation(RelationType.AFFILIATE_OF, member, owner.entity, c.sentence, conf)]


_OWNER_AFTER = re.compile(r"\S*\s+(?:[^\s,.]+\s){0,2}?")  # "둔 X", "둔 지주사 X": the owner the clause describes
# "A와 B 등 (AI) 계열사를", "A와 B 등 (각종) 채널을 산하에": the list, then its kind
_LISTED_KIND = re.compile(r"\s?(?:등\s)?(?:[가-힣A-Za-z]{1,6}\s)?(?:[가-힣A-Za-z]{1,6}[을를]\s)?")


# "산하에 (AI센터를) 신설": a place under the whole, and the object put there if one is written
# (a headline's object has no particle: "X 산하에 AI연구소 신설")
_PLACED_UNDER = re.compile(
    r"(?:에|에서|로|으로)\s(?P<object>[^.]{0,30}?[을를]\s|[^.]{0,30}?\s(?:신설|설립|출범|개소|설치)(?=[\s…,.]|$))?"
)


@relation_rule(RelationType.PART_OF, language="ko")
def part_of(c: Clause) -> list[Relation]:
    """ "과기정통부 산하 X", "X는 Y 소속": the part, then the whole right before the trigger; a unit
    written as where a spin-off came from ("Y의 사내벤처에서 분사한 X") is no longer part of it."""
    if _SPUN_OFF_LATER.match(c.sentence.text, c.trigger.end()):
        return []
    before, pos = c.before, c.pos
    if _CAME_OUT.match(c.sentence.text, c.trigger.end()):
        # "X 사내벤처 출신 Y": Y came out of X's in-house venture programme, it is no longer part of X
        owner = next((a for a in reversed(before) if a.end >= pos - 2), None)
        child = next((a for a in c.after), None)
        if owner is None or child is None or child.entity is owner.entity:
            return []
        return [Relation(RelationType.SPUN_OFF_FROM, child.entity, owner.entity, c.sentence, c.confidence)]
    # "한국전자통신연구원(ETRI) 산하에", "X의 부설 연구소": the whole written right before, its gloss in parentheses
    # aside
    base = c.sentence.start
    whole = next(
        (
            a
            for a in reversed(before)
            if _PARENS.sub("", c.sentence.text[a.end - base : pos - base]).strip() in ("", "의")
        ),
        None,
    )
    if whole is None:
        return []
    if placed := _PLACED_UNDER.match(c.sentence.text, c.trigger.end()):
        # "A는 B 산하에 C를 신설했다": the object set up under B is the part, the subject only acted
        obj = next((a.entity for a in c.after if a.particle in OBJECT), None)
        if obj is not None or placed.group("object"):
            return [Relation(RelationType.PART_OF, obj, whole.entity, c.sentence, c.confidence)] if obj else []
    # "X 산하 Y", "X 예하의 Y", "X 사내벤처 1호 기업인 Y", "X 산하 연구기관인 Y": the part named right after (a unit
    # the recogniser did not read, "X 예하의 제3연대가 포천에", leaves the organisation farther on alone)
    after = next((a for a in c.args if a.start > pos), None)
    named = next((a for a in c.args if after is not None and a.start == after.end + 2), None)
    if after is not None and named is not None and c.sentence.text.startswith("인 ", after.end - base):
        after = named  # "X 산하 AI연구소인 Y": a unit's kind, read as a name, then the unit's own name
    if after is not None and _PART_NAMED.fullmatch(c.sentence.text, c.trigger.end(), after.start - base):
        # "국회 정보위원회 소속 민주당 김현 의원", "유벤투스 소속 선수 디발라": a person's membership (ko_people), and
        # the party written before the name is the person's, no part of the committee
        if not after.entity.type.is_organization or _names_a_person(c, after):
            return []
        topic = next((a for a in reversed(before) if a.particle in ("은", "는") and a is not whole), None)
        if topic is not None and _SAYS_WHAT_TOPIC_IS.match(c.sentence.text, after.end - base):
            after = topic  # "X는 Y 산하 전문생산기술연구소로, …": the words after 산하 say what X is
        return [Relation(whole.entity.member_relation, after.entity, whole.entity, c.sentence, c.confidence)]
    if not _IS_PART.match(c.sentence.text, c.trigger.end()) or _STARTED_AS.match(c.sentence.text, c.trigger.end()):
        # "X는 … Y 소속 선수와 계약했다": the trigger describes someone else, not the subject; "X는 Y 사내벤처로
        # 출발했다": where X began, not what it is
        return []
    part = next((a for a in reversed(before) if a.particle in OBJECT | SUBJECT and a is not whole), None)
    if (
        part is None
        or part.particle in SUBJECT
        and _OBJECT_WORD.search(c.sentence.text, part.end - base, whole.start - base)
    ):
        return []  # "X는 음성연구팀을 AI연구소 산하로 옮겼다": the unit moved, unnamed, is the part, not the subject
    return [Relation(whole.entity.member_relation, part.entity, whole.entity, c.sentence, c.confidence)]


_OBJECT_WORD = re.compile(r"\S[을를]\s")


# the kind of a unit inside an organisation, written as a noun of its own between the owner and the unit's name
_UNIT_KIND = (
    r"(?:연구\s?조직|전담\s?조직|조직|연구소|연구센터|연구실|연구기관|싱크탱크|사업부문|사업본부|사업부|부문"
    r"|사내\s?독립\s?기업(?:\(CIC\))?|CIC)"
)
# "X의 (AI) ", "X 내 (AI) ", "X 내의 ", "X (AI) ": the owner, then up to two words of field, right before the kind
_UNIT_OWNER_GAP = re.compile(
    r"['’]?(?:\([^()]*\))?(?:의|\s내(?:의)?)?\s(?:[가-힣A-Za-z0-9]{1,8}(?<![을를이가은는에와과도로])\s){0,2}[가-힣A-Za-z0-9]{0,8}"
)
# after the kind: the unit's name ("인 Y", " 'Y'"), or what the subject is ("이다", "로서")
_UNIT_NAME_NEXT = re.compile(r"(?:인|이자)?\s['‘]?")
_UNIT_IS = re.compile(r"(?:이다|다|이며|이고|으로서|로서)(?=[\s.,]|$)")


@relation_rule(
    RelationType.PART_OF, language="ko", trigger=rf"{_UNIT_KIND}(?=인\s|이자\s|\s|이다|다|이며|이고|으로서|로서)"
)
def unit_kind_of_owner(c: Clause) -> list[Relation]:
    """ "X의 AI 연구조직인 Y", "X 내 AI 조직 Y", "Y는 X의 부설 연구기관이다": an organisation called a unit
    (조직, 연구소, 사업부) of the organisation written before the kind is its part (a person named there,
    "X의 연구소장 P", is no unit)."""
    base, text = c.sentence.start, c.sentence.text
    owner = c.before[-1] if c.before else None
    if (
        owner is None
        or not owner.entity.type.is_organization
        or _UNIT_OWNER_GAP.fullmatch(text, owner.end - base, c.pos - base) is None
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    end = c.trigger.end()
    named = next((a for a in c.after if _UNIT_NAME_NEXT.fullmatch(text, end, a.start - base)), None)
    if named is None and _UNIT_IS.match(text, end):
        named = next((a for a in c.subjects if a.end <= owner.start), None)
    if named is None or named.entity is owner.entity or not named.entity.type.is_organization:
        return []
    return [Relation(RelationType.PART_OF, named.entity, owner.entity, c.sentence, c.confidence)]


_STARTED_AS = re.compile(r"[가-힣]{0,4}?(?:로|으로)\s(?:\S+\s)?(?:출발|시작)")
# people named by their role after "Y 소속": "소속 선수 A", "소속 민주당 김현 의원"
_PERSON_ROLES = frozenset({"선수", "배우", "가수", "직원", "기자", "변호사", "공무원", "형사", "감독", "코치", "교사"})
# a word stripped of a plural and a particle: "의원들의" -> 의원, "의원에게" -> 의원
_WORD = re.compile(r"([가-힣]+?)(?:들)?(?:이|가|은|는|을|를|의|과|와|도|인|에게|에)?")


def _names_a_person(c: Clause, named: Arg) -> bool:
    """Whether the name after "Y 소속" is a person's, or the party of the person written right after it: a role
    word between the trigger and the name, or after the name (and an adjacent name it is written with)."""
    base, text, roles = c.sentence.start, c.sentence.text, c.lex.titles | _PERSON_ROLES
    if any(w.rstrip("인의") in roles for w in text[c.trigger.end() : named.start - base].split()):
        return True
    end = named.end
    adjacent = next((a for a in c.args if a.start > named.start and a.start - end <= 1), None)
    if adjacent is not None:
        end = adjacent.end  # "민주당 김현 의원": the person written right after the party
    # the word after it, or the one past a person's name the recogniser did not read ("새누리당 이상일 의원에게")
    words = [m.group(1) for w in text[end - base :].split(maxsplit=2)[:2] if (m := _WORD.fullmatch(w.strip(".,")))]
    return any(w in roles for w in words)


# what the subject is said to be after "Y 산하", "Y 소속": "Y 산하 특수법인이다", "Y 소속이었다", "Y 사내벤처로",
# "Y 산하에 설치됐다", "Y 산하로 편입됐다"
_IS_PART = re.compile(
    r"[가-힣]{0,4}?(?:(?:의\s|\s)(?:[가-힣A-Za-z]+(?<![을를이가은는에의와과도로])\s){0,2})?[가-힣A-Za-z]*?"
    r"(?<![했됐었았였겠한된는])(?:이다|다|이며|이고|이었다|였다|이었으며|였으며|으로|로|으로서|로서)(?=[\s.,]|$)"
    r"|[가-힣]{0,4}?(?:에|으로|로)\s"
)


# "(X는 Y 산하 Z)로, ", "로서 ", "이다.": the unit after 산하 is what the topic is, a description or another name
_SAYS_WHAT_TOPIC_IS = re.compile(r"(?:으로|로)(?:서|,)\s|(?:이)?다(?:\.|$)")
_PART_NAMED = re.compile(
    r"[가-힣]{0,4}?(?<![로에서은는이가을를])(?:의|인)?\s"
    r"(?:[가-힣A-Za-z0-9]{1,10}(?<![이가은는을를에도와과로])(?<!에서)(?:인|으로서|로서)?\s){0,2}['‘\"“]?"
)


@relation_rule(RelationType.SPUN_OFF_FROM, language="ko")
def spun_off_from(c: Clause) -> list[Relation]:
    """ "X에서 분사한 Y": the parent in 에서, the child established in this sentence or the subject."""
    # "X에서 분사한 Y", "X로부터 분사한 Y"; not another verb's source ("X로부터 기술을 이전받아 Y를 분사했다")
    placed = next((a for a in reversed(c.before) if a.particle in SOURCE), None) or next(
        (a for a in reversed(c.before) if a.particle in FROM), None
    )
    parent = placed.entity if placed is not None and not verb_between(c.sentence, placed.end, c.pos) else None
    founded_here = [(who, new) for idx, who, new in c.discourse.established if idx == c.sentence.index]
    child = founded_here[0][1] if founded_here else None
    if parent is None and founded_here:
        parent = founded_here[0][0]  # "X는 … 사업을 분사해 Y를 설립": X is the parent
    relative = _SPUN_RELATIVE.match(c.sentence.text, c.trigger.start())
    if child is None and relative:
        # "KT에서 분사해 출범한 KT클라우드는": the organisation right after the relative clause
        # or after a description of it ("분사한 AI 스타트업 딥브레인은")
        child = next(
            (
                a.entity
                for a in c.after
                if a.start - c.sentence.start <= relative.end() + 1
                # "분사한 AI 자산운용사 'Y'가": the description, then the name (in quotes)
                or DESCRIPTION.fullmatch(
                    c.sentence.text, relative.end(), len(c.sentence.text[: a.start - c.sentence.start].rstrip("'‘"))
                )
            ),
            None,
        )
    if c.trigger.group(0).startswith("독립") and any(who.type is EntityType.PERSON for who, _ in founded_here):
        return []  # "P는 X에서 독립해 Y를 세웠다": a person left X; Y was never part of it
    owner = next((a for a in reversed(c.before) if a.particle in ("의", "")), None)
    if parent is None and child is None and owner is not None and (named := _spin_off_noun(c, owner)):
        return named
    unit = _UNIT_SPUN.fullmatch(c.text_before(c.pos), owner.end - c.sentence.start) if owner else None
    if unit is not None and unit.group("cut") and not _FOUNDED_AFTER.match(c.sentence.text, c.trigger.end()):
        return []  # "X의 AI 사업부를 떼어내 매각했다": a unit cut off and sold founds nothing
    if parent is None and owner is not None and unit is not None:
        # "X의 AI 사업부가 분사해 Y로 출범했다": the unit's owner is the parent, the new name follows in 로;
        # "Y는 X(의) 연구소에서 분사한 스타트업이다", "Y는 X의 사내벤처로 출발해 분사했다": the unit is where Y
        # came from
        parent = owner.entity
        if unit.group("was"):  # "X의 사내독립기업(CIC)이던 Y가 분사해": the organisation the unit was
            named_at = c.sentence.start + unit.start("named") + (unit.group("named")[0] in "'‘")
            child = child or next((a.entity for a in c.before if a.start == named_at), None)
            if child is None or child is parent:
                return []
        if unit.group("p") in ("이", "가", "은", "는"):
            child = child or next((a.entity for a in c.after if a.particle in ("로", "으로")), None)
            topic = next((a for a in c.before if a.particle in ("은", "는") and a.end <= owner.start), None)
            if child is None and topic is not None and _FOUNDED_AFTER.match(c.sentence.text, c.trigger.end()):
                child = topic.entity  # "Y는 X의 AI 사업부가 분사해 설립된 회사다": the topic is what was founded
            if child is None or child is parent:
                return []
    into = next((a for a in reversed(c.before) if a.particle in ("로", "으로")), None)
    if (
        parent is None
        and child is None
        and into is not None
        and c.subject is not None
        and c.subject.type.is_organization
        and c.subject is not into.entity
        and into.entity.type.is_organization
        and _UNIT_INTO.search(c.sentence.text, 0, into.start - c.sentence.start)
        and _INTO_VERB.fullmatch(c.sentence.text, into.end - c.sentence.start, c.pos - c.sentence.start)
    ):
        # "X는 AI 사업부를 (자회사) Y로 분사했다", "X는 클라우드 부문을 계열사 Y로 독립시켰다": the subject's unit
        # became Y
        parent, child = c.subject, into.entity
    obj = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
    if (
        parent is None
        and child is None
        and obj is not None
        and c.subjects
        and c.subject is not obj.entity
        and (
            OBJECT_RIGHT_BEFORE.fullmatch(c.sentence.text, obj.end - c.sentence.start, c.pos - c.sentence.start)
            or _AS_OWN_BODY.fullmatch(c.sentence.text, obj.end - c.sentence.start, c.pos - c.sentence.start)
        )
    ):
        # "X는 지난해 Y를 분사했다", "X는 Y를 독립 스튜디오로 분사시켰다": the subject is the parent, the object the
        # organisation spun off
        if c.hedged(c.trigger.end(), plans=True):
            return []
        parent, child = c.subject, obj.entity
    if child is None and relative and _UNNAMED_ARGUMENT.match(c.sentence.text, relative.end()):
        return []  # "A는 X에서 분사한 스타트업의 지분을 인수했다": the company described is unnamed, not A
    child = child or c.subject
    if parent is None or child is None:
        return []
    props = {"date": d} if (d := resolve_date(c.text_before(c.pos), c.article_date)) else {}
    return [
        Relation(
            RelationType.SPUN_OFF_FROM,
            child,
            parent,
            c.sentence,
            c.subject_confidence if child is c.subject else c.confidence,
            props,
        )
    ]


# "Y를 독립 스튜디오로 ", "Y를 별도 법인으로 ": the object spun off as a body of its own
_AS_OWN_BODY = re.compile(
    r"['’]?(?:을|를)\s(?:\S+\s)?(?:독립|별도의?|신설)\s?(?:법인|회사|스튜디오|자회사|계열사|기업)(?:으로|로)\s"
)
# "X의 AI 사업부가 ", "X의 연구조직에서 ": a unit of the organisation in 의, the subject or source of 분사;
# "X 사내 스타트업으로 시작한 Y는 ": where Y began; "X의 AI 사업부를 (떼어내)": the unit cut off to found Y
_UNIT_SPUN = re.compile(
    r"(?:의)?\s+(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:사업부|부문|사업|조직|본부|센터|연구소|연구실|랩|팀|부|사내벤처"
    r"|사내\s?스타트업|사내\s?독립\s?기업|CIC)(?:\([^()]*\))?"
    r"(?:(?P<p>이|가|은|는|에서)\s+(?:\S+\s){0,2}|(?P<p2>로|으로)\s(?:출발|시작)(?:해|했고|하여|한\s뒤|한)\s(?:\S+\s){0,2}"
    r"|(?P<cut>을|를)\s|(?P<was>이던|였던|이었던)\s(?P<named>['‘]?[^\s'‘’]+?['’]?)(?:이|가|은|는)\s+(?:\S+\s){0,2})"
)
# "떼어내 설립한 회사다", "분리해 세웠다": the unit cut off became a new organisation
_FOUNDED_AFTER = re.compile(r"\S*\s(?:\S+\s)?(?:설립|세운|세웠|만든|만들었|출범|창업)")
# "X의 스핀오프 기업인 Y", "Y는 X의 스핀오프 회사다", "X 스핀오프 Y": a spin-off named as a noun after its parent
_SPIN_OFF_OWNER = re.compile(r"['’]?(?:의)?\s$")
_SPIN_OFF_NAMED = re.compile(
    r"\s?(?:기업|회사|스타트업|법인|업체)?(?P<is>이다|다|이며|이고|으로서|로서|으로|로)?(?:인|이자)?[\s.,]"
)


def _spin_off_noun(c: Clause, owner) -> list[Relation]:
    """ "X의 스핀오프 기업인 Y", "Y는 X의 스핀오프 기업이다": the parent right before the noun, the spin-off named
    right after it or, when the noun is what the subject is, the subject."""
    text, base = c.sentence.text, c.sentence.start
    if not c.trigger.group(0).startswith("스핀오프") or not _SPIN_OFF_OWNER.fullmatch(
        text, owner.end - base, c.pos - base
    ):
        return []
    named = _SPIN_OFF_NAMED.match(text, c.trigger.end())
    if named is None:
        return []
    if named.group("is"):
        child = c.subject
    else:
        child = next((a.entity for a in c.after if a.start - base <= named.end() + 1), None)
    if child is None or child is owner.entity or not child.type.is_organization or c.hedged(c.trigger.end()):
        return []
    return [Relation(RelationType.SPUN_OFF_FROM, child, owner.entity, c.sentence, c.confidence)]


# "AI 사업부를 (자회사) ", "클라우드 사업 부문을 계열사 ": a unit of the subject as the object, then the kind of
# body it becomes, right before the new organisation's name
_UNIT_INTO = re.compile(
    r"(?:사업부|사업부문|부문|사업|사업본부|본부|조직|부서|센터|연구소|사내벤처|팀)[을를]\s"
    r"(?:(?:\S+\s)?(?:계열사|자회사|손자회사|법인|회사|신설\s?법인|신설\s?회사|독립\s?법인)\s)?['‘]?$"
)
# "(가칭)로 분사했다", "으로 새로 독립시켰다": the name in 로, an adverb at most, then the verb
_INTO_VERB = re.compile(r"(?:\([^()]*\))?['’]?(?:으로|로)\s(?:새로\s|별도\s|따로\s|각각\s)?")


# "회사를 창업": a bare noun, not another company ("다른 회사를", "새 회사를", "첫 회사를")
_BARE_COMPANY_OBJECT = re.compile(
    r"(?:^|\s)(?<!다른\s)(?<!새\s)(?<!첫\s)(?<!별도\s)(?<!신규\s)(?<!여러\s)(?<!새로운\s)(?<!별도의\s)"
    r"(?:회사|기업|업체|스타트업)(?:를|을)\s+(?:\S+\s)?$"
)


@relation_rule(RelationType.ESTABLISHED, language="ko", phase=0)
def founded_own_company(c: Clause) -> list[Relation]:
    """ "P 대표는 2019년 회사를 창업했다": a company written as a bare noun is the one organisation the
    article writes beside the founder's name ("ORG P 대표", "P ORG 대표")."""
    if not _BARE_COMPANY_OBJECT.search(c.sentence.text, 0, c.trigger.start()):
        return []
    founder = c.subjects[0].entity if c.subjects else None
    if founder is None or founder.type is not EntityType.PERSON:
        return []
    of_mention = c.doc.of_mention
    employers = {
        org.key: org
        for m in c.doc.mentions
        if not m.former and of_mention.get(m.start) is founder and (org := attached_org(c, m)) is not None
    }
    if len(employers) != 1:
        return []  # none, or several: which one is meant is not written
    props = {"date": d} if (d := resolve_date(c.text_before(c.pos), c.article_date)) else {}
    return [
        Relation(RelationType.ESTABLISHED, founder, next(iter(employers.values())), c.sentence, c.confidence, props)
    ]


# a unit named by its field and kind only ("인공지능연구소", "AI 연구센터", "반도체사업부"): a part of whoever owns it
_UNIT_NAME = re.compile(
    r"[가-힣A-Za-z0-9 ]{0,12}(?:연구소|연구원|연구실|연구센터|센터|사업부|사업본부|부문|학부|학과|대학원|랩)"
)


# "A의 코딧랩 인수가": a name bought, sold or funded is a company's, not a unit of the buyer's
_DEAL_AFTER = re.compile(r"\s?(?:인수|지분|경영권|매각|합병|투자)")


# an office of a government body named by its field and kind ("대도시권광역교통위원회", "질병관리본부",
# "인공지능정책관"), written right after the body: "국토교통부 대도시권광역교통위원회"
_OFFICE_NAME = re.compile(r"[가-힣A-Za-z0-9]{2,14}(?:위원회|본부|정책관|정책실|정책국|기획단|추진단|사업단|수사단)")


@relation_rule(RelationType.PART_OF, language="ko", per_sentence=True)
def unit_of_owner(c: Clause) -> list[Relation]:
    """ "LG전자의 인공지능연구소는": a unit named only by its field, owned by the organisation written before it
    with 의, is part of that organisation (a name of its own, "LG전자의 다온랩스", is left to the rules); an
    office of a government body written after it ("보건복지부 질병관리본부", or read as one name) is part of it."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = sorted(
        (m for m in c.mentions if m.type.is_organization and not m.tentative and m.start in of_mention),
        key=lambda m: m.start,
    )
    out = []
    for owner, unit in zip(orgs, orgs[1:]):
        name = of_mention[unit.start].name
        if (
            (
                text[owner.end - base : unit.start - base] == "의 "
                and _UNIT_NAME.fullmatch(name)
                or text[owner.end - base : unit.start - base] == " "
                and of_mention[owner.start].type is EntityType.GOVERNMENT_AGENCY
                and _OFFICE_NAME.fullmatch(name)
            )
            and c.lex.alias_index().get(normalize_name(name)) is None
            and not c.hedged(unit.end - base, plans=True)
            and not _DEAL_AFTER.match(text, unit.end - base)
        ):
            whole = of_mention[owner.start]
            out.append(Relation(whole.member_relation, of_mention[unit.start], whole, c.sentence, 0.75))
    # "행정안전부 디지털정부본부는": an office read as one name with its body is part of that body
    for m in orgs:
        office = of_mention[m.start]
        words = office.name.split(" ")
        if (
            len(words) == 2
            and _OFFICE_NAME.fullmatch(words[1])
            and (head := head_org(c, office)) is not None
            and head.type is EntityType.GOVERNMENT_AGENCY
            and not c.hedged(m.end - base, plans=True)
        ):
            out.append(Relation(RelationType.PART_OF, office, head, c.sentence, 0.75))
    return out


@relation_rule(
    RelationType.PART_OF,
    language="ko",
    trigger=r"(?<=에 )속(?:한|하는|해\s?있는|해\s?있던|했던|해\s?있다|해\s?있으며|해\s?있고|한다|하며|하고|했다|해\s)",
)
def belongs_to(c: Clause) -> list[Relation]:
    """ "X는 Y에 속한 계열사다", "Y에 속한 X는": the organisation in 에 right before the verb is the whole; the
    part is the organisation the relative clause describes ("Y에 속해 있던 Z와": Z, not the sentence's topic),
    else the subject.  A business group's members, and companies called its 계열사/자회사, are its affiliates."""
    whole = next((a for a in reversed(c.before) if a.particle in PLACE), None)
    if whole is None or whole.end < c.pos - 3 or not whole.entity.type.is_organization:
        return []
    verb = c.trigger.group(0)
    if verb.endswith(("한", "하는", "있는", "있던", "했던")) and not _AFFILIATE_NOUN.match(
        c.sentence.text, c.trigger.end()
    ):
        described = next((a for a in c.after), None)
        relative = described is not None and _OWNER_AFTER.fullmatch(
            c.sentence.text, c.trigger.end(), described.start - c.sentence.start
        )
        part = described if relative else None
        if part is None and _DESCRIBED_AS.match(c.sentence.text, c.trigger.end()):
            part = next((a for a in c.subjects if a.end <= whole.start), None)  # "X는 Y에 속한 연구조직이다"
    else:
        part = next((a for a in c.subjects if a.end <= whole.start), None)
    if part is None or part.entity is whole.entity or not part.entity.type.is_organization:
        return []
    if c.hedged(c.trigger.end(), plans=True):
        return []
    affiliate = _AFFILIATE_NOUN.match(c.sentence.text, c.trigger.end())
    rtype = RelationType.AFFILIATE_OF if affiliate else whole.entity.member_relation
    return [Relation(rtype, part.entity, whole.entity, c.sentence, c.confidence)]


@relation_rule(RelationType.PART_OF, language="ko", trigger=r"운영(?:하는|하고\s있는|\s?중인)\s+['‘]?")
def run_by(c: Clause) -> list[Relation]:
    """ "SPC그룹이 운영하는 (커피전문점) 파스쿠찌는": a business or brand an organisation runs is part of it (a
    group's, its affiliate); "GS25를 운영하는 GS리테일은": the organisation the clause describes runs the object."""
    owner, unit = clause_subject(c), described_after(c)
    if owner is None:
        run = next((a for a in reversed(c.before) if a.particle in OBJECT), None)
        base = c.sentence.start
        if run is None or not OBJECT_RIGHT_BEFORE.fullmatch(c.sentence.text, run.end - base, c.pos - base):
            return []
        owner, unit = unit, run
    if (
        owner is None
        or unit is None
        or owner.entity is unit.entity
        or not (owner.entity.type.is_organization and unit.entity.type.is_organization)
        or _run_jointly(c, owner)
        or _CONTRACTED.search(c.sentence.text, 0, c.pos - c.sentence.start)  # "위탁 운영하는": run for its owner
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    return [Relation(owner.entity.member_relation, unit.entity, owner.entity, c.sentence, c.confidence)]


_CONTRACTED = re.compile(r"위탁\s?[·ㆍ]?\s?$")


def _run_jointly(c: Clause, owner: Arg) -> bool:
    """ "A와 B가 (공동) 운영하는": a venture of several, no unit of the one written last."""
    base = c.sentence.start
    partner = next((a for a in reversed(c.before) if a.end <= owner.start), None)
    return "공동" in c.sentence.text[owner.end - base : c.pos - base] or (
        partner is not None and partner.particle in PARTNER and owner.start - partner.end <= 2
    )


# "속한 연구조직이다", "속하는 시계 회사이다"
_DESCRIBED_AS = re.compile(r"(?:\s[가-힣A-Za-z]+)?\s[가-힣A-Za-z]+?(?:이다|다|이며|이고|으로|로)(?=[\s.,]|$)")
_AFFILIATE_NOUN = re.compile(r"\s(?:계열사|자회사|손자회사|관계사)")  # "Y에 속한 계열사": an affiliate, not a unit


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?:출자|투자)(?:한|해\s(?:만든|세운|설립한))\s+(?:[A-Za-z0-9가-힣]+\s)?합작\s?(?:사|법인|회사)(?:인|\(JV\))?\s['‘]?",
)
def joint_venture_funded(c: Clause) -> list[Relation]:
    """ "A와 B가 50대 50으로 출자한 합작사 Y가 출범했다": the joint venture's owners founded it (the money each put
    in is investor_in_relative_clause's)."""
    founder = next((a for a in reversed(c.before) if a.particle in ("이", "가")), None)
    new = next((a for a in c.after if a.start == c.sentence.start + c.trigger.end()), None)
    if founder is None or new is None or not new.entity.type.is_organization:
        return []
    founders = [a.entity for a in c.before if a.group == founder.group and a.entity.type.is_organization]
    for who in founders:
        c.discourse.established.append((c.sentence.index, who, new.entity))
    return [Relation(RelationType.ESTABLISHED, who, new.entity, c.sentence, c.confidence) for who in founders]


# "SK텔레콤 주도로 출범한 ", "KT가 주도해 만든 ", "정부 주도하에 설립된 ", "KT를 중심으로 출범한 ": the founding verb
# of a led founding, told as done (a relative clause or a past predicate)
_LED_FOUNDING = re.compile(
    r"['’]?(?:\([^()]*\))?(?:(?:가|이|의)?\s주도(?:로|해|하여|\s?하에)|[을를]\s중심으로)\s(?:[^\s,.]+\s){0,2}?"
    r"(?:설립|출범|결성|발족|창설|신설|세|만들|만든|꾸린|꾸려|닻을\s올)(?P<end>[^\s,.]*)(?P<space>\s['‘]?)?"
)
_DONE_PREDICATE = re.compile(r"(?:됐|되었|돼|했|하였|시켰|웠|었|렸)")
_DONE_RELATIVE = ("된", "한", "운", "든", "린", "시킨")


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"주도(?:로|해|하여|\s?하에)\s|(?<=[을를]\s)중심으로\s",
    name="ko_structure.led",
)
def founded_under_lead(c: Clause) -> list[Relation]:
    """ "SK텔레콤 주도로 출범한 K-AI 얼라이언스", "AI 원팀은 KT가 주도해 결성했다": the organisation that led the
    founding founded it (a plan, "주도로 설립할 예정", founds nothing yet)."""
    base, text = c.sentence.start, c.sentence.text
    leader = c.before[-1] if c.before else None
    led = _LED_FOUNDING.match(text, leader.end - base) if leader is not None else None
    if leader is None or led is None or not leader.entity.type.is_organization or c.hedged(led.end("end"), plans=True):
        return []
    end = led.group("end")
    if end.endswith(_DONE_RELATIVE) and led.group("space"):
        # "… 주도로 출범한 (AI) Y": the organisation the relative clause describes
        new = next(
            (
                a
                for a in c.after
                if a.start - base == led.end() or DESCRIPTION.fullmatch(text, led.end(), a.start - base)
            ),
            None,
        )
    elif _DONE_PREDICATE.match(end):
        new = next((a for a in c.subjects if a.end <= leader.start), None)  # "Y는 X 주도로 출범했다"
    else:
        new = None
    if new is None or new.entity is leader.entity or not new.entity.type.is_organization:
        return []
    c.discourse.established.append((c.sentence.index, leader.entity, new.entity))
    return [Relation(RelationType.ESTABLISHED, leader.entity, new.entity, c.sentence, c.confidence, _date(c))]


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?:설립|창업|창립|창설|출범)(?:을|를)\s(?:주도|이끌)(?:했|하였|었)",
    name="ko_structure.founding_led",
)
def founding_led(c: Clause) -> list[Relation]:
    """ "P는 Y 설립을 주도했다", "X는 Y 출범을 이끌었다": who led the founding of Y, named right before the noun,
    founded it (done only: "설립을 주도할 계획", "설립을 추진했다" found nothing yet)."""
    new = c.before[-1] if c.before else None
    founder = c.subject
    if (
        new is None
        or new.particle not in ("", "의")
        or c.sentence.text[new.end - c.sentence.start : c.pos - c.sentence.start] not in (" ", "' ", "’ ", "의 ")
        or founder is None
        or founder is new.entity
        or not new.entity.type.is_organization
        or not (founder.type.is_organization or founder.type is EntityType.PERSON)
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    c.discourse.established.append((c.sentence.index, founder, new.entity))
    return [Relation(RelationType.ESTABLISHED, founder, new.entity, c.sentence, c.confidence, _date(c))]


@relation_rule(
    RelationType.ESTABLISHED,
    language="ko",
    phase=0,
    trigger=r"(?:개소|개원|개관|출범|창립|발족)식(?:을|를)\s(?:\S+\s)?(?:열었|가졌|개최했|진행했|열고|갖고|개최하고|열어|가진\s|연\s)",
    name="ko_structure.opening_ceremony",
)
def opening_ceremony(c: Clause) -> list[Relation]:
    """ "X는 15일 Y 개소식을 열었다(가졌다)": the organisation holding the opening of Y, named right before the
    ceremony, founded it ("개소식을 열 예정이다" is a plan, not matched)."""
    new = c.before[-1] if c.before else None
    founder = c.subject or c.topic
    if (
        new is None
        or new.particle
        or c.sentence.text[new.end - c.sentence.start : c.pos - c.sentence.start] not in (" ", "' ", "’ ")
        or founder is None
        or founder is new.entity
        or not founder.type.is_organization  # "P 장관은 … 개소식을 열었다": the host, not always the founder
        or not new.entity.type.is_organization
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    c.discourse.established.append((c.sentence.index, founder, new.entity))
    return [Relation(RelationType.ESTABLISHED, founder, new.entity, c.sentence, c.confidence, _date(c))]


# "누리랩스(한빛전자 자회사)는", "누리랩(한빛전자 산하)": the owner and the kind of tie glossed right after a name
_OWNER_GLOSS = re.compile(r"\((?P<owner>[^()]{2,30}?) (?P<kind>자회사|손자회사|계열사|계열|산하|소속|부설)(?:인)?\)")
_PART_KINDS = frozenset({"산하", "소속", "부설"})


@relation_rule(RelationType.AFFILIATE_OF, language="ko", per_sentence=True)
def owner_in_gloss(c: Clause) -> list[Relation]:
    """ "누리랩스(한빛전자 자회사)는 …": the name glossed with its owner is the owner's affiliate, or its part when
    the gloss says 산하, 소속 or 부설."""
    of_mention, base = c.doc.of_mention, c.sentence.start
    orgs = {m.end: m for m in c.mentions if m.type.is_organization and m.start in of_mention}
    out = []
    for g in _OWNER_GLOSS.finditer(c.sentence.text):
        member = orgs.get(base + g.start())
        owner = orgs.get(base + g.end("owner"))
        if member is None or owner is None or owner.start != base + g.start("owner"):
            continue
        kind = RelationType.PART_OF if g.group("kind") in _PART_KINDS else RelationType.AFFILIATE_OF
        out.append(Relation(kind, of_mention[member.start], of_mention[owner.start], c.sentence, c.confidence))
    return out


_LISTED_AS_PARTS = re.compile(r"(?:\s?등)?(?:으로|로)\s")


@relation_rule(
    RelationType.PART_OF,
    language="ko",
    trigger=r"(?<=로\s)(?:구성(?:된다|됐다|되었다|돼\s?있다|되어\s?있다|되며|돼\s)|이(?:뤄|루어)져\s?있다|나뉜다|나뉘어\s?있다)",
)
def composed_of(c: Clause) -> list[Relation]:
    """ "삼성전자 DS부문은 메모리사업부와 파운드리사업부, 시스템LSI사업부로 구성된다": each organisation listed
    before the verb is part of the subject (a business group's affiliate). People, posts or counts listed
    ("교수 5명으로 구성된다") and a composition planned give nothing; an alliance's members take part in it
    (ko_partners.alliance_made_of)."""
    base = c.sentence.start
    last = c.before[-1] if c.before else None
    if last is None or not _LISTED_AS_PARTS.fullmatch(c.sentence.text, last.end - base, c.pos - base):
        return []
    whole = next((a for a in c.before if a.particle in SUBJECT and a.group != last.group), None)
    if (
        whole is None
        or not whole.entity.type.is_organization
        or whole.entity.name.rstrip("'’ ").endswith(ALLIANCE)
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    parts = [a.entity for a in c.before if a.group == last.group]
    if not all(p.type.is_organization for p in parts):
        return []
    return [
        Relation(whole.entity.member_relation, p, whole.entity, c.sentence, c.confidence)
        for p in parts
        if p is not whole.entity
    ]
