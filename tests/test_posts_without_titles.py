""" "카카오는 이상호 CAIO를 책임자로 임명했다": a post word that is no title of its own (책임자, 사령탑, 총괄) names what the
person is put in charge of; the appointment is employment with the title written after the name. A planned or
weighed appointment is none."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("카카오는 이상호 CAIO를 책임자로 임명했다.", "이상호", "카카오", "CAIO"),
        ("한빛전자는 김하나 부사장을 총괄책임자로 선임했다.", "김하나", "한빛전자", "부사장"),
        ("누리텍은 박서진 전무를 새 사령탑으로 발탁했다.", "박서진", "누리텍", "전무"),
    ],
)
def test_the_persons_title_is_the_one_held(text: str, person: str, org: str, title: str) -> None:
    assert facts(text).get(("WORKS_FOR", person, org), {}).get("title") == title, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 김하나 부사장을 책임자로 임명할 계획이다.",
        "한빛전자는 김하나 부사장을 책임자로 임명하는 방안을 검토하고 있다.",
    ],
)
def test_a_planned_appointment_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)
