"""A unit named after its parent is one entity however the parent is spelled; reporters' notes are no aliases."""

from datetime import date

from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def entities(text: str) -> dict[str, set[str]]:
    """Entity name -> its aliases."""
    result = extractor().extract(Document(id="t", text=text, published=date(2024, 6, 15)))
    return {e.name: set(e.aliases) for e in result.entities}


def test_short_and_full_parent_spelling_give_one_institute() -> None:
    text = (
        "고려대학교는 2021년 3월 고려대 인공지능연구원을 설립했다. "
        '박지훈 고려대학교 인공지능연구원 원장은 "연구를 넓히겠다"고 말했다.'
    )
    ents = entities(text)
    institutes = [name for name in ents if name.endswith("인공지능연구원")]
    assert institutes == ["고려대학교 인공지능연구원"], ents
    assert "고려대 인공지능연구원" in ents["고려대학교 인공지능연구원"]
    got = facts(text)
    assert ("ESTABLISHED", "고려대학교", "고려대학교 인공지능연구원") in got, got
    assert ("WORKS_FOR", "박지훈", "고려대학교 인공지능연구원") in got, got


def test_a_company_keeps_its_own_spelling() -> None:
    ents = entities("LG 에너지솔루션은 배터리 연구소를 세웠다고 밝혔다.")
    assert not any(name.startswith("LG그룹") for name in ents), ents


def test_tentative_name_marker_is_no_alias() -> None:
    ents = entities("한빛텔레콤은 AI 반도체 사업을 분사해 자회사 '누리칩스(가칭)'를 설립했다고 밝혔다.")
    names = {name for name, aliases in ents.items() if "누리칩스" in name or "누리칩스" in aliases}
    assert names == {"누리칩스"}, ents
    assert all("가칭" not in aliases and name != "가칭" for name, aliases in ents.items()), ents


def test_a_latin_short_name_before_a_korean_unit_is_spelled_out() -> None:
    text = "유룡 KAIST 화학과 교수는 말했다. 한편 카이스트 화학과는 새 과정을 연다."
    ents = entities(text)
    assert [name for name in ents if name.endswith("화학과")] == ["한국과학기술원 화학과"], ents
    assert {"KAIST 화학과", "카이스트 화학과"} <= ents["한국과학기술원 화학과"], ents


def test_a_quoted_name_keeps_its_first_word() -> None:
    got = facts("가람테크는 지난해 '글로벌 AI 얼라이언스'에 가입했다.")
    assert ("PARTICIPATES_IN", "가람테크", "글로벌 AI 얼라이언스") in got, got
    assert ("PARTNERS_WITH", "가람테크", "프린스턴대학교") in facts("가람테크는 미국 프린스턴대학교와 협력한다.")
