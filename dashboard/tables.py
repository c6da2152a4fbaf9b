"""Tables that end in evidence: every fact row shows its sentence and links to its article.

Shared by the pages so a fact looks the same wherever it is listed, and a
selected row always opens the same quote card.
"""
from __future__ import annotations

from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.formatting import money
from dashboard.i18n import lang, org_type, relation, t
from dashboard.safe import md, md_link, web_urls
from graph import views


def _date(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def profile_link(name: str) -> str:
    """A link to the organisation's profile page (relative, so it works behind any host or port)."""
    return f"profile?org={quote(name)}"


def quote_card(sentence: str, title: str | None, url: str | None, when: object, caption: str) -> None:
    """The sentence a fact was read from, with its article: the end point of every click-through."""
    with st.container(border=True):
        st.caption(md(caption))
        st.markdown(f"> {md(sentence or '–')}")
        st.caption(f":material/article: {md_link(title or url or '', url)} · {_date(when)}")


def investments_with_evidence(table: pd.DataFrame, currency: views.Currency, *, key: str = "investments") -> None:
    """Investments as a table; selecting a row shows its sentence and article."""
    value = views.value_column(currency)
    shown = pd.DataFrame({
        t("col_investor"): table["investor"],
        t("col_recipient"): table["recipient"],
        t("col_amount"): [money(a, c, lang()) for a, c in zip(table["amount"], table["currency"])],
        currency: [money(v, currency, lang()) for v in table[value]],
        t("col_period"): table["period_years"],
        t("col_date"): [_date(w) for w in table["when"]],
        t("col_evidence"): table["sentence"],
        t("col_link"): web_urls(table["url"]),
    })
    st.caption(t("matching", n=len(table)) + " · " + t("pick_row"))
    event = st.dataframe(
        shown,
        hide_index=True,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            t("col_evidence"): st.column_config.TextColumn(width="large"),
            t("col_period"): st.column_config.NumberColumn(format="%.0f"),
            t("col_link"): st.column_config.LinkColumn(display_text="↗"),
        },
    )
    rows = event.selection.rows if event else []
    if rows:
        row = table.iloc[rows[0]]
        caption = f"{row['investor']} → {row['recipient']} · {money(row['amount'], row['currency'], lang())}"
        quote_card(row["sentence"], row["article_title"], row["url"], row["when"], caption)


def relations_table(relations: pd.DataFrame, *, key: str) -> None:
    """An organisation's facts in and out, each with its quote, article, date and link; a row opens the quote."""
    shown = pd.DataFrame({
        t("col_direction"): [t("outgoing") if d == "out" else t("incoming") for d in relations["direction"]],
        t("col_relation"): [relation(x) for x in relations["type"]],
        t("col_other"): relations["other"],
        t("col_type"): [org_type(x) for x in relations["other_type"]],
        t("col_amount"): [money(a, c, lang()) if pd.notna(a) else "" for a, c in zip(relations["amount"], relations["currency"])],
        t("col_date"): [_date(w) for w in relations["when"]],
        t("col_evidence"): relations["sentence"],
        t("col_article"): relations["article_title"],
        t("col_link"): web_urls(relations["url"]),
    })
    event = st.dataframe(
        shown, hide_index=True, key=key, on_select="rerun", selection_mode="single-row",
        column_config={t("col_evidence"): st.column_config.TextColumn(width="large"),
                       t("col_link"): st.column_config.LinkColumn(display_text="↗")},
    )
    rows = event.selection.rows if event else []
    if rows:
        row = relations.iloc[rows[0]]
        quote_card(row["sentence"], row["article_title"], row["url"], row["when"], f"{relation(row['type'])} · {row['other']}")
