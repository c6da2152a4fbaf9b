"""Korean disclosures and financial-sector news: a corrected amount ("기존 300억원에서 250억원으로 정정") is the new
one; a fund written as the topic that invests is no fund invested in, and a recognised fund keeps its whole name; a
fund described by its purpose ("AI 반도체 전용 펀드") is no name; 한국산업은행 is KDB산업은행; members listed before
"등 5개 증권사가" join; "삼성그룹 금융 계열사다" is an affiliation; a spin-off described before its quoted name is
still the spin-off."""

import pytest
from ko_facts import facts, names


def test_a_corrected_amount_is_the_new_one() -> None:
    got = facts("네이버는 퓨리오사AI 주식 취득 금액을 기존 300억원에서 250억원으로 정정한다고 4일 공시했다.")
    assert got[("INVESTED_IN", "네이버", "퓨리오사AI")].get("amount") == 2.5e10, got


def test_a_fund_as_the_topic_that_invests_is_no_recipient() -> None:
    got = facts("미래에셋증권 AI 펀드는 향후 5년간 국내 AI 반도체 스타트업에 투자할 계획이다.")
    assert not any(k[0] == "INVESTED_IN" and k[2].endswith("펀드") for k in got), got


def test_a_recognised_fund_topic_others_put_money_in_keeps_its_whole_name() -> None:
    got = facts("미래에셋증권 AI 펀드는 카카오와 네이버가 각각 50억원을 출자했다.")
    assert ("INVESTED_IN", "카카오", "미래에셋증권 AI 펀드") in got, got
    assert ("INVESTED_IN", "네이버", "미래에셋증권 AI 펀드") in got, got


def test_a_fund_described_by_its_purpose_is_no_name() -> None:
    text = "한국산업은행이 AI 반도체 전용 펀드에 1000억원을 출자한다."
    assert not any("펀드" in n for n in names(text)), names(text)
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_a_fund_named_by_its_size_is_still_invested_in() -> None:
    got = facts("삼성전자와 카카오는 500억원 규모의 AI 혁신 펀드에 각각 100억원을 출자했다.")
    assert ("INVESTED_IN", "삼성전자", "AI 혁신 펀드") in got, got


def test_the_korea_development_bank_by_its_full_korean_name_is_one_investor() -> None:
    got = facts("한국산업은행이 누리랩스에 100억원을 투자했다. 산업은행은 앞서 다온테크에도 투자했다.")
    assert ("INVESTED_IN", "KDB산업은행", "누리랩스") in got, got
    assert ("INVESTED_IN", "KDB산업은행", "다온테크") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "삼성증권, 키움증권, 한국투자증권 등 5개 증권사가 금융투자협회 주도의 'AI 공시분석 컨소시엄'에 참여했다.",
        "삼성증권, 키움증권, 한국투자증권 등 증권사들이 'AI 공시분석 컨소시엄'에 참여했다.",
    ],
)
def test_members_listed_before_a_counted_kind_of_firm_join(text: str) -> None:
    got = facts(text)
    for member in ("삼성증권", "키움증권", "한국투자증권"):
        assert ("PARTICIPATES_IN", member, "AI 공시분석 컨소시엄") in got, got


def test_members_listed_before_a_kind_of_firm_that_declined_join_nothing() -> None:
    got = facts("삼성증권, 키움증권 등 증권사들은 'AI 공시분석 컨소시엄'에 참여하지 않기로 했다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


@pytest.mark.parametrize(
    ("text", "member", "group"),
    [
        ("삼성화재는 삼성그룹 금융 계열사다.", "삼성화재", "삼성"),
        ("카카오 금융 자회사 카카오뱅크는 흑자를 냈다.", "카카오뱅크", "카카오"),
    ],
)
def test_a_kind_of_business_between_group_and_affiliate_noun_keeps_the_tie(text: str, member: str, group: str) -> None:
    assert ("AFFILIATE_OF", member, group) in facts(text)


def test_an_affiliate_handed_over_is_no_tie_of_the_subject() -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts("삼성화재는 삼성그룹에 금융 계열사를 넘겼다."))


def test_a_spin_off_described_before_its_quoted_name_is_the_spin_off() -> None:
    got = facts("KB증권에서 분사한 AI 자산운용사 'KB AI인베스트먼트'가 출범했다.")
    assert ("SPUN_OFF_FROM", "KB AI인베스트먼트", "KB증권") in got, got
