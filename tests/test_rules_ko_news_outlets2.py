"""Deal news in more outlets' wordings: partners named after the agreement noun ("협약을 Y와 체결했다"),
"손을 맞잡았다", purpose phrases ("개발을 위한 파트너십") that are no relative clause, organisations chosen
for a named programme ("'X' 사업에 선정됐다"), a programme's consortium joined; terminated agreements,
plans, failures and awards give nothing."""

import pytest
from ko_facts import facts


def _of(kind: str, text: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in facts(text) if k[0] == kind}


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _of("PARTNERS_WITH", text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("한빛소프트가 데이터 플랫폼 고도화를 위한 업무협약을 누리랩스와 체결했다.", {"한빛소프트", "누리랩스"}),
        ("가람전자는 양해각서(MOU)를 누리랩스와 맺었다고 4일 밝혔다.", {"가람전자", "누리랩스"}),
        ("가람전자와 누리랩스가 온디바이스 AI 개발을 위한 전략적 파트너십을 맺었다.", {"가람전자", "누리랩스"}),
        ("가람전자와 누리랩스가 로봇 분야에서 손을 맞잡았다.", {"가람전자", "누리랩스"}),
    ],
)
def test_partners_in_other_orders_and_idioms(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _partners(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람전자는 협약을 누리랩스와 체결할 계획이다.",
        "가람전자는 누리랩스와의 협약을 해지했다.",
        "가람전자는 누리랩스와 맺은 업무협약을 파기했다.",
        "가람전자는 업무협약을 체결했다. 누리랩스 관계자가 참석했다.",
    ],
)
def test_no_partners_in_plans_or_ended_agreements(text: str) -> None:
    assert not _partners(text), facts(text)


@pytest.mark.parametrize(
    ("text", "members", "programme"),
    [
        ("한빛클라우드는 정부의 'AI 서버 실증 사업' 컨소시엄에 참여했다.", ["한빛클라우드"], "AI 서버 실증 사업"),
        ("누리랩스는 산업통상자원부의 '자율제조 AI' 사업에 선정됐다.", ["누리랩스"], "자율제조 AI"),
        ("누리랩스는 '국가 AI 모델' 프로젝트 수행기관으로 선정됐다.", ["누리랩스"], "국가 AI 모델"),
        (
            "과기정통부는 누리랩스와 가람전자를 '국가 AI 모델' 프로젝트 수행기관으로 최종 선정했다.",
            ["누리랩스", "가람전자"],
            "국가 AI 모델",
        ),
        (
            "한빛클라우드, 누리랩스 등 4곳이 'AI 데이터센터 실증 사업'에 선정됐다.",
            ["한빛클라우드", "누리랩스"],
            "AI 데이터센터 실증 사업",
        ),
    ],
)
def test_chosen_for_a_programme_takes_part_in_it(text: str, members: list[str], programme: str) -> None:
    got = _of("PARTICIPATES_IN", text)
    for member in members:
        assert (member, programme) in got, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 '국가 AI 모델' 사업에 선정되지 못했다.",
        "누리랩스가 '국가 AI 모델' 사업에 선정될 가능성이 높다.",
        "누리랩스는 '올해의 AI 기업'에 선정됐다.",
        "누리랩스는 AI 사업에 선정됐다.",
        "누리랩스는 '국가 AI 모델' 사업에 선정됐다는 보도를 부인했다.",
        "누리랩스가 '국가 AI 모델' 사업에 선정되면 300억원을 받는다.",
    ],
)
def test_no_participation_when_not_chosen_or_only_awarded(text: str) -> None:
    assert not _of("PARTICIPATES_IN", text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스 인수를 위한 본계약을 체결했다.",
        "한빛전자는 누리랩스 인수를 위한 주식매매계약(SPA)을 맺었다.",
    ],
)
def test_a_contract_signed_for_an_acquisition_is_the_acquisition(text: str) -> None:
    assert ("한빛전자", "누리랩스") in _of("ACQUIRED", text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스 인수를 위한 본계약을 체결할 예정이다.",
        "한빛전자는 누리랩스 인수를 위한 본계약을 체결하지 않았다.",
        "한빛전자는 누리랩스 인수를 위한 우선협상 계약을 체결했다.",
        "한빛전자는 누리랩스 인수를 위한 양해각서(MOU)를 체결했다.",
        "한빛전자는 누리랩스 인수를 위한 실사를 진행하고 있다.",
        "한빛전자는 누리랩스 인수를 위해 협상 중이다.",
    ],
)
def test_no_acquisition_in_plans_negotiations_or_preliminary_agreements(text: str) -> None:
    assert not _of("ACQUIRED", text), facts(text)


@pytest.mark.parametrize(
    ("text", "founders", "new"),
    [
        (
            "가람텔레콤은 누리모바일과 손잡고 합작법인 '오션 누리 AI'를 설립했다.",
            ["가람텔레콤", "누리모바일"],
            "오션 누리 AI",
        ),
        (
            "가람텔레콤과 누리모바일은 합작법인 '오션 누리 AI'를 공동 설립했다.",
            ["가람텔레콤", "누리모바일"],
            "오션 누리 AI",
        ),
        ("한빛전자는 AI 연구소 '한빛 퓨처 AI'를 신설했다.", ["한빛전자"], "한빛 퓨처 AI"),
    ],
)
def test_a_quoted_name_after_the_kind_of_organisation_founded(text: str, founders: list[str], new: str) -> None:
    got = _of("ESTABLISHED", text)
    for founder in founders:
        assert (founder, new) in got, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람텔레콤과 누리모바일은 합작법인 '오션 누리 AI'를 설립할 계획이다.",
        "가람텔레콤은 누리모바일과 합작법인 '오션 누리 AI' 설립을 검토하고 있다.",
        "가람텔레콤은 합작법인 '오션 누리 AI'를 설립하지 못했다.",
    ],
)
def test_no_founding_of_a_quoted_venture_planned_or_failed(text: str) -> None:
    assert not _of("ESTABLISHED", text), facts(text)


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "누리랩스가 시리즈B에서 500억원을 확보했다. 한빛벤처스, 가람인베스트먼트, 오션파트너스 등이 투자자로 참여했다.",
            ["한빛벤처스", "가람인베스트먼트", "오션파트너스"],
        ),
        (
            "누리랩스의 시리즈B 라운드에는 한빛벤처스와 가람인베스트먼트가 새로 이름을 올렸다.",
            ["한빛벤처스", "가람인베스트먼트"],
        ),
    ],
)
def test_round_investors_introduced_as_investors_or_names_put_down(text: str, investors: list[str]) -> None:
    got = _of("INVESTED_IN", text)
    for investor in investors:
        assert (investor, "누리랩스") in got, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스의 시리즈B 라운드에는 한빛벤처스와 가람인베스트먼트가 이름을 올릴 것으로 알려졌다.",
        "누리랩스는 시리즈B 투자를 유치할 계획이다. 한빛벤처스 등이 투자자로 참여할 것으로 보인다.",
        "한빛벤처스, 가람인베스트먼트 등이 투자자로 참여했다.",  # whose round is not written
        "누리랩스의 AI 해커톤에는 한빛벤처스와 가람인베스트먼트가 이름을 올렸다.",
    ],
)
def test_no_round_investors_expected_unplaced_or_at_an_event(text: str) -> None:
    assert not _of("INVESTED_IN", text), facts(text)


@pytest.mark.parametrize(
    ("text", "investors", "lead"),
    [
        (
            "누리랩스는 총 400억원 규모의 투자를 유치했다고 9일 밝혔다. 한빛벤처스가 리드했고 가람인베스트먼트가 참여했다.",
            ["한빛벤처스", "가람인베스트먼트"],
            "한빛벤처스",
        ),
        (
            "누리랩스는 400억원 규모의 시리즈B 투자를 유치했다. 한빛벤처스와 가람인베스트먼트가 참여했다.",
            ["한빛벤처스", "가람인베스트먼트"],
            None,
        ),
    ],
)
def test_investors_in_the_sentence_right_after_a_round(text: str, investors: list[str], lead: str | None) -> None:
    got = facts(text)
    for investor in investors:
        props = got[("INVESTED_IN", investor, "누리랩스")]
        assert props.get("lead") is (True if investor == lead else None), got
        assert "amount" not in props, got  # several investors: the total is the round's, not each one's


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 400억원 규모의 시리즈B 투자를 유치했다. 한빛벤처스는 AI 해커톤에 참여했다.",
        "누리랩스는 400억원 규모의 시리즈B 투자를 유치했다. 한빛벤처스가 정부 사업을 주도했다.",
        "누리랩스는 400억원 규모의 시리즈B 투자를 유치했다. 한빛벤처스가 참여할 예정이다.",
        "누리랩스는 400억원 규모의 시리즈B 투자를 유치할 계획이다. 한빛벤처스가 참여했다.",
        "누리랩스는 400억원 규모의 시리즈B 투자를 유치했다. 회사는 모델을 고도화했다. 한빛벤처스가 참여했다.",
    ],
)
def test_no_round_investor_elsewhere_later_or_without_a_round(text: str) -> None:
    assert not _of("INVESTED_IN", text), facts(text)


@pytest.mark.parametrize(
    ("text", "investor", "company"),
    [
        ("누리랩스가 한빛전자로부터 50억원 규모의 전략적 투자(SI)를 유치했다.", "한빛전자", "누리랩스"),
        ("가람인베스트먼트는 누리랩스 시리즈A에 50억원을 베팅했다.", "가람인베스트먼트", "누리랩스"),
    ],
)
def test_glossed_rounds_and_a_company_before_its_round(text: str, investor: str, company: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", investor, company), {}).get("amount") == 5_000_000_000, got


def test_a_round_alone_is_no_recipient() -> None:
    text = "가람인베스트먼트는 시리즈A에 50억원을 투자했다."
    assert not _of("INVESTED_IN", text), facts(text)


@pytest.mark.parametrize(
    ("text", "actor", "field", "amount"),
    [
        ("산업통상자원부는 2027년까지 1조원을 투입해 AI 반도체를 육성한다.", "산업통상자원부", "AI 반도체", 1e12),
        ("과학기술정보통신부는 5년간 3000억원을 투입해 초거대 AI를 개발한다.", "과학기술정보통신부", "초거대 AI", 3e11),
    ],
)
def test_money_put_in_to_grow_or_build_a_field(text: str, actor: str, field: str, amount: float) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", actor, field), {}).get("amount") == amount, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 1조원을 투자해 AI 인재 1만명을 육성한다.",
        "한빛전자는 1조원을 투자해 AI 반도체를 개발할지 검토하고 있다.",
        "산업통상자원부가 1조원을 투입해 AI 반도체를 육성하면 경쟁력이 높아질 것이다.",
    ],
)
def test_no_field_funded_for_people_counted_or_hedged(text: str) -> None:
    assert not _of("INVESTED_IN", text), facts(text)


@pytest.mark.parametrize(
    ("text", "funder", "recipient", "amount"),
    [
        (
            "한국누리연구원은 과학기술정보통신부로부터 500억원을 지원받는다.",
            "과학기술정보통신부",
            "한국누리연구원",
            5e10,
        ),
        ("누리랩스는 한빛벤처스로부터 50억원을 투자받는다.", "한빛벤처스", "누리랩스", 5e9),
    ],
)
def test_money_received_told_in_the_present(text: str, funder: str, recipient: str, amount: float) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", funder, recipient), {}).get("amount") == amount, got


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 과학기술정보통신부로부터 500억원을 지원받는다는 소문을 부인했다.",
        "누리랩스는 과학기술정보통신부로부터 500억원을 지원받을 예정이라는 보도를 부인했다.",
    ],
)
def test_no_grant_rumoured_or_denied(text: str) -> None:
    assert not _of("INVESTED_IN", text), facts(text)
