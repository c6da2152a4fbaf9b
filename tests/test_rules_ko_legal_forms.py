"""What is and is not an organisation's name. A company written with its Korean legal form ("(주)한빛개발",
"㈜누리솔루션", "가람테크(주)", "주식회사 가람테크", "가람테크 주식회사"): the name is a Company, the form stays
out of the name, the particle after the form still makes the company the subject, and the form alone names
nothing; a method a technology is "기반" on is no body (sentences composed for these tests)."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def organisations(text: str) -> dict[str, str]:
    result = extractor().extract(Document(id="t", text=text))
    return {e.name: e.type.value for e in result.entities if e.type.value != "Person"}


@pytest.mark.parametrize(
    "text",
    [
        "(주)누리솔루션은 다솜테크에 50억원을 투자했다.",
        "㈜누리솔루션이 다솜테크에 50억원을 투자했다.",
        "누리솔루션㈜는 다솜테크에 50억원을 투자했다.",
        "누리솔루션(주)는 다솜테크에 50억원을 투자했다.",
        "주식회사 누리솔루션은 다솜테크에 50억원을 투자했다.",
        "누리솔루션 주식회사는 다솜테크에 50억원을 투자했다.",
    ],
)
def test_the_company_with_its_legal_form_is_the_investor(text: str) -> None:
    assert ("INVESTED_IN", "누리솔루션", "다솜테크") in facts(text), facts(text)
    assert organisations(text).get("누리솔루션") == "Company"


def test_a_particle_kiwi_reads_on_the_name_is_cut_off() -> None:
    assert "한빛가스" in organisations("(주)한빛가스는 새 공장을 지었다.")


@pytest.mark.parametrize(
    "text",
    [
        "시행사인 (주)한빛개발은 서울에 사옥을 지었다.",
        "주식회사는 주주총회를 열어야 한다.",
        "가람테크는 유한회사에서 주식회사로 바뀌었다.",
    ],
)
def test_the_form_or_the_word_before_it_names_no_company(text: str) -> None:
    found = organisations(text)
    assert not {"주식회사", "유한회사", "시행사인", "(주)"} & set(found), found


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("한빛AI는 차세대 음성 인식 기술, 딥러닝 기반의 대화 기술을 연구한다.", "딥러닝"),
        ("메타버스 기반 교육 플랫폼을 만든 누리에듀는 투자를 받았다.", "메타버스"),
    ],
)
def test_a_method_a_technology_is_based_on_is_no_organisation(text: str, method: str) -> None:
    """The tagger reads "딥러닝 기반의" as a body in some contexts; what comes before "기반" is a method."""
    assert method not in organisations(text), organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("연구는 한빛대 연구팀 및 ㈜누리솔루션과의 공동 연구로 진행됐다.", "누리솔루션"),
        ("이번 과제는 (주)다솜테크와의 협력으로 마련됐다.", "다솜테크"),
    ],
)
def test_two_particles_in_a_row_are_cut_off(text: str, name: str) -> None:
    found = organisations(text)
    assert found.get(name) == "Company", found
    assert not any(n.startswith(name) and n != name for n in found), found
