"""A kind of body written alone ("연구소", "센터") names no one body: it is never an entity of its own (every
article's "연구소" would be one node), and money put "into the centre" goes to the centre of that kind the article
named last ("… 공동연구센터를 설립했다. … 500억원을 센터에 지원한다"), or nowhere when none was named."""

import pytest
from ko_facts import facts, names


def test_money_into_a_bare_kind_goes_to_the_body_named_before() -> None:
    got = facts(
        "한빛전자는 누리대와 차세대 배터리 공동연구센터를 설립했다. 한빛전자는 향후 5년간 100억원을 센터에 지원한다."
    )
    targets = {t for (k, s, t) in got if k == "INVESTED_IN" and s == "한빛전자"}
    assert len(targets) == 1 and next(iter(targets)).endswith("공동연구센터"), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리대와 AI 연구소를 세웠다. 한빛전자는 연구소에 100억원을 투자한다.",
        "한빛전자는 센터에 100억원을 지원한다.",
    ],
)
def test_a_bare_kind_is_no_entity_and_no_target(text: str) -> None:
    assert not {"연구소", "센터"} & names(text), names(text)
    assert not [k for k in facts(text) if k[2] in ("연구소", "센터")], facts(text)
