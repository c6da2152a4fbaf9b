"""Korean appointment news: "X는 P 신임 대표를 선임했다" gives P the post written with the name (신임 is no employer's
word); "X는 P 박사를 신임 대표로 선임했다" reads past the honorific; a planned or denied appointment gives nothing."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "카카오브레인은 김민석 신임 대표를 선임했다.",
        "카카오브레인은 이사회를 열고 김민석 신임 대표를 선임했다.",
        "카카오브레인은 김민석 대표를 선임했다.",
    ],
)
def test_the_post_written_with_the_person_appointed_is_the_one_given(text: str) -> None:
    assert facts(text)[("WORKS_FOR", "김민석", "카카오브레인")].get("title") == "대표"


@pytest.mark.parametrize(
    "text",
    [
        "카카오브레인은 김민석 대표를 선임할 계획이다.",
        "카카오브레인은 김민석 대표를 선임하지 않았다.",
    ],
)
def test_an_appointment_planned_or_denied_gives_nothing(text: str) -> None:
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


def test_a_new_post_is_no_organisations_word() -> None:
    got = facts("김민석 카카오 신임 대표는 취임사에서 AI를 강조했다.")
    assert got[("WORKS_FOR", "김민석", "카카오")].get("title") == "대표", got


def test_the_post_given_is_read_past_the_honorific() -> None:
    got = facts("업스테이지는 이활석 박사를 신임 대표로 선임했다.")
    assert got[("WORKS_FOR", "이활석", "업스테이지")].get("title") == "대표", got


def test_words_describing_a_person_before_the_name_are_no_person() -> None:
    text = "동진쎄미켐은 연구소 초대 소장으로 고순도 식각액 전문가 김태원 박사를 선임했다."
    assert "고순도" not in names(text)
    assert not any(k[1] == "고순도" for k in facts(text))


def test_the_saudi_public_investment_fund_in_korean_is_one_investor() -> None:
    got = facts(
        "사우디아라비아 공공투자기금(PIF)이 딥엑스에 2억 달러를 투자하기로 했다. PIF는 딥엑스 지분 약 8%를 확보하게 된다."
    )
    invested = [k for k in got if k[0] == "INVESTED_IN" and k[2] == "딥엑스"]
    assert len(invested) == 1, got
    assert got[invested[0]].get("stake_percent") == 8.0 and got[invested[0]].get("amount") == 2e8, got
