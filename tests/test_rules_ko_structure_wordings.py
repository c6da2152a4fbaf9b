"""Affiliates, parts and spin-offs in more of the ways news writes them (sentences composed for these tests):
"자회사로 둔", "Y에 속한", "Y를 분사했다", "사내벤처 출신"; plans and look-alikes give nothing."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text, members",
    [
        ("누리소프트는 누리랩스와 한빛칩스를 자회사로 둔 지주회사다.", ("누리랩스", "한빛칩스")),
        ("누리랩스를 자회사로 둔 누리소프트는 AI 칩을 만든다.", ("누리랩스",)),
        ("누리소프트는 누리랩스를 자회사로 뒀다.", ("누리랩스",)),
    ],
)
def test_companies_held_as_subsidiaries(text: str, members: tuple[str, ...]) -> None:
    got = facts(text)
    for m in members:
        assert ("AFFILIATE_OF", m, "누리소프트") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 누리랩스를 자회사로 편입할 계획이다.",
        "누리소프트는 누리랩스를 자회사로 두는 방안을 검토하고 있다.",
    ],
)
def test_a_planned_subsidiary_is_none(text: str) -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text, rtype, part, whole",
    [
        ("누리칩스는 누리소프트에 속한 계열사다.", "AFFILIATE_OF", "누리칩스", "누리소프트"),
        ("누리AI연구소는 누리소프트에 속한 연구조직이다.", "PART_OF", "누리AI연구소", "누리소프트"),
        ("누리소프트에 속한 누리AI연구소는 새 모델을 공개했다.", "PART_OF", "누리AI연구소", "누리소프트"),
    ],
)
def test_an_organisation_that_belongs_to_another(text: str, rtype: str, part: str, whole: str) -> None:
    got = facts(text)
    assert (rtype, part, whole) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리칩스는 누리소프트에 속하지 않는다.",
        "누리칩스는 누리소프트에 속할 가능성이 있다.",
    ],
)
def test_not_or_maybe_belonging_is_none(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("PART_OF", "AFFILIATE_OF") for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 지난해 누리랩스를 분사했다.",
        "누리소프트는 2021년 누리랩스를 분사했다.",
    ],
)
def test_a_parent_spins_off_the_object(text: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", "누리랩스", "누리소프트") in got, got
    assert ("SPUN_OFF_FROM", "누리소프트", "누리랩스") not in got, got


def test_a_spin_off_only_considered_is_none() -> None:
    got = facts("누리소프트는 누리랩스를 분사하는 방안을 검토하고 있다.")
    assert not any(k[0] == "SPUN_OFF_FROM" for k in got), got


def test_a_company_out_of_an_in_house_venture_programme_is_a_spin_off_not_a_part() -> None:
    got = facts("누리소프트 사내벤처 출신 누리랩스는 AI 칩을 만든다.")
    assert ("SPUN_OFF_FROM", "누리랩스", "누리소프트") in got, got
    assert ("PART_OF", "누리랩스", "누리소프트") not in got, got


def test_an_in_house_venture_still_inside_is_a_part() -> None:
    got = facts("누리소프트 사내벤처 누리랩스는 AI 칩을 만든다.")
    assert ("PART_OF", "누리랩스", "누리소프트") in got, got


def test_a_relative_clause_of_belonging_describes_the_organisation_after_it() -> None:
    got = facts("누리밴드는 한때 SK그룹에 속해 있던 누리레코드와 계약했다.")
    assert ("AFFILIATE_OF", "누리레코드", "SK") in got, got
    assert not any(k[1] == "누리밴드" for k in got if k[0] in ("AFFILIATE_OF", "PART_OF")), got


@pytest.mark.parametrize(
    "text, office, body",
    [
        ("행정안전부 디지털정부본부는 새 지침을 냈다.", "행정안전부 디지털정부본부", "행정안전부"),
        ("보건복지부 감염병대응본부는 새 지침을 냈다.", "보건복지부 감염병대응본부", "보건복지부"),
    ],
)
def test_an_office_written_after_its_ministry_is_part_of_it(text: str, office: str, body: str) -> None:
    got = facts(text)
    assert ("PART_OF", office, body) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "보건복지부와 감염병대응본부는 새 지침을 냈다.",
        "보건복지부 한빛제약은 새 지침을 냈다.",
        "행정안전부는 디지털정부본부를 신설할 계획이다.",
    ],
)
def test_a_listed_body_a_company_or_a_planned_office_is_no_part(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PART_OF" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트의 손자회사 누리랩스는 AI 칩을 만든다.",
        "누리소프트의 자회사 누리랩스는 AI 칩을 만든다.",
    ],
)
def test_a_subsidiary_named_after_its_owner_in_의(text: str) -> None:
    assert ("AFFILIATE_OF", "누리랩스", "누리소프트") in facts(text), facts(text)


def test_the_buyer_of_anothers_subsidiary_is_no_affiliate_of_the_owner() -> None:
    got = facts("한빛전자는 누리소프트의 자회사 누리랩스를 인수했다.")
    assert ("AFFILIATE_OF", "누리랩스", "누리소프트") in got, got
    assert ("AFFILIATE_OF", "한빛전자", "누리소프트") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트로부터 분사한 누리랩스는 AI 칩을 만든다.",
        "누리랩스는 2020년 누리소프트에서 스핀오프했다.",
        "누리소프트에서 스핀오프한 누리랩스는 AI 칩을 만든다.",
    ],
)
def test_spun_off_from_a_parent_in_로부터_or_as_a_spin_off(text: str) -> None:
    assert ("SPUN_OFF_FROM", "누리랩스", "누리소프트") in facts(text), facts(text)


def test_a_spin_off_under_review_is_none() -> None:
    assert not any(k[0] == "SPUN_OFF_FROM" for k in facts("누리소프트는 누리랩스 스핀오프를 검토 중이다."))


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 자회사 누리랩스를 통해 AI 칩을 만든다.",
        "누리소프트는 누리랩스를 통하여 새 AI 모델을 만들었다.",
    ],
)
def test_an_organisation_worked_through_is_not_one_founded(text: str) -> None:
    """ "Y를 통해": the means by which X made something, not the object of its founding verb."""
    got = facts(text)
    assert not [k for k in got if k[0] == "ESTABLISHED"], got


def test_an_unknown_name_closed_by_a_body_suffix_is_still_founded() -> None:
    got = facts("한빛전자는 지난달 가람연구센터를 설립했다.")
    assert ("ESTABLISHED", "한빛전자", "가람연구센터") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "가온칩스는 누리텔레콤과 함께 'K-AI 얼라이언스'를 결성했다.",
        "가온칩스는 누리텔레콤, 한빛전자 등과 함께 'K-AI 얼라이언스'를 결성했다.",
    ],
)
def test_partners_named_with_the_subject_formed_the_alliance_too(text: str) -> None:
    got = facts(text)
    for founder in ("가온칩스", "누리텔레콤"):
        assert ("ESTABLISHED", founder, "K-AI 얼라이언스") in got, got


def test_an_alliance_only_planned_with_a_partner_is_founded_by_no_one() -> None:
    got = facts("가온칩스는 누리텔레콤과 함께 'K-AI 얼라이언스'를 결성하는 방안을 검토 중이다.")
    assert not [k for k in got if k[0] == "ESTABLISHED"], got
