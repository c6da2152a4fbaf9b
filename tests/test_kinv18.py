"""Korean INVESTED_IN on unseen news: startups no lexicon knows as the company funded (a topic raising money, a
name shaped like a person's that money goes into, "X로부터" misread by Kiwi), a fund referred back to, an
earlier clause's funding before a later hedge, and shareholders "among" others (composed sentences; each
family with wordings that must give nothing)."""

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def _invested(text: str) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t in facts(text) if kind == "INVESTED_IN"}


def _organisations(text: str) -> dict[str, str]:
    """Every entity's name -> its type, as the extractor reports them."""
    result = extractor().extract(Document(id="t", text=text))
    return {e.name: e.type.value for e in result.entities}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a short coined name the tagger reads as a person's ("라이너")
        (
            "라이너는 15일 시리즈B 투자를 유치했다고 밝혔다. 이번 투자에는 캡스톤파트너스와 다올인베스트먼트가 참여했다.",
            "라이너",
        ),
        # a name glued from common nouns ("하늘/NNG 비전/NNG"), a round named by its series only
        ("하늘비전이 프리시리즈A 라운드에서 30억원을 유치했다. 이번 라운드는 프라이머가 이끌었다.", "하늘비전"),
        # a proper noun glued to a field word ("모아/NNP 데이터/NNG")
        ("모아데이터가 소프트뱅크벤처스 등으로부터 80억원의 투자를 받았다.", "모아데이터"),
        (
            "의료 AI 스타트업 라이너가 시리즈B 투자를 유치했다고 밝혔다. 투자에는 프라이머와 카카오벤처스가 참여했다.",
            "라이너",
        ),
    ],
)
def test_a_topic_raising_money_is_the_company_funded(text: str, company: str) -> None:
    got = _invested(text)
    assert got and all(target == company for _, target in got)


def test_a_topic_raising_money_is_an_organisation_even_without_investors() -> None:
    assert _organisations("라이너는 15일 시리즈B 투자를 유치했다고 밝혔다.").get("라이너") == "Company"


@pytest.mark.parametrize(
    "text",
    [
        "벤처업계는 투자 유치에 어려움을 겪고 있다.",
        "AI업계가 투자를 받았다.",
        "스타트업들은 투자 유치에 어려움을 겪는다.",
    ],
)
def test_a_field_or_many_companies_raising_money_is_no_organisation(text: str) -> None:
    assert not _organisations(text)


def test_a_titled_person_raising_money_stays_a_person() -> None:
    got = _organisations("김철수 대표는 시리즈A 투자를 유치했다고 밝혔다.")
    assert got.get("김철수") == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "누리봇은 연내 시리즈B 투자를 유치할 계획이다.",
        "누리봇은 투자 유치를 추진하고 있다.",
        "누리봇은 투자 유치설을 부인했다.",
        "누리봇은 이번 투자로 누적 투자 유치 금액이 200억원이 됐다.",
    ],
)
def test_money_not_raised_or_a_running_total_names_no_investor(text: str) -> None:
    assert not _invested(text)


def test_a_source_kiwi_read_with_its_particle_is_the_investor() -> None:
    # "프라이머로/NNG 부터/JX": the name, then 로부터
    assert ("프라이머", "하늘비전") in _invested("하늘비전은 지난해 프라이머로부터 투자를 받았다.")


@pytest.mark.parametrize(
    "text",
    ["카카오벤처스는 라이너에 투자했다.", "라이너에 투자한 카카오벤처스는 후속 투자도 검토하고 있다."],
)
def test_a_person_shaped_name_money_goes_into_is_the_company_funded(text: str) -> None:
    assert ("카카오벤처스", "라이너") in _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "카카오벤처스는 라이너에 투자를 검토 중이다.",
        "카카오벤처스는 라이너에 투자할 수도 있다.",
        "카카오벤처스는 라이너에 투자한 적이 없다고 밝혔다.",
    ],
)
def test_an_investment_considered_possible_or_denied_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize("anaphor", ["펀드에는", "이 펀드에는"])
def test_a_fund_referred_back_to_gets_the_contributions(anaphor: str) -> None:
    got = facts(
        f"카카오벤처스는 500억원 규모의 'AI 혁신펀드'를 결성했다. {anaphor} 한국벤처투자와 신한은행이 각각 100억원을 출자했다."
    )
    for investor in ("한국벤처투자", "신한은행"):
        assert got[("INVESTED_IN", investor, "AI 혁신펀드")]["amount"] == 10_000_000_000


def test_a_fund_considered_gets_no_contribution() -> None:
    assert not _invested(
        "카카오벤처스는 500억원 규모의 'AI 혁신펀드'를 결성했다. 펀드에는 한국벤처투자가 출자를 검토하고 있다."
    )


def test_money_received_before_a_hedged_next_step_is_received() -> None:
    got = facts("오픈AI가 마이크로소프트로부터 100억달러를 투자받은 데 이어 추가 투자를 논의하고 있다.")
    assert got[("INVESTED_IN", "마이크로소프트", "오픈AI")]["amount"] == 10_000_000_000


@pytest.mark.parametrize(
    "text",
    [
        "오픈AI는 마이크로소프트로부터 투자를 받은 적이 없다고 밝혔다.",
        "오픈AI가 마이크로소프트로부터 투자를 받는 방안을 논의하고 있다.",
    ],
)
def test_money_never_received_or_discussed_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    ["SK텔레콤은 앤스로픽의 최대 주주 중 하나다.", "SK텔레콤은 앤스로픽의 주요 투자자 중 하나다."],
)
def test_one_of_the_shareholders_has_invested(text: str) -> None:
    assert ("SK텔레콤", "앤스로픽") in _invested(text)


def test_a_shareholder_asked_about_is_none() -> None:
    assert not _invested("앤스로픽의 최대 주주가 SK텔레콤인지 구글인지는 알려지지 않았다.")


def test_a_bridge_round_closed_names_its_investors() -> None:
    got = facts(
        "생성형 AI 솔루션 기업 마인드윙은 최근 프리A 브릿지 투자를 마무리했다고 3일 밝혔다. "
        "투자에는 블루포인트파트너스가 참여했다."
    )
    assert ("INVESTED_IN", "블루포인트파트너스", "마인드윙") in got


def test_a_bridge_round_planned_names_no_investor() -> None:
    assert not _invested(
        "마인드윙은 연내 브릿지 투자를 마무리할 계획이다. 투자에는 블루포인트파트너스가 참여할 예정이다."
    )


@pytest.mark.parametrize("text", ["업스테이지, KT서 100억 투자 유치", "모아데이터, 소프트뱅크벤처스서 80억 투자 유치"])
def test_a_headline_source_written_with_seo_is_the_investor(text: str) -> None:
    got = _invested(text)
    assert len(got) == 1 and next(iter(got))[0] in ("KT", "소프트뱅크벤처스")


@pytest.mark.parametrize("text", ["업스테이지, KT서 투자 유치 추진", "업스테이지, 서울서 투자 유치 설명회 개최"])
def test_a_headline_round_sought_or_an_event_names_no_investor(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "새봄테크는 KB인베스트먼트, 미래에셋벤처투자 등 기존 투자자들의 후속 투자를 이끌어냈다.",
        "새봄테크는 KB인베스트먼트, 미래에셋벤처투자 등의 투자를 받았다.",
    ],
)
def test_every_investor_listed_before_whose_investment_was_received(text: str) -> None:
    assert {("KB인베스트먼트", "새봄테크"), ("미래에셋벤처투자", "새봄테크")} <= _invested(text)


@pytest.mark.parametrize(
    "text",
    [
        "새봄테크는 KB인베스트먼트 등 기존 투자자들의 후속 투자를 받을 계획이다.",
        "새봄테크는 KB인베스트먼트, 미래에셋벤처투자 등과 협력해 사업을 키운다.",
    ],
)
def test_investment_to_be_received_or_a_partnership_is_none(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize(
    "split",
    ["지분은 삼성전자가 51%, 네이버가 49%를 보유한다.", "누리AI 지분은 삼성전자가 51%, 네이버가 49%를 갖는다."],
)
def test_the_stake_split_of_a_joint_venture_just_set_up(split: str) -> None:
    got = facts(f"삼성전자와 네이버는 합작법인 누리AI를 설립했다. {split}")
    assert got[("INVESTED_IN", "삼성전자", "누리AI")]["stake_percent"] == 51.0
    assert got[("INVESTED_IN", "네이버", "누리AI")]["stake_percent"] == 49.0


@pytest.mark.parametrize(
    "split",
    ["지분은 삼성전자가 51%, 네이버가 49%를 가질 예정이다.", "지분 구조는 아직 정해지지 않았다."],
)
def test_a_stake_split_planned_or_undecided_is_none(split: str) -> None:
    assert not _invested(f"삼성전자와 네이버는 합작법인 누리AI를 설립했다. {split}")


def test_a_company_named_after_a_joint_venture_classifier() -> None:
    # "합작사 모셔널": the tagger read the coined name as a person's
    got = facts("현대차그룹과 앱티브는 각각 2조원을 출자해 자율주행 합작사 모셔널을 설립했다.")
    assert got[("INVESTED_IN", "앱티브", "모셔널")]["amount"] == 2_000_000_000_000


_ROUND = "누리봇은 200억원 규모의 시리즈B 투자를 유치했다. "


@pytest.mark.parametrize(
    "text",
    [
        _ROUND + "스톤브릿지벤처스를 비롯해 한국투자파트너스, 카카오벤처스 등이 참여했다.",
        _ROUND + "이번 투자에는 스톤브릿지벤처스, 한국투자파트너스, 카카오벤처스 등 기존 투자사와 신규 투자사인 "
        "KB인베스트먼트가 참여했다.",
    ],
)
def test_every_participant_listed_with_the_subject_joined_the_round(text: str) -> None:
    got = _invested(text)
    assert {(i, "누리봇") for i in ("스톤브릿지벤처스", "한국투자파트너스", "카카오벤처스")} <= got


@pytest.mark.parametrize(
    "text",
    [
        _ROUND + "스톤브릿지벤처스를 비롯해 한국투자파트너스, 카카오벤처스 등이 행사에 참여했다.",
        "누리봇은 시리즈B 투자를 유치할 계획이다. 스톤브릿지벤처스를 비롯해 한국투자파트너스 등이 참여할 예정이다.",
    ],
)
def test_participants_of_another_event_or_a_planned_round_are_no_investors(text: str) -> None:
    assert not _invested(text)


@pytest.mark.parametrize("text", ["네이버는 XRCE를 인수했다.", "네이버는 XRCE 인수를 완료했다."])
def test_a_latin_name_bought_is_the_company_acquired(text: str) -> None:
    assert ("ACQUIRED", "네이버", "XRCE") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 XRCE 인수를 검토하고 있다.",
        "미래에셋벤처투자는 누리봇이 발행한 CB를 인수했다.",
        "삼성전자는 HBM 공급을 확대했다.",
    ],
)
def test_a_latin_name_only_considered_or_a_security_is_no_acquisition(text: str) -> None:
    assert "ACQUIRED" not in {k[0] for k in facts(text)}


def test_a_fund_topic_after_a_long_relative_clause_gets_the_contributions_of_its_own_subjects() -> None:
    got = facts(
        "대구테크노파크(TP)는 대구시와 함께 500억원 규모의 ‘AI 혁신펀드’ 투자 대상 기업을 모집한다고 밝혔다. "
        "중소벤처기업부와 대구시가 지역 혁신 성장 사업의 하나로 함께 조성 중인 펀드는 대구TP와 대구은행이 각각 "
        "30억원을 출자해 운용사 2곳을 선정했다."
    )
    invested = {(s, t) for kind, s, t in got if kind == "INVESTED_IN"}
    # "대구TP": the name's first part and the acronym it was glossed with
    assert invested == {("대구테크노파크", "AI 혁신펀드"), ("대구은행", "AI 혁신펀드")}
    assert got[("INVESTED_IN", "대구은행", "AI 혁신펀드")]["amount"] == 3_000_000_000


def test_a_place_and_an_acronym_glossed_for_another_body_stay_apart() -> None:
    # "대전" opens no part of "한국전자통신연구원": "대전ETRI" is not that institute written short
    got = _organisations("한국전자통신연구원(ETRI)은 AI 반도체를 개발했다. 대전ETRI 관계자는 이같이 말했다.")
    assert {"한국전자통신연구원", "대전ETRI"} <= set(got)
