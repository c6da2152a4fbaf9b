"""The person as the subject of taking a post: "P 씨가 ORG의 대표이사에 올랐다", "P가 ORG의 COO로 영입됐다", "P가
ORG의 CTO로 지휘봉을 잡았다", and after a former post as an engineer ("P 전 ORG2 엔지니어가"); an appointer
naming a post of a few words ("P 상무를 AI 사업 총괄로 선임했다").  Posts still expected or reported as likely
give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("이정훈 씨가 누리칩스의 대표이사에 올랐다.", "대표이사"),
        ("이정훈 씨가 누리칩스의 COO로 영입됐다.", "COO"),
        ("이정훈 전 가람전자 엔지니어가 누리칩스의 CTO로 지휘봉을 잡았다.", "CTO"),
        ("이정훈 전 가람전자 엔지니어가 누리칩스의 CTO로 합류했다.", "CTO"),
    ],
)
def test_the_post_the_person_takes(text: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "이정훈", "누리칩스"), {}).get("title") == title, got


def test_the_engineer_before_is_a_former_post() -> None:
    got = facts("이정훈 전 가람전자 엔지니어가 누리칩스의 CTO로 합류했다.")
    assert got.get(("WORKS_FOR", "이정훈", "가람전자"), {}).get("former") is True, got


def test_a_post_of_a_few_words() -> None:
    got = facts("누리칩스는 배순민 상무를 AI 사업 총괄로 선임했다.")
    assert ("WORKS_FOR", "배순민", "누리칩스") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "이정훈 씨가 누리칩스의 대표이사에 오를 전망이다.",
        "이정훈 씨가 누리칩스의 COO로 영입될 것으로 알려졌다.",
        "누리칩스는 배순민 상무를 AI 사업 총괄로 선임하는 방안을 검토하고 있다.",
    ],
)
def test_a_post_expected_is_none(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" and k[2] == "누리칩스" for k in facts(text)), facts(text)
