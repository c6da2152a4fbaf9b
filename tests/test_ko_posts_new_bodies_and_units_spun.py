"""Korean appointments and new bodies as business and public-sector desks write them: a post named after an
organisation with its short form ("ORG(ABBR) 신임 원장에 P가 임명됐다") is that organisation's; a subsidiary's post
filled by a hire ("자회사 Y 신임 대표에 X 출신 P를 영입했다") is Y's, not the hirer's, and the hire's old title is
no new one; a quoted unit's head ("'Y' 단장에 P를 선임") works for the unit, not the ministry naming them; the head
of a joint venture or overseas subsidiary named by its kind ("합작법인 대표는", "미국 법인장에는") heads the body just
founded; a unit that was the company spun off ("X의 사내독립기업(CIC)이던 'Y'가 분사해") is Y's parent; a body
"설치" (set up) by a ministry is established, equipment installed is not."""

from __future__ import annotations

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, person, body, title",
    [
        ("한국다온진흥원(KDIA) 신임 원장에 박윤서 씨가 임명됐다.", "박윤서", "한국다온진흥원", "원장"),
        ("한국누리연구원(KNRI) 원장으로 방승우 박사가 취임했다.", "방승우", "한국누리연구원", "원장"),
    ],
)
def test_a_post_named_after_an_organisations_short_form(text: str, person: str, body: str, title: str) -> None:
    assert facts(text).get(("WORKS_FOR", person, body), {}).get("title") == title, facts(text)


def test_a_subsidiarys_post_filled_by_a_hire_is_the_subsidiarys() -> None:
    got = facts("신한금융지주가 AI 전문 자회사 누리AI 신임 대표에 삼성리서치 출신 김규호 전 상무를 영입했다.")
    assert got.get(("WORKS_FOR", "김규호", "누리AI"), {}).get("title") == "대표", got
    assert ("WORKS_FOR", "김규호", "신한금융지주") not in got, got


def test_a_hire_with_a_former_title_takes_no_title_to_the_hirer() -> None:
    got = facts("신한금융지주는 김규호 전 상무를 영입했다.")
    assert "title" not in got.get(("WORKS_FOR", "김규호", "신한금융지주"), {"title": "?"}), got


def test_a_quoted_units_head_works_for_the_unit() -> None:
    got = facts("과기정통부는 '다온AI연구단' 단장에 이정우 교수를 선임했다.")
    assert got.get(("WORKS_FOR", "이정우", "다온AI연구단"), {}).get("title") == "단장", got
    assert ("WORKS_FOR", "이정우", "과학기술정보통신부") not in got, got


@pytest.mark.parametrize(
    "text, person, new, founder",
    [
        (
            "한빛DX와 누리비전이 합작법인 '한빛누리'를 설립한다. 합작법인 대표는 이수빈 상무가 맡는다.",
            "이수빈",
            "한빛누리",
            "한빛DX",
        ),
        (
            "보이스누리가 미국 법인 'VoiceNuri America'를 설립했다. 미국 법인장에는 제임스 한 부사장이 선임됐다.",
            "제임스 한",
            "VoiceNuri America",
            "보이스누리",
        ),
    ],
)
def test_the_head_of_a_body_named_by_its_kind_heads_the_body_just_founded(
    text: str, person: str, new: str, founder: str
) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, new) in got, got
    assert ("WORKS_FOR", person, founder) not in got, got


@pytest.mark.parametrize(
    "text, child, parent",
    [
        ("네이버의 사내독립기업(CIC)이던 '누리헬스'가 분사해 독립법인으로 출범했다.", "누리헬스", "네이버"),
        ("한빛전자의 AI 사업부였던 다온AI가 분사해 독립법인으로 출범했다.", "다온AI", "한빛전자"),
    ],
)
def test_a_unit_that_was_the_company_spun_off_names_its_parent(text: str, child: str, parent: str) -> None:
    assert ("SPUN_OFF_FROM", child, parent) in facts(text), facts(text)


def test_a_spin_off_under_review_is_none() -> None:
    got = facts("네이버의 사내독립기업(CIC)이던 '누리헬스'가 분사를 검토하고 있다.")
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


def test_a_body_set_up_by_a_ministry_is_established() -> None:
    got = facts("과기정통부는 한국누리연구원에 'AI안전연구소'를 설치했다.")
    assert ("ESTABLISHED", "과학기술정보통신부", "AI안전연구소") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 다온 데이터센터에 서버를 설치했다.",
        "다온로보틱스는 한빛병원에 수술 로봇을 설치했다.",
        "과기정통부는 산하에 'AI안전위원회'를 설치할 계획이다.",
    ],
)
def test_equipment_installed_or_a_body_planned_is_no_establishment(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)
