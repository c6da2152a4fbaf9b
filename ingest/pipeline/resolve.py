"""Stage 5, resolve: mentions -> one canonical entity per real-world entity.

Within an article: registry aliases share their canonical entry; a gloss in
parentheses is an alias of the name before it ("UNIST(울산과학기술원)",
"라온로보(Raonrobo)"); a compound of the same type as its registry head is that head
("서울대 공대" -> 서울대); a shorter later form ("AI연구원") joins the one longer
name it ends or starts with; short person references ("구 대표") join the person.
Persons and organisations never merge.

Across articles: ``name_key`` and ``likely_duplicates`` (for
``aigraph entities --duplicates``) work on plain names and types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aigraph.core.vocabulary import EntityType, RelationType, normalize_name
from aigraph.ingest.pipeline.lexicon import Lexicon, RegistryEntry
from aigraph.ingest.pipeline.mention import COUNTRY_ARMS, REPORTER_NOTES, Mention
from aigraph.ingest.pipeline.transliterate import sounds_alike

_SPECIFICITY = {
    "registry": 4,
    "compound": 3,
    "unit": 3,
    "known": 3,
    "legal": 3,
    "quoted": 3,
    "listed": 2,
    "learned": 2,
    "person": 2,
    "ner": 1,
    "argument": 0,
}
# what may follow a short name in its long form: "SAPEON" = "SAPEON Inc.", not "한빛AI" = "한빛 AI 연합"
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "주식회사", "주", "코리아", "korea"})
_HANGUL = re.compile(r"[가-힣]")
# the kinds of a unit named after its parent ("서울대 AI연구원"); a company's name keeps its own spelling
_UNIT_TYPES = frozenset({EntityType.RESEARCH_LAB, EntityType.ORGANIZATION, EntityType.UNIVERSITY})
_LATIN = re.compile(r"[A-Za-z]")
# "(이하 'SGH')" -> SGH; "(옛 한빛정밀)", "(구 NHN엔터프라이즈)", "(舊 X)": a former name, without its mark
_FORMER_MARK = r"(?:옛\s?사명\s|구\s?사명\s|옛\s?|구\s|舊\s?)"
_GLOSS_TEXT = re.compile(rf"\(\s*(?:이하\s*|{_FORMER_MARK})?['‘\"“]?([^()'‘’\"“”]{{2,40}}?)['’\"”]?\s*\)")
_FORMER_GLOSS = re.compile(rf"\(\s*{_FORMER_MARK}['‘\"“]?")
# "X는 (지난달) 사명을 'Y'로 바꿨다", "X는 Y로 사명을 변경했다": the company renamed, and its new name
_RENAMED_BEFORE = re.compile(r"(?:은|는|이|가)\s(?:[^.\n]{0,30}?\s)?(?:사명을\s)?['‘\"“]?$")
_RENAMED_AFTER = re.compile(
    r"['’\"”]?(?:으로|로)\s(?:사명을\s)?(?:새로\s)?(?:바꿨|바꾸었|바꾼다|바꾸며|바꾸고|변경했|변경하였|변경한다|변경하며|변경하고)"
)


@dataclass
class Entity:
    """A resolved entity of one article; ``mentions`` keep their offsets."""

    key: str
    name: str
    type: EntityType
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    registry: RegistryEntry | None = None
    head: str = ""  # registry canonical name of the organisation this one is built on

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def member_relation(self) -> RelationType:
        """How an organisation belongs to this one: a business group has affiliates (AFFILIATE_OF), any other
        organisation has parts (PART_OF)."""
        return RelationType.AFFILIATE_OF if self.type is EntityType.BUSINESS_GROUP else RelationType.PART_OF

    def same_group(self, other: Entity) -> bool:
        """Both registered in one group (one the other's parent, or two units of one parent): "카카오브레인" and
        "카카오" merging is a reorganisation, no purchase."""
        if self.registry is None or other.registry is None:
            return False
        mine, theirs = (self.registry.name, self.registry.parent), (other.registry.name, other.registry.parent)
        return bool(set(mine) & set(theirs) - {""})


def name_key(name: str, etype: EntityType) -> str:
    """Cross-article identity of a plain name: label family plus normalised name."""
    return f"{etype.label}:{normalize_name(name)}"


class Resolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._registry = {e.name: e for e in lexicon.registry}
        self._by_alias = lexicon.by_alias()

    def resolve(self, text: str, mentions: list[Mention]) -> tuple[list[Entity], dict[int, Entity]]:
        """Entities in order of first mention, and mention start -> entity."""
        entities: dict[str, Entity] = {}
        of_mention: dict[int, Entity] = {}
        names = [m for m in mentions if m.source != "anaphor" and not m.refers_to]
        glossed = self._glosses(text, names)
        for m in names:
            if m.start in glossed:
                continue
            key = self._key(m)
            ent = entities.get(key)
            if ent is None:
                ent = entities[key] = self._new(key, m)
            self._add(ent, m)
            of_mention[m.start] = ent
        by_start = {m.start: m for m in names}
        for inner, outer in glossed.items():
            ent = of_mention.get(outer.start)
            if ent is not None:
                ent.aliases.add(by_start[inner].text)
                ent.mentions.append(by_start[inner])
                of_mention[inner] = ent
        for m in names:
            gloss = self._plain_gloss(text, m)
            other = by_start.get(m.end + 1)
            if other is not None and other.start not in glossed:
                continue  # the parentheses hold another entity ("기성용(스완지시티)"), not this one's other name
            if gloss and m.start in of_mention:
                of_mention[m.start].aliases.add(gloss)
        self._merge_short_forms(entities, of_mention)
        for m in mentions:
            if m.refers_to:
                # "구 대표" joins the person it shortens; "광주TP" (after "광주테크노파크(TP)") the organisation, as
                # another name of it
                named = next((e for e in entities.values() if m.refers_to in e.aliases), None)
                if named is not None:
                    named.mentions.append(m)
                    if m.type is not EntityType.PERSON:
                        named.aliases.add(m.text)
                    of_mention[m.start] = named
        ordered = sorted(entities.values(), key=lambda e: e.first)
        return ordered, of_mention

    # ----------------------------------------------------------------------
    def _glosses(self, text: str, names: list[Mention]) -> dict[int, Mention]:
        """Start of a mention written in parentheses right after another -> that other mention."""
        by_start = {m.start: m for m in names}
        out: dict[int, Mention] = {}
        for m in names:
            if text[m.end : m.end + 1] == "(":
                former = _FORMER_GLOSS.match(text, m.end)  # "NHN클라우드(구 NHN엔터프라이즈)": the old name
                inner = by_start.get(former.end() if former else m.end + 1)
                if (
                    inner is not None
                    and text[inner.end : inner.end + 1] == ")"
                    and (inner.type is EntityType.PERSON) == (m.type is EntityType.PERSON)
                ):
                    out[inner.start] = m  # not "김태원(새누리당)": a person's organisation in parentheses is no alias
        orgs = [m for m in names if m.type.is_organization]
        for old, new in zip(orgs, orgs[1:], strict=False):
            if (
                "사명" in text[old.end : new.end + 12]
                and _RENAMED_BEFORE.search(text, old.end, new.start)
                and _RENAMED_AFTER.match(text, new.end)
                and "\n" not in text[old.end : new.start]
            ):
                out.setdefault(new.start, old)  # "X는 사명을 'Y'로 바꿨다": Y is X's new name, one company
        return out

    def _plain_gloss(self, text: str, m: Mention) -> str:
        """A name-like text in parentheses after a mention: "(CLOVA)", "(미래부)", not "(대표 김OO)"."""
        g = _GLOSS_TEXT.match(text, m.end)
        if g is None:
            return ""
        gloss = g.group(1)
        if (
            any(ch.isdigit() for ch in gloss)
            or gloss.count(" ") > 3
            or gloss in self.lex.generic_heads
            or gloss in REPORTER_NOTES
        ):
            return ""
        if any(word in self.lex.titles for word in gloss.split()):
            return ""
        return gloss

    def _name(self, m: Mention) -> str:
        """The organisation's name without a country written before it ("미국 프린스턴대학교" ->
        "프린스턴대학교"); the mention keeps its full span and the full text stays an alias.  An institution
        word keeps its country ("미국 정부", "일본 경찰"): alone it would name every country's.  A name in quotes
        is the name as given ("'글로벌 AI 얼라이언스'")."""
        name = m.text
        while m.type.is_organization and m.source != "quoted" and " " in name:
            first, _, rest = name.partition(" ")
            if (
                (
                    first not in self.lex.countries
                    and first not in self.lex.classifiers
                    and first not in ("스타트업", "신생기업")
                )
                or rest in self.lex.generic_orgs
                or self.lex.is_unit_word(rest)  # "팹리스 사업부": the kind names the unit
            ):
                break
            name = rest  # "미국 프린스턴대학교", "스타트업 업스테이지"
        return self._spelled_with_head(name, m)

    def _spelled_with_head(self, name: str, m: Mention) -> str:
        """A unit built on a registered organisation, spelled with that organisation's canonical name:
        "서울대 AI연구원" and "서울대학교 AI연구원" are one institute, within an article and across articles.
        The head is the one the recogniser built the compound on or, for a name the tagger found whole, a
        registered organisation written as its first word.  The rest must be in the canonical name's script:
        "KAIST 화학과" becomes "한국과학기술원 화학과", "Samsung Research" does not become "삼성전자 Research"."""
        head = self._registry.get(m.head)
        first = name.partition(" ")[0]
        if head is None and m.type in _UNIT_TYPES and first != name:
            head = self._by_alias.get(normalize_name(first))
        if head is None:
            return name
        low = name.casefold()
        for alias in sorted(head.names, key=len, reverse=True):
            if (
                len(alias) < len(name)
                and low.startswith(alias.casefold())
                and bool(_HANGUL.search(name[len(alias) :])) == bool(_HANGUL.search(head.name))
            ):
                return head.name + name[len(alias) :]
        return name

    def _key(self, m: Mention) -> str:
        if m.canonical:
            return f"reg:{m.canonical}"
        head = self._registry.get(m.head)
        if head is not None and head.type is m.type and not self._named_after(m.text, head):
            return f"reg:{head.name}"
        return name_key(self._name(m), m.type)

    def _named_after(self, text: str, head: RegistryEntry) -> bool:
        """A company whose name glues a business word to its group's ("카카오헬스케어", "네이버클라우드") is a
        company of its own, not the group; a unit ending ("삼성전자DS부문") or a space ("카카오 모빌리티
        사업부") keeps the head."""
        low = text.casefold()
        return any(
            len(alias) < len(text)
            and low.startswith(alias.casefold())
            and text[len(alias)].isalnum()
            and not any(text.endswith(u) for u in (*self.lex.unit_suffixes, *self.lex.body_units))
            for alias in head.names
        )

    def _new(self, key: str, m: Mention) -> Entity:
        entry = self._registry.get(key[4:]) if key.startswith("reg:") else None
        if entry is not None:
            return Entity(key, entry.name, entry.type, set(entry.names), registry=entry)
        return Entity(key, self._name(m), m.type, head=m.head)

    def _add(self, ent: Entity, m: Mention) -> None:
        ent.mentions.append(m)
        ent.aliases.add(m.text)
        if ent.registry is None and _SPECIFICITY.get(m.source, 0) > max(
            (_SPECIFICITY.get(x.source, 0) for x in ent.mentions[:-1]), default=-1
        ):
            ent.type = m.type
            ent.name = self._name(m)

    def _legal_tail(self, rest: str) -> bool:
        """ "Inc", "에쿼티파트너스": what a company's full name adds to its short name (not "연합", "연구소", nor
        "코리아": "X코리아" is X's arm in a country, a company of its own)."""
        suffix = self.lex.suffix_of(rest)
        if rest.strip() in COUNTRY_ARMS:
            return False
        return rest in _LEGAL_FORMS or (
            suffix is not None and suffix.text == rest and suffix.type in (EntityType.COMPANY, EntityType.INVESTOR)
        )

    def _merge_short_forms(self, entities: dict[str, Entity], of_mention: dict[int, Entity]) -> None:
        """Fold an unregistered name into the single name it equals but for spacing (a registry entry the
        recogniser did not link), the single longer name it starts or ends with, or that a gloss gave it as a
        short form."""
        # longest first, so a spacing variant ("한빛 AI 연구소") has joined its registry entry ("한빛 AI연구소") before a
        # short form ("AI연구소") looks for its one host
        for key, ent in sorted(entities.items(), key=lambda item: -len(normalize_name(item[1].name))):
            if ent.registry is not None or ent.name in self.lex.generic_orgs:
                continue  # "정부" alone is the government Korean news means, not the "미국 정부" named before
            short = normalize_name(ent.name)
            hosts = [
                other
                for other in entities.values()
                if other is not ent
                and other.type.label == ent.type.label
                and len(short) >= 2
                and other.head != ent.name
                and (
                    # (not one written before it in its sentence: "A와 셀로직스가 합작법인 JW셀로직스를 세웠다" name three
                    # companies, where a short form refers back, "경성콤그룹에 … 콤그룹에")
                    normalize_name(other.name).endswith(short)
                    and not (ent.type.is_organization and ent.first < other.first and _share_a_sentence(ent, other))
                    or short in {normalize_name(a) for a in other.aliases}  # "(이하 SGH)" defined it
                    or (
                        ent.type is not EntityType.PERSON
                        and normalize_name(other.name).startswith(short)
                        and self._legal_tail(normalize_name(other.name)[len(short) :])
                        # within one sentence a company is not its own local arm: "X가 일본 법인 X재팬을" are two
                        and not _share_a_sentence(ent, other)
                    )
                )
            ]
            if len(hosts) == 1:
                host = hosts[0]
                host.aliases |= ent.aliases
                host.mentions += ent.mentions
                for m in ent.mentions:
                    of_mention[m.start] = host
                del entities[key]


def _share_a_sentence(a: Entity, b: Entity) -> bool:
    return bool({m.sentence for m in a.mentions} & {m.sentence for m in b.mentions})


def _edit_distance_le1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def _cross_script(a: str, b: str) -> bool:
    """One name in Hangul, the other in Latin letters only, sounding alike (레인보우로보틱스 / Rainbow Robotics)."""
    hangul = [n for n in (a, b) if _HANGUL.search(n)]
    latin = [n for n in (a, b) if not _HANGUL.search(n) and _LATIN.search(n)]
    return len(hangul) == 1 and len(latin) == 1 and sounds_alike(hangul[0], latin[0])


def likely_duplicates(
    names_with_types: list[tuple[str, str]], lexicon: Lexicon | None = None
) -> list[tuple[str, str, str]]:
    """Pairs of (name, type) that probably denote one entity, with the reason.

    Reasons: ``registry`` (aliases of one registry entry), ``contained`` (same type
    and one normalised name contains the other, at least 2 characters), ``edit``
    (same type, normalised names of 4+ characters one edit apart), ``transliteration``
    (a Hangul and a Latin name that sound alike: a Korean–English pair to confirm).  Pairs are
    compared within one type only, so a person and a company named alike stay apart.
    """
    alias_index = lexicon.by_alias() if lexicon else {}
    items = sorted({(n, t) for n, t in names_with_types if n})
    out: list[tuple[str, str, str]] = []
    by_type: dict[str, list[tuple[str, str]]] = {}
    for name, etype in items:
        by_type.setdefault(etype, []).append((name, normalize_name(name)))
    for group in by_type.values():
        for i, (a, na) in enumerate(group):
            for b, nb in group[i + 1 :]:
                if na == nb:
                    out.append((a, b, "same"))
                elif na in alias_index and alias_index[na] is alias_index.get(nb):
                    out.append((a, b, "registry"))
                elif min(len(na), len(nb)) >= 2 and (na in nb or nb in na):
                    out.append((a, b, "contained"))
                elif min(len(na), len(nb)) >= 4 and _edit_distance_le1(na, nb):
                    out.append((a, b, "edit"))
                elif _cross_script(a, b):
                    out.append((a, b, "transliteration"))
    return out
