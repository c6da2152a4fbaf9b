"""An organisation's founding date, whether or not the sentence names its founder: read in Korean and English,
kept per article on the store (LadybugDB; Neo4j when NEO4J_URI is set), shown on the profile with its evidence,
and disagreeing reports kept apart.  Every sentence here is composed for these tests (invented organisations)."""

from __future__ import annotations

from datetime import date

import pytest
from ko_facts import extractor

from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.graph import curation
from aigraph.graph.api import Graph, founding
from aigraph.graph.stores import open_store
from aigraph.ingest.contract import Document
from aigraph.ingest.runner import ingest


def founded(text: str, published: date | None = date(2024, 6, 15)) -> dict[str, str]:
    """Entity name -> the founding date extracted for it; its evidence is the sentence the offsets point at."""
    result = extractor().extract(Document(id="t", text=text, published=published))
    out = {}
    for e in result.entities:
        if e.founded is not None:
            assert text[e.founded.evidence.start : e.founded.evidence.end] == e.founded.evidence.text
            out[e.name] = e.founded.date
    return out


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("2021년 설립된 AI 스타트업 누리비전은 150억원 규모의 투자를 유치했다.", "누리비전", "2021"),
        ("가온칩스는 2019년 5월 설립됐다.", "가온칩스", "2019-05"),
        ("다온랩스는 2018년 설립 이후 음성인식 기술 개발에 집중해 왔다.", "다온랩스", "2018"),
        ("지난해 3월 문을 연 새봄로보틱스는 누리대학교와 협력한다.", "새봄로보틱스", "2023-03"),
        ("한빛전자가 2017년 설립한 한빛AI연구원은 누리대학교와 공동 연구를 진행한다.", "한빛AI연구원", "2017"),
        (
            "Solbit Robotics, founded in 2016, raised $30 million in a round led by Hanbit Ventures in 2024.",
            "Solbit Robotics",
            "2016",
        ),
        ("Nurivision was founded in September 2020 by two former university researchers.", "Nurivision", "2020-09"),
        ("Founded in 2015, Daon Labs builds speech recognition software for hospitals.", "Daon Labs", "2015"),
    ],
)
def test_a_founding_date_is_read_with_or_without_a_founder(text: str, name: str, when: str) -> None:
    got = founded(text)
    assert got.get(name) == when, got


@pytest.mark.parametrize(
    "text",
    [
        "가온칩스는 2027년 설립될 합작법인에 300억원을 출자한다.",  # to come
        "가온칩스는 2027년 합작법인을 설립한다.",  # a plan, and not of 가온칩스
        "가온칩스는 2025년 합작법인 설립을 검토 중이다.",  # under review
        "가온칩스는 2020년 설립된 이 회사에 투자했다.",  # the company founded is not named
        "다온랩스는 2018년 설립하지 않았다.",  # denied
        "Solbit Robotics could be founded again in 2027 if the merger fails.",
        "Nurivision was not founded in 2019, the company said.",
    ],
)
def test_a_founding_not_stated_as_done_dates_nothing(text: str) -> None:
    assert founded(text) == {}


def test_a_founding_date_is_not_another_date_of_the_sentence() -> None:
    assert founded("Solbit Robotics, founded in 2016, was valued at $1 billion in March 2024.") == {
        "Solbit Robotics": "2016"
    }


GAON = entity_id(EntityType.COMPANY, "가온칩스")


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, title=doc_id, text=text, published=date(2025, 3, 4))


def test_the_profile_gives_the_date_most_articles_state_and_the_reports_that_differ(store) -> None:
    ingest(
        [
            _doc("gaon-a", "2019년 설립된 가온칩스는 누리대학교에 20억원을 투자한다고 밝혔다."),
            _doc("gaon-b", "가온칩스는 2019년 설립됐다. 가온칩스는 다온랩스와 업무협약을 맺었다."),
            _doc("gaon-c", "2018년 설립된 가온칩스는 새봄로보틱스와 협력한다고 밝혔다."),
            _doc("gaon-d", "가온칩스가 솔빛에 10억원을 투자한다고 밝혔다."),
        ],
        store,
    )
    with Graph(store, owns_store=False) as g:
        got = g.profile("가온칩스")["founded"]
    assert got["date"] == "2019" and sorted(got["articles"]) == ["gaon-a", "gaon-b"], got
    assert "2019년" in got["evidence"]
    assert got["differing"] == {"2018": ["gaon-c"]}

    # re-reading an article that no longer dates the company takes its date away
    ingest([_doc("gaon-c", "가온칩스는 새봄로보틱스와 협력한다고 밝혔다.")], store)
    with Graph(store, owns_store=False) as g:
        assert g.profile("가온칩스")["founded"]["differing"] == {}


def test_a_merge_keeps_the_founding_date_the_merged_name_carried(store) -> None:
    ingest(
        [
            _doc("by-short-name", "2019년 설립된 가온반도체는 누리대학교에 20억원을 투자한다고 밝혔다."),
            _doc("by-full-name", "가온칩스가 솔빛에 10억원을 투자한다고 밝혔다."),
        ],
        store,
    )
    other = entity_id(EntityType.COMPANY, "가온반도체")
    curation.merge(store, other, GAON, "one company, two names")
    with Graph(store, owns_store=False) as g:
        assert g.profile("가온칩스")["founded"]["articles"] == ["by-short-name"]


def test_a_store_written_before_founding_dates_gains_them_when_opened(tmp_path) -> None:
    """Read-only (the dashboard) it is read without them; opened for writing, it gains them."""
    path = tmp_path / "older.lbug"
    with open_store(path) as store:
        ingest([_doc("gaon-a", "가온칩스가 솔빛에 10억원을 투자한다고 밝혔다.")], store)
        for column in ("founded", "founded_evidence"):
            store.execute_write(f"ALTER TABLE MENTIONED_IN DROP {column}")
    with open_store(path, read_only=True) as store, Graph(store, owns_store=False) as g:
        profile = g.profile("가온칩스")
        assert profile["founded"] is None and profile["mention_count"] == 1
    with open_store(path) as store:
        ingest([_doc("gaon-b", "가온칩스는 2019년 설립됐다.")], store)
        with Graph(store, owns_store=False) as g:
            assert g.profile("가온칩스")["founded"]["date"] == "2019"


def test_no_article_dating_the_organisation_means_no_founding() -> None:
    assert founding([{"article_id": "a", "founded": None}, {"article_id": "b"}]) is None
    tie = founding(
        [
            {"article_id": "a", "founded": "2020", "founded_evidence": "s1"},
            {"article_id": "b", "founded": "2019", "founded_evidence": "s2"},
        ]
    )
    assert tie == {"date": "2019", "articles": ["b"], "evidence": "s2", "differing": {"2020": ["a"]}}


def test_the_profile_page_shows_the_founding_date_its_sentence_and_the_differing_report(tmp_path, monkeypatch) -> None:
    from test_dashboard import open_page

    path = tmp_path / "founding.lbug"
    with open_store(path) as store:
        ingest(
            [
                _doc("gaon-a", "2019년 설립된 가온칩스는 누리대학교에 20억원을 투자한다고 밝혔다."),
                _doc("gaon-c", "2018년 설립된 가온칩스는 새봄로보틱스와 협력한다고 밝혔다."),
                _doc("gaon-e", "가온칩스는 2019년 설립됐다. 가온칩스는 솔빛과 업무협약을 맺었다."),
            ],
            store,
        )
    at = open_page(path, "profile", monkeypatch, lang="en", query={"org": "가온칩스"})
    assert {m.label: m.value for m in at.metric}["Founded"] == "2019"
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Founding date as 2 articles state it:") and "2019년 설립" in c for c in captions), captions
    assert any("reports differ" in c and "2018 \\(1\\)" in c for c in captions), captions  # as inert Markdown
