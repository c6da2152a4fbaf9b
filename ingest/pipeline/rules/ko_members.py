"""People of an organisation named far from it: the organisation is the sentence's topic, its head acts later.

News and encyclopaedic prose open a sentence on an organisation and name its leader in a later
clause: "카카오는 15일 신규 서비스를 공개했고, 정신아 대표가 직접 시연했다", "첼시는 수비수들이
이탈해 모리뉴 감독이 보강을 요구했다", "미래에셋은 2000년 박현주 회장이 설립했다".  The title after
the name (a head's or a coach's: ``LEAD_TITLES``) says whose the person is: the only organisation
the sentence names.  The rules next to a name read closer wordings first; this one reads only
what they left, and only when nothing else could claim the person:

- the topic ("ORG는", "ORG(gloss)는") is the sentence's one organisation (any other might be the person's;
  a weak reading after the person, "보드진이", is no claim);
- the person is the subject of their clause ("P 대표가/는", "P 대표 등이"): an object or a partner
  ("P 대표를 만났다", "P 대표와 협약") is as often another party's;
- no counterpart noun or act on the organisation stands between ("ORG는 … 투자자인 P 대표가"),
  no hedge follows, the person is no former holder ("P 전 대표") and is not quoted.
"""

from __future__ import annotations

import re

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import Clause, mask_quotes
from aigraph.ingest.pipeline.rules.ko_learned import counterpart_between
from aigraph.ingest.pipeline.rules.ko_people import OWNING

# titles of the people who run an organisation or its team: a professor, a minister or a lawmaker named in a
# company's sentence is as often someone else's
LEAD_TITLES = frozenset(
    {
        "대표",
        "대표이사",
        "공동대표",
        "회장",
        "명예회장",
        "부회장",
        "사장",
        "부사장",
        "CEO",
        "최고경영자",
        "총장",
        "원장",
        "이사장",
        "단장",
        "총재",
        "당대표",
        "감독",
        "구단주",
        "센터장",
        "연구소장",
    }
)
_TOPIC_ORG = re.compile(r"(?:\s?\([^()]*\))?(?:은|는)\s")
# the title right after the name, then a subject particle or "등이" closing a list of the organisation's people
_OWNING = re.compile(OWNING)
_TITLE_SUBJECT = re.compile(r"\s?(?P<t>[^\s(),.]+?)(?:이|가|은|는|도|\s등이|\s등은)[\s,]")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def topic_head_later(c: Clause) -> list[Relation]:
    """ "ORG는 … P 대표가 …": the person titled as a head, the subject of a later clause of a sentence about the
    organisation, works for it."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = sorted((m for m in c.mentions if m.type.is_organization and m.start in of_mention), key=lambda m: m.start)
    if not orgs or not _TOPIC_ORG.match(text, orgs[0].end - base):
        return []
    org = of_mention[orgs[0].start]
    others = [m for m in orgs if of_mention[m.start] is not org]
    masked = mask_quotes(text)
    related = {r.source.key for r in c.doc.relations if r.type is RelationType.WORKS_FOR}
    out = []
    for p in c.mentions:
        if (
            p.type is not EntityType.PERSON
            or p.start <= orgs[0].end
            # another organisation, or a weak reading of one before the person (after it, a weak one is no claim)
            or any(not m.tentative or m.start < p.start for m in others)
            or p.start not in of_mention
            or p.former
            or p.org is not None
            or of_mention[p.start].key in related
            or masked[p.start - base] != text[p.start - base]  # quoted speech
        ):
            continue
        said = _TITLE_SUBJECT.match(text, p.end - base)
        if said is None or said["t"] not in LEAD_TITLES or _OWNING.match(text, said.end()):
            continue  # "ORG는 P 대표가 보유한 지분을 인수했다": the seller, not the head
        if org.name in c.lex.institutions and not c.lex.title_names_head_of(
            said["t"], c.lex.body_kind(org.name, org.type)
        ):
            continue  # "검찰은 P 대표가 …": a public body has no 대표; P heads a company under investigation
        if counterpart_between(c.doc.text, c.sentence.tokens, orgs[0], p) or c.hedged(said.end(), plans=True):
            continue
        out.append(Relation(RelationType.WORKS_FOR, of_mention[p.start], org, c.sentence, 0.8, {"title": said["t"]}))
    return out


# a sports league by its name: "K리그1", "KBO 리그", "프리메이라리가", "세리에 A", or a league's initials
LEAGUE_NAME = re.compile(
    r".*(?:리그|리가)(?:\s?\d|\s클래식|\s챌린지)?|세리에\s?[A-C]|(?:NBA|WNBA|MLB|NFL|NHL|MLS|KBL|WKBL|KBO|NPB|KOVO|EPL)(?:\s?리그)?"
)
# between a league and a team written as its member: "의 ", " ", "의 명문팀인 ", "인 " ("센트럴 리그인 한신"), " 클럽 ",
# " 소속 ", " 소속의 ", " 소속 클럽인 " (" 리그 ": "KBO 리그" read without its head word); not a body of another kind
# ("세리에 C 주관기관인 레가 프로": its organiser)
_TEAM_WORD = r"[가-힣]{0,4}(?:팀|구단|클럽)(?:인|의)?\s"
_MEMBER_GAP = re.compile(rf"(?:\s리그)?(?:의|인)?\s(?:{_TEAM_WORD}|소속(?:의|인)?\s?(?:{_TEAM_WORD})?)?")
# a league the recogniser leaves out (KLUE-NER marks none an organisation): one noun ending so ("분데스리가",
# "프리미어리그", "J2리그"), or "리그" after a proper noun or initials ("센트럴 리그", "KBO 리그")
_LEAGUE_END = re.compile(r"(?:리그|리가)(?:\s?[1-3](?![\d.,])|\s클래식|\s챌린지)?")


def _unread_leagues(c: Clause) -> list[tuple[int, int]]:
    """Document spans of league names no firm mention covers."""
    toks = c.sentence.tokens
    out = []
    for k, t in enumerate(toks):
        if t.tag not in ("NNG", "NNP") or not t.form.endswith(("리그", "리가")):
            continue
        j = k
        # "리그" alone: the name starts with the initials glued to it ("K리그", "WK리그"), else with the one proper
        # noun before it ("센트럴 리그", "KBO 리그"), never a country further on ("대한민국 K리그")
        if len(t.form) == 2:
            while j and toks[j - 1].tag in ("NNP", "SL", "SN") and toks[j - 1].end == toks[j].start:
                j -= 1
            if j == k and k and toks[k - 1].tag in ("NNP", "SL") and t.start - toks[k - 1].end == 1:
                j = k - 1
            if j == k:
                continue
        start = toks[j].start
        end = _LEAGUE_END.match(c.doc.text, t.end - 2)
        stop = end.end() if end else t.end
        if not any(m.start < stop and start < m.end and not m.tentative for m in c.mentions):
            out.append((start, stop))  # a weak reading ("J2리그" as a company) gives way
    return out


@relation_rule(RelationType.PART_OF, language="ko", per_sentence=True)
def team_of_league(c: Clause) -> list[Relation]:
    """ "K리그1 전북 현대", "프리메이라리가의 SL 벤피카", "NBA 명문팀인 레이커스", "분데스리가의 VfL 볼프스부르크": a team
    written right after its league (as encyclopaedias and sports pages name a club) is part of it; two leagues are
    not.  A league the recogniser left out is named from the text."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = sorted(
        (m for m in c.mentions if m.type.is_organization and not m.tentative and m.start in of_mention),
        key=lambda m: m.start,
    )
    leagues: list[tuple[int, int, Entity | None]] = [(m.start, m.end, of_mention[m.start]) for m in orgs]
    leagues += [(a, b, None) for a, b in _unread_leagues(c)]
    out = []
    for start, end, whole in leagues:
        team = next((m for m in orgs if m.start >= end), None)
        if team is None or not _MEMBER_GAP.fullmatch(text, end - base, team.start - base):
            continue
        part = of_mention[team.start]
        name = whole.name if whole is not None else c.doc.text[start:end]
        if whole is part or not LEAGUE_NAME.fullmatch(name) or LEAGUE_NAME.fullmatch(part.name):
            continue
        whole = whole or c.add_entity(name, EntityType.ORGANIZATION, start, end)
        out.append(Relation(RelationType.PART_OF, part, whole, c.sentence, 0.75))
    return out


@relation_rule(
    RelationType.WORKS_FOR,
    language="ko",
    trigger=r"(?<=\s)소속(?:이다|이며|이고|으로\s활동|(?P<past>이었다|이었으며|이었고|이던))(?=[\s.,]|$)",
)
def member_as_predicate(c: Clause) -> list[Relation]:
    """ "김민재(1996년 ~)는 대한민국의 축구 선수로, 현재 바이에른 뮌헨 소속이다": the person the sentence is about
    belongs to the organisation written right before the predicate "소속이다" (however far the name is); a
    person or organisation named in between, a hedge after or a quote gives nothing."""
    before = c.before
    org = before[-1] if before else None
    person = c.subjects[0] if c.subjects else None
    if (
        org is None
        or person is None
        or org.particle
        or org.end < c.pos - 1
        or not org.entity.type.is_organization
        or person.entity.type is not EntityType.PERSON
        or any(person.end <= a.start and a.end <= org.start for a in before)  # someone or something between
        or mask_quotes(c.sentence.text)[c.pos - c.sentence.start] == " "
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    props: dict = {"former": True} if c.trigger.group("past") else {}
    return [Relation(RelationType.WORKS_FOR, person.entity, org.entity, c.sentence, c.confidence, props)]


# a numbered military unit ("제3연대", "제1함대", "제7보병사단", "제1(I)군단"): recognition reads no name in it
_UNIT = re.compile(
    r"(?<![^\s\"“‘(])제\d{1,3}(?:\([IVX]+\))?(?:보병|기갑|기계화|해병|공수|항공|특전|전투)?"
    r"(?:연대|사단|여단|함대|군단|대대|전단|비행단|항공군)(?![장원])"  # not its commander or its soldiers
)
# between the formation and its unit: "의 ", " ", " 예하의 ", " 소속 ", " 산하 "
_UNIT_OWNER_GAP = re.compile(r"(?:의)?\s(?:(?:예하|소속|산하)(?:의)?\s)?")


@relation_rule(RelationType.PART_OF, language="ko", per_sentence=True)
def numbered_unit(c: Clause) -> list[Relation]:
    """ "수도경비사령부 예하의 제3연대", "태평양 함대 소속의 제1함대", "미국 육군의 제1군단": a numbered unit written
    right after the formation it belongs to is part of it.  A bare number repeats across armies, so the unit is
    named with its formation ("수도경비사령부 제3연대")."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = [m for m in c.mentions if m.type.is_organization and not m.tentative and m.start in of_mention]
    out = []
    for u in _UNIT.finditer(text):
        start, end = base + u.start(), base + u.end()
        owner = max((o for o in orgs if o.end <= start), key=lambda o: o.end, default=None)
        if owner is None or not _UNIT_OWNER_GAP.fullmatch(text, owner.end - base, u.start()):
            continue
        read = [m for m in c.mentions if m.start < end and start < m.end]
        same = read[0] if len(read) == 1 and (read[0].start, read[0].end) == (start, end) else None
        if (read and (same is None or not same.type.is_organization or same.start not in of_mention)) or c.hedged(
            u.end(), plans=True
        ):
            continue  # read as something else already
        whole = of_mention[owner.start]
        unit = of_mention[same.start] if same is not None else None
        unit = unit or c.add_entity(f"{whole.name} {u.group(0)}", EntityType.ORGANIZATION, start, end)
        out.append(Relation(RelationType.PART_OF, unit, whole, c.sentence, 0.75))
    return out
