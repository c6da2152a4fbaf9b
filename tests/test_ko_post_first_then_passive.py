"""The post written first and topic-marked ("조직 수장에는 P를 선임했다"), or the person its passive subject ("초대
연구소장에는 P가 영입됐다"), with the appointing company the one the article is about; "P 전 ORG 연구원" is a
researcher's former post, not a research institute.  Planned or weighed posts, and a ministry named in an earlier
sentence (it fills posts of the bodies under it), give no role."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("한빛로보틱스는 AI 조직을 신설하고, 조직 수장에는 이영희 전무를 선임했다.", "수장"),
        ("한빛로보틱스는 AI 연구소를 설립했다. 초대 연구소장에는 이영희 박사가 영입됐다.", "연구소장"),
        ("한빛로보틱스는 AI 연구소를 설립했다. 초대 연구소장으로는 이영희 박사가 선임됐다.", "연구소장"),
    ],
)
def test_the_post_written_first_is_the_companys(text: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "이영희", "한빛로보틱스"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "한빛로보틱스는 AI 연구소를 설립했다. 초대 연구소장에는 이영희 박사가 영입될 예정이다.",
        "한빛로보틱스는 AI 연구소를 설립했다. 초대 연구소장에는 이영희 박사가 거론된다.",
        "한빛로보틱스는 AI 조직을 신설하고, 조직 수장에는 이영희 전무를 선임할 방침이다.",
    ],
)
def test_a_post_planned_or_weighed_is_none(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


def test_a_ministry_named_before_fills_no_post_of_its_own() -> None:
    text = "과학기술정보통신부는 한국AI진흥원장 공모 결과를 발표했다. 신임 원장에는 이영희 교수가 선임됐다."
    assert ("WORKS_FOR", "이영희", "과학기술정보통신부") not in facts(text), facts(text)


@pytest.mark.parametrize(
    "text", ["이영희 전 구글 연구원은 누리랩스를 창업했다.", "이영희 구글 연구원은 누리랩스를 창업했다."]
)
def test_a_researcher_of_a_company_is_no_institute(text: str) -> None:
    got = facts(text)
    assert "구글 연구원" not in names(text), names(text)
    assert ("WORKS_FOR", "이영희", "구글") in got and ("ESTABLISHED", "이영희", "누리랩스") in got, got
