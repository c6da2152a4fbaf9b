"""Latin names joined by "&" ("KT&G", "AT&T", "P&G") are one name: no shorter registry name ("KT") is read inside
one, and no letter after the "&" ("R&D 센터" → "D 센터") starts a name of its own.  An acronym followed by its
head's title and name in parentheses ("ABC(사장 P)") keeps its name: the note is no spelled-out meaning."""

import pytest
from ko_facts import facts, names


def test_a_longer_ampersand_name_is_not_the_registry_name_inside_it() -> None:
    got = facts("KT&G(사장 백복인)가 누리랩스에 30억원을 투자했다.")
    assert ("INVESTED_IN", "KT&G", "누리랩스") in got, got
    assert ("WORKS_FOR", "백복인", "KT&G") in got, got
    assert not any("KT" in (k[1], k[2]) for k in got), got


def test_a_name_with_an_ampersand_partners() -> None:
    got = facts("P&G와 한빛전자가 AI 물류 분야 업무협약을 맺었다.")
    assert ("PARTNERS_WITH", "P&G", "한빛전자") in got or ("PARTNERS_WITH", "한빛전자", "P&G") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 R&D 센터를 판교에 세웠다.",
        "한빛전자는 올해 M&A 전략을 새로 짰다.",
        "가람테크의 R&D 투자는 매출의 20%에 이른다.",
    ],
)
def test_terms_with_an_ampersand_are_no_organisations(text: str) -> None:
    got = names(text)
    assert not any(n.startswith(("D ", "A ", "R", "M")) or "&" in n for n in got), got


def test_the_registry_name_alone_is_still_read() -> None:
    assert ("INVESTED_IN", "KT", "누리랩스") in facts("KT는 누리랩스에 30억원을 투자했다."), facts(
        "KT는 누리랩스에 30억원을 투자했다."
    )


def test_an_acronym_spelled_out_as_no_body_is_still_dropped() -> None:
    assert "EKG" not in names("환자는 EKG(심전도) 검사를 받았다.")
