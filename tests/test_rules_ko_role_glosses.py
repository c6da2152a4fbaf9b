"""People and their organisations in the wordings news and encyclopaedias share (sentences composed for these
tests): a head's title glued to the organisation ("한빛은행장"), the organisation glossed after an untitled name,
a role held before ("지낸", "출신"), a founder described before the name; and look-alikes that must give no
current role: where a person studied or worked once, another company's person, a planned appointment."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, org, title",
    [
        ("이수진 한빛은행장은 이날 디지털 전략을 발표했다.", "한빛은행", "행장"),
        ("정태호 누리연구원장은 이날 반도체 로드맵을 발표했다.", "누리연구원", "원장"),
        ("행사에는 정태호 누리연구원장과 이수진 한빛은행장이 참석했다.", "한빛은행", "행장"),
    ],
)
def test_a_head_title_glued_to_the_organisation(text: str, org: str, title: str) -> None:
    got = facts(text)
    person = "이수진" if org == "한빛은행" else "정태호"
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got
    assert not any(k[2].endswith("장") and k[2] != org for k in got), got  # no "한빛은행장" organisation


def test_no_head_title_without_an_organisation_name_before_it() -> None:
    got = facts("김도현 학회장은 이날 축사를 했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    "text, title",
    [
        ("김하나(누리소프트 대표)는 이날 기조연설을 했다.", "대표"),
        ("김하나(누리소프트 연구소장)는 이날 기조연설을 했다.", "연구소장"),
        ("김하나(누리소프트)는 이날 기조연설을 했다.", None),
        ("김하나(누리소프트 소속)는 이날 기조연설을 했다.", None),
    ],
)
def test_the_organisation_glossed_after_an_untitled_name(text: str, title: str | None) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "김하나", "누리소프트") in got, got
    assert got[("WORKS_FOR", "김하나", "누리소프트")].get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "김하나(누리소프트 출신)는 이날 기조연설을 했다.",
        "김하나(누리소프트 투자자)는 이날 기조연설을 했다.",
        "김하나(32)씨는 누리소프트 행사에 참석했다.",
    ],
)
def test_a_gloss_that_names_no_role_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리소프트" for k in got), got


@pytest.mark.parametrize(
    "text, title",
    [
        ("누리소프트의 회장을 지낸 김하나는 올해 은퇴했다.", "회장"),
        ("누리소프트 대표 출신인 김하나 교수는 강연을 했다.", "대표"),
        ("누리소프트 연구소장 출신 김하나 씨는 새 회사를 차렸다.", "연구소장"),
    ],
)
def test_a_role_held_before_is_former(text: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "김하나", "누리소프트")) == {"title": title, "former": True}, got


@pytest.mark.parametrize(
    "text, org",
    [
        ("한빛대 출신 김하나 대표는 이날 신제품을 공개했다.", "한빛대"),
        ("누리소프트 출신 김하나 대표는 이날 신제품을 공개했다.", "누리소프트"),
    ],
)
def test_where_a_person_came_from_is_no_current_employer(text: str, org: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == org and not v.get("former") for k, v in got.items()), got


@pytest.mark.parametrize(
    "text",
    [
        "김하나는 누리소프트의 창립자이다.",
        "누리소프트 창업자 김하나 대표는 기조연설을 했다.",
        "누리소프트 창립자 김하나 회장은 기조연설을 했다.",
    ],
)
def test_a_founder_described_as_such(text: str) -> None:
    assert ("ESTABLISHED", "김하나", "누리소프트") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 한빛칩스 창업자 김하나 대표와 협약을 맺었다.",
        "김하나는 누리소프트의 창립자를 만났다고 말했다.",
    ],
)
def test_another_companys_founder_is_not_the_subjects(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "김하나", "누리소프트") not in got, got


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("김하나는 누리소프트를 운영하며 해외 시장을 넓혔다.", "김하나", "누리소프트", None),
        ("김하나 대표가 운영하는 누리소프트는 신제품을 공개했다.", "김하나", "누리소프트", "대표"),
        ("누리소프트를 경영하는 김하나 대표는 신제품을 공개했다.", "김하나", "누리소프트", "대표"),
        ("김하나(1970년 ~)는 누리소프트의 고문이다.", "김하나", "누리소프트", "고문"),
        ("누리텍(대표이사ㆍ박종빈)은 매출을 공개했다.", "박종빈", "누리텍", "대표이사"),
        ("한빛군(군수 송재호)은 축제를 연다.", "송재호", "한빛군", "군수"),
        ("누리시(송재호 시장)는 축제를 연다.", "송재호", "누리시", "시장"),
    ],
)
def test_heading_running_described_and_glossed_roles(text: str, person: str, org: str, title: str | None) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, got
    assert got[("WORKS_FOR", person, org)].get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "김하나는 누리소프트를 운영할 계획이다.",
        "김하나는 누리소프트의 서비스를 운영하며 돈을 벌었다.",
        "김하나는 누리소프트의 고문이 아니다.",
    ],
)
def test_planned_running_anothers_service_or_a_denied_role_give_no_role(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리소프트" for k in got), got


def test_a_local_head_glued_to_a_place_makes_no_person_of_the_place() -> None:
    got = facts("열린우리당 한빛군수 후보로 나선 송재호 씨는 연설을 했다.")
    assert not any(k[0] == "WORKS_FOR" and k[1] != "송재호" for k in got), got


@pytest.mark.parametrize(
    "text, org, title",
    [
        ("김하나 박사는 지난해 누리소프트에 합류했다.", "누리소프트", "박사"),
        ("김하나는 2019년 누리소프트에 입사했다.", "누리소프트", None),
        ("김하나는 누리FC를 떠나 한빛FC로 이적했다.", "한빛FC", None),
        ("김하나 박사는 누리소프트에 영입됐다.", "누리소프트", "박사"),
        ("누리소프트는 김하나 박사를 영입했다.", "누리소프트", "박사"),
        ("지난해 누리소프트에 합류한 김하나 박사는 새 모델을 공개했다.", "누리소프트", "박사"),
        ("누리소프트가 영입한 김하나 박사는 새 모델을 공개했다.", "누리소프트", "박사"),
    ],
)
def test_a_person_joining_an_organisation_works_for_it(text: str, org: str, title: str | None) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "김하나", org) in got, got
    assert got[("WORKS_FOR", "김하나", org)].get("title") == title, got
    assert not any(k[0] == "PARTICIPATES_IN" and k[1] == "김하나" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "김하나 박사는 누리소프트에 합류할 예정이다.",
        "김하나 박사는 누리소프트에 합류하지 않았다.",
        "누리소프트는 김하나 박사를 영입할 계획이다.",
        "누리소프트는 김하나 박사를 영입하는 방안을 검토 중이다.",
        "누리소프트에 합류할 김하나 박사는 새 모델을 공개할 예정이다.",
    ],
)
def test_a_planned_or_denied_joining_gives_no_role(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리소프트" for k in got), got


def test_an_organisation_joining_an_alliance_still_takes_part() -> None:
    got = facts("SK텔레콤은 누리 얼라이언스에 합류했다.")
    assert ("PARTICIPATES_IN", "SK텔레콤", "누리 얼라이언스") in got, got


@pytest.mark.parametrize(
    "text, title",
    [
        ("김하나는 현재 한빛칩스 고문으로 활동한다.", "고문"),
        ("김하나 씨는 한빛칩스 연구위원으로 재직 중이다.", "연구위원"),
    ],
)
def test_a_person_serving_as_a_title_of_an_organisation(text: str, title: str) -> None:
    assert facts(text).get(("WORKS_FOR", "김하나", "한빛칩스")) == {"title": title}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "김하나는 한빛칩스 홍보대사로 활동한다.",
        "김하나는 한빛칩스 고문으로 활동할 예정이다.",
        "김하나는 한빛칩스와 함께 고문으로 활동한다.",
    ],
)
def test_no_role_from_an_honorary_post_a_plan_or_a_partner(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "한빛칩스" for k in facts(text)), facts(text)


def test_names_joined_before_a_shared_title_share_the_organisation_before_them() -> None:
    got = facts("누리소프트의 김하나·박민수 공동대표는 신제품을 공개했다.")
    for person in ("김하나", "박민수"):
        assert got.get(("WORKS_FOR", person, "누리소프트")) == {"title": "공동대표"}, got


def test_names_after_the_topic_organisation_do_not_take_it() -> None:
    got = facts("누리소프트는 김하나·박민수 교수를 초청했다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리소프트" for k in got), got


@pytest.mark.parametrize(
    "text, title",
    [
        ("누리소프트 최고경영자(CEO) 김하나는 신제품을 공개했다.", "최고경영자"),
        ("누리소프트 최고기술책임자(CTO) 김하나 부사장은 신제품을 공개했다.", "부사장"),
    ],
)
def test_a_glossed_title_before_the_name(text: str, title: str) -> None:
    assert facts(text).get(("WORKS_FOR", "김하나", "누리소프트")) == {"title": title}, facts(text)


def test_a_glossed_field_word_before_a_name_is_no_title() -> None:
    got = facts("누리소프트 인공지능(AI) 김하나는 신제품을 공개했다.")
    assert not any(k[0] == "WORKS_FOR" and v.get("title") for k, v in got.items()), got


@pytest.mark.parametrize(
    "text, org, title",
    [
        ("한빛그룹 총수 김하나 회장은 신년사를 발표했다.", "한빛그룹", "회장"),
        ("누리소프트 수장 김하나는 신년사를 발표했다.", "누리소프트", "수장"),
    ],
)
def test_the_head_of_a_group_or_company_named_by_총수_or_수장(text: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "김하나", org)) == {"title": title}, got


def test_a_storage_room_is_no_head() -> None:
    got = facts("김하나 씨는 누리소프트 수장고를 방문했다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("가온칩스 대표인 이서연 박사는 신형 칩을 소개했다.", "대표"),
        ("가온칩스 최고기술책임자(CTO)인 이서연 박사는 신형 칩을 소개했다.", "최고기술책임자"),
        ("가온칩스 최고기술책임자(CTO) 이서연 박사는 신형 칩을 소개했다.", "최고기술책임자"),
    ],
)
def test_a_role_before_the_name_is_at_the_unknown_name_before_it(text: str, title: str) -> None:
    """ "ORG T(인) P 박사": the role is at the name no lexicon knows (the tagger may read it as a person), and the
    role, not the degree, is the title."""
    got = facts(text)
    assert got.get(("WORKS_FOR", "이서연", "가온칩스"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "김민수 대표인 이서연 박사는 신형 칩을 소개했다.",  # a person's name, not an employer
        "미국 대표인 이서연 박사는 신형 칩을 소개했다.",  # a country
    ],
)
def test_no_employer_before_a_role_when_the_word_is_a_person_or_place(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] == "WORKS_FOR"], got
