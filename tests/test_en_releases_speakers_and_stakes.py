"""English press releases, emerging-market and earnings news: a dateline naming two offices and a listing's
exchange and ticker are no parties; a department after a title ("Vice President of Perception") is no employer;
a takeover prohibited is none; "its chief executive P said" after a comma is the speaker's company's; a stake
bought is no company bought; "the company's purchase" said by an executive is that company's; a purchase closed
is no funding round; a unit that "is being spun off" is the child, not the parent; "Dario and Daniela Amodei"
are two people of one surname; an agreement to acquire terminated undoes no partnership; "among the companies that
founded Y" are the ones listed, not the article's topic; a combined majority stake is no one's control; a
partnership being evaluated is none; a licensing agreement signed is a partnership; "In 2024 A and B invested" has
no place in 2024; a person spinning out a unit is no parent; "Daeil" after "Daeil Corp." is that company; "X set
up Y, funded by A" funds Y; "X reported higher sales and said it had agreed to buy Y" is X's deal."""

import pytest
from en_facts import en_entity_names, en_facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "BOULDER, Colo. and OTTAWA, Ont., May 4, 2026 /PRNewswire/ -- Quenta AI and Microsoft today announced a "
            "collaboration on document search.",
            ("Quenta AI", "마이크로소프트"),
        ),
        (
            "RALEIGH, N.C. and BERLIN, March 9, 2026 /Business Wire/ -- Tessen Robotics and Fennel Labs today "
            "announced a strategic partnership.",
            ("Tessen Robotics", "Fennel Labs"),
        ),
    ],
)
def test_a_dateline_of_two_offices_is_no_party(text: str, pair: tuple[str, str]) -> None:
    got = en_facts(text)
    assert ("PARTNERS_WITH", *pair) in got or ("PARTNERS_WITH", pair[1], pair[0]) in got, got
    dateline = {w.strip(",.") for w in text.split("--")[0].split()} | {w for w in text.split("--")[0].split()}
    assert not any(k[1] in dateline or k[2] in dateline for k in got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Orvane Cloud, Inc. (NYSE: ORVC) today announced a strategic partnership with Pellix AI.",
            ("PARTNERS_WITH", "Orvane Cloud", "Pellix AI"),
        ),
        (
            "Dalmore Data Systems, Inc. (NASDAQ: DLMR) today announced a definitive agreement to acquire Quorra AI.",
            ("ACQUIRED", "Dalmore Data Systems", "Quorra AI"),
        ),
        (
            "Orvane Cloud (NYSE: ORVC; TSX: ORV) today announced a strategic partnership with Pellix AI.",
            ("PARTNERS_WITH", "Orvane Cloud", "Pellix AI"),
        ),
    ],
)
def test_a_listing_after_the_name_is_no_party(text: str, fact: tuple[str, str, str]) -> None:
    got = en_facts(text)
    assert fact in got, got
    assert not any(k[1] in ("NYSE", "NASDAQ", "TSX") for k in got), got


@pytest.mark.parametrize(
    ("text", "person", "employer", "function"),
    [
        ("Mara Quill will join Tessen as Vice President of Perception.", "Mara Quill", "Tessen", "Perception"),
        ("Lena Ortiz was named Senior Vice President of Trust and Safety at Orvane.", "Lena Ortiz", "Orvane", "Safety"),
    ],
)
def test_a_function_after_a_title_is_no_employer(text: str, person: str, employer: str, function: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, employer) in got, got
    assert not any(function in (k[1], k[2]) for k in got), got


def test_the_organisation_after_a_title_still_employs_when_none_other_is_named() -> None:
    got = en_facts("Lena Ortiz was appointed chief executive of Halvex.")
    assert ("WORKS_FOR", "Lena Ortiz", "Halvex") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Competition Tribunal prohibited Kestrel Media's takeover of AI startup Lumo Labs.",
        "The regulator vetoed Kestrel Media's purchase of Lumo Labs.",
        "Regulators barred Kestrel Media's acquisition of Lumo Labs.",
    ],
)
def test_a_deal_prohibited_is_none(text: str) -> None:
    assert not any(k[0] == "ACQUIRED" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    ("text", "person", "employer", "other"),
    [
        (
            "Telvia has no plans to invest in Karoo Compute, its chief executive Sipho Ndlovu said.",
            "Sipho Ndlovu",
            "Telvia",
            "Karoo Compute",
        ),
        (
            "Orvane has invested in Pellix Robotics, its chief executive Amani Otieno said on Monday.",
            "Amani Otieno",
            "Orvane",
            "Pellix Robotics",
        ),
    ],
)
def test_its_chief_speaking_after_a_comma_is_the_subjects(text: str, person: str, employer: str, other: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, employer) in got, got
    assert ("WORKS_FOR", person, other) not in got, got


def test_its_chief_right_after_the_company_is_that_companys() -> None:
    got = en_facts("Kakao and its chief executive Shina Chung said they would expand.")
    assert ("WORKS_FOR", "Shina Chung", "카카오") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava Holdings owns 8% of Brisa AI, which it bought last year.",
        "Kelvar Robotics still owns a 10% stake in Optiq, which it bought in 2022.",
    ],
)
def test_a_stake_bought_is_no_company_bought(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "ACQUIRED" for k in got), got
    assert any(k[0] == "INVESTED_IN" for k in got), got


def test_a_company_bought_in_a_relative_clause_stays_bought() -> None:
    got = en_facts("Kelvar owns Optiq, which it bought in 2022.")
    assert ("ACQUIRED", "Kelvar", "Optiq") in got, got


def test_the_companys_purchase_told_by_its_chief_is_the_companys() -> None:
    got = en_facts(
        "Corvel Ventures said it had invested in Arlo Labs and Vetta AI. Dana Whitt, Corvel's chief executive, "
        "said the company's $500mn purchase of Tessaly would close in May."
    )
    assert ("ACQUIRED", "Corvel Ventures", "Tessaly") in got, got
    assert ("ACQUIRED", "Vetta AI", "Tessaly") not in got, got


def test_a_purchase_closed_is_no_funding_round() -> None:
    got = en_facts(
        "Kessel Holdings said it had closed its $1.1bn purchase of Orin Sensors, a lidar start-up backed by Bosch."
    )
    assert ("ACQUIRED", "Kessel Holdings", "Orin Sensors") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Kessel Holdings" for k in got), got


def test_a_unit_being_spun_off_is_the_child() -> None:
    got = en_facts(
        "Marlow Pay, the bank's payments unit, is being spun off as a separate company, Marlow Bank said, and will "
        "keep its existing clients."
    )
    assert ("SPUN_OFF_FROM", "Marlow Bank", "Marlow Pay") not in got, got
    got = en_facts("Marlow Pay was spun off by Marlow Bank in 2021.")
    assert ("SPUN_OFF_FROM", "Marlow Pay", "Marlow Bank") in got, got


@pytest.mark.parametrize(
    ("text", "people", "company"),
    [
        ("Veltra was founded in 2021 by Priya and Arjun Mehta.", ("Priya Mehta", "Arjun Mehta"), "Veltra"),
        ("Lumo was started by siblings Sofia and Mateo Ruiz.", ("Sofia Ruiz", "Mateo Ruiz"), "Lumo"),
    ],
)
def test_two_given_names_share_the_surname_written_once(text: str, people: tuple[str, ...], company: str) -> None:
    got = en_facts(text)
    for person in people:
        assert ("ESTABLISHED", person, company) in got, got
    assert people[0].split()[0] not in en_entity_names(text)


def test_a_firm_listed_before_a_person_keeps_its_name() -> None:
    assert "Kaszek Kazah" not in en_entity_names("The round was led by Kaszek and Hernan Kazah.")


def test_an_agreement_to_acquire_terminated_undoes_no_partnership() -> None:
    got = en_facts(
        "Brevik Group terminated its agreement to acquire Zentra AI. Brevik Group formed a partnership with Nvidia."
    )
    assert ("PARTNERS_WITH", "Brevik Group", "엔비디아") in got, got
    assert ("ACQUIRED", "Brevik Group", "Zentra AI") not in got, got


def test_a_general_agreement_terminated_still_undoes_the_deal_told_next() -> None:
    got = en_facts(
        "Brevik Group terminated the agreement last week. Brevik Group had agreed to buy Zentra AI in March."
    )
    assert not any(k[0] == "ACQUIRED" for k in got), got


def test_companies_among_the_founders_are_the_listed_ones_not_the_topic() -> None:
    got = en_facts(
        "Quorra joined the Open Sensor Alliance led by Vantor. Kessel, Hiroda and Lumen Optics are among the six "
        "companies that founded Vantor in 1990."
    )
    assert not any(k[0] == "ESTABLISHED" and k[1] == "Quorra" for k in got), got
    assert {("ESTABLISHED", "Kessel", "Vantor"), ("ESTABLISHED", "Lumen Optics", "Vantor")} <= set(got), got


def test_firms_naming_their_members_stay_their_members() -> None:
    got = en_facts("Several firms, including Accel and Index, that invested in Lumo declined to comment.")
    assert {("INVESTED_IN", "Accel", "Lumo"), ("INVESTED_IN", "Index", "Lumo")} <= set(got), got


@pytest.mark.parametrize(
    ("text", "buyers", "target"),
    [
        ("Temasek and Orvane Capital will buy a combined 60% stake in Edgeon.", ("테마섹", "Orvane Capital"), "Edgeon"),
        (
            "Mubadala and Kestrel Partners agreed to buy a joint 55% stake in Lumo Robotics.",
            ("무바달라", "Kestrel Partners"),
            "Lumo Robotics",
        ),
    ],
)
def test_a_combined_majority_stake_gives_no_one_control(text: str, buyers: tuple[str, ...], target: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "ACQUIRED" for k in got), got
    for buyer in buyers:
        assert ("INVESTED_IN", buyer, target) in got, got


def test_a_majority_stake_bought_alone_is_control() -> None:
    got = en_facts("Temasek will buy a 60% stake in Edgeon.")
    assert ("ACQUIRED", "테마섹", "Edgeon") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kaiser Health is evaluating a partnership with Abridge.",
        "Mayo Clinic is assessing a partnership with Nference.",
    ],
)
def test_a_partnership_being_evaluated_is_none(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


def test_a_partnership_made_to_assess_something_stands() -> None:
    got = en_facts("Mayo Clinic partnered with Nference to assess AI models.")
    assert ("PARTNERS_WITH", "Mayo Clinic", "Nference") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Merck signed a licensing deal with Zentra Therapeutics for its AI-designed molecule.",
            ("Merck", "Zentra Therapeutics"),
        ),
        ("Sanofi signed an exclusive license agreement with Exscientia.", ("Sanofi", "Exscientia")),
    ],
)
def test_a_licensing_agreement_signed_is_a_partnership(text: str, pair: tuple[str, str]) -> None:
    assert ("PARTNERS_WITH", *pair) in en_facts(text), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lilly terminated its license agreement with Tessellate Bio.",
        "Sanofi is in talks over a licensing deal with Exscientia.",
        "Amkor signed a supply agreement with Intel.",
    ],
)
def test_a_licence_ended_or_discussed_or_a_supply_deal_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in en_facts(text)), en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 Accel and Index Ventures invested in Kirra Systems.",
        "In March Lux Capital and Index Ventures invested in Kirra Systems.",
    ],
)
def test_a_time_opening_the_sentence_is_no_place_of_the_money(text: str) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", "Index Ventures", "Kirra Systems") in got, got
    assert not any(k[0] == "INVESTED_IN" and k[2] in ("Accel", "Lux Capital", "Index Ventures") for k in got), got


def test_a_unit_a_person_spun_out_comes_from_its_owner() -> None:
    got = en_facts("Peter Sand spun out Hitachi's robotics unit as Kumo Robotics in 2022.")
    assert ("SPUN_OFF_FROM", "Kumo Robotics", "히타치") in got, got
    assert ("SPUN_OFF_FROM", "Kumo Robotics", "Peter Sand") not in got, got


def test_a_short_name_after_its_legal_form_is_that_company_not_a_longer_namesake() -> None:
    got = en_facts(
        "Daeil Corp. and Hanul Tech will jointly establish Kairo Compute, with Daeil owning 51%. Daeil Bank, another "
        "Daeil group member, will not join the venture."
    )
    assert {("ESTABLISHED", "Daeil Corp.", "Kairo Compute"), ("ESTABLISHED", "Hanul Tech", "Kairo Compute")} <= set(
        got
    ), got
    assert not any("Daeil Bank" in (k[1], k[2]) for k in got), got


def test_a_participle_after_the_object_funds_the_object() -> None:
    got = en_facts("Kiroa Group set up Kiroa Vision Lab, jointly funded by Kiroa Chemical and Kiroa Telecom.")
    assert {
        ("INVESTED_IN", "Kiroa Chemical", "Kiroa Vision Lab"),
        ("INVESTED_IN", "Kiroa Telecom", "Kiroa Vision Lab"),
    } <= set(got), got
    assert not any(k[0] == "INVESTED_IN" and k[2] == "Kiroa Group" for k in got), got


def test_backers_before_the_subject_back_the_subject() -> None:
    got = en_facts("Backed by Accel and Index, Lumo operates in Berlin.")
    assert {("INVESTED_IN", "Accel", "Lumo"), ("INVESTED_IN", "Index", "Lumo")} <= set(got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Rendell Software reported a 12% rise in quarterly sales and said it had agreed to acquire Ovid Analytics "
            "for $700mn.",
            ("ACQUIRED", "Rendell Software", "Ovid Analytics"),
        ),
        (
            "Rendell Software beat forecasts and said it would invest $50 million in Lumo Robotics.",
            ("INVESTED_IN", "Rendell Software", "Lumo Robotics"),
        ),
    ],
)
def test_it_said_after_another_verb_of_the_company_is_the_company(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in en_facts(text), en_facts(text)


def test_an_outlets_report_of_a_deal_is_still_hearsay() -> None:
    assert not en_facts("Reuters reported that Rendell Software had agreed to acquire Ovid Analytics.")
