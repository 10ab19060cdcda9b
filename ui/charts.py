"""Chart builders: a DataFrame in, a Plotly figure out (no Streamlit), and PNG export.

Each chart has a `*_data` function giving the exact rows it plots, which is also what its CSV
download holds, and a `*_figure` function drawing those rows.
"""

from __future__ import annotations

import html
import re
import shutil
import textwrap

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dataset import comparable_with_target, value_context

from .citation import EXPORT_SIZE, for_export
from .formatting import CURRENCY_SYMBOLS, figure_labels, percent, with_qualifier
from .formatting import figure as format_figure

# An explicit template: Streamlit's default one carries colour placeholders that only its
# front end fills in, so a server-side PNG would come out with black bars.
TEMPLATE = go.layout.Template(pio.templates["plotly_white"])
TEMPLATE.layout.font = {
    "family": "Inter, Segoe UI, Helvetica, Arial, sans-serif",
    "size": 13,
    "color": "#1f2933",
}
TEMPLATE.layout.colorway = ["#1f6feb", "#d9480f", "#2f9e44", "#7048e8", "#f59f00", "#0c8599"]
TEMPLATE.layout.margin = {"l": 60, "r": 30, "t": 60, "b": 50}
TEMPLATE.layout.hoverlabel = {"bgcolor": "white", "font": {"size": 12}}
ACTUAL_COLOUR, TARGET_COLOUR = "#1f6feb", "#d9480f"
PNG_SIZE = EXPORT_SIZE
MAX_REVISION_LABELS = 8
SECTOR_LABELS = {"unspecified": "No sector named"}


class PngUnavailable(RuntimeError):
    """No Chromium to render PNGs with; the message says how to get one."""


def _hover_text(text: object, width: int = 70) -> str:
    # Article text goes into hover labels escaped: Plotly reads tags like <b> and <a> in them.
    return "<br>".join(textwrap.wrap(html.escape(str(text or "")), width)[:6])


def progress_data(actuals: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """The rows of a progress chart: every actual and every target statement, in time order.

    `joined` marks the points a line may join: whole-year, whole-scope actuals and each article's
    headline target. The rest (a half year, non-oil trade, a sub-goal) stand alone.
    """
    columns = [
        "series",
        "x",
        "value",
        "unit",
        "year",
        "qualifier",
        "revision",
        "joined",
        "same_year",
        "date",
        "source",
        "evidence",
    ]
    # Provenance and period ride along for the chart's CSV and source line; they are not plotted.
    columns += ["period", "scope", "outlet", "url", "article_id"]
    parts = []
    for series, frame in (("actual", actuals), ("target", targets)):
        if frame.empty:
            continue
        part = frame.assign(series=series)
        if "revision" not in part:
            part["revision"] = False
        if series == "actual":
            part["joined"] = [
                comparable_with_target(p, s)
                for p, s in zip(_values(part, "period"), _values(part, "scope"), strict=True)
            ]
            # One joined point a year: another source's figure for the same year stands beside it.
            years = part["year"].astype("Int64").astype(str)
            later = part.assign(_y=years).sort_values("date", kind="stable")
            repeated = later[later["joined"]].duplicated("_y", keep="last")
            part["same_year"] = False
            part.loc[repeated[repeated].index, "same_year"] = True
            part.loc[part["same_year"], "joined"] = False
        else:
            part["joined"] = part.get("headline", True)
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=columns)
    data = pd.concat(parts, ignore_index=True)
    # An actual for a named year sits mid-year; anything else where it was reported.
    mid_year = pd.to_datetime(data["year"].astype("Int64").astype(str) + "-07-01", errors="coerce")
    yearly = (data["series"] == "actual") & data["year"].notna()
    data["x"] = mid_year.where(yearly, pd.to_datetime(data["date"]))
    data["revision"] = data["revision"].fillna(False).astype(bool)
    data["joined"] = data["joined"].fillna(False).astype(bool)
    data["same_year"] = data.get("same_year", pd.Series(False, index=data.index)).fillna(False).astype(bool)
    data["year"] = data["year"].astype("Int64")
    return data.sort_values(["series", "x"], kind="stable").reindex(columns=columns).reset_index(drop=True)


def _values(frame: pd.DataFrame, name: str) -> list[object]:
    return frame[name].tolist() if name in frame else [None] * len(frame)


# Per series and whether its points are joined: legend name, line, marker symbol.
_TRACES = (
    ("actual", "whole", "Reported, whole year", "linear", "circle"),
    ("actual", "other-source", "Reported by another source, same year", None, "circle-open-dot"),
    ("actual", "part", "Reported, part of a year or of the metric (not joined)", None, "circle-open"),
    ("target", "whole", "Headline target, as announced", "hv", "diamond"),
    ("target", "part", "Other targets in the same article", None, "diamond-open"),
)
YEARLY_TICKS_UP_TO = 12


def _label(row: pd.Series) -> str:
    text = with_qualifier(row["value"], row["unit"], row["qualifier"])
    covers = value_context(row.get("period"), row.get("scope"))
    if row["series"] == "target":
        return (
            text
            + (f" by {int(row['year'])}" if pd.notna(row["year"]) else "")
            + (f" ({row['scope']})" if isinstance(row.get("scope"), str) and row.get("scope") else "")
        )
    return text + (f" ({covers})" if covers else "")


def progress_figure(data: pd.DataFrame, title: str) -> go.Figure:
    """Whole-year actuals as a line, headline targets as a step line of announcements (revisions
    labelled above their marker); points that do not compare stand alone, unjoined."""
    fig = go.Figure()
    if "joined" not in data:
        data = data.assign(joined=True)
    same = data["same_year"] if "same_year" in data else pd.Series(False, index=data.index)
    role = (
        pd.Series("part", index=data.index)
        .mask(data["joined"], "whole")
        .mask(same.astype(bool), "other-source")
    )
    for series, kind, name, shape, symbol in _TRACES:
        rows = data[(data["series"] == series) & (role == kind)]
        if rows.empty:
            continue
        colour = ACTUAL_COLOUR if series == "actual" else TARGET_COLOUR
        labels = [_label(row) for _, row in rows.iterrows()]
        fig.add_trace(
            go.Scatter(
                x=rows["x"],
                y=rows["value"],
                name=name,
                mode="lines+markers" if shape else "markers",
                line={
                    "color": colour,
                    "shape": shape or "linear",
                    "dash": "solid" if series == "actual" else "dash",
                },
                marker={"size": 10, "symbol": symbol, "color": colour, "line": {"width": 2, "color": colour}},
                customdata=list(
                    zip(
                        labels,
                        [html.escape(str(s)) for s in rows["source"]],
                        [d.date().isoformat() for d in pd.to_datetime(rows["date"])],
                        [_hover_text(e) for e in rows["evidence"]],
                        strict=True,
                    )
                ),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}, %{customdata[2]}"
                "<br><i>%{customdata[3]}</i><extra></extra>",
            )
        )
    revisions = data[data["revision"]]
    # Labels for a handful of revisions, set above their marker with a short arrow so that the
    # text never sits on a point; beyond a handful they would bury the chart.
    for row in revisions.tail(MAX_REVISION_LABELS).itertuples():
        fig.add_annotation(
            x=row.x, y=row.value, text=f"revised to {format_figure(row.value, row.unit)}",
            showarrow=True, arrowhead=2, arrowsize=0.8, standoff=7, ax=0, ay=-34, yanchor="bottom",
            font={"color": TARGET_COLOUR}, bgcolor="rgba(255,255,255,0.85)",
        )  # fmt: skip
    unit = data["unit"].iloc[0] if len(data) else ""
    if len(data):
        # A year either side keeps one or two close points from zooming to milliseconds.
        first, last = pd.Timestamp(data["x"].min()), pd.Timestamp(data["x"].max())
        axis: dict[str, object] = {
            "range": [first - pd.DateOffset(months=9), last + pd.DateOffset(months=9)],
            "tickformat": "%Y",
        }
        if last.year - first.year <= YEARLY_TICKS_UP_TO:
            # One tick per year, at mid-year where a year's figure is drawn.
            axis.update(dtick="M12", tick0=f"{first.year - 1}-07-01", ticklabelmode="instant")
        fig.update_xaxes(**axis)
        # Headroom above the highest point for the revision labels.
        fig.update_yaxes(range=[0, float(data["value"].max()) * (1.32 if len(revisions) else 1.1)])
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title, "x": 0.01},
        legend={"orientation": "h", "y": -0.15},
        yaxis={
            "title": _unit_title(unit),
            "tickprefix": CURRENCY_SYMBOLS.get(unit, ""),
            "exponentformat": "B",
        },
        xaxis={"title": None},
        height=460,
    )
    return fig


def _unit_title(unit: str) -> str:
    names = {"t": "tonnes", "m3": "cubic metres", "count": "count", "bbl": "barrels", "USD": "US dollars"}
    return names.get(unit, unit)


def overview_data(latest: pd.DataFrame) -> pd.DataFrame:
    """Rows of the progress-toward-targets chart: every tracked figure with both actual and target."""
    # Labels as on the cards: the unit joins one where a figure is tracked in two currencies.
    labelled = latest.assign(label=figure_labels(latest)) if len(latest) else latest.assign(label="")
    rows = labelled[labelled["progress"].notna()].copy()
    return rows[
        ["label", "pair", "metric", "direction", "unit", "actual_value", "target_value", "progress"]
    ].reset_index(drop=True)


def overview_figure(data: pd.DataFrame, title: str = "Progress toward targets") -> go.Figure:
    """Horizontal bars: how far each tracked figure is toward its latest target."""
    text = [
        f"{percent(p)}  ({format_figure(a, u)} of {format_figure(t, u)})"
        for p, a, t, u in zip(
            data["progress"], data["actual_value"], data["target_value"], data["unit"], strict=True
        )
    ]
    fig = go.Figure(
        go.Bar(
            x=data["progress"],
            y=data["label"],
            orientation="h",
            text=text,
            # Inside a long bar, so the words never run over the dashed target line.
            textposition=["inside" if p >= 0.45 else "outside" for p in data["progress"]],
            insidetextanchor="end",
            insidetextfont={"color": "white"},
            marker={"color": ACTUAL_COLOUR},
            width=0.5,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.add_vline(x=1.0, line={"color": TARGET_COLOUR, "dash": "dash"}, annotation_text="target")
    top = max(1.25, float(data["progress"].max()) * 1.35) if len(data) else 1.25
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title, "x": 0.01},
        xaxis={"tickformat": ".0%", "range": [0, top], "title": None},
        yaxis={"autorange": "reversed", "title": None},
        height=max(200, 110 + 55 * len(data)),
        showlegend=False,
    )
    return fig


def sector_figure(by_sector: pd.DataFrame, title: str = "Agreements by sector") -> go.Figure:
    """Horizontal bars of agreement records per sector (documents in the hover)."""
    fig = go.Figure(
        go.Bar(
            x=by_sector["records"],
            y=[SECTOR_LABELS.get(s, s.capitalize()) for s in by_sector["sector"]],
            orientation="h",
            text=by_sector["records"],
            textposition="outside",
            customdata=[
                _shared_words(n) for n in by_sector.get("shared", pd.Series(0, index=by_sector.index))
            ],
            marker={"color": ACTUAL_COLOUR},
            width=0.6,
            hovertemplate="%{y}: %{x} agreement records%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(
        template=TEMPLATE,
        title={"text": title, "x": 0.01},
        xaxis={"title": "agreement records", "dtick": 1},
        yaxis={"autorange": "reversed", "title": None},
        height=max(200, 110 + 34 * len(by_sector)),
        showlegend=False,
    )
    return fig


def _shared_words(shared: int) -> str:
    if not shared:
        return ""
    return f"; {shared} {'is part of a batch' if shared == 1 else 'are parts of batches'} also covering other sectors"


def _plain(text: object) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", str(text or "").replace("<br>", " "))).strip()


def screen_copy(fig: go.Figure) -> tuple[go.Figure, str, str, str]:
    """A cited figure for the screen: the plot alone, with its title, subtitle and source line as text
    (in that order) for the page to show around it."""
    screen = go.Figure(fig)
    title = " ".join(_plain(screen.layout.title.text).split())
    subtitle = " ".join(_plain(screen.layout.title.subtitle.text).split())
    notes = [a for a in screen.layout.annotations if a.name == "citation"]
    footer = " ".join(_plain(notes[0].text).split()) if notes else ""
    screen.layout.annotations = [a for a in screen.layout.annotations if a.name != "citation"]
    footer_lines = (notes[0].text.count("<br>") + 1) if notes else 0
    screen.update_layout(
        title={"text": "", "subtitle": {"text": ""}},
        margin={"t": 40, "b": 40},
        height=(screen.layout.height - 60 - 17 * footer_lines) if screen.layout.height else None,
    )
    return screen, title, subtitle, footer


def chromium_path() -> str | None:
    """The browser kaleido renders with, if the machine has one."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def figure_image(fig: go.Figure, kind: str = "png", size: tuple[int, int] = PNG_SIZE) -> bytes:
    """The figure as PNG or SVG bytes at the export's own size, rendered by kaleido and Chromium."""
    if chromium_path() is None:
        raise PngUnavailable(
            "PNG export needs Chromium on the server: install it (Debian: apt-get install chromium) "
            "and restart; the chart's camera icon still saves a PNG from the browser."
        )
    import kaleido

    width, height = size
    return kaleido.calc_fig_sync(
        for_export(fig, size), opts={"format": kind, "width": width, "height": height, "scale": 1}
    )


def figure_png(fig: go.Figure, size: tuple[int, int] = PNG_SIZE) -> bytes:
    """The figure as PNG bytes (1200×675)."""
    return figure_image(fig, "png", size)


def figure_svg(fig: go.Figure, size: tuple[int, int] = PNG_SIZE) -> bytes:
    """The figure as SVG bytes, text kept as text (1200×675)."""
    return figure_image(fig, "svg", size)


def start_png_server() -> bool:
    """Keep one kaleido browser alive: a cold export costs seconds, a warm one a fifth of one."""
    if chromium_path() is None:
        return False
    import kaleido

    kaleido.start_sync_server(silence_warnings=True)
    return True
