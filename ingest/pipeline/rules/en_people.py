"""English people rules: who works for (or founded) which organisation, with the title as written.

- "Tenstorrent CEO Jim Keller", "LG's CEO William Cho", "Naver founder Lee Hae-jin"   (title between)
- "Tenstorrent's Jim Keller said"                                                    (the organisation's own)
- "Lee Seok-hee, chief executive officer of SK hynix", "Lee, Director of Policy Strategy at Naver",
  "Bae Sang-geun, an FKI expert", "Jensen Huang, the co-founder and CEO of Nvidia"  (apposition)
- "Professor Maja Pantic (Imperial College)"                                       (title, organisation in parentheses)
- "P, who heads X's AI lab", "the centre will be led by P"                          (lead / head / run)
- "X named / appointed P (as) its CEO", "P was appointed CEO of X", "P joined X (as CTO)" (appointments)
- "P is / has been / became CEO of X", "P serves as X's CTO", "P works at X (as an engineer)" (holding a role)

"founder" gives ESTABLISHED person -> organisation; the other titles give WORKS_FOR
with them; former roles ("former", "previously", "ex-", a post left) are marked ``former``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from aigraph.core.vocabulary import EntityType, RelationType
from aigraph.ingest.pipeline.english.clause import SUBJECTS, EnClause, children, is_verb, phrasal, preps
from aigraph.ingest.pipeline.english.lexicon import ACQUIRE_VERBS, FORMER, PART_NOUNS, POSSESSIVES, is_honorific
from aigraph.ingest.pipeline.english.recognise import co_prefix
from aigraph.ingest.pipeline.resolve import Entity
from aigraph.ingest.pipeline.rules import relation_rule
from aigraph.ingest.pipeline.rules.en_structure import FOUND_VERBS, is_group_body

if TYPE_CHECKING:
    from spacy.tokens import Token

FOUNDER = {"founder", "co-founder", "cofounder"}
CURRENT = ("new", "newly", "recently", "appointed", "named", "incoming", "current")  # words a present role opens with
OFFICE_TITLES = {"minister", "governor", "mayor", "commissioner"}  # held in government only
LEAD_VERBS = {"head", "lead", "run", "chair", "helm", "oversee"}
ROLE_VERBS = {"be", "become", "remain", "serve", "work"}
TAKE_OVER = {"take": ("over",), "step": ("in", "up")}  # "took over as CEO", "stepped in as interim CEO"
SAYING_VERBS = {"say", "tell", "add", "note", "explain"}
# held at a university, whoever the person founded ("Associate Professor P", "senior lecturer P")
_ACADEMIC_RANKS = {"professor", "prof", "prof.", "lecturer", "postdoc"}


def _academic(words: Iterable[str]) -> bool:
    """A title holding an academic rank ("professor", "associate professor", "lecturer")."""
    return any(w.lower() in _ACADEMIC_RANKS for w in words)


APPOINT_NOUNS = {"appointment", "hiring", "promotion", "election", "nomination"}  # the act, as a noun
APPOINT_VERBS = {
    "appoint",
    "name",
    "hire",
    "tap",
    "promote",
    "elect",
    "nominate",
    "select",
    "pick",
    "choose",
    "confirm",
}
# taking someone on, a title or not ("Meta has poached P from Uber")
HIRE_VERBS = {"hire", "poach", "recruit", "lure"}
# joining, or joining again ("P rejoined X", "P returned to X as chief scientist")
JOIN_VERBS = {"join", "rejoin"}


_HONOURS = {"Chair", "Professorship", "Fellowship", "Scholarship", "Prize", "Award", "Lectureship"}


def _honour_named_after(c: EnClause, org: Entity) -> bool:
    """The organisation is written only as the sponsor an honour is named after ("the Qualcomm Chair")."""
    doc = c.span.doc
    spans = [(end, e) for _, end, e in c.mention_spans() if e is org]
    return bool(spans) and all(end < len(doc) and doc[end].text in _HONOURS for end, _ in spans)


def _emit(c: EnClause, person: Entity, org: Entity, title_tokens: list, former: bool = False) -> None:
    """WORKS_FOR with the non-founder titles, marked ``former`` for a post held before or left ("former Quillon CEO
    P", "P left X to join Y"); ESTABLISHED for "founder"."""
    text = " ".join(c.lex.singular_title(t.text) or t.text for t in title_tokens).replace(" - ", "-")
    parts = [p.strip() for p in text.replace(" & ", " and ").split(" and ") if p.strip()]
    founder = [p for p in parts if p.lower() in FOUNDER or p.lower().endswith(" founder")]
    titles = [p for p in parts if p not in founder]
    if _honour_named_after(c, org):
        return  # "holder of the Qualcomm Chair at UC San Diego": the sponsor of the chair employs no one
    if founder:
        c.add(RelationType.ESTABLISHED, person, org, 0.8)
    if titles or not founder:
        # "Caltech professor P joined Y": an academic often keeps the chair on joining a company
        chair = org.type is EntityType.UNIVERSITY or _academic(" ".join(titles).split())
        past = former or _left_post(c, person, org, moved=not chair)
        c.add(RelationType.WORKS_FOR, person, org, 0.85, title=" and ".join(titles) or None, former=past or None)


def _field_end(c: EnClause, of: int) -> int:
    """Where "of FIELD" from token ``of`` ends ("of computer science", "of AI strategy"); ``of`` itself when the
    words there are no such phrase."""
    doc, k = c.span.doc, of + 1
    if of >= c.span.end or doc[of].lower_ != "of":
        return of
    while k < c.span.end and k not in c.ent_of and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ"):
        k += 1
    return k if k > of + 1 else of


_STAND_IN = ("interim", "acting")  # "interim chief executive": a post held for now, its title all the same


def _title_run(c: EnClause, start: int, step: int) -> list:
    """Consecutive title tokens from ``start`` in direction ``step`` ("Group CEO", "Global Investment Officer and founder")."""
    doc, i = c.span.doc, start
    run: list[Token] = []
    while c.span.start <= i < c.span.end and i not in c.ent_of:
        tok = doc[i]
        if (
            c.lex.is_title_token(doc, i)
            or (i == start and step < 0 and c.lex.singular_title(tok.text))  # "Kakao co-CEOs P1 and P2"
            or tok.lower_ in ("and", "&", "-", *_STAND_IN)
            or co_prefix(doc, i)  # "co-founder", "non-executive chair"
            or (tok.text == "Group" and (run or c.lex.is_title_head(doc[i + 1].text)))
        ):
            run.append(tok)
            i += step
            continue
        break
    run = run if step > 0 else run[::-1]
    while run and run[0].lower_ in ("and", "&", "-"):
        run = run[1:]
    while run and run[-1].lower_ in ("and", "&", "-", *_STAND_IN):
        run = run[:-1]
    return run


def _field_words(c: EnClause, i: int, step: int) -> list:
    """Up to two words of a title's field from token ``i`` in direction ``step``, in text order ("AI" of "Quillon's AI
    chief P", "chip" of "P, Samsung's chip boss"): nouns that are neither a name nor a title word, nor "former"."""
    doc = c.span.doc
    found: list[Token] = []
    while len(found) < 2 and c.span.start <= i < c.span.end and i not in c.ent_of:
        tok = doc[i]
        if (
            tok.pos_ not in ("NOUN", "PROPN")
            or not tok.is_alpha
            or c.lex.is_title_word(tok.text)
            or tok.lower_ in FORMER
        ):
            break
        found.append(tok)
        i += step
    return found if step > 0 else found[::-1]


def _with_field(c: EnClause, title: list) -> list:
    """The title run before a person with the field words before it, when an organisation (its name, a possessive or
    "its") stands right before them: "Quillon's AI chief P" -> "AI chief"."""
    field = _field_words(c, title[0].i - 1, -1)
    k = field[0].i - 1 if field else -1
    if (
        field
        and k >= c.span.start
        and (k in c.ent_of or c.span.doc[k].text in POSSESSIVES or c.span.doc[k].lower_ == "its")
    ):
        return field + title
    return title


_MINISTRY = r"(?P<title>(?:Vice |Deputy |First Vice )?Minister) of (?P<field>[A-Z][\w&]*(?:(?:, | and | )[A-Z][\w&]*)*)"
_MINISTER_BEFORE = re.compile(_MINISTRY + r",?\s*$")
_MINISTER_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?" + _MINISTRY)
# "Science Minister P" (a field, not a rank's word), or "Minister P" with none
_FIELD_MINISTER_BEFORE = re.compile(
    r"(?:\b(?!(?:First|Second|Vice|Deputy)\b)(?P<field>[A-Z][a-z]+) "
    r"|(?:^|[^A-Za-z] ?)(?=(?:First |Second )?(?:Vice |Deputy )?Minister))"
    r"(?P<title>(?:First |Second )?(?:Vice |Deputy )?Minister),?\s*$"
)


def _field_ministry(c: EnClause, field: str | None) -> Entity | None:
    """ "Science Minister P": the one ministry of the article with ``field`` in its English name; "Minister P" (no
    field): the article's one ministry."""
    found = [
        e
        for e in c.doc.entities
        if e.type is EntityType.GOVERNMENT_AGENCY
        and any(
            a.startswith("Ministry of") and (field is None or field in re.split(r"[ ,]+", a))
            for a in {e.name, *e.aliases}
        )
    ]
    return found[0] if len(found) == 1 else None


def _minister(c: EnClause, person: Entity, start: int, end: int) -> bool:
    """ "Minister of Science and ICT Lee Jong-ho", "Lee, Minister of Science and ICT", "Science Minister Lee" (the
    article's one science ministry): WORKS_FOR the ministry."""
    doc, text = c.span.doc, c.doc.text
    before = text[c.span.start_char : doc[start].idx]
    after = text[doc[end - 1].idx + len(doc[end - 1]) : c.span.end_char]
    if m := _MINISTER_BEFORE.search(before):
        offset = c.span.start_char
    elif m := _MINISTER_AFTER.search(after):
        offset = doc[end - 1].idx + len(doc[end - 1])
    elif (m := _FIELD_MINISTER_BEFORE.search(before)) and (ministry := _field_ministry(c, m.group("field"))):
        c.add(RelationType.WORKS_FOR, person, ministry, 0.8, title=m.group("title"))
        return True
    else:
        return False
    name = f"Ministry of {m.group('field')}"
    ministry = c.registry_entity(name, offset + m.start("title"), offset + m.end("field"))
    if ministry is None:
        return False
    c.add(RelationType.WORKS_FOR, person, ministry, 0.85, title=m.group("title"))
    return True


def _speaker_owner(c: EnClause, its: int, person_end: int) -> Entity | None:
    """ "X has no plans to invest in Y, its chief executive P said": after a comma, the one whose post is told
    while they speak is the speaker's company, the organisation the sentence opened with as a subject, not the one
    just named."""
    doc = c.span.doc
    verb = person_end + 1 if person_end < c.span.end and doc[person_end].text == "," else person_end
    if its - 1 < c.span.start or doc[its - 1].text != "," or verb >= c.span.end:
        return None
    if doc[verb].lemma_.lower() not in SAYING_VERBS:
        return None
    return next(
        (
            e
            for t in doc[c.span.start : its]
            if t.dep_ in ("nsubj", "nsubjpass") and (e := c.argument_entity(t)) is not None and e.type.is_organization
        ),
        None,
    )


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def titled_person(c: EnClause) -> list:
    """An organisation, a title and a person written together, in either order."""
    doc = c.span.doc
    spans = c.mention_spans()
    for n, (start, end, person) in enumerate(spans):
        if person.type is not EntityType.PERSON or _minister(c, person, start, end):
            continue
        # "Maya Chen is CEO and Arjun Patel is CTO": a title before "and" is the earlier person's
        left = [] if doc[start - 1].lower_ in ("and", "&") else _title_run(c, start - 1, -1)
        if not left and (first := _listed_after_plural_title(c, spans, n)) is not None:
            # "Kakao co-CEOs P1 and P2": the later names share the first one's organisation and title
            title_end = spans[first][0] - 1
            shared = _title_run(c, title_end - (doc[title_end].text == ","), -1)  # "X's co-founders, P1 and P2,"
            for r in [r for r in c.out if r.source is spans[first][2]]:
                _emit(c, person, r.target, shared, former=bool(r.properties.get("former")))
            continue
        if left and _address_after_post(c, left):
            # "X's founder, Professor P (of MIT),": the rank is held at the university named after, the post before
            if (place := _place_after(c, end)) is not None and not all(is_honorific(t.text) for t in left):
                _emit(c, person, place[0], left)
            start, left, end = left[0].i, [], place[1] if place else end
        elif left and all(is_honorific(t.text) for t in left):
            start, left = left[0].i, []  # "Dr P said": the address is no post
        elif not left and start > c.span.start and is_honorific(doc[start - 1].text):
            start -= 1
        if (
            not left
            and start - 2 >= c.span.start
            and doc[start - 1].text == ","
            and ((end < c.span.end and doc[end].text == ",") or _apposed_list_closes(c, spans, n))
        ):
            left = _title_run(c, start - 2, -1)  # "X's chief executive, P, said"; "X's co-founders, P1 and P2,"
        if left:
            left = _with_field(c, left)
        # "former Quillon CEO P", "ex-Stripe engineer P" (the prefix read apart: "ex", "-", "Stripe"): a past role
        past = bool(left) and any(t.lower_ in FORMER for t in doc[max(c.span.start, left[0].i - 3) : left[0].i])
        if left:
            k = left[0].i - 1
            if k >= c.span.start and doc[k].text in POSSESSIVES:
                k -= 1
            org = c.ent_of.get(k)
            if org is None and k >= c.span.start and doc[k].lower_ == "whose":
                org = c.np_entity(doc[k])  # "Y, whose chief executive P said": Y's
                if org is None:
                    continue  # whose it is was not read: no other organisation's
            if org is None and k >= c.span.start and doc[k].lower_ == "its":
                org = _speaker_owner(c, k, end) or c.nearest_before(doc[k])  # "Kakao and its CEO P"
            elif org is None and k >= c.span.start and doc[k + 1].text in POSSESSIVES:
                org = _company_referred(c, k)  # "the company's CEO P"
            office = left[-1].lower_ in OFFICE_TITLES  # "Trade Minister P": a minister serves a ministry, not "Trade"
            if (
                org is not None
                and org.type.is_organization
                and not (office and org.type is not EntityType.GOVERNMENT_AGENCY)
            ):
                # "former Quillon CEO P": a past role, as "former CEO" is; "Quillon CEO P stepped down": one left
                _emit(c, person, org, left, former=past or _former_before(c, k, org))
                _apposition(c, person, end)  # "KT CEO P, a former LG Uplus chief,": the post set off after too
                continue
            if past:  # "former CEO P": whose post it was is not written here
                _apposition(c, person, end)
                continue
            if (
                k >= c.span.start and doc[k].lower_ == "and" and n > 0
            ):  # "... founder Lee and Chief Executive Officer Choi"
                earlier = [r for r in c.out if r.source is spans[n - 1][2] and r.type is RelationType.WORKS_FOR]
                # "former X postdoc P and engineer Q": not X; "EPFL professor P and engineer Q": a university's rank
                # is the professor's own
                if earlier and earlier[0].target.type is EntityType.UNIVERSITY and not _academic(t.text for t in left):
                    earlier = []
                if earlier and not earlier[0].properties.get("former"):
                    _emit(c, person, earlier[0].target, left)
                    continue
            if (
                end < c.span.end - 2
                and doc[end].text == "("
                and (org := c.ent_of.get(end + 1)) is not None
                and org.type.is_organization
            ):
                _emit(c, person, org, left)
                continue
            if (
                end < c.span.end - 1
                and doc[end].lower_ in ("of", "at")
                and (found := c.list_after(end + 1, limit=2))
                and found[0].type.is_organization
            ):  # "Professor P of Seoul National University"
                _emit(c, person, found[0], left)
                continue
            if (
                k >= c.span.start and doc[k].lower_ in ("group", "company") and c.disc.topic is not None
            ):  # "group Chairman P"
                wanted = EntityType.BUSINESS_GROUP if doc[k].lower_ == "group" else c.disc.topic.type
                if c.disc.topic.type is wanted:
                    _emit(c, person, c.disc.topic, left)
                    continue
            if (
                org is None
                and any(c.lex.is_title_head(t.text) for t in left)
                # "Y was founded by Professor P": a rank held at a university, no post at the clause's company
                and left[-1].lower_ not in _ACADEMIC_RANKS
                and (own := _clause_organisation(c, doc[start], reported=_heads_company(left)))
            ):
                _emit(c, person, own, left)
                continue
            topic = c.referred_topic()  # after an investor's deal, the company it backed
            if (
                org is None
                and _heads_company(left)
                and topic is not None
                and topic.type in (EntityType.COMPANY, EntityType.BUSINESS_GROUP)
                and not any(e.type.is_organization for _, _, e in spans)
            ):  # "IBM spun off Kyndryl. … CEO Arvind Krishna said", "SK Group held … Chairman P": the article's company
                _emit(c, person, topic, left)
                continue
        _apposition(c, person, end)
    return c.take()


def _address_after_post(c: EnClause, left: list) -> bool:
    """ "X's founder, Dr P", "its chief executive, Professor P": an honorific or academic rank set off after a post."""
    doc, k = c.span.doc, left[0].i
    return (
        all(is_honorific(t.text) or t.lower_ in _ACADEMIC_RANKS for t in left)
        and k - 2 >= c.span.start
        and doc[k - 1].text == ","
        and bool(_title_run(c, k - 2, -1))
    )


def _place_after(c: EnClause, end: int) -> tuple[Entity, int] | None:
    """ "P of MIT", "P at Ghent University": the organisation right after a name, and where its mention ends."""
    doc = c.span.doc
    if end + 1 >= c.span.end or doc[end].lower_ not in ("of", "at"):
        return None
    return next(
        ((e, stop) for begin, stop, e in c.mention_spans() if begin == end + 1 and e.type.is_organization), None
    )


def _listed_after_plural_title(c: EnClause, spans: list, n: int) -> int | None:
    """The index of the first person in the list ("P1, P2 and P3") person ``n`` closes, when a plural title
    ("co-CEOs", "founders") stands before that list; None otherwise."""
    doc, first = c.span.doc, n
    while first > 0 and spans[first - 1][2].type is EntityType.PERSON:
        gap = doc[spans[first - 1][1] : spans[first][0]]
        if not gap or any(t.lower_ not in (",", "and", "&") for t in gap):
            break
        first -= 1
    start = spans[first][0]
    if start - 2 >= c.span.start and doc[start - 1].text == ",":
        start -= 1  # "X's co-founders, P1 and P2,": the title set off before the list
    if first == n or start - 1 < c.span.start or not c.lex.singular_title(doc[start - 1].text):
        return None
    return first


def _apposed_list_closes(c: EnClause, spans: list, n: int) -> bool:
    """Person ``n`` opens a list of people ("P1, P2 and P3") closed by a comma: the list is set off, as one name
    is in "X's chief executive, P, said"."""
    doc, last = c.span.doc, n
    while last + 1 < len(spans) and spans[last + 1][2].type is EntityType.PERSON:
        gap = doc[spans[last][1] : spans[last + 1][0]]
        if not gap or any(t.lower_ not in (",", "and", "&") for t in gap):
            break
        last += 1
    end = spans[last][1]
    return last > n and end < c.span.end and doc[end].text == ","


def _company_referred(c: EnClause, k: int) -> Entity | None:
    """ "the company('s)", "the startup('s)": the company the article is about (for "the startup", no well-known
    one: EnClause.startup_referred), when token ``k`` is such a word."""
    word = c.span.doc[k]
    if word.lower_ not in ("company", "firm", "group", "startup"):
        return None
    return c.startup_referred(word, c.disc.topic) if word.lower_ == "startup" else c.disc.topic


def _former_before(c: EnClause, k: int, org: Entity) -> bool:
    """The organisation's name ending at token ``k`` has "former" / "ex-" just before it."""
    while k - 1 >= c.span.start and c.ent_of.get(k - 1) is org:
        k -= 1
    return any(t.lower_ in FORMER for t in c.span.doc[max(c.span.start, k - 2) : k])


BODY_HEADS = {"chairman", "chairwoman", "chair", "president", "head", "director", "secretary-general"}


def _post_in(org: Entity, title: list) -> bool:
    """A title held in the organisation as a job: any in a company or institute; in a forum, alliance or association
    only its head's ("chairman of the Korea Startup Forum"; a "member of the alliance" is a membership)."""
    return not is_group_body(org) or any(t.lower_ in BODY_HEADS for t in title)


LEAVE_VERBS = {"resign", "retire", "quit", "depart"}
_POSTS = {"company", "firm", "post", "role", "position", "job", "board", "startup"}  # what one leaves when one quits


_DISMISS_VERBS = {"fire", "dismiss", "oust", "sack", "remove", "axe"}  # "X fired its CEO, P"
_POACH_VERBS = {"poach", "lure"}  # "X poached P, the head of Y's team": P has left Y


def _left_post(c: EnClause, person: Entity, org: Entity, moved: bool) -> bool:
    """Whether this sentence tells that ``person`` has left their post at ``org`` ("P stepped down", "P, who joined
    X in 2013, is leaving the company", "P left X to join Y", "X fired its CEO, P", "Y poached P, the head of X's
    team"; not "P will step down", "P left for Paris"): the role it names is no longer held.  ``moved``: joining a
    company tells the post was left (not an academic's chair)."""
    for tok in c.span:
        if c.ent_of.get(tok.i) is not person or tok.dep_ == "compound":
            continue
        head = tok
        while head.dep_ == "appos":  # "its chief executive, P"; "P, X's head of data,"
            head = head.head
        verb, lemma = head.head, head.head.lemma_.lower()
        under_way = verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in children(verb, "aux"))  # "is leaving"
        if head.dep_ == "nsubj" and (verb.tag_ in ("VBD", "VBN") or under_way):
            # "P stepped down and has joined Y", "P has left the company to join Y", "… to become head of research
            # at Y": Y is the post taken, not left
            if any(
                (v.lemma_.lower() == "join" and any(c.entity(o) is org for o in children(v, "dobj")))
                or (v.lemma_.lower() == "become" and any(c.ent_of.get(t.i) is org for t in v.subtree))
                for v in (*verb.conjuncts, *verb.children)
            ):
                return False
            if lemma in LEAVE_VERBS or (lemma == "step" and phrasal(verb, "down")):
                return True
            if lemma == "leave" and (left := children(verb, "dobj")):
                named = c.entity(left[0])
                return named is org or (named is None and left[0].lemma_.lower() in _POSTS)
            joined = [e for o in children(verb, "dobj") if (e := c.entity(o)) is not None]
            if moved and lemma == "join" and joined and joined[0] is not org and joined[0].type is EntityType.COMPANY:
                return True  # "P, X's head of data, joined Oracle": P has moved from X
        if head.dep_ == "dobj" and is_verb(head.head):
            acting, lemma = c.subjects(head.head), head.head.lemma_.lower()
            if lemma in _DISMISS_VERBS or (lemma in _POACH_VERBS and org not in acting):
                return True
    return False


COMPANY_HEADS = {
    "ceo",
    "chief executive",
    "chief executive officer",
    "chairman",
    "chairwoman",
    "president",
    "cfo",
    "cto",
    "coo",
    "chief financial officer",
    "chief operating officer",
    "chief technology officer",
}


def _heads_company(title: list) -> bool:
    """A title only a company's top officer holds ("CEO", "chief executive", "chairman"), alone or with its founder's
    ("co-founder and CEO"), with no other words."""
    words = " ".join(t.lower_ for t in title).replace(" - ", "-").replace(" & ", " and ")
    parts = [p.strip() for p in words.split(" and ")]
    return any(p in COMPANY_HEADS for p in parts) and all(p in COMPANY_HEADS | FOUNDER for p in parts)


def _clause_organisation(c: EnClause, tok, reported: bool = False) -> Entity | None:
    """ "X will take a seat … through CFO P": the one organisation subject of the clause the person is in; with
    ``reported`` (a company head's title), of the clause the person tells ("X will …, CEO P said")."""
    verb = tok
    while verb.dep_ not in ("ROOT",) and verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in ACQUIRE_VERBS and _seller(c, tok, verb):
        # "X bought Y from CEO P (from its founders, CEO P and CTO Q)": the seller heads what was sold, not the buyer
        return next((e for o in children(verb, "dobj") if (e := c.entity(o)) and e.type.is_organization), None)
    if any(s.lower_ in ("we", "i") for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")):
        return None  # "We remain fans of CEO P": the writer names no employer of the person it praises
    # "X is an affiliate of G, led by Vice Chairman P": a participle set off after the clause tells of G
    doers = c.described_by_participle(verb) if verb.tag_ == "VBN" else c.subjects(verb)
    found = [e for e in doers if e.type.is_organization] if verb.pos_ == "VERB" else []
    if not found and reported and verb.lemma_.lower() in SAYING_VERBS:
        # "Graphcore will keep its headquarters in Bristol, CEO Nigel Toon said": the company told of
        found = [e for v in children(verb, "ccomp") for e in c.subjects(v) if e.type.is_organization]
    return found[0] if len(found) == 1 else None


def _seller(c: EnClause, tok, verb) -> bool:
    """The person at ``tok`` is who ``verb`` bought from: "from CEO P", or set off after the sellers ("from its
    founders, CEO P and CTO Q"), however the parser hangs the names."""
    if any(a.lower_ == "from" and a.head.i == verb.i for a in tok.ancestors):
        return True
    doc, i = tok.doc, tok.i - 1
    while i > c.span.start and c.lex.is_title_word(doc[i].text):
        i -= 1
    sellers = doc[i - 1] if doc[i].text == "," and i > c.span.start else None
    return (
        sellers is not None
        and sellers.dep_ == "pobj"
        and sellers.head.lower_ == "from"
        and sellers.head.head.i == verb.i
    )


def _apposition(c: EnClause, person: Entity, end: int) -> None:
    """ "P, [the] TITLE of/at ORG" or "P, an ORG TITLE" ("P, a former ORG TITLE": a past role)."""
    doc, i = c.span.doc, end
    if i < c.span.end and doc[i].text == "(":
        while i < c.span.end and doc[i].text != ")":
            i += 1
        i += 1
    # "P is a former Google engineer": the post told by the copula right after the name (a past tense alone, "P was
    # a partner at X", tells neither a post held now nor one left)
    told = i + 1 < c.span.end and doc[i].lower_ == "is" and doc[i + 1].lower_ in ("a", "an")
    if i >= c.span.end or (doc[i].text != "," and not told):
        return
    i += 1
    while i < c.span.end and doc[i].lower_ in (
        "who",
        "is",
        "was",
        "serves",
        "served",
        "as",
        "became",
        "now",
        "currently",
    ):
        i += 1  # "P, who is CEO of X", "P, who serves as chairman of X"
    former = False  # "P, a former Google researcher", "P, previously CTO of X", "P, previously a professor at X"
    while i < c.span.end and doc[i].lower_ in ("the", "a", "an", *CURRENT, *FORMER):
        former |= doc[i].lower_ in FORMER
        i += 1  # "P, the newly appointed CEO of X"
    if former and i + 1 < c.span.end and doc[i].lower_ in ("of", "at", "with"):
        # "P, formerly of X,", "P, previously at X,": a past post at X, its title not told
        if (left := c.ent_of.get(i + 1)) is not None and left.type.is_organization:
            _emit(c, person, left, [], former=True)
        return
    if i + 2 < c.span.end and doc[i].lower_ == "veteran" and doc[i + 1].lower_ == "of":
        # "P, a veteran of Google,": years spent there, a past post
        if (served := c.ent_of.get(i + 2)) is not None and served.type is not EntityType.PERSON:
            _emit(c, person, served, [], former=True)
        return
    org = c.ent_of.get(i)
    if org is None and i + 1 < c.span.end and doc[i + 1].text in POSSESSIVES:
        org = _company_referred(c, i)  # "P, the company's chief executive"
    if org is not None and org.type.is_organization:  # "an FKI expert"
        j = i if c.ent_of.get(i) is org else i + 1  # past "company" of "the company's"
        while j < c.span.end and c.ent_of.get(j) is org:
            j += 1
        if j < c.span.end and doc[j].text in POSSESSIVES:  # "P, AMD's chief executive"
            j += 1
        if j < c.span.end and doc[j].lower_ == "veteran" and org.type is not EntityType.GOVERNMENT_AGENCY:
            _emit(c, person, org, [], former=True)  # "P, a Google veteran,": years spent there, a past post
            return
        if j < c.span.end and doc[j].lower_ in FORMER:  # "P, X's former head of perception,"
            j, former = j + 1, True
        title = _title_run(c, j, 1)
        if not title and (field := _field_words(c, j, 1)):
            title = (after := _title_run(c, field[-1].i + 1, 1)) and field + after  # "P, Samsung's chip boss,"
        if title and (k := _field_end(c, title[-1].i + 1)) < c.span.end and doc[k].is_punct:
            title = list(title) + list(doc[title[-1].i + 1 : k])  # "P, AMD's head of research,"
        if title:
            _emit(c, person, org, title, former=former)
        return
    title = _title_run(c, i, 1)
    if not title or told:
        return  # "P is a member of X", "P is a partner at X": the copula's posts other rules read
    j = title[-1].i + 1
    k = j  # "Board Member Technology and Innovation at X": capitalised words after the title, up to "at"
    while (
        k < c.span.end
        and k not in c.ent_of
        and (doc[k].is_title or doc[k].lower_ in ("and", "&"))
        and doc[k].pos_ in ("PROPN", "NOUN", "CCONJ")
    ):
        k += 1
    if k > j and k + 1 < c.span.end and doc[k].lower_ == "at" and doc[k - 1].lower_ not in ("and", "&"):
        title, j = list(title) + list(doc[j:k]), k
    # "Director of Policy Strategy at Naver": "of" + capitalised words stay in the title
    while j + 1 < c.span.end and doc[j].lower_ == "of" and doc[j + 1].is_title and j + 1 not in c.ent_of:
        k = j + 1
        while k < c.span.end and doc[k].is_title and k not in c.ent_of:
            k += 1
        if k < c.span.end and doc[k].lower_ in ("at", "of", "for"):
            title = list(title) + list(doc[j:k])
            j = k
        else:
            break
    if (k := _field_end(c, j)) < c.span.end and doc[k].lower_ == "at":
        title, j = list(title) + list(doc[j:k]), k  # "professor of computer science at X", "head of AI strategy at X"
    if j < c.span.end and doc[j].lower_ == "of" and (at := _unit_then_at(c, j + 1)) is not None:
        j = at  # "head of the X Division at Y", "professor of the X Program at Y": Y employs the person
    if j < c.span.end and doc[j].lower_ in ("of", "at", "for"):
        found = c.list_after(j + 1, limit=2)
        if not found and j + 2 < c.span.end and doc[j + 1].lower_ == "the" and (it := _company_referred(c, j + 2)):
            found = [it]  # "P, chief executive of the company"
        if found and found[0].type.is_organization:
            _emit(c, person, found[0], title, former=former)
            if (owner := _unit_owner(c, j + 1, found[0])) is not None:
                _emit(c, person, owner, title, former=former)  # "head of Naver's AI Lab" works for Naver too
            if len(found) > 1 and found[1].type.is_organization and _joined(c, found[0], found[1]):
                _emit(c, person, found[1], title, former=former)  # "vice chairman and CEO of A and B"


def _unit_owner(c: EnClause, start: int, unit: Entity) -> Entity | None:
    """The organisation whose possessive names ``unit`` right after ``start`` ("of Naver's AI Lab")."""
    doc, i = c.span.doc, start
    while i < c.span.end and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    owner = c.ent_of.get(i)
    if owner is None or owner is unit or not owner.type.is_organization:
        return None
    while i < c.span.end and c.ent_of.get(i) is owner:
        i += 1
    return owner if i < c.span.end and doc[i].text in POSSESSIVES else None


def _unit_then_at(c: EnClause, start: int) -> int | None:
    """The "at" after a named unit ("the Device eXperience (DX) Division at", "Innovative Financing Group at"):
    capitalised words, names, parentheses and "the" / "and" up to "at" and an organisation."""
    doc, k = c.span.doc, start
    while k < min(c.span.end, start + 14) and (
        doc[k].text[:1].isupper()
        or k in c.ent_of
        or doc[k].text in "()"
        or doc[k].lower_ in ("the", "and", "&")
        or (doc[k].lower_ in ("in", "of", "for") and k + 1 < c.span.end and doc[k + 1].text[:1].isupper())
    ):
        k += 1
    if k == start or k + 2 >= c.span.end or doc[k].lower_ != "at":
        return None
    ent = c.ent_of.get(k + 2 if doc[k + 1].lower_ == "the" else k + 1)
    return k if ent is not None and ent.type.is_organization else None


def _joined(c: EnClause, first: Entity, second: Entity) -> bool:
    """ "A and B" written together: only "and" (or "&") between the two names."""
    doc = c.span.doc
    ends = [i for i in range(c.span.start, c.span.end) if c.ent_of.get(i) is first]
    starts = [i for i in range(c.span.start, c.span.end) if c.ent_of.get(i) is second]
    if not ends or not starts:
        return False
    between = [t.lower_ for t in doc[ends[0] + 1 : starts[0]] if c.ent_of.get(t.i) is not first]
    return between in (["and"], ["&"])


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def leads(c: EnClause) -> list:
    """ "P heads X's AI lab", "P, who runs X", "the centre will be led by P", "P took the helm of X"."""
    for verb in c.span:
        helm = [o for o in children(verb, "dobj") if o.lower_ == "helm"] if verb.lemma_.lower() == "take" else []
        if helm:  # "P took the helm of X"
            # "of X" on the helm, "at X" on the helm or the verb ("took the helm at X in 2022")
            at = preps(helm[0], "of", "at") + preps(verb, "at")
            orgs = [e for p in at for e in c.list_after(p.i + 1, limit=2)]
            for person in c.subjects(verb) if c.asserted(verb) else []:
                for org in orgs:
                    if person.type is EntityType.PERSON and org.type.is_organization:
                        c.add(RelationType.WORKS_FOR, person, org, 0.75, title="head")
            continue
        if verb.lemma_.lower() not in LEAD_VERBS or verb.pos_ != "VERB" or not c.asserted(verb):
            continue
        if verb.head.lemma_.lower() == "go" and phrasal(verb.head, "on") and verb.head.tag_ == "VBD":
            continue  # "P went on to lead X": a later role, held now or not
        if any(t.lower_ in FORMER | {"once"} for t in children(verb, "advmod")) or verb.tag_ == "VBD":
            # "P previously led perception at X", "P, who led Kakao Brain, joined Y", "P led X until 2023": a past role
            # at the employer ("at X") or the organisation led
            led = [e for p in preps(verb, "at") for e in c.list_after(p.i + 1, limit=2)] or [
                e for o in children(verb, "dobj") if (e := c.np_entity(o)) is not None
            ]
            for person in c.subjects(verb) if not c.agents(verb) else []:
                for org in led:
                    if person.type is EntityType.PERSON and org.type.is_organization:
                        c.add(RelationType.WORKS_FOR, person, org, 0.7, former=True)
            continue
        agents = c.agents(verb)
        if agents:
            people, orgs = agents, c.described_by_participle(verb)  # "X is an affiliate of G, chaired by P": G
            if all(p.type is EntityType.PERSON for p in people):
                orgs = c.as_organisations(orgs)  # "Marlo Grid, chaired by P": what a person chairs is an organisation
            role = _role(c, verb)  # "… will be led by P as chief executive"
            title = " ".join(t.text for t in _title_in(c, role)) or None if role is not None else None
        else:
            people = c.subjects(verb)
            # "P heads Azure at Microsoft": the employer after "at", whatever the product or unit led is taken for
            orgs = [e for p in preps(verb, "at") for e in c.list_after(p.i + 1, limit=2) if e.type.is_organization]
            orgs = orgs or [e for o in children(verb, "dobj") if (e := c.np_entity(o) or _owned_unit(c, o)) is not None]
            role = _role(c, verb)  # "P will continue to lead X as CEO"
            title = (" ".join(t.text for t in _title_in(c, role)) if role is not None else "") or "head"
        for person in people:
            for org in orgs:
                if person.type is EntityType.PERSON and org.type.is_organization:
                    c.add(RelationType.WORKS_FOR, person, org, 0.75, title=title)
    return c.take()


LED_UNITS = PART_NOUNS | {"team"}  # "P leads the robotics team at X": P works for X
# functions one leads inside a company ("P leads hardware engineering at X"): P works for X
LED_FUNCTIONS = {
    *("engineering", "research", "product", "products", "operations", "sales", "marketing", "design"),
    *("strategy", "policy", "infrastructure", "security", "finance", "development", "partnerships", "communications"),
}


def _owned_unit(c: EnClause, noun) -> Entity | None:
    """ "X's AI lab", "the AI team at X": the unit when it is named, else its owner."""
    for poss in children(noun, "poss"):
        if (ent := c.np_entity(poss)) is not None:
            return ent
    if noun.lemma_.lower() in LED_UNITS or noun.lower_ in LED_FUNCTIONS:  # "at X" on the unit or, as often, the verb
        for prep in [*preps(noun, "at"), *(preps(noun.head, "at") if noun.dep_ == "dobj" else [])]:
            found = c.list_after(prep.i + 1, limit=1)
            if found and found[0].type.is_organization:
                return found[0]
    return None


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def appointed(c: EnClause) -> list:
    """ "X named / appointed P (as) its CEO", "P was appointed CEO of X", "P joined X (as CTO)".

    Naming someone says nothing of employment without a role; hiring someone, or their joining an organisation (not
    an alliance or a programme, which ``participates`` reads), is working for it, a role or not."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        returned = lemma == "return" and bool(preps(verb, "to"))
        if (
            (lemma not in APPOINT_VERBS | HIRE_VERBS | JOIN_VERBS | {"succeed"} and not returned)
            or not is_verb(verb)
            or not c.asserted(verb)
        ):
            continue
        role = _role(c, verb)
        title = _title_in(c, role) if role is not None else []
        if lemma not in JOIN_VERBS | HIRE_VERBS and not title:
            continue  # "named P" says nothing of a job; "hired P (to lead …)" is employment, a title or not
        passive = any(t.dep_ in ("auxpass", "nsubjpass") for t in verb.children)
        if lemma == "succeed":  # "P succeeded Q as CEO of X": P's role, named by the role alone (Q held it before)
            people, orgs = c.subjects(verb), []
        elif returned:  # "P returned to X as chief scientist"
            people, orgs = c.subjects(verb), [e for p in preps(verb, "to") for e in c.list_after(p.i + 1, limit=1)]
        elif lemma in JOIN_VERBS or passive:
            people = c.subjects(verb)
            orgs = (
                [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
                if lemma in JOIN_VERBS
                else c.agents(verb)
            )
        else:
            orgs = c.subjects(verb)
            people = [  # "named P its CEO": the parser may take P for a second predicate
                e for o in children(verb, "dobj", "oprd") for t in o.subtree if (e := c.entity(t)) is not None
            ]
            # "hired Q's former colleague, P, as …": the one set off beside the noun, not its possessor
            people = [
                e
                for o in children(verb, "dobj")
                for a in children(o, "appos")
                for t in a.subtree
                if (e := c.entity(t)) is not None and e.type is EntityType.PERSON
            ] or people
        if role is not None:  # "CEO of X", "its CEO": the role names the organisation
            # "was named general partner at X": the parser may hang "at X" on the verb
            # (not "hired P, previously at X, as …": where P was before)
            at = [
                e
                for p in preps(role, "at") or preps(verb, "at")
                if not any(a.lower_ in FORMER for a in p.children)
                for e in c.list_after(p.i + 1, limit=1)
            ]
            if (at or lemma in JOIN_VERBS and orgs) and not any(
                t.ent_type_ == "ORG" and not c.lex.is_common_word(t.text)  # "VP of Engineering": a field all the same
                for p in preps(role, "of")
                for t in children(p, "pobj")
            ):
                of = []  # "joined X as Vice President of Perception", "head of Trust at X": the post's function
            else:
                of = [e for p in preps(role, "of") for e in c.list_after(p.i + 1, limit=1)]
            owner = of + at
            orgs = owner or ([] if any(t.dep_ == "poss" and t.lower_ != "its" for t in role.children) else orgs)
            orgs = _founded_along(c, verb, role) or orgs
        for person in people:
            for org in orgs:
                if person.type is EntityType.PERSON and org.type.is_organization and _post_in(org, title):
                    _emit(c, person, org, title)
        if lemma in JOIN_VERBS | HIRE_VERBS:  # "P joins X from Y", "X poached P from Y": where P worked before
            left = [e for p in preps(verb, "from") for e in c.list_after(p.i + 1, limit=1)]
            for person in people:
                for org in left:
                    if person.type is EntityType.PERSON and org.type.is_organization and org not in orgs:
                        _emit(c, person, org, [], former=True)
    _announced_appointments(c)
    return c.take()


_SPANS = {"year", "decade", "month"}  # the time one spends at an organisation


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def left_organisation(c: EnClause) -> list:
    """ "P left Cohere in January", "P quit X to start a company", "P spent 14 years at X": a post at the
    organisation, held before."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        if lemma not in ("leave", "quit", "spend") or not is_verb(verb) or not c.asserted(verb):
            continue
        if any(a.tag_ == "MD" for a in verb.children) or verb.tag_ == "VBG":
            continue  # "P will leave X", "P is leaving X": a post still held
        if lemma == "spend":  # years spent at the organisation ("spent a decade at X"), not money spent there
            spent = any(o.lemma_.lower() in _SPANS for o in children(verb, "dobj"))
            left = [e for p in preps(verb, "at") for e in c.list_after(p.i + 1, limit=1)] if spent else []
            left = [e for e in left if e.type.is_organization]
        else:
            left = [e for o in children(verb, "dobj") if (e := c.np_entity(o)) is not None and e.type.is_organization]
        for person in c.subjects(verb) if left else []:
            if person.type is EntityType.PERSON:
                for org in left:
                    _emit(c, person, org, [], former=True)
    return c.take()


# giving someone a seat on a board ("appointed / named / elected / added P to its board"); a nomination is no seat
# until shareholders vote
_SEATING_VERBS = {"appoint", "name", "elect", "add", "welcome"}


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def board_seat(c: EnClause) -> list:
    """ "X appointed (named, elected, added) P to its board (of directors)", "P was elected to the board of X", "P
    joined X's board": a seat on the organisation's board, WORKS_FOR titled "board member"."""
    for board in c.span:
        if board.lemma_.lower() != "board" or board.pos_ != "NOUN":
            continue
        verb = board.head.head if board.dep_ == "pobj" and board.head.lower_ in ("to", "onto", "on") else board.head
        lemma = verb.lemma_.lower()
        if not is_verb(verb) or not c.asserted(verb):
            continue
        passive = any(t.dep_ in ("auxpass", "nsubjpass") for t in verb.children)
        kept = board.dep_ == "pobj" and board.head.lower_ == "on" and lemma in ("remain", "stay", "sit", "serve")
        if (
            board.dep_ == "dobj"
            and lemma in JOIN_VERBS
            or board.dep_ == "pobj"
            and lemma in _SEATING_VERBS
            and passive
            or kept
        ):
            people = c.subjects(verb)  # "P joined the board of X", "P was elected to X's board", "P remains on it"
        elif board.dep_ == "pobj" and lemma in _SEATING_VERBS:
            people = [e for o in children(verb, "dobj") for e in c.with_conjuncts(o)]
        else:
            continue
        owners = [e for poss in children(board, "poss") if (e := c.np_entity(poss)) is not None]
        owners += [e for p in preps(board, "of") for e in c.list_after(p.i + 1, limit=1)]
        for person in people:
            for org in owners:
                if person.type is EntityType.PERSON and org.type.is_organization:
                    c.add(RelationType.WORKS_FOR, person, org, 0.85, title="board member")
    return c.take()


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def person_of(c: EnClause) -> list:
    """ "Dan Ives of Wedbush Securities said", "Maria Lopez of the University of Lisbon": a person named with the
    organisation they speak for, written right after the name with "of"."""
    doc = c.span.doc
    for start, end, person in c.mention_spans():
        if person.type is not EntityType.PERSON or end + 1 >= c.span.end or doc[end].lower_ != "of":
            continue
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        org = c.ent_of.get(first)
        if org is not None and org.type.is_organization and not c.in_quote(doc[start]):
            c.add(RelationType.WORKS_FOR, person, org, 0.75)
    return c.take()


def _founded_along(c: EnClause, verb, role) -> list[Entity]:
    """ "X established Y in March, appointing P as its first director": the first head of a body is the new body's,
    named by the founding verb the appointment goes with."""
    if not any(t.lower_ in ("first", "founding", "inaugural") for t in role.children):
        return []
    founding = verb.head if verb.dep_ in ("advcl", "conj") else None
    if founding is None or founding.lemma_.lower() not in FOUND_VERBS:
        return []
    return [e for o in children(founding, "dobj") if (e := c.entity(o)) is not None and e.type.is_organization]


def _announced_appointments(c: EnClause) -> None:
    """ "X (today) announced the appointment of P as CTO": the act named as a noun, the subject of the verb
    announcing it the employer unless the role names its own ("as CEO of Y")."""
    for noun in c.span:
        if noun.lemma_.lower() not in APPOINT_NOUNS or noun.dep_ != "dobj" or not c.asserted(noun.head):
            continue
        for of in preps(noun, "of"):
            people = [e for t in children(of, "pobj") for e in c.with_conjuncts(t) if e.type is EntityType.PERSON]
            roles = [
                o for t in children(of, "pobj") for p in preps(t, "as") + preps(noun, "as") for o in children(p, "pobj")
            ]
            title = _title_in(c, roles[-1]) if roles else []
            if not title:
                continue
            owner = [e for p in preps(roles[-1], "of", "at") for e in c.list_after(p.i + 1, limit=1)]
            for person in people:
                for org in owner or c.subjects(noun.head):
                    if org.type.is_organization and _post_in(org, title):
                        _emit(c, person, org, title)


def _role(c: EnClause, verb) -> Token | None:
    """The role a verb gives: "as T" ("promoted P to T"), an object predicate ("appointed P CEO"), or a title object
    that swallowed the person ("appointed P chief executive officer")."""
    for p in preps(verb, "as", "to") if verb.lemma_.lower() == "promote" else preps(verb, "as"):
        if (objs := children(p, "pobj")) and (p.lower_ == "as" or c.lex.is_title_head(objs[-1].text)):
            return objs[-1]  # "as co-CEO": the parser hangs "co", "-" and "CEO" all on "as"; the last is the title
    for o in children(verb, "dobj"):  # "named P its new chief financial officer"; not "hired P, a former engineer"
        if titled := [
            a for a in children(o, "appos") if c.lex.is_title_word(a.text) and a.doc[a.left_edge.i - 1].text != ","
        ]:
            return titled[0]
    # "named Park Ji-won its CEO": the small parser reads a hyphenated name's last syllable ("won") as a verb or an
    # adjective and hangs the role on it, or it on the role
    name_parts = [t for t in verb.children if t.dep_ in ("ccomp", "dobj") and _names_person(c, t)]
    hung_on_name = [
        t for p in name_parts for t in p.children if t.dep_ in ("dobj", "oprd") and c.lex.is_title_word(t.text)
    ]
    predicates = [
        t
        for t in [*verb.children, *hung_on_name]
        if (
            t.dep_ in ("oprd", "attr")
            or t in hung_on_name
            or (
                t.dep_ == "dobj"
                and c.lex.is_title_word(t.text)
                and any(n.dep_ in ("nmod", "compound") or _names_person(c, n) for n in t.children)
            )
            # "was promoted to partner at X": the parser reads "to partner" as a verb's infinitive
            or (t.dep_ == "xcomp" and t.pos_ in ("NOUN", "PROPN") and c.lex.is_title_word(t.text))
        )
        and c.entity(t) is None
    ]
    return predicates[-1] if predicates else None  # "is the co-founder and CEO", "named P its new CEO": the last one


def _names_person(c: EnClause, tok: Token) -> bool:
    """The token is part of a person's name."""
    found = c.entity(tok)
    return found is not None and found.type is EntityType.PERSON


def _title_in(c: EnClause, role: Token) -> list:
    """The title words of a role phrase ("its new chief executive officer" -> "chief executive officer")."""
    first = next((t for t in role.subtree if c.lex.is_title_word(t.text) and t.i not in c.ent_of), None)
    if first is None:
        return []
    doc = role.doc
    prefix = [doc[first.i - 2], doc[first.i - 1]] if first.i >= 2 and co_prefix(doc, first.i - 1) else []
    if not prefix and first.i >= 1 and doc[first.i - 1].lower_ in _STAND_IN:
        prefix = [doc[first.i - 1]]  # "interim chief executive"
    return prefix + _title_run(c, first.i, 1)  # "co-CEO": the parser may hang "co" and "-" elsewhere


def _post_told_first(c: EnClause, verb) -> bool:
    """ "Pinecrest AI's chief technology officer is P": the post as the subject, its holder the attribute ("X's CEO
    was P": a past post, as "P was CEO of X"). Whether the sentence had that shape."""
    posts = [s for s in children(verb, "nsubj") if s.i not in c.ent_of and _title_in(c, s)]
    people = [e for a in children(verb, "attr") if (e := c.entity(a)) is not None and e.type is EntityType.PERSON]
    if not posts or not people:
        return False
    title = _title_in(c, posts[0])
    for org in (e for poss in children(posts[0], "poss") if (e := c.np_entity(poss)) is not None):
        if org.type.is_organization and _post_in(org, title):
            for person in people:
                _emit(c, person, org, title, former=verb.tag_ == "VBD")
    return True


def _leaves_as(verb) -> bool:
    """ "stepped down as", "resigned as", "is stepping down as", "will retire as": a post left or to be left."""
    left = (verb.lemma_.lower() == "step" and phrasal(verb, "down")) or verb.lemma_.lower() in ("resign", "retire")
    return left and bool(preps(verb, "as"))


def _quit_as(verb) -> bool:
    """ "stepped down as", "resigned as", "retired as": a post left, told as done (not "will step down as")."""
    return _leaves_as(verb) and verb.tag_ in ("VBD", "VBN")


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def holds_role(c: EnClause) -> list:
    """ "P is / has been / became CEO of X", "P serves as X's CTO", "P works at X (as an engineer)".

    "P was CEO of X", "P worked (served) at X", "previously", "a former CEO of X" are past roles (``former``: a
    role told in the past tense may still be held, but the text does not say so); "member of" names no job."""
    for verb in c.span:
        lemma = verb.lemma_.lower()
        takes_over = any(phrasal(verb, w) for w in TAKE_OVER.get(lemma, ())) and bool(preps(verb, "as"))
        # "P stepped down (resigned, retired) as CEO of X": the role P held until then; "P is stepping down (will
        # retire) as CEO of X": the role P holds still
        quit_as, leaving_as = _quit_as(verb), _leaves_as(verb)
        # "P was once (had earlier been) head of X": a past post
        told_past = any(a.lower_ in FORMER | {"once", "earlier"} for a in children(verb, "advmod")) or (
            lemma == "be" and any(a.lower_ == "had" for a in children(verb, "aux"))
        )
        if not (lemma in ROLE_VERBS or takes_over or leaving_as) or not c.asserted(verb):
            continue  # "P took over / stepped in as CEO of X" (in 2022): the role P then took and holds
        if lemma == "be" and _post_told_first(c, verb):
            continue
        # "P, who previously worked at X", "P served as CEO of X", "P was CEO of X": a past role
        past = quit_as or told_past or (lemma in ("work", "serve", "be") and verb.tag_ == "VBD")
        people = [e for e in c.subjects(verb) if e.type is EntityType.PERSON]
        listed = [verb.head, *verb.head.conjuncts] if verb.dep_ == "relcl" else []
        closest = max((t for t in listed if t.i < verb.left_edge.i), key=lambda t: t.i, default=None)
        if verb.tag_ == "VBZ" and closest is not None and (last := c.entity(closest)) in people:
            # "founded by A, B and C, who remains director of X": the singular verb is C's alone (the parser may hang
            # the clause on B)
            people = [last]
        role = _role(c, verb)
        title = _title_in(c, role) if role is not None else []
        past = past or any(t.lower_ in FORMER for t in (role.subtree if role is not None else ()))
        orgs: list[Entity] = []
        if title and role is not None:
            orgs = [e for p in preps(role, "of", "at", "for") for e in c.list_after(p.i + 1, limit=1)]
            orgs += [e for poss in children(role, "poss") if (e := c.np_entity(poss)) is not None]
        if leaving_as and title and not orgs:  # "X co-founder P stepped down as CEO": the organisation P is named at
            orgs = [
                e
                for subj in children(verb, *SUBJECTS)
                for t in subj.subtree
                if (e := c.entity(t)) is not None and e.type.is_organization
            ][:1]
        if lemma in ("work", "serve") or (title and not orgs and [t.lower_ for t in title] != ["member"]):
            # "P serves as CTO at X", "P is now chief scientist at X": the parser may hang "at X" on the verb
            orgs += [e for p in preps(verb, "at", "for") for e in c.list_after(p.i + 1, limit=1)]
        elif not title or [t.lower_ for t in title] == ["member"]:
            continue
        for person in people:
            for org in orgs:
                if org.type.is_organization and _post_in(org, title):
                    _emit(c, person, org, title, former=past)
    return c.take()


@relation_rule(RelationType.WORKS_FOR, language="en", per_sentence=True)
def possessed_person(c: EnClause) -> list:
    """ "Tenstorrent's Jim Keller said …": a person written as an organisation's own, with no title between
    ("Nvidia's Jensen Huang"); a country's ("Korea's P") is no employer, nor "X's former P"."""
    doc = c.span.doc
    for poss in c.span:
        person = c.entity(poss.head) if poss.dep_ == "poss" else None
        if person is None or person.type is not EntityType.PERSON or poss.i + 1 >= c.span.end:
            continue
        start = poss.i + 1
        if doc[start].text not in POSSESSIVES or c.entity(doc[start + 1]) is not person:
            continue  # the person's name must follow the possessive at once
        org = c.argument_entity(poss)
        if org is None or not org.type.is_organization or is_group_body(org) or c.lex.is_place(org.name):
            continue
        c.add(RelationType.WORKS_FOR, person, org, 0.75)
    return c.take()
