"""Two investors the tagger reads as one name ("led by Accel and Index Ventures"): the second closed by an
organisation's head word the first lacks, they are two, each a lead."""

from en_facts import en_facts


def test_two_leads_read_as_one_name() -> None:
    got = en_facts("Velmora raised $30 million in a round led by Accel and Index Ventures.")
    assert got.get(("INVESTED_IN", "Accel", "Velmora"), {}).get("lead") is True, got
    assert got.get(("INVESTED_IN", "Index Ventures", "Velmora"), {}).get("lead") is True, got
    assert not any("Accel and" in k[1] for k in got), got
