"""Korean deal, reorganisation and personnel news: a statement asked with "?", a deal given up or failed after a long
cause, a stake sold off and a post held over a closed period are no current facts; a fund formed ("펀드를 결성"), a
quoted body with its kind ("'X' 조직을 신설") and a company split off "as a studio of its own" are; a relative
clause, a list of affiliates or a later sentence lends no party to a fact it does not state."""

import pytest
from ko_facts import facts, kinds, names


def test_a_statement_asked_with_a_question_mark() -> None:
    assert "ACQUIRED" not in kinds("한빛게임즈가 AI 스타트업 루미큐브를 인수한다?")
    assert "INVESTED_IN" not in kinds("라온소프트가 AI 스타트업 큐브랩에 투자한다? 회사 측은 부인했다.")
    # a headline asking why, after the deal is stated, keeps it
    assert ("ACQUIRED", "한빛게임즈", "루미큐브") in facts("한빛게임즈가 AI 스타트업 루미큐브를 인수했다. 이유는?")


@pytest.mark.parametrize(
    "text",
    [
        "한빛클라우드는 누리브릿지를 인수하기로 합의했지만 결국 인수를 포기했다.",
        "가온텍은 세이프넷 지분 40%를 250억원에 사들이는 계약을 체결했으나 규제 당국의 승인을 받지 못해 거래가 최종 "
        "무산됐다고 9일 밝혔다.",
        "가온텍은 한때 클라우드 기업 모아넷의 지분 15%를 갖고 있었지만 2023년 전량 매각했다.",
    ],
)
def test_a_deal_given_up_failed_or_sold_off(text: str) -> None:
    assert not kinds(text) & {"ACQUIRED", "INVESTED_IN"}, facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "가온텍은 최민규 전무를 AI 담당으로 선임했다. 최 전무는 2015년부터 2020년까지 연세대 교수로 재직했다.",
            "최민규",
            "연세대학교",
        ),
        ("누리텍은 오지훈 상무를 영입했다. 오 상무는 이전에 삼성전자에서 근무했다.", "오지훈", "삼성전자"),
        ("누리텍 김철수 대표가 물러나고 박영희 부사장이 새 대표를 맡는다.", "김철수", "누리텍"),
    ],
)
def test_a_post_held_before_is_former(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("former") is True, got


def test_a_post_held_since_a_year_is_current() -> None:
    got = facts("최민규 교수는 2015년부터 연세대 교수로 재직하고 있다.")
    assert ("WORKS_FOR", "최민규", "연세대학교") in got, got
    assert not got[("WORKS_FOR", "최민규", "연세대학교")].get("former"), got


@pytest.mark.parametrize(
    "text",
    [
        "정민호 대표는 과거 음원 유통사 사운드큐브를 창업한 바 있다.",
        "윤하나 대표는 이전에 AI 스타트업 딥보이스를 공동창업했다.",
        "툰브릿지를 이끄는 김도윤 대표는 과거 게임사 레드펌킨을 창업해 매각한 경험이 있다.",
    ],
)
def test_a_venture_founded_before_is_not_the_one_headed_now(text: str) -> None:
    got = facts(text)
    assert any(k[0] == "ESTABLISHED" for k in got), got
    assert not any(k[0] == "WORKS_FOR" and k[2] in ("사운드큐브", "딥보이스", "레드펌킨") for k in got), got


def test_a_founder_heads_what_they_founded() -> None:
    assert ("WORKS_FOR", "정민호", "사운드큐브") in facts("정민호 대표는 2019년 사운드큐브를 창업했다.")


def test_co_investors_join_the_companys_round_not_the_lead() -> None:
    got = facts(
        "청람캐피탈이 AI 스타트업 누리온의 시리즈A에 참여했다. 청람캐피탈의 투자 금액은 30억원으로, 이번 라운드에는 "
        "다솜벤처스와 한결파트너스도 함께 이름을 올렸다."
    )
    assert ("INVESTED_IN", "다솜벤처스", "누리온") in got, got
    assert ("INVESTED_IN", "다솜벤처스", "청람캐피탈") not in got, got


@pytest.mark.parametrize(
    ("text", "founder", "fund"),
    [
        ("라이트벤처스가 300억원 규모의 'AI 게임 펀드'를 결성했다.", "라이트벤처스", "AI 게임 펀드"),
        (
            "중소벤처기업부가 1조원 규모의 '시스템반도체 성장펀드'를 조성했다.",
            "중소벤처기업부",
            "시스템반도체 성장펀드",
        ),
    ],
)
def test_a_fund_formed(text: str, founder: str, fund: str) -> None:
    assert ("ESTABLISHED", founder, fund) in facts(text), facts(text)


def test_a_fund_to_be_formed_is_none_yet() -> None:
    assert "ESTABLISHED" not in kinds("라이트벤처스는 'AI 게임 펀드' 결성을 검토하고 있다.")


def test_a_quoted_body_with_its_kind() -> None:
    got = facts("LG전자가 'AI칩개발실' 조직을 신설했다.")
    assert ("ESTABLISHED", "LG전자", "AI칩개발실") in got, got
    assert ("PART_OF", "AI칩개발실", "LG전자") in got, got
    assert "WORKS_FOR" not in {k[0] for k in got}, got


def test_a_partner_in_a_relative_clause_founds_nothing() -> None:
    got = facts("네이버는 엔비디아와의 협력을 전담하는 '엔비디아협력실'을 신설했다.")
    assert ("ESTABLISHED", "네이버", "엔비디아협력실") in got, got
    assert ("ESTABLISHED", "엔비디아", "엔비디아협력실") not in got, got


def test_a_later_founding_takes_no_earlier_investment() -> None:
    got = facts(
        "KT는 업스테이지의 시리즈C 투자 라운드에 참여해 300억원을 투자했다. 또 KT는 이날 조직 개편을 통해 "
        "'클라우드 사업부'를 신설했다."
    )
    assert ("INVESTED_IN", "KT", "업스테이지") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "클라우드 사업부" for k in got), got


def test_shareholders_of_a_merged_company_invest_in_nothing() -> None:
    got = facts(
        "코어랩스와 텐서웨이브가 합병을 결정했다. 코어랩스가 텐서웨이브를 흡수합병하는 방식으로, 텐서웨이브 주주는 "
        "코어랩스 신주를 받는다."
    )
    assert ("ACQUIRED", "코어랩스", "텐서웨이브") in got, got
    assert "INVESTED_IN" not in {k[0] for k in got}, got


def test_listed_affiliates_own_no_unit() -> None:
    got = facts("하늘게임즈의 AI센터는 하늘네오, 하늘에프앤씨 등 계열사의 AI 개발을 지원한다.")
    assert "AFFILIATE_OF" not in {k[0] for k in got}, got


def test_a_unit_named_together_with_its_school_is_no_person() -> None:
    text = "그는 서울대학교 데이터사이언스대학원 교수로 재직 중이다."
    assert "데이터사이언스" not in names(text)
    assert "WORKS_FOR" not in kinds(text)


def test_the_new_head_comes_from_elsewhere() -> None:
    got = facts("카카오브레인의 초대 대표에는 네이버 출신 한유리 박사가 선임됐다.")
    assert ("WORKS_FOR", "한유리", "카카오브레인") in got, got
    assert got.get(("WORKS_FOR", "한유리", "네이버"), {}).get("former") is True, got


def test_a_company_split_off_as_one_of_its_own() -> None:
    got = facts("루나게임즈는 올해 초 스타폴게임즈를 독립 스튜디오로 분사시켰다.")
    assert ("SPUN_OFF_FROM", "스타폴게임즈", "루나게임즈") in got, got
    assert "SPUN_OFF_FROM" not in kinds("루나게임즈는 스타폴게임즈를 독립 스튜디오로 분사시킬지 검토하고 있다.")


def test_a_time_word_opens_no_units_name() -> None:
    assert "지난달 웹툰 사업부" not in names("엔씨소프트는 지난달 웹툰 사업부를 떼어내 별도 법인을 세웠다.")


def test_a_generic_word_for_chip_designers_is_no_company() -> None:
    assert "INVESTED_IN" not in kinds("가온테크는 팹리스에 300억원을 투자했다.")


def test_an_affiliate_named_in_a_plan_for_it() -> None:
    got = facts("SK텔레콤이 AI 반도체 자회사 사피온의 매각을 추진 중인 것으로 알려졌다.")
    assert ("AFFILIATE_OF", "사피온", "SK텔레콤") in got, got
    assert "AFFILIATE_OF" not in kinds("SK텔레콤은 자회사 사피온의 설립을 검토하고 있다.")


def test_the_topic_is_the_investor_the_clause_describes() -> None:
    got = facts("KT는 현재 국내 AI 스타트업 업스테이지에 200억원을 투자한 주요 주주다.")
    assert got.get(("INVESTED_IN", "KT", "업스테이지"), {}).get("amount") == 2e10, got


def test_a_joint_venture_partner_described_by_its_country() -> None:
    got = facts("네이버와 일본 기업 미나토DC는 합작법인 '나미DC'를 설립했다고 밝혔다.")
    assert ("ESTABLISHED", "네이버", "나미DC") in got, got
    assert ("ESTABLISHED", "미나토DC", "나미DC") in got, got


def test_a_programme_named_before_its_participants() -> None:
    got = facts("'AI 반도체 팜' 사업에는 네이버, 카카오, LG전자가 참여한다.")
    assert {("PARTICIPATES_IN", who, "AI 반도체 팜") for who in ("네이버", "카카오", "LG전자")} <= set(got), got
    assert "PARTICIPATES_IN" not in kinds("'AI 반도체 팜' 사업에는 네이버가 참여할지 검토 중이다.")


@pytest.mark.parametrize(
    "text",
    [
        "한빛모터스의 로보핸즈 인수가 공정거래위원회 심사에서 불허됐다.",
        "한빛모터스의 로보핸즈 인수는 없던 일이 됐다.",
        "세론배터리의 한빛세론에너지 지분 투자는 이사회에서 부결됐다.",
    ],
)
def test_a_deal_turned_down(text: str) -> None:
    assert not kinds(text) & {"ACQUIRED", "INVESTED_IN"}, facts(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("한도윤 대표는 네이버에서 7년간 근무했다.", "한도윤", "네이버"),
        ("한도윤 대표는 창업 전 쿠팡에서 5년간 일했다.", "한도윤", "쿠팡"),
    ],
)
def test_years_worked_somewhere_are_behind(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("former") is True, got


def test_where_a_founder_comes_from_is_no_founding() -> None:
    got = facts("KAIST 출신 창업자 이수민 대표가 이끄는 큐랩은 양자 소프트웨어를 개발한다.")
    assert not any(k[0] == "ESTABLISHED" and k[2] == "한국과학기술원" for k in got), got
    assert got.get(("WORKS_FOR", "이수민", "한국과학기술원"), {}).get("former") is True, got
    assert ("WORKS_FOR", "이수민", "큐랩") in got, got


def test_a_fund_formed_to_invest_is_not_invested_in() -> None:
    got = facts("포스텍기술지주는 교원 창업 기업에 투자하는 200억원 규모 '바이오 AI 펀드'를 결성했다.")
    assert any(k[0] == "ESTABLISHED" and k[2] == "바이오 AI 펀드" for k in got), got
    assert "INVESTED_IN" not in {k[0] for k in got}, got


@pytest.mark.parametrize(
    "text",
    [
        "중기부는 미르텍에 지분 투자가 아닌 출연 방식으로 10억원을 지원한다.",
        "산업부는 볼트온에 정책자금 20억원을 지원했다.",
        "산업부는 볼트온에 기술개발 자금 30억원을 지원하기로 했다.",
    ],
)
def test_policy_money_buys_no_stake(text: str) -> None:
    assert "INVESTED_IN" not in kinds(text), facts(text)


def test_the_new_companys_head_described_by_the_unit_led_before() -> None:
    got = facts(
        "카카오는 '헬스 CIC'를 물적분할해 신설법인 카카오헬스온을 출범시킨다. 신설법인 대표는 CIC를 이끌던 장하늘 "
        "대표가 그대로 맡는다."
    )
    assert ("WORKS_FOR", "장하늘", "카카오") not in got, got
