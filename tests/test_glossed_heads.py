""" "광일고등학교(교장 기민철)가": the head of a body glossed in brackets after its name, whose name Kiwi cut into
common-noun syllables (기/민/철) or read with a final ᆫ as a particle (박/종/후/ᆫ), is still a person's name: the
written word ends at the closing bracket, as it already did at the opening one. A school's head "학교장" is a title."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "person", "body", "title"),
    [
        ("광일고등학교(교장 기민철)가 5일 졸업식을 개최했다.", "기민철", "광일고등학교", "교장"),
        ("누리고등학교(교장 기민철)는 졸업식을 열었다.", "기민철", "누리고등학교", "교장"),
        ("전남예술고등학교(학교장 위홍주)가 20일 기념식을 개최했다.", "위홍주", "전남예술고등학교", "학교장"),
    ],
)
def test_the_glossed_head_works_for_the_body(text: str, person: str, body: str, title: str) -> None:
    assert facts(text).get(("WORKS_FOR", person, body), {}).get("title") == title, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛고등학교(교장실)가 새로 문을 열었다.",
        "누리텍(대표이사 직무대행)은 신제품을 공개했다.",
    ],
)
def test_a_gloss_without_a_name_gives_no_head(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)
