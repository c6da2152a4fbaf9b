"""Tables that end in evidence: every fact row shows its sentence and links to its article.

Shared by the pages so a fact looks the same wherever it is listed, and a
selected row always opens the same quote card.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from aigraph.core.money import MoneyTotals, money_text
from aigraph.dashboard import pagedata, state
from aigraph.dashboard.formatting import value_text
from aigraph.dashboard.i18n import direction, lang, org_type, relation, t
from aigraph.dashboard.names import shown_name, shown_names
from aigraph.dashboard.safe import md, md_link, web_urls


def _date(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def quote_card(sentence: str, title: str | None, url: str | None, when: object, caption: str) -> None:
    """The sentence a fact was read from, with its article: the end point of every click-through."""
    with st.container(border=True):
        st.caption(md(caption))
        st.markdown(f"> {md(sentence or '–')}")
        st.caption(f":material/article: {md_link(title or url or '', url)} · {_date(when)}")


def money_breakdown(totals: MoneyTotals) -> list[str]:
    """How a total was reached: amounts as stated, each currency converted (with its rate-years), and
    amounts no rate could convert (shown, never silently left out)."""
    code, language = totals.currency, lang()
    lines = []
    if totals.stated_deals:
        lines.append(
            t(
                "stated_part",
                currency=code,
                amount=money_text(totals.stated, code, language),
                n=t("matching", n=totals.stated_deals),
            )
        )
    for part in totals.converted:
        lines.append(
            t(
                "converted_part",
                amount=money_text(part.amount, part.currency, language),
                value=money_text(part.value, code, language),
                n=t("matching", n=part.deals),
                years="·".join(str(y) for y in part.rate_years),
            )
        )
    for left in totals.unconverted:
        lines.append(
            t(
                "unconverted_part",
                amount=money_text(left.amount, left.currency, language),
                n=t("matching", n=left.deals),
            )
        )
    if totals.unpriced_deals:
        lines.append(t("unpriced_part", n=t("matching", n=totals.unpriced_deals)))
    return lines


def other_reports_text(reports: list[dict]) -> str:
    """The differing reports of one deal, each with its amount, period and source article."""
    lines = []
    for report in reports or []:
        period = t("period_suffix", years=f"{report['period_years']:g}") if report.get("period_years") else ""
        lines.append(
            t(
                "other_report",
                amount=money_text(report.get("amount"), report.get("currency"), lang()),
                period=period,
                source=report.get("article_title") or report.get("url") or (report.get("articles") or ["?"])[0],
            )
        )
    return "\n".join(lines)


def reports_cell(differ: object, reports: list[dict]) -> str:
    """Short enough for its column: the marker and the other reports' amounts (the row's note has their sources)."""
    if not bool(differ):
        return ""
    return "⚠ " + " · ".join(money_text(r.get("amount"), r.get("currency"), lang()) for r in reports)


def differing_reports_note(row: pd.Series) -> None:
    """Under a selected fact: the other reports of the same deal (article titles are untrusted: plain text)."""
    if bool(row["reports_differ"]):
        st.warning(t("reports_differ"))
        st.text(other_reports_text(row["other_reports"]))


def _money_columns(facts: pd.DataFrame, currency: pagedata.Currency) -> dict[str, list[str]]:
    """A fact's amount as stated, its value in the display currency (converted or not) and differing reports."""
    value = pagedata.value_column(currency)
    return {
        t("col_amount"): [
            money_text(a, c, lang()) if pd.notna(a) else "" for a, c in zip(facts["amount"], facts["currency"])
        ],
        currency: [
            value_text(v, currency, c, y, lang()) if pd.notna(a) else ""
            for a, v, c, y in zip(facts["amount"], facts[value], facts["currency"], facts["fx_year"])
        ],
        t("col_reports"): [reports_cell(d, r) for d, r in zip(facts["reports_differ"], facts["other_reports"])],
    }


def _picked_row(
    shown: pd.DataFrame, currency: str, *, key: str, extra_config: dict[str, Any] | None = None
) -> int | None:
    """Show a table of facts, one row selectable; the picked row's position, if any."""
    event = st.dataframe(
        shown,
        hide_index=True,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            t("col_amount"): st.column_config.TextColumn(width="medium"),
            currency: st.column_config.TextColumn(width="medium"),
            t("col_reports"): st.column_config.TextColumn(width="medium"),
            t("col_date"): st.column_config.TextColumn(width="small"),
            t("col_evidence"): st.column_config.TextColumn(width="large"),
            t("col_link"): st.column_config.LinkColumn(display_text="↗"),
            **(extra_config or {}),
        },
    )
    rows = event.selection.rows if event else []
    return rows[0] if rows else None


def investments_with_evidence(table: pd.DataFrame, currency: pagedata.Currency, *, key: str = "investments") -> None:
    """Investments as a table; selecting a row shows its sentence and article (and any differing reports)."""
    shown = pd.DataFrame(
        {
            t("col_investor"): shown_names(table["investor"]),
            t("col_recipient"): shown_names(table["recipient"]),
            **_money_columns(table, currency),
            t("col_period"): pd.to_numeric(table["period_years"], errors="coerce"),
            t("col_date"): [_date(w) for w in table["when"]],
            t("col_evidence"): table["sentence"],
            t("col_link"): web_urls(table["url"]),
        }
    )
    st.caption(t("matching", n=len(table)) + " · " + t("pick_row"))
    picked = _picked_row(
        shown, currency, key=key, extra_config={t("col_period"): st.column_config.NumberColumn(format="%.0f")}
    )
    if picked is not None:
        row = table.iloc[picked]
        caption = f"{shown_name(row['investor'])} → {shown_name(row['recipient'])} · {money_text(row['amount'], row['currency'], lang())}"
        quote_card(row["sentence"], row["article_title"], row["url"], row["when"], caption)
        differing_reports_note(row)


def relations_table(relations: pd.DataFrame, *, key: str) -> None:
    """An organisation's facts in and out, each with its quote, article, date and link; a row opens the quote.

    ``relations`` is ``pagedata.organisation_profile``'s: investments carry their value in the display currency
    and their differing reports.
    """
    currency = state.currency()
    shown = pd.DataFrame(
        {
            t("col_direction"): [direction(d, x) for d, x in zip(relations["direction"], relations["type"])],
            t("col_relation"): [relation(x) for x in relations["type"]],
            t("col_other"): shown_names(relations["other"]),
            t("col_type"): [org_type(x) for x in relations["other_type"]],
            **_money_columns(relations, currency),
            t("col_date"): [_date(w) for w in relations["when"]],
            t("col_evidence"): relations["sentence"],
            t("col_article"): relations["article_title"],
            t("col_link"): web_urls(relations["url"]),
        }
    )
    picked = _picked_row(shown, currency, key=key)
    if picked is not None:
        row = relations.iloc[picked]
        quote_card(
            row["sentence"], row["article_title"], row["url"], row["when"], f"{relation(row['type'])} · {row['other']}"
        )
        differing_reports_note(row)
