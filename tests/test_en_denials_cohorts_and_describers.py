"""English regional, roundup, executive and sovereign-fund news: "no partnership" and an investment shelved or
under discussion are no facts; a sum in yen is a round's money; a city before "AI start-up", a backer glued to
the next name ("Nvidia-backed Y") and an alma mater before founders ("MIT alumni P and Q") describe, they are
no party; an accelerator's batch is a programme taken part in; a post written beside a person who has left or
moved on is no longer held."""

import pytest
from en_facts import en_entity_names, en_facts, held


@pytest.mark.parametrize(
    ("text", "investors", "company"),
    [
        (
            "Tsubaki AI has raised 900 million yen from Daiwa Capital and Seiryu Ventures.",
            ("Daiwa Capital", "Seiryu Ventures"),
            "Tsubaki AI",
        ),
        ("Korvo Labs raised 2 billion yen from Hokuto Partners.", ("Hokuto Partners",), "Korvo Labs"),
    ],
)
def test_a_round_in_yen_names_its_investors(text: str, investors: tuple[str, ...], company: str) -> None:
    got = en_facts(text)
    for investor in investors:
        props = got.get(("INVESTED_IN", investor, company), {})
        assert "JPY" in (props.get("currency"), props.get("round_currency")), got


@pytest.mark.parametrize(
    ("text", "investor", "company", "describer"),
    [
        (
            "Daiwa Capital has invested 3 billion yen in Tokyo AI start-up Hoshino Robotics.",
            "Daiwa Capital",
            "Hoshino Robotics",
            "Tokyo AI",
        ),
        ("Lunate led a $90 million investment in Emirati AI start-up Qlub.", "Lunate", "Qlub", "Emirati AI"),
        (
            "Big Fund III injected 4.5 billion yuan into Shanghai AI chip start-up Enflame.",
            "Big Fund III",
            "Enflame",
            "Shanghai AI",
        ),
    ],
)
def test_a_place_before_a_kind_of_startup_describes_the_name_after(
    text: str, investor: str, company: str, describer: str
) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", investor, company) in got, got
    assert describer not in en_entity_names(text)


def test_a_name_beginning_with_a_place_and_followed_by_a_verb_is_still_a_name() -> None:
    got = en_facts("Daiwa Capital invested in Tokyo AI, a startup, last year.")
    assert ("INVESTED_IN", "Daiwa Capital", "Tokyo AI") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Semi has no partnership agreement with Kinmen Foundry.",
        "Harbor Semi and Kinmen Foundry have no formal partnership, the company said.",
        "Harbor Semi has no joint venture with Kinmen Foundry.",
    ],
)
def test_no_partnership_is_none(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Sanabil's planned investment in Lucidya was shelved in March.",
        "Sanabil's $50 million investment in Lucidya was shelved.",
        "A potential investment by Mubadala in Hadeed Semiconductors is under discussion.",
        "Sanabil's investment in Lucidya is under discussion.",
        "Sanabil's investment in Lucidya is under consideration, people familiar said.",
    ],
)
def test_an_investment_shelved_or_under_discussion_is_none(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_an_investment_completed_stands() -> None:
    got = en_facts("Sanabil's investment in Lucidya was completed in March.")
    assert ("INVESTED_IN", "Sanabil", "Lucidya") in got, got


@pytest.mark.parametrize(
    ("text", "startup", "accelerator"),
    [
        ("Pinecrest, part of Y Combinator's Winter 2024 batch, raised $3M.", "Pinecrest", "Y Combinator"),
        ("Pinecrest was part of Techstars' Fall 2023 cohort.", "Pinecrest", "Techstars"),
    ],
)
def test_an_accelerator_batch_is_a_programme_taken_part_in(text: str, startup: str, accelerator: str) -> None:
    got = en_facts(text)
    assert ("PARTICIPATES_IN", startup, accelerator) in got, got
    assert ("PART_OF", startup, accelerator) not in got, got


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Wavecrest was founded by Unit 8200 veterans Noa Levi and Ido Shamir.", "Unit"),
        ("Wavecrest was founded by MIT Media Lab alumni Noa Levi and Ido Shamir.", "MIT Media Lab"),
        ("Wavecrest was founded by Harvard Business School classmates Noa Levi and Ido Shamir in 2021.", "Harvard"),
    ],
)
def test_founders_named_by_where_they_studied_or_served(text: str, school: str) -> None:
    got = en_facts(text)
    assert ("ESTABLISHED", "Noa Levi", "Wavecrest") in got, got
    assert ("ESTABLISHED", "Ido Shamir", "Wavecrest") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[1].startswith(school) for k in got), got


def test_founding_partners_of_an_alliance_are_its_members() -> None:
    got = en_facts("MGX, BlackRock and Microsoft are the founding partners of the AI Infrastructure Partnership.")
    for member in ("MGX", "BlackRock", "Microsoft"):
        assert ("PARTICIPATES_IN", member, "AI Infrastructure Partnership") in got, got
    assert not any(k[0] == "PARTNERS_WITH" for k in got), got


def test_companies_that_are_partners_still_partner() -> None:
    got = en_facts("MGX and BlackRock have been partners since 2021.")
    assert ("PARTNERS_WITH", "MGX", "BlackRock") in got or ("PARTNERS_WITH", "BlackRock", "MGX") in got, got


@pytest.mark.parametrize(
    ("text", "first", "company", "backer"),
    [
        (
            "Mubadala and Nvidia-backed Sirocco Power signed an agreement to build a data centre.",
            "Mubadala",
            "Sirocco Power",
            "Nvidia",
        ),
        ("G42 and Sequoia-backed Tideline AI announced a partnership.", "G42", "Tideline AI", "Sequoia"),
    ],
)
def test_a_backer_glued_to_the_next_name_is_no_partner(text: str, first: str, company: str, backer: str) -> None:
    got = en_facts(text)
    assert ("PARTNERS_WITH", first, company) in got or ("PARTNERS_WITH", company, first) in got, got
    assert ("INVESTED_IN", backer, company) in got, got
    assert not any(k[0] == "PARTNERS_WITH" and backer in (k[1], k[2]) for k in got), got


def test_a_founder_called_ex_engineer_of_another_company_is_no_engineer_of_the_startup() -> None:
    got = en_facts("Pinecrest, a fintech startup founded by ex-Stripe engineer Omar Haddad, raised $5M.")
    assert ("WORKS_FOR", "Omar Haddad", "Pinecrest") not in got, got


@pytest.mark.parametrize(
    ("text", "person", "old", "new"),
    [
        (
            "Lumen Forge's chief technology officer, Ravi Desai, stepped down after three years and has joined Oracle.",
            "Ravi Desai",
            "Lumen Forge",
            None,
        ),
        (
            "Tamsin Vale, Brightwater Bank's head of data, joined Oracle last week.",
            "Tamsin Vale",
            "Brightwater Bank",
            "Oracle",
        ),
    ],
)
def test_a_post_written_beside_a_person_who_moved_on(text: str, person: str, old: str, new: str | None) -> None:
    got = en_facts(text)
    assert not held(got, ("WORKS_FOR", person, old)), got
    if new is not None:
        assert ("WORKS_FOR", person, new) in got, got


def test_a_post_written_beside_a_person_who_speaks_is_held() -> None:
    got = en_facts("Lumen Forge's chief technology officer, Ravi Desai, said the company would expand.")
    assert ("WORKS_FOR", "Ravi Desai", "Lumen Forge") in got, got


def test_the_post_joined_after_stepping_down_is_held() -> None:
    got = en_facts(
        "Kestrel AI said its chief technology officer, Ivan Petrov, stepped down after four years and has joined "
        "Nvidia as a vice president of research."
    )
    assert ("WORKS_FOR", "Ivan Petrov", "Nvidia") in got, got
    assert got.get(("WORKS_FOR", "Ivan Petrov", "Kestrel AI"), {}).get("former"), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Koyo Labs, the Osaka start-up founded by Ren Takagi and Mei Aoki, has raised 5 billion yen.",
            ("ESTABLISHED", "Mei Aoki", "Koyo Labs"),
        ),
        (
            "Tideline AI, a start-up backed by Mubadala and Sanabil, opened an office in Riyadh.",
            ("INVESTED_IN", "Sanabil", "Tideline AI"),
        ),
        (
            "Madrid-based start-up Sintética Labs has raised €38m in a Series A led by Seaya Ventures.",
            ("INVESTED_IN", "Seaya Ventures", "Sintética Labs"),
        ),
    ],
)
def test_start_up_written_with_a_hyphen_is_the_kind_of_company(text: str, fact: tuple) -> None:
    got = en_facts(text)
    assert fact in got, got


@pytest.mark.parametrize(
    ("text", "investors", "company"),
    [
        ("Orbis AI raised $80m from Abu Dhabi's ADQ and Qatar's QIA.", ("ADQ", "QIA"), "Orbis AI"),
        (
            "Pinecrest raised $14M from Sequoia Capital and angel investor Arash Ferdowsi.",
            ("Sequoia Capital", "Arash Ferdowsi"),
            "Pinecrest",
        ),
        (
            "Pinecrest raised $4M from angel investors Arash Ferdowsi and Kevin Weil.",
            ("Arash Ferdowsi", "Kevin Weil"),
            "Pinecrest",
        ),
    ],
)
def test_every_investor_of_a_list_with_places_and_angels(text: str, investors: tuple[str, ...], company: str) -> None:
    got = en_facts(text)
    for investor in investors:
        assert ("INVESTED_IN", investor, company) in got, got


@pytest.mark.parametrize(
    ("text", "partner", "country"),
    [
        ("Core42 has partnered with Oman's state energy company OQ.", "OQ", "Oman"),
        (
            "AI71 has partnered with Bahrain's national oil company Bapco Energies to deploy AI assistants.",
            "Bapco Energies",
            "Bahrain",
        ),
    ],
)
def test_a_country_before_its_company_is_no_partner(text: str, partner: str, country: str) -> None:
    got = en_facts(text)
    first = text.split()[0]
    assert ("PARTNERS_WITH", first, partner) in got or ("PARTNERS_WITH", partner, first) in got, got
    assert not any(k[0] == "PARTNERS_WITH" and country in (k[1], k[2]) for k in got), got


def test_companions_in_a_round_invest_in_no_fellow_investor() -> None:
    got = en_facts(
        "Nexora's only Gulf shareholder is ADQ, which joined its Series B round alongside Accel and Index Ventures."
    )
    assert ("INVESTED_IN", "Accel", "ADQ") not in got, got
    assert ("INVESTED_IN", "Index Ventures", "ADQ") not in got, got


@pytest.mark.parametrize(
    ("text", "lead", "company", "investor"),
    [
        ("Kakao invested $50 million in Brightline AI in a round led by Accel.", "Accel", "Brightline AI", "Kakao"),
        (
            "Samsung agreed to invest $200 million in Orbisight Labs in a round led by Sequoia Capital.",
            "Sequoia Capital",
            "Orbisight Labs",
            "Samsung",
        ),
    ],
)
def test_the_lead_of_the_round_an_investor_joined_backs_the_company(
    text: str, lead: str, company: str, investor: str
) -> None:
    got = en_facts(text)
    assert ("INVESTED_IN", lead, company) in got, got
    assert ("INVESTED_IN", lead, investor) not in got, got


def test_a_stake_sold_in_a_named_unit_is_the_units() -> None:
    got = en_facts("Intel sold a 51% stake in its programmable-chip unit Altera to Silver Lake.")
    assert ("ACQUIRED", "Silver Lake", "Altera") in got, got
    assert ("ACQUIRED", "Silver Lake", "Intel") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Twilio unwound its investment in Nimbus Data last year.",
        "Cisco reversed its investment in Nimbus Data after regulators objected.",
        "Claims that Northgate Ventures invested in Pellucid AI are untrue.",
        "Allegations that Northgate Ventures invested in Pellucid AI were denied.",
    ],
)
def test_an_investment_unwound_or_claimed_is_none(text: str) -> None:
    got = en_facts(text)
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_what_a_startup_described_does_is_no_investment_target() -> None:
    got = en_facts("Samsung invested $1 billion in the Toronto-based startup, which designs AI accelerator chips.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_purpose_of_an_investment_still_names_the_technology() -> None:
    got = en_facts("SoftBank invested $3 billion in Japan to expand its AI data centers.")
    assert any(k[0] == "INVESTED_IN" and k[2] == "AI data centers" for k in got), got


def test_a_professor_who_founded_a_company_holds_the_rank_at_the_university() -> None:
    got = en_facts("Sorrel Bio was founded by Professor Mei Tan, who is also a professor of chemistry at UCL.")
    assert ("ESTABLISHED", "Mei Tan", "Sorrel Bio") in got, got
    assert ("WORKS_FOR", "Mei Tan", "Sorrel Bio") not in got, got
    assert ("WORKS_FOR", "Mei Tan", "UCL") in got, got


def test_a_founder_with_a_company_title_holds_it() -> None:
    got = en_facts("Sorrel Bio was founded by chief scientist Mei Tan.")
    assert ("WORKS_FOR", "Mei Tan", "Sorrel Bio") in got, got


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Kevin Lyle leads hardware engineering at Apple.", "Kevin Lyle", "Apple"),
        ("Maya Chen oversees product at Stripe.", "Maya Chen", "Stripe"),
    ],
)
def test_leading_a_function_at_a_company(text: str, person: str, org: str) -> None:
    got = en_facts(text)
    assert ("WORKS_FOR", person, org) in got, got


def test_a_function_led_in_the_past_is_a_past_post() -> None:
    got = en_facts("Kevin Lyle led hardware engineering at Apple until 2020.")
    assert got.get(("WORKS_FOR", "Kevin Lyle", "Apple"), {}).get("former") is True, got


@pytest.mark.parametrize(
    ("text", "fact", "percent"),
    [
        ("Adobe paid $300 million for a 20% stake in Runway Labs.", ("INVESTED_IN", "Adobe", "Runway Labs"), 20.0),
        ("Meta Platforms spent $14.3 billion on a 49% stake in Scale AI.", ("INVESTED_IN", "Meta", "Scale AI"), 49.0),
        ("Adobe paid $300 million for a 60% stake in Runway Labs.", ("ACQUIRED", "Adobe", "Runway Labs"), 60.0),
    ],
)
def test_a_price_paid_for_a_stake(text: str, fact: tuple, percent: float) -> None:
    got = en_facts(text)
    assert got.get(fact, {}).get("stake_percent") == percent, got


def test_a_price_only_guessed_for_a_stake_is_none() -> None:
    got = en_facts("Adobe could pay $300 million for a 20% stake in Runway Labs.")
    assert not any(k[0] in ("INVESTED_IN", "ACQUIRED") for k in got), got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Quillmore's founder, Dr Ada Penrith, previously worked at Google.",
            ("ESTABLISHED", "Ada Penrith", "Quillmore"),
        ),
        (
            "Quillmore's chief executive, Dr Ada Penrith, said the round closed.",
            ("WORKS_FOR", "Ada Penrith", "Quillmore"),
        ),
    ],
)
def test_a_title_set_off_before_an_addressed_person(text: str, fact: tuple) -> None:
    got = en_facts(text)
    assert fact in got, got


def test_a_country_owning_a_proper_name_leaves_the_name_whole() -> None:
    got = en_facts(
        "Mubadala invested in Saudi Arabia's Humain. Germany's Federal Ministry of Finance will invest in AI."
    )
    assert ("INVESTED_IN", "Mubadala", "Humain") in got, got
    assert not any(k[1] == "Federal" for k in got), got
