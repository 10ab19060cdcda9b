"""Streamlit pieces the pages share: the pair chooser, charts with downloads, evidence, cards."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dataset import pair_label, value_context

from . import cached, charts, provenance
from .citable import CitableChart
from .citation import file_stem
from .exports import csv_bytes
from .formatting import dated, escape_markdown, highlighted, metric_title, percent, target_text, target_when
from .formatting import figure as figure_value

DEFAULT_PAIR = "KAZ-TUR"
# A card's value carries what it covers ("$28B (first half of 2024, non-oil)"): let it wrap
# rather than be cut off with an ellipsis, a little smaller than Streamlit's default.
METRIC_STYLE = """<style>
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricValue"] { font-size: 1.75rem; line-height: 1.2; }
</style>"""


def switch_pair(pair: str) -> None:
    """Make `pair` the chosen pair from the next run on (the chooser is already drawn in this one)."""
    st.session_state["pair-next"] = pair


def choose_pair() -> str | None:
    """The sidebar's country-pair chooser; its choice holds on every page."""
    options = cached.pairs(cached.database_url())
    if not options:
        st.sidebar.info("No articles yet: upload one to start tracking.")
        return None
    if st.session_state.get("pair-next") in options:
        st.session_state["pair"] = st.session_state.pop("pair-next")
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
    st.html(METRIC_STYLE)
    return pair


def cited_chart(chart_: CitableChart, key: str) -> None:
    """A citable chart with its CSV, PNG and SVG downloads.

    The downloads carry the title, subtitle and source line drawn on the figure; on screen they are
    text around it instead, which wraps on a phone where Plotly would cut it off.
    """
    screen, title, subtitle, footer = charts.screen_copy(chart_.figure)
    st.markdown(f"**{escape_markdown(title)}**")
    st.caption(escape_markdown(subtitle))
    chart(screen, chart_.csv, chart_.name, key, export=chart_.figure)
    st.caption(escape_markdown(footer))


def chart(fig: go.Figure, data: pd.DataFrame, name: str, key: str, export: go.Figure | None = None) -> None:
    """A chart with downloads beside it: its data as CSV and the figure (or `export`) as PNG and SVG."""
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
        figure_json = (export or fig).to_json()
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


def figure_card(row: pd.Series, label: str | None = None) -> None:
    """One tracked figure: the headline reported figure, progress toward the headline target where
    they compare (whole year, whole scope), a newer part-year or part-scope figure for what it is,
    a conflicting source, and why anything is missing."""
    title = label or metric_title(row["metric"], row["direction"], row["commodity"])
    has_actual, has_target = pd.notna(row["actual_value"]), pd.notna(row["target_value"])
    has_other = pd.notna(row["other_value"])
    with st.container(border=True):
        if has_actual:
            value = dated(row["actual_value"], row["unit"], row["actual_qualifier"], row["actual_period"],
                          None, row["actual_as_of_year"])  # fmt: skip
            st.metric(title, value, help="Latest figure for a whole year and the whole metric", border=False)
        elif has_other:
            value = dated(row["other_value"], row["unit"], row["other_qualifier"], row["other_period"],
                          row["other_scope"], row["other_as_of_year"])  # fmt: skip
            st.metric(title, value, help="Only part of a year or part of the metric", border=False)
        else:
            st.metric(title, "–", help="No reported figure yet", border=False)
        if has_target:
            goal = target_text(row["target_value"], row["unit"], row["target_year"], row["target_period"])
            if pd.notna(row["progress"]):
                share = float(row["progress"])
                goal_value = figure_value(row["target_value"], row["unit"])
                when = target_when(row["target_year"], row["target_period"])
                st.progress(
                    min(max(share, 0.0), 1.0), text=f"{percent(share)} of the {goal_value} target{when}"
                )
            else:
                st.markdown(f"Target: **{escape_markdown(goal)}**")
                st.caption(escape_markdown(f"Progress: – {row['progress_note']}"))
            if pd.notna(row["needed_growth"]):
                st.caption(f"Needs {percent(row['needed_growth'])} growth a year to get there")
            else:
                st.caption(escape_markdown(f"Growth needed: – {row['growth_note']}"))
            if row["targets_in_article"] > 1:
                st.caption(
                    f"The headline of {int(row['targets_in_article'])} targets in its article; "
                    "the others are on the Progress page."
                )
        else:
            st.caption("Target: – none stated")
        if has_actual and has_other:
            newer = dated(row["other_value"], row["unit"], row["other_qualifier"], row["other_period"],
                          row["other_scope"], row["other_as_of_year"])  # fmt: skip
            st.caption(escape_markdown(f"Also reported: {newer}, not compared with the target."))
        if pd.notna(row["conflict_value"]):
            st.warning(escape_markdown(conflict_text(row)), icon=":material/warning:")
        dates = [
            (
                row[f"{side}_date"],
                provenance.source_label(row[f"{side}_outlet"], row[f"{side}_url"], row[f"{side}_source"]),
            )
            for side in ("actual", "target")
        ]
        newest = max((d for d in dates if pd.notna(d[0])), key=lambda d: d[0], default=None)
        if newest is not None:
            st.caption(escape_markdown("Newest source: " + source_line(newest[1], newest[0])))
        with st.expander("Where this comes from"):
            for side, word, present in (
                ("actual", "Reported", has_actual),
                ("other", "Also reported", has_other),
                ("target", "Target", has_target),
            ):
                if present:
                    start, end = row[f"{side}_figure"]
                    where = f"{word}: " + source_line(row[f"{side}_source"], row[f"{side}_date"])
                    evidence(row[f"{side}_evidence"], start, end, where=where)


def conflict_text(row: pd.Series) -> str:
    """ "Sources disagree on 2023: $72B (customs.txt, 2 Oct 2024) against $84B (goal.txt, 16 Sep 2024)"."""
    when = value_context(row["actual_period"], None, row["actual_as_of_year"]) or "the same period"
    shown = figure_value(row["actual_value"], row["unit"])
    other = figure_value(row["conflict_value"], row["unit"])
    here = source_line(provenance.source_label(row["actual_outlet"], row["actual_url"], row["actual_source"]),
                       row["actual_date"])  # fmt: skip
    there = source_line(
        provenance.source_label(row["conflict_outlet"], row["conflict_url"], row["conflict_source"]),
        row["conflict_date"],
    )
    return f"Sources disagree on {when}: {shown} ({here}) against {other} ({there}). Shown: the newer."


def agreements_card(summary: dict[str, object]) -> None:
    """Agreements signed for the pair, with the newest one's source; an empty state when there are none."""
    with st.container(border=True):
        if not summary["any"]:
            st.metric(
                "Agreements signed", "–", help="No agreement found in this pair's articles", border=False
            )
            st.caption("No agreements recorded for this pair yet.")
            return
        st.metric(
            "Agreements signed",
            f"{summary['documents']:,}",
            help="Documents in signed agreements and batches; planned and non-binding ones are not counted",
            border=False,
        )
        records, planned = int(summary["records"]), int(summary["planned"])  # type: ignore[call-overload]
        more = f"; {planned} more planned" if planned else ""
        st.caption(f"in {records} signing{'s' * (records != 1)}{more}")
        if summary["newest_source"] is not None:
            signed = f"; signed in {summary['newest_year']}" if summary["newest_year_stated"] else ""
            where = source_line(summary["newest_source"], summary["newest_date"])
            st.caption(escape_markdown(f"Newest source: {where}{signed}"))
            with st.expander("Where this comes from"):
                evidence(str(summary["newest_evidence"]))
