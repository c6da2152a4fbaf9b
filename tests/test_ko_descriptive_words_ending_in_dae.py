"""A descriptive word ending in 대 ("초거대 AI", "거대 언어모델") is no university written short (the issue's own
example: "초거대" became a University and the extra party broke the agreement); a real short form ("누리대",
"한빛대와") still names one."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 서울대학교와 초거대 AI 공동연구를 위한 업무협약(MOU)을 체결했다.",
        "한빛전자가 서울대학교와 거대 언어모델 공동연구 협약을 맺었다.",
    ],
)
def test_a_descriptive_word_is_no_university(text: str) -> None:
    got = facts(text)
    assert {("PARTNERS_WITH", "한빛전자", "서울대학교"), ("PARTNERS_WITH", "서울대학교", "한빛전자")} & set(got), got
    assert not {"초거대", "거대"} & names(text), names(text)


def test_a_university_written_short_is_still_one() -> None:
    got = facts("한빛전자는 누리대와 초거대 AI 공동연구 협약을 맺었다.")
    assert {("PARTNERS_WITH", "한빛전자", "누리대"), ("PARTNERS_WITH", "누리대", "한빛전자")} & set(got), got
