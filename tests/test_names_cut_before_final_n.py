""" "함영준 오뚜기 회장": Kiwi may read the final ᆫ of a name it does not know as a particle ("함영주/NNP ᆫ/JX"); with
a title after the word, or an organisation's one word and a title, the word is still the name. Without the title
("함영준" in running text), or where the ᆫ closes a pronoun or a verb ("이건", "간"), nothing is read."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "배우 김하나 씨가 아버지 함영준 오뚜기 회장과 나눈 대화를 공개했다.",
        "가수 박서진 씨는 삼촌 함영준 오뚜기 회장과 함께 무대에 올랐다.",
    ],
)
def test_the_name_before_a_title_is_read_and_employed(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "함영준", "오뚜기"), {}).get("title") == "회장", got
    assert not any(k[0] == "WORKS_FOR" and k[1] != "함영준" for k in got), got  # the relative is not employed


@pytest.mark.parametrize(
    "text",
    [
        "이건 한빛전자 대표의 결정이다.",
        "서울에 간 한빛전자 대표는 이렇게 말했다.",
    ],
)
def test_a_pronoun_or_verb_with_the_same_ending_is_no_name(text: str) -> None:
    got = names(text)
    assert not any(n.endswith(("이건", "간")) for n in got), got
