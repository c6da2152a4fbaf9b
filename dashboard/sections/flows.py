"""Investment flows: who invests in whom, how much and when, down to the sentence that says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st

from aigraph.core.money import money_text
from aigraph.core.vocabulary import ORGANIZATION_SUBTYPES
from aigraph.dashboard import charts, pagedata, state
from aigraph.dashboard.formatting import chart_unit
from aigraph.dashboard.i18n import lang, org_type, t
from aigraph.dashboard.names import shown_names
from aigraph.dashboard.safe import plot
from aigraph.dashboard.tables import investments_with_evidence

st.title(t("page_flows"))
currency = state.currency()
divisor, unit = chart_unit(currency, lang())
span = state.load(pagedata.investment_span)
first, last = (span["first"], span["last"]) if span["first"] else (date(2000, 1, 1), date.today())

with st.container(border=True):
    c1, c2, c3, c4, c5 = st.columns([2, 2, 1, 1, 2])
    chosen = c1.date_input(t("date_range"), value=(first, last), min_value=date(1990, 1, 1), format="YYYY-MM-DD")
    types = c2.multiselect(
        t("org_type_filter"),
        options=[*ORGANIZATION_SUBTYPES, "Organization"],
        format_func=org_type,
        placeholder=t("all_org_types"),
    )
    minimum = c3.number_input(f"{t('min_amount')} ({unit})", min_value=0.0, value=0.0, step=10.0)
    maximum = c4.number_input(f"{t('max_amount')} ({unit})", min_value=0.0, value=None, step=10.0)
    text = c5.text_input(t("search"), placeholder=t("search_placeholder"))

since, until = chosen if isinstance(chosen, tuple) and len(chosen) == 2 else (None, None)
whole_range = (since, until) == (first, last)
filters = pagedata.InvestmentFilters(
    since=None if whole_range else since,
    until=None if whole_range else until,
    org_types=tuple(types),
    min_amount=minimum * divisor,
    max_amount=None if maximum is None else maximum * divisor,
    currency=currency,
    text=text,
    raw=state.raw(),
)
table = state.load(pagedata.investment_table, filters)
if table.empty:
    st.info(t("no_investments") if not span["investments"] else t("no_match"))
    st.stop()

st.subheader(t("sankey"))
freq = st.session_state.get("flows_freq", "Y")
flow_charts = state.load(pagedata.flow_charts, filters, freq, t("other"), span["sums"])  # read once
sankey = flow_charts["sankey"]
links = sankey["links"]
links = links.assign(
    value=links["value"] / divisor,
    hover=[
        f"<b>{plot(a)} → {plot(b)}</b><br>{money_text(v, currency, lang())} · {t('matching', n=n)}<br><i>{plot(s[:90])}</i>"
        for a, b, v, n, s in zip(
            shown_names(links["investor"]),
            shown_names(links["recipient"]),
            links["value"],
            links["deals"],
            links["sentence"],
        )
    ],
)
nodes = sankey["nodes"].assign(name=shown_names(sankey["nodes"]["name"]))
charts.show(charts.sankey(nodes, links, unit=unit), key="sankey")

st.subheader(t("timeline"))
st.radio(
    t("granularity"),
    ["Y", "M"],
    format_func=lambda f: t("by_year") if f == "Y" else t("by_month"),
    horizontal=True,
    key="flows_freq",
)
timeline = flow_charts["timeline"]
if timeline.empty:
    st.caption(t("no_dated_events"))
else:
    shown = timeline.assign(
        value=timeline["value"] / divisor,
        hover=[
            f"{money_text(v, currency, lang())} · {t('matching', n=n)}"
            for v, n in zip(timeline["value"], timeline["deals"])
        ],
    )
    fig = charts.stacked_timeline(
        shown, period="period", series="investor", type_col="investor_type", value="value", hover="hover", unit=unit
    )
    selection = charts.show(fig, key="timeline", select=True)
    points = selection.selection.points if selection else []
    if points:  # a clicked bar narrows the table to that period and investor
        period, investor = str(points[-1]["x"]), points[-1]["customdata"][1]
        start, end = pagedata.period_bounds(period)
        table = state.load(
            pagedata.investment_table,
            replace(filters, since=start, until=end, investor="" if investor == t("other") else investor),
        )

st.subheader(t("investment_table"))
investments_with_evidence(table, currency)
