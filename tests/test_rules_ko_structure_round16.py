"""AFFILIATE_OF from lists of a group's affiliates and the holding company named in a description."""

from ko_facts import facts


def _affiliates(text: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in facts(text) if k[0] == "AFFILIATE_OF"}


def test_group_named_between_the_list_and_its_noun() -> None:
    want = {("한울전자", "한울그룹"), ("한울화학", "한울그룹")}
    assert _affiliates("한울전자, 한울화학 등 한울그룹 계열사들이 참여한다.") == want
    assert _affiliates("한울전자, 한울화학 등 한울그룹의 주요 계열사가 힘을 보탰다.") == want


def test_unnamed_group_is_the_article_group_every_member_is_named_after() -> None:
    text = "한울그룹은 AI 연구소를 세운다. 연구소는 서울에 있다. 한울전자, 한울화학 등 주요 계열사의 인력이 합류한다."
    assert _affiliates(text) == {("한울전자", "한울그룹"), ("한울화학", "한울그룹")}


def test_members_not_named_after_the_group_are_not_guessed() -> None:
    text = "한울그룹은 AI 연구소를 세운다. 연구소는 서울에 있다. 한울전자, 누리화학 등 주요 계열사의 인력이 합류한다."
    assert not _affiliates(text)


def test_other_lists_and_parents_are_no_affiliates() -> None:
    assert not _affiliates("누리텍, 가람랩스 등 한울벤처스 투자사들이 참여한다.")
    assert not _affiliates("한울전자, 누리화학 등 한울그룹 모회사들이 참여한다.")


def test_the_holding_company_in_a_description_is_no_member_of_the_subject() -> None:
    got = facts("한울AI랩은 그룹 지주사인 한울홀딩스 산하에 설치된다.")
    assert ("PART_OF", "한울AI랩", "한울홀딩스") in got
    assert not [k for k in got if k[0] == "AFFILIATE_OF"]
    assert _affiliates("한울그룹 지주사인 한울홀딩스는 배당을 늘렸다.") == {("한울홀딩스", "한울그룹")}


def _participants(text: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in facts(text) if k[0] == "PARTICIPATES_IN"}


def test_programme_and_role_written_before_the_chosen() -> None:
    assert _participants("과기정통부는 'AI 바우처 사업' 수행기관으로 누리텍과 가람랩스를 최종 선정했다.") == {
        ("누리텍", "AI 바우처 사업"),
        ("가람랩스", "AI 바우처 사업"),
    }


def test_a_choice_planned_or_of_no_named_programme_gives_nothing() -> None:
    assert not _participants("과기정통부는 'AI 바우처 사업' 수행기관으로 누리텍을 선정할 계획이다.")
    assert not _participants("과기정통부는 이번 사업 수행기관으로 누리텍을 선정했다.")


def test_money_into_this_programme_goes_to_the_programme_named_before() -> None:
    for head in ("사업", "프로젝트"):
        got = facts(f"누리텍은 'K-클라우드 프로젝트'에 참여한다. 정부는 이 {head}에 3년간 2000억원을 지원한다.")
        assert got[("INVESTED_IN", "정부", "K-클라우드 프로젝트")]["amount"] == 2e11
        assert ("INVESTED_IN", "정부", head) not in got


def test_this_programme_with_none_named_before_is_no_target() -> None:
    assert not [k for k in facts("정부는 이 프로젝트에 3년간 2000억원을 지원한다.") if k[0] == "INVESTED_IN"]


def test_founder_of_the_company_the_previous_sentence_was_about() -> None:
    got = facts("누리칩스는 데이터센터용 칩을 만든다. 이도윤 대표가 2019년 창업했다.")
    assert got[("ESTABLISHED", "이도윤", "누리칩스")]["date"] == "2019"
    got = facts("누리칩스는 칩을 만든다. 삼성전자 출신 이도윤 대표가 창업했으며, 임직원은 80명이다.")
    assert ("ESTABLISHED", "이도윤", "누리칩스") in got and ("WORKS_FOR", "이도윤", "누리칩스") in got
    assert not [k for k in got if k[0] == "ESTABLISHED" and k[2] == "삼성전자"]


def test_no_founding_of_the_carried_company_when_unclear_or_planned() -> None:
    for text in (
        "누리칩스는 칩을 만든다. 이도윤 대표가 2019년 창업할 계획이다.",
        "누리칩스는 칩을 만든다. 이도윤 대표는 가람랩스와 함께 창업했다.",
        "누리칩스는 칩을 만든다. 이도윤 대표가 만들었다.",  # a product as often as a company
    ):
        assert ("ESTABLISHED", "이도윤", "누리칩스") not in facts(text)


def test_known_nouns_before_the_copula_are_no_list_member() -> None:
    got = facts("비전로보틱스는 삼성전자와 카카오가 공동 출자한 합작법인이다.")
    assert not [k for k in got if "합작법인" in k]
