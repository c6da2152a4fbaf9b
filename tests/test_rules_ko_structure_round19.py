"""Nineteenth round, structure: spin-offs named as nouns or cut from a unit, group members listed after the
group's noun, and membership of a business group read as affiliation (composed sentences)."""

from __future__ import annotations

import pytest

from aigraph.ingest.contract import Document
from tests.ko_facts import extractor, facts, kinds


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        ("가람테크의 스핀오프 기업인 누리랩스가 시리즈A 투자를 유치했다.", "누리랩스", "가람테크"),
        ("누리랩스는 한빛전자의 스핀오프 회사다.", "누리랩스", "한빛전자"),
        ("가람테크 스핀오프 누리랩스는 물류 로봇을 만든다.", "누리랩스", "가람테크"),
        ("다온소프트는 한빛대의 스핀오프 기업으로 2018년 설립됐다.", "다온소프트", "한빛대"),
        ("가람테크는 한빛전자의 AI 사업부를 떼어내 설립한 회사다.", "가람테크", "한빛전자"),
        ("누리랩스는 다온전자의 로봇 사업부를 분리해 세운 회사다.", "누리랩스", "다온전자"),
        ("한빛전자 사내 스타트업으로 시작한 누리랩스는 2021년 분사했다.", "누리랩스", "한빛전자"),
        ("가람테크 사내벤처로 시작한 다온랩은 지난해 분사했다.", "다온랩", "가람테크"),
    ],
)
def test_spin_off_wordings(text, child, parent):
    assert ("SPUN_OFF_FROM", child, parent) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리테크의 AI 사업부를 떼어내 인수했다.",  # a unit bought, nothing founded
        "가람테크는 한빛전자의 AI 사업부를 떼어내 설립하는 방안을 검토하고 있다.",  # considered
        "누리랩스는 가람테크의 스핀오프 기업이 아니다.",  # denied
        "한빛전자는 스핀오프 기업 누리랩스에 투자했다.",  # no parent written
        "가람테크의 스핀오프 기업이 설립될 경우 누리랩스가 투자할 수 있다.",  # hypothetical
    ],
)
def test_no_spin_off(text):
    assert "SPUN_OFF_FROM" not in kinds(text)


def test_spin_off_is_dated_from_the_sentence():
    found = facts("한빛전자 사내 스타트업으로 시작한 누리랩스는 2021년 분사했다.")
    assert found[("SPUN_OFF_FROM", "누리랩스", "한빛전자")].get("date") == "2021"


@pytest.mark.parametrize(
    ("text", "members", "group"),
    [
        (
            "가람그룹 계열사 가람테크, 누리랩스, 한빛AI 등이 컨소시엄에 참여했다.",
            {"가람테크", "누리랩스", "한빛AI"},
            "가람그룹",
        ),
        ("한빛그룹 계열사 다온전자, 누리랩스 등이 참여했다.", {"다온전자", "누리랩스"}, "한빛그룹"),
        ("다온그룹 계열사인 가람테크와 누리랩스는 AI 사업을 강화한다.", {"가람테크", "누리랩스"}, "다온그룹"),
    ],
)
def test_every_listed_member_of_a_group(text, members, group):
    found = facts(text)
    assert {k[1] for k in found if k[0] == "AFFILIATE_OF" and k[2] == group} == members


@pytest.mark.parametrize(
    ("text", "member", "group"),
    [
        ("누리랩스는 가람그룹 소속 IT 서비스 기업이다.", "누리랩스", "가람그룹"),
        ("한빛그룹 소속 다온정보통신은 클라우드 사업을 수주했다.", "다온정보통신", "한빛그룹"),
    ],
)
def test_belonging_to_a_business_group_is_affiliation(text, member, group):
    found = facts(text)
    assert ("AFFILIATE_OF", member, group) in found
    assert ("PART_OF", member, group) not in found


def test_belonging_to_an_institute_stays_part_of():
    assert ("PART_OF", "나래AI센터", "한빛과학기술연구원") in facts(
        "나래AI센터는 한빛과학기술연구원 소속 연구조직이다."
    )


def test_a_listed_investor_described_before_its_name_stays_in_the_list():
    """ "A, 신규 투자자 B, C가 참여했다": what B is, written before its name, does not end the enumeration."""
    found = facts(
        "세움로보틱스는 100억원 규모의 투자를 유치했다. "
        "이번 투자에는 가람벤처스, 신규 투자자 누리인베스트먼트, 한빛캐피탈이 참여했다."
    )
    investors = {k[1] for k in found if k[0] == "INVESTED_IN" and k[2] == "세움로보틱스"}
    assert investors == {"가람벤처스", "누리인베스트먼트", "한빛캐피탈"}


def test_a_unit_kind_before_the_unit_name_is_not_a_second_part():
    """ "X 산하 AI연구소인 Y": "AI연구소" says what Y is; Y alone is the part."""
    found = facts("한빛전자 산하 AI연구소인 다온AI랩은 언어모델을 공개했다.")
    assert {k[1] for k in found if k[0] == "PART_OF"} == {"다온AI랩"}


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 이날 누리랩스와 AI 서비스 고도화를 위한 협약식을 가졌다.",
        "가람테크와 누리랩스는 지난 3일 본사에서 체결식을 열고 데이터 협력에 나섰다.",
    ],
)
def test_a_signing_ceremony_is_a_partnership(text):
    assert ("PARTNERS_WITH", "가람테크", "누리랩스") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와의 협력을 종료했다.",
        "가람테크는 누리랩스와 결별하고 독자 노선을 걷는다.",
        "가람테크와 누리랩스의 협약식은 무산됐다.",
    ],
)
def test_an_ended_or_failed_partnership_is_none(text):
    assert "PARTNERS_WITH" not in kinds(text)


@pytest.mark.parametrize("text", ["그는 중국 항공사로 이직했다.", "미국 제약사로 자리를 옮긴 하준호 박사는 말했다."])
def test_a_place_and_a_company_kind_name_no_company(text):
    names = {e.name for e in extractor().extract(Document(id="t", text=text)).entities}
    assert not any(n.endswith(("항공사", "제약사")) for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 'K-클라우드 프로젝트'에 수요기업으로 합류했다.",
        "가람테크는 'K-클라우드 프로젝트' 수요기업으로 합류했다.",
        "가람테크는 정부의 AI 반도체 실증 사업에 협력기업으로 참여한다.",
    ],
)
def test_a_programme_joined_in_a_named_role(text):
    found = facts(text)
    assert any(k[0] == "PARTICIPATES_IN" and k[1] == "가람테크" for k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 'K-클라우드 프로젝트'에 수요기업으로 합류할지 검토 중이다.",
        "가람테크는 'K-클라우드 프로젝트'에 수요기업으로 합류하지 않았다.",
    ],
)
def test_a_programme_role_considered_or_refused_is_none(text):
    assert "PARTICIPATES_IN" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛그룹은 가람테크를 계열 편입했다.",
        "가람테크는 지난해 한빛그룹에 편입됐다.",
        "한빛그룹에 편입된 가람테크는 로봇을 만든다.",
    ],
)
def test_a_company_taken_into_a_group(text):
    assert ("AFFILIATE_OF", "가람테크", "한빛그룹") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 코스피200에 편입됐다.",  # an index
        "가람테크는 MSCI 지수에 편입됐다.",
        "가람테크는 한빛그룹에 편입될 예정이다.",
        "가람테크는 한빛그룹에 편입되지 않았다.",
    ],
)
def test_no_group_membership(text):
    assert "AFFILIATE_OF" not in kinds(text)


def test_members_joining_a_consortium_formed_the_sentence_before():
    found = facts(
        "가람테크는 'AI 반도체 실증 사업' 컨소시엄을 꾸렸다고 밝혔다. "
        "이번 컨소시엄에는 누리랩스, 한빛대, 다온전자가 참여한다."
    )
    assert ("PARTICIPATES_IN", "가람테크", "AI 반도체 실증 사업") in found
    for member in ("누리랩스", "한빛대", "다온전자"):
        assert ("PARTNERS_WITH", member, "가람테크") in found
        assert ("PARTICIPATES_IN", member, "AI 반도체 실증 사업") in found


def test_members_of_a_consortium_formed_without_a_programme_partner_with_its_leader():
    found = facts("가람테크는 컨소시엄을 꾸렸다. 이번 컨소시엄에는 누리랩스와 한빛대가 참여했다.")
    assert {k[1] for k in found if k[0] == "PARTNERS_WITH" and k[2] == "가람테크"} == {"누리랩스", "한빛대"}
    assert not any(k[0] == "PARTICIPATES_IN" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 'AI 반도체 실증 사업' 컨소시엄을 꾸릴 계획이다. 이번 컨소시엄에는 누리랩스가 참여할 예정이다.",
        "가람테크는 'AI 반도체 실증 사업' 컨소시엄을 꾸렸다. 이번 컨소시엄에는 누리랩스가 참여하지 않는다.",
        "가람테크는 지난달 실적을 발표했다. 이번 컨소시엄에는 누리랩스가 참여한다.",  # no consortium formed before
    ],
)
def test_no_member_of_a_consortium_planned_refused_or_never_formed(text):
    found = facts(text)
    assert not any(k[1] == "누리랩스" for k in found), found
