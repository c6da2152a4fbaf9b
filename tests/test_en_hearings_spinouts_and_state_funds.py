"""English political news, university spin-outs and state investors: a participle set off after "an affiliate of G"
tells of G; "X led the round. The firm …" is X; a former postdoc's university founds nothing and lends no later
founder its name; an academic rank is no post at the company founded; a body's name "of" several fields runs on past
"and"; "Commerce Secretary" names no company and "Senator Ortiz" is a person; what one was told, or a claim the company
denied, is no investment; "the company" after a fund launched one is that company; a currency glued to a sum is no
name; a university's holding company is its own; a fund named for a college is an investor, and its university is no
co-investor."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "chair", "group", "affiliate"),
    [
        (
            "Velmora Motors is an affiliate of Tessaro Group, chaired by Martin Kroll.",
            "Martin Kroll",
            "Tessaro Group",
            "Velmora Motors",
        ),
        (
            "Orvane Aerospace is an affiliate of Kalden Group, led by Vice Chairman Peter Lund.",
            "Peter Lund",
            "Kalden Group",
            "Orvane Aerospace",
        ),
    ],
)
def test_a_participle_after_an_affiliates_group_tells_of_the_group(
    text: str, chair: str, group: str, affiliate: str
) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", chair, group) in got, got
    assert ("WORKS_FOR", chair, affiliate) not in got, got


def test_a_participle_after_a_company_bought_tells_of_it() -> None:
    got = en_facts("Orvane acquired Kelda Labs, led by Anna Berg.")
    assert ("WORKS_FOR", "Anna Berg", "Kelda Labs") in got, got


def test_the_firm_after_the_lead_investor_is_the_investor() -> None:
    got = en_facts("Lumenfold Capital led the round. The firm has previously backed Kestrel Robotics.")
    assert ("INVESTED_IN", "Lumenfold Capital", "Kestrel Robotics") in got, got


def test_a_former_postdocs_university_founds_nothing() -> None:
    got = en_facts("Arvex Robotics was co-founded by former Stanford postdoc Daniel Cho and engineer Priya Raman.")
    assert {k for k in got if k[0] == "ESTABLISHED"} == {
        ("ESTABLISHED", "Daniel Cho", "Arvex Robotics"),
        ("ESTABLISHED", "Priya Raman", "Arvex Robotics"),
    }, got
    assert got.get(("WORKS_FOR", "Daniel Cho", "스탠퍼드대학교"), {}).get("former") is True, got
    assert ("WORKS_FOR", "Priya Raman", "스탠퍼드대학교") not in got, got


def test_an_academic_rank_is_no_post_at_the_company_founded() -> None:
    text = (
        "Neuroglide AI, a startup spun out of the NUS School of Computing, was set up by Associate Professor Tan Wei"
        " Ling."
    )
    got = en_facts(text)
    assert ("ESTABLISHED", "Tan Wei Ling", "Neuroglide AI") in got, got
    assert ("WORKS_FOR", "Tan Wei Ling", "Neuroglide AI") not in got, got
    assert "NUS School of Computing" in en_entity_names(text), en_entity_names(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The startup was founded by Professor Jung Hye-rin of the Department of Bio and Brain Engineering.",
            "Department of Bio and Brain Engineering",
        ),
        (
            "The Institute for Information and Communications Technology Planning and Evaluation funded the project.",
            "Institute for Information and Communications Technology Planning and Evaluation",
        ),
        (
            "Officials from the Ministry of Municipal and Rural Affairs and Housing attended.",
            "Ministry of Municipal and Rural Affairs and Housing",
        ),
    ],
)
def test_a_bodys_fields_run_on_past_and(text: str, body: str) -> None:
    assert body in en_entity_names(text), en_entity_names(text)


def test_a_body_and_a_company_stay_two() -> None:
    got = en_entity_names("The Department of Energy and Nvidia signed a deal.")
    assert "Department of Energy" in got and len(got) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "Commerce Secretary Gina Harlow said the administration wanted companies to invest more.",
        "Energy Minister Tom Reed visited Orvane.",
    ],
)
def test_a_portfolio_before_an_office_is_no_company(text: str) -> None:
    assert not any(name.split()[0] in ("Commerce", "Energy") for name in en_entity_names(text)), en_entity_names(text)
    assert not any(k[0] == "WORKS_FOR" for k in en_facts(text)), en_facts(text)


def test_a_senator_named_by_surname_is_no_company() -> None:
    text = "Senator Ortiz asked whether Lumora had retaliated against whistleblowers."
    assert "Ortiz" not in en_entity_names(text) and "Senator Ortiz" not in en_entity_names(text), en_entity_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Elaine Frost said she had been told that Monarch Cloud was preparing to invest $5 billion in Ardent AI.",
        "Monarch Cloud was preparing to invest $5 billion in Ardent AI, Senator Elaine Frost said, a claim the company"
        " denied.",
    ],
)
def test_what_one_was_told_or_a_denied_claim_is_no_investment(text: str) -> None:
    assert not any(k[0] == "INVESTED_IN" for k in en_facts(text)), en_facts(text)


def test_what_the_company_told_investors_stands() -> None:
    got = en_facts("Monarch Cloud invested $5 billion in Ardent AI, the company told investors.")
    assert ("INVESTED_IN", "Monarch Cloud", "Ardent AI") in got, got


def test_the_company_after_a_fund_launched_one_is_that_company() -> None:
    got = en_facts(
        "Norland Sovereign Fund launched Qimma AI on Monday. The company has signed a memorandum of understanding"
        " with Nvidia to source chips."
    )
    assert ("PARTNERS_WITH", "Qimma AI", "엔비디아") in got, got
    assert not any(k[0] == "PARTNERS_WITH" and "Norland Sovereign Fund" in k for k in got), got


def test_a_currency_glued_to_a_sum_is_no_name() -> None:
    text = "Khazanah Nasional set up Dana Digital Malaysia, a RM1 billion fund to back AI start-ups."
    assert "RM1" not in en_entity_names(text), en_entity_names(text)
    assert not any(k[0] == "PART_OF" for k in en_facts(text)), en_facts(text)


def test_a_universitys_holding_company_is_its_own() -> None:
    got = en_facts("Tsinghua Holdings invested in Beijing Zhiyuan Quantum.")
    assert ("INVESTED_IN", "Tsinghua Holdings", "Beijing Zhiyuan Quantum") in got, got
    assert ("INVESTED_IN", "칭화대학교", "Beijing Zhiyuan Quantum") not in got, got


def test_a_fund_named_for_a_college_is_the_only_investor() -> None:
    got = en_facts(
        "Sonantic Bio raised £4.5 million with participation from Old College Capital, the University of Edinburgh's"
        " in-house venture fund."
    )
    assert ("INVESTED_IN", "Old College Capital", "Sonantic Bio") in got, got
    assert ("INVESTED_IN", "University of Edinburgh", "Sonantic Bio") not in got, got
    assert ("PART_OF", "Old College Capital", "University of Edinburgh") in got, got


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Vantiq Robotics, formerly known as Helix Motion, raised $85 million from Accel.",
            "Vantiq Robotics",
            "Helix Motion",
        ),
        ("Meridian Health (f/k/a Corvex Diagnostics) acquired Paloma Labs.", "Meridian Health", "Corvex Diagnostics"),
    ],
)
def test_a_former_name_is_the_same_company(text: str, name: str, other: str) -> None:
    assert other not in en_entity_names(text), en_entity_names(text)
    assert any(k[1] == name or k[2] == name for k in en_facts(text)), en_facts(text)
    assert any(k[1] == other or k[2] == other for k in en_facts(text)), en_facts(text)  # the alias is the node's


def test_a_new_name_used_later_is_the_same_node() -> None:
    text = (
        "Kairo Systems, which rebranded as Kairo AI in January, was acquired by ServiceNow, and Kairo AI co-founder"
        " Tomás Ribeiro joined ServiceNow."
    )
    assert "Kairo AI" not in en_entity_names(text), en_entity_names(text)
    assert ("ESTABLISHED", "Kairo Systems", "Kairo Systems") not in en_facts(text)
    assert ("ESTABLISHED", "Tomás Ribeiro", "Kairo Systems") in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    ["Orvane, formerly Google's robotics unit, raised $5 million.", "Jane Doe, formerly Google's CTO, joined Orvane."],
)
def test_a_former_owner_is_no_other_name(text: str) -> None:
    assert "구글" in en_entity_names(text), en_entity_names(text)


def test_a_companys_shareholders_are_not_the_company() -> None:
    assert not en_facts("Datenwerk shareholders will own 55% of Synaptica."), en_facts(
        "Datenwerk shareholders will own 55% of Synaptica."
    )
    got = en_facts("Existing shareholders Index Ventures and Accel also invested in Synaptica.")
    assert ("INVESTED_IN", "Accel", "Synaptica") in got, got


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Orvane denied reports it had agreed to acquire Kestrel Robotics.", False),
        ("Orvane confirmed reports it had agreed to acquire Kestrel Robotics.", True),
    ],
)
def test_a_denied_report_without_that_is_no_deal(text: str, stated: bool) -> None:
    assert (("ACQUIRED", "Orvane", "Kestrel Robotics") in en_facts(text)) is stated, en_facts(text)


def test_a_joint_ventures_name_opening_with_a_parents_is_whole() -> None:
    got = en_facts(
        "Honda Motor Co. and Sony Group Corp. established Sony Honda Mobility Inc. as a joint venture in 2022."
    )
    assert ("ESTABLISHED", "Sony Group Corp.", "Sony Honda Mobility Inc.") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[2] in ("소니", "Sony") for k in got), got


@pytest.mark.parametrize(
    ("text", "kind", "pairs"),
    [
        (
            "Google and Microsoft acquired Character.AI and Inflection AI, respectively.",
            "ACQUIRED",
            {("구글", "Character.AI"), ("마이크로소프트", "Inflection AI")},
        ),
        (
            "Naver and Kakao invested in Upstage and Rebellions, respectively.",
            "INVESTED_IN",
            {("네이버", "업스테이지"), ("카카오", "리벨리온")},
        ),
    ],
)
def test_respectively_pairs_the_lists_in_order(text: str, kind: str, pairs: set) -> None:
    got = {(k[1], k[2]) for k in en_facts(text) if k[0] == kind}
    assert pairs <= got and not {("구글", "Inflection AI"), ("네이버", "리벨리온")} & got, got


def test_without_respectively_every_investor_backs_every_company() -> None:
    got = {
        (k[1], k[2]) for k in en_facts("Naver and Kakao invested in Upstage and Rebellions.") if k[0] == "INVESTED_IN"
    }
    assert ("네이버", "리벨리온") in got and ("카카오", "업스테이지") in got, got


def test_a_list_of_founders_ending_the_text_is_read() -> None:
    assert isinstance(en_facts("Founders: Jana Kessler, Tobias Wirth"), dict)  # it raised IndexError past the last word
    assert "Tobias Wirth" in en_entity_names("Founders: Jana Kessler, Tobias Wirth")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Pieter van der Berg, managing partner of Prime Ventures, led a €30 million Series A round in Langdock.",
            "Prime Ventures",
        ),
        ("Sequoia partner Alfred Lin led the Series B of Langdock.", "Sequoia"),
    ],
)
def test_a_partner_leading_a_round_leads_it_for_the_firm(text: str, firm: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", firm, "Langdock") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[1] in ("Pieter van der Berg", "Alfred Lin") for k in got), got


def test_a_person_placed_at_no_firm_invests_their_own() -> None:
    assert ("INVESTED_IN", "Jane Roe", "Langdock") in en_facts(
        "Angel investor Jane Roe, a former Google engineer, invested in Langdock."
    )
