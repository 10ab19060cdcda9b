"""Chart builders (DataFrame in, figure out), their CSV data and their server-side PNGs."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

import dataset
from store import Store
from ui import charts
from ui.exports import csv_bytes

SAMPLES = Path(__file__).parents[1] / "data" / "articles"
PAIR = "KAZ-TUR"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('charts') / 'c.db'}")
    store.seed_samples(SAMPLES)
    return dataset.tracked_facts(store.facts_frame()), store.agreements_frame()


@pytest.fixture(scope="module")
def progress(samples: tuple[pd.DataFrame, pd.DataFrame]) -> pd.DataFrame:
    tracked, _ = samples
    return charts.progress_data(
        dataset.actual_history(tracked, PAIR, "trade"), dataset.target_history(tracked, PAIR, "trade")
    )


def test_progress_chart_plots_the_dataset(
    samples: tuple[pd.DataFrame, pd.DataFrame], progress: pd.DataFrame
) -> None:
    tracked, _ = samples
    fig = charts.progress_figure(progress, "Trade")
    traces = {trace.name: trace for trace in fig.data}
    actual = traces["Reported, whole year"]
    assert list(actual.y) == list(dataset.actual_history(tracked, PAIR, "trade")["value"])
    assert list(traces["Headline target, as announced"].y) == [10e9, 10e9, 15e9]
    assert list(traces["Other targets in the same article"].y) == [5e9]
    assert traces["Other targets in the same article"].mode == "markers", "a sub-goal is not joined"
    assert [a.text for a in fig.layout.annotations] == ["revised to $15B"]
    assert fig.layout.template.layout.paper_bgcolor is not None, "an explicit template, not Streamlit's"


def test_progress_csv_parses_back_to_the_chart_data(progress: pd.DataFrame) -> None:
    parsed = pd.read_csv(io.BytesIO(csv_bytes(progress)), encoding="utf-8-sig")
    assert list(parsed.columns) == list(progress.columns)
    assert parsed["value"].tolist() == progress["value"].tolist()
    assert parsed["series"].tolist() == progress["series"].tolist()
    assert parsed["source"].tolist() == progress["source"].tolist()


def test_hover_text_is_escaped() -> None:
    data = pd.DataFrame(
        {
            "series": ["actual"], "x": [pd.Timestamp("2025-01-01")], "value": [5e9], "unit": ["USD"],
            "year": pd.array([2024], dtype="Int64"), "qualifier": ["exact"], "revision": [False],
            "date": [pd.Timestamp("2025-01-01")], "source": ["<b>x</b>"],
            "evidence": ["<script>alert(1)</script> trade hit $5 billion"],
        }
    )  # fmt: skip
    fig = charts.progress_figure(data, "Trade")
    hover = fig.data[0].customdata[0]
    assert "<script>" not in hover[3] and "&lt;script&gt;" in hover[3]
    assert "<b>" not in hover[1]


def test_sector_chart_counts(samples: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    _, agreements = samples
    by_sector = dataset.agreements_by_sector(agreements)
    fig = charts.sector_figure(by_sector)
    assert list(fig.data[0].x) == by_sector["records"].tolist()
    assert "Energy" in list(fig.data[0].y)
    energy = list(fig.data[0].y).index("Energy")
    assert fig.data[0].customdata[energy] == "; 1 is part of a batch also covering other sectors"
    assert "documents" not in fig.data[0].hovertemplate, "a batch's documents are not one sector's"


def test_overview_chart_shows_progress(samples: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    tracked, _ = samples
    data = charts.overview_data(dataset.figures_for(dataset.latest_figures(tracked), PAIR))
    fig = charts.overview_figure(data)
    assert list(fig.data[0].y) == ["Trade"]
    assert round(fig.data[0].x[0], 3) == 0.333
    assert fig.data[0].text[0].startswith("33%")


needs_chromium = pytest.mark.skipif(
    charts.chromium_path() is None, reason="no Chromium here (`make test` installs Debian's chromium)"
)


@needs_chromium
def test_png_is_a_real_picture_of_the_chart(progress: pd.DataFrame) -> None:
    charts.start_png_server()
    png = charts.figure_png(charts.progress_figure(progress, "Trade"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == charts.PNG_SIZE == (1200, 675), "the export's own size, not the screen's"
    pixels = list(image.get_flattened_data())
    white = sum(1 for p in pixels if min(p) > 245)
    black = sum(1 for p in pixels if max(p) < 20)
    assert white / len(pixels) > 0.5, "mostly a white background"
    assert black / len(pixels) < 0.05, "no black fills from a placeholder template"
    blue = sum(1 for r, g, b in pixels if b > 200 and r < 80)
    orange = sum(1 for r, g, b in pixels if r > 190 and g < 110 and b < 60)
    assert blue > 100 and orange > 100, "both series are drawn in their colours"


@needs_chromium
def test_bar_chart_png_has_coloured_bars(samples: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    _, agreements = samples
    charts.start_png_server()
    png = charts.figure_png(charts.sector_figure(dataset.agreements_by_sector(agreements)))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    bars = sum(1 for r, g, b in image.get_flattened_data() if b > 200 and r < 80)
    assert bars > 5000


def test_png_without_chromium_says_how_to_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "chromium_path", lambda: None)
    with pytest.raises(charts.PngUnavailable, match="apt-get install chromium"):
        charts.figure_png(
            charts.sector_figure(pd.DataFrame({"sector": ["trade"], "records": [1], "documents": [1]}))
        )


TRUST = Path(__file__).parent / "fixtures" / "trust"


@pytest.fixture(scope="module")
def india_uae(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """Progress rows of India–UAE trade: a year, a half-year non-oil figure, a headline and sub-goals."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('trust') / 't.db'}")
    for name in ("india-uae-goal.txt", "india-uae-customs.txt"):
        store.ingest_path(TRUST / name)
    tracked = dataset.tracked_facts(store.facts_frame())
    return charts.progress_data(
        dataset.actual_history(tracked, "ARE-IND", "trade"),
        dataset.target_history(tracked, "ARE-IND", "trade"),
    )


def test_points_that_do_not_compare_are_not_joined(india_uae: pd.DataFrame) -> None:
    fig = charts.progress_figure(india_uae, "Trade")
    traces = {trace.name: trace for trace in fig.data}
    assert list(traces["Reported, whole year"].y) == [72e9], "one joined point a year: the newest source"
    beside = traces["Reported by another source, same year"]
    assert (list(beside.y), beside.mode) == ([84e9], "markers"), "two sources for 2023 are not a change"
    alone = traces["Reported, part of a year or of the metric (not joined)"]
    assert (list(alone.y), alone.mode) == ([28e9], "markers")
    assert alone.customdata[0][0] == "$28B (first half of 2024, non-oil)"
    assert list(traces["Headline target, as announced"].y) == [100e9]
    assert list(traces["Other targets in the same article"].y) == [60e9, 15e9]


@pytest.mark.parametrize(
    ("years", "yearly"),
    [([2021, 2024], True), ([2010, 2022], True), ([1990, 2024], False)],
)
def test_one_tick_per_year_when_the_data_spans_few_years(years: list[int], yearly: bool) -> None:
    data = pd.DataFrame(
        {
            "series": "actual", "value": [5e9, 6e9], "unit": "USD", "year": pd.array(years, dtype="Int64"),
            "qualifier": "exact", "revision": False, "joined": True, "source": "s", "evidence": "e",
            "date": pd.to_datetime([f"{y + 1}-02-01" for y in years]),
            "x": pd.to_datetime([f"{y}-07-01" for y in years]),
        }
    )  # fmt: skip
    axis = charts.progress_figure(data, "Trade").layout.xaxis
    assert (axis.dtick == "M12") is yearly
    if yearly:
        assert axis.tick0.endswith("-07-01"), "a tick where each year's figure is drawn"


def test_screen_copy_moves_the_citation_into_text(progress: pd.DataFrame) -> None:
    from ui import citable

    cited = citable.progress_chart_of(progress, PAIR, "trade", "", "USD", "")
    screen, title, subtitle, footer = charts.screen_copy(cited.figure)
    assert title == "Trade: Kazakhstan – Türkiye"
    assert subtitle.startswith("US dollars, as reported.") and "<br>" not in subtitle
    assert footer.startswith("Source: 3 news articles")
    assert (
        not screen.layout.title.text
        and not screen.layout.title.subtitle.text
        and not [a for a in screen.layout.annotations if a.name == "citation"]
    )
    assert cited.figure.layout.title.text, "the download keeps its citation"


def test_revision_labels_sit_above_their_marker_with_headroom(progress: pd.DataFrame) -> None:
    fig = charts.progress_figure(progress, "Trade")
    for note in fig.layout.annotations:
        assert note.ax == 0 and note.ay < -20 and note.yanchor == "bottom" and note.standoff > 0
    top = fig.layout.yaxis.range[1]
    assert top >= 1.3 * progress["value"].max(), "room above the highest marker for its label"
