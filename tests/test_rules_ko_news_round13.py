"""Thirteenth round of Korean news wordings for money and structure (sentences composed for these tests, none
from a dev set or the corpus).

Investors named "을 대상으로", rounds still being sought ("투자 유치에 나섰다"), "Y와의 인수합병(M&A)", headlines
that buy ("X, Y 1조원에 품는다"), affiliates written "Y 계열의 AI 기업" or "Y가 지분 100%를 보유한 자회사",
spin-offs from a unit or a company ("X 연구소에서 분사한", "Y에서 독립했다"), and two look-alikes that gave wrong
facts: a company merged before a new entity is founded, and a named company's deal read as a sector.  Each family
has hedged, planned, denied or unrelated sentences that must give nothing.
"""

import pytest
from ko_facts import facts


def pairs(got: dict, kind: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in got if k[0] == kind}


# --- funding rounds: investors "을 대상으로"; a round being sought is none -----------------------------------


@pytest.mark.parametrize(
    "text, investors",
    [
        (
            "누리랩스는 최근 한솔벤처스 및 다온인베스트먼트 등을 대상으로 150억원 규모의 시리즈A 투자를 마무리했다.",
            {"한솔벤처스", "다온인베스트먼트"},
        ),
        ("누리랩스는 한솔벤처스를 대상으로 50억원 규모의 투자를 유치했다.", {"한솔벤처스"}),
        ("누리랩스는 한솔벤처스 등으로부터 시리즈C 투자 유치에 성공했다.", {"한솔벤처스"}),
    ],
)
def test_investors_the_round_was_raised_from(text: str, investors: set[str]) -> None:
    got = facts(text)
    assert pairs(got, "INVESTED_IN") == {(i, "누리랩스") for i in investors}, got


def test_a_round_over_named_investors_keeps_its_total_and_series() -> None:
    got = facts("누리랩스는 한솔벤처스 및 다온인베스트먼트 등을 대상으로 150억원 규모의 시리즈A 투자를 마무리했다.")
    props = got[("INVESTED_IN", "한솔벤처스", "누리랩스")]
    assert props.get("round_amount") == 15_000_000_000 and props.get("series") == "A", props


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 한솔벤처스 등을 대상으로 투자 유치에 나섰다.",
        "누리랩스는 한솔벤처스로부터 투자 유치에 나섰다.",
        "누리랩스는 한솔벤처스 등으로부터 500억원 규모의 투자 유치를 추진한다.",
        "누리랩스는 한솔벤처스 등으로부터 시리즈C 투자 유치에 착수했다.",
        "누리랩스는 한솔벤처스를 대상으로 투자설명회를 열었다.",
        "업계는 누리랩스가 내년에 한솔벤처스로부터 500억원 규모의 투자를 유치할 것으로 전망했다.",
    ],
)
def test_a_round_sought_or_a_pitch_is_no_investment(text: str) -> None:
    assert not pairs(facts(text), "INVESTED_IN"), facts(text)


# --- acquisitions: M&A with 와의, headlines that buy ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount",
    [
        ("한솔전자가 누리랩스와의 인수합병(M&A)을 마무리했다.", None),
        ("한솔전자는 누리랩스와의 M&A를 완료했다.", None),
        ("한솔전자의 누리랩스 M&A는 업계 최대 규모다.", None),
        ("한솔전자, 美 AI 스타트업 누리랩스 1조원에 품는다", 1_000_000_000_000),
        ("한솔전자, 누리랩스 품었다…AI 역량 강화", None),
        ("한솔전자, 누리랩스 1조원에 인수", 1_000_000_000_000),
    ],
)
def test_an_acquisition_written_as_a_merger_noun_or_a_headline(text: str, amount: int | None) -> None:
    got = facts(text)
    assert pairs(got, "ACQUIRED") == {("한솔전자", "누리랩스")}, got
    assert got[("ACQUIRED", "한솔전자", "누리랩스")].get("amount") == amount, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 누리랩스와의 인수합병(M&A)을 추진하고 있다.",
        "한솔전자는 누리랩스와의 M&A 협상을 진행 중이다.",
        "한솔전자, 누리랩스 품나",
        "한솔전자, 누리랩스 품을까",
        "한솔전자, 누리랩스 1조원에 인수 검토",
        "한솔전자, 누리랩스 인수설 부인",
        "한솔전자는 누리랩스 인수를 위한 실사를 진행하고 있다.",
    ],
)
def test_a_merger_sought_asked_or_denied_is_no_acquisition(text: str) -> None:
    assert not pairs(facts(text), "ACQUIRED"), facts(text)


def test_money_spent_on_a_named_companys_deal_is_no_sector() -> None:
    """ "Y 인수에 1조원을 투입했다": Y's acquisition is no technology the subject invested in."""
    got = facts("한솔전자는 누리랩스 인수에 1조원을 투입했다.")
    assert not any(k[0] == "INVESTED_IN" and k[2] != "누리랩스" for k in got), got
    assert pairs(facts("한솔전자는 AI 반도체 사업에 2030년까지 10조원을 투입한다."), "INVESTED_IN") == {
        ("한솔전자", "AI 반도체")
    }


# --- establishments: the object of an earlier verb is not what was founded ----------------------------------


def test_a_company_merged_before_a_new_entity_is_founded_is_not_founded() -> None:
    got = facts("한솔전자는 다온전자를 합병해 통합법인을 출범시켰다.")
    assert not pairs(got, "ESTABLISHED"), got
    assert pairs(got, "ACQUIRED") == {("한솔전자", "다온전자")}, got


@pytest.mark.parametrize(
    "text, new",
    [
        ("한솔전자는 2019년 누리랩스를 설립했다.", "누리랩스"),
        ("한솔전자는 누리랩스를 미국 법인으로 설립했다.", "누리랩스"),
        ("한솔전자는 누리랩스를 자회사로 두고 다온랩스를 설립했다.", "다온랩스"),
    ],
)
def test_the_object_right_before_the_founding_verb_is_founded(text: str, new: str) -> None:
    assert ("한솔전자", new) in pairs(facts(text), "ESTABLISHED"), facts(text)


# --- affiliates: "Y 계열의 AI 기업", "Y가 지분 100%를 보유한 자회사" -------------------------------------------


@pytest.mark.parametrize(
    "text, owner",
    [
        ("한솔AI는 한솔그룹 계열의 AI 기업이다.", "한솔그룹"),
        ("한솔AI는 한솔그룹 계열 AI 기업이다.", "한솔그룹"),
        ("한솔AI는 한솔그룹 계열로 AI 반도체를 만든다.", "한솔그룹"),
        ("한솔AI는 한솔전자가 지분 100%를 보유한 자회사다.", "한솔전자"),
        ("한솔전자가 지분 60%를 보유한 자회사 한솔AI는 신제품을 공개했다.", "한솔전자"),
    ],
)
def test_an_affiliate_described_by_its_group_or_its_owner(text: str, owner: str) -> None:
    assert pairs(facts(text), "AFFILIATE_OF") == {("한솔AI", owner)}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한솔AI는 한솔그룹 계열 투자사와 손잡았다.",
        "한솔AI는 한솔그룹 계열사를 인수했다.",
        "한솔AI는 한솔그룹 계열 기업에 투자했다.",
        "한솔AI는 한솔전자가 지분을 보유할 예정인 자회사다.",
        "한솔AI는 한솔그룹 계열 편입을 검토하고 있다.",
    ],
)
def test_a_group_named_beside_another_act_is_no_affiliation(text: str) -> None:
    assert not pairs(facts(text), "AFFILIATE_OF"), facts(text)


# --- spin-offs: from a unit without 의, from a 사내벤처, "독립했다" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한솔AI는 한솔전자 연구소에서 분사한 기업이다.",
        "한솔AI는 한솔전자의 사내벤처로 출발해 2020년 분사했다.",
        "한솔AI는 2020년 한솔전자에서 독립했다.",
        "한솔전자에서 독립한 한솔AI는 AI 반도체를 만든다.",
        "한솔AI는 한솔전자의 AI 연구조직에서 분사한 스타트업이다.",
    ],
)
def test_a_company_that_came_out_of_another(text: str) -> None:
    assert pairs(facts(text), "SPUN_OFF_FROM") == {("한솔AI", "한솔전자")}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "김민준 대표는 한솔전자에서 독립해 누리랩스를 세웠다.",
        "한솔AI는 한솔전자에서 분사할 계획이다.",
        "한솔AI는 한솔전자로부터 독립을 추진하고 있다.",
        "한솔AI는 한솔전자에서 독립 경영을 시작했다.",
    ],
)
def test_a_person_leaving_or_a_spin_off_planned_is_none(text: str) -> None:
    assert not pairs(facts(text), "SPUN_OFF_FROM"), facts(text)


# --- rounds: a series as the place, investors named by their kind, shares bought ----------------------------


def test_a_series_joined_after_the_company_topic_is_its_round() -> None:
    """A round's name recognised as an organisation ("시리즈C") is no party to any fact."""
    got = facts(
        "누리랩스가 누적 투자금 1000억원을 돌파했다. 이번 시리즈C에는 한솔벤처스와 다온인베스트먼트가 참여했다."
    )
    assert pairs(got, "INVESTED_IN") == {("한솔벤처스", "누리랩스"), ("다온인베스트먼트", "누리랩스")}, got
    assert not any("시리즈" in k[1] + k[2] for k in got), got


def test_a_strategic_investor_in_a_companys_series_invested_in_the_company() -> None:
    got = facts("한솔전자는 누리랩스의 시리즈B에 전략적 투자자(SI)로 참여했다.")
    assert pairs(got, "INVESTED_IN") == {("한솔전자", "누리랩스")}, got


@pytest.mark.parametrize(
    "second",
    [
        "한솔벤처스, 다온인베스트먼트 등 국내 주요 벤처캐피털(VC)이 대거 참여했다.",
        "한솔벤처스, 다온인베스트먼트, 산업은행 등 7개 기관이 참여했다.",
    ],
)
def test_investors_enumerated_before_their_kind_joined_the_round(second: str) -> None:
    got = facts("누리랩스는 200억원의 투자를 유치했다. " + second)
    assert {("한솔벤처스", "누리랩스"), ("다온인베스트먼트", "누리랩스")} <= pairs(got, "INVESTED_IN"), got


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 200억원의 투자를 유치했다. 한솔전자, 다온전자 등 20개 기업이 이날 행사에 참여했다.",
        "한솔전자, 다온전자 등 20개 기업이 참여했다.",
        "한솔벤처스는 AI 펀드를 결성했다. 이번 시리즈C에는 다온인베스트먼트가 참여했다.",
    ],
)
def test_an_enumeration_at_another_event_or_without_a_round_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" and k[1] in ("한솔전자", "다온전자", "다온인베스트먼트") for k in got), got


@pytest.mark.parametrize(
    "text, stake",
    [
        ("한솔전자는 미국 AI 스타트업 누리랩스의 신주 200만주를 취득하기로 했다고 공시했다.", None),
        ("한솔전자는 누리랩스 상환전환우선주 100만주를 300억원에 인수했다.", None),
        ("한솔전자는 누리랩스의 보통주 51%를 사들였다.", 51.0),
    ],
)
def test_new_or_preferred_shares_bought_are_an_investment(text: str, stake: float | None) -> None:
    got = facts(text)
    assert got[("INVESTED_IN", "한솔전자", "누리랩스")].get("stake_percent") == stake, got


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 누리랩스의 신주 발행을 검토하고 있다.",
        "한솔전자는 자사주 100만주를 매입했다.",
        "누리랩스는 신주 200만주를 발행했다.",
    ],
)
def test_shares_issued_planned_or_of_ones_own_are_no_investment(text: str) -> None:
    assert not pairs(facts(text), "INVESTED_IN"), facts(text)


def test_a_headline_bet_on_a_company() -> None:
    assert pairs(facts("한솔전자, 누리랩스에 1000억원 베팅"), "INVESTED_IN") == {("한솔전자", "누리랩스")}
    assert not pairs(facts("한솔전자, 누리랩스에 베팅할까"), "INVESTED_IN")


# --- acquisitions: every company enumerated as the object; stakes sold to a buyer ---------------------------


@pytest.mark.parametrize(
    "text", ["한솔전자는 누리랩스와 다온랩스를 잇달아 인수했다.", "한솔전자는 누리랩스, 다온랩스 등 3곳을 인수했다."]
)
def test_every_company_enumerated_as_the_object_was_bought(text: str) -> None:
    got = facts(text)
    assert pairs(got, "ACQUIRED") == {("한솔전자", "누리랩스"), ("한솔전자", "다온랩스")}, got


def test_two_companies_bought_for_one_price_share_no_amount() -> None:
    got = facts("한솔전자는 누리랩스와 다온랩스를 1000억원에 인수했다.")
    assert all("amount" not in p for k, p in got.items() if k[0] == "ACQUIRED"), got


@pytest.mark.parametrize(
    "text, stake, acquired",
    [
        ("한솔전자는 한솔AI 지분 전량을 LG전자에 매각했다.", None, False),
        ("한솔전자는 누리랩스의 지분 70%를 LG전자에 1000억원에 매각했다.", 70.0, True),
        ("한솔전자는 누리랩스 지분 20%를 LG전자에 넘기지 않고 매각했다.", 20.0, False),
    ],
)
def test_a_stake_sold_to_a_buyer_is_the_buyers_investment(text: str, stake: float | None, acquired: bool) -> None:
    got = facts(text)
    target = "한솔AI" if "한솔AI" in text else "누리랩스"
    assert got[("INVESTED_IN", "LG전자", target)].get("stake_percent") == stake, got
    assert (("LG전자", target) in pairs(got, "ACQUIRED")) is acquired, got
    assert not any(k[1] == "한솔전자" and k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


@pytest.mark.parametrize(
    "text", ["한솔전자는 누리랩스 지분을 LG전자에 매각할 계획이다.", "한솔전자는 누리랩스 지분 매각을 검토하고 있다."]
)
def test_a_stake_sale_planned_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


# --- founders: a partner of a relative clause, "회사를 차렸다" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자가 다온전자와 손잡고 설립한 합작법인 누리테크가 본격 가동에 들어갔다.",
        "한솔전자가 다온전자와 함께 2019년 세운 합작사 누리테크는 이날 출범했다.",
    ],
)
def test_the_partner_in_a_founding_relative_clause_founded_it_too(text: str) -> None:
    got = facts(text)
    assert {("한솔전자", "누리테크"), ("다온전자", "누리테크")} <= pairs(got, "ESTABLISHED"), got


def test_a_partner_of_another_verb_founded_nothing() -> None:
    got = facts("누리테크는 한솔전자가 다온전자와 경쟁하며 세운 회사다.")
    assert pairs(got, "ESTABLISHED") == {("한솔전자", "누리테크")}, got


@pytest.mark.parametrize(
    "text",
    [
        "김민준 누리랩스 대표는 한솔전자에서 10년간 일한 뒤 2018년 회사를 차렸다.",
        "김민준 대표는 2018년 누리랩스를 차렸다.",
        "김민준 대표가 차린 누리랩스는 AI 반도체를 만든다.",
    ],
)
def test_a_company_set_up_with_차리다(text: str) -> None:
    assert ("김민준", "누리랩스") in pairs(facts(text), "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "김민준 대표는 정신을 차리고 다시 도전했다.",
        "한솔전자는 판교에 사무실을 차렸다.",
        "김민준 대표는 누리랩스를 차릴 계획이다.",
    ],
)
def test_차리다_without_a_company_founded_is_none(text: str) -> None:
    assert not pairs(facts(text), "ESTABLISHED"), facts(text)


# --- affiliates enumerated; joining a group after being bought is no participation --------------------------


@pytest.mark.parametrize(
    "text, members, owner",
    [
        (
            "한솔전자는 AI 사업을 강화하고 있으며, 자회사인 한솔AI와 한솔로보틱스는 신제품을 내놨다.",
            {"한솔AI", "한솔로보틱스"},
            "한솔전자",
        ),
        ("한솔전자의 자회사인 한솔AI와 한솔로보틱스는 신제품을 내놨다.", {"한솔AI", "한솔로보틱스"}, "한솔전자"),
        ("한솔전자는 한솔AI와 한솔로보틱스 등 계열사를 두고 있다.", {"한솔AI", "한솔로보틱스"}, "한솔전자"),
        ("한솔그룹 금융 계열사인 한솔캐피탈은 실적을 발표했다.", {"한솔캐피탈"}, "한솔그룹"),
    ],
)
def test_every_affiliate_enumerated(text: str, members: set[str], owner: str) -> None:
    assert pairs(facts(text), "AFFILIATE_OF") == {(m, owner) for m in members}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한솔전자는 한솔AI와 협력할 계열사를 두고 고민하고 있다.",
        "한솔전자는 계열사를 두고 있지 않다.",
        "한솔전자는 한솔AI와 함께 AI 계열사 설립을 검토하고 있다.",
    ],
)
def test_no_affiliate_named_is_none(text: str) -> None:
    assert not pairs(facts(text), "AFFILIATE_OF"), facts(text)


def test_a_company_bought_and_joining_the_buyers_group_participates_in_nothing() -> None:
    got = facts("누리랩스는 2016년 한솔전자에 인수되어 한솔그룹의 계열사로 합류하였다.")
    assert pairs(got, "ACQUIRED") == {("한솔전자", "누리랩스")}, got
    assert pairs(got, "AFFILIATE_OF") == {("누리랩스", "한솔그룹")}, got
    assert not pairs(got, "PARTICIPATES_IN"), got
    assert pairs(facts("누리랩스는 K-AI 얼라이언스에 합류했다."), "PARTICIPATES_IN") == {
        ("누리랩스", "K-AI 얼라이언스")
    }


# --- money into fields: quoted programmes, "A와 B 등 신사업"; obligations are no commitments -----------------


@pytest.mark.parametrize(
    "text, fields",
    [
        ("과기정통부는 '차세대 AI 반도체 개발' 사업에 총 1조원을 투입한다.", {"차세대 AI 반도체"}),
        ("한솔전자는 앞으로 5년간 AI와 로봇 등 신사업에 50조원을 투자하겠다고 밝혔다.", {"AI", "로봇"}),
        ("서울시는 AI 허브에 2030년까지 1000억원을 쏟는다.", {"AI 허브"}),
    ],
)
def test_money_committed_to_fields(text: str, fields: set[str]) -> None:
    got = facts(text)
    assert {k[2] for k in got if k[0] == "INVESTED_IN"} == fields, got


def test_an_amount_shared_by_several_fields_is_no_ones_own() -> None:
    got = facts("한솔전자는 앞으로 5년간 AI와 로봇 등 신사업에 50조원을 투자하겠다고 밝혔다.")
    assert all("amount" not in p for k, p in got.items() if k[0] == "INVESTED_IN"), got


@pytest.mark.parametrize(
    "text",
    [
        "전문가들은 정부가 AI 반도체에 10조원을 투자해야 한다고 주장했다.",
        "업계는 정부가 누리랩스에 자금을 지원해야 할 때라고 지적했다.",
        "한솔전자가 누리랩스를 인수해야만 경쟁력을 지킬 수 있다.",
        "한솔전자는 AI 연구소를 설립해야 하는 상황이다.",
    ],
)
def test_what_someone_says_should_be_done_is_no_fact(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED", "ESTABLISHED") for k in got), got


# --- alliances formed, in a relative clause ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'K-AI 얼라이언스'는 한솔전자가 2023년 2월 결성한 AI 연합체다.",
        "한솔전자가 결성한 K-AI 얼라이언스는 이날 총회를 열었다.",
    ],
)
def test_an_alliance_formed_in_a_relative_clause(text: str) -> None:
    assert pairs(facts(text), "ESTABLISHED") == {("한솔전자", "K-AI 얼라이언스")}, facts(text)


def test_an_alliance_planned_or_joined_is_not_formed() -> None:
    assert not pairs(facts("'K-AI 얼라이언스'는 한솔전자가 결성할 예정인 AI 연합체다."), "ESTABLISHED")
    assert not pairs(facts("'K-AI 얼라이언스'는 한솔전자가 가입한 AI 연합체다."), "ESTABLISHED")


@pytest.mark.parametrize(
    "text, recipients, amount",
    [
        ("정부는 누리랩스 등 AI 반도체 기업 5곳에 각각 30억원을 지원한다.", {"누리랩스"}, 3_000_000_000),
        ("정부는 누리랩스와 다온랩스 등 AI 기업 2곳에 총 100억원을 지원한다.", {"누리랩스", "다온랩스"}, None),
    ],
)
def test_companies_enumerated_before_a_count_of_their_kind_receive_the_money(
    text: str, recipients: set[str], amount: int | None
) -> None:
    got = facts(text)
    assert pairs(got, "INVESTED_IN") == {("정부", r) for r in recipients}, got
    assert all(p.get("amount") == amount for k, p in got.items() if k[0] == "INVESTED_IN"), got


def test_a_list_of_fields_with_a_named_organisation_shares_the_amount() -> None:
    """ "A와 로봇 사업 등에 1조원": A, recognised as a name, is still one of those the money is shared by."""
    got = facts("한솔텔레콤은 2027년까지 AI 분야에 5조원을 투자한다. 스마트팩토리와 로봇 사업 등에 1조원을 집어넣는다.")
    assert "amount" not in got[("INVESTED_IN", "한솔텔레콤", "로봇")], got
    assert got[("INVESTED_IN", "한솔텔레콤", "AI")].get("amount") == 5_000_000_000_000, got


# --- members named before a count ("A와 B를 포함해 30여개사가") ----------------------------------------------


@pytest.mark.parametrize(
    "text, members",
    [
        ("K-AI 얼라이언스에는 현재 한솔전자와 다온전자를 포함해 30여개사가 참여하고 있다.", {"한솔전자", "다온전자"}),
        ("K-AI 얼라이언스에는 한솔전자를 비롯해 10개 기관이 참여했다.", {"한솔전자"}),
        ("한솔전자를 포함해 다온전자, 누리랩스 등이 K-AI 얼라이언스에 합류했다.", {"한솔전자", "다온전자", "누리랩스"}),
    ],
)
def test_members_named_before_a_count_or_a_list_joined(text: str, members: set[str]) -> None:
    assert pairs(facts(text), "PARTICIPATES_IN") == {(m, "K-AI 얼라이언스") for m in members}, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "K-AI 얼라이언스에는 한솔전자를 포함해 30여개사가 참여를 검토하고 있다.",
        "한솔전자를 포함해 30여개사가 K-AI 얼라이언스 행사에 참석했다.",
    ],
)
def test_members_considering_or_attending_are_none(text: str) -> None:
    assert not pairs(facts(text), "PARTICIPATES_IN"), facts(text)


# --- co-investors joining a direct investment -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, others",
    [
        ("한솔벤처스는 누리랩스에 투자했다. 이번 투자에는 다온인베스트먼트도 참여했다.", {"다온인베스트먼트"}),
        (
            "한솔벤처스는 누리랩스에 100억원을 투자했다. 다온인베스트먼트와 미래에셋벤처투자도 참여했다.",
            {"다온인베스트먼트", "미래에셋벤처투자"},
        ),
    ],
)
def test_others_joining_an_investment_invested_in_its_company(text: str, others: set[str]) -> None:
    got = facts(text)
    assert pairs(got, "INVESTED_IN") == {("한솔벤처스", "누리랩스")} | {(o, "누리랩스") for o in others}, got
    assert all("amount" not in got[("INVESTED_IN", o, "누리랩스")] for o in others), got


@pytest.mark.parametrize(
    "text",
    [
        "한솔벤처스는 누리랩스에 100억원을 투자했다. 다온전자도 AI 반도체 사업에 참여했다.",
        "한솔벤처스는 누리랩스에 100억원을 투자했다. 다온인베스트먼트는 이번 투자에 참여하지 않았다.",
        "한솔벤처스는 누리랩스에 투자할 계획이다. 이번 투자에는 다온인베스트먼트도 참여를 검토하고 있다.",
    ],
)
def test_others_elsewhere_declining_or_considering_invested_nothing(text: str) -> None:
    got = facts(text)
    assert pairs(got, "INVESTED_IN") == {("한솔벤처스", "누리랩스")}, got
