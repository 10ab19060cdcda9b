"""The evidence pack: one zip per pair holding every chart (PNG, SVG, CSV), the pair's dataset rows
and SOURCES.md, so a reader can check every number in a brief from the pack alone. No Streamlit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

import dataset

from .citable import CitableChart, pair_charts
from .citation import APP_NAME, file_stem
from .exports import csv_bytes
from .formatting import metric_title, with_qualifier
from .provenance import source_text, when

Render = Callable[[go.Figure, str], bytes]


def _state(value: object) -> str:
    return str(value) if isinstance(value, str) and value else "extracted"


def _quote(sentence: object) -> str:
    # One line per figure: a sentence's own line breaks would split its Markdown list item.
    return "“" + " ".join(str(sentence or "").split()) + "”"


def figure_lines(rows: pd.DataFrame) -> list[str]:
    """SOURCES.md lines for the Overview's figure cards, in card order: each reported figure and target."""
    lines = []
    for _, row in rows.iterrows():
        title = metric_title(row["metric"], row["direction"], row["commodity"])
        for side, word in (("actual", "Reported"), ("target", "Target")):
            if pd.isna(row[f"{side}_value"]):
                continue
            value = with_qualifier(row[f"{side}_value"], row["unit"], row.get(f"{side}_qualifier"))
            year_column = "actual_as_of_year" if side == "actual" else "target_year"
            year = row.get(year_column)
            period = f" ({'by ' if side == 'target' else ''}{int(year)})" if pd.notna(year) else ""
            where = source_text(
                row.get(f"{side}_outlet"), row.get(f"{side}_url"), row[f"{side}_source"], row[f"{side}_date"]
            )
            lines.append(
                f"- **{title}, {word.lower()}: {value}{period}**. {_quote(row[f'{side}_evidence'])} "
                f"Source: {where}. Review: {_state(row.get(f'{side}_state'))}."
            )
    return lines


def agreement_lines(agreements: pd.DataFrame) -> list[str]:
    """SOURCES.md lines for the agreements card: every agreement record behind it, newest first."""
    lines = []
    for _, row in agreements.sort_values(["date", "start"], ascending=False, kind="stable").iterrows():
        documents = f"{int(row['count'])} documents" if int(row["count"]) > 1 else "1 document"
        where = source_text(row.get("outlet"), row.get("url"), row["source"], row["date"])
        lines.append(
            f"- **{str(row['status']).capitalize()}: {documents}**, {row['summary']}. {_quote(row['evidence'])} "
            f"Source: {where}. Review: {_state(row.get('state'))}."
        )
    return lines


def sources_markdown(facts: pd.DataFrame, agreements: pd.DataFrame, pair: str, charts: list[str]) -> str:
    """SOURCES.md: each figure shown on the Overview with its sentence, outlet, date, URL and review state."""
    rows = dataset.figures_for(dataset.latest_figures(dataset.tracked_facts(facts)), pair)
    kept = dataset.kept_agreements(agreements)
    kept = kept[kept["pair"] == pair]
    dates = pd.concat([facts["date"], agreements["date"]]).dropna()
    as_of = when(dates.max()) if len(dates) else "no date"
    parts = [
        f"# Sources: {dataset.pair_label(pair)}",
        "",
        f"Compiled with {APP_NAME}, as of {as_of}. Every figure below is quoted from the sentence it "
        "came from; review states are `extracted` (as read by the tracker), `confirmed`, `edited` "
        "(the original is in dataset.csv) or `rejected` (never charted).",
        "",
        "## Figures, in the order of the Overview's cards",
        "",
        *(figure_lines(rows) or ["- No tracked figures for this pair."]),
        "",
        "## Agreements",
        "",
        *(agreement_lines(kept) or ["- No agreements recorded for this pair."]),
        "",
        "## Files",
        "",
        *[f"- `{name}`" for name in charts if name != "dataset.csv"],
        "- `dataset.csv`: every stored figure for the pair, rejected ones included (column `rejected`).",
        "",
    ]
    return "\n".join(parts)


def pack_name(chart: CitableChart, index: int) -> str:
    """ "charts/02-trade-kazakhstan-turkiye": numbered in page order, letters kept."""
    return f"charts/{index:02d}-{file_stem(chart.name)}"


def evidence_pack(
    facts: pd.DataFrame, agreements: pd.DataFrame, pair: str, render: Render | None = None
) -> bytes:
    """The zip for one pair; `render(fig, "png"|"svg")` draws charts (None leaves images out)."""
    charts = pair_charts(facts, agreements, pair)
    files: dict[str, bytes] = {}
    for index, chart in enumerate(charts, start=1):
        stem = pack_name(chart, index)
        files[f"{stem}.csv"] = csv_bytes(chart.csv)
        if render is not None:
            files[f"{stem}.png"] = render(chart.figure, "png")
            files[f"{stem}.svg"] = render(chart.figure, "svg")
    pair_facts = facts[facts["countries"].fillna("").map(dataset.pair_key) == pair]
    files["dataset.csv"] = csv_bytes(dataset.dataset_export(pair_facts))
    files["SOURCES.md"] = sources_markdown(facts, agreements, pair, sorted(files)).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["SOURCES.md", *sorted(n for n in files if n != "SOURCES.md")]:
            archive.writestr(name, files[name])
    return out.getvalue()
