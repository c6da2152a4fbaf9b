"""Korean people, round 19: the title written after an organisation in the shapes that made the person vanish
into one organisation — a lab's field glued before its head's title ("AI연구소장"), the board the chair heads
("이사회 의장"), the line of business glued before its head ("글로벌사업총괄", "총괄이사") — and what must give
nothing: a post to come, the post with nobody named."""

import pytest
from ko_facts import facts

# (text, person, organisation, title)
WORKS_FOR = [
    ("하준호 누리랩스 AI연구소장은 새 모델을 공개했다고 밝혔다.", "하준호", "누리랩스", "연구소장"),
    ("박정민 다온소프트 AI연구소장은 새 모델을 공개했다.", "박정민", "다온소프트", "연구소장"),
    ("이서연 가람테크 AI연구소장은 새 모델을 공개했다.", "이서연", "가람테크", "연구소장"),
    ("임태윤 가람테크 AI연구원장은 기자간담회를 열었다.", "임태윤", "가람테크", "연구원장"),
    ("하준호 누리랩스 이사회 의장은 투자를 결정했다고 말했다.", "하준호", "누리랩스", "의장"),
    ("하준호 가람테크 글로벌사업총괄은 해외 진출을 추진한다고 말했다.", "하준호", "가람테크", "글로벌사업총괄"),
    ("윤지호 다온소프트 글로벌사업총괄은 해외 진출을 추진한다.", "윤지호", "다온소프트", "글로벌사업총괄"),
    ("강도윤 다온소프트 총괄이사는 계약을 체결했다고 말했다.", "강도윤", "다온소프트", "총괄이사"),
]


@pytest.mark.parametrize(("text", "person", "org", "title"), WORKS_FOR)
def test_works_for(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)].get("title", "") == title


NO_WORKS_FOR = [
    # a post to come, a denied one
    ("하준호 씨는 누리랩스 AI연구소장으로 선임될 예정이다.", "하준호", "누리랩스"),
    ("누리랩스는 하준호 씨가 글로벌사업총괄로 선임됐다는 보도를 부인했다.", "하준호", "누리랩스"),
    # the post with nobody named: the word before it is no person
    ("누리랩스 AI연구소장 자리는 공석이다.", "누리랩스", "누리랩스"),
]


@pytest.mark.parametrize(("text", "person", "org"), NO_WORKS_FOR)
def test_no_works_for(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_post_alone_names_no_person() -> None:
    got = facts("가람테크 글로벌사업총괄 자리는 석 달째 비어 있다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), sorted(got)
