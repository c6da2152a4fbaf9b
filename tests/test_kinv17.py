"""Korean INVESTED_IN and ACQUIRED: more of the ways news words money facts (composed sentences; each family with
wordings that must give nothing)."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def _invested(text: str) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t in facts(text) if kind == "INVESTED_IN"}


def _acquired(text: str) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t in facts(text) if kind == "ACQUIRED"}


def test_an_에_of_a_postposition_verb_is_no_field_funded() -> None:
    # "두 차례에 걸쳐": over two rounds; "차례" is no technology the money went into
    got = _invested("삼성전자는 2023년 두 차례에 걸쳐 868억원을 투자해 레인보우로보틱스 지분 14.99%를 확보했다.")
    assert got == {("삼성전자", "레인보우로보틱스")}


def test_a_field_before_an_adverbial_에_is_still_read() -> None:
    got = _invested("정부는 3년에 걸쳐 AI 반도체에 1조원을 투자한다.")
    assert got == {("정부", "AI 반도체")}


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "블랙세사미는 시리즈B 투자를 유치했다. 이번 투자에는 칭화홀딩스, 상하이자동차, 베이징자동차 등이 투자했다.",
            {"칭화홀딩스", "상하이자동차", "베이징자동차"},
        ),
        (
            "리벨리온은 시리즈B 투자를 유치했다. 이번 투자는 카카오벤처스가 주도했고, 기존 투자자인 신한벤처투자와 "
            "신규 투자자 하나벤처스가 함께했다.",
            {"카카오벤처스", "신한벤처투자", "하나벤처스"},
        ),
    ],
)
def test_round_participants_who_invested_or_were_with_it(text: str, investors: set[str]) -> None:
    recipient = text.split("는", 1)[0].split("은", 1)[0]
    assert _invested(text) == {(i, recipient) for i in investors}


def test_a_round_word_of_another_verb_is_no_place_of_the_investment() -> None:
    got = _invested("리벨리온은 300억원 투자를 유치했다. KT는 지난해 투자에 나서 퓨리오사AI에 투자했다.")
    assert ("KT", "리벨리온") not in got and ("KT", "퓨리오사AI") in got


def test_round_participation_not_made_is_none() -> None:
    assert not _invested("리벨리온은 시리즈B 투자를 유치했다. 이번 투자에는 KT가 투자하지 않았다.")


def test_investors_right_after_the_round_with_their_own_amounts() -> None:
    got = facts("퓨리오사AI는 800억원의 투자를 유치했다. 카카오벤처스와 IBK기업은행이 각각 200억원을 투자했다.")
    for investor in ("카카오벤처스", "IBK기업은행"):
        assert got[("INVESTED_IN", investor, "퓨리오사AI")]["amount"] == 20_000_000_000


@pytest.mark.parametrize(
    "second",
    [
        "삼성전자는 올해 50조원을 투자한다.",
        "삼성전자가 올해 50조원을 투자한다.",
        "카카오벤처스는 지난해 30억원을 투자했다.",
    ],
)
def test_a_topic_or_a_lone_company_spending_after_a_round_tells_its_own_story(second: str) -> None:
    assert not _invested("퓨리오사AI는 800억원의 투자를 유치했다. " + second)


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온은 KT를 대상으로 300억원 규모의 전환사채(CB)를 발행했다.",
        "리벨리온은 KT를 대상으로 신주를 발행했다.",
    ],
)
def test_bonds_or_shares_issued_to_an_investor(text: str) -> None:
    assert _invested(text) == {("KT", "리벨리온")}


def test_bonds_to_be_issued_are_none() -> None:
    assert not _invested("리벨리온은 KT를 대상으로 전환사채를 발행할 계획이다.")


@pytest.mark.parametrize(
    "text",
    ["리벨리온은 이번 투자로 KT를 2대 주주로 맞게 됐다.", "리벨리온은 KT를 최대주주로 맞았다."],
)
def test_shareholder_taken_in_with_its_rank(text: str) -> None:
    assert _invested(text) == {("KT", "리벨리온")}


@pytest.mark.parametrize(
    "text", ["KT·네이버, 리벨리온에 300억 투자", "KT와 네이버, 리벨리온에 300억 투자…AI 반도체 협력"]
)
def test_headline_with_several_actors_before_its_comma(text: str) -> None:
    assert _invested(text) == {("KT", "리벨리온"), ("네이버", "리벨리온")}


def test_headline_list_of_investees_keeps_one_actor() -> None:
    assert _invested("KT, 리벨리온·모빌린트에 300억 투자") == {("KT", "리벨리온"), ("KT", "모빌린트")}


@pytest.mark.parametrize(
    "text",
    [
        "스캐터랩이 카카오 품에 안겼다.",
        "스캐터랩은 지난해 카카오의 품으로 들어갔다.",
        "스캐터랩은 카카오 품에 안기게 됐다.",
    ],
)
def test_company_taken_into_a_buyers_arms(text: str) -> None:
    assert _acquired(text) == {("카카오", "스캐터랩")}


def test_taken_into_arms_keeps_the_price() -> None:
    assert facts("스캐터랩은 500억원에 카카오 품에 안겼다.")[("ACQUIRED", "카카오", "스캐터랩")]["amount"] == 5e10


@pytest.mark.parametrize("text", ["스캐터랩은 카카오 품에 안길 전망이다.", "스캐터랩은 카카오 품에 안기지 않았다."])
def test_arms_not_yet_reached_are_none(text: str) -> None:
    assert not _acquired(text)


def test_every_organisation_picked_together_gets_the_grant() -> None:
    got = facts("과기정통부는 한국과학기술원과 포항공과대학교를 AI대학원으로 선정하고 각각 90억원을 지원한다.")
    for school in ("한국과학기술원", "포항공과대학교"):
        assert got[("INVESTED_IN", "과학기술정보통신부", school)]["amount"] == 9_000_000_000


def test_commitment_to_a_fund() -> None:
    got = facts("국민연금은 AI 인프라 펀드에 5000억원을 약정했다.")
    assert [k for k in got if k[0] == "INVESTED_IN" and k[2] == "AI 인프라 펀드"]


def test_commitment_planned_is_none() -> None:
    assert not _invested("국민연금은 AI 인프라 펀드에 5000억원을 약정할지 검토하고 있다.")


def test_fund_formed_with_the_money() -> None:
    assert ("한국벤처투자", "AI 전용 펀드") in _invested(
        "한국벤처투자는 모태펀드에서 500억원을 출자해 AI 전용 펀드를 결성했다."
    )


@pytest.mark.parametrize(
    "second",
    ["자본금 5500만달러는 2022년까지 전액 출자할 예정이다.", "자본금은 5500만달러로 2022년까지 전액 출자한다."],
)
def test_capital_as_the_topic_leaves_the_founder_as_the_actor(second: str) -> None:
    got = facts("SK하이닉스는 지난달 미국에 AI 전문 기업 가우스랩스를 설립했다. " + second)
    assert got[("INVESTED_IN", "SK하이닉스", "가우스랩스")]["amount"] == 55_000_000


def test_money_as_the_topic_without_a_verb_of_investing_is_none() -> None:
    assert not _invested("SK하이닉스는 지난달 미국에 가우스랩스를 설립했다. 투자금은 연구개발에 쓰인다.")


def test_capital_put_up_for_a_founding() -> None:
    assert _invested("SK하이닉스는 가우스랩스 설립을 위해 5500만달러를 출자한다.") == {("SK하이닉스", "가우스랩스")}


@pytest.mark.parametrize(
    "text",
    [
        "SK하이닉스는 가우스랩스 설립을 위해 노력했다.",
        "SK하이닉스는 가우스랩스 설립을 위해 5500만달러를 출자할지 검토 중이다.",
    ],
)
def test_founding_effort_or_capital_under_review_is_none(text: str) -> None:
    assert not _invested(text)


def test_quoted_name_with_its_latin_spelling() -> None:
    got = _invested("카카오는 로봇 스타트업 '베어로보틱스(Bear Robotics)'에 200만달러(약 22억원)를 투자했다고 밝혔다.")
    assert got == {("카카오", "베어로보틱스")}


@pytest.mark.parametrize(
    "text",
    [
        "우아한형제들이 베어로보틱스에 200만달러를 투자했다.",
        "배달앱을 운영하는 우아한형제들은 베어로보틱스에 200만달러를 투자했다고 밝혔다.",
        # a relative clause after the name is not the one describing it
        "우아한형제들이 베어로보틱스에 투자한 금액은 200만달러(약 22억원)다.",
        "우아한형제들이 투자한 베어로보틱스는 2017년 설립된 회사다.",
    ],
)
def test_misparsed_name_as_the_opening_subject(text: str) -> None:
    # Kiwi reads "우아한형제들" as a phrase ("우아하/ㄴ 형제/들"); opening a deal sentence it names the investor
    assert _invested(text) == {("우아한형제들", "베어로보틱스")}


def test_misparsed_looking_subject_without_a_deal_is_no_name() -> None:
    got = facts("배달앱을 운영하는 우아한형제들은 새 서비스를 출시했다.")
    assert not got


@pytest.mark.parametrize(
    "text",
    [
        "SK하이닉스는 엔비디아로부터 HBM 선수금 1조원을 받았다.",
        "SK하이닉스는 엔비디아로부터 HBM 대금 1조원을 받았다.",
        "리벨리온은 산업은행으로부터 대출 300억원을 받았다.",
    ],
)
def test_payment_or_loan_received_is_no_investment(text: str) -> None:
    assert not _invested(text)


def test_money_received_plainly_is_still_an_investment() -> None:
    assert _invested("리벨리온은 KT로부터 300억원을 받았다.") == {("KT", "리벨리온")}


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("사피온의 지분은 SK텔레콤이 62.5%, SK하이닉스가 25%를 보유하고 있다.", {"SK텔레콤": 62.5, "SK하이닉스": 25.0}),
        ("사피온의 지분 49%는 SK텔레콤이 갖고 있다.", {"SK텔레콤": 49.0}),
        (
            "사피온은 SK텔레콤(62.5%), SK하이닉스(25%), SK스퀘어(12.5%)가 지분을 나눠 갖고 있다.",
            {"SK텔레콤": 62.5, "SK하이닉스": 25.0, "SK스퀘어": 12.5},
        ),
        ("SK텔레콤은 사피온 지분 62.5%를 가진 최대 주주다.", {"SK텔레콤": 62.5}),
    ],
)
def test_stake_holders_written_after_or_around_the_stake(text: str, holders: dict[str, float]) -> None:
    got = {(s, t): p for (kind, s, t), p in facts(text).items() if kind == "INVESTED_IN"}
    assert set(got) == {(h, "사피온") for h in holders}
    assert {s: p.get("stake_percent") for (s, _), p in got.items()} == holders


@pytest.mark.parametrize(
    "text",
    [
        "사피온의 지분은 SK텔레콤이 매각할 예정이다.",
        "사피온의 지분은 SK텔레콤이 보유할 계획이다.",
        "사피온의 지분 49%는 SK텔레콤이 갖고 있지 않다.",
        "사피온은 SK텔레콤과 SK하이닉스가 지분을 나눠 갖고 있지 않다.",
    ],
)
def test_stake_sold_planned_or_not_held_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온에 투자한 KT와 카카오벤처스는 큰 수익을 기대하고 있다.",
        "리벨리온에 투자한 KT, 카카오벤처스는 큰 수익을 기대하고 있다.",
    ],
)
def test_every_investor_the_relative_clause_describes(text: str) -> None:
    assert _invested(text) == {("KT", "리벨리온"), ("카카오벤처스", "리벨리온")}


def test_a_partner_of_the_described_investor_is_none() -> None:
    assert _invested("리벨리온에 투자한 KT와 협력하는 네이버는 AI를 개발한다.") == {("KT", "리벨리온")}


@pytest.mark.parametrize(
    "text",
    ["카카오는 스캐터랩을 인수한 데 이어 누리랩스도 사들였다.", "카카오는 지난해 스캐터랩과 함께 누리랩스도 인수했다."],
)
def test_company_bought_too_written_with_도(text: str) -> None:
    assert ("카카오", "누리랩스") in _acquired(text)


def test_도_after_a_finished_clause_is_a_subject_not_an_object() -> None:
    got = _acquired("카카오는 지난해 누리랩스를 인수했고, 네이버도 인수했다.")
    assert ("카카오", "네이버") not in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("카카오는 지난해 누리랩스를 인수했고, 네이버도 스캐터랩을 인수했다.", ("네이버", "스캐터랩")),
        ("카카오는 리벨리온에 투자했고, 네이버도 퓨리오사AI에 투자했다.", ("네이버", "퓨리오사AI")),
    ],
)
def test_second_clause_subject_in_도_is_its_own_buyer_or_investor(text: str, pair: tuple[str, str]) -> None:
    got = facts(text)
    assert pair in {(s, t) for _, s, t in got}
    assert ("카카오", pair[1]) not in {(s, t) for _, s, t in got}


def test_a_quoted_term_glossed_in_lower_case_is_no_name() -> None:
    text = "다윈은 식물 뿌리에 '루트-브레인(root-brain)' 구조가 있다는 가설을 제시했다."
    result = extractor().extract(Document(id="t", text=text))
    assert "루트-브레인" not in {e.name for e in result.entities}


@pytest.mark.parametrize(
    "text",
    ["KT(대표 김영섭)는 리벨리온에 300억원을 투자했다.", "KT(리드)는 리벨리온에 300억원을 투자했다."],
)
def test_known_organisation_with_a_note_in_parentheses_stays_named(text: str) -> None:
    assert _invested(text) == {("KT", "리벨리온")}


def test_lead_noted_in_parentheses_in_a_round_list() -> None:
    got = facts("리벨리온의 시리즈B 투자에는 KT(리드), 신한벤처투자, 하나벤처스가 참여했다.")
    assert got[("INVESTED_IN", "KT", "리벨리온")].get("lead") is True
    assert "lead" not in got[("INVESTED_IN", "신한벤처투자", "리벨리온")]


def test_an_acronym_spelled_out_as_no_body_is_still_no_name() -> None:
    result = extractor().extract(Document(id="t", text="연구팀은 환자의 EKG(심전도)를 측정했다."))
    assert "EKG" not in {e.name for e in result.entities}
