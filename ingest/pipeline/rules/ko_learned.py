"""A learned relation classifier for pairs of entities the recogniser found in one Korean sentence.

The hand-written rules read deal news; encyclopaedic and other prose ties people
and organisations in many more ways ("롤링 스톤의 롭 셰필드는", "X 소속 Y", "Y(X 감독)",
"X에 입단").  A linear model over what lies between and around two mentions (their
kinds and order, the morphemes and particles between them, the words right before
and after each, title words, distance, other names in between, the predicate after
them) scores person–organisation and organisation–organisation pairs at most
``MAX_GAP_TOKENS`` morphemes apart:

- person and organisation: WORKS_FOR or ESTABLISHED (person → organisation);
- two organisations: PART_OF (or AFFILIATE_OF when the whole is a business group),
  in either direction.

The weights (``data/pair_relations.json``) were learned from KLUE-RE train
(CC BY-SA 4.0) by ``ingest/pipeline/train_pairs.py``; scoring is plain Python.  A
relation is emitted only above each model's probability threshold (never below 0.8),
for pairs no rule has related (this rule runs in the last phase, after every other
one), never in a sentence with a hedge, negation or condition after the pair (a purpose
phrase hedges no description inside one noun phrase, "ORG(사장 P)"), never from quoted
speech.  Precision comes before recall: a person a rule already placed in an organisation
gets no second one, a person gets at most one organisation per
sentence, an organisation is not given to a person across another person, in sentences
listing three or more people only a person and an organisation of one noun phrase are scored, two listed organisations ("A, B",
"A와 B") are never a part and its whole, a person described as another party of the organisation before
them ("X의 투자자인 P 대표", "X 투자를 주도한 P 대표", "X 제품을 써 본 P 교수", "X 대표를 만난 P 장관"), as coming from it ("X 출신 P") or as the
object it acts on ("X는 P를 상대로 소송을 냈다", "P를 초청해") is not its employee, and a founder needs a founding verb
(``predicates.tsv``) in the sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from aigraph.core.resources import data_dir
from aigraph.core.vocabulary import EntityType, RelationType, endpoints_allowed
from aigraph.ingest.pipeline.doc import Relation
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.ko_clause import CLAUSE_DONE, Clause, mask_quotes
from aigraph.ingest.pipeline.segment import Token

WEIGHTS_FILE = "pair_relations.json"
PERSON_ORG = "person_org"  # model over (person, organisation) pairs in either order
ORG_ORG = "org_org"  # model over two organisations, in text order
# classes each model predicts; "none" first
CLASSES = {
    PERSON_ORG: ("none", "WORKS_FOR", "ESTABLISHED"),
    ORG_ORG: ("none", "first_in_second", "second_in_first"),
}
# morphemes between two mentions at most: farther pairs are mostly unrelated in news (lists, subordinate clauses)
MAX_GAP_TOKENS = 6
_MAX_PEOPLE = 3
_NAME_TAGS = frozenset({"NNP", "SL", "SH", "SN"})  # names and numbers: the tag generalises, the form does not
_LIST_MARKS = frozenset({",", "·", "△", "▲", "■", "및", "/"})
_CONTENT = ("NNG", "VV", "VA", "XSV", "XSN", "VCP")


def _word(t: Token) -> str:
    return t.tag if t.tag in _NAME_TAGS else f"{t.form}/{t.tag}"


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 7, 12, 20):
        if n <= limit:
            return str(limit)
    return "more"


def pair_features(
    tokens: Sequence[Token],
    first: tuple[int, int],
    first_kind: str,
    second: tuple[int, int],
    second_kind: str,
    titles: frozenset[str],
) -> list[str]:
    """Sparse binary features of two mentions (``first`` before ``second``, offsets into the text the
    tokens index); kinds are "P" (person) or "O" (organisation)."""
    kinds = f"{first_kind}{second_kind}"
    before = [t for t in tokens if t.end <= first[0]]
    gap = [t for t in tokens if t.start >= first[1] and t.end <= second[0]]
    after = [t for t in tokens if t.start >= second[1]]
    inside = [t for t in tokens if t.start >= first[0] and t.end <= first[1]] + [
        t for t in tokens if t.start >= second[0] and t.end <= second[1]
    ]
    f = [f"kinds={kinds}", f"kinds={kinds}|gap={_bucket(len(gap))}"]
    names_between = sum(t.tag == "NNP" for t in gap)
    f.append(f"kinds={kinds}|names_between={_bucket(names_between)}")
    for t in gap:
        f.append(f"gap={_word(t)}")
        if t.form in titles:
            f.append("gap_title")
    if gap:
        f += [
            f"kinds={kinds}|gap_first={_word(gap[0])}",
            f"kinds={kinds}|gap_last={_word(gap[-1])}",
            f"gap_first2={'|'.join(_word(t) for t in gap[:2])}",
            f"gap_last2={'|'.join(_word(t) for t in gap[-2:])}",
        ]
        if len(gap) <= 3:
            f.append(f"kinds={kinds}|gap_all={'|'.join(_word(t) for t in gap)}")
    else:
        f.append(f"kinds={kinds}|adjacent")
    if before:
        f.append(f"before={_word(before[-1])}")
    for k, t in enumerate(after[:3]):
        f.append(f"after{k}={_word(t)}")
        if k == 0:
            f.append(f"kinds={kinds}|after0={_word(t)}")
        if t.form in titles:
            f.append(f"kinds={kinds}|title_after{k}")
    predicate = next((t for t in after if t.tag.startswith(("VV", "XSV")) or t.tag == "VCP"), None)
    if predicate is not None:
        idx = after.index(predicate)
        stem = after[idx - 1] if predicate.tag == "XSV" and idx else predicate
        f.append(f"predicate={stem.form}")
        f.append(f"kinds={kinds}|predicate={stem.form}")
    for t in inside:
        if t.form in titles:
            f.append("title_in_mention")
    for t in gap:
        if t.tag.startswith(_CONTENT) or t.tag.startswith(("J", "E", "SS", "SP", "SW")):
            f.append(f"kinds={kinds}|gap_word={t.form}/{t.tag[:2]}")
    return f


def scored_pair(tokens: Sequence[Token], start: int, end: int, two_orgs: bool) -> bool:
    """Whether the model scores two mentions with the text ``start:end`` between them: close enough, and
    (for two organisations) not listed side by side ("A, B", "A·B", "A와 B", "△A △B": members of one list)."""
    gap = [t for t in tokens if t.start >= start and t.end <= end]
    return len(gap) <= MAX_GAP_TOKENS and not (two_orgs and any(t.tag == "JC" or t.form in _LIST_MARKS for t in gap))


@dataclass(frozen=True)
class PairModel:
    """One linear model: a weight row per feature (one weight per class), the class biases, and the
    probability a relation needs (chosen by cross-validation for a wanted precision)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, features: list[str]) -> list[float]:
        scores = list(self.bias)
        for name in set(features):
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]


@dataclass(frozen=True)
class PairWeights:
    models: dict[str, PairModel]

    @classmethod
    def read(cls, path: Path) -> PairWeights:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            models = {
                name: PairModel(
                    tuple(m["classes"]),
                    tuple(m["bias"]),
                    {k: tuple(v) for k, v in m["weights"].items()},
                    float(m["threshold"]),
                )
                for name, m in raw["models"].items()
            }
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}: not a pair-relation weights file ({exc}); retrain with train_pairs") from exc
        for name, classes in CLASSES.items():
            if name not in models or models[name].classes != classes:
                raise ValueError(f"{path}: model {name!r} missing or with other classes; retrain with train_pairs")
        return cls(models)


@cache
def load_weights(path: Path | None = None) -> PairWeights | None:
    """The shipped weights; None without the file (the rules still run alone), an error when it is broken."""
    path = path or data_dir() / WEIGHTS_FILE
    return PairWeights.read(path) if path.exists() else None


def _kind(m: Mention) -> str | None:
    if m.type is EntityType.PERSON:
        return "P"
    return "O" if m.type.is_organization else None


def _hedged(c: Clause, masked: str, from_rel: int, to_rel: int, nominal: bool) -> bool:
    """A hedge, negation or condition after the pair's first mention, up to the end of the clause holding the
    second ("…에 입단했고, …하지 못했다": the later clause's negation is another statement's): the predicate
    is not a fact.  A purpose ("…을 위한 설문조사", "…하기 위해") is the aim of a predicate, never of a noun
    phrase's description: it does not hedge a ``nominal`` pair ("ORG(위원장 P)는 … 측정을 위한 조사를 시작한다")."""
    done = CLAUSE_DONE.search(masked, to_rel)
    rest = masked[from_rel : done.end() if done else len(masked)]
    return any(
        c.lex.hedge_counts(rest, marker, effect) for marker, effect in c.lex.hedges if not (nominal and effect == "aim")
    )


# what may stand between two mentions of one noun phrase: nouns, names, numbers, "의", prefixes and
# suffixes, determiners ("전"), brackets and commas; no particle of an argument, no verb, no ending
_NOMINAL_TAGS = ("NN", "NR", "SN", "SL", "SH", "SS", "SP", "SO", "SW", "XPN", "XSN", "MM", "JKG")


def nominal_pair(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Nothing but a noun phrase's own pieces between two mentions ("ORG(대표이사 P)", "ORG P 전 T", "ORG의 P"):
    the pair says who someone is, not what the clause's predicate states."""
    return all(t.tag.startswith(_NOMINAL_TAGS) for t in tokens if t.start >= start and t.end <= end)


def _side_by_side(c: Clause, a: Mention, b: Mention) -> bool:
    """One noun phrase with no other name and no list mark between ("정의당 P 후보", "ORG의 P", "NBA 농구선수 P"):
    in a list of three or more people, the organisation written against a name is still that person's."""
    tokens = c.sentence.tokens
    return (
        nominal_pair(tokens, a.end, b.start)
        and not any(t.form in _LIST_MARKS for t in tokens if t.start >= a.end and t.end <= b.start)
        and not any(a.end <= m.start and m.end <= b.start for m in c.mentions)
    )


# nouns naming another party of an organisation ("X의 투자자인 P 대표", "X 경쟁사 P 사장", "X는 토론 상대로 P
# 대표를": an opponent), what the person owns ("X 주식을 가진 P"), where the person came
# from ("X 출신 P 대표": studied or worked there once), verbs acting on it ("X 투자를 주도한 P 대표") and its
# events and projects ("X 행사에 P 교수가"): the person written after them is not the organisation's
_COUNTERPART = re.compile(
    r"출신|투자자|투자사|투자기관|주주|출자자|고객사|고객인|경쟁|상대|협력사|파트너|거래처|납품|인수자|인수\s?주체|매수자|채권자|후원"
    r"|(?:투자|인수|매입|출자|고소|제소|비판|지원)(?:를|을)?\s?(?:\S+\s)?\S*(?:한|하는|할)\s"
    # what the person owns ("X 주식을 가진 P 씨", "X를 보유한 P"): a holder, not an employee
    r"|(?:을|를)\s(?:가진|갖고\s?있는|보유한|보유하고\s?있는|소유한|소유하고\s?있는|산|사들인|매입한)\s"
    # one who met or visited it or its people ("X 대표를 만난 P 장관", "X 본사를 방문한 P 의원"): a visitor
    r"|(?:을|를)\s(?:만난|만나는|만났던|방문한|방문하는|찾은|찾는|면담한|접견한|초청한|인터뷰한|취재한)\s"
    # a user of its products ("X 제품을 써 본 P 교수", "X 서비스를 이용하는 P 씨"): a customer, not an employee
    r"|(?:을|를)\s(?:써\s?본|쓰는|쓰고\s?있는|이용하는|이용한|사용하는|사용한|구매한)\s"
    # an event or project of the organisation the person attends or joins ("X 행사에 P 교수가 참석했다")
    r"|(?:행사|포럼|세미나|간담회|콘퍼런스|컨퍼런스|설명회|시상식|토론회|심포지엄|워크숍|프로젝트)(?:에서|에|을|를|의)?\s"
    # a candidate for its head ("X 대표 후보 P 씨", "X 차기 CEO 후보인 P") or one named but not in office yet ("X
    # 대표 내정자 P"): not appointed, perhaps never (a party's "비례대표 후보" is its member)
    r"|(?<!비례)(?<!당)(?:대표|대표이사|사장|회장|총장|원장|이사장|CEO)\s?(?:후보|내정자)"
)


def counterpart_between(text: str, tokens: Sequence[Token], org: Mention, person: Mention) -> bool:
    """An organisation written before a person with a counterpart noun, an act on it, or a prospective
    relative clause ("X를 이끌 P 대표": not appointed yet) in between."""
    if org.end > person.start:
        return False
    prospective = any(
        t.tag == "ETM" and t.form in ("ᆯ", "을", "ㄹ") and org.end <= t.start and t.end <= person.start for t in tokens
    )
    return prospective or bool(_COUNTERPART.search(text, org.end, person.start))


def _gloss(text: str, a: Mention, b: Mention) -> bool:
    """ "존 고든(John Gordon)": the second name alone in parentheses right after the first is another
    spelling of it, whatever type the recogniser gave it."""
    return text[a.end : b.start].strip() == "(" and text[b.end : b.end + 1] == ")"


# a reporter's name ("[한빛일보 김하늘 기자]", "김하늘 한빛일보 기자는"): the byline says who wrote the
# article, not whom an organisation employs in the news it reports
_REPORTER = re.compile(
    r"(?:\s[^\s,.=\]]+(?<![은는을를]))?\s?(?:인턴\s?|객원\s?|수습\s?)?(?:기자|특파원|통신원)(?=[은는이가의와과도]?(?:[\s\]=,.]|$))"
)


_ORIGIN = re.compile(r"\s?(?:출신|동문|졸업생|동창)")  # "서울대 출신", "서울대 동문": where the person studied
# "X에서 박사 학위를 받았다", "X를 졸업했다", "X에 입학해": where the person studied, no post
_STUDIED = re.compile(
    r"['’]?(?:\([^()]*\))?(?:에서|을|를|에)?\s(?:[^\s,.]+\s){0,3}?(?:[^\s,.]*학위|졸업|수료|입학|전공|학사|석사|박사\s?과정)"
)
# a post the person is only in line for, right after the organisation ("P ORG 대표 후보는", "P ORG 차기 CEO
# 내정자"): not held yet, perhaps never
IN_LINE = re.compile(r"\s?(?:후보|내정자)(?=[은는이가을를의와과도로,.\s]|$)")
_POST_IN_LINE = re.compile(r"\s(?:차기\s|신임\s)?[^\s,.()]+?" + IN_LINE.pattern)
# the person as the object an organisation acts on ("X는 P 부사장을 상대로 소송을 냈다", "X는 P 교수를 초청해"):
# an opponent or a guest, not an employee
_ACTED_ON = re.compile(
    r"(?:\s[^\s,.()]+?)?\s?(?:을|를)\s(?:상대로|초청|고소|제소|고발|비판|만나|만났|면담|인터뷰|취재|방문"
    r"|(?:\S+\s)?후보(?:로|에|군))"  # "P 교수를 사외이사 후보로 추천했다": nominated, no post yet
)
# the person an organisation deals with ("X는 P 대표로부터 지분을 사들였다"): a seller, unless the organisation is
# written as the person's own right before the name ("Y의 P 감독으로부터")
_DEALT_WITH = re.compile(r"(?:\s[^\s,.()]+?)?(?:으로부터|로부터|에게서)\s")
_OWN_BEFORE = re.compile(r"['’]?(?:\([^()]*\))?(?:의)?\s")
# an organisation the person spoke to ("연합뉴스와의 인터뷰에서", "더선과 전화 인터뷰를 했다"): the medium that
# asked, not the person's employer
_INTERVIEWED = re.compile(r"(?:와|과)(?:의)?\s?(?:단독\s?|전화\s?|서면\s?|화상\s?)?(?:인터뷰|회견|대담)")


# a past adnominal right before the person: "X 조직을 이끌던 P", "X에서 일했던 P"
_HELD_BEFORE = re.compile(r"던\s['‘]?$")
# a person shares were bought from ("P 대표 등 기존 주주들로부터 Y 구주를", "P 대표로부터 지분을"): the seller, no
# hire of the buyer's
_SOLD_BY = re.compile(
    r"[^.,]{0,16}?(?:으로부터|로부터|에게서)\s[^.,]{0,20}?(?:지분|주식|구주)"
    # "X는 P 회장이 보유한 Y 지분을 넘겨받았다": a holder whose shares change hands, no hire of the taker's
    r"|\s?[^\s.,]*?(?:이|가)\s보유(?:한|하던|했던)\s[^.,]{0,20}?(?:지분|주식|구주)"
)


def _candidates(c: Clause, masked: str) -> list[tuple[Mention, str]]:
    """The sentence's person and organisation mentions a learned relation may use."""
    out = []
    base = c.sentence.start
    for m in sorted(c.mentions, key=lambda m: m.start):
        kind = _kind(m)
        rel = m.start - base
        if (
            kind is None
            or m.tentative
            or m.source == "anaphor"
            or m.start not in c.doc.of_mention
            or (masked[rel : rel + 1] == " " and c.sentence.text[rel : rel + 1] != " ")  # quoted speech
            or c.doc.of_mention[m.start].name in c.lex.generic_orgs
            or (kind == "P" and _REPORTER.match(c.sentence.text, m.end - base))
        ):
            continue
        out.append((m, kind))
    return out


@relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True, phase=2)
def learned_pairs(c: Clause) -> list[Relation]:
    """WORKS_FOR, ESTABLISHED and PART_OF/AFFILIATE_OF for pairs the rules left unrelated."""
    masked = mask_quotes(c.sentence.text)
    cands = _candidates(c, masked)
    if len(cands) < 2:
        return []
    weights = load_weights()
    if weights is None:
        return []
    ent = c.doc.of_mention
    # what the rules found so far and the relate stage will keep (a rule may propose endpoints it then drops)
    known = [
        r
        for r in c.doc.relations
        if r.source is not r.target and endpoints_allowed(r.type, r.source.type.label, r.target.type.label)
    ]
    related = {frozenset((r.source.key, r.target.key)) for r in known}
    employed = {r.source.key for r in known if r.type is RelationType.WORKS_FOR}
    people = [m for m, kind in cands if kind == "P"]
    # a list of three or more people ("… A 부사장, B 교수 등이 참석했다") leaves who belongs where to the rules
    listed_people = len({ent[m.start].key for m in people}) >= _MAX_PEOPLE
    founding = any(t.relation is RelationType.ESTABLISHED and t.pattern.search(masked) for t in c.lex.triggers)
    best: dict[tuple[str, str], tuple[float, Relation]] = {}
    for i, (a, ak) in enumerate(cands):
        for b, bk in cands[i + 1 :]:
            ea, eb = ent[a.start], ent[b.start]
            if ea is eb or a.end > b.start or frozenset((ea.key, eb.key)) in related or ak == bk == "P":
                continue
            if not scored_pair(c.sentence.tokens, a.end, b.start, ak == bk) or _hedged(
                c,
                masked,
                a.start - c.sentence.start,
                b.end - c.sentence.start,
                nominal_pair(c.sentence.tokens, a.end, b.start),
            ):
                continue
            if ak != bk and (
                (listed_people and not _side_by_side(c, a, b))
                or any(a.end <= p.start and p.end <= b.start for p in people)
            ):
                continue  # the organisation belongs to the person written nearer to it, if to any
            org_end = (a if ak == "O" else b).end
            if (
                _gloss(c.doc.text, a, b)
                or (
                    ak != bk
                    and (
                        _ORIGIN.match(c.doc.text, org_end)
                        or _STUDIED.match(c.doc.text, org_end)
                        or _INTERVIEWED.match(c.doc.text, org_end)
                    )
                )
            ):  # "김민수 서울대 출신 연구원": where the person came from (or studied); "한빛일보와의 인터뷰에서": who asked
                continue
            if (ak, bk) == ("O", "P") and counterpart_between(c.doc.text, c.sentence.tokens, a, b):
                continue
            if ak != bk and (
                _ACTED_ON.match(c.doc.text, (a if ak == "P" else b).end) or _POST_IN_LINE.match(c.doc.text, b.end)
            ):
                continue
            if (
                ak != bk
                and _DEALT_WITH.match(c.doc.text, (a if ak == "P" else b).end)
                and not (ak == "O" and _OWN_BEFORE.fullmatch(c.doc.text, a.end, b.start))
            ):
                continue
            model_name = ORG_ORG if ak == bk else PERSON_ORG
            model = weights.models[model_name]
            feats = pair_features(c.sentence.tokens, (a.start, a.end), ak, (b.start, b.end), bk, c.lex.titles)
            probs = model.probabilities(feats)
            k = max(range(len(probs)), key=probs.__getitem__)
            if k == 0 or probs[k] < model.threshold:
                continue
            label, conf = model.classes[k], round(min(probs[k], 0.95) * 0.8, 2)
            if model_name == PERSON_ORG:
                person, org = (ea, eb) if ak == "P" else (eb, ea)
                if person.key in employed or (label == "ESTABLISHED" and not founding):
                    continue  # a person's organisation is already known; a founder needs a founding verb
                said = a if ak == "P" else b
                title = said.title  # the title the recogniser read beside the name
                if said.former and said is a:
                    title = ""  # "P 전 부사장이 X 교수로 부임했다": the post held before, at none named, is not X's
                if (
                    label == "WORKS_FOR"
                    and title
                    and c.lex.title_names_head_of(title, EntityType.COMPANY)
                    and not c.lex.title_names_head_of(title, org.type)
                ):
                    continue  # "ORG는 'AI 연구소'를 두고 P 대표가 이끈다": a company's head, not the lab's
                if label == "WORKS_FOR" and title and c.lex.title_never_of(title, org.type):
                    continue  # "산업은행 국정감사에서 P 의원은": a lawmaker of no bank
                if label == "WORKS_FOR" and _SOLD_BY.match(c.doc.text, said.end):
                    continue  # "X는 P 대표 등 기존 주주들로부터 Y 구주를 인수했다": P sold, no post at the buyer
                props: dict[str, object] = {"title": title} if title and label == "WORKS_FOR" else {}
                if label == "WORKS_FOR" and ak == "O" and _HELD_BEFORE.search(c.doc.text, a.end, b.start):
                    props["former"] = True  # "X 조직을 이끌던 P 전무": the post the person held at X
                rel = Relation(RelationType(label), person, org, c.sentence, conf, props)
                key = (person.key, label)  # one organisation per person and relation in a sentence: the likeliest
            else:
                part, whole = (ea, eb) if label == "first_in_second" else (eb, ea)
                rel = Relation(whole.member_relation, part, whole, c.sentence, conf)
                key = (part.key, whole.key)
            if key not in best or best[key][0] < probs[k]:
                best[key] = (probs[k], rel)
    return [rel for _, rel in best.values()]
