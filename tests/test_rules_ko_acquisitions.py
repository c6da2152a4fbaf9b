"""Acquisitions told as a completed deal ("Y 인수를 완료했다") or a sale ("X는 Y를 Z에 매각했다", "Y는 Z에
매각됐다": the buyer acquired Y, the seller nothing); plans, failures and stakes sold are no acquisition."""

import pytest
from ko_facts import facts

DEAL = ("ACQUIRED", "카카오", "업스테이지")


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 업스테이지 인수를 완료했다고 밝혔다.",
        "카카오는 업스테이지 인수를 마무리했다.",
        "카카오가 업스테이지 인수를 최종 확정했다.",
        "업스테이지는 카카오에 매각됐다.",
        "네이버는 업스테이지를 카카오에 2000억원에 매각했다.",
    ],
)
def test_a_completed_acquisition_or_sale(text: str) -> None:
    got = facts(text)
    assert DEAL in got, got
    assert not [k for k in got if k[0] == "ACQUIRED" and k[1] == "네이버"], got


def test_the_sale_price_is_on_the_acquisition() -> None:
    assert facts("네이버는 업스테이지를 카카오에 2000억원에 매각했다.")[DEAL]["amount"] == 200_000_000_000


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 업스테이지 인수를 추진하고 있다.",
        "카카오는 업스테이지 인수에 실패했다.",
        "카카오는 업스테이지 인수 완료를 앞두고 있다.",
        "카카오는 업스테이지 인수를 완료하지 못했다.",
        "네이버는 업스테이지 지분 10%를 카카오에 매각했다.",
        "네이버는 업스테이지를 카카오에 매각하는 방안을 검토 중이다.",
        "업스테이지가 카카오에 매각될 가능성이 제기됐다.",
    ],
)
def test_no_acquisition(text: str) -> None:
    assert DEAL not in facts(text), facts(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("한빛전자는 누리랩스를 1조원에 품었다.", 1e12),
        ("한빛전자가 미국 AI 기업 누리랩스를 10억 달러에 품는다.", 1e9),
    ],
)
def test_a_company_embraced_at_a_price_is_bought(text: str, amount: float) -> None:
    """ "Y를 N원에 품었다": the price between the object and the idiom."""
    got = facts(text)
    assert got.get(("ACQUIRED", "한빛전자", "누리랩스"), {}).get("amount") == pytest.approx(amount), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스를 1조원에 품을 수 있을지 검토하고 있다.",
        "한빛전자는 연구비 1조원에 품었던 기대를 접었다.",
    ],
)
def test_no_purchase_in_a_price_and_a_hope(text: str) -> None:
    assert not [k for k in facts(text) if k[0] == "ACQUIRED"]
