"""A word for an act, an offence or an illness ("공직선거법위반", "구속기소", "가처분신청", "…증후군") is no
organisation however the tagger or a Latin gloss reads it, and a body's proceedings written after its name
("한빛위원회 심의") leave the body as the name."""

import pytest
from ko_facts import names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("국내 세 번째 중동호흡기증후군(MERS) 환자에게도 발열 증상이 나타났다.", "중동호흡기증후군"),
        ("중증열성혈소판감소증후군 감염자가 나왔다.", "중증열성혈소판감소증후군"),
        ("윤씨는 수사 결과 국가보안법위반(찬양·고무 등) 혐의로 재판에 넘겨졌다.", "국가보안법위반"),
        ("피해자 측은 법원에 가처분신청을 냈다.", "가처분신청"),
    ],
)
def test_an_act_offence_or_illness_is_no_organisation(text: str, word: str) -> None:
    assert word not in names(text), names(text)


def test_a_body_glossed_in_latin_is_still_learned() -> None:
    assert "한빛정보보호위원회" in names("한빛정보보호위원회(HIPC)는 새 지침을 냈다. HIPC는 이를 공개했다.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("한전 이사회 결정, 전기위원회 심의 의결 등 복잡한 과정을 거친다.", "전기위원회"),
        ("15일 열리는 18기 1차 중앙위원회 전체회의에서 권력 이양 절차가 마무리된다.", "중앙위원회"),
    ],
)
def test_proceedings_after_a_body_leave_the_body(text: str, body: str) -> None:
    got = names(text)
    assert body in got and not any(n.startswith(body + " ") for n in got), got
