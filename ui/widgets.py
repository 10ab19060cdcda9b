"""Streamlit pieces the pages share: the pair chooser, charts with downloads, evidence, cards."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dataset import pair_label

from . import cached, charts
from .citable import CitableChart
from .citation import file_stem
from .exports import csv_bytes
from .formatting import escape_markdown, highlighted, metric_title, percent, with_qualifier
from .formatting import figure as format_figure

DEFAULT_PAIR = "KAZ-TUR"


def choose_pair() -> str | None:
    """The sidebar's country-pair chooser; its choice holds on every page."""
    options = cached.pairs(cached.database_url())
    if not options:
        st.sidebar.info("No articles yet: upload one to start tracking.")
        return None
    if st.session_state.get("pair") not in options:
        st.session_state["pair"] = DEFAULT_PAIR if DEFAULT_PAIR in options else options[0]
    return st.sidebar.selectbox("Country pair", options, format_func=pair_label, key="pair")


def current_pair() -> str | None:
    """The pair chosen in the sidebar."""
    return st.session_state.get("pair")


def page_for_pair(title: str | None, caption: str | None = None) -> str:
    """A page's title and the chosen pair; stops the page with a hint when the store is empty.

    `title=None` makes the pair itself the title.
    """
    pair = current_pair()
    st.title(title or (pair_label(pair) if pair else "Trade target tracker"))
    if pair is None:
        st.info("The store holds no articles yet. Add some on the Upload page.")
        st.stop()
    st.caption(caption or pair_label(pair))
    return pair


def cited_chart(chart_: CitableChart, key: str) -> None:
    """A citable chart (title, subtitle, source line) with its CSV, PNG and SVG downloads."""
    chart(chart_.figure, chart_.csv, chart_.name, key)


def chart(fig: go.Figure, data: pd.DataFrame, name: str, key: str) -> None:
    """A chart with downloads beside it: its data as CSV and the figure as PNG and SVG."""
    stem = file_stem(name)
    st.plotly_chart(
        fig,
        theme=None,
        key=f"{key}-chart",
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"filename": stem, "format": "png", "scale": 2},
        },
    )
    left, right, vector, _ = st.columns([1, 1, 1, 3])
    left.download_button(
        "Data (CSV)",
        data=csv_bytes(data),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key=f"{key}-csv",
        icon=":material/table_view:",
        on_click="ignore",
    )
    if cached.png_ready():
        figure_json = fig.to_json()
        right.download_button(
            "Image (PNG)",
            data=lambda: cached.png(figure_json),
            file_name=f"{stem}.png",
            mime="image/png",
            key=f"{key}-png",
            icon=":material/image:",
            on_click="ignore",
        )
        vector.download_button(
            "Image (SVG)",
            data=lambda: cached.svg(figure_json),
            file_name=f"{stem}.svg",
            mime="image/svg+xml",
            key=f"{key}-svg",
            icon=":material/polyline:",
            on_click="ignore",
        )
    else:
        right.button(
            "Image (PNG)",
            disabled=True,
            key=f"{key}-png",
            help=charts.PngUnavailable.__doc__ or "",
        )
        st.caption(
            "PNG export needs Chromium on the server (Debian: `apt-get install chromium`); "
            "the camera icon above the chart saves a PNG from your browser."
        )


def evidence(sentence: str, start: int | None = None, end: int | None = None, where: str = "") -> None:
    """A source sentence shown as text, never as markup, with the figure in bold."""
    body = (
        highlighted(sentence, start, end)
        if start is not None and end is not None
        else escape_markdown(sentence)
    )
    st.markdown(f"> {body}")
    if where:
        st.caption(escape_markdown(where))


def source_line(source: object, date: object) -> str:
    """ "Source: file.txt, 29 Jul 2025"."""
    when = pd.Timestamp(date).strftime("%-d %b %Y") if pd.notna(date) else "no date"
    return f"{source}, {when}"


def figure_card(row: pd.Series) -> None:
    """One tracked figure: latest actual, progress toward the latest target, and its sources."""
    title = metric_title(row["metric"], row["direction"], row["commodity"])
    has_actual, has_target = pd.notna(row["actual_value"]), pd.notna(row["target_value"])
    with st.container(border=True):
        if has_actual:
            value = with_qualifier(row["actual_value"], row["unit"], row["actual_qualifier"])
            period = f" ({int(row['actual_as_of_year'])})" if pd.notna(row["actual_as_of_year"]) else ""
            st.metric(title, value, help=f"Latest reported figure{period}", border=False)
        else:
            st.metric(title, "–", help="No reported figure yet", border=False)
        if has_target:
            goal = format_figure(row["target_value"], row["unit"])
            by = f" by {int(row['target_year'])}" if pd.notna(row["target_year"]) else ""
            if has_actual:
                share = float(row["progress"])
                st.progress(min(max(share, 0.0), 1.0), text=f"{percent(share)} of the {goal} target{by}")
            else:
                st.markdown(f"Target: **{escape_markdown(goal + by)}**")
            if pd.notna(row["needed_growth"]):
                st.caption(f"Needs {percent(row['needed_growth'])} growth a year to get there")
        dates = [(row["actual_date"], row["actual_source"]), (row["target_date"], row["target_source"])]
        newest = max((d for d in dates if pd.notna(d[0])), key=lambda d: d[0], default=None)
        if newest is not None:
            st.caption(escape_markdown("Newest source: " + source_line(newest[1], newest[0])))
        with st.expander("Where this comes from"):
            for side, label, present in (
                ("actual", "Reported", has_actual),
                ("target", "Target", has_target),
            ):
                if present:
                    start, end = row[f"{side}_figure"]
                    where = f"{label}: " + source_line(row[f"{side}_source"], row[f"{side}_date"])
                    evidence(row[f"{side}_evidence"], start, end, where=where)


def agreements_card(summary: dict[str, object]) -> None:
    """Agreements signed for the pair, with the newest one's source."""
    with st.container(border=True):
        st.metric(
            "Agreements signed",
            f"{summary['documents']:,}",
            help="Documents in signed agreements and batches; planned and non-binding ones are not counted",
            border=False,
        )
        st.caption(f"in {summary['records']} signings; {summary['planned']} more planned")
        if summary["newest_source"] is not None:
            st.caption(
                escape_markdown(
                    "Newest source: " + source_line(summary["newest_source"], summary["newest_date"])
                )
            )
            with st.expander("Where this comes from"):
                evidence(str(summary["newest_evidence"]))
