"""How Korean news tells who a government programme chose: a comma list beside a known company ("마음AI,
코난테크놀로지 등"), the supported ones as the role ("지원 대상으로", "지원 대상 기업에"), the quoted name and then
its kind ("'X' 시범사업", "'X' 실증 사업"), a selection joined to a grant ("선정하고 240억원을 지원한다"), a
programme won ("과제를 수주했다"), a programme picked into ("프로그램에 선발됐다") and a quoted name holding a
company's ("'구글 포 스타트업 액셀러레이터' 프로그램").  Not chosen, planned, sought or failed gives nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "members", "programme"),
    [
        (
            "과기정통부는 'AI 바우처 지원사업' 수행기업으로 마음AI, 코난테크놀로지 등 120개사를 선정했다.",
            ["마음AI", "코난테크놀로지"],
            "AI 바우처 지원사업",
        ),
        (
            "정보통신산업진흥원은 'AI 바우처 지원사업' 지원 대상으로 누리랩스와 가람소프트를 선정했다.",
            ["누리랩스", "가람소프트"],
            "AI 바우처 지원사업",
        ),
        ("누리랩스는 과기정통부의 'AI 바우처 지원사업' 지원 대상 기업에 선정됐다.", ["누리랩스"], "AI 바우처 지원사업"),
        ("누리랩스는 '디지털 트윈 국토' 시범사업에 참여한다고 밝혔다.", ["누리랩스"], "디지털 트윈 국토"),
        ("누리랩스는 'AI 반도체 팜' 실증 사업에 참여한다.", ["누리랩스"], "AI 반도체 팜"),
        (
            "과기정통부는 'AI 반도체 팜' 사업 수행기관으로 누리랩스와 가람소프트를 선정하고 240억원을 지원한다.",
            ["누리랩스", "가람소프트"],
            "AI 반도체 팜",
        ),
        ("누리랩스는 '독자 AI 파운데이션 모델' 프로젝트 과제를 수주했다.", ["누리랩스"], "독자 AI 파운데이션 모델"),
        (
            "누리랩스는 '구글 포 스타트업 액셀러레이터' 프로그램에 선발됐다.",
            ["누리랩스"],
            "구글 포 스타트업 액셀러레이터",
        ),
    ],
)
def test_the_chosen_take_part(text: str, members: list[str], programme: str) -> None:
    got = facts(text)
    for member in members:
        assert ("PARTICIPATES_IN", member, programme) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 과기정통부의 'AI 바우처 지원사업' 지원 대상 기업에 선정되지 않았다.",
        "누리랩스는 'AI 바우처 지원사업' 지원 대상 기업에 선정될 예정이다.",
        "누리랩스는 '디지털 트윈 국토' 시범사업 참여를 검토하고 있다.",
        "누리랩스는 '구글 포 스타트업 액셀러레이터' 프로그램에 선발되지 못했다.",
        "누리랩스는 '독자 AI 파운데이션 모델' 프로젝트 과제 수주에 실패했다.",
        "누리랩스는 '독자 AI 파운데이션 모델' 프로젝트 과제를 수주하기 위해 컨소시엄을 꾸렸다.",
    ],
)
def test_not_chosen_is_no_part(text: str) -> None:
    assert not any(k[0] == "PARTICIPATES_IN" for k in facts(text)), facts(text)


def test_field_words_listed_are_no_members() -> None:
    got = facts("과기정통부는 AI, 반도체, 코난테크놀로지 등을 'AI 바우처 지원사업' 지원 대상으로 선정했다.")
    assert not any(k[1] in ("AI", "반도체") for k in got), got
