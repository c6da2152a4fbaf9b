"""Organisation profile: one organisation under any of its names, every relation with its quote, and its timeline."""

from __future__ import annotations

import streamlit as st

from aigraph.dashboard import charts, pagedata, state
from aigraph.dashboard.i18n import org_type, t
from aigraph.dashboard.names import shown_name
from aigraph.dashboard.safe import md
from aigraph.dashboard.tables import relations_table

st.title(t("page_profile"))
index = state.load(pagedata.organisation_index)
labels = {row.name: " · ".join([row.name, *row.aliases]) for row in index.itertuples()}
wanted = st.query_params.get("org")
choice = st.selectbox(
    t("find_org"),
    list(labels),
    index=None,
    format_func=lambda name: labels[name],  # typing filters on this text, so any alias finds its organisation
    placeholder=t("find_org_placeholder"),
)
name = choice or wanted or (index["name"].iloc[0] if len(index) else None)
if name is None:
    st.stop()
shown = st.session_state.get("profile_shown", {}).get(name, pagedata.PROFILE_FIRST)  # raised by "show more"
profile = state.load(pagedata.organisation_profile, name, state.raw(), shown)
if profile is None:
    st.warning(t("not_found", name=md(name)))
    st.stop()

colour = charts.type_colour(profile["type"])
st.markdown(f"## {md(shown_name(profile['name']))}")
st.markdown(  # the badge holds only our own words; names from articles never go through HTML
    f"<span style='background:{colour};color:white;padding:2px 10px;border-radius:10px'>{org_type(profile['type'])}</span>",
    unsafe_allow_html=True,
)
if profile["aliases"]:
    st.markdown(f"{t('aliases')}: " + ", ".join(md(alias) for alias in profile["aliases"]))
relations = profile["relations"]
c1, c2, c3 = st.columns(3)
c1.metric(t("relations"), profile["relation_count"])
c2.metric(t("articles"), profile["mention_count"])
founded = profile["founded"]
c3.metric(t("founded"), founded["date"] if founded else "–")
if founded:  # the sentence that dates it, and any article that dates it otherwise
    st.caption(t("founded_source", n=len(founded["articles"])) + " " + md(founded["evidence"]))
    if founded["differing"]:
        differing = ", ".join(f"{when} ({len(ids)})" for when, ids in founded["differing"].items())
        st.caption(f"{t('reports_differ')}: {md(differing)}")

st.subheader(t("events"))
events = profile["events"]
if events.empty:
    st.caption(t("no_dated_events"))
else:
    charts.show(charts.events(events), key="events")

st.subheader(t("relations"))
relations_table(relations, key="profile_relations")
if profile["more"]:
    st.caption(t("profile_latest", n=len(relations)))
    if st.button(t("show_more_facts"), key="profile_more"):  # the rest of the latest-dated facts each way
        st.session_state["profile_shown"] = {name: pagedata.PROFILE_ROWS}
        st.rerun()

st.subheader(t("review_history"))
history = state.graph().history(profile["id"])
if history.empty:
    st.caption(t("review_no_history"))
else:
    st.dataframe(history.drop(columns=["payload"]), hide_index=True, width="stretch")
