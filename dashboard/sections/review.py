"""Review: what most needs a human, with its evidence and one-click decisions (with ``--allow-curation``).

The queue (``Graph.review_queue``): rejected facts that new articles state
again, reports that differ, likely duplicate entities, low confidence, large
amounts from one article.  Every name, reason and sentence is shown as text.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aigraph.dashboard import curating, state
from aigraph.dashboard.i18n import t
from aigraph.dashboard.safe import md

MAX_ITEMS = 50

st.title(t("page_review"))
graph = state.graph()
writable = curating.allowed()
if not writable:
    st.info(t("review_read_only"), icon=":material/lock:")
message = st.session_state.pop("review_message", None)
if message:
    (st.success if message[0] == "success" else st.error)(message[1])


def _reason(key: str) -> str:
    return st.session_state.get(f"reason-{key}") or t("review_reason_default")


st.subheader(t("review_queue"))
queue = graph.review_queue()
if queue.empty:
    st.caption(t("review_empty"))
for number, item in enumerate(queue.head(MAX_ITEMS).to_dict("records")):
    with st.container(border=True):
        st.markdown(f"**{md(item['what'])}**")
        st.caption(f"{md(item['why'])} · `{md(item['id'])}`")
        for sentence in item["sentences"] or []:
            st.markdown(f"> {md(sentence)}")
        if not writable:
            continue
        key = f"{number}-{item['id']}"
        st.text_input(t("review_reason"), key=f"reason-{key}", placeholder=t("review_reason_default"))
        buttons = st.columns(4)
        if item["kind"] == "fact":
            if buttons[0].button(t("review_confirm"), key=f"confirm-{key}", icon=":material/check:"):
                curating.decide("confirm", item["id"], _reason(key))
            if buttons[1].button(t("review_reject"), key=f"reject-{key}", icon=":material/close:"):
                curating.decide("reject", item["id"], _reason(key))
        else:
            first, second = item["names"]
            for column, (a, b, merged, into) in zip(
                buttons[:2],
                ((first, second, item["id"], item["other_id"]), (second, first, item["other_id"], item["id"])),
                strict=True,
            ):
                if column.button(t("review_merge", a=md(a), b=md(b)), key=f"merge-{key}-{merged}"):
                    curating.decide("merge", merged, into, _reason(key))

if state.raw():  # the sidebar switch
    st.subheader(t("review_rejected"))
    rejected = graph.rejected_facts()
    st.dataframe(rejected, hide_index=True, width="stretch")
    st.subheader(t("review_edited"))
    edited = graph.edited_facts()
    st.dataframe(
        pd.DataFrame([{"id": fid, **values} for fid, values in edited.items()]), hide_index=True, width="stretch"
    )

st.subheader(t("review_decisions"))
decisions = graph.decisions()
st.dataframe(decisions.drop(columns=["payload"]), hide_index=True, width="stretch")
if writable:
    for row in decisions.head(MAX_ITEMS).to_dict("records"):
        if row["kind"] == "undo" or row["undone_by"]:
            continue
        if st.button(f"{t('review_undo')}: {row['kind']} {md(row['subject'])}", key=f"undo-{row['id']}"):
            curating.decide("undo", row["id"], t("review_reason_default"))
