"""One story, two outlets' page chrome; one organisation, two spellings."""

from __future__ import annotations

import json

import pytest

from aigraph.graph.stores.ladybug_store import LadybugStore
from aigraph.ingest.cli import main
from aigraph.ingest.duplicates import inner_variant

BODY = [
    "한빛전자가 인공지능 반도체 스타트업 누리칩에 500억원을 투자한다고 12일 밝혔다.",
    "이번 투자는 차세대 추론용 칩 설계 역량을 확보하기 위한 것으로, 한빛전자는 누리칩과 함께 데이터센터용 가속기를 공동 개발할 계획이다.",
    "누리칩은 2019년 대학 연구실 출신 연구진이 창업한 회사로, 저전력 신경망 처리 장치 설계에 강점을 가진 것으로 알려져 있다.",
    "한빛전자 관계자는 반도체 설계와 소프트웨어를 함께 최적화해 세계 시장에서 경쟁력을 높이겠다고 말했다.",
    "투자금은 시제품 제작과 인력 채용에 우선 쓰일 예정이며, 양사는 내년 상반기 첫 시제품을 공개할 목표다.",
]
OTHER_BODY = [
    "바다제약이 디지털 치료제 기업 솔빛헬스와 공동연구 협약을 체결했다고 12일 밝혔다.",
    "양사는 수면 장애 환자를 위한 모바일 치료 프로그램을 함께 개발하고 임상 시험을 내년 중 시작할 계획이다.",
    "솔빛헬스는 인지행동치료 기반 앱을 개발해 온 회사로, 병원 여러 곳과 시범 사업을 진행하고 있는 것으로 알려져 있다.",
    "바다제약 관계자는 의약품과 소프트웨어를 결합한 치료 모델을 만들어 가겠다고 말했다.",
]
OUTLET_A = (
    [
        "오늘의경제 | 로그인 | 회원가입 | 구독신청",
        "홈 > 산업 > IT·전자",
        "전체기사 정치 경제 사회 산업 IT 국제 오피니언 포토",
        "{headline}",
        "입력 2024.03.12 09:31 수정 2024.03.12 10:02",
        "김민수 기자 minsu@todayecon.example",
        "공유하기 페이스북 트위터 카카오톡 URL복사",
    ],
    [
        "<저작권자 © 오늘의경제, 무단 전재 및 재배포 금지>",
        "많이 본 뉴스",
        "1 금리 동결에 증시 숨고르기",
        "2 전기차 배터리 수출 감소세",
        "3 부동산 규제 완화 발표 임박",
        "4 여름 휴가철 항공권 가격 급등",
        "5 프로야구 개막전 매진 행렬",
        "오늘의경제 | 서울특별시 중구 세종대로 1 | 대표전화 02-000-0000 | 등록번호 서울 아00000",
        "Copyright © 2024 오늘의경제. All rights reserved.",
    ],
)
OUTLET_B = (
    [
        "테크데일리 TECHDAILY",
        "뉴스 | 리뷰 | 기획 | 인터뷰 | 이벤트 | 구독",
        "한빛전자, AI칩 스타트업 누리칩에 500억원 투자",
        "2024년 03월 12일 (화) 11:20:05 박지영 기자",
        "▲ 한빛전자 사옥 전경 (사진=한빛전자 제공)",
    ],
    [
        "관련기사",
        "· 누리칩, 저전력 NPU 시제품 공개 예정",
        "· 팹리스 업계 투자 유치 잇따라",
        "· 정부, AI 반도체 지원 예산 확대",
        "박지영 기자의 다른 기사 보기",
        "댓글 0 | 로그인 후 댓글을 남길 수 있습니다",
        "테크데일리 | 경기도 성남시 분당구 판교로 2 | 발행인 홍길동 | 청소년보호책임자 홍길동",
        "ⓒ 테크데일리 무단전재 및 재배포금지",
    ],
)


def page(outlet: tuple[list[str], list[str]], body: list[str], headline: str = "") -> str:
    """The outlet's chrome around a story; a header's headline slot holds the story's own headline (a page never
    carries another story's headline, which states that story's facts)."""
    header, footer = outlet
    return "\n".join([*(line.format(headline=headline) for line in header), *body, *footer]) + "\n"


def test_two_outlets_copies_of_one_story_are_linked_despite_their_chrome(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        page(OUTLET_A, BODY, "[단독] 한빛전자, 누리칩에 500억 베팅"), encoding="utf-8"
    )
    (tmp_path / "in" / "b.txt").write_text(page(OUTLET_B, BODY), encoding="utf-8")
    other = page(OUTLET_A, OTHER_BODY, "바다제약, 솔빛헬스와 디지털 치료제 공동연구")  # same chrome, other story
    (tmp_path / "in" / "c.txt").write_text(other, encoding="utf-8")
    store = tmp_path / "g.lbug"
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store)]) == 0
    assert "2 new" in capsys.readouterr().out
    with LadybugStore(store, read_only=True) as db:
        links = db.query("MATCH (a:Article)-[:SAME_STORY]->(b:Article) RETURN a.id, b.id").rows
        facts = db.query("MATCH (:Organization)-[x:INVESTED_IN]->(:Organization) RETURN x.articles").rows
    assert sorted(links[0]) == ["a", "b"] and len(links) == 1, "the other story on the same outlet's page stays apart"
    assert len(facts) == 1 and sorted(facts[0][0]) == ["a", "b"]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("LG그룹 AI연구원", "LG AI 연구원", True),
        ("한빛그룹 미래기술연구소", "한빛 미래기술연구소", True),
        ("누리재단 바이오센터", "누리 바이오센터", True),
        ("삼성전자", "삼성", False),  # an insertion at the end: a different entity as often as not
        ("한빛전자", "한빛전자", False),  # the same name is not a variant
        ("KT", "KTX", False),  # too short to judge
        ("한빛 AI 연구원", "한빛대학교 산학협력단 AI 연구원", False),  # more than a word inserted
    ],
)
def test_inner_variants(a, b, same):
    assert inner_variant(a, b) is same


def test_entities_duplicates_lists_a_variant_name_from_another_article(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(
        "한빛 AI 연구원은 누리대학교와 인공지능 공동연구 협약을 체결했다고 4일 밝혔다.\n", encoding="utf-8"
    )
    (tmp_path / "two.txt").write_text(
        "한빛그룹 AI연구원은 솔빛대학교에 30억원을 투자한다고 9일 밝혔다.\n", encoding="utf-8"
    )
    store = str(tmp_path / "g.lbug")
    assert main(["ingest", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--store", store]) == 0
    capsys.readouterr()
    assert main(["entities", "--duplicates", "--format", "json", "--store", store]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["name"], r["likely_same_as"], r["reason"]) for r in rows} >= {
        ("한빛 AI 연구원", "한빛그룹 AI연구원", "variant")
    }


def test_the_duplicate_list_does_not_depend_on_the_order_the_store_returns_entities():
    from itertools import permutations

    from aigraph.ingest.duplicates import duplicate_candidates
    from aigraph.ingest.pipeline.lexicon import load_lexicon

    entities = [
        ("한빛 AI 연구소", "ResearchLab", ["Hanbit AI Lab"]),
        ("한빛그룹 AI연구소", "Company", []),
        ("한빛그룹 AI연구소", "ResearchLab", []),
        ("누리로보틱스", "Company", ["누리 로보틱스"]),
    ]
    lexicon = load_lexicon()
    found = {json.dumps(duplicate_candidates(list(order), lexicon)) for order in permutations(entities)}
    assert len(found) == 1 and json.loads(found.pop())
