"""ko_money round 15: deal wordings of unseen news, and words that only look like deals.

Names inside other words ("군사들이"), nouns that name investors ("개인투자자"), circular shareholdings,
a buyer still sought, a question about who holds a company, an earlier verb's object, a legal form glued to
the name before it, and one verb shared by several subjects ("A는 X를, B는 Y를 인수했다")."""

from ko_facts import extractor, facts, kinds

from aigraph.ingest.contract import Document


def _money(text: str) -> set[tuple[str, str, str]]:
    return {k for k in facts(text) if k[0] in ("INVESTED_IN", "ACQUIRED")}


def test_plural_suffix_inside_a_word_is_no_purchase() -> None:
    # "군사들이" holds the letters of "사들이다" (to buy up) but buys nothing
    text = "적장 김한빛은 을지문덕을 추격하여 살수를 건넌 별동군은 평양성을 포위했지만 수나라 군사들이 포위한 것은 의미가 없었다."
    assert "ACQUIRED" not in kinds(text)


def test_buying_up_still_reads() -> None:
    got = facts("한빛전자는 누리랩스 지분 30%를 600억원에 사들였다.")
    assert got[("INVESTED_IN", "한빛전자", "누리랩스")]["stake_percent"] == 30.0


def test_investor_noun_is_no_investment() -> None:
    text = (
        "23일 김한빛 한빛당 의원이 금융감독원에서 받은 자료를 보면, 환매가 중단된 누리 펀드에 돈을 넣은 "
        "개인투자자 3606명 중 은행에서 가입한 투자자는 2237명이다."
    )
    assert not _money(text), _money(text)


def test_circular_shareholding_is_no_investment() -> None:
    text = (
        "이는 삼성그룹 회장인 김한빛이 아들인 김누리에게 경영권을 인계하여 에버랜드-삼성생명-삼성카드-삼성전자- "
        "에버랜드로 이어지는 순환출자에 의한 그룹 지배를 확보하는데 있어 중요한 역할을 하였다."
    )
    assert "INVESTED_IN" not in kinds(text)


def test_buyer_still_sought_gives_nothing() -> None:
    assert not _money("한빛전자는 누리랩스 지분을 매입할 투자자를 찾고 있다.")
    assert not _money("가람그룹은 누리랩스를 인수할 곳을 물색하고 있다.")
    assert not _money("누리랩스는 투자할 기업을 찾고 있다.")


def test_question_about_the_major_shareholder_gives_nothing() -> None:
    text = (
        "검찰이 항소하며 누리뱅크의 대주주가 김한빛 의장인지 가람인지에 대한 법제처 해석을 기다리느라 심사가 중단됐다."
    )
    assert "INVESTED_IN" not in kinds(text)


def test_stated_major_shareholder_still_reads() -> None:
    assert ("INVESTED_IN", "가람홀딩스", "누리랩스") in facts("가람홀딩스는 누리랩스의 최대주주다.")


def test_object_of_an_earlier_verb_is_not_bought() -> None:
    # the company bought is unnamed here; the one established before "하고" was not bought
    text = "1977년 한빛전자는 학교법인 누리학원을 설립하고 공과대학을 인수하였다."
    assert ("ACQUIRED", "한빛전자", "누리학원") not in facts(text)


def test_another_object_between_company_and_verb() -> None:
    text = "가람문화사가 만화사업부를 누리코믹스로 분사시킴에 따라 누리코믹스는 뒷날 한빛에서 지분을 대량 인수했다."
    assert not any(k[0] == "ACQUIRED" and k[2] == "만화사업부" for k in facts(text))


def test_object_with_an_amount_between_still_bought() -> None:
    got = facts("한빛전자가 누리랩스를 1000억원에 인수했다.")
    assert got[("ACQUIRED", "한빛전자", "누리랩스")]["amount"] == 1e11


def test_legal_form_glued_to_the_seller_names_nothing_after_it() -> None:
    text = "2009년 가람커뮤니케이션(주)로부터 (주)누리에듀를 인수한 한빛학원은 이듬해 상호를 바꿨다."
    names = {e.name for e in extractor().extract(Document(id="t", text=text)).entities}
    assert "로부터" not in names and {"가람커뮤니케이션", "누리에듀"} <= names, names


def test_gapped_acquisitions_pair_each_buyer_with_its_own_company() -> None:
    got = _money("한빛전자는 누리랩스를, 가람화학은 다온머티리얼즈를 각각 인수했다.")
    assert got == {("ACQUIRED", "한빛전자", "누리랩스"), ("ACQUIRED", "가람화학", "다온머티리얼즈")}, got


def test_gapped_acquisitions_under_a_group_topic() -> None:
    got = _money("한빛그룹은 성장동력 확보를 위해 한빛전자는 누리랩스를, 한빛화학은 다온머티리얼즈를 인수했다.")
    assert got == {("ACQUIRED", "한빛전자", "누리랩스"), ("ACQUIRED", "한빛화학", "다온머티리얼즈")}, got


def test_gapped_investments_each_with_its_own_amount() -> None:
    got = facts("한빛벤처스는 누리랩스에, 가람인베스트먼트는 다온소프트에 각각 50억원을 투자했다.")
    money = {k for k in got if k[0] == "INVESTED_IN"}
    assert money == {("INVESTED_IN", "한빛벤처스", "누리랩스"), ("INVESTED_IN", "가람인베스트먼트", "다온소프트")}
    assert got[("INVESTED_IN", "가람인베스트먼트", "다온소프트")]["amount"] == 5e9


def test_gapped_investments_without_each_share_no_amount() -> None:
    got = facts("한빛벤처스는 누리랩스에, 가람인베스트먼트는 다온소프트에 모두 100억원을 투자했다.")
    assert ("INVESTED_IN", "가람인베스트먼트", "다온소프트") in got
    assert all("amount" not in p for k, p in got.items() if k[0] == "INVESTED_IN")


def test_time_word_stays_out_of_the_recipient_name() -> None:
    got = _money(
        "앤더슨은 1996년 콜로라도 래피즈의 투자자가 되었고, 이후 시카고 파이어, 새너제이 어스퀘이크스 등에 투자하였다."
    )
    assert ("INVESTED_IN", "앤더슨", "시카고 파이어") in got, got
    assert not any(k[2].startswith("이후") for k in got)


def test_city_invested_in_is_a_site_not_a_field() -> None:
    text = "한빛전자는 올해부터 5년 동안 쿤산시에 17억달러를 투자하기로 했다."
    assert not _money(text), _money(text)


def test_hedges_forecasts_and_plans_under_review_give_nothing() -> None:
    text = (
        "누리랩스는 최근 300억원 규모의 시리즈B 투자 유치에 나섰다. "
        "누리랩스의 기업가치는 1조원으로 평가받는다. "
        "한빛전자가 누리랩스에 투자했다는 보도는 사실이 아니다. "
        "한빛전자와 가람전자가 누리랩스 인수를 놓고 경쟁하고 있다. "
        "한빛전자는 누리랩스 인수 우선협상대상자로 선정됐다."
    )
    assert not _money(text), _money(text)


def test_one_named_of_a_set_of_recipients_takes_no_total() -> None:
    got = facts("과학기술정보통신부는 누리랩스 등 팹리스 10곳에 300억원을 지원한다.")
    assert "amount" not in got[("INVESTED_IN", "과학기술정보통신부", "누리랩스")]


def test_one_named_recipient_with_each_amount_keeps_it() -> None:
    got = facts("과학기술정보통신부는 누리랩스 등 팹리스 10곳에 각각 30억원을 지원한다.")
    assert got[("INVESTED_IN", "과학기술정보통신부", "누리랩스")]["amount"] == 3e9


def test_investor_list_with_a_relative_clause_naming_others_keeps_every_member() -> None:
    text = (
        "누리랩스가 300억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 김철수 전 장관이 설립한 "
        "한빛에쿼티파트너스, 삼성전자 사장을 지낸 박영희 회장이 이끄는 가람인베스트먼트, 다온IB 등이 참여했다."
    )
    got = {k for k in facts(text) if k[0] == "INVESTED_IN"}
    want = {("INVESTED_IN", who, "누리랩스") for who in ("한빛에쿼티파트너스", "가람인베스트먼트", "다온IB")}
    assert want <= got, got
    assert not any(k[1] in ("삼성전자", "박영희") for k in got), got


def test_more_money_right_after_a_funding_goes_to_the_same_company() -> None:
    text = "지난해 한빛벤처스는 누리랩스에 30억원을 투자했다. 올해는 가람인베스트먼트가 50억원을 추가로 투자했다."
    got = facts(text)
    assert got[("INVESTED_IN", "가람인베스트먼트", "누리랩스")]["amount"] == 5e9


def test_more_money_under_review_or_far_from_the_funding_gives_nothing() -> None:
    reviewed = "지난해 한빛벤처스는 누리랩스에 30억원을 투자했다. 가람인베스트먼트는 50억원 추가 투자를 검토 중이다."
    assert ("INVESTED_IN", "가람인베스트먼트", "누리랩스") not in facts(reviewed)
    far = (
        "지난해 한빛벤처스는 누리랩스에 30억원을 투자했다. 누리랩스는 AI 칩을 개발한다. "
        "가람인베스트먼트는 50억원을 추가로 투자했다."
    )
    assert ("INVESTED_IN", "가람인베스트먼트", "누리랩스") not in facts(far)


def test_bonds_or_new_shares_issued_by_a_company_and_bought_are_an_investment_in_it() -> None:
    got = facts("한빛전자는 누리랩스가 발행한 전환사채(CB) 100억원어치를 인수했다.")
    assert got[("INVESTED_IN", "한빛전자", "누리랩스")]["amount"] == 1e10
    assert ("INVESTED_IN", "한빛전자", "누리랩스") in facts(
        "한빛전자는 누리랩스가 새로 발행하는 신주 200만주를 취득한다."
    )


def test_bonds_are_no_company_and_issuing_them_is_no_investment() -> None:
    assert not _money(
        "누리랩스가 발행한 전환사채를 한빛전자가 인수했다. 가람전자는 500억원 규모의 전환사채를 발행했다."
    )
    assert not _money("한빛전자는 누리랩스가 발행한 전환사채를 인수할 투자자를 찾고 있다.")


def test_the_amount_put_in_told_by_a_relative_clause() -> None:
    got = facts("한빛전자가 누리랩스에 투자한 금액은 300억원에 달한다.")
    assert got[("INVESTED_IN", "한빛전자", "누리랩스")]["amount"] == 3e10
    assert ("INVESTED_IN", "한빛전자", "누리랩스") in facts("한빛전자는 누리랩스에 투자한 300억원을 회수했다.")


def test_an_amount_with_no_investor_or_still_to_be_set_gives_nothing() -> None:
    assert not _money("누리랩스에 투자한 금액은 300억원이다.")
    assert not _money("한빛전자는 누리랩스에 투자할 금액을 정하지 못했다.")


def test_investors_and_shareholders_listed_after_ro_neun() -> None:
    got = _money("누리랩스의 주요 투자자로는 한빛벤처스와 가람인베스트먼트가 있다.")
    assert got == {("INVESTED_IN", "한빛벤처스", "누리랩스"), ("INVESTED_IN", "가람인베스트먼트", "누리랩스")}, got
    assert ("INVESTED_IN", "한빛전자", "누리랩스") in facts("누리랩스의 주요 주주로는 한빛전자, 가람전자 등이 있다.")


def test_questions_on_other_stems_give_nothing() -> None:
    text = "한빛전자가 누리랩스의 투자자로 나설지 관심이 쏠린다. 가람전자가 다온소프트 지분을 사들일지 주목된다."
    assert not _money(text), _money(text)


def test_participant_described_by_the_round_it_joined() -> None:
    got = _money("누리랩스 투자에 참여한 한빛벤처스와 가람인베스트먼트는 이번에도 후속 투자에 나섰다.")
    assert {("INVESTED_IN", "한빛벤처스", "누리랩스"), ("INVESTED_IN", "가람인베스트먼트", "누리랩스")} <= got, got


def test_a_briefing_joined_or_a_round_to_be_joined_by_a_described_party_gives_nothing() -> None:
    assert not _money("누리랩스 투자설명회에 참여한 한빛벤처스는 관심을 보였다.")
    assert not _money("누리랩스 투자에 참여할 한빛벤처스는 관심을 보였다.")


def test_a_reported_deal_is_its_own_subjects_not_the_speakers() -> None:
    got = _money("한빛전자는 자회사 가람전자가 다온랩스를 인수했다고 공시했다.")
    assert got == {("ACQUIRED", "가람전자", "다온랩스")}, got
    got = _money("업계에 따르면 한빛전자는 가람전자가 다온랩스에 100억원을 투자했다고 전했다.")
    assert got == {("INVESTED_IN", "가람전자", "다온랩스")}, got


def test_the_topics_own_deal_reported_stays_the_topics() -> None:
    got = _money("한빛전자는 다온랩스에 100억원을 투자했다고 밝혔다.")
    assert got == {("INVESTED_IN", "한빛전자", "다온랩스")}, got


def test_a_later_clause_with_its_own_subject_is_that_subjects() -> None:
    got = _money("한빛전자는 AI 칩을, 누리랩스는 소프트웨어를 개발하고, 가람전자가 다온랩스를 인수했다.")
    assert got == {("ACQUIRED", "가람전자", "다온랩스")}, got


def test_a_subject_inside_a_relative_clause_stays_out_of_a_reported_deal() -> None:
    got = _money("한빛전자는 누리랩스가 개발 중인 AI 칩에 100억원을 투자했다고 밝혔다.")
    assert not any(k[1] == "누리랩스" for k in got), got


def test_a_means_between_company_and_verb_is_no_other_object() -> None:
    assert ("ACQUIRED", "한빛전자", "누리랩스") in facts("한빛전자는 누리랩스를 자회사를 통해 인수했다.")
