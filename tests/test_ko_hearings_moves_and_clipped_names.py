"""Korean political news, talent moves and headline forms: a lawmaker's question, demand or claim about a deal is no
deal (a demand later in the clause leaves the speaker's post); a lawmaker is no member of the bank a hearing audits;
a glued name of common nouns opening a sentence that puts money in or buys another is the investor or the buyer; a
headline's Hanja-clipped name ("삼성電") is the registry's company; the founder told after an acquisition is the bought
company's; a holding company set up, then the old company put under it, does not reverse the ownership; a Latin name
with its corporate form is a company; a post joined, then left, is a past one, and so is a company head's past work;
a degree after a founder's name is no post."""

import pytest
from ko_facts import extractor, facts, names

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    "text",
    [
        "박정민 의원은 다온캐피탈이 세미로직스에 500억원을 투자했느냐고 물었다.",
        "박정민 의원은 다온캐피탈에 세미로직스 투자를 촉구했다.",
        "윤서진 의원은 한빛캐피탈에 AI 스타트업 투자 확대를 요구했다.",
        "박정민 의원은 다온캐피탈이 세미로직스에 500억원을 투자했다고 주장했다.",
    ],
)
def test_a_lawmakers_question_demand_or_claim_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in facts(text)), facts(text)


def test_an_investment_the_company_states_is_kept() -> None:
    got = facts("다온캐피탈이 세미로직스에 500억원을 투자했다고 밝혔다.")
    assert got.get(("INVESTED_IN", "다온캐피탈", "세미로직스"), {}).get("amount") == 50_000_000_000, got


def test_a_demand_later_in_the_clause_leaves_the_speakers_post() -> None:
    got = facts("한빛전자 김민수 대표는 정부에 규제 완화를 요구했다.")
    assert ("WORKS_FOR", "김민수", "한빛전자") in got, got


def test_a_lawmaker_is_no_member_of_the_bank_a_hearing_audits() -> None:
    got = facts("한국산업은행 국정감사에서 윤서진 의원은 알파노드 대출 문제를 따졌다.")
    assert not any(k[0] == "WORKS_FOR" and k[1] == "윤서진" for k in got), got


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("그린허브는 링고웨어에 50억원을 투자했다.", "INVESTED_IN", "그린허브"),
        ("오픈브릿지는 링고웨어를 인수했다.", "ACQUIRED", "오픈브릿지"),
    ],
)
def test_a_glued_name_of_common_nouns_is_the_investor_or_buyer(text: str, kind: str, actor: str) -> None:
    assert (kind, actor, "링고웨어") in facts(text), facts(text)


def test_a_kind_of_investor_buying_is_no_name() -> None:
    assert "사모펀드" not in names("사모펀드가 링고웨어를 인수했다."), names("사모펀드가 링고웨어를 인수했다.")


@pytest.mark.parametrize(
    ("text", "clipped", "company"),
    [
        (
            "삼성電, 딥코어랩에 300억 투자\n삼성전자가 AI칩 스타트업 딥코어랩에 300억원을 투자했다.",
            "삼성電",
            "삼성전자",
        ),
        ("LG化, 배터리 AI 스타트업 모션셀 인수\nLG화학이 배터리 AI 스타트업 모션셀을 인수했다.", "LG化", "LG화학"),
    ],
)
def test_a_headlines_clipped_name_is_the_registry_company(text: str, clipped: str, company: str) -> None:
    assert clipped not in names(text), names(text)
    assert sum(1 for k in facts(text) if k[1] == company) == 1, facts(text)


def test_the_founder_after_an_acquisition_is_the_bought_companys() -> None:
    got = facts("누리전자가 로봇 스타트업 모션브레인을 인수했다. 창업자인 데이비드 린 CEO는 회사에 남는다.")
    assert ("WORKS_FOR", "데이비드 린", "모션브레인") in got, got
    assert ("WORKS_FOR", "데이비드 린", "누리전자") not in got, got


def test_the_buyers_head_after_an_acquisition_stays_the_buyers() -> None:
    got = facts("누리전자가 모션브레인을 인수했다. 김태호 회장은 기대감을 나타냈다.")
    assert ("WORKS_FOR", "김태호", "누리전자") in got, got


def test_a_holding_company_set_up_does_not_become_the_old_companys_affiliate() -> None:
    got = facts("로지브레인은 싱가포르에 지주회사 로지브레인 홀딩스를 세우고 한국 법인을 그 아래 자회사로 두었다.")
    assert ("AFFILIATE_OF", "로지브레인 홀딩스", "로지브레인") not in got, got
    assert ("ESTABLISHED", "로지브레인", "로지브레인 홀딩스") in got, got


def test_a_latin_name_with_its_corporate_form_is_a_company() -> None:
    text = "한빛벤처스가 DataForge Inc.에 1500만 달러를 투자했다."
    assert ("INVESTED_IN", "한빛벤처스", "DataForge Inc.") in facts(text), facts(text)
    typed = {e.name: e.type for e in extractor().extract(Document(id="t", text=text)).entities}
    assert typed["DataForge Inc."] is EntityType.COMPANY, typed


def test_a_post_joined_then_left_is_a_past_one() -> None:
    got = facts("김하준 연구원은 누리랩스에 합류했다가 다시 한빛AI로 자리를 옮겼다.")
    assert got.get(("WORKS_FOR", "김하준", "누리랩스"), {}).get("former") is True, got
    assert not got.get(("WORKS_FOR", "김하준", "한빛AI"), {}).get("former"), got


def test_a_post_joined_is_held() -> None:
    got = facts("김하준 연구원은 누리랩스에 합류했다.")
    assert not got.get(("WORKS_FOR", "김하준", "누리랩스"), {}).get("former"), got


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("정하늘 대표는 한빛전자 무선사업부에서 일했다.", True),
        ("정하늘 대표는 현재 한빛전자에서 일하고 있다.", None),
    ],
)
def test_a_company_heads_past_work_is_a_past_post(text: str, former: bool | None) -> None:
    got = facts(text)
    assert ("WORKS_FOR", "정하늘", "한빛전자") in got, got
    assert got[("WORKS_FOR", "정하늘", "한빛전자")].get("former") is former, got


def test_a_degree_after_a_founders_name_is_no_post() -> None:
    got = facts("송지아 박사가 창업한 셀포지가 투자를 유치했다.")
    assert ("ESTABLISHED", "송지아", "셀포지") in got, got
    assert "title" not in got.get(("WORKS_FOR", "송지아", "셀포지"), {}), got


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in extractor().extract(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("딥노트랩스는 지난달 노바인텔리전스로 사명을 변경했다.", "딥노트랩스", "노바인텔리전스"),
        ("AI 스타트업 딥노트랩스는 사명을 노바인텔리전스로 바꿨다.", "딥노트랩스", "노바인텔리전스"),
        (
            "누리클라우드(구 누리엔터프라이즈)는 과학기술정보통신부와 협약을 체결했다.",
            "누리클라우드",
            "누리엔터프라이즈",
        ),
        ("한빛로보틱스(옛 한빛정밀)는 KAIST와 공동연구를 시작했다.", "한빛로보틱스", "한빛정밀"),
    ],
)
def test_a_renamed_company_is_one_node(text: str, name: str, other: str) -> None:
    found = _aliases(text)
    assert other in found.get(name, set()) and other not in found, found


def test_a_new_name_used_later_takes_the_deal() -> None:
    text = "딥노트랩스는 사명을 '노바인텔리전스'로 바꿨다. 노바인텔리전스는 한빛벤처스로부터 50억원을 투자받았다."
    assert ("INVESTED_IN", "한빛벤처스", "딥노트랩스") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "딥노트랩스는 사명을 '노바인텔리전스'로 바꾸는 방안을 검토하고 있다.",
        "딥노트랩스는 사명을 노바인텔리전스로 바꾸는 안건이 부결됐다고 밝혔다.",
    ],
)
def test_a_rename_weighed_or_voted_down_joins_no_names(text: str) -> None:
    assert "노바인텔리전스" not in _aliases(text).get("딥노트랩스", set()), _aliases(text)


def test_a_seller_of_shares_is_no_hire_of_the_buyer() -> None:
    got = facts("누리소프트는 김종윤 대표 등 기존 주주들로부터 한빛랩 구주 52%를 680억원에 인수했다.")
    assert not any(k[0] == "WORKS_FOR" and k[1] == "김종윤" for k in got), got


def test_a_kind_counted_after_a_list_is_no_member() -> None:
    text = "서울아산병원, 삼성서울병원 등 상급종합병원 8곳과 루닛, 뷰노 등 의료 AI 기업 10곳이 '의료 AI 임상 검증 얼라이언스'를 결성했다."
    assert "상급종합병원" not in names(text), names(text)


def test_each_object_is_its_own_subjects_research() -> None:
    got = facts("새 협약에서 한빛일렉트릭은 변압기 센서를, KAIST는 고장 예측 모델을 개발한다.")
    assert ("RESEARCHES", "한국과학기술원", "고장 예측 모델") in got, got
    assert ("RESEARCHES", "한빛일렉트릭", "고장 예측 모델") not in got, got


def test_money_to_support_someones_work_is_no_field() -> None:
    got = facts("경기도는 3년간 총 150억원을 투입해 스타트업의 실증 사업을 지원하기로 했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_terms_left_to_talk_over_are_no_partnership() -> None:
    assert not facts("누리텍과 한빛소프트는 협력 범위를 추후 협의하기로 했다.")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("일본 언론에 따르면 라쿠텐은 마로봇테크에 50억원을 투자했다.", False),
        ("블룸버그에 따르면 라쿠텐은 마로봇테크에 50억원을 투자했다.", True),
    ],
)
def test_unnamed_press_is_unconfirmed_a_named_outlet_confirms(text: str, stated: bool) -> None:
    assert (("INVESTED_IN", "라쿠텐", "마로봇테크") in facts(text)) is stated, facts(text)


def test_a_tagger_span_over_and_into_a_registered_name_is_two_names() -> None:
    got = facts("도쿄세미텍과 SK하이닉스가 공동 연구 협약을 체결했다.")
    assert ("PARTNERS_WITH", "도쿄세미텍", "SK하이닉스") in got, got


def test_a_rebranding_is_no_company() -> None:
    text = "한화모멘텀은 이번 리브랜딩과 함께 픽셀아이에 25억원을 투자했다."
    assert "리브랜딩" not in names(text), names(text)


def test_the_head_of_the_merged_company_is_not_the_shareholders() -> None:
    got = facts("합병 법인에는 누리텔레콤이 주요 주주로 참여한다. 박성현 대표가 통합법인을 이끈다.")
    assert ("WORKS_FOR", "박성현", "누리텔레콤") not in got, got


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        (
            "이지훈 전 누리소프트 부사장이 누리로보틱스에 최고사업책임자로 합류했다.",
            "이지훈",
            "누리로보틱스",
            "최고사업책임자",
        ),
        ("누리로보틱스는 한빛전자 출신 조현우 상무를 AI 전략 담당으로 영입했다.", "조현우", "누리로보틱스", "상무"),
        ("한재원 씨는 퓨리오사AI 컴파일러 팀장을 맡는다.", "한재원", "퓨리오사AI", "팀장"),
    ],
)
def test_the_post_joined_or_taken_on_for(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got


def test_founders_joined_by_a_middle_dot_with_one_title_both_found() -> None:
    got = facts("로앤코드는 2022년 신예린·장태호 대표가 공동 창업했다.")
    assert ("ESTABLISHED", "신예린", "로앤코드") in got and ("ESTABLISHED", "장태호", "로앤코드") in got, got


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("후루카와 료타 라쿠텐 부사장은 업스테이지와 협력한다고 밝혔다.", "후루카와 료타", "라쿠텐", "부사장"),
        (
            "사쿠라세미컨덕터의 다나카 유이치 대표는 인수 후에도 경영을 계속 맡는다.",
            "다나카 유이치",
            "사쿠라세미컨덕터",
            "대표",
        ),
        ("미야카와 준이치 소프트뱅크 사장이 SK텔레콤과 MOU를 맺었다.", "미야카와 준이치", "소프트뱅크그룹", "사장"),
    ],
)
def test_a_japanese_family_name_belongs_to_the_given_name_after_it(
    text: str, person: str, org: str, title: str
) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, got
    assert not any(person.split()[0] in n and n != person for n in names(text)), names(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("MGX의 아흐메드 알 하산 최고경영자는 퓨리오사AI에 3000만 달러를 투자하기로 했다.", "아흐메드 알 하산", "MGX"),
        ("비엣AI의 창업자 쩐 티 흐엉 대표가 알토스벤처스로부터 시드 투자를 받았다.", "쩐 티 흐엉", "비엣AI"),
    ],
)
def test_a_names_linking_word_is_never_its_last(text: str, person: str, org: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, got
    assert person.split()[-1] not in names(text), names(text)


def test_the_year_of_a_programme_is_no_field() -> None:
    got = facts("정부는 정예팀에 GPU와 데이터 구매 비용으로 1차 연도에만 약 100억원을 지원한다.")
    assert not any(k[0] == "INVESTED_IN" and k[2] == "연도" for k in got), got
