"""A verb takes its own clause's arguments: in "X는 Y를 인수한 데 이어 연구소를 세웠다" (also "-ㄴ 뒤", "-ㄴ 후",
"-면서", "-자", serial "-해" with an object of its own) Y was bought, not founded, and a partner of an earlier
clause ("Y와 결별한 데 이어") is no partner of the next verb; a hedge of the later clause ("… 추진할 계획이다")
does not hedge the earlier one.  A prediction "할 것이란 관측" gives nothing.  A funding round ("시리즈B",
"프리A", "Pre-A", "시리즈A 브릿지") is never an organisation.  Controls: a founding paid for with the serial
"출자해", a founding before a later clause, a partner of the trigger's own clause."""

from datetime import date

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.pipeline.doc import DocState


def pairs(text: str, kind: str) -> set[tuple[str, str]]:
    """(source, target) names of every relation of ``kind`` extracted from ``text``."""
    return {(k[1], k[2]) for k in facts(text) if k[0] == kind}


def entity_names(text: str) -> set[str]:
    """Every entity recognition and the rules found, those the output leaves out as unused too."""
    state = DocState(text=text, language="ko", published=date(2024, 6, 15))
    extractor().run(state)
    return {e.name for e in state.entities}


@pytest.mark.parametrize(
    "text",
    [
        "가람그룹은 누리랩스를 인수한 데 이어 AI 연구소를 세웠다.",
        "가람그룹은 누리랩스를 인수한 데 이어 한빛전자와 함께 합작법인을 세웠다.",
        "가람그룹은 누리랩스를 인수해 미국에 AI 전문 법인을 세웠다.",
        "가람그룹은 누리랩스를 사들인 뒤 유럽 현지에 데이터 분석 법인을 새로 설립했다.",
        "가람그룹은 누리랩스를 인수하면서 서울 강남에 AI 연구 센터를 따로 만들었다.",
    ],
)
def test_an_earlier_clauses_object_is_not_founded(text: str) -> None:
    assert ("가람그룹", "누리랩스") not in pairs(text, "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람그룹은 누리랩스를 100% 출자해 설립했다.",
        "가람그룹은 한빛전자와 공동 출자해 누리랩스를 설립했다.",
        "가람그룹은 2019년 누리랩스를 설립한 뒤 상장했다.",
        "가람그룹은 한빛전자를 인수한 데 이어 누리랩스를 설립했다.",
    ],
)
def test_a_founding_in_its_own_clause_stands(text: str) -> None:
    assert ("가람그룹", "누리랩스") in pairs(text, "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와 결별한 데 이어 중국 업체와 업무협약을 체결했다.",
        "가람테크는 누리랩스와 소송전을 벌인 뒤 국내 업체와 업무협약을 맺었다.",
    ],
)
def test_an_earlier_clauses_partner_is_no_partner(text: str) -> None:
    assert not pairs(text, "PARTNERS_WITH"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스와 협력해 AI 칩을 개발한 뒤 자회사를 설립했다.",
        "가람테크는 한빛전자를 인수한 뒤 누리랩스와 업무협약을 체결했다.",
    ],
)
def test_a_partner_of_the_triggers_own_clause_stands(text: str) -> None:
    assert ("가람테크", "누리랩스") in pairs(text, "PARTNERS_WITH"), facts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("가람테크는 누리랩스와 업무협약을 맺은 뒤 합작법인 설립을 검토하고 있다.", "PARTNERS_WITH"),
        ("가람테크는 누리랩스를 인수하면서 추가 투자는 하지 않았다.", "ACQUIRED"),
        ("가람테크는 누리랩스를 인수한 뒤 한빛전자와 합병을 추진할 계획이다.", "ACQUIRED"),
    ],
)
def test_a_later_clauses_hedge_does_not_hedge_a_deal_done(text: str, kind: str) -> None:
    assert ("가람테크", "누리랩스") in pairs(text, kind), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "업계에서는 가람테크가 누리랩스를 인수할 것이란 관측이 나온다.",
        "가람테크가 누리랩스에 투자할 것이란 전망이 나온다.",
    ],
)
def test_a_prediction_gives_nothing(text: str) -> None:
    assert not facts(text), facts(text)


@pytest.mark.parametrize(
    ("text", "round_word"),
    [
        ("온새미가 시리즈B에서 120억원을 유치했다.", "시리즈B"),
        ("가람벤처스는 온새미의 시리즈C에 참여했다.", "시리즈C"),
        ("온새미가 Pre-A 투자를 유치했다.", "Pre-A"),
        ("온새미는 프리A에서 30억원을 유치했다.", "프리A"),
        ("온새미는 시리즈A 브릿지에서 50억원을 확보했다.", "시리즈A 브릿지"),
        ("온새미는 프리IPO에서 300억원을 유치했다.", "프리IPO"),
    ],
)
def test_a_funding_round_is_no_organisation(text: str, round_word: str) -> None:
    assert not any(round_word in name or name in round_word for name in entity_names(text) - {"온새미", "가람벤처스"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("가람테크는 누리랩스와 협력하던 한빛전자를 인수했다.", "ACQUIRED"),
        ("가람테크는 누리랩스와 경쟁하는 한빛전자에 투자했다.", "INVESTED_IN"),
        ("가람테크는 누리랩스와 손잡은 한빛전자를 인수했다.", "ACQUIRED"),
    ],
)
def test_a_relative_clauses_partner_is_no_member_of_the_object(text: str, kind: str) -> None:
    assert ("가람테크", "누리랩스") not in pairs(text, kind) | pairs(text, "PARTNERS_WITH"), facts(text)
    assert ("가람테크", "한빛전자") in pairs(text, kind), facts(text)


def test_a_partnership_told_as_a_relative_clause_is_its_heads() -> None:
    text = "가람테크는 누리랩스와 협력하던 한빛전자를 인수했다."
    assert ("한빛전자", "누리랩스") in pairs(text, "PARTNERS_WITH"), facts(text)


@pytest.mark.parametrize(
    "text",
    ["가람테크는 누리랩스와 김철수 회장이 이끄는 한빛전자를 인수했다.", "가람테크는 누리랩스와 한빛전자를 인수했다."],
)
def test_a_list_with_a_subjects_relative_clause_stays_a_list(text: str) -> None:
    assert {("가람테크", "누리랩스"), ("가람테크", "한빛전자")} <= pairs(text, "ACQUIRED"), facts(text)


@pytest.mark.parametrize(
    "text",
    ["누리랩스는 가람테크가 세운 연구소와 협력한다.", "누리랩스는 가람테크가 만든 플랫폼을 쓴다."],
)
def test_a_relative_clause_on_a_common_noun_founds_no_topic(text: str) -> None:
    assert not pairs(text, "ESTABLISHED"), facts(text)


@pytest.mark.parametrize(
    "text",
    ["누리랩스는 가람테크가 2019년 세운 AI 스타트업이다.", "누리랩스는 가람테크가 세운 연구기관이며 서울에 있다."],
)
def test_a_relative_clause_describing_the_topic_founds_it(text: str) -> None:
    assert ("가람테크", "누리랩스") in pairs(text, "ESTABLISHED"), facts(text)


def test_another_verbs_source_is_no_parent() -> None:
    text = "가람테크는 누리랩스로부터 기술을 이전받아 한빛에이아이를 분사했다."
    assert ("가람테크", "누리랩스") not in pairs(text, "SPUN_OFF_FROM"), facts(text)


def test_a_bound_noun_opens_no_fund_name() -> None:
    assert not any(
        name.startswith("뒤") for name in entity_names("가람테크는 누리랩스에 투자한 뒤 새 펀드를 조성했다.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스를 인수하려 했으나 한빛전자가 먼저 인수했다.",
        "가람테크는 누리랩스 인수를 원했지만 한빛전자가 인수했다.",
    ],
)
def test_an_attempt_before_but_is_no_deal(text: str) -> None:
    assert ("가람테크", "누리랩스") not in pairs(text, "ACQUIRED"), facts(text)


def test_a_round_word_tagged_alone_is_no_name() -> None:
    assert "라운드" not in entity_names("온새미의 Series A 라운드에는 가람벤처스가 참여했다.")


def test_respective_buyers_pair_in_order() -> None:
    text = "가람테크와 한빛전자가 각각 누리랩스와 다온소프트를 인수했다."
    assert pairs(text, "ACQUIRED") == {("가람테크", "누리랩스"), ("한빛전자", "다온소프트")}, facts(text)


def test_respective_lists_of_different_lengths_pair_none() -> None:
    text = "가람테크와 한빛전자가 각각 누리랩스, 다온소프트, 온새미를 인수했다."
    assert not pairs(text, "ACQUIRED"), facts(text)


def test_joint_buyers_still_bought_every_company() -> None:
    text = "가람테크와 한빛전자는 누리랩스와 다온소프트를 공동 인수했다."
    assert len(pairs(text, "ACQUIRED")) == 4, facts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("가람테크와 한빛전자는 각각 누리랩스와 다온소프트에 투자했다.", "INVESTED_IN"),
        ("가람테크와 한빛전자는 각각 누리랩스, 다온소프트와 업무협약을 맺었다.", "PARTNERS_WITH"),
    ],
)
def test_respective_investors_and_partners_pair_in_order(text: str, kind: str) -> None:
    assert pairs(text, kind) == {("가람테크", "누리랩스"), ("한빛전자", "다온소프트")}, facts(text)
