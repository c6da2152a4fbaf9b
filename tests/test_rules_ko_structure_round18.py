"""A company's overseas or local 법인 named after it is its affiliate; a joint venture stays its founders', and a
법인 founded or planned with no name gives no affiliate."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, member",
    [
        ("한빛전자의 미국 법인 누리아메리카는 실리콘밸리에 연구소를 열었다.", "누리아메리카"),
        ("한빛전자의 현지 법인 누리베트남이 문을 열었다.", "누리베트남"),
    ],
)
def test_an_overseas_subsidiary_is_an_affiliate(text: str, member: str) -> None:
    assert ("AFFILIATE_OF", member, "한빛전자") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가람테크의 합작 법인 누리랩스는 새 모델을 공개했다.",
        "한빛전자는 미국에 법인을 세웠다.",
        "한빛전자 법인 설립 계획은 없다.",
    ],
)
def test_a_joint_venture_or_unnamed_entity_is_no_affiliate(text: str) -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text, kind, member",
    [
        ("누리랩스(한빛전자 자회사)는 새 모델을 공개했다.", "AFFILIATE_OF", "누리랩스"),
        ("누리랩스(한빛전자 계열사)는 새 모델을 공개했다.", "AFFILIATE_OF", "누리랩스"),
        ("누리랩(한빛전자 산하)은 새 모델을 공개했다.", "PART_OF", "누리랩"),
    ],
)
def test_the_owner_glossed_after_a_name(text: str, kind: str, member: str) -> None:
    assert (kind, member, "한빛전자") in facts(text), facts(text)


def test_a_partner_glossed_after_a_name_is_no_owner() -> None:
    got = facts("누리랩스(한빛전자 협력사)는 새 모델을 공개했다.")
    assert not any(k[0] in ("AFFILIATE_OF", "PART_OF") for k in got), got
