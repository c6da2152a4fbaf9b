"""Stage 6, relate: Korean relations from the registered rule sets (``rules/ko_*.py``).

For every sentence, each registered Korean rule is called once per occurrence of
its trigger (its own regex, else the relation's triggers in
``data/lexicons/predicates.tsv``) with a ``Clause``: the sentence's entity
arguments read by their particles, the topic carried from earlier sentences and
what was established so far.  Establishment rules (phase 0) run over the whole
article first: later money and participation statements refer back to them.

Quoted speech is not read for triggers, and a trigger followed by a hedge or
negation ("검토 중", "계획이 없다") is skipped or kept with low confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from aigraph.core.vocabulary import EntityType, RelationType, endpoints_allowed, normalize_name
from aigraph.ingest.pipeline.doc import DocState, Relation
from aigraph.ingest.pipeline.lexicon import Lexicon, is_bare_unit
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.normalise import PLACED_IN_TIME, money_properties, resolve_date
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import (  # noqa: F401  (they register rules)
    RelationRule,
    ko_funding,
    ko_learned,
    ko_members,
    ko_money,
    ko_nominal,
    ko_partners,
    ko_people,
    ko_rounds,
    ko_structure,
    rules_for,
)
from aigraph.ingest.pipeline.rules.ko_clause import (
    CLAUSE_END,
    EACH,
    SPENT_FOR,
    SUBJECT,
    Arg,
    Clause,
    Discourse,
    has_other_subject,
    mask_quotes,
    relative_verb_starts,
    sentence_args,
)
from aigraph.ingest.pipeline.rules.ko_funding import ROUND_NAME, without_amount
from aigraph.ingest.pipeline.segment import Sentence

LANGUAGE = "ko"
_HEDGE_WINDOW = 25
# an act undone is told anywhere later in the sentence, after its cause ("계약을 체결했으나 규제 당국의 승인을 받지
# 못해 거래가 최종 무산됐다")
_UNDONE_WINDOW = 70
# syllables closed by ㄴ or ㄹ: an adnominal verb ending ("승인된", "타결될", "받을")
_ADNOMINAL_SYLLABLES = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 in (4, 8))
# "조건이 맞는다면 Y에 투자하겠다", "인수가 성사되면 Y를 자회사로 편입한다", "협상이 타결될 경우(에는) Y에
# 투자한다", "승인을 받으면 Y에 투자한다", "승인을 조건으로 (조건부로) Y를 인수하기로 했다": a condition written right
# before the trigger's clause makes it hypothetical ("다면서", saying, is none)
_CONDITIONED = re.compile(
    r"(?:다면|라면|[되하]면|[으지나]면|조건으로|조건부로?|["
    + _ADNOMINAL_SYLLABLES
    + r"]\s경우(?:에는|에도|에|엔)?),?\s"
    r"(?:[^\s.,]+\s){0,6}[^\s.,]*$"
)
_MAY_CONDITION = ("경우", "조건", "다면 ", "라면 ", "되면 ", "하면 ", "으면 ", "지면 ", "나면 ")
# "투자한 것으로 보인다", "인수한 바 없다": the adnominal verb is the clause's own predicate, so its hedge counts
# (or the noun the predicate denies: "Y에서 분사한 법인이 아니다")
_COMPLEMENT = re.compile(r"(?:것|바|적|수)(?=[\s으이은을도]|$)|[^\s.,]{1,6}(?:이|가)\s아니")
_ADNOMINAL = re.compile(r"(?:한|된|했던|됐던|하던|인)\s+['‘]?(?=\S)")  # a completed relative clause before a noun
# "투자받은 데 이어", "투자를 받은 X": a trigger that ends in the past adnominal itself
_ADNOMINAL_TRIGGER = re.compile(r"(?<=받은)\s+['‘]?(?=\S)")
# "인수를 위한 본계약을 체결했다", "인수를 위해 1조원을 투입했다": a contract signed or money spent for the act is
# the act agreed, not a purpose; the hedge that counts is the one on that verb ("체결할 예정이다")
# "의 자회사 Y는 ", "의 계열사인 Y가 ": the affiliate's name right after the noun, then its particle
_NAMED_AFFILIATE = re.compile(
    r"(?:인)?\s['‘]?(?:[^\s,.]+\s){0,2}?[^\s,.]+?['’]?(?:\([^()]*\))?(?:은|는|이|가|을|를|의|도)\s"
)  # "자회사 카카오 아메리카가 "
# "업무협약(MOU)": a gloss right after the trigger, or the rest of the one the trigger stands in ("(MOU)")
_GLOSS_AFTER = re.compile(r"\([^()]*\)|[^()]{0,20}\)")
_PURCHASE = re.compile(r"인수|매입|취득|사들|매수")  # a trigger that buys: a plan to buy owns nothing yet
_DONE_FOR = re.compile(
    r"\s?[을를]\s위한\s(?:(?!우선협상|조건부)\S+\s)?(?:본계약|계약|주식매매계약|인수\s?계약|투자\s?계약)(?:\([^()]*\))?[을를]\s(?:체결|맺)"
    r"|" + SPENT_FOR
)


class RelationExtractor:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._rule_triggers: dict[str, list[tuple[re.Pattern[str], float]]] = {}

    def relate(self, doc: DocState) -> list[Relation]:
        """Fill ``doc.relations`` from the sentences, mentions and entities earlier stages found."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        found: list[Relation] = []
        doc.relations = found  # what earlier phases found, for later ones (ko_learned skips related pairs)
        disc = Discourse()
        for phase in sorted({r.phase for r in rules_for(LANGUAGE)}):
            disc.topic = disc.actor = None
            disc.dealt = []  # told again sentence by sentence: a phase reads no deal from a sentence not reached yet
            rules = rules_for(LANGUAGE, phase=phase)
            for s in doc.sentences:
                found += self._sentence(doc, s, by_sentence.get(s.index, []), disc, rules)
        doc.relations = _without_denied_reports(
            doc,
            _dedupe(
                [
                    r
                    for r in found
                    if _allowed(r)
                    and not self._surname_only(r)
                    and not _asks(r.sentence)
                    and not _UNCONFIRMED.search(r.sentence.text)
                ]
            ),
        )
        _name_units_with_their_body(doc.relations, self.lex)
        _date_investments(doc.relations, doc.published)
        return doc.relations

    def _surname_only(self, r: Relation) -> bool:
        """A person known only by a surname ("ORG 최 대표" with no full name in the article, "박모 연구원"): who it
        is is not known, so no fact is drawn about them."""
        return any(e.type is EntityType.PERSON and self.lex.names_no_one(e.name) for e in (r.source, r.target))

    def _triggers(self, rule: RelationRule) -> list[tuple[re.Pattern[str], float]]:
        """The rule's own trigger, else the lexicon's triggers of its relation (worked out once per rule)."""
        found = self._rule_triggers.get(rule.name)
        if found is None:
            found = (
                [(rule.trigger, rule.confidence)]
                if rule.trigger is not None
                else [(t.pattern, t.confidence) for t in self.lex.triggers if t.relation is rule.relation]
            )
            self._rule_triggers[rule.name] = found
        return found

    def _sentence(
        self, doc: DocState, s: Sentence, mentions: list[Mention], disc: Discourse, rules: list[RelationRule]
    ) -> list[Relation]:
        args = sentence_args(s, mentions, doc.of_mention, self.lex, disc)
        masked = mask_quotes(s.text)
        explicit_subject = next((a for a in args if a.particle in SUBJECT and not _describes(s, a, args)), None)
        # the subject carried from earlier sentences, unless this one has a non-entity subject ("정부도"): a
        # generic institution word counts as none, as it takes no part as an argument
        other_subject = has_other_subject(s, [m for m in mentions if m.text not in self.lex.generic_orgs])
        topic = None if other_subject else disc.topic
        out: list[Relation] = []
        may_condition = any(marker in masked for marker in _MAY_CONDITION)
        for rule in rules:
            if rule.per_sentence:
                out += _named(rule, rule.fn(Clause(doc, self.lex, s, mentions, args, topic, disc)))
                continue
            clause = None  # built on the rule's first trigger: most rules find none in a sentence
            for pattern, base in self._triggers(rule):
                for tm in pattern.finditer(masked):
                    conditioned = may_condition and _CONDITIONED.search(masked, 0, tm.start()) is not None
                    conf = None if conditioned else self._confidence(masked, tm, base, rule.relation)
                    if conf is not None:
                        clause = clause or Clause(doc, self.lex, s, mentions, args, topic, disc)
                        clause.match, clause.confidence = tm, conf
                        found = rule.fn(clause)
                        out += _named(rule, _with_gapped_clauses(clause, found))
        members = [
            a.entity
            for a in args
            if a.particle in SUBJECT and explicit_subject is not None and a.group == explicit_subject.group
        ]
        if len(members) >= 2 and members not in disc.groups:
            disc.groups.append(members)
        disc.dealt += [
            a.entity
            for a in args
            if _DEALT_IN.match(s.text, a.end - s.start) and a.entity.type.is_organization and a.entity not in disc.dealt
        ]
        # "대표주관사는 X가 맡았다", "이번 라운드는 X가 주도했다": who took a part in the article's deal, not what the
        # article is about
        role_taken = explicit_subject is not None and _ROLE_TAKEN.match(s.text) is not None
        if explicit_subject is not None and not role_taken:
            disc.topic = explicit_subject.entity
            if explicit_subject.entity.type.is_organization:
                disc.actor = explicit_subject.entity
                disc.lead = disc.lead or explicit_subject.entity
        elif explicit_subject is None and other_subject:
            disc.topic = None
        return out

    def _confidence(self, masked: str, trigger: re.Match[str], base: float, relation: RelationType) -> float | None:
        end = trigger.end()
        adnominal = _ADNOMINAL.match(masked, end) or _ADNOMINAL_TRIGGER.match(masked, end)
        if (adnominal and not _COMPLEMENT.match(masked, adnominal.end())) or masked[end - 2 : end + 1] in (
            "사인 ",
            "주인 ",
            "자인 ",  # "Y의 주요 투자자인 X는 … 검토"
        ):
            return base  # "X가 설립한 Y는 … 검토 중", "Y의 주주사인 X는 합병을 추진 중": the main clause's hedge is not the description's
        # "자회사로 둔 것은 아니다", "인수한 바 없다": the trigger's adnominal ending opens its complement, no new clause
        complement = masked[end : end + 1] == " " and _COMPLEMENT.match(masked, end + 1) is not None
        if relation is RelationType.AFFILIATE_OF and (named := _NAMED_AFFILIATE.match(masked, end)) and not complement:
            # "X의 자회사 Y는 상장을 추진하고 있다": the affiliate named is a description, the hedge Y's plan's; named
            # as an object ("신설법인 Y를 세우기로 했으나 연기됐다") it is what the verb makes, undone with it
            window = masked[named.end() : named.end() + _UNDONE_WINDOW]
            undone = named.group(0).rstrip().endswith(("을", "를")) and any(
                effect == "undone" and self.lex.hedge_counts(window, marker, effect, _UNDONE_WINDOW)
                for marker, effect in self.lex.hedges
            )
            return None if undone else base
        if signed := _DONE_FOR.match(masked, end):
            end = signed.end()
        if gloss := _GLOSS_AFTER.match(masked, end):
            end = gloss.end()  # "업무협약(MOU)을 체결할 예정이다": the hedge is read past the gloss
        window = masked[end : end + _UNDONE_WINDOW + 4]
        # "10조원을 투자할 계획이다" commits money; "지분 30%를 인수할 계획이다" buys nothing yet
        committed = relation is RelationType.INVESTED_IN and not _PURCHASE.search(trigger.group(0))
        # "협약을 체결하고 … 추진할 계획", "투자받았지만 … 계획은 없다": the hedge is the next clause's (the ending may
        # start inside the trigger's own match); an act undone is told in the next clause too ("했지만 … 무산됐다")
        done = CLAUSE_END.search(masked, end + 1 if complement else max(0, end - 2), end + _HEDGE_WINDOW)
        # a clause ending the sentence ("…할 계획이었다."): its ending is the trigger's clause's too
        clause_reach = (
            max(0, (done.end() if done.group(0).endswith(".") else done.start()) - end) if done else _HEDGE_WINDOW
        )
        for marker, effect in self.lex.hedges:
            reach = _UNDONE_WINDOW if effect == "undone" else clause_reach
            if effect in ("plan", "aim") and marker not in window[: min(reach, len(marker) + 4)]:
                continue  # a plan right on this verb ("인수할 계획"), not on a later one ("협력해 … 확보할 계획")
            if effect == "plan" and committed:
                continue
            # the words right past the reach tell how a hedge noun is used
            if self.lex.hedge_counts(window[: reach + 4], marker, effect, reach):
                return 0.3 if effect == "low" else None
        return base


# particles that give an argument the same role in clauses written alike
_SAME_ROLE = {"는": "은", "도": "은", "과": "와", "를": "을", "으로": "로"}


def _with_gapped_clauses(clause: Clause, found: list[Relation]) -> list[Relation]:
    """ "A는 X에 30억원을, B는 Y에 20억원을 투자했다": what the trigger's clause gives B and Y, each clause cut short
    before it gives its own arguments in the same roles.  An amount written once for all ("각각 50억원을", "모두
    100억원을") is each one's with 각각 or 씩, else a total no one's own."""
    segments = clause.gapped_clauses() if found else []
    if not segments:
        return found
    role = {a.entity.key: _SAME_ROLE.get(a.particle, a.particle) for a in clause.before}
    fx, published = clause.lex.fx, clause.article_date
    each_own = all("amount" in money_properties(text, published, fx) for text, _ in segments)
    kept = each_own or EACH.search(clause.clause_text()) is not None
    out = [r if kept else replace(r, properties=without_amount(r.properties)) for r in found]
    for r in out[: len(found)]:
        if r.source.key not in role or r.target.key not in role or role[r.source.key] == role[r.target.key]:
            continue
        for text, args in segments:
            source, target = (
                [a.entity for a in args if _SAME_ROLE.get(a.particle, a.particle) == role[end.key]]
                for end in (r.source, r.target)
            )
            if not source or not target or source[-1] is target[-1]:
                continue
            props = without_amount(r.properties) | money_properties(text, published, fx) if each_own else r.properties
            out.append(Relation(r.type, source[-1], target[-1], r.sentence, r.confidence, dict(props), r.rule))
    return out


def _named(rule: RelationRule, relations: list[Relation]) -> list[Relation]:
    for r in relations:
        r.rule = r.rule or rule.name
    return relations


def _name_units_with_their_body(relations: list[Relation], lex: Lexicon) -> None:
    """ "카이스트(KAIST) 물리학과 양찬호 교수": a unit written without its body, PART_OF one body in the article,
    is named with it ("한국과학기술원 물리학과"; the written name stays an alias), so every university's
    department of physics is not one node in the graph.  Units whose name already holds the body keep it."""
    bodies: dict[str, dict[str, Entity]] = {}
    for r in relations:
        if r.type is RelationType.PART_OF and r.target.type.is_organization:
            bodies.setdefault(r.source.key, {})[r.target.key] = r.target
    units = {r.source.key: r.source for r in relations if len(bodies.get(r.source.key, {})) == 1}
    for key, unit in units.items():
        (body,) = bodies[key].values()
        if unit.registry is not None or not is_bare_unit(unit.name, lex.unit_suffixes):
            continue
        if any(normalize_name(unit.name).startswith(normalize_name(n)) for n in {body.name, *body.aliases} if n):
            continue
        unit.aliases.add(unit.name)
        unit.name = f"{body.name} {unit.name}"


# a role in the deal told with who took it: "대표주관사는 X가 맡았다", "자문은 Y와 Z가 맡는다"
_ROLE_TAKEN = re.compile(
    r"^\S+(?:은|는)\s(?:[^\s.,]+\s){1,4}?맡(?:았|는다|고|으며|기로)"
    # "이번 라운드는 A가 주도했다", "이번 투자에는 A와 B가 참여했다": the round's investors, not what the article is about
    r"|^(?:이번|해당|이)\s?(?:투자|라운드|펀딩|투자\s?유치)(?:은|는|에는|에선|엔)\s"
)
# another event whose date a sentence may tell beside an investment's ("2020년 설립된 Y는 …", "2021년 인수한 Y에")
_OTHER_EVENT_TOLD = re.compile(r"설립|창업|창립|출범|세운|세워|인수한|인수된|상장|앞서|이전")
_YEAR = re.compile(r"(?<!\d)\d{4}\s*년")
# what a sentence tells bought or put money into: "Y를 (전격) 인수했다", "Y에 100억원을 투자했다" (Discourse.dealt)
_DEALT_IN = re.compile(
    r"(?:\([^()]*\))?\s*(?:(?:을|를)\s(?:\S+\s){0,2}?(?:인수|매입|사들)|에\s(?:\S+\s){0,4}?\S*투자(?:했|하였|한다|해|하며|하고|한))"
)


def _date_investments(relations: list[Relation], published: date | None) -> None:
    """ "삼성전자는 2024년 3월 Y에 300억원을 투자했다": an investment with no time of its own takes the one date its
    sentence tells, unless the sentence also tells another event (a founding, a purchase, a listing, an earlier
    round) or names several years: whose date is whose is then not known."""
    for r in relations:
        if r.type is not RelationType.INVESTED_IN or r.properties.keys() & PLACED_IN_TIME:
            continue
        text = r.sentence.text
        if _OTHER_EVENT_TOLD.search(text) or len(_YEAR.findall(text)) > 1:
            continue
        if told := resolve_date(text, published):
            r.properties["date"] = told


# a deal told on unnamed sources' word or as what reports say ("소식통에 따르면", "업계 소식통은 … 전했다", "외신
# 보도에 따르면"), as English "people familiar with", "according to reports": not confirmed (a named outlet, "블룸버그에
# 따르면", reports what it confirmed)
_UNCONFIRMED = re.compile(
    r"소식통|보도에\s?따르면|(?:언론|외신|매체)(?:들)?에\s?따르면"  # "일본 언론에 따르면": unnamed press
    r"|(?:익명의|복수의|사정에\s밝은|사안에\s정통한)\s(?:업계\s)?관계자"
)
# a sentence telling what was reported, and one a party of it denies with ("사실무근", "사실이 아니다", "부인했다")
# a deal told as reported ("…한다고 보도했다"), or a rumour of one ("매각설")
_REPORTING = r"보도(?:했|됐|되|가\s나)|알려졌|전해졌|전했(?:으나|지만)"
_REPORTED_BY = re.compile(_REPORTING)
_REPORTED = re.compile(_REPORTING + r"|(?:인수|투자|매각|합병|제휴)설")
_DENIED = re.compile(r"사실무근|사실이\s?아니|사실과\s?다르|부인했|부인하|일축했|선을\s그었")


def _without_denied_reports(doc: DocState, relations: list[Relation]) -> list[Relation]:
    """ "한 매체는 A가 B에 투자한다고 보도했다. A 측은 '사실무근'이라고 밝혔다": a reported deal one of its parties
    denies in the next sentence is no fact, nor one denied after the report in its own sentence ("…보도했지만 A는
    사실무근이라고 밝혔다"); a fact told plainly, not as a report, stands."""
    denied = {s.index for s in doc.sentences if _DENIED.search(s.text)}
    named: dict[int, set[int]] = {}
    for m in doc.mentions:
        if m.sentence in denied and (e := doc.of_mention.get(m.start)) is not None:
            named.setdefault(m.sentence, set()).add(id(e))
    return [
        r
        for r in relations
        if not (
            (
                r.sentence.index + 1 in denied
                and _REPORTED.search(r.sentence.text)
                and {id(r.source), id(r.target)} & named.get(r.sentence.index + 1, set())
            )
            # in its own sentence, the report itself denied ("…보도했지만 … 사실무근"; in "투자받았으며, 매각설은
            # 사실무근" another deal's rumour is)
            or ((reported := _REPORTED_BY.search(r.sentence.text)) and _DENIED.search(r.sentence.text, reported.end()))
        )
    ]


# the final endings of a question ("인수할까", "협력인가", "투자했는가", "손잡냐"); a headline's "손잡나" is read as
# a connective ending (EC) closing the sentence
_QUESTION_ENDINGS = frozenset(
    {
        "ᆯ까",
        "을까",
        "ᆫ가",
        "은가",
        "는가",
        "냐",
        "느냐",
        "ᆯ까요",
        "을까요",
        "나요",
        "ᆫ가요",
        "은가요",
        "는가요",
        "ᆸ니까",
        "습니까",
    }
)
_PREDICATE_TAGS = ("VV", "VA", "VX", "XSV", "XSA", "EP", "VCP")


# the interviewer's line of a Q&A ("―A가 B에 투자했다는데.", "Q. …"): what is asked, or heard, not told
_INTERVIEWER_LINE = re.compile(r"\s*(?:―|Q\s?[.:)]|질문\s?[:.])")


def _asks(s: Sentence) -> bool:
    """ "A가 B를 인수할까?", "A, B와 손잡나", "인수하는 건가요?": a sentence ending as a question tells no fact (a headline asking "…이유는?"
    about a deal it states does not end in a question's ending, and keeps its facts); nor does an interviewer's line."""
    if _INTERVIEWER_LINE.match(s.text):
        return True
    words = [t for t in s.tokens if not t.tag.startswith("S")]
    if words and words[-1].form == "요" and words[-1].tag == "JX":
        words.pop()  # "인수하는 건가요?": the polite 요 after the ending
    if not words:
        return False
    last = words[-1]
    if last.tag == "EF":
        # any ending asks with the mark: "인수했죠?", "B를 인수한다?" (a statement asked by its intonation)
        return last.form in _QUESTION_ENDINGS or s.text.rstrip()[-1:] == "?"
    return last.tag == "EC" and last.form == "나" and len(words) > 1 and words[-2].tag.startswith(_PREDICATE_TAGS)


def _allowed(r: Relation) -> bool:
    """Endpoints of the kinds the relation links; a round recognised as a name ("시리즈C") is no organisation."""
    return (
        r.source is not r.target
        and endpoints_allowed(r.type, r.source.type.label, r.target.type.label)
        and not any(ROUND_NAME.fullmatch(e.name) for e in (r.source, r.target))
    )


def _other_posts(a: Relation, b: Relation) -> bool:
    """Two titles at one organisation that name two posts ("원장", "연구본부장"), not one post told twice."""
    first, second = a.properties.get("title"), b.properties.get("title")
    return bool(first and second and first not in second and second not in first)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (type, source, target): the most confident, properties merged."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        ends = (r.source.key, r.target.key)
        key = (r.type, *(sorted(ends) if r.type is RelationType.PARTNERS_WITH else ends))
        old = best.get(key)
        if old is None:
            best[key] = r
            continue
        current, past = (r, old) if old.properties.get("former") else (old, r)
        if past.properties.get("former") and not current.properties.get("former") and _other_posts(current, past):
            # "P가 X 원장에 취임했다. P는 X 연구본부장을 역임했다": the post P holds now, not the one P left before
            best[key] = current
            continue
        merged = (
            {**r.properties, **old.properties}
            if len(old.properties) >= len(r.properties)
            else {**old.properties, **r.properties}
        )
        keep = old if (len(old.properties), old.confidence) >= (len(r.properties), r.confidence) else r
        keep.properties = merged
        keep.confidence = max(old.confidence, r.confidence)
        best[key] = keep
    return list(best.values())


def _describes(s: Sentence, a: Arg, args: list[Arg]) -> bool:
    """ "2020년 X가 주도한 라운드에서 N원을 투자받았다": a subject in 이/가 of a relative clause describing what comes
    next, not the sentence's, so no topic the next sentences carry."""
    if a.particle not in ("이", "가"):
        return False
    nxt = min((b.start for b in args if b.start >= a.end and b.group != a.group), default=s.end)
    return any(a.end <= v < nxt for v in relative_verb_starts(s.tokens, s.end))
