"""English rules on the ways business news writes a deal: appositions, lists, passives, relative
clauses, back-references, rounds described over several sentences, sales, payments, gapped stake
splits.  Names are invented (so the tagger has never seen them) unless the registry matters;
every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_current_kinds, en_entity_names, en_facts, en_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names the statistical tagger misses: described in apposition, inside a list, after "called"
        (
            "Quillon, a Busan-based AI chip designer, said it raised $30 million from Hanbit Partners and Corvex Capital.",
            ("INVESTED_IN", "Corvex Capital", "Quillon"),
        ),
        (
            "Velaris, the robotics startup founded by Jonah Pryce, opened a lab in Austin.",
            ("ESTABLISHED", "Jonah Pryce", "Velaris"),
        ),
        (
            "Marlo Grid was founded last year by five companies — Orbis Semiconductor, Keln, Vastra, Pallas Micro and Tideline.",
            ("ESTABLISHED", "Vastra", "Marlo Grid"),
        ),
        (
            "Marlo Grid was founded last year by five companies — Orbis Semiconductor, Keln, Vastra, Pallas Micro and Tideline.",
            ("ESTABLISHED", "Tideline", "Marlo Grid"),
        ),
        (
            "Orbis Semiconductor will spin off its AI research division into a new company called Lumora AI.",
            ("SPUN_OFF_FROM", "Lumora AI", "Orbis Semiconductor"),
        ),
        # a Korean name the tagger calls an organisation, with its title in apposition
        (
            "Choi Min-seo, chief operating officer of Hanbit Systems, said the plant will open in June.",
            ("WORKS_FOR", "Choi Min-seo", "Hanbit Systems"),
        ),
        # a list behind "including", and money that founds a company
        (
            "Four companies, including Orbis Semiconductor, Pallas Micro and Tideline, invested a combined $900 million "
            "to set up Marlo Grid.",
            ("INVESTED_IN", "Tideline", "Marlo Grid"),
        ),
        (
            "Four companies, including Orbis Semiconductor, Pallas Micro and Tideline, invested a combined $900 million "
            "to set up Marlo Grid.",
            ("ESTABLISHED", "Pallas Micro", "Marlo Grid"),
        ),
        # founders named "together with" the first
        (
            "The Open Robot Alliance was launched in March by Hanbit Systems together with two startups — Quillon and Velaris.",
            ("ESTABLISHED", "Velaris", "Open Robot Alliance"),
        ),
        # coordinated clauses sharing the recipient
        (
            "Orbis Semiconductor has invested $2 billion in Pallas Micro, and Tideline has committed up to $1 billion.",
            ("INVESTED_IN", "Tideline", "Pallas Micro"),
        ),
        # the speaker's company is "the company"
        (
            "Choi Min-seo, chief executive of Hanbit Systems, said the company will invest 1 trillion won in AI over five years.",
            ("INVESTED_IN", "Hanbit Systems", "AI"),
        ),
        # a sale seen from the seller
        (
            "Pallas Micro agreed to sell its memory chip business to Orbis Semiconductor for $2 billion.",
            ("ACQUIRED", "Orbis Semiconductor", "memory chip business"),
        ),
        (
            "Corvex Capital sold its 12% stake in Quillon to Hanbit Systems.",
            ("INVESTED_IN", "Hanbit Systems", "Quillon"),
        ),
        # a named buyer in a dependent clause and a price "in a … deal"
        ("Tideline announced Tuesday it will buy Keln in a $3 billion cash deal.", ("ACQUIRED", "Tideline", "Keln")),
        # a round reported over several sentences
        (
            "Quillon has raised $50 million in a Series B round. The round was co-led by Hanbit Partners and Corvex Capital. "
            "Existing investors Tideline and Vastra also participated.",
            ("INVESTED_IN", "Vastra", "Quillon"),
        ),
        (
            "Quillon has raised $50 million in a Series B round. The round was co-led by Hanbit Partners and Corvex Capital.",
            ("INVESTED_IN", "Hanbit Partners", "Quillon"),
        ),
        (
            "Velaris has closed a $40 million Series A. Hanbit Partners led the round, which also included Corvex Capital.",
            ("INVESTED_IN", "Corvex Capital", "Velaris"),
        ),
        (
            "Velaris has closed a $40 million Series A. Hanbit Partners led the round, which also included Corvex Capital.",
            ("INVESTED_IN", "Hanbit Partners", "Velaris"),
        ),
        (
            "Quillon said it had closed a 20 billion won Series A with Hanbit Partners and Corvex Capital as investors.",
            ("INVESTED_IN", "Hanbit Partners", "Quillon"),
        ),
        (
            "Velaris is a Seoul robot developer. The company counts Orbis Semiconductor and Tideline among its backers.",
            ("INVESTED_IN", "Tideline", "Velaris"),
        ),
        # a definite description names the body it shares a word with
        (
            "Hanbit Systems launched the Open Robot Alliance in February. Two more companies, Quillon and Velaris, joined the alliance "
            "this month.",
            ("PARTICIPATES_IN", "Velaris", "Open Robot Alliance"),
        ),
        # a description in apposition says who is speaking
        (
            "The Korean conglomerate, Hanbit Group, said on Thursday it had acquired a 9.9% stake in Tideline.",
            ("INVESTED_IN", "Hanbit Group", "Tideline"),
        ),
        # gapped stake split
        (
            "Under the deal, Orbis Semiconductor will hold 40 percent, Pallas Micro 30 percent and Tideline 10 percent of Marlo Grid.",
            ("INVESTED_IN", "Pallas Micro", "Marlo Grid"),
        ),
        (
            "Under the deal, Orbis Semiconductor will hold 40 percent, Pallas Micro 30 percent and Tideline 10 percent of Marlo Grid.",
            ("INVESTED_IN", "Tideline", "Marlo Grid"),
        ),
        # more investment phrasings
        ("Tideline put $300 million into Quillon last year.", ("INVESTED_IN", "Tideline", "Quillon")),
        (
            "Orbis Semiconductor became Quillon's largest shareholder after the deal.",
            ("INVESTED_IN", "Orbis Semiconductor", "Quillon"),
        ),
        (
            "Quillon builds chips for robots. The startup's backers include Orbis Semiconductor and Pallas Micro.",
            ("INVESTED_IN", "Pallas Micro", "Quillon"),
        ),
        # a body and its members, a lab named after its description, a unit split into a new company
        (
            "The Open Chip Consortium brings together Orbis Semiconductor, Pallas Micro and Tideline.",
            ("PARTICIPATES_IN", "Pallas Micro", "Open Chip Consortium"),
        ),
        (
            "Orbis Semiconductor and Tideline launched a joint research center, the Orbis-Tideline AI Lab, in Seoul.",
            ("ESTABLISHED", "Tideline", "Orbis-Tideline AI Lab"),
        ),
        (
            "Orbis Semiconductor will separate its AI division into a new subsidiary, Lumora AI, on March 1.",
            ("SPUN_OFF_FROM", "Lumora AI", "Orbis Semiconductor"),
        ),
        # the title before the name, set off by commas
        (
            "Orbis Semiconductor's chief executive, Jonah Pryce, said the deal would close next month.",
            ("WORKS_FOR", "Jonah Pryce", "Orbis Semiconductor"),
        ),
        # stakes taken, rounds owned, investments announced, investor lists
        ("Tideline took a 10% stake in Quillon last year.", ("INVESTED_IN", "Tideline", "Quillon")),
        ("Corvex Capital participated in Quillon's Series B round.", ("INVESTED_IN", "Corvex Capital", "Quillon")),
        ("Hanbit Partners led Velaris's $30 million funding round.", ("INVESTED_IN", "Hanbit Partners", "Velaris")),
        (
            "Quillon announced a $40 million investment from Hanbit Partners.",
            ("INVESTED_IN", "Hanbit Partners", "Quillon"),
        ),
        (
            "Orbis Semiconductor and Tideline are among the investors in Quillon.",
            ("INVESTED_IN", "Orbis Semiconductor", "Quillon"),
        ),
        (
            "Orbis Semiconductor will commit $2 billion to AI research through 2030.",
            ("INVESTED_IN", "Orbis Semiconductor", "AI research"),
        ),
        # verbs with "co-", object relative clauses, spin-off nouns, members of a named body
        ("Jonah Pryce co-founded Quillon in 2019.", ("ESTABLISHED", "Jonah Pryce", "Quillon")),
        ("Quillon, which Tideline acquired in 2022, makes robot arms.", ("ACQUIRED", "Tideline", "Quillon")),
        (
            "Orbis Semiconductor's spin-off Marlo Foundry went public last year.",
            ("SPUN_OFF_FROM", "Marlo Foundry", "Orbis Semiconductor"),
        ),
        (
            "Orbis Semiconductor completed the spin-off of Marlo Foundry in November.",
            ("SPUN_OFF_FROM", "Marlo Foundry", "Orbis Semiconductor"),
        ),
        (
            "The Open Chip Consortium's members include Orbis Semiconductor and Pallas Micro.",
            ("PARTICIPATES_IN", "Pallas Micro", "Open Chip Consortium"),
        ),
        (
            "Naver said it will invest in Upstage. The two companies will jointly develop language models.",
            ("PARTNERS_WITH", "Naver", "Upstage"),
        ),
        # a unit spun off now, named in a later sentence; several units in a colon list
        (
            "Orbis Semiconductor will spin off its AI research division next year. The division will become Lumora AI.",
            ("SPUN_OFF_FROM", "Lumora AI", "Orbis Semiconductor"),
        ),
        (
            "Orbis Semiconductor will spin off three game studios: Keln Studio, Vastra Games and Tideline Works.",
            ("SPUN_OFF_FROM", "Keln Studio", "Orbis Semiconductor"),
        ),
        # a counted group named in the next sentence
        (
            "Eight companies invested a total of $900 million to form Marlo Grid. They are Orbis Semiconductor, Pallas Micro, "
            "Tideline, Keln, Vastra, Corvex, Quillon and Velaris.",
            ("ESTABLISHED", "Velaris", "Marlo Grid"),
        ),
        (
            "Eight companies invested a total of $900 million to form Marlo Grid. They are Orbis Semiconductor, Pallas Micro, "
            "Tideline, Keln, Vastra, Corvex, Quillon and Velaris.",
            ("INVESTED_IN", "Keln", "Marlo Grid"),
        ),
        # a description opening the story before the name; founders after "with"; members listed after "are"
        (
            "The California chipmaker agreed to acquire Pallas Micro for $2 billion. The deal is its largest. "
            "Orbis Semiconductor said the purchase would close next year.",
            ("ACQUIRED", "Orbis Semiconductor", "Pallas Micro"),
        ),
        (
            "Hanbit Systems launched the Open Robot Alliance in February 2023 with five startups — Quillon, Velaris, Keln Labs, "
            "Vastra AI and Corvex Robotics.",
            ("PARTICIPATES_IN", "Corvex Robotics", "Open Robot Alliance"),
        ),
        (
            "The founding members of the Open Robot Alliance are Quillon and Velaris.",
            ("PARTICIPATES_IN", "Quillon", "Open Robot Alliance"),
        ),
        # a title with its field before "at"
        (
            "The ceremony was attended by Lara Quint, Board Member Technology and Innovation at Tideline Motors, and others.",
            ("WORKS_FOR", "Lara Quint", "Tideline Motors"),
        ),
        (
            "Quillon raised $50 million in a Series B. The round drew participation from Hanbit Partners and Corvex Capital.",
            ("INVESTED_IN", "Corvex Capital", "Quillon"),
        ),
        (
            "Quillon raised $50 million in a Series B. The round also included Hanbit Partners and Corvex Capital.",
            ("INVESTED_IN", "Hanbit Partners", "Quillon"),
        ),
        (
            "Velaris announced a $40 million Series B funding round led by Hanbit Partners.",
            ("INVESTED_IN", "Hanbit Partners", "Velaris"),
        ),
        (
            "Hanbit Systems launched the Open Robot Alliance in 2023. The alliance added Quillon and Velaris as new members this month.",
            ("PARTICIPATES_IN", "Velaris", "Open Robot Alliance"),
        ),
        (
            "Hanbit Systems launched the Open Robot Alliance in 2023. The alliance welcomed two new members, Keln Labs and Vastra AI.",
            ("PARTICIPATES_IN", "Keln Labs", "Open Robot Alliance"),
        ),
        (
            "Marlo Grid, chaired by Jonah Pryce, will build a plant in Hokkaido.",
            ("WORKS_FOR", "Jonah Pryce", "Marlo Grid"),
        ),
        (
            "Quillon joined forces with Tideline Motors to build delivery robots.",
            ("PARTNERS_WITH", "Quillon", "Tideline Motors"),
        ),
    ],
)
def test_news_phrasings_give_their_relation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


def test_a_valuation_is_not_the_price() -> None:
    found = en_facts(
        "Orbis Semiconductor acquired a controlling stake in Pallas Micro in a deal valuing the company at $1.1 billion."
    )
    props = found[("ACQUIRED", "Orbis Semiconductor", "Pallas Micro")]
    assert "amount" not in props


def test_the_price_of_a_purchase_in_a_deal_is_its_amount() -> None:
    props = en_facts("Tideline announced Tuesday it will buy Keln in a $3 billion cash deal.")[
        ("ACQUIRED", "Tideline", "Keln")
    ]
    assert (props["amount"], props["currency"]) == (3e9, "USD")


def test_a_stake_bought_from_a_seller_keeps_its_price() -> None:
    props = en_facts("Corvex Capital sold its 12% stake in Quillon to Hanbit Systems for $90 million.")[
        ("INVESTED_IN", "Hanbit Systems", "Quillon")
    ]
    assert (props["amount"], props["currency"]) == (9e7, "USD")


def test_a_joint_sum_is_no_single_investors_amount() -> None:
    found = en_facts(
        "Four companies, including Orbis Semiconductor, Pallas Micro and Tideline, invested a combined $900 million "
        "to set up Marlo Grid."
    )
    assert "amount" not in found[("INVESTED_IN", "Pallas Micro", "Marlo Grid")]


def test_names_modifying_a_noun_in_an_agent_are_not_founders() -> None:
    assert "ESTABLISHED" not in en_kinds(
        "Quillon was founded in 2021 by former Orbis Semiconductor and Tideline engineers."
    )


def test_a_fund_set_up_to_invest_in_startups_is_not_its_founders_investor() -> None:
    found = en_facts(
        "Hanbit Systems has set up a $200 million fund, Hanbit Growth Fund, to invest in early-stage startups."
    )
    assert ("ESTABLISHED", "Hanbit Systems", "Hanbit Growth Fund") in found
    assert not [k for k in found if k[0] == "INVESTED_IN"]


def test_technology_terms_are_not_companies() -> None:
    found = en_facts("Orbis Semiconductor will acquire the NAND solid state drive (SSD) business of Pallas Micro.")
    assert not [k for k in found if "SSD" in (k[1], k[2]) or "NAND" in (k[1], k[2])]


def test_places_are_not_investees() -> None:
    assert "INVESTED_IN" not in en_kinds("Orbis Semiconductor will invest in Indiana and Texas this year.")


def test_a_list_of_people_is_not_a_list_of_companies() -> None:
    found = en_facts("The board includes Jonah Pryce, Choi Min-seo and Lara Quint.")
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "Quillon is in talks to raise $50 million from Hanbit Partners and Corvex Capital.",
        "Hanbit Partners could lead the round, which may also include Corvex Capital.",
        "Corvex Capital is considering selling its stake in Quillon to Hanbit Systems.",
        "Tideline would pay about $3 billion for Keln if regulators approve the deal.",
        "Tideline did not buy Keln in the end.",
        "Two more companies, Quillon and Velaris, may join the Open Robot Alliance next year.",
        "Four companies, including Orbis Semiconductor and Tideline, plan to explore setting up a joint venture.",
    ],
)
def test_hedged_and_hypothetical_phrasings_give_nothing(text: str) -> None:
    assert not en_kinds(text) & {"INVESTED_IN", "ACQUIRED", "ESTABLISHED", "PARTICIPATES_IN", "PARTNERS_WITH"}


def test_each_investor_of_a_stated_sum_gets_it() -> None:
    found = en_facts("Hanbit Partners and Corvex Capital each invested $10 million in Velaris.")
    assert found[("INVESTED_IN", "Corvex Capital", "Velaris")]["amount"] == 1e7
    assert found[("INVESTED_IN", "Hanbit Partners", "Velaris")]["amount"] == 1e7


def test_a_round_is_no_consortium() -> None:
    assert "PARTICIPATES_IN" not in en_kinds("Corvex Capital participated in Quillon's Series B round.")


def test_a_plant_is_no_technology() -> None:
    assert not en_facts("Orbis Semiconductor is investing $5 billion in a new chip plant in Texas.")


def test_two_companies_listed_after_the_description_are_those_two() -> None:
    found = en_facts(
        "Hanbit Systems launched the Open Robot Alliance in February. Two more companies, Quillon and Velaris, "
        "joined the alliance this month."
    )
    assert ("PARTICIPATES_IN", "Hanbit Systems", "Open Robot Alliance") not in found or (
        "ESTABLISHED",
        "Hanbit Systems",
        "Open Robot Alliance",
    ) in found
    assert ("PARTICIPATES_IN", "Quillon", "Open Robot Alliance") in found


def test_holding_shares_together_is_no_partnership() -> None:
    text = (
        "Tideline will buy Quillon. Three Tideline companies will together hold 80 percent of the shares. "
        "The three companies are Tideline Motors, Tideline Parts and Tideline Logistics."
    )
    assert "PARTNERS_WITH" not in en_kinds(text)


def test_a_counted_group_without_a_list_after_it_names_no_one() -> None:
    found = en_facts(
        "Eight companies invested a total of $900 million to form Marlo Grid. The venture will make chips."
    )
    assert not [k for k in found if k[0] in ("INVESTED_IN", "ESTABLISHED")]


def test_a_lab_opened_with_money_has_no_co_founder() -> None:
    assert "ESTABLISHED" not in en_kinds("Orbis Semiconductor opened a lab with $10 million in funding.")


def test_a_role_is_not_an_organisation() -> None:
    names = en_entity_names(
        "The ceremony was attended by Lara Quint, Board Member Technology and Innovation "
        "at Tideline Motors, and others."
    )
    assert not [n for n in names if "Board" in n or n == "Innovation"]


def test_a_chief_executive_without_a_company_works_for_the_article_subject() -> None:
    text = "Tideline Motors spun off its battery unit last year. The move fits CEO Lara Quint's plan for the carmaker."
    assert ("WORKS_FOR", "Lara Quint", "Tideline Motors") in en_facts(text)


def test_a_chief_executive_next_to_another_company_is_not_given_the_topic() -> None:
    text = "Tideline Motors spun off its battery unit last year. Pallas Micro CEO Lara Quint welcomed the move."
    found = en_facts(text)
    assert ("WORKS_FOR", "Lara Quint", "Tideline Motors") not in found


def test_adding_a_product_line_is_no_membership() -> None:
    assert "PARTICIPATES_IN" not in en_kinds("The Open Robot Alliance added a new working group on safety this month.")


def test_joining_a_company_is_no_partnership() -> None:
    assert "PARTNERS_WITH" not in en_kinds("Lara Quint joined Tideline Motors as chief executive in March.")


def test_a_one_word_company_the_tagger_calls_a_person_is_still_bought() -> None:
    found = en_facts(
        "Quillon joined forces with Velaris last year. Tideline Motors acquired Velaris for $90 million in May."
    )
    assert ("ACQUIRED", "Tideline Motors", "Velaris") in found


def test_a_surname_of_a_person_in_the_article_stays_a_person() -> None:
    text = "Lara Quint founded Quillon in 2019. Tideline Motors hired Quint in May."
    assert not [k for k in en_facts(text) if k[2] == "Quint" and k[0] in ("ACQUIRED", "INVESTED_IN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner hangs on the agreement, not on the verb
        (
            "Quillon signed a memorandum of understanding with Tideline Motors to jointly develop delivery robots.",
            ("PARTNERS_WITH", "Quillon", "Tideline Motors"),
        ),
        (
            "Velaris signed a strategic partnership agreement with Hanbit Systems on Monday.",
            ("PARTNERS_WITH", "Velaris", "Hanbit Systems"),
        ),
        # a founder introduced by an organisation and a role
        (
            "Quillon, founded in 2021 by Orbis Semiconductor engineer Jonah Pryce, makes AI chips.",
            ("ESTABLISHED", "Jonah Pryce", "Quillon"),
        ),
    ],
)
def test_agreements_and_described_founders_give_their_relation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


def test_a_clause_inside_the_agreement_names_no_partner() -> None:
    found = en_facts("Velaris signed a supply deal with a company that works with Hanbit Systems.")
    assert not [k for k in found if k[0] == "PARTNERS_WITH"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect Orbis Semiconductor to invest $2 billion in Quillon next year.",
        "Orbis Semiconductor is expected to acquire Pallas Micro for $1 billion.",
        "Brokers predict that Tideline will buy Keln this year.",
        "Velaris did not sign a memorandum of understanding with Hanbit Systems.",
    ],
)
def test_forecasts_of_a_deal_give_nothing(text: str) -> None:
    assert not en_kinds(text) & {"INVESTED_IN", "ACQUIRED", "PARTNERS_WITH"}


def test_a_companys_own_expected_investment_is_its_commitment() -> None:
    found = en_facts("Orbis Semiconductor expects to invest $2 billion in Quillon over three years.")
    assert found[("INVESTED_IN", "Orbis Semiconductor", "Quillon")]["amount"] == 2e9


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "Hanbit Systems named Lara Quint as its new chief executive officer.",
            ("WORKS_FOR", "Lara Quint", "Hanbit Systems"),
            "chief executive officer",
        ),
        (
            "Lara Quint was appointed CEO of Orbis Semiconductor last week.",
            ("WORKS_FOR", "Lara Quint", "Orbis Semiconductor"),
            "CEO",
        ),
        (
            "Lara Quint joined Orbis Semiconductor as chief technology officer.",
            ("WORKS_FOR", "Lara Quint", "Orbis Semiconductor"),
            "chief technology officer",
        ),
        ("Lara Quint joined Orbis Semiconductor in 2019.", ("WORKS_FOR", "Lara Quint", "Orbis Semiconductor"), None),
    ],
)
def test_appointments_and_joining_give_work_with_the_role(
    text: str, expected: tuple[str, str, str], title: str | None
) -> None:
    assert en_facts(text)[expected].get("title") == title


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Systems may appoint Lara Quint as CEO.",
        "Hanbit Systems did not name Lara Quint as CEO.",
        "Lara Quint was named one of the most influential people by Orbis Media.",
    ],
)
def test_appointments_hedged_or_without_a_role_give_no_title(text: str) -> None:
    found = en_facts(text)
    assert not [p for k, p in found.items() if k[0] == "WORKS_FOR" and p.get("title") and not p.get("former")]


def test_a_person_joining_an_organisation_does_not_participate_in_it() -> None:
    assert "PARTICIPATES_IN" not in en_kinds("Lara Quint joined Orbis Semiconductor as chief technology officer.")


@pytest.mark.parametrize(
    ("text", "expected", "amount"),
    [
        (
            "The Ministry of Science and ICT will provide 10 billion won to Raon University.",
            ("INVESTED_IN", "Ministry of Science and ICT", "Raon University"),
            1e10,
        ),
        (
            "Hanbit Systems granted $2 million to Raon University last month.",
            ("INVESTED_IN", "Hanbit Systems", "Raon University"),
            2e6,
        ),
        ("Orbis Ventures will fund Quillon with $5 million.", ("INVESTED_IN", "Orbis Ventures", "Quillon"), 5e6),
    ],
)
def test_money_given_to_a_body_is_invested_in_it(text: str, expected: tuple[str, str, str], amount: float) -> None:
    assert en_facts(text)[expected]["amount"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Systems will provide technical support to Raon University.",
        "Hanbit Systems may provide $2 million to Raon University.",
        "The Ministry of Science and ICT did not provide 10 billion won to Raon University.",
    ],
)
def test_help_without_money_or_a_hedged_grant_gives_no_investment(text: str) -> None:
    assert "INVESTED_IN" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quillon CEO Jonah Pryce said the company would expand into Japan.", ("WORKS_FOR", "Jonah Pryce", "Quillon")),
        (
            "Velaris's chief executive Lara Quint said sales rose in the first quarter.",
            ("WORKS_FOR", "Lara Quint", "Velaris"),
        ),
    ],
)
def test_a_name_before_a_persons_title_is_the_employer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Former Velaris CEO Jonah Pryce said sales rose in the first quarter.",
        "Korean President Lara Quint spoke at the opening of the conference on Monday.",
        "On Monday, CEO Jonah Pryce said sales rose in the first quarter.",
    ],
)
def test_a_former_role_or_a_nationality_gives_no_employer(text: str) -> None:
    assert "WORKS_FOR" not in en_current_kinds(text)


def test_a_public_office_names_no_employer_body() -> None:
    """A word before "Governor" or "Secretary" is a polity or a portfolio, not an organisation."""
    found = en_facts("Velmora Governor Lara Quint visited the Hanbit Systems plant on Monday.")
    assert not [k for k in found if k[0] == "WORKS_FOR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lara Quint, a professor of computer science at Raon University, said the results were promising.",
            ("WORKS_FOR", "Lara Quint", "Raon University"),
        ),
        (
            "Raon University and Orbis Semiconductor will jointly conduct research on AI chips.",
            ("PARTNERS_WITH", "Raon University", "Orbis Semiconductor"),
        ),
        (
            "Orbis Semiconductor announced the establishment of Orbis AI Lab in Seoul.",
            ("ESTABLISHED", "Orbis Semiconductor", "Orbis AI Lab"),
        ),
        (
            "Orbis Semiconductor celebrated the opening of the Orbis AI Research Center on Monday.",
            ("ESTABLISHED", "Orbis Semiconductor", "Orbis AI Research Center"),
        ),
    ],
)
def test_fields_joint_research_and_announced_foundings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orbis Semiconductor is considering the establishment of Orbis AI Lab.",
        "Orbis Semiconductor opposed the establishment of the Raon AI Institute.",
        "Orbis Semiconductor announced the launch of Quillon Chat, a new AI model.",
        "Raon University and Orbis Semiconductor will not jointly conduct research on AI chips.",
    ],
)
def test_opposed_considered_or_product_launches_found_nothing(text: str) -> None:
    assert not en_kinds(text) & {"ESTABLISHED", "PARTNERS_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Keln Robotics, which is wholly owned by Tideline Motors, makes warehouse robots.",
        "Keln Robotics, owned by Tideline Motors, makes warehouse robots.",
        "Tideline Motors, the parent company of Keln Robotics, reported record profit.",
        "Tideline Motors is the parent of Keln Robotics, the robot maker.",
    ],
)
def test_an_owned_company_is_its_owners_affiliate(text: str) -> None:
    assert ("AFFILIATE_OF", "Keln Robotics", "Tideline Motors") in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keln Robotics is 40%-owned by Tideline Motors, the carmaker.",
        "Keln Robotics is partly owned by Tideline Motors, the carmaker.",
        "Keln Robotics is not owned by Tideline Motors, the carmaker said.",
    ],
)
def test_a_stake_or_a_denial_makes_no_affiliate(text: str) -> None:
    assert "AFFILIATE_OF" not in en_kinds(text)


def test_a_company_led_by_its_chief_is_no_round_lead() -> None:
    found = en_facts(
        "Tenstra, a Toronto-based AI chip startup led by Jonah Pryce, raised $700 million from investors "
        "including Hanbit Partners and Corvex Capital."
    )
    assert ("INVESTED_IN", "Jonah Pryce", "Tenstra") not in found
    assert ("INVESTED_IN", "Hanbit Partners", "Tenstra") in found


def test_a_backer_is_an_investor_but_not_the_lead() -> None:
    props = en_facts("Tenstra, backed by Hanbit Partners, raised $70 million in new funding.")[
        ("INVESTED_IN", "Hanbit Partners", "Tenstra")
    ]
    assert not props.get("lead")


def test_money_from_named_investors_behind_with() -> None:
    found = en_facts(
        "Velmora Foundry was established in 2022 with investment from Tideline Motors, Orbis Semiconductor "
        "and Keln Robotics."
    )
    assert {
        ("INVESTED_IN", n, "Velmora Foundry") for n in ("Tideline Motors", "Orbis Semiconductor", "Keln Robotics")
    } <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Quillon may expand into Japan with funding from Hanbit Partners.",
        "Quillon expanded into Japan without funding from Hanbit Partners.",
    ],
)
def test_hedged_or_absent_money_from_gives_nothing(text: str) -> None:
    assert "INVESTED_IN" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvane acquires Pellucid for $300 million", ("ACQUIRED", "Orvane", "Pellucid")),  # a headline
        ("Orvane agreed to buy Pellucid, a maker of sensors, for $300 million.", ("ACQUIRED", "Orvane", "Pellucid")),
        ("Pellucid was acquired by Orvane last year.", ("ACQUIRED", "Orvane", "Pellucid")),
        ("Tarsen has invested in Vellico and Marnox.", ("INVESTED_IN", "Tarsen", "Marnox")),
    ],
)
def test_unknown_names_as_parties_of_a_deal_verb_are_organisations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orvane did not acquire Pellucid.",
        "Orvane may acquire Pellucid, sources said.",
        "Analysts expect Orvane to buy Pellucid.",
        "Investors poured money into Pellucid.",  # a common noun opening the sentence is no buyer
        "Shareholders acquired Pellucid shares last year.",
    ],
)
def test_deal_verbs_denied_hedged_or_with_common_nouns_give_nothing(text: str) -> None:
    assert not en_kinds(text) & {"ACQUIRED", "INVESTED_IN"}


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "Dana Whitfield works at Orvane Robotics as a senior engineer.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
            "senior engineer",
        ),
        (
            "Dana Whitfield, 52, has been chief executive of Orvane Robotics since 2018.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
            "chief executive",
        ),
        (
            "Dana Whitfield became Orvane Robotics' president in March.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
            "president",
        ),
        (
            "Dana Whitfield serves as chief financial officer at Orvane Robotics.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
            "chief financial officer",
        ),
        ("Dana Whitfield works for Brightwater Capital.", ("WORKS_FOR", "Dana Whitfield", "Brightwater Capital"), None),
        (
            "Orvane Robotics' chief executive, Dana Whitfield, said the firm would hire 200 engineers.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
            "chief executive",
        ),
    ],
)
def test_holding_a_role_gives_work_with_the_title(text: str, expected: tuple[str, str, str], title: str | None) -> None:
    assert en_facts(text)[expected].get("title") == title


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield was chief executive of Orvane Robotics until 2020.",  # perhaps a past role
        "Dana Whitfield is a former CEO of Orvane Robotics.",
        "Dana Whitfield is a member of the Orvane Robotics board.",
        "Dana Whitfield could become CEO of Orvane Robotics next year.",
        "Dana Whitfield is not the CEO of Orvane Robotics.",
        "If Dana Whitfield becomes CEO of Orvane Robotics, the stock will rise.",
    ],
)
def test_past_hedged_denied_or_member_roles_give_no_work(text: str) -> None:
    assert "WORKS_FOR" not in en_current_kinds(text)


def test_a_price_after_the_verb_of_an_acquisition_noun_is_its_amount() -> None:
    props = en_facts("Orvane Robotics completed its acquisition of Pellucid Systems for $1.2 billion.")[
        ("ACQUIRED", "Orvane Robotics", "Pellucid Systems")
    ]
    assert props["amount"] == 1.2e9 and props["currency"] == "USD"


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Orvane Robotics is among 12 companies participating in the K-Cloud Alliance.", True),
        ("Orvane Robotics is one of the firms participating in the K-Cloud Alliance.", True),
        ("Orvane Robotics is not among the companies participating in the K-Cloud Alliance.", False),
        ("Orvane Robotics could be among the companies participating in the K-Cloud Alliance.", False),
    ],
)
def test_a_company_counted_among_participants_participates(text: str, member: bool) -> None:
    assert (("PARTICIPATES_IN", "Orvane Robotics", "K-Cloud Alliance") in en_facts(text)) is member


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vellico was founded in 2019 by former Orvane Robotics engineers Park Ji-hoon and Lee Soo-min.",
            ("ESTABLISHED", "Lee Soo-min", "Vellico"),
        ),
        (
            "Halden Systems and Pellucid Networks have agreed to co-develop AI chips.",
            ("PARTNERS_WITH", "Halden Systems", "Pellucid Networks"),
        ),
        (
            "Halden Systems will co-develop AI chips with Pellucid Networks.",
            ("PARTNERS_WITH", "Halden Systems", "Pellucid Networks"),
        ),
    ],
)
def test_founders_behind_a_described_noun_and_co_development(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vellico was founded in 2019 by former Orvane and Tarsen engineers.",  # no founder named
        "Halden Systems and Pellucid Networks may co-develop AI chips.",
    ],
)
def test_unnamed_founders_or_a_hedged_co_development_give_nothing(text: str) -> None:
    assert not en_kinds(text) & {"ESTABLISHED", "PARTNERS_WITH"}


def test_a_name_ending_in_an_organisation_head_is_recognised_where_the_tagger_missed_it() -> None:
    found = en_facts("Halden AI Lab is Orvane Robotics' artificial intelligence research arm.")
    assert ("PART_OF", "Halden AI Lab", "Orvane Robotics") in found


def test_a_title_case_headline_gives_no_headed_names() -> None:
    names = en_entity_names("Korean Startups Attract Record Venture Capital In First Half")
    assert not any(n.endswith("Venture Capital") for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvane Robotics' parent company, Halvorsen Group, reported record profits.",
            ("AFFILIATE_OF", "Orvane Robotics", "Halvorsen Group"),
        ),
        (
            "Halvorsen Group, Orvane Robotics' parent company, reported record profits.",
            ("AFFILIATE_OF", "Orvane Robotics", "Halvorsen Group"),
        ),
        (
            "Dana Whitfield, Orvane Robotics' co-founder and chief scientist, spoke at the event.",
            ("ESTABLISHED", "Dana Whitfield", "Orvane Robotics"),
        ),
        (
            "Dana Whitfield, Orvane Robotics' co-founder and chief scientist, spoke at the event.",
            ("WORKS_FOR", "Dana Whitfield", "Orvane Robotics"),
        ),
    ],
)
def test_possessive_parents_and_employers_in_apposition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen Group is not Orvane Robotics' parent.",
        "Dana Whitfield, Texas' governor, spoke at the event.",
    ],
)
def test_a_denied_parent_or_a_public_office_gives_no_structure_or_employer(text: str) -> None:
    assert not en_kinds(text) & {"AFFILIATE_OF", "WORKS_FOR"}


@pytest.mark.parametrize("text", ["Management decided to buy back shares.", "Shareholders will invest more next year."])
def test_a_common_noun_opening_a_sentence_is_no_organisation(text: str) -> None:
    assert en_entity_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Robotics hopes to raise $50 million from Brightwater Capital.",  # the tagger's lemma of "hopes" is "hop"
        "Orvane Robotics wants to buy Pellucid Systems.",
        "Orvane Robotics tried to buy Pellucid Systems.",
        "Orvane Robotics plans to acquire Pellucid Systems.",
        "Orvane Robotics aims to acquire Pellucid Systems by 2026.",
    ],
)
def test_wishes_attempts_and_planned_purchases_are_no_deal(text: str) -> None:
    assert not en_kinds(text) & {"ACQUIRED", "INVESTED_IN"}


def test_an_agreed_purchase_and_a_planned_investment_stay_facts() -> None:
    assert ("ACQUIRED", "Orvane Robotics", "Pellucid Systems") in en_facts(
        "Orvane Robotics said it will acquire Pellucid Systems for $90 million."
    )
    assert ("INVESTED_IN", "Orvane Robotics", "Pellucid Systems") in en_facts(
        "Orvane Robotics plans to invest $100 million in Pellucid Systems."
    )


def test_a_funding_series_is_no_organisation() -> None:
    names = en_entity_names("Vellico raised a $20M Series A led by Brightwater Capital.")
    assert [n for n in names if "Series" in n] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pellucid Systems, in which Orvane Robotics holds a 20% stake, makes sensors.",
            ("INVESTED_IN", "Orvane Robotics", "Pellucid Systems"),
        ),
        (
            "Pellucid Systems is a portfolio company of Brightwater Capital.",
            ("INVESTED_IN", "Brightwater Capital", "Pellucid Systems"),
        ),
        (
            "Pellucid Systems, a Brightwater Capital portfolio company, makes sensors.",
            ("INVESTED_IN", "Brightwater Capital", "Pellucid Systems"),
        ),
    ],
)
def test_stakes_in_which_and_portfolio_companies_are_investments(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pellucid Systems, in which Orvane Robotics may invest, makes sensors.",
        "Pellucid Systems is not a portfolio company of Brightwater Capital.",
    ],
)
def test_hedged_stakes_and_denied_portfolio_companies_give_nothing(text: str) -> None:
    assert "INVESTED_IN" not in en_kinds(text)


@pytest.mark.parametrize("opening", ["Members include", "Its members include"])
def test_members_of_the_alliance_named_before(opening: str) -> None:
    found = en_facts(
        f"Halden Systems launched the Open Robot Alliance in March. {opening} Quillon, Velaris and Tideline Motors."
    )
    assert ("PARTICIPATES_IN", "Tideline Motors", "Open Robot Alliance") in found


def test_members_of_something_else_are_not_the_alliances() -> None:
    found = en_facts(
        "Halden Systems launched the Open Robot Alliance in March. Members of the board include Quillon Capital."
    )
    assert "PARTICIPATES_IN" not in {k[0] for k in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place owning the party: the owned name is the party, the place is no organisation
        (
            "Orbis Semiconductor invested $200 million in Abu Dhabi's Keln.",
            ("INVESTED_IN", "Orbis Semiconductor", "Keln"),
        ),
        (
            "Hanbit Systems signed a memorandum of understanding with Saudi Arabia's Ministry of Digital Affairs.",
            ("PARTNERS_WITH", "Hanbit Systems", "Ministry of Digital Affairs"),
        ),
        # a unit named in apposition, spun off
        (
            "Orbis Semiconductor spun off its programmable chip unit Keln as a standalone company.",
            ("SPUN_OFF_FROM", "Keln", "Orbis Semiconductor"),
        ),
        # a present role after "the new"
        (
            "Choi Min-seo, the new chief executive of Hanbit Systems, said the plant will open in June.",
            ("WORKS_FOR", "Choi Min-seo", "Hanbit Systems"),
        ),
        (
            "Choi Min-seo, the newly appointed CEO of Hanbit Systems, spoke on Monday.",
            ("WORKS_FOR", "Choi Min-seo", "Hanbit Systems"),
        ),
        # "X-owned Y" is a subsidiary, as "X-backed Y" is an investment
        ("Hanbit Systems-owned Velaris showed its new robot.", ("AFFILIATE_OF", "Velaris", "Hanbit Systems")),
        # an agreement "to cooperate" is a partnership
        (
            "Tideline signed an agreement with Hanbit Systems to cooperate on quantum computing research.",
            ("PARTNERS_WITH", "Tideline", "Hanbit Systems"),
        ),
        # "the round of Y"
        (
            "Corvex Capital participated in the $20 million Series A round of Korean startup Velaris.",
            ("INVESTED_IN", "Corvex Capital", "Velaris"),
        ),
        # Korean institutions under their full English names are the registry's entries
        (
            "The Korea Advanced Institute of Science and Technology signed a partnership with Tideline.",
            ("PARTNERS_WITH", "한국과학기술원", "Tideline"),
        ),
        (
            "The Ministry of Science and ICT will provide 100 billion won to the Electronics and Telecommunications "
            "Research Institute.",
            ("INVESTED_IN", "과학기술정보통신부", "한국전자통신연구원"),
        ),
    ],
)
def test_owners_units_roles_and_rounds_in_more_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


def test_a_place_before_a_possessive_is_no_organisation() -> None:
    names = en_entity_names("Orbis Semiconductor invested $200 million in Abu Dhabi's Keln.")
    assert "Abu Dhabi" not in names and "Keln" in names


def test_a_unit_spun_off_or_sold_is_no_longer_part_of_its_owner() -> None:
    spun = en_facts("Orbis Semiconductor spun off its programmable chip unit Keln as a standalone company.")
    assert ("PART_OF", "Keln", "Orbis Semiconductor") not in spun
    kept = en_facts("Orbis Semiconductor said its programmable chip unit Keln would hire 500 engineers.")
    assert ("PART_OF", "Keln", "Orbis Semiconductor") in kept


def test_an_agreement_for_something_else_is_no_partnership() -> None:
    assert "PARTNERS_WITH" not in en_kinds("Tideline signed an agreement with Hanbit Systems to buy 300 servers.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hanbit Systems appointed Chung Ha-na as its new chief executive officer.", "Chung Ha-na"),
        ("Tideline executives met with President Yoon Suk Yeol on Friday.", "Yoon Suk Yeol"),
    ],
)
def test_a_romanised_korean_name_is_kept_whole(text: str, name: str) -> None:
    assert name in en_entity_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanbit Systems named Lee Soo-jin its new chief financial officer.",
            ("WORKS_FOR", "Lee Soo-jin", "Hanbit Systems"),
        ),
        ("Quillon co-founder Jonah Pryce said the company is profitable.", ("ESTABLISHED", "Jonah Pryce", "Quillon")),
        (
            "Orbis Semiconductor pledged $500 million to Pallas Micro over five years.",
            ("INVESTED_IN", "Orbis Semiconductor", "Pallas Micro"),
        ),
    ],
)
def test_roles_given_in_apposition_co_founders_and_pledges(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tideline and Keln ended their partnership last year.", "PARTNERS_WITH"),
        ("Tideline terminated its joint venture with Keln.", "PARTNERS_WITH"),
        ("Orbis Semiconductor committed $500 million to building a plant for Pallas Micro.", "INVESTED_IN"),
        ("Orbis Semiconductor may pledge $500 million to Pallas Micro.", "INVESTED_IN"),
        ("Hanbit Systems named Lee Soo-jin, a former Vastra engineer, to lead the lab.", "WORKS_FOR"),
    ],
)
def test_ended_ties_purposes_and_hedged_pledges_give_nothing(text: str, kind: str) -> None:
    assert kind not in en_current_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tideline Capital led Keln's $45 million Series C, bringing its total funding to $80 million.",
            ("INVESTED_IN", "Tideline Capital", "Keln"),
        ),
        ("Corvex Ventures, an early backer of Keln, declined to comment.", ("INVESTED_IN", "Corvex Ventures", "Keln")),
        (
            "Keln Robotics, a joint venture between Orbis Semiconductor and Tideline, will start production next year.",
            ("ESTABLISHED", "Tideline", "Keln Robotics"),
        ),
    ],
)
def test_rounds_backers_and_joint_ventures_described_in_apposition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Corvex Ventures, a potential backer of Keln, declined to comment.", "INVESTED_IN"),
        ("Corvex Ventures, a former shareholder of Keln, declined to comment.", "INVESTED_IN"),
        (
            "Keln Robotics, a planned joint venture between Orbis Semiconductor and Tideline, will start production.",
            "ESTABLISHED",
        ),
    ],
)
def test_ties_not_yet_or_no_longer_there_give_nothing(text: str, kind: str) -> None:
    assert kind not in en_kinds(text)


def test_a_stake_keeps_its_size_and_its_company_even_one_the_tagger_calls_a_place() -> None:
    found = en_facts("Orbis Semiconductor took a 20% stake in Keln Games.")
    assert found[("INVESTED_IN", "Orbis Semiconductor", "Keln Games")].get("stake_percent") == 20.0
    bought = en_facts("Orbis Semiconductor bought 60 percent of Keln Games.")
    assert bought[("ACQUIRED", "Orbis Semiconductor", "Keln Games")].get("stake_percent") == 60.0


def test_a_stake_two_buyers_took_together_is_neither_ones_size() -> None:
    found = en_facts("Orbis Semiconductor and Tideline took a 30% stake in Keln Games.")
    assert ("INVESTED_IN", "Tideline", "Keln Games") in found
    assert all(p.get("stake_percent") is None for p in found.values())


def test_an_investment_of_an_amount_keeps_it() -> None:
    found = en_facts("Orbis Semiconductor announced a strategic investment of $100 million in Keln.")
    assert found[("INVESTED_IN", "Orbis Semiconductor", "Keln")].get("amount") == 100_000_000


def test_a_named_venture_arm_is_the_investor_not_its_owner() -> None:
    found = en_facts(
        "Keln raised $50 million in a round co-led by Corvex Capital and Orbis Semiconductor's venture "
        "arm Orbis Ventures."
    )
    assert ("INVESTED_IN", "Orbis Ventures", "Keln") in found
    assert ("INVESTED_IN", "Orbis Semiconductor", "Keln") not in found
    assert ("PART_OF", "Orbis Ventures", "Orbis Semiconductor") in found
    assert ("PART_OF", "Orbis Ventures", "Corvex Capital") not in found


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        ("Lena Marsh is the co-founder and CEO of Keln Robotics.", ("WORKS_FOR", "Lena Marsh", "Keln Robotics"), "CEO"),
        (
            "Lena Marsh is the co-founder and CEO of Keln Robotics.",
            ("ESTABLISHED", "Lena Marsh", "Keln Robotics"),
            None,
        ),
        (
            "Orbis Semiconductor has appointed Choi Min-seo as co-CEO.",
            ("WORKS_FOR", "Choi Min-seo", "Orbis Semiconductor"),
            "co-CEO",
        ),
        (
            "Orbis Semiconductor has appointed Choi Min-seo, head of its memory business, as co-CEO.",
            ("WORKS_FOR", "Choi Min-seo", "Orbis Semiconductor"),
            "co-CEO",
        ),
        (
            "Orbis Semiconductor named Choi Min-seo its new CEO.",
            ("WORKS_FOR", "Choi Min-seo", "Orbis Semiconductor"),
            "CEO",
        ),
    ],
)
def test_hyphenated_and_stacked_titles_keep_the_role(
    text: str, expected: tuple[str, str, str], title: str | None
) -> None:
    found = en_facts(text)
    assert expected in found
    assert found[expected].get("title") == title


def test_a_role_told_in_the_past_is_a_past_one() -> None:
    found = en_facts("Lena Marsh was the co-founder and CEO of Keln Robotics.")
    assert found.get(("WORKS_FOR", "Lena Marsh", "Keln Robotics"), {}).get("former") is True, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Orbis Semiconductor may appoint Choi Min-seo as co-CEO.", "WORKS_FOR"),
        ("Orbis Semiconductor did not name Choi Min-seo its new CEO.", "WORKS_FOR"),
    ],
)
def test_hedged_and_denied_roles_give_nothing(text: str, kind: str) -> None:
    assert kind not in en_kinds(text)


def test_a_deal_valued_at_an_amount_is_the_price_a_company_valued_at_one_is_not() -> None:
    deal = en_facts("Orbis Semiconductor acquired Keln Games from Vastra in a deal valued at $1.2 billion.")
    assert deal[("ACQUIRED", "Orbis Semiconductor", "Keln Games")].get("amount") == 1_200_000_000
    valuing = en_facts("Orbis Semiconductor acquired Keln Games in a deal valuing the company at $1.2 billion.")
    assert valuing[("ACQUIRED", "Orbis Semiconductor", "Keln Games")].get("amount") is None
    stake = en_facts("Orbis Semiconductor invested $50 million in Keln Games, which is valued at $1 billion.")
    assert stake[("INVESTED_IN", "Orbis Semiconductor", "Keln Games")].get("amount") == 50_000_000


@pytest.mark.parametrize(
    ("text", "partnered"),
    [
        ("Keln Robotics and Hanbit University opened a joint robotics lab in Daejeon.", True),
        ("Keln Robotics opened a joint robotics lab with Hanbit University.", True),
        ("Keln Robotics and Hanbit University issued a joint statement on Monday.", False),
        ("Keln Robotics and Hanbit University will not open a joint robotics lab.", False),
        ("Keln Robotics and Hanbit University may open a joint robotics lab.", False),
    ],
)
def test_something_joint_two_organisations_open_is_a_partnership(text: str, partnered: bool) -> None:
    assert ("PARTNERS_WITH" in en_kinds(text)) is partnered


def test_a_venture_arm_named_after_a_list_is_the_owners_unit_not_the_first_items() -> None:
    found = en_facts(
        "Keln closed a $40 million Series A round co-led by NEA and Nvidia's venture capital arm NVentures."
    )
    assert ("PART_OF", "NVentures", "Nvidia") in found
    assert ("PART_OF", "NEA", "Nvidia") not in found


def test_a_stake_worth_a_hundred_million_is_no_control() -> None:
    found = en_facts("Orbis Semiconductor has taken a $100 million stake in Keln Games.")
    assert found[("INVESTED_IN", "Orbis Semiconductor", "Keln Games")].get("amount") == 100_000_000
    assert "ACQUIRED" not in en_kinds("Orbis Semiconductor has taken a $100 million stake in Keln Games.")
    assert "ACQUIRED" in en_kinds("Orbis Semiconductor took a 100 percent stake in Keln Games.")


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Electronics joined the Rebellions funding round as a strategic investor.",
        "Samsung Electronics joined Rebellions' Series B round.",
    ],
)
def test_joining_a_companys_round_invests_in_it(text: str) -> None:
    assert ("INVESTED_IN", "삼성전자", "리벨리온") in en_facts(text)
    assert "PARTICIPATES_IN" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Samsung Electronics joined the Rebellions board.", "PARTICIPATES_IN"),
        ("Samsung Electronics may join the Rebellions funding round.", "INVESTED_IN"),
    ],
)
def test_a_board_seat_or_a_round_not_yet_joined_gives_nothing(text: str, kind: str) -> None:
    assert kind not in en_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keln Robotics said on Tuesday that Orbis Semiconductor had invested $20 million in the company.",
        "Keln Robotics, the maker of delivery robots, said Orbis Semiconductor agreed to invest $20 million in the startup.",
    ],
)
def test_the_company_in_a_companys_own_statement_is_the_speaker(text: str) -> None:
    assert ("INVESTED_IN", "Orbis Semiconductor", "Keln Robotics") in en_facts(text)


def test_the_company_in_a_statement_under_consideration_gives_nothing() -> None:
    text = "Keln Robotics said Orbis Semiconductor is considering an investment in the company."
    assert "INVESTED_IN" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "partnered"),
    [
        ("Orbis Semiconductor and Keln Robotics co-developed an AI chip.", True),
        ("Orbis Semiconductor and Keln Robotics developed AI chips.", False),
        ("Orbis Semiconductor signed an agreement with Keln Robotics to build a data center.", True),
        ("Orbis Semiconductor signed an agreement with Keln Robotics to buy a data center.", False),
        ("Orbis Semiconductor's CEO Lena Marsh announced a partnership with Keln Robotics.", True),
        ("Lena Marsh, CEO of Orbis Semiconductor, signed a partnership agreement with Keln Robotics.", True),
        (
            "Orbis Semiconductor CEO Lena Marsh said the company is not in talks for a partnership with Keln Robotics.",
            False,
        ),
    ],
)
def test_co_developing_agreeing_to_build_and_a_chief_announcing_are_partnerships(text: str, partnered: bool) -> None:
    found = en_facts(text)
    pair = {
        ("PARTNERS_WITH", "Orbis Semiconductor", "Keln Robotics"),
        ("PARTNERS_WITH", "Keln Robotics", "Orbis Semiconductor"),
    }
    assert bool(pair & found.keys()) is partnered


def test_a_co_owned_company_is_no_subsidiary() -> None:
    text = "Keln Games, co-owned by Orbis Semiconductor and Tideline Capital, opened a studio in Busan."
    assert "AFFILIATE_OF" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected", "percent"),
    [
        (
            "LG Electronics completed its acquisition of a 51% stake in Keln Robotics.",
            ("ACQUIRED", "LG전자", "Keln Robotics"),
            51.0,
        ),
        (
            "LG Electronics completed its acquisition of a 20% stake in Keln Robotics for $60 million.",
            ("INVESTED_IN", "LG전자", "Keln Robotics"),
            20.0,
        ),
    ],
)
def test_acquiring_a_stake_as_a_noun_is_control_or_an_investment_by_its_size(
    text: str, expected: tuple[str, str, str], percent: float
) -> None:
    found = en_facts(text)
    assert found[expected]["stake_percent"] == percent
    if expected[0] == "INVESTED_IN":
        assert found[expected]["amount"] == 60_000_000
        assert "ACQUIRED" not in en_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naver Labs is part of Naver.", ("PART_OF", "네이버랩스", "네이버")),
        ("Naver Labs, part of Naver, builds delivery robots.", ("PART_OF", "네이버랩스", "네이버")),
        ("Samsung C&T and Samsung Biologics are part of the Samsung Group.", ("AFFILIATE_OF", "삼성물산", "삼성")),
    ],
)
def test_being_part_of_an_organisation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Naver Labs is no longer part of Naver.",
        "Naver Labs was once part of Naver.",
        "Naver Labs built the robot as part of a deal with Kakao.",
    ],
)
def test_no_longer_or_as_part_of_a_deal_gives_no_unit(text: str) -> None:
    assert not {"PART_OF", "AFFILIATE_OF"} & en_kinds(text)


@pytest.mark.parametrize(
    ("text", "partnered"),
    [
        ("Keln Robotics signed a research agreement with Orbis Semiconductor on humanoid robots.", True),
        ("Keln Robotics signed a supply agreement with Orbis Semiconductor.", False),
    ],
)
def test_research_agreements_are_partnerships_supply_agreements_are_not(text: str, partnered: bool) -> None:
    assert (("PARTNERS_WITH", "Keln Robotics", "Orbis Semiconductor") in en_facts(text)) is partnered


def test_a_think_tank_named_after_its_owners_possessive_is_its_unit() -> None:
    found = en_facts("Orbis Group's AI think tank, Orbis AI Research, opened an office in Toronto.")
    assert ("PART_OF", "Orbis AI Research", "Orbis Group") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keln Robotics is a spinoff from Orbis Semiconductor.",
            ("SPUN_OFF_FROM", "Keln Robotics", "Orbis Semiconductor"),
        ),
        (
            "Orbis Semiconductor's robotics unit was spun off as Keln Robotics in 2021.",
            ("SPUN_OFF_FROM", "Keln Robotics", "Orbis Semiconductor"),
        ),
        (
            "The robotics unit of Orbis Semiconductor was spun off into a new company called Keln Robotics.",
            ("SPUN_OFF_FROM", "Keln Robotics", "Orbis Semiconductor"),
        ),
    ],
)
def test_spin_offs_said_with_a_copula_or_of_a_unit_in_the_passive(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keln Robotics is a potential spin-off of Orbis Semiconductor.",
        "Keln Robotics, a planned spin-off of Orbis Semiconductor, will list its shares.",
        "Orbis Semiconductor's robotics unit may be spun off as Keln Robotics.",
        "Keln Robotics is not a spin-off of Orbis Semiconductor.",
    ],
)
def test_spin_offs_planned_hedged_or_denied_give_nothing(text: str) -> None:
    assert "SPUN_OFF_FROM" not in en_kinds(text)


def test_a_hyphenated_programme_name_is_one_organisation_that_members_take_part_in() -> None:
    text = (
        "More than 20 companies, including Orbis Semiconductor and Tideline, are participating in the K-Robot project."
    )
    found = en_facts(text)
    assert ("PARTICIPATES_IN", "Tideline", "K-Robot") in found
    assert "K" not in en_entity_names(text)


def test_a_sum_several_investors_gave_together_is_the_rounds_not_each_ones() -> None:
    together = en_facts("Keln received a $60 million investment from Corvex Capital, Tideline and Orbis Semiconductor.")
    props = together[("INVESTED_IN", "Tideline", "Keln")]
    assert "amount" not in props
    assert (props["round_amount"], props["round_currency"]) == (60_000_000, "USD")
    led = en_facts(
        "Keln raised $50 million in a Series B round led by Corvex Capital, with participation from Tideline."
    )
    assert led[("INVESTED_IN", "Corvex Capital", "Keln")]["round_amount"] == 50_000_000
    assert "amount" not in led[("INVESTED_IN", "Corvex Capital", "Keln")]
    alone = en_facts("Keln received a $60 million investment from Corvex Capital.")
    assert alone[("INVESTED_IN", "Corvex Capital", "Keln")]["amount"] == 60_000_000


def test_an_australian_dollar_price_keeps_its_currency() -> None:
    found = en_facts("Orbis Semiconductor acquired Keln Games, an Australian studio, for A$2.4 billion.")
    props = found[("ACQUIRED", "Orbis Semiconductor", "Keln Games")]
    assert (props["amount"], props["currency"]) == (2_400_000_000, "AUD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keln Data, a joint venture of Orbis Semiconductor, Tideline and Vastra, will build data centres.",
            ("ESTABLISHED", "Vastra", "Keln Data"),
        ),
        (
            "The Stargate project, a joint venture of OpenAI, SoftBank and Oracle, will build data centres.",
            ("ESTABLISHED", "오라클", "Stargate"),
        ),
        (
            "Team Hanbit, a consortium of Orbis Semiconductor, Tideline and Vastra, won the contract.",
            ("PARTICIPATES_IN", "Tideline", "Team Hanbit"),
        ),
        (
            "The Hanbit Chip Alliance counts Orbis Semiconductor, Tideline and Vastra as members.",
            ("PARTICIPATES_IN", "Vastra", "Hanbit Chip Alliance"),
        ),
        (
            "Orbis Semiconductor invested $30 million in Keln, while Tideline has invested about $13 million.",
            ("INVESTED_IN", "Tideline", "Keln"),
        ),
    ],
)
def test_joint_ventures_and_consortia_in_apposition_and_contrasted_investors(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in en_facts(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Team Hanbit, a planned consortium of Orbis Semiconductor and Tideline, will bid.", "PARTICIPATES_IN"),
        ("Orbis Semiconductor invested $30 million in Keln after Tideline invested $5 million.", "Tideline"),
        ("Tideline is part of the Hanbit Chip Alliance.", "PART_OF"),
    ],
)
def test_planned_consortia_unrelated_clauses_and_alliance_members_give_no_such_fact(text: str, absent: str) -> None:
    found = en_facts(text)
    assert not any(absent in key for key in found)


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Keln closed a $40 million round from investors such as Corvex Capital and Tideline Ventures.",
            "Tideline Ventures",
        ),
        (
            "Keln raised $40 million, with Corvex Capital and Tideline Ventures among the investors.",
            "Tideline Ventures",
        ),
        (
            "Keln raised $40 million in a Series B. Corvex Capital took part in the round alongside Tideline Ventures.",
            "Tideline Ventures",
        ),
        ("Keln's Series B was led by Corvex Capital, with Tideline Ventures also participating.", "Tideline Ventures"),
        ("Keln's Series B was led by Corvex Capital, with Tideline Ventures also participating.", "Corvex Capital"),
    ],
)
def test_round_investors_named_such_as_among_alongside_and_also_participating(text: str, investor: str) -> None:
    assert ("INVESTED_IN", investor, "Keln") in en_facts(text)


def test_an_investor_expected_to_join_a_round_gives_nothing() -> None:
    found = en_facts("Keln's Series B was led by Corvex Capital, with Tideline Ventures expected to participate.")
    assert ("INVESTED_IN", "Corvex Capital", "Keln") in found
    assert ("INVESTED_IN", "Tideline Ventures", "Keln") not in found


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "Lena Marsh, co-founder and chief executive of Keln Robotics, won the award.",
            ("WORKS_FOR", "Lena Marsh", "Keln Robotics"),
            "chief executive",
        ),
        (
            "Keln Robotics CEO Park Sung-hyun and CTO Oh Jin-wook spoke at the event in Seoul on Monday.",
            ("WORKS_FOR", "Oh Jin-wook", "Keln Robotics"),
            "CTO",
        ),
        (
            "Oh Jin-wook serves as chief technology officer at Keln Robotics, the company said on Monday.",
            ("WORKS_FOR", "Oh Jin-wook", "Keln Robotics"),
            "chief technology officer",
        ),
        (
            "Kim Yu-won took the helm of Keln Robotics in 2022, the company said in a statement.",
            ("WORKS_FOR", "Kim Yu-won", "Keln Robotics"),
            "head",
        ),
    ],
)
def test_roles_after_co_founder_korean_names_serving_and_taking_the_helm(
    text: str, expected: tuple[str, str, str], title: str
) -> None:
    found = en_facts(text)
    assert found[expected]["title"] == title


def test_a_korean_name_is_whole_even_at_the_start_of_a_sentence() -> None:
    names = en_entity_names("Oh Jin-wook serves as chief technology officer at Keln Robotics, the company said.")
    assert "Oh Jin-wook" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keln Robotics has created a new unit called the Keln AI Lab to develop robots.",
            ("ESTABLISHED", "Keln Robotics", "Keln AI Lab"),
        ),
        (
            "Keln Robotics opened its AI research center, named the Keln Vision Lab, in Seoul.",
            ("ESTABLISHED", "Keln Robotics", "Keln Vision Lab"),
        ),
        (
            "Keln Robotics and Hanbit University jointly founded a chip research center.",
            ("PARTNERS_WITH", "Keln Robotics", "Hanbit University"),
        ),
    ],
)
def test_units_founded_under_a_given_name_and_founded_jointly(text: str, expected: tuple[str, str, str]) -> None:
    kind, a, b = expected
    found = en_facts(text)
    assert expected in found or (kind == "PARTNERS_WITH" and (kind, b, a) in found)


@pytest.mark.parametrize(
    "text",
    [
        "Keln Robotics opened its AI research center in Seoul on Monday.",
        "Kim Yu-won will not take the helm of Keln Robotics, the company said.",
    ],
)
def test_a_described_centre_is_no_name_and_a_denied_helm_no_role(text: str) -> None:
    found = en_facts(text)
    assert not any("center" in key[2] for key in found)
    assert "WORKS_FOR" not in en_kinds(text)


def test_a_surname_alone_later_is_the_person_named_before_not_a_new_company() -> None:
    text = (
        'Keln Robotics was founded in 2020 by Park Sung-hyun. "We will use the money to hire engineers," '
        "Park, who serves as CEO, said in a statement."
    )
    names = en_entity_names(text)
    assert "Park Sung-hyun" in names
    assert "Park" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orbis Semiconductor to invest $100 million in Canadian AI startup Keln",
            ("INVESTED_IN", "Orbis Semiconductor", "Keln"),
        ),
        (
            "Orbis Semiconductor will invest $2 billion in Korean AI chips over five years.",
            ("INVESTED_IN", "Orbis Semiconductor", "AI chips"),
        ),
    ],
)
def test_a_nationality_is_no_part_of_a_technology_and_a_startup_no_technology(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = en_facts(text)
    assert expected in found
    assert not any(key[2].startswith(("Canadian", "Korean")) for key in found)


def test_a_fund_named_right_after_its_owners_possessive_is_the_investor() -> None:
    found = en_facts("Keln raised a $50 million Series A co-led by NEA and Nvidia's NVentures, the company said.")
    assert ("INVESTED_IN", "NVentures", "Keln") in found
    assert ("INVESTED_IN", "Nvidia", "Keln") not in found


def test_a_minister_named_by_field_works_for_the_articles_ministry_of_that_field() -> None:
    text = (
        "The Ministry of Trade, Industry and Energy will fund the plant. Trade Minister Ahn Duk-geun visited "
        "Samsung Electronics on Monday."
    )
    assert en_facts(text)[("WORKS_FOR", "Ahn Duk-geun", "산업통상자원부")]["title"] == "Minister"
    alone = "Trade Minister Ahn Duk-geun visited Samsung Electronics on Monday, the company said in a statement."
    assert "WORKS_FOR" not in en_kinds(alone)  # no ministry of trade in the article: none is guessed


@pytest.mark.parametrize(
    ("text", "partnered"),
    [
        ("Researchers from Seoul National University and Samsung Electronics jointly developed the model.", True),
        (
            "Researchers from Seoul National University and Samsung Electronics did not jointly develop the model.",
            False,
        ),
        ("Researchers from Seoul National University developed the model with Samsung Electronics' grant.", False),
    ],
)
def test_researchers_of_two_organisations_working_jointly_make_them_partners(text: str, partnered: bool) -> None:
    found = en_facts(text)
    pair = {("PARTNERS_WITH", "서울대학교", "삼성전자"), ("PARTNERS_WITH", "삼성전자", "서울대학교")}
    assert bool(pair & found.keys()) is partnered


def test_an_r_and_d_arm_after_its_owners_possessive_is_its_unit() -> None:
    found = en_facts(
        "Keln Advanced Institute of Technology, Orbis Semiconductor's R&D arm, partnered with Harvard University."
    )
    assert ("PART_OF", "Keln Advanced Institute of Technology", "Orbis Semiconductor") in found
