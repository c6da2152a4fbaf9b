"""Korean people rules: who works for which organisation, in every order news writes it.

The recogniser attaches an organisation to a titled person for "P ORG T", "ORG T P",
"ORG P T", "ORG의 P T", "ORG에서는 P T와 P T"; these rules add the orders that need a
verb: "P가 이끄는/지도하는 ORG", "ORG T를 맡고 있는 P", "P를 ORG T에 내정/선임", "P는 ORG에 합류했다",
"P는 ORG T로 활동한다", "ORG에서 활약한 P", "P는 ORG와 3년 계약을 맺었다", and the glosses "P(ORG T)", "ORG(T P)".  A person's
organisation written as ORG + unit ("서울대 기계항공공학부 교수") gives WORKS_FOR the
organisation and PART_OF for the unit.  A founder's title ("창업자", "창업주") is also
an establishment, in a career list too ("P는 A T, C 창업자 겸 대표 등을 역임했다"; the list's other, undated past roles
are left to the rules that read one role with its verb), and written with no organisation it names the company the
article is about ("P 창업주의 역할이 컸다").  Roles in teams, bands, parties and armies (``member_roles.txt``: "ORG 주장 P", "P는 ORG의
멤버이다") count as titles here.  A role held before ("P 전 ORG T", "ORG T를 지낸/역임한 P", "P는 ORG T를
지냈다", "ORG T 출신 P") is still WORKS_FOR, with ``former`` set: KLUE-RE labels past roles as employment, and
a graph that drops them loses who led what.  A titled person written with no organisation, as the subject right
after an organisation that is the sentence's topic ("포스텍은 P 교수 연구팀이") or was the previous sentence's subject
("업스테이지는 …했다. P 대표는 …"), heads it when the title is one that kind of body's heads hold; a second role
joined by 겸 ("P ORG T 겸 ORG2 T2") is WORKS_FOR the second organisation too.  A title followed by 후보 or 내정자
("P ORG 대표 후보는", "ORG P 대표 내정자는") is a post the person is only in line for: no WORKS_FOR.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from aigraph.core.vocabulary import EntityType, RelationType, normalize_name
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.lexicon import DEGREES
from aigraph.ingest.pipeline.mention import COUNTRY_ARMS, LOCAL_HEADS, Mention
from aigraph.ingest.pipeline.person_names import NOTICE_HEAD
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import BEFORE_NOW, HONORIFIC, SOURCE, Clause
from aigraph.ingest.pipeline.rules.ko_learned import IN_LINE

_FOUNDER_TITLES = frozenset(
    {"창업자", "창업주", "설립자", "창립자", "공동창업자", "창업멤버", "공동 창업자", "공동 설립자", "공동 창립자"}
)
# "ORG의 공동창업자인 P 대표", "ORG 창업자 P 대표", "ORG 창업주인 고(故) P 회장": the founder described before the
# name
_FOUNDER_BEFORE = re.compile(
    r"(?:의)?\s+(?:공동\s?)?(?:창업자|창업주|설립자|창립자)(?:이자|인|이며)?\s+(?:고\s?\(故\)\s|故\s|고\s)?"
)
# "P 대표가 이끄는 ORG", "P 씨가 대표이사로 있는 ORG": at most two words saying what kind of body it is before it
# ("AI 스타트업", "요식업 기업"; no word ending in a particle or a verb's ending)
_LEADS = re.compile(
    r"\s*(?:\S+\s)?(?:전\s)?[^\s()]*?(?:이|가)\s+(?:이끄는|운영하는|경영하는|지도하는"
    r"|(?P<t>[^\s()]+?)(?:으로|로)\s(?:있는|재직\s?중인|재직하는|근무하는|일하는))\s+"
    r"(?:[^\s,.()]*[^\s,.()은는이가을를의에도한된던할와과로]\s){0,2}$"
)
# "ORG(에서) T를 맡고 있는 P"; a role held before ("ORG T를 지낸/역임한 P") is still WORKS_FOR, marked former (as "P 전 ORG T")
# "ORG의 T가 된 P", "ORG 제2대 T에 오른 P", "ORG T로 (다시) 취임한 P", "ORG T로 선출된 P": the role the person came to hold
_HOLDS = re.compile(
    r"^(?:의|에서|에서는)?\s+(?:제?\d{1,2}대\s|신임\s|새\s)?(?:\S+\s(?:부문|사업부|본부|부)\s)?(?P<t>\S+?)(?:(?:을|를)\s+(?:맡(?:고\s있는|은|는|아\s온)|(?P<past>맡았던|지낸|지냈던|역임한|역임했던))"
    r"|(?:이|가)\s+된|(?:\s자리)?에\s+오른"
    r"|(?:으로|로)\s+(?:다시\s|새로\s|정식\s)?(?:(?:취임|부임)(?:한|해\s있는|해\s있던|해\s있었던)|(?:임명|선출|선임|발탁)된))\s+$"
)
# "ORG를 이끄는 P 대표": the organisation as the object of heading it, right before the person; "ORG의 AI 사업을
# 총괄하는 P 부사장", "ORG에서 반도체 사업을 총괄하는 P 부회장": heading a part of its business
_HEADING = re.compile(
    r"(?:\([^()]*\))?(?:(?:의|에서)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+?)?(?:을|를)\s+"
    r"(?:이끄는|이끌고\s있는|총괄하는|경영하는|운영하는|맡고\s있는|담당하는|책임지는)\s+$"
    r"|(?:의)?\s(?:새\s)?지휘봉을\s+(?:새로\s|다시\s)?잡은\s+$"  # "ORG 지휘봉을 잡은 P 대표"
)
_APPOINTED_HERE = re.compile(  # "P를 T로 영입", "P 전 ORG2 T를 T로 영입" (the former affiliation before 를)
    r"(?P<former>\s+전\s+(?:[^\s을를]+\s+){0,3}?[^\s을를]+?)?(?:\([^()]*\))?(?:을|를)\s+(?:신임\s|새\s|차기\s)?(?:(?:[A-Za-z가-힣·]{1,8}\s){1,3}(?=\S*(?:장|총괄)(?:\([^()]*\))?(?:으로|로)))?(?P<t>[^\s(]+?)(?:\([^()]*\))?(?:으로|로)\s*(?:\S+\s)?재?(?:선임|내정|임명|발탁|영입|승진|위촉)"
)
# "P 신임 대표를 선임했다": the person, with the title of the post, as the object of an appointment made
_APPOINTED_TITLED = re.compile(
    r"(?:\([^()]*\))?(?:을|를)\s+(?:\S+\s)?재?(?:선임|임명|발탁|선출)(?:했|하였|한다|해|하고|하며|키로|하기로)"
)
# words for the post someone is put in charge of, not a title of their own ("P 부사장을 책임자로 임명")
_POST_WORDS = frozenset({"책임자", "총책임자", "사령탑", "총괄책임자"})
# "P는 ORG의 (제2대) T이다", "P는 ORG 창업자다", "P는 ORG의 T가 되었다", "P는 ORG의 T에 올랐다": what the person
# is or became; "P는 ORG의 공동창업자이기도 하다": a second role said of someone named by another
_DESCRIBED = re.compile(
    r"(?:\([^()]*\))?의?\s+(?:공동\s?|초대\s|현\s|제?\d{1,2}대\s)?(?P<t>\S+?)(?:이다|였다|이었다|이며|이자|이고|다|이기도\s(?:하다|하며|하고|해)"
    r"|(?:이|가)\s(?:되었다|됐다|되어|돼|되었으며|됐으며|되고|된다)|에\s(?:올랐다|올라|올랐으며|오른다))(?=[\s.,]|$)"
)
_SUBJECT_OF = re.compile(r"(?:\([^()]*\))?\s*(?:이|가|은|는)\s")
_HEADS = re.compile(
    r"(?:을|를)\s+(?:\S+\s)?(?:이끈다|이끌고|이끌며|이끌어|이끈|총괄한다|총괄하고|맡고 있다|맡는다"
    r"|(?:경영|운영)(?:한다|하고|하며|했다|해\s?왔다))"
    # "P는 ORG 지휘봉을 잡았다", "P는 ORG 사령탑에 올랐다": taking the helm, as news puts it
    r"|(?:의)?\s(?:새\s)?(?:지휘봉을\s+(?:새로\s|다시\s)?잡(?:았|는다|고|으며|아)|사령탑(?:에|으로)\s+(?:올랐|오른다|올라))"
)
# "P는 ORG의 AI 사업을 이끌고 있다", "P는 ORG에서 반도체 연구를 총괄한다": heading a line of its work, now (a noun
# phrase ending in such a line, not a relative clause "ORG에서 열린 회의를", nor a case "ORG의 비리 수사를")
_HEADS_PART = re.compile(
    r"(?:의|에서)\s+(?:[^\s,.()]*[^\s,.()은는이가을를의에도한된던할린운와과로]\s+){0,2}?"
    r"[^\s,.()]*(?:사업|연구|개발|경영|전략|부문|조직|살림)(?:을|를)\s+(?:이끌고\s있|이끈다|총괄한다|총괄하고)"
)
_TOPIC = re.compile(r"(?:은|는)\s")
_TOPIC_GLOSSED = re.compile(r"(?:\s?\([^()]*\))?(?:은|는)\s")  # "P(1970년 ~)는": the name's gloss before the topic
_TAKES = re.compile(  # "P는 ORG(의|에서) T를 …", "P는 '노바링크' 대표로 취임했다"
    r"['’]?(?:의|에서)?\s(?:신임\s|새\s|공동\s)?(?:[^\s(),]+\s){0,2}?(?P<t>[^\s(]+?)(?:\([^()]*\))?"  # "ORG 컴파일러 팀장을"
    r"(?:(?:을|를|도|직을|직도)\s+(?:새로\s|함께\s|겸직\S*\s)?(?:맡는다|맡았다|맡고\s있다|맡게\s됐다|맡는|맡아|맡으며|맡고"
    # "P는 ORG T를 겸직한다": a second post held beside the first
    r"|겸(?:직|임)?(?:한다|했다|하고\s있다|하며|하고|해)"
    r"|(?P<past>(?:지냈|역임했|거쳤)(?:다|으며|고)))"
    # "P는 (지난 3월) ORG T로 취임했다", "P는 ORG T로 자리를 옮겼다", "P는 ORG의 공동 창업자로 참여했다": the post taken
    # up (not "옮길 것", "선임될 가능성")
    r"|(?:으로|로)\s+(?:자리를\s+옮(?:겼|긴다|겨)|(?:취임|부임|합류|복귀|참여)(?:했|한다|하며|해)"
    r"|재?(?:선임|임명|선출|발탁|영입)(?:됐|되었|된다|돼)|지휘봉을\s+잡(?:았|는다|아))"
    # "P는 ORG(의) T에 올랐다": the post risen to
    r"|에\s+(?:새로\s)?(?:올랐|오른다|올라\s|올라섰)"
    # "P는 ORG T(직)에서 물러났다/사임했다": a role left, held before
    r"|(?:직)?에서\s+(?:\S+\s)?(?P<left>물러났|물러나|사임했|사임하|퇴임했|퇴임하|사퇴했|사퇴하))"
)
# "P는 ORG를 떠나 …", "P는 ORG를 퇴사했다": an organisation left, worked for before
_LEAVES = re.compile(r"(?:을|를)\s+(?:떠나|떠났|퇴사했|퇴사하)")
_LED_BY = re.compile(
    # (not "P 회장이 그룹을 이끈다" after its affiliate: the group the affiliate belongs to)
    r"(?:\([^()]*\))?\s*(?P<t>[가-힣A-Z]{1,6}?)?(?:이|가)\s+(?:(?!그룹)\S+\s)?"
    r"(?:이끈다|이끌고\s있다|맡고\s있다|맡는다|총괄한다|이끌게\s된다|이끌며|이끌고)"
)
# between an organisation and the person named for its role: "ORG 원장에 ", "ORG의 신임 대표로 "
# ("ORG는 제12대 원장에 P가 취임했다": the organisation as the topic, the post's ordinal before it)
_ROLE_OF = re.compile(  # "ORG 원장에 ", "ORG(ABBR) 신임 원장으로 ", "'ORG' 단장에 "
    r"['’]?(?:\([^()]*\))?(?:의|은|는)?\s+(?:신임\s|새\s|차기\s|후임\s|초대\s|제?\d{1,3}대\s)?(?P<t>[^\s(]+?)(?:에는|에|으로는|로는|으로|로)\s+"
    # "ORG 대표에 네이버 출신 P", "ORG 대표에는 ORG2 최고경영자 출신인 P": where the person comes from, before the name
    # "ORG 대표에 전 ORG2 상무 P": or the post they held before, the employer written after 전 or 현; "ORG 대표에
    # ORG2 P 상무가": or the employer they come from, written bare before the name
    r"(?:(?:\S+\s){1,3}?출신(?:의|인)?\s|(?:전|현)\s(?:\S+\s){1,3}?|[^\s,.]+\s)?"
)
# after that person (their name and title): their former affiliation at most, then a verb of taking the post
_ARRIVES = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+\S+){0,3}?\s*(?:이|가|은|는)\s+(?:\S+\s){0,2}?"
    r"(?:취임|부임|재?선임(?:됐|되었|된다|돼)|임명(?:됐|되었|된다|돼)|선출(?:됐|되었|된다|돼)|발탁(?:됐|되었|돼)|내정(?:됐|되었|돼)|영입(?:됐|되었|돼))"
)
_VERB_END = re.compile(r"(?:다|고|며|서|는데)[\s,.]")
# "ORG장에 ", "차기 ORG장으로 ": the head's post written onto the body's name, then the person
_GLUED_HEAD = re.compile(
    r"(?:\([^()]*\))?장(?:에는|에|으로는|으로)\s+(?:(?:\S+\s){1,3}?출신(?:의|인)?\s|(?:전|현)\s(?:\S+\s){1,3}?)?"
)
# "한국과학기술기획평가원(KISTEP) 원장", "ORG의 신임 대표": the body and the title of its post
_POST_OF = re.compile(r"['’]?(?:\([^()]*\))?의?\s(?:신임\s|새\s|차기\s|초대\s)?")  # "'AI연구단' 단장에"
_ROLE_FIRST = re.compile(  # "신임 대표에 ", "신임 대표에 ORG2 출신 " (where the person comes from, before the name)
    r"(?:신임\s|새\s|차기\s|초대\s)?(?P<t>[^\s(]+?)(?:\([^()]*\))?(?:에는|에|으로는|로는|으로|로)\s+(?:\S+\s출신\s)?$"
)
# what follows the appointed person: their former organisation and title at most, then the verb
_PLAIN_TITLE_LENGTH = 4  # "병원장", "의료원장", "센터장": a title alone, no body's name glued on
_APPOINTED_OBJECT = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+\S+){0,3}?\s*(?:을|를)\s+(?:\S+\s)?재?(?:선임|내정|임명|발탁|영입|위촉|선출)"
)
_APPOINT_VERB = re.compile(
    r"['’\"”」]?\s*(?:신임\s|새\s|차기\s)?(?P<t>\S+?)(?:\([^()]*\))?(?:에|으로|로)\s*(?:\S+\s)?재?(?:내정|선임|임명|발탁|영입|위촉|선출)(?P<passive>됐|되었|된다|돼|되며|되고)?"
)
# the appointing organisation as the topic, or its board or shareholders' meeting as it ("ORG 이사회는 P를 T로 선임")
_APPOINTER_TOPIC = re.compile(r"(?:\s(?:이사회|(?:임시|정기)?\s?주주총회|(?:임시\s?)?주총))?(?:은|는)\s")
_APPOINTER_SUBJECT = re.compile(r"(?:이|가)\s")  # "ORG가 신임 대표로 P를 선임했다", when no topic is written
# "ORG(의) 대표는 P (전 ORG2 T)가 맡았다": the post named as the topic, then the person taking it
# "ORG의 대표는 ", "ORG 신임 대표는 ORG2 출신 ": the post, then where the person who takes it comes from at most
_POST_AS_TOPIC = re.compile(
    r"(?:의)?\s(?:신임\s|새\s|초대\s)?(?P<t>[^\s(]+?)(?:은|는)\s+(?:(?:\S+\s){1,3}?출신(?:의|인)?\s)?"
)
_TAKEN_BY = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+\S+){0,3}?\s*(?:이|가)\s+(?:\S+\s)?"
    r"(?:맡(?:았|는|고|아|게|기로|으며|는다)|겸(?:임|직)?(?:했|한|하(?:고|며|게|기로)))"  # "P가 겸임한다": held alongside
)
_LEADS_THE_GROUP = re.compile(r"(?:이|가)\s+그룹을\s(?:\S+\s)?(?:이끈다|이끌고|이끌며|총괄한다|총괄하고)")
# a broadcast caption naming a speaker: "[인터뷰] 이서연 / 다온소프트 부사장"
_CAPTION_SLASH = re.compile(r"\s?/\s?")
_CAPTION_TITLE = re.compile(r"\s(?P<t>[^\s\"“'‘,.()\]]+)(?=[\s\"“'‘,.\]]|$)")
# "ORG의 대표이사는 P이다", "ORG의 창립자는 P로, …": the person named as the post, by the copula (not "P였다": then)
_IS_THE_POST = re.compile(r"(?:\s*\([^()]*\))?(?:이다|다|이며|이고|(?:으)?로,)(?=[\s.,]|$)")
_SUBJECT_GAP = re.compile(r"(?:은|는|이|가)\s+$")
_TOLD_BY = re.compile(r"(?:\([^()]*\))?에\s?따르면\s")


def _after_person(text: str, p: Mention, base: int) -> int:
    """Where the words after a person's name and title continue ("홍길동 부사장|을 …")."""
    at = text.find(p.title, p.end - base) if p.title else -1
    end = at + len(p.title) if 0 <= at - (p.end - base) <= 25 else p.end - base
    honorific = HONORIFIC.match(text, end)  # "이상호 씨를": the honorific is no title
    return honorific.end() if honorific else end


def _is_title(c: Clause, word: str) -> bool:
    """A listed title or member role ("주장", "멤버": teams, bands, parties), or a unit head's written as one
    word ("AI센터장", "미래기술연구소장")."""
    return (
        word in c.lex.titles
        or word in c.lex.member_roles
        or (len(word) <= 12 and any(word.endswith(t) and len(t) >= 2 and t.endswith("장") for t in c.lex.titles))
    )


def head_org(c: Clause, org: Entity) -> Entity | None:
    """ "서울대 기계항공공학부" -> 서울대학교: an organisation of the article the unit's name starts with."""
    # a named organisation ("카카오브레인") or a company ("구글 코리아", "쿡봇 USA") of its own, no unit
    if (
        c.lex.alias_index().get(normalize_name(org.name)) is not None
        or org.type is EntityType.COMPANY
        or (" " in org.name and org.name.rsplit(" ", 1)[1] in COUNTRY_ARMS)
    ):
        return None
    if _BARE_UNIT.fullmatch(org.name):
        owner = _owner_before(c, org)
        if owner is not None and owner.name.endswith(c.lex.body_units):
            return head_org(c, owner) or owner  # "연세대 산학협력단은 전기전자공학부 P 교수": the university's
        return owner
    first = org.name.split(" ")[0]
    if first == org.name:
        return None
    found = next(
        (e for e in c.entities if e is not org and e.type.is_organization and (first == e.name or first in e.aliases)),
        None,
    )
    entry = c.lex.alias_index().get(normalize_name(first)) if found is None else None
    if entry is not None:
        found = c.add_entity(entry.name, entry.type, org.first, org.first + len(first))
        found.aliases |= set(entry.names)
    elif (
        found is None
        and (suffix := c.lex.suffix_of(first)) is not None
        and len(first) > len(suffix.text)
        and first not in c.lex.generic_orgs
        and not c.lex.ends_like_a_common_word(first)  # "초거대 AI 연구실": no university
        and not org.name[len(first) :].lstrip().startswith("공동")  # "미래모빌리티 공동연구소": a field, shared
    ):
        found = c.add_entity(
            first, suffix.type, org.first, org.first + len(first)
        )  # "다온대 공대", "한울전자 토론토 연구소"
    return found


# a unit that names no owner: a department, graduate school, college or research unit ("물리학과", "공대 기계항공공학부")
_BARE_UNIT = re.compile(r"(?:공대\s|공과대학\s)?[가-힣]{1,12}(?:학과|학부|대학원|공대|공과대학|연구단|연구실)")
_OWNER_GAP = re.compile(
    r"\)?(?:\([^()]*\))?(?:의)?\s*"
)  # "KAIST 물리학과", "카이스트(KAIST) 물리학과", "KAIST의 화학과"


# the topic owning a unit, or its college ("KAIST는", "고려대 공대는 화학공학과 P 교수 연구팀이")
_TOPIC_OWNER = re.compile(r"(?:\s[가-힣]{0,8}(?:공대|의대|대학|대학원|공과대학|의과대학))?(?:은|는)\s")


def _owner_before(c: Clause, unit: Entity) -> Entity | None:
    """The organisation written right before a unit that names no owner, else the sentence's topic
    ("KAIST는 문화기술대학원 P 교수 연구팀이")."""
    base, text = c.sentence.start, c.sentence.text
    at = next((m for m in c.mentions if c.doc.of_mention.get(m.start) is unit), None)
    if at is None:
        return None
    orgs = [m for m in c.mentions if m.type.is_organization and m.end <= at.start and m.start in c.doc.of_mention]
    near = max(orgs, key=lambda m: m.end, default=None)
    if near is not None and _OWNER_GAP.fullmatch(text, near.end - base, at.start - base):
        return c.doc.of_mention[near.start]
    topic = next((m for m in orgs if _TOPIC_OWNER.match(text, m.end - base)), None)
    return c.doc.of_mention[topic.start] if topic is not None else None


# "P 신소재공학부 교수": a unit that names no owner between a name and its title
_UNIT_BEFORE_TITLE = re.compile(r"\s(?:" + _BARE_UNIT.pattern + r")\s")
_ACADEMIC = frozenset({EntityType.UNIVERSITY, EntityType.RESEARCH_LAB})


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def unit_of_the_topic(c: Clause) -> list[Relation]:
    """ "UNIST는 백정민 신소재공학부 교수 연구팀이", "(KAIST는 …) 이해신 화학과 교수는": a person written with a
    unit that names no owner works for the university or institute the sentence (else the article just before)
    is about."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    topics = [a for a in c.args if a.particle in ("은", "는") and a.entity.type in _ACADEMIC]
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.title and m.org is None):
        at = text.find(p.title, p.end - base)
        # the topic written before the person ("P 교수와 A, B 공동연구팀은": A's team is no topic of P's)
        topic = next((a.entity for a in topics if a.end <= p.start), None)
        owner = topic if topic is not None and topic is not of_mention.get(p.start) else c.topic
        if at < 0 or p.start not in of_mention or owner is None or owner.type not in _ACADEMIC:
            continue
        if _UNIT_BEFORE_TITLE.fullmatch(text, p.end - base, at):
            out += _works_for(c, of_mention[p.start], owner, p.title)
    return out


# titles of the head of a unit inside an organisation (not company-wide ranks such as 사장 or 부사장)
_UNIT_HEADS = frozenset({"학장", "원장", "연구원장", "소장", "연구소장", "센터장", "단장", "사업단장", "추진단장"})
# the head of a company of its own: a lab or company named after its parent with a 대표 ("하이브 보이스랩 대표") is
# that company's, not a unit's
_OWN_COMPANY_HEADS = frozenset({"대표", "대표이사", "CEO", "최고경영자"})


def _works_for(c: Clause, person: Entity, org: Entity, title: str) -> list[Relation]:
    props = {"title": title} if title else {}
    head = head_org(c, org)
    out = []
    if head is not None:
        # "P 서울대 공과대학 학장": the head of a unit works for the unit it heads, a member for the whole
        own = title in _UNIT_HEADS or (title in _OWN_COMPANY_HEADS and org.type is EntityType.RESEARCH_LAB)
        out.append(Relation(RelationType.WORKS_FOR, person, org if own else head, c.sentence, 0.85, props))
        out.append(Relation(RelationType.PART_OF, org, head, c.sentence, 0.8))
    else:
        out.append(Relation(RelationType.WORKS_FOR, person, org, c.sentence, 0.9, props))
    if title in _FOUNDER_TITLES:
        out.append(Relation(RelationType.ESTABLISHED, person, head or org, c.sentence, 0.8))
    return out


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def titled_person(c: Clause) -> list[Relation]:
    """The organisation the recogniser attached to a titled person."""
    of_mention = c.doc.of_mention
    out = []
    for m in c.mentions:
        if m.type is EntityType.PERSON and m.org is None and m.start in of_mention:
            # "P1·P2 ORG 교수 연구팀": names joined before the one the organisation and title are written with;
            # "ORG 공동대표 P1·P2": after the one written right after them
            m = (None if m.title else _sharing_with_next(c, m)) or _sharing_with_previous(c, m) or m
        org = attached_org(c, m)
        base = c.sentence.start
        if m.type is EntityType.PERSON and org is not None and m.org is not None and m.start in of_mention:
            if _not_in_office(c, m):
                continue
            # (an employer written right before the name or between it and the title, "G그룹 P 명예회장이 보유한 Y
            # 지분", "P G홀딩스 회장이 보유한 Y 지분", stays the employer)
            written_with = m.org[0] >= m.end or c.sentence.text[m.org[1] - base : m.start - base] == " "
            if (held := _shares_held(c, m)) is not None and not written_with:
                # "X는 창업자 P 전 대표가 보유한 Y 구주를 인수했다": P's post is at Y; with no company named after
                # it ("X는 P 대표 등이 보유한 지분을 인수했다") the seller's post is not said
                out += _seller_posts(c, m, held) if held is not org and held.type is not EntityType.PERSON else []
                continue
            facts = _works_for(c, of_mention[m.start], org, _title_with_gloss(c, m))
            between = c.sentence.text[m.org[1] - c.sentence.start : _joined_from(c, m) - c.sentence.start]
            # "KAIST 출신 창업자 P 대표": where the person comes from, not what they founded or head
            came_from = "출신" in c.sentence.text[m.org[0] - c.sentence.start : m.start - c.sentence.start]
            if came_from:  # the title written after the name is the current post's, not the one held there
                facts = [f for f in facts if f.type is RelationType.WORKS_FOR]
                for f in facts:
                    f.properties.pop("title", None)
            elif _FOUNDER_BEFORE.fullmatch(between) and not any(f.type is RelationType.ESTABLISHED for f in facts):
                # "ORG의 공동창업자인 P 대표": the founder described before the name, the current title after it
                facts.append(Relation(RelationType.ESTABLISHED, facts[0].source, facts[0].target, c.sentence, 0.8))
            # a role no longer held: "창업주인 고(故) P 회장", or one left in this very sentence ("ORG P 회장이 (임기를
            # 마치고) 퇴임했다")
            ended = _LATE_BEFORE.search(between) is not None or _steps_down_from_it(c, m)
            # "전 ORG T(인) P": the 전 written before the organisation, the name after its title
            before = m.org[1] <= m.start and _FORMER_BEFORE.search(c.sentence.text, 0, m.org[0] - c.sentence.start)
            # "ORG 창업자인 P 전 대표": the 전 written between the name and its title, the organisation before both
            rel = m.end - c.sentence.start
            after_name = m.org[1] <= m.start and bool(m.title) and c.sentence.text[rel : rel + 3] in (" 전 ", " 前 ")
            for f in facts:
                if (m.former or ended or before or after_name or came_from) and f.type is RelationType.WORKS_FOR:
                    f.properties["former"] = True
            out += facts
    return out


_LATE_BEFORE = re.compile(r"(?:고\s?\(故\)|故|고)\s$")
# another post the person held, named before them: "사업단의 단장을 맡았던 P 교수가 물러났다" left that one
_OTHER_POST_HELD = re.compile(r"[을를]\s맡(?:았던|아\s?온|아\s?왔던|던)\s")
# ranks held at a university or institute, which a post stepped down from elsewhere leaves standing
_ACADEMIC_RANKS = ("교수", "연구원", "박사")
# the post stepped down from, named: "단장직에서 물러났다"
_POST_LEFT = re.compile(r"(?P<post>[^\s.,]+?)(?:직|자리)에서\s")


def _steps_down_from_it(c: Clause, m: Mention) -> bool:
    """The person steps down in this sentence from the post written with their name ("ORG P 대표가 사임했다"), not
    from another one the sentence names ("X 단장을 맡았던 P 교수가 물러났다", "P 교수가 단장직에서 물러났다": a rank
    stays)."""
    text, base = c.sentence.text, c.sentence.start
    steps = _STEPS_DOWN.match(text, _after_person(text, m, base))
    if steps is None or _OTHER_POST_HELD.search(text, 0, m.start - base):
        return False
    post = left.group("post") if (left := _POST_LEFT.search(steps.group(0))) else None
    # "P LG 부회장이 대표직에서 물러났다": a post at the same company; a rank is held apart from the post left
    return post is None or not m.title.endswith(_ACADEMIC_RANKS) or m.title in post


# the person, the subject, stepping down: "이 (임기를 마치고) 퇴임했다", "은 지난달 사임했다", "가 대표직에서 물러났다",
# "가 회사를 떠났다", "는 퇴사했다", "가 (회사를) 그만뒀다", or moving on ("가 Y 파트너로 자리를 옮겼다")
# (not "P 부회장이 ORG2 이사회 의장에서 물러났다": another post, named with 에서, left; "대표직에서" is the post's own)
_STEPS_DOWN = re.compile(
    r"(?:\([^()]*\))?(?:이|가|은|는)\s(?:[^\s.,]*(?:직|자리)에서\s|[^\s.,]+(?<!에서)\s){0,3}?"
    r"(?:(?:퇴임|사임|퇴진|사퇴|용퇴|퇴사)(?:했|하였|하고\s|하며\s|하면서\s)|물러(?:났|나고\s|나며\s|나면서\s)|그만(?:뒀|두었)|(?:회사|직장|자리|조직)[을를]\s떠(?:났|나\s)"
    # "… 가 Y 파트너로 자리를 옮겼다", "… 는 Y로 이직했다": moved on to another post
    r"|\S+(?:으로|로)\s(?:자리를\s옮(?:겼|기고\s|기며\s|겨\s)|(?:이직|이적)(?:했|하였|하고\s|하며\s)))"
)


# "P 대표 등이 보유한 ", "P 회장이 소유하던 ": the person holds the shares a deal is about
_HOLDING_SHARES = re.compile(r"(?:\([^()]*\))?(?:\s?등)?(?:이|가|은|는)?\s(?:보유|소유)(?:한|하던|하고\s있던|\s중인)\s")


def _shares_held(c: Clause, m: Mention) -> Entity | None:
    """The company whose shares the titled person is said to hold ("P 전 대표 등이 보유한 Y 구주"), that person
    itself when the shares are not a named company's, None when the words after the person say no such thing."""
    after = _after_person(c.sentence.text, m, c.sentence.start)
    held = _HOLDING_SHARES.match(c.sentence.text, after)
    if held is None:
        return None
    named = next(
        (
            n
            for n in c.mentions
            if 0 <= n.start - c.sentence.start - held.end() <= 2 and n.type is not EntityType.PERSON
        ),
        None,
    )
    return c.doc.of_mention.get(named.start) if named is not None else c.doc.of_mention[m.start]


def _seller_posts(c: Clause, m: Mention, company: Entity) -> list[Relation]:
    """The posts of a person whose shares of ``company`` a deal is about, written before and after the name
    ("창업자 P 전 대표"): the title at that company, former when "전" is written before it, and its founding."""
    base = c.sentence.start
    person = c.doc.of_mention[m.start]
    past = m.former or c.sentence.text[m.end - base : _after_person(c.sentence.text, m, base)].lstrip().startswith(
        "전 "
    )
    facts = _held(_works_for(c, person, company, _title_with_gloss(c, m)), "전" if past else None)
    words_before = c.sentence.text[: m.start - base].split()
    founder = bool(words_before) and words_before[-1] in _FOUNDER_TITLES  # "창업자 P": the founder's name after it
    if founder and not any(f.type is RelationType.ESTABLISHED for f in facts):
        facts.append(Relation(RelationType.ESTABLISHED, person, company, c.sentence, 0.8))
    return facts


def _joined_from(c: Clause, m: Mention) -> int:
    """Where the names joined by "·" that end with ``m`` start: "ORG 공동 창업자 P1·P2 대표" describes both."""
    base, start = c.sentence.start, m.start
    while prev := next(
        (
            n
            for n in c.mentions
            if n.type is EntityType.PERSON
            and n.end < start
            and c.sentence.text[n.end - base : start - base] in ("·", "ㆍ")
        ),
        None,
    ):
        start = prev.start
    return start


def _not_in_office(c: Clause, m: Mention) -> bool:
    """The title read after the name and its organisation ("P ORG 대표 후보는", "ORG P 대표 내정자는") is only a
    post the person is in line for: the recogniser attaches the organisation and the title, but it is not held."""
    text, base = c.sentence.text, c.sentence.start
    assert m.org is not None
    after = max(m.end, m.org[1]) - base
    at = text.find(m.title, after, after + len(m.title) + 6) if m.title else -1
    return at >= 0 and IN_LINE.match(text, at + len(m.title)) is not None


# "한빛FC 주장 김도윤", "민주미래당 원내대표인 박서진", "캐노니컬의 창립자 마크 셔틀워스": an organisation, a member
# role or a job title, then the name; "김도윤 한빛FC 주장은", "박정민 한빛정책연구원 연구위원은": the name first (the
# recogniser attaches a job title itself only where its own readings meet; another recogniser's name or organisation
# is read here).  A role someone may get ("감독 후보", "주장 내정자") or came from ("선수 출신") is no membership.
# "ORG의 화학과 교수인 P", "ORG(ETRI) 소속 P 연구원": up to two unit words before the role, or membership alone
# (the title, if any, is the one written after the name); two roles joined by 이자 or 겸 ("ORG의 창업자이자 CEO인 P",
# "ORG 창업자 겸 대표인 P"): the title is the second, the first a founding when it is a founder's; "ORG 대표였던 P",
# "ORG 대표이던 P": a role held before; "ORG 출신 P": employment there before, no title
# a field written in capitals before a post ("AI 연구소장", "R&D 센터장"), no unit of its own
_FIELD = r"(?:[A-Z][A-Z&]{1,4}\s)?"
_ROLE_THEN_NAME = re.compile(
    r"\)?(?:\([^()]*\))?(?:의)?\s+(?:(?P<member>소속(?:인|의)?)"
    r"|(?:[^\s()]+(?:과|부|실|팀|센터|본부)\s)?(?P<came>출신(?:인|의)?)|(?:초대\s|현\s|신임\s|제?\d{1,2}대\s)?"
    r"(?:[^\s()]+(?:과|부|소|실|팀|센터|연구단|본부|부문|대학|대학원|병원)\s){0,2}?"
    + _FIELD
    + r"(?:(?P<t0>[^\s()]+?)(?:이자|\s겸)\s)?"
    r"(?:[▲△◇◆■□●○•]\s?)?(?P<t>[^\s()]+?)(?:인|(?P<past>이었던|였던|이던)|이기도\s한)?)\s+"
)  # "[인사] ORG ▲부사장 P": a notice's bullet before the post
_NAME_THEN_ROLE = re.compile(
    r"(?:\s[A-Z][A-Z&]{1,4})?\s(?P<t>[^\s(),.]+?)(?=(?:은|는|이|가|을|를|의|과|와|도|으로|로)?[\s,.]|$)"
)
_NOT_YET = re.compile(r"\s?(?:후보|내정자|출신|후임|물망|자리|직)")
_FORMER_BEFORE = re.compile(r"(?:^|\s)전(?:임)?\s+$")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def member_role_beside_name(c: Clause) -> list[Relation]:
    """A person written right beside an organisation and a role in it ("ORG 주장 P", "P ORG 선수는", "P ORG
    연구위원은", "전 ORG 감독 P": former): WORKS_FOR with the role as title."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = [m for m in c.mentions if m.type.is_organization and m.start in of_mention]
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.org is None and m.start in of_mention):
        before = max((o for o in orgs if o.end <= p.start), key=lambda o: o.end, default=None)
        role = _ROLE_THEN_NAME.fullmatch(text, before.end - base, p.start - base) if before is not None else None
        org, former = before, bool(before is not None and _FORMER_BEFORE.search(text, 0, before.start - base))
        title = _role_title(c, role, p)
        if title is None and before is not None and text[before.end - base : p.start - base] == " ":
            # "롯데 자이언츠 이대호 선수는": the organisation, the name, then the member role
            role = _NAME_THEN_ROLE.match(text, p.end - base)
            role = role if role is not None and role.group("t") in c.lex.member_roles else None
            title = _role_title(c, role, p)
        if title is None:
            org = next((o for o in orgs if o.start - base == p.end - base + 1 and text[p.end - base] == " "), None)
            role = _NAME_THEN_ROLE.match(text, org.end - base) if org is not None else None
            title, former = _role_title(c, role, p), False
        if org is None or role is None or title is None:
            continue
        if _NOT_YET.match(text, role.end("t") if role.group("t") else role.end()) or c.hedged(role.end()):
            continue
        came = role.groupdict().get("came") is not None  # "ORG 출신 P": worked there before (a school's are alumni)
        if came and (of_mention[org.start].type is EntityType.UNIVERSITY or _SCHOOL_UNIT.search(org.text)):
            continue  # "KAIST 전기전자공학부 출신 P": an alumnus of the school's department
        former = former or came or role.groupdict().get("past") is not None  # "ORG 대표였던 P": a role held before
        # "ORG의 공동창업자 P CTO가 사임했다": a founder, whose post is the title after the name, left in this sentence
        founded = title in _FOUNDER_TITLES and bool(p.title) and p.title not in _FOUNDER_TITLES
        if founded:
            title, former = p.title, former or _steps_down_from_it(c, p)
        facts = _held(_works_for(c, of_mention[p.start], of_mention[org.start], title), "전" if former else None)
        if founded or role.groupdict().get("t0") in _FOUNDER_TITLES and title not in _FOUNDER_TITLES:
            # "ORG의 창업자이자 CEO인 P": the first role founded it
            facts.append(Relation(RelationType.ESTABLISHED, facts[0].source, facts[0].target, c.sentence, 0.8))
        out += facts
    return out + _founder_of_the_topic(c, orgs)


# "창업자인 P", "공동 창업자인 P": the person described as a founder, right before the name
_FOUNDER_DESCRIBED = re.compile(r"(?:공동\s?)?(?:창업자|창업주|설립자)(?:인|이자)\s$")


def _founder_of_the_topic(c: Clause, orgs: list[Mention]) -> list[Relation]:
    """ "메디브레인은 당분간 창업자인 P 의장이 대표를 겸한다": a person described as the founder in a sentence whose
    topic is an organisation founded it."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention):
        if not _FOUNDER_DESCRIBED.search(text, 0, p.start - base):
            continue
        topic = next(
            (o for o in reversed(orgs) if o.end <= p.start and text[o.end - base : o.end - base + 1] in "은는"), None
        )
        if topic is not None and not c.hedged(p.end - base):
            out.append(
                Relation(RelationType.ESTABLISHED, of_mention[p.start], of_mention[topic.start], c.sentence, 0.8)
            )
    return out


def _role_title(c: Clause, role: re.Match[str] | None, person: Mention) -> str | None:
    """The title a role match gives (the person's own for "ORG 소속 P"), None when it is no role."""
    if role is None:
        return None
    if "member" in role.groupdict() and role.group("member"):
        return person.title
    if "came" in role.groupdict() and role.group("came"):
        return ""  # the person's own title is the present post, not the one held there
    return role.group("t") if _is_title(c, role.group("t")) else None


_NAME_JOINER = re.compile(r"\s?[·ㆍ,]\s?")


def _sharing_with_next(c: Clause, m: Mention) -> Mention | None:
    """ "김서연·박민호 고려대 교수": the untitled name takes the organisation and title of the titled name
    joined right after it, as a mention of its own span."""
    base = c.sentence.start
    nxt = next(
        (n for n in c.mentions if n.type is EntityType.PERSON and n.start > m.end and n.start in c.doc.of_mention),
        None,
    )
    if nxt is None or nxt.org is None or not nxt.title:
        return None
    if not _NAME_JOINER.fullmatch(c.sentence.text, m.end - base, nxt.start - base):
        return None
    return replace(m, title=nxt.title, org=nxt.org)


def _sharing_with_previous(c: Clause, m: Mention) -> Mention | None:
    """ "누리로보틱스 공동대표 김하늘·박서준": an untitled name joined by "·" right after a name that the title and
    organisation written before it went to shares them (a list of people by commas or 와 may be anyone's); in
    "ORG 공동 창업자 P1·P2 대표" the founders' role is shared by a name with its own title after it too."""
    base = c.sentence.start
    prev = max(
        (n for n in c.mentions if n.type is EntityType.PERSON and n.end < m.start and n.start in c.doc.of_mention),
        key=lambda n: n.end,
        default=None,
    )
    if prev is None or prev.org is None or not prev.title or prev.org[1] > prev.start:
        return None
    if m.title and prev.title not in _FOUNDER_TITLES:
        return None
    if c.sentence.text[prev.end - base : m.start - base] not in ("·", "ㆍ"):
        return None
    return replace(m, title=prev.title, org=prev.org)


_TITLE_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z]{1,5})\)")


def _title_with_gloss(c: Clause, m: Mention) -> str:
    """ "최고기술책임자(CTO)": the title with the short form news glosses it with (readers know both)."""
    base = c.sentence.start
    at = c.sentence.text.find(m.title, m.end - base) if m.title else -1
    if at < 0 or at - (m.end - base) > 25 or not (g := _TITLE_GLOSS.match(c.sentence.text, at + len(m.title))):
        return m.title
    return f"{m.title}({g.group(1)})"


def attached_org(c: Clause, m: Mention) -> Entity | None:
    """The organisation the recogniser attached to a person: the mention at its span, else the one that
    ends it ("영국 케임브리지대 지구과학부": the country before the name, read by another recogniser as
    "케임브리지대 지구과학부", is no part of it)."""
    if m.org is None:
        return None
    start, end = m.org
    if start in c.doc.of_mention:
        return c.doc.of_mention[start]
    inner = next((o for o in c.doc.mentions if o.type.is_organization and start < o.start and o.end == end), None)
    if inner is not None:
        return c.doc.of_mention.get(inner.start)
    # "ORG의 응급의학과 교수인 P": a unit that names no owner, right after the organisation that owns it
    owner = max(
        (o for o in c.doc.mentions if o.type.is_organization and o.end <= start and o.start in c.doc.of_mention),
        key=lambda o: o.end,
        default=None,
    )
    if owner is None or not _BARE_UNIT.fullmatch(c.doc.text, start, end):
        return None
    return c.doc.of_mention[owner.start] if _OWNER_GAP.fullmatch(c.doc.text, owner.end, start) else None


def speaks_for(c: Clause, who: Entity | None) -> Entity | None:
    """ "김성훈 업스테이지 대표는 서울대와 공동 연구를", "P ORG CEO는 Y에 투자했다고": a person written with their
    organisation acts for it; the organisation, else None for a person."""
    if who is None or who.type is not EntityType.PERSON:
        return who
    if _IN_PERSON.search(c.sentence.text):
        return None  # "P ORG 대표가 개인 자격으로 Y에 투자했다": the person's own money, not the company's
    # "P 전 ORG 대표는 Y에 투자했다": one who held the post before acts for no one
    return next(
        (
            org
            for m in c.mentions
            if c.doc.of_mention.get(m.start) is who and not m.former and (org := attached_org(c, m)) is not None
        ),
        None,
    )


_IN_PERSON = re.compile(r"개인\s?(?:자격|투자자)(?:으로|로)|개인적으로|사재를")


def _org_at(c: Clause, start: int) -> Mention | None:
    return next(
        (m for m in c.mentions if m.start == start and m.type.is_organization and m.start in c.doc.of_mention), None
    )


# a school's department, whose 출신 are its alumni: "전기전자공학부", "컴퓨터공학과", "경영대학원"
_SCHOOL_UNIT = re.compile(r"(?:학부|학과|대학원|단과대학)$")


# a post the clause says was held over a closed time, for some years or before ("2015년부터 2020년까지 … 재직했다",
# "7년간 근무했다", "이전에(앞서) … 근무했다"), with a past verb: held no longer
_CLOSED_PERIOD = re.compile(
    r"\d{2,4}년(?:\s?\d{1,2}월)?(?:까지|에서\s\d{2,4}년까지)|(?:" + BEFORE_NOW + r"|앞서)(?:는|도)?\s"
    r"|\d{1,2}년\s?(?:간|동안)|(?:창업|입사|합류|설립)\s?전(?:에)?\s"  # "7년간 근무했다", "창업 전 … 일했다"
)
_PAST_VERB = re.compile(r"했|하였|했던|하던|하다가|았|었|다가")


def _post_ended(c: Clause) -> str | None:
    """ "전" (former, as for "P 전 ORG T") when the trigger's past verb tells a post over a closed period or
    before; None for a post still held ("2015년부터 재직하고 있다")."""
    if not _PAST_VERB.search(c.trigger.group(0)):
        return None
    return "전" if _CLOSED_PERIOD.search(c.sentence.text, 0, c.trigger.start()) else None


def _held(facts: list[Relation], past: str | None) -> list[Relation]:
    """The facts of a role, marked former when the verb says it was held before ("지낸", "역임했다"):
    a past role is still WORKS_FOR, as for "P 전 ORG T"."""
    for f in facts:
        if past and f.type is RelationType.WORKS_FOR:
            f.properties["former"] = True
    return facts


# "P 대표는 무신사 MD 출신이다": where the person worked before, told as what they are (a post there, perhaps)
_CAME_FROM_TOLD = re.compile(r"(?:\s(?P<t>[^\s,.()]{1,10}))?\s?출신(?:이다|이며|이고|으로|이자|이라)")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def came_from(c: Clause) -> list[Relation]:
    """ "P 대표는 ORG (T) 출신이다": a post held before at ORG (a school's 출신 are its alumni, no post)."""
    person = next(
        (a for a in c.args if a.particle in ("은", "는", "이", "가") and a.entity.type is EntityType.PERSON), None
    )
    if person is None:
        return []
    base, out = c.sentence.start, []
    for m in c.mentions:
        org = c.doc.of_mention.get(m.start)
        if m.start < person.end or org is None or not org.type.is_organization or org.type is EntityType.UNIVERSITY:
            continue
        told = _CAME_FROM_TOLD.match(c.sentence.text, m.end - base)
        if told is None or _SCHOOL_UNIT.search(told.group(0)) or _SCHOOL_UNIT.search(m.text) or c.hedged(told.end()):
            continue  # "연세대학교 화학공학과 출신": a school's department names its alumni, no post
        title = told.group("t") if told.group("t") and _is_title(c, told.group("t")) else ""
        out += _held(_works_for(c, person.entity, org, title), "전")
    return out


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def roles_with_verbs(c: Clause) -> list[Relation]:
    """ "김 회장이 이끄는 B", "스카이레이크 회장을 맡고 있는 진 전 장관", "A를 삼성리서치 소장에 내정"."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    people = [m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention]
    orgs = [m for m in c.mentions if m.type.is_organization and m.start in of_mention]
    out = []
    for p in people:
        for o in orgs:
            if o.start > p.end and (lead := _LEADS.fullmatch(text[p.end - base : o.start - base])):
                title = lead["t"] if lead["t"] and _is_title(c, lead["t"]) else p.title
                if not lead["t"] or title == lead["t"]:
                    out += _works_for(c, of_mention[p.start], of_mention[o.start], title)
            if (
                o.end < p.start
                and (h := _HOLDS.match(text[o.end - base : p.start - base]))
                and _is_title(c, h.group("t"))
            ):
                # a unit head's title ("DS부문장") gives way to the person's own rank ("사장") when one is written
                held = h.group("t") if h.group("t") in c.lex.titles or not p.title else p.title
                out += _held(_works_for(c, of_mention[p.start], of_mention[o.start], held), h["past"])
            if o.end < p.start and _HEADING.fullmatch(text, o.end - base, p.start - base):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], p.title)
            if (
                o.start > p.end
                and _CAPTION_SLASH.fullmatch(text, p.end - base, o.start - base)
                and (t := _CAPTION_TITLE.match(text, o.end - base))
                and _is_title(c, t["t"])
            ):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], t["t"])  # "[인터뷰] P / ORG 부사장"
        # "P 박사가 ORG를 이끈다": heading an organisation (not a name glossed in parentheses after P)
        for o in (o for o in orgs if o.start - base >= _after_person(text, p, base)):
            if (
                _SUBJECT_OF.match(text, _after_person(text, p, base))
                and (_HEADS.match(text, o.end - base) or _HEADS_PART.match(text, o.end - base))
                and not c.hedged(o.end - base)
            ):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], p.title)
            break
        # "ORG 원장에 P 교수가 취임했다", "ORG 신임 대표로 P 전 ORG2 T가 선임됐다", "ORG는 병원장으로 P 교수를
        # 임명했다": the role named first
        for o in (o for o in orgs if o.end <= p.start):
            role = _ROLE_OF.fullmatch(text, o.end - base, p.start - base)
            person_end = _after_person(text, p, base)
            # (an appointer's post only under a title of a few syllables: "정부는 X연구원장에 P를 임명했다" is X's head,
            # its name glued on, not a post at the government)
            appointed = (
                role is not None
                and len(role.group("t")) <= _PLAIN_TITLE_LENGTH
                and _APPOINTED_OBJECT.match(text, person_end)
            )
            arrives = _ARRIVES.match(text, person_end) or appointed
            if role and arrives and _is_title(c, role.group("t")) and not c.hedged(arrives.end(), plans=True):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], role.group("t"))
            # "ORG장에 P가 임명됐다", "정부는 ORG장에 P를 임명했다": the head's post glued onto the body's name
            glued = _GLUED_HEAD.fullmatch(text, o.end - base, p.start - base)
            given = arrives or _APPOINTED_OBJECT.match(text, _after_person(text, p, base))
            head = c.lex.head_title(o.text)
            if glued and given and head and not c.hedged(given.end(), plans=True):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], head)
        # "ORG는 P 박사가 이끈다": the organisation (topic) headed by the person
        led = next((o for o in orgs if o.end <= p.start and _TOPIC.match(text, o.end - base)), None)
        if led is not None and (lb := _LED_BY.match(text, _after_person(text, p, base))) and not c.hedged(lb.end()):
            title = p.title or (lb.group("t") if lb.group("t") in c.lex.titles else "")
            out += _works_for(c, of_mention[p.start], of_mention[led.start], title)
        # "X는 G그룹 계열사로, P 회장이 그룹을 이끌고 있다": the group named in the sentence, not its affiliate
        group = next((of_mention[o.start] for o in orgs if of_mention[o.start].type is EntityType.BUSINESS_GROUP), None)
        if (
            group is not None
            and (g := _LEADS_THE_GROUP.match(text, _after_person(text, p, base)))
            and not c.hedged(g.end())
        ):
            out += _works_for(c, of_mention[p.start], group, p.title)
        # "ORG의 대표는 P가 맡았다": the post first, then the person who takes it
        for o in (o for o in orgs if o.end <= p.start):
            topic_post = _POST_AS_TOPIC.fullmatch(text, o.end - base, p.start - base)
            taken = _TAKEN_BY.match(text, _after_person(text, p, base)) or _IS_THE_POST.match(
                text, _after_person(text, p, base)
            )
            if topic_post and taken and _is_title(c, topic_post["t"]) and not c.hedged(taken.end(), plans=True):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], topic_post["t"])
        # "P는 ORG(의) T를 맡는다": the role the person takes or holds
        if _TOPIC.match(text, _after_person(text, p, base)) or _SUBJECT_OF.match(text, _after_person(text, p, base)):
            # (not past another person, whose role it is: "A 대표가 선임됐고, B ORG 대표는 T를 맡는다")
            nxt = min((q.start for q in people if q.start > p.end), default=c.sentence.end)
            # (nor the organisation of a post written with the person and held before: "P 전 ORG 부사장이 대표로
            # 선임됐다" takes a post elsewhere)
            own = _after_person(text, p, base) + base if p.former else p.end
            for o in (o for o in orgs if p.end < o.start < nxt and o.start >= own):
                t = _TAKES.match(text, o.end - base)
                if t and _is_title(c, t.group("t")) and not c.hedged(t.end()):
                    held = t["past"] or t["left"]
                    out += _held(_works_for(c, of_mention[p.start], of_mention[o.start], t.group("t")), held)
                elif (left := _LEAVES.match(text, o.end - base)) and not c.hedged(left.end()):
                    out += _held(_works_for(c, of_mention[p.start], of_mention[o.start], ""), left.group())
        # "P는 ORG의 (공동) T이다": a description of the person
        if _TOPIC_GLOSSED.match(text, _after_person(text, p, base)):
            for o in (o for o in orgs if o.start > p.end):
                d = _DESCRIBED.match(text, o.end - base)
                if d and _is_title(c, d.group("t")) and not c.hedged(d.end()):
                    # "P는 전 ORG 원장이다": a post held before
                    former = "전" if text[: o.start - base].endswith(("전 ", "前 ")) else None
                    out += _held(_works_for(c, of_mention[p.start], of_mention[o.start], d.group("t")), former)
                break
        # "ORG는 P T를 신임 T2로 선임": the subject appoints one of its own
        v = _APPOINTED_HERE.match(text, _after_person(text, p, base))
        topic = next(
            (o for o in orgs if o.end <= p.start and _APPOINTER_TOPIC.match(text, o.end - base)), None
        ) or next(
            (o for o in reversed(orgs) if o.end <= p.start and _APPOINTER_SUBJECT.match(text, o.end - base)), None
        )
        # the organisation that appoints: this sentence's topic, else the one carried ("… 밝혔다. 이어 P를 T로 영입했다"),
        # else, with no subject written, the one the news is told by ("ORG에 따르면 이사회에서 P를 T로 선임했다")
        source = next((o for o in orgs if o.end <= p.start and _TOLD_BY.match(text, o.end - base)), None)
        appointer = (
            of_mention[topic.start]
            if topic is not None
            else (c.topic if c.topic is not None and c.topic.type.is_organization and not c.subjects else None)
            or (of_mention[source.start] if source is not None and not c.subjects else None)
        )
        # "P를 ORG T로": below (an organisation in the former affiliation "P 전 ORG2 T를" is not the new one)
        after_former = v.end("former") if v is not None and v.group("former") else v.start() if v else 0
        named_org = v is not None and any(after_former < o.start - base < v.end() for o in orgs)
        # "ORG는 P CAIO를 (AI) 책임자로 임명": a role word that is no title names the post; the title is the person's
        held = v.group("t") if v is not None and _is_title(c, v.group("t")) else None
        held = held or (p.title if v is not None and p.title and v.group("t") in _POST_WORDS else None)
        if v and appointer is not None and not named_org and held and not c.hedged(v.end(), plans=True):
            out += _works_for(c, of_mention[p.start], appointer, held)
        # "ORG는 P 신임 대표를 선임했다": the title written with the person is the post given
        given = _APPOINTED_TITLED.match(text, _after_person(text, p, base)) if v is None else None
        if given and _ROLE_FIRST.search(text[: p.start - base]):
            given = None  # "조직 수장에는 P 전무를 선임했다": the post written first is the one given
        if given and appointer and p.title and p.org is None and not p.former and not c.hedged(given.end(), plans=True):
            out += _works_for(c, of_mention[p.start], appointer, p.title)
        # "ORG는 신임 대표로 P (전 ORG2 T)를 선임": the role named before the person; "ORG는 대선 후보로 P 대표를
        # 선출": a role that is no title (a candidacy) leaves the person's own title, when no other organisation has it
        r = _ROLE_FIRST.search(text[: p.start - base])
        if r is not None and any(o.start - base == r.start("t") for o in orgs):
            r = None  # "ORG장에 P 국장을": the post of the body named, read above, not the appointer's
        named = (
            ""
            if r is None
            else r.group("t")
            if r.group("t") in c.lex.titles
            else p.title
            if p.org is None and not p.former
            else ""
        )
        if (
            r
            and appointer is not None
            and (topic is None or topic.end - base <= r.start())
            and named
            and not _new_body_post(c, p, _founded_lately(c))  # "초대 T에는", "미국 법인장에는": the new body's head
        ):
            # the person its object ("… P를 선임했다") or, passive, its subject ("… P가 영입됐다")
            after = _APPOINTED_OBJECT.match(text, _after_person(text, p, base)) or _ARRIVES.match(
                text, _after_person(text, p, base)
            )
            # "정부는 KISTEP 원장에 P를 임명했다": the organisation written right before the role is the employer,
            # the appointer only chose
            post = next((o for o in orgs if _POST_OF.fullmatch(text, o.end - base, r.start("t"))), None)
            employer = (
                of_mention[post.start] if post is not None and post.start > (topic.end if topic else 0) else appointer
            )
            # a ministry carried from an earlier sentence fills posts of the bodies under it ("… 공모 결과를
            # 발표했다. 신임 원장에는 P가 선임됐다"), not its own
            carried_ministry = (
                topic is None and employer is appointer and appointer.type is EntityType.GOVERNMENT_AGENCY
            )
            if after and not carried_ministry and not c.hedged(after.end(), plans=True):
                out += _works_for(c, of_mention[p.start], employer, named)
        # "P(…) ORG T를 ORG2 T2에 내정": the new role
        for o in (o for o in orgs if o.start > p.end):
            v = _APPOINT_VERB.match(text, o.end - base)
            gap = text[p.end - base : o.start - base]
            # "P를 ORG T에 내정했다"; passive "P는 ORG T로 선임됐다"
            if (
                v
                and _is_title(c, v.group("t"))
                and (re.search(r"(?:을|를)\s+['‘\"“「]?$", gap) or (v.group("passive") and _SUBJECT_GAP.search(gap)))
                and not _VERB_END.search(gap)
                and not c.hedged(v.end(), plans=True)
            ):
                out += _works_for(c, of_mention[p.start], of_mention[o.start], v.group("t"))
    return out + _roles_of_the_person_carried(c, people, orgs)


# a sentence opening on a pronoun for the person written about ("그는", "그녀는"), or on a time only ("현재 …이다")
_PERSON_CARRIED = re.compile(r"^\s*(?:(?:그|그녀)(?:는|가)\s|(?:현재|이후|이어|이듬해|당시)\s)")


def _roles_of_the_person_carried(c: Clause, people: list[Mention], orgs: list[Mention]) -> list[Relation]:
    """ "P는 서울대를 졸업했다. 그는 ORG의 T를 지냈다", "…. 현재 ORG 원장이다": with no person named, the post is
    the carried topic's, a person the sentence before wrote about."""
    person, text, base = c.topic, c.sentence.text, c.sentence.start
    if people or person is None or person.type is not EntityType.PERSON or not _PERSON_CARRIED.match(text):
        return []
    out = []
    for o in orgs:
        org = c.doc.of_mention[o.start]
        if (t := _TAKES.match(text, o.end - base)) and _is_title(c, t["t"]) and not c.hedged(t.end()):
            out += _held(_works_for(c, person, org, t["t"]), t["past"] or t["left"])
        elif (d := _DESCRIBED.match(text, o.end - base)) and _is_title(c, d["t"]) and not c.hedged(d.end()):
            out += _works_for(c, person, org, d["t"])
    return out


_REGIME = re.compile(r"\s?체제(?:로|를|에|가|는|다|이다)?(?=[\s,.]|$)")
_REGIME_ENDED = re.compile(r"\s?체제(?:를|가)\s(?:\S+\s)?(?:끝내|마감|마무리|마쳤|막을|종료|끝났|깨)")
_LISTED_BEFORE = re.compile(r"(?:\s?[·ㆍ,]\s?|\s(?:와|과|및)\s)$")  # "P1·P2 공동대표", "P1, P2 각자대표"
# the company as the subject, then at most a few words of when: "ORG는 (지난해부터|최근|2022년) P 대표 체제로"
_RUN_BY = re.compile(
    r"(?:\([^()]*\))?(?:은|는|이|가)\s+(?:(?:\S+부터|최근|현재|지난해|올해|지난달|이달|이후|초|말|\d{4}년|\d{1,2}월)\s+){0,3}"
)


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def heads_in_regime(c: Clause) -> list[Relation]:
    """ "ORG는 P1·P2 공동대표 체제로 운영된다", "ORG는 P 대표 체제로 전환했다": the heads a company is run under,
    named with their title before 체제; one ended ("P 대표 체제를 마감했다") was held before, one planned is none."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    people = [m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention]
    orgs = [m for m in c.mentions if m.type.is_organization and m.start in of_mention]
    out = []
    for i, last in enumerate(people):
        after = _after_person(text, last, base)
        regime = _REGIME.match(text, after)
        if not _is_title(c, last.title) or regime is None:
            continue
        first = i
        while first > 0 and (joiner := _LISTED_BEFORE.search(text, 0, people[first].start - base)):
            # the name right before the joiner, bare ("P1·P2 공동대표") or with a title of its own
            if joiner.start() not in (people[first - 1].end - base, _after_person(text, people[first - 1], base)):
                break
            first -= 1
        owner = next((o for o in orgs if _RUN_BY.fullmatch(text, o.end - base, people[first].start - base)), None)
        if owner is None or c.hedged(regime.end(), plans=True):
            continue
        ended = _REGIME_ENDED.match(text, after)
        for p in people[first : i + 1]:
            facts = _works_for(c, of_mention[p.start], of_mention[owner.start], p.title or last.title)
            out += _held(facts, ended.group() if ended else None)
    return out


# "누리텍(대표 ", "(대표이사ㆍ"; after the organisation's other names ("캠코(한국자산관리공사, 사장 ", "(KR, 회장 ")
_GLOSS_TITLE_FIRST = re.compile(r"\(\s*(?:[^()]*?,\s*)?(?P<t>[^\s()ㆍ·:,]+)(?:\s+|\s*[ㆍ·:]\s*)$")
# " 대표)" after the person, or ")"; with the title first, another item may follow ("(회장 P, 이하 ‘협의회’)")
_GLOSS_TITLE_AFTER = re.compile(r"\s*(?P<t>[^\s(),]*)\s*(?P<end>\)|,)")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def person_in_gloss(c: Clause) -> list[Relation]:
    """ "누리텍(대표 김철수)은", "누리텍(김철수 대표)", "캠코(한국자산관리공사, 사장 P)": the person and title glossed
    right after an organisation, perhaps after its other names."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention):
        # the nearest before ("영광군(군수 P)은 … 반석(대표 Q)과": Q's is 반석)
        org = max(
            (
                o
                for o in c.mentions
                if o.type.is_organization and o.start in of_mention and o.end < p.start and text[o.end - base] == "("
            ),
            key=lambda o: o.end,
            default=None,
        )
        if (
            org is None
            or "(" in text[org.end - base + 1 : p.start - base]
            or ")" in text[org.end - base : p.start - base]
        ):
            continue
        first = _GLOSS_TITLE_FIRST.fullmatch(text, org.end - base, p.start - base)
        after = _GLOSS_TITLE_AFTER.match(text, p.end - base)
        if after is None or (first is None and (org.end != p.start - 1 or after.group("end") == ",")):
            continue
        title = first.group("t") if first else after.group("t")
        if title and (title in c.lex.titles or title in LOCAL_HEADS):
            # "캠코(한국자산관리공사, 사장 P)": the body's other name glossed first is the body P heads too
            other = _org_at(c, org.end + 1)
            bodies = [of_mention[org.start]]
            if other is not None and other.end < p.start and of_mention[other.start] is not bodies[0]:
                bodies.append(of_mention[other.start])
            for body in bodies:
                out += _works_for(c, of_mention[p.start], body, title)
    return out


# "(23·이상 ORG)", "(이상 ORG)": the organisation of every person listed before the gloss
_ALL_ABOVE = re.compile(r"(?:\(|\(\d{1,3}[·ㆍ,]\s?)이상\s$")
# between two listed people: the first one's title and gloss ("(21)"), then a list mark
_LISTED_NEXT = re.compile(r"(?:\s[^\s(),·ㆍ]{1,10})?(?:\s?\([^()]*\))?(?:와|과|,|·|ㆍ|\s및)\s?")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def listed_with_one_organisation(c: Clause) -> list[Relation]:
    """ "우하람(21)과 김영남(23·이상 한빛체육공단)", "김하늘 대표와 박서준 부사장(이상 누리로보틱스)": "이상" glosses
    the organisation of everyone listed up to it, the last name and those joined before it by a list mark."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    people = [m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention]
    out = []
    for o in (
        o
        for o in c.mentions
        if o.type.is_organization and o.start in of_mention and text[o.end - base : o.end - base + 1] == ")"
    ):
        last = max((p for p in people if p.end <= o.start), key=lambda p: p.end, default=None)
        above = _ALL_ABOVE.search(text, 0, o.start - base)
        if last is None or above is None or above.start() != _after_person(text, last, base):
            continue
        listed = [last]
        for p in sorted((p for p in people if p.end <= last.start), key=lambda p: -p.end):
            if not _LISTED_NEXT.fullmatch(text, p.end - base, listed[-1].start - base):
                break
            listed.append(p)
        for p in listed:
            title = p.title if p.org is None and p.title else ""
            out += _works_for(c, of_mention[p.start], of_mention[o.start], title)
    return out


_UNIT_IN_GLOSS = re.compile(r"(?P<words>(?:\s[^\s()]+){0,2})\s*\)")  # " 전기정보공학부)" after the organisation, or ")"


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def organisation_in_gloss(c: Clause) -> list[Relation]:
    """ "김민수 교수(서울대 전기정보공학부)는", "김민수(한솔전자 대표)는", "김민수(한솔전자)", "김민수 ORG 대표(전 한솔전자
    부사장)": former; a person's
    organisation glossed in parentheses after the name and title; an untitled name takes the title written
    last in the parentheses, or none when the organisation stands alone ("(한솔전자 출신)" is no gloss of a role)."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention):
        if not p.title and p.org is not None:
            continue  # the recogniser placed the person already
        opening = _after_person(text, p, base)
        if text[opening : opening + 1] != "(":
            continue
        former = text.startswith("전 ", opening + 1)  # "P ORG T(전 ORG2 T2)": the role held before
        org = _org_at(c, base + opening + (3 if former else 1))
        tail = _UNIT_IN_GLOSS.match(text, org.end - base) if org is not None else None
        if org is None or tail is None:
            continue
        words = tail.group("words").split()
        if former:
            if words and _is_title(c, words[-1]):
                out += _held(_works_for(c, of_mention[p.start], of_mention[org.start], words[-1]), "전")
            continue
        # the title glossed with the organisation first: "P ORG 1차장(ORG2 장관)" is ORG2's 장관, not its 차장; the
        # person's own title only when it is at no other organisation ("P 교수(ORG 학부)")
        title = words[-1] if words and _is_title(c, words[-1]) else p.title if p.org is None else ""
        if (
            p.title
            or title
            or (words in ([], ["소속"]) and _plain_affiliation(of_mention[p.start], of_mention[org.start]))
        ):
            # "P(ORG 전 대표)": the 전 written between the organisation and the title
            past = "전" if title and "전" in words[:-1] else None
            out += _held(_works_for(c, of_mention[p.start], of_mention[org.start], title), past)
    return out


_HANGUL_NAME = re.compile(r"[가-힣]+(?: [가-힣]+){0,3}")


def _plain_affiliation(person: Entity, org: Entity) -> bool:
    """ "김민수(한솔전자)": an untitled name glossed with an organisation alone is its member only when the name is
    written in Hangul words and the organisation is not a Latin spelling ("빌리 아일리시(Billie Eilish)",
    "페르소나AI(AI 컨택센터)" are glosses of the name or of what a company does)."""
    return bool(_HANGUL_NAME.fullmatch(person.name)) and (
        re.search(r"[가-힣]", org.name) is not None or org.registry is not None
    )


# "ORG T 출신 P", "ORG T 출신인 P": a role the person held before; a school or company alone ("서울대 출신") says
# where the person studied or worked once, no role, and gives nothing
_CAME_FROM = re.compile(r"(?:의)?\s+(?P<t>[^\s(]+?)\s?출신(?:인|의|으로|이자)?\s+$")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def former_role_before_name(c: Clause) -> list[Relation]:
    """ "한솔전자 대표 출신 김민수 교수": WORKS_FOR the organisation, marked former, with the role held there."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    out = []
    orgs = [m for m in c.mentions if m.type.is_organization and m.start in of_mention]
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention):
        org = max((o for o in orgs if o.end <= p.start), key=lambda o: o.end, default=None)
        came = _CAME_FROM.fullmatch(text, org.end - base, p.start - base) if org is not None else None
        if org is not None and came is not None and _is_title(c, came.group("t")) and came["t"] not in DEGREES:
            out += _held(_works_for(c, of_mention[p.start], of_mention[org.start], came.group("t")), "출신")
    return out


# "P는 ORG에서 (T로) 근무했다": the organisation in 에서 right before the verb of working there, a title in 로
_POST_HELD_AT = re.compile(r"(?:\([^()]*\))?의\s(?P<t>[^\s(]+?)(?:\([^()]*\))?(?:으로|로)\s+(?:\S+\s)?$")
_WORKS_AT = re.compile(r"(?:에서는|에서)\s+(?:(?:\S+\s){0,2}?(?P<t>[^\s(]+?)(?:\([^()]*\))?(?:으로|로)\s+)?(?:\S+\s)?$")


@relation_rule(
    RelationType.WORKS_FOR,
    language="ko",
    # "뛰고 있다": a player for a club
    trigger=r"(?:근무|재직|활약|몸담)(?:고\s있|했|하였|한다|하며|하고|해\s?왔|해\s?온|하다가|하던|았|고|며|은|는|다가|\s?중)"
    r"|일(?:했|한다|하고\s있|하며|하고|해\s?왔|해\s?온|하다가|하던)|뛰(?:고\s있|었|며|던|다가)|뛴다",
)
def works_at(c: Clause) -> list[Relation]:
    """ "P는 ORG에서 10년간 근무했다", "P는 현재 ORG에서 연구원으로 일하고 있다": the person as the clause's
    subject works for the organisation in 에서 right before the verb (a hedge or a wish gives nothing)."""
    person = c.subject
    place = next((a for a in reversed(c.before) if a.particle in SOURCE), None)
    owner = next((a for a in reversed(c.before) if a.particle == "의" and a.entity.type.is_organization), None)
    post = _POST_HELD_AT.fullmatch(c.text_before(c.pos), owner.end - c.sentence.start) if owner else None
    if person is not None and person.type is EntityType.PERSON and owner is not None and post is not None:
        # "P는 현재 ORG의 최고과학책임자로 재직 중이다": the post at the organisation in 의
        if c.hedged(c.trigger.end(), plans=True) or not _is_title(c, post["t"]):
            return []
        return _held(_works_for(c, person, owner.entity, post["t"]), _post_ended(c))
    if person is None or person.type is not EntityType.PERSON or place is None or not place.entity.type.is_organization:
        return []
    gap = _WORKS_AT.fullmatch(c.text_before(c.pos), place.end - c.sentence.start)
    if gap is None or c.hedged(c.trigger.end(), plans=True):
        return []
    title = gap.group("t") if gap.group("t") and _is_title(c, gap.group("t")) else ""
    # "P는 A와 B에서 근무했다": every organisation enumerated in the place
    orgs = [a.entity for a in c.before if a.group == place.group and a.entity.type.is_organization]
    return _held(
        [r for org in orgs for r in _works_for(c, person, org, title)], _post_ended(c) or _head_looking_back(c, person)
    )


def _head_looking_back(c: Clause, person: Entity) -> str | None:
    """ "정하늘 대표는 삼성전자 무선사업부에서 일했다": a company's head written with no company of the title, telling in the
    past tense where they worked, tells their career before it ("전")."""
    said = next((m for m in c.mentions if c.doc.of_mention.get(m.start) is person), None)
    if said is None or said.org is not None or not said.title or not _PAST_VERB.search(c.trigger.group(0)):
        return None
    return "전" if c.lex.title_names_head_of(said.title, EntityType.COMPANY) else None


# between the organisation joined and the verb: its particle, then a date or an adverb at most
_JOIN_GAP = re.compile(
    r"(?:\([^()]*\))?(?:에|으로|로)\s+(?:(?:다시|새로|정식으로|정식|공식|공식적으로|전격|최근|\d{2,4}년\s?(?:\d{1,2}월\s?)?)\s*)*"
    r"(?:(?P<t>[^\s()]{1,12})(?:으로|로)\s+)?"  # "업스테이지에 최고사업책임자로 합류했다": the post joined for
    r"(?:자리를\s)?"
)
_RECRUITED = re.compile(
    r"(?:\([^()]*\))?(?:을|를)\s+(?:(?:새로|전격|최근|\d{2,4}년\s?(?:\d{1,2}월\s?)?)\s*)*"
    r"(?:(?:[^\s()]+\s){0,2}[^\s()]+(?:으로|로)\s+)?$"  # "P 상무를 AI 전략 담당으로 영입했다": the post taken on for
)


@relation_rule(
    RelationType.WORKS_FOR,
    language="ko",
    trigger=r"(?:(?:합류|입사|입단|입당|입대|이적|이직|영입)(?:했|하였|한다|하며|하고|해\s|하여\s|하면서|됐|되었|된다|돼|되며|되고|한\s|된\s)"
    r"|자리를\s옮(?:겼|긴다|기며|기고|겨\s))",
)
def joins_organisation(c: Clause) -> list[Relation]:
    """ "P는 지난해 ORG에 합류/입사/입단/입당했다", "P는 ORG로 이적/이직했다(자리를 옮겼다)", "P는 ORG에 영입됐다", "ORG에 합류한 P": the
    person joined the organisation; "ORG는 P 박사를 영입했다", "ORG가 영입한 P": the organisation took the person
    on.  A plan or a hedge gives nothing."""
    if c.hedged(c.trigger.end(), plans=True):
        return []
    text, base, pos = c.sentence.text, c.sentence.start, c.pos
    subject = c.subject
    if c.trigger.group(0).endswith(("한 ", "된 ")):
        # "지난해 ORG에 합류한 P 박사는", "ORG가 영입한 P": the person the relative clause describes
        said = next((m for m in c.mentions if m.start == base + c.trigger.end()), None)
        if said is None or said.type is not EntityType.PERSON or said.start not in c.doc.of_mention:
            return []
        subject = c.doc.of_mention[said.start]
        if c.trigger.group(0).startswith("영입한"):
            hirer = next((a for a in reversed(c.before) if a.particle in ("이", "가")), None)
            if hirer is None or not hirer.entity.type.is_organization:
                return []
            return _works_for(c, subject, hirer.entity, said.title if said.org is None else "")
    dest = next((a for a in reversed(c.before) if a.particle in ("에", "에는", "로", "으로")), None)
    # "A가 X로 이적했으며, B는 Y로 이적했다": the second move is the subject's written nearest before its destination
    nearest = [a.entity for a in c.subjects if dest is not None and a.end <= dest.start]
    subject = nearest[-1] if nearest else subject
    if (
        subject is not None
        and subject.type is EntityType.PERSON
        and dest is not None
        and dest.entity.type.is_organization
        and (gap := _JOIN_GAP.fullmatch(text, dest.end - base, pos - base))
    ):
        said = next((m for m in c.mentions if c.doc.of_mention.get(m.start) is subject), None)
        # (not the title of a surname referring back, "조 대표는 2016년 X에 합류했다": the post told before, maybe
        # elsewhere; nor a professor's rank, "P 교수가 X에 합류한다": the university's)
        title = (
            said.title
            if said is not None
            and said.org is None
            and not c.lex.names_no_one(said.text)
            and not said.title.endswith("교수")
            else ""
        )
        if gap["t"] and _is_title(c, gap["t"]):
            title = gap["t"]  # "P 전 네이버 부사장이 업스테이지에 최고사업책임자로 합류했다": the new post
        # "X에 합류했다가 Y로 자리를 옮겼다": a post held, then left for the next
        left = "다가" if text.startswith("다가", c.trigger.end()) else None
        return _held(_works_for(c, subject, dest.entity, title), left)
    hired = next((a for a in reversed(c.before) if a.particle in ("을", "를")), None)
    if (
        c.trigger.group(0).startswith("영입")
        and subject is not None
        and subject.type.is_organization
        and hired is not None
        and hired.entity.type is EntityType.PERSON
        and (said := next((m for m in c.mentions if m.start == hired.start), None)) is not None
        and _RECRUITED.fullmatch(text, _after_person(text, said, base), pos - base)
        and not _post_elsewhere(c, said, subject)
    ):
        # "P 전 상무를 영입": a title held before is no title of the new post
        return _works_for(c, hired.entity, subject, said.title if said.org is None and not said.former else "")
    return []


def _post_elsewhere(c: Clause, person: Mention, hirer: Entity) -> bool:
    """ "ORG는 자회사 ORG2 신임 대표에 P를 영입했다": the post the person is brought in for is another organisation's,
    named with its title before the person."""
    text, base = c.sentence.text, c.sentence.start
    role = _ROLE_FIRST.search(text[: person.start - base])
    return role is not None and any(
        m.type.is_organization
        and c.doc.of_mention.get(m.start) not in (None, hirer)
        and _POST_OF.fullmatch(text, m.end - base, role.start("t"))
        for m in c.mentions
    )


# "P는 (현재) ORG T로 활동한다", "ORG 연구위원으로 재직 중이다": the organisation and the title in 로, then the verb
_SERVES_AS = re.compile(r"\s(?P<t>[^\s(]+?)(?:\([^()]*\))?(?:으로|로)\s+(?:현재\s|계속\s)?$")


@relation_rule(
    RelationType.WORKS_FOR,
    language="ko",
    trigger=r"(?:활동|재직|근무)(?:\s?중이|하고\s있|한다|하며|하고|했|하였|해\s?왔|해\s?온)",
)
def serves_as(c: Clause) -> list[Relation]:
    """ "김민준은 현재 한솔전자 고문으로 활동한다": the subject person holds the title at the organisation written
    right before it; a hedge or a plan gives nothing, a title no lexicon knows ("홍보대사로") nothing either."""
    text, base = c.sentence.text, c.sentence.start
    # the subject: a person whose particle follows the name, its title or "씨" ("김민준 씨는")
    said = next(
        (
            m
            for m in c.mentions
            if m.type is EntityType.PERSON
            and m.end <= c.pos
            and m.start in c.doc.of_mention
            and _SUBJECT_OF.match(text, _after_person(text, m, base))
        ),
        None,
    )
    org = next((a for a in reversed(c.before) if a.entity.type.is_organization), None)
    if said is None or org is None or org.particle or org.start < said.end:
        return []
    person = c.doc.of_mention[said.start]
    role = _SERVES_AS.fullmatch(c.sentence.text, org.end - c.sentence.start, c.pos - c.sentence.start)
    if role is None or not _is_title(c, role.group("t")) or c.hedged(c.trigger.end(), plans=True):
        return []
    return _held(_works_for(c, person, org.entity, role.group("t")), _post_ended(c))


# "P는 ORG와 (3년) 계약을 맺었다": only a signing of the person's own services (a term, an exclusive or a player's
# contract); a supply or licence contract ("ORG와 공급 계약을") is signed for a company, not to join it
_OWN_CONTRACT = re.compile(r"(?:와|과)\s+(?:(?:\d{1,2}년|\d{1,2}년간|다년|전속|입단|선수|FA|재)\s?)?$")


@relation_rule(
    RelationType.WORKS_FOR,
    language="ko",
    trigger=r"(?<=\s)계약을?\s?(?:맺|체결)(?:었|었다|었으며|고|으며|했|했다|하였|한다)",
)
def signs_with(c: Clause) -> list[Relation]:
    """ "P는 2019년 ORG와 4년 계약을 맺었다", "P는 ORG와 전속 계약을 체결했다": a player or an artist signing with a
    club or an agency is its member; a hedge, a plan or a negation gives nothing."""
    person = c.subject
    partner = next((a for a in reversed(c.before) if a.particle in ("와", "과")), None)
    if person is None or person.type is not EntityType.PERSON or partner is None:
        return []
    said = next((m for m in c.mentions if c.doc.of_mention.get(m.start) is person), None)
    if (
        not partner.entity.type.is_organization
        or (said is not None and said.org is not None)  # "P ORG2 대표는": signs for ORG2
        or not _OWN_CONTRACT.match(c.sentence.text, partner.end - c.sentence.start, c.pos - c.sentence.start)
        or c.hedged(c.trigger.end(), plans=True)
    ):
        return []
    return _works_for(c, person, partner.entity, "")


# "ORG에서 10년간 근무한 P", "ORG에서 활약했던 선수 P": the organisation worked at, in a relative clause on the person;
# a past form ("했던", "하던") marks the role former
_WORKED_AT_BEFORE = re.compile(
    r"(?:에서|에서는)\s+(?:\S+\s){0,2}?(?:(?:근무|재직|활약|일)(?:(?P<now>하는|해\s?온)|한|(?P<past>했던|하던))|몸담(?:은|고\s있는|(?P<past2>았던))"
    r"|뛰고\s있는|뛰는)"
    r"\s+(?:(?P<t>[^\s(]+)\s+)?$"
)


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def worked_at_before_name(c: Clause) -> list[Relation]:
    """ "해오름FC에서 활약한 서지후는", "한빛대에서 20년간 재직한 박 교수": WORKS_FOR the organisation the relative
    clause before the name says the person works or worked at."""
    of_mention, text, base = c.doc.of_mention, c.sentence.text, c.sentence.start
    orgs = [m for m in c.mentions if m.type.is_organization and m.start in of_mention]
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.org is None and m.start in of_mention):
        org = max((o for o in orgs if o.end <= p.start), key=lambda o: o.end, default=None)
        w = _WORKED_AT_BEFORE.fullmatch(text, org.end - base, p.start - base) if org is not None else None
        if org is None or w is None or (w["t"] and not _is_title(c, w["t"])):
            continue
        title = w["t"] or p.title
        # "ORG에서 12년간 근무한 P": a post held over a closed time, told in the past, is one held before
        closed = not w["now"] and _CLOSED_PERIOD.search(text, org.end - base, p.start - base) is not None
        past = "전" if w["past"] or w["past2"] or closed else None
        out += _held(_works_for(c, of_mention[p.start], of_mention[org.start], title), past)
    return out


# a new body the titled person is said to head ("P 대표가 통합법인을 이끈다")
_HEADS_A_NEW_BODY = re.compile(
    r"(?:이|가|은|는)\s(?:\S+\s)?(?:통합|합병|신설|합작|새|신규)\s?(?:법인|회사)(?:을|를|의)\s"
)
# a founder named as such before the person ("창업자인 P CEO는", "창업자 P 대표가")
_CALLED_FOUNDER = re.compile(r"(?:창업자|창업주|설립자)(?:인|이자|로서)?\s")
# an acquisition told in the sentence before: whose founder the next one names
_BOUGHT_JUST_NOW = re.compile(r"인수(?:했|하였|한다|해|하며|하고|를 완료)")
# after the topic ("KAIST는 "), before its titled person: a date or "이날" at most
_TOPIC_THEN_PERSON = re.compile(
    r"(?:\([^()]*\))?(?:은|는)\s+(?:(?:이날|최근|\d{1,2}일)\s+)*(?P<late>고\s?\(故\)\s?|故\s?|고\s)?"
)
# after the person's title: the team it leads, then the subject's particle ("교수 연구팀이", "대표가")
# (not the subject of a relative clause on another body: "P 대표가 이끄는 ORG2", "P 대표가 세운")
# or the speaker of what the sentence quotes, named at its end ("…는 게 P 대표의 설명이다")
# a person's shares told in a relative clause ("P 대표가 보유한 지분"): an owner, not the company's head
OWNING = r"(?:보유한|보유하던|보유\s중인|소유한|가진)\s"
_HEAD_AS_SUBJECT = re.compile(
    r"\s?(?:공동\s?)?(?:연구팀|연구진|연구단|팀)?(?:이|가|은|는)\s(?!(?:\S+\s)?(?:이끄는|이끌고\s있는|설립한|창업한|세운|운영하는|경영하는|만든)\s|"
    + OWNING
    + ")"
    r"|의\s(?:설명|말|얘기|이야기|전언|분석|주장|생각|판단|전망|지적|평가|구상|각오|포부)(?:이다|이었다|였다|이다\.)"
)


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def head_of_the_topic(c: Clause) -> list[Relation]:
    """ "업스테이지는 … 밝혔다. 김성훈 대표는 '…'라고 말했다", "포스텍은 김동성 교수 연구팀이 …를 개발했다고
    밝혔다": a titled person written with no organisation, as the subject right after the sentence's topic or
    in the sentence right after one whose subject was an organisation, speaks for it when the title is one of
    that kind of body's heads.  Nothing when another organisation comes first, or the person is placed
    elsewhere in the article."""
    text, base = c.sentence.text, c.sentence.start
    named = [
        m for m in c.mentions if m.start in c.doc.of_mention and (m.type.is_organization or m.type is EntityType.PERSON)
    ]
    first = named[0] if named else None
    # the subject carried from before, even though this sentence's subject is the person's title ("대표는"), or the
    # organisation a description written as the topic before the person refers to ("이 회사는 P 대표가 창업했다")
    topic = next(
        (
            a.entity
            for a in c.args
            if first is not None
            and a.end <= first.start
            and a.particle in ("은", "는")
            and a.entity.type.is_organization
        ),
        c.discourse.topic,
    )
    if (
        topic is c.discourse.topic
        and c.discourse.funded is not None
        and c.sentence.index - 2 <= max(c.discourse.round_sentence, c.discourse.funded_at) < c.sentence.index
        # "소프트뱅크그룹이 Y에 투자했다. P 회장은": a group's chairman speaks for the group that invested
        and not (topic is not None and topic.type is EntityType.BUSINESS_GROUP and _heads_the_group(first))
    ):
        # "Y는 N원을 유치했다. A가 투자했다. P 대표는": the head of the company funded just now, not of its investor
        topic = c.discourse.funded
    late = False  # "ORG는 고(故) P 창업주의 뜻을 기려": a founder no longer living, in no current role
    if (
        len(named) > 1
        and first is not None
        and first.type.is_organization
        and (then := _TOPIC_THEN_PERSON.fullmatch(text, first.end - base, named[1].start - base))
    ):
        if c.hedged(named[1].end - base):
            return []  # "ORG는 P 박사가 이끌 가능성이 있다"
        topic, first, late = c.doc.of_mention[first.start], named[1], then["late"] is not None  # "KAIST는 P 교수"
    if topic is None or not topic.type.is_organization or first is None or first.type is not EntityType.PERSON:
        return []
    if first.org is not None or not first.title or first.former or _new_body_post(c, first, _founded_lately(c)):
        return []  # "합작법인 대표는 P 상무가 맡는다": the new body's head, not the topic's
    if _CALLED_FOUNDER.search(text, 0, first.start - base):
        # "X가 Y를 인수했다. 창업자인 P CEO는 회사에 남는다": the founder of the company just bought, not of its buyer
        bought = [
            r.target
            for r in c.doc.relations
            if r.type is RelationType.ACQUIRED and r.source is topic and r.sentence.index >= c.sentence.index - 1
        ]
        if bought:
            topic = bought[-1]
        elif _BOUGHT_JUST_NOW.search(c.doc.sentences[c.sentence.index - 1].text if c.sentence.index else ""):
            return []  # the company bought was not read: whose founder is not known
    kind = _KIND_BEFORE.search(text, 0, first.start - base)
    if kind is not None and not topic.name.endswith(kind.group("kind")):
        # "(X협회는 … 서울대 산학협력단이 …) 협회 P 회장은": the body of that kind named last, not the topic
        topic = c.last_named_before(lambda e: e.type.is_organization and e.name.endswith(kind.group("kind")))
        if topic is None:
            return []
    person = c.doc.of_mention[first.start]
    after = _after_person(text, first, base)
    if _HEADS_A_NEW_BODY.match(text, after):
        return []  # "… SK텔레콤이 주주로 참여한다. P 대표가 통합법인을 이끈다": the merged company's head, not the topic's
    # a founder's title names the company the article is about in any role ("P 창업주의 역할이 컸다")
    founder_of = first.title in _FOUNDER_TITLES and text.startswith("의 ", after)
    # "검찰은 P 대표가 …": a public body, headed by no 대표
    if not c.lex.title_names_head_of(first.title, c.lex.body_kind(topic.name, topic.type)) or not (
        founder_of or (_HEAD_AS_SUBJECT.match(text, after) and not late)
    ):
        return []
    if any(m.org is not None for m in c.doc.mentions if c.doc.of_mention.get(m.start) is person) or any(
        r.type is RelationType.WORKS_FOR and r.source is person and r.target is not topic for r in c.doc.relations
    ):
        return []  # "김민수 네이버 대표 … 김 대표는", "X는 P 대표가 창업했다 … P 대표는": placed where introduced
    # "ORG는 P 대표이사가 사임했다고 공시했다": a role the person steps down from in this very sentence was held
    stepped_down = _STEPS_DOWN.match(text, after)
    return _held(_works_for(c, person, topic, first.title), "고" if late or stepped_down else None)


# the titles of a business group's head, which a company funded by the group is not headed by ("대표" may be either's)
_GROUP_HEAD_TITLES = {"회장", "명예회장", "총수"}


def _heads_the_group(person: Mention | None) -> bool:
    """ "손정의 회장": the person's title is the one a business group's head holds."""
    return person is not None and person.title in _GROUP_HEAD_TITLES


# "P ORG T 겸 ORG2 T2": a second role, at another organisation, joined to the first by 겸
_ALSO = re.compile(r"(?:\([^()]*\))?\s+겸\s+")
_ALSO_ROLE = re.compile(  # "겸 ORG (이사회) T": the board the second title is held on, written between
    r"(?:의)?\s+(?:[^\s(),.]*(?:이사회|위원회)\s)?(?:[^\s(),.]+\s){0,2}?(?P<t>[^\s(),.]+?)(?=(?:은|는|이|가|을|를|의|과|와|도|이자|으로|로)?[\s,.)]|$)"
)


# the kind of body a person's title is held at, written bare before the name: "협회 P 회장", "재단 P 이사장"
_KIND_BEFORE = re.compile(
    r"(?:^|\s)(?P<kind>협회|재단|학회|조합|연합회|협의회|공사|공단|연구원|연구소|대학|대학교|병원|은행|센터|위원회|진흥원)\s$"
)


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def second_role(c: Clause) -> list[Relation]:
    """ "김민수 카카오 대표 겸 카카오브레인 의장은": WORKS_FOR the second organisation too, with its title."""
    text, base = c.sentence.text, c.sentence.start
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.title and m.start in c.doc.of_mention):
        also = _ALSO.match(text, _after_person(text, p, base))
        org = _org_at(c, base + also.end()) if also is not None else None
        role = _ALSO_ROLE.match(text, org.end - base) if org is not None else None
        target = c.doc.of_mention[org.start] if org is not None else None
        if target is not None and target.name.endswith("장"):
            # "CTO 겸 삼성리서치장 사장": the unit's head, read with its title glued on; the unit is the one named
            target = next((e for e in c.entities if e.type.is_organization and e.name == target.name[:-1]), None)
        if target is not None and role is not None and _is_title(c, role.group("t")):
            out += _held(_works_for(c, c.doc.of_mention[p.start], target, role.group("t")), "전" if p.former else None)
    return out


# "C 창업자 겸 대표 등을 역임했다", "B T, C 공동창업자를 거쳐": a founder's title written after an organisation in a
# career list, an item closed by a comma, 및/와, or 등을/를 and a verb of holding it before
_FOUNDER_ITEM = re.compile(
    r"(?:의)?\s(?:공동\s?)?(?:창업자|창업주|설립자|창립자)(?:\s겸\s[^\s,.]+?)?"
    r"(?:,|\s?및|\s?등(?:을|를|의)?|을|를|와|과)\s"
)
_CAREER_VERB = re.compile(r"(?:역임|지냈|지낸|지내|거쳤|거친|거쳐|맡았던|맡았|몸담았)")
_CAREER_RELATIVE = re.compile(r"(?:역임한|지낸|거친|맡았던|몸담았던)\s+$")


# an item of a career list after its organisation: its title ("A 부사장, B CTO를 거쳤다"), or none where the verb
# says the person passed through or worked at the organisation ("A와 B를 거쳤다")
_CAREER_ITEM = re.compile(r"(?:의)?(?:\s(?P<t>[^\s,.()]+?))?(?:,|\s?및|\s?등(?:을|를|의)?|을|를|와|과)\s")
_PASSED_THROUGH = re.compile(r"거쳤|거친|거쳐|몸담았")


def _career_holder(c: Clause, people: list[Mention], o: Mention, item_end: int, verb: re.Match) -> Mention | None:
    """Whose career a list item is: the topic before the list ("P 대표는 A T, … 역임했다"), else the person the
    list describes ("… 역임한 P"); none when another person is named inside the item or a clause ends (a verb
    or an ending) between the item and the career verb, which then is another clause's."""
    text, base = c.sentence.text, c.sentence.start
    if any(
        t.tag.startswith(("E", "V")) for t in c.sentence.tokens if o.end <= t.start and t.end <= base + verb.start()
    ) or any(p.start > o.end and p.start - base < item_end for p in people):
        return None
    before = [p for p in people if p.end <= o.start and _TOPIC.match(text, _after_person(text, p, base))]
    after = [p for p in people if p.start - base > verb.start() and _CAREER_RELATIVE.search(text, 0, p.start - base)]
    return before[-1] if before else after[0] if after else None


def _career_items(
    c: Clause, item_pattern: re.Pattern[str]
) -> Iterator[tuple[Mention, re.Match[str], re.Match[str], Mention]]:
    """(organisation, its item, the career verb, whose career) for each item of a career list that
    ``item_pattern`` reads after an organisation and a verb of holding it before closes, not hedged."""
    text, base, of_mention = c.sentence.text, c.sentence.start, c.doc.of_mention
    people = [m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention]
    for o in (m for m in c.mentions if m.type.is_organization and m.start in of_mention):
        item = item_pattern.match(text, o.end - base)
        verb = _CAREER_VERB.search(text, item.end()) if item is not None else None
        if item is None or verb is None or c.hedged(verb.end(), plans=True):
            continue
        if (person := _career_holder(c, people, o, item.end(), verb)) is not None:
            yield o, item, verb, person


@relation_rule(RelationType.ESTABLISHED, language="ko", per_sentence=True, phase=0)
def founder_in_career(c: Clause) -> list[Relation]:
    """ "P 대표는 A T, B T, C 창업자 겸 대표 등을 역임했다", "… C 창업자 등을 거친 P": founding C is a fact
    whenever it was, so the founder's item of a career list is an establishment."""
    of_mention = c.doc.of_mention
    return [
        Relation(RelationType.ESTABLISHED, of_mention[person.start], of_mention[o.start], c.sentence, 0.75)
        for o, _, _, person in _career_items(c, _FOUNDER_ITEM)
    ]


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def roles_in_career(c: Clause) -> list[Relation]:
    """ "P 대표는 A 부사장, B CTO를 거쳤다", "P는 A와 B를 거쳐 …", "A T, B T 등을 역임한 P": every item of a
    career list is a post held before (WORKS_FOR, former), with the title written after its organisation; an
    item without one only where the verb says the person passed through it (역임 and 지내 name a post)."""
    of_mention = c.doc.of_mention
    out = []
    for o, item, verb, person in _career_items(c, _CAREER_ITEM):
        title = item.group("t") or ""
        if title and _is_title(c, title) or not title and _PASSED_THROUGH.match(verb.group(0)):
            out += _held(_works_for(c, of_mention[person.start], of_mention[o.start], title), "전")
    return out


# "초대 대표에는 ", "초대 원장으로 ", "누리AI 대표에는 ": the first head of a body, or its head named with it, the title
# in 에/로
_FIRST_HEAD = re.compile(
    r"(?:^|\s)(?:(?:(?P<first>초대)|(?P<name>[^\s(]+))\s)?(?P<t>[^\s(]+?)(?:\([^()]*\))?"
    r"(?:에는|에|으로는|로는|으로|로|은|는)\s+"
    # "신설법인 대표는 CIC를 이끌던 P 대표가", "합작법인 대표에는 X 출신 P 전무가": who they were
    r"(?:(?:\S+\s){0,2}?\S*(?:던|이끈|맡은|맡아온)\s|\S+\s출신(?:인|의)?\s)?$"
)
# words for the body just founded, written before its head's title ("합작법인 대표는 P가 맡는다", "신설 법인 대표에는")
_NEW_BODY_WORDS = frozenset(
    {"합작법인", "합작사", "신설법인", "신설회사", "새법인", "현지법인", "신설", "법인", "자회사"}
)
# "P 교수가 초대 센터장으로 임명됐다": the person first, then the new body's first post
_MADE_FIRST_HEAD = re.compile(
    r"(?:\s*\([^()]*\))?(?:이|가|은|는)\s+초대\s(?P<t>[^\s(]+?)(?:(?:으로|로|에)\s+(?:\S+\s)?"
    r"(?:취임|부임|재?선임|임명|발탁|내정|영입)(?:됐|되었|했|돼)"
    r"|(?:을|를)\s+맡(?:았|는다|게\s됐|아\s))"  # "P 박사가 초대 소장을 맡았다"
)


def _founded_lately(c: Clause) -> list[Entity]:
    """The bodies founded in this sentence or the two before, in order."""
    return [n for idx, _, n in c.discourse.established if c.sentence.index - 2 <= idx <= c.sentence.index]


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def first_head_of_the_new_body(c: Clause) -> list[Relation]:
    """ "X는 자회사 Y를 설립했다. 초대 대표에는 P가 선임됐다": the first head named right after a founding heads the
    body founded (in this sentence or the two before), as does one named with its name ("Y 대표에는 P가 내정됐다")
    when recognition did not read that name again; another organisation there is the other rules'."""
    text, base, of_mention = c.sentence.text, c.sentence.start, c.doc.of_mention
    new = _founded_lately(c)
    if not new:
        return []
    out = []
    for p in (m for m in c.mentions if m.type is EntityType.PERSON and m.start in of_mention):
        after = _after_person(text, p, base)
        if (made := _MADE_FIRST_HEAD.match(text, after)) is not None and _is_title(c, made.group("t")):
            if not c.hedged(made.end(), plans=True):
                out += _works_for(c, of_mention[p.start], new[-1], made.group("t"))
            continue
        first = _new_body_post(c, p, new)
        verb = _ARRIVES.match(text, after) or _APPOINTED_OBJECT.match(text, after) or _TAKEN_BY.match(text, after)
        own = p.org[0] if p.org is not None and p.org[1] <= p.start else p.start
        if (
            first is None
            or verb is None
            or not _is_title(c, first.group("t"))
            or any(
                m.type.is_organization
                and first.start() <= m.start - base < own - base
                and not text.startswith(" 출신", m.end - base)  # "X 출신 P": where the person comes from
                for m in c.mentions
            )
            or c.hedged(verb.end(), plans=True)
        ):
            continue
        out += _works_for(c, of_mention[p.start], new[-1], first.group("t"))
    return out


def _new_body_post(c: Clause, p: Mention, new: list[Entity]) -> re.Match[str] | None:
    """The post written before person ``p`` and their own organisation ("초대 센터장에는 KAIST P 교수가", "합작법인
    대표는 P가"), when it is the post of the body founded lately (``new``, in order)."""
    own = p.org[0] if p.org is not None and p.org[1] <= p.start else p.start
    first = _FIRST_HEAD.search(c.sentence.text, 0, own - c.sentence.start) if new else None
    return first if first is not None and _heads_the_new_body(first, new[-1]) else None


# where a clause opens: the sentence's start, or right after a comma or a connective ending ("설립했으며, ", "열고 ")
_CLAUSE_OPENS = re.compile(r"(?:^|,\s*|[고며]\s+)$")


def _heads_the_new_body(post: re.Match[str], new: Entity) -> bool:
    """ "초대 T", "Y T" (the new body's name), or a unit head's title opening a clause ("센터장은", "Y를 설립했으며,
    법인장에는", "Y를 열고 연구소장에"): the post is the new body's."""
    if post.group("first"):
        return True
    name = (post.group("name") or "").removesuffix("의")
    merged = post.group("name") and post.string[: post.start("name")].endswith(("합병 ", "통합 ", "존속 "))
    if name == new.name or (name in _NEW_BODY_WORDS and not merged):  # "Y 대표에는", "합작법인 대표는"
        return True  # (not "합병 법인의 대표는": the company a merger leaves, no body founded)
    opens = post.start() == 0 or bool(_CLAUSE_OPENS.search(post.string, 0, post.start("t")))
    # "센터장은", "미국 법인장에는"; a company's head right after a company was founded ("자회사 Y를 신설했다.
    # 대표이사에는 P가 선임됐다")
    company_head = post.group("t") in _OWN_COMPANY_HEADS and new.type is EntityType.COMPANY
    return opens and (post.group("t").endswith("장") or company_head)


# a notice's section: "◇ 부사장 승진 ", "◇ 신규 선임 " (a section naming no post leaves each entry's own)
_NOTICE_SECTION = re.compile(r"◇\s*(?P<h>[^◇▲]*)")


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)
def personnel_notice(c: Clause) -> list[Relation]:
    """ "[인사] 네이버 ◇ 부사장 승진 ▲김철수 ▲이영희 ◇ 전무 ▲박민수": each name listed works for the organisation the
    notice opens with, with the post its entry names ("▲AI연구소장 김도윤") or else its section's ("◇ 부사장")."""
    text, base = c.sentence.text, c.sentence.start
    head = NOTICE_HEAD.match(text)
    org = (
        next((m for m in c.mentions if m.type.is_organization and m.start - base <= head.end() + 1), None)
        if head
        else None
    )
    if org is None or org.start not in c.doc.of_mention:
        return []
    out = []
    for p in (
        m for m in c.mentions if m.type is EntityType.PERSON and m.start in c.doc.of_mention and m.start > org.end
    ):
        if p.org is not None:
            continue  # "▲ 카카오 AI연구소장 김도윤": the entry names its own organisation
        sections = list(_NOTICE_SECTION.finditer(text, 0, p.start - base))
        posted = [w for w in (sections[-1].group("h").split() if sections else []) if _is_title(c, w)]
        title = p.title or (posted[0] if posted else "")
        out += _works_for(c, c.doc.of_mention[p.start], c.doc.of_mention[org.start], title)
    return out
