"""Appointment and funding wordings news uses every day: the group names the affiliate whose post it fills ("그룹은
ORG(의) 신임 대표에 P를 내정했다": P heads ORG, not the group); a second post held beside the first ("T를
겸직한다", "T도 맡는다"); money raised "추가로"/"새로"; and a round written with 의 after its company ("A는 Y의
시리즈 B 라운드에 N원을 투입했다").  Weighed ones give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "누리그룹은 누리모빌리티 신임 대표에 한정우 부사장을 내정했다.",
        "누리그룹은 누리모빌리티의 신임 대표로 한정우 부사장을 선임했다.",
        "누리그룹은 누리모빌리티의 새 대표에 한정우 부사장을 내정했다.",
    ],
)
def test_the_post_belongs_to_the_affiliate_named_with_it(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "한정우", "누리모빌리티"), {}).get("title") == "대표", got
    assert ("WORKS_FOR", "한정우", "누리그룹") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "정민호 한빛전자 부사장이 가람테크 AI투자센터장을 겸직한다.",
        "정민호 한빛전자 부사장은 가람테크 AI투자센터장도 맡는다.",
        "정민호 한빛전자 부사장은 가람테크 AI투자센터장을 겸임하고 있다.",
    ],
)
def test_a_second_post_held_beside_the_first(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "정민호", "가람테크"), {}).get("title") == "AI투자센터장", got
    assert ("WORKS_FOR", "정민호", "한빛전자") in got, got


def test_a_second_post_weighed_is_none() -> None:
    got = facts("정민호 한빛전자 부사장이 가람테크 AI투자센터장을 겸직하는 방안이 검토되고 있다.")
    assert ("WORKS_FOR", "정민호", "가람테크") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "로앤굿은 가람벤처투자로부터 40억원을 추가로 유치했다.",
        "로앤굿은 가람벤처투자로부터 40억원 규모의 투자를 새로 유치했다.",
    ],
)
def test_money_raised_again(text: str) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "가람벤처투자", "로앤굿"), {}).get("amount") == 4_000_000_000, got


def test_money_to_be_raised_again_is_none() -> None:
    got = facts("로앤굿은 가람벤처투자로부터 40억원을 추가로 유치할 계획이다.")
    assert ("INVESTED_IN", "가람벤처투자", "로앤굿") not in got, got


@pytest.mark.parametrize(
    ("text", "invested"),
    [
        ("가람파트너스는 누리랩스의 시리즈 B 라운드에 200억원을 투입했다.", True),
        ("가람파트너스는 누리랩스의 유상증자에 200억원을 넣었다.", True),
        ("가람파트너스는 누리랩스의 시리즈 B 라운드에 200억원을 투입하는 방안을 검토 중이다.", False),
    ],
)
def test_a_round_written_with_its_company(text: str, invested: bool) -> None:
    assert (("INVESTED_IN", "가람파트너스", "누리랩스") in facts(text)) is invested, facts(text)
