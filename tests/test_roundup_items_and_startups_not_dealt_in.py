"""A roundup line of bullet items, each a headline with its own subject ("이번 주 투자 소식 ▲ A는 … 유치 ▲ B는 …
유치"), is one sentence per item, so each round goes to its own company; "the startup" / "이 스타트업" is a company
the article told bought or invested in, never one that only made an offer; "회사 측은" is the company the article is
about, not the shareholder written as the last subject."""

from __future__ import annotations

from en_facts import en_facts
from ko_facts import facts


def test_each_bullet_items_round_goes_to_its_own_company() -> None:
    got = facts(
        "이번 주 투자 소식 ▲ 딥코어는 블루오션벤처스에서 15억 원 시드 투자 유치 ▲ 노바헬스는 서울경제진흥원으로부터 "
        "5억 원 투자 유치 ▲ 클라우드나인AI는 엔씨벤처스·하이랜드캐피탈로부터 50억 원 시리즈A 유치"
    )
    assert got.get(("INVESTED_IN", "블루오션벤처스", "딥코어"), {}).get("amount") == 1_500_000_000, got
    assert ("INVESTED_IN", "서울경제진흥원", "노바헬스") in got, got
    assert ("INVESTED_IN", "엔씨벤처스", "클라우드나인AI") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "딥코어" and k[1] != "블루오션벤처스" for k in got), got


def test_a_list_of_names_after_bullets_stays_one_sentence() -> None:
    got = facts("누리 AI 컨소시엄에는 ▲한빛전자 ▲다온AI ▲누리테크가 참여한다.")
    assert {k[1] for k in got if k[0] == "PARTICIPATES_IN"} == {"한빛전자", "다온AI", "누리테크"}, got


def test_the_startup_is_no_company_that_only_made_an_offer() -> None:
    got = en_facts(
        "FuriosaAI, the Korean chip designer that rejected a takeover offer from Meta Platforms, will remain "
        "independent. Co-founder and CEO June Paik said the startup would focus on its inference chip."
    )
    assert not any(k[1] == "June Paik" and k[2] in ("Meta", "Meta Platforms") for k in got), got


def test_the_korean_startup_is_no_company_that_only_made_an_offer() -> None:
    got = facts("퓨리오사AI는 메타의 인수 제안을 거절했다. 이 스타트업은 2017년 백준호 대표가 창업했다.")
    assert ("ESTABLISHED", "백준호", "퓨리오사AI") in got, got
    assert not any(k[1] == "백준호" and k[2] in ("Meta", "메타") for k in got), got


def test_the_company_speaking_is_the_articles() -> None:
    got = facts(
        "네이버에서 분사한 스타트업 클로버메드가 독립 법인으로 출범했다. 네이버는 지분 30%를 보유해 2대 주주로 남는다. "
        "회사 측은 서울아산병원과 임상 데이터 협력 계약을 맺었다."
    )
    assert ("PARTNERS_WITH", "클로버메드", "서울아산병원") in got, got
    assert ("PARTNERS_WITH", "네이버", "서울아산병원") not in got, got
