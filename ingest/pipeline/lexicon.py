"""Load the editable lexicons under ``data/`` once, into one immutable object.

Everything language- or domain-specific the stages need (organisation suffixes,
titles, predicate triggers, the alias registry, FX rates) lives in data files so
it can be reviewed and extended without touching code; see ``data/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from aigraph.core.money import fx_rates
from aigraph.core.resources import data_dir
from aigraph.core.vocabulary import EntityType, RelationType, normalize_name

DEFAULT_DATA_DIR = data_dir()


_ALIAS_INDEX: dict[int, dict] = {}

# the heads of a competition, an event or a law: what a tagger span ending so names is no body,
# and what is opened so is held, not founded ("'K-AI 투자 로드쇼'를 열었다")
# (none of the 48 such words in the even-numbered KLUE-NER news sentences is marked an organisation);
# courts abbreviated "지법", "고법", "대법" are bodies
EVENT_OR_LAW = re.compile(
    r"(?:(?<![지고대])법|리그|리가|컵|대회|선수권|올림픽|페스티벌|축제|엑스포|박람회|Symposium|Conference|Summit|Workshop"
    r"|로드쇼|설명회|데모데이|해커톤|쇼케이스|시상식|전시회)$"
)
# degrees written after a name as a form of address ("송지아 박사"): no post at any body
DEGREES = frozenset({"박사", "석사", "학사"})
# "A뿐 아니라 B에도 투자했다": an addition, not a negation
_CLIPPED_STEM = re.compile(r"[가-힣A-Za-z0-9]{2,}")  # what a headline keeps of "삼성전자", "LG화학"
_NOT_ONLY = re.compile(r"뿐(?:만)?\s?$")
# a connective ending the trigger's clause ("협력해 ", "맺고 ", "통해 ", "인수하며 "); "올해", "지난해", "최고",
# "광고" are nouns, not verbs
_CONNECTIVE = re.compile(r"(?:^|(?<=[가-힣]))(?<![올난최광보참재경사])(?:[고며해]|하여|해서),?\s")
# what a later clause does with an ``object`` hedge noun: acts on it ("가능성을 확인했다", "방법을 제안했다",
# "시너지를 기대하고", "전반을 논의하기로"), where "가능성이 있다", "전망이다" would state it
_ACTED_ON = re.compile(r"\s?(?:[을를]\s|했|하였|하고|한다|하며|해\s|하는|하기|할\s|된|됐|되)")


@dataclass(frozen=True)
class RegistryEntry:
    """A well-known organisation: canonical name, type, aliases and optional parent."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    parent: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class TitleBodies:
    """The kinds of body a title names its holder a head or member of, and the kinds that never give it
    (``lexicons/titles_by_body.tsv``)."""

    heads: frozenset[EntityType]
    never: frozenset[EntityType]


@dataclass(frozen=True)
class Suffix:
    text: str
    type: EntityType
    strength: str  # "strong" | "weak" | "glued", see data/lexicons/org_suffixes.tsv


@dataclass(frozen=True)
class Trigger:
    relation: RelationType
    pattern: re.Pattern[str]
    confidence: float


@dataclass(frozen=True)
class Lexicon:
    suffixes: tuple[Suffix, ...]
    titles: frozenset[str]
    surnames: frozenset[str]
    generic_orgs: frozenset[str]
    generic_heads: frozenset[str]
    suffix_exceptions: frozenset[str]
    classifiers: dict[str, EntityType]
    chrome: tuple[re.Pattern[str], ...]
    hedges: tuple[tuple[str, str], ...]
    triggers: tuple[Trigger, ...]
    registry: tuple[RegistryEntry, ...]
    fx: dict[tuple[int, str], float] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()  # stripped from the front of organisation names
    not_names: frozenset[str] = frozenset()  # last words of quoted or listed phrases that are not names
    places: frozenset[str] = frozenset()  # proper nouns that are places, never organisations alone
    foreign_given_names: frozenset[str] = frozenset()  # "제임스": foreign, though it starts with a surname
    japanese_surnames: frozenset[str] = frozenset()  # "다나카", "후루카와": written before a given name
    latin_given_names: frozenset[str] = frozenset()  # "Sam", "Dario": a name written in Latin letters starts so
    term_endings: frozenset[str] = frozenset()  # "증", "체": last syllables of technical nouns, never of given names
    institutions: frozenset[str] = frozenset()  # generic_orgs news writes as the name of one body ("정부", "경찰")
    platforms: frozenset[str] = frozenset()  # services news posts on ("페이스북에 올린 글"), lower-cased
    known_orgs: dict[str, EntityType] = field(default_factory=dict)  # lexicons/known_orgs.tsv: name -> type
    member_roles: frozenset[str] = (
        frozenset()
    )  # lexicons/member_roles.txt: "주장", "멤버", read by the people rules only
    unit_suffixes: tuple[str, ...] = ()  # lexicons/unit_suffixes.txt: "학과", "사업부": endings many units share
    body_units: tuple[str, ...] = ()  # lexicons/body_units.txt: "총학생회", "대표단": units named with their body
    # lexicons/analyser_words.tsv: words Kiwi misreads ("소버린" as a verb), with the tag to read them with
    analyser_words: tuple[tuple[str, str], ...] = ()
    hedge_lookalikes: tuple[str, ...] = ()  # hedges.tsv "none" rows: words holding a marker ("동기대비": 기대)
    title_bodies: dict[str, TitleBodies] = field(default_factory=dict)  # lexicons/titles_by_body.tsv

    def names_no_one(self, name: str) -> bool:
        """Whether a person's name is only a surname ("최" of "최 대표") or a surname and 모 ("박모", the person news
        leaves unnamed): who it is is not known."""
        return name.removesuffix("모") in self.surnames

    def is_place(self, word: str) -> bool:
        """Whether ``word`` names a place of the lexicons, a state or province written with its 주/성 too
        ("인디애나주", "장쑤성")."""
        return word in self.places or (word[-1:] in ("주", "성") and word[:-1] in self.places)

    def title_names_head_of(self, title: str, kind: EntityType) -> bool:
        """Whether ``title`` alone names its holder one of a ``kind`` body's people ("대표" of a company)."""
        bodies = self.title_bodies.get(title)
        return bodies is not None and kind in bodies.heads

    def body_kind(self, name: str, kind: EntityType) -> EntityType:
        """The kind of body a name is, for the titles it gives: an institution news names by a common noun
        ("검찰", "경찰") is a public body, whatever its mention was typed."""
        return EntityType.GOVERNMENT_AGENCY if name in self.institutions else kind

    def title_never_of(self, title: str, kind: EntityType) -> bool:
        """Whether a ``kind`` body never gives ``title`` ("위원장" of a company)."""
        bodies = self.title_bodies.get(title)
        return bodies is not None and kind in bodies.never

    def hedge_counts(self, text: str, marker: str, effect: str, window: int | None = None) -> bool:
        """Whether hedge ``marker`` (of ``effect``, ``hedges.tsv``) in the first ``window`` characters of
        ``text``, the words after a trigger, makes the trigger's predicate no fact: matched on the surface, where
        Korean fuses endings onto stems, so an occurrence that reads otherwise is skipped ("뿐 아니라" adds; an
        ``object`` noun that a later clause acts on, "협력해 시너지를 기대하고 있다", is that clause's, not the
        partnership's; the words past ``window`` tell how the noun is used)."""
        limit = len(text) if window is None else window
        start = text.find(marker, 0, limit)
        while start >= 0:
            before = text[:start]
            if (
                not _NOT_ONLY.search(before)
                and not self._inside_lookalike(text, marker, start)
                and not (
                    effect == "object" and _CONNECTIVE.search(before) and _ACTED_ON.match(text, start + len(marker))
                )
            ):
                return True
            start = text.find(marker, start + 1, limit)
        return False

    def _inside_lookalike(self, text: str, marker: str, start: int) -> bool:
        """Whether the marker found at ``start`` is part of a word that only looks like it ("전년 동기대비" holds
        기대, "리투아니아" 아니, "공장 건설이" 설이)."""
        for word in self.hedge_lookalikes:
            at = word.find(marker)
            while at >= 0:
                if start >= at and text.startswith(word, start - at):
                    return True
                at = word.find(marker, at + 1)
        return False

    def alias_index(self) -> dict[str, RegistryEntry]:
        """``by_alias``, built once per lexicon."""
        cached = _ALIAS_INDEX.get(id(self))
        if cached is None:
            cached = _ALIAS_INDEX[id(self)] = self.by_alias()
        return cached

    def by_alias(self) -> dict[str, RegistryEntry]:
        """Normalised name or alias -> registry entry (first entry wins)."""
        index: dict[str, RegistryEntry] = {}
        for entry in self.registry:
            for name in entry.names:
                index.setdefault(normalize_name(name), entry)
        return index

    @cached_property
    def _suffixes_by_last_letter(self) -> dict[str, tuple[Suffix, ...]]:
        """Suffixes by their last letter, longest first (file order among equals): ``suffix_of`` runs for every
        candidate word, and scanning every suffix each time was a tenth of extraction."""
        groups: dict[str, list[Suffix]] = {}
        for suffix in self.suffixes:
            groups.setdefault(suffix.text[-1:], []).append(suffix)
        return {last: tuple(sorted(group, key=lambda x: -len(x.text))) for last, group in groups.items()}

    @cached_property
    def _classifier_rank(self) -> dict[str, int]:
        """Classifier nouns of two syllables or more -> their place in the file (the first listed wins)."""
        return {noun: rank for rank, noun in enumerate(self.classifiers) if len(noun) > 1}

    def is_unit_word(self, word: str) -> bool:
        """ "사업부", "AI사업부", "물리학과": one written word that is, or ends in, a unit's head, naming a part of a body
        and no name of its own."""
        return " " not in word.strip() and word.endswith(self.unit_suffixes + self.body_units)

    def classifier_ending(self, word: str) -> EntityType | None:
        """The type of the classifier noun of two syllables or more ``word`` ends with ("AI스타트업": Company),
        the first listed when several do; looked up by the word's endings, as it runs for every token."""
        ranks = [
            (rank, noun)
            for n in range(2, len(word) + 1)
            if (rank := self._classifier_rank.get(noun := word[-n:])) is not None
        ]
        return self.classifiers[min(ranks)[1]] if ranks else None

    def suffix_of(self, word: str) -> Suffix | None:
        """The longest organisation suffix ``word`` ends with."""
        for suffix in self._suffixes_by_last_letter.get(word[-1:], ()):
            if word.endswith(suffix.text):
                return suffix
        return None

    def ends_like_a_common_word(self, word: str) -> bool:
        """``word`` ends in a common word that only looks like a name with a suffix ("석유화학", "초거대",
        ``suffix_exceptions.txt``)."""
        return any(word.endswith(w) for w in self.suffix_exceptions)

    def head_title(self, name: str) -> str:
        """The listed title of the head of a body so named, its last syllable or two and 장 ("특허청" -> "청장",
        "…연구원" -> "원장", "…센터" -> "센터장"); "" when none ("생명연" of "생명연장")."""
        return next((name[-n:] + "장" for n in (1, 2) if name[-n:] + "장" in self.titles), "")

    def glued_body_type(self, stem: str, min_suffix: int = 1) -> EntityType | None:
        """The type of the organisation ``stem`` names when its head's title is glued after it ("한빛은행" of
        "한빛은행장"): a registry name, or a name ending in a suffix of ``min_suffix`` syllables or more that is
        more than the suffix alone ("은행" of "은행장", "공사" of "공사장" name no organisation)."""
        entry = self.alias_index().get(normalize_name(stem))
        if entry is not None:
            return entry.type
        suffix = self.suffix_of(stem)
        if suffix is None or len(suffix.text) < min_suffix or len(stem) <= len(suffix.text):
            return None
        return suffix.type


def _rows(path: Path) -> list[list[str]]:
    """Non-comment, non-empty lines split on tabs."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _kinds(cell: str) -> frozenset[EntityType]:
    """Space-separated entity types, "-" for none."""
    return frozenset(EntityType(k) for k in cell.split() if k != "-")


def _words(path: Path) -> frozenset[str]:
    return frozenset(w for row in _rows(path) for cell in row for w in cell.split() if cell)


# what kind of organisation each category of ``lexicons/known_orgs.tsv`` is
_KNOWN_CATEGORY_TYPES = {
    "public": EntityType.GOVERNMENT_AGENCY,
    "media": EntityType.COMPANY,
    "company": EntityType.COMPANY,
    "sports": EntityType.COMPANY,
}


def read_known_orgs(path: Path) -> dict[str, EntityType]:
    """Names and aliases of ``lexicons/known_orgs.tsv`` (name, category, ``|``-separated aliases), each
    with its category's type (parties, associations and international bodies: Organization)."""
    names: dict[str, EntityType] = {}
    for row in _rows(Path(path)):
        etype = _KNOWN_CATEGORY_TYPES.get(row[1].strip() if len(row) > 1 else "", EntityType.ORGANIZATION)
        for name in [row[0], *(row[2].split("|") if len(row) > 2 else [])]:
            if name.strip():
                names.setdefault(name.strip(), etype)
    return names


def read_unit_suffixes(path: Path) -> tuple[str, ...]:
    """The endings of a unit lexicon (``unit_suffixes.txt``, ``body_units.txt``), longest first."""
    return tuple(sorted(_words(Path(path)), key=len, reverse=True))


def is_bare_unit(name: str, unit_suffixes: tuple[str, ...]) -> bool:
    """ "물리학과", "AI사업부": one word ending like a unit many bodies have, so it names no body by itself."""
    return " " not in name.strip() and any(name.endswith(u) and len(name) > len(u) for u in unit_suffixes)


# the rank words news writes glued to a title or apart from it: "수석부사장" and "수석 부사장", "공동 대표"
_RANKS = ("수석", "선임", "책임", "공동", "상임")


def _with_spaced_ranks(titles: frozenset[str]) -> frozenset[str]:
    """The titles, and each that opens with a rank word also with a space after the rank."""
    spaced = {
        f"{rank} {t[len(rank) :]}" for t in titles for rank in _RANKS if t.startswith(rank) and len(t) > len(rank)
    }
    return titles | spaced


def _clipped_in_hanja(names: list[str], clipped: list[tuple[str, str]]) -> list[str]:
    """The headline forms of Hangul names ending in a trade word: "삼성전자" -> "삼성電", "현대차" -> "현대車"."""
    found = []
    for name in names:
        word, hanja = next(((w, h) for w, h in clipped if name.endswith(w)), ("", ""))  # the longest word first
        if word and _CLIPPED_STEM.fullmatch(name[: -len(word)]):
            found.append(name[: -len(word)] + hanja)
    return found


def load_lexicon(data_dir: Path | None = None) -> Lexicon:
    """Read every lexicon file; raises with the file name when one is malformed."""
    root = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    lex = root / "lexicons"
    suffixes = tuple(Suffix(t, EntityType(ty), s) for t, ty, s in _rows(lex / "org_suffixes.tsv"))
    titles = _with_spaced_ranks(frozenset(r[0].strip() for r in _rows(lex / "titles.txt")))
    generic_rows = _rows(lex / "generic_orgs.txt")
    generic = frozenset(r[0].strip() for r in generic_rows)
    chrome = tuple(re.compile(r[0]) for r in _rows(lex / "page_chrome.txt"))
    hedge_rows = _rows(lex / "hedges.tsv")
    hedges = tuple((r[0], r[1]) for r in hedge_rows if r[1] != "none")
    triggers = tuple(
        Trigger(RelationType(rel), re.compile(pat), float(conf)) for rel, pat, conf in _rows(lex / "predicates.tsv")
    )
    clipped = sorted(((word, hanja) for word, hanja in _rows(lex / "hanja_clipped.tsv")), key=lambda r: -len(r[0]))
    registry = []
    for row in _rows(root / "aliases.tsv"):
        row += [""] * (4 - len(row))
        name, typ, aliases, parent = (c.strip() for c in row[:4])
        names = [a for a in aliases.split("|") if a]
        names += _clipped_in_hanja([name, *names], clipped)
        registry.append(RegistryEntry(name, EntityType(typ), tuple(dict.fromkeys(names)), parent))
    return Lexicon(
        suffixes=suffixes,
        titles=titles,
        surnames=_words(lex / "surnames.txt"),
        generic_orgs=generic,
        generic_heads=_words(lex / "generic_heads.txt"),
        suffix_exceptions=_words(lex / "suffix_exceptions.txt"),
        classifiers={noun: EntityType(typ) for noun, typ in _rows(lex / "org_classifiers.tsv")},
        chrome=chrome,
        hedges=hedges,
        hedge_lookalikes=tuple(r[0] for r in hedge_rows if r[1] == "none"),
        title_bodies={
            title: TitleBodies(_kinds(heads), _kinds(never))
            for title, heads, never in _rows(lex / "titles_by_body.tsv")
        },
        triggers=triggers,
        registry=tuple(registry),
        fx=fx_rates(root / "fx_rates.csv"),
        countries=_words(lex / "countries.txt"),
        not_names=_words(lex / "not_names.txt"),
        places=_words(lex / "places.txt") | _words(lex / "countries.txt"),
        foreign_given_names=_words(lex / "foreign_given_names.txt"),
        japanese_surnames=_words(lex / "japanese_surnames.txt"),
        latin_given_names=_words(lex / "en_given_names.txt"),
        term_endings=_words(lex / "term_endings.txt"),
        institutions=frozenset(r[0].strip() for r in generic_rows if r[1:2] == ["named"]),
        platforms=frozenset(w.lower() for w in _words(lex / "platforms.txt")),
        known_orgs=read_known_orgs(lex / "known_orgs.tsv"),
        member_roles=_words(lex / "member_roles.txt"),
        unit_suffixes=read_unit_suffixes(lex / "unit_suffixes.txt"),
        body_units=read_unit_suffixes(lex / "body_units.txt"),
        analyser_words=tuple((r[0], r[1]) for r in _rows(lex / "analyser_words.tsv")),
    )
