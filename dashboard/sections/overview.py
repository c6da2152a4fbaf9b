"""Overview: how big the graph is, how much money it tracks, and who gives and gets the most."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigraph.core.money import money_text
from aigraph.dashboard import charts, pagedata, state
from aigraph.dashboard.formatting import chart_unit, count
from aigraph.dashboard.i18n import lang, org_type, t
from aigraph.dashboard.safe import from_plot
from aigraph.dashboard.tables import investments_with_evidence, money_breakdown

st.title(t("page_overview"))
currency = state.currency()
raw = state.raw()
data = state.load(pagedata.raw_overview if raw else pagedata.overview, currency)

cols = st.columns([1, 1, 1, 1, 2, 2])
cols[0].metric(t("organisations"), count(data["organisations"]))
cols[1].metric(t("people"), count(data["people"]))
cols[2].metric(t("articles"), count(data["articles"]))
cols[3].metric(t("investments"), count(data["investments"]))
for column, code in ((cols[4], "KRW"), (cols[5], "USD")):
    totals = data["totals"][code]
    column.metric(t(f"total_{code.lower()}"), money_text(totals.total, code, lang()))
    column.caption("  \n".join(money_breakdown(totals)))
if data["conflicts"]:
    st.warning(t("reports_differ_count", n=t("matching", n=data["conflicts"])), icon=":material/difference:")

run = data["last_run"]
latest = data["latest_ingest"]
latest_text = t("last_article", when=pd.Timestamp(latest).strftime("%Y-%m-%d %H:%M")) if latest is not None else ""
if run:
    finished = run["finished_at"] or run["started_at"]
    st.caption(
        f":material/schedule: {t('last_ingest')}: {finished:%Y-%m-%d %H:%M} · {run['status']} · `{run['id']}` · {latest_text}"
    )
else:
    st.caption(f":material/schedule: {t('last_ingest')}: {t('no_ingest_run')} · {latest_text}")

divisor, unit = chart_unit(currency, lang())
left, right = st.columns(2)
picked: list[tuple[str, str]] = []
for column, key, side in ((left, "top_investors", "investor"), (right, "top_recipients", "recipient")):
    with column:
        st.subheader(t(key))
        ranking = data[key]
        if ranking.empty:
            st.info(t("no_investments"))
            continue
        shown = ranking.assign(
            value=ranking["total"] / divisor,
            hover=[
                f"{money_text(v, currency, lang())} · {t('matching', n=d)}"
                for v, d in zip(ranking["total"], ranking["deals"])
            ],
        )
        fig = charts.ranking_bar(shown, name="name", value="value", type_col="type", hover="hover", unit=unit)
        selection = charts.show(fig, key=key, select=True)
        picked += [(side, from_plot(p["y"])) for p in (selection.selection.points if selection else [])]

if picked:
    side, name = picked[-1]
    chosen = pagedata.InvestmentFilters(
        currency=currency,
        investor=name if side == "investor" else "",
        recipient=name if side == "recipient" else "",
        raw=raw,
    )
    table = state.load(pagedata.investment_table, chosen)
    investments_with_evidence(table[table[side] == name], currency)

st.subheader(t("org_types"))
types = data["org_types"]
donut_col, legend_col = st.columns([2, 1])
with donut_col:
    charts.show(charts.donut(types, type_col="type", value="count"), key="org_types")
with legend_col:
    st.dataframe(
        pd.DataFrame({t("col_type"): [org_type(x) for x in types["type"]], t("organisations"): types["count"]}),
        hide_index=True,
    )
