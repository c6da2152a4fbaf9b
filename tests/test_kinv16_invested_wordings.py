"""Korean INVESTED_IN: more of the ways business news states an investment, and who is investor and target
(composed sentences; each family with wordings that must give nothing)."""

import pytest
from ko_facts import facts


def _invested(text: str) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t in facts(text) if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스는 가나벤처스 주도로 진행된 시리즈B 라운드에서 300억원을 확보했다.",
        "비전로보틱스는 가나벤처스 주도로 진행된 이번 투자에서 100억원을 유치했다.",
        "비전로보틱스는 가나벤처스 주도로 이뤄진 이번 투자에서 100억원을 유치했다.",
    ],
)
def test_lead_of_a_round_run_by_its_own_verb(text: str) -> None:
    got = facts(text)
    assert got[("INVESTED_IN", "가나벤처스", "비전로보틱스")].get("lead") is True


def test_a_lead_of_something_else_is_no_investor() -> None:
    # "주도로 설립된": the lead founded the company; the round is not said to be its
    assert ("가나벤처스", "비전로보틱스") not in _invested(
        "가나벤처스 주도로 설립된 비전로보틱스는 100억원 투자를 유치했다."
    )


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 비전로보틱스 유상증자에 참여했다.",
        "삼성전자는 비전로보틱스 제3자배정 유상증자에 참여해 50억원을 납입했다.",
        "삼성전자는 비전로보틱스의 유상증자에 참여했다.",
    ],
)
def test_rights_issue_joined_names_the_issuer_without_a_particle(text: str) -> None:
    assert ("삼성전자", "비전로보틱스") in _invested(text)


def test_rights_issue_under_review_is_none() -> None:
    assert not _invested("삼성전자는 비전로보틱스 유상증자 참여를 검토 중이다.")


@pytest.mark.parametrize(
    "text",
    [
        "YG엔터테인먼트가 루이뷔통모에헤네시 그룹에서 투자 받은 610억 5000만 원에 대한 상환청구일이 다가왔다.",
        "비전로보틱스가 가나벤처스로부터 투자받은 50억원은 연구개발에 쓰인다.",
    ],
)
def test_money_received_described_by_the_relative_clause(text: str) -> None:
    got = _invested(text)
    assert len(got) == 1
    investor, recipient = next(iter(got))
    assert recipient in ("YG엔터테인먼트", "비전로보틱스") and investor in ("루이뷔통모에헤네시 그룹", "가나벤처스")


def test_a_fund_that_received_money_is_not_the_clause_subject() -> None:
    # the relative clause describes the fund X runs, not X: X received nothing
    got = _invested("가나벤처스는 한국벤처투자로부터 출자를 받은 펀드를 운용한다.")
    assert ("한국벤처투자", "가나벤처스") not in got


def test_largest_shareholder_changed_names_the_new_holder_only() -> None:
    got = _invested("비전로보틱스의 최대주주가 한빛칩스에서 삼성전자로 변경됐다.")
    assert got == {("삼성전자", "비전로보틱스")}


def test_largest_shareholder_stated_plainly_still_holds() -> None:
    assert _invested("비전로보틱스의 최대주주는 삼성전자다.") == {("삼성전자", "비전로보틱스")}


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("비전로보틱스는 삼성전자를 전략적 투자자로 맞았다.", {"삼성전자"}),
        ("비전로보틱스는 삼성전자와 카카오를 새 주주로 맞이했다.", {"삼성전자", "카카오"}),
        ("비전로보틱스는 가나벤처스를 재무적 투자자(FI)로 영입했다.", {"가나벤처스"}),
    ],
)
def test_organisations_taken_in_as_investors(text: str, investors: set[str]) -> None:
    assert _invested(text) == {(i, "비전로보틱스") for i in investors}


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스는 삼성전자를 파트너로 맞았다.",
        "비전로보틱스는 삼성전자를 전략적 투자자로 맞이할 계획이 없다고 밝혔다.",
    ],
)
def test_partner_or_denied_investor_is_no_investment(text: str) -> None:
    assert not _invested(text)


def test_budget_allotted_to_an_agency() -> None:
    assert ("과학기술정보통신부", "한국전자통신연구원") in _invested(
        "과학기술정보통신부는 한국전자통신연구원에 올해 300억원의 예산을 배정했다."
    )


def test_budget_to_be_reviewed_is_none() -> None:
    assert not _invested("과학기술정보통신부는 한국전자통신연구원에 예산을 배정하는 방안을 검토 중이다.")


@pytest.mark.parametrize(
    "text",
    [
        '삼성전자는 비전로보틱스에 대한 투자설에 대해 "사실무근"이라고 밝혔다.',
        "삼성전자가 비전로보틱스에 투자했다는 보도는 사실무근이다.",
        "삼성전자는 비전로보틱스에 투자하지 않았다고 밝혔다.",
        "삼성전자가 비전로보틱스에 투자한다면 시너지가 클 것이다.",
        "삼성전자는 비전로보틱스 투자를 검토하고 있다.",
        "비전로보틱스는 가나벤처스로부터 투자 유치에 나섰다.",
        "비전로보틱스는 삼성전자 등을 상대로 투자 유치를 진행 중이다.",
        "비전로보틱스는 가나벤처스로부터 투자를 받지 못했다.",
        "한 글로벌 투자사가 비전로보틱스에 100억원을 투자했다.",
        "국내 AI 투자 시장은 2030년 10조원 규모로 성장할 전망이다.",
    ],
)
def test_denied_sought_hypothetical_unnamed_or_market_give_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "비전로보틱스는 200억원 규모의 시리즈B 투자를 유치했다. "
            "이번 투자에는 신규 투자자로 가나벤처스가, 기존 투자자로 마바인베스트먼트가 참여했다.",
            {("가나벤처스", "비전로보틱스"), ("마바인베스트먼트", "비전로보틱스")},
        ),
        (
            "삼성전자와 카카오는 500억원 규모의 AI 혁신 펀드에 각각 100억원을 출자했다.",
            {("삼성전자", "AI 혁신 펀드"), ("카카오", "AI 혁신 펀드")},
        ),
        ("삼성전자는 비전로보틱스에 300억원 규모의 투자를 단행했다.", {("삼성전자", "비전로보틱스")}),
        ("비전로보틱스는 가나벤처스로부터 50억원을 수혈받았다.", {("가나벤처스", "비전로보틱스")}),
        ("삼성전자는 비전로보틱스에 100억원을 베팅했다.", {("삼성전자", "비전로보틱스")}),
        ("삼성전자가 비전로보틱스의 지분 30%를 사들였다.", {("삼성전자", "비전로보틱스")}),
    ],
)
def test_families_already_read_stay_read(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 비전로보틱스 설립에 100억원을 출자했다.",
        "삼성전자는 비전로보틱스 유상증자에 300억원을 투입했다.",
        "삼성전자는 비전로보틱스의 상장 전 지분 투자(Pre-IPO)에 참여했다.",
    ],
)
def test_company_named_before_its_founding_capital_increase_or_glossed_round(text: str) -> None:
    assert ("삼성전자", "비전로보틱스") in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 비전로보틱스 설립에 참여했다.",  # taking part in a founding states no money
        "삼성전자는 비전로보틱스 설립에 100억원을 출자할지 검토하고 있다.",
    ],
)
def test_founding_without_money_or_under_review_is_no_investment(text: str) -> None:
    assert ("삼성전자", "비전로보틱스") not in _invested(text)


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("비전로보틱스, 300억원 시리즈B 유치…가나벤처스·카카오벤처스 참여", {"가나벤처스", "카카오벤처스"}),
        ("비전로보틱스, 300억원 시리즈B 유치…가나벤처스 등 참여", {"가나벤처스"}),
        ("비전로보틱스, 100억 투자 유치…가나벤처스 주도", {"가나벤처스"}),
    ],
)
def test_headline_round_names_its_investors_after_the_ellipsis(text: str, investors: set[str]) -> None:
    assert _invested(text) == {(i, "비전로보틱스") for i in investors}


def test_headline_lead_is_marked_and_body_keeps_the_round() -> None:
    got = facts(
        "비전로보틱스, 100억 투자 유치…가나벤처스 주도\n"
        "로봇 스타트업 비전로보틱스는 100억원 규모의 시리즈A 투자를 유치했다고 10일 밝혔다."
    )
    assert got[("INVESTED_IN", "가나벤처스", "비전로보틱스")].get("lead") is True


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스, 투자 유치 나서…가나벤처스 등 관심",  # sought, not raised
        "비전로보틱스, 300억원 시리즈B 유치…연구개발 박차",  # no investor named
    ],
)
def test_headline_seeking_or_without_investors_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛칩스가 보유한 비전로보틱스 지분 20%를 삼성전자가 인수했다.",
        "한빛칩스가 보유한 비전로보틱스 지분을 삼성전자가 전량 사들였다.",
        "한빛칩스는 삼성전자에 비전로보틱스 지분 30%를 넘겼다.",
        "한빛칩스는 비전로보틱스 지분 30%를 삼성전자에 양도했다.",
    ],
)
def test_stake_changing_hands_the_buyer_invests_not_the_seller(text: str) -> None:
    assert _invested(text) == {("삼성전자", "비전로보틱스")}


@pytest.mark.parametrize(
    "text",
    [
        "한빛칩스가 보유한 비전로보틱스 지분 20%를 삼성전자가 인수하는 방안을 검토 중이다.",
        "비전로보틱스 지분 20%를 삼성전자가 인수할 예정이다.",
        "한빛칩스는 삼성전자에 비전로보틱스 지분을 넘기는 방안을 검토 중이다.",
        "한빛칩스는 삼성전자에 비전로보틱스 지분 30%를 넘기지 않았다.",
    ],
)
def test_stake_sale_planned_or_denied_is_none(text: str) -> None:
    assert not _invested(text)


def test_company_handed_over_is_an_acquisition_not_an_investment() -> None:
    got = facts("한빛칩스는 비전로보틱스를 삼성전자에 넘겼다.")
    assert ("ACQUIRED", "삼성전자", "비전로보틱스") in got
    assert ("INVESTED_IN", "한빛칩스", "비전로보틱스") not in got


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("비전로보틱스는 삼성전자와 카카오가 공동 출자한 합작법인이다.", {"삼성전자", "카카오"}),
        ("비전로보틱스는 삼성전자가 100% 출자한 자회사다.", {"삼성전자"}),
        ("비전로보틱스는 삼성전자와 카카오가 각각 50%씩 출자한 합작사로, 2020년 설립됐다.", {"삼성전자", "카카오"}),
        ("비전로보틱스(삼성전자 100% 출자 자회사)는 로봇을 만든다.", {"삼성전자"}),
        ("비전로보틱스(주)(삼성전자 100% 출자 법인)로 출발했다.", {"삼성전자"}),
    ],
)
def test_who_put_up_a_joint_venture_or_subsidiary_capital(text: str, investors: set[str]) -> None:
    assert _invested(text) == {(i, "비전로보틱스") for i in investors}


def test_a_glossed_head_is_no_investor() -> None:
    assert not _invested("비전로보틱스(대표 홍길동)는 로봇을 만든다.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("비전로보틱스에는 삼성전자의 자금 500억원이 투입됐다.", ("삼성전자", "비전로보틱스")),
        ("비전로보틱스에 삼성전자 자금 100억원이 투입된다.", ("삼성전자", "비전로보틱스")),
        (
            "과학기술정보통신부 예산 300억원이 한국전자통신연구원에 투입된다.",
            ("과학기술정보통신부", "한국전자통신연구원"),
        ),
    ],
)
def test_money_put_in_written_in_the_passive(text: str, pair: tuple[str, str]) -> None:
    assert _invested(text) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스에 삼성전자 자금 100억원이 투입될 예정이다.",
        "비전로보틱스에 삼성전자 자금 100억원이 투입된다는 소문은 사실이 아니다.",
    ],
)
def test_passive_money_not_yet_or_denied_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스가 유치한 300억원에는 가나벤처스와 카카오벤처스가 참여했다.",
        "비전로보틱스의 시리즈A 투자자는 가나벤처스와 카카오벤처스다.",
        "비전로보틱스는 시리즈A 투자를 유치했다. 투자자는 가나벤처스와 카카오벤처스다.",
    ],
)
def test_investors_of_the_money_raised_or_of_the_round(text: str) -> None:
    assert _invested(text) == {("가나벤처스", "비전로보틱스"), ("카카오벤처스", "비전로보틱스")}


@pytest.mark.parametrize(
    "text",
    [
        "가나벤처스가 투자자로 참여한 비전로보틱스는 상장을 앞두고 있다.",
        "비전로보틱스는 가나벤처스가 투자자로 참여한 스타트업이다.",
    ],
)
def test_investor_in_a_relative_clause_joined_as_investor(text: str) -> None:
    assert _invested(text) == {("가나벤처스", "비전로보틱스")}


def test_joined_in_another_role_is_no_investment() -> None:
    assert not _invested("가나벤처스가 심사위원으로 참여한 비전로보틱스는 상장을 앞두고 있다.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "비전로보틱스는 가나벤처스 등으로부터 시리즈B 브릿지 투자를 받으며 누적 투자금 300억원을 달성했다.",
            ("가나벤처스", "비전로보틱스"),
        ),
        (
            "과학기술정보통신부는 올해 한국전자통신연구원에 출연금 500억원을 교부했다.",
            ("과학기술정보통신부", "한국전자통신연구원"),
        ),
        ("삼성전자는 지난해 비전로보틱스 등 10개 스타트업에 총 500억원을 투자했다.", ("삼성전자", "비전로보틱스")),
    ],
)
def test_money_received_while_granted_or_spread_over_startups(text: str, pair: tuple[str, str]) -> None:
    assert pair in _invested(text)


def test_a_total_over_several_startups_is_none_of_theirs() -> None:
    got = facts("삼성전자는 지난해 비전로보틱스 등 10개 스타트업에 총 500억원을 투자했다.")
    assert "amount" not in got[("INVESTED_IN", "삼성전자", "비전로보틱스")]


@pytest.mark.parametrize(
    "text",
    [
        "비전로보틱스는 과학기술정보통신부의 지원을 받아 로봇을 개발했다.",  # support, no money stated
        "과학기술정보통신부는 한국전자통신연구원에 출연금을 교부할지 검토 중이다.",
    ],
)
def test_support_without_money_or_a_grant_under_review_is_none(text: str) -> None:
    assert not _invested(text)


def test_stake_raised_in_a_company_written_with_에_대한() -> None:
    got = facts("삼성전자는 비전로보틱스에 대한 지분율을 20%로 높였다.")
    assert got[("INVESTED_IN", "삼성전자", "비전로보틱스")]["stake_percent"] == 20.0


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 비전로보틱스에 대한 지분율을 높일 계획이 없다고 밝혔다.",
        "삼성전자는 비전로보틱스에 대한 지분을 전량 매각했다.",
    ],
)
def test_stake_not_raised_or_sold_is_no_investment(text: str) -> None:
    assert not _invested(text)
