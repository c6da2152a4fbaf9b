"""Korean supply-chain, policy, telecom and robotics news: "A가 아닌 B에" sets A aside (no investor); money spent in
a district ("대전 유성구에") or on a centre built there buys no stake; a body founded "Z 산하에" is Z's unit, not its
founder's; "A는 자회사 X를 B와 합병했다" buys nothing for A, and in "A는 X를 분사했고, X는 B에 흡수합병됐다" B
bought X; a fund's manager ("A가 운용하며") is not the one putting money in, and "A와 B가 각각 N원, M원을" gives
each its own sum."""

import pytest
from ko_facts import facts


def test_a_company_set_aside_with_a_nin_is_no_investor() -> None:
    got = facts("펀드는 첫 투자처로 누리로보틱스가 아닌 비상장사 '다온AI'에 50억원을 투자했다.")
    assert not any(k[0] == "INVESTED_IN" and k[1] == "누리로보틱스" for k in got), got


def test_the_investor_written_with_a_nin_beside_it_still_invests() -> None:
    got = facts("한빛전자는 누리랩스가 아닌 다온AI에 50억원을 투자했다.")
    assert got.get(("INVESTED_IN", "한빛전자", "다온AI"), {}).get("amount") == 5_000_000_000, got
    assert not any(k[2] == "누리랩스" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "가온반도체는 광주 북구에 800억원을 투자해 연구개발센터를 짓는다.",
        "가온반도체는 판교에 800억원을 투자해 AI 센터를 짓는다.",
    ],
)
def test_money_spent_in_a_district_or_on_a_centre_built_there_buys_no_stake(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_a_body_founded_under_another_is_that_ones_unit() -> None:
    got = facts("과기정통부는 국가과학기술연구회 산하에 'AI검증연구소'를 신설했다.")
    assert ("ESTABLISHED", "과학기술정보통신부", "AI검증연구소") in got, got
    assert ("PART_OF", "AI검증연구소", "국가과학기술연구회") in got, got
    assert ("PART_OF", "AI검증연구소", "과학기술정보통신부") not in got, got


def test_a_body_founded_under_the_founder_itself_is_its_unit() -> None:
    got = facts("한빛전자는 산하에 AI연구소를 신설했다.")
    assert ("PART_OF", "AI연구소", "한빛전자") in got, got


def test_a_parent_merging_its_subsidiary_with_another_buys_nothing() -> None:
    got = facts("가온텔레콤은 자회사 누리칩을 다온반도체와 합병했다.")
    assert ("ACQUIRED", "가온텔레콤", "누리칩") not in got, got


def test_the_company_merged_into_another_in_a_later_clause_is_the_one_bought() -> None:
    got = facts("가온텔레콤은 2021년 반도체 자회사 누리칩을 분사했고, 누리칩은 2024년 다온반도체에 흡수합병됐다.")
    assert ("ACQUIRED", "다온반도체", "누리칩") in got, got
    assert ("ACQUIRED", "다온반도체", "가온텔레콤") not in got, got


def test_a_company_absorbing_another_bought_it() -> None:
    got = facts("다온반도체는 누리칩스를 흡수합병했다.")
    assert ("ACQUIRED", "다온반도체", "누리칩스") in got, got


def test_a_funds_manager_is_not_its_investor_and_each_sum_is_its_own() -> None:
    text = (
        "한국벤처투자는 '가온 딥테크 펀드'가 결성됐다고 밝혔다. 이 펀드는 인터베스트가 운용하며, "
        "산업은행과 IBK기업은행이 각각 300억원, 200억원을 출자했다."
    )
    got = facts(text)
    assert ("INVESTED_IN", "인터베스트", "가온 딥테크 펀드") not in got, got
    assert got.get(("INVESTED_IN", "KDB산업은행", "가온 딥테크 펀드"), {}).get("amount") == 30_000_000_000, got
    assert got.get(("INVESTED_IN", "IBK기업은행", "가온 딥테크 펀드"), {}).get("amount") == 20_000_000_000, got


def test_one_sum_each_is_everyones() -> None:
    text = "한국벤처투자는 '가온 딥테크 펀드'가 결성됐다고 밝혔다. 이 펀드에는 산업은행과 IBK기업은행이 각각 100억원을 출자했다."
    got = facts(text)
    assert got.get(("INVESTED_IN", "IBK기업은행", "가온 딥테크 펀드"), {}).get("amount") == 10_000_000_000, got


def test_money_after_a_partnership_clause_goes_to_the_partner() -> None:
    got = facts("가온텔레콤이 AI 검색 스타트업 누리서치와 전략적 파트너십을 맺고 1000만 달러를 투자했다.")
    assert got.get(("INVESTED_IN", "가온텔레콤", "누리서치"), {}).get("amount") == 10_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "가온텔레콤은 누리서치와 협약을 맺고 AI 반도체에 1000억원을 투자한다.",
        "가온텔레콤은 누리서치와 협약을 맺고, 내년에 1000억원을 투자할 계획이다.",
    ],
)
def test_money_with_a_place_of_its_own_is_not_the_partners(text: str) -> None:
    assert ("INVESTED_IN", "가온텔레콤", "누리서치") not in facts(text), facts(text)


def test_stakes_of_a_venture_founded_earlier_in_the_sentence() -> None:
    got = facts(
        "가온배터리와 다온모터스는 합작법인 '누리셀'을 설립했으며 지분은 가온배터리가 51%, 다온모터스가 49%를 갖는다."
    )
    assert got.get(("INVESTED_IN", "가온배터리", "누리셀"), {}).get("stake_percent") == 51, got
    assert got.get(("INVESTED_IN", "다온모터스", "누리셀"), {}).get("stake_percent") == 49, got


def test_participants_named_after_the_programme_take_part_in_it() -> None:
    got = facts("과기정통부는 '가온 AI 모델' 사업에 누리클라우드, 다온텔레콤, 한빛AI가 참여한다고 밝혔다.")
    for member in ("누리클라우드", "다온텔레콤", "한빛AI"):
        assert ("PARTICIPATES_IN", member, "가온 AI 모델") in got, got


def test_participation_being_considered_gives_nothing() -> None:
    got = facts("과기정통부는 '가온 AI 모델' 사업에 누리클라우드, 다온텔레콤이 참여할지 검토하고 있다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("이준호 LG AI연구원장은 새 모델 개발을 이끈다.", None),
        ("과학기술정보통신부 장관에 이준호 전 LG AI연구원장이 임명됐다.", True),
    ],
)
def test_a_registry_name_of_several_words_with_its_heads_title_glued_on(text: str, former: bool | None) -> None:
    got = facts(text)
    props = got.get(("WORKS_FOR", "이준호", "LG AI연구원"), {})
    assert props.get("title") == "원장" and props.get("former") is former, got
    assert ("WORKS_FOR", "이준호", "LG") not in got, got


def test_a_foreign_name_in_two_words_whose_first_kiwi_splits_is_one_name() -> None:
    got = facts("누리텔레콤은 미국 UAM 기업 조비 에비에이션에 1억달러를 투자했다.")
    assert got.get(("INVESTED_IN", "누리텔레콤", "조비 에비에이션"), {}).get("amount") == 100_000_000, got
    assert ("INVESTED_IN", "누리텔레콤", "에비에이션") not in got, got


def test_common_nouns_after_a_kind_word_open_no_name() -> None:
    got = facts("AI 기업 데이터센터 구축에 가온텔레콤이 1000억원을 투자했다.")
    assert not any("데이터센터" in k[2] and k[0] == "INVESTED_IN" for k in got), got
