"""Only an organisation has subsidiaries: the one written word before "의 자회사/계열사" and a name is an organisation
even when Kiwi reads it as common nouns ("나무기술" as 나무 + 기술), and the subsidiary is its affiliate; a kind of body
("중견기업의 자회사"), "이 회사", a person or a place owning one is no new organisation."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "parent", "child"),
    [
        ("누리기술의 자회사 한빛클라우드가 코스닥 상장을 추진한다.", "누리기술", "한빛클라우드"),
        ("가람정보의 계열사인 누리데이터는 새 분석 서비스를 출시했다.", "가람정보", "누리데이터"),
    ],
)
def test_the_owner_of_a_subsidiary_is_an_organisation(text: str, parent: str, child: str) -> None:
    got = facts(text)
    assert ("AFFILIATE_OF", child, parent) in got, got


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("중견기업의 자회사 한빛클라우드는 새 서비스를 출시했다.", "중견기업"),
        ("이 회사의 자회사 한빛클라우드는 새 서비스를 출시했다.", "회사"),
        ("김하늘의 자회사 한빛클라우드는 새 서비스를 출시했다.", "김하늘"),
        ("대기업의 계열사 직원들은 성과급을 받았다.", "대기업"),
    ],
)
def test_a_kind_of_body_or_a_person_owning_a_subsidiary_is_no_new_organisation(text: str, not_a_name: str) -> None:
    assert not any(k[0] == "AFFILIATE_OF" and k[2] == not_a_name for k in facts(text)), facts(text)
    assert not any(n.startswith(not_a_name) and n != "김하늘" for n in names(text)), names(text)
