"""Korean group and programme news: a stake or an agreement scheduled ("인수할 예정이다", "업무협약(MOU)을 맺을
예정이다") is no fact yet, though money to be put in is a commitment; a team named after a company is joined by its
partners; a list goes on past "그리고" and a description; a unit merged into its own group is no purchase; a
group's chairman after the group invests speaks for the group; stepping down from another post leaves an academic
rank standing; the holders of a stake are the subjects written last before it; a post held before ("이끌던") is a
past one."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한솔벤처스는 누리칩스 지분 25%를 인수할 예정이다.",
        "한솔벤처스는 누리칩스 지분 25%를 사들일 계획이다.",
    ],
)
def test_a_stake_to_be_bought_is_no_stake_yet(text: str) -> None:
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in facts(text)), facts(text)


def test_a_stake_bought_is_held() -> None:
    got = facts("한솔벤처스는 누리칩스 지분 25%를 인수했다.")
    assert got.get(("INVESTED_IN", "한솔벤처스", "누리칩스"), {}).get("stake_percent") == 25.0, got


def test_money_to_be_put_in_is_a_commitment() -> None:
    assert ("INVESTED_IN", "한솔벤처스", "누리칩스") in facts("한솔벤처스는 누리칩스에 80억원을 투자할 예정이다.")


def test_an_agreement_with_a_gloss_to_be_signed_is_none() -> None:
    got = facts("누리칩스는 다음 달 가람대와 업무협약(MOU)을 체결할 예정이다.")
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_an_agreement_with_a_gloss_signed_is_a_partnership() -> None:
    got = facts("누리칩스는 가람대와 업무협약(MOU)을 체결했다.")
    assert ("PARTNERS_WITH", "누리칩스", "가람대") in got or ("PARTNERS_WITH", "가람대", "누리칩스") in got, got


def test_a_team_named_after_a_company_is_joined_by_its_partners() -> None:
    got = facts("한빛클라우드 팀에는 가람대와 다온메디가 함께한다.")
    assert not any(k[0] == "PARTICIPATES_IN" and k[2] == "한빛클라우드" for k in got), got
    partners = {frozenset(k[1:]) for k in got if k[0] == "PARTNERS_WITH"}
    assert frozenset({"가람대", "한빛클라우드"}) in partners and frozenset({"다온메디", "한빛클라우드"}) in partners, (
        got
    )


def test_a_list_goes_on_past_a_conjunction_and_a_description() -> None:
    got = facts("한빛클라우드 팀에는 가람대, 누리대, 그리고 의료 AI 기업 다온메디가 함께한다.")
    partners = {frozenset(k[1:]) for k in got if k[0] == "PARTNERS_WITH"}
    assert all(frozenset({m, "한빛클라우드"}) in partners for m in ("가람대", "누리대", "다온메디")), got


def test_a_consortium_named_after_its_leader_is_still_joined() -> None:
    got = facts("한빛클라우드 컨소시엄에는 가람대와 다온메디가 참여한다.")
    assert ("PARTICIPATES_IN", "가람대", "한빛클라우드 컨소시엄") in got, got


@pytest.mark.parametrize("text", ["카카오는 카카오브레인을 흡수합병했다.", "카카오브레인은 카카오에 흡수합병됐다."])
def test_a_unit_merged_into_its_own_group_is_no_purchase(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in facts(text)), facts(text)


def test_a_company_merged_into_another_is_bought() -> None:
    assert ("ACQUIRED", "누리칩스", "다온반도체") in facts("다온반도체는 누리칩스에 흡수합병됐다.")


def test_a_groups_chairman_after_the_group_invests_speaks_for_the_group() -> None:
    got = facts('한화그룹이 누리칩스에 500억원을 투자했다. 김승연 회장은 "AI 반도체가 미래"라고 말했다.')
    assert got.get(("WORKS_FOR", "김승연", "한화"), {}).get("title") == "회장", got
    assert ("WORKS_FOR", "김승연", "누리칩스") not in got, got


def test_a_ceo_after_an_investment_is_the_funded_companys() -> None:
    got = facts('한화그룹이 누리칩스에 500억원을 투자했다. 박도현 대표는 "양산을 서두르겠다"고 말했다.')
    assert ("WORKS_FOR", "박도현", "누리칩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "'AI 반도체 인력양성 사업단' 단장을 맡았던 조민규 가람대 교수가 임기를 마치고 물러났다.",
        "조민규 가람대 교수가 단장직에서 물러났다.",
    ],
)
def test_stepping_down_from_another_post_leaves_the_rank(text: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "조민규", "가람대") in got and not got[("WORKS_FOR", "조민규", "가람대")].get("former"), got


def test_stepping_down_from_the_post_written_with_the_name_ends_it() -> None:
    got = facts("조민규 한빛전자 대표가 대표직에서 물러났다.")
    assert got.get(("WORKS_FOR", "조민규", "한빛전자"), {}).get("former") is True, got


def test_the_holder_of_a_stake_is_the_subject_written_last_before_it() -> None:
    got = facts(
        "누리칩스는 2021년 한빛전자의 반도체 사업부가 분사해 설립된 회사로, 현재 다온홀딩스가 지분 55%를 보유하고 있다."
    )
    assert got.get(("INVESTED_IN", "다온홀딩스", "누리칩스"), {}).get("stake_percent") == 55.0, got
    assert not any(k[0] == "INVESTED_IN" and k[1] == "반도체 사업부" for k in got), got


def test_a_post_held_before_the_name_is_a_past_one() -> None:
    got = facts("누리랩스 대표는 한빛클라우드 검색AI 조직을 이끌던 조민규 전무가 맡는다.")
    held = [v for k, v in got.items() if k[0] == "WORKS_FOR" and k[1] == "조민규" and k[2].startswith("한빛클라우드")]
    assert held and all(v.get("former") for v in held), got


def test_a_conversion_into_a_holding_company_names_no_parent() -> None:
    got = facts("공정거래위원회는 지난달 한결홀딩스의 지주회사 전환 신고를 수리했다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_a_holding_company_of_another_is_its_parent() -> None:
    assert ("AFFILIATE_OF", "한결전자", "한결홀딩스") in facts("한결홀딩스는 한결전자의 지주회사다.")


def test_a_role_taken_in_a_later_clause_is_that_clauses_persons() -> None:
    got = facts(
        "누리로보틱스 초대 대표에는 류승환 누리소프트 대표가 선임됐고, 남하린 누리딥마인드 대표는 "
        "최고기술책임자(CTO)를 맡는다."
    )
    assert ("WORKS_FOR", "류승환", "누리로보틱스") in got, got
    assert got.get(("WORKS_FOR", "류승환", "누리딥마인드"), {}).get("title") != "최고기술책임자", got


def test_a_holder_whose_shares_change_hands_is_no_hire_of_the_taker() -> None:
    got = facts("한결홀딩스는 표재원 회장이 보유한 한결전자 지분 24%를 현물출자 방식으로 넘겨받았다.")
    assert ("WORKS_FOR", "표재원", "한결홀딩스") not in got, got


def test_an_employer_written_with_a_holders_title_stays_the_employer() -> None:
    got = facts("표재원 한결홀딩스 회장이 보유한 한결전자 지분은 24%다.")
    assert ("WORKS_FOR", "표재원", "한결홀딩스") in got, got
    assert ("WORKS_FOR", "표재원", "한결전자") not in got, got


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("산업부의 '스마트 물류 로봇' 과제 주관기관은 다온로지스가 맡았다.", ["다온로지스"]),
        ("'스마트 물류 로봇' 과제의 참여기관으로는 가람대와 누리전자가 참여한다.", ["가람대", "누리전자"]),
        ("'스마트 물류 로봇' 과제의 주관기관은 누리로보틱스이며, 누리대도 힘을 보탠다.", ["누리로보틱스"]),
    ],
)
def test_a_role_in_a_named_programme_told_as_the_topic_takes_part(text: str, members: list[str]) -> None:
    got = facts(text)
    for member in members:
        assert ("PARTICIPATES_IN", member, "스마트 물류 로봇") in got, got


def test_a_role_in_a_programme_still_to_be_filled_is_none() -> None:
    got = facts("'스마트 물류 로봇' 과제의 주관기관은 다온로지스가 맡을 예정이다.")
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_the_head_of_a_quoted_body_is_appointed_to_it() -> None:
    got = facts("'차세대 로봇 플랫폼 사업단' 초대 단장에 조민규 가람대 교수가 선임됐다.")
    assert got.get(("WORKS_FOR", "조민규", "차세대 로봇 플랫폼 사업단"), {}).get("title") == "단장", got
    assert got.get(("WORKS_FOR", "조민규", "가람대"), {}).get("title") == "교수", got
