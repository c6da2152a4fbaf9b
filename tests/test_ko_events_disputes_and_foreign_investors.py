"""Korean event coverage, legal and regulatory news, year-end lists and news of foreign investors: a claim passed
around and then denied ("…했다는 게시물이 확산됐으나 사실이 아니다") is no fact; a deal a regulator blocked or is still
reviewing is none; the company whose deal a regulator approves is the buyer, not the regulator; a founder's title
("공동창업자 P를") founds nothing; a prosecutor is no company's employer; "참가자" is no member; a round joined as a
noun ("라운드 참여") is an investment only; each investor's own sum written right after it; "전" before an employer
is the tense of a post, not a name; "지사장" is no name's last syllable; a name glued to its honorific ("P씨를")."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    "text",
    [
        "온라인에는 한결전자가 다온랩에 200억원을 투자했다는 게시물이 퍼졌으나 이는 사실이 아니다.",
        "한결전자는 다온랩에 200억원을 투자했다고 공시했으나 이는 사실과 다른 것으로 드러났다.",
        "커뮤니티에 한결전자가 다온랩을 인수했다는 글이 올라왔다.",
    ],
)
def test_a_claim_denied_or_passed_around_is_no_fact(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


def test_an_investment_beside_a_denied_rumour_stands() -> None:
    got = facts("한결전자는 다온랩에 200억원을 투자했다. 다만 인수설은 사실이 아니라고 밝혔다.")
    assert got.get(("INVESTED_IN", "한결전자", "다온랩"), {}).get("amount") == 2e10, got


@pytest.mark.parametrize(
    "text",
    [
        "세림반도체는 코어웨이브랩 지분 100%를 1500억원에 인수하겠다고 밝혔지만 공정위는 두 회사의 결합을 금지했다.",
        "공정거래위원회가 세림반도체의 코어웨이브랩 인수에 대한 기업결합 심사를 진행하고 있다.",
        "세림반도체의 코어웨이브랩 인수는 현재 공정위 심사 중이다.",
    ],
)
def test_a_deal_blocked_or_under_review_is_no_acquisition(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in got), got


def test_a_deal_completed_after_the_review_is_an_acquisition() -> None:
    got = facts("세림반도체는 공정위 심사를 통과한 뒤 코어웨이브랩 인수를 마무리했다.")
    assert ("ACQUIRED", "세림반도체", "코어웨이브랩") in got, got


def test_the_company_whose_deal_the_regulator_approved_is_the_buyer() -> None:
    got = facts("공정거래위원회는 세림반도체가 코어웨이브랩 지분 65%를 인수하는 건을 승인했다.")
    assert got.get(("ACQUIRED", "세림반도체", "코어웨이브랩"), {}).get("stake_percent") == 65.0, got
    assert not any(k[1] == "공정거래위원회" for k in got), got


def test_a_founders_title_before_a_name_founds_nothing_for_the_topic() -> None:
    got = facts("공정위는 세림반도체가 다온랩 공동창업자 윤재호를 영입한 것을 들여다보고 있다.")
    assert not any(k[0] == "ESTABLISHED" and k[2] == "공정거래위원회" for k in got), got
    assert ("ESTABLISHED", "윤재호", "다온랩") in got, got


def test_a_founder_told_by_the_copula_still_founds_the_topic() -> None:
    got = facts("다온랩은 윤재호 대표가 창업자다.")
    assert ("ESTABLISHED", "윤재호", "다온랩") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "검찰은 윤재호 대표가 회삿돈 30억원을 유용한 혐의를 수사하고 있다.",
        "경찰은 윤재호 대표가 투자자들을 속인 혐의로 조사를 받고 있다고 밝혔다.",
    ],
)
def test_a_company_head_under_investigation_does_not_work_for_the_investigators(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_thanks_to_the_participants_is_no_membership() -> None:
    got = facts("한국데이터산업협회 권오성 회장은 행사 참가자들에게 감사 인사를 했다.")
    assert ("WORKS_FOR", "권오성", "한국데이터산업협회") in got, got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_a_member_joining_an_alliance_still_participates() -> None:
    got = facts("다온랩은 한국데이터산업협회에 가입했다.")
    assert ("PARTICIPATES_IN", "다온랩", "한국데이터산업협회") in got, got


def test_a_round_joined_as_a_noun_is_an_investment_only() -> None:
    got = facts("한결전자는 올해 다온랩에 300억원 규모 라운드 참여 등 AI 투자를 확대했다.")
    assert ("INVESTED_IN", "한결전자", "다온랩") in got, got
    assert not any(k[0] == "PARTICIPATES_IN" for k in got), got


def test_each_investors_own_sum_written_after_it() -> None:
    got = facts("다온랩은 한결전자에서 120억원, 미래에셋벤처투자에서 40억원을 각각 투자받았다.")
    assert got.get(("INVESTED_IN", "한결전자", "다온랩"), {}).get("amount") == 1.2e10, got
    assert got.get(("INVESTED_IN", "미래에셋벤처투자", "다온랩"), {}).get("amount") == 4e9, got


def test_a_single_investors_sum_is_its_own() -> None:
    got = facts("다온랩은 미래에셋벤처투자에서 40억원을 투자받았다.")
    assert got.get(("INVESTED_IN", "미래에셋벤처투자", "다온랩"), {}).get("amount") == 4e9, got


def test_former_before_an_employer_is_the_posts_tense() -> None:
    text = "데이터브릭스코리아 대표에 전 오라클코리아 전무 한지석씨가 선임됐다."
    got = facts(text)
    assert not any(n.startswith("전 ") for n in names(text)), names(text)
    assert got.get(("WORKS_FOR", "한지석", "데이터브릭스코리아"), {}).get("title") == "대표", got
    assert got.get(("WORKS_FOR", "한지석", "오라클코리아"), {}).get("former") is True, got


def test_a_branch_heads_title_is_no_name() -> None:
    text = "스노우플레이크코리아 지사장에 문태윤씨가 선임됐다."
    got = facts(text)
    assert all("지" != n[-1] for n in names(text) if n.startswith("스노우플레이크")), names(text)
    assert got.get(("WORKS_FOR", "문태윤", "스노우플레이크코리아"), {}).get("title") == "지사장", got


@pytest.mark.parametrize("person", ["이준혁", "정하늘"])
def test_a_name_glued_to_its_honorific(person: str) -> None:
    got = facts(f"스노우플레이크는 {person}씨를 한국지사장으로 선임했다.")
    assert ("WORKS_FOR", person, "스노우플레이크") in got, got


def test_both_founders_fund_their_joint_venture_each() -> None:
    got = facts("한빛모터스와 오토링크는 합작법인 드라이브넷을 세웠다. 양사는 각각 300억원을 출자했다.")
    assert got.get(("INVESTED_IN", "한빛모터스", "드라이브넷"), {}).get("amount") == 3e10, got
    assert got.get(("INVESTED_IN", "오토링크", "드라이브넷"), {}).get("amount") == 3e10, got


def test_both_founders_share_a_joint_ventures_capital() -> None:
    got = facts("한빛모터스와 오토링크는 합작법인 드라이브넷을 세웠다. 양사는 600억원을 출자했다.")
    props = got.get(("INVESTED_IN", "한빛모터스", "드라이브넷"), {})
    assert props.get("round_amount") == 6e10 and "amount" not in props, got


def test_both_founders_weighing_more_capital_put_in_nothing() -> None:
    got = facts("한빛모터스와 오토링크는 합작법인 드라이브넷을 세웠다. 양사는 추가 출자를 검토하고 있다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_this_company_after_the_rounds_investor_is_the_company_raising() -> None:
    got = facts("다온랩이 투자를 유치했다. 이번 라운드는 한결전자가 주도했다. 이 회사는 2019년 윤재호 대표가 창업했다.")
    assert ("ESTABLISHED", "윤재호", "다온랩") in got, got
    assert not any(k[2] == "한결전자" for k in got if k[0] in ("ESTABLISHED", "WORKS_FOR")), got


def test_a_company_joining_a_group_is_its_affiliate_not_bought_by_it() -> None:
    got = facts("한결그룹은 로봇 스타트업 다온랩을 계열사로 새로 편입했다.")
    assert ("AFFILIATE_OF", "다온랩", "한결그룹") in got, got
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_a_company_made_a_subsidiary_is_still_bought() -> None:
    got = facts("한결전자는 다온랩을 자회사로 새로 편입했다.")
    assert ("ACQUIRED", "한결전자", "다온랩") in got, got


def test_a_split_into_two_companies_makes_neither_the_others_affiliate() -> None:
    got = facts("세림제약이 인적분할을 마치고 존속법인 세림홀딩스와 신설법인 세림바이오로 나뉘었다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_an_affiliate_wound_up_is_no_affiliate() -> None:
    got = facts("한결그룹은 건설 계열사 한결디앤씨를 청산해 계열사에서 제외했다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_money_raised_from_a_company_is_an_investment() -> None:
    got = facts("다온랩은 한결전자에서 80억원을 조달했다.")
    assert got.get(("INVESTED_IN", "한결전자", "다온랩"), {}).get("amount") == 8e9, got


@pytest.mark.parametrize(
    "text",
    ["다온랩은 한결전자에서 대출로 80억원을 조달했다.", "다온랩은 회사채 발행을 통해 80억원을 조달했다."],
)
def test_money_raised_as_a_loan_is_no_investment(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_partnership_described_by_its_field() -> None:
    text = "스노우플레이크는 HD현대와 조선 AI 파트너십을 맺었다."
    assert ("PARTNERS_WITH", "스노우플레이크", "HD현대") in facts(text), facts(text)
    assert not any("파트너십" in n for n in names(text)), names(text)
