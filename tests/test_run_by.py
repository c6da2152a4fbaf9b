""" "SPC그룹이 운영하는 (커피전문점) 파스쿠찌는": a business, brand or lab an organisation runs is part of it (a
business group's, its affiliate); "Y를 운영하는 X는": the organisation the clause describes runs the object. A
place the business is run in ("운영하는 매장에서"), a venture run jointly, one run under contract ("위탁 운영하는")
or one only planned gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "SPC그룹이 운영하는 이탈리아 커피전문점 파스쿠찌가 신제품을 출시했다.",
            ("AFFILIATE_OF", "파스쿠찌", "SPC그룹"),
        ),
        ("한빛전자가 운영하는 AI 연구소 한빛AI랩은 새 모델을 공개했다.", ("PART_OF", "한빛AI랩", "한빛전자")),
        ("다온랩스를 운영하는 한빛전자는 새 모델을 공개했다.", ("PART_OF", "다온랩스", "한빛전자")),
    ],
)
def test_what_an_organisation_runs_is_part_of_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 운영하는 매장에서 누리소프트 제품을 판다.",
        "한빛전자와 누리소프트가 공동 운영하는 다온랩스는 새 모델을 공개했다.",
        "한빛전자가 운영할 예정인 다온랩스는 아직 문을 열지 않았다.",
        "한빛시가 지원하고 누리대학교가 위탁·운영하는 한빛창업센터는 행사를 열었다.",
    ],
)
def test_a_place_a_joint_venture_or_a_plan_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("PART_OF", "AFFILIATE_OF") for k in got), got
