"""Korean capital-markets, regional, financial and overseas-expansion news: a technology-transfer or licence
contract signed is a partnership; "Y에 투자하고 파트너십을 체결했다" partners with Y; money spent in a city or
"현지" buys no stake in a place; a sale a regulator refused did not happen; a loan is no investment; a stock
market is no party; a state where a company was incorporated founded nothing; "A의 투자 자회사인 B도 이번
라운드에" is B's stake in the round's company; the share written right after a stake is its own; "P가 설립한
ETRI 연구소기업이다" founded the topic; "홍길동 가람시장" is a person and a city's office; "…부문장으로" is a post,
no organisation; "'Y' 대표이사로 취임했다" works for Y; "X 아메리카" is a company; "라운드는 총 N원 규모로" is the
round's size; a quoted consortium ("'Y' 컨소시엄에") is the body joined."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "한빛약품은 미국 바이오기업 누리큐어와 AI 신약 후보물질에 대한 기술이전 계약을 체결했다.",
            ("한빛약품", "누리큐어"),
        ),
        ("루닛은 일본 후지필름과 AI 영상분석 소프트웨어 라이선스 계약을 맺었다고 밝혔다.", ("루닛", "후지필름")),
        ("가람제약은 스위스 노바티스와 기술수출 계약을 체결했다.", ("가람제약", "노바티스")),
    ],
)
def test_a_licence_or_technology_transfer_contract_signed_is_a_partnership(text: str, pair: tuple[str, str]) -> None:
    assert ("PARTNERS_WITH", *pair) in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오브레인은 서울대와 기술이전 계약 체결을 검토하고 있다.",
        "셀리드는 독일 머크와 라이선스 계약을 체결하지 않았다고 밝혔다.",
        "대웅제약은 미국 바이오텍 네오진과 기술수출 계약을 맺을 경우 최대 5천억원을 받게 된다.",
    ],
)
def test_a_licence_considered_denied_or_conditional_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "SK텔레콤은 미국 AI 스타트업 퍼플렉시티에 1000만 달러를 투자하고 전략적 파트너십을 체결했다.",
            ("SK텔레콤", "퍼플렉시티"),
        ),
        ("네이버는 프랑스 스타트업 미스트랄에 지분을 투자하고 공동 연구를 진행하기로 했다.", ("네이버", "미스트랄")),
        ("삼성전자는 레인보우로보틱스 지분을 추가 인수하고 협력을 강화하기로 했다.", ("삼성전자", "레인보우로보틱스")),
        ("KT는 리벨리온에 투자하며 AI 반도체 동맹을 맺었다.", ("KT", "리벨리온")),
    ],
)
def test_an_agreement_after_investing_is_with_the_company_invested_in(text: str, pair: tuple[str, str]) -> None:
    got = facts(text)
    assert ("INVESTED_IN", *pair) in got, got
    assert ("PARTNERS_WITH", *pair) in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("LG전자는 베어로보틱스에 투자하고 협력을 검토하고 있다.", ("LG전자", "베어로보틱스")),
        ("현대차는 보스턴다이내믹스에 투자했고 모셔널과 협력하고 있다.", ("현대자동차", "보스턴다이내믹스")),
        ("카카오는 리벨리온에 300억원을 투자했으며 AI 반도체 공급 계약도 맺었다.", ("카카오", "리벨리온")),
    ],
)
def test_no_partnership_with_the_company_invested_in_when_it_is_another_or_only_considered(
    text: str, pair: tuple[str, str]
) -> None:
    got = facts(text)
    assert ("INVESTED_IN", *pair) in got, got
    assert ("PARTNERS_WITH", *pair) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한화솔루션은 진천에 1조원을 투자한다.",
        "카카오는 춘천에 5000억원을 투자해 데이터센터를 짓는다.",
        "라온AI는 향후 3년간 1000만 달러를 현지에 투자한다.",
        "네이버는 나주에 2조원을 투자하기로 했다.",
    ],
)
def test_money_spent_in_a_place_is_no_stake_in_it(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "새봄벤처스는 루미텍 지분 25%를 싱가포르 펀드 오키드캐피털에 넘기기로 했으나 당국이 승인을 거절했다.",
        "알파벤처스는 뉴로칩스 지분 40%를 그레이트월캐피털에 넘기기로 했으나 승인이 거부됐다.",
        "동해캐피탈은 뉴로칩스에 30억원 규모의 자금을 대출했다.",
    ],
)
def test_a_sale_refused_or_a_loan_is_no_investment(text: str) -> None:
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한울증권은 딥파인더의 코스닥 상장 주관사로 선정됐다.",
        "한울증권은 딥파인더의 코스피 상장 주관사로 선정됐다.",
    ],
)
def test_a_stock_market_is_no_party(text: str) -> None:
    got = facts(text)
    assert not any("코스닥" in k or "코스피" in k for k in got), got


def test_the_state_a_company_was_incorporated_in_founded_nothing() -> None:
    got = facts("파인스텝 아메리카는 지난해 델라웨어에 설립된 파인스텝의 자회사다.")
    assert ("AFFILIATE_OF", "파인스텝 아메리카", "파인스텝") in got, got
    assert not any("델라웨어" in k for k in got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "파인스텝 아메리카는 클리어보이스와 기술 라이선스 계약을 체결했다.",
            ("PARTNERS_WITH", "파인스텝 아메리카", "클리어보이스"),
        ),
    ],
)
def test_a_regional_subsidiary_written_as_parent_and_region_is_a_company(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


def test_a_continent_is_no_regional_subsidiary() -> None:
    assert "남아메리카" not in names("빌라리카 화산은 남아메리카 대륙에서 가장 활발하게 활동하는 활화산 중 하나다.")


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "보이스톤이 120억원 규모의 시리즈A 투자를 유치했다. 네이버의 투자 자회사인 D2SF도 이번 라운드에 참여했다.",
            "네이버 D2SF",
        ),
        (
            "보이스톤이 120억원 규모의 시리즈A 투자를 유치했다. 카카오의 투자 전문 자회사인 카카오벤처스도 이번 투자에 참여했다.",
            "카카오벤처스",
        ),
    ],
)
def test_a_parent_describing_a_round_participant_is_not_the_company_funded(text: str, investor: str) -> None:
    got = facts(text)
    assert ("INVESTED_IN", investor, "보이스톤") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] in ("네이버", "카카오") for k in got), got


def test_the_share_written_right_after_the_stake_is_its_own() -> None:
    got = facts("KT는 창업자 한도윤 대표의 지분 20%를 포함해 보이스톤 지분 51%를 250억원에 인수했다.")
    assert got.get(("INVESTED_IN", "KT", "보이스톤"), {}).get("stake_percent") == 51.0, got
    assert ("ACQUIRED", "KT", "보이스톤") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "코드브릭은 한국전자통신연구원(ETRI) 연구원 출신 서민재 대표가 2021년 설립한 ETRI 연구소기업이다.",
        "코드브릭은 서민재 대표가 2021년 창업한 KAIST 교원창업 기업이다.",
    ],
)
def test_a_company_described_by_a_body_s_programme_is_the_topic_founded(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "서민재", "코드브릭") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[2] in ("한국전자통신연구원", "KAIST") for k in got), got


def test_a_city_head_s_title_glued_to_the_city_is_no_part_of_the_name() -> None:
    got = names("홍남표 창원시장은 협약식에 참석했다.")
    assert "홍남표" in got, got
    assert "홍남표 창원시장" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "윤서연 상무는 하늘전자 본사 클라우드사업부문장으로 자리를 옮겼다.",
        "윤서연 상무는 하늘전자 본사 데이터센터장으로 자리를 옮겼다.",
    ],
)
def test_a_unit_head_s_title_is_no_organisation(text: str) -> None:
    got = names(text)
    assert not any(n.endswith(("부문장", "센터장")) for n in got), got


@pytest.mark.parametrize(
    "text",
    [
        "박지훈 전 카카오 이사가 AI 스타트업 '노바링크' 대표이사로 취임했다.",
        "박지훈 씨는 '노바링크' 대표로 취임했다.",
    ],
)
def test_a_post_taken_at_a_quoted_company(text: str) -> None:
    assert ("WORKS_FOR", "박지훈", "노바링크") in facts(text), facts(text)


def test_a_post_at_a_quoted_company_that_fell_through_is_none() -> None:
    got = facts("박지훈 씨는 '노바링크' 대표로 취임할 예정이었으나 무산됐다.")
    assert ("WORKS_FOR", "박지훈", "노바링크") not in got, got


def test_the_size_of_the_round_as_its_topic_is_the_round_s() -> None:
    got = facts("딥파인더는 시리즈B 투자를 유치했다. 이번 라운드는 총 200억원 규모로, 동해벤처스가 리드했다.")
    props = got.get(("INVESTED_IN", "동해벤처스", "딥파인더"))
    assert props is not None, got
    assert props.get("round_amount") == 20_000_000_000 and "amount" not in props, props


@pytest.mark.parametrize(
    ("text", "members", "body"),
    [
        ("카카오페이는 '누리뱅크' 컨소시엄에 참여했다.", ["카카오페이"], "누리뱅크"),
        (
            "'자율운항 선박 AI 실증' 컨소시엄에는 한국해양대학교, 씨마인드, 부산항만공사가 참여한다.",
            ["한국해양대학교", "씨마인드", "부산항만공사"],
            "자율운항 선박 AI 실증",
        ),
    ],
)
def test_a_quoted_consortium_is_the_body_joined(text: str, members: list[str], body: str) -> None:
    got = facts(text)
    for member in members:
        assert ("PARTICIPATES_IN", member, body) in got, got


def test_a_quoted_consortium_only_considered_is_not_joined() -> None:
    assert not facts("카카오페이는 '누리뱅크' 컨소시엄 참여를 검토하고 있다.")
