"""Korean short formats and glued names: a personnel notice ("[인사] ORG ◇ 부사장 승진 ▲P1 ▲P2 ◇ 전무 ▲P3") gives
each listed person the organisation and the post of their section or entry; an industry word before a name
("팹리스 Y", "국부펀드 Y") introduces it; a particle Kiwi reads as a noun after Latin letters ("퓨리오사AI가") and a
copula after a known name ("LG AI연구원이며") are no part of the name; a coined name Kiwi splits into a verb and
Latin letters ("다온AI에") is a name, not the field "AI"; a round named right before a direct investment ("Y에
시드 투자 5억원을") is its series."""

from __future__ import annotations

import pytest
from ko_facts import facts, names


def test_a_personnel_notice_gives_each_section_its_post() -> None:
    got = facts("[인사] 한빛전자 ◇ 부사장 승진 ▲김철수 ▲이영희 ◇ 전무 ▲박민수")
    assert got.get(("WORKS_FOR", "김철수", "한빛전자"), {}).get("title") == "부사장", got
    assert got.get(("WORKS_FOR", "이영희", "한빛전자"), {}).get("title") == "부사장", got
    assert got.get(("WORKS_FOR", "박민수", "한빛전자"), {}).get("title") == "전무", got


def test_a_notice_entry_names_its_own_post() -> None:
    got = facts("[인사] 한빛전자 ◇ 신규 선임 ▲AI연구소장 김도윤 ▲최고재무책임자(CFO) 신지혜")
    assert got.get(("WORKS_FOR", "김도윤", "한빛전자"), {}).get("title") == "AI연구소장", got
    assert got.get(("WORKS_FOR", "신지혜", "한빛전자"), {}).get("title") == "최고재무책임자", got


def test_names_the_tagger_missed_in_a_notice_are_read() -> None:
    got = facts("[인사] 한빛전자 ◇ 사장 ▲최준기 ◇ 부사장 ▲손호영 ▲오태석")
    assert {k[1] for k in got if k[0] == "WORKS_FOR"} == {"최준기", "손호영", "오태석"}, got


def test_bullets_without_a_notice_head_are_no_notice() -> None:
    got = facts("◇ 부사장 ▲김철수 ▲이영희")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    "text, name",
    [
        ("팹리스 큐빅칩스가 다온인베스트먼트로부터 100억원을 투자받았다.", "큐빅칩스"),
        ("노르웨이 국부펀드 누리캐피털은 다온랩스에 300억원을 투자했다.", "누리캐피털"),
    ],
)
def test_an_industry_word_introduces_the_name_after_it(text: str, name: str) -> None:
    assert name in names(text), names(text)
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)
    assert any(k[0] == "INVESTED_IN" and name in (k[1], k[2]) for k in facts(text)), facts(text)


def test_a_particle_after_latin_letters_is_no_part_of_the_name() -> None:
    got = facts("누리오사AI가 한국산업은행과 IBK기업은행 등으로부터 800억원을 투자받았다.")
    assert ("INVESTED_IN", "IBK기업은행", "누리오사AI") in got, got
    assert "누리오사AI가 한국산업은행" not in names(
        "누리오사AI가 한국산업은행과 IBK기업은행 등으로부터 800억원을 투자받았다."
    )


def test_a_copula_after_a_known_name_is_no_part_of_it() -> None:
    text = "주관기관은 LG AI연구원이며 한솔대학교가 참여한다."
    assert "LG AI연구원이" not in names(text) and "LG AI연구원" in names(text), names(text)


@pytest.mark.parametrize(
    "text, target",
    [
        ("누리랩스는 다온AI에 30억원을 투자했다.", "다온AI"),
        ("한결AI가 카카오와 업무협약을 맺었다.", "한결AI"),
    ],
)
def test_a_coined_name_split_into_a_verb_and_latin_letters(text: str, target: str) -> None:
    got = facts(text)
    assert any(target in (k[1], k[2]) for k in got), got
    assert not any(k[2] == "AI" for k in got), got


def test_a_round_named_before_a_direct_investment_is_its_series() -> None:
    got = facts("누리홀딩스는 '그래비티랩스'에 시드 투자 5억원을 집행했다.")
    assert got.get(("INVESTED_IN", "누리홀딩스", "그래비티랩스"), {}).get("series") == "시드", got


def test_an_industry_word_before_a_unit_names_the_unit() -> None:
    got = facts("한울전자는 다온반도체의 팹리스 사업부를 인수했다.")
    assert ("ACQUIRED", "한울전자", "팹리스 사업부") in got, got
