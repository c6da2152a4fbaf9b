"""Korean news wordings read right: a sentence ending as a question ("인수할까?", a headline's "손잡나", a
broadcast's "인수하는 건가요?") tells no fact;
the Hanja 前/現 before a post read as 전/현; an investor making a follow-on investment right after a round joined it;
the topic that reports what another did ("공정위는 A가 Y를 … 했다고 밝혔다") is not the actor; a 손자회사 is
held through a subsidiary (no purchase by the grandparent); a partner's gloss in brackets ("B(FAP)와") keeps it a
founder of the joint venture; a sum several investors put in together is their round's total."""

import pytest
from ko_facts import facts, kinds


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 다온랩스를 인수할까?",
        "한빛전자, 누리AI와 손잡나",
        "한빛전자는 누리AI와 손잡을 것인가.",
        "가람인베스트먼트가 다온랩스에 투자했는가",
        "한빛전자는 다온랩스에 300억원을 투자할까",
        "앵커: 그럼 한빛전자가 다온랩스를 인수하는 건가요?",
        "한빛전자와 누리AI가 손을 잡는 겁니까?",
        "한빛전자가 다온랩스를 인수하는 거죠?",
    ],
)
def test_a_question_tells_no_fact(text: str) -> None:
    assert not kinds(text), facts(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("한빛전자는 누리AI와 손잡았다.", "PARTNERS_WITH"),
        ("한빛전자가 다온랩스를 인수했죠.", "ACQUIRED"),
        ("기자: 네, 한빛전자는 다온랩스를 인수했습니다.", "ACQUIRED"),
        ("한빛전자는 다온랩스를 인수했으나 시너지는 아직 미미하다.", "ACQUIRED"),
        ("한빛전자는 다온랩스에 300억원을 투자했다. 이유는 무엇일까?", "INVESTED_IN"),
    ],
)
def test_a_statement_ending_otherwise_keeps_its_fact(text: str, kind: str) -> None:
    assert kind in kinds(text), facts(text)


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("강도윤 前 한빛전자 부사장은 이날 기조연설을 했다.", "강도윤", "한빛전자", "부사장"),
        ("윤서아 前 누리AI 사장이 다온랩스 고문으로 합류했다.", "윤서아", "누리AI", "사장"),
    ],
)
def test_the_hanja_former_before_a_post(text: str, person: str, org: str, title: str) -> None:
    got = facts(text).get(("WORKS_FOR", person, org), {})
    assert got.get("title") == title and got.get("former") is True, facts(text)
    assert not any("前" in k[2] for k in facts(text)), facts(text)


def test_a_follow_on_investor_right_after_the_round() -> None:
    got = facts("다온랩스가 시리즈B 투자를 유치했다. 가람인베스트먼트와 누리파트너스가 후속 투자에 나섰다.")
    assert ("INVESTED_IN", "가람인베스트먼트", "다온랩스") in got, got
    assert ("INVESTED_IN", "누리파트너스", "다온랩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "다온랩스가 시리즈B 투자를 유치했다. 가람인베스트먼트가 후속 투자에 나설지 주목된다.",
        "다온랩스가 시리즈B 투자를 유치했다. 가람인베스트먼트는 후속 투자에 나서지 않았다.",
        "다온랩스가 시리즈B 투자를 유치했다. 회사는 신제품을 냈다. 시장은 커지고 있다. 가람인베스트먼트가 후속 투자에 나섰다.",
    ],
)
def test_a_follow_on_not_made_or_far_from_the_round(text: str) -> None:
    assert ("INVESTED_IN", "가람인베스트먼트", "다온랩스") not in facts(text), facts(text)


@pytest.mark.parametrize(
    "text, fact, reporter",
    [
        (
            "공정거래위원회는 한빛전자가 다온랩스를 계열사로 편입했다고 1일 밝혔다.",
            ("ACQUIRED", "한빛전자", "다온랩스"),
            "공정거래위원회",
        ),
        (
            "과학기술정보통신부는 누리AI가 한빛대학교와 업무협약을 맺었다고 밝혔다.",
            ("PARTNERS_WITH", "누리AI", "한빛대학교"),
            "과학기술정보통신부",
        ),
    ],
)
def test_the_topic_reporting_what_another_did_is_not_the_actor(
    text: str, fact: tuple[str, str, str], reporter: str
) -> None:
    got = facts(text)
    assert fact in got, got
    assert not any(reporter in k[1:] for k in got), got


def test_the_topics_own_reported_deal_stays_its_own() -> None:
    got = facts("한빛전자는 다온랩스를 계열사로 편입했다고 밝혔다.")
    assert ("ACQUIRED", "한빛전자", "다온랩스") in got, got


def test_a_grandchild_company_is_no_purchase_of_the_grandparent() -> None:
    got = facts("다온랩스는 한빛홀딩스의 손자회사로 편입됐다.")
    assert ("ACQUIRED", "한빛홀딩스", "다온랩스") not in got, got
    assert ("AFFILIATE_OF", "다온랩스", "한빛홀딩스") in got, got


def test_a_glossed_partner_founds_the_joint_venture_too() -> None:
    got = facts("한빛전자는 가람패키징(GP)과 합작법인 한빛가람을 설립했다.")
    assert ("ESTABLISHED", "한빛전자", "한빛가람") in got, got
    assert ("ESTABLISHED", "가람패키징", "한빛가람") in got, got


def test_a_sum_two_investors_put_in_together_is_their_rounds_total() -> None:
    got = facts("가람인베스트먼트와 누리파트너스가 다온랩스에 150억원을 투자했다.")
    for investor in ("가람인베스트먼트", "누리파트너스"):
        props = got.get(("INVESTED_IN", investor, "다온랩스"), {})
        assert props.get("round_amount") == 15_000_000_000 and "amount" not in props, got
    each = facts("가람인베스트먼트와 누리파트너스가 다온랩스에 각각 50억원을 투자했다.")
    assert each.get(("INVESTED_IN", "누리파트너스", "다온랩스"), {}).get("amount") == 5_000_000_000, each
