"""Teams, bands, parties and armies: member roles (lexicons/member_roles.txt), joining and founding verbs."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("해오름FC 주장 서지후는 부상으로 결장했다.", "서지후", "해오름FC", "주장"),
        ("해오름FC 감독 남궁현은 전술을 바꿨다.", "남궁현", "해오름FC", "감독"),
        ("김도윤 한빛FC 주장은 부상을 당했다.", "김도윤", "한빛FC", "주장"),  # the name first
        ("새빛민생당 원내대표인 변가은은 기자회견을 열었다.", "변가은", "새빛민생당", "원내대표"),
        ("서지후는 해오름FC의 주장이다.", "서지후", "해오름FC", "주장"),
        ("서지후는 해오름FC 선수로 활동하였다.", "서지후", "해오름FC", "선수"),
        ("서지후는 해오름FC 주장을 맡고 있다.", "서지후", "해오름FC", "주장"),
    ],
)
def test_a_member_role_beside_the_name_places_the_person(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got[("WORKS_FOR", person, org)].get("title") == title


def test_a_member_role_held_before_is_marked_former() -> None:
    got = facts("전 해오름FC 감독 남궁현은 해설위원으로 변신했다.")
    rel = got[("WORKS_FOR", "남궁현", "해오름FC")]
    assert rel.get("title") == "감독" and rel.get("former") is True


@pytest.mark.parametrize(
    "text",
    [
        "해오름FC를 상대한 선수 서지후는 두 골을 넣었다.",  # the opponent, not the team
        "해오름FC와 바람개비FC의 경기에서 서지후가 골을 넣었다.",  # the match, no role
        "해오름FC 주장 내정자 서지후는 아직 계약하지 않았다.",  # a role not held yet
        "해오름FC 감독 물망에 오른 남궁현은 말을 아꼈다.",  # talked about for the post
    ],
)
def test_a_team_and_a_person_in_one_sentence_without_a_role_give_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("변가은은 2016년 새빛민생당에 입당했다.", "변가은", "새빛민생당"),
        ("서지후는 지난 시즌 바람개비FC로 이적하였다.", "서지후", "바람개비FC"),
    ],
)
def test_joining_a_party_or_moving_to_a_club_works_for_it(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "변가은은 새빛민생당에 입당하지 않았다.",  # negated
        "변가은이 새빛민생당에 입당할지는 불투명하다.",  # hedged
    ],
)
def test_joining_negated_or_hedged_gives_nothing(text: str) -> None:
    assert ("WORKS_FOR", "변가은", "새빛민생당") not in facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("변가은은 2009년 새빛민생당을 창당했다.", "변가은", "새빛민생당"),
        ("해오름FC는 1996년 남궁현이 창단한 구단이다.", "남궁현", "해오름FC"),
    ],
)
def test_founding_a_party_or_a_club_is_an_establishment(text: str, person: str, org: str) -> None:
    assert ("ESTABLISHED", person, org) in facts(text)


def test_a_founding_only_considered_establishes_nothing() -> None:
    got = facts("변가은은 새빛민생당 창당을 검토했지만 끝내 포기했다.")
    assert not any(k[0] == "ESTABLISHED" for k in got)


def test_two_moves_in_one_sentence_each_go_to_their_own_subject() -> None:
    got = facts("계약이 끝난 서지후가 바람개비FC로 이적하였으며, 최유나는 해오름FC로 이적하였다.")
    assert ("WORKS_FOR", "서지후", "해오름FC") not in got
    assert ("WORKS_FOR", "최유나", "해오름FC") in got


def test_a_unit_under_a_command_is_part_of_it() -> None:
    assert ("PART_OF", "국군정보사령부", "국방부") in facts("국방부 예하 국군정보사령부는 조직을 개편했다.")


def test_two_bodies_side_by_side_are_no_part_and_whole() -> None:
    got = facts("국방부와 국군정보사령부는 합동 훈련을 마쳤다.")
    assert not any(k[0] == "PART_OF" for k in got)


def test_a_party_choosing_its_titled_leader_as_candidate_places_the_leader() -> None:
    got = facts("새빛민생당은 전당원투표를 거쳐 대통령 선거 후보로 변가은 대표를 선출하였다.")
    assert got[("WORKS_FOR", "변가은", "새빛민생당")].get("title") == "대표"


@pytest.mark.parametrize(
    "text",
    [
        "새빛민생당은 지방선거 후보로 변가은 대표를 선출할 계획이다.",  # planned
        "새빛민생당은 토론 상대로 변가은 대표를 지목했다.",  # named as an opponent, not appointed
    ],
)
def test_a_candidacy_planned_or_a_mere_naming_places_nobody(text: str) -> None:
    assert ("WORKS_FOR", "변가은", "새빛민생당") not in facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("서지후는 2021년 해오름FC와 3년 계약을 맺었다.", "서지후", "해오름FC"),
        ("가수 최유나는 누리엔터테인먼트와 전속 계약을 체결했다.", "최유나", "누리엔터테인먼트"),
    ],
)
def test_a_player_or_artist_signing_with_a_club_or_agency_works_for_it(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) in facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("김철수 한빛전자 대표는 누리반도체와 공급 계약을 체결했다.", "김철수", "누리반도체"),  # signs for his company
        ("서지후는 해오름FC와 계약을 맺지 않았다.", "서지후", "해오름FC"),  # negated
        ("서지후는 해오름FC와 계약을 맺을 예정이다.", "서지후", "해오름FC"),  # planned
    ],
)
def test_a_contract_for_a_company_negated_or_planned_places_nobody(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_a_relative_clause_of_working_at_an_organisation_places_the_person() -> None:
    assert ("WORKS_FOR", "서지후", "해오름FC") in facts("해오름FC에서 활약한 서지후는 은퇴를 선언했다.")
    rel = facts("한빛전자에서 20년간 근무했던 박정우는 회고록을 냈다.")[("WORKS_FOR", "박정우", "한빛전자")]
    assert rel.get("former") is True


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("해오름FC에서 열린 행사에 참석한 서지후는 인사말을 했다.", "서지후", "해오름FC"),  # an event there
        ("한빛전자에서 근무할 박정우는 입사 준비를 하고 있다.", "박정우", "한빛전자"),  # not yet
    ],
)
def test_an_event_at_an_organisation_or_a_future_post_is_no_work_there(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_a_coach_guiding_a_team_works_for_it() -> None:
    assert ("WORKS_FOR", "최민호", "해오름FC") in facts("최민호 감독이 지도하는 해오름FC는 리그 3위에 올랐다.")
    assert ("WORKS_FOR", "최민호", "해오름FC") not in facts("최민호 감독이 지도할 해오름FC는 아직 정해지지 않았다.")
