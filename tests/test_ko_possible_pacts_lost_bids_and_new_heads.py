"""Korean procurement, content and overseas news: a pact that may be signed ("협약을 맺을 수 있다") and a consortium
whose bid failed ("도전했으나 최종 탈락했다") give no partnership; the 대표 of a lab named after its parent ("하이브
보이스랩 대표") heads that lab; the head named in the clause after a body's founding ("Y를 설립했으며, 법인장에는 P가",
"Y를 열고 연구소장에 P를") heads the new body."""

import pytest
from ko_facts import facts


@pytest.mark.parametrize(
    "text",
    [
        "성남시는 향후 KT와도 협약을 맺을 수 있다고 언급했다.",
        "AI 기업 퓨리온은 KAIST와 컨소시엄을 꾸려 'K-클라우드 NPU 실증' 과제에 도전했으나 최종 탈락했다.",
    ],
)
def test_a_possible_pact_or_a_lost_bid_gives_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


def test_a_consortium_that_won_is_still_a_partnership() -> None:
    got = facts("퓨리온은 KAIST와 컨소시엄을 꾸려 과제를 수주했다.")
    assert ("PARTNERS_WITH", "한국과학기술원", "퓨리온") in got or (
        "PARTNERS_WITH",
        "퓨리온",
        "한국과학기술원",
    ) in got, got


def test_the_head_of_a_lab_named_after_its_parent_heads_the_lab() -> None:
    got = facts("하이브 보이스랩 대표에는 정우진 씨가 선임됐다.")
    assert got.get(("WORKS_FOR", "정우진", "하이브 보이스랩"), {}).get("title") == "대표", got


def test_a_divisions_president_still_works_for_the_company() -> None:
    got = facts("정우진 삼성전자 DS부문 사장은 말했다.")
    assert ("WORKS_FOR", "정우진", "삼성전자") in got, got


@pytest.mark.parametrize(
    ("text", "person", "body", "title"),
    [
        (
            "업스테이지는 미국 현지법인 업스테이지 아메리카를 설립했으며, 법인장에는 데이비드 리가 선임됐다.",
            "데이비드 리",
            "업스테이지 아메리카",
            "법인장",
        ),
        ("카카오브레인은 몬트리올랩을 열고 연구소장에 한다니엘 박사를 선임했다.", "한다니엘", "몬트리올랩", "연구소장"),
    ],
)
def test_the_head_named_after_a_founding_heads_the_new_body(text: str, person: str, body: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, body), {}).get("title") == title, got
