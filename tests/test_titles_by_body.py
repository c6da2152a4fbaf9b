"""data/lexicons/titles_by_body.tsv: one row a title says which kinds of body it names a head of and which never
give it; read by the people rules (a titled subject after a body's topic) and by ``attach_orgs`` (titled people
joined in a list)."""

from __future__ import annotations

from ko_facts import facts

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.lexicon import load_lexicon


def test_the_table_is_read_per_title_and_kind() -> None:
    lex = load_lexicon()
    assert lex.title_names_head_of("대표", EntityType.COMPANY)
    assert lex.title_names_head_of("교수", EntityType.UNIVERSITY)
    assert not lex.title_names_head_of("교수", EntityType.COMPANY)
    assert not lex.title_names_head_of("연구원", EntityType.RESEARCH_LAB)  # a rank anyone may hold: no row
    assert lex.title_never_of("위원장", EntityType.COMPANY)
    assert lex.title_never_of("대표", EntityType.UNIVERSITY)
    assert not lex.title_never_of("대표", EntityType.COMPANY)
    assert not lex.title_never_of("팀장", EntityType.UNIVERSITY)


def test_a_head_speaks_for_the_topic_only_with_a_title_that_kind_of_body_gives() -> None:
    assert ("WORKS_FOR", "김성훈", "업스테이지") in facts(
        "업스테이지는 새 모델을 공개했다. 김성훈 대표는 “성능이 높다”고 말했다."
    )
    assert not any(
        k[0] == "WORKS_FOR" for k in facts("업스테이지는 새 모델을 공개했다. 김성훈 교수는 “성능이 높다”고 말했다.")
    )


def test_a_listed_person_does_not_share_a_body_that_never_gives_the_title() -> None:
    found = facts("누리제약 박서준 상무와 이준호 위원장이 협약식에 참석했다.")
    assert ("WORKS_FOR", "박서준", "누리제약") in found
    assert ("WORKS_FOR", "이준호", "누리제약") not in found
    assert ("WORKS_FOR", "이준호", "누리제약") in facts("누리제약 박서준 상무와 이준호 전무가 협약식에 참석했다.")
