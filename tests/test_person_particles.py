"""A titled person is read before stacked particles ("P ORG 사장과의 면담", "P ORG 대표와의 인터뷰", "회장께서") and
an education office's head by the title 교육감; a title with no organisation beside it gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("하준호 한빛전자 사장과의 면담이 열렸다.", "하준호", "한빛전자", "사장"),
        ("김하준 누리랩스 대표와의 인터뷰가 공개됐다.", "김하준", "누리랩스", "대표"),
        ("이서연 가람테크 부사장과는 다른 의견이었다.", "이서연", "가람테크", "부사장"),
        ("박서진 가람테크 회장께서 축사를 했다.", "박서진", "가람테크", "회장"),
        ("김하준 한빛교육청 교육감은 AI 교과서 도입을 발표했다.", "김하준", "한빛교육청", "교육감"),
        ("한빛교육청(교육감 김하준)은 AI 교과서를 도입한다.", "김하준", "한빛교육청", "교육감"),
    ],
)
def test_titled_person_before_stacked_particles(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org)) == {"title": title}, got


@pytest.mark.parametrize(
    "text",
    ["교육감 선거가 다음 달 열린다.", "하준호 씨는 사장과의 면담을 요청했다."],
)
def test_a_title_alone_gives_no_employer(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "WORKS_FOR"], facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("우리공화당 조원진 대표는 반박했다.", "조원진", "우리공화당"),
        ("새한빛당 김하준 대표는 AI 기본법 처리를 촉구했다.", "김하준", "새한빛당"),
    ],
)
def test_a_name_starts_its_written_word(text: str, person: str, org: str) -> None:
    """ "우리공화당": 공화당 inside the word has a name's shape (공 is a surname) but starts no name."""
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, got
    assert not any(k[0] == "WORKS_FOR" and k[1] != person for k in got), got
