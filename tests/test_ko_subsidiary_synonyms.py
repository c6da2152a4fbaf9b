"""'종속회사' (a subsidiary in accounting terms, as disclosures and news write it) is a subsidiary: "Y는 X의
종속회사로 편입됐다" makes Y X's affiliate, like 자회사; one still to come is none."""

from ko_facts import facts


def test_a_subsidiary_in_accounting_terms() -> None:
    got = facts("누리랩스는 한빛전자의 종속회사로 편입됐다.")
    assert ("AFFILIATE_OF", "누리랩스", "한빛전자") in got, got


def test_one_still_to_come_is_none() -> None:
    assert not any(k[0] == "AFFILIATE_OF" for k in facts("누리랩스는 한빛전자의 종속회사가 될 예정이다."))
