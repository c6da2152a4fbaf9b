""" "SK C&C는", "CJ CGV가": a business group's name, a space and a capital-letter word that ends the phrase name one
of the group's companies; the deal is that company's, not the group's. A field or a product written after the
group ("LG AI", "삼성 HBM을", "LG OLED를"), a title ("SK CEO") or a list of groups is not a company."""

import pytest
from ko_facts import extractor, facts, names

from aigraph.ingest.contract import Document


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("SK C&C는 누리소프트에 100억원을 투자했다.", "SK C&C"),
        ("GS ITM은 다온랩스에 50억원을 투자했다.", "GS ITM"),
        ("CJ CGV가 한빛소프트에 30억원을 투자했다.", "CJ CGV"),
    ],
)
def test_the_groups_company_is_the_investor(text: str, company: str) -> None:
    got = facts(text)
    assert any(k[0] == "INVESTED_IN" and k[1] == company for k in got), got
    assert not any(k[1] in ("SK", "GS", "CJ") for k in got), got
    types = {e.name: e.type.value for e in extractor().extract(Document(id="t", text=text)).entities}
    assert types[company] == "Company", types


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("삼성 HBM을 엔비디아에 공급한다.", "삼성"),
        ("LG OLED를 앞세워 점유율을 높였다.", "LG"),
        ("SK CEO 세미나가 열렸다.", "SK"),
        ("LG PC를 샀다.", "LG"),
        ("SK IPO를 추진한다.", "SK"),
    ],
)
def test_a_product_or_title_after_the_group_leaves_the_group(text: str, group: str) -> None:
    got = names(text)
    assert group in got and not any(n.startswith(group + " ") for n in got), got


def test_a_list_of_groups_stays_a_list() -> None:
    assert {"LG", "SK", "CJ"} <= names("LG와 SK, CJ는 투자를 늘렸다."), names("LG와 SK, CJ는 투자를 늘렸다.")
