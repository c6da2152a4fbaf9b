"""resolve stage: one entity per real-world entity, and cross-article duplicate hints."""

from kiwipiepy import Kiwi

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.recognise import Recogniser
from aigraph.ingest.pipeline.resolve import Entity, Resolver, likely_duplicates, name_key
from aigraph.ingest.pipeline.segment import segment

LEX = load_lexicon()
KIWI = Kiwi()
REC = Recogniser(LEX)
RES = Resolver(LEX)


def entities(text: str) -> list[Entity]:
    ms = REC.recognise(segment(clean_page(text, LEX), KIWI))
    return RES.resolve(text, ms)[0]


def by_name(text: str) -> dict[str, Entity]:
    return {e.name: e for e in entities(text)}


def test_registry_aliases_share_one_entity_with_english_names() -> None:
    ents = by_name("미래창조과학부(미래부)는 발표했다. 미래부는 또 지원한다.")
    ent = ents["미래창조과학부"]
    assert len(ents) == 1 and len(ent.mentions) == 3  # the gloss is a mention too
    assert {"미래부", "MSIP"} <= ent.aliases


def test_gloss_in_parentheses_becomes_an_alias() -> None:
    ent = by_name("라온로보(Raonrobo)는 로봇을 만든다.")["라온로보"]
    assert "Raonrobo" in ent.aliases


def test_latin_name_with_korean_gloss() -> None:
    ents = entities("UNIST(울산과학기술원) 연구팀이 발표했다.")
    assert [e.name for e in ents] == ["울산과학기술원"]


def test_unit_of_same_type_is_its_registry_head() -> None:
    ents = by_name("서울대 공대 연구팀이 발표했다. 서울대는 기뻐했다.")
    assert list(ents) == ["서울대학교"]
    assert len(ents["서울대학교"].mentions) == 2


def test_compound_of_other_type_stays_apart_from_its_head() -> None:
    ents = by_name("카카오는 카카오 AI 랩을 세웠다.")
    assert ents["카카오 AI 랩"].type is EntityType.RESEARCH_LAB and ents["카카오 AI 랩"].head == "카카오"
    assert "카카오" in ents


def test_later_short_form_joins_the_long_name() -> None:
    ents = by_name("한빛 AI연구소가 문을 열었다. AI연구소는 연구한다.")
    assert list(ents) == ["한빛 AI연구소"]
    assert len(ents["한빛 AI연구소"].mentions) == 2


def test_short_person_reference_joins_the_person() -> None:
    ents = by_name("김도윤 한빛소프트 대표가 말했다. 김 대표는 이어 웃었다.")
    assert len(ents["김도윤"].mentions) == 2


def test_person_and_org_with_one_name_stay_apart() -> None:
    assert name_key("한결", EntityType.PERSON) != name_key("한결", EntityType.COMPANY)
    assert name_key("한결", EntityType.COMPANY) == name_key("한 결", EntityType.RESEARCH_LAB)


def test_likely_duplicates() -> None:
    pairs = likely_duplicates(
        [
            ("과기정통부", "GovernmentAgency"),
            ("과학기술정보통신부", "GovernmentAgency"),
            ("한빛전자", "Company"),
            ("한빛전자㈜", "Company"),
            ("한빛전자", "Person"),
            ("오로라테크", "Company"),
            ("오로라테크놀", "Company"),
            ("전혀다른회사", "Company"),
        ],
        LEX,
    )
    reasons = {(a, b): r for a, b, r in pairs}
    assert reasons[("과기정통부", "과학기술정보통신부")] == "registry"
    assert reasons[("한빛전자", "한빛전자㈜")] in ("same", "contained")
    assert ("오로라테크", "오로라테크놀") in reasons
    assert not any("전혀다른회사" in pair for pair in reasons)
    assert not any(a == b for a, b in reasons)  # the Person 한빛전자 is not paired with the Company


def test_a_spacing_variant_of_a_registry_name_joins_that_entry() -> None:
    """ "LG AI 연구원" is the registry's "LG AI연구원" written with a space: one lab, not two."""
    text = "LG는 'LG AI 연구원'을 세웠다. LG AI연구원은 차세대 모델을 만든다."
    ents = by_name(text)
    assert list(ents) == ["LG", "LG AI연구원"]
    assert "LG AI 연구원" in ents["LG AI연구원"].aliases and len(ents["LG AI연구원"].mentions) == 2
