"""People and organisations as encyclopaedic prose writes them (rules/ko_members.py and the ko_people and
ko_structure wordings added with it); every sentence is composed for these tests, each pattern with the
negated, hedged, quoted or look-alike sentences that must give nothing."""

from __future__ import annotations

import pytest
from ko_facts import facts

from aigraph.ingest.pipeline.rules.ko_members import LEAGUE_NAME


def works_for(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "WORKS_FOR"}


def structure(text: str) -> set[tuple[str, str, str]]:
    return {k for k in facts(text) if k[0] in ("PART_OF", "AFFILIATE_OF")}


# --- the topic organisation and its head named in a later clause (ko_members.topic_head_later) ---


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("네이버는 올해 실적이 개선됐고 최수연 대표가 직접 발표했다.", "최수연", "네이버"),
        ("첼시는 수비수들이 부상으로 이탈해 모리뉴 감독이 보강을 요구했다.", "모리뉴", "첼시"),
        (
            "당시 첼시는 수비수들이 이탈해 모리뉴 감독이 보강을 요구했으나 보드진이 이를 거절했다.",
            "모리뉴",
            "첼시",
        ),
    ],
)
def test_head_of_the_topic_organisation_named_later(text: str, person: str, org: str) -> None:
    assert (person, org) in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 15일 신규 서비스를 공개했으며 김철수 대표와 협약을 맺었다.",  # a partner, not a subject
        "카카오는 15일 신규 서비스를 공개했으며 김철수 교수가 자문을 맡았다.",  # not a head's title
        "카카오는 15일 신규 서비스를 공개했고 투자자인 김철수 대표가 참석했다.",  # another party
        "카카오는 신규 서비스를 공개할 계획이며 김철수 대표가 발표할 예정이라고 밝혔다.",  # a plan
        '카카오는 15일 "김철수 대표가 직접 발표한다"고 밝혔다.',  # quoted speech
        "카카오는 15일 누리텍과 손잡았고 김철수 대표가 직접 서명했다.",  # two organisations: whose head?
    ],
)
def test_no_head_claimed_for_a_partner_a_plan_a_quote_or_another_organisation(text: str) -> None:
    assert ("김철수", "카카오") not in works_for(text)


# --- a role the person came to hold, an ordinal before the title, a club played for (ko_people) ---


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("김철수는 2020년 삼성전자의 회장에 올랐다.", "김철수", "삼성전자"),
        ("카카오의 대표가 된 김철수는 소감을 밝혔다.", "김철수", "카카오"),
        ("김철수는 삼성그룹의 2대 회장이다.", "김철수", "삼성"),
        ("김민재는 대한민국의 축구 선수로, 현재 전북 현대에서 뛰고 있다.", "김민재", "전북 현대"),
        ("레알 마드리드 회장 플로렌티노 페레스는 말했다.", "플로렌티노 페레스", "레알 마드리드"),
        ("롯데 자이언츠 이대호 선수는 결승타를 쳤다.", "이대호", "롯데 자이언츠"),
        ("맨체스터 유나이티드에서 뛰고 있는 폴 포그바는 차를 몰았다.", "폴 포그바", "맨체스터 유나이티드"),
    ],
)
def test_roles_reached_ordinal_titles_clubs_and_foreign_heads(text: str, person: str, org: str) -> None:
    assert (person, org) in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "김철수는 삼성전자의 대표가 되지 못했다.",  # negated
        "김철수는 삼성전자의 회장에 오를 가능성이 있다.",  # hedged
        "김철수는 삼성전자에서 뛰어난 성과를 냈다.",  # "뛰어난" is no playing for a club
        "삼성전자 회장 후보 김철수는 말했다.",  # a candidate, not the holder
        "삼성전자 김철수 선수가 될 가능성이 있다.",  # hedged
    ],
)
def test_no_role_from_a_denial_a_hedge_an_adjective_or_a_candidacy(text: str) -> None:
    assert ("김철수", "삼성전자") not in works_for(text)


def test_founder_title_before_a_foreign_name_is_an_establishment() -> None:
    got = facts("캐노니컬의 창립자 마크 셔틀워스가 새 버전을 발표했다.")
    assert ("ESTABLISHED", "마크 셔틀워스", "캐노니컬") in got


# --- organisations in a group, under a body, in a league (ko_structure, ko_members.team_of_league) ---


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("롯데호텔은 롯데그룹 계열의 호텔이다.", ("AFFILIATE_OF", "롯데호텔", "롯데")),
        ("카카오브레인은 카카오 자회사로 편입됐다.", ("AFFILIATE_OF", "카카오브레인", "카카오")),
        ("오메가는 스와치 그룹에 속하는 시계 회사이다.", ("AFFILIATE_OF", "오메가", "스와치 그룹")),
        (
            "과학기술정보통신부 산하 연구기관인 한국전자통신연구원은 발표했다.",
            ("PART_OF", "한국전자통신연구원", "과학기술정보통신부"),
        ),
        ("그는 NBA 명문팀인 로스앤젤레스 레이커스를 후원했다.", ("PART_OF", "로스앤젤레스 레이커스", "NBA")),
        ("그는 2017년 K리그 클래식 전남 드래곤즈에 입단했다.", ("PART_OF", "전남 드래곤즈", "K리그 클래식")),
    ],
)
def test_affiliates_units_and_teams(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in structure(text)


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 LG 자회사의 지분을 인수했다.",  # a possessive: the subject is no affiliate
        "삼성전자는 LG 계열의 부품사와 협력했다.",  # a partner described, not the subject
        "카카오브레인은 카카오 자회사로 편입될 예정이다.",  # a plan
    ],
)
def test_no_affiliate_from_a_possessive_a_partner_or_a_plan(text: str) -> None:
    assert not structure(text)


def test_numbered_unit_after_its_formation_is_part_of_it_and_nothing_farther_on_is() -> None:
    got = structure("수도경비사령부 예하의 제3연대가 포천에 급파되었다.")
    assert got == {("PART_OF", "수도경비사령부 제3연대", "수도경비사령부")}, got
    got = structure("태평양 함대 소속의 제1함대 상륙군단으로서 창설되었다.")
    assert ("PART_OF", "태평양 함대 제1함대", "태평양 함대") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "수도경비사령부 제3연대장이 말했다.",  # the commander, not the unit
        "수도경비사령부 예하의 제3연대를 창설할 계획이다.",  # a plan
        "그는 제3연대 출신이다.",  # no formation written
    ],
)
def test_no_numbered_unit_from_a_commander_a_plan_or_a_bare_number(text: str) -> None:
    assert not structure(text)


def test_league_names_and_what_is_not_one() -> None:
    for name in ("K리그1", "KBO 리그", "프리메이라리가", "세리에 A", "NBA", "K리그 클래식"):
        assert LEAGUE_NAME.fullmatch(name), name
    for name in ("전남 드래곤즈", "리그오브레전드 게임단", "한국야구위원회"):
        assert not LEAGUE_NAME.fullmatch(name), name


# --- "P는 … ORG 소속이다": the predicate of belonging, far from the name (ko_members.member_as_predicate) ---


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("김민재(1996년 11월 15일 ~)는 대한민국의 축구 선수로, 현재 바이에른 뮌헨 소속이다.", False),
        ("김민재는 한때 바이에른 뮌헨 소속이었다.", True),
    ],
)
def test_person_belonging_to_an_organisation_as_the_predicate(text: str, former: bool) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "김민재", "바이에른 뮌헨") in got
    assert bool(got[("WORKS_FOR", "김민재", "바이에른 뮌헨")].get("former")) is former


@pytest.mark.parametrize(
    "text",
    [
        "김민재는 내년부터 바이에른 뮌헨 소속이 될 가능성이 있다.",  # hedged
        '김민재는 "바이에른 뮌헨 소속이다"라고 말했다.',  # quoted
        "김민재는 바이에른 뮌헨 소속이 아니다.",  # denied
    ],
)
def test_no_belonging_from_a_hedge_a_quote_a_denial_or_a_modifier(text: str) -> None:
    assert ("김민재", "바이에른 뮌헨") not in works_for(text)
