"""Talks still under way ("제휴 협상은 아직 진행 중이다", "협상이 진행 중이라고") and a signing still ahead ("MOU
체결을 앞두고 있다"), terms still being worked out ("협력 범위를 조율 중이다") are no partnership yet; a partnership made before or beside such words stands."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "가람소프트와 누리AI의 제휴 협상은 아직 진행 중이다.",
        "가람소프트는 누리AI와의 제휴 협상이 진행 중이라고 밝혔다.",
        "가람소프트는 누리AI와 MOU 체결을 앞두고 있다.",
        "가람소프트와 누리AI가 로봇 공동 개발을 위한 협력 범위를 조율 중이다.",
        "가람소프트와 누리AI는 세부 제휴 조건을 조율하고 있다고 밝혔다.",
    ],
)
def test_no_partnership_yet(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "가람소프트는 누리AI와 MOU를 체결했다. 가람소프트는 상장을 앞두고 있다.",
        "가람소프트는 출시를 앞두고 누리AI와 협력하기로 했다.",
        "가람소프트는 누리AI와 제휴 협상을 마무리하고 MOU를 체결했다.",
        "가람소프트는 누리AI와 업무협약을 체결했다. 양사는 구체적인 일정을 조율할 예정이다.",
    ],
)
def test_a_partnership_made_stands(text: str) -> None:
    assert ("PARTNERS_WITH", "가람소프트", "누리AI") in facts(text), facts(text)
