"""Co-leads written as an absolute clause ("…, with A and B co-leading") invested in the round and led it; investors
"participating" invested without leading; a round only planned has none."""

from en_facts import en_facts


def test_co_leads_after_with_are_leads() -> None:
    got = en_facts(
        "Tessaline closed a $40 million Series B round led by Brightwater Partners, with Orla Capital and Kestrel"
        " Ventures co-leading."
    )
    for investor in ("Brightwater Partners", "Orla Capital", "Kestrel Ventures"):
        assert got.get(("INVESTED_IN", investor, "Tessaline"), {}).get("lead") is True, got


def test_participants_after_with_are_no_leads() -> None:
    got = en_facts(
        "Tessaline raised $40 million in a round led by Brightwater Partners, with Orla Capital participating."
    )
    props = got.get(("INVESTED_IN", "Orla Capital", "Tessaline"))
    assert props is not None and not props.get("lead"), got


def test_a_planned_round_has_no_co_leads() -> None:
    got = en_facts("Tessaline plans to raise $40 million, with Orla Capital and Kestrel Ventures co-leading.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got
