"""Every chart of the dashboard: one colour per organisation type, one look, one way to show.

Pages never call Plotly directly; they pass tidy frames from ``dashboard.pagedata``
to a builder here and hand the figure to ``show``.  That keeps a company
teal and a university purple on every page and in every language.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from aigraph.dashboard.i18n import org_type, relation
from aigraph.dashboard.safe import plot

# Okabe & Ito's colour-blind-safe palette (plus grey for untyped organisations): every pair of types stays
# apart under protanopia, deuteranopia and tritanopia (tests/test_charts.py simulates them).
TYPE_COLOURS: dict[str, str] = {
    "BusinessGroup": "#0072B2",
    "Company": "#009E73",
    "ResearchLab": "#D55E00",
    "University": "#CC79A7",
    "GovernmentAgency": "#E69F00",
    "Investor": "#56B4E9",
    "Organization": "#555555",
    "Person": "#F0E442",
    "Technology": "#000000",
}
COMMUNITY_COLOURS: Sequence[str] = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
EDGE_COLOUR = "#b8c2cc"
FONT = "Noto Sans CJK KR, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif"
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}


def type_colour(type_name: str | None) -> str:
    return TYPE_COLOURS.get(type_name or "Organization", TYPE_COLOURS["Organization"])


def _shade(hex_colour: str, step: int) -> str:
    """The type colour, lighter or darker by ``step``, so several investors of one type stay apart."""
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, light, s = colorsys.rgb_to_hls(r, g, b)
    light = min(0.85, max(0.2, light + (0.12 * ((step + 1) // 2) * (1 if step % 2 else -1))))
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, light, s))


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _style(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        font={"family": FONT, "size": 13},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"font": {"family": FONT}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    return fig


def show(fig: go.Figure, *, key: str | None = None, select: bool = False) -> Any:
    """Render a figure; with ``select`` a click reruns the page and returns the selection."""
    if select:
        return st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG, on_select="rerun", selection_mode="points")
    return st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG)


def _horizontal_axis_title(fig: go.Figure, unit: str) -> go.Figure:
    """The value axis's unit written horizontally above it (a rotated Korean title is hard to read), under the legend."""
    fig.add_annotation(
        text=unit,
        xref="paper",
        yref="paper",
        x=0,
        y=1.0,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"size": 12},
        name="axis-unit",
    )
    fig.update_layout(margin={"t": 90}, legend={"y": 1.1})
    return fig


def ranking_bar(frame: pd.DataFrame, *, name: str, value: str, type_col: str, hover: str, unit: str) -> go.Figure:
    """Horizontal bars, largest on top, each coloured by the organisation's type."""
    ordered = frame.iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=ordered[value],
            y=ordered[name].map(plot),
            orientation="h",
            marker_color=[type_colour(t) for t in ordered[type_col]],
            customdata=ordered[[hover, type_col]].assign(**{type_col: ordered[type_col].map(org_type)}).to_numpy(),
            hovertemplate="<b>%{y}</b><br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        )
    )
    fig.update_xaxes(title=unit, gridcolor="#eef1f4")
    fig.update_yaxes(automargin=True)
    return _style(fig, height=max(260, 34 * len(frame) + 60))


def donut(frame: pd.DataFrame, *, type_col: str, value: str) -> go.Figure:
    fig = go.Figure(
        go.Pie(
            labels=[org_type(t) for t in frame[type_col]],
            values=frame[value],
            hole=0.55,
            marker={"colors": [type_colour(t) for t in frame[type_col]]},
            sort=False,
            textinfo="label+value",
            automargin=True,  # outside labels widen the margins instead of being cut off
            hovertemplate="%{label}: %{value:,}<extra></extra>",
        )
    )
    fig.update_layout(showlegend=False)
    return _style(fig, height=320)


def sankey(nodes: pd.DataFrame, links: pd.DataFrame, *, unit: str) -> go.Figure:
    """Investors on the left, recipients on the right; node colour is the organisation type."""
    colours = [type_colour(t) for t in nodes["type"]]
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": [plot(n) for n in nodes["name"]],
                "color": colours,
                "pad": 14,
                "thickness": 16,
                "line": {"width": 0},
                "customdata": [org_type(t) for t in nodes["type"]],
                "hovertemplate": "<b>%{label}</b><br>%{customdata}<extra></extra>",
            },
            link={
                "source": list(links["source"]),
                "target": list(links["target"]),
                "value": list(links["value"]),
                "color": [_rgba(colours[s], 0.35) for s in links["source"]],
                "customdata": list(links["hover"]),
                "hovertemplate": "%{customdata}<extra></extra>",
            },
        )
    )
    fig.update_layout(title={"text": unit, "font": {"size": 12}, "x": 1, "xanchor": "right"})
    tallest_side = int(nodes["side"].value_counts().max()) if len(nodes) else 1
    return _style(fig, height=max(360, 28 * tallest_side + 80))


def stacked_timeline(
    frame: pd.DataFrame, *, period: str, series: str, type_col: str, value: str, hover: str, unit: str
) -> go.Figure:
    """Stacked bars per period, one series per investor, shaded within its type's colour."""
    fig = go.Figure()
    step_by_type: dict[str, int] = {}
    for name, part in frame.groupby(series, sort=False):
        kind = part[type_col].iloc[0]
        step = step_by_type.get(kind, 0)
        step_by_type[kind] = step + 1
        fig.add_bar(
            x=part[period],
            y=part[value],
            name=plot(name),
            marker_color=_shade(type_colour(kind), step),
            customdata=part[[hover, series]].to_numpy(),
            hovertemplate=f"<b>{plot(name)}</b><br>%{{x}}<br>%{{customdata[0]}}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(gridcolor="#eef1f4")
    fig.update_xaxes(type="category")
    return _horizontal_axis_title(_style(fig, height=400), unit)


def network(nodes: pd.DataFrame, edges: pd.DataFrame, *, group: str, height: int = 620) -> go.Figure:
    """Organisations as dots sized by centrality, relations as lines; one legend entry per group.

    ``group`` is the node column that picks the colour: ``type`` (the shared
    type palette) or ``community``.  Nodes need ``x, y, size, text, hover, id``;
    edges ``x0, y0, x1, y1, xm, ym, type, hover`` (hover sits on each edge's midpoint).
    """
    fig = go.Figure()
    for rel_type, part in edges.groupby("type", sort=True):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for row in part.itertuples():
            xs += [row.x0, row.x1, None]
            ys += [row.y0, row.y1, None]
        fig.add_scatter(
            x=xs,
            y=ys,
            mode="lines",
            line={"width": 1, "color": EDGE_COLOUR},
            hoverinfo="skip",
            name=relation(str(rel_type)),
            legendgroup="edges",
            showlegend=False,
        )
        fig.add_scatter(
            x=part["xm"],
            y=part["ym"],
            mode="markers",
            marker={"size": 6, "color": EDGE_COLOUR, "opacity": 0.01},
            customdata=part["hover"],
            hovertemplate="%{customdata}<extra></extra>",
            showlegend=False,
        )
    for key, part in nodes.groupby(group, sort=True):
        if group == "type":
            colour, label = type_colour(str(key)), org_type(str(key))
        else:
            colour, label = COMMUNITY_COLOURS[int(key) % len(COMMUNITY_COLOURS)], f"#{int(key) + 1}"
        fig.add_scatter(
            x=part["x"],
            y=part["y"],
            mode="markers+text",
            name=label,
            text=part["text"].map(plot),
            textposition="top center",
            textfont={"size": 11},
            marker={"size": part["size"], "color": colour, "line": {"width": 1, "color": "white"}},
            customdata=part[["id", "hover"]].to_numpy(),
            hovertemplate="%{customdata[1]}<extra></extra>",
        )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    fig.update_layout(dragmode="pan", hovermode="closest")
    return _style(fig, height=height)


def events(frame: pd.DataFrame) -> go.Figure:
    """An organisation's dated facts: one row per relation type, one dot per fact in the counterpart's type colour."""
    rows = frame.assign(relation=[relation(x) for x in frame["type"]])
    fig = go.Figure()
    for kind, part in rows.groupby("other_type", sort=True):
        fig.add_scatter(
            x=part["when"],
            y=part["relation"],
            mode="markers",
            name=org_type(str(kind)),
            marker={"size": 14, "color": type_colour(str(kind)), "line": {"width": 1, "color": "white"}},
            customdata=part[["other", "sentence"]].map(plot).to_numpy(),
            hovertemplate="<b>%{customdata[0]}</b> · %{x|%Y-%m-%d}<br><i>%{customdata[1]}</i><extra></extra>",
        )
    first, last = pd.Timestamp(min(rows["when"])), pd.Timestamp(max(rows["when"]))
    margin = max(pd.Timedelta(days=45), (last - first) * 0.05)  # a few close events still get a readable date axis
    fig.update_xaxes(type="date", tickformat="%Y-%m-%d", range=[first - margin, last + margin], gridcolor="#eef1f4")
    fig.update_yaxes(type="category")
    return _style(fig, height=max(220, 60 * rows["relation"].nunique() + 100))
