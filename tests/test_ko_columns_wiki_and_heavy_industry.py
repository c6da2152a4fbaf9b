"""Korean opinion columns, encyclopedic entries and heavy-industry news: a post held alongside another ("대표는 P가
겸임한다") is a post; hearsay ("투자했다는 소식이 들린다") and guesses ("노리고 있다고 추측했다") are no facts; a
consortium told by its place in a contest ("경쟁 컨소시엄") has no name; "X 역시" is a subject, as "X도"; a copula
("Y이며") is no subject particle."""

import pytest
from ko_facts import facts, names


def test_a_post_held_alongside_another_is_held() -> None:
    got = facts("누리에이아이의 대표는 하태오 가람전자 부사장이 겸임한다.")
    assert got.get(("WORKS_FOR", "하태오", "누리에이아이"), {}).get("title") == "대표", got


def test_a_post_perhaps_held_alongside_is_not_held() -> None:
    got = facts("누리에이아이의 대표는 하태오 가람전자 부사장이 겸임할 가능성이 있다.")
    assert ("WORKS_FOR", "하태오", "누리에이아이") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "소프트뱅크가 오픈AI에 400억달러를 투자하기로 했다는 소식이 들린다.",
        "업계는 삼성물산이 에퀴닉스 지분 인수를 노리고 있다고 추측했다.",
        "소프트뱅크가 오픈AI에 투자한다는 소문이 시장에 돌았다.",
    ],
)
def test_hearsay_and_guesses_are_no_facts(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_news_passed_on_as_reported_is_still_a_fact() -> None:
    got = facts("소프트뱅크가 오픈AI에 400억달러를 투자했다는 소식이 전해졌다.")
    assert got.get(("INVESTED_IN", "소프트뱅크그룹", "오픈AI"), {}).get("amount") == 4e10, got


def test_a_rival_consortium_has_no_name() -> None:
    text = "경쟁 컨소시엄을 꾸린 삼성SDS는 고배를 마셨다."
    assert "경쟁 컨소시엄" not in names(text), names(text)
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_a_subject_with_also_written_as_yeoksi() -> None:
    got = facts("아마존은 앤트로픽에 총 80억달러를 투자했다. 구글 역시 앤트로픽 지분 14%를 보유하고 있다.")
    assert got.get(("INVESTED_IN", "구글", "앤트로픽"), {}).get("stake_percent") == 14.0, got
    assert "stake_percent" not in got.get(("INVESTED_IN", "아마존", "앤트로픽"), {}), got


def test_a_subject_with_also_written_as_ttohan() -> None:
    got = facts("구글 또한 앤트로픽에 20억달러를 투자했다.")
    assert got.get(("INVESTED_IN", "구글", "앤트로픽"), {}).get("amount") == 2e9, got


def test_a_copula_is_no_subject() -> None:
    got = facts("에이펙스로보틱스의 모회사는 현대위아이며, 자회사로 에이펙스비전을 두고 있다.")
    assert ("AFFILIATE_OF", "에이펙스비전", "현대위아") not in got, got
