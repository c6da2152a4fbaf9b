"""Korean M&A, restructuring and foreign-company news: a deal on a condition ("승인을 받으면", "조건부로", "조건부
계약") or put off ("연기됐다", "보류했다") gives nothing; two companies that merge into a new one make it neither's
affiliate, and a group merging its own subsidiaries buys neither; two companies bought at their own prices keep their
own; the person whose shares are bought ("창업자 P 전 대표 등이 보유한 Y 구주") held the post at Y; a university's
researchers who found a company are no founding by the university; "투자회사" is no 자회사; a company described, not
named ("신설법인", "통합 법인"), is no field invested in and no company bought."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "한빛모빌리티는 공정위 승인을 받으면 다온비전에 80억원을 투자한다.",
        "한빛모빌리티, 조건부로 다온비전에 80억 투자",
        "한빛모빌리티는 다온비전 지분 70%를 인수하기로 하는 조건부 계약을 체결했다.",
        "한빛모빌리티는 규제 당국 승인을 조건으로 다온비전을 인수하기로 했다.",
        "가람리테일은 물류 사업부를 물적분할해 신설법인 '가람나우'를 세우기로 했으나 주주 반대로 일정이 연기됐다.",
        "누리캐피탈은 다온비전에 대한 투자 집행을 보류했다.",
    ],
)
def test_a_deal_on_a_condition_or_put_off_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED", "ESTABLISHED", "SPUN_OFF_FROM", "AFFILIATE_OF") for k in got), (
        got
    )


def test_the_done_deal_beside_a_condition_stays() -> None:
    got = facts("한빛모빌리티는 다온비전에 80억원을 투자했다.")
    assert ("INVESTED_IN", "한빛모빌리티", "다온비전") in got, got


def test_two_companies_merged_into_a_new_one_make_it_neither_ones_affiliate() -> None:
    got = facts("누리교육과 에듀랩스가 합병해 통합 법인 누리에듀랩을 출범시켰다.")
    assert ("AFFILIATE_OF", "누리에듀랩", "누리교육") not in got and (
        "AFFILIATE_OF",
        "누리에듀랩",
        "에듀랩스",
    ) not in got, got


def test_a_group_merging_its_own_subsidiaries_buys_neither() -> None:
    got = facts("한울게임즈는 자회사 한울플레이와 한울AI랩을 합병해 통합 법인 '한울랩스'를 만들었다.")
    assert not any(k[0] == "ACQUIRED" for k in got), got
    assert ("AFFILIATE_OF", "한울플레이", "한울게임즈") in got, got


def test_two_companies_bought_at_their_own_prices() -> None:
    got = facts("카카오는 로지웨이를 120억원에, 비전셀AI를 45억원에 인수했다.")
    assert got.get(("ACQUIRED", "카카오", "로지웨이"), {}).get("amount") == 12_000_000_000, got
    assert got.get(("ACQUIRED", "카카오", "비전셀AI"), {}).get("amount") == 4_500_000_000, got


def test_a_seller_whose_shares_are_bought_held_the_post_at_that_company() -> None:
    got = facts("네이버는 창업자 윤재석 전 대표 등이 보유한 라벨큐브 구주 120만주를 인수했다.")
    assert ("WORKS_FOR", "윤재석", "네이버") not in got, got
    assert got.get(("WORKS_FOR", "윤재석", "라벨큐브"), {}).get("former") is True, got
    assert ("ESTABLISHED", "윤재석", "라벨큐브") in got, got


def test_a_seller_whose_company_is_not_named_holds_no_post_at_the_buyer() -> None:
    got = facts("누리테크는 한도윤 대표가 보유한 지분 30%를 사들였다.")
    assert ("WORKS_FOR", "한도윤", "누리테크") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "비전팩토리는 포항공과대학교 연구진이 2020년 창업했다.",
        "서울대 연구팀이 창업한 큐비트랩은 투자를 유치했다.",
    ],
)
def test_a_universitys_researchers_founding_a_company_is_no_founding_by_the_university(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_a_company_founding_another_stays() -> None:
    got = facts("비전팩토리는 한빛전자가 2020년 설립했다.")
    assert ("ESTABLISHED", "한빛전자", "비전팩토리") in got, got


def test_an_investment_company_is_no_subsidiary() -> None:
    got = facts("노르빅AI는 800억원을 유치했다. 스웨덴 가문의 투자회사 인베스터노르드도 참여했다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got
    assert any(k[0] == "INVESTED_IN" and k[1] == "인베스터노르드" for k in got), got


def test_a_new_company_described_is_not_bought() -> None:
    text = "한빛텔레콤은 신설법인 한빛랩스를 출범시켰다. 신설법인은 한빛텔레콤의 100% 자회사로 편입된다."
    got = facts(text)
    assert ("ESTABLISHED", "한빛텔레콤", "한빛랩스") in got, got
    assert not any(k[0] == "ACQUIRED" for k in got) and "신설법인" not in names(text), got


def test_a_company_described_is_no_field_invested_in() -> None:
    got = facts("한울게임즈는 통합 법인에 1000억원을 투자할 예정이다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_rumour_noun_is_no_person() -> None:
    assert "추진설" not in names("한빛그룹은 추진설이 돌던 분사 계획을 철회했다.")


def test_two_foreign_founders_joined_by_wa_are_not_one_name() -> None:
    got = facts("큐리오AI는 구글 출신 데이비드 하와 리온 마르텔이 2023년 세운 회사다.")
    assert not any(k[1].startswith("하와") for k in got), got
    assert ("ESTABLISHED", "리온 마르텔", "큐리오AI") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "루나AI가 한빛전자 주도로 10억달러 이상을 조달했다.",
        "루나AI가 5억달러를 신규 유치했다. 이번 라운드는 한빛전자가 주도했다.",
    ],
)
def test_a_round_told_with_a_bound_or_as_new_is_a_round(text: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "한빛전자", "루나AI"), {}).get("lead") is True, got


@pytest.mark.parametrize(
    "text",
    [
        "소식통에 따르면 텐센트는 문샷AI에 3억 달러를 투자했다.",
        "외신 보도에 따르면 텐센트는 문샷AI에 3억 달러를 투자했다.",
        "업계 소식통은 텐센트가 문샷AI에 투자했다고 전했다.",
    ],
)
def test_a_deal_on_unnamed_sources_word_gives_nothing(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_a_deal_a_named_outlet_reports_stays() -> None:
    got = facts("블룸버그에 따르면 텐센트는 문샷AI에 3억 달러를 투자했다.")
    assert ("INVESTED_IN", "텐센트", "문샷AI") in got, got
