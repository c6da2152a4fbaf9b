"""Korean INVESTED_IN and ACQUIRED on unseen news, the twentieth round: money spent on an acquisition ("Y 인수를
위해 1조원을 투입했다"), a deal's amount told in the next sentence ("인수 금액은 약 1200억원으로 알려졌다"), a fund's
manager as the investor ("A가 운용하는 펀드는 Y에 투자했다"), an investor's money included in a round ("A의 후속 투자를
포함해 총 N원을 조달했다"), and the startup's side of an investment contract.  Composed sentences; each family with
wordings that must give nothing."""

import pytest
from ko_facts import facts


def _of(kind: str, text: str) -> dict[tuple[str, str], dict]:
    return {(s, t): p for (k, s, t), p in facts(text).items() if k == kind}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("한빛전자는 가람테크 인수를 위해 1조원을 투입했다.", 1e12),
        ("한빛전자는 가람테크 인수에 5000억원을 썼다.", 5e11),
        ("한빛전자는 가람테크 인수 대금으로 3000억원을 지급했다.", 3e11),
        ("한빛전자는 지난해 가람테크 인수에 총 2000억원을 들였다.", 2e11),
    ],
)
def test_money_spent_on_an_acquisition_is_the_acquisition(text: str, amount: float) -> None:
    got = _of("ACQUIRED", text)
    assert got[("한빛전자", "가람테크")]["amount"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 가람테크 인수를 위해 1조원을 투입할 계획이다.",
        "한빛전자는 가람테크 인수에 1조원을 쓸 방침이다.",
        "한빛전자는 가람테크 인수를 위해 1조원을 마련했다.",
        "한빛전자는 가람테크 인수 자금으로 1조원을 조달했다.",
        "한빛전자는 가람테크 인수를 위해 1조원을 투입해야 한다.",
        "한빛전자는 가람테크 인수를 위해 1조원을 투입하지 않았다.",
        "한빛전자가 가람테크 인수에 1조원을 쏟을 것이라는 관측이 나온다.",
        "한빛전자는 가람테크 인수를 위해 1조원을 투입할지 검토하고 있다.",
        "한빛전자는 가람테크 인수 대금으로 3000억원을 지급할 예정이다.",
        "한빛전자는 가람테크 인수를 위해 실사를 진행 중이다.",
        "한빛전자는 가람테크 인수를 추진하고 있다.",
    ],
)
def test_money_for_an_acquisition_not_made_gives_nothing(text: str) -> None:
    assert not _of("ACQUIRED", text)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target", "amount"),
    [
        (
            "한빛전자가 가람테크를 인수했다. 인수 금액은 약 1200억원으로 알려졌다.",
            "ACQUIRED",
            "한빛전자",
            "가람테크",
            1.2e11,
        ),
        ("한빛전자는 누리랩스를 인수한다. 인수가는 약 3000억원이다.", "ACQUIRED", "한빛전자", "누리랩스", 3e11),
        (
            "새봄홀딩스는 가람테크를 한빛전자에 매각했다. 매각 금액은 900억원이다.",
            "ACQUIRED",
            "한빛전자",
            "가람테크",
            9e10,
        ),
        ("한빛벤처스는 누리랩스에 투자했다. 투자 규모는 50억원이다.", "INVESTED_IN", "한빛벤처스", "누리랩스", 5e9),
        (
            "한빛전자는 누리랩스 지분 30%를 취득했다. 취득 금액은 450억원이다.",
            "INVESTED_IN",
            "한빛전자",
            "누리랩스",
            4.5e10,
        ),
    ],
)
def test_a_deals_amount_told_in_the_next_sentence(
    text: str, kind: str, source: str, target: str, amount: float
) -> None:
    assert _of(kind, text)[(source, target)]["amount"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스를 인수했다. 인수 금액은 1000억원 안팎으로 추정된다.",
        "한빛전자는 누리랩스를 인수했다. 인수 금액은 공개되지 않았다.",
        "한빛전자는 누리랩스 인수를 추진하고 있다. 인수 금액은 약 1200억원이다.",
        "한빛전자는 누리랩스와 가람테크를 인수했다. 인수 금액은 약 1200억원이다.",
        "한빛전자는 누리랩스를 인수했다. 업계에서는 한빛전자의 실적이 좋아질 것으로 본다. 인수 금액은 약 1200억원이다.",
        "한빛전자는 누리랩스를 인수했다. 한빛전자의 가람테크 인수 금액은 약 1200억원이다.",
    ],
)
def test_an_amount_not_told_for_one_deal_just_stated_is_nobodys(text: str) -> None:
    assert all("amount" not in p for p in _of("ACQUIRED", text).values())


def test_an_amount_after_a_round_of_several_investors_is_no_ones_own() -> None:
    got = _of("INVESTED_IN", "누리랩스는 한빛벤처스와 새봄인베스트먼트로부터 투자를 유치했다. 투자 규모는 50억원이다.")
    assert got and all("amount" not in p for p in got.values())


@pytest.mark.parametrize(
    "text",
    [
        "한빛벤처스가 운용하는 펀드는 가람테크에 40억원을 투자했다.",
        "한빛벤처스가 조성한 펀드도 가람테크에 40억원을 투자했다.",
    ],
)
def test_an_unnamed_funds_manager_invested(text: str) -> None:
    assert _of("INVESTED_IN", text)[("한빛벤처스", "가람테크")]["amount"] == 4e9


@pytest.mark.parametrize(
    "text",
    [
        "한빛벤처스가 운용하는 펀드는 가람테크에 투자할지 검토하고 있다.",
        "한빛벤처스가 운용하는 펀드는 가람테크에 투자하지 않았다.",
        "한빛벤처스가 운용하는 펀드는 올해 500억원 규모로 커졌다.",
        "한빛벤처스가 운용하는 펀드는 누리캐피탈이 가람테크에 투자한 금액보다 크다.",
    ],
)
def test_a_funds_manager_without_an_investment_gives_nothing(text: str) -> None:
    assert ("한빛벤처스", "가람테크") not in _of("INVESTED_IN", text)


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("가람테크는 기존 투자자인 한빛벤처스의 후속 투자를 포함해 총 150억원을 조달했다.", {"한빛벤처스"}),
        (
            "가람테크는 한빛벤처스와 누리캐피탈의 후속 투자를 포함해 총 150억원 규모의 시리즈B 투자를 유치했다.",
            {"한빛벤처스", "누리캐피탈"},
        ),
    ],
)
def test_an_investment_included_in_a_round(text: str, investors: set[str]) -> None:
    got = _of("INVESTED_IN", text)
    assert {s for s, t in got if t == "가람테크"} == investors
    assert all("amount" not in p and p["round_amount"] == 1.5e10 for p in got.values())  # the total is the round's


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 한빛벤처스의 후속 투자를 포함해 총 150억원을 조달할 계획이다.",
        "가람테크는 한빛벤처스의 후속 투자를 포함해 총 150억원 규모의 투자 유치를 추진하고 있다.",
        "가람테크는 한빛벤처스의 투자를 포함해 기술 개발을 진행했고 누리캐피탈로부터 50억원을 유치했다.",
    ],
)
def test_an_investment_included_in_a_round_not_raised_gives_nothing(text: str) -> None:
    assert ("한빛벤처스", "가람테크") not in _of("INVESTED_IN", text)


def test_the_investor_side_of_an_investment_contract() -> None:
    got = _of("INVESTED_IN", "가람테크는 한빛벤처스와 20억원 규모의 신규 투자 계약을 체결했다고 밝혔다.")
    assert set(got) == {("한빛벤처스", "가람테크")}


def test_an_investor_subject_of_an_investment_contract_stays_the_investor() -> None:
    got = _of("INVESTED_IN", "한빛벤처스는 가람테크와 20억원 규모의 투자 계약을 체결했다.")
    assert set(got) == {("한빛벤처스", "가람테크")}


def test_an_investment_contract_not_signed_gives_nothing() -> None:
    assert not _of("INVESTED_IN", "가람테크는 한빛벤처스와 20억원 규모의 투자 계약을 체결할지 검토하고 있다.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("새봄홀딩스는 가람테크를 한빛전자에 매각하기로 합의했다.", "ACQUIRED"),
        ("새봄홀딩스는 가람테크 지분 전량을 한빛전자에 매각하기로 했다.", "INVESTED_IN"),
        ("한빛전자는 가람테크의 인수합병을 마무리했다고 밝혔다.", "ACQUIRED"),
    ],
)
def test_a_sale_agreed_and_a_merger_completed(text: str, kind: str) -> None:
    assert ("한빛전자", "가람테크") in _of(kind, text)


@pytest.mark.parametrize(
    "text",
    [
        "새봄홀딩스는 가람테크를 한빛전자에 매각하기로 했지만 협상이 무산됐다.",
        "새봄홀딩스는 가람테크를 한빛전자에 매각하기로 결정할 것으로 보인다.",
        "새봄홀딩스는 가람테크를 한빛전자에 매각하지 않기로 했다.",
        "새봄홀딩스가 가람테크를 한빛전자에 매각하기로 했다는 소문이 돌았다.",
        "한빛전자는 가람테크의 인수합병을 마무리할 계획이다.",
        "한빛전자는 가람테크 인수합병을 완료하지 못했다.",
    ],
)
def test_a_sale_or_merger_not_done_gives_nothing(text: str) -> None:
    assert not {k for (k, s, t) in facts(text) if (s, t) == ("한빛전자", "가람테크")}


def test_respective_amounts_from_several_sources_are_paired_in_order() -> None:
    got = _of("INVESTED_IN", "가람테크는 한빛벤처스와 새봄인베스트먼트로부터 각각 20억원과 30억원을 투자받았다.")
    assert got[("한빛벤처스", "가람테크")]["amount"] == 2e9
    assert got[("새봄인베스트먼트", "가람테크")]["amount"] == 3e9


def test_respective_amounts_that_do_not_pair_are_no_ones() -> None:
    text = "가람테크는 한빛벤처스와 새봄인베스트먼트, 누리캐피탈로부터 각각 20억원과 30억원을 투자받았다."
    assert all("amount" not in p for p in _of("INVESTED_IN", text).values())


def test_an_earlier_round_in_the_same_sentence_keeps_its_own_investor_and_stage() -> None:
    got = _of(
        "INVESTED_IN",
        "가람테크는 지난해 한빛벤처스로부터 시드 투자를 받은 데 이어 올해 새봄인베스트먼트로부터 프리A 투자를 유치했다.",
    )
    assert got[("한빛벤처스", "가람테크")]["series"] == "시드"
    assert got[("새봄인베스트먼트", "가람테크")]["series"] == "프리A"


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("가람테크는 50억원 규모의 시드 투자를 유치했다. 한빛벤처스가 단독으로 투자했다.", {"한빛벤처스"}),
        ("가람테크는 50억원 규모의 시드 투자를 유치했다. 한빛벤처스가 전액 투자했다.", {"한빛벤처스"}),
        (
            "가람테크는 시드 투자를 유치했다. 한빛벤처스와 새봄인베스트먼트가 공동으로 투자했다.",
            {"한빛벤처스", "새봄인베스트먼트"},
        ),
    ],
)
def test_how_investors_put_money_in_the_round_just_announced(text: str, investors: set[str]) -> None:
    got = _of("INVESTED_IN", text)
    assert {s for s, t in got if t == "가람테크"} == investors


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 시드 투자를 유치했다. 한빛벤처스와 새봄인베스트먼트가 공동으로 투자할 예정이다.",
        "가람테크는 시드 투자를 유치했다. 다음 라운드에는 한빛벤처스가 단독으로 투자할지 검토 중이다.",
        "가람테크는 신제품을 출시했다. 한빛벤처스와 새봄인베스트먼트가 공동으로 투자했다.",
        "가람테크는 시드 투자를 유치했다. 한빛벤처스는 누리랩스에 단독으로 투자했다.",
    ],
)
def test_investing_not_in_the_round_just_announced_gives_nothing(text: str) -> None:
    assert not {s for s, t in _of("INVESTED_IN", text) if t == "가람테크"}


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("가람테크는 한빛벤처스로부터 20억원을 추가로 확보했다.", {"한빛벤처스"}),
        ("가람테크는 한빛벤처스와 새봄인베스트먼트로부터 총 50억원을 확보했다.", {"한빛벤처스", "새봄인베스트먼트"}),
    ],
)
def test_money_secured_from_a_named_source(text: str, investors: set[str]) -> None:
    assert {s for s, t in _of("INVESTED_IN", text) if t == "가람테크"} == investors


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 한빛벤처스로부터 20억원을 확보할 계획이다.",
        "가람테크는 한빛벤처스로부터 20억원을 확보하지 못했다.",
        "가람테크는 한빛전자로부터 선수금 300억원을 확보했다.",
        "가람테크는 한빛전자로부터 300억원 규모의 수주를 확보했다.",
        "가람테크는 한빛벤처스로부터 20억원을 확보하기 위해 협상 중이다.",
    ],
)
def test_money_not_secured_or_not_invested_gives_nothing(text: str) -> None:
    assert not _of("INVESTED_IN", text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("한빛전자, 가람테크 1조에 인수", 1e12), ("한빛전자, 가람테크 3000억에 품는다", 3e11)],
)
def test_a_headlines_price_without_its_currency(text: str, amount: float) -> None:
    assert _of("ACQUIRED", text)[("한빛전자", "가람테크")]["amount"] == amount


@pytest.mark.parametrize(
    "text",
    ["한빛전자, 가람테크 1조에 인수 추진", "한빛전자, 가람테크 1조에 인수 검토", "한빛전자, 가람테크 1조에 인수하나"],
)
def test_a_headlines_priced_acquisition_not_made_gives_nothing(text: str) -> None:
    assert not _of("ACQUIRED", text)


@pytest.mark.parametrize(
    "text",
    [
        "누리캐피탈은 가람테크에 대한 투자 의사를 밝혔다.",
        "누리캐피탈은 가람테크에 투자할 의사가 있다고 말했다.",
        "가람테크는 누리랩스를 인수할 여력이 없다.",
        "한빛전자는 현재로서는 가람테크를 인수할 수 없다고 밝혔다.",
    ],
)
def test_an_intention_or_a_capacity_is_no_deal(text: str) -> None:
    assert not {k for (k, s, t) in facts(text) if k in ("INVESTED_IN", "ACQUIRED")}


def test_money_for_a_field_developed_jointly_names_the_field_not_the_manner() -> None:
    got = _of("INVESTED_IN", "한빛전자는 가람테크와 AI 반도체 공동 개발을 위해 100억원을 투자한다.")
    assert ("한빛전자", "AI 반도체 공동") not in got


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "한빛벤처스는 1000억원 규모의 '한빛AI펀드'를 결성했다. 이 펀드에는 한국벤처투자와 누리은행이 출자했다.",
            {"한국벤처투자", "누리은행"},
        ),
        (
            "한빛벤처스는 '한빛AI펀드'를 결성했다. 펀드에는 한국벤처투자와 누리은행이 출자자로 참여했다.",
            {"한국벤처투자", "누리은행"},
        ),
        ("한빛벤처스는 '한빛AI펀드'를 결성했다. 한국벤처투자가 앵커 출자자로 참여했다.", {"한국벤처투자"}),
        (
            "한빛벤처스는 '한빛AI펀드'를 결성했다. 한국벤처투자와 누리은행이 출자자로 나섰다.",
            {"한국벤처투자", "누리은행"},
        ),
    ],
)
def test_limited_partners_of_a_fund_just_named(text: str, partners: set[str]) -> None:
    assert {s for s, t in _of("INVESTED_IN", text) if t == "한빛AI펀드"} == partners


def test_a_name_ending_in_an_investment_word_is_no_predicate() -> None:
    got = _of("INVESTED_IN", "한빛벤처스는 '한빛AI펀드'를 결성했다. 이 펀드에는 한국벤처투자가 300억원을 출자했다.")
    assert set(got) == {("한국벤처투자", "한빛AI펀드")}


def test_the_fund_just_named_invests_as_the_topic() -> None:
    got = _of("INVESTED_IN", "한빛벤처스는 '한빛AI펀드'를 결성했다. 이 펀드는 가람테크에 투자했다.")
    assert ("한빛AI펀드", "가람테크") in got


@pytest.mark.parametrize(
    "text",
    [
        "한빛벤처스는 '한빛AI펀드'를 결성했다. 한국벤처투자가 출자자로 참여할지 검토하고 있다.",
        "한빛벤처스는 '한빛AI펀드'를 결성했다. 한국벤처투자는 출자자로 참여하지 않았다.",
        "한빛벤처스는 신제품을 내놨다. 한국벤처투자가 출자자로 참여했다.",
        "한빛벤처스는 '한빛AI펀드'를 결성했다. 이 펀드에는 한국벤처투자가 출자하지 않았다.",
        "한빛벤처스는 '한빛AI펀드'를 결성했다. 이 펀드는 가람테크에 투자할지 검토 중이다.",
    ],
)
def test_a_fund_commitment_not_made_gives_nothing(text: str) -> None:
    assert not {(s, t) for s, t in _of("INVESTED_IN", text) if "한빛AI펀드" in (s, t)}


def test_a_limited_partner_of_a_named_company_stays_that_companys() -> None:
    got = _of("INVESTED_IN", "한빛벤처스는 '한빛AI펀드'를 결성했다. 한국벤처투자는 누리랩스의 출자자로 참여했다.")
    assert set(got) == {("한국벤처투자", "누리랩스")}


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("가람테크는 50억원 규모의 시드 투자를 유치했다. 이번 투자를 이끈 곳은 한빛벤처스다.", {"한빛벤처스"}),
        (
            "가람테크는 시리즈A 투자를 유치했다. 이번 라운드를 주도한 곳은 한빛벤처스와 새봄인베스트먼트다.",
            {"한빛벤처스", "새봄인베스트먼트"},
        ),
    ],
)
def test_a_rounds_lead_named_last(text: str, leads: set[str]) -> None:
    got = _of("INVESTED_IN", text)
    assert {s for s, t in got if t == "가람테크"} == leads
    assert all(p.get("lead") is True and "amount" not in p for p in got.values())


def test_a_rounds_lead_named_last_for_a_round_not_raised_gives_nothing() -> None:
    text = "가람테크는 시리즈A 투자 유치를 추진하고 있다. 이번 투자를 이끈 곳은 한빛벤처스가 될 전망이다."
    assert not _of("INVESTED_IN", text)


def test_a_companys_new_owner_named_last() -> None:
    assert ("한빛전자", "가람테크") in _of("ACQUIRED", "가람테크의 새 주인은 한빛전자다.")


@pytest.mark.parametrize(
    "text",
    [
        "가람테크의 새 주인은 한빛전자가 될 전망이다.",
        "가람테크의 새 주인은 한빛전자가 유력하다.",
        "가람테크의 새 주인은 누구일까.",
    ],
)
def test_a_new_owner_guessed_gives_nothing(text: str) -> None:
    assert not _of("ACQUIRED", text)


def test_an_earlier_deals_date_and_price_stay_its_own() -> None:
    got = _of("ACQUIRED", "한빛전자는 지난 3월 가람테크를 500억원에 인수한 데 이어 누리랩스까지 사들였다.")
    assert got[("한빛전자", "가람테크")]["amount"] == 5e10
    assert "date" not in got[("한빛전자", "누리랩스")] and "amount" not in got[("한빛전자", "누리랩스")]
