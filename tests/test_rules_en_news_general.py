"""English rules for more of the ways business news states membership, spin-offs, stakes and roles: list items
at a list's ends, bodies named with a lower-case "alliance", members added to a body, and the negatives written
like them (hedged, planned, or about something else).  Names are invented; every sentence is written for this test."""

from __future__ import annotations

import pytest
from en_facts import en_entity_names, en_facts

INV, ACQ, PART, SPUN, PARTNER, EST, WORK, AFF, UNIT = (
    "INVESTED_IN",
    "ACQUIRED",
    "PARTICIPATES_IN",
    "SPUN_OFF_FROM",
    "PARTNERS_WITH",
    "ESTABLISHED",
    "WORKS_FOR",
    "AFFILIATE_OF",
    "PART_OF",
)


def _has(text: str, fact: tuple[str, str, str]) -> bool:
    return fact in en_facts(text)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # the first item after the colon that opens a list, the last one after its "and"
        (
            "NorvellSoft Corp. will spin off four units: Tarn AI, First Vell Games, Big Oren Games and Arc Halden Games, "
            "the company said on Monday in a regulatory filing.",
            [
                (SPUN, "Tarn AI", "NorvellSoft Corp."),
                (SPUN, "First Vell Games", "NorvellSoft Corp."),
                (SPUN, "Arc Halden Games", "NorvellSoft Corp."),
            ],
        ),
    ],
)
def test_list_ends(text: str, facts: list) -> None:
    found = en_facts(text)
    missing = [f for f in facts if f not in found]
    assert not missing, (missing, sorted(found))


def test_last_list_item_before_a_phrase_is_a_name() -> None:
    names = en_entity_names(
        "The Harrow Alliance was launched in 2023 by Pellan Telecom. Since then, the alliance has added Quorra "
        "Labs and Tmarro Mobility as members, the company said on Monday."
    )
    assert "Tmarro Mobility" in names


ALLIANCE = "Pellan Telecom launched the Harrow AI alliance with startups in February 2023, the company said on Monday. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a body named with a lower-case "alliance" is the body, not the company of its first words
        (
            ALLIANCE + "The members include Quorra Labs and Mivel Robotics.",
            (PART, "Mivel Robotics", "Harrow AI alliance"),
        ),
        (ALLIANCE, (EST, "Pellan Telecom", "Harrow AI alliance")),
        # members added to a named body: active, passive, the body as subject, "brought into"
        (
            ALLIANCE + "In June, the telecom company added Quorra Labs and Mivel Robotics to the alliance.",
            (PART, "Mivel Robotics", "Harrow AI alliance"),
        ),
        (
            ALLIANCE + "Quorra Labs and Mivel Robotics were added to the alliance in June.",
            (PART, "Quorra Labs", "Harrow AI alliance"),
        ),
        (
            ALLIANCE + "Since then, the alliance has added Quorra Labs and Mivel Robotics.",
            (PART, "Mivel Robotics", "Harrow AI alliance"),
        ),
        (
            ALLIANCE + "Pellan Telecom said it has brought Quorra Labs and Mivel Robotics into the alliance.",
            (PART, "Quorra Labs", "Harrow AI alliance"),
        ),
        # "the body had N members – A, B and C –"
        (
            ALLIANCE + "The alliance initially had three members – Quorra Labs Inc., Mivel Robotics Co. and Tessaly "
            "Motors – and has since grown to 16 companies.",
            (PART, "Tessaly Motors", "Harrow AI alliance"),
        ),
    ],
)
def test_alliance_members(text: str, fact: tuple[str, str, str]) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        ALLIANCE + "The telecom company is considering adding Quorra Labs and Mivel Robotics to the alliance.",
        ALLIANCE + "Pellan Telecom did not add Quorra Labs and Mivel Robotics to the alliance.",
        ALLIANCE + "Quorra Labs could be added to the alliance next year, analysts said.",
        ALLIANCE + "Quorra Labs added new AI features to its Mivel app in June.",
        ALLIANCE + "Quorra Labs has three members – Dana Whitlow, Jonah Pryce and Ilse Varga – on its board.",
    ],
)
def test_alliance_members_negative(text: str) -> None:
    assert not [f for f in en_facts(text) if f[0] == PART and f[1] in ("Quorra Labs", "Mivel Robotics")]


def test_registry_name_before_consortium_stays_the_company() -> None:
    found = en_facts(
        "The Samsung consortium won the contract, and Samsung Electronics invested $10 million in Quorra Labs."
    )
    assert (INV, "Samsung Electronics", "Quorra Labs") in found
    assert "Samsung consortium" not in en_entity_names(
        "The Samsung consortium won the contract on Monday, the company said."
    )


@pytest.mark.parametrize(
    ("text", "fact", "wrong"),
    [
        # "TITLE of <a named unit> at ORG": the organisation after "at" employs the person, not the unit
        (
            "Dana Whitlow, executive vice president of Innovative Lending Group at Pellan Bank, said on Monday the "
            "fund would grow.",
            (WORK, "Dana Whitlow", "Pellan Bank"),
            (WORK, "Dana Whitlow", "Innovative Lending Group"),
        ),
        (
            "The ceremony was attended by Jonah Pryce, professor of the Graduate Program in Robotics at Quorra "
            "University, on Monday.",
            (WORK, "Jonah Pryce", "Quorra University"),
            (WORK, "Jonah Pryce", "Graduate Program"),
        ),
    ],
)
def test_title_of_unit_at_employer(text: str, fact: tuple, wrong: tuple) -> None:
    found = en_facts(text)
    assert fact in found and wrong not in found, sorted(found)


def test_title_of_two_employers() -> None:
    found = en_facts(
        "Park Jung-ho, vice chairman and CEO of SK hynix and SK Square, said he met Qualcomm CEO Cristiano Amon."
    )
    assert (WORK, "Park Jung-ho", "SK Square") in found and (WORK, "Park Jung-ho", "SK hynix") in found
    found = en_facts("Park Jung-ho, CEO of SK hynix and a board member, said he met Qualcomm CEO Cristiano Amon.")
    assert [k for k in found if k[0] == WORK and k[1] == "Park Jung-ho"] and (
        WORK,
        "Park Jung-ho",
        "SK Square",
    ) not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a stated share held, passive: "Y is N percent owned / controlled by X"
        (
            "Quorra Labs is a robot maker. The company is 20 percent owned by Pellan Group, it said on Monday.",
            (INV, "Pellan Group", "Quorra Labs"),
        ),
        (
            "Mivel Robotics, which is 35 percent controlled by Tessaly Motors, raised $10 million on Monday.",
            (INV, "Tessaly Motors", "Mivel Robotics"),
        ),
        # "the companies in which X has invested include A and B", "startups X has backed include A"
        (
            "The other AI companies in which Pellan Group has invested include Quorra Labs and Mivel Robotics.",
            (INV, "Pellan Group", "Mivel Robotics"),
        ),
        (
            "Startups that Pellan Group has backed include Quorra Labs and Mivel Robotics.",
            (INV, "Pellan Group", "Quorra Labs"),
        ),
    ],
)
def test_stakes_and_portfolios(text: str, fact: tuple) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "The companies in which Pellan Group has not invested include Quorra Labs and Mivel Robotics.",
        "The companies in which Pellan Group could invest include Quorra Labs and Mivel Robotics, analysts said.",
        "Quorra Labs could be 20 percent owned by Pellan Group if the deal closes, analysts said.",
        "The companies Pellan Group competes with include Quorra Labs and Mivel Robotics.",
    ],
)
def test_stakes_and_portfolios_negative(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] in (INV, ACQ)]


ROUND = "Motiva Technologies recently attracted 24 billion won in Series B investment, the company said on Monday. "


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # investors whose names end in a round word ("Ditto Investment") joining a round just reported
        (
            ROUND + "Ditto Investment and Forest Ventures joined as new investors.",
            (INV, "Ditto Investment", "Motiva Technologies"),
        ),
        (ROUND + "Ditto Investment and Forest Ventures also joined.", (INV, "Forest Ventures", "Motiva Technologies")),
        # "Existing investors A and B participated": the names, not the description, are the subject
        (
            ROUND + "Existing investors Nice Ventures and Nautilus Investment participated as follow-on investors.",
            (INV, "Nautilus Investment", "Motiva Technologies"),
        ),
        # the company's short form after its full name: "Motiva Technologies … Motiva raised"
        (
            "Motiva Technologies builds AI models. Motiva recently attracted 24 billion won in Series B investment. "
            "Ditto Investment and Forest Ventures joined as new investors.",
            (INV, "Ditto Investment", "Motiva Technologies"),
        ),
    ],
)
def test_round_joiners(text: str, fact: tuple) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        ROUND + "Ditto Investment and Forest Ventures are considering joining as new investors.",
        ROUND + "Ditto Investment and Forest Ventures did not join.",
        "Motiva Technologies builds AI models. Motiva is in talks to raise 24 billion won from Ditto Investment.",
    ],
)
def test_round_joiners_negative(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] == INV and k[1] in ("Ditto Investment", "Forest Ventures")]


def test_field_abbreviation_is_no_company() -> None:
    text = (
        "Pellan Ventures and Quorra Shopping, the TV and internet shopping business owned by retail group Tessaly, "
        "also invested in Mivel Robotics on Monday, the company said."
    )
    assert "TV" not in en_entity_names(text)
    assert not [k for k in en_facts(text) if "TV" in k[1:]]


RAISED = "Kestrel Studios has secured 50 billion won in new funding, the company said on Monday. "


@pytest.mark.parametrize(
    ("text", "fact", "props"),
    [
        # "In addition, A and B participated": an adverbial "in" is no other body taken part in
        (
            RAISED + "In addition, Ridge Investment and Kona Partners also participated.",
            (INV, "Kona Partners", "Kestrel Studios"),
            {},
        ),
        # "Specifically, X invested N": X's own share of the round just reported
        (
            RAISED + "Specifically, Ridge Investment invested 10 billion won using its venture fund.",
            (INV, "Ridge Investment", "Kestrel Studios"),
            {"amount": 10_000_000_000, "currency": "KRW"},
        ),
        # a round led by one investor: the round's sum is not the lead's own
        (
            "Kestrel Studios has raised $124 million in a Series C round led by Ridge Investment, the company said.",
            (INV, "Ridge Investment", "Kestrel Studios"),
            {"round_amount": 124_000_000},
        ),
        (
            "Kestrel Studios has secured 50 billion won in new funding, with Ridge Investment identified as the lead "
            "investor, the company said.",
            (INV, "Ridge Investment", "Kestrel Studios"),
            {"round_amount": 50_000_000_000},
        ),
    ],
)
def test_round_shares(text: str, fact: tuple, props: dict) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)
    assert all(found[fact].get(k) == v for k, v in props.items()), found[fact]
    if "round_amount" in props:
        assert "amount" not in found[fact]


@pytest.mark.parametrize(
    "text",
    [
        RAISED + "Specifically, Ridge Investment could invest 10 billion won next year, analysts said.",
        RAISED + "Separately, Ridge Investment invested 10 billion won in Tessaly Motors.",
        RAISED + "Ridge Investment participated in the Tessaly Forum in June.",
    ],
)
def test_round_shares_negative(text: str) -> None:
    assert (INV, "Ridge Investment", "Kestrel Studios") not in en_facts(text)


def test_local_company_is_not_its_parent() -> None:
    names = en_entity_names(
        "Kestrel Studios raised 50 billion won through new shares issued by Kestrel Studios Korea, its Korean "
        "development hub, the company said on Monday."
    )
    assert "Kestrel Studios" in names and "Kestrel Studios Korea" in names


def test_head_of_a_companys_named_lab_works_for_the_company() -> None:
    found = en_facts(
        "“The model will create synergy,” said Dana Whitlow, head of Pellan Group’s AI Lab, on Monday in Seoul."
    )
    assert (WORK, "Dana Whitlow", "Pellan Group") in found, sorted(found)
    found = en_facts("“The model will create synergy,” said Dana Whitlow, head of the AI Lab, on Monday in Seoul.")
    assert not [k for k in found if k[0] == WORK and k[2] == "Pellan Group"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # "X's (nontelecom) split-off Y": a spin-off noun after the parent's possessive, a word or two between
        (
            "Pellan Telecom’s nontelecom split-off Quorra Square Inc. will officially launch on Monday, Pellan Telecom said.",
            (SPUN, "Quorra Square Inc.", "Pellan Telecom"),
        ),
        # a name the tagger takes for a person, described as an organisation's arm
        (
            "TGC Square, an investment arm of Pellan Group, has been actively investing in AI startups, it said.",
            (UNIT, "TGC Square", "Pellan Group"),
        ),
    ],
)
def test_spin_offs_and_arms(text: str, fact: tuple) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Pellan Telecom’s planned split-off Quorra Square will launch next year, the company said on Monday.",
        "Pellan Telecom’s proposed spin-off Quorra Square will launch next year, the company said on Monday.",
        "Pellan Telecom is considering a split-off of Quorra Square next year, the company said on Monday.",
    ],
)
def test_spin_offs_negative(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] == SPUN]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a fronted participle whose list of backers runs on into the clause's subject
        (
            "Co-funded by Pellan Group and Tessaly Motors, Quorra Square operates on a modest scale, it said.",
            (INV, "Tessaly Motors", "Quorra Square"),
        ),
        (
            "Backed by Pellan Group and Tessaly Motors, Quorra Square operates on a modest scale, it said.",
            (INV, "Pellan Group", "Quorra Square"),
        ),
        # "X is a major backer" right after the company's round
        (
            "Quorra Labs announced today that it has raised KRW 10 billion. Korean internet giant Pellan Group is a "
            "major backer, investing in the round via its venture unit.",
            (INV, "Pellan Group", "Quorra Labs"),
        ),
    ],
)
def test_backers(text: str, fact: tuple) -> None:
    found = en_facts(text)
    assert fact in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs announced today that it has raised KRW 10 billion. Pellan Group is a major investor in AI, it said.",
        "Quorra Labs announced today that it has raised KRW 10 billion. Pellan Group is not a backer, it said.",
        "Quorra Labs announced today that it has raised KRW 10 billion. Pellan Group could be a backer, analysts said.",
    ],
)
def test_backers_negative(text: str) -> None:
    assert (INV, "Pellan Group", "Quorra Labs") not in en_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # "acquired <place> AI startup Y": the tagger may read "startup" as a verb and the place and field as a
        # first object; the named one after the classifier is what was bought, the words before it no company
        "Meta acquired Singapore AI startup Manus, the company said on Monday.",
        "Meta acquired Singapore-based AI startup Manus, the company said on Monday.",
    ],
)
def test_acquired_described_startup(text: str) -> None:
    found = en_facts(text)
    assert (ACQ, "Meta", "Manus") in found, sorted(found)
    assert not [k for k in found if "Singapore AI" in k[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "Meta is in talks to acquire Singapore AI startup Manus, the company said on Monday.",
        "Meta denied it would acquire Singapore AI startup Manus, the company said on Monday.",
    ],
)
def test_acquired_described_startup_negative(text: str) -> None:
    assert not [k for k in en_facts(text) if k[0] == ACQ]


def test_arm_established_by() -> None:
    text = (
        "TGC Square, an overseas investment arm established by Pellan Group in Singapore back in 2023, has been "
        "actively investing in AI startups, the company said."
    )
    assert (EST, "Pellan Group", "TGC Square") in en_facts(text)
    hedged = text.replace("established by", "that could be established by")
    assert (EST, "Pellan Group", "TGC Square") not in en_facts(hedged)
