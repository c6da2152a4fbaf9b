"""Korean partnerships and participation, round 20: wordings news uses that the rules missed —
"산학협력을 맺었다" (a cooperation noun is no organisation listed with the partner), an alliance formed with
partners but named by no name of its own ("A, B 등과 AI 반도체 동맹을 결성했다": a star of partnerships, no
node), "A와 함께 Y 사업에 나선다", a programme glossed in parentheses ("팁스(TIPS) 프로그램에 선정"), a programme
with its kind after it ("'X 사업' 국책과제 수행기관으로 선정"), a consortium named by its leader ("L 컨소시엄에
참여"). What must give nothing: plans ("추진한다", "결성할 계획"), denials, talk, rumours, conditions, a
participation given up, competitors and comparisons."""

from datetime import date

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def partners(got: dict, a: str, b: str) -> bool:
    return ("PARTNERS_WITH", a, b) in got or ("PARTNERS_WITH", b, a) in got


def cooperation(got: dict) -> list:
    return sorted(k for k in got if k[0] in ("PARTNERS_WITH", "PARTICIPATES_IN"))


def entity_names(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text, published=date(2024, 6, 15)))
    return {e.name for e in result.entities}


# --- "산학협력을 맺었다": the cooperation noun after the partner's 와 is what was made, not a second party


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리대학교와 산학협력을 맺었다.",
        "다온소프트는 한빛대학교와 산학협력을 맺고 AI 인재 양성에 나선다.",
        "가람테크는 누리대학교와 산학협력을 체결했다.",
    ],
)
def test_industry_academia_cooperation(text: str) -> None:
    got = facts(text)
    school = "한빛대학교" if "한빛대학교" in text else "누리대학교"
    subject = text.split("는 ", 1)[0]
    assert partners(got, subject, school), sorted(got)
    assert not any("협력" in name for name in entity_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리대학교와 산학협력을 추진한다.",  # pursued, not made
        "가람테크는 누리랩스와 업무협약 체결을 추진한다.",
        "가람테크는 누리대학교와 산학협력을 맺지 않았다.",
        "가람테크는 누리대학교와 산학협력을 맺을 계획이다.",
        "가람테크는 누리대학교와 산학협력을 논의 중이다.",
    ],
)
def test_cooperation_pursued_or_denied_gives_nothing(text: str) -> None:
    assert cooperation(facts(text)) == []


def test_cooperation_then_a_pursued_business_stands() -> None:
    got = facts("가람테크는 누리랩스와 협력해 AI 데이터센터 사업을 추진한다.")
    assert partners(got, "가람테크", "누리랩스"), sorted(got)


# --- an alliance formed with partners and named by no name: each partner partners with the one who formed it


@pytest.mark.parametrize(
    "text, lead, members",
    [
        ("가람테크는 누리랩스, 다온소프트 등과 AI 반도체 동맹을 결성했다.", "가람테크", ["누리랩스", "다온소프트"]),
        (
            "가람테크는 누리랩스, 다온소프트 등과 AI 반도체 얼라이언스를 구성했다.",
            "가람테크",
            ["누리랩스", "다온소프트"],
        ),
        ("누리랩스는 가람테크, 다온소프트와 AI 반도체 협의체를 구성했다.", "누리랩스", ["가람테크", "다온소프트"]),
        (
            "한빛전자는 세움바이오, 다온소프트 등 10개 기업과 AI 협의체를 출범시켰다.",
            "한빛전자",
            ["세움바이오", "다온소프트"],
        ),
    ],
)
def test_unnamed_alliance_formed_with_partners(text: str, lead: str, members: list[str]) -> None:
    got = facts(text)
    for m in members:
        assert partners(got, m, lead), sorted(got)
    assert not partners(got, *members), sorted(got)  # a star around the one who formed it, not a clique
    assert not any(k[0] in ("ESTABLISHED", "PARTICIPATES_IN") for k in got), sorted(got)
    assert not any(k[2].endswith(("동맹", "얼라이언스", "협의체")) for k in got), sorted(got)


def test_named_alliance_stays_a_body() -> None:
    got = facts("가람테크는 누리랩스, 다온소프트와 누리 반도체 동맹을 결성했다.")
    assert ("PARTICIPATES_IN", "누리랩스", "누리 반도체 동맹") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스, 다온소프트와 AI 반도체 동맹을 결성할 계획이다.",
        "가람테크는 누리랩스, 다온소프트와 AI 반도체 동맹을 결성하지 않았다.",
        "가람테크가 누리랩스, 다온소프트와 AI 반도체 동맹을 결성한다는 소문이 돌고 있다.",
        "가람테크는 누리랩스, 다온소프트와 AI 반도체 동맹 결성을 검토하고 있다.",
    ],
)
def test_unnamed_alliance_planned_or_rumoured_gives_nothing(text: str) -> None:
    assert cooperation(facts(text)) == []


# --- "A와 함께 Y 사업에 나선다": doing business together


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와 함께 AI 데이터센터 사업에 나선다.",
        "가람테크는 누리랩스와 함께 해외 시장 공략에 나섰다.",
        "가람테크는 누리랩스와 함께 스마트팩토리 사업에 진출한다.",
    ],
)
def test_together_into_a_business(text: str) -> None:
    assert partners(facts(text), "가람테크", "누리랩스")


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와 함께 AI 데이터센터 사업에 나설 계획이다.",
        "가람테크는 누리랩스와 함께 AI 데이터센터 사업에 나서지 않기로 했다.",
        "가람테크는 누리랩스와 달리 AI 데이터센터 사업에 나선다.",
        "가람테크는 누리랩스와 AI 반도체 시장에서 경쟁하고 있다.",
        "가람테크는 누리랩스와 함께 국내 AI 반도체 기업으로 꼽힌다.",
        "한빛전자는 다온소프트와 비교해 매출 규모가 두 배 크다.",
        "가람테크는 누리랩스와의 협력설을 부인했다.",
    ],
)
def test_together_lookalikes_give_nothing(text: str) -> None:
    assert cooperation(facts(text)) == []


# --- a programme glossed in parentheses, or followed by its kind


@pytest.mark.parametrize(
    "text, who",
    [
        ("다온소프트는 중소벤처기업부의 팁스(TIPS) 프로그램에 선정됐다.", "다온소프트"),
        ("세움바이오는 팁스(TIPS) 프로그램에 선정돼 연구개발 자금을 지원받는다.", "세움바이오"),
    ],
)
def test_glossed_programme_selected(text: str, who: str) -> None:
    got = facts(text)
    assert ("PARTICIPATES_IN", who, "팁스 프로그램") in got, sorted(got)
    assert not any(k[0] == "PART_OF" for k in got), sorted(got)
    assert not any(k[1] == "팁스" or k[2] == "팁스" for k in got), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "다온소프트는 팁스(TIPS) 프로그램 선정을 목표로 하고 있다.",
        "다온소프트는 팁스(TIPS) 프로그램에 지원했지만 선정되지 않았다.",
        "다온소프트는 팁스(TIPS) 프로그램에 선정될 것으로 보인다.",
    ],
)
def test_glossed_programme_not_selected_gives_nothing(text: str) -> None:
    got = facts(text)
    assert cooperation(got) == [] and not any(k[0] == "PART_OF" for k in got), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 '차세대 지능형 반도체 기술개발 사업' 국책과제 수행기관으로 선정됐다.",
        "가람테크는 '차세대 지능형 반도체 기술개발 사업' 국책과제에 선정됐다.",
    ],
)
def test_programme_with_its_kind_after_it(text: str) -> None:
    got = facts(text)
    assert ("PARTICIPATES_IN", "가람테크", "차세대 지능형 반도체 기술개발 사업") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 국책과제 수행기관으로 선정됐다.",  # no programme named
        "가람테크는 '차세대 지능형 반도체 기술개발 사업' 국책과제 수행기관 선정을 노린다.",
        "가람테크는 '차세대 지능형 반도체 기술개발 사업' 국책과제에 선정되지 않았다.",
    ],
)
def test_programme_kind_without_selection_gives_nothing(text: str) -> None:
    assert cooperation(facts(text)) == []


# --- "L 컨소시엄에 참여": a consortium named by its leader, who the article names on its own

_LEADER = "가람테크는 'AI 반도체 실증 사업' 수주에 도전한다. "


def test_consortium_named_by_its_leader() -> None:
    got = facts(_LEADER + "누리랩스와 다온소프트는 가람테크 컨소시엄에 참여했다.")
    assert ("PARTNERS_WITH", "누리랩스", "가람테크") in got, sorted(got)
    assert ("PARTNERS_WITH", "다온소프트", "가람테크") in got, sorted(got)
    assert not any(k[2] == "가람테크 컨소시엄" for k in got), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        _LEADER + "누리랩스는 가람테크 컨소시엄에 참여할 계획이다.",
        _LEADER + "누리랩스는 가람테크 컨소시엄 참여를 포기했다.",
        _LEADER + "누리랩스는 가람테크 컨소시엄 참여를 검토하고 있다.",
        _LEADER + "누리랩스는 가람테크 컨소시엄에 참여하지 않았다.",
    ],
)
def test_leader_consortium_not_joined_gives_nothing(text: str) -> None:
    assert cooperation(facts(text)) == []


# --- "A 등과 함께 Y에 참여한다/선정됐다": those who did it with the subject take part too


@pytest.mark.parametrize(
    "text, programme",
    [
        ("가람테크는 누리랩스 등과 함께 '초거대 AI 프로젝트'에 참여한다.", "초거대 AI 프로젝트"),
        ("가람테크는 누리랩스 등 5개 기업과 함께 'AI 반도체 팹리스 사업'에 선정됐다.", "AI 반도체 팹리스 사업"),
    ],
)
def test_joined_together(text: str, programme: str) -> None:
    got = facts(text)
    assert ("PARTICIPATES_IN", "가람테크", programme) in got, sorted(got)
    assert ("PARTICIPATES_IN", "누리랩스", programme) in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와 함께 '초거대 AI 프로젝트'에 참여할 계획이다.",
        "가람테크는 누리랩스와 함께 '초거대 AI 프로젝트' 참여를 검토하고 있다.",
        "가람테크는 누리랩스와 달리 '초거대 AI 프로젝트'에 참여한다.",
    ],
)
def test_not_joined_together(text: str) -> None:
    assert ("PARTICIPATES_IN", "누리랩스", "초거대 AI 프로젝트") not in facts(text)


# --- "A와 B의 업무협약식": the two own the agreement


@pytest.mark.parametrize(
    "text",
    [
        "가람테크와 누리랩스의 업무협약식이 15일 서울에서 열렸다.",
        "가람테크와 누리랩스의 AI 협력이 본격화된다.",
    ],
)
def test_agreement_of_both(text: str) -> None:
    assert partners(facts(text), "가람테크", "누리랩스")


@pytest.mark.parametrize(
    "text",
    [
        "가람테크와 누리랩스의 협력사들이 모였다.",  # their suppliers
        "가람테크와 누리랩스의 협력은 무산됐다.",
        "가람테크와 누리랩스의 MOU 체결이 임박했다는 관측이 나온다.",
        "가람테크와 누리랩스의 매출은 늘었다.",
        "가람테크와 누리랩스의 업무협약 체결 여부는 정해지지 않았다.",
    ],
)
def test_no_agreement_of_both(text: str) -> None:
    assert cooperation(facts(text)) == []


# --- "A와 공동으로 Y에 참여한다", a government body written right before an unquoted programme


def test_joined_jointly() -> None:
    got = facts("가람테크는 누리랩스와 공동으로 'AI 반도체 실증 사업'에 참여한다.")
    assert ("PARTICIPATES_IN", "누리랩스", "AI 반도체 실증 사업") in got, sorted(got)


def test_not_joined_jointly() -> None:
    got = facts("가람테크는 누리랩스와 달리 'AI 반도체 실증 사업'에 참여한다.")
    assert ("PARTICIPATES_IN", "누리랩스", "AI 반도체 실증 사업") not in got, sorted(got)


def test_programme_owned_by_the_government_body_before_it() -> None:
    got = facts("가람테크는 과학기술정보통신부 AI 반도체 실증 사업에 선정됐다.")
    assert ("PARTICIPATES_IN", "가람테크", "AI 반도체 실증 사업") in got, sorted(got)


# --- "산학연 컨소시엄": a consortium described by who is in it, no name


def test_industry_academia_consortium_is_no_body() -> None:
    got = facts("가람테크는 누리랩스, 한빛대학교와 함께 산학연 컨소시엄을 구성했다.")
    assert partners(got, "누리랩스", "가람테크") and partners(got, "한빛대학교", "가람테크"), sorted(got)
    assert not any("컨소시엄" in k[2] for k in got), sorted(got)


# --- "'X 과제'를 (공동) 수행한다": carrying out a named programme


@pytest.mark.parametrize(
    "text, members",
    [
        ("가람테크는 산업통상자원부의 '소부장 기술개발 과제'를 수행하고 있다.", ["가람테크"]),
        ("가람테크는 누리랩스와 '소부장 기술개발 과제'를 공동 수행한다.", ["가람테크", "누리랩스"]),
    ],
)
def test_programme_carried_out(text: str, members: list[str]) -> None:
    got = facts(text)
    for m in members:
        assert ("PARTICIPATES_IN", m, "소부장 기술개발 과제") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 '소부장 기술개발 과제'를 수행할 예정이다.",
        "가람테크는 '소부장 기술개발 과제'를 수행하지 않았다.",
        "가람테크는 AI 과제를 수행한다.",  # a field word names no programme
        "가람테크는 정부 과제를 수행하는 기업이다.",
        "가람테크가 '소부장 기술개발 과제'를 수행할지 주목된다.",
    ],
)
def test_programme_not_carried_out(text: str) -> None:
    assert cooperation(facts(text)) == []


def test_programme_carried_out_alone_is_no_partners() -> None:
    got = facts("가람테크는 누리랩스와 달리 '소부장 기술개발 과제'를 수행한다.")
    assert ("PARTICIPATES_IN", "누리랩스", "소부장 기술개발 과제") not in got, sorted(got)


# --- a list of partners whose last member is no recognised name: the named ones still partner


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스, 다온소프트, 참여 중소기업과 협의체를 구성했다.",
        "가람테크는 누리랩스, 다온소프트, 지역 대학 등과 AI 반도체 동맹을 결성했다.",
    ],
)
def test_list_into_an_unnamed_partner(text: str) -> None:
    got = facts(text)
    assert partners(got, "누리랩스", "가람테크") and partners(got, "다온소프트", "가람테크"), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스, 다온소프트, 참여 중소기업과 협의체를 구성할 계획이다.",
        "가람테크는 누리랩스, 다온소프트, 지역 대학 등과 AI 반도체 동맹 결성을 논의하고 있다.",
    ],
)
def test_list_into_an_unnamed_partner_planned(text: str) -> None:
    assert cooperation(facts(text)) == []
