"""Organisation spans the recogniser keeps or drops around the tagger: a person's organisation in
parentheses, an organisation's short form in parentheses, institution words, parties before a
title, and tagger spans across list separators (composed sentences)."""

import pytest
from kiwipiepy import Kiwi
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.recognise import Recogniser, _after_particle_words
from aigraph.ingest.pipeline.resolve import Resolver
from aigraph.ingest.pipeline.segment import Sentence, Token, segment

LEX = load_lexicon()
KIWI = Kiwi()
RULES_ONLY = Recogniser(LEX)  # no tagger: the rule sources alone
needs_model = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "ner_crf.model").exists(), reason="data/ner_crf.model not trained"
)


def _mentions(text: str) -> dict[str, set[str]]:
    """Mention text -> the kinds it is reported as ("org", "person"), through the whole pipeline."""
    result = extractor().extract(Document(id="t", text=text))
    out: dict[str, set[str]] = {}
    for e in result.entities:
        kind = "person" if e.type is EntityType.PERSON else "org" if e.type.is_organization else "other"
        for m in e.mentions:
            out.setdefault(text[m.start : m.end], set()).add(kind)
    return out


@needs_model
def test_organisation_in_parentheses_after_a_person_is_its_own_mention() -> None:
    found = _mentions("이날 결승골은 김민수(한빛FC)가 넣었다.")
    assert found.get("김민수") == {"person"} and found.get("한빛FC") == {"org"}, found


@needs_model
def test_latin_spelling_after_a_person_names_no_organisation() -> None:
    found = _mentions("앤드류 김(Andrew Kim) 박사는 구글에서 일한다.")
    assert not any("org" in kinds for name, kinds in found.items() if "Kim" in name), found


@needs_model
def test_short_form_in_parentheses_after_an_organisation_is_a_mention_of_it() -> None:
    text = "한빛해양연구원(HORI)은 이번 조사 결과를 발표했다."
    result = extractor().extract(Document(id="t", text=text))
    spans = {text[m.start : m.end]: e.name for e in result.entities for m in e.mentions}
    assert spans.get("HORI") == "한빛해양연구원" and spans.get("한빛해양연구원") == "한빛해양연구원", spans


@needs_model
def test_description_in_parentheses_after_an_organisation_stays_out() -> None:
    found = _mentions("한빛해양연구원(해양 연구기관)은 결과를 발표했다.")
    assert "해양 연구기관" not in found and "해양" not in found, found


@needs_model
def test_party_before_a_title_is_an_organisation_not_a_person() -> None:
    found = _mentions("정의당 대변인은 이날 논평을 냈다.")
    assert found.get("정의당") == {"org"}, found
    assert _mentions("김민수 대변인은 이날 논평을 냈다.").get("김민수") == {"person"}


def _rule_mentions(text: str) -> list[Mention]:
    return RULES_ONLY.recognise(segment(clean_page(text, LEX), KIWI))


def test_institution_word_standing_alone_is_an_organisation_mention() -> None:
    found = {
        (m.text, m.source)
        for m in _rule_mentions("경찰은 용의자를 쫓고 있다. 검찰 관계자는 말을 아꼈다. 정부는 발표했다.")
    }
    assert {("경찰", "institution"), ("검찰", "institution"), ("정부", "institution")} <= found


def test_institution_word_inside_a_compound_or_a_generic_word_is_none() -> None:
    found = {m.text for m in _rule_mentions("그는 경찰서에 신고했다. 정부안이 발표됐다. 군 당국은 말을 아꼈다.")}
    assert not found & {"경찰", "정부", "군"}, found


def test_resolver_keeps_a_persons_organisation_in_parentheses_apart() -> None:
    text = "김민수(한빛FC)가 골을 넣었다."
    person = Mention(0, 3, "김민수", EntityType.PERSON, "ner")
    club = Mention(4, 10, "한빛FC", EntityType.ORGANIZATION, "ner")
    entities, _ = Resolver(LEX).resolve(text, [person, club])
    by_name = {e.name: e for e in entities}
    assert set(by_name) == {"김민수", "한빛FC"}, by_name
    assert "한빛FC" not in by_name["김민수"].aliases


def test_resolver_still_joins_a_gloss_of_the_same_kind() -> None:
    text = "한빛연구원(HBRI)은 발표했다."
    outer = Mention(0, 5, "한빛연구원", EntityType.RESEARCH_LAB, "compound")
    inner = Mention(6, 10, "HBRI", EntityType.ORGANIZATION, "ner")
    entities, _ = Resolver(LEX).resolve(text, [outer, inner])
    assert len(entities) == 1 and "HBRI" in entities[0].aliases


def test_tagger_span_across_a_middle_dot_is_stray() -> None:
    s = segment(clean_page("공화ㆍ앨라배마 의원이 말했다.", LEX), KIWI)[0]
    spanning = Mention(s.start, s.start + 7, "공화ㆍ앨라배마", EntityType.ORGANIZATION, "ner")
    assert Recogniser._stray(s, spanning, set(), set())
    alone = Mention(s.start, s.start + 2, "공화", EntityType.ORGANIZATION, "ner")
    assert not Recogniser._stray(s, alone, set(), set())


def test_word_pairing_two_states_names_each_state() -> None:
    found = {(m.text, m.start, m.end) for m in _rule_mentions("남북 정상회담이 열렸다.")}
    assert {("남", 0, 1), ("북", 1, 2)} <= found, found
    trio = {m.text for m in _rule_mentions("한미일 외교장관이 만났다.")}
    assert {"한", "미", "일"} <= trio, trio


def test_one_state_or_a_repeated_syllable_is_no_pair() -> None:
    found = {m.text for m in _rule_mentions("북한은 반발했다. 한국 정부는 일일 점검을 했다. 남남 갈등이 커졌다.")}
    assert not found & {"북", "한", "남", "일", "국"}, found


def test_states_named_in_a_pair_take_part_in_no_relation() -> None:
    result = extractor().extract(Document(id="t", text="남북은 이날 경제 협력을 위한 업무협약을 체결했다."))
    assert result.relations == [], result.relations


def test_city_opening_an_address_is_no_organisation() -> None:
    s = segment(clean_page("대구시 중구 대신동 한 건물에서 불이 났다. 대구시는 대책을 내놨다.", LEX), KIWI)
    address = Mention(s[0].start, s[0].start + 3, "대구시", EntityType.ORGANIZATION, "ner")
    assert Recogniser._stray(s[0], address, set(), set())
    actor = Mention(s[1].start, s[1].start + 3, "대구시", EntityType.ORGANIZATION, "ner")
    assert not Recogniser._stray(s[1], actor, set(), set())


@needs_model
def test_foreign_name_read_with_the_organisation_after_it_ends_before_it() -> None:
    recogniser = extractor().recogniser
    person = Mention(0, 15, "솜차이 타이섬유산업연합회", EntityType.PERSON, "person", title="회장")
    org = Mention(4, 15, "타이섬유산업연합회", EntityType.ORGANIZATION, "ner")
    (cut,) = recogniser._not_organisations([person], [org])
    assert (cut.start, cut.end, cut.text, cut.title) == (0, 3, "솜차이", "회장")
    inner = Mention(0, 3, "솜차이", EntityType.ORGANIZATION, "ner")  # an organisation at the start cuts nothing
    assert recogniser._not_organisations([person], [inner]) == [person]


@needs_model
def test_local_office_keeps_the_city_written_before_it() -> None:
    assert "부산 기장경찰서" in _mentions("사건을 맡은 부산 기장경찰서는 이날 발표했다.")
    found = _mentions("사건을 맡은 인근 기장경찰서는 이날 발표했다.")
    assert "기장경찰서" in found and "인근 기장경찰서" not in found, found


def test_place_and_classifier_noun_alone_name_no_body() -> None:
    assert RULES_ONLY._kind_of_body("중국 지주사") and RULES_ONLY._kind_of_body("국내 계열사")
    assert RULES_ONLY._kind_of_body("자회사")
    assert not RULES_ONLY._kind_of_body("한빛 지주사")  # a name before the noun
    assert not RULES_ONLY._kind_of_body("중국 한빛전자")


@needs_model
def test_holding_company_described_by_its_country_is_no_organisation() -> None:
    found = _mentions("한빛차이나는 한빛그룹의 중국 지주사로 현지 투자를 총괄한다.")
    assert found.get("한빛차이나") == {"org"} and found.get("한빛그룹") == {"org"}, found
    assert not {"중국 지주사", "지주사"} & set(found), found


def _sentence(text: str) -> Sentence:
    toks = tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in KIWI.tokenize(text))
    return Sentence(0, 0, len(text), text, toks)


def test_leading_words_ending_in_a_particle_are_not_part_of_a_name() -> None:
    s = _sentence("토론토에 한빛인공지능연구소를 열었다")
    assert _after_particle_words(s, 0, len("토론토에 한빛인공지능연구소")) == len("토론토에 ")
    s = _sentence("서울대의 한빛연구소")  # "의" joins a name to what it owns: no cut
    assert _after_particle_words(s, 0, len(s.text)) == 0
    s = _sentence("한빛 인공지능 연구소")
    assert _after_particle_words(s, 0, len(s.text)) == 0


@needs_model
def test_lab_opened_in_a_city_is_named_without_the_city() -> None:
    found = _mentions("한빛전자는 지난달 대학과 함께 토론토에 다온인공지능연구소를 열었다.")
    assert "다온인공지능연구소" in found and "토론토에 다온인공지능연구소" not in found, found


@needs_model
def test_field_word_before_common_nouns_is_no_tagged_name() -> None:
    found = _mentions("AI 혁신펀드는 한빛전자와 다온소프트가 각각 100억원을 출자해 조성됐다.")
    assert "혁신펀드" not in found, found
