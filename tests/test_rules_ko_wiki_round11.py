"""Encyclopaedic person/organisation wordings of the eleventh round (issue 9): a hedge only counts in the pair's
own clause, a name ending in "길" before "원…" is no wish, party candidates, schools and commands as organisations,
a role taken in a relative clause ("ORG T로 취임한 P") and leagues the recogniser leaves out ("분데스리가의 X").
Every sentence is composed for these tests; each wording comes with negated, hedged, planned or look-alike
sentences that must give nothing."""

from __future__ import annotations

import pytest
from ko_facts import facts


def works_for(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "WORKS_FOR"}


def part_of(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "PART_OF"}


# --- a hedge after the pair's clause is another statement's; a hedge in it still counts (rules/ko_learned.py) ---


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("한빛고등학교 김도윤 교사는 대회에서 우승했고, 다른 학교들은 본선에 오르지 못했다.", "김도윤", "한빛고등학교"),
        ("한빛고등학교 김도윤 교사는 작년에 부임했으며, 올해는 담임을 맡지 않았다.", "김도윤", "한빛고등학교"),
        ("한빛고등학교 김도윤 교사는 학생들을 지도했고, 교육청은 표창하는 방안을 검토했다.", "김도윤", "한빛고등학교"),
    ],
)
def test_a_negation_in_a_later_clause_leaves_the_pair(text: str, person: str, org: str) -> None:
    assert (person, org) in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛고등학교 김도윤 교사는 대회에서 우승하지 못했고, 다른 학교가 이겼다.",  # negated in the pair's clause
        "한빛고등학교 김도윤 교사는 대회에서 우승할 가능성이 있다.",  # hedged
        "한빛고등학교 김도윤 교사는 대회에서 우승한다면 상금을 받는다.",  # hypothetical
    ],
)
def test_a_hedge_in_the_pairs_clause_gives_nothing(text: str) -> None:
    assert ("김도윤", "한빛고등학교") not in works_for(text)


# --- "길 원" was a wish marker inside names ("최명길 원내대변인"); the wish itself still gives nothing ---


def test_a_name_ending_in_gil_before_a_title_is_no_wish() -> None:
    assert ("최명길", "새한국당") in works_for("새한국당 최명길 원내대변인은 이날 기자회견을 열었다.")


@pytest.mark.parametrize(
    "text",
    ["한빛전자는 누리텍을 인수하길 원한다.", "한빛전자는 누리텍을 인수하길 원했지만 실패했다."],
)
def test_a_wish_still_gives_no_acquisition(text: str) -> None:
    assert not any(kind == "ACQUIRED" for kind, _, _ in facts(text))


# --- a party's candidate ("ORG P 후보", "P ORG 후보") ---


@pytest.mark.parametrize(
    "text",
    [
        "새한국당 이강래 후보는 여론조사에서 줄곧 1위를 달렸고 당선 가능성이 가장 높은 후보로 꼽혔다.",
        "이강래 새한국당 예비후보는 여론조사에서 줄곧 1위를 달렸고 당선 가능성이 가장 높다는 평을 들었다.",
    ],
)
def test_a_partys_candidate_belongs_to_the_party(text: str) -> None:
    assert ("이강래", "새한국당") in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 인수 후보로 거론되는 누리텍은 전장 기업이다.",  # a bidder, no person
        "노벨상 후보 이강래 교수는 연구를 계속하고 있다.",  # a prize, no party
    ],
)
def test_a_candidate_for_a_deal_or_a_prize_joins_nothing(text: str) -> None:
    assert not any(t == "누리텍" or s == "이강래" for s, t in works_for(text))


# --- schools and military commands are organisations (org_suffixes.tsv) ---


def test_a_school_head_works_for_the_school() -> None:
    assert ("김성수", "한빛공업학교") in works_for("그는 한빛공업학교 교장 김성수의 제자이다.")


def test_a_numbered_unit_under_a_command() -> None:
    assert ("수도경비사령부 제3연대", "수도경비사령부") in part_of(
        "한편, 수도경비사령부 예하의 제3연대가 포천에 급파되었다."
    )


# --- a role taken, written as a relative clause before the person (rules/ko_people.py) ---


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("한빛전문학교 교장으로 취임한 김성수는 개교 기념식에서 연설을 하였다.", "교장"),
        ("5월부터 한빛전문학교 교장으로 다시 취임해 있었던 김성수는 연설을 하였다.", "교장"),
        ("누리당 대표로 선출된 김성수는 첫 회의를 열었다.", "대표"),
    ],
)
def test_a_role_taken_in_a_relative_clause(text: str, title: str) -> None:
    found = {(s, t): p for (kind, s, t), p in facts(text).items() if kind == "WORKS_FOR"}
    org = "누리당" if "누리당" in text else "한빛전문학교"
    assert found.get(("김성수", org), {}).get("title") == title


@pytest.mark.parametrize(
    "text",
    [
        "한빛전문학교 교장으로 취임할 김성수는 개교 기념식에서 연설을 하였다.",  # not yet
        "한빛전문학교 교장으로 취임하지 않은 김성수는 개교 기념식에서 연설을 하였다.",  # denied
        "한빛전문학교 교장으로 취임한다면 김성수는 개교 기념식에서 연설을 할 것이다.",  # hypothetical
    ],
)
def test_a_role_not_taken_gives_nothing(text: str) -> None:
    assert ("김성수", "한빛전문학교") not in works_for(text)


# --- a team written after a league the recogniser leaves out (rules/ko_members.py) ---


@pytest.mark.parametrize(
    ("text", "team", "league"),
    [
        ("그는 2019년 독일 분데스리가의 VfL 볼프스부르크로 이적했다.", "VfL 볼프스부르크", "분데스리가"),
        ("그는 현재 일본 센트럴 리그인 한신 타이거스의 소속 선수이다.", "한신 타이거스", "센트럴 리그"),
        ("2013년에는 WK리그 소속 클럽인 대전 스포츠토토에 입단했다.", "대전 스포츠토토", "WK리그"),
        ("그는 2014년 J2리그의 요코하마 FC로 이적했다.", "요코하마 FC", "J2리그"),
        ("그는 K리그 클래식의 대구 FC를 상대로 첫 골을 넣었다.", "대구 FC", "K리그 클래식"),
        ("그는 대한민국 K리그1 울산 현대로 이적했다.", "울산 현대", "K리그1"),  # the country is no part of the name
    ],
)
def test_a_team_after_its_league(text: str, team: str, league: str) -> None:
    assert (team, league) in part_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "그는 국내 리그 삼성 라이온즈에서 뛰었다.",  # "국내 리그" names no league
        "그는 분데스리가에서 뛰다가 VfL 볼프스부르크로 이적했다.",  # a verb between: no apposition
        "그는 분데스리가와 VfL 볼프스부르크의 관계를 연구했다.",  # listed side by side
    ],
)
def test_no_league_membership_without_the_apposition(text: str) -> None:
    assert not part_of(text)
