"""Articles: what was ingested, what was read from each one, and one article's own small graph."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigraph.core.money import money_text
from aigraph.dashboard import charts, pagedata, state
from aigraph.dashboard.i18n import lang, org_type, relation, t
from aigraph.dashboard.names import shown_names
from aigraph.dashboard.safe import plot, web_urls

st.title(t("page_articles"))
article_language = st.segmented_control(
    t("article_language"),
    options=["ko", "en"],
    format_func=lambda c: t(f"article_language_{c}"),
    key="article_language",
)
articles = state.load(pagedata.article_list, article_language)

st.subheader(t("article_list"))
event = st.dataframe(
    articles[["title", "published", "publisher", "facts", "entities", "url"]]
    .assign(url=web_urls(articles["url"]))
    .rename(
        columns={
            "title": t("col_title"),
            "published": t("col_published"),
            "publisher": t("col_publisher"),
            "facts": t("col_facts"),
            "entities": t("col_entities"),
            "url": t("col_link"),
        }
    ),
    hide_index=True,
    key="article_table",
    on_select="rerun",
    selection_mode="single-row",
    column_config={
        t("col_link"): st.column_config.LinkColumn(display_text="↗"),
        t("col_title"): st.column_config.TextColumn(width="large"),
        t("col_published"): st.column_config.DateColumn(format="YYYY-MM-DD", width="small"),
    },
)
selected = event.selection.rows if event else []
ids = list(articles["id"])
titles = dict(zip(articles["id"], articles["title"]))
article_id = st.selectbox(
    t("pick_article"), ids, index=selected[0] if selected else 0, format_func=lambda i: titles.get(i) or i
)
data = state.load(pagedata.article_facts, article_id)
facts = data["facts"]
if facts.empty:
    st.info(t("no_facts"))
    st.stop()

graph_col, facts_col = st.columns([2, 3])
with graph_col:
    st.subheader(t("article_graph"))
    node_names = shown_names(data["nodes"]["name"])
    nodes = data["nodes"].assign(
        text=node_names, hover=[f"<b>{plot(n)}</b><br>{org_type(k)}" for n, k in zip(node_names, data["nodes"]["type"])]
    )
    edges = data["edges"].assign(
        hover=[
            f"<b>{plot(a)}</b> {relation(r)} <b>{plot(b)}</b><br><i>{plot(s[:90])}</i>"
            for a, r, b, s in zip(
                shown_names(data["edges"]["source_name"]),
                data["edges"]["type"],
                shown_names(data["edges"]["target_name"]),
                data["edges"]["sentence"],
            )
        ]
    )
    charts.show(charts.network(nodes, edges, group="type", height=460), key="article_graph")
with facts_col:
    st.subheader(t("extracted_facts"))
    st.dataframe(
        facts.assign(
            source=shown_names(facts["source"]),
            target=shown_names(facts["target"]),
            type=[relation(x) for x in facts["type"]],
            amount=[
                money_text(a, c, lang()) if pd.notna(a) else "" for a, c in zip(facts["amount"], facts["currency"])
            ],
            date=[d.isoformat() if d is not None else "" for d in facts["date"]],
        )[["source", "type", "target", "amount", "date", "sentence"]].rename(
            columns={
                "source": t("col_source"),
                "type": t("col_relation"),
                "target": t("col_target"),
                "amount": t("col_amount"),
                "date": t("col_date"),
                "sentence": t("col_evidence"),
            }
        ),
        hide_index=True,
        column_config={
            t("col_amount"): st.column_config.TextColumn(width="medium"),
            t("col_date"): st.column_config.TextColumn(width="small"),
            t("col_evidence"): st.column_config.TextColumn(width="large"),
        },
    )
