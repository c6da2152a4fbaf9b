"""A person and an organisation named together without employment: a post only in line for (후보, 내정자, 유력,
물망), the object an organisation acts on (상대로, 초청), a customer or buyer, meetings, visits, awards, interviews,
quotes about another company; and companies compared or competing, which are no deal.  Controls: the plain
orders still give the employer, a former one marked former, an adviser's title (고문) kept as the role held."""

import pytest
from ko_facts import facts


def works_for(text: str) -> dict[tuple[str, str], dict]:
    """(person, organisation) -> properties of every WORKS_FOR extracted."""
    return {(k[1], k[2]): v for k, v in facts(text).items() if k[0] == "WORKS_FOR"}


@pytest.mark.parametrize(
    "text",
    [
        "하준호 누리랩스 대표 후보는 기자간담회에서 포부를 밝혔다.",
        "누리랩스 하준호 대표 후보는 말을 아꼈다.",
        "하준호 누리랩스 차기 대표 후보는 말을 아꼈다.",
        "하준호 누리랩스 대표 내정자는 기자간담회에서 포부를 밝혔다.",
        "누리랩스 대표 내정자 하준호 부사장은 말을 아꼈다.",
        "누리랩스 대표 후보인 하준호 부사장은 기자간담회에서 포부를 밝혔다.",
        "누리랩스 차기 대표로 거론되는 하준호 부사장은 말을 아꼈다.",
        "가람테크 대표에 하준호 부사장이 유력하다.",
        "가람테크 대표로 하준호 부사장이 물망에 올랐다.",
        "가람테크 차기 대표에는 하준호 부사장이 유력시된다.",
        "가람테크 대표 후보로 하준호 부사장이 거론된다.",
    ],
)
def test_a_post_in_line_for_is_no_employment(text: str) -> None:
    assert not works_for(text), works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 하준호 부사장을 상대로 손해배상 소송을 제기했다.",
        "가람테크는 하준호 교수를 초청해 강연을 열었다.",
        "가람테크 제품을 써 본 하준호 교수는 만족했다.",
        "가람테크 서비스를 이용하는 하준호 씨는 불만을 제기했다.",
        "가람테크 주식을 산 하준호 씨는 큰 손실을 봤다.",
        "하준호 교수는 가람테크와의 인터뷰에서 이렇게 말했다.",
        "하준호 장관은 가람테크 대표를 만났다.",
        "하준호 교수는 가람테크 대표와 만나 협력 방안을 논의했다.",
        "하준호 장관은 가람테크를 방문해 현장을 둘러봤다.",
        "하준호 장관은 이날 가람테크 본사를 찾았다.",
        "하준호 교수는 가람테크가 수여하는 혁신상을 받았다.",
        "하준호 교수는 가람테크로부터 공로상을 받았다.",
        "하준호 기자가 가람테크를 취재했다.",
        "가람테크 대표를 만난 하준호 장관은 지원을 약속했다.",
        "가람테크 본사를 방문한 하준호 의원은 현장을 둘러봤다.",
        "가람테크 행사에 참석한 하준호 장관은 축사를 했다.",
        "가람테크를 비판한 하준호 의원은 사과를 요구했다.",
        "하준호 대표는 가람테크 인수를 추진했지만 무산됐다.",
    ],
)
def test_a_person_the_organisation_meets_or_acts_on_is_not_its_employee(text: str) -> None:
    assert ("하준호", "가람테크") not in works_for(text), works_for(text)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("가람테크는 하준호 누리랩스 대표를 상대로 소송을 냈다.", "가람테크"),
        ("하준호 누리랩스 대표가 한빛전자를 방문했다.", "한빛전자"),
        ("가람테크에 대해 하준호 누리랩스 대표는 기술력이 뛰어나다고 평가했다.", "가람테크"),
        ('하준호 누리랩스 대표는 "가람테크는 훌륭한 회사"라고 말했다.', "가람테크"),
        ("가람테크 출신인 하준호 누리랩스 대표는 말을 아꼈다.", "가람테크"),
        ("가람테크 측은 하준호 누리랩스 대표의 주장을 반박했다.", "가람테크"),
    ],
)
def test_the_employer_written_with_the_name_and_no_other(text: str, other: str) -> None:
    got = works_for(text)
    assert ("하준호", "누리랩스") in got and ("하준호", other) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스보다 먼저 제품을 출시했다.",
        "누리랩스와 경쟁하는 가람테크는 신제품을 내놨다.",
        "가람테크와 누리랩스는 시장에서 경쟁하고 있다.",
        "가람테크는 누리랩스의 경쟁사다.",
        "가람테크는 누리랩스와 달리 흑자를 냈다.",
        "가람테크는 누리랩스와 비교해 매출이 적다.",
        "가람테크는 누리랩스에 이어 두 번째로 상장했다.",
        "가람테크는 누리랩스처럼 AI 반도체를 개발한다.",
        "가람테크와 누리랩스가 각각 신제품을 발표했다.",
        "가람테크는 누리랩스를 주요 고객으로 확보했다.",
        "가람테크는 누리랩스를 고객사로 두고 있다.",
        "가람테크의 경쟁사인 누리랩스는 신제품을 내놨다.",
        "누리랩스는 가람테크와 함께 업계 1위를 다투고 있다.",
        "가람테크는 누리랩스와 같은 대기업과 협력하고 싶다고 밝혔다.",
        "한빛전자는 가람테크, 누리랩스 등 스타트업을 소개했다.",
        "누리랩스보다 먼저 투자를 받은 가람테크는 상장을 준비한다.",
        "가람테크는 누리랩스의 투자 소식에 주목했다.",
        "가람테크는 누리랩스를 인수할 후보로 거론된다.",
        "가람테크와 누리랩스의 협력 여부에 관심이 쏠린다.",
        "가람테크는 누리랩스를 제치고 1위에 올랐다.",
        "가람테크는 누리랩스와 특허 분쟁을 벌이고 있다.",
        "가람테크는 누리랩스와의 합병설을 일축했다.",
        "가람테크에 대해 누리랩스는 투자 계획이 없다고 밝혔다.",
        "가람테크는 누리랩스와의 협력설을 부인했다.",
        "누리랩스 같은 기업에 투자하는 가람테크는 성장했다.",
    ],
)
def test_companies_compared_or_competing_are_no_deal(text: str) -> None:
    assert not facts(text), facts(text)


@pytest.mark.parametrize(
    ("text", "org", "props"),
    [
        ("하준호 누리랩스 대표는 기자간담회에서 포부를 밝혔다.", "누리랩스", {"title": "대표"}),
        ("누리랩스 하준호 대표는 말을 아꼈다.", "누리랩스", {"title": "대표"}),
        ("하준호 전 누리랩스 대표는 새 회사를 세웠다.", "누리랩스", {"title": "대표", "former": True}),
        ("가람테크 대표를 지낸 하준호 씨는 은퇴했다.", "가람테크", {"title": "대표", "former": True}),
        ("하준호 전 누리랩스 대표가 가람테크를 방문했다.", "누리랩스", {"title": "대표", "former": True}),
        ("누리랩스 대표를 지낸 하준호 가람테크 부사장은 말했다.", "가람테크", {"title": "부사장"}),
        # an adviser holds a post in the company (KLUE-RE labels it employment): kept, with the title
        ("하준호 가람테크 고문은 말했다.", "가람테크", {"title": "고문"}),
    ],
)
def test_controls_the_employer_is_still_read(text: str, org: str, props: dict) -> None:
    got = works_for(text)
    assert got.get(("하준호", org)) == props, got


def test_a_person_appointed_by_the_organisation_still_works_for_it() -> None:
    got = works_for("가람테크는 하준호 부사장을 신임 대표로 선임했다.")
    assert ("하준호", "가람테크") in got, got
