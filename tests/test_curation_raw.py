"""The "show raw extraction" switch: page data as extracted, before the analysts' fact decisions, on both
stores.  Curated pages read the aggregates; raw pages read every fact and take the decisions back."""

from __future__ import annotations

from aigraph.dashboard import pagedata
from aigraph.graph import curation
from aigraph.graph.api import open_graph
from aigraph.core.vocabulary import EntityType, entity_id
from aigraph.ingest.runner import ingest
from test_curation import FIRST, HANBIT, NURI, OTHER, fact_between

SAEBOM = entity_id(EntityType.COMPANY, "새봄로보틱스")


def _money(page: dict) -> tuple:
    investors = page["top_investors"]
    return (
        page["investments"],
        page["totals"]["KRW"].total,
        page["totals"]["USD"].total,
        list(zip(investors["name"], investors["total"], investors["deals"])),
    )


def test_without_decisions_raw_pages_equal_the_aggregate_backed_ones(store):
    ingest([FIRST, OTHER], store)
    with open_graph(store) as g:
        assert _money(pagedata.raw_overview(g)) == _money(pagedata.overview(g))
        assert _money(pagedata.raw_overview(g, "USD")) == _money(pagedata.overview(g, "USD"))


def test_raw_pages_take_rejections_edits_and_added_facts_back(store):
    ingest([FIRST, OTHER], store)
    rejected = fact_between(store, "한빛전자", "누리대학교")
    edited = fact_between(store, "한빛전자", "새봄로보틱스")
    curation.reject(store, rejected, "called off")
    curation.set_properties(store, edited, {"amount": 7e9}, "the filing says 70억")
    curation.add_fact(
        store, "INVESTED_IN", NURI, SAEBOM, "2024 annual report, p. 3", {"amount": 1e9, "currency": "KRW"}
    )
    with open_graph(store) as g:
        curated, raw = pagedata.overview(g), pagedata.raw_overview(g)
        assert (curated["investments"], curated["totals"]["KRW"].total) == (2, 8e9)
        assert (raw["investments"], raw["totals"]["KRW"].total) == (2, 2.5e10), (
            "the rejected fact counts, the added one not"
        )
        assert list(zip(raw["top_investors"]["name"], raw["top_investors"]["total"])) == [("한빛전자", 2.5e10)]
        assert raw["organisations"] == curated["organisations"] and raw["articles"] == curated["articles"]

        flows = pagedata.InvestmentFilters(raw=True)
        table = pagedata.investment_table(g, flows)
        assert sorted(table["amount"]) == [5e9, 2e10] and set(table["sentence"]) >= {FIRST.text.splitlines()[0]}
        links = pagedata.flow_charts(g, flows)["sankey"]["links"]
        assert sorted(links["value"]) == [5e9, 2e10]
        assert sorted(pagedata.investment_table(g, pagedata.InvestmentFilters())["amount"]) == [1e9, 7e9]

        def amounts(profile: dict) -> list[float]:
            relations = profile["relations"]
            return sorted(relations.loc[relations["type"] == "INVESTED_IN", "amount"])

        assert amounts(pagedata.organisation_profile(g, HANBIT)) == [7e9]
        assert amounts(pagedata.organisation_profile(g, HANBIT, raw=True)) == [5e9, 2e10]
        assert pagedata.organisation_profile(g, HANBIT, raw=True)["relation_count"] >= 2
        assert amounts(pagedata.organisation_profile(g, NURI, raw=True)) == [2e10], "no analyst-only fact"


def test_the_raw_network_draws_rejected_facts_again(store):
    ingest([FIRST, OTHER], store)
    with open_graph(store) as g:

        def edges(raw: bool, centrality: str = "degree") -> set[tuple[str, str, str, int]]:
            drawn = pagedata.network_data(g, centrality=centrality, raw=raw)["edges"]
            return set(zip(drawn["source"], drawn["target"], drawn["type"], drawn["facts"]))

        assert edges(True) == edges(False) == edges(False, "pagerank"), "without decisions raw is the stored graph"
        assert (HANBIT, NURI, "INVESTED_IN", 1) in edges(False)
    curation.reject(store, fact_between(store, "한빛전자", "누리대학교"), "called off")
    with open_graph(store) as g:
        assert (HANBIT, NURI, "INVESTED_IN", 1) not in edges(False)
        assert (HANBIT, NURI, "INVESTED_IN", 1) in edges(True)
