"""Korean medical, university, game and interview news: a parent putting money into its affiliate's own capital
increase ("Y가 실시하는 유상증자에 N원을 출자") invested in Y, with the sum after the round, not the round's size; a
technology handed to a company ("Y에 기술이전하는 계약", "기술을 Y에 이전했다") is a partnership, a head office moved
is not; what is said, heard or read into ("투자했다는 말이 있다", "들었다", "해석은 과도하다", "…것이라고 보도했다")
and an interviewer's line ("―…") tell no fact; a department written without its body ("심장내과 교수") is no
company; a one-line Korean brief is Korean."""

import pytest
from ko_facts import facts, names

from aigraph.ingest.pipeline.language import detect_language


def test_a_parent_funding_its_affiliates_own_capital_increase_invested_in_it() -> None:
    got = facts("다온홀딩스는 자회사 다온모빌리티가 실시하는 유상증자에 400억원을 출자한다고 밝혔다.")
    assert got.get(("INVESTED_IN", "다온홀딩스", "다온모빌리티"), {}).get("amount") == 40_000_000_000, got


def test_the_sum_after_the_round_is_the_investors_not_the_rounds_size() -> None:
    got = facts("누리전자는 계열사 누리AI가 진행하는 2000억원 규모 유상증자에 600억원을 투입하기로 했다.")
    assert got.get(("INVESTED_IN", "누리전자", "누리AI"), {}).get("amount") == 60_000_000_000, got


def test_a_capital_increase_only_considered_gives_no_investment() -> None:
    got = facts("누리전자는 계열사 누리AI가 진행하는 유상증자에 참여할지 검토하고 있다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_period_and_yearly_sum_still_come_with_the_amount() -> None:
    got = facts("한빛반도체는 2025년부터 5년간 AI 반도체에 5조원을 투자한다.")
    props = got.get(("INVESTED_IN", "한빛반도체", "AI 반도체"), {})
    assert props.get("amount") == 5_000_000_000_000 and props.get("annual_amount") == 1_000_000_000_000, got


@pytest.mark.parametrize(
    "text",
    [
        "가온제약은 AI 신약 후보물질 GN-7을 루마테라퓨틱스에 기술이전하는 계약을 맺었다고 공시했다.",
        "가온제약은 항암 후보물질 기술을 루마테라퓨틱스에 이전했다.",
        "가온제약은 2023년 루마테라퓨틱스에 기술수출했다.",
    ],
)
def test_technology_handed_to_a_company_is_a_partnership(text: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "가온제약", "루마테라퓨틱스") in got or (
        "PARTNERS_WITH",
        "루마테라퓨틱스",
        "가온제약",
    ) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "가온소프트는 본사를 루마타워에 이전했다.",
        "가온제약은 후보물질을 루마테라퓨틱스에 기술이전하는 방안을 검토하고 있다.",
    ],
)
def test_a_move_or_a_licence_considered_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 모아랩스에 투자했다는 말이 있다.",
        "―한빛전자가 모아랩스에 투자했다는 말이 있는데.",
        "―누리소프트가 모아랩스에 투자했다고 들었다.",
        "누리소프트가 모아랩스 지분을 사들인다는 해석은 과도하다.",
        "앞서 일부 매체는 누리소프트가 약 500억원에 모아랩스 지분 전량을 사들일 것이라고 보도했다.",
        "Q. 누리소프트는 모아랩스를 인수했나.",
    ],
)
def test_what_is_said_heard_read_into_or_asked_gives_nothing(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_a_deal_told_by_its_party_stands() -> None:
    got = facts("누리소프트는 모아랩스에 100억원을 투자했다고 말했다.")
    assert ("INVESTED_IN", "누리소프트", "모아랩스") in got, got


def test_a_department_without_its_body_is_no_company() -> None:
    text = "한지우 심장내과 교수가 가온병원 AI센터장에 임명됐다."
    assert "심장내과" not in names(text)
    got = facts(text)
    assert ("WORKS_FOR", "한지우", "심장내과") not in got, got
    assert got.get(("WORKS_FOR", "한지우", "가온병원"), {}).get("title") == "AI센터장", got


def test_a_department_written_after_its_body_keeps_the_body() -> None:
    got = facts("카이스트(KAIST) 화학과 한지우 교수 연구팀이 새 촉매를 개발했다.")
    assert ("WORKS_FOR", "한지우", "한국과학기술원") in got, got


@pytest.mark.parametrize("text", ["루미셀은 패스온과 협약을 맺었다.", "하버AI는 블루게임즈의 자회사다."])
def test_a_one_line_korean_brief_is_korean(text: str) -> None:
    assert detect_language(text) == "ko"


def test_a_one_line_korean_brief_gives_its_fact() -> None:
    got = facts("루미셀은 패스온과 협약을 맺었다.")
    assert ("PARTNERS_WITH", "루미셀", "패스온") in got or ("PARTNERS_WITH", "패스온", "루미셀") in got, got


def test_a_few_latin_letters_still_keep_the_declared_language() -> None:
    assert detect_language("AI 칩", declared="en") == "en"


def test_the_post_taken_now_outweighs_one_held_before_at_the_same_body() -> None:
    got = facts("한국화학연구원 신임 원장에 김태윤 박사가 취임했다. 김 원장은 한국화학연구원 연구본부장을 역임했다.")
    props = got.get(("WORKS_FOR", "김태윤", "한국화학연구원"), {})
    assert props.get("title") == "원장" and not props.get("former"), got


def test_a_post_held_before_alone_stays_former() -> None:
    got = facts("김태윤 원장은 한국화학연구원 연구본부장을 역임했다.")
    assert got.get(("WORKS_FOR", "김태윤", "한국화학연구원"), {}).get("former") is True, got
