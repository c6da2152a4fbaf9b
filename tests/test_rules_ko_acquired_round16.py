"""ACQUIRED in more of the ways Korean news writes a completed purchase; plans, failures and talks give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "한울전자가 누리텍 인수를 완료했다.",  # a name Kiwi does not know, written right before the deal noun
        "한울전자는 누리텍 인수 작업을 마무리했다고 11일 밝혔다.",
        "한울전자는 누리텍 인수 계약을 체결했다.",  # the agreement signed, as "인수하기로 했다"
        "한울전자의 누리텍 인수가 마무리됐다.",
        "지난해 한울전자에 인수된 누리텍은 신제품을 내놨다.",  # the passive description before the company
        "2019년 한울전자에 인수된 AI 스타트업 누리텍이 신제품을 내놨다.",
        "누리텍은 한울전자에 인수된 것으로 알려졌다.",
        "한울전자는 누리텍 경영권을 확보했다.",  # control bought
        "한울전자는 누리텍의 경영권을 인수했다.",
    ],
)
def test_a_completed_purchase(text: str) -> None:
    assert ("ACQUIRED", "한울전자", "누리텍") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한울전자는 누리텍 인수를 추진하고 있다.",
        "한울전자는 누리텍 인수를 완료하지 못했다.",
        "한울전자는 누리텍 인수를 마무리할 계획이다.",  # the plan is on the closing verb, not on the noun
        "한울전자는 누리텍 인수 완료를 앞두고 있다.",
        "한울전자는 누리텍 인수 계약을 체결할 예정이다.",
        "한울전자는 누리텍 인수 협상을 마무리했다.",  # talks ended, whichever way
        "한울전자에 인수될 예정인 누리텍은 신제품을 내놨다.",
        "한울전자는 누리텍 경영권 확보를 추진한다.",
        "한울전자는 누리텍 경영권을 확보하지 못했다.",
        "한울전자가 누리텍 경영권을 확보할 경우 시장 재편이 예상된다.",
        "한울전자는 누리텍 인수를 포기했다.",
    ],
)
def test_plans_failures_and_talks_are_no_purchase(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ACQUIRED"]


@pytest.mark.parametrize(
    "text",
    ["한울전자는 누리텍의 경영권을 확보하기 위해 지분을 늘렸다.", "한울전자는 누리텍의 경영권을 확보하려 한다."],
)
def test_control_sought_is_no_purchase(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ACQUIRED"]
