"""The analysts' dashboard: ``aigraph dashboard [--store …]`` serves this file with Streamlit.

This entry script only sets up the shell — page config, the language and
currency switches, navigation; each page lives in ``dashboard/sections`` (not ``pages/``, which Streamlit would also list on its own) and
reads the graph through ``dashboard.state`` (and so through ``graph/``).
"""

from __future__ import annotations

import streamlit as st

from aigraph.dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from aigraph.dashboard.state import store_spec

st.set_page_config(page_title="aigraph", page_icon=":material/hub:", layout="wide", initial_sidebar_state="expanded")

st.session_state.setdefault("lang", DEFAULT_LANGUAGE)
st.session_state.setdefault("currency", "KRW")
st.session_state.setdefault("raw", False)

with st.sidebar:
    st.markdown(f"### :material/hub: {t('app_title')}")
    st.segmented_control(t("language"), options=list(LANGUAGES), format_func=lambda code: LANGUAGES[code], key="lang")
    st.segmented_control(t("currency"), options=["KRW", "USD"], key="currency")
    st.toggle(t("review_raw"), help=t("review_raw_help"), key="raw")

PAGES = [
    st.Page(
        "sections/overview.py", title=t("page_overview"), icon=":material/insights:", url_path="overview", default=True
    ),
    st.Page("sections/flows.py", title=t("page_flows"), icon=":material/payments:", url_path="flows"),
    st.Page("sections/network.py", title=t("page_network"), icon=":material/share:", url_path="network"),
    st.Page("sections/profile.py", title=t("page_profile"), icon=":material/apartment:", url_path="profile"),
    st.Page("sections/articles.py", title=t("page_articles"), icon=":material/article:", url_path="articles"),
    st.Page("sections/whats_new.py", title=t("page_whats_new"), icon=":material/new_releases:", url_path="whats-new"),
    st.Page("sections/review.py", title=t("page_review"), icon=":material/fact_check:", url_path="review"),
    st.Page("sections/console.py", title=t("page_console"), icon=":material/terminal:", url_path="console"),
]
page = st.navigation(PAGES)

with st.sidebar:
    st.caption(f"{t('store')}: `{store_spec()}`")

page.run()
