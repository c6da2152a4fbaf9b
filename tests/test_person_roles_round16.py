"""A foreign name the tagger found stays a person before a role it holds ("감독", "코치"), which is no thing it
names (the guard against "소유스 우주선" reads a common noun after the name)."""

from ko_facts import facts


def test_a_foreign_name_before_a_member_role_is_a_person() -> None:
    got = facts("시카고 화이트삭스의 아지 기옌 감독은 이렇게 말했다.")
    assert ("WORKS_FOR", "아지 기옌", "시카고 화이트삭스") in got
