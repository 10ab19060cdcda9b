"""Every chart of a pair as a reader cites it: the figure with its title, subtitle and source line,
and the CSV of exactly the rows it shows (no Streamlit; the pages and the evidence pack share these).

Chart CSV columns (documented in the README):
- figure charts: pair, metric, direction, kind, value, unit, year, period, scope, qualifier,
  outlet, url, article_date, sentence (the overview adds `progress`);
- the sector chart: pair, sector, status, count, year, outlet, url, article_date, sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

import dataset

from . import charts
from .citation import Citation, cite, source_line
from .formatting import metric_title, unit_words
from .provenance import safe_url, source_label

FACT_COLUMNS = [
    "pair", "metric", "direction", "kind", "value", "unit", "year", "period", "scope", "qualifier",
    "outlet", "url", "article_date", "sentence",
]  # fmt: skip
OVERVIEW_COLUMNS = [*FACT_COLUMNS, "progress"]
SECTOR_COLUMNS = [
    "pair", "sector", "status", "count", "year", "outlet", "url", "article_date", "sentence",
]  # fmt: skip
UNIT_NAMES = {
    "USD": "US dollars", "EUR": "euros", "GBP": "pounds sterling", "TRY": "Turkish lira",
    "KZT": "Kazakhstani tenge", "RUB": "Russian roubles", "CNY": "Chinese yuan",
    "t": "tonnes", "m3": "cubic metres", "bbl": "barrels", "count": "number of companies",
}  # fmt: skip
KIND_WORDS = {"actual": "reported", "target": "target"}


@dataclass(frozen=True)
class CitableChart:
    """One chart: its name (for titles and file names), the cited figure and its CSV rows."""

    name: str
    figure: go.Figure
    csv: pd.DataFrame


def unit_name(unit: str) -> str:
    """ "USD" -> "US dollars"; an unknown code stays as it is."""
    return UNIT_NAMES.get(unit) or unit_words(unit)


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return frame[name] if name in frame else pd.Series(None, index=frame.index, dtype=object)


def _provenance(frame: pd.DataFrame) -> dict[str, list[str]]:
    outlets, urls, sources = _column(frame, "outlet"), _column(frame, "url"), _column(frame, "source")
    return {
        "outlet": [source_label(o, u, s) for o, u, s in zip(outlets, urls, sources, strict=True)],
        "url": [safe_url(u) for u in urls],
        "article_date": [d.date().isoformat() if pd.notna(d) else "" for d in pd.to_datetime(frame["date"])],
    }


def _text_column(values: pd.Series) -> list[str]:
    return ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in values]


def progress_csv(data: pd.DataFrame, pair: str, metric: str, direction: str, commodity: str) -> pd.DataFrame:
    """A progress chart's rows as a reader needs them: every reported figure and target statement."""
    frame = pd.DataFrame(
        {
            "pair": dataset.pair_label(pair),
            "metric": metric_title(metric, "", commodity),
            "direction": dataset.direction_label(direction),
            "kind": data["series"].map(KIND_WORDS).tolist(),
            "value": data["value"].astype(float).tolist(),
            "unit": data["unit"].tolist(),
            "year": pd.array(data["year"], dtype="Int64"),
            "period": _text_column(_column(data, "period")),
            "scope": _text_column(_column(data, "scope")),
            "qualifier": _text_column(data["qualifier"]),
            **_provenance(data),
            "sentence": _text_column(data["evidence"]),
        },
        index=range(len(data)),
    )
    return frame[FACT_COLUMNS]


def overview_csv(rows: pd.DataFrame) -> pd.DataFrame:
    """The overview chart's rows: for each figure with both, its latest reported figure and target."""
    rows = rows[rows["progress"].notna()].reset_index(drop=True)
    parts = []
    for side, year in (("actual", "actual_as_of_year"), ("target", "target_year")):
        picked = pd.DataFrame(
            {
                "date": rows[f"{side}_date"],
                "outlet": _column(rows, f"{side}_outlet"),
                "url": _column(rows, f"{side}_url"),
                "source": rows[f"{side}_source"],
            }
        )
        parts.append(
            pd.DataFrame(
                {
                    "order": range(len(rows)),
                    "pair": [dataset.pair_label(p) for p in rows["pair"]],
                    "metric": [
                        metric_title(m, "", c) for m, c in zip(rows["metric"], rows["commodity"], strict=True)
                    ],
                    "direction": [dataset.direction_label(d) for d in rows["direction"]],
                    "kind": KIND_WORDS[side],
                    "value": rows[f"{side}_value"].astype(float),
                    "unit": rows["unit"],
                    "year": pd.array(rows[year], dtype="Int64"),
                    "period": _text_column(_column(rows, f"{side}_period")),
                    "scope": _text_column(_column(rows, f"{side}_scope")),
                    "qualifier": _text_column(_column(rows, f"{side}_qualifier")),
                    **_provenance(picked),
                    "sentence": _text_column(rows[f"{side}_evidence"]),
                    "progress": rows["progress"].astype(float).round(4),
                }
            )
        )
    if not parts or rows.empty:
        return pd.DataFrame(columns=OVERVIEW_COLUMNS)
    frame = pd.concat(parts, ignore_index=True).sort_values(["order", "kind"], kind="stable")
    return frame[OVERVIEW_COLUMNS].reset_index(drop=True)


def sector_csv(agreements: pd.DataFrame) -> pd.DataFrame:
    """The sector chart's rows: each agreement once per sector it names (as the bars count them)."""
    if agreements.empty:
        return pd.DataFrame(columns=SECTOR_COLUMNS)
    exploded = agreements.explode("sector_list").reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "pair": [dataset.pair_label(p) for p in exploded["pair"]],
            "sector": exploded["sector_list"].fillna("unspecified").tolist(),
            "status": exploded["status"].tolist(),
            "count": exploded["count"].astype(int).tolist(),
            "year": pd.array(exploded["year"], dtype="Int64"),
            **_provenance(exploded),
            "sentence": _text_column(exploded["evidence"]),
        }
    )
    return frame[SECTOR_COLUMNS]


def progress_chart(tracked: pd.DataFrame, pair: str, row: pd.Series) -> CitableChart:
    """The progress chart of one tracked figure (a row of `dataset.figures_for`)."""
    metric, direction, unit, commodity = row["metric"], row["direction"], row["unit"], row["commodity"]
    mine = tracked[(tracked["unit"] == unit) & (tracked["commodity"] == commodity)]
    data = charts.progress_data(
        dataset.actual_history(mine, pair, metric, direction),
        dataset.target_history(mine, pair, metric, direction),
    )
    return progress_chart_of(data, pair, metric, direction, unit, commodity)


def progress_chart_of(
    data: pd.DataFrame, pair: str, metric: str, direction: str, unit: str, commodity: str
) -> CitableChart:
    """The progress chart drawn from `charts.progress_data` rows."""
    measure = metric_title(metric, direction, commodity)
    title = f"{measure}: {dataset.pair_label(pair)}"
    scopes = sorted({s for s in _text_column(_column(data, "scope")) if s})
    scope = f" (some points {' or '.join(scopes)} only)" if scopes else ""
    citation = Citation(
        title=title,
        subtitle=f"{unit_name(unit)[:1].upper()}{unit_name(unit)[1:]}{scope}, as reported. Circles: reported figures, a line joining "
        "whole years only (open: part of a year or of the metric). Diamonds: headline targets as announced "
        "(open: the article's other targets).",
        source=source_line(data),
    )
    fig = cite(charts.progress_figure(data, title), citation)
    return CitableChart(title, fig, progress_csv(data, pair, metric, direction, commodity))


def overview_chart(rows: pd.DataFrame, pair: str) -> CitableChart | None:
    """Progress toward every target of a pair (rows of `dataset.figures_for`); None when none has both."""
    data = charts.overview_data(rows)
    if data.empty:
        return None
    title = f"Progress toward targets: {dataset.pair_label(pair)}"
    both = rows[rows["progress"].notna()]
    sources = pd.concat(
        [
            pd.DataFrame(
                {
                    "source": both[f"{side}_source"],
                    "outlet": _column(both, f"{side}_outlet"),
                    "url": _column(both, f"{side}_url"),
                    "date": both[f"{side}_date"],
                }
            )
            for side in ("actual", "target")
        ],
        ignore_index=True,
    )
    citation = Citation(
        title=title,
        subtitle="Latest reported figure as a share of the latest announced target (%). One bar per "
        "tracked figure; the dashed line is the target.",
        source=source_line(sources),
    )
    return CitableChart(title, cite(charts.overview_figure(data, title), citation), overview_csv(rows))


def agreement_filters(
    sectors: list[str], statuses: list[str], first: int | None, last: int | None, years: list[int]
) -> str:
    """The Agreements page's active filters in words: "sectors energy, transport; status signed"."""
    parts = []
    if sectors:
        parts.append(f"sector{'s' * (len(sectors) > 1)} {', '.join(sectors)}")
    if statuses:
        parts.append(f"status {', '.join(statuses)}")
    if years and first is not None and (first, last) != (years[0], years[-1]):
        parts.append(f"signed {first}" if first == last else f"signed {first}–{last}")
    return "; ".join(parts)


def sector_chart(
    agreements: pd.DataFrame, pair: str, filters: str = "", sectors: list[str] | None = None
) -> CitableChart | None:
    """Agreements by sector from `dataset.kept_agreements` rows of one pair (already filtered);
    `sectors` limits the bars to the sectors chosen."""
    by_sector = dataset.agreements_by_sector(agreements)
    if sectors:
        by_sector = by_sector[by_sector["sector"].isin(sectors)]
        agreements = agreements[agreements["sector_list"].map(lambda names: any(s in names for s in sectors))]
    if by_sector.empty:
        return None
    title = f"Agreements by sector: {dataset.pair_label(pair)}"
    citation = Citation(
        title=title,
        subtitle="Agreement records naming each sector (count). A batch of agreements counts once in "
        "each sector it names, so the bars add up to more than the records.",
        source=source_line(agreements),
        filters=filters,
    )
    fig = cite(charts.sector_figure(by_sector, title), citation)
    csv = sector_csv(agreements)
    return CitableChart(title, fig, csv[csv["sector"].isin(sectors)] if sectors else csv)


def pair_charts(facts: pd.DataFrame, agreements: pd.DataFrame, pair: str) -> list[CitableChart]:
    """Every chart of a pair, unfiltered, in the order of the pages: overview, progress, sectors."""
    tracked = dataset.tracked_facts(facts)
    rows = dataset.figures_for(dataset.latest_figures(tracked), pair)
    found: list[CitableChart | None] = [overview_chart(rows, pair)]
    found += [progress_chart(tracked, pair, row) for _, row in rows.iterrows()]
    kept = dataset.kept_agreements(agreements)
    found.append(sector_chart(kept[kept["pair"] == pair], pair))
    return [chart for chart in found if chart is not None]
