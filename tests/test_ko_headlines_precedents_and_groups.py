"""Korean headlines, analysis pieces, national R&D and results news: "X 아메리카" is a regional company of its own,
and a subsidiary named before a deal that fell through stays a subsidiary; "신한금융 계열사" names the financial
group; a clause with its own subject ("…했고, B도 같은 해 Y를 인수했다", "B는 Y와 협약을 맺었다") is B's, and an
earlier clause's recipient is not its own; "Y와 합작해 세운 Z" makes X and Y partners, not Z; a takeover
"추진" in a headline is not done; headlines run together with ellipses are one sentence each; an amount of an
earlier clause ("Y에 N원을 투자한 데 이어 Z에도") is not the later deal's."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    ["카카오 아메리카가 클리어보이스를 인수했다.", "카카오의 자회사 카카오 아메리카가 클리어보이스를 인수했다."],
)
def test_a_regional_company_is_not_its_parent(text: str) -> None:
    got = facts(text)
    assert ("ACQUIRED", "카카오 아메리카", "클리어보이스") in got, got
    assert ("ACQUIRED", "카카오", "클리어보이스") not in got, got


def test_a_subsidiary_named_before_a_deal_that_fell_through_stays_one() -> None:
    got = facts("카카오의 미국 자회사 카카오 아메리카가 추진하던 클리어보이스 인수가 무산됐다.")
    assert ("AFFILIATE_OF", "카카오 아메리카", "카카오") in got, got
    assert not any(k[0] == "ACQUIRED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "신한은행, 신한카드 등 신한금융 계열사들이 AI 과제를 공동 수행한다.",
        "신한금융의 자회사 신한은행과 신한카드가 참여한다.",
    ],
)
def test_a_financial_group_s_short_name_is_the_group(text: str) -> None:
    got = facts(text)
    for member in ("신한은행", "신한카드"):
        assert ("AFFILIATE_OF", member, "신한금융그룹") in got, got


@pytest.mark.parametrize(
    ("text", "fact", "not_fact"),
    [
        (
            "한솔전자는 2022년 비젠을 인수했고, 대명소프트도 같은 해 링구아를 인수했다.",
            ("ACQUIRED", "대명소프트", "링구아"),
            ("ACQUIRED", "한솔전자", "링구아"),
        ),
        (
            "한솔전자는 비젠을 인수했고, 대명소프트는 링구아와 협약을 맺었다.",
            ("PARTNERS_WITH", "대명소프트", "링구아"),
            ("PARTNERS_WITH", "한솔전자", "링구아"),
        ),
        (
            "한솔전자는 2022년 비젠을 인수했고, 대명소프트도 같은 해 링구아와 협약을 맺었다.",
            ("PARTNERS_WITH", "대명소프트", "링구아"),
            ("PARTNERS_WITH", "한솔전자", "링구아"),
        ),
    ],
)
def test_a_clause_with_its_own_subject_is_that_subject_s(
    text: str, fact: tuple[str, str, str], not_fact: tuple[str, str, str]
) -> None:
    got = facts(text)
    assert fact in got, got
    assert not_fact not in got, got


def test_a_clause_without_its_own_subject_keeps_the_topic() -> None:
    got = facts("한솔전자는 비젠을 인수했고, 올해 링구아와 협약을 맺었다.")
    assert ("PARTNERS_WITH", "한솔전자", "링구아") in got, got


def test_an_earlier_clause_s_recipient_is_not_the_later_investor_s() -> None:
    got = facts("그린캐피탈은 마루AI에 투자했고, 블루파트너스도 이듬해 솔빛에 투자했다.")
    assert ("INVESTED_IN", "그린캐피탈", "마루AI") in got, got
    assert ("INVESTED_IN", "블루파트너스", "마루AI") not in got, got


@pytest.mark.parametrize(
    ("text", "founders", "venture"),
    [
        (
            "한빛전지는 혼다와 합작해 세운 그린혼다에너지에 추가 출자하기로 했다.",
            ("한빛전지", "혼다"),
            "그린혼다에너지",
        ),
        ("대한소재는 포드와 합작해 설립한 블루파워의 공장 가동을 미뤘다.", ("대한소재", "포드"), "블루파워"),
    ],
)
def test_the_founders_of_a_venture_partner_not_the_venture(text: str, founders: tuple[str, str], venture: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", *founders) in got, got
    assert not any(k[0] == "PARTNERS_WITH" and venture in k for k in got), got


@pytest.mark.parametrize(
    "text",
    ["카카오, 스캐터랩 경영권 인수 추진", 'LG전자, 베어로보틱스 경영권 인수 추진…"협상 막바지"'],
)
def test_a_takeover_pursued_in_a_headline_is_not_done(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "first", "second", "wrong"),
    [
        (
            "KT, 리벨리온에 추가 투자…LG이노텍, 퓨리오사AI와 협력",
            ("INVESTED_IN", "KT", "리벨리온"),
            ("PARTNERS_WITH", "LG이노텍", "퓨리오사AI"),
            ("PARTNERS_WITH", "KT", "LG이노텍"),
        ),
        (
            "KT, 마이크로소프트와 AI 파트너십 체결…LG유플러스, 코난테크놀로지에 지분 투자",
            ("PARTNERS_WITH", "KT", "마이크로소프트"),
            ("INVESTED_IN", "LG유플러스", "코난테크놀로지"),
            ("INVESTED_IN", "KT", "LG유플러스"),
        ),
    ],
)
def test_headlines_run_together_with_ellipses_are_read_apart(
    text: str, first: tuple[str, str, str], second: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = facts(text)
    assert first in got and second in got, got
    assert wrong not in got, got


def test_an_earlier_clause_s_amount_is_not_the_later_deal_s() -> None:
    got = facts("미래통신은 코히어에 5천만달러를 투자한 데 이어 그록에도 지분 투자를 단행했다.")
    assert got.get(("INVESTED_IN", "미래통신", "코히어"), {}).get("amount") == 50_000_000, got
    assert "amount" not in got.get(("INVESTED_IN", "미래통신", "그록"), {"amount": "?"}), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("KB금융지주는 KB에이아이랩을 설립했다.", ("ESTABLISHED", "KB금융지주", "KB에이아이랩")),
        ("박지연 하나금융지주 상무는 회의에 참석했다.", ("WORKS_FOR", "박지연", "하나금융지주")),
    ],
)
def test_a_financial_holding_company_keeps_its_own_name(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


def test_a_subsidiary_named_as_the_subject_of_its_own_plan_stays_one() -> None:
    got = facts(
        "포스코홀딩스는 자회사 포스코퓨처엠이 추진하는 1조1천억원 규모 유상증자에 약 6600억원을 출자한다고 공시했다."
    )
    assert ("AFFILIATE_OF", "포스코퓨처엠", "포스코홀딩스") in got, got


def test_a_subsidiary_only_planned_is_none() -> None:
    assert not facts("카카오는 자회사 카카오AI를 설립할 계획이다.")


def test_a_ministry_founding_a_body_others_join_is_no_member_of_it() -> None:
    got = facts("산업통상자원부는 반도체 기업들이 참여하는 'AI 반도체 협의체'를 발족했다.")
    assert ("ESTABLISHED", "산업통상자원부", "AI 반도체 협의체") in got, got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_later_clause_s_unnamed_subject_gives_the_money_not_the_operator() -> None:
    got = facts(
        "과기정통부는 서울에 'AI혁신허브'를 개소했다. 허브 운영은 연세대와 성균관대 컨소시엄이 맡으며 정부는 4년간 "
        "400억원을 지원한다."
    )
    assert not any(k[0] == "INVESTED_IN" and k[1] in ("연세대학교", "성균관대학교 컨소시엄") for k in got), got


def test_a_post_held_before_that_is_a_former_one() -> None:
    got = facts("김도윤 ETRI 연구단장은 네이버에서 연구원을 지냈으며 그 전에는 마이크로소프트에서 근무했다.")
    assert got.get(("WORKS_FOR", "김도윤", "마이크로소프트"), {}).get("former") is True, got


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("KISTI는 슈퍼컴퓨터 도입에 1000억원을 투입한다.", "슈퍼컴퓨터"),
        ("카카오는 생성형 AI 도입에 100억원을 투자한다.", "생성형 AI"),
    ],
)
def test_spending_on_adopting_a_technology_is_on_the_technology(text: str, field: str) -> None:
    got = facts(text)
    assert any(k[0] == "INVESTED_IN" and k[2] == field for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "KISTI는 슈퍼컴퓨터 6호기 도입에 1000억원을 투입한다.",
        "한빛전자는 새론AI에 100억원을 투자했다.",
        "한빛전자는 우리AI에 100억원을 투자했다.",
    ],
)
def test_a_counted_machine_or_a_misread_name_is_no_field(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" and k[2] in ("AI", "기", "기 도입") for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "서진우는 2023년 대한전자를 떠나 하이퍼마인드 컴퓨팅(HMC)을 설립했다.",
        "정하린은 2022년 태성반도체를 나와 퀀텀 브릿지(QB)를 설립했다.",
    ],
)
def test_the_company_left_is_not_the_one_founded(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "ESTABLISHED" and k[2] in ("대한전자", "태성반도체") for k in got), got


def test_a_company_bought_and_relaunched_was_not_founded() -> None:
    got = facts("대성정보는 2020년 미국 연구소 벨크로스를 인수해 대성 AI 센터로 출범시켰다.")
    assert ("ACQUIRED", "대성정보", "벨크로스") in got, got
    assert ("ESTABLISHED", "대성정보", "벨크로스") not in got, got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("▲KT, 마이크로소프트와 AI·클라우드 전략적 파트너십 체결", ("PARTNERS_WITH", "KT", "마이크로소프트")),
        ("- KT, 리벨리온에 300억 투자", ("INVESTED_IN", "KT", "리벨리온")),
        ("카카오-현대차, 자율주행 AI 동맹 체결", ("PARTNERS_WITH", "카카오", "현대자동차")),
        ("LG전자-마이크로소프트, AI 데이터센터 협력 합의", ("PARTNERS_WITH", "LG전자", "마이크로소프트")),
    ],
)
def test_a_bulleted_or_hyphen_paired_headline_names_its_parties(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", ["▲KT, 리벨리온 투자 검토", "카카오-현대차, 동맹 체결 무산"])
def test_a_bulleted_or_paired_headline_considered_or_failed_is_none(text: str) -> None:
    assert not facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온의 투자자였던 한빛인베스트먼트는 이번 매각으로 투자금을 회수했다.",
        "리벨리온의 초기 투자자였던 한빛인베스트먼트는 지분 일부를 팔았다.",
    ],
)
def test_one_that_was_an_investor_has_invested(text: str) -> None:
    assert ("INVESTED_IN", "한빛인베스트먼트", "리벨리온") in facts(text), facts(text)


def test_one_that_nearly_became_an_investor_has_not() -> None:
    assert not facts("리벨리온의 투자자가 될 뻔했던 한빛인베스트먼트는 발을 뺐다.")
