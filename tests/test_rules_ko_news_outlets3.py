"""Deal news in more outlets' wordings: an investor list whose members carry relative clauses ("A가 설립한
B, C 등으로부터"; the clause's subject founded or funded B and is no investor), and participation told as a
decision ("'X 사업' 참여를 확정했다"); plans, "검토", denials and hypotheticals give nothing."""

import pytest
from ko_facts import facts


def _of(kind: str, text: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in facts(text) if k[0] == kind}


_ROUND = "가온칩스가 150억원 규모의 시리즈A 투자를 유치했다. "


@pytest.mark.parametrize(
    ("text", "investors", "not_investors"),
    [
        (
            "누리칩스는 박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등으로부터 80억원을 유치했다.",
            {"한빛파트너스", "다온인베스트먼트"},
            {"박정훈"},
        ),
        (
            "누리칩스는 박정훈 전 장관이 세운 한빛파트너스, 이서연 대표가 이끄는 다온인베스트먼트 등으로부터 "
            "80억원을 유치했다.",
            {"한빛파트너스", "다온인베스트먼트"},
            {"박정훈", "이서연"},
        ),
        (
            _ROUND + "박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등이 이번 투자에 참여했다.",
            {"한빛파트너스", "다온인베스트먼트"},
            {"박정훈"},
        ),
        (
            _ROUND + "이번 라운드에는 누리전자가 출자한 한빛벤처스, 다온인베스트먼트, 가람캐피탈이 참여했다.",
            {"한빛벤처스", "다온인베스트먼트", "가람캐피탈"},
            {"누리전자"},
        ),
    ],
)
def test_investor_list_with_relative_clauses(text: str, investors: set[str], not_investors: set[str]) -> None:
    got = _of("INVESTED_IN", text)
    recipient = "누리칩스" if text.startswith("누리칩스") else "가온칩스"
    assert {(i, recipient) for i in investors} <= got, facts(text)
    assert not {(i, recipient) for i in not_investors} & got, facts(text)


def test_founder_in_the_relative_clause_founded_the_first_investor() -> None:
    text = "누리칩스는 박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등으로부터 80억원을 유치했다."
    assert ("박정훈", "한빛파트너스") in _of("ESTABLISHED", text), facts(text)


def test_a_round_joined_by_named_investors_still_reads_the_clause() -> None:
    text = "누리칩스는 한빛파트너스와 다온인베스트먼트가 참여한 80억원 규모의 투자를 유치했다."
    assert {("한빛파트너스", "누리칩스"), ("다온인베스트먼트", "누리칩스")} <= _of("INVESTED_IN", text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등으로부터 80억원을 유치할 계획이다.",
        _ROUND + "박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등이 이번 투자에 참여하지 않았다.",
        _ROUND + "박정훈 전 장관이 세운 한빛파트너스, 다온인베스트먼트 등이 이번 투자 참여를 검토 중이다.",
    ],
)
def test_no_investors_in_plans_or_denials(text: str) -> None:
    got = _of("INVESTED_IN", text)
    assert not {s for s, _ in got} & {"한빛파트너스", "다온인베스트먼트", "박정훈"}, facts(text)


@pytest.mark.parametrize(
    ("text", "member", "programme"),
    [
        ("가온칩스는 'AI 반도체 실증 사업' 참여를 확정했다.", "가온칩스", "AI 반도체 실증 사업"),
        (
            "한빛전자는 산업부의 'AI 의료 데이터 구축 사업' 참여를 최종 확정했다.",
            "한빛전자",
            "AI 의료 데이터 구축 사업",
        ),
        ("누리랩스는 '스마트 항만 실증 사업' 컨소시엄 참여를 결정했다.", "누리랩스", "스마트 항만 실증 사업"),
        ("가온칩스는 차세대 AI 반도체 실증 사업 참여를 결정했다고 밝혔다.", "가온칩스", "차세대 AI 반도체 실증 사업"),
    ],
)
def test_decided_participation_takes_part(text: str, member: str, programme: str) -> None:
    assert (member, programme) in _of("PARTICIPATES_IN", text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가온칩스는 'AI 반도체 실증 사업' 참여를 검토 중이다.",
        "가온칩스는 'AI 반도체 실증 사업' 참여를 결정할 방침이다.",
        "가온칩스는 'AI 반도체 실증 사업' 참여를 확정하지 않았다.",
        "가온칩스는 'AI 반도체 실증 사업' 참여를 결정했다는 보도를 부인했다.",
        "가온칩스가 'AI 반도체 실증 사업' 참여를 결정하면 한빛전자도 합류한다.",
        "가온칩스는 AI 사업 참여를 결정했다.",
        "가온칩스는 'AI 반도체 실증 사업' 참여를 희망했다.",
    ],
)
def test_no_participation_planned_considered_or_denied(text: str) -> None:
    assert not _of("PARTICIPATES_IN", text), facts(text)
