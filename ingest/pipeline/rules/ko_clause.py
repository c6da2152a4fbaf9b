"""What a Korean relation rule sees: a trigger in a sentence and the arguments around it.

Korean marks an argument's role with the particle after it, so the arguments of a
predicate are the entity mentions before it, read by their particles: subject
이/가/은/는/도, object 을/를, place or recipient 에/에게, source 에서, partner 와/과.
Mentions joined by commas, 및, 와/과 form one enumeration sharing the last particle
("A, B, C 등 16개 계열사가").  A missing subject is carried from the previous sentence
(zero anaphora) as ``topic``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.doc import DocState
from aigraph.ingest.pipeline.lexicon import Lexicon
from aigraph.ingest.pipeline.mention import LEGAL_FORM_AFTER_NAME, LOCAL_HEADS, PROGRAMME_HEADS, Mention
from aigraph.ingest.pipeline.resolve import Entity, name_key
from aigraph.ingest.pipeline.segment import Sentence

_SKIP = r"\s*(?:\([^()]*\))?\s*['\"’”」』]?"
# after "등", up to two words describing the group ("등 AI 기업이", "등 AI 반도체 기업 5곳에", "등 주요 계열사의", "등 일본
# 은행들이"), never a particle ("등이 투자자로": 이 is the list's particle, 투자자로 the role it takes) nor a plural group
# noun with its particle ("등 은행들이 투자자로": 은행 is the group's noun)
PARTICLE = re.compile(
    _SKIP
    # "'AI칩개발실' 조직을", "'AI 반도체 팜' 사업에는": the kind of the quoted body or programme
    + rf"(?:(?<=['’])\s(?:조직|부서|{'|'.join(PROGRAMME_HEADS)})(?=[을를이가은는의도에]))?"
    + r"(?P<group_noun>\s*등(?:의)?(?:\s*\d+\s*개?\s*)?(?:\s*(?![이가은는을를도의와과에]\s)(?:(?![가-힣A-Za-z]*들[이가은는을를도의와과]\s)[가-힣A-Za-z]{1,6}\s){1,2}(?=\S*?(?:기업|업체|회사|기관|투자사|투자자|대학|스타트업|연구소|계열사|자회사|관계사|은행|증권사|보험사|카드사|금융사|통신사|운용사|창투사|벤처캐피[털탈]|제조사|개발사)|\d+\s*(?:곳|개사|사)))?(?:\d+\s*(?=곳|개사|사))?\s*(?P<noun>계열사|자회사|관계사|투자사|투자자|투자기관|기관투자자|벤처캐피털|벤처캐피탈|액셀러레이터|엑셀러레이터|운용사|창투사|연구기관|연구소|증권사|보험사|카드사|금융사|금융회사|금융지주|은행|통신사|제조사|개발사|기업|업체|회사|기관|대학교|대학|스타트업|곳|개사|사)?(?:들)?(?:\s\d+\s?(?:곳|개사))?"
    r"|\s*(?:\d+|두|세|네|양)\s*(?:사|개사|곳|개\s?기업)(?=[은는이가을를도와과의]))?"
    # "A가 아닌 B에": A is what the sentence sets aside, no subject
    r"\s*(?P<p>[이가]\s아닌(?=\s)|[을를]\s(?:주관사로|주관기관으로|중심으로)|에\s?따르면|[△▲■]|[을를]\s(?:비롯|포함)(?:해|한)|(?:역시|또한)(?=\s)|[을를]\s통(?:해|하여|한)|에\s?이어|까지|으로부터|로부터|에게서|에서는|에서|엔|에게|에는|에|은|는|이(?!며|고\s|다|자\s|라)|가|도|을|를|와의|과의|와\s?함께|과\s?함께|와|과|의|,|·|및|로|으로)?"
)
SUBJECT = {"은", "는", "이", "가", "도"}
_TOPIC = {"은", "는", "도"}
EACH = re.compile(r"각각|씩")  # "각각 50억원을", "50억원씩": the amount is each one's own
# a clause cut short after its arguments, the verb left to the next one: "X와, ", "X에 30억원을, "
_GAPPED_BEFORE = re.compile(r"\S(?:에|와|과|을|를|로|으로|에게|에서),\s*$")
# adverbs written after a subject for "also", in place of its particle 도
_ALSO = frozenset({"역시", "또한"})
# a time before now that a past act is told with ("과거 … 창업한 바 있다", "이전에 … 근무했다")
BEFORE_NOW = r"(?:이전에|과거|예전에|한때|그\s?전에|그\s?이전에)"  # "그 전에는 X에서 근무했다"
# only when or how long ago between a topic and its relative clause: "은 지난해 ", "는 2020년 3월 "
TIME_ONLY = re.compile(
    r"(?:\([^()]*\))?(?:은|는)\s+(?:(?:지난해|올해|작년|지난|최근|앞서|이미|\d{2,4}년|\d{1,2}월|초|말|상반기|하반기)\s?)*"
)
# a space, then a one-syllable particle glued to the next word: that word's first syllable ("이민호", "도시")
_WORD_OPENING = re.compile(r"\s+[가-힣](?=[가-힣])")
ALLIANCE_NOUNS = frozenset({"컨소시엄", "얼라이언스", "원팀", "협의체"})
OBJECT = {"을", "를"}
# "A에 이어 B까지 인수했다": 까지 ("even") written where the object's 을/를 would be, read as the object only
# when the verb follows it at once (a date or a place "까지" names no entity, and "B까지 포함해" is no verb's object)
EVEN = "까지"
PLACE = {"에", "에게", "에는", "엔"}
SOURCE = {"에서", "에서는"}
FROM = {"으로부터", "로부터", "에게서"}
LEADER = {"을 주관사로", "를 주관사로", "을 주관기관으로", "를 주관기관으로", "을 중심으로", "를 중심으로"}
PARTNER = {
    "와",
    "과",
    "와의",
    "과의",
    "와 함께",
    "과 함께",
    "와함께",
    "과함께",
}  # "B와 함께" closes a list: B is a partner
TOGETHER = {"와 함께", "과 함께", "와함께", "과함께"}  # "B와 함께 참여했다": B did it too
JOINER = {
    "△",
    "▲",
    "■",
    ",",
    "·",
    "및",
    "와",
    "과",
    "에 이어",
    "에이어",
    "를 비롯해",
    "을 비롯해",
    "를 비롯한",
    "을 비롯한",
    "를 포함해",  # "A와 B를 포함해 30여개사가": the list goes on
    "을 포함해",
    "를 포함한",
    "을 포함한",
}
# Double quotes mark speech; single quotes mark names and titles ("'카카오 AI 랩'을") and stay.
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
PASSIVE = re.compile(r"\S*?(?:된|되어|되었|됐|돼)")
# the endings a 하다 verb's stem takes when its act is done or decided ("확보했", "실시한다", "편입키로"):
# a pattern string, written into the triggers that need it
DONE_ENDINGS = r"(?:했|하였|한다|해|하며|하고|키로|한)"
# a completed predicate ending its clause: "체결했고 ", "리드했고, ", "체결하며 ", "맺었다.", "인수했지만 ", "했으나 "
# ("하고 있다", "하고 싶다" are one clause)
CLAUSE_DONE = re.compile(
    r"(?:었|았|했|였|됐|졌)(?:고|으며|며|으나|지만),?\s|(?:었|았|했|였|됐|졌)다\.|(?:하|되)(?:고|며),?\s(?!있|싶)"
)
# where a clause ends: a completed predicate, or one told as the time before the next ("인수한 데 이어 ", "맺은 뒤 ",
# "세운 후 ") or alongside it ("인수하면서 ", "맺으며 ", "인수하자 "): the next verb's arguments are its own ("Y를
# 인수한 데 이어 연구소를 세웠다": Y was not founded).  The serial "-해" ("출자해 설립했다") is one act.
# the syllables ending in ㄴ: a verb's adnominal ("인수한", "벌인", "세운") or present tense before 다 ("협력한다",
# "먹는다"), where a noun would take 이다
N_FINAL = "".join(chr(0xAC00 + 28 * k + 4) for k in range(399))
# not a time span's noun ("1년 뒤", "30분 후", "기간 후")
_ADNOMINAL_N = "".join(ch for ch in N_FINAL if ch not in "년분간전")
CLAUSE_END = re.compile(
    CLAUSE_DONE.pattern
    + rf"|(?:[{_ADNOMINAL_N}]|던)\s(?:데\s?이어|뒤에?|후에?|다음|직후에?|이후에?),?\s"
    + r"|[가-힣](?:으며|면서),?\s|(?:하|되)자,?\s"
)
CARRIED_PENALTY = 0.1
# "양사는", "두 회사가": the two organisations a sentence before named, or the two that set up what it names
BOTH_PARTIES = re.compile(r"(?:^|\s)(?:양사|양\s사|두\s회사|두\s기업|양\s기관|두\s기관|양측)(?:는|은|가|이|도)\s")
# an open parenthesis after a group noun: its names are members of the list, not glosses
_IN_GROUP_PARENS = re.compile(r"(?:계열사|자회사|관계사|투자사|금융사|기관|기업|회사)\s?\([^()]*$")
# verbs whose adnominal form is no relative clause: dates ("지난 13일", "오는 3월") and postposition-like
# verbs ("개발을 위한", "AI에 대한", "협약을 통한"), whose subject is never the name before them
_NOT_RELATIVE_VERBS = frozenset({"지나", "오", "위하", "대하", "관하", "통하", "따르", "향하", "의하"})


def relative_verb_starts(toks, until: int) -> list[int]:
    """Where the verb of each adnominal ending before ``until`` starts ("설립한", "이끄는"; not the copula's, "업체인"):
    the relative clauses a subject before them may belong to (a name Kiwi misread as "나/VV 는/ETM" is no clause)."""
    return [
        toks[k - 1].start
        for k, t in enumerate(toks)
        if t.tag == "ETM"
        and t.start < until
        and k
        and toks[k - 1].tag.startswith(("VV", "VX", "XSV", "EP"))
        and toks[k - 1].form not in _NOT_RELATIVE_VERBS
        and not _event_held(toks, k - 1)
    ]


def _event_held(toks, k: int) -> bool:
    """ "런던에서 열린 (행사에서)", "서울에서 개최된": an event held, whose subject is the event named after it, so the
    subject before it is the sentence's, not this clause's."""
    return toks[k].form == "열리" or toks[k].form == "되" and k > 0 and toks[k - 1].form in ("개최", "마련")


# a bound noun after an adnominal verb ("투자한 것으로 알려졌다", "투자한 바 있다", "투자한 데 이어"): the
# verb is the clause's own predicate, not a relative clause describing the next name
BOUND_NOUN = re.compile(r"(?:것|바|데|뒤|후|다음|이후|만큼|셈|끝에)(?=[\s으이은을에도]|$)")
# an amount as written: "30억원", "1조 3000억원", "5,000만 달러"
AMOUNT = r"[\d,.]+\s?(?:조|억|만|천)*\s?(?:[\d,.]+\s?(?:억|만|천)\s?)*(?:원|달러|유로|엔|위안)"
# money spent on the act a noun names: "(인수)를 위해 1조원을 투입했다", "(인수)에 5000억원을 썼다", "(인수) 대금으로
# N원을 지급했다" (money raised for it, "인수를 위해 N원을 마련했다", is no act done)
SPENT_FOR = (
    r"(?:[을를]\s위해|에|\s(?:대금|자금|비용)으로)\s(?:총\s|약\s)?"
    + AMOUNT
    + r"(?:을|를)\s(?:\S+\s)?(?:투입|지급|지불|썼|쏟|들였|치렀)"
)
# "A로부터 투자를 받은 데 이어", "Y를 인수한 뒤": an earlier act the sentence tells before the one that follows
EARLIER_ACT = re.compile(r"\S(?:한|은)\s(?:데|뒤|후|다음)\s?(?:이어|에)?\s")
# an object right before a relative verb, a date, a price or "공동" at most between: "Y를 2019년 공동 창업한 X",
# "Y를 인수한 X": the organisation or person after the clause is its actor
OBJECT_RIGHT_BEFORE = re.compile(
    r"\s*[을를]\s+(?:(?:지난\s)?\d{2,4}년\s?(?:\d{1,2}월\s?)?|공동\s?|직접\s?|약\s?"
    r"|[\d,.]+\s?(?:조|억|만|천)*\s?(?:\d+\s?(?:억|만|천)\s?)*(?:원|달러|유로|엔)에\s?)*"
)
# a few words that describe what follows them, none carrying a particle or a verb ending, none a bound noun
# ("분사한 (영국) AI (반도체) 스타트업 Y", not "분사한 뒤 X와 협력한 Y", nor "운영하는 매장에서 Y")
DESCRIPTION = re.compile(
    r"(?:(?!(?:뒤|후|이후|다음|데|바|것|때|당시|지)\s)[A-Za-z0-9가-힣]+(?<![한된는은을를에의이가와과도])(?<!에서|으로)\s){1,4}"
)
# a group noun opening a parenthesised list of its members: "신한금융그룹 계열사(신한캐피탈·신한투자증권)"
GROUP_OPENER = re.compile(r"\s*(?:계열사|자회사|관계사|투자사|금융사|기관|기업|회사)\s?\(")
_DEFINING = re.compile(r"\(\s*이하\s*['‘\"“]?$")  # "(이하 SGH)": a short form defined, not another argument
_TITLE_OPENING = re.compile(r"\(([가-힣A-Za-z]{2,8})\s$")  # "반석(대표 오규석)과": a head's title, then the name
_GLOSS_OR_LINK = re.compile(r"\([^()]*\)|등에\s?이어|[을를]\s(?:비롯|포함)(?:해|한)")
# the text between two enumerated members holding a relative clause: ", 김재욱 회장이 이끄는 "
_RELATIVE_GAP = re.compile(r"[^,.·]*?[,·]?\s*(?:[^\s,.]+\s+){0,10}?[^\s,.]*(?:는|한|던|인|된|운)\s*['‘’]?\s*")


@dataclass(frozen=True)
class Arg:
    """An entity mention in a sentence with the role its particle gives it."""

    entity: Entity
    start: int
    end: int
    particle: str
    group: int
    group_noun: str = ""


@dataclass
class Discourse:
    """What carries from sentence to sentence: the topic and what was just established."""

    topic: Entity | None = None
    actor: Entity | None = None  # the organisation last written as a subject, kept across subjects that are no entity
    lead: Entity | None = None  # the organisation the article first wrote as a subject: what it is about
    established: list[tuple[int, Entity, Entity]] = field(default_factory=list)  # (sentence, founder, new org)
    funded: Entity | None = None  # the company whose funding round the article is about
    funded_at: int = -1  # the sentence that announced that round
    round: dict = field(default_factory=dict)  # that round's amount and series, as its announcement stated them
    round_sentence: int = -1  # the last sentence that named investors in a round
    groups: list[list[Entity]] = field(default_factory=list)  # enumerated subjects so far ("A, B, C 3사가")
    # the consortium a sentence said an organisation formed: (sentence, leader, the programme it was formed for)
    consortium: tuple[int, Entity, Entity | None] | None = None
    dealt: list[Entity] = field(default_factory=list)  # what sentences so far told bought or invested in, in order


@dataclass
class Clause:
    """One trigger occurrence (or, for per-sentence rules, the sentence) with its arguments."""

    doc: DocState
    lex: Lexicon
    sentence: Sentence
    mentions: list[Mention]
    args: list[Arg]
    topic: Entity | None
    discourse: Discourse
    match: re.Match[str] | None = None
    confidence: float = 0.0
    _clause_starts: dict[int, int] = field(default_factory=dict)  # by trigger offset, worked out once

    @property
    def trigger(self) -> re.Match[str]:
        """The trigger occurrence a trigger rule was called for (per-sentence rules have none)."""
        if self.match is None:
            raise RuntimeError("a per-sentence rule asked for its trigger")
        return self.match

    @property
    def article_date(self) -> date | None:
        return self.doc.published

    @property
    def entities(self) -> list[Entity]:
        return self.doc.entities

    @property
    def pos(self) -> int:
        """Document offset of the trigger."""
        return self.sentence.start + self.match.start() if self.match else self.sentence.start

    @property
    def before(self) -> list[Arg]:
        start = self.clause_start
        return [a for a in self.args if start <= a.start and a.end <= self.pos]

    @property
    def clause_start(self) -> int:
        """Where the trigger's clause begins: after a verb a connective closes, or at the last clause cut short
        before it (``gapped_clauses``)."""
        gapped = self._gapped_starts()
        return gapped[-1] if gapped else self._after_connective()

    def gapped_clauses(self) -> list[tuple[str, list[Arg]]]:
        """The text and arguments of each clause cut short before the trigger's, its verb said once for all ("A는
        X와, B는 Y와 각각 협약을 맺었다": A and X; the trigger's own clause is B's)."""
        starts = self._gapped_starts()
        bounds = [self._after_connective(), *starts]
        at = self.sentence.start
        return [
            (self.sentence.text[lo - at : hi - at], [a for a in self.args if lo <= a.start and a.end <= hi])
            for lo, hi in zip(bounds, starts, strict=False)
        ]

    def _gapped_starts(self) -> list[int]:
        """Where each topic opening a clause after one cut short starts ("X와, B는": B's clause)."""
        start = self._after_connective()
        return [
            a.start
            for a in self.args
            if start < a.start
            and a.end <= self.pos
            and a.particle in _TOPIC
            and _GAPPED_BEFORE.search(self.sentence.text, 0, a.start - self.sentence.start)
        ]

    def _after_connective(self) -> int:
        """After the last completed predicate a topic follows ("A는 X에 투자했고, B는 Y를 인수했다": B's clause holds
        neither A nor X).  Only a topic opens a clause here: a subject in 이/가 may be a relative clause's ("가람이
        주도하고 한빛이 참여한 라운드")."""
        pos = self.pos
        if pos not in self._clause_starts:
            at = self.sentence.start
            topics = [a.start - at for a in self.args if a.end <= pos and a.particle in _TOPIC]
            done = [m.end() for m in CLAUSE_DONE.finditer(self.text_before(pos)) if any(t >= m.end() for t in topics)]
            self._clause_starts[pos] = at + (done[-1] if done else 0)
        return self._clause_starts[pos]

    @property
    def after(self) -> list[Arg]:
        return [a for a in self.args if a.start >= self.pos]

    @property
    def subjects(self) -> list[Arg]:
        """Subjects of the trigger's clause: not the subject of a relative clause in between
        ("SK텔레콤이 출범한 얼라이언스엔 5개사가 합류": SK텔레콤 did not join)."""
        pos = self.pos
        toks = self.sentence.tokens
        etm = relative_verb_starts(toks, pos)
        # connective endings of verbs ("참여해 ", "참여하며 "): "A가 라운드에 참여해 Y가 N원을 유치했다" — A is the
        # subject of the first verb, Y of the trigger's
        linked = [
            toks[k - 1].start
            for k, t in enumerate(toks)
            if t.tag == "EC" and t.start < pos and k and toks[k - 1].tag.startswith(("VV", "XSV", "EP"))
        ]
        out = []
        for a in self.before:
            if a.particle not in SUBJECT:
                continue
            if a.particle in ("은", "는"):  # a topic is the sentence's, never a relative clause's
                out.append(a)
                continue
            last = max((b for b in self.args if b.group == a.group), key=lambda b: b.end)
            nxt = min((b.start for b in self.args if b.start >= last.end and b.group != a.group), default=pos)
            later_subject = min(
                (
                    b.start
                    for b in self.before
                    if b.start >= last.end and b.group != a.group and b.particle in ("이", "가")
                ),
                default=None,
            )
            if not any(last.end <= e < min(nxt, pos) for e in etm) and not (
                later_subject is not None and any(last.end <= e < later_subject for e in linked)
            ):
                out.append(a)
        told = next((a.start for a in out if a.particle in ("이", "가")), None)
        topic_end = min((a.end for a in out if a.particle in ("은", "는")), default=None)
        if told is None and topic_end is not None:
            # "중기부는 'Y 펀드'에 A와 B가 참여한다고 밝혔다": a subject in 이/가 after the topic, named or not
            told = next((t.start for t in toks if topic_end <= t.start < pos and self._subject_particle(t)), None)
        if (
            told is not None
            and _TOLD_AS_SAID.match(self.sentence.text, self.trigger.end())
            and not any(t.tag == "ETM" and told <= t.start < pos for t in toks)  # "A가 개발 중인 칩에": A's clause
        ):
            # "공정위는 A가 Y를 계열사로 편입했다고 밝혔다": the topic tells what A did
            out = [a for a in out if a.particle not in ("은", "는") or a.start > told]
        return out

    def _subject_particle(self, tok) -> bool:
        """A subject particle, also a word-final "이" Kiwi read as the copula ("글로벌브레인이 참여한다")."""
        end = tok.end - self.sentence.start
        return tok.tag == "JKS" or tok.form == "이" and tok.tag == "VCP" and self.sentence.text[end : end + 1] == " "

    @property
    def subject(self) -> Entity | None:
        """The first subject before the trigger, else the carried topic."""
        subjects = self.subjects
        return subjects[0].entity if subjects else self.topic

    @property
    def subject_group(self) -> list[Entity]:
        """The organisations enumerated together as the clause's subject ("A와 B는", "A, B, C가"), the
        first subject's enumeration only: a later clause's subject is another actor's."""
        subjects = self.subjects
        if not subjects:
            return []
        return [
            a.entity
            for a in subjects
            if a.group == subjects[0].group and (a is subjects[0] or a.entity.type.is_organization)
        ]

    @property
    def subject_confidence(self) -> float:
        return self.confidence if self.subjects else self.confidence - CARRIED_PENALTY

    def clause_text(self, tail: int = 10) -> str:
        """The sentence up to a little after the trigger: where amounts and dates of this predicate are."""
        end = self.match.end() if self.match else len(self.sentence.text)
        return self.sentence.text[: end + tail]

    def last_before(self, particles: set[str]) -> Entity | None:
        return next((a.entity for a in reversed(self.before) if a.particle in particles), None)

    def passive(self) -> bool:
        return bool(self.match and PASSIVE.match(self.sentence.text, self.match.end()))

    def head_of(self, ent: Entity) -> Entity | None:
        """The registry organisation a compound is named after ("카카오" for "카카오 AI 랩")."""
        return next(
            (e for e in self.entities if ent.head and e.registry is not None and e.registry.name == ent.head), None
        )

    def focus(self, founder: Entity | None, window: int = 2) -> Entity | None:
        """The organisation ``founder`` established (any time: "X가 AI 전담조직을 신설하고 … 투자한다" may name the
        body in a later sentence; a later founding only when this sentence sets something up too), else anything
        established just before."""
        founds_here = _FOUNDS_HERE.search(self.sentence.text) is not None
        for idx, who, new in reversed(self.discourse.established):
            if founder is not None and who is founder and (idx <= self.sentence.index or founds_here):
                return new
        # a sentence setting up a body of its own ("A와 B는 로봇 합작사를 세우기로 했다") is not about another's
        earliest = self.sentence.index if founds_here else self.sentence.index - window
        for idx, _, new in reversed(self.discourse.established):
            if earliest <= idx <= self.sentence.index:
                return new
        return None

    def add_entity(self, name: str, etype: EntityType, start: int, end: int) -> Entity:
        """An entity a rule found that recognition did not ("차세대 지능형 반도체" as an investment target)."""
        key = name_key(name, etype)
        found = next((e for e in self.doc.entities if e.key == key), None)
        if found is not None:
            return found
        ent = Entity(key, name, etype, {name}, [Mention(start, end, name, etype, "rule", self.sentence.index)])
        self.doc.entities.append(ent)
        return ent

    def hedged(self, rel_end: int, window: int = 25, plans: bool = False) -> bool:
        """A hedge or negation right after sentence offset ``rel_end`` ("선임하는 방안을 검토 중"); with ``plans``,
        a plan too ("영입할 계획이다": an appointment not made yet)."""
        after = self.sentence.text[rel_end : rel_end + window + 4]
        effects = ("skip", "undone", "object", "plan", "aim") if plans else ("skip", "undone", "object")
        return any(
            self.lex.hedge_counts(after, marker, effect, window)
            for marker, effect in self.lex.hedges
            if effect in effects
        )

    def government(self, particles: tuple[str, ...]) -> Entity | None:
        """ "정부가 … 투자한다", "정부로부터 … 지원받았다": the government of the article's country, an actor
        though not a named one (recognition leaves the generic word out), with one of ``particles``."""
        m = re.search(r"(?:^|\s)(정부)(?:" + "|".join(particles) + r")\s", self.text_before(self.pos))
        if m is None:
            return None
        start = self.sentence.start + m.start(1)
        return self.add_entity("정부", EntityType.GOVERNMENT_AGENCY, start, start + 2)

    def own_clause(self, ends: re.Pattern[str] = CLAUSE_END) -> str:
        """The sentence text before the trigger from where its clause starts: "이번 투자는 A가 리드했고, B가
        후속 투자했다" — B's clause does not name the round; with ``ends`` CLAUSE_DONE, only a completed
        predicate ends it (a clause told as the time before, "인수한 데 이어", keeps the topic its subject)."""
        head = self.text_before(self.pos)
        done = [m.end() for m in ends.finditer(head)]
        return head[done[-1] :] if done else head

    def own_clause_start(self, ends: re.Pattern[str] = CLAUSE_END) -> int:
        """Document offset where ``own_clause`` begins."""
        return self.pos - len(self.own_clause(ends))

    def last_named_before(self, wanted: Callable[[Entity], bool]) -> Entity | None:
        """The ``wanted`` entity named last before this clause, in this sentence or an earlier one."""
        named = [(m.start, e) for e in self.doc.entities if wanted(e) for m in e.mentions if m.start < self.pos]
        return max(named, key=lambda found: found[0])[1] if named else None

    def programme_named_before(self) -> Entity | None:
        """The programme ("'K-클라우드 프로젝트'", "AI 바우처 사업") named last before this clause: what "이 사업"
        refers to."""
        return self.last_named_before(lambda e: e.name.rstrip("'’ ").endswith(PROGRAMME_HEADS))

    def text_before(self, start: int) -> str:
        """Sentence text from its start to document offset ``start``."""
        return self.sentence.text[: start - self.sentence.start]


# a sentence setting something up ("전담조직을 신설하고"), which a later sentence may name
_FOUNDS_HERE = re.compile(r"신설|설립|출범|창립|창업|세우|세운|세웠")
# the trigger's predicate closed as what someone says: "편입했다고 밝혔다", "협약을 맺었다고", "투자한다며"
# what follows the trigger tells it as said, right there ("인수했다고") or closing a clause the trigger's joins
# ("인수하면서 역량을 강화했다고 분석했다")
_TOLD_AS_SAID = re.compile(
    r"(?:\S*\s){0,2}?\S*?(?:다고|라고|다며|다는)(?=\s|$)"
    r"|\S*(?:하면서|하며|해)\s(?:[^\s.]+\s){0,5}?[^\s.]*(?:다고|라고)\s(?:\S+\s)?(?:분석|평가|설명|말|밝|강조|전망|진단)"
    # "공정위는 A가 Y를 인수하는 건을 승인했다", "… A가 P를 영입한 것을 조사하고 있다": the matter the topic acts on
    r"|(?:\S*\s){0,3}?\S*(?:는|한)\s(?:건|것)(?:을|를)(?=\s)"
)

# "A와 B가 각각 Y와 Z를 인수했다": each actor with its own target, in order
_RESPECTIVELY = re.compile(r"(?:^|\s)각각\s")


def clause_subject(c: Clause) -> Arg | None:
    """The last subject in 이/가 before a relative-clause trigger, when it is that clause's own (no other verb's
    clause ends between them)."""
    last = next((a for a in reversed(c.before) if a.particle in ("이", "가")), None)
    return last if last is not None and any(a is last for a in c.subjects) else None


def described_after(c: Clause) -> Arg | None:
    """What a relative clause describes: the argument right after its verb, or after a few describing words
    ("인수한 (AI 반도체 회사) Y")."""
    base, end = c.sentence.start, c.trigger.end()
    return next(
        (
            a
            for a in c.after
            if a.start - base <= end + 1 or DESCRIPTION.fullmatch(c.sentence.text, end, a.start - base)
        ),
        None,
    )


def respective_pairs(c: Clause, actors: list[Entity], targets: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Every actor with every target ("A와 B는 Y와 Z를 공동 인수했다"); with "각각" in the verb's clause and several
    of each, the n-th actor with the n-th target, none when the counts differ."""
    if len(actors) > 1 and len(targets) > 1 and _RESPECTIVELY.search(c.own_clause()):
        return list(zip(actors, targets, strict=True)) if len(actors) == len(targets) else []
    return [(a, t) for a in actors for t in targets if a is not t]


def mask_quotes(text: str) -> str:
    """Quoted speech replaced by spaces (offsets kept): opinions, not facts."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def sentence_args(
    s: Sentence, mentions: list[Mention], of_mention: dict[int, Entity], lex: Lexicon, disc: Discourse
) -> list[Arg]:
    """The entity mentions of a sentence with their particles; enumerations share the last one."""
    args: list[Arg] = []
    group = 0
    masked = mask_quotes(s.text)
    titled_until = 0  # where the last person's title (and team) ends: "P 가람대 교수팀과"
    for m in mentions:
        if m.start < titled_until and m.type is not EntityType.PERSON:
            continue  # the organisation written between a person and their title is theirs, no argument
        rel = m.start - s.start
        opened = s.text.rfind("(", 0, rel) > s.text.rfind(")", 0, rel)  # inside parentheses
        in_group = opened and bool(_IN_GROUP_PARENS.search(s.text[:rel]))  # "범농협 계열사(농협은행·NH투자증권)가"
        titled = _TITLE_OPENING.search(s.text, 0, rel)
        glossed = (
            s.text[rel - 1 : rel] == "("
            or opened
            and bool(_DEFINING.search(s.text[:rel]))
            or (titled is not None and (titled.group(1) in lex.titles or titled.group(1) in LOCAL_HEADS))
        )
        if masked[rel] == " " and s.text[rel] != " " or glossed and not in_group:
            continue  # inside quotes, or a gloss in parentheses
        came = _CAME_FROM_BEFORE_PERSON.match(s.text, m.end - s.start) if m.type is not EntityType.PERSON else None
        if came and any(p.type is EntityType.PERSON and p.start == s.start + came.end() for p in mentions):
            continue  # "A 대표와 카이스트 출신 B CTO가": where B came from, no argument of the verb
        ent = of_mention.get(m.start) if m.source != "anaphor" else _anaphor(m, s.index, disc, of_mention)
        if ent is None or ent.name in lex.generic_orgs:
            continue  # "정부", "경찰": which government or police is not known
        after = _after_title(s, m) - s.start
        titled_until = s.start + after if m.type is EntityType.PERSON else titled_until
        if in_group and s.text[after : after + 1] == ")":
            after += 1  # the last member inside the parentheses takes the particle after them
        pm = PARTICLE.match(s.text, after)
        gap = _GLOSS_OR_LINK.sub("", s.text[args[-1].end - s.start : m.start - s.start]) if args else ""
        continues = (
            bool(args)
            and args[-1].particle in JOINER
            and (
                len(gap) <= 6
                or in_group
                and "(" in gap
                or _kind_before_name(gap, lex)
                or bool(_CAME_FROM_GAP.fullmatch(gap))  # "A 대표와 카이스트 출신 B"
            )
        )
        if continues and gap.startswith(("와,", "과,")):
            continues = False  # "A는 X와, B는 Y와 각각": the comma closes a clause cut short, no list goes on
        if continues and args[-1].particle in ("와", "과") and verb_between(s, args[-1].end, m.start):
            continues = False  # "B와 협력해 C를": B is the verb's partner, not a member of a list with C
        if continues and args[-1].particle in ("와", "과") and ent.name in ALLIANCE_NOUNS:
            continues = False  # "B와 컨소시엄을 꾸렸다": B is the partner; a bare consortium is formed, not listed
        # "A, 김 회장이 이끄는 B", "A, 삼성전자 사장을 지낸 김 회장이 이끄는 B": a relative clause between two
        # members keeps the enumeration, whatever names the clause, written right after the comma, holds (a name
        # there in a subject's particle closes the enumeration: "A와 B는 C가 주관하는 컨소시엄에")
        opener = next((a for a in reversed(args) if a.particle in JOINER), None)
        inside = [a for a in args if opener is not None and a.start > opener.start]
        in_clause = (
            opener is not None
            and (
                opener.group == group
                or opener.particle == ","
                and bool(inside)
                and inside[0].group == opener.group
                and inside[0].particle not in SUBJECT
            )
            and not continues
            and bool(_RELATIVE_GAP.fullmatch(s.text[opener.end - s.start : m.start - s.start]))
            and _ends_in_adnominal(s, m.start)
            and not _partner_of_relative_verb(s, opener, m.start)
        )
        if in_clause and opener is not None and args[-1] is not opener:
            args = [
                a if a.start <= opener.start else Arg(a.entity, a.start, a.end, a.particle, -a.start, a.group_noun)
                for a in args
            ]
        if in_clause and opener is not None:
            group = opener.group
        group += 0 if continues or in_clause else 1
        particle, noun = (pm.group("p") or "", pm.group("noun") or "") if pm else ("", "")  # every part is optional
        if pm and particle and (opening := _WORD_OPENING.match(s.text, after)) and opening.end() == pm.end():
            particle = ""  # "컴퓨터학과 이민호 교수가": the syllable after a space opens the next word, no particle
        if particle.strip() in _ALSO:
            particle = "도"  # "구글 역시 Y 지분을 보유하고 있다": the subject, as "구글도"
        if not particle and GROUP_OPENER.match(s.text, after):
            particle = "·"  # "A, 신한금융그룹 계열사(B·C), D로부터": the list goes on into the parentheses
        args.append(Arg(ent, m.start, m.end, particle, group, noun))
    last = {a.group: a for a in args}
    out = [Arg(a.entity, a.start, a.end, last[a.group].particle, a.group, last[a.group].group_noun) for a in args]
    return _headline_subject(s, out)


# the honorific after a person's name ("이상호 씨를"): no title, and the particle comes after it
HONORIFIC = re.compile(r"\s?씨(?=[을를이가은는의와과\s])")
# "Y라는 스타트업에", "'Y'라는 이름의 연구소를": the kind of body the name is given for takes its particle
NAMED_AS = re.compile(
    r"['’]?(?:이)?(?:라는|란)\s(?:이름의\s)?(?:[가-힣A-Za-z]+\s)?"
    r"(?:회사|기업|스타트업|업체|법인|연구소|연구원|연구센터|재단|단체|펀드|조직)(?=[은는이가을를도와과의에로])"
)
# the team or side written after an organisation's name, which acts for it: its particle is the organisation's
TEAM_AFTER_NAME = re.compile(r"\s?(?:공동\s?)?(?:연구팀|연구진|연구단|팀|측)(?=[은는이가을를도와과의에])")


# a headline's actor: "[단독] 카카오, ", "▲카카오, " at the start of a line that ends without a full stop
_HEADLINE_HEAD = re.compile(r"\s*(?:[▲△■◆◇●•]\s*|-\s)?(?:[\[【<(][^\]】>)]{1,8}[\]】>)]\s*)?['‘\"“]?")
# between a group and its affiliate opening a headline: "SK그룹 계열 ", "한화 계열사 "
_GROUP_DESCRIBES = re.compile(r"(?:그룹)?\s계열(?:사)?\s")
# the joiners of a headline's actors before their comma: "KT·네이버, ", "KT와 네이버, ", "카카오-현대차, "
_HEADLINE_JOINER = re.compile(r"\s?·\s?|[와과]\s|\s및\s|-|–")


def _headline_subject(s: Sentence, args: list[Arg]) -> list[Arg]:
    """ "카카오, 누리랩스 인수", "KT·네이버, 리벨리온에 300억 투자…": a headline names its actors first (joined
    by "·" or 와/과) and sets them off with a comma instead of a particle; read them as the subject, not the
    first members of a list ("KT, AI 인프라에 7조원 투자": the only organisation, before a field)."""
    text = s.text.rstrip()
    if not args or text.endswith((".", "?", "!")) or any(a.particle in SUBJECT for a in args):
        return args
    head = _HEADLINE_HEAD.match(s.text)
    if head is None or args[0].start - s.start != head.end():
        return args
    # "SK그룹 계열 SK스퀘어, Y에 투자": the actor after its group, which only describes it
    described = len(args) > 1 and _GROUP_DESCRIBES.fullmatch(s.text, args[0].end - s.start, args[1].start - s.start)
    lead_in = args[:1] if described else []
    first = args[len(lead_in)]
    actors = [first]
    for a in args[1:]:
        if not _HEADLINE_JOINER.fullmatch(s.text, actors[-1].end - s.start, a.start - s.start):
            break
        actors.append(a)
    rest = args[len(lead_in) + len(actors) :]
    if (
        s.text[actors[-1].end - s.start : actors[-1].end - s.start + 2] != ", "
        or rest
        and rest[0].group != first.group
        or not all(a.entity.type.is_organization for a in actors)
    ):
        return args
    return lead_in + [Arg(a.entity, a.start, a.end, "는", -1 - first.group) for a in actors] + rest


# a subject of a relative clause's own ("김 회장이 이끄는"), or a passive verb ending it ("2019년 설립된"): no verb
# that takes the name before it as its partner
_CLAUSE_OWN_SUBJECT = re.compile(r"\S(?:이|가)\s|(?:된|되는|되던|돼\s온)\s*['‘’]?\s*$")


def _partner_of_relative_verb(s: Sentence, opener: Arg, end: int) -> bool:
    """ "A와 협력하던 B를 인수했다": a relative clause with no subject of its own after a name in 와/과 takes that
    name as its partner (A worked with B), no member of a list with B."""
    if opener.particle not in ("와", "과"):
        return False
    gap = s.text[opener.end - s.start : end - s.start]
    return _CLAUSE_OWN_SUBJECT.search(gap) is None


def verb_between(s: Sentence, start: int, end: int) -> bool:
    """A verb between document offsets ``start`` and ``end``: a name before it is that verb's argument."""
    # Kiwi tags an irregular verb "VV-R", "VV-I" ("손잡은", "이어")
    return any(start <= t.start and t.end <= end and t.tag.startswith(("VV", "XSV", "EC")) for t in s.tokens)


def _ends_in_adnominal(s: Sentence, start: int) -> bool:
    """The word before ``start`` ends in a verb's adnominal ending ("이끄는"), not a noun ("합작법인")."""
    last = max(
        (t for t in s.tokens if t.end <= start and t.tag[:2] not in ("SS", "SP")), key=lambda t: t.end, default=None
    )
    return last is not None and last.tag == "ETM"


def _after_title(s: Sentence, m: Mention) -> int:
    """Where a mention's particle is: after the title written with a person's name ("김성훈 대표가"), after the
    legal form written after a company's ("누리솔루션㈜는"), after the team or side that acts for an
    organisation ("가람대 연구팀은 … 공동 연구를 진행했다", "다온전자 측은") or for a titled person ("P 교수 연구팀은")."""
    if m.type.is_organization and (
        form := LEGAL_FORM_AFTER_NAME.match(s.text, m.end - s.start)
        or TEAM_AFTER_NAME.match(s.text, m.end - s.start)
        or NAMED_AS.match(s.text, m.end - s.start)
    ):
        return s.start + form.end()
    if m.type is not EntityType.PERSON:
        return m.end
    if not m.title:
        honorific = HONORIFIC.match(s.text, m.end - s.start)  # "한지민 씨는": the particle after the honorific
        return s.start + honorific.end() if honorific else m.end
    at = s.text.find(m.title, m.end - s.start)
    if not 0 <= at - (m.end - s.start) <= 25:
        return m.end
    # "P 가람대 교수 연구팀은": the professor's team acts for the professor (and so for the university)
    team = TEAM_AFTER_NAME.match(s.text, at + len(m.title))
    return s.start + (team.end() if team else at + len(m.title))


def _anaphor(m: Mention, index: int, disc: Discourse, of_mention: dict[int, Entity]) -> Entity | None:
    """ "신설 연구원", "이 회사": the latest organisation of that kind established so far, else the topic;
    a bare "컨소시엄": the latest alliance of that kind the article named before."""
    if m.text in ALLIANCE_NOUNS or m.type is EntityType.GOVERNMENT_AGENCY:
        # "컨소시엄에는": the alliance of that kind named before; "시는": the city named before ("목포시")
        named = [
            (start, e)
            for start, e in of_mention.items()
            if start < m.start
            and e.name.rstrip("'’ ").endswith(m.text)
            and (m.type is not EntityType.GOVERNMENT_AGENCY or e.type is EntityType.GOVERNMENT_AGENCY)
        ]
        return max(named, key=lambda item: item[0])[1] if named else None
    if m.text.endswith("스타트업") and disc.dealt and _named_later(disc.dealt[-1], disc, index, m.start):
        return disc.dealt[-1]  # "X가 세워졌다. A는 Y에 투자했다. 이 스타트업은 …": Y, named after X was set up
    for idx, _, new in reversed(disc.established):
        # "회사는 … 법인 X를 세웠다": what the sentence goes on to establish is not what its subject refers to
        written_before = idx < index or any(x.sentence == index and x.end <= m.start for x in new.mentions)
        kind_fits = (
            new.type is m.type
            or m.type is EntityType.COMPANY
            and new.type.is_organization
            or m.type is EntityType.RESEARCH_LAB  # "연구소는" after "X는 'Y 센터'를 개소했다": a lab the tagger typed
            and new.type is EntityType.ORGANIZATION  # no further
        )
        if written_before and kind_fits:
            return new
    if m.text.endswith("측") and disc.lead is not None and disc.lead.type.is_organization:
        return disc.lead  # "회사 측은": the company speaking is the one the article is about, not the last subject
    # "P 대표는 …. 회사는 …": after a person's sentence the company is the organisation last written as a subject
    topic = disc.topic if disc.topic is not None and disc.topic.type.is_organization else disc.actor
    if (
        topic is not None
        and topic.type is EntityType.INVESTOR
        and disc.lead is not None
        and disc.lead.type.is_organization
    ):
        # "Y가 N원을 유치했다. 이번 라운드에는 A가 참여했다. 이 회사는 …": the article's company, not an investor
        # written as a subject since (an investor's own article leads with it: "A는 … 투자했다. 이 회사는 …")
        topic = disc.lead
    if topic is None or not topic.type.is_organization:
        return None
    if m.text.endswith("스타트업"):
        # "A는 Y를 인수했다(Y에 투자했다). 이 스타트업은 …": the company a sentence before told bought or invested
        # in, not the buyer (one that only offered, "메타의 인수 제안을 거절했다", is none)
        dealt = [e for e in disc.dealt if e is not topic]
        return dealt[-1] if dealt else topic
    # "이 대학", "연구소는": a kind named says which topic it can be (not the ministry that picked the university)
    named_kind = m.type in (EntityType.UNIVERSITY, EntityType.RESEARCH_LAB)
    return topic if not named_kind or topic.type is m.type else None


def _named_later(dealt: Entity, disc: Discourse, index: int, before: int) -> bool:
    """Whether ``dealt`` was last named (before offset ``before``) after the latest organisation set up so far."""
    new = next((new for idx, _, new in reversed(disc.established) if idx <= index), None)
    if new is None:
        return True

    def last(e: Entity) -> int:
        return max((x.start for x in e.mentions if x.start < before), default=-1)

    return last(dealt) > last(new)


# money written as a topic ("자본금 5500만달러는 … 전액 출자한다", "투자금은"): what the sentence is about, no actor
_MONEY_TOPIC = frozenset({"원", "달러", "유로", "엔", "위안", "자본금", "투자금", "투자액", "출자금"})


_FIRST_PERSON = frozenset({"저", "나", "제", "내", "우리", "저희"})


def has_other_subject(s: Sentence, mentions: list[Mention]) -> bool:
    """The sentence has a subject or topic that is not an entity ("정부도 …"); a person's title is part of the
    person ("P 대표가 …"), and money as the topic leaves the actor carried."""
    spans = [(m.start, _after_title(s, m)) for m in mentions]
    for prev, tok in zip(s.tokens, s.tokens[1:]):
        if tok.tag in ("JKS", "JX") and tok.form in SUBJECT and prev.tag == "NP" and prev.form in _FIRST_PERSON:
            return True  # "저는 그 전에 …": the writer, not the person the last sentence named
        if (
            tok.tag in ("JKS", "JX")
            and tok.form in SUBJECT
            and prev.tag.startswith(("NN", "XSN", "SL", "SH"))
            and prev.end == tok.start
            and not (tok.form in ("은", "는") and prev.form in _MONEY_TOPIC)
        ):
            return not any(a <= prev.start < b for a, b in spans)
    return False


_CAME_FROM_BEFORE_PERSON = re.compile(r"\s?출신\s")
# the joiner (after the member's title), then where the next member came from: " 대표와 카이스트 출신 "
_CAME_FROM_GAP = re.compile(r"(?:\s[^\s,]+?)?(?:와|과|,)\s?\S+\s?출신\s")


def _kind_before_name(gap: str, lex: Lexicon) -> bool:
    """ "A와 신규 투자자 B", "A, AI 스타트업 B": what the next member is, written before its name, keeps the list."""
    words = gap.replace(",", " ").split()
    if words and (words[0] in JOINER or words[0] == "그리고"):
        words = words[1:]  # the particle or conjunction joining the two members ("A, B, 그리고 AI 기업 C")
    if words and words[-1].endswith("인") and words[-1][:-1] in lex.classifiers:
        words[-1] = words[-1][:-1]  # "A, 그리고 기존 투자사인 B": the kind, then the copula's "인"
    return 1 <= len(words) <= 3 and words[-1] in lex.classifiers and not any(map(_ENDS_IN_PARTICLE.search, words[:-1]))


_ENDS_IN_PARTICLE = re.compile(r"(?:[이가은는을를에의와과도로]|에서|으로)$")
