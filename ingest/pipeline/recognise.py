"""Stage 3, recognise: entity mentions over the Kiwi morphemes of each sentence.

Sources, from most to least trusted:

* ``registry`` - aliases of well-known organisations (``data/aliases.tsv``);
* ``learned``  - names the article itself introduces with a gloss, "아스라테크(Asratec)";
* ``person``   - a proper noun next to a title: "P ORG T", "ORG P T", "ORG T P", "P 씨"
  (``person_names.PersonFinder``, which also finds later short references);
* ``compound`` - a proper-noun / Latin / registry head plus an organisation
  suffix ("한빛경영연구원", "멜버른대", "카카오 AI 랩"), or a closed common-noun word
  with a strong suffix ("…정책관");
* ``quoted``   - a name in single quotes followed by a particle ("‘이노비즈 테크놀로지스’에");
* ``listed``   - the members of an enumeration closed by 등 or holding a known
  organisation ("A, B, C 등이 참여", "△A △B"), each the noun run before its separator;
* ``anaphor``  - definite descriptions of an organisation ("신설 연구원", "이 회사"),
  resolved later against the discourse;
* ``ner``      - spans of the statistical tagger (``ner.py``), when it is loaded,
  unless they end inside a word or are a field word ("AI");
* ``tech``     - technologies, as the object noun phrase of 연구/개발, where no
  other mention overlaps.

Overlaps are settled persons first, then longest-first, then by that order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Protocol

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.lexicon import EVENT_OR_LAW, Lexicon, RegistryEntry, is_bare_unit
from aigraph.ingest.pipeline.mention import (
    COUNTRY_ARMS,
    HANGUL,
    KIND_DESCRIBED,
    LEGAL_FORM_AFTER_NAME,
    MISREAD_NAME_STARTS,
    NOUNISH,
    PARTICLE_AFTER_NAME,
    PROGRAMME_HEAD,
    REPORTER_NOTES,
    Mention,
    final_prefix,
    overlaps,
)
from aigraph.ingest.pipeline.person_names import PersonFinder, attach_orgs
from aigraph.ingest.pipeline.segment import Sentence, Token

_PRIORITY = {
    "latin": 5,
    "person": 5,
    "registry": 4,
    "learned": 3,
    "quoted": 3,
    "listed": 3,
    "compound": 2,
    "known": 2,
    "legal": 3,
    "anaphor": 1,
    "institution": 1,
    "ner": 0,
    "argument": 0,
}
# nouns of a company's sale written right after its name, without a particle ("누비랩 지분", "누비랩 인수를")
_DEAL_NOUNS = ("지분", "인수", "경영권", "주식", "신주", "구주")
# sources strong enough that the name, once found, is recognised everywhere else in the article
_PROPAGATED = frozenset({"quoted", "listed", "compound", "learned", "legal"})
# A company written with its Korean legal form, before or after the name: "(주)한빛개발", "㈜누리솔루션은",
# "가람테크(주)는", "주식회사 가람테크"; the form alone ("주식회사는") names nothing.
# what a technique or platform is followed by ("딥러닝 기반의 인식 기술"): the tagger's word there is no body
_BASED_ON = re.compile(r"\s?기반(?:의|으로|을|이|한|\s|$)")
_LEGAL_FORMS = ("(주)", "㈜", "(유)", "주식회사", "유한회사")
_LEGAL_FORM = "|".join(re.escape(f) for f in _LEGAL_FORMS)
# a form glued to the word before it is that name's ("에스케이커뮤니케이션(주)로부터"): what follows is no name
_AFTER_LEGAL_FORM = re.compile(rf"(?<![가-힣A-Za-z0-9&.\-])(?:{_LEGAL_FORM})\s?([가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*)")
# a Latin name and its corporate form in Korean text ("DataForge Inc.에 투자했다")
_LATIN_LEGAL_NAME = re.compile(
    r"(?<![A-Za-z0-9&.\-])((?:[A-Z][A-Za-z0-9&\-]*\s){0,3}[A-Z][A-Za-z0-9&\-]*,?\s"
    r"(?:Inc|Corp|Ltd|LLC|Co|GmbH|AG|PLC|Pte|Limited|Corporation|Incorporated)\.?)(?![A-Za-z])"
)
_BEFORE_LEGAL_FORM = re.compile(
    rf"(?<![가-힣A-Za-z0-9&.\-])([가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*)(?={LEGAL_FORM_AFTER_NAME.pattern})"
)
_CASE_PARTICLES = frozenset({"JKS", "JX", "JKB", "JKO", "JC", "JKG"})
# pieces Kiwi makes of a coined name it does not know ("한결/MAG 소프트/NNG"); one of them must be a misread
# first syllable (MISREAD_NAME_STARTS), which no real compound of known nouns has before its last noun
_MISREAD_PIECES = frozenset({"NNG", "NNP", "NNB", "MAG", "MM", "XPN", "XR"})
_MISREAD_VERB = frozenset({"VV", "VA"})  # "다온전자" read "다/MAG 오/VV ᆫ/ETM 전자/NNG"
_ENUMERATED = re.compile(r"\s?등(?![가-힣])|\s?등[이을의으에과와]")  # "금융거래 등으로"
_HANGUL_CHAR = re.compile(r"[가-힣]")
_WORD_CHARACTER = re.compile(r"[가-힣A-Za-z0-9&]")
# "자회사인", "협력사이자": a classifier noun with the copula that makes it describe the name after it
_GLOSS_END = re.compile(r"\([^()]*\)$")
_COPULA_END = re.compile(r"(?:인|이자|이며|이던|였던|이었던)$")
# offices of a city or district, named after it: "기장경찰서", "중부소방서", "수원지검"
_LOCAL_OFFICE = re.compile(r"(?:경찰서|소방서|지법|지검|지청|세무서|교육청|소방본부|경찰청|지방법원|지방검찰청)$")
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))([가-힣]{2,3}) $")
# the next part of an address after a city, county or province: "대구시 동구", "순창군 순창읍"
_ADDRESS_NEXT = re.compile(r" [가-힣]{1,6}(?:시|군|구|동|읍|면|리)(?:[은는이가을를의에도]|에서)?(?![가-힣])")
_MEDIA_ROLES = ("기자", "특파원", "앵커", "논설위원", "칼럼니스트")  # a paper's people, not in titles.txt
_PARTICLES_ONLY = re.compile(r"(?:에게|에서|으로|은|는|이|가|을|를|의|과|와|도|로|께서|과의|와의)*[,.]?")
_LOCAL_GOVERNMENT = re.compile(r"[가-힣]{1,4}(?:시|군|구)")  # "울진군", "서초구": named after their place
# a gloss naming the head of the local government before it: "경기 양평군(군수 P)" is the county's office, no address
# a city or province acting ("경기도는", "인천시와", "전라남도가"), before a particle making it an argument
# institution words naming a kind of body found in any country, not the country's own one ("미국 정부" is)
_OF_ANY_COUNTRY = frozenset(
    {"기업", "회사", "기관", "업계", "학계", "연구진", "연구팀", "펀드", "병원", "팹리스", "파운드리"}
)
_LOCAL_BODY = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>(?P<stem>[가-힣]{2,4}?)(?:특별자치시|특별자치도|특별시|광역시|시|도))"
    r"(?=(?:은|는|이|가|와|과|의|를|을|로부터|도|측|및)(?![가-힣])|\s및\s)"
)
_PROVINCE = re.compile(r"(?:경상|전라|충청)(?:남|북)도|강원도|제주도|(?:강원|전북|제주)특별자치도")
_SCRIPT_PIECE = re.compile(r"[A-Za-z&]+|[가-힣]+")  # "IT서비스" -> "IT", "서비스"
_HEAD_GLOSS = re.compile(r"\((?:시장|군수|구청장|도지사)\s")
_ADDRESS_PART = re.compile(r"(?:동|읍|면|리|로|길)$")  # "대광리", "세종로": the next part of an address
# words that pick any one or every one of a kind: "인근 초등학교", "모든 지방경찰청", "한 병원"
_ANY_OF_A_KIND = re.compile(r"(?:^|[\s,(])(?:인근|모든|각|한|해당|일부|여러|다른|같은|이웃|전국) $")
_LATIN_BOUGHT = re.compile(r"(?:을|를)\s(?:\S+\s)?(?:인수|매입|사들)|\s(?:인수|지분)")
_MONEY_TO_THING = re.compile(r"에\s*(?:\d|(?:지분\s?|시드\s?|후속\s?)?(?:투자|출자)(?:했|한|하|를|해))")
# Latin words with a lowercase word other than a name's joiners: a title or a phrase ("Stem-piped light
# activates phytochrome B", "Family and Her Possible Kinship with Genghis Khan"), not a body's name
_LATIN_PHRASE = re.compile(
    r"(?=[ -~]*\b(?!(?:of|and|for|the|de|du|la|von|van|der|und|et|y)\b)[a-z]+\b)[A-Za-z][ -~]*\s[ -~]*"
)
_AMOUNT_FIRST = re.compile(r"\d[\d,.]*\s?(?:천|만|억|조)")  # "800만스웨덴크로나": an amount, no body
# a ministry, office or agency written as one word of common nouns ("보건복지부", "식품의약품안전처",
# "국세청"): a name even in a list closed by 등 (``org_suffixes.tsv`` leaves the one-syllable heads out)
_MINISTRY = re.compile(r"[가-힣]{2,}(?:부|처|청)")
# a hyphen or digits written onto a name make a model or product code ("MS-01", "LG-3", "KT200")
_MODEL_NUMBER = re.compile(r"-?[0-9]")
_AMPERSAND_GOES_ON = re.compile(r"&[A-Za-z0-9]")  # "KT&G", "AT&T": a Latin name that runs on past a shorter one
_MODEL_CODE = re.compile(r"[A-Za-z]+-?[0-9][A-Za-z0-9-]*")
_SURNAME_GAP = re.compile(r" (?:전 )?")  # "박 대통령", "박 전 차관"
# what the spelled-out name of a public body ends in ("미국항공우주국", "방위사업청", "세계보건기구"); single
# syllables org_suffixes.tsv leaves out because, glued to any word, they would mark too much
_PUBLIC_BODY_ENDINGS = ("국", "청", "처", "부", "원", "기구", "기관")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# a funding round ("시리즈B", "시리즈A 브릿지", "프리A", "Pre-A", "프리IPO", "시드"): the stage of a company's funding,
# never the name of an organisation, though written where one stands ("시리즈B에서 120억원을 유치했다")
_ROUND = (
    r"(?:(?:프리|[Pp]re)[-\s]?)?(?:시리즈|[Ss]eries)\s?[A-Fa-f]\d?(?:\s?(?:브릿지|브리지|익스텐션|[Bb]ridge|플러스|\+))?"
    r"|(?:프리|[Pp]re)[-\s]?(?:[A-F]\d?|IPO|시드|[Ss]eed)|시드|[Ss]eed"
)
_ROUND_WORD = re.compile(
    rf"(?:{_ROUND})(?:\s?(?:라운드|투자|펀딩|단계))?|라운드"
)  # "Series A 라운드": the word alone too
# "의 시리즈B", "의 프리A", "의 시드": a company's round written after it with 의
_ROUND_OF_NAME = re.compile(rf"(?<=\S)의\s?(?:{_ROUND})$")
# "루멘AI", "다온X", "AI책임자": Hangul glued to capital Latin letters in one word is a coined name or a
# term, never a person's
_LATIN_GLUED_TO_HANGUL = re.compile(r"[가-힣]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*[가-힣]+")
_HANGUL_GLOSS = re.compile(r"\(\s*([가-힣 ]{2,})\s*\)")
_GLOSS = re.compile(r"([가-힣A-Za-z0-9&]+)\(\s*(?:이하\s*)?([^()]{2,40}?)\s*\)")
# "컨소시엄에는" written alone: the alliance the article named before (resolved in ko_clause)
_ALLIANCE_ANAPHOR = re.compile(
    r"(?<![가-힣A-Za-z0-9'’‘])(컨소시엄|얼라이언스|원팀|협의체)(?=에는|에|은|는|이|가|의|엔|도)"
)
# a sentence opening on "시는", "도는" (after an adverb at most: "대신 시는"): the city or province written about
_LOCAL_ANAPHOR = re.compile(r"^\s*(?:[가-힣]+\s)?(시|도)(?=(?:는|가)\s)")
_ANAPHOR = re.compile(
    r"(?:신설(?:된)?|새로운|새|신규|해당|동)\s*(연구원|연구소|랩|법인|회사|조직|기업|재단|펀드|스타트업)"
    r"|이\s+(회사|연구소|기업|법인|업체|대학|스타트업)"
    # a sentence opening on "회사는", "회사 측은", "同社는" ("동사는"), "연구소는", "재단은": the organisation written about
    r"|^\s*(同社|동사|회사|연구소|재단|법인)(?:\s?측)?(?=(?:는|가|도|은|이)\s)"
)


def _without_classifiers(s: Sentence, selected: list[Mention]) -> list[Mention]:
    """ "신설법인 사피온코리아를 설립한다", "신설 법인 '비전아이랩'을": a description written right before a name
    classifies it; it refers back to no organisation."""
    named = {m.start for m in selected if m.type.is_organization and m.source != "anaphor"}

    def classifies(m: Mention) -> bool:
        rest = s.text[m.end - s.start :]
        gap = len(rest) - len(rest.lstrip(" '‘\"“"))
        return m.source == "anaphor" and gap > 0 and m.end + gap in named

    def describes(m: Mention) -> bool:  # "세운 로보틱스 기업 무브원", "AI 컨택센터 전문기업 콜브릿지": a business
        kind = _KIND_BEFORE_NAME.match(s.text, m.end - s.start)
        return m.source != "registry" and kind is not None and s.start + kind.end() in named

    return [m for m in selected if not classifies(m) and not describes(m)]


# "기업 ", "전문기업 '": the kind of company written after a business and right before the company's name
_KIND_BEFORE_NAME = re.compile(r"\s(?:전문\s?)?(?:기업|회사|업체|스타트업)\s['‘\"“]?")


# the head of a unit, glued to the unit's name: "클라우드사업부문장", "AI센터장", "전략기획실장"
_UNIT_HEAD_TITLE = re.compile(r"(?:부문장|본부장|사업부장|센터장|연구소장|실장|팀장|그룹장|단장)$")
# a local government's head by title glued to the place: "창원시장", "경남지사", "해남군수"
_LOCAL_HEAD_TITLE = re.compile(r"([가-힣]{2,4}?)(?:시장|군수|구청장|도지사|지사|교육감)")
_EDGE_PUNCT = " \t'\"‘’“”「」『』<>《》〈〉[](),.·"
# A research subject: the object noun phrase of 연구/개발 ("차세대 음성 인식 기술을 연구한다").
_TECHNOLOGY = re.compile(
    r"((?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣A-Za-z0-9]*(?:기술|기법|모델|알고리즘|플랫폼|소재|신약|치료제))(?:을|를)\s*(?:연구|개발)"
)
# the noun phrase (up to three words) joined by 와/과 right before a technology phrase
_JOINED_BEFORE = re.compile(r"((?:[가-힣A-Za-z0-9]+\s){0,2}[가-힣A-Za-z0-9]+)(?:와|과)\s$")
# the next written word or two after a position: "박성진 교수가", "교수는"
_WORDS_AFTER = re.compile(r"\s(?:[가-힣]{2,4}\s)?(?P<title>\S+)")
# words that lean on the noun before them ("AI 기반", "고객 중심", "데이터 활용"): no phrase starts with one
_LEANS_ON_BEFORE = frozenset({"기반", "중심", "활용", "연계", "맞춤", "맞춤형", "전용", "특화"})
_NOT_TECH_WORDS = frozenset(
    {"등", "및", "기존", "최신", "새로운", "다양한", "관련", "각종", "핵심", "이", "그", "이런", "이러한", "해당"}
)
_ALLIANCE = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:(?P<pre>[가-힣A-Za-z0-9\-]{2,12}) )?([가-힣A-Za-z0-9\-]{2,12}) (컨소시엄|얼라이언스|원팀|동맹|협의체|연합체)(?=[^가-힣A-Za-z0-9]|$|[은는이가을를에와과의도엔로])"
)
# Bodies named by what they do, one or two words before their head noun: a company's business
# unit ("낸드 사업 부문", "파운드리 사업부", a division by its code: "삼성전자 DX부문"), a fund ("AI 투자펀드",
# "반도체 펀드"), a group of members whose first word is descriptive ("초거대 AI 컨소시엄").
_NAMED_BODY = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<head>(?:[가-힣A-Za-z0-9\-]{1,12} )?[가-힣A-Za-z0-9\-]{1,12}?) ?"
    r"(?P<noun>사업\s?부문|사업부|(?P<code>[A-Z]{2,4})부문|(?:투자|벤처|모태|성장)?펀드|컨소시엄)"
    r"(?=[^가-힣A-Za-z0-9]|$|[은는이가을를에와과의도엔로])"
)
# "나무기술의 자회사 칵테일클라우드": one written word owning the subsidiary or affiliate named next
_OWNER_OF_AFFILIATE = re.compile(
    r"(?:^|(?<=[\s(\"'“‘]))([가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]{2,14})의\s(?:손자회사|자회사|계열사)(?:인|이자)?\s(?=[가-힣A-Za-z])"
)
_TOPIC_WORD = re.compile(r"\s*([가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]{1,14}?)(?:은|는)\s")
# the same word as the sentence's subject ("우아한형제들이 가람에 투자했다"), else after the relative clause that
# describes it ("배달의민족을 운영하는 우아한형제들은")
_SUBJECT_WORDS = (
    re.compile(r"\s*([가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]{1,14}?)(?:은|는|이|가)\s"),
    re.compile(
        r"\s*(?:[^\s.,]+\s){0,3}?[^\s.,]+(?:하는|한)\s([가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]{1,14}?)(?:은|는|이|가)\s"
    ),
)
# a word written as the topic or subject of a sentence (or a headline's "X, …"), perhaps after a description ending
# in a classifier ("AI 스타트업 X가") and with a note in parentheses ("X(대표 홍길동)은")
_TOPIC_NAME = re.compile(
    r"['‘\"“]?([가-힣A-Za-z][가-힣A-Za-z0-9&\-]{1,14}?)['’\"”]?(?:\([^()]{1,30}\))?(?:은|는|이|가|,)\s"
)
# money received: "투자를 유치했다", "투자받았다", "시리즈B 유치", "30억원을 유치", "자금을 조달", "펀딩에 성공"
_FUNDS_RECEIVED = re.compile(
    r"(?:투자|펀딩|시리즈\s?[A-F]\d?|프리\s?A|시드|라운드|자금)\S{0,3}\s?(?:유치|받았|받아|받는|받으|받고|받은|조달|"
    r"마무리|마감|성공)|투자받|[조억만천]\s?(?:원|달러)?\S{0,2}\s(?:\S+\s)?(?:유치|조달)"
)
# the linking words of Arabic and Vietnamese names as Korean writes them ("알", "빈", "티", "반"), and the word after one
_NAME_LINKS = frozenset({"알", "엘", "빈", "이븐", "티", "반"})
_NEXT_WORD = re.compile(r"\s([가-힣]{1,4})(?=[은는이가을를의와과도]?[\s,.]|$)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'“‘]))([가-힣]{2,5})\s$")  # the word written right before a name
_COUNTED_KIND = re.compile(r"\s\d+\s?(?:곳|개사|개\s?기관|개\s?기업|개|명)")
# money put into a named recipient ("링고웨어에 50억원을 투자했다") and a company bought ("링고웨어를 인수했다"):
# the sentence's topic is the investor or the buyer
_FUNDS_GIVEN = re.compile(
    r"(?:에|에게)\s(?:\S+\s){0,2}?(?:\S*[조억만천]\s?(?:원|달러|유로|엔)\S{0,2}\s(?:\S+\s)?)?(?:투자|출자)"
    r"(?:했|하였|한다|해|하며|하고|하기로|키로)"
)
_BUYS = re.compile(r"(?:을|를)\s(?:\S+\s){0,2}?인수(?:했|하였|한다|해|하며|하고|하기로|키로)")
# a kind of body written alone ("AI 연구소를 세웠다" read as "연구소", "센터에 지원"): it names no one body, and
# as a node it would join every article's 연구소 (what it refers to is the relation rules' to find)
_BARE_KINDS = frozenset(
    {
        "연구원",
        "연구소",
        "연구센터",
        "연구단",
        "연구실",
        "센터",
        "재단",
        "펀드",
        "랩",
        "법인",
        "합작법인",
        "사업단",
        "추진단",
    }
    | {"협의체", "컨소시엄", "얼라이언스", "연합", "동맹", "원팀", "자회사", "계열사"}
    | {
        "클러스터",
        "단지",
        "캠퍼스",
        "공장",
        "데이터센터",
        "허브",
        "거점",
    }  # sites: "용인 반도체 클러스터에" read as 클러스터
)
_NAMING_SOURCES = frozenset({"registry", "known", "institution", "anaphor"})
_PHRASE_TAGS = frozenset({"XR", "XSA", "VV", "VA", "ETM"})  # a verb or adjective inside one written word
# time words and the sentence adverbs news writes before a name ("이후 시카고 파이어", "5년 동안 쿤산시에"):
# they belong to the verb, never to the name
_TIME_WORDS = frozenset(
    {"최근", "올해", "지난해", "작년", "현재", "당시", "이번", "이날", "오늘", "내년", "앞서", "향후"}
    | {"지난달", "이달", "지난주", "이번주", "다음달", "연초", "연말", "상반기", "하반기"}
    | {"이후", "동안", "그동안", "한편", "또한", "특히", "아울러", "이어", "이미"}
)
# the middle dots that join fields or names in one written word ("컴퓨터과학·인공지능연구소")
# what Kiwi may split off the start of a name written as one word: a prefix, a determiner, an adjective and its
# adnominal ending
_GLUED_NAME_PART = ("XPN", "MM", "VA", "XSA", "ETM")
_MIDDLE_DOTS = ("·", "ㆍ", "•")
# kinds of body written alone after the name of the person they are named for ("현대차 정몽구 재단")
_NAMED_FOR_A_PERSON = {"재단", "장학재단", "장학회", "기념사업회"}
_WHOLE_WORD_SUFFIXES = frozenset(
    {"전자", "화학", "제약", "증권", "소프트", "중공업", "건설", "바이오", "디스플레이", "테크", "랩스", "로보틱스"}
)
# a company's unit for one country, written after its name ("구글 코리아", "아마존재팬"): a company of
# its own, not its parent (also organisation suffixes in ``org_suffixes.tsv``)
_REGIONAL_UNITS = ("코리아", "차이나", "재팬", "저팬", "아메리카")
# a body's meetings and proceedings written after its name ("누리랩스 이사회", "전기위원회 심의"): they act for it,
# no body of their own, and the name is the body's
_MEETINGS = frozenset(
    {"이사회", "주주총회", "임시주주총회", "정기주주총회", "주총", "임시주총", "전체회의", "본회의", "심의", "의결"}
)
# what a word ending so names is an act, an offence or an illness, never a body ("국가보안법위반", "구속기소",
# "성폭력범죄", "이의신청", "중동호흡기증후군", "촛불시위"): the tagger reads such words as organisations
_ACT_ENDINGS = ("위반", "범죄", "기소", "신청", "증후군", "시위", "혐의")
# the parliament, written before its committees' names ("국회 과학기술정보방송통신위원회"): part of them
# what stands between a person's name and the organisation of the title after it: "P 구글 연구원", "P 전 구글 연구원"
_BEFORE_EMPLOYER = re.compile(r"\s?(?:[전현前現]\s)?")
_PARLIAMENT = "국회"
# words listed with the countries that name no state ("국내 정부", "글로벌 경찰")
_LATIN_THEN_PARTICLE = re.compile(r"[A-Za-z]((?:은|는|이|가|을|를|의|와|과|도|에게|로|으로))$")
_NOT_COUNTRIES = frozenset({"국내", "해외", "글로벌", "유럽", "북미"})
_NOT_BODY_WORDS = frozenset(
    {
        "이",
        "그",
        "해당",
        "동",
        "전체",
        "관련",
        "기존",
        "신규",
        "각",
        "이번",
        "새",
        "전용",
        "주력",
        "핵심",
        "일부",
        "모든",
        "별도",
        "전담",
        "공동",
        "자체",
        "대형",
        "소형",
        "규모",  # "500억원 규모 펀드": the fund's size, not its name
        # what a consortium is for or who is in it: "투자 컨소시엄", "인수 컨소시엄", "산학연 협의체" describe one
        "투자",
        "인수",
        "입찰",
        "민관",
        "민간",
        "산학",
        "산학연",
        "협력",
        "사업",
        "연구",
        # a consortium told by where it stands in a contest: "경쟁 컨소시엄", "상대 컨소시엄"
        "경쟁",
        "상대",
        "대항",
        "다른",
    }
)


# what follows a service written as the medium of a post rather than as a company (``platforms.txt``):
# a word for what is on it ("페이스북 글", "유튜브 채널"), "를 통해", "를 (가장 많이) 이용", or a place or
# means particle with a posting or viewing word soon after ("인스타그램에 올린", "유튜브에서 조회수 …")
_MEDIUM_NOUN = re.compile(
    r"\)?\s?(?:글|계정|페이지|게시물|게시글|내용|채널|영상|라이브|댓글|메시지|피드)(?:[은는이가을를에의도]|(?![가-힣]))"
    r"|\)?\s?[을를]\s?통해"
    r"|\)?[을를]\s(?:[가-힣]+\s){0,2}(?:이용|사용)"
)
_MEDIUM_PARTICLE = re.compile(r"\)?(?:에서는|에서|에는|에도|에|으로|로)(?![가-힣])")
_POSTED = re.compile(
    r"올리|올린|올렸|올라|올려|게시|게재|공개|남긴|남겼|업로드|전했|전한|알렸|밝혔|생중계|조회|해시태그"
)
# a word for the surroundings of a building or body written after it: the name is where something
# happens ("한빛대 인근 도로", "본관 앞에서"), a place, not an organisation (KLUE-NER even news marks all
# 22 such names places); "앞으로" (addressed to it) is not one of them
_SURROUNDINGS = re.compile(r" (?:인근|주변|근처|일대|부근|맞은편|건너편|앞)(?:에서|에는|에도|에|의|[ ,.]|$)")
# the written word after a name, without its particle: "총학생회의" -> "총학생회", "보위부측에" -> "보위부"
_UNIT_WORD = re.compile(
    r" ([가-힣A-Za-z0-9]+?)(?:측)?(?:에서는|에서|에게|으로|로|이|가|은|는|을|를|의|에|와|과|도|만)?(?=[\s,.·()'\"’”]|$)"
)
_COURT = re.compile(r"(?:법원|지법|지검|검찰청|지청)$")
_DIVISION = re.compile(
    r"(?:형사|민사|행정|가사|특허)?(?:합의)?\d+(?:부|단독)|[가-힣]{1,4}지원"
)  # "형사14부", "평택지원"
_STRUCTURE_WORD = re.compile(r"\s(?:산하|소속|부설|계열|자회사|직속)\s")  # "과기정통부 산하 X" is two organisations
_WORD_REST = re.compile(r"[^\s,.·()\[\]'‘’\"“”]*")
_PARTICLES = re.compile(
    r"(?:에서는|에서|에게|으로부터|로부터|부터|으로|로|이|가|은|는|을|를|의|에|와|과|도|엔|만|까지)+|(?:이)?(?:다|며)"
)  # particles after a name, or the copula ending a sentence on it ("… 서울대다")
_GLUED_HEADS = frozenset({"장", "행장", "총장", "총재"})  # a body's head written glued to it: "누리은행장"
_HEADED_BODIES = frozenset({EntityType.COMPANY, EntityType.BUSINESS_GROUP, EntityType.UNIVERSITY, EntityType.INVESTOR})
# a committee written short, "위원회" cut to "위" ("혁신위", "정무위", "방송심의위", "법제사법위"): one written word of
# nouns and its particle; the common nouns ending alike ("행위", "시위", "범위") are in suffix_exceptions.txt
_COMMITTEE = re.compile(
    r"(?<![가-힣A-Za-z0-9&])([가-힣]{2,10}위)(?=(?:은|는|이|가|을|를|의|과|와|도|에서|에게|에는|에|으로|로|측)?(?![가-힣A-Za-z0-9&]))"
)
# an organisation's other name in parentheses right after it: "(해안연)", "(이하 가람엔터)", "(이하 'SGH')"
_SHORT_FORM = re.compile(
    r"\(\s*(?:이하\s*)?['‘\"“]?([^()'‘’\"“”,]{2,20}?)['’\"”]?\s*\)"
    r"(?=(?:은|는|이|가|을|를|의|과|와|도|에서|에게|에는|에|으로|로|측)?(?![가-힣A-Za-z0-9]))"
)  # not a gloss inside the name: "한빛동방(東方)공사"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.\- ]{1,19}")
_HANJA = re.compile(r"[\u4e00-\u9fff]{2,10}")
# the subject opening a sentence, after its date: "25일 한빛투데이는", "이날 NHK는"; and the verb of reporting
_REPORTER = re.compile(
    r"\s*(?:(?:지난\s)?\d{1,2}일(?:\s?\(현지\s?시[각간]\))?\s|이날\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}?)(?:은|는|이|가)\s"
)
# what kind of source, not which
_OUTLET_KINDS = frozenset({"외신", "방송", "통신", "현지", "보도", "소식통", "관계자"})
_SUBJECT = re.compile(r"\S(?:이|가|은|는)\s")
_REPORTED = re.compile(r"보도했|보도하였|보도한 바")
# the outlet named after what it reported, closing the sentence: "…했다고 한빛넷이 16일 보도했다", "…라고 누리일보는
# 전했다"; a country before it is no part of the name ("…다고 중국 누리넷이 보도했다")
_ATTRIBUTED = re.compile(
    r"(?:[다라]고|며)\s(?:([가-힣]{2,6})\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}?)(?:은|는|이|가)\s"
    r"(?:(?:지난\s)?\d{1,2}일(?:\s?\(현지\s?시[각간]\))?\s|이날\s)?(?:보도|전)(?:했|하였)"
)
# a space, then a capital-letter word closed by a particle, a bracket or punctuation ("SK C&C는", "KT DS(")
_GROUP_LATIN_NAME = re.compile(
    r" ([A-Z][A-Z0-9&]{1,5})(?=(?:은|는|이|가|을|를|과|와|의|에|도|로|으로|에서|측)?(?:[\s,.()'\"’”]|$))"
)
# words standing for a person already named ("고인은", "그는"): no organisation's name
_PERSON_WORDS = frozenset({"고인", "그", "그녀", "본인", "당사자", "유족", "부친", "모친"})
_FIELD_SUFFIXES = frozenset({"통신", "바이오", "에너지", "반도체", "모빌리티", "헬스케어", "로보틱스", "소프트웨어"})
_FIELD_NOUN_AFTER = re.compile(r"\s(?:기술|분야|산업|시장|솔루션|서비스|장비)(?:[을를이가은는의에도]|\s|$)")
# "영상의학과 출신", "전자공학과 교수": 과 closing a department's name, no conjunction
_DEPARTMENT_OF = re.compile(r"\s(?:출신|교수|부교수|조교수|졸업|학생|박사|석사|학사|전공|재학|동문|학과장|과장)")
_TRAILING_PARTICLE = re.compile(r"(?:에서는|에서|에게|으로|로|이|가|은|는|을|를|의|에|와|과|도|엔|만|까지|부터)$")


def _known_word_ends(tokens: list[Token], particle: int, end: int) -> bool:
    """A noun in Kiwi's dictionary runs over what looks like a particle to the end ("카카오페이": 이 is the
    name's own syllable; "전자공학과": 과 ends the department's noun)."""
    return any(t.tag in ("NNP", "NNG") and not t.unknown and t.start < particle and t.end == end for t in tokens)


def _inner_prefix(tokens: tuple[Token, ...], k: int, word_start: int) -> bool:
    """A token Kiwi read as a prefix (XPN) after a noun of the same written word: part of a name, not a break."""
    return tokens[k].tag == "XPN" and k > word_start and tokens[k - 1].tag in NOUNISH


def _enumerations(tokens: tuple[Token, ...]) -> list[tuple[list[list[Token]], bool]]:
    """Runs of noun phrases joined by ``,`` ``·`` 및 와/과 △: (members, closed by 등).

    A member is the noun run right before its separator.  A relative clause before a
    member ("김 회장이 이끄는 B,") is skipped: the particle inside it is undone by
    the ending (ETM) that follows.  A particle that is not undone ends the list.
    Parenthesised text is read as its own list ("계열사(농협은행·NH투자증권)").
    """
    out: list[tuple[list[list[Token]], bool]] = []
    pending: list[list[Token]] = []
    run: list[Token] = []
    tentative = False  # the last member was followed by a particle: the list ends there unless an ETM undoes it
    depth, inner = 0, list[Token]()

    def close(closed: bool) -> None:
        nonlocal pending, run, tentative
        if len(pending) >= 2 and (closed or tentative):
            out.append((pending, closed))
        pending, run, tentative = [], [], False

    for k, t in enumerate((*tokens, Token("", "EF", 10**9, 10**9))):
        if t.tag.startswith("SS") and t.form in "()":
            if t.form == "(":
                depth += 1
            elif depth:
                depth -= 1
                if not depth:
                    out += [(items, True) for items, _ in _enumerations(tuple(inner))]
                    inner = []
            continue
        if depth:
            inner.append(t)
            continue
        if t.tag.startswith("SS"):
            continue  # quotes around a member
        glued_head = (
            t.tag in ("MAG", "MM")
            and k + 1 < len(tokens)
            and tokens[k + 1].start == t.end
            and tokens[k + 1].tag in ("SL", "NNP")
        )
        # "산세/NNG 이/VCP 테크놀로지": a copula with no ending after it is the last syllable of a name Kiwi misread
        misread_copula = (
            t.tag == "VCP"
            and run
            and run[-1].end == t.start
            and not (k + 1 < len(tokens) and tokens[k + 1].start == t.end and tokens[k + 1].tag.startswith("E"))
        )
        if (t.tag in NOUNISH or glued_head or misread_copula) and t.form != "등":
            run = run + [t] if run and t.start - run[-1].end <= 1 else [t]
            continue
        if t.form in (",", "·", "，", "및", "△", "▲", "■") or (t.tag == "JC" and t.form in ("와", "과")):
            if run and tentative:
                close(False)  # "A, B가 C, D에": the first list ended at its particle
            if run:
                pending.append(run)
            elif t.form not in ("△", "▲", "■"):
                pending, tentative = [], False
            run = []
            continue
        if t.form == "등":
            if run:
                pending.append(run)
            close(True)
            continue
        if t.tag == "ETM":
            if tentative and pending:
                pending.pop()  # the particle belonged to a relative clause
                tentative = False
            run = []
            continue
        if t.tag.startswith("J") or t.tag == "VCP":  # "참여 기관은 A, B, C다": the copula ends the list too
            if run and pending and not tentative:
                pending.append(run)
                tentative = True
            run = []
            continue
        if t.tag in ("EF", "EC", "SF"):
            close(False)
            continue
        run = []
    return out


# the copula right after a word: "…합작법인이다", "…자회사다", "…기업이며"
_COPULA_AFTER = re.compile(r"(?:이)?(?:다|며|고|었|였|라는|란)(?=[\s.,]|$)")
_COUNT_WORDS = frozenset({"사", "개사", "곳", "개", "기관", "기업", "대학", "업체", "회사"})
# what names a list's members as organisations: the role they take before it ("참여 기관은 A, B, C다",
# "공동연구기관으로는 A, B가"), or after it the alliance they form or join ("A·B·C가 컨소시엄을 구성",
# "A, B가 공동연구기관으로 참여", "A와 B가 새로 합류했다")
_ORG_ROLE = r"(?:참여|주관|수행|공동\s?연구|협력|참가|회원|파트너)\s?(?:기관|기업|업체|대학|회사|사업자|사)"
_ORG_LIST_BEFORE = re.compile(rf"{_ORG_ROLE}(?:들)?(?:은|는|으로는|로는)\s$")
_ORG_LIST_AFTER = re.compile(
    r"(?:이|가|은|는|도)\s(?:(?:공동으로|공동|함께|새로|각각)\s)?"
    rf"(?:['‘]?(?:[^\s,.'‘’]+\s){{0,2}}(?:컨소시엄|얼라이언스|연합체|협의체)['’]?(?:을|를|에|으로|로)\s|{_ORG_ROLE}(?:으로|로)\s"
    r"|(?:참여|참가|합류|동참)(?:했|한다|하며|하고|하는|해|한\s))"
)
_DEFINED = re.compile(
    r"(?:[^\s()'‘’\"“”,]+ ){1,4}[^\s()'‘’\"“”,]+\(\s*이하\s*['‘\"“]?(?P<abbr>[^()'’\"”]{1,20}?)['’\"”]?\s*\)"
)
# a note closing a quoted name: "(가칭)", or its spelling as a Latin name ("'베어로보틱스(Bear Robotics)'"; not a
# common word's gloss, "'루트-브레인(root-brain)' 가설")
_PROVISIONAL = re.compile(r"\s*\((?:" + "|".join(sorted(REPORTER_NOTES)) + r"|[A-Z][A-Za-z0-9 .,&\-]*)\)\s*$")
_BODY_KIND = r"(?:조직|부서|법인)"  # the kind of body a quoted name is given ("'AI칩개발실' 조직을")
# a quoted name before its particle, before the stake or control bought in it ("'Y' 지분 전량을"), or before the
# kind of body or programme it names ("'AI칩개발실' 조직을 신설", "'AI 반도체 팜' 사업에는")
_QUOTED = re.compile(
    r"[‘'](?P<n>[^‘’'\n]{2,40}?)[’'](?=\s*(?:\(|등|엔|[은는이가을를에와과의도로,·])|\s(?:지분|경영권|주식)[\s을를]|\s(?:지분|주식)\d|\s"
    + _BODY_KIND
    + r"[을를이가은는의\s]|\s"
    + PROGRAMME_HEAD
    + r"(?:에는|에|은|는|의)\s"
    # "'X 사업단' (초대) 단장에": the head's post of the quoted body after it
    + r"|\s(?:초대\s|신임\s|차기\s)?[가-힣]{1,5}장(?:에|으로|로|을|를|이|가|은|는)\s)"
)
# what a quoted name is described by before it: the company's making ("분사한 '딥엑스칩'", "창업한 '뉴로링크'")
_MADE_BEFORE = frozenset({"분사한", "설립한", "창업한", "세운", "출범한", "창립한", "독립한"})
# the programme a quoted name is the name of, as a place or topic ("'AI 반도체 팜' 사업에는 A가 참여한다")
_PROGRAMME_AFTER = re.compile(r"\s" + PROGRAMME_HEAD + r"(?:에는|에|은|는)\s")
# what a quoted object is made by: "'시큐어클라우드'를 신설한다" names the body set up
_FOUNDED_AFTER = re.compile(
    r"(?:\s" + _BODY_KIND + r")?[을를]\s(?:새로\s|별도로\s)?(?:신설|설립|출범시|세웠|세운|세우|만들|꾸렸|꾸린)"
)


class Tagger(Protocol):
    """Statistical span tagger: (start, end, "OG" | "PS") over a sentence."""

    def spans(self, sentence: Sentence) -> list[tuple[int, int, str]]: ...

    def known_kind(self, name: str) -> str | None:
        """The kind ("OG", "PS", "LC") the tagger's name dictionary gives a name, if any."""
        ...


_PARTICLE_WORD = re.compile(r"(?:의|은|는|이|가|을|를|에|에서|와|과|도|로|으로)(?=[\s,.]|$)")


def _glued_particle(text: str, end: int, ends: set[int]) -> bool:
    """Kiwi read a known name and its particle as one proper noun ("엔비디아의"): the name ends
    where only a particle is left of the token."""
    m = _PARTICLE_WORD.match(text, end)
    return m is not None and m.end() in ends


class Recogniser:
    """Finds mentions in an article's sentences; lexicons are indexed once."""

    def __init__(self, lexicon: Lexicon, tagger: Tagger | None = None) -> None:
        self.lex = lexicon
        self.tagger = tagger
        self._aliases: dict[str, list[tuple[str, RegistryEntry]]] = defaultdict(list)
        for entry in lexicon.registry:
            for name in entry.names:
                for variant in {name, name.replace(" ", "")}:
                    self._aliases[variant[0].lower()].append((variant.lower(), entry))
        for bucket in self._aliases.values():
            bucket.sort(key=lambda item: -len(item[0]))
        self.people = PersonFinder(lexicon)
        self._generic_endings = tuple(sorted((g for g in lexicon.generic_orgs if len(g) > 1), key=len, reverse=True))
        known = sorted((n for n in lexicon.known_orgs if len(n) > 1 and not self._is_alias(n)), key=len, reverse=True)
        self._known_names = re.compile(
            r"(?<![가-힣A-Za-z0-9&])(" + "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in known) + ")"
            r"(?=(?:은|는|이|가|을|를|의|과|와|도|에서|에게|에|으로|로|측)?(?![가-힣A-Za-z0-9&]))"
        )

    # ------------------------------------------------------------------ public
    def recognise(self, sentences: list[Sentence]) -> list[Mention]:
        """All mentions of an article, in text order."""
        learned = self.learn_names(sentences)
        mentions: list[Mention] = []
        for sentence in sentences:
            mentions.extend(self.sentence_mentions(sentence, learned))
        mentions = self.people.organisations_read_as_people(mentions + self._propagate(sentences, mentions))
        refs = self.people.short_references(sentences, mentions)
        mentions = [m for m in mentions if not any(overlaps((m.start, m.end), (r.start, r.end)) for r in refs)]
        return sorted(mentions + refs, key=lambda m: m.start)

    def learn_names(self, sentences: list[Sentence]) -> dict[str, str]:
        """Names the article glosses in parentheses: "아스라테크(Asratec)" -> {"아스라테크": "Asratec"}.

        Only a word containing a proper noun (Kiwi NNP) glossed with a capitalised Latin name, or an
        acronym glossed with a Korean body's name ("NSF(국립과학재단)"), counts: "인공지능(AI)",
        "쿼드콥터(quadcopter)" and "EKG(심전도)" teach nothing.
        """
        learned: dict[str, str] = {}
        for s in sentences:
            for m in _GLOSS.finditer(s.text):
                outer, inner = m.group(1), m.group(2)
                a, b = s.start + m.start(1), s.start + m.end(1)
                inside = [t for t in s.tokens if a <= t.start and t.end <= b]
                latin_gloss = bool(re.fullmatch(r"[A-Z][A-Za-z&.\- ]+", inner))
                hangul_gloss = bool(re.fullmatch(r"[가-힣 ]{2,}", inner))
                proper = (
                    latin_gloss and any(t.tag == "NNP" for t in inside) and not self.people.is_korean_name(outer)
                ) or (hangul_gloss and outer.isascii() and len(outer) > 1 and self._names_a_body(inner))
                # "다린 그라함(Darin Graham)": a person's full name spelled out, not an organisation's
                spelled_person = (
                    latin_gloss
                    and len(inner.split()) >= 2
                    and all(w[:1].isupper() for w in inner.split())
                    and bool(re.search(r"[가-힣]+ $", s.text[: m.start(1)]))
                    and self.lex.suffix_of(outer) is None
                )
                if (
                    proper
                    and not spelled_person
                    and not self._names_a_plan(s, m.end())
                    and len(outer) > 1
                    and not outer.endswith(_ACT_ENDINGS)  # "중동호흡기증후군(MERS)": an illness spelled out
                    and outer not in self.lex.generic_heads
                    and inner not in self.lex.generic_heads
                    and not self.people.title.fullmatch(outer)
                ):
                    learned[outer] = inner
        return learned

    def _names_a_plan(self, s: Sentence, end: int) -> bool:
        """ "팁스(TIPS) 프로그램", "아라(ARA) 플랫폼": the glossed name is followed by a word that makes it a
        programme, plan or product (``not_names``), no body's name (sentence offset ``end``)."""
        head = re.match(
            r"\s?([가-힣A-Za-z]+?)(?:에는|에서|에|은|는|이|가|을|를|의|으로|로|도)?(?=[\s.,]|$)", s.text[end:]
        )
        return head is not None and head.group(1) in self.lex.not_names

    def _names_a_body(self, korean: str) -> bool:
        """Whether a Korean name spelled out for an acronym names an organisation: a registry name, or one
        ending in an organisation suffix or a public body's head word (국, 청, 처, 부, 원, 기구)."""
        squashed = korean.replace(" ", "")
        return self.lex.glued_body_type(squashed) is not None or squashed.endswith(_PUBLIC_BODY_ENDINGS)

    def _glossed_as_no_body(self, s: Sentence, m: Mention) -> bool:
        """ "EKG(심전도)", "VIP(특급)": an acronym the article spells out as something other than a body; a registry
        organisation's note is a role or head ("KT(리드)", "KT(대표 김영섭)"), never what the name stands for, and
        neither is any acronym's note that opens with a title ("ABC(대표 P)")."""
        if not (m.type.is_organization and m.text.isascii()) or m.source == "registry":
            return False
        gloss = _HANGUL_GLOSS.match(s.text, m.end - s.start)
        if gloss is None or gloss.group(1).split()[0] in self.lex.titles:
            return False  # "KT&G(사장 백복인)": the head's title and name written after the company
        return not self._names_a_body(gloss.group(1))

    def sentence_mentions(self, s: Sentence, learned: dict[str, str]) -> list[Mention]:
        names = self._registry(s) + self._learned(s, learned)
        names += self._glued_to_registry(s, names) + self._group_latin_names(s, names)
        # a name in Latin letters is read whole: not "Sam" and an employer "Altman" in "Sam Altman CEO", nor the
        # particle glued to it ("Ilya Sutskever는")
        latin = self.people.latin_names(s)
        persons = latin + [
            p
            for p in self.people.persons(s, names)
            if not any(overlaps((p.start, p.end), (q.start, q.end)) for q in latin)
        ]
        persons += [
            p
            for p in self.people.foreign_names(s)
            + self.people.listed_in_notice(s)
            + self.people.taken_on(s)
            + self.people.named_as_post(s)
            if not any(overlaps((p.start, p.end), (q.start, q.end)) for q in persons)
        ]
        tagged = self._ner(s)
        persons = self._not_organisations(persons, tagged)  # first: a reading it drops places no employer
        tagged = self._employers(persons, tagged)
        compounds = [c for c in self._compounds(s, names, persons) if not self._person_read_as_body(c, tagged)]
        compounds += self._classified(s, names, persons)
        candidates = names + persons + compounds + self._quoted(s) + tagged + self._anaphors(s) + self._arguments(s)
        candidates += self._listed(s, candidates) + self._alliances(s) + self._named_bodies(s) + self._described(s)
        candidates += self._misparsed_topic(s) + self._funded_topic(s) + self._defined(s) + self._institutions(s)
        candidates += self._local_governments(s, tagged)
        candidates += self._known(s) + self._parents_of_affiliates(s)
        candidates += self._committees(s) + self._reporters(s, candidates)
        candidates = [
            m
            for m in map(_after_ellipsis, candidates)
            if m is not None
            and m.text.strip(_EDGE_PUNCT) not in _LEGAL_FORMS
            and not _ROUND_WORD.fullmatch(m.text.strip(_EDGE_PUNCT))
            and not (m.text in _BARE_KINDS and m.source not in _NAMING_SOURCES and not m.refers_to)
        ] + self._legal_names(s)
        candidates = self._past_registry_names([self._from_word_start(s, m) for m in candidates])
        candidates = _whole_words_first(s, _parted_at_a_joined_name(candidates))
        states = _state_pairs(s)  # "남북" is two states: no tagger span over them stands
        candidates = [
            m
            for m in candidates
            if m.source != "ner" or not any(overlaps((m.start, m.end), (p.start, p.end)) for p in states)
        ] + states
        glosses = [g for p in persons if p.type is EntityType.PERSON and (g := _gloss_after(s, p.end)) is not None]
        person_ends = {p.end for p in candidates if p.type is EntityType.PERSON} | _titled_ends(s, candidates)
        org_ends = {m.end for m in candidates if m.type.is_organization}
        selected = self._select(
            [
                m
                for m in candidates
                if not self._stray(s, m, person_ends, org_ends)
                and not self._medium(s, m)
                and not (m.type.is_organization and _SURROUNDINGS.match(s.text, m.end - s.start))
                and not any(a <= m.start and m.end <= b for a, b in glosses)
                and not self._glossed_as_no_body(s, m)
            ]
        )  # "데이비드 김(David Kim) 박사": the name's spelling in parentheses names no organisation
        selected = _without_classifiers(s, self._with_unit(s, self._with_city(s, selected)))
        selected = self._with_foreign_name_parts(s, selected)
        short = self._short_forms(s, selected)
        spans = {(m.start, m.end) for m in short}
        selected = [m for m in selected if (m.start, m.end) not in spans] + short
        techs = [
            t for t in self._technologies(s) if not any(overlaps((t.start, t.end), (m.start, m.end)) for m in selected)
        ]
        return attach_orgs(self.people.glued_heads(s, sorted(selected + techs, key=lambda m: m.start)), s, self.lex)

    def _with_foreign_name_parts(self, s: Sentence, selected: list[Mention]) -> list[Mention]:
        """ "다나카 유이치 대표", "후루카와 료타 부사장": a one-word foreign given name takes the Japanese family name written
        right before it (``japanese_surnames.txt``), which the tagger read as a company or Kiwi cut at a particle; a
        name ending in a linking word takes the word after it; what was read in those places goes."""
        out = list(selected)
        for p in [m for m in selected if m.type is EntityType.PERSON and " " not in m.text]:
            family = _WORD_BEFORE.search(s.text, 0, p.start - s.start)
            if family is None or family.group(1) not in self.lex.japanese_surnames or len(p.text) < 2:
                continue
            start = s.start + family.start(1)
            out = [m for m in out if m is p or not overlaps((m.start, m.end), (start, p.start - 1))]
            org = None if p.org is not None and p.org[0] >= start and p.org[1] <= p.start else p.org
            out[out.index(p)] = replace(p, start=start, text=s.text[family.start(1) : p.end - s.start], org=org)
        for p in [m for m in out if m.type is EntityType.PERSON and m.text.rsplit(" ", 1)[-1] in _NAME_LINKS]:
            # "아흐메드 알 하산", "쩐 티 흐엉": a name's linking word (al, bin, Thị) is never its last; the word after it
            # is the name's, not a company's
            rest = _NEXT_WORD.match(s.text, p.end - s.start)
            if rest is None:
                continue
            end = s.start + rest.end(1)
            out = [m for m in out if m is p or not overlaps((m.start, m.end), (p.end + 1, end))]
            org = None if p.org is not None and p.org[0] > p.end and p.org[1] <= end else p.org
            out[out.index(p)] = replace(p, end=end, text=s.text[p.start - s.start : end - s.start], org=org)
        return sorted(out, key=lambda m: m.start)

    def _with_city(self, s: Sentence, selected: list[Mention]) -> list[Mention]:
        """ "부산 기장경찰서", "서울 중부소방서": a local office keeps the city or province written before
        it in its name (many districts have one of the same name)."""
        out = []
        for m in selected:
            word = _PLACE_BEFORE.search(s.text, 0, m.start - s.start)
            if (
                m.type.is_organization
                and _LOCAL_OFFICE.search(m.text)
                and word is not None
                and (
                    word.group(1) in self.lex.places or (self.tagger and self.tagger.known_kind(word.group(1)) == "LC")
                )
                and not any(k.end > s.start + word.start(1) and k.start < m.start for k in selected)
            ):
                start = s.start + word.start(1)
                m = replace(m, start=start, text=s.text[word.start(1) : m.end - s.start])
            out.append(m)
        return out

    def _with_unit(self, s: Sentence, selected: list[Mention]) -> list[Mention]:
        """ "부산대 총학생회", "국방부 감사관실", "인천지법 형사14부": a unit written as the next word after its
        body (``body_units.txt``; a numbered division after a court or a prosecutors' office) is one
        organisation with it; a mention read inside the unit's word gives way."""
        out: list[Mention] = []
        dropped: set[int] = set()
        for m in selected:
            if id(m) in dropped:
                continue
            unit = _UNIT_WORD.match(s.text, m.end - s.start) if m.type.is_organization and not m.tentative else None
            if unit is None or not (
                any(unit.group(1).endswith(u) for u in self.lex.body_units)
                or (_COURT.search(m.text) and _DIVISION.fullmatch(unit.group(1)))
            ):
                out.append(m)
                continue
            end = s.start + unit.end(1)
            inside = [k for k in selected if k is not m and k.start < end and k.end > m.end]
            if any(k.end > end or k.type is EntityType.PERSON for k in inside):
                out.append(m)
                continue
            dropped |= {id(k) for k in inside}
            text = s.text[m.start - s.start : end - s.start]
            public = m.type is EntityType.GOVERNMENT_AGENCY  # a unit is a body of its own, never its head's entity
            etype = EntityType.GOVERNMENT_AGENCY if public else EntityType.ORGANIZATION
            out.append(replace(m, end=end, text=text, type=etype, canonical="", head="", source="unit"))
        return [m for m in out if id(m) not in dropped]

    def _short_forms(self, s: Sentence, selected: list[Mention]) -> list[Mention]:
        """ "한국해양안전연구소(해안연)", "워싱턴포스트(WP)", "가람일보(加藍日報)", "가람엔터테인먼트(이하 가람엔터)": the
        other name news gives an organisation in parentheses right after it is the organisation too: Latin
        letters, Chinese characters, or a Korean short form whose syllables come from the name in order (not
        "(김민수 부장판사)", "(일본)")."""
        found = []
        for m in selected:
            gloss = _SHORT_FORM.match(s.text, m.end - s.start) if m.type.is_organization and not m.tentative else None
            if gloss is None:
                continue
            short = gloss.group(1)
            a, b = s.start + gloss.start(1), s.start + gloss.end(1)
            # the tagger may read the other name alone as a person's ("加藍日報"): the organisation's is meant
            others = [k for k in selected if not (k.source == "ner" and (k.start, k.end) == (a, b))]
            if any(overlaps((a, b), (k.start, k.end)) for k in others) or not (
                _LATIN_NAME.fullmatch(short)
                or _HANJA.fullmatch(short)
                or (HANGUL.match(short) and len(short) < len(m.text) and _in_order(short, m.text))
            ):
                continue
            found.append(Mention(a, b, short, m.type, "learned", s.index, canonical=m.canonical))
        return found

    def _employers(self, persons: list[Mention], tagged: list[Mention]) -> list[Mention]:
        """ "가온칩스 최고기술책임자(CTO)인 이서연": a name the tagger read as a person is the organisation a titled
        person's role is at, when the title reading put the role there."""
        at = {p.org for p in persons if p.type is EntityType.PERSON and p.org is not None}
        out = []
        for m in tagged:
            if m.type is EntityType.PERSON and (m.start, m.end) in at:
                suffix = self.lex.suffix_of(m.text)
                m = replace(m, type=suffix.type if suffix else EntityType.COMPANY)
            out.append(m)
        return out

    def _not_organisations(self, persons: list[Mention], tagged: list[Mention]) -> list[Mention]:
        """Title-anchored persons less the organisations the tagger finds in them.

        A person the tagger reads as an organisation over the same words, and its name dictionary
        knows as one, is none ("민주당 대변인" is the party's spokesperson); a foreign name read together
        with the organisation written after it ends before it ("몽콜수트리 태국산업연합회 회장"); a reading the tagger
        has the other way round (its person where the title reading put the employer) is swapped."""
        if self.tagger is None:
            return persons
        orgs = [m for m in tagged if m.type.is_organization]
        tagged_people = {(m.start, m.end): m for m in tagged if m.type is EntityType.PERSON}
        org_spans = {(m.start, m.end) for m in orgs}
        # "김종대 정의당 의원": the title reading took the party for the person and the person for the employer
        # (a university, "…대"); the tagger reads the two the other way round, and its reading stands
        swapped = {
            (p.start, p.end): tagged_people[p.org]
            for p in persons
            if p.type is EntityType.PERSON and (p.start, p.end) in org_spans and p.org in tagged_people
        }
        employers_made_up = {(person.start, person.end) for person in swapped.values()}
        kept = []
        for p in persons:
            if (p.start, p.end) in employers_made_up:
                continue
            if p.source == "latin":  # "Sam Altman", "Ilya Sutskever": a given name leads it, whatever the tagger read
                kept.append(p)
                continue
            if p.type is EntityType.PERSON:
                if (p.start, p.end) in swapped:
                    person = swapped[(p.start, p.end)]
                    kept.append(replace(person, source=p.source, title=p.title, org=(p.start, p.end), former=p.former))
                    continue
                if (p.start, p.end) in org_spans and self.tagger.known_kind(p.text) == "OG":
                    continue
                tail = next(
                    (m for m in orgs if m.end == p.end and p.start < m.start and p.text[m.start - p.start - 1] == " "),
                    None,
                )
                if tail is not None:
                    end = tail.start - 1
                    p = replace(p, end=end, text=p.text[: end - p.start])
            kept.append(p)
        return kept

    # ----------------------------------------------------------------- sources
    def _registry(self, s: Sentence) -> list[Mention]:
        text = s.text.lower() if len(s.text.lower()) == len(s.text) else s.text
        starts = {t.start - s.start for t in s.tokens}
        ends = {t.end - s.start for t in s.tokens}
        found = []
        for pos in sorted(starts):
            for alias, entry in self._aliases.get(text[pos : pos + 1], ()):
                end = pos + len(alias)
                if (
                    text.startswith(alias, pos)
                    and (
                        end in ends
                        or _glued_particle(text, end, ends)
                        or self._registry_name_before_post(text, end, ends, entry)
                    )
                    and not _MODEL_NUMBER.match(text, end)
                    and not _AMPERSAND_GOES_ON.match(text, end)
                ):
                    found.append(
                        Mention(
                            s.start + pos,
                            s.start + end,
                            s.text[pos:end],
                            entry.type,
                            "registry",
                            s.index,
                            canonical=entry.name,
                        )
                    )
                    break
        return found

    def _registry_name_before_post(self, text: str, end: int, ends: set[int], entry: RegistryEntry) -> bool:
        """Kiwi read a public body's name and its head's post as one word, the post someone is named to ("특허청장에
        P가 임명됐다", "…연구원장으로"): the name ends where only 장 and 에 or 으로 are left of the token, and its last
        syllables and 장 make a listed title ("청장", "원장"; not "생명연장"). A company's head is 사장 or 대표,
        written apart; "P 특허청장은" is read with the person (``PersonFinder.glued_heads``)."""
        return (
            entry.type not in (EntityType.COMPANY, EntityType.BUSINESS_GROUP, EntityType.INVESTOR)
            and text.startswith(("장에", "장으로"), end)
            and bool(self.lex.head_title(text[:end]))
            and (end + 1 in ends or _glued_particle(text, end + 1, ends))
        )

    def _glued_to_registry(self, s: Sentence, names: list[Mention]) -> list[Mention]:
        """ "SK차이나", "KT클라우드": a registry name with more name written onto it is another
        organisation built on it (a compound with that head)."""
        found = []
        for m in names:
            word = _WORD_REST.match(s.text, m.end - s.start)
            if m.source != "registry" or not word or not word.group(0):
                continue
            rest = word.group(0)
            if any(t.start == m.end and t.tag == "VCP" for t in s.tokens):
                continue  # "누리AI연구원이며": the copula after the name, nothing written onto it
            if rest[:1] in "-–" and any(n.start == m.end + 1 and n.source == "registry" for n in names):
                continue  # "카카오-현대차, …": a headline's two parties, not one name
            particle = next(
                (t.start for t in s.tokens if m.end <= t.start < m.end + len(rest) and t.tag[0] in "JE"), None
            )
            if particle is not None and _PARTICLES.fullmatch(rest[particle - m.end :]):
                # "서울대와도", "카카오벤처스로부터": stacked particles Kiwi split off; what is left before them is
                # all name ("카카오페이는": 페이, not 페 and a particle 이)
                rest = rest[: particle - m.end]
            else:
                rest = _TRAILING_PARTICLE.sub("", rest)
            if (
                not rest
                or self.people.title.fullmatch(rest)
                or rest in self.lex.not_names
                or rest in ("그룹", "계열", "계열사", "측", "사", "등", "서")  # "KT서": a headline's 에서
                or rest == "장"  # "한국전자통신연구원장에": the head of the body named, no other organisation
            ):
                continue
            if len(rest) > 2 and rest.endswith("장") and self.lex.head_title(rest[:-1]):
                rest = rest[:-1]  # "서울대병원장에": the head of the body "서울대병원", its post glued on
            end = m.end + len(rest)
            text = s.text[m.start - s.start : end - s.start]
            suffix = self.lex.suffix_of(text)
            found.append(
                Mention(
                    m.start,
                    end,
                    text,
                    suffix.type if suffix else EntityType.COMPANY,
                    "compound",
                    s.index,
                    head="" if text.endswith(_REGIONAL_UNITS) else m.canonical,
                )
            )
        return found

    def _group_latin_names(self, s: Sentence, names: list[Mention]) -> list[Mention]:
        """ "SK C&C는", "CJ CGV가": a business group's name, a space, then a capital-letter word that ends the phrase
        is one of the group's companies, not the group; a field or product word ("LG AI", "삼성 HBM을") is not."""
        found = []
        for m in names:
            latin = _GROUP_LATIN_NAME.match(s.text, m.end - s.start)
            if m.source != "registry" or m.type is not EntityType.BUSINESS_GROUP or latin is None:
                continue
            word = latin.group(1)
            if word in self.lex.generic_heads or self.people.title.fullmatch(word):
                continue
            end = s.start + latin.end(1)
            found.append(
                Mention(
                    m.start, end, s.text[m.start - s.start : end - s.start], EntityType.COMPANY, "compound", s.index
                )
            )
        return found

    def _learned(self, s: Sentence, learned: dict[str, str]) -> list[Mention]:
        """The names the article glossed, and "광주TP" after "광주테크노파크(TP)": the name's first part with the
        rest written as the acronym it was glossed with (resolved to the name)."""
        found = []
        for name, gloss in learned.items():
            suffix = self.lex.suffix_of(name)
            etype = suffix.type if suffix else EntityType.ORGANIZATION
            for m in re.finditer(re.escape(name), s.text):
                before = s.text[m.start() - 1] if m.start() else " "
                if not (before.isalnum()):
                    found.append(Mention(s.start + m.start(), s.start + m.end(), name, etype, "learned", s.index))
            if not (_ACRONYM.fullmatch(gloss) and gloss in s.text and len(name) > 3):
                continue
            prefixes = "|".join(re.escape(name[:k]) for k in range(len(name) - 2, 1, -1))
            for m in re.finditer(rf"(?<![가-힣A-Za-z0-9])(?:{prefixes}){re.escape(gloss)}(?![A-Za-z0-9])", s.text):
                found.append(
                    Mention(
                        s.start + m.start(), s.start + m.end(), m.group(0), etype, "learned", s.index, refers_to=name
                    )
                )
        return found

    def _compounds(self, s: Sentence, names: list[Mention], persons: list[Mention]) -> list[Mention]:
        """Words ending in an organisation suffix, extended left over their name-like head."""
        toks = s.tokens
        by_start = {m.start: m for m in names}
        by_end = {m.end: m for m in names}
        blocked = [(p.start, p.end) for p in persons if p.type is EntityType.PERSON]
        found = []
        word_start = 0  # index of the first token of the written word (eojeol) token i is in
        for i, t in enumerate(toks):
            if i and t.start > toks[i - 1].end:
                word_start = i
            attached_next = i + 1 < len(toks) and toks[i + 1].start == t.end and toks[i + 1].tag in NOUNISH
            if (t.tag not in NOUNISH and not final_prefix(toks, i)) or attached_next:
                continue
            # a prefix inside the word is a syllable of a name Kiwi misread ("누리/NNG 대/XPN 학교/NNG")
            breaks = [
                k + 1
                for k in range(word_start, i)
                if toks[k].tag not in NOUNISH and not _inner_prefix(toks, k, word_start)
            ]
            first = max([word_start, *breaks])
            word = s.text[toks[first].start - s.start : t.end - s.start]
            suffix = self.lex.suffix_of(word)
            if suffix is None or self.lex.ends_like_a_common_word(word):
                continue
            if word != suffix.text and self.people.title.fullmatch(word):
                continue  # "엔비디아 수석연구원", "ETRI 책임연구원": a post whose title ends like a body's kind
            inner = [h for h in toks[first : i + 1] if h.end <= t.end - len(suffix.text)]  # head inside the word
            known_whole = toks[first].start in by_start and by_start[toks[first].start].end == t.end
            j, head = first, None
            while j > 0 and first - j < 3:
                prev, nxt = toks[j - 1], toks[j]
                gap = nxt.start - prev.end
                # "현대차 정몽구 재단": a foundation named for the person written before its bare kind
                named_for = gap == 1 and j == first and prev.tag == "NNP" and word in _NAMED_FOR_A_PERSON
                if (
                    gap > 1
                    or (prev.tag not in NOUNISH and not final_prefix(toks, j - 1))
                    or (any(overlaps((prev.start, prev.end), b) for b in blocked) and not named_for)
                ):
                    break
                if self.people.title.fullmatch(prev.form) or (
                    gap
                    and prev.tag == "NNP"
                    and (self.people.is_korean_name(prev.form) or self.lex.names_no_one(prev.form))
                    and not named_for
                ):
                    break  # "최재원 SK그룹", "박모 연구원": a person's name before the organisation is not part of it
                if gap and known_whole:
                    break  # "호세 무뇨스 현대자동차": a name the registry knows is whole
                if (name := by_end.get(prev.end)) is not None:
                    head = name
                    j = next((k for k in range(j - 1, -1, -1) if toks[k].start == name.start), j - 1)
                    break
                if gap and prev.form == _PARLIAMENT and word.endswith("위원회"):
                    j -= 1  # "국회 과학기술정보방송통신위원회": the committee's full name starts with the parliament
                    break
                if gap and prev.tag in ("NNG", "XSN", "SN", "NR"):
                    break  # "5년간 한빛로보틱스": a common noun or count before a space is not part of the name
                j -= 1
            while j > 0 and toks[j - 1].end >= toks[j].start and toks[j - 1].tag.startswith(_GLUED_NAME_PART):
                # "초/대/규모": a prefix glued to the first word belongs to it; so does a syllable Kiwi read as a
                # determiner or an adjective's ending ("한/MM 빛세브란스병원", "로/XSA 운/ETM 세브란스병원"): no
                # space, one word
                j -= 1
            start, end = toks[j].start, t.end
            text = s.text[start - s.start : end - s.start]
            if head is None and start in by_start and by_start[start].end == end:
                continue  # the registry already has this exact name
            if self.people.title.fullmatch(t.form) and any(
                p.end <= start and _BEFORE_EMPLOYER.fullmatch(s.text[p.end - s.start : start - s.start])
                for p in persons
            ):
                continue  # "제프 딘 (전) 구글 수석연구원": the last word is the person's title
            if (
                self.people.title.fullmatch(t.form)
                and t.form == word
                and start < t.start
                and s.text.startswith(" 출신", end - s.start)
            ):
                continue  # "농심 연구원 출신 P": a researcher of the company the person comes from
            heads = [h for h in toks[j:first] if not self._kind_in_place(h, suffix.type)] + inner
            proper = [h for h in heads if h.tag == "NNP" or (h.tag == "SL" and h.form not in self.lex.generic_heads)]
            glued = (
                any(h in inner for h in proper)
                or (first == i and t.tag == "NNP" and len(word) > len(suffix.text))
                or (
                    # an unknown company name Kiwi kept whole as a common noun ("한울전자"); common compounds
                    # ending alike ("석유화학") are in suffix_exceptions.txt
                    first == i
                    and t.tag == "NNG"
                    and suffix.text in _WHOLE_WORD_SUFFIXES
                    and len(word) >= len(suffix.text) + 2
                )
            )
            name_like = head is not None or bool(proper) or glued
            whole = start == toks[first].start or toks[j].form == _PARLIAMENT  # "국회 X위원회" is as closed
            closed_word = whole and len(word) > len(suffix.text) + 1
            if suffix.strength == "glued" and not glued:
                continue  # "대", "화학": only written together with a name ("멜버른대", "LG화학")
            if (
                not (name_like or (suffix.strength == "strong" and closed_word))
                or text in self.lex.generic_orgs
                or text in self.lex.generic_heads  # "기업형 벤처캐피털": a kind of body, not a name
                # "미국 벤처캐피털 NEA": a kind of body and where it is from, before its name
                or (word in self.lex.generic_heads and all(h.form in self.lex.places for h in toks[j:first]))
                # "일본 데이터센터": a place, then a field word before the suffix: a facility there, no name
                # ("미네소타 경찰국" is the place's own office)
                or (
                    bool(proper)
                    and all(self._place(h.form) or _LOCAL_GOVERNMENT.fullmatch(h.form) for h in proper)
                    and word.removesuffix(suffix.text) in self.lex.generic_heads
                )
                # "양자암호통신 기술 공동개발": a word ending in a field that also ends company names, before a field's
                # noun, names the field
                or (
                    head is None
                    and suffix.text in _FIELD_SUFFIXES
                    and _FIELD_NOUN_AFTER.match(s.text, end - s.start) is not None
                )
            ):
                continue
            found.append(
                Mention(
                    start,
                    end,
                    text,
                    suffix.type,
                    "compound",
                    s.index,
                    head=(head.canonical or head.text) if head and not text.endswith(_REGIONAL_UNITS) else "",
                )
            )
        return found

    def _person_read_as_body(self, compound: Mention, tagged: list[Mention]) -> bool:
        """ "이종대 정의당 원내대표": a Korean name ending in a suffix written glued to names ("…대" of 고려대) is the
        person's when the tagger reads it so; a university's short name is rarely a surname and two syllables."""
        suffix = self.lex.suffix_of(compound.text)
        return (
            suffix is not None
            and suffix.strength == "glued"
            and self.people.is_korean_name(compound.text)
            and any(m.type is EntityType.PERSON and (m.start, m.end) == (compound.start, compound.end) for m in tagged)
        )

    @staticmethod
    def _past_registry_names(candidates: list[Mention]) -> list[Mention]:
        """ "LG CNS 클라우드사업부": a reading that starts inside a registry name and runs past it ("CNS 클라우드사업부")
        cuts the name; the registry name stands (a bare unit after it names no body of its own)."""
        registry = [m for m in candidates if m.source == "registry"]
        return [m for m in candidates if not any(r.start < m.start < r.end < m.end for r in registry)]

    def _from_word_start(self, s: Sentence, m: Mention) -> Mention:
        """ "하나로금융그룹은", "우리벤처파트너스는": Kiwi reads the coined first syllables as a numeral, an adverb or a
        pronoun, and the tagger names only the rest; an organisation starting inside a written word whose own words
        are only known common nouns and a suffix ("금융그룹", "벤처파트너스") names nothing alone, so the name is
        the whole written word."""
        if not m.type.is_organization or not s.glued_before(m.start):
            return m
        start = m.start - s.start
        while start > 0 and _WORD_CHARACTER.match(s.text[start - 1]):
            start -= 1
        suffix = self.lex.suffix_of(m.text)
        stem_end = m.end - (len(suffix.text) if suffix else 0)
        stem = [t for t in s.tokens if m.start <= t.start and t.end <= stem_end]
        if any(t.tag != "NNG" or t.unknown for t in stem) or any(
            t.start < m.start < t.end for t in s.tokens
        ):  # "한앤컴퍼니": a coined stem names its body; a mention cut inside a morpheme is another reading's
            return m
        whole = s.text[start : m.end - s.start]
        if whole in self.lex.generic_orgs or self._place(whole[: m.start - s.start - start]):
            return m  # "국책은행", "서울벤처파트너스" a kind or a place's body, no coined name
        return replace(m, start=s.start + start, text=whole)

    def _classified(self, s: Sentence, names: list[Mention], persons: list[Mention]) -> list[Mention]:
        """ "AI 스타트업 업스테이지", "로봇 제조업체인 아스라테크": the name written right after a classifier noun.

        The next written word's noun part is taken when it looks like a name: it has a
        proper-noun or Latin morpheme, or Kiwi had to split it (an unknown word, "업/스테이지").
        """
        toks = s.tokens
        taken = [(m.start, m.end) for m in names + persons]
        found = []
        for i, t in enumerate(toks[:-1]):
            w = i
            while w > 0 and toks[w - 1].end == toks[w].start and toks[w - 1].tag in NOUNISH:
                w -= 1  # the written word: "운영/사" is the classifier "운영사"
            word = s.text[toks[w].start - s.start : t.end - s.start]
            etype = self.lex.classifier_ending(word)
            if etype is None or t.tag not in NOUNISH:
                continue
            k = i + 1
            while k < len(toks) and toks[k].start <= toks[k - 1].end and toks[k].tag in ("VCP", "ETM"):
                k += 1  # "업체인": Kiwi puts 이/VCP and ᆫ/ETM on the same syllable
            if k < len(toks) and toks[k].form == "(" and toks[k].start == toks[k - 1].end:
                # "기업형 벤처캐피털(CVC) D2SF는": the kind's short form aside
                k = next((j + 1 for j in range(k + 1, min(k + 8, len(toks))) if toks[j].form == ")"), len(toks))
            if k >= len(toks) or toks[k].start - toks[k - 1].end != 1:
                continue
            first, run = k, [toks[k]]
            while (
                k + 1 < len(toks)
                and toks[k + 1].tag in NOUNISH
                and (
                    toks[k + 1].start == toks[k].end
                    or (
                        toks[k + 1].tag in ("NNP", "SL")
                        and toks[k].tag in ("NNP", "SL")
                        and not self._another_name(toks[k + 1].form)  # "누리랩스 서울 본사", "… 삼성전자와"
                    )
                )
            ):
                k += 1
                run.append(toks[k])
            misread = self._misread_word(s, first)
            if misread:
                run = misread
            elif run[0].tag not in NOUNISH:
                continue
            spelled = False  # "옥스퍼드 시맨틱 테크놀로지스": a foreign name written in several words
            # a word Kiwi split into common nouns ("조/NNG 비/NNG") may open a foreign name written in words too
            split_word = (
                len(run) > 1
                and all(r.tag == "NNG" for r in run)
                and all(b.start == a.end for a, b in zip(run, run[1:]))
            )
            named = (
                misread or split_word or any(r.tag in ("NNP", "SL") or r.unknown for r in run)
            )  # not "사내벤처 출신 X"
            k = toks.index(run[-1])
            while named and len(run) < 8 and (goes_on := self._foreign_name_goes_on(s, k)) is not None:
                run, k, spelled = run + list(toks[k + 1 : goes_on + 1]), goes_on, True
            proper = spelled or any(r.tag in ("NNP", "SL") and r.form not in self.lex.generic_heads for r in run)
            unknown = (
                len(run) > 1
                and all(r.tag == "NNG" and r.form not in self.lex.generic_heads for r in run)
                and all(b.start == a.end for a, b in zip(run, run[1:]))
            )
            start, end = run[0].start, run[-1].end
            text = s.text[start - s.start : end - s.start]
            after = s.text[end - s.start :].lstrip().split(" ", 1)[0]
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if unknown and nxt is not None and nxt.start > end and nxt.tag == "NNG" and not self._titled(after):
                unknown = False  # "매체 이용실태 조사": common nouns running on are a phrase, not a split name
            titled = self._titled(after) or after.startswith(_MEDIA_ROLES)
            if not (proper or unknown or misread) or (self.people.is_korean_name(text) and titled):
                continue  # "한겨레신문 최성진 기자": a titled person after the classifier
            if " " in text and not proper or any(overlaps((start, end), span) for span in taken):
                continue
            if is_bare_unit(text, self.lex.unit_suffixes):
                continue  # "의과대학 영상의학교실": a unit of the body the classifier names, not one of that kind
            if s.text[end - s.start : end - s.start + 1] == "과" and is_bare_unit(text + "과", self.lex.unit_suffixes):
                continue  # "같은 대학 생명과학과 P 교수": a department, its last syllable read as "과" (with)
            if s.text[end - s.start : end - s.start + 1] in _MIDDLE_DOTS:
                continue  # "공과대학(MIT) 컴퓨터과학·인공지능연구소": the first field of a longer name
            if len(run) == 1 and run[0].unknown and len(text) > 2 and text.endswith("의"):
                # "법무법인 세종의/NNP": Kiwi kept the genitive inside a word it did not know
                end, text = end - 1, text[:-1]
            found.append(Mention(start, end, text, etype, "compound", s.index))
        return found

    def _propagate(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """Every other occurrence of an organisation name the article introduced in a strong context
        ("AI 스타트업 업스테이지는 …" makes the later "업스테이지에서는" a mention too).

        A name only the CRF found ("딥비전이 …" where Kiwi reads "딥비전은" as two common nouns) is spread
        too, as a tentative CRF mention: the weakest reading, which any other one overrides, and only to
        other sentences (in its own, the CRF read every occurrence in context).  A bare unit ("생명과학부") is
        not spread: which body's unit it is depends on where it is written."""
        names = {
            m.text: ("learned", m.type, m.tentative) if m.source in _PROPAGATED else ("ner", m.type, True)
            for m in sorted(mentions, key=lambda m: m.source in _PROPAGATED)
            if m.type.is_organization
            and len(m.text) >= 2
            and (
                m.source in _PROPAGATED
                or m.source == "ner"
                and not is_bare_unit(m.text, self.lex.unit_suffixes + self.lex.body_units)
            )
        }
        if not names:
            return []
        crf_read = {(m.text, m.sentence) for m in mentions if m.source == "ner"}
        pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        taken = [(m.start, m.end) for m in mentions]
        found = []
        for s in sentences:
            for m in pattern.finditer(s.text):
                start, end = s.start + m.start(), s.start + m.end()
                if (m.start() and s.text[m.start() - 1].isalnum()) or any(overlaps((start, end), t) for t in taken):
                    continue
                source, etype, tentative = names[m.group(0)]
                if source == "ner" and (m.group(0), s.index) in crf_read:
                    continue
                found.append(Mention(start, end, m.group(0), etype, source, s.index, tentative=tentative))
        return found

    def _arguments(self, s: Sentence) -> list[Mention]:
        """ "딥엑스는", "앤스로픽에": a proper noun written as a whole word before a case particle.

        Places, Korean personal names and field words are left out; everything else
        Kiwi knows as a proper noun and the article uses as an argument is taken as an
        organisation (the weakest source: any other reading wins).
        """
        toks = s.tokens
        found = []
        i = 0
        while i < len(toks) - 1:
            t, first = toks[i], i
            word_start = i == 0 or toks[i - 1].end < t.start or toks[i - 1].tag.startswith("SS")
            k = i
            while (
                k + 1 < len(toks)
                and toks[k + 1].start == toks[k].end
                and (
                    toks[k + 1].tag in ("NNP", "SL")
                    or toks[k + 1].tag == "NNG"
                    and t.tag == "NNP"
                    and t.form not in self.lex.places
                    and toks[k + 1].form not in self.lex.generic_heads
                    and not self._post_glued_at(s, k + 1)
                )
            ):
                k += 1  # "가나AI", "가람/NNP 센서/NNG": a name glued from proper-noun, Latin and noun pieces
            if k == i and word_start and t.tag[:1] == "N" and (end := self._coined_word_end(s, i)) is not None:
                k = end  # "옥/NNG 토/NNG AI/SL를": Hangul pieces Kiwi split, then Latin capitals, are one coined name
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            last = toks[k]
            if nxt is not None and nxt.form == "(" and nxt.start == last.end:
                # "누리텍(대표 김철수)은": a gloss between the name and its particle
                close = next((j for j in range(k + 2, min(k + 10, len(toks))) if toks[j].form == ")"), None)
                if close is not None and close + 1 < len(toks):
                    last, nxt = toks[close], toks[close + 1]
            text = s.text[t.start - s.start : toks[k].end - s.start]
            i = k + 1
            # "'모레'를 인수했다": a word quoted as the company bought is a name, though Kiwi knows it as a common noun
            # (the particle comes after the closing quote); money put into a quoted word may go to a cause
            closing = nxt if nxt is not None and nxt.tag == "SSC" and nxt.start == last.end else None
            quoted_deal = (
                closing is not None
                and first > 0
                and toks[first - 1].tag == "SSO"
                and k + 2 < len(toks)
                and bool(_LATIN_BOUGHT.match(s.text, closing.end - s.start))
            )
            if closing is not None and quoted_deal:
                last, nxt = closing, toks[k + 2]
            # "별빛AI를": a common noun glued to Latin letters in one written word is a coined name
            glued = toks[first + 1] if k > first else None
            coined = t.tag == "NNG" and glued is not None and glued.tag == "SL" and glued.form[:1].isupper()
            coined = coined or (t.tag == "NNG" and toks[k].tag == "SL" and toks[k].form[:1].isupper())
            coined = coined or (t.tag == "NNG" and t.unknown)  # "딥노아/NNG를": a word Kiwi's dictionary lacks
            coined = coined or (quoted_deal and t.tag == "NNG")
            # "XRCE를 인수했다", "XRCE 인수를": a Latin name bought is a company's (securities so written, "CB를
            # 인수", are generic heads);
            # "GIC로부터 1조원을 유치했다": a Latin name money came from in a funding sentence is an investor's
            coined = coined or (
                t.tag == "SL"
                and k == first
                and t.form[:1].isupper()
                and (
                    bool(_LATIN_BOUGHT.match(s.text, t.end - s.start))
                    or (
                        s.text.startswith(("로부터", "으로부터"), t.end - s.start)
                        and bool(_FUNDS_RECEIVED.search(s.text))
                    )
                )
            )
            # "한국지역정보개발원장에": the body's head, its post glued on
            titled = nxt is not None and t.tag == "NNP" and self._post_glued_at(s, k + 1)
            if t.tag != "NNP" and not coined and word_start and (end := self._misread_name(s, first)) is not None:
                k, i, coined = end, end + 1, True
                last, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
                text = s.text[t.start - s.start : toks[k].end - s.start]
                titled = nxt is not None and nxt.start > last.end and bool(self.people.title.fullmatch(nxt.form))
            # "누비랩 지분 30%를", "누비랩 주식을", "누비랩 인수를 완료": a coined or unknown name before the stake in
            # it or its sale
            titled = titled or (
                (t.tag == "NNP" or coined)
                and nxt is not None
                and nxt.start > last.end
                and s.text.startswith(_DEAL_NOUNS, nxt.start - s.start)
            )
            if (
                not (t.tag == "NNP" or coined)
                or not word_start
                or nxt is None
                or (not titled and (nxt.start != last.end or nxt.tag not in _CASE_PARTICLES))
                or len(text) < 2
                or self._place(text)
                or (t.form in self.lex.places and k == first)  # "보스턴/NNP 다이내믹스/NNP를" is a name
                or text in self.lex.generic_heads
                or text in COUNTRY_ARMS  # "아마존웹서비스(AWS) 코리아를": the arm's country alone
                # "라이너에 투자했다": a name shaped like a person's is a company where money goes into it
                or (self.people.is_korean_name(text) and not _MONEY_TO_THING.match(s.text, last.end - s.start))
                or self.people.title.fullmatch(text)
                or _UNIT_HEAD_TITLE.search(text)  # "클라우드사업부문장으로": a post, not an organisation
                or (nxt.form == "과" and _DEPARTMENT_OF.match(s.text, nxt.end - s.start))
                or self._department_of_person(s, text, last, nxt)
            ):
                continue
            end = toks[k].end
            if k == first and self._body_and_post_in_one_word(text, nxt):
                end, text = end - 1, text[:-1]  # "누리정보진흥원장/NNP 에": Kiwi read the body and its head's 장 as one
            suffix = self.lex.suffix_of(text)
            found.append(
                Mention(
                    t.start,
                    end,
                    text,
                    suffix.type if suffix else EntityType.COMPANY,
                    "argument",
                    s.index,
                    tentative=True,
                )
            )
        return found

    def _body_and_post_in_one_word(self, word: str, nxt: Token) -> bool:
        """One word naming a body and its head's post, before 에 or 으로 (the post someone is named to): its last
        syllables and 장 make a listed title, and what is left has a body's suffix ("누리정보진흥원" + "장")."""
        return (
            word.endswith("장")
            and bool(self.lex.head_title(word[:-1]))
            and nxt.form in ("에", "에는", "으로", "으로는")
            and self.lex.glued_body_type(word[:-1], min_suffix=2) is not None
        )

    def _post_glued_at(self, s: Sentence, i: int) -> bool:
        """Token ``i`` is the 장 of a body's head glued to the body's name before it ("…개발원/NNP 장/NNG 에"): the
        name's last syllable and 장 make a listed title ("원장", "청장"), and a particle follows."""
        toks = s.tokens
        return (
            0 < i < len(toks) - 1
            and toks[i].form == "장"
            and toks[i].start == toks[i - 1].end
            and toks[i + 1].start == toks[i].end
            and toks[i + 1].tag in _CASE_PARTICLES
            and bool(self.lex.head_title(toks[i - 1].form))
        )

    @staticmethod
    def _coined_word_end(s: Sentence, i: int) -> int | None:
        """The index of the Latin token ending a written word that token ``i`` opens with Hangul nouns and closes
        in Latin capitals ("옥토AI"); None for any other word."""
        toks, k = s.tokens, i
        while k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].tag in ("NNG", "NNP"):
            k += 1
        if k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].tag == "SL":
            return k + 1 if toks[k + 1].form[:1].isupper() and k + 1 - i <= 4 else None
        return None

    def _another_name(self, word: str) -> bool:
        """A word after a name that names something else: a place, a known organisation or a Korean person."""
        return self._place(word) or self._is_alias(word) or self.people.is_korean_name(word)

    def _foreign_name_goes_on(self, s: Sentence, last: int) -> int | None:
        """After a classifier's name ending at token ``last``, the next written word goes on with a foreign name
        written in words ("기업 옥스퍼드 시맨틱을", "어질리티 로보틱스의", "… 시맨틱 테크놀로지스를") when it is a proper
        noun, a word Kiwi misread into pieces, or a company ending alone; its last noun piece, or None for a deal
        noun, a kind, a title, a place, a person's or another known name ("스타트업 노타 지분을", "업스테이지 김성훈
        대표")."""
        toks = s.tokens
        first = last + 1
        if first >= len(toks) or toks[first].start != toks[last].end + 1 or toks[first].tag not in NOUNISH:
            return None
        end = first
        while end + 1 < len(toks) and toks[end + 1].start == toks[end].end and toks[end + 1].tag in _MISREAD_PIECES:
            end += 1
        after = toks[end + 1] if end + 1 < len(toks) else None
        if after is not None and after.start == toks[end].end and after.tag not in _CASE_PARTICLES:
            return None  # "… 인수했다": the word goes on as something else
        word = s.text[toks[first].start - s.start : toks[end].end - s.start]
        if (
            word in _DEAL_NOUNS
            or word in self.lex.generic_heads
            or word in self.lex.classifiers
            or self._another_name(word)
            or self.people.title.fullmatch(word)
        ):
            return None
        suffix = self.lex.suffix_of(word)
        if (
            (first == end and toks[first].tag in ("NNP", "SL"))
            or (suffix is not None and suffix.text == word)
            or self._misread_word(s, first)
        ):
            return end
        return None

    def _misread_word(self, s: Sentence, first: int) -> list[Token]:
        """ "파/NNG 두/MM": a short coined name Kiwi split into a noun and a determiner, adverb or prefix,
        written as a whole word alone or before its case particle; its pieces (none when the word is
        anything else). Only read right after a classifier noun ("반도체 기업 X"), which names it."""
        toks = s.tokens
        k = first
        while (
            k + 1 < len(toks)
            and toks[k + 1].start == toks[k].end
            and (
                toks[k + 1].tag in _MISREAD_PIECES
                or toks[k + 1].tag == "SL"  # "대/XPN 운/NNG AI/SL 칩스/NNG": Latin letters inside the coined name
                # "클립/NNP 에/JKB 이/MM 아이/NNG 가": a particle inside the written word, nouns going on, is a misread piece
                or toks[k + 1].tag.startswith("J")
                and k + 2 < len(toks)
                and toks[k + 2].start == toks[k + 1].end
                and toks[k + 2].tag in _MISREAD_PIECES
            )
        ):
            k += 1
        after = toks[k + 1] if k + 1 < len(toks) else None
        pieces = list(toks[first : k + 1])
        if (
            k == first
            or toks[first].tag not in _MISREAD_PIECES
            or not any(p.tag in MISREAD_NAME_STARTS for p in pieces)
            or (after is not None and after.start == toks[k].end and after.tag not in _CASE_PARTICLES)
        ):
            return []
        return pieces

    def _misread_name(self, s: Sentence, first: int) -> int | None:
        """ "한결/MAG 소프트/NNG에", "한/MM 빛/NNG 전자/NNG가": a coined company name that Kiwi split into an
        adverb, determiner or prefix and nouns, written as one word ending in a company suffix; the index
        of its last piece.  A word of known nouns alone ("차세대반도체", "시스템반도체") is no name."""
        toks = s.tokens
        k = first
        while k + 1 < len(toks) and (
            (toks[k + 1].start == toks[k].end and toks[k + 1].tag in _MISREAD_PIECES | _MISREAD_VERB)
            or (toks[k + 1].tag == "ETM" and toks[k + 1].start == toks[k].start and toks[k].tag in _MISREAD_VERB)
            or (toks[k + 1].start == toks[k].end and toks[k + 1].tag == "SL" and toks[k].tag != "SL")
        ):
            k += 1  # "다/MAG 오/VV ᆫ/ETM 전자/NNG": a syllable read as a verb and its ending is inside the word
            if toks[k].tag == "SL":
                break  # "다/MAG 오/VV ᆫ/ETM AI/SL": Latin letters end the coined name
        if (
            k == first
            or toks[first].tag not in _MISREAD_PIECES
            or not any(p.tag in MISREAD_NAME_STARTS for p in toks[first:k])
        ):
            return None
        text = s.text[toks[first].start - s.start : toks[k].end - s.start]
        if toks[k].tag == "SL" and toks[k].form[:1].isupper():
            return k  # "다온AI": Hangul and capital Latin letters glued into one word are a coined name
        suffix = self.lex.suffix_of(text)
        if suffix is None or suffix.type is not EntityType.COMPANY or len(text) - len(suffix.text) < 2:
            return None
        return k

    def _named_bodies(self, s: Sentence) -> list[Mention]:
        """ "낸드 사업 부문", "AI 투자펀드", "초거대 AI 컨소시엄": one or two noun words and the body's head;
        determiners and field words alone ("이 펀드", "AI 사업부") name nothing."""
        found: list[Mention] = []
        starts = [0] + [k + 1 for k, ch in enumerate(s.text) if ch in " ‘'“"]  # "‘AI 투자펀드’ 대상": after a quote too
        for m in (m for k in starts if (m := _NAMED_BODY.match(s.text, k))):
            if found and s.start + m.start() < found[-1].end:
                continue
            words = m.group("head").split()
            a, b = s.start + m.start("head"), s.start + m.end("head")
            toks = [t for t in s.tokens if a <= t.start and t.end <= b]
            glued_noun = m.group("noun").startswith(("투자", "벤처", "모태", "성장"))
            # "‘AI 혁신펀드’": field words in quotes are the body's own name
            quoted = m.start() > 0 and s.text[m.start() - 1] in "‘'“" and s.text[m.end() : m.end() + 1] in "’'”"
            if (
                not toks
                or any(t.tag not in NOUNISH and t.tag != "XPN" for t in toks)
                or words[0] in _NOT_BODY_WORDS
                or (not quoted and any(w in KIND_DESCRIBED for w in words))  # "AI 반도체 전용 펀드": a kind
                or words[0]
                in _TIME_WORDS  # "지난해 AI 사업부": the time belongs to the verb, and "AI 사업부" names nothing
                or all(w in self.lex.generic_heads for w in words)
                and not (glued_noun or quoted)
                or any(w in self.lex.places or w.isdigit() for w in words)
                or m.group("code") in self.lex.generic_heads  # "생성형 AI부문": a category, no division
                or m.group(0).strip() in self.lex.generic_heads  # "사모펀드": a kind of fund written as one word
            ):
                continue
            noun = m.group("noun")
            etype = EntityType.INVESTOR if noun.endswith("펀드") else EntityType.ORGANIZATION
            if noun == "컨소시엄" and len(words) == 2 and words[1] not in self.lex.generic_heads:
                a += (
                    len(words[0]) + 1
                )  # "NC AI 그랜드 컨소시엄" -> "그랜드 컨소시엄" (a unit keeps its owner: "인텔 낸드 사업 부문")
            found.append(Mention(a, s.start + m.end(), s.text[a - s.start : m.end()], etype, "compound", s.index))
        return found

    def _described(self, s: Sentence) -> list[Mention]:
        """ "가람로보는 … 로봇 스타트업이다": the topic of a sentence that says what kind of organisation
        it is (a classifier noun and the copula at the end), read from the surface because Kiwi often
        misparses such unknown names ("가람/로/보/는")."""
        m = _TOPIC_WORD.match(s.text)
        if m is None:
            return []
        tail = re.search(
            r"(\S+?)(?:이다|다|이며|으로|로)[\s,.]*$|(\S+?)(?:이다|다|이며|으로|로)[,\s]", s.text[m.end() :]
        )
        noun = next((g for g in (tail.groups() if tail else ()) if g), "")
        etype = self.lex.classifier_ending(noun)
        name = m.group(1)
        if (
            etype is None
            or not re.search(r"[가-힣]", name)  # a Latin short form is an alias of a name given before
            or name in self.lex.generic_heads
            or name in self.lex.generic_orgs
            or name in _TIME_WORDS
            or name in self.lex.places
            or self.people.title.fullmatch(name)
            or self.people.is_korean_name(name)
            or name in self.lex.classifiers
            or name in _PERSON_WORDS  # "고인은 … 기업으로 키웠다": the deceased made the company what it is
            or name[:1].isdigit()  # "2021년에는 … 투자자로 합류했다": a time, the sentence's subject comes after it
        ):
            return []
        suffix = self.lex.suffix_of(name)
        return [
            Mention(
                s.start + m.start(1), s.start + m.end(1), name, suffix.type if suffix else etype, "compound", s.index
            )
        ]

    def _parents_of_affiliates(self, s: Sentence) -> list[Mention]:
        """ "나무기술의 자회사 칵테일클라우드": only an organisation has subsidiaries, so the one written word before
        "의 자회사/계열사" and a name is one, even when Kiwi reads it as common nouns ("나무/기술"); a kind of body
        ("중견기업의 자회사", "이 회사의 계열사"), a place or a person is not."""
        found = []
        for m in _OWNER_OF_AFFILIATE.finditer(s.text):
            name = m.group(1)
            if (
                name in self.lex.generic_heads
                or name in self.lex.generic_orgs
                or name in self.lex.classifiers
                or self.lex.classifier_ending(name) is not None
                or name in _TIME_WORDS
                or self._place(name)
                or self.people.is_korean_name(name)
                or self.people.title.fullmatch(name)
            ):
                continue
            suffix = self.lex.suffix_of(name)
            kind = suffix.type if suffix else EntityType.COMPANY
            found.append(Mention(s.start + m.start(1), s.start + m.end(1), name, kind, "compound", s.index))
        return found

    def _defined(self, s: Sentence) -> list[Mention]:
        """ "스마트 글로벌 홀딩스(이하 SGH)": the words a short form is defined for are one name, as far
        back as they are plain nouns (no particle, quote, place or classifier before the name)."""
        found: list[Mention] = []
        if "이하" not in s.text:
            return found
        for m in _DEFINED.finditer(s.text):
            words: list[str] = []
            end = m.start("abbr") - s.text[: m.start("abbr")][::-1].index("(") - 1  # the "(" before 이하
            pos = end
            for w in reversed(s.text[m.start() : end].split(" ")):
                a = s.start + pos - len(w)
                toks = [t for t in s.tokens if a <= t.start and t.end <= a + len(w)]
                if (
                    not w
                    or not toks
                    or any(t.tag not in NOUNISH for t in toks)
                    or self.lex.classifier_ending(w) is not None
                ):
                    break
                words.insert(0, w)
                pos -= len(w) + 1
            while words and (words[0] in self.lex.countries or words[0] in _TIME_WORDS):
                words.pop(0)  # "미국 가람 홀딩스": the country is not the name
            if len(words) < 2:
                continue  # one word: the gloss source already reads it
            name = " ".join(words)
            a = s.start + end - len(name)
            suffix = self.lex.suffix_of(name)
            found.append(
                Mention(a, a + len(name), name, suffix.type if suffix else EntityType.COMPANY, "learned", s.index)
            )
        return found

    def _misparsed_topic(self, s: Sentence) -> list[Mention]:
        """ "우아한형제들은 가람에 200만달러를 투자했다": an unknown name Kiwi read as a phrase ("우아/XR 하/XSA
        ᆫ/ETM 형제/NNG 들/XSN"), written as one word opening a sentence with a deal predicate, its topic or
        subject (after the relative clause describing it, if any)."""
        for pattern in _SUBJECT_WORDS:
            m = pattern.match(s.text)
            if m is None or not any(t.pattern.search(s.text, m.end()) for t in self.lex.triggers):
                continue
            a, b = s.start + m.start(1), s.start + m.end(1)
            inside = [t for t in s.tokens if a <= t.start and t.end <= b]
            name = m.group(1)
            if (
                len(name) < 3
                or len(inside) < 3
                or not any(t.tag in _PHRASE_TAGS for t in inside)
                or inside[-1].tag not in NOUNISH
                or name in self.lex.generic_heads
                or name in self.lex.generic_orgs
                or self.people.is_korean_name(name)
            ):
                continue
            suffix = self.lex.suffix_of(name)
            etype = suffix.type if suffix else EntityType.COMPANY
            return [Mention(a, b, name, etype, "argument", s.index, tentative=True)]
        return []

    def _funded_topic(self, s: Sentence) -> list[Mention]:
        """ "라이너는 시리즈B 투자를 유치했다", "AI 스타트업 하늘비전이 30억원을 유치했다", "리벨온, 150억원 규모
        시리즈B 유치", "그린허브는 링고웨어에 50억원을 투자했다", "오픈브릿지가 링고웨어를 인수했다": the topic of a
        sentence saying it raised money, put money into another or bought another is an organisation (people are
        funded through their company, never in a round), however the tagger read the unknown name; words Kiwi knows
        as one common noun ("업계는") and every name another lexicon reads are left to that reading."""
        if not (deal := _FUNDS_RECEIVED.search(s.text) or _FUNDS_GIVEN.search(s.text) or _BUYS.search(s.text)):
            return []  # most sentences: no money raised, nothing to read
        starts = [0]
        words = s.text.split(" ", 3)
        for k, w in enumerate(words[:3]):
            if self.lex.classifier_ending(w) is None:
                continue
            starts.append(sum(len(v) + 1 for v in words[: k + 1]))  # "AI 스타트업 ": the name after the description
        for at in starts:
            m = _TOPIC_NAME.match(s.text, at)
            if m is None or m.end() > deal.start():
                continue
            name = m.group(1)
            a, b = s.start + m.start(1), s.start + m.end(1)
            inside = [t for t in s.tokens if a <= t.start and t.end <= b]
            misread = bool(inside) and [t.start for t in self._misread_word(s, s.tokens.index(inside[0]))] == [
                t.start for t in inside
            ]  # "한결/MAG 산업/NNG은": a coined name Kiwi split at a first syllable it read as an adverb
            if (
                not inside
                or (any(t.tag not in NOUNISH for t in inside) and not misread)
                or (len(inside) == 1 and inside[0].tag == "NNG" and not inside[0].unknown)
                or name.endswith("들")  # "스타트업들은": many, no one body
                or name.endswith(self._generic_endings)  # "AI업계는", "벤처업계가": a kind of body
                or (
                    inside[-1].form in self.lex.generic_heads
                    and not misread
                    and not any(t.tag == "NNP" or t.unknown for t in inside)
                )  # "AI데이터는": known words ending in a field
                or name in self.lex.generic_heads
                or name in self.lex.generic_orgs
                or name in self.lex.known_orgs
                or name in _TIME_WORDS
                or self._place(name)
                or self._is_alias(name)
                or self._starts_with_alias(name)
                or self.lex.classifier_ending(name) is not None
                or self._titled(name)
                or _ANAPHOR.match(name)
                or (self.tagger is not None and self.tagger.known_kind(name) == "PS")
            ):
                continue
            suffix = self.lex.suffix_of(name)
            return [Mention(a, b, name, suffix.type if suffix else EntityType.COMPANY, "compound", s.index)]
        return []

    def _alliances(self, s: Sentence) -> list[Mention]:
        """ "그랜드 컨소시엄", "K-AI 얼라이언스": one name word before an alliance noun written apart;
        a field or product word there ("AI", "반도체") takes the name before it ("누리 AI 얼라이언스"), and
        with none ("AI 반도체 동맹") the alliance is only described, no body with a name."""
        found = []
        for m in _ALLIANCE.finditer(s.text):
            head, a = m.group(2), s.start + m.start(2)
            field = self._field_word(head)
            if field and m.group("pre") and self._name_word(s, m.start("pre"), m.end("pre")):
                a = s.start + m.start("pre")
            elif field or not self._name_word(s, m.start(2), m.end(2)):
                continue
            found.append(
                Mention(
                    a, s.start + m.end(), s.text[a - s.start : m.end()], EntityType.ORGANIZATION, "compound", s.index
                )
            )
        return found

    def _field_word(self, word: str) -> bool:
        """A word that names a field or a product ("AI", "반도체", "클라우드"), never a body on its own."""
        return word in self.lex.generic_heads or word in self.lex.not_names

    def _field_words_only(self, text: str) -> bool:
        """ "IT서비스", "AI 반도체": Latin and Hangul pieces that are each a field or product word, no name."""
        pieces = _SCRIPT_PIECE.findall(text)
        return len(pieces) >= 2 and all(self._field_word(p) for p in pieces)

    def _described_body(self, text: str) -> bool:
        """ "반도체 협의체", "AI 반도체 얼라이언스": field words, then a body's head word written apart; a body
        described by what it works on, with no name of its own."""
        words = text.split()
        suffix = self.lex.suffix_of(text)
        return (
            len(words) > 1
            and suffix is not None
            and suffix.text == words[-1]
            and all(self._field_word(w) for w in words[:-1])
        )

    def _name_word(self, s: Sentence, start: int, end: int) -> bool:
        """The sentence text ``start:end`` is one noun word that can name something."""
        word = s.text[start:end]
        toks = [t for t in s.tokens if s.start + start <= t.start and t.end <= s.start + end]
        return not (
            not toks
            or any(t.tag not in NOUNISH and t.form != "-" for t in toks)  # "K-AI 얼라이언스"
            or word in self.lex.generic_heads
            or word in self.lex.places
            or word in self.lex.generic_orgs
            or word in _NOT_BODY_WORDS
            or word in _TIME_WORDS
            or word.isdigit()
        )

    def _quoted(self, s: Sentence) -> list[Mention]:
        """ "‘이노비즈 테크놀로지스’에", "'SK ICT 연합'을": a name-like text in single quotes before a particle."""
        found = []
        for m in _QUOTED.finditer(s.text):
            text = _PROVISIONAL.sub("", m.group("n")).strip()  # "'가람브레인(가칭)'": the name without the note
            a = s.start + m.start("n") + m.group("n").index(text) if text else s.start + m.start("n")
            b = a + len(text)
            inside = [t for t in s.tokens if a <= t.start and t.end <= b]
            suffix = self.lex.suffix_of(text)
            if (
                not inside
                or len(text.split()) > 4
                or inside[-1].tag[0] in "EJ"
                or (suffix is None and any(t.tag[0] in "VEJ" for t in inside))
                or (" " in text and any(t.tag[0] == "E" for t in inside))  # "'인간과 AI가 공존하는 시대'"
            ):
                continue  # a phrase or clause, not a name (Kiwi may split an unknown name: "얼라이언/스")
            proper = any(t.tag in ("NNP", "SL") and t.form not in self.lex.generic_heads for t in inside)
            # one written word glued from several pieces, not all field words: "'한울AI'"
            coined = (
                " " not in text
                and not all(t.form in self.lex.generic_heads for t in inside)
                and (len(inside) > 1 or bool(re.search(r"[가-힣]", text) and re.search(r"[A-Za-z0-9]", text)))
            )
            before = s.text[: m.start()].split()
            # "계열사 '가람브레인'", "합작법인인 '뉴로라인'": a name because a classifier introduces it
            # "계열사 '가람브레인'", "사내독립기업(CIC)이던 '클로바헬스'": the classifier, its gloss and copula aside
            kind = self.lex.classifier_ending(_GLOSS_END.sub("", _COPULA_END.sub("", before[-1]))) if before else None
            if kind is None and before and before[-1] in _MADE_BEFORE:
                kind = EntityType.COMPANY  # "서울대에서 분사한 '딥엑스칩'의": a company, by how it was made
            classified = (
                kind is not None
                or bool(_FOUNDED_AFTER.match(s.text, m.end()))
                # "'AI 반도체 팜' 사업에는": a programme's name (not a plan's: "'AI 국가전략' 사업에")
                or bool(_PROGRAMME_AFTER.match(s.text, m.end()))
                and not any(map(text.endswith, self.lex.not_names))
            )
            if (
                not (proper or suffix or coined or classified)
                or text in self.lex.generic_heads
                or text.split()[-1] in self.lex.not_names
            ):
                continue
            found.append(
                Mention(
                    a,
                    b,
                    text,
                    suffix.type if suffix else kind or EntityType.ORGANIZATION,
                    "quoted",
                    s.index,
                    tentative=suffix is None and not classified,  # "사회적기업 '마리몬드'": named so, no weak reading
                )
            )
        return found

    def _listed(self, s: Sentence, known: list[Mention]) -> list[Mention]:
        """Members of an enumeration: "A, B, C 등이 참여", "A·B", "△A △B"; relative clauses before a member are skipped.

        A list counts when it is closed by 등, one member is already a known
        organisation, or the sentence names the members' role as organisations and none is a
        person already read; each member must look like a name (a proper-noun or Latin
        morpheme, an organisation suffix, or an unknown word Kiwi had to split).
        """
        orgs = {(m.start, m.end) for m in known if m.type.is_organization}
        registered = {(m.start, m.end) for m in known if m.source in ("registry", "learned")}
        people = [(m.start, m.end) for m in known if m.type is EntityType.PERSON]
        found: list[Mention] = []
        for items, closed in _enumerations(s.tokens):
            items = self._without_fields(s, items, registered)
            members = self._members(s, items)
            if any((m.start, m.end) in orgs for m in members):
                # "퓨처플레이/NNG, 블루포인트파트너스로부터": beside a known organisation, a word Kiwi's dictionary
                # lacks is a name too
                members = self._members(s, items, coined=True)
            if sum(self.people.is_korean_name(m.text) for m in members) * 2 > len(members):
                continue  # "김철수, 이영희 등": people, not organisations
            if len(members) >= 2 and (
                closed
                or any((m.start, m.end) in orgs for m in members)
                or self._organisations_listed(s, members)
                and not any(overlaps((m.start, m.end), p) for m in members for p in people)
            ):
                found.extend(members)
        return found

    def _members(self, s: Sentence, items: list[list[Token]], coined: bool = False) -> list[Mention]:
        """The enumeration's items that read as names; not a kind of body with the count of those listed ("A, B 등
        상급종합병원 8곳과")."""
        found = (self._member(s, run, coined=coined) for run in items)
        return [m for m in found if m is not None and not _COUNTED_KIND.match(s.text, m.end - s.start)]

    def _organisations_listed(self, s: Sentence, members: list[Mention]) -> bool:
        """A list the sentence says is of organisations without 등 or a known member: after "참여 기관은",
        "주관기관으로는", or as the subject of joining ("A·B·C가 컨소시엄을 구성", "A, B가 공동연구기관으로
        참여"); a place among the members ("서울, 부산이 참여") makes it a list of something else."""
        before = s.text[: members[0].start - s.start]
        after = s.text[members[-1].end - s.start :]
        return (_ORG_LIST_BEFORE.search(before) is not None or _ORG_LIST_AFTER.match(after) is not None) and not any(
            self._place(m.text) for m in members
        )

    def _without_fields(
        self, s: Sentence, items: list[list[Token]], registered: set[tuple[int, int]]
    ) -> list[list[Token]]:
        """The list without the fields that open a longer name: "컴퓨터과학·인공지능연구소", "전기·전자공학부" join
        fields by a middle dot before the kind of body they share (dictionary words, no registered name: "삼성·현대연구소"
        and "퓨처플레이·비전벤처파트너스" list two)."""

        def text(item: list[Token]) -> str:
            return s.text[item[0].start - s.start : item[-1].end - s.start]

        def dotted(a: list[Token], b: list[Token]) -> bool:
            return s.text[a[-1].end - s.start : b[0].start - s.start] in _MIDDLE_DOTS

        kept: list[list[Token]] = []
        for k, item in enumerate(items):
            chain = k
            while chain + 1 < len(items) and dotted(items[chain], items[chain + 1]):
                chain += 1
            field = (
                chain > k
                and all(t.tag in ("NNG", "NNP") and not t.unknown for it in items[k : chain + 1] for t in it)
                and not any((it[0].start, it[-1].end) in registered for it in items[k : chain + 1])
                and all(self.lex.suffix_of(text(it)) is None for it in items[k:chain])
                and self.lex.suffix_of(text(items[chain])) is not None
            )
            if not field:
                kept.append(item)
        return kept

    def _member(self, s: Sentence, run: list[Token], coined: bool = False) -> Mention | None:
        while run and (
            run[0].form in self.lex.countries
            or run[0].form in self.lex.generic_heads
            or run[0].form in _TIME_WORDS
            or run[0].tag == "XPN"
        ):
            run = run[1:]  # "미국 X", "국내 X"
        kind = max((k for k, t in enumerate(run[:-1]) if t.form in self.lex.classifiers), default=-1)
        run = run[kind + 1 :]  # "한빛그룹 계열사 X", "AI 스타트업 X": what the first member is, before its name
        count = next((k for k, t in enumerate(run) if k and t.tag == "SN"), None)
        if count is not None and all(t.form in _COUNT_WORDS for t in run[count + 1 :]):
            run = run[:count]  # "튜닙 3사와", "B 2개 기관": the list's count, no part of the last name
        if run and run[0].start > s.start and s.text[run[0].start - s.start - 1].isalnum():
            return None  # starts inside a written word ("초대|규모 AI 센터"): a description, not a name
        if (
            not run
            or self.people.title.fullmatch(run[-1].form)
            or run[-1].tag in ("SN", "NR")
            or (run[0].tag == "SN" and all(t.form in _COUNT_WORDS for t in run[1:]))
        ):
            return None  # "곽준호 팀장" is a person; "3사", "스타트업 3곳" a count
        text = s.text[run[0].start - s.start : run[-1].end - s.start]
        words = text.split()
        if len(words) > 4 or len(text) < 2 or text in self.lex.generic_heads or text in self.lex.generic_orgs:
            return None
        after = s.text[run[-1].end - s.start :]
        if (
            words[-1] in self.lex.not_names
            or self.people.is_korean_name(run[0].form)
            and (self.people.title.match(after.lstrip()) or PARTICLE_AFTER_NAME.match(after))
        ):
            return None
        suffix = self.lex.suffix_of(text)
        if suffix is not None and suffix.text == text and suffix.strength != "strong":
            return None  # "전자, 화학, 바이오 등": industries, a name's ending alone names nothing
        if self._described_body(text):
            return None  # "A, B와 (AI) 반도체 협의체를": a body described by its field, not named
        proper = any(t.tag in ("NNP", "SL") and t.form not in self.lex.generic_heads for t in run)
        if suffix is not None and suffix.strength == "glued" and not proper:
            suffix = None  # "청년실업, 저출산 등": common nouns ending like a company ("세진실업") are no name
        # one written word Kiwi split ("퓨처/플레이"); beside a known organisation, one ending in a field word too
        # ("마음/AI, 코난테크놀로지 등"), though a field word alone or first is none ("AI반도체")
        split_word = (
            len(run) > 1
            and all(b.start == a.end for a, b in zip(run, run[1:]))
            and (
                all(t.form not in self.lex.generic_heads for t in run)
                or coined
                and run[0].form not in self.lex.generic_heads
            )
        )
        split_word = split_word or (coined and len(run) == 1 and run[0].tag == "NNG" and run[0].unknown)
        if not (proper or suffix or split_word) or (split_word and not proper and _COPULA_AFTER.match(after)):
            return None  # "… 공동 출자한 합작법인이다": known nouns before the copula say what something is
        return Mention(
            run[0].start,
            run[-1].end,
            text,
            suffix.type if suffix else EntityType.COMPANY,
            "listed",
            s.index,
            tentative=suffix is None,
        )

    @staticmethod
    def _stray(s: Sentence, m: Mention, person_ends: set[int], org_ends: set[int]) -> bool:
        """A tagger span across list separators or 등, a city or county opening an address ("대구시 동구"), or
        a gloss in parentheses after a name ("사피온(반도체)").

        After a person the parentheses name the person's organisation ("기성용(스완지시티)"); after an
        organisation, a whole parenthesis the tagger calls one is its other name ("지질조사국(USGS)")."""
        if m.source != "ner":
            return False
        rel = m.start - s.start
        whole = s.text[m.end - s.start : m.end - s.start + 1] == ")"
        named = (m.start - 1 in person_ends and bool(_HANGUL_CHAR.search(m.text))) or (
            whole and m.start - 1 in org_ends
        )  # not "앤드류 김(Andrew Kim)": a person's name spelled in Latin letters
        return (
            (m.text[-1:] in ("시", "군", "도") and bool(_ADDRESS_NEXT.match(s.text, m.end - s.start)))
            or any(sep in m.text for sep in "·ㆍᆞ,△▲■")
            or " 등 " in m.text  # "B 등 벤처캐피탈이": a list's last member and the members' kind
            or bool(_STRUCTURE_WORD.search(m.text))
            or (
                m.type is not EntityType.PERSON
                and not named
                and (
                    (rel > 1 and s.text[rel - 1] == "(" and s.text[rel - 2].isalnum())
                    or _inside_latin_gloss(s.text, rel, m.end - s.start)
                )
            )
        )

    def _medium(self, s: Sentence, m: Mention) -> bool:
        """A social network or video service written as where something was posted, watched or said
        ("자신의 페이스북에 올린 글", "트위터를 통해 밝혔다"): a medium, no organisation. Written as an actor
        or with its officers ("트위터는 … 발표했다", "트위터 CEO") it stays one."""
        if not m.type.is_organization or m.text.lower() not in self.lex.platforms:
            return False
        rest = s.text[m.end - s.start :]
        if _MEDIUM_NOUN.match(rest):
            return True
        particle = _MEDIUM_PARTICLE.match(rest)
        return particle is not None and bool(_POSTED.search(rest, particle.end(), particle.end() + 20))

    def _unit_after_body(self, text: str) -> bool:
        """ "고려대 인공지능학과": a unit named after its body ends in its own 과, no particle 와/과 ("누리과학과 …"
        written alone is a name and the particle)."""
        return " " in text and text.endswith(self.lex.unit_suffixes)

    def _not_of_the_name(self, text: str) -> int:
        """How many characters at the end of a tagger organisation span are no part of the name: "측"
        (its side: "북측", "한빛전자 측") and "전" after a team, country or known organisation (the match
        against it: "라오스전", "KT전"), " 출신" (where a person came from: "서울대 출신 연구원"), a round after 의
        ("누리랩스의 시리즈B": the company's round, not its name)."""
        if len(text) < 2:
            return 0
        if round_of := _ROUND_OF_NAME.search(text):
            return len(round_of.group(0))
        if text.endswith(" 출신"):
            return 3
        if text[-1] == "측":
            return 1
        base = text[:-1]
        known = self.tagger.known_kind(base) if self.tagger else None
        if text[-1] == "전" and (self._place(base) or known == "OG" or self._is_alias(base)):
            return 1
        return 0

    def _body_before_head(self, word: str) -> int:
        """The length of the organisation that opens one written word when its head's title is glued
        after it ("하나은행장", "누리대총장"), 0 when none: a company, group or university known
        from the registry or a suffix of two or more syllables ("누리은행"), never the suffix alone
        ("은행장") or a common word ("공장"). A public office glued to its body ("국정원장", "서울시장",
        "지검장") is one post's name: KLUE-NER marks no body in it, and nor is one read here."""
        for cut in range(len(word) - 1, 1, -1):
            head, body = word[cut:], word[:cut]
            if head not in _GLUED_HEADS:
                continue
            if self.lex.glued_body_type(body, min_suffix=2) in _HEADED_BODIES:
                return cut
        return 0

    def _known(self, s: Sentence) -> list[Mention]:
        """ "금감원은", "연합뉴스에 따르면": a name of ``lexicons/known_orgs.tsv`` (broadcasters, agencies and
        their short forms, parties, international bodies, league clubs) written as a word of its own or
        before its particle. Kiwi often splits these short forms, and the tagger misses many in a context
        it has not seen. Kiwi's dictionary holds many bodies as common nouns ("감사원", "금감원"); only a
        two-syllable one ("예보", forecast; "국회", often the building) may be a word and is left to the tagger."""
        found = []
        for m in self._known_names.finditer(s.text):
            start, end = s.start + m.start(1), s.start + m.end(1)
            inside = [t for t in s.tokens if start <= t.start and t.end <= end]
            if len(inside) == 1 and inside[0].tag == "NNG" and not inside[0].unknown and len(inside[0].form) <= 2:
                continue
            name = " ".join(m.group(1).split())
            etype = self.lex.known_orgs.get(name) or self.lex.known_orgs.get(name.replace(" ", ""))
            found.append(Mention(start, end, m.group(1), etype or EntityType.ORGANIZATION, "known", s.index))
        return found

    def _reporters(self, s: Sentence, others: list[Mention]) -> list[Mention]:
        """The paper or broadcaster a sentence is reported by: the subject opening a sentence whose verb is 보도하다
        ("25일 한빛투데이는 … 보도했다") or the subject of 보도했다/전했다 after what was reported ("…했다고 누리넷이
        16일 보도했다"); not a kind of outlet ("외신은"), nor a person (a name, a title, a span ``others`` read as one)."""
        subjects = []
        m = _REPORTER.match(s.text)
        verb = _REPORTED.search(s.text, m.end()) if m is not None else None
        said = s.text.rfind("고 ", m.end(), verb.start()) if m is not None and verb is not None else -1
        if m is not None and verb is not None and not (said >= 0 and _SUBJECT.search(s.text, said, verb.start())):
            subjects.append((m.group(1), m.start(1), m.end(1), False))  # not "X가 … 했다고 매체 Y가 보도했다"
        for a in _ATTRIBUTED.finditer(s.text):
            if a.group(1) is None or a.group(1) in self.lex.countries:
                subjects.append((a.group(2), a.start(2), a.end(2), True))
        persons = [p for p in others if p.type is EntityType.PERSON]
        found = []
        for name, first, last, closing in subjects:
            start, end = s.start + first, s.start + last
            inside = [t for t in s.tokens if start <= t.start and t.end <= end]
            # after the report, who passed it on is often a common noun ("…했다고 일행은 전했다"): only a word
            # that looks like a name counts there (a proper noun, Latin, an unknown word Kiwi split or kept long)
            common = closing and len(inside) == 1 and inside[0].tag == "NNG" and len(name) < 4
            if (
                not inside
                or common
                or inside[-1].end != end
                or any(t.tag not in NOUNISH for t in inside)
                or name in self.lex.generic_orgs
                or name in self.lex.generic_heads
                or self.lex.classifier_ending(name) is not None
                or name in _OUTLET_KINDS
                or name.endswith("들")  # "외신들은", "소식통들은"
                or name in _TIME_WORDS
                or self.people.is_korean_name(name)
                or self.people.title.fullmatch(name)
                or self._place(name)
                or any(overlaps((start, end), (p.start, p.end)) for p in persons)
                or (self.tagger is not None and self.tagger.known_kind(name) == "PS")
            ):
                continue
            found.append(Mention(start, end, name, EntityType.COMPANY, "compound", s.index))
        return found

    def _committees(self, s: Sentence) -> list[Mention]:
        """ "혁신위가", "정무위,", "방송심의위는": a committee's name with "위원회" written short as "위", when
        the word is nouns only (not "쯔위", a name) and not a common noun ending alike ("가혹행위", "최하위")."""
        found = []
        for m in _COMMITTEE.finditer(s.text):
            start, end = s.start + m.start(1), s.start + m.end(1)
            inside = [t for t in s.tokens if start <= t.start and t.end <= end]
            if (
                not inside
                or inside[0].start != start
                or inside[-1].end != end
                or any(t.tag != "NNG" for t in inside)
                or self.lex.ends_like_a_common_word(m.group(1))
            ):
                continue
            found.append(Mention(start, end, m.group(1), EntityType.GOVERNMENT_AGENCY, "compound", s.index))
        return found

    def _legal_names(self, s: Sentence) -> list[Mention]:
        """A name written with its legal form is a company's; the form stays out of the name and the span, and
        a particle Kiwi reads on the name's end ("(주)한빛가스는") is cut off."""
        found = []
        for pattern in (_AFTER_LEGAL_FORM, _BEFORE_LEGAL_FORM):
            for m in pattern.finditer(s.text):
                start, end = s.start + m.start(1), s.start + m.end(1)
                if pattern is _AFTER_LEGAL_FORM:
                    end = _before_trailing_particles(s, start, end)
                name = s.text[start - s.start : end - s.start].rstrip(".-")
                if len(name) >= 2 and name not in self.lex.generic_heads:
                    found.append(Mention(start, start + len(name), name, EntityType.COMPANY, "legal", s.index))
        for m in _LATIN_LEGAL_NAME.finditer(s.text):  # "DataForge Inc.에", "Luminous AI Inc.는": the form is the name's
            found.append(
                Mention(s.start + m.start(1), s.start + m.end(1), m.group(1), EntityType.COMPANY, "legal", s.index)
            )
        return found

    def _is_alias(self, text: str) -> bool:
        low = text.lower()
        return any(low == alias for alias, _ in self._aliases.get(low[:1], ()))

    def _starts_with_alias(self, text: str) -> bool:
        low = text.lower()
        return any(low.startswith(alias) and len(alias) < len(low) for alias, _ in self._aliases.get(low[:1], ()))

    def _in_address(self, s: Sentence, start: int, text: str) -> bool:
        """ "경북 울진군", "서울 서초구": a city, county or district after its province is part of an address (not
        when its head is glossed after it: "경기 양평군(군수 P)은" is the county acting)."""
        before = _PLACE_BEFORE.search(s.text, 0, start - s.start)
        return (
            bool(_LOCAL_GOVERNMENT.fullmatch(text))
            and before is not None
            and before.group(1) in self.lex.places
            and not _HEAD_GLOSS.match(s.text, start - s.start + len(text))
        )

    def _place(self, text: str) -> bool:
        """A country or place name alone: in the place lexicons, or one the tagger's name dictionary
        knows mostly as a place (KLUE-NER marks a country as an organisation only now and then)."""
        return self.lex.is_place(text) or (self.tagger is not None and self.tagger.known_kind(text) == "LC")

    def _kind_in_place(self, word: Token, kind: EntityType) -> bool:
        """ "중국 항공사", "미국 제약사": a country or place before a company's kind says where, it names no company
        (a ministry or agency is named with its country: "미국 국방부")."""
        return kind is EntityType.COMPANY and word.form in self.lex.places

    def _kind_of_body(self, text: str) -> bool:
        """Place or field words and one classifier noun alone ("중국 지주사", "국내 계열사") say what kind of
        body is meant, never which: no name to recognise."""
        *before, last = text.split(" ")
        return last in self.lex.classifiers and all(
            w in self.lex.places or w in self.lex.generic_heads or w in _TIME_WORDS for w in before
        )

    @staticmethod
    def _any_of_a_kind(s: Sentence, start: int, end: int) -> bool:
        """ "인근 초등학교", "모든 지방경찰청", "한 병원": common nouns Kiwi knows, after a word that picks any one
        or every one of its kind, names no particular body (a proper name there does: "전국 스타벅스 매장")."""
        inside = [t for t in s.tokens if start <= t.start and t.end <= end]
        return (
            bool(inside)
            and all(t.tag == "NNG" and not t.unknown for t in inside)
            and bool(_ANY_OF_A_KIND.search(s.text, 0, start - s.start))
        )

    def _classifier_before(self, description: str) -> bool:
        """Whether a leading description ends in a classifier noun ("AI 스타트업 ", "로봇업체 ")."""
        words = description.split()
        return bool(words) and self.lex.classifier_ending(words[-1]) is not None

    def _leading_description(self, text: str) -> int:
        """How many characters of a tagger span are description before the name: time and field
        words ("최근", "국내"), and everything up to a classifier noun ("AI 스타트업")."""
        words = text.split(" ")
        cut = 0
        for k, w in enumerate(words[:-1]):
            if self.lex.classifier_ending(w) is not None:
                cut = k + 1
        while cut < len(words) - 1 and (words[cut] in _TIME_WORDS or words[cut] in self.lex.generic_heads):
            cut += 1
        return sum(len(w) + 1 for w in words[:cut])

    def _surname_titled(self, s: Sentence, text: str, end: int) -> bool:
        """A surname alone before a title, a later reference to a person: "박 대통령", "신 전 회장"."""
        gap = _SURNAME_GAP.match(s.text, end - s.start)
        return text in self.lex.surnames and gap is not None and bool(self.people.title.match(s.text, gap.end()))

    def _short_person(self, s: Sentence, text: str, end: int) -> bool:
        """A person the tagger found written short: an initial ("A(27)씨", "A 원사") or a surname before
        a role no title list holds ("최 셰프", "박 경사")."""
        rest = s.text[end - s.start : end - s.start + 3]
        if len(text) == 1 and text.isascii() and text.isupper():
            return rest[:1] == "씨" or bool(re.match(r"\(\d| [가-힣]", rest))
        return text in self.lex.surnames and bool(re.match(r" [가-힣]", rest))

    def _without_person(self, s: Sentence, text: str, start: int, end: int) -> tuple[str, int]:
        """An organisation span the tagger ran over a titled person keeps the organisation only: the person
        before it and a title after it ("최재원 SK그룹 (수석부회장)", "한상희 건국대 법학전문대학 (교수)"), or
        the person and a unit head's title inside it ("중앙대책본부 권준욱 기획총괄반장")."""
        words = text.split(" ")
        for k in range(1, len(words) - 1):
            at = start + len(" ".join(words[:k])) + 1
            if self._personal_name(s, at, words[k]) and (self._titled(words[k + 1]) or words[k + 1].endswith("장")):
                return " ".join(words[:k]), start
        first = words[0]
        if (
            self._personal_name(s, start, first)
            and self._titled(s.text[end - s.start :].lstrip().split(" ", 1)[0])
            and self.tagger is not None
            and self.tagger.known_kind(first) != "OG"
            and not self._is_alias(first)
            and first not in self.lex.known_orgs
        ):
            return text[len(first) + 1 :], start + len(first) + 1
        return text, start

    def _personal_name(self, s: Sentence, at: int, word: str) -> bool:
        """A word shaped like a Korean name that Kiwi does not read as one common noun ("박물관", "정보원")."""
        return self.people.is_korean_name(word) and not any(
            t.tag == "NNG" and t.start == at and t.end == at + len(word) for t in s.tokens
        )

    def _names_a_thing(self, s: Sentence, text: str, end: int) -> bool:
        """A tagger's person that news writes as a term or a thing: one word ending like a technical noun
        ("유전체", "고인골"; ``term_endings.txt``), or a name that is not Korean-shaped written right before a
        common noun it modifies ("소유스 우주선", "세라다 카피바라 국립공원"): a person's name is followed by a
        title, a particle or another name, not by the kind of thing it names."""
        if len(text) == 3 and HANGUL.fullmatch(text) and text[-1] in self.lex.term_endings:
            return True
        if self.people.is_korean_name(text) or s.text[end - s.start : end - s.start + 1] != " ":
            return False
        word = s.text[end - s.start + 1 :].split(" ", 1)[0]
        nouns = [t for t in s.tokens if end + 1 <= t.start < end + 1 + len(word)]
        return (
            bool(nouns)
            and nouns[0].tag == "NNG"
            and not self._titled(word)
            and not self.people.title.match(word)
            and nouns[0].form not in self.lex.member_roles  # "아지 기옌 감독으로부터": a role a person holds
        )

    def _department_of_person(self, s: Sentence, text: str, last: Token, nxt: Token | None) -> bool:
        """ "영상의학과 박성진 교수": Kiwi read the department's "과" as "and"; a title follows the name after it."""
        if nxt is None or nxt.form != "과" or nxt.start != last.end or not is_bare_unit(text + "과", ("학과",)):
            return False
        after = _WORDS_AFTER.match(s.text, nxt.end - s.start)
        return after is not None and self._titled(after.group("title"))

    def _titled(self, word: str) -> bool:
        """ "교수", "수석부회장에게는": a written word that is a title, perhaps with its particles."""
        return any(_PARTICLES_ONLY.fullmatch(word[m.end() :]) for m in self.people.title.finditer(word))

    def _describes_post(self, s: Sentence, end: int, text: str) -> bool:
        """A word describing a post right before its title ("초대 대표이사", "신임 사장"), not the body's name."""
        after = s.text[end - s.start :]
        return text in _POST_MODIFIERS and after.startswith(" ") and self.people.title.match(after, 1) is not None

    def _ner(self, s: Sentence) -> list[Mention]:
        if self.tagger is None:
            return []
        found = []
        next_tag = {t.start: t.tag for t in s.tokens}
        for start, end, tag in _split_at_conjunctions(s, self.tagger.spans(s)):
            raw = s.text[start - s.start : end - s.start]
            text = raw.strip(_EDGE_PUNCT)
            start += raw.index(text) if text else 0
            end = start + len(text)
            cut = _after_particle_words(s, start, end) - start  # "토론토에 가람연구소": the name starts after "에"
            text, start = text[cut:], start + cut
            lead = self._leading_description(text)
            if lead and not self._classifier_before(text[:lead]) and _common_nouns_only(s, start + lead, end):
                continue  # "AI 혁신펀드": a field word before common nouns is a description, no name
            text, start = text[lead:], start + lead  # "최근 한울전자", "AI 스타트업 다온랩스": the name only
            if text.endswith("사업") and _common_nouns_only(s, start, end):
                continue  # "금융사업 총괄 이사": a line of business, no body
            if tag == "OG" and len(text) > 1 and (word_start := _word_start_before(s, start)) is not None:
                text, start = s.text[word_start - s.start : end - s.start], word_start  # "청|암그룹": all of it
            if tag == "OG" and " " in text:
                text, start = self._without_person(s, text, start, end)
                end = start + len(text)
            if tag == "PS" and " " in text and self._is_alias(text.rsplit(" ", 1)[1]):
                text = text.rsplit(" ", 1)[0]  # "김병학 카카오 (AI전략책임자)": the name, then the known employer
                end = start + len(text)
            if " " in text and self.people.title.fullmatch(text.rsplit(" ", 1)[1]):
                while " " in text and (self.people.title.fullmatch(last := text.rsplit(" ", 1)[1]) or last == "겸"):
                    text = text.rsplit(" ", 1)[0]  # "가온칩스 대표이사 (겸) 사장" -> the company, every title off
                end = start + len(text)
            elif (
                (m := self.people.title.search(text))
                and m.end() == len(text)
                and m.start() > 0
                and text[m.start() - 1] == " "
            ):
                text = text[: m.start()].rstrip()  # "정종오 기자" -> the name, "구글 수석연구원" -> the company
                end = start + len(text)
            elif " " in text and self.people.titled_team.fullmatch(text.rsplit(" ", 1)[1]):
                text = text.rsplit(" ", 1)[0]  # "김 박사팀": the titled person, not the team
                end = start + len(text)
            elif (
                tag == "OG"
                and " " in text
                and (self.people.unit_title.fullmatch(last := text.rsplit(" ", 1)[1]) or self.people.heads_a_unit(last))
            ):
                # "삼성리서치 뉴욕 AI센터장", "한빛전자 반도체연구소장": the unit head's title is not the name
                text = text.rsplit(" ", 1)[0]
                end = start + len(text)
            if tag == "OG" and text.endswith(" 겸"):
                text = text[:-2]  # "경제부총리 겸 기획재정부장관": the first of two posts, the second cut above
                end = start + len(text)
            if tag == "OG" and " " not in text and self.people.unit_title.fullmatch(text):
                continue  # "사회부총리", "기술연구소장": a post, not the body
            if tag == "OG" and self._describes_post(s, end, text):
                continue  # "초대 대표이사로", "신임 사장에": a word describing the post, no body
            if tag == "OG" and " " in text and text.rsplit(" ", 1)[1] in _MEETINGS:
                text = text.rsplit(" ", 1)[0]  # "누리랩스 이사회": the company, whose board it is
                end = start + len(text)
            inside = [t for t in s.tokens if start <= t.start and t.end <= end]
            while (
                inside
                and inside[-1].tag.startswith("J")
                and inside[-1].start > start
                and not self._unit_after_body(text)
            ):
                end = inside.pop().start  # "SK차이나가": the tagger's span took the particle
                text = s.text[start - s.start : end - s.start]
            if (
                tag == "OG"
                and s.text[end - s.start : end - s.start + 2] == "과 "
                and self._unit_after_body(text + "과")
            ):
                text, end = text + "과", end + 1  # "경희대 산업경영공학|과 최 교수": the tagger left the name's 과 out
            if (
                tag == "OG"
                and (p := _TRAILING_PARTICLE.search(text))
                and (self._starts_with_alias(text) or self.lex.suffix_of(text[: p.start()]) is not None)
                and not _known_word_ends(inside, start + p.start(), end)
                and not self._unit_after_body(text)
            ):
                text = text[
                    : p.start()
                ]  # "SK차이나가", "한빛 얼라이언스에" read as one word: the particle is not the name
                end = start + len(text)
            last = text.rsplit(" ", 1)[-1]
            if (tag == "OG" or " " in text) and (body := self._body_before_head(last)):
                # "김민수 누리은행장" -> the person; "누리은행장" -> the bank
                text = text[: len(text) - len(last) + body] if tag == "OG" else text.rsplit(" ", 1)[0]
                end = start + len(text)
            if tag == "OG" and (rest := self._not_of_the_name(text)):
                text = text[: len(text) - rest].rstrip()  # "북측", "라오스전": the body alone
                end = start + len(text)
            after = s.text[end - s.start : end - s.start + 2].strip()[:1]
            surname = tag == "PS" and (
                after in ("씨", "모", "군", "양")
                or self._surname_titled(s, text, end)
                or self._short_person(s, text, end)
            )
            if (  # a field word ("AI"), "김모씨", "이 씨", "박 대통령"
                ((len(text) < 2 or text in self.lex.generic_heads) and not surname)
                or self.people.title.fullmatch(text)
                or self.people.titled_team.fullmatch(text)
                or text.count("(") != text.count(")")
                or next_tag.get(end, "") in NOUNISH
                or (text.isascii() and _MODEL_NUMBER.match(s.text, end - s.start))
                or (_MODEL_CODE.fullmatch(text) and self._starts_with_alias(text))  # "KT200" read whole
                or (tag == "OG" and _BASED_ON.match(s.text, end - s.start))  # "딥러닝 기반의": a method
                or (tag == "OG" and self._described_body(text))  # "반도체 얼라이언스": described, not named
                or (tag == "OG" and text.endswith(_ACT_ENDINGS))
                or (tag == "OG" and self._field_words_only(text))  # "IT서비스 계열사": the kind of business
            ):
                continue  # a field word ("AI"), a title, a span cut inside a word ("정부 AI|기반정책관"), a model code
            if tag == "PS":
                if not surname and (
                    _common_nouns_only(s, start, end)  # common nouns are no person
                    or _MONEY_TO_THING.match(
                        s.text, end - s.start
                    )  # "양자 컴퓨팅에 1200억원", "라이너에 투자한": a person takes 에게
                    or any(w in self.lex.classifiers or w in self.lex.generic_heads for w in text.split())
                    or _ACRONYM.fullmatch(text)  # "CPU", "GPU": capitals alone spell a thing or a body
                    or _LATIN_GLUED_TO_HANGUL.fullmatch(text)
                ):
                    continue  # "계열사 다온칩스": a classifier and a company, not a person
                first = text.split()[0]
                if first in self.lex.places or (
                    " " in text
                    and (
                        self.lex.suffix_of(text)
                        or (_LOCAL_GOVERNMENT.fullmatch(first) and not _ADDRESS_PART.search(text))
                    )
                ):  # "가람시 환경사업소": a city's office (not "연천군 대광리", an address)
                    suffix = self.lex.suffix_of(text)  # "프랑스 제록스리서치센터유럽": a place and an organisation
                    name, cut = self._without_person(s, text, start, end)
                    if cut > start:  # "최재원 SK그룹 (수석부회장)": a person, then the organisation
                        found.append(
                            Mention(start, cut - 1, text[: cut - 1 - start], EntityType.PERSON, "ner", s.index)
                        )
                    text, start = name, cut
                    end = start + len(text)
                    found.append(
                        Mention(start, end, text, suffix.type if suffix else EntityType.ORGANIZATION, "ner", s.index)
                    )
                    continue
                words = text.split(" ")
                while len(words) > 1 and (words[-1] in self.lex.places or self._place_head_title(words[-1])):
                    words.pop()  # "테인 세인 미얀마 (대통령)", "홍길동 가람시장": the place (and its head's title) is no name
                if (
                    len(words) > 1
                    and self.people.is_korean_name(words[-1])
                    and not any(self.people.is_korean_name(w) for w in words[:-1])
                ):
                    start += len(" ".join(words[:-1])) + 1  # "새누리당 정문헌 (의원)": the name after its party
                    words = words[-1:]
                # "(데이비드) 하와 리온 존스가": two people joined by 와, the tagger's span across both (a name of
                # two words or more after it: "도쿠가와 이에미쓰" is one name)
                joined = [k for k, w in enumerate(words[:-2]) if w.endswith(("와", "과"))]
                if joined:
                    start += len(" ".join(words[: joined[-1] + 1])) + 1
                    words = words[joined[-1] + 1 :]
                text = " ".join(words)
                end = start + len(text)
                follows = s.text[end - s.start :].lstrip()
                titled = bool(self.people.title.match(follows)) or follows.startswith("씨")
                if (
                    HANGUL.match(text)
                    and not self.people.is_korean_name(text)
                    and len(text) > 1
                    and not titled
                    and self.tagger.known_kind(text) != "PS"
                ):
                    continue  # one Hangul word not shaped like a Korean name: "소두증", "투명망토" (but "케리 장관")
                if not titled and _common_noun_word(s, start, end):
                    continue  # "추진설이 돌던": a common noun and its suffix, shaped like a name but read as a word
                if (
                    not titled
                    and not surname
                    and self.tagger.known_kind(text) != "PS"
                    and self._names_a_thing(s, text, end)
                ):
                    continue  # "유전체를", "소유스 우주선", "유비퀴틴 프로테아좀 시스템": a term or a thing's name
                if glued := _LATIN_THEN_PARTICLE.search(text):
                    end -= len(glued.group(1))  # "Ilya Sutskever는": the particle glued to a name in Latin letters
                    text = text[: end - start]
                found.append(Mention(start, end, text, EntityType.PERSON, "ner", s.index))
            else:
                words = text.split()
                if len(words) > 1 and words[-1] in self.lex.generic_heads and self._title_next(s, end):
                    end -= len(words[-1]) + 1  # "라온소프트 AI 연구소장이던": the field word is the title's
                    text = text[: end - start]
                suffix = self.lex.suffix_of(text)
                if (
                    suffix is None
                    and not _MINISTRY.fullmatch(text)
                    and _common_nouns_only(s, start, end)
                    and _ENUMERATED.match(s.text, end - s.start)
                ):
                    continue  # "금융거래 등", "데이터 인텔리전스 등": common nouns in a list are no organisation
                if self._kind_of_body(text) or self._any_of_a_kind(s, start, end):
                    continue  # "중국 지주사", "인근 초등학교": what kind of body, not which one
                if suffix is not None and suffix.text == text and suffix.strength != "strong":
                    continue  # "코리아 세일 페스타", "그룹은": a name's ending alone names nothing
                if self._place(text) or self._in_address(s, start, text):
                    continue  # "포르투갈 축구의 전설", "리스본에서", "경북 울진군": a country or city is no organisation
                if EVENT_OR_LAW.search(text):
                    continue  # "프리미어리그", "국세기본법": a competition, an event or a law is no body
                if _LATIN_PHRASE.fullmatch(text) or _AMOUNT_FIRST.match(text) or "=" in text:
                    continue  # a paper's English title, "800만스웨덴크로나", a dateline's "서울=연합뉴스"
                found.append(
                    Mention(start, end, text, suffix.type if suffix else EntityType.ORGANIZATION, "ner", s.index)
                )
        return found

    def _title_next(self, s: Sentence, end: int) -> bool:
        """A job title is the next word after document offset ``end`` ("… AI 연구소장이던")."""
        rest = s.text[end - s.start :]
        return rest.startswith(" ") and self.people.title.match(rest, 1) is not None

    def _local_governments(self, s: Sentence, tagged: list[Mention]) -> list[Mention]:
        """ "경기도는", "인천시와", "충청남도가", "포항시로부터": a city or province acting, as the government of
        that place: a listed place (or a place's proper noun, for cities) with its administrative ending, before a
        particle that makes it an argument (not "경기도에", "서울시에서": where something is).  The same words
        also tell where ("제주도가 투표율이 가장 높았다"): a reading the tagger did not make is kept only when a
        relation uses it."""
        read = {(m.start, m.end) for m in tagged if m.type.is_organization}
        found = []
        for m in _LOCAL_BODY.finditer(s.text):
            stem, name = m.group("stem"), m.group("name")
            if not (stem in self.lex.places or _PROVINCE.fullmatch(name) or self._place_stem_at(s, m.start(), stem)):
                continue
            start = s.start + m.start()
            end = start + len(name)
            found.append(
                Mention(
                    start,
                    end,
                    name,
                    EntityType.GOVERNMENT_AGENCY,
                    "institution",
                    s.index,
                    tentative=(start, end) not in read,
                )
            )
        return found

    def _place_stem_at(self, s: Sentence, at: int, stem: str) -> bool:
        """Kiwi reads ``stem`` at ``at`` (offset in the sentence) as a place's proper noun of its own ("포항/NNP 시"),
        not as part of a longer word ("한반도")."""
        tok = next((t for t in s.tokens if t.start - s.start == at), None)
        return tok is not None and tok.tag == "NNP" and tok.form == stem and self._place(tok.form)

    def _institutions(self, s: Sentence) -> list[Mention]:
        """ "경찰은", "경찰 추산", "중국 정부는": an institution word news uses as one body's name
        (``generic_orgs.txt``, marked ``named``), or any institution word after a country ("미국 정부":
        that country's), written as a word of its own or before its particle; not inside a compound
        ("경찰서", "정부안")."""
        toks = s.tokens
        found = []
        for k, t in enumerate(toks):
            if t.form not in self.lex.generic_orgs or t.tag not in NOUNISH:
                continue
            before = toks[k - 1] if k else None
            country = (
                before is not None
                and before.end == t.start - 1
                and before.form in self.lex.countries
                and before.form not in _NOT_COUNTRIES
                and t.form not in _OF_ANY_COUNTRY  # "일본 기업 Y": what kind Y is, no body of Japan's
            )
            opens = before is None or before.end < t.start or before.tag.startswith("S")
            if before is not None and (before.form in _NOT_COUNTRIES or before.form in self.lex.generic_heads):
                continue  # "국내 정부 기관들", "해외 경찰": governments or forces in general, no one body
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            closes = nxt is None or nxt.start > t.end or nxt.tag.startswith(("J", "S"))
            if opens and closes and (country or t.form in self.lex.institutions):
                start = before.start if country and before is not None else t.start
                text = s.text[start - s.start : t.end - s.start]
                found.append(Mention(start, t.end, text, EntityType.ORGANIZATION, "institution", s.index))
        return found

    def _place_head_title(self, word: str) -> bool:
        """ "창원시장", "경남지사": a place glued to the title of the one heading it."""
        m = _LOCAL_HEAD_TITLE.fullmatch(word)
        return m is not None and self.lex.is_place(m.group(1))

    def _technologies(self, s: Sentence) -> list[Mention]:
        """Technologies as the objects of research verbs, without leading determiners ("등 최신")."""
        found = []
        tags = {t.start: t.tag for t in s.tokens}
        for m in _TECHNOLOGY.finditer(s.text):
            words = m.group(1).split(" ")
            pos = m.end(1) - len(m.group(1))
            starts = []
            for w in words:
                starts.append(pos)
                pos += len(w) + 1
            if words[0] in _LEANS_ON_BEFORE and self._noun_word_before(s, m.start(1), tags):
                continue  # "AI 기반 콘텐츠 제작 플랫폼을": cut after the word it leans on, what it is is not read whole
            keep: list[str] = []
            for w, at in zip(reversed(words), reversed(starts)):
                if keep and not _nouns_only(s, tags, at, w):
                    break  # "카카오브레인은 …": a word with a particle is not part of the phrase
                keep.insert(0, w)
            while len(keep) > 1 and keep[0] in _NOT_TECH_WORDS:
                keep.pop(0)
            name = " ".join(keep)
            start = s.start + m.end(1) - len(name)
            if len(name) > 2:
                found.append(Mention(start, start + len(name), name, EntityType.TECHNOLOGY, "tech", s.index))
                found += self._joined_technology(s, start, tags)
        return found

    @staticmethod
    def _joined_technology(s: Sentence, start: int, tags: dict[int, str]) -> list[Mention]:
        """ "자율주행 소프트웨어와 고정밀 지도 기술을 개발한다": the noun phrase joined by 와/과 right before a technology
        is one too (up to three words of nouns)."""
        joined = _JOINED_BEFORE.search(s.text, 0, start - s.start)
        if joined is None:
            return []
        words = joined.group(1).split(" ")
        pos = joined.start(1)
        keep_from = pos
        for w in words:  # the phrase starts after the last word with a particle or ending
            if not _nouns_only(s, tags, pos, w):
                keep_from = pos + len(w) + 1
            pos += len(w) + 1
        name = s.text[keep_from : joined.end(1)]
        if len(name) <= 2 or " " not in name and len(name) < 4:
            return []  # a bare short word ("AI와") names no technology
        return [Mention(s.start + keep_from, s.start + joined.end(1), name, EntityType.TECHNOLOGY, "tech", s.index)]

    @staticmethod
    def _noun_word_before(s: Sentence, at: int, tags: dict[int, str]) -> bool:
        """The word before sentence offset ``at`` (after one space) is nouns only, no particle: a phrase runs on."""
        word = re.search(r"([가-힣A-Za-z0-9]+) $", s.text[:at])
        if word is None:
            return False
        inside = [tag for p, tag in tags.items() if s.start + word.start(1) <= p < s.start + word.end(1)]
        return bool(inside) and all(tag in NOUNISH for tag in inside)

    def _anaphors(self, s: Sentence) -> list[Mention]:
        found = []
        for m in _ALLIANCE_ANAPHOR.finditer(s.text):
            found.append(
                Mention(s.start + m.start(), s.start + m.end(), m.group(0), EntityType.ORGANIZATION, "anaphor", s.index)
            )
        for m in _LOCAL_ANAPHOR.finditer(s.text):
            found.append(
                Mention(
                    s.start + m.start(1),
                    s.start + m.end(1),
                    m.group(1),
                    EntityType.GOVERNMENT_AGENCY,
                    "anaphor",
                    s.index,
                )
            )
        for m in _ANAPHOR.finditer(s.text):
            noun = m.group(1) or m.group(2) or m.group(3)
            suffix = self.lex.suffix_of(noun)
            found.append(
                Mention(
                    s.start + m.start(),
                    s.start + m.end(),
                    m.group(0),
                    suffix.type if suffix else EntityType.COMPANY,
                    "anaphor",
                    s.index,
                )
            )
        return found

    @staticmethod
    def _select(candidates: list[Mention]) -> list[Mention]:
        """Title-anchored persons first (they delimit the organisation next to them), weak readings
        last, then the longest span, then the more trusted source; no two kept mentions overlap."""
        kept: list[Mention] = []
        for m in sorted(
            candidates,
            key=lambda m: (
                m.source != "person",
                m.tentative and m.source != "quoted",
                -(m.end - m.start),
                -_PRIORITY[m.source],
                m.start,
            ),
        ):
            if not any(overlaps((m.start, m.end), (k.start, k.end)) for k in kept):
                kept.append(m)
        # a weak reading the tagger confirms ("'경향신문'은" quoted and tagged) is no longer weak
        confirmed = {(m.start, m.end) for m in candidates if m.source == "ner" and m.type.is_organization}
        kept = [
            replace(m, tentative=False)
            if m.tentative and m.type.is_organization and (m.start, m.end) in confirmed
            else m
            for m in kept
        ]
        return sorted(kept, key=lambda m: m.start)


_LATIN_GLOSS = re.compile(r"(?<=[가-힣A-Za-z0-9])\(([A-Za-z][A-Za-z .&-]*)\)")


_JOINED = re.compile(r"(?<=[가-힣A-Za-z0-9])(?:와|과)\s")


def _parted_at_a_joined_name(candidates: list[Mention]) -> list[Mention]:
    """ "도쿄일렉트론과 SK하이닉스가": a tagger span running over "와/과" into a registered name is two names, joined."""
    registered = {(m.start, m.end) for m in candidates if m.source == "registry"}
    out = []
    for m in candidates:
        joined = _JOINED.search(m.text) if m.source == "ner" and m.type.is_organization else None
        if joined is not None and (m.start + joined.end(), m.end) in registered:
            m = replace(m, end=m.start + joined.start(), text=m.text[: joined.start()])
        out.append(m)
    return out


def _inside_latin_gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a romanised gloss of the word before it ("앤드류 김(Andrew Kim)")."""
    return any(g.start(1) <= start and end <= g.end(1) for g in _LATIN_GLOSS.finditer(text))


def _in_order(short: str, name: str) -> bool:
    """Whether every syllable of ``short`` occurs in ``name`` in the same order ("권익위" of 국민권익위원회)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _split_at_conjunctions(s: Sentence, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A tagger span over "A와 B" is two names: cut it at each conjunction particle inside it."""
    out = []
    for start, end, tag in spans:
        for t in s.tokens:
            if t.tag == "JC" and start < t.start and t.end < end:
                out.append((start, t.start, tag))
                start = next((u.start for u in s.tokens if u.start >= t.end and u.start < end), end)
        out.append((start, end, tag))
    return out


# one-syllable short names of states that news pairs in one word: "남북", "한미", "북미", "한미일"
_STATE_SYLLABLES = frozenset("남북한미일중러")
_KOREAS = frozenset("남북한")
# "북미" is also North America ("북미 시장", "북미법인"): the two states only before talks between them
_NORTH_AMERICA = "북미"  # North America, or North Korea and the US when talks follow
_SOUTH_AMERICA = "남미"  # South America: never the two Koreas' partner states
_TALKS = ("정상", "회담", "관계", "협상", "대화", "합의", "외교", "비핵화", "공동성명", "갈등", "접촉", "간")


def _state_pairs(s: Sentence) -> list[Mention]:
    """ "남북 정상회담", "한미 관계": a word pairing the short names of two or three states (one of them a
    Korea) names each state, one syllable each, as the party to the talks (KLUE-NER marks them so)."""
    found = []
    for k, t in enumerate(s.tokens):
        f = t.form
        following = s.tokens[k + 1].form if k + 1 < len(s.tokens) else ""
        if f == _SOUTH_AMERICA or (f == _NORTH_AMERICA and not following.startswith(_TALKS)):
            continue
        if (
            t.tag in ("NNP", "NNG")
            and 2 <= len(f) <= 3
            and len(set(f)) == len(f)
            and set(f) <= _STATE_SYLLABLES
            and set(f) & _KOREAS
            and f not in ("한국", "북한", "남한")  # not "한국" (한+국 is one name)
        ):
            found += [
                Mention(t.start + k, t.start + k + 1, ch, EntityType.ORGANIZATION, "institution", s.index)
                for k, ch in enumerate(f)
            ]
    return found


def _before_trailing_particles(s: Sentence, start: int, end: int) -> int:
    """The end of ``start..end`` without the particles Kiwi reads at its end: "(주)한빛가스는" and
    "㈜이노테라피와의" (two particles in a row) name 한빛가스 and 이노테라피."""
    for t in reversed([t for t in s.tokens if start < t.start < end]):
        if not t.tag.startswith("J"):
            break
        end = t.start
    return end


def _titled_ends(s: Sentence, candidates: list[Mention]) -> set[int]:
    """Where a person's title written after the name ends ("하준호 교수(한빛대 …)"): a parenthesis opening there
    names the person's organisation, as one right after the name does."""
    ends = set()
    for p in candidates:
        rel = p.end - s.start
        if p.type is EntityType.PERSON and p.title and s.text.startswith(" " + p.title + "(", rel):
            ends.add(p.end + 1 + len(p.title))
    return ends


def _gloss_after(s: Sentence, end: int) -> tuple[int, int] | None:
    """The span of a parenthesis opening right at document offset ``end`` that spells the name
    before it in other letters ("데이비드 김(David Kim)"); one with Hangul in it names something
    else ("기성용(스완지시티)", "김태원(새누리당) 의원")."""
    rel = end - s.start
    if s.text[rel : rel + 1] != "(" or (close := s.text.find(")", rel)) < 0:
        return None
    if _HANGUL_CHAR.search(s.text, rel, close):
        return None
    return end, s.start + close + 1


def _after_particle_words(s: Sentence, start: int, end: int) -> int:
    """Where a span's name starts once its leading written words that end in a particle are left out
    ("토론토에 가람연구소", "이날 서울에서 한빛랩스"): a name's own words carry no particle before its last word."""
    inside = [t for t in s.tokens if start <= t.start and t.end <= end]
    cut = start
    for k, t in enumerate(inside[:-1]):
        if t.tag.startswith("J") and t.form != "의" and inside[k + 1].start > t.end:
            cut = inside[k + 1].start
    return cut


def _word_start_before(s: Sentence, start: int) -> int | None:
    """Where the Hangul run a span starts inside begins, when only nouns come before the span in it
    ("청|암그룹", "신|컴엔터테인먼트": Kiwi cut a coined name's first syllable off as a noun of its own)."""
    first = start
    while first > s.start and _HANGUL_CHAR.fullmatch(s.text[first - s.start - 1]):
        first -= 1
    head = [t for t in s.tokens if first <= t.start and t.end <= start]
    if (
        first < start
        and head
        and head[0].start == first
        and head[-1].end == start
        and all(t.tag in ("NNG", "NNP", "XPN") for t in head)
    ):
        return first
    return None


# words that describe a post, written before its title ("초대 대표이사", "신임 사장", "차기 회장", "사외 이사")
_POST_MODIFIERS = frozenset({"초대", "신임", "전임", "후임", "차기", "역대", "공동", "임시", "상임", "비상임", "사외"})


_ELLIPSIS = re.compile(r"…|\.\.\.|‥")


def _after_ellipsis(m: Mention) -> Mention | None:
    """A headline's "유치…스톤브릿지벤처스 주도" joins two phrases with an ellipsis: a name is the words after it
    (None when too little is left)."""
    cut = [e.end() for e in _ELLIPSIS.finditer(m.text)]
    if not cut:
        return m
    rest = m.text[cut[-1] :].lstrip()
    if len(rest) < 2:
        return None
    start = m.end - len(rest)
    return replace(m, start=start, text=rest)


def _nouns_only(s: Sentence, tags: dict[int, str], at: int, word: str) -> bool:
    """The written word at sentence offset ``at`` is nouns (or a noun prefix) only, no particle or ending, by its
    morphemes' ``tags`` (document offset -> tag)."""
    inside = [tag for p, tag in tags.items() if s.start + at <= p < s.start + at + len(word)]
    return bool(inside) and all(tag in NOUNISH or tag == "XPN" for tag in inside)


def _common_noun_word(s: Sentence, start: int, end: int) -> bool:
    """The span is one common noun, perhaps with a noun suffix (Kiwi NNG, NNG+XSN: "추진+설"), as Kiwi reads it."""
    tags = [t.tag for t in s.tokens if start <= t.start and t.end <= end]
    return tags[:1] == ["NNG"] and set(tags) <= {"NNG", "XSN"} and len(tags) <= 2


def _common_nouns_only(s: Sentence, start: int, end: int) -> bool:
    """Whether every morpheme of a span is a common noun (Kiwi NNG)."""
    inside = [t for t in s.tokens if start <= t.start and t.end <= end]
    return bool(inside) and all(t.tag == "NNG" for t in inside)


def _whole_words_first(s: Sentence, candidates: list[Mention]) -> list[Mention]:
    """ "한앤컴퍼니가": Kiwi reads 한 as a determiner and the tagger names "앤컴퍼니"; an organisation starting inside a
    written word gives way to another that names the whole word from its start."""
    whole = [m for m in candidates if m.type.is_organization and not s.glued_before(m.start)]
    return [
        m
        for m in candidates
        if not (
            m.type.is_organization
            and s.glued_before(m.start)
            and any(
                o.start < m.start and o.end >= m.end and " " not in s.text[o.start - s.start : m.start - s.start]
                for o in whole
            )
        )
    ]
