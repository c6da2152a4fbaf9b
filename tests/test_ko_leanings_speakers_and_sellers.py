"""Korean deal news read right: a direction leaned towards ("인수로 가닥을 잡았다") is no deal; a head telling of
the company's deal ("ORG P 대표는 Y를 인수했다고 말했다") speaks for the company, who bought it; a person whose
name starts with a particle's syllable ("학과 이민호 교수가") is not read as the particle of the name before; a
head whose shares are sold ("P 대표가 보유한 지분을 인수") is the seller, not the buyer's head."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text", ["가람소프트는 다온랩스 인수로 가닥을 잡았다.", "가람소프트가 다온랩스 인수로 가닥을 잡은 것으로 알려졌다."]
)
def test_a_direction_leaned_towards_is_no_deal(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in facts(text)), facts(text)


def test_a_deal_made_stands() -> None:
    got = facts("가람소프트는 다온랩스를 인수했다. 양사는 통합 방향의 가닥을 잡았다.")
    assert ("ACQUIRED", "가람소프트", "다온랩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 최수연 대표는 다온랩스를 인수했다고 말했다.",
        "한빛전자 최수연 사장은 다온랩스를 인수하기로 했다고 밝혔다.",
    ],
)
def test_a_head_tells_of_the_companys_acquisition(text: str) -> None:
    got = facts(text)
    assert ("ACQUIRED", "한빛전자", "다온랩스") in got, got
    assert ("ACQUIRED", "최수연", "다온랩스") not in got, got


@pytest.mark.parametrize("name", ["이민호", "이수아", "도현수"])
def test_a_name_opening_with_a_particles_syllable(name: str) -> None:
    got = facts(f"누리대 컴퓨터학과 {name} 교수가 AI 스타트업 '뉴런밸리'를 창업했다.")
    assert ("ESTABLISHED", name, "뉴런밸리") in got, got
    assert not any(k[0] == "ESTABLISHED" and "학과" in k[1] for k in got), got


def test_a_holder_sells_and_heads_nothing_here() -> None:
    got = facts("가람소프트는 이태호 대표가 보유한 지분 31%를 650억원에 인수하는 계약을 체결했다.")
    assert ("WORKS_FOR", "이태호", "가람소프트") not in got, got


def test_a_head_acting_for_the_topic() -> None:
    got = facts("가람소프트는 이태호 대표가 신규 서비스를 공개했다고 밝혔다.")
    assert ("WORKS_FOR", "이태호", "가람소프트") in got, got
