"""Korean INVESTED_IN on unseen news, the nineteenth round: a round's lead written in the participants' relative
clause ("A가 주도하고 B가 참여한"), an investor taken in as a strategic one ("A를 전략적 투자자(SI)로 유치"), co-investors
after the lead ("A가 리드 투자자로 나섰고 B가 공동 투자했다"), each recipient's own amount ("A에 10억원, B에 20억원"), a
coined name glued to Latin letters ("루멘AI") that is no person, and a headline's only actor before a field
("KT, AI 인프라에 7조원 투자").  Composed sentences; each family with wordings that must give nothing."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def _invested(text: str) -> dict[tuple[str, str], dict]:
    return {(s, t): p for (kind, s, t), p in facts(text).items() if kind == "INVESTED_IN"}


def facts_entities(text: str) -> set[str]:
    """Every entity name the extractor reports."""
    return {e.name for e in extractor().extract(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    ("text", "lead", "others"),
    [
        (
            "누리랩스는 가람벤처스가 주도하고 한빛인베스트먼트가 참여한 시리즈B 라운드에서 120억원을 확보했다.",
            "가람벤처스",
            {"한빛인베스트먼트"},
        ),
        (
            "누리랩스는 가람벤처스가 리드하고 한빛인베스트먼트와 솔빛파트너스가 참여한 투자 라운드에서 80억원을 유치했다.",
            "가람벤처스",
            {"한빛인베스트먼트", "솔빛파트너스"},
        ),
    ],
)
def test_the_lead_of_a_participants_clause_invested_too(text: str, lead: str, others: set[str]) -> None:
    got = _invested(text)
    assert got[(lead, "누리랩스")].get("lead") is True
    assert {s for s, t in got if t == "누리랩스"} == {lead} | others
    assert all("amount" not in got[(s, "누리랩스")] for s in others)  # the round's total is nobody's own


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 가람벤처스가 주도하고 한빛인베스트먼트가 참여하는 시리즈B 라운드에서 120억원을 유치할 계획이다.",
        "누리랩스는 가람벤처스가 주도하고 한빛인베스트먼트가 참여한 시리즈B 투자 유치를 추진한다.",
        "만약 가람벤처스가 주도하고 한빛인베스트먼트가 참여한 라운드에서 누리랩스가 120억원을 확보한다면 "
        "기업가치는 1000억원을 넘는다.",
        "누리랩스는 가람벤처스가 주도하고 한빛인베스트먼트가 참여한 컨소시엄에서 기술 지원을 받았다.",
    ],
)
def test_a_led_round_not_raised_gives_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "investors", "amount"),
    [
        ("누리랩스는 한빛전자를 전략적 투자자로 유치했다.", {"한빛전자"}, None),
        ("누리랩스는 한빛전자를 전략적 투자자(SI)로 유치해 100억원을 확보했다.", {"한빛전자"}, 10_000_000_000),
        ("누리랩스는 한빛전자와 가람벤처스를 재무적 투자자로 유치했다.", {"한빛전자", "가람벤처스"}, None),
    ],
)
def test_an_investor_taken_in_as_strategic_or_financial(text: str, investors: set[str], amount: int | None) -> None:
    got = _invested(text)
    assert {s for s, t in got if t == "누리랩스"} == investors
    if amount is not None:
        assert got[(next(iter(investors)), "누리랩스")]["amount"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 한빛전자를 전략적 투자자로 유치하는 방안을 검토 중이다.",
        "누리랩스는 한빛전자를 전략적 투자자로 유치할 계획이다.",
        "누리랩스는 한빛전자를 전략적 투자자로 유치하지 못했다.",
        "누리랩스는 한빛전자를 전략적 투자자로 유치했다는 보도를 부인했다.",
        "만약 누리랩스가 한빛전자를 전략적 투자자로 유치하면 상장이 빨라진다.",
        "누리랩스, 한빛전자를 전략적 투자자로 유치 추진",
    ],
)
def test_a_strategic_investor_sought_gives_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 시리즈C 라운드에서 300억원을 조달했다. 한빛인베스트먼트가 리드 투자자로 나섰고 "
        "솔빛파트너스와 가람벤처스가 공동 투자했다.",
        "누리랩스는 300억원 규모의 투자를 유치했다. 솔빛파트너스와 가람벤처스가 공동 투자했다.",
    ],
)
def test_co_investors_after_a_round_joined_it(text: str) -> None:
    got = _invested(text)
    assert {("솔빛파트너스", "누리랩스"), ("가람벤처스", "누리랩스")} <= set(got)
    assert got[("가람벤처스", "누리랩스")]["round_amount"] == 30_000_000_000


@pytest.mark.parametrize(
    "text",
    [
        "솔빛파트너스와 가람벤처스가 공동 투자했다.",
        "누리랩스는 300억원 규모의 투자를 유치했다. 솔빛파트너스와 가람벤처스가 공동 투자하는 방안을 검토 중이다.",
        "누리랩스는 300억원 규모의 투자를 유치했다. 솔빛파트너스와 가람벤처스는 공동 투자하지 않았다.",
        "누리랩스는 300억원 규모의 투자를 유치했다. 솔빛파트너스와 가람벤처스가 공동 투자했다는 보도는 사실이 아니다.",
        "누리랩스는 300억원 규모의 투자 유치를 추진하고 있다. 솔빛파트너스와 가람벤처스가 공동 투자를 검토하고 있다.",
    ],
)
def test_co_investment_without_a_round_or_not_made_gives_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "가람테크는 지난 3월 누리랩스에 50억원을 투자한 데 이어 이달 플로릭에도 30억원을 투자했다.",
            {"누리랩스": 5_000_000_000, "플로릭": 3_000_000_000},
        ),
        (
            "가람벤처스는 플로릭에 10억원, 누리랩스에 20억원을 투자했다.",
            {"플로릭": 1_000_000_000, "누리랩스": 2_000_000_000},
        ),
        (
            "가람벤처스는 플로릭에 10억원, 누리랩스에 20억원, 비스타랩에 5억원을 각각 투자했다.",
            {"플로릭": 1_000_000_000, "누리랩스": 2_000_000_000, "비스타랩": 500_000_000},
        ),
    ],
)
def test_each_recipient_has_the_amount_written_after_it(text: str, amounts: dict[str, int]) -> None:
    got = _invested(text)
    assert {t: p.get("amount") for (s, t), p in got.items()} == amounts


@pytest.mark.parametrize(
    "text",
    [
        "가람벤처스는 플로릭에 10억원, 누리랩스에 20억원을 투자하는 방안을 검토 중이다.",
        "가람벤처스가 플로릭에 10억원, 누리랩스에 20억원을 투자했다는 소문이 돌았지만 가람벤처스는 이를 부인했다.",
    ],
)
def test_amounts_per_recipient_not_invested_give_nothing(text: str) -> None:
    assert not _invested(text)


def test_an_investment_after_another_only_considered_keeps_the_first() -> None:
    got = _invested("가람테크는 누리랩스에 50억원을 투자한 데 이어 플로릭에도 30억원을 투자할지 검토하고 있다.")
    assert set(got) == {("가람테크", "누리랩스")}
    assert got[("가람테크", "누리랩스")]["amount"] == 5_000_000_000


@pytest.mark.parametrize(
    "text",
    [
        "한빛금융지주는 루멘AI의 신주 150억원어치를 인수했다.",
        "한빛금융지주는 루멘AI가 발행하는 신주 150억원어치를 인수했다.",
    ],
)
def test_a_coined_name_glued_to_latin_letters_is_a_company(text: str) -> None:
    result = extractor().extract(Document(id="t", text=text))
    assert {e.name: e.type.value for e in result.entities}["루멘AI"] != "Person"
    assert ("한빛금융지주", "루멘AI") in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛금융지주는 루멘AI의 신주 150억원어치를 인수하는 방안을 검토 중이다.",
        "한빛금융지주가 루멘AI의 신주를 인수한다는 보도가 나왔지만 회사는 부인했다.",
        "루멘AI의 신주 발행은 연기됐다.",
    ],
)
def test_new_shares_not_bought_give_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("한빛통신, AI 인프라에 7조원 투자", "AI 인프라"),
        ("한빛통신, AI·클라우드에 5년간 7조원 투자", "AI·클라우드"),
    ],
)
def test_a_headlines_only_actor_invests_in_a_field(text: str, field: str) -> None:
    assert ("한빛통신", field) in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛통신, AI 인프라에 7조원 투자 검토",
        "한빛통신, AI 인프라 투자설 부인",
        "한빛통신, AI 인프라 시장 2030년 7조원 전망",
    ],
)
def test_a_headline_not_investing_gives_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "비스타랩은 가람벤처스 등 기존 투자자와 신규 투자자인 솔빛파트너스로부터 120억원을 유치했다.",
            {"가람벤처스", "솔빛파트너스"},
        ),
        (
            "비스타랩은 가람벤처스, 한빛인베스트먼트 등 기존 투자사와 솔빛파트너스 등 신규 투자사로부터 120억원을 유치했다.",
            {"가람벤처스", "한빛인베스트먼트", "솔빛파트너스"},
        ),
        ("비스타랩은 가람벤처스 등 기존 투자자와 신규 투자자로부터 120억원을 유치했다.", {"가람벤처스"}),
    ],
)
def test_investors_named_before_their_kind_joined_to_the_source(text: str, investors: set[str]) -> None:
    got = _invested(text)
    assert {s for s, t in got if t == "비스타랩"} == investors
    assert all("amount" not in p for p in got.values())  # others took part: the total is nobody's own


@pytest.mark.parametrize(
    "text",
    [
        "비스타랩은 가람벤처스 등 기존 투자자와 갈등을 빚었지만 신규 투자자로부터 120억원을 유치했다.",
        "비스타랩은 가람벤처스 등 기존 투자자와 협력해 신규 투자자로부터 120억원을 유치할 계획이다.",
        "비스타랩은 가람벤처스 등 기존 투자자와 신규 투자자로부터 120억원 유치를 추진하고 있다.",
        "가람벤처스 등 기존 투자자와 신규 투자자로부터 120억원을 유치했다는 보도에 비스타랩은 사실이 아니라고 밝혔다.",
    ],
)
def test_investors_of_another_phrase_or_a_round_not_raised_give_nothing(text: str) -> None:
    assert not _invested(text)


def test_a_coined_name_bought_is_no_unit_of_the_buyer() -> None:
    got = facts("한빛전자의 코딧랩 인수가 확정됐다.")
    assert ("ACQUIRED", "한빛전자", "코딧랩") in got
    assert ("PART_OF", "코딧랩", "한빛전자") not in got


def test_a_unit_named_by_its_field_is_still_part_of_its_owner() -> None:
    assert ("PART_OF", "인공지능연구소", "한빛전자") in facts("한빛전자의 인공지능연구소는 새 모델을 공개했다.")


def test_a_companys_round_after_its_name_is_not_part_of_the_name() -> None:
    text = "가람벤처스는 비스타랩의 시리즈B에 연달아 투자했다."
    result = extractor().extract(Document(id="t", text=text))
    assert "비스타랩의 시리즈B" not in {e.name for e in result.entities}
    assert ("가람벤처스", "비스타랩의 시리즈B") not in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 비스타랩 주식을 추가로 취득했다.",
        "한빛전자는 플로릭 신주 100만주를 인수했다.",
    ],
)
def test_an_unknown_name_before_its_shares_is_the_company_invested_in(text: str) -> None:
    company = text.split(" ")[1]
    assert ("한빛전자", company) in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 플로릭 주식을 매입할지 검토 중이다.",
        "개인투자자들이 플로릭 주식을 사들였다는 소문이 돌았다.",
        "한빛전자가 플로릭 주식을 샀다는 보도를 회사는 부인했다.",
    ],
)
def test_shares_not_bought_give_nothing(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        ("비스타랩은 가람벤처스의 포트폴리오 기업이다.", {"비스타랩"}),
        ("비스타랩은 가람벤처스의 포트폴리오 기업 중 하나다.", {"비스타랩"}),
        ("가람벤처스의 포트폴리오사인 비스타랩과 플로릭은 이번 행사에 참가했다.", {"비스타랩", "플로릭"}),
    ],
)
def test_a_portfolio_company_is_one_its_investor_invested_in(text: str, companies: set[str]) -> None:
    assert {t for s, t in _invested(text) if s == "가람벤처스"} == companies


@pytest.mark.parametrize(
    "text",
    [
        "비스타랩은 가람벤처스의 포트폴리오 기업이 아니다.",
        "비스타랩이 가람벤처스의 포트폴리오 기업이 될지 주목된다.",
        "만약 비스타랩이 가람벤처스의 포트폴리오 기업이라면 협업이 쉬워진다.",
        "가람벤처스는 포트폴리오 기업의 성장을 돕는다.",
    ],
)
def test_a_portfolio_not_stated_gives_nothing(text: str) -> None:
    assert not _invested(text)


def test_a_funds_size_is_no_part_of_its_name() -> None:
    text = "한빛전자는 500억원 규모 AI 펀드에 100억원을 출자했다."
    assert set(_invested(text)) == {("한빛전자", "AI 펀드")}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 가람벤처스가 조성하는 500억원 규모 펀드에 100억원을 출자했다.",
        "한빛전자는 500억원 규모 펀드에 출자할지 검토 중이다.",
    ],
)
def test_a_fund_named_by_its_size_only_is_no_recipient(text: str) -> None:
    assert not {t for s, t in _invested(text) if "규모" in t}
    assert all("규모" not in name for name in facts_entities(text))


def test_each_subscriber_of_a_fund_has_its_own_amount() -> None:
    got = _invested(
        "가람시는 100억원 규모의 AI 투자펀드를 조성한다. 펀드에는 한빛전자가 30억원, 가람벤처스가 20억원을 출자한다."
    )
    assert {s: p.get("amount") for (s, t), p in got.items() if t == "AI 투자펀드"} == {
        "한빛전자": 3_000_000_000,
        "가람벤처스": 2_000_000_000,
    }


def test_fund_subscriptions_only_considered_give_nothing() -> None:
    text = (
        "가람시는 100억원 규모의 AI 투자펀드를 조성한다. "
        "이 펀드에는 한빛전자가 30억원, 가람벤처스가 20억원을 출자할지 검토 중이다."
    )
    assert not _invested(text)
