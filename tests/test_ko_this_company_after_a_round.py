""" "이 회사" after a round's investors were named is the company the article is about, not the investor last
written as a subject: "Y가 N원을 유치했다. 이번 라운드에는 A가 참여했다. 이 회사는 2017년 P 대표가 창업했다" has P
found and head Y (before, P founded and worked for the investor A); an investor's own article keeps "이 회사" for it."""

from ko_facts import facts

ROUND = "누리루프가 350억원 규모의 시리즈B 투자를 유치했다. 이번 라운드에는 한빛인베스트먼트가 참여했다. "


def test_this_company_after_the_investors_is_the_funded_company() -> None:
    got = facts(ROUND + "이 회사는 2017년 장현우 대표가 창업했다.")
    assert ("ESTABLISHED", "장현우", "누리루프") in got, got
    assert ("WORKS_FOR", "장현우", "누리루프") in got, got
    assert not any(k[1] == "장현우" and k[2] == "한빛인베스트먼트" for k in got), got


def test_this_company_in_an_investors_own_article_is_the_investor() -> None:
    got = facts("한빛인베스트먼트는 올해 20개 스타트업에 투자했다. 이 회사는 2007년 장현우 대표가 창업했다.")
    assert ("ESTABLISHED", "장현우", "한빛인베스트먼트") in got, got
