""" "X로부터 N원을 투자받았지만 상장 계획은 없다": a hedge or negation in the next clause, after a contrastive or
joining ending, is that clause's, even where the trigger's own match ends inside the ending ("투자받았|지만");
an act called off is told in the next clause too ("매각하기로 했지만 협상이 무산됐다", "체결했지만 철회했다"), and
then nothing is claimed."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "누리랩스는 한빛벤처스로부터 120억원을 투자받았지만 추가 증자 계획은 없다고 밝혔다.",
            ("INVESTED_IN", "한빛벤처스", "누리랩스"),
        ),
        (
            "가람테크는 새봄인베스트먼트로부터 50억원을 투자받았으며, 매각설은 사실무근이라고 밝혔다.",
            ("INVESTED_IN", "새봄인베스트먼트", "가람테크"),
        ),
        (
            "다온바이오는 한빛파트너스로부터 80억원을 투자받았지만 기업공개 여부는 검토 중이다.",
            ("INVESTED_IN", "한빛파트너스", "다온바이오"),
        ),
    ],
)
def test_a_hedge_in_the_next_clause_leaves_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "가람테크는 새봄인베스트먼트로부터 50억원을 투자받기로 했지만 협상이 결렬됐다.",
            ("새봄인베스트먼트", "가람테크"),
        ),
        ("한빛전자는 가람테크와 업무협약을 체결했지만 석 달 만에 철회했다.", ("한빛전자", "가람테크")),
        ("새봄홀딩스는 가람테크를 한빛전자에 매각하기로 했지만 협상이 무산됐다.", ("한빛전자", "가람테크")),
        ("누리랩스는 한빛벤처스로부터 120억원을 투자받지 않았다고 밝혔다.", ("한빛벤처스", "누리랩스")),
    ],
)
def test_an_act_called_off_in_the_next_clause_gives_nothing(text: str, pair: tuple[str, str]) -> None:
    assert not [k for k in facts(text) if k[1:] == pair], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 자회사 누리랩스는 미국 나스닥 상장을 추진하고 있다.",
        "한빛전자의 자회사인 누리랩스는 상장을 검토 중이다.",
    ],
)
def test_an_affiliate_named_as_a_description_is_not_hedged_by_its_plans(text: str) -> None:
    assert ("AFFILIATE_OF", "누리랩스", "한빛전자") in facts(text), facts(text)


def test_an_affiliate_still_to_be_made_gives_nothing() -> None:
    assert not facts("한빛전자는 누리랩스를 자회사로 편입할 계획이다.")
