"""Korean founders and people, round 19: wordings business news uses for who founded or heads a company beyond the
ones the rules were tuned on — a second role said with 이기도 하다 ("P는 ORG의 공동창업자이기도 하다"), heading a
line of the company's work as the predicate ("P는 ORG의 AI 사업을 이끌고 있다"), the heads a company is run under
("ORG는 P1·P2 공동대표 체제로 운영된다"), an appointment told by the company with no subject written ("ORG에
따르면 이사회에서 P를 T로 선임했다"), a founding led and told as a noun ("P는 Y 설립을 주도했다"), the plain past
of working somewhere ("P는 ORG에서 15년간 일했다"), taking the helm ("ORG 지휘봉을 잡았다", "ORG 사령탑에 올랐다").
What must give nothing: plans, rumours, a case or meeting led there, a regime
planned, a source that is no organisation."""

import pytest
from ko_facts import facts

# --- "P는 ORG의 T이기도 하다": a second role said of someone named by another


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 가람테크의 공동창업자이기도 하다.",
        "하준호 대표는 가람테크 창업자이기도 하며, 업계 1세대 개발자로 꼽힌다.",
    ],
)
def test_founder_also(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "하준호", "가람테크") in got, sorted(got)
    assert ("WORKS_FOR", "하준호", "가람테크") in got, sorted(got)


def test_head_also() -> None:
    got = facts("이서연 교수는 누리랩스의 최고기술책임자이기도 하다.")
    assert got.get(("WORKS_FOR", "이서연", "누리랩스"), {}).get("title") == "최고기술책임자", sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 가람테크의 최대주주이기도 하다.",  # a shareholder, no role
        "하준호 대표는 가람테크의 고객이기도 하다.",
        "하준호 대표는 가람테크의 공동창업자이기도 하다는 소문이 돌았다.",  # a rumour
    ],
)
def test_no_role_also(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "하준호", "가람테크") not in got, sorted(got)
    assert ("WORKS_FOR", "하준호", "가람테크") not in got, sorted(got)


# --- "P는 ORG의 AI 사업을 이끌고 있다": heading a line of the company's work


@pytest.mark.parametrize(
    "text",
    [
        "하준호 사장은 한빛전자의 AI 사업을 이끌고 있다.",
        "하준호 사장은 한빛전자에서 AI 사업을 총괄하고 있다.",
        "하준호 부사장은 한빛전자에서 반도체 연구를 총괄한다.",
        "이서연 전무는 누리랩스의 클라우드 사업부문을 이끈다.",
    ],
)
def test_heads_a_line_of_work(text: str) -> None:
    got = facts(text)
    person, org = ("이서연", "누리랩스") if "이서연" in text else ("하준호", "한빛전자")
    assert ("WORKS_FOR", person, org) in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "하준호 의원은 한빛전자에서 열린 회의를 이끌고 있다.",  # a meeting held there
        "하준호 검사는 한빛전자의 비리 수사를 총괄하고 있다.",  # a case about it
        "하준호 교수는 한빛전자의 지원을 받고 있다.",
        "하준호 사장은 한빛전자의 AI 사업을 이끌 예정이다.",  # a plan
        "하준호 장관은 한빛전자의 투자를 이끌어 냈다.",  # brought about, no heading
    ],
)
def test_no_heading_of_a_line(text: str) -> None:
    assert ("WORKS_FOR", "하준호", "한빛전자") not in facts(text)


# --- "ORG는 P1·P2 공동대표 체제로 운영된다": the heads a company is run under


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("가람테크는 하준호·이서연 공동대표 체제로 운영된다.", "공동대표"),
        ("가람테크는 지난해부터 하준호·이서연 각자대표 체제를 갖췄다.", "각자대표"),
        ("가람테크는 하준호, 이서연 공동대표 체제로 바뀌었다.", "공동대표"),
    ],
)
def test_co_heads_regime(text: str, title: str) -> None:
    got = facts(text)
    for person in ("하준호", "이서연"):
        assert got.get(("WORKS_FOR", person, "가람테크"), {}).get("title") == title, sorted(got)


def test_single_head_regime() -> None:
    got = facts("가람테크는 올해 초 하준호 단독대표 체제로 전환했다.")
    assert got.get(("WORKS_FOR", "하준호", "가람테크")) == {"title": "단독대표"}, sorted(got)


def test_regime_ended_is_former() -> None:
    got = facts("가람테크는 하준호·이서연 공동대표 체제를 마감했다.")
    assert got.get(("WORKS_FOR", "이서연", "가람테크"), {}).get("former") is True, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 하준호·이서연 공동대표 체제로 전환할 계획이다.",  # a plan
        "가람테크는 하준호·이서연 공동대표 체제 도입을 검토하고 있다.",  # considered
        "가람테크가 투자하자 하준호·이서연 공동대표 체제가 흔들렸다.",  # another clause's subject
    ],
)
def test_no_regime(text: str) -> None:
    assert ("WORKS_FOR", "이서연", "가람테크") not in facts(text)


# --- "ORG에 따르면 이사회에서 P를 T로 선임했다": the company that tells the news appoints


def test_appointment_told_by_the_company() -> None:
    got = facts("15일 가람테크에 따르면 전날 열린 이사회에서 하준호 부사장을 대표이사로 선임했다.")
    assert got.get(("WORKS_FOR", "하준호", "가람테크"), {}).get("title") == "대표이사", sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크에 따르면 하준호 부사장을 대표이사로 선임할 예정이다.",  # a plan
        "가람테크에 따르면 한빛전자는 하준호 부사장을 대표이사로 선임했다.",  # another company appoints
        "가람테크에 따르면 하준호 부사장을 대표이사로 선임하는 방안이 거론된다.",  # rumoured
    ],
)
def test_no_appointment_told_by(text: str) -> None:
    assert ("WORKS_FOR", "하준호", "가람테크") not in facts(text)


# --- "P는 Y 설립을 주도했다": who led the founding, told as a noun


@pytest.mark.parametrize(
    ("text", "founder"),
    [
        ("하준호 대표는 가람테크 설립을 주도했다.", "하준호"),
        ("한빛전자는 2020년 가람테크 출범을 이끌었다.", "한빛전자"),
        ("하준호 대표는 가람테크의 창업을 주도했으며 현재 이사회 의장을 맡고 있다.", "하준호"),
    ],
)
def test_founding_led(text: str, founder: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", founder, "가람테크") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 가람테크 설립을 주도할 계획이다.",  # a plan
        "하준호 대표는 가람테크 설립을 추진했다.",  # pursued, not done
        "하준호 대표는 가람테크 설립을 주도했다는 의혹을 부인했다.",  # denied
        "하준호 대표는 가람테크 성장을 이끌었다.",  # growth, no founding
        "만약 하준호 대표가 가람테크 설립을 주도했다면 결과는 달랐을 것이다.",  # hypothetical
    ],
)
def test_no_founding_led(text: str) -> None:
    assert ("ESTABLISHED", "하준호", "가람테크") not in facts(text)


# --- "P는 ORG에서 15년간 일했다": the plain past and present of working somewhere


@pytest.mark.parametrize(
    "text",
    ["하준호 연구원은 가람테크에서 15년간 일했다.", "이서연 박사는 가람테크 AI연구소에서 일한다."],
)
def test_worked_there(text: str) -> None:
    person = "하준호" if "하준호" in text else "이서연"
    assert ("WORKS_FOR", person, "가람테크") in facts(text)


@pytest.mark.parametrize(
    "text",
    ["하준호 연구원은 가람테크에서 일하고 싶다고 말했다.", "하준호 연구원은 가람테크에서 일할 계획이다."],
)
def test_not_worked_there(text: str) -> None:
    assert ("WORKS_FOR", "하준호", "가람테크") not in facts(text)


# --- "P는 ORG 지휘봉을 잡았다", "ORG 사령탑에 오른 P": taking the helm


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 지난해 가람테크 지휘봉을 잡았다.",
        "하준호 대표는 가람테크 사령탑에 올랐다.",
        "하준호 대표는 가람테크의 새 지휘봉을 잡고 구조조정에 나섰다.",
    ],
)
def test_took_the_helm(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "하준호", "가람테크"), {}).get("title") == "대표", sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "하준호 대표는 가람테크 지휘봉을 잡을 전망이다.",  # expected
        "하준호 대표가 가람테크 지휘봉을 잡는다는 소문이 돌았다.",  # a rumour
        "하준호 대표가 가람테크 지휘봉을 잡을지 관심이 쏠린다.",  # open
    ],
)
def test_not_took_the_helm(text: str) -> None:
    assert ("WORKS_FOR", "하준호", "가람테크") not in facts(text)


# --- "전 ORG T(인) P": 전 before the organisation, the name after its title, is a role held before


@pytest.mark.parametrize(
    "text",
    [
        "전 한빛전자 부사장 하준호 씨는 말했다.",
        "전 한빛전자 연구원인 하준호 씨는 말했다.",
        "'누리랩스' 대표이자 전 한빛전자 연구원인 하준호 씨는 말했다.",
    ],
)
def test_former_before_the_organisation(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "하준호", "한빛전자"), {}).get("former") is True, sorted(got)


def test_current_without_former() -> None:
    got = facts("한빛전자 부사장 하준호 씨는 말했다.")
    assert "former" not in got.get(("WORKS_FOR", "하준호", "한빛전자"), {"former": True}), sorted(got)
