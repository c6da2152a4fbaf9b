"""A registry name followed by a word that ends an organisation's name ("Kakao Investment", "Naver Capital") is
another organisation, named after it — even when that word also belongs to a title ("investment officer"); a title
after it ("Kakao Investment officer P") keeps the registry company. english/recognise._registry; composed
sentences (the registry holds Kakao and Naver, not their investment arms)."""

from __future__ import annotations

from en_facts import en_facts

ROUND = "Tenvik Robotics raised $40 million in a Series B round led by KT, with participation from {} and {}."


def test_an_investment_arm_named_after_a_registry_company_is_its_own_investor() -> None:
    facts = en_facts(ROUND.format("Kakao Investment", "Corvel Capital"))
    assert ("INVESTED_IN", "Kakao Investment", "Tenvik Robotics") in facts
    assert ("INVESTED_IN", "Corvel Capital", "Tenvik Robotics") in facts
    assert ("INVESTED_IN", "Kakao", "Tenvik Robotics") not in facts


def test_a_title_after_the_word_keeps_the_registry_company() -> None:
    facts = en_facts("Kakao Investment officer Mara Lindqvist said the fund would grow.")
    assert ("WORKS_FOR", "Mara Lindqvist", "Kakao") in facts
