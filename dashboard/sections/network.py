"""Network: organisations and their relations, sized by centrality, coloured by type or community."""

from __future__ import annotations

import streamlit as st

from aigraph.dashboard import charts, pagedata, state
from aigraph.dashboard.i18n import org_type, relation, t
from aigraph.dashboard.safe import md, plot
from aigraph.dashboard.tables import relations_table
from aigraph.graph import queries

ORG_RELATIONS = [
    "INVESTED_IN",
    "PARTNERS_WITH",
    "ESTABLISHED",
    "PARTICIPATES_IN",
    "AFFILIATE_OF",
    "PART_OF",
    "SPUN_OFF_FROM",
    "ACQUIRED",
]
assert set(ORG_RELATIONS) <= set(queries.FACT_TYPES)

st.title(t("page_network"))
index = state.load(pagedata.organisation_index)

with st.container(border=True):
    c1, c2, c3 = st.columns([3, 2, 1])
    types = c1.multiselect(t("relation_types"), ORG_RELATIONS, default=ORG_RELATIONS, format_func=relation)
    centre = c2.selectbox(
        t("centre_org"), [None, *index["name"]], format_func=lambda n: t("all_orgs") if n is None else n
    )
    hops = c3.radio(t("hops"), [1, 2], index=1, horizontal=True, disabled=centre is None)
    c4, c5, c6 = st.columns([2, 2, 2])
    size_by = c4.radio(t("size_by"), ["degree", "pagerank", "betweenness"], format_func=t, horizontal=True)
    colour_by = c5.radio(
        t("colour_by"),
        ["type", "community"],
        horizontal=True,
        format_func=lambda c: t("by_type") if c == "type" else t("by_community"),
    )
    max_nodes = c6.slider(t("max_nodes"), 20, 300, 120, step=10)

if not types:
    st.info(t("no_relations"))
    st.stop()
raw = state.raw()
data = state.load(pagedata.network_data, tuple(types), centre, hops, size_by, max_nodes, 600, raw)
nodes, edges = data["nodes"], data["edges"]
if edges.empty:
    st.info(t("no_relations"))
    st.stop()

st.caption(t("network_shown", nodes=len(nodes), edges=len(edges), total=data["total_nodes"]))
if data["ego_capped"]:
    st.caption(t("ego_capped", k=pagedata.EGO_FANOUT))
nodes = nodes.assign(  # names only on the 25 most central dots, so the picture stays readable
    text=nodes["name"].where(nodes["score"].rank(ascending=False, method="first") <= 25, ""),
    hover=[
        f"<b>{plot(n)}</b><br>{org_type(k)} · {t(size_by)} {s:.3g}"
        for n, k, s in zip(nodes["name"], nodes["type"], nodes["score"])
    ],
)
edges = edges.assign(
    hover=[
        f"<b>{plot(a)}</b> {relation(r)} <b>{plot(b)}</b> ({n})<br><i>{plot(s[:90])}</i>"
        for a, r, b, n, s in zip(
            edges["source_name"], edges["type"], edges["target_name"], edges["facts"], edges["sentence"]
        )
    ]
)
graph_col, side_col = st.columns([5, 2])
with graph_col:
    selection = charts.show(charts.network(nodes, edges, group=colour_by), key="network", select=True)
with side_col:
    st.markdown(f"**{t('most_central')}** ({t(size_by)})")
    ranking = data["ranking"]
    st.dataframe(
        ranking.assign(type=[org_type(x) for x in ranking["type"]])[["name", "type", "score"]].rename(
            columns={"name": t("col_name"), "type": t("col_type"), "score": t("col_score")}
        ),
        hide_index=True,
        width="stretch",
        column_config={
            t("col_name"): st.column_config.TextColumn(width="medium"),
            t("col_score"): st.column_config.NumberColumn(format="%.3f", width="small"),
        },
    )

points = selection.selection.points if selection else []
clicked = [p["customdata"][0] for p in points if isinstance(p.get("customdata"), list)]  # dots, not edge midpoints
if clicked:  # a clicked organisation lists its relations with their sentences
    profile = state.load(pagedata.organisation_profile, clicked[-1], raw)
    if profile:
        st.subheader(f"{md(profile['name'])} · {org_type(profile['type'])}")
        relations_table(profile["relations"], key="network_relations")
