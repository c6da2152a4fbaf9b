"""A person news leaves unnamed ("박모 연구원", "류모 회장") is a person, never an institute ending in 연구원, and no
fact is drawn about them (who it is is not known, as with a surname alone); a name after a classifier and its
short form aside ("기업형 벤처캐피털(CVC) D2SF는") is the classified name; business units the registry knows
("구글 클라우드") are whole names."""

import pytest
from ko_facts import extractor, facts
from aigraph.ingest.contract import Document


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in extractor().extract(Document(id="t", text=text)).entities}


def test_an_unnamed_person_is_no_institute_and_gets_no_fact() -> None:
    text = "한빛전자는 최근 누리AI 출신의 박모 연구원을 AI센터장으로 영입했다."
    ents = _entities(text)
    assert not [n for n in ents if n.endswith("연구원")], ents
    assert not [k for k in facts(text) if "박모" in k], facts(text)


@pytest.mark.parametrize("gloss", ["(CVC)", ""])
def test_a_name_after_a_glossed_classifier(gloss: str) -> None:
    got = facts(f"한빛전자의 기업형 벤처캐피털{gloss} D3SF는 AI 스타트업 누리랩스에 20억원을 투자했다.")
    assert ("INVESTED_IN", "D3SF", "누리랩스") in got, got


@pytest.mark.parametrize(("partner", "name"), [("구글 클라우드", "구글 클라우드"), ("아마존웹서비스", "AWS")])
def test_a_registry_business_unit_is_one_company(partner: str, name: str) -> None:
    text = f"LG유플러스는 {partner}와 MOU를 맺었다."
    assert ("PARTNERS_WITH", "LG유플러스", name) in facts(text), facts(text)
    assert _entities(text)[name] == "Company", _entities(text)
