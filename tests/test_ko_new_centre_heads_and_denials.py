"""Across sentences: the head of a body just founded, written as "센터장은 P가 맡는다", "초대 센터장에는 ORG P
교수가 임명됐다" (the person's own university between) or "P 교수가 초대 센터장으로 임명됐다"; "동사는" referring
to the company written about; a past post "ORG에서 T를 지냈다"; and a reported deal a party denies in the next
sentence ("… 투자한다고 보도했다. A 측은 '사실무근'이라고 밝혔다") or later in its own ("보도했지만 … 부인했다"),
which is no fact.  A post still to be filled, and
a denial of something else, leave the rest standing."""

import pytest
from ko_facts import facts

FOUNDED = "한빛텔레콤은 누리대와 'AI 반도체 공동연구센터'를 설립했다. "


@pytest.mark.parametrize(
    "second",
    [
        "센터장은 누리대 유회준 교수가 맡는다.",
        "초대 센터장에는 누리대 유회준 교수가 임명됐다.",
        "유회준 교수가 초대 센터장으로 임명됐다.",
    ],
)
def test_the_head_of_the_new_centre(second: str) -> None:
    got = facts(FOUNDED + second)
    assert got.get(("WORKS_FOR", "유회준", "AI 반도체 공동연구센터"), {}).get("title") == "센터장", got


@pytest.mark.parametrize(
    "second",
    [
        "센터장은 아직 정해지지 않았다.",
        "초대 센터장에는 누리대 유회준 교수가 거론된다.",
        "유회준 교수가 초대 센터장으로 임명될 예정이다.",
    ],
)
def test_a_head_not_yet_named(second: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "AI 반도체 공동연구센터" for k in facts(FOUNDED + second))


def test_no_new_body_no_head() -> None:
    assert not any(k[0] == "WORKS_FOR" and k[1] == "유회준" for k in facts("센터장은 유회준 교수가 맡는다."))


def test_the_company_referred_to_as_dongsa() -> None:
    got = facts("누리칩스는 반도체 스타트업이다. 동사는 2020년 박성현 대표가 설립했다.")
    assert ("ESTABLISHED", "박성현", "누리칩스") in got, got


def test_a_past_post_held_at_an_organisation() -> None:
    got = facts("김민수 대표는 누리랩스에서 연구팀장을 지냈다.")
    assert got.get(("WORKS_FOR", "김민수", "누리랩스"), {}) == {"title": "연구팀장", "former": True}, got


@pytest.mark.parametrize(
    "text",
    [
        '한 매체는 가람소프트가 누리랩스에 1,000억원을 투자한다고 보도했다. 가람소프트 측은 "사실무근"이라고 밝혔다.',
        '가람소프트가 누리랩스에 1,000억원을 투자한 것으로 알려졌다. 누리랩스는 "사실이 아니다"라고 부인했다.',
        "일부 매체가 가람소프트가 누리랩스에 1,000억원을 투자한다고 보도했지만 가람소프트는 사실무근이라고 밝혔다.",
        '한 경제지는 가람소프트가 누리랩스에 1,000억원을 투자했다고 전했으나, 회사 측은 "사실이 아니다"라고 부인했다.',
    ],
)
def test_a_report_denied_next_is_no_fact(text: str) -> None:
    assert ("INVESTED_IN", "가람소프트", "누리랩스") not in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        '가람소프트는 누리랩스에 1,000억원을 투자했다. 가람소프트는 인수설에 대해서는 "사실이 아니다"라고 밝혔다.',
        "가람소프트가 누리랩스에 1,000억원을 투자한 것으로 알려졌다. 한빛전자는 인수설을 부인했다.",
        "가람소프트는 누리랩스에 1,000억원을 투자했다고 전했으나, 세부 조건은 밝히지 않았다.",
    ],
)
def test_a_fact_beside_another_denial_stands(text: str) -> None:
    assert ("INVESTED_IN", "가람소프트", "누리랩스") in facts(text), facts(text)


def test_a_descriptive_first_word_names_no_owner_of_the_new_lab() -> None:
    got = facts(
        "서울대 AI연구원과 가람전자가 '초거대 AI 공동연구실'을 개소했다. 연구실장은 서울대 컴퓨터공학부 이재진 교수가 맡았다."
    )
    assert got.get(("WORKS_FOR", "이재진", "초거대 AI 공동연구실"), {}).get("title") == "연구실장", got
    assert not any(k[2] == "초거대" for k in got), got


@pytest.mark.parametrize(
    "second",
    ["초대 대표이사에는 한지훈 전 가람소프트 상무가 선임됐다.", "신임 대표이사로 한지훈 가람소프트 상무가 내정됐다."],
)
def test_a_word_describing_the_post_is_no_body(second: str) -> None:
    """ "초대 대표이사", "신임 대표이사": the word before the title describes the post; it names no organisation."""
    got = facts("다온테크는 비전 사업부를 분할해 신설 법인 '다온비전'을 세웠다. " + second)
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("초대", "신임") for k in got), got
