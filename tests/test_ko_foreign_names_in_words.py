"""A foreign company's name transliterated in several words after its kind ("기업 옥스퍼드 시맨틱을", "어질리티
로보틱스의 지분", "… 시맨틱 테크놀로지스를") is one name: before, only its first or last word was taken and the deal went
to a fragment; a deal noun, a person, a place or another known company after the name is no part of it, and a
common word after the kind ("사내벤처 출신 X") starts no name.  Left alone: a first word Kiwi knows as a common noun
("베어 로보틱스") is still cut off, as "출신" would be read into the name otherwise."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "한빛전자가 미국 AI 음성 기술 기업 옥스퍼드 시맨틱을 인수하기로 했다.",
            ("ACQUIRED", "한빛전자", "옥스퍼드 시맨틱"),
        ),
        (
            "한빛전자는 영국 AI 기업 옥스퍼드 시맨틱 테크놀로지스를 인수했다.",
            ("ACQUIRED", "한빛전자", "옥스퍼드 시맨틱 테크놀로지스"),
        ),
        (
            "누리전자는 미국 로봇 기업 어질리티 로보틱스의 지분을 인수했다.",
            ("INVESTED_IN", "누리전자", "어질리티 로보틱스"),
        ),
    ],
)
def test_a_foreign_name_in_several_words_is_one_company(text: str, fact: tuple[str, str, str]) -> None:
    got = facts(text)
    assert fact in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AI 스타트업 누리랩스 김하늘 대표는 신제품을 소개했다.", "누리랩스"),
        ("AI 스타트업 누리랩스 지분을 한빛전자가 인수했다.", "누리랩스"),
        ("AI 기업 누리랩스 서울 본사에서 행사가 열렸다.", "누리랩스"),
    ],
)
def test_a_person_a_deal_noun_or_a_place_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    got = names(text)
    assert name in got and not any(n.startswith(name + " ") for n in got), got
