"""A kind of site written alone ("클러스터", "공장", "데이터센터") names no organisation: "용인 반도체 클러스터에 20조원을
투자한다" had made 클러스터 a company, one node every article's cluster would join; a site with a name of its own stays."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "한빛반도체는 용인 반도체 클러스터에 20조원을 투자한다.",
        "한빛반도체는 평택 반도체 클러스터에 2028년까지 20조원을 투자할 계획이다.",
    ],
)
def test_a_site_kind_alone_is_no_organisation(text: str) -> None:
    assert "클러스터" not in names(text), names(text)
    assert not any(k[2] == "클러스터" for k in facts(text)), facts(text)


def test_a_named_centre_is_still_one() -> None:
    got = facts("한빛반도체는 누리데이터센터에 500억원을 투자했다.")
    assert ("INVESTED_IN", "한빛반도체", "누리데이터센터") in got, got
