"""Cross-article entity linking onto what the store already holds."""

from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.graph.model import GraphBatch, Node
from aigraph.ingest.contract import ArticleInfo, ExtractedEntity, ExtractionResult
from aigraph.ingest.link import EntityIndex, link_to_known


def result(*entities: ExtractedEntity) -> ExtractionResult:
    return ExtractionResult(article=ArticleInfo(id="a"), entities=list(entities))


def ent(name, type_=EntityType.COMPANY, aliases=()):
    return ExtractedEntity(id="e1", name=name, type=type_, aliases=list(aliases))


def test_an_alias_learned_in_one_article_links_a_later_article():
    index = EntityIndex()
    index.add("Organization", "아스라테크", ["Asratec"])
    linked = link_to_known(result(ent("ASRATEC")), index)
    assert linked.entities[0].name == "아스라테크"
    assert "ASRATEC" in linked.entities[0].aliases


def test_ambiguous_and_cross_label_names_are_left_alone():
    index = EntityIndex()
    index.add("Organization", "한빛전자", ["한빛"])
    index.add("Organization", "한빛은행", ["한빛"])
    assert link_to_known(result(ent("한빛")), index).entities[0].name == "한빛"
    index.add("Person", "김한빛", [])
    assert link_to_known(result(ent("김한빛")), index).entities[0].name == "김한빛", (
        "an organisation is not linked to a person"
    )


def test_one_character_aliases_do_not_link():
    index = EntityIndex()
    index.add("Organization", "케이전자", ["K"])
    assert link_to_known(result(ent("K")), index).entities[0].name == "K"


def test_index_is_built_from_a_real_store(tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "g.lbug") as store:
        node = Node(
            id=entity_id(EntityType.RESEARCH_LAB, "한빛AI연구소"),
            type=EntityType.RESEARCH_LAB,
            name="한빛AI연구소",
            aliases=["Hanbit AI Lab"],
        )
        store.write(GraphBatch(nodes=[node]))
        index = EntityIndex.from_store(store)
    linked = link_to_known(result(ent("Hanbit AI Lab", EntityType.ORGANIZATION)), index)
    assert linked.entities[0].name == "한빛AI연구소"


def test_ingest_links_a_later_article_to_an_alias_learned_earlier(tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore
    from aigraph.ingest.contract import Document
    from aigraph.ingest.runner import ingest

    first = Document(id="k1", text="소프트뱅크 계열 로봇 업체인 아스라테크(Asratec)가 브레이브 로보틱스와 제휴했다.")
    later = Document(id="k2", text="일본 로봇 업체 Asratec은 카카오와 협력한다고 밝혔다.")
    with LadybugStore(tmp_path / "g.lbug") as store:
        ingest([first], store)
        ingest([later], store)
        rows = store.query(
            "MATCH (o:Organization)-[:MENTIONED_IN]->(a:Article) WHERE o.name = '아스라테크' RETURN a.id ORDER BY a.id"
        ).rows
        partners = store.query(
            "MATCH (o:Organization)-[:PARTNERS_WITH]-(p:Organization) WHERE o.name = '아스라테크' RETURN p.name ORDER BY p.name"
        ).rows
    assert rows == [["k1"], ["k2"]], "the later English mention is the same node"
    assert [r[0] for r in partners] == ["브레이브 로보틱스", "카카오"]


def test_a_bare_unit_alias_does_not_link_another_articles_unit():
    index = EntityIndex()
    index.add("Organization", "한국과학기술원 물리학과", ["물리학과"])
    assert link_to_known(result(ent("물리학과", EntityType.ORGANIZATION)), index).entities[0].name == "물리학과"
    linked = link_to_known(result(ent("KAIST 물리학과", EntityType.ORGANIZATION, ["한국과학기술원 물리학과"])), index)
    assert linked.entities[0].name == "한국과학기술원 물리학과", "the body's own unit still links"


def test_two_universities_departments_stay_two_nodes(tmp_path):
    from aigraph.graph.stores.ladybug_store import LadybugStore
    from aigraph.ingest.contract import Document
    from aigraph.ingest.runner import ingest

    first = Document(id="u1", text="카이스트(KAIST) 물리학과 양찬호 교수 연구팀이 새 소자를 개발했다.")
    later = Document(id="u2", text="UNIST(울산과학기술원) 물리학과 김민수 교수 연구팀이 새 촉매를 만들었다.")
    with LadybugStore(tmp_path / "g.lbug") as store:
        ingest([first, later], store)
        rows = store.query(
            "MATCH (u:Organization)-[:PART_OF]->(b:Organization) WHERE u.name ENDS WITH '물리학과' "
            "RETURN u.name, b.name ORDER BY u.name"
        ).rows
    assert rows == [["울산과학기술원 물리학과", "울산과학기술원"], ["한국과학기술원 물리학과", "한국과학기술원"]]
