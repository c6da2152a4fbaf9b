"""Stage 3, recognise (people): Korean person mentions and the organisation written with each.

A proper noun next to a title ("P ORG T", "ORG P T", "ORG T P", "P 씨"), a
transliterated foreign name before its country, and later short references
by surname plus title ("구 대표").  ``Recogniser`` uses it before the
organisation sources, since a person outranks every other reading of a span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from aigraph.core.vocabulary import EntityType, normalize_name
from aigraph.ingest.pipeline.lexicon import Lexicon, is_bare_unit
from aigraph.ingest.pipeline.mention import HANGUL, LOCAL_HEADS, NOUNISH, PARTICLE_AFTER_NAME, Mention, final_prefix
from aigraph.ingest.pipeline.segment import Sentence, Token

# what may stand between a body and its unit: nothing, or a gloss ("카이스트(KAIST) 물리학과")
_GLOSS_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*")
# a unit's head noun written together with the words before it ("데이터사이언스대학원", "로보틱스연구소")
_GLUED_UNIT = re.compile(r"(?:대학원|학과|학부|연구소|연구원|연구실|센터|사업부|본부|팀)")
_NAME_PIECES = frozenset(
    {"NNP", "NNG", "MM", "XPN", "XSN", "NNB", "MAG", "XR", "NR"}
)  # how Kiwi splits an unknown name
# a word ending in 부, 처 or 청 before the title only a government's head has: the ministry or agency, whatever the
# tagger made of it ("정보통신부 장관", "식품의약품안전처 처장")
_MINISTRY_HEAD = re.compile(r"([가-힣]{2,12}(?:부|처|청)) (?:장관|차관|청장|처장)(?=[^가-힣]|[은는이가을를의과와도]|$)")
# "김민수 카카오 대표 출신 투자자": the role written before 출신 is one held before
_CAME_FROM = re.compile(r"\s?출신(?:[^가-힣]|인|의|이자|으로|$)")
_WORD_IN_PARENTHESES = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})\)")  # "대표(노타)"
_RANK_IN_PARENTHESES = re.compile(r"\((?P<t>[가-힣]{2,4})\)")
_TEAM = re.compile(r"[가-힣]{1,3}(?:팀|연구진|연구단|연구실|센터|본부|그룹|랩)(?:[가-힣])?$")
_HANGUL_WORDS = re.compile(r"^[가-힣]+(?: [가-힣]+)?$")  # Kiwi knows some foreign names as one proper noun: "젠슨 황"
_UNIT = r"(?:팀|실|본부|부|센터|부문|그룹|랩|과|국|처|단|사업부)"
# a board or committee of the organisation, written before the title held in it: "누리랩스 이사회 의장"
_BOARD = r"[가-힣]{0,6}(?:이사회|위원회)"
# the head of a line of business, the line glued before it: "글로벌사업총괄", "총괄이사" (the whole word is the title)
_LINE_HEAD = r"총괄(?:이사|사장|부사장|전무|상무)?"
# a lab's head, the lab's field glued before it in Latin letters: "누리랩스 AI연구소장" (a Hangul word glued there,
# "누리연구원장", is the institute's own name)
_LAB_HEAD = r"연구소장|연구원장"
# a ministry's director-general post, named by its field glued before it ("소프트웨어정책관"): the whole is the title
_FIELD_POST = r"[가-힣]{2,12}정책관"
_GLOSSED_COPULA = re.compile(r"\s?\([A-Z][A-Za-z]{1,5}\)(인)?$")  # "최고경영자(CEO)인 P", "최고경영자(CEO) P"
_LATE = re.compile(r"\s(?:고\s?\(故\)|故|고)$")  # "창업주인 고(故) P": the late, between the title and the name
_TITLE_END = r"(?=[^가-힣A-Za-z0-9]|$|(?:과의|와의|과는|와는|과도|와도|께서|께|은|는|이|가|을|를|의|과|와|도|에게는|에게|에|으로|로|이자|겸|님|이며|인|으로서|직|(?:연구)?팀(?:은|이|의|과|와|도|을|에)?)(?:[^가-힣]|$))"
_RANKS = frozenset(
    {"교수", "박사", "연구원", "명예교수", "석좌교수"}
)  # academic ranks: a role written with them says more
_NAME_GLOSS = re.compile(r"\([^()]{1,25}\)")  # "승현준(세바스찬 승)"
_AGE_GLOSS = re.compile(r"\(\d{1,3}(?:[·ㆍ,]\s?[^()]{1,12})?\)")  # "(45)", "(45·사진)": an age after a name
_SSI_PAREN = re.compile(r"\s?씨\(")  # "박준형씨(미래로테크 대표)": the role in a parenthesis after 씨
_ORG_BEFORE_PERSON = re.compile(
    r"(?:\([^()]{1,20}\))?\)?(?:의|에서는|에서|에선)?\s?"
)  # ")" : the org was the gloss "ORG(ABBR) P T"
# between two people of one organisation: "…의 이강해 단장과 곽준호 팀장", "이활석 CTO와 한지윤 리더, 손해인 리더"
_PERSON_JOIN = re.compile(r"[^.!?'\"]{0,30}?(?:과|와|,|및|·|ㆍ)\s*")
# a word right after a name ending in a head's title: "한빛은행장은", "누리연구원장과"
_GLUED_HEAD = re.compile(r" ([가-힣A-Za-z0-9]{2,20}장)(?=[은는이가을를의과와도,·\s)]|$)")
_GLUED_HEAD_BEFORE = re.compile(r"(?:^|(?<=[\s\"'(“‘]))([가-힣A-Za-z0-9]{2,20}장) $")  # "한빛은행장 P"
# a personnel notice ("[인사] 네이버 ◇ 부사장 승진 ▲김철수"), and one entry of it: a post at most, then the name
NOTICE_HEAD = re.compile(r"\s*[\[〈<【]\s*인사\s*[\]〉>】]\s*")
_NOTICE_ENTRY = re.compile(r"▲\s*(?P<t>[^▲◇\s]+(?:\([^()]*\))?\s)?(?P<n>[가-힣]{3,4})(?=\s*(?:▲|◇|\(|$))")
# a local government's head glued to its place after a name: "경산시장은", "칠곡군수", "강남구청장", "경기도지사"
# (the place + 시/군/구/도, then the rest of the head's title, which repeats that syllable)
_LOCAL_HEAD = re.compile(
    r" (?P<o>(?P<p>[가-힣]{2,8}?)(?:시(?=장)|군(?=수)|구(?=청장)|도(?=지사)))(?:장|수|청장|지사)"
    r"(?=[은는이가을를의과와도,·\s)]|$)"
)
# "나주시(시장 ", "누리텍(대표 ": a title opening a parenthesis, the name next
_GLOSS_TITLE = re.compile(r"(?<=[가-힣A-Za-z0-9)])\(([가-힣A-Za-z]{2,8}) $")
# a coined name gluing Latin capitals to a Hangul word ("랜딩AI", "누리AI"): a company's, never a field word
_COINED = re.compile(r"[가-힣]{2,}[A-Z][A-Za-z0-9]*")
_CITY_RANKS = frozenset({"광역", "특별", "특별자치", "자치"})  # "부산광역시장": a metropolitan city's rank in its name
_NAMES_JOINED = re.compile(r"\s?[·ㆍ,]\s?")  # "김하나·박민수", "김하나, 박민수"
# "이서연·박정민 공동대표": a name joined by a middle dot to the next one, which the shared title follows
_DOT_JOINED_NAME = re.compile(r"(?:\(\d{1,3}\))?[·ㆍ]([가-힣]{3,4})(?:\(\d{1,3}\))?(?=\s)")
# a name recruited ("P를 (CTO로) 영입") or joining ("P는 ORG에 합류"): the person's words, then the verb
_TAKEN_ON = re.compile(
    r"[\"'“‘]?(?P<n>[가-힣]{1,6}(?: [가-힣]{1,6}){1,2})"
    r"(?:(?:을|를) (?:[^\s]{1,20}(?:으로|로) )?(?:새로 |신규 |전격 )?영입(?=[하했한할됐된]|$)"
    r"|(?P<j>은|는|이|가) [^\s]{1,20}에 (?:새로 |전격 |최근 )?합류(?=[하했한할]))"
)
# a name in Latin letters in Korean text: "Sam Altman", "Ilya Sutskever는", "Aidan Gomez," (not glued to Hangul before it)
_LATIN_NAME = re.compile(  # (each word with a small letter second: "CEO" after a name is its title)
    r"(?<![A-Za-z가-힣.&-])(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z][a-zA-Z'é-]*){1,2})(?![A-Za-z&])"
)
# "ORG의 대표이사는 윤재혁이다", "창립자는 윤재혁으로, …": a post, then the name said to hold it, by the copula
_NAMED_AS_POST = re.compile(
    r"(?:^|의\s|\s)(?P<t>[가-힣A-Z]{1,8})(?:은|는)\s(?P<n>[가-힣]{3,4})(?:이다|이며|이고|으로,|이었다|였다)(?=[\s.,]|$)"
)
_CLAUSE_BREAK = re.compile(r"(?:을|를|이|가|은|는|고|며|해|하)\s")


def _open_eu(ch: str) -> bool:
    """A syllable of the vowel ㅡ with no final consonant ("트", "르", "스", "즈"): how Korean writes a foreign
    consonant with no vowel; Korean given names do not use it (2,147 Korean-shaped three-syllable names in KLUE-RE
    train: the 60 that do are foreign names and nicknames)."""
    offset = ord(ch) - 0xAC00
    return 0 <= offset < 11172 and offset // 28 % 21 == 18 and offset % 28 == 0


def _word_starts(text: str) -> list[int]:
    """Where each space-separated word of ``text`` starts: names are matched from there."""
    return [0] + [k + 1 for k, ch in enumerate(text) if ch == " "]


def _through_glued_latin(s: Sentence, toks: list[Token]) -> list[Token]:
    """ "김철수 다온AI 대표": the employer's written word goes on in Latin letters or digits glued to its last
    proper noun, and all of it is the name."""
    if not toks:
        return toks
    out = list(toks)
    for t in s.tokens:
        if t.start == out[-1].end and t.tag in ("SL", "SN"):
            out.append(t)
    return out


_NEW_POST = re.compile(r"(?:신임|새)\s")
_TENSE_PREFIXES = frozenset({"전", "현"})  # "전 구글코리아 상무 P": a role's tense written before its employer


def _past_held(text: str, pos: int) -> int:
    """Where a title starts at ``pos`` past the 전 (전임) that marks it as held before ("카카오 전 의장")."""
    held = _HELD_BEFORE.match(text, pos)
    return held.end() if held else pos


_HELD_BEFORE = re.compile(r"전(?:임)?\s")


def _foreign_last_name(s: Sentence, tok: Token, run: list[Token], is_korean: Callable[[str], bool]) -> bool:
    """ "세바스찬 승", "제프 딘": a one-syllable last name Kiwi tags as a common noun after a foreign first name;
    not the first syllable of a longer word ("ORG코리아 지사장": 지 + 사장)."""
    return (
        tok.tag in ("NNG", "IC")  # "앤드루 응": an interjection's syllable
        and len(tok.form) == 1
        and len(run) == 1
        and not is_korean(run[0].form)
        and tok.start - run[0].end == 1
        and HANGUL.match(tok.form) is not None
        and not any(t.start == tok.end and t.tag.startswith("NN") for t in s.tokens)
    )


class PersonFinder:
    """People in a sentence: a name next to a title, a foreign name before its country, a later short reference."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        countries = "|".join(map(re.escape, sorted(lexicon.countries, key=len, reverse=True)))
        self._foreign_name = re.compile(rf"(?P<n>(?:[가-힣]{{1,4}} ){{1,3}}[가-힣]{{1,4}}) (?P<c>{countries}) ")
        titles = sorted(lexicon.titles, key=len, reverse=True)
        self.title = re.compile("|".join(map(re.escape, titles)))
        self._reference = _reference_pattern(self.title.pattern, honorific=True)  # "구 대표", "유씨"
        # a title right after a name, or after one word of an organisation's name ("함영준 오뚜기 회장")
        self._title_after_name = re.compile(rf" (?:[가-힣A-Za-z0-9&]{{1,14}} )?(?:{self.title.pattern}){_TITLE_END}")
        # a title and the team its holder leads ("박사팀", "교수 연구팀"): no person, though the tagger may say so
        self.titled_team = re.compile(rf"(?:{self.title.pattern})\s?(?:공동\s?)?(?:연구)?(?:팀|진|단)")
        # a title written before a name: a listed title, or a unit head's ("DS부문장", "AI센터장")
        # or a head's title glued to the unit it heads ("AI연구원장", "뇌과학연구소장")
        heads = "|".join(map(re.escape, (t for t in titles if t.endswith("장") and len(t) > 2)))
        self._title_left = re.compile(
            rf"(?P<t>{self.title.pattern})|[가-힣A-Za-z0-9]{{1,14}}?{_UNIT}장|[가-힣A-Za-z0-9]{{1,12}}?(?:{heads})"
        )
        # a title after a unit, glued or as its own word: "인공지능기반정책과장", "데이터팀 리더"; the rank of a
        # numbered post written before it ("1차관", "제2차장", "제1부총리")
        self.unit_title = re.compile(
            # "AI 부문 CEO"; never a title and its conjunction ("총장과 P ORG DS부문장": another person's unit)
            rf"(?:[가-힣A-Za-z0-9]{{1,14}}{_UNIT}(?<!장과)\s|[A-Za-z0-9]{{1,6}}\s(?:부문|사업부|본부|연구소)\s|{_BOARD}\s"
            # "하이퍼스케일 AI 기술총괄": the line of business in an acronym, a word before it at most
            rf"|(?:[가-힣]{{2,8}}\s)?[A-Z]{{2,4}}\s(?=[가-힣]{{0,10}}?{_LINE_HEAD}))?"
            # (no unit read into a whole title: "수석부사장" is no 수석부 and its 사장)
            rf"(?:(?:(?!(?:{self.title.pattern}){_TITLE_END})(?:[가-힣A-Za-z0-9]{{1,14}}{_UNIT}|제?[1-9]|[A-Za-z&]{{1,6}}(?={_LAB_HEAD})))?(?P<t>{_FIELD_POST}|[가-힣A-Za-z0-9]{{0,10}}?{_LINE_HEAD}|{self.title.pattern})"
            rf"|(?:[가-힣A-Za-z0-9]{{1,10}}(?<!장과)\s){{0,2}}[가-힣A-Za-z0-9]{{1,14}}?(?P<h>{_UNIT}장)){_TITLE_END}"
        )

    def heads_a_unit(self, word: str) -> bool:
        """The word is a unit head's title with the unit glued before it ("반도체연구소장", "DS부문장")."""
        return self._title_left.fullmatch(word) is not None

    def is_korean_name(self, form: str) -> bool:
        """Surname + one or two syllables: "김명준", "남궁민수"; not "라온로보", nor a place's university ("도쿄대")."""
        if not HANGUL.match(form) or form in self.lex.foreign_given_names:
            return False
        if form.endswith("대") and form[:-1] in self.lex.places:
            return False
        if any(_open_eu(ch) for ch in form[1:]):
            return False  # "하랄트", "세르게이": 트, 르 transliterate a lone consonant, no Korean given name has them
        return (len(form) == 3 and form[0] in self.lex.surnames) or (len(form) == 4 and form[:2] in self.lex.surnames)

    def _name_units(self, s: Sentence, name_starts: dict[int, Mention]) -> list[Token]:
        """Tokens, with unknown Korean names that Kiwi split ("김/명/준", "정신/아/는" after a title: the particle
        aside) joined back into one NNP, and any
        name-shaped word written before an organisation a source knows and a title ("이도진 네이버 대표": Kiwi
        reads 이/MM 도지/VV ᆫ/ETM)."""
        units: list[Token] = []
        word: list[Token] = []
        for t in (*s.tokens, None):
            # a written word, or its part before a bracket ("김민호(45)": the name before its gloss; "(교장 기민철)가")
            if word and (t is None or t.start > word[-1].end or t.tag in ("SSO", "SSC")):
                # "최고경영자(CEO) 정신/아/는": a name with its particle, right after a title ("연구/팀/이" is none)
                particle = (
                    word.pop()
                    if len(word) > 2 and word[-1].tag[:1] == "J" and self._after_title(s, word[0].start)
                    else None
                )
                text = s.text[word[0].start - s.start : word[-1].end - s.start]
                if len(word) > 1 and (
                    self.is_korean_name(text)
                    and (self._name_pieces(s, word) or self._before_known_employer(s, word, name_starts))
                    or bool(units)
                    and self._foreign_last_name_split(s, units[-1], word, name_starts)
                ):
                    units.append(Token(text, "NNP", word[0].start, word[-1].end))
                else:
                    units.extend(word)
                units.extend([particle] if particle else [])
                word = []
            if t is not None:
                word.extend(self._honorific_apart(t))
        return units

    def _honorific_apart(self, t: Token) -> list[Token]:
        """ "김도윤씨를": Kiwi reads some names with their honorific as one proper noun; the name, then 씨."""
        if t.tag == "NNP" and t.form.endswith("씨") and self.is_korean_name(t.form[:-1]):
            return [Token(t.form[:-1], "NNP", t.start, t.end - 1), Token("씨", "NNB", t.end - 1, t.end)]
        return [t]

    def _after_title(self, s: Sentence, start: int) -> bool:
        """A title ends right before ``start`` ("최고경영자(CEO) ", "대표인 ") and the word there is no team led by
        the titled person before ("교수 연구팀이")."""
        left = _GLOSSED_COPULA.sub(lambda g: g.group(1) or "", _LATE.sub("", s.text[: start - s.start].rstrip()))
        left = left.removesuffix("인")
        word = s.text[start - s.start :].split(" ", 1)[0]
        return any(m.end() == len(left[-12:]) for m in self.title.finditer(left[-12:])) and not _TEAM.match(word)

    def _before_known_employer(self, s: Sentence, word: list[Token], name_starts: dict[int, Mention]) -> bool:
        """A known organisation right after the word (one space; an age aside), then a title: "NAME ORG TITLE", when Kiwi read
        the surname on its own ("이/MM 도지/VV ᆫ/ETM"); a word that opens with a longer noun ("한국/NNP 형/XSN"), a
        verb ("이끄는"), a noun made a verb ("주도한": 주도/NNG 하/XSV) or a particle ("최근에") is no name."""
        end = word[-1].end
        age = _AGE_GLOSS.match(s.text, end - s.start)  # "김민호(45) 누리로보틱스 대표"
        end += age.end() - age.start() if age else 0
        org = name_starts.get(end + 1)
        return (
            org is not None
            and word[0].tag not in ("VV", "VA")
            and word[0].form in self.lex.surnames
            and not any(t.tag in ("XSV", "XSA") or t.tag[:1] == "J" or t.tag in ("EF", "EC", "EP") for t in word)
            and s.text[end - s.start : end - s.start + 1] == " "
            and self.unit_title.match(s.text, org.end - s.start + 1) is not None
        )

    def _foreign_last_name_split(
        self, s: Sentence, first: Token, word: list[Token], name_starts: dict[int, Mention]
    ) -> bool:
        """ "앤디 재/XPN 시/NNB 아마존 CEO": a foreign last name Kiwi split into pieces, after a foreign first name
        and before an organisation a source knows and a title."""
        org = name_starts.get(word[-1].end + 1)
        return (
            first.tag == "NNP"
            and HANGUL.match(first.form) is not None
            and not self.is_korean_name(first.form)
            and word[0].start - first.end == 1
            and all(t.tag in _NAME_PIECES and HANGUL.match(t.form) for t in word)
            and org is not None
            and s.text[word[-1].end - s.start : word[-1].end - s.start + 1] == " "
            and self.unit_title.match(s.text, org.end - s.start + 1) is not None
        )

    def _name_pieces(self, s: Sentence, word: list[Token]) -> bool:
        """Whether the pieces Kiwi split a name-shaped word into are those of a name it did not know; a name ending
        in "인" it reads as a noun and the copula ("손해인" -> 손해/NNG 이/VCP ᆫ/ETM) only with a title right after
        it ("손해인 마케팅팀 리더"), since "문제인 만큼" has the same shape; a known noun and its suffix ("전략/NNG
        적/XSN") never."""
        if any(a.tag == "NNG" and len(a.form) > 1 and not a.unknown and b.tag == "XSN" for a, b in zip(word, word[1:])):
            return False  # "전략적": a word Kiwi knows and its suffix, not a name
        if len(word) == 2 and all(w.tag == "NNG" and not w.unknown for w in word) and len(word[1].form) == 2:
            return False  # "주/NNG 관사/NNG": a syllable and a word the dictionary knows, a compound noun
        if len(word) == 2 and word[0].tag == "NNG" and not word[0].unknown and word[1].form == "사":
            return False  # "주관/NNG 사/NNG": a kind of firm ("주관사", "운용사"), as Kiwi splits it
        if all(w.tag in _NAME_PIECES for w in word):
            return True
        if word[-1].form == "ᆫ" and word[-1].start < word[-2].end and all(w.tag in _NAME_PIECES for w in word[:-1]):
            # "함영준 오뚜기 회장": Kiwi read the final ᆫ of a name it did not know as a particle ("함영주/NNP ᆫ/JX"),
            # so only with a title after it, or an organisation's one word and a title
            return self._title_after_name.match(s.text, word[-1].end - s.start) is not None
        return (
            [w.tag for w in word[-2:]] == ["VCP", "ETM"]
            and all(w.tag in _NAME_PIECES for w in word[:-2])
            and self.unit_title.match(s.text, word[-1].end - s.start + 1) is not None
            and s.text[word[-1].end - s.start : word[-1].end - s.start + 1] == " "
        )

    def _brand_after(self, s: Sentence, start: int, end: int) -> bool:
        """One proper noun after a known organisation's name, before a title: a business or lab it names ("구글
        클라우드", "구글 딥마인드"); a place or a person's name there is none."""
        toks = [t for t in s.tokens if start < t.start and t.end <= end]
        return (
            len(toks) == 1
            and toks[0].tag == "NNP"
            and toks[0].form not in self.lex.places
            and not self.is_korean_name(toks[0].form)
        )

    def _brand_and_region_after(self, s: Sentence, start: int, end: int) -> bool:
        """The words between a known organisation's name and a title are its business or lab (one proper noun),
        its regional unit (suffix words: "코리아", "차이나") or both, in that order."""
        words = s.text[start - s.start : end - s.start].split()
        while words and self._is_suffix_word(words[-1]):
            words.pop()
        return not words or len(words) == 1 and self._brand_after(s, start, start + 1 + len(words[0]))

    def _is_suffix_word(self, form: str) -> bool:
        """The word is an organisation suffix on its own ("코리아", "홀딩스"): part of a name, never one."""
        suffix = self.lex.suffix_of(form)
        return suffix is not None and suffix.text == form

    def persons(self, s: Sentence, names: list[Mention]) -> list[Mention]:
        name_starts = {m.start: m for m in names}
        toks = self._name_units(s, name_starts)
        found: list[Mention] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if (
                (t.tag != "NNP" and not self._common_noun_named(s, t, name_starts))
                or not _HANGUL_WORDS.match(t.form)
                or t.start in name_starts
                or t.form in _TENSE_PREFIXES
                or self._is_suffix_word(t.form)  # "구글 차이나 사장": a regional unit, not a person "차이나"
                or s.glued_before(t.start)  # "우리공화당 P 대표": a name starts its written word
                or self._suffixed_before_name(t, toks[i + 1] if i + 1 < len(toks) else None)
                or self._pieces_before_a_name(s, t, toks[i + 1] if i + 1 < len(toks) else None)
            ):
                i += 1
                continue
            run = [t]
            while (
                i + len(run) < len(toks)
                and (
                    toks[i + len(run)].tag == "NNP"
                    or _foreign_last_name(s, toks[i + len(run)], run, self.is_korean_name)
                )
                and HANGUL.match(toks[i + len(run)].form)
                and toks[i + len(run)].start - run[-1].end <= 1
                and toks[i + len(run)].start not in name_starts
                and toks[i + len(run)].form
                not in self.lex.places  # "장피에르 소바주 프랑스 …대 교수": the country is not the name
                and not self.title.fullmatch(toks[i + len(run)].form)
                and not self._is_suffix_word(toks[i + len(run)].form)  # "클라우드 코리아 사장": a regional unit
                and len(run) < 3
                and not (
                    sum(len(t.form.split()) for t in run) >= 2 and not self.is_korean_name(run[0].form)
                )  # "얀 르쿤 메타": Kiwi read the two-word name as one token
                and not (
                    not self.is_korean_name(run[0].form)
                    and run[0].form not in self.lex.foreign_given_names
                    and self.is_korean_name(toks[i + len(run)].form)
                )  # "한울전자 김도윤": an organisation, then a person; "사티아 나델라" is one name
                and (self.is_korean_name(run[0].form) or toks[i + len(run)].start - run[-1].end == 1)
            ):  # a foreign name is at most two words ("피터 리"); more is name + organisation
                run.append(toks[i + len(run)])
            person = self._person_from_run(s, run, toks, i, name_starts)
            if person:
                found.extend(person)
            i += len(run)
        return found

    def _suffixed_before_name(self, t: Token, nxt: Token | None) -> bool:
        """ "누리랩스 사라 김 부사장": a word ending in an organisation's suffix right before another proper noun
        is the employer written before a foreign name, never that name's first word; "한빛대 김도윤 교수": before
        a Korean name with no such suffix, it is the employer even when it has a name's shape."""
        suffix = self.lex.suffix_of(t.form)
        return (
            nxt is not None
            and nxt.tag == "NNP"
            and nxt.start - t.end == 1
            and suffix is not None
            and len(t.form) > len(suffix.text)
            and t.form not in self.lex.foreign_given_names
            and (
                not self.is_korean_name(t.form)
                or self.is_korean_name(nxt.form)
                and self.lex.suffix_of(nxt.form) is None
            )
        )

    def _pieces_before_a_name(self, s: Sentence, t: Token, nxt: Token | None) -> bool:
        """ "한빛전자 연구진 김민수 박사": a word joined from pieces that open with a common noun Kiwi knows ("연구/NNG
        진/XPN") right before a Korean name Kiwi read whole describes the person; the name is the next word."""
        return (
            nxt is not None
            and nxt.tag == "NNP"
            and nxt.start - t.end == 1
            and self.is_korean_name(nxt.form)
            and nxt.form not in self.lex.places
            and any(k.start == nxt.start and k.end == nxt.end for k in s.tokens)
            # the joined word opens with a common noun Kiwi knows ("연구/NNG"), not a name's pieces ("최성/NNP 진")
            and any(k.start == t.start and k.end < t.end and k.tag == "NNG" and len(k.form) > 1 for k in s.tokens)
        )

    def _common_noun_named(self, s: Sentence, t: Token, name_starts: dict[int, Mention]) -> bool:
        """ "…"라고 최수연 네이버 대표는": a word Kiwi's dictionary lacks and reads as a common noun in some
        contexts is a Korean name when it has a name's shape and a known organisation and a title follow it
        ("NAME ORG TITLE"); a common noun the dictionary knows ("이사회") never is.  The organisation may be one
        no source knew yet, when its own suffix names it a body ("윤대희 신용보증기금 이사장")."""
        if t.tag != "NNG" or not t.unknown or len(t.form) != 3 or not self.is_korean_name(t.form):
            return False
        org = name_starts.get(t.end + 1)
        if self._head_in_gloss(s, t.start, t.end):
            return True  # "나주시(시장 강인규)는"
        if org is not None:
            return self.unit_title.match(s.text, org.end - s.start + 1) is not None
        if s.text[t.end - s.start : t.end - s.start + 1] == " " and (
            between := self._org_words(s, t.end + 1 - s.start)
        ):
            word = s.text[between[0] - s.start : between[1] - s.start]
            suffix = self.lex.suffix_of(word)
            if " " not in word and suffix is not None and len(word) > len(suffix.text) + 1:
                return word not in self.lex.generic_orgs
        return False

    def _head_in_gloss(self, s: Sentence, start: int, end: int) -> bool:
        """ "나주시(시장 강인규)", "누리텍(대표 김철수)": the whole parenthesis after a body is its head's title and a
        name (the relation rules read the body and the title; a local government's head is no title elsewhere)."""
        opened = _GLOSS_TITLE.search(s.text, 0, start - s.start)
        return (
            opened is not None
            and (opened.group(1) in LOCAL_HEADS or self.title.fullmatch(opened.group(1)) is not None)
            and s.text[end - s.start : end - s.start + 1] == ")"
        )

    def listed_in_notice(self, s: Sentence) -> list[Mention]:
        """ "[인사] ORG ◇ 부사장 ▲김철수 ▲이영희": the names a personnel notice lists after its bullets, with the
        post written before the name in the entry ("▲AI연구소장 김도윤") as the title."""
        if not NOTICE_HEAD.match(s.text):
            return []
        found = []
        for m in _NOTICE_ENTRY.finditer(s.text):
            if self.is_korean_name(m.group("n")):
                start = s.start + m.start("n")
                post = re.sub(r"\([^()]*\)", "", m.group("t") or "").strip()  # "최고재무책임자(CFO)"
                title = post if post and self.title.search(post) else ""
                found.append(
                    Mention(
                        start,
                        start + len(m.group("n")),
                        m.group("n"),
                        EntityType.PERSON,
                        "person",
                        s.index,
                        title=title,
                    )
                )
        return found

    def taken_on(self, s: Sentence) -> list[Mention]:
        """ "메타는 냇 프리드먼을 영입했다", "노엄 샤지어는 구글에 합류했다": a transliterated name of two or three
        words, with no title, that an organisation recruits or that joins one is a person's. The name opens its
        clause and no word of it is a place, a title, a generic body or a common noun Kiwi knows ("AI 인재를
        영입": the talent is no one named)."""
        found: list[Mention] = []
        for m in (m for k in _word_starts(s.text) if (m := _TAKEN_ON.match(s.text, k))):
            a, b = s.start + m.start("n"), s.start + m.end("n")
            words = m.group("n").split()
            prev = [t for t in s.tokens if t.end <= a]
            inside = [t for t in s.tokens if a <= t.start and t.end <= b]
            if (
                (found and a < found[-1].end)
                or any(t.tag == "NNG" and not t.unknown and len(t.form) > 1 for t in inside)
                or any(t.tag[:1] in "JE" and s.text[t.start - s.start : t.end - s.start] == t.form for t in inside)
                or (prev and prev[-1].tag[:1] not in "JES" and prev[-1].tag != "SL")
                or (m.group("j") and any(len(w) < 2 for w in words))
                or any(
                    w in self.lex.places
                    or w in self.lex.countries
                    or w in self.lex.generic_heads
                    or self.title.fullmatch(w)
                    or self.lex.suffix_of(w)
                    for w in words
                )
            ):
                continue
            found.append(Mention(a, b, m.group("n"), EntityType.PERSON, "person", s.index))
        return found

    def latin_names(self, s: Sentence) -> list[Mention]:
        """ "OpenAI의 Sam Altman CEO는", "Dario Amodei가 설립한": a name in Latin letters, two or three capitalised
        words led by a listed given name (or followed by a title), in Korean text, is a person's (the organisation
        sources know no such name)."""
        found = []
        for m in _LATIN_NAME.finditer(s.text):
            words = m.group("n").split()
            title = self.title.match(s.text, m.end() + 1) if s.text[m.end() : m.end() + 1] == " " else None
            if (words[0] in self.lex.latin_given_names or title) and not any(self.lex.suffix_of(w) for w in words):
                a, b = s.start + m.start("n"), s.start + m.end("n")
                found.append(
                    Mention(
                        a, b, m.group("n"), EntityType.PERSON, "latin", s.index, title=title.group(0) if title else ""
                    )
                )
        return found

    def named_as_post(self, s: Sentence) -> list[Mention]:
        """ "딥리프의 대표이사는 윤재혁이다": a Korean name (a listed surname and one or two syllables) said by the
        copula to be who holds a title is a person's, though no title is written with it."""
        return [
            Mention(s.start + m.start("n"), s.start + m.end("n"), m.group("n"), EntityType.PERSON, "person", s.index)
            for m in _NAMED_AS_POST.finditer(s.text)
            if self.title.fullmatch(m.group("t")) and self.is_korean_name(m.group("n"))
        ]

    def foreign_names(self, s: Sentence) -> list[Mention]:
        """ "황 꾸억 부응 베트남 FPT 회장": a transliterated name of two to four words, then the country
        of its organisation, the organisation and a title.  The name opens its clause (sentence start,
        punctuation or a word ending in a particle or ending before it)."""
        found: list[Mention] = []
        matches = [m for k in _word_starts(s.text) if (m := self._foreign_name.match(s.text, k))]
        for m in matches:
            if found and m.start() < found[-1].end - s.start:
                continue
            a, b = s.start + m.start("n"), s.start + m.end("n")
            inside = [t for t in s.tokens if a <= t.start and t.end <= b]
            prev = [t for t in s.tokens if t.end <= a]
            words = m.group("n").split()
            if (
                not inside
                or any(
                    t.tag[0] in "JE" for t in inside
                )  # Kiwi reads foreign syllables as anything ("안"/MAG), but never with particles
                or any(w in self.lex.places or w in self.lex.generic_heads or self.title.fullmatch(w) for w in words)
                # "사진 전문가 영국 …대학교 P 박사": common nouns Kiwi knows describe the person, they are no name
                or all(t.tag == "NNG" and not t.unknown for t in inside)
                or (prev and prev[-1].tag[0] not in "JES" and prev[-1].end == a - 1)
            ):
                continue
            org = self._org_words(s, m.end("c") + 1 - s.start)
            title = self.unit_title.match(s.text, org[1] + 1 - s.start) if org else None
            if org is None or title is None:
                continue
            org = (s.start + m.start("c"), org[1])  # the country stays in the span (resolve leaves it out of the name)
            org_name = s.text[org[0] - s.start : org[1] - s.start]
            suffix = self.lex.suffix_of(org_name)
            found.append(
                Mention(org[0], org[1], org_name, suffix.type if suffix else EntityType.COMPANY, "compound", s.index)
            )
            found.append(
                Mention(
                    a,
                    b,
                    m.group("n"),
                    EntityType.PERSON,
                    "person",
                    s.index,
                    title=self._title_read(title),
                    org=org,
                )
            )
        return found

    def _person_from_run(
        self, s: Sentence, run: list[Token], toks: list[Token], i: int, name_starts: dict[int, Mention]
    ) -> list[Mention]:
        """Decide whether a run of proper nouns is a person, from the words around it."""
        korean = self.is_korean_name(run[0].form)
        name_toks = run[:1] if korean else run
        glued = s.text[name_toks[-1].end - s.start : name_toks[-1].end - s.start + 1]
        if glued.isascii() and glued.isalnum():
            return []  # "한다온AI 대표": a word going on in Latin letters or digits is a company's name
        org_toks = _through_glued_latin(s, run[1:]) if korean else []
        after = name_toks[-1].end if not org_toks else org_toks[-1].end
        rel = after - s.start
        if not org_toks and (g := _NAME_GLOSS.match(s.text, rel)):
            rel, after = g.end(), s.start + g.end()  # the name's gloss: "승현준(세바스찬 승) … 교수"
        if korean and not org_toks:
            rel = self._past_dot_joined_names(s, rel)
            after = s.start + rel
        inside = self._role_in_parenthesis(s, rel, name_starts) if not org_toks else None
        if inside is not None:
            rel, after = inside[1] - s.start, inside[1]  # read "ORG T)" after "씨(" as "P ORG T"
        held = s.text[rel : rel + 3] if not org_toks else ""
        former = held == " 전 "
        if held in (" 전 ", " 현 "):  # "이민수 전 네이버 상무": a past role; "이민수 현 네이버 상무": the present one
            rel, after = rel + 2, after + 2
        org_span: tuple[int, int] | None = (org_toks[0].start, org_toks[-1].end) if org_toks else inside
        if (
            inside is not None
            and inside[0] not in name_starts
            and self.lex.suffix_of(s.text[inside[0] - s.start : inside[1] - s.start])
        ):
            org_toks = [t for t in s.tokens if inside[0] <= t.start and t.end <= inside[1]]  # a name no source knew
        gap = len(s.text[rel:]) - len(s.text[rel:].lstrip())
        known = name_starts.get(after + gap) if org_span is None else None
        if known is not None:
            org_span = (known.start, known.end)
            longer = self._org_words(s, known.start - s.start)
            if (
                self.unit_title.match(s.text, known.end - s.start + 1) is None
                and longer is not None
                and longer[1] > known.end
                and self._brand_and_region_after(s, known.end, longer[1])
            ):
                # "김민수 구글 코리아 사장": the name and its regional unit are the employer; "토머스 쿠리안 구글
                # 클라우드 CEO": its business or lab named after it; "구글 클라우드 코리아 사장": both
                org_span = longer
            rel = org_span[1] - s.start
            if g := _NAME_GLOSS.match(s.text, rel):
                rel = g.end()  # "김하준 한국과학기술연구원(KIST) 책임연구원": the organisation's short form aside
            gap = len(s.text[rel:]) - len(s.text[rel:].lstrip())
        if org_span is not None and _past_held(s.text, rel + gap) > rel + gap:
            gap, former = _past_held(s.text, rel + gap) - rel, True  # "김민수 카카오 전 의장": a past role there
        if new_post := _NEW_POST.match(s.text, rel + gap):
            gap = new_post.end() - rel  # "김민석 (카카오) 신임 대표": a post just taken, no organisation's word
        unit_title = self.unit_title.match(s.text, rel + gap)
        ministry = _MINISTRY_HEAD.match(s.text, rel + gap) if org_span is None else None
        if ministry is not None:  # "진대제 (전) 정보통신부 장관": a ministry no source knew, read as a unit
            org_span = (s.start + ministry.start(1), s.start + ministry.end(1))
            org_toks = [t for t in s.tokens if org_span[0] <= t.start and t.end <= org_span[1]]
        before = self._title_before(s, name_toks[0].start, name_starts)
        before_org = before[1] if before else None
        between = self._org_words(s, rel + gap) if org_span is None else None
        body = self._before_field_words(s, between) if between and not self._holds_a_name(s, between) else None
        if (
            between is not None
            and body is not None
            and (unit_title is None or body != between and self._names_a_body(s, body))
        ):
            # "승현준 미국 프린스턴대학교 교수": the organisation between name and title; "P NHN AI 사업부장": the
            # organisation before the field of the unit it heads
            title_at = _past_held(s.text, between[1] + 1 - s.start)
            former = former or title_at > between[1] + 1 - s.start
            unit_title = self.unit_title.match(s.text, title_at)
            org_span = body if unit_title else None
            if org_span is not None and self._names_a_body(s, org_span):
                # "마크 저커버그 메타 CEO", "이민형 STEPI 선임연구위원": a name no source knew is the employer
                org_toks = [t for t in s.tokens if org_span[0] <= t.start and t.end <= org_span[1]]
        if (
            unit_title is not None
            and (more := self.unit_title.match(s.text, unit_title.end() + 1))
            and more.group("t")
            and s.text[unit_title.end() : unit_title.end() + 1] == " "
        ):
            unit_title = more  # "대표이사 사장": the last of two titles is the head ("사장")
        rank = _RANK_IN_PARENTHESES.match(s.text, unit_title.end()) if unit_title is not None else None
        if rank is not None and self.title.fullmatch(rank.group(1)):
            unit_title = (
                rank  # "삼성전자 DS부문장(사장)": the rank glossed after a unit head's title, as written after it
            )
        if (
            unit_title is not None
            and org_span is None
            and before_org is None
            and (
                word := self._suffixed_word_before(s, name_toks[0].start)
                or self._proper_word_before(s, name_toks[0].start)
            )
        ):
            org_span = word  # "한울전자 박민수 상무": an organisation-suffixed word right before a titled name
            org_toks = [t for t in s.tokens if word[0] <= t.start and t.end <= word[1]]
        title = self._title_read(unit_title) if unit_title else None
        former = former or (unit_title is not None and _CAME_FROM.match(s.text, unit_title.end()) is not None)
        if unit_title is not None and org_span is None and s.text[unit_title.end() : unit_title.end() + 1] == "(":
            inner = name_starts.get(s.start + unit_title.end() + 1)  # "홍길동 대표(카카오)"
            if inner is not None and s.text[inner.end - s.start : inner.end - s.start + 1] == ")":
                org_span = (inner.start, inner.end)
            elif word := self._proper_word_in_parentheses(s, unit_title.end() + 1):
                org_span = word  # "박민수 대표(노타)": a name no source knew, glossed as the employer
                org_toks = [t for t in s.tokens if word[0] <= t.start and t.end <= word[1]]
        if (
            title is None
            and before is None
            and not PARTICLE_AFTER_NAME.match(s.text, rel)
            and not self._head_in_gloss(s, start=name_toks[0].start, end=name_toks[-1].end)
        ):
            return []
        if (
            not korean
            and org_span is not None
            and org_span[0] not in name_starts  # "제임스 박 서울대 교수": a known organisation is one
            and self.is_korean_name(s.text[org_span[0] - s.start : org_span[1] - s.start])
        ):
            return []  # "누리랩스 한국지사 김민수 대표": the words before a Korean name and its title are its employer
        if not korean and name_toks[0].form in self.lex.places:
            return []  # "미국 프린스턴대학교 교수": a country and a name, not a person
        if not korean and sum(len(t.form.split()) for t in name_toks) < 2:
            follows_org = any(0 <= run[0].start - n.end <= 1 for n in name_starts.values())
            # "런정페이 화웨이 회장", "리카이푸(李開復) 전 구글 차이나 사장": one word, then an organisation a source
            # knows and a title, is the person its head is (a name of one word is common for Chinese people)
            named_head = known is not None and title is not None and self._opens_clause(s, run[0].start)
            if (
                len(run[0].form) < 2
                or not (named_head or PARTICLE_AFTER_NAME.match(s.text, rel))
                or follows_org
                or self.lex.suffix_of(run[0].form)
            ):
                return []  # one foreign word before a title is an organisation as often as a person  # "구 대표" is a short reference; "구글 차이나 사장", "서울대 화학부 교수" are units
        if not korean and _GLUED_UNIT.match(s.text, name_toks[-1].end - s.start):
            return []  # "데이터사이언스대학원 교수": the words open a unit's name, written together, no person's
        start, end = name_toks[0].start, name_toks[-1].end
        role_title, role_org, role_former = "", None, False
        if title is not None and org_span is None and before is not None and before[1] is not None:
            # "서울대 공과대학 학장인 홍길동 교수": the role before the name is the one at that organisation
            role_title, role_org, role_former = (before[0] if title in _RANKS else title), before[1], before[2]
        elif title is not None:
            role_title, role_org, role_former = title, org_span, former
        elif before is not None:
            role_title, role_org, role_former = before
        if not org_toks and role_org is not None and role_org == before_org and role_org[0] not in name_starts:
            # "NHN AI 사업부장 P": a proper or Latin word no source knew, before the title, is the employer
            org_span = self._name_like(s, *role_org)
            org_toks = [t for t in s.tokens if org_span[0] <= t.start and t.end <= org_span[1]] if org_span else []
        out = []
        if (
            org_toks
            and org_span is not None
            and is_bare_unit(s.text[org_span[0] - s.start : org_span[1] - s.start], self.lex.unit_suffixes)
            and not any(
                _GLOSS_GAP.fullmatch(s.text, m.end - s.start, org_span[0] - s.start) for m in name_starts.values()
            )
        ):
            # "이서연 심장내과 교수": a department of a body the sentence does not name ("카이스트(KAIST) 물리학과
            # 양찬호 교수" names it)
            org_toks, role_org = [], None
        if org_toks and org_span is not None:
            org_name = s.text[org_span[0] - s.start : org_span[1] - s.start]
            suffix = self.lex.suffix_of(org_name)
            out.append(
                Mention(
                    org_span[0],
                    org_span[1],
                    org_name,
                    suffix.type if suffix else EntityType.GOVERNMENT_AGENCY if ministry else EntityType.COMPANY,
                    "compound",
                    s.index,
                )
            )
        out.append(
            Mention(
                start,
                end,
                s.text[start - s.start : end - s.start],
                EntityType.PERSON,
                "person",
                s.index,
                title=role_title,
                org=role_org,
                former=role_former,
            )
        )
        return out

    def _title_read(self, m: re.Match[str]) -> str:
        """The title ``unit_title`` matched: a unit head's is the unit's kind and 장 ("DS부문장" -> 부문장), or the
        whole word when the lexicon lists it ("글로벌 사업부장" -> 사업부장, not 부장)."""
        if m.group("t"):
            return m.group("t")
        word = m.group(0).rsplit(" ", 1)[-1]
        return word if self.title.fullmatch(word) else m.group("h")

    def _past_dot_joined_names(self, s: Sentence, rel: int) -> int:
        """Where the words after a name go on past the names joined to it by middle dots ("이서연·박정민 공동대표"):
        people written so share the title and organisation written after the last."""
        while (m := _DOT_JOINED_NAME.match(s.text, rel)) and self.is_korean_name(m.group(1)):
            rel = m.end()
        return rel

    @staticmethod
    def _opens_clause(s: Sentence, start: int) -> bool:
        """The word at ``start`` opens the sentence or a clause (after punctuation, a bracket or quote — Kiwi's
        SSO/SSC: "(유룡 KAIST 교수)" — a particle or an ending)."""
        prev = [t for t in s.tokens if t.end <= start]
        return not prev or prev[-1].tag[:1] in ("J", "E") or prev[-1].tag[:2] in ("SP", "SF", "SS", "SO")

    def _role_in_parenthesis(self, s: Sentence, rel: int, name_starts: dict[int, Mention]) -> tuple[int, int] | None:
        """The organisation's span in "씨(ORG T)" right at ``rel``; None for any other parenthesis
        ("박준형씨(42)": an age, the person stays a plain "P 씨")."""
        opened = _SSI_PAREN.match(s.text, rel)
        if opened is None:
            return None
        known = name_starts.get(s.start + opened.end())
        org = (known.start, known.end) if known else self._org_words(s, opened.end())
        title = self.unit_title.match(s.text, org[1] - s.start + 1) if org else None
        if org is None or title is None or s.text[title.end() : title.end() + 1] != ")":
            return None
        return org

    def _names_a_body(self, s: Sentence, span: tuple[int, int]) -> bool:
        """Words between a name and its title that name an organisation: proper nouns or Latin letters that are
        no place, title or field word, or a word with an organisation's suffix ("정보통신부")."""
        text = s.text[span[0] - s.start : span[1] - s.start]
        toks = [t for t in s.tokens if span[0] <= t.start and t.end <= span[1]]
        if any(w in self.lex.places or w in self.lex.generic_heads or self.title.fullmatch(w) for w in text.split()):
            return False
        if len(text) == 1 and text in self.lex.surnames:
            return False  # "젠지 아놀드 허 대표": a surname written last, after a foreign given name
        suffix = self.lex.suffix_of(text)
        return (
            (bool(toks) and all(t.tag in ("NNP", "SL") for t in toks))
            or _COINED.fullmatch(text) is not None
            or (suffix is not None and len(text) > len(suffix.text) and text not in self.lex.generic_orgs)
        )

    def _before_field_words(self, s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
        """The span without the field words closing it ("NHN AI" of "P NHN AI 사업부장"): they say which line of
        the organisation's business the title heads, the words before them name the organisation."""
        words = s.text[span[0] - s.start : span[1] - s.start].split(" ")
        while len(words) > 1 and words[-1] in self.lex.generic_heads:
            words.pop()
        return span[0], span[0] + len(" ".join(words))

    def _holds_a_name(self, s: Sentence, span: tuple[int, int]) -> bool:
        """A word in ``span`` is a Korean name Kiwi read whole ("한빛대 인공지능학과 김도윤 교수"): the title after it
        is that person's, and the word before the span is no one titled by it."""
        words = s.text[span[0] - s.start : span[1] - s.start].split()
        # "고순도 식각액 전문가 김태원 박사": a name Kiwi split ends the words, after others that describe the person
        return (len(words) >= 2 and self.is_korean_name(words[-1])) or any(
            t.tag == "NNP" and self.is_korean_name(t.form) and span[0] <= t.start and t.end <= span[1] for t in s.tokens
        )

    def _org_words(self, s: Sentence, rel: int) -> tuple[int, int] | None:
        """One to three noun words from ``rel`` that end right before a title word."""
        m = re.match(r"(?:[^\s,.()]+\s){1,3}", s.text[rel:])
        if m is None:
            return None
        for k in range(len(m.group(0).split()), 0, -1):
            words = m.group(0).split()[:k]
            end = rel + len(" ".join(words))
            toks = [t for t in s.tokens if s.start + rel <= t.start < s.start + end]
            if (
                toks
                and all(t.tag in NOUNISH for t in toks)
                and "출신" not in words  # "김민수 서울대 출신 연구원": where the person came from, no employer
                and self.unit_title.match(s.text, _past_held(s.text, end + 1))
            ):
                return s.start + rel, s.start + end
        return None

    def _title_before(
        self, s: Sentence, start: int, name_starts: dict[int, Mention]
    ) -> tuple[str, tuple[int, int] | None, bool] | None:
        """ "ORG T P": a title right before the name, with the organisation before it, and whether the post is a past
        one ("카카오 전 대표인 P", "협회 전임 회장인 P")."""
        # "최고경영자(CEO)인 P", "최고경영자(CEO) P": the gloss aside
        left = _GLOSSED_COPULA.sub(lambda g: g.group(1) or "", _LATE.sub("", s.text[: start - s.start].rstrip()))
        if left.endswith("인") and (self.title.search(left[:-1]) or left[:-1].endswith("장")):
            left = left[:-1]  # "카카오 대표인 홍길동", "삼성전자 DS부문장인 전영현"
        for m in self._title_left.finditer(left):
            if m.end() == len(left) and (m.start() == 0 or not left[m.start() - 1].isalnum()):
                # "X의 공동 창업자인 P", "X 전 대표인 P"
                lead = re.search(r"(?:의)?\s*(?P<past>전(?:임)?\s)?(?:공동\s?|현\s|초대\s)?$", left[: m.start()])
                at = s.start + (lead.start() if lead else m.start())  # every part is optional: it always matches
                past = bool(lead and lead.group("past"))
                org = next((n for n in name_starts.values() if at - 1 <= n.end <= s.start + m.start()), None)
                if org is None:  # "서울대 공과대학 학장인 홍길동": a known name, one unit word, the title
                    unit = re.search(r"(\S+) $", left[: m.start()])
                    org = next(
                        (
                            n
                            for n in name_starts.values()
                            if unit and s.start + unit.start(1) - 1 <= n.end <= s.start + unit.start(1)
                        ),
                        None,
                    )
                    if org is not None and unit:
                        return m.group("t") or m.group(0), (org.start, s.start + unit.end(1)), past
                    if (
                        unit
                        and (unit.group(1) in self.lex.generic_heads or re.fullmatch(_BOARD, unit.group(1)))
                        and (
                            word := self._suffixed_word_before(s, s.start + unit.start(1))
                            or self._proper_word_before(s, s.start + unit.start(1))
                        )
                    ):
                        return m.group("t") or m.group(0), word, past  # "NHN AI 사업부장 P", "ORG 이사회 의장 P"
                if org is not None:
                    return m.group("t") or m.group(0), (org.start, org.end), past
                if word := self._suffixed_word_before(s, at) or (
                    self._proper_word_before(s, s.start + m.start()) if lead and not lead.group().strip() else None
                ):
                    return m.group("t") or m.group(0), word, past  # "한울전자 창업자인 김태호", "가온칩스 대표인 P"
        return None

    def _suffixed_word_before(self, s: Sentence, pos: int) -> tuple[int, int] | None:
        """The written word right before ``pos`` when it is an organisation-suffixed noun ("한울전자 "):
        the span of a name Kiwi did not know, read from its place before a title or a titled name."""
        m = re.search(r"(?:^|(?<=\s))([가-힣A-Za-z0-9]{2,15}) ?$", s.text[: pos - s.start])
        if m is None:
            return None
        word = m.group(1)
        suffix = self.lex.suffix_of(word)
        a, b = s.start + m.start(1), s.start + m.end(1)
        toks = [t for t in s.tokens if a <= t.start and t.end <= b]
        prev = [t for t in s.tokens if t.end < a]
        if prev and (prev[-1].tag in NOUNISH or final_prefix(s.tokens, len(prev) - 1)):
            return None  # "LG사이언스파크 AI추진단", "한빛대 인공지능학과": a unit of the name before it
        if (
            suffix is None
            or len(word) < len(suffix.text) + 2
            or word in self.lex.generic_orgs
            or not toks
            or any(t.tag not in NOUNISH for t in toks)
            or self.lex.ends_like_a_common_word(word)
        ):
            return None
        return a, b

    def _proper_word_in_parentheses(self, s: Sentence, rel: int) -> tuple[int, int] | None:
        """The one proper-noun word filling a parenthesis opened right before ``rel`` ("대표(노타)"): the span of
        a name no source knew; not an age, a place, a field word or a name."""
        m = _WORD_IN_PARENTHESES.match(s.text, rel)
        return None if m is None else self._name_like(s, s.start + m.start(1), s.start + m.end(1))

    def _name_like(self, s: Sentence, a: int, b: int) -> tuple[int, int] | None:
        """(a, b) when the word there is one Kiwi reads as a proper noun or foreign letters and no lexicon knows
        as a place, a country, a field word, a generic body, a title or a Korean personal name."""
        word = s.text[a - s.start : b - s.start]
        toks = [t for t in s.tokens if a <= t.start and t.end <= b]
        if (
            not toks
            # a coined name ("다온AI") is one however Kiwi read its Hangul part
            or (any(t.tag not in ("NNP", "SL") for t in toks) and not _COINED.fullmatch(word))
            or word in self.lex.places
            or word in self.lex.countries
            or word in self.lex.generic_heads
            or word in self.lex.generic_orgs
            or self.title.fullmatch(word)
            or self.is_korean_name(word)
        ):
            return None
        return a, b

    def _proper_word_before(self, s: Sentence, pos: int) -> tuple[int, int] | None:
        """The proper-noun word opening a clause right before a titled name: an organisation no lexicon
        knows ("누리텍 박서준 대표, …", "…했고, 한빛랩 김하늘 이사는"); not a place, a field word or a name."""
        m = re.search(r"(?:^|(?<=[\s,·(]))([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}) $", s.text[: pos - s.start])
        if m is None:
            return None
        a, b = s.start + m.start(1), s.start + m.end(1)
        prev = [t for t in s.tokens if t.end <= a]
        opens = not prev or prev[-1].tag[:1] in ("J", "E") or prev[-1].tag in ("SP", "SF", "SS", "SO")
        return self._name_like(s, a, b) if opens else None

    def organisations_read_as_people(self, mentions: list[Mention]) -> list[Mention]:
        """ "스카이레이크는 … 스카이레이크 회장을 맡고 있는": a one-word foreign-looking name the tagger read as a
        person before a title is the organisation the article names so elsewhere (alone or opening a longer
        name), since a body's head is written "ORG T" as often as a person is written "P T"."""
        names: dict[str, EntityType] = {}
        for m in mentions:
            if m.type.is_organization:
                names.setdefault(m.text, m.type)
                first = m.text.split(" ")[0]
                if first != m.text and first not in self.lex.places and self.lex.suffix_of(first) is None:
                    names.setdefault(first, m.type)
        return [
            replace(m, type=names[m.text])
            if m.type is EntityType.PERSON
            and m.source == "ner"
            and not m.refers_to
            and m.text in names
            and " " not in m.text
            and not self.is_korean_name(m.text)
            else m
            for m in mentions
        ]

    def glued_heads(self, s: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "이수진 한빛은행장", "정태호 누리연구원장": an untitled name, then an organisation written in one word
        with the title of its head (은행 + 행장, 연구원 + 원장); "누리진흥원장 박서준은": that word opening the
        clause, the name after it.  The organisation ends before "장" (a mention read over the whole word is cut
        there) and the title and the organisation go to the person."""
        people: dict[int, Mention] = {}
        orgs: dict[int, Mention] = {}  # start -> the organisation read without the title
        for person in mentions:
            if person.type is EntityType.PERSON and (fused := self._registry_head(s, person)) is not None:
                # "P 한빛 AI연구원장": a registry name of several words ("한빛 AI연구원"), its head's 장 glued on,
                # read as its first word ("한빛") and a title ("연구원장")
                org, title = fused
                orgs[org.start] = org
                people[person.start] = replace(person, title=title, org=(org.start, org.end))
                continue
            if person.type is not EntityType.PERSON or person.title or person.org is not None:
                continue
            at, word = self._glued_head_after(s, person, mentions) or self._glued_head_before(s, person, mentions)
            stem, title = word[:-1], word[-2:]
            kind = self.lex.glued_body_type(stem) if title in self.lex.titles else None
            if (local := self._local_head(s, person.end)) is not None:
                at, (stem, title, kind) = person.end + 1, local
            if kind is None:
                continue  # "공사장": no organisation's name before the title
            org = Mention(at, at + len(stem), stem, kind, "compound", s.index)
            orgs[org.start] = org
            people[person.start] = replace(person, title=title, org=(org.start, org.end))
        if not people:
            return mentions
        kept = [people.get(m.start, m) for m in mentions if not (m.type.is_organization and m.start in orgs)]
        return sorted(kept + list(orgs.values()), key=lambda m: m.start)

    def _registry_head(self, s: Sentence, person: Mention) -> tuple[Mention, str] | None:
        """The organisation and title when the person's organisation and title, read together, are a registry name
        of several words with its head's 장 glued on ("한빛" + "AI연구원장" = "한빛 AI연구원" + "원장")."""
        if not person.title.endswith("장") or person.org is None:
            return None
        start = person.org[0]
        end = s.text.find(person.title, person.org[1] - s.start) + s.start + len(person.title)
        if end < start + len(person.title):
            return None
        stem = s.text[start - s.start : end - s.start - 1]
        entry = self.lex.alias_index().get(normalize_name(stem))
        if " " not in stem or entry is None:
            return None
        return Mention(start, start + len(stem), stem, entry.type, "compound", s.index), stem[-1] + "장"

    def _glued_head_after(self, s: Sentence, person: Mention, mentions: list[Mention]) -> tuple[int, str] | None:
        """Where the word after the name starts and the word, when it ends in 장 (read as an organisation or not)."""
        if s.text[person.end - s.start : person.end - s.start + 1] != " ":
            return None
        read = next(
            (m for m in mentions if m.type.is_organization and m.start == person.end + 1 and m.text.endswith("장")),
            None,
        )
        glued = _GLUED_HEAD.match(s.text, person.end - s.start)
        word = read.text if read is not None else glued.group(1) if glued is not None else ""
        return (person.end + 1, word) if word else None

    def _glued_head_before(self, s: Sentence, person: Mention, mentions: list[Mention]) -> tuple[int, str]:
        """Where the word before the name starts and the word, when it ends in 장 and opens its clause; (0, "")
        when there is none."""
        read = next(
            (m for m in mentions if m.type.is_organization and m.end == person.start - 1 and m.text.endswith("장")),
            None,
        )
        glued = _GLUED_HEAD_BEFORE.search(s.text, 0, person.start - s.start)
        at, word = (read.start, read.text) if read else (s.start + glued.start(1), glued.group(1)) if glued else (0, "")
        return (at, word) if word and " " not in word and self._opens_clause(s, at) else (0, "")

    def _local_head(self, s: Sentence, end: int) -> tuple[str, str, EntityType] | None:
        """ "홍길동 경산시장은": the city (경산시) and its head's title (시장) written glued after a name.  The
        place must be a proper noun (with its rank: "부산광역시") or one word Kiwi does not split: "전통시장",
        "주식시장" (a common noun, then 시장) and "중국시장" (a country's market) are markets, not mayors."""
        m = _LOCAL_HEAD.match(s.text, end - s.start)
        if m is None or m.group("p") in self.lex.countries:
            return None
        a, b = s.start + m.start("p"), s.start + m.end("p")
        if any(t.tag != "NNP" and t.form not in _CITY_RANKS for t in s.tokens if a <= t.start and t.end <= b):
            return None
        org = m.group("o")
        return org, org[-1] + s.text[m.end("o") : m.end()], EntityType.GOVERNMENT_AGENCY

    def short_references(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """ "구 대표", "리 부사장", "유씨": a surname or last name plus a title or 씨 after the full name; the title
        may be the end of the person's own ("이민형 선임연구위원" … "이 위원")."""
        people = [m for m in mentions if m.type is EntityType.PERSON and not m.refers_to]
        if not people:
            return []
        out = []
        patterns = [self._reference]
        own_tails = {p.title[k:] for p in people for k in range(1, len(p.title) - 1)}
        if tails := sorted((t for t in own_tails if not self.title.fullmatch(t)), key=len, reverse=True):
            patterns.append(_reference_pattern("|".join(map(re.escape, tails)), honorific=False))
        for s in sentences:
            for m in (m for pattern in patterns for m in pattern.finditer(s.text)):
                short, start, title = m.group(1), s.start + m.start(1), m.group(3) or ""
                named = [
                    p
                    for p in people
                    if p.end <= start  # a reference comes after the full name, never inside it ("젠슨 황 CEO")
                    and not (title and not self.title.fullmatch(title) and not p.title.endswith(title))
                    and _shortened_to(p.text, short)
                ]
                # "정은호 회장의 장남 정민재 부사장 … 정 부사장은": of two people sharing a surname, the one with that title
                p = next((p for p in named if title and p.title == title), named[0] if named else None)
                if p is not None:
                    out.append(
                        Mention(
                            start,
                            start + len(short),
                            short,
                            EntityType.PERSON,
                            "person",
                            s.index,
                            title=title,
                            refers_to=p.text,
                            former=m.group(2) is not None,  # "진 전 장관": a title held before
                        )
                    )
        return out + self._last_names_alone(sentences, people, {r.start for r in out})

    def _last_names_alone(self, sentences: list[Sentence], people: list[Mention], taken: set[int]) -> list[Mention]:
        """ "윌리엄 보즈먼 교수는 … 보즈먼은": a foreign person's last name of two syllables or more, alone later
        in the article with a particle or nothing after it, is that person (the tagger reads it as anything)."""
        out = []
        for p in people:
            parts = p.text.split()
            last = parts[-1] if len(parts) > 1 else ""
            if len(last) < 2 or not HANGUL.fullmatch(last) or self.is_korean_name("".join(parts)):
                continue  # "김 철수": a Korean name spaced, whose given name may be a word ("철수를")
            alone = re.compile(
                r"(?<![가-힣A-Za-z·])" + re.escape(last) + r"(?=(?:" + _REFERENCE_PARTICLES + r")?(?![가-힣]))"
            )
            for s in sentences:
                for m in alone.finditer(s.text):
                    start = s.start + m.start()
                    if start >= p.end and start not in taken:
                        taken.add(start)
                        out.append(
                            Mention(
                                start, start + len(last), last, EntityType.PERSON, "person", s.index, refers_to=p.text
                            )
                        )
        return out


def _shortened_to(name: str, short: str) -> bool:
    """ "젠슨 황" -> "황", "김도윤" -> "김": the last name of a spaced name, or the one-syllable surname of an unspaced
    one."""
    parts = name.split()
    return (len(parts) > 1 and parts[-1] == short) or (len(parts) == 1 and name.startswith(short) and len(short) == 1)


# what ends a reference's word ("김 대표가", "유씨는", "김 교수팀은"): a particle or nothing, so "이 위원회는" and
# "씨앗" are none
_AFTER_REFERENCE = r"(?:은|는|이|가|을|를|의|과|와|도|에게|께서|측|이자|으로|로|에|만)?(?![가-힣])"


def _reference_pattern(titles: str, honorific: bool) -> re.Pattern[str]:
    """A surname or last name (group 1), perhaps 전 (group 2), then one of ``titles`` (group 3) ending its word, or
    with ``honorific`` 씨 instead of a title."""
    titled = rf"\s?(전\s)?({titles})(?=(?:연구)?팀?{_AFTER_REFERENCE})"
    return re.compile(
        rf"(?<![가-힣A-Za-z])([가-힣]{{1,2}})(?:{titled}" + (rf"|\s?씨(?={_AFTER_REFERENCE}))" if honorific else ")")
    )


# what may follow a last name used alone: a case or delimiting particle, or 측 ("보즈먼 측")
_REFERENCE_PARTICLES = r"은|는|이|가|을|를|과|와|의|도|에게|에게서|한테|으로|로|만|측"


def attach_orgs(mentions: list[Mention], s: Sentence, lex: Lexicon) -> list[Mention]:
    """A titled person with no organisation after the name takes the one just before it
    ("서울대 공대 최만수 교수", "협회의 이강해 단장", "업스테이지에서는 이활석 CTO"), and the next
    titled people joined to that person by 과/와/, share it ("… 단장과 곽준호 팀장") unless that kind of body
    never gives their title ("누리제약 박서준 상무와 이준호 위원장": the chair is another body's)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        first = (
            m.start
        )  # "누리소프트의 김하나·박민수 공동대표": the organisation before untitled names joined to this one
        while (
            m.type is EntityType.PERSON
            and m.title
            and prev is not None
            and prev.type is EntityType.PERSON
            and not prev.title
            and prev.org is None
            and len(out) > 1
            and _NAMES_JOINED.fullmatch(s.text[prev.end - s.start : first - s.start])
        ):
            first = prev.start
            prev = out[out.index(prev) - 1] if out.index(prev) > 0 else None
        if m.type is EntityType.PERSON and m.title and m.org is None and prev is not None:
            between = s.text[prev.end - s.start : first - s.start]
            if prev.type.is_organization and prev.source != "anaphor" and _ORG_BEFORE_PERSON.fullmatch(between):
                m = replace(m, org=(prev.start, prev.end))
            elif (
                prev.type is EntityType.PERSON
                and prev.org is not None
                and _PERSON_JOIN.fullmatch(between)
                and not _CLAUSE_BREAK.search(between)
                and not any((o.start, o.end) == prev.org and lex.title_never_of(m.title, o.type) for o in out)
            ):
                m = replace(m, org=prev.org)
        out.append(m)
    return out
