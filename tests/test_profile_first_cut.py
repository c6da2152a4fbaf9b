"""A profile's first load reads up to its own stored cut (``profile_cuts.FIRST``): the rows equal those a
ranking of every fact gives, whether that cut falls on a dated fact, an undated one or past the last fact,
and the stored cuts equal a recomputation after writes and a retraction, on both stores."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from test_aggregates import BATCHES, CHIP, FUND, LAB, UNI, assert_equals_recomputation, batch, fact

from aigraph.core.vocabulary import RelationType
from aigraph.graph import profile_cuts
from aigraph.graph.api import open_graph

FACTS, FIRST = 3, 2  # small, so the small graph here has cuts at both depths


@pytest.fixture(autouse=True)
def _small_cuts(monkeypatch) -> None:
    monkeypatch.setattr(profile_cuts, "FACTS", FACTS)
    monkeypatch.setattr(profile_cuts, "FIRST", FIRST)


def test_a_first_load_read_up_to_its_own_cut_equals_one_that_ranks_the_facts(store, monkeypatch):
    for b in BATCHES:
        store.write(b)
    store.write(
        batch(
            "f1",
            date(2020, 2, 2),
            [
                fact(RelationType.PARTNERS_WITH, FUND, UNI, "f1", "가온벤처스와 라온대학교가 협력한다."),
                fact(RelationType.INVESTED_IN, FUND, LAB, "f1", "가온벤처스가 투자했다.", date="2020-02-02"),
                fact(RelationType.INVESTED_IN, FUND, UNI, "f1", "가온벤처스가 또 투자했다.", date="2020-03-03"),
            ],
        )
    )
    store.retract_article("k1")
    cuts = assert_equals_recomputation(store)["ProfileCut"]
    assert cuts["out_first"].notna().any() and cuts["out_first"].isna().any()  # dated and undated FIRST-th newest
    entities = (FUND, LAB, CHIP, UNI)
    graph = open_graph(store)
    first = {n.id: graph.profile(n.id, limit=FIRST) for n in entities}
    read = {n.id: profile_cuts.read(store, n.id, FIRST) for n in entities}
    assert any(cut[0] >= FIRST and cut[1] is not None for found in read.values() for cut in found.values())
    monkeypatch.setattr(profile_cuts, "FACTS", 0)  # no stored cut is used: the facts are ranked
    monkeypatch.setattr(profile_cuts, "FIRST", 0)
    for n in entities:
        ranked = graph.profile(n.id, limit=FIRST)
        pd.testing.assert_frame_equal(first[n.id]["relations"], ranked["relations"], obj=n.name)
        assert first[n.id]["left_out"] == 0
