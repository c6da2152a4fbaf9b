"""English people moves, deal roundups and earnings coverage: "joins X from Y" and "poached P from Y" leave a past post
at Y; "previously a professor at Y" and "previously led perception at Y" are past posts; a round's size stays the
round's when the investor joined "as part of" it or is one of "investors including" it; an owner's "investment firm
Y" is the investor, not the owner; "a faculty position" is a post, no stake; rumours and the market's bets are no
deal; "the group" after a lab was set up is that lab; a spelled-out officer's title reads the article's company; a
kind written before the second of two names keeps both in the list; an alliance two companies form or expand is a
partnership; a lead of another company's round is no member of the last one; "the startup" after a corporate lab
joined a round is the company that raised; a raising company's whole name is kept; a product written after a known
company ("Tesla Optimus lead") is part of the post; a surname alone after the full name is the person; an
organisation left was worked for, one still to be left is held; capitalised words between "the" and a body noun name
the body, as do those set off after "a joint venture,"; "the Google parent, Alphabet" owns Google; an interim post
keeps its qualifier; "a Google veteran" and years spent at a company are past posts; a post to be left ("is stepping
down as CEO of X") and a seat kept on a board are held; a group's bare name after one affiliate was named is that
affiliate."""

import pytest
from en_facts import en_facts


@pytest.mark.parametrize(
    ("text", "person", "new", "old"),
    [
        ("Natalie Brooks joins Cohere from Salesforce.", "Natalie Brooks", "코히어", "세일즈포스"),
        ("Veridian AI has poached Tomas Arriaga from Google DeepMind.", "Tomas Arriaga", "Veridian AI", "딥마인드"),
        ("Cohere hired Natalie Brooks from Salesforce.", "Natalie Brooks", "코히어", "세일즈포스"),
    ],
)
def test_the_employer_one_joins_from_is_a_past_post(text: str, person: str, new: str, old: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, new) in got and not got[("WORKS_FOR", person, new)].get("former"), got
    assert got.get(("WORKS_FOR", person, old), {}).get("former") is True, got


def test_joining_from_a_place_gives_no_past_post() -> None:
    got = en_facts("Natalie Brooks joined Cohere from London.")
    assert ("WORKS_FOR", "Natalie Brooks", "코히어") in got, got
    assert not any(k[0] == "WORKS_FOR" and v.get("former") for k, v in got.items()), got


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        (
            "Jane Park, previously a professor at Stanford University, joined Nuvola AI as chief scientist.",
            "스탠퍼드대학교",
            "professor",
        ),
        ("Jane Park, formerly a vice president at Naver, joined Nuvola AI.", "네이버", "vice president"),
    ],
)
def test_a_past_post_after_an_article(text: str, org: str, title: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Jane Park", org)) == {"title": title, "former": True}, got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Cho Min-jun previously led perception at Aurora Innovation.", "Aurora Innovation"),
        ("Daniel Osei previously ran applied research at Norwind AI.", "Norwind AI"),
        ("Kim Tae-hoon, who led Kakao Brain, joined Naver.", "카카오브레인"),
    ],
)
def test_what_someone_led_before_is_a_past_post(text: str, org: str) -> None:
    got = en_facts(text)
    person = text.split(" previously")[0].split(",")[0]
    assert got.get(("WORKS_FOR", person, org), {}).get("former") is True, got


def test_leading_a_deal_is_no_post() -> None:
    got = en_facts("Kim Tae-hoon led Naver's bid for Line.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia said that it had invested in Figuro AI as part of a $675 million funding round.",
        "Figuro AI had previously raised $675 million from investors including Nvidia.",
        "Figuro AI raised $675 million from investors such as Nvidia.",
    ],
)
def test_a_rounds_size_is_not_one_investors_sum(text: str) -> None:
    got = en_facts(text)
    props = got.get(("INVESTED_IN", "엔비디아", "Figuro AI"))
    assert props is not None and props.get("round_amount") == 675_000_000.0 and "amount" not in props, got


def test_an_investors_own_sum_beside_the_round_stays_its_own() -> None:
    got = en_facts("Nvidia invested $50 million in Figuro AI as part of a $675 million funding round.")
    assert got.get(("INVESTED_IN", "엔비디아", "Figuro AI"), {}).get("amount") == 50_000_000.0, got


def test_a_sum_from_one_named_investor_is_its_own() -> None:
    got = en_facts("Tollroad raised $12 million from SoftBank Ventures Asia.")
    assert got.get(("INVESTED_IN", "SoftBank Ventures Asia", "Tollroad"), {}).get("amount") == 12_000_000.0, got


@pytest.mark.parametrize(
    "text",
    [
        "Figuro AI raised $50 million from Microsoft and Jeff Bezos's investment firm Bezos Expeditions.",
        "Nvidia has invested in Figuro AI. Other participants included Microsoft and Jeff Bezos's investment firm "
        "Bezos Expeditions.",
    ],
)
def test_an_owners_investment_firm_is_the_investor(text: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", "Bezos Expeditions", "Figuro AI") in got, got
    assert ("INVESTED_IN", "Jeff Bezos", "Figuro AI") not in got, got


def test_a_faculty_position_is_no_stake() -> None:
    got = en_facts("Miriam Feld will also hold a faculty position in the Department of Computer Science.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_position_in_a_company_is_a_stake() -> None:
    assert ("INVESTED_IN", "타이거글로벌", "Nimbus Labs") in en_facts(
        "Tiger Global holds an equity position in Nimbus Labs."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ridgeway Motors would buy Haulpath, rumors said.",
        "Ridgeway Motors acquired Haulpath, rumors suggest.",
        "Investors are betting that Microsoft will acquire Lumera Systems.",
        "Microsoft will buy a stake in Lumera Systems, investors believe.",
    ],
)
def test_rumours_and_bets_are_no_deal(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in got), got


def test_what_investors_believe_of_a_bought_company_leaves_the_purchase() -> None:
    got = en_facts("Microsoft acquired Lumera Systems, which investors believe is worth more.")
    assert ("ACQUIRED", "마이크로소프트", "Lumera Systems") in got, got


def test_the_group_after_a_lab_was_set_up_is_the_lab() -> None:
    got = en_facts(
        "Meta has formed a new unit called Meta Superintelligence Labs. The group will be led by Daniel Osei."
    )
    assert ("WORKS_FOR", "Daniel Osei", "Meta Superintelligence Labs") in got, got
    assert ("WORKS_FOR", "Daniel Osei", "Meta") not in got, got


@pytest.mark.parametrize("title", ["Chief financial officer", "Chief operating officer"])
def test_a_spelled_out_officer_title_reads_the_articles_company(title: str) -> None:
    got = en_facts(f"Microsoft reported revenue. {title} Amy Hood said demand was strong.")
    assert got.get(("WORKS_FOR", "Amy Hood", "마이크로소프트"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "SK On and robotics firm Tessaly Robotics announced a partnership.",
        "Battery maker SK On and robot maker Tessaly Robotics signed an MOU.",
        "SK On and Tessaly Robotics have formed an alliance.",
        "SK On and Tessaly Robotics expanded their alliance.",
    ],
)
def test_two_companies_tie_up(text: str) -> None:
    got = en_facts(text)
    assert any(k[0] == "PARTNERS_WITH" and set(k[1:]) == {"SK온", "Tessaly Robotics"} for k in got), got


def test_both_companies_described_by_kind_found_a_venture() -> None:
    got = en_facts(
        "Korean battery maker SK On and robotics firm Tessaly Robotics have formed a joint venture, named SkyTess "
        "Automation, to build robots."
    )
    assert ("ESTABLISHED", "SK온", "SkyTess Automation") in got, got
    assert ("ESTABLISHED", "Tessaly Robotics", "SkyTess Automation") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "SK On and Tessaly Robotics may form an alliance.",
        "SK On and Tessaly Robotics are in talks to form an alliance.",
    ],
)
def test_an_alliance_not_yet_formed_is_none(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_a_named_alliance_formed_is_a_body_founded() -> None:
    got = en_facts("SK On and Tessaly Robotics formed the Battery AI Alliance.")
    assert ("ESTABLISHED", "SK온", "Battery AI Alliance") in got, got


def test_a_lead_of_another_companys_round_is_no_member_of_the_last_one() -> None:
    got = en_facts(
        "Paystream closed a $110 million Series D led by Tiger Global. Swiftly raised $7 million in seed funding "
        "led by Bessemer Venture Partners."
    )
    assert ("INVESTED_IN", "Bessemer Venture Partners", "Paystream") not in got, got
    assert ("INVESTED_IN", "타이거글로벌", "Paystream") in got, got


def test_the_startup_after_a_corporate_lab_joined_the_round_is_the_company_that_raised() -> None:
    got = en_facts(
        "Tessera Robotics raised $27 million. Kairo Labs, a unit of Toyota, also participated. The startup has "
        "partnered with MIT."
    )
    assert ("PARTNERS_WITH", "Tessera Robotics", "매사추세츠공과대학") in got, got
    assert ("PARTNERS_WITH", "Kairo Labs", "매사추세츠공과대학") not in got, got


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Nimbus Grid raised $75 million in a Series C led by Atlas Peak Partners.", "Nimbus Grid"),
        ("Tidal Therapeutics raised a £10 million seed round from Cambridge Innovation Capital.", "Tidal Therapeutics"),
    ],
)
def test_a_raising_companys_whole_name_is_kept(text: str, company: str) -> None:
    got = en_facts(text)
    assert any(k[0] == "INVESTED_IN" and k[2] == company for k in got), got
    assert not any(k[2] in ("Grid", "Nimbus", "Therapeutics") for k in got), got


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Halcyon Dynamics has named former Tesla Optimus lead Daniel Okafor as its new chief technology officer.",
            "Daniel Okafor",
            "Optimus lead",
        ),
        ("Former Tesla Autopilot director Wei Zhang has launched a new startup.", "Wei Zhang", "Autopilot director"),
    ],
)
def test_a_product_after_a_known_company_is_part_of_the_post(text: str, person: str, title: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", person, "테슬라")) == {"title": title, "former": True}, got
    assert not any(k[2].startswith("Tesla ") for k in got), got


def test_a_known_unit_after_a_company_stays_the_unit() -> None:
    got = en_facts("Naver Cloud CEO Kim Yu-won said demand was strong.")
    assert got.get(("WORKS_FOR", "Kim Yu-won", "네이버클라우드"), {}).get("title") == "CEO", got


def test_a_surname_alone_after_the_full_name_is_the_person() -> None:
    got = en_facts("Lena Hoffmann is leaving. Hoffmann co-founded Korvus Labs in 2020.")
    assert ("ESTABLISHED", "Lena Hoffmann", "Korvus Labs") in got, got


@pytest.mark.parametrize("text", ["David Kerr left Cohere in January.", "David Kerr has left Cohere."])
def test_an_organisation_left_was_worked_for(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "David Kerr", "코히어"), {}).get("former") is True, got


@pytest.mark.parametrize("text", ["David Kerr will leave Cohere.", "David Kerr is leaving Cohere."])
def test_an_organisation_still_to_be_left_is_no_past_post(text: str) -> None:
    got = en_facts(text)
    assert not any(v.get("former") for k, v in got.items() if k[0] == "WORKS_FOR"), got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Comau is a member of the SAFEHAND consortium.", "SAFEHAND consortium"),
        ("Comau joined the SAFEHAND consortium.", "SAFEHAND consortium"),
    ],
)
def test_a_body_named_before_its_noun_is_joined(text: str, body: str) -> None:
    assert ("PARTICIPATES_IN", "Comau", body) in en_facts(text), en_facts(text)


def test_a_venture_named_after_a_comma_holding_a_registry_name_is_its_own() -> None:
    got = en_facts(
        "SoftBank and OpenAI also established a joint venture, SB OpenAI Japan, to sell enterprise AI services in "
        "Japan."
    )
    assert ("ESTABLISHED", "오픈AI", "SB OpenAI Japan") in got, got
    assert ("ESTABLISHED", "소프트뱅크그룹", "SB OpenAI Japan") in got, got


@pytest.mark.parametrize(
    "text", ["The Google parent, Alphabet, beat forecasts.", "Google parent Alphabet beat forecasts."]
)
def test_the_parent_named_after_its_subsidiary_owns_it(text: str) -> None:
    assert ("AFFILIATE_OF", "구글", "알파벳") in en_facts(text), en_facts(text)


def test_an_interim_post_keeps_its_qualifier() -> None:
    got = en_facts("Stratos Compute named Hiroshi Tanabe interim chief executive on Monday.")
    assert got.get(("WORKS_FOR", "Hiroshi Tanabe", "Stratos Compute"), {}).get("title") == "interim chief executive"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Park, a Google veteran, joined Nuvola AI as chief scientist.",
        "Jane Park, a veteran of Google, joined Nuvola AI.",
        "Jane Park spent a decade at Google.",
    ],
)
def test_years_spent_at_a_company_are_a_past_post(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Jane Park", "구글"), {}).get("former") is True, got


def test_money_spent_at_a_company_is_no_post() -> None:
    got = en_facts("Jane Park spent $5 million at Google.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Arjun Mehta is stepping down as CEO of Nimbus Labs.", "CEO"),
        ("Arjun Mehta will retire as chief executive of Nimbus Labs next year.", "chief executive"),
    ],
)
def test_a_post_to_be_left_was_held(text: str, title: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Arjun Mehta", "Nimbus Labs"), {}).get("title") == title, got


@pytest.mark.parametrize(
    "text",
    [
        "Arjun Mehta is expected to step down as CEO of Nimbus Labs.",
        "Arjun Mehta denied that he would step down as CEO of Nimbus Labs.",
    ],
)
def test_a_departure_expected_or_denied_is_no_post(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_groups_bare_name_after_one_affiliate_was_named_is_that_affiliate() -> None:
    got = en_facts(
        "Samsung Electronics said profit rose. Samsung also said its semiconductor research arm, Samsung Advanced "
        "Institute of Technology, was developing memory."
    )
    assert ("PART_OF", "삼성종합기술원", "삼성전자") in got, got
    assert ("PART_OF", "삼성종합기술원", "삼성") not in got, got


@pytest.mark.parametrize(
    "text", ["Arjun Mehta will remain on the board of Nimbus Labs.", "Arjun Mehta sits on the board of Nimbus Labs."]
)
def test_a_seat_kept_on_a_board_is_held(text: str) -> None:
    got = en_facts(text)
    assert got.get(("WORKS_FOR", "Arjun Mehta", "Nimbus Labs"), {}).get("title") == "board member", got


def test_reporting_on_a_board_is_no_seat() -> None:
    got = en_facts("Arjun Mehta reported on the board of Nimbus Labs.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got
