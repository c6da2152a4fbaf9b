"""Deal news in more outlets' wordings: an investor list whose members carry relative clauses ("A가 설립한
B, C 등으로부터"; the clause's subject founded or funded B and is no investor), and participation told as a
decision ("'X 사업' 참여를 확정했다"), a consortium named only by its leader ("L이 주관하는 컨소시엄에는 A, B가
참여했다": each member partners with L; a programme it names is one they all take part in); plans, "검토",
denials and hypotheticals give nothing."""

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


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 한빛파트너스와 다온인베스트먼트가 참여한 80억원 규모의 투자를 유치했다.",
        "한빛파트너스가 주도한 누리칩스의 시리즈A 투자에는 다온인베스트먼트도 참여했다.",
    ],
)
def test_a_relative_clause_about_the_round_still_names_its_investors(text: str) -> None:
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


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _of("PARTNERS_WITH", text)}


@pytest.mark.parametrize(
    ("text", "leader", "members"),
    [
        (
            "다온AI연구원이 주관하는 컨소시엄에는 한빛전자, 가온칩스 등이 참여했다.",
            "다온AI연구원",
            ["한빛전자", "가온칩스"],
        ),
        ("다온AI연구원이 이끄는 컨소시엄에 한빛전자와 가온칩스가 합류했다.", "다온AI연구원", ["한빛전자", "가온칩스"]),
        (
            "한빛전자와 가온칩스는 다온AI연구원이 주관하는 컨소시엄에 참여했다.",
            "다온AI연구원",
            ["한빛전자", "가온칩스"],
        ),
        ("한빛전자는 누리랩스가 주도하는 컨소시엄 참여를 확정했다.", "누리랩스", ["한빛전자"]),
    ],
)
def test_members_of_a_consortium_named_by_its_leader_partner_with_it(
    text: str, leader: str, members: list[str]
) -> None:
    got = _partners(text)
    for member in members:
        assert frozenset({member, leader}) in got, facts(text)
    assert not {k for k in facts(text) if k[0] == "PARTICIPATES_IN" and k[2] == "컨소시엄"}, facts(text)


def test_a_led_consortium_named_by_its_programme_takes_part_in_it() -> None:
    text = "다온AI연구원이 주관하는 'AI 의료 실증 사업' 컨소시엄에는 한빛전자, 가온칩스 등이 참여했다."
    got = _of("PARTICIPATES_IN", text)
    assert {(o, "AI 의료 실증 사업") for o in ("다온AI연구원", "한빛전자", "가온칩스")} <= got, facts(text)


def test_a_named_consortium_is_joined_not_its_leader_partnered() -> None:
    text = "다온AI연구원이 주관하는 '누리 컨소시엄'에는 한빛전자, 가온칩스 등이 참여했다."
    assert ("한빛전자", "누리 컨소시엄") in _of("PARTICIPATES_IN", text), facts(text)
    assert not _partners(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "다온AI연구원이 주관하는 컨소시엄에는 한빛전자, 가온칩스 등이 참여할 예정이다.",
        "다온AI연구원이 주관하는 컨소시엄에는 한빛전자, 가온칩스 등이 참여를 검토 중이다.",
        "한빛전자는 누리랩스가 주도하는 컨소시엄 참여를 검토하고 있다.",
        "한빛전자는 누리랩스가 주도하는 컨소시엄 참여를 희망했다.",
        "다온AI연구원이 주관하는 컨소시엄에 한빛전자가 참여하면 가온칩스도 합류한다.",
        "한빛전자는 다온AI연구원이 주관하는 컨소시엄에 참여하지 않았다.",
        "다온AI연구원이 주관하는 컨소시엄에 한빛전자가 참여했다는 보도는 사실이 아니다.",
        "다온AI연구원이 주관하는 행사에 한빛전자, 가온칩스 등이 참여했다.",
    ],
)
def test_no_consortium_facts_when_planned_hypothetical_or_denied(text: str) -> None:
    assert not _partners(text), facts(text)
    assert not _of("PARTICIPATES_IN", text), facts(text)
