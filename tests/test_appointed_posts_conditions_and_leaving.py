"""People and structure told with who chose, what would follow, and who left: "정부는 ORG 원장에 P를 임명했다" (P
works for ORG, the appointer only chose); "인수가 성사되면 X는 Y를 자회사로 편입한다" (a condition: no affiliate yet);
"ORG P 회장이 (임기를 마치고) 퇴임했다" (a role left: former), while "사임 의사를 밝혔으나 반려됐다" and "퇴임할
예정이다" leave it held."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize("verb", ["임명했다", "선임했다"])
def test_the_post_named_before_the_person_is_the_employer(verb: str) -> None:
    got = facts(f"정부는 한빛기술평가원(HTEP) 원장에 김도윤 누리대 교수를 {verb}")
    assert got.get(("WORKS_FOR", "김도윤", "한빛기술평가원"), {}).get("title") == "원장", got
    assert not [k for k in got if k[0] == "WORKS_FOR" and k[2] in ("정부", "한국 정부")], got


@pytest.mark.parametrize(
    "text",
    [
        "이번 인수가 성사되면 한빛항공은 누리항공을 자회사로 편입하게 된다.",
        "합병이 완료되면 한빛전자는 가람테크를 흡수하게 된다.",
    ],
)
def test_what_follows_a_condition_is_no_fact(text: str) -> None:
    assert not [k for k in facts(text) if k[0] in ("AFFILIATE_OF", "ACQUIRED")], facts(text)


def test_a_fact_without_the_condition_stays() -> None:
    got = facts("한빛항공은 누리항공을 자회사로 편입했다.")
    assert ("AFFILIATE_OF", "누리항공", "한빛항공") in got, got


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("한빛홀딩스 최도윤 회장이 임기를 마치고 퇴임했다.", "최도윤", "한빛홀딩스"),
        ("김하준 가람전자 부사장이 사임했다.", "김하준", "가람전자"),
        ("누리뱅크 윤서진 대표가 임기 만료로 물러났다.", "윤서진", "누리뱅크"),
    ],
)
def test_a_role_left_in_the_sentence_is_former(text: str, person: str, org: str) -> None:
    assert facts(text)[("WORKS_FOR", person, org)].get("former") is True, facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("김하준 가람전자 부사장은 사임 의사를 밝혔으나 반려됐다.", "김하준", "가람전자"),
        ("한빛전자 김도윤 대표가 내년 3월 퇴임할 예정이다.", "김도윤", "한빛전자"),
    ],
)
def test_a_role_not_yet_left_is_held(text: str, person: str, org: str) -> None:
    assert "former" not in facts(text)[("WORKS_FOR", person, org)], facts(text)


@pytest.mark.parametrize("ordinal", ["제5대 ", "5대 ", ""])
def test_a_post_of_the_topic_taken_up(ordinal: str) -> None:
    got = facts(f"한빛연구원은 {ordinal}원장에 김도윤 전 부원장이 취임했다고 밝혔다.")
    assert got.get(("WORKS_FOR", "김도윤", "한빛연구원"), {}).get("title") == "원장", got


def test_a_post_of_the_topic_not_yet_taken_up() -> None:
    assert not facts("한빛연구원은 원장에 김도윤 박사가 취임할지 검토 중이라고 밝혔다.")


@pytest.mark.parametrize(
    ("text", "founder", "company"),
    [
        ("두나무를 창업한 송치형 회장은 기자간담회를 열었다.", "송치형", "두나무"),
        ("무신사는 조만호 대표가 2001년 창업한 패션 플랫폼이다.", "조만호", "무신사"),
    ],
)
def test_registry_companies_written_as_founded(text: str, founder: str, company: str) -> None:
    assert ("ESTABLISHED", founder, company) in facts(text), facts(text)
