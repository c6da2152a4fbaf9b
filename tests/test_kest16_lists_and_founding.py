"""Organisation lists named by their role or by joining, establishment wordings, founding dates as a property."""

from datetime import date

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def founded(text: str) -> dict[str, str]:
    """Entity name -> founding date the article states."""
    result = extractor().extract(Document(id="t", text=text, published=date(2024, 6, 15)))
    return {e.name: e.founded.date for e in result.entities if e.founded is not None}


@pytest.mark.parametrize(
    "text",
    [
        "누리 컨소시엄 참여 기관은 올거나이즈, 플리토, 튜닙이다.",
        "올거나이즈·플리토·튜닙이 '누리 AI 컨소시엄'을 구성했다.",
        "누리 AI 얼라이언스에는 올거나이즈, 플리토, 튜닙 등 스타트업이 참여했다.",
    ],
)
def test_members_of_a_list_named_by_role_or_joining(text: str) -> None:
    got = facts(text)
    members = {k[1] for k in got if k[0] == "PARTICIPATES_IN"}
    assert {"올거나이즈", "플리토", "튜닙"} <= members, got


@pytest.mark.parametrize(
    "text",
    [
        "서울, 부산, 대구가 '누리 컨소시엄'에 참여했다.",  # places
        "참여 기관은 김민수, 이영희, 박지훈이다.",  # people
        "누리 컨소시엄 참여를 올거나이즈, 플리토, 튜닙이 거부했다.",
        "올거나이즈, 플리토, 튜닙은 '누리 컨소시엄' 참여를 검토하고 있다.",
        "올거나이즈, 플리토, 튜닙은 '누리 컨소시엄'에서 탈퇴했다.",
    ],
)
def test_lists_that_join_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_list_of_products_is_no_organisations() -> None:
    result = extractor().extract(Document(id="t", text="갤럭시, 아이폰, 픽셀이 새로 합류했다.", published=None))
    assert not any(e.type.is_organization for e in result.entities), result.entities


def test_named_kind_founded() -> None:
    got = facts("한빛전자는 지난해 누리랩스라는 법인을 신설했다.")
    assert got.get(("ESTABLISHED", "한빛전자", "누리랩스")) == {"date": "2023"}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스라는 법인을 설립할 계획이다.",
        "한빛전자는 누리랩스라는 법인을 신설하지 않았다.",
        "한빛전자가 누리랩스라는 법인을 세운다면 시장이 바뀔 것이다.",
        "한빛전자는 누리랩스라는 법인의 설립을 검토하고 있다.",
    ],
)
def test_named_kind_not_founded(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_one_owner_of_a_joint_venture_founded_it() -> None:
    got = facts("한빛전자의 합작법인 누리랩스는 AI 칩을 개발한다.")
    assert ("ESTABLISHED", "한빛전자", "누리랩스") in got


def test_a_subsidiary_is_not_called_a_joint_venture() -> None:
    got = facts("한빛전자의 자회사 누리랩스는 AI 칩을 개발한다.")
    assert ("ESTABLISHED", "한빛전자", "누리랩스") not in got


def test_founding_date_in_parentheses_and_as_a_property() -> None:
    assert founded("누리랩스(2019년 설립)는 AI 칩을 개발한다.") == {"누리랩스": "2019"}
    assert founded("누리테크의 설립일은 2018년 3월 5일이다.") == {"누리테크": "2018-03-05"}


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스(2027년 설립 예정)는 AI 칩을 개발한다.",
        "누리테크의 설립 목표는 2026년 상장이다.",
        "누리테크는 2027년 설립될 예정이다.",
    ],
)
def test_no_founding_date_for_plans(text: str) -> None:
    assert founded(text) == {}


def test_capital_before_a_passive_founding() -> None:
    got = facts("한빛전자가 100% 출자한 누리랩스는 지난해 설립됐다.")
    assert got.get(("ESTABLISHED", "한빛전자", "누리랩스")) == {"date": "2023"}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 투자한 누리랩스는 지난해 설립됐다.",  # an investor, not the founder
        "한빛전자가 100% 출자한 누리랩스는 내년 설립될 예정이다.",
        "한빛전자가 누리랩스를 세운다면 시장이 바뀔 것이다.",
    ],
)
def test_capital_or_condition_founds_nothing(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    ["한빛전자 산하 누리AI연구소가 지난달 문을 열었다.", "한빛전자의 누리AI연구소가 지난달 개소했다."],
)
def test_owner_of_a_unit_that_opened(text: str) -> None:
    assert facts(text).get(("ESTABLISHED", "한빛전자", "누리AI연구소")) == {"date": "2024-05"}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 누리랩스는 1983년 설립됐다.",  # a company, maybe bought later
        "한빛전자 산하 누리AI연구소가 내년 문을 열 예정이다.",
    ],
)
def test_owner_written_before_founds_nothing(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_led_founding_as_a_relative_clause() -> None:
    assert ("ESTABLISHED", "한빛전자", "누리재단") in facts("한빛전자가 설립을 주도한 누리재단은 장학사업을 한다.")
    assert not any(k[0] == "ESTABLISHED" for k in facts("한빛전자가 설립을 주도할 누리재단은 장학사업을 한다."))


def test_founding_date_of_the_topic_described() -> None:
    assert founded("누리랩스는 지난 2019년 설립된 AI 스타트업이다.") == {"누리랩스": "2019"}
    assert founded("누리랩스는 내년 설립될 AI 스타트업이다.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 지난 3일 판교에서 누리AI연구소 개소식을 열었다.",
        "한빛전자는 지난 3일 누리AI연구소 개소식을 가졌다.",
    ],
)
def test_opening_ceremony_founds(text: str) -> None:
    assert facts(text).get(("ESTABLISHED", "한빛전자", "누리AI연구소")) == {"date": "2024-06-03"}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리AI연구소 개소식을 열 예정이다.",
        "한빛전자는 누리AI연구소 개소식에 참석했다.",
        "김민수 장관은 누리AI연구소 개소식을 열었다.",
    ],
)
def test_opening_ceremony_planned_or_attended(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_bare_list_in_joint_research() -> None:
    got = facts("이번 기술은 카카오·한빛전자 공동 연구로 개발됐다.")
    assert ("PARTNERS_WITH", "카카오", "한빛전자") in got or ("PARTNERS_WITH", "한빛전자", "카카오") in got


@pytest.mark.parametrize(
    "text",
    ["카카오·한빛전자 공동 연구를 통해 개발할 계획이다.", "카카오는 한빛전자 공동 연구로 개발했다."],
)
def test_joint_research_planned_or_no_list(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


def test_led_and_joined_programme() -> None:
    got = facts("카카오가 주관하고 한빛전자, 다온소프트가 참여하는 '누리 AI 프로젝트'가 시작됐다.")
    for member in ("카카오", "한빛전자", "다온소프트"):
        assert ("PARTICIPATES_IN", member, "누리 AI 프로젝트") in got
    assert ("PARTNERS_WITH", "한빛전자", "카카오") in got
    assert ("PARTNERS_WITH", "다온소프트", "카카오") in got


@pytest.mark.parametrize(
    "text",
    [
        "카카오가 주관하고 한빛전자가 참여할 예정이다.",
        "카카오가 주관하고 한빛전자가 참여를 검토하고 있다.",
        "카카오가 주관하고 한빛전자가 참여를 거부했다.",
    ],
)
def test_led_and_not_joined(text: str) -> None:
    assert not any(k[0] in ("PARTNERS_WITH", "PARTICIPATES_IN") for k in facts(text)), facts(text)


def test_led_and_joined_no_programme_in_quotes() -> None:
    got = facts("카카오가 주관하고 한빛전자가 참여하는 '오픈소스'가 인기다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 지난달 판교에 누리AI연구소를 문 열었다.",
        "한빛전자가 지난달 문 연 누리AI연구소는 성과를 냈다.",
        "한빛전자 산하 누리AI연구소가 지난달 문 열었다.",
    ],
)
def test_doors_opened_without_the_object_particle(text: str) -> None:
    assert facts(text).get(("ESTABLISHED", "한빛전자", "누리AI연구소")) == {"date": "2024-05"}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 판교에 누리AI연구소를 문 열 계획이다.",
        "한빛전자 누리AI연구소는 새로운 연구의 문을 열었다.",
        "한빛전자 누리AI연구소는 새로운 연구의 문 열었다.",
    ],
)
def test_doors_not_opened(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_founding_date_of_doors_opened() -> None:
    assert founded("2019년 문 연 누리랩스는 AI 칩을 만든다.") == {"누리랩스": "2019"}


def test_a_count_after_the_last_member_is_no_part_of_its_name() -> None:
    got = facts("카카오는 올거나이즈, 플리토, 튜닙 3사와 업무협약을 맺었다.")
    assert ("PARTNERS_WITH", "카카오", "튜닙") in got, got
    assert not any("3사" in name for k in got for name in k[1:]), got


def test_people_in_a_list_of_members_are_no_organisations() -> None:
    result = extractor().extract(
        Document(id="t", text="참여 기관은 존 스미스, 제인 도, 마이클 조던이다.", published=None)
    )
    assert not any(e.type.is_organization for e in result.entities), result.entities
