"""Deal news as different outlets write it: a round told from its participants' relative clause, a lead
named as "리드 투자자로 나섰다", a follow-on in a second clause, buyers written before a description of the
company bought or as the topic of the clause, a deal announced, founders in "세운", organisations that
start by themselves ("출범했다") or whose doors open ("Y의 문을 열었다"); plans and failures give nothing."""

import pytest
from ko_facts import facts


def _deals(text: str) -> set[tuple[str, str, str]]:
    return {k for k in facts(text) if k[0] in ("INVESTED_IN", "ACQUIRED", "ESTABLISHED")}


def test_the_round_company_is_the_main_clause_subject_not_a_participant() -> None:
    got = _deals(
        "KB인베스트먼트, 한국투자파트너스 등 5개 기관이 참여한 이번 라운드에서 딥브레인AI는 300억원을 조달했다."
    )
    assert ("INVESTED_IN", "KB인베스트먼트", "딥브레인AI") in got, got
    assert ("INVESTED_IN", "한국투자파트너스", "딥브레인AI") in got, got
    assert not [k for k in got if k[2] == "KB인베스트먼트"], got


def test_a_follow_on_in_the_clause_after_the_lead() -> None:
    got = facts(
        "마키나락스는 230억원 규모의 시리즈C 투자를 유치했다. 이번 투자는 IBK기업은행이 리드했고, "
        "기존 투자사인 캡스톤파트너스와 신한벤처투자가 후속 투자했다."
    )
    for investor in ("IBK기업은행", "캡스톤파트너스", "신한벤처투자"):
        assert ("INVESTED_IN", investor, "마키나락스") in got, got
    assert "amount" not in got[("INVESTED_IN", "캡스톤파트너스", "마키나락스")]


def test_a_lead_investor_stepping_forward_after_the_round() -> None:
    got = facts("시큐레터는 200억원 규모 투자를 받았다. LB인베스트먼트가 리드 투자자로 나섰다.")
    assert got.get(("INVESTED_IN", "LB인베스트먼트", "시큐레터"), {}).get("lead") is True, got


@pytest.mark.parametrize(
    "text",
    [
        "시큐레터는 200억원 규모 투자를 받았다. LB인베스트먼트가 리드 투자자로 나설 가능성이 거론된다.",
        "LB인베스트먼트가 리드 투자자로 나섰다.",  # no round announced: whose round is not written
    ],
)
def test_no_lead_without_a_round_or_with_a_hedge(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)


@pytest.mark.parametrize(
    ("text", "buyer", "bought"),
    [
        ("SK스퀘어가 인수한 AI 반도체 회사 사피온은 올해 신제품을 출시한다.", "SK스퀘어", "사피온"),
        ("한컴은 2020년 인수한 AI 기업 아로와나테크를 통해 사업을 넓히고 있다.", "한글과컴퓨터", "아로와나테크"),
        ("엔비디아가 이스라엘 AI 스타트업 런에이아이 인수를 발표했다.", "엔비디아", "런에이아이"),
    ],
)
def test_buyers_written_around_a_description(text: str, buyer: str, bought: str) -> None:
    assert ("ACQUIRED", buyer, bought) in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "엔비디아가 이스라엘 AI 스타트업 런에이아이 인수를 발표할 예정이다.",
        "엔비디아는 런에이아이 인수를 결정하지 못했다.",
        "엔비디아가 런에이아이 인수 계획을 발표했다.",
        "한컴은 AI 기업 아로와나테크를 인수할 계획이다.",
        "한컴은 경쟁사가 인수한 아로와나테크와 협력한다.",
        "SK스퀘어가 인수를 검토한 AI 반도체 회사 사피온은 올해 신제품을 출시한다.",
    ],
)
def test_no_acquisition_planned_failed_or_by_someone_unnamed(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ACQUIRED"], facts(text)


@pytest.mark.parametrize(
    ("text", "founders", "new"),
    [
        ("스캐터랩은 김종윤 대표가 세운 회사다.", ["김종윤"], "스캐터랩"),
        ("LG AI연구원은 2020년 12월 출범했다.", ["LG"], "LG AI연구원"),
        (
            "현대자동차와 기아는 서울 성수동에 AI 연구 조직 '에어스랩'의 문을 열었다.",
            ["현대자동차", "기아"],
            "에어스랩",
        ),
    ],
)
def test_founders_in_other_wordings(text: str, founders: list[str], new: str) -> None:
    got = facts(text)
    for founder in founders:
        assert ("ESTABLISHED", founder, new) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "LG AI연구원은 출범 5주년을 맞았다.",
        "LG AI연구원은 내년 출범할 예정이다.",
        "LG AI연구원의 출범이 무산됐다.",
        "스캐터랩은 김종윤 대표가 세운 목표를 달성했다.",
        "네이버는 판교에 연구소의 문을 열었다.",
        "현대자동차는 기아의 문을 두드렸다.",
    ],
)
def test_no_founding_in_anniversaries_plans_or_unnamed_units(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ESTABLISHED"], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "퓨리오사AI는 기업가치 8000억원을 인정받고 800억원 규모의 투자를 유치했다. 이번 투자에는 KDB산업은행이 참여했다.",
        "퓨리오사AI는 8000억원의 기업가치로 800억원 규모의 투자를 유치했다. 이번 투자에는 KDB산업은행이 참여했다.",
    ],
)
def test_a_valuation_is_not_the_round_amount(text: str) -> None:
    got = facts(text)[("INVESTED_IN", "KDB산업은행", "퓨리오사AI")]
    assert got.get("round_amount", got.get("amount")) == 80_000_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "노타는 LG전자로부터 투자를 받은 뒤 기업가치 3000억원을 인정받았다.",
        "노타는 LG전자로부터 투자를 받아 누적 투자액 500억원을 달성했다.",
        "노타는 LG전자로부터 투자를 받았고 지난해 매출 120억원을 올렸다.",
    ],
)
def test_valuations_totals_and_sales_carry_no_amount(text: str) -> None:
    got = facts(text)[("INVESTED_IN", "LG전자", "노타")]
    assert "amount" not in got and "round_amount" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "스캐터랩은 SK텔레콤에 투자를 요청했지만 거절당했다.",
        "한화는 미국 AI 스타트업 오리진에 투자하기 위한 협상을 진행 중이다.",
        "한화는 오리진에 투자하기 위해 펀드를 만들었다.",
        "카카오는 누리코어를 인수하기 위해 자금을 마련했다.",
        "카카오는 누리코어 인수 협상을 벌이고 있다.",
        "카카오벤처스가 운용하는 펀드에 출자한 국민연금공단은 수익률을 공개했다.",
        "삼성전자와 삼성SDI가 출자한 펀드는 올해 결성됐다.",
    ],
)
def test_requests_purposes_negotiations_and_other_clauses_subjects_give_no_deal(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] in ("INVESTED_IN", "ACQUIRED")], got


@pytest.mark.parametrize(
    ("text", "founders", "new"),
    [
        ("리벨리온은 KT와 사피온이 50대50으로 합작해 세운 회사다.", ["KT", "사피온"], "리벨리온"),
        (
            "SK텔레콤과 도이치텔레콤의 합작법인인 AI 플랫폼 기업 에이닷글로벌은 올해 서비스를 시작한다.",
            ["SK텔레콤", "도이치텔레콤"],
            "에이닷글로벌",
        ),
        ("에이닷글로벌은 SK텔레콤과 도이치텔레콤의 합작법인이다.", ["SK텔레콤", "도이치텔레콤"], "에이닷글로벌"),
    ],
)
def test_joint_ventures_in_relative_clauses_and_nouns(text: str, founders: list[str], new: str) -> None:
    got = facts(text)
    for founder in founders:
        assert ("ESTABLISHED", founder, new) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "SK텔레콤과 도이치텔레콤의 합작법인 설립이 무산됐다.",
        "SK텔레콤과 도이치텔레콤의 합작법인 설립을 추진하는 에이닷글로벌은 인력을 뽑는다.",
        "삼성전자가 100% 출자한 AI 자회사 삼성AI랩스는 올해 출범했다.",  # founded by 삼성전자, not by 삼성
    ],
)
def test_no_joint_venture_planned_and_no_founder_from_a_relative_clause_subject(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ESTABLISHED" and k[1] != "삼성전자"], facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("네이버가 AI 반도체 스타트업 딥엑스 투자에 나섰다.", ("INVESTED_IN", "네이버", "딥엑스")),
        ("국민연금공단은 IMM AI 펀드의 출자자(LP)로 참여했다.", ("INVESTED_IN", "국민연금공단", "IMM AI 펀드")),
        ("LG전자가 AI 스타트업 비전큐브를 손에 넣었다.", ("ACQUIRED", "LG전자", "비전큐브")),
        ("AI 스타트업 비전큐브는 LG전자에 팔렸다.", ("ACQUIRED", "LG전자", "비전큐브")),
        ("네이버는 AI 스타트업 노타를 카카오에 팔았다.", ("ACQUIRED", "카카오", "노타")),
        ("LG전자는 AI 스타트업 비전큐브 인수에 성공했다.", ("ACQUIRED", "LG전자", "비전큐브")),
        ("LG전자는 AI 스타트업 비전큐브 주식 100%를 취득했다.", ("ACQUIRED", "LG전자", "비전큐브")),
    ],
)
def test_investments_and_acquisitions_in_other_wordings(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 AI 반도체 스타트업 딥엑스 투자에 나설 계획이 없다고 밝혔다.",
        "LG전자는 AI 스타트업 비전큐브를 손에 넣지 못했다.",
        "AI 스타트업 비전큐브가 LG전자에 팔릴 가능성이 있다.",
        "네이버는 AI 스타트업 노타 지분 10%를 카카오에 팔았다.",
        "LG전자는 AI 스타트업 비전큐브 인수에 성공하지 못했다.",
        "LG전자는 AI 스타트업 비전큐브 주식 10%를 취득했다.",  # a stake, not the company
    ],
)
def test_no_acquisition_refused_possible_or_a_minority_stake(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] == "ACQUIRED"], got
    assert not [k for k in got if k[0] == "INVESTED_IN" and k[1] in ("네이버",)], got


def test_investors_of_a_company_described_in_four_words() -> None:
    got = facts("엔비디아, 소프트뱅크 등이 투자한 영국 AI 반도체 기업 그래프코어는 최근 인력을 줄였다.")
    assert ("INVESTED_IN", "엔비디아", "그래프코어") in got, got


def test_a_school_opened_is_founded() -> None:
    assert ("ESTABLISHED", "한국과학기술원", "김재철AI대학원") in facts("KAIST는 올해 3월 김재철AI대학원을 개원했다.")


def test_founders_who_put_money_in_together_invest_in_it() -> None:
    got = facts("가우스랩스는 SK하이닉스와 SK텔레콤이 공동 출자해 만든 회사다.")
    for founder in ("SK하이닉스", "SK텔레콤"):
        assert ("ESTABLISHED", founder, "가우스랩스") in got, got
        assert ("INVESTED_IN", founder, "가우스랩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "KAIST는 김재철AI대학원 개원을 검토하고 있다.",
        "KAIST는 김재철AI대학원을 내년에 개원할 가능성이 있다.",
        "가우스랩스는 SK하이닉스가 만든 회사다.",  # one founder: no joint money written
    ],
)
def test_no_opening_planned_and_no_money_from_a_sole_founder(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] == "INVESTED_IN" or k[0] == "ESTABLISHED" and "KAIST" in text], got


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 AI 스타트업 비전큐브를 인수하는 데 실패했다.",
        "네이버가 비전큐브를 인수하려던 계획도 보류됐다.",
        "카카오의 비전큐브 인수 협상이 결렬됐다. 카카오는 비전큐브를 인수하려 했다.",
        "네이버는 비전큐브를 인수할 우선협상대상자로 선정됐다.",
        "LG전자는 AI 스타트업 비전큐브에 대한 투자를 중단했다.",
        "AI 스타트업 비전큐브는 투자 유치를 위한 설명회를 열었다.",
    ],
)
def test_failed_shelved_intended_and_stopped_deals_give_nothing(text: str) -> None:
    got = facts(text)
    assert not [k for k in got if k[0] in ("INVESTED_IN", "ACQUIRED")], got


ROUND = "업스테이지는 150억원 규모의 시리즈B 투자를 유치했다. "


def test_each_investor_with_its_own_amount_in_the_round() -> None:
    got = facts(ROUND + "투자사별로는 KB인베스트먼트가 80억원, 한국투자파트너스가 70억원을 투자했다.")
    assert got[("INVESTED_IN", "KB인베스트먼트", "업스테이지")]["amount"] == 8_000_000_000, got
    assert got[("INVESTED_IN", "한국투자파트너스", "업스테이지")]["amount"] == 7_000_000_000, got


def test_an_investor_of_this_round_named_with_its_amount() -> None:
    got = facts(ROUND + "이번 라운드에서 KB인베스트먼트는 가장 많은 80억원을 투자했다.")
    assert got[("INVESTED_IN", "KB인베스트먼트", "업스테이지")]["amount"] == 8_000_000_000, got


def test_more_participants_added_right_after_the_round_investors() -> None:
    got = facts(
        ROUND
        + "이번 투자에는 KB인베스트먼트와 한국투자파트너스가 참여했다. 이 밖에 신한벤처투자, 카카오벤처스 등도 참여했다."
    )
    for investor in ("신한벤처투자", "카카오벤처스"):
        assert ("INVESTED_IN", investor, "업스테이지") in got, got


@pytest.mark.parametrize(
    "text",
    [
        ROUND + "이번 투자에는 KB인베스트먼트가 참여했다. 카카오벤처스도 행사에 참여했다.",
        ROUND + "이번 투자에는 KB인베스트먼트가 참여했다. 회사는 콘퍼런스를 열었다. 카카오벤처스도 참여했다.",
        ROUND + "한편 카카오벤처스는 지난해에도 80억원을 투자했다.",
        ROUND + "투자사별로는 카카오벤처스가 80억원을 투자할지 검토하고 있다.",
    ],
)
def test_no_participant_from_another_event_or_another_sentence(text: str) -> None:
    assert ("INVESTED_IN", "카카오벤처스", "업스테이지") not in facts(text), facts(text)


def test_the_arranger_of_a_round_is_no_investor() -> None:
    got = facts(ROUND + "이번 투자는 미래에셋증권이 주관했고 KB인베스트먼트가 참여했다.")
    assert ("INVESTED_IN", "KB인베스트먼트", "업스테이지") in got, got
    assert ("INVESTED_IN", "미래에셋증권", "업스테이지") not in got, got


def test_a_lead_in_the_clause_before_still_leads() -> None:
    got = facts(ROUND + "이번 라운드는 한국투자파트너스가 주도했으며 KB인베스트먼트가 참여했다.")
    assert got[("INVESTED_IN", "한국투자파트너스", "업스테이지")].get("lead") is True, got
    assert ("INVESTED_IN", "KB인베스트먼트", "업스테이지") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 AI 자회사 업스테이지 설립을 완료했다.",
        "업스테이지는 카카오의 자회사로 2019년 설립됐다.",
        "업스테이지는 2019년 카카오가 100% 출자해 설립됐다.",
    ],
)
def test_an_organisation_founding_told_passively_or_as_a_noun(text: str) -> None:
    assert ("ESTABLISHED", "카카오", "업스테이지") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 AI 자회사 업스테이지 설립을 검토하고 있다.",
        "카카오는 AI 자회사 업스테이지 설립을 완료하지 못했다.",
        "업스테이지는 카카오가 100% 출자해 설립될 예정이다.",
        "업스테이지는 카카오가 설립한 펀드에서 투자를 받았다.",
        "업스테이지는 카카오가 만든 모델을 쓴다.",
        "업스테이지는 카카오의 자회사로 편입됐다.",
    ],
)
def test_no_founding_planned_failed_or_of_something_else(text: str) -> None:
    assert ("ESTABLISHED", "카카오", "업스테이지") not in facts(text), facts(text)


def test_an_unnamed_fund_stands_for_its_manager() -> None:
    got = facts("업스테이지는 KB인베스트먼트가 운용하는 AI 펀드로부터 투자를 받았다.")
    assert ("INVESTED_IN", "KB인베스트먼트", "업스테이지") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "업스테이지는 KB인베스트먼트가 운용하는 AI 펀드로부터 투자를 받을 계획이다.",
        "업스테이지는 KB인베스트먼트가 운용하는 펀드에 투자했다.",  # the company put money into the fund
        "업스테이지는 KB인베스트먼트가 결성한 'AI 혁신 펀드'로부터 50억원을 유치했다.",  # the fund is named
    ],
)
def test_no_manager_for_a_planned_round_a_fund_invested_in_or_a_named_fund(text: str) -> None:
    assert ("INVESTED_IN", "KB인베스트먼트", "업스테이지") not in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오벤처스는 업스테이지의 초기 투자자다.",
        "카카오벤처스는 업스테이지의 기존 투자자로, 이번에도 참여했다.",
        "업스테이지의 주요 투자자인 카카오벤처스는 후속 투자를 검토한다.",
        "업스테이지 투자사인 카카오벤처스는 실적을 공개했다.",
    ],
)
def test_an_investor_called_so(text: str) -> None:
    assert ("INVESTED_IN", "카카오벤처스", "업스테이지") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오벤처스는 업스테이지의 투자자가 아니다.",
        "카카오벤처스는 업스테이지의 잠재적 투자자로 거론된다.",
        "카카오벤처스는 업스테이지의 투자자인지 밝히지 않았다.",
        "카카오벤처스는 미국 투자사다.",
    ],
)
def test_no_investor_denied_potential_or_unowned(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)


def test_a_new_owner_bought_the_company() -> None:
    assert ("ACQUIRED", "카카오", "비전랩스") in facts("카카오가 AI 스타트업 비전랩스의 새 주인이 됐다.")


def test_no_new_owner_yet() -> None:
    assert not [k for k in facts("카카오가 비전랩스의 새 주인이 될 가능성이 크다.") if k[0] == "ACQUIRED"]


def test_a_price_tag_is_a_valuation_not_the_amount() -> None:
    got = facts("업스테이지는 몸값 1조원을 인정받으며 KT로부터 투자를 받았다.")
    assert "amount" not in got[("INVESTED_IN", "KT", "업스테이지")], got


def test_every_organisation_listed_with_an_investor_in_에서() -> None:
    got = facts("퓨리오사AI는 산업은행, IBK기업은행 등에서 800억원을 유치했다.")
    assert ("INVESTED_IN", "IBK기업은행", "퓨리오사AI") in got, got
    assert "amount" not in got[("INVESTED_IN", "KDB산업은행", "퓨리오사AI")], got  # a total two shared


def test_the_companies_invested_in_named_after_the_investment() -> None:
    got = facts("카카오벤처스는 AI 스타트업 5곳에 신규 투자했다고 밝혔다. 투자 대상은 업스테이지, 노타 등이다.")
    for company in ("업스테이지", "노타"):
        assert ("INVESTED_IN", "카카오벤처스", company) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "카카오벤처스는 AI 스타트업을 모집한다. 투자 대상은 업스테이지, 노타 등이다.",
        "카카오벤처스는 AI 스타트업 5곳에 투자했다. 투자 대상은 업스테이지, 노타 등이 될 수 있다.",
        "카카오벤처스는 투자 대상으로 업스테이지를 검토 중이다.",
    ],
)
def test_no_companies_invested_in_when_only_looked_at(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "INVESTED_IN"], facts(text)


def test_money_received_by_what_a_relative_clause_describes_is_not_the_topics() -> None:
    got = facts("카카오벤처스는 업스테이지로부터 출자를 받은 펀드를 운용한다.")
    assert not [k for k in got if k[0] == "INVESTED_IN"], got


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온은 KT로부터 투자를 받은 AI 반도체 스타트업이다.",
        "리벨리온은 KT로부터 투자를 받은 뒤 인력을 늘렸다.",
        "KT의 투자를 받은 AI 스타트업 리벨리온은 올해 매출이 늘었다.",
    ],
)
def test_the_topic_or_the_described_company_received_it(text: str) -> None:
    assert ("INVESTED_IN", "KT", "리벨리온") in facts(text), facts(text)
