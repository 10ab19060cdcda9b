"""What makes a chart citable: a title naming the pair and the measure, a subtitle with the unit and
what the points are, a source line, and any active filter (Our World in Data's Grapher is the model).

Pure functions: a figure in, a new figure out, the same on screen and in PNG/SVG exports.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
from pydantic import BaseModel
from slugify import slugify

from .provenance import outlet_names, when

APP_NAME = "Trade target tracker"
EXPORT_SIZE = (1200, 675)
MAX_OUTLETS = 4
FOOTER_COLOUR = "#52606d"
WRAP = 150


class Citation(BaseModel):
    """The words around a chart: title, subtitle, source line and filters."""

    title: str
    subtitle: str
    source: str
    filters: str = ""


def source_line(sources: pd.DataFrame) -> str:
    """ "Source: 5 news articles (Daily Sabah, Kazinform, …), compiled with Trade target tracker, as of 29 Jul 2025".

    `sources` has one row per plotted record with `article_id` (or `url`/`source`), `outlet` and `date`.
    """
    key = "article_id" if "article_id" in sources else "source"
    articles = sources[key].nunique() if len(sources) else 0
    names = outlet_names(sources)
    shown = ", ".join(names[:MAX_OUTLETS]) + (
        f" and {len(names) - MAX_OUTLETS} more" if len(names) > MAX_OUTLETS else ""
    )
    newest = pd.to_datetime(sources["date"]).max() if len(sources) else pd.NaT
    as_of = when(newest) if pd.notna(newest) else when(dt.date.today())
    noun = "news article" if articles == 1 else "news articles"
    listed = f" ({shown})" if shown else ""
    return f"Source: {articles} {noun}{listed}, compiled with {APP_NAME}, as of {as_of}"


def _lines(text: str) -> str:
    # Article-derived words go into Plotly text escaped: it reads tags like <b> and <a> in them.
    return "<br>".join(textwrap.wrap(html.escape(text), WRAP, break_on_hyphens=False))


def cite(fig: go.Figure, citation: Citation) -> go.Figure:
    """A copy of `fig` with the title, subtitle, source line and filters drawn on it."""
    cited = go.Figure(fig)
    footer = [citation.source] + ([f"Filters: {citation.filters}"] if citation.filters else [])
    footer_html = "<br>".join(_lines(line) for line in footer)
    footer_lines = footer_html.count("<br>") + 1
    # Room under the plot for the x-axis ticks (and its title, where there is one) before the footer.
    below_axis = 62 if cited.layout.xaxis.title.text else 34
    cited.add_annotation(
        name="citation",
        text=footer_html,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-below_axis,
        align="left",
        showarrow=False,
        font={"size": 12, "color": FOOTER_COLOUR},
    )
    margin = cited.layout.margin
    cited.update_layout(
        title={
            "text": f"<b>{html.escape(citation.title)}</b>",
            "subtitle": {"text": _lines(citation.subtitle), "font": {"size": 13, "color": FOOTER_COLOUR}},
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": 0.985,
            "yref": "container",
            "yanchor": "top",
            "font": {"size": 18},
        },
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"},
        margin={
            "l": margin.l if margin.l is not None else 60,
            "r": max(margin.r or 0, 40),
            "t": 120 if any(t.showlegend is not False for t in cited.data) and len(cited.data) > 1 else 95,
            "b": below_axis + 12 + 17 * footer_lines,
        },
    )
    if cited.layout.height:
        cited.layout.height = cited.layout.height + 60 + 17 * footer_lines
    return cited


def file_stem(text: str) -> str:
    """A safe file name from a title, letters transliterated: "Trade, Türkiye → Kazakhstan" ->
    "trade-turkiye-kazakhstan"."""
    return slugify(text, max_length=120, word_boundary=True) or "chart"


def for_export(fig: go.Figure, size: tuple[int, int] = EXPORT_SIZE) -> go.Figure:
    """The cited figure laid out at the export's own size, not the screen's."""
    width, height = size
    return go.Figure(fig).update_layout(width=width, height=height, autosize=False)
