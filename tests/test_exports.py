"""Charts and data an analyst can cite: titles, source lines, PNG/SVG/CSV exports, provenance, the
evidence pack."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

import dataset
from extract import extract_bytes
from store import Store
from ui import charts, citable, evidence, provenance
from ui.citation import file_stem
from ui.exports import csv_bytes
from ui.formatting import with_qualifier

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
PAIR = "KAZ-TUR"
SOURCE_LINE = re.compile(
    r"Source: \d+ news articles? \(.+\), compiled with Trade target tracker, as of \d{1,2} \w{3} \d{4}"
)
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Trade with Kazakhstan | Anadolu Wire</title>
<meta property="og:site_name" content="Anadolu Wire">
<link rel="canonical" href="https://wire.example/trade/kazakhstan-2025">
<meta property="article:published_time" content="2025-08-02T08:00:00Z">
</head><body><article><h1>Kazakhstan and Türkiye aim for $15 billion in trade</h1>
<p>Trade between Kazakhstan and Türkiye reached $5.4 billion in 2024, the ministry said on Saturday.</p>
<p>The two governments repeated their aim of raising bilateral trade to $15 billion by 2030.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The sample articles plus one web page with an outlet and an address."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('exports') / 'e.db'}")
    store.seed_samples(ROOT / "data" / "articles")
    page = extract_bytes(PAGE.encode(), "page.html").model_copy(
        update={"url": "https://wire.example/trade/kazakhstan-2025", "outlet": "Anadolu Wire"}
    )
    assert store.save(page).status == "stored"
    return store


@pytest.fixture(scope="module")
def pair_charts(stored: Store) -> list[citable.CitableChart]:
    return citable.pair_charts(stored.facts_frame(), stored.agreements_frame(), PAIR)


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Türkiye", "turkiye"),
        ("Trade: Kazakhstan – Türkiye", "trade-kazakhstan-turkiye"),
        ("Investment, Türkiye → Kazakhstan", "investment-turkiye-kazakhstan"),
        ("Côte d’Ivoire – Åland", "cote-divoire-aland"),
        ("Ελλάδα", "ellada"),
        ("!!!", "chart"),
    ],
)
def test_file_names_keep_letters(title: str, stem: str) -> None:
    assert file_stem(title) == stem


@pytest.mark.parametrize(
    ("outlet", "url", "source", "label", "markdown"),
    [
        ("Daily Sabah", "https://www.dailysabah.com/x", "a.html", "Daily Sabah", "[Daily Sabah](<https://www.dailysabah.com/x>)"),
        (None, "https://www.dailysabah.com/x", "a.html", "dailysabah.com", "[dailysabah\\.com](<https://www.dailysabah.com/x>)"),
        (None, None, "council.txt", "council.txt", "council\\.txt"),
        ("Evil [x](javascript:alert(1))", "javascript:alert(1)", "a", "Evil [x](javascript:alert(1))", "Evil \\[x\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("", float("nan"), "pasted text", "pasted text", "pasted text"),
    ],
)  # fmt: skip
def test_a_source_is_named_by_its_outlet_and_linked(
    outlet: object, url: object, source: str, label: str, markdown: str
) -> None:
    assert provenance.source_label(outlet, url, source) == label
    assert provenance.source_markdown(outlet, url, source) == markdown


def test_outlet_and_url_are_kept_through_ingest(store: Store) -> None:
    page = extract_bytes(PAGE.encode(), "page.html").model_copy(
        update={"url": "https://wire.example/trade/kazakhstan-2025", "outlet": "Anadolu Wire"}
    )
    assert store.save(page).status == "stored"
    articles, facts = store.articles_frame(), store.facts_frame()
    assert articles[["outlet", "url"]].values.tolist() == [
        ["Anadolu Wire", "https://wire.example/trade/kazakhstan-2025"]
    ]
    assert set(facts["outlet"]) == {"Anadolu Wire"}
    latest = dataset.latest_figures(dataset.tracked_facts(facts))
    trade = latest[latest["metric"] == "trade"].iloc[0]
    assert (trade["actual_outlet"], trade["target_url"]) == (
        "Anadolu Wire",
        "https://wire.example/trade/kazakhstan-2025",
    )


def test_every_chart_is_titled_with_the_pair_and_cites_its_sources(
    pair_charts: list[citable.CitableChart],
) -> None:
    names = [chart.name for chart in pair_charts]
    assert names[0] == "Progress toward targets: Kazakhstan – Türkiye"
    assert (
        "Trade: Kazakhstan – Türkiye" in names and names[-1] == "Agreements by sector: Kazakhstan – Türkiye"
    )
    for chart in pair_charts:
        layout = chart.figure.layout
        assert "Kazakhstan – Türkiye" in layout.title.text
        assert layout.title.subtitle.text, chart.name
        footer = next(a.text for a in layout.annotations if a.name == "citation")
        assert SOURCE_LINE.search(footer.replace("<br>", " ")), footer
    trade = next(c for c in pair_charts if c.name.startswith("Trade"))
    footer = next(a.text for a in trade.figure.layout.annotations if a.name == "citation")
    assert "Anadolu Wire" in footer and "as of 2 Aug 2025" in footer
    assert "US dollars" in trade.figure.layout.title.subtitle.text


def test_a_filter_is_written_on_the_chart(stored: Store) -> None:
    kept = dataset.kept_agreements(stored.agreements_frame())
    shown = kept[(kept["pair"] == PAIR) & (kept["status"] == "signed")]
    filters = citable.agreement_filters(["energy"], ["signed"], 2022, 2025, [2022, 2024, 2025])
    chart = citable.sector_chart(shown, PAIR, filters, ["energy"])
    assert chart is not None
    footer = next(a.text for a in chart.figure.layout.annotations if a.name == "citation")
    assert "Filters: sector energy; status signed" in footer
    assert set(chart.csv["sector"]) == {"energy"} and set(chart.csv["status"]) == {"signed"}


FIGURE_CSV = [
    "pair", "metric", "direction", "kind", "value", "unit", "year", "period", "scope", "qualifier",
    "outlet", "url", "article_date", "sentence",
]  # fmt: skip


@pytest.mark.parametrize(
    ("index", "columns"),
    [
        (0, [*FIGURE_CSV, "progress"]),
        (1, FIGURE_CSV),
        (-1, ["pair", "sector", "status", "count", "year", "outlet", "url", "article_date", "sentence"]),
    ],
)
def test_chart_csv_has_exactly_the_documented_columns(
    pair_charts: list[citable.CitableChart], index: int, columns: list[str]
) -> None:
    chart = pair_charts[index]
    parsed = pd.read_csv(io.BytesIO(csv_bytes(chart.csv)), encoding="utf-8-sig", keep_default_na=False)
    assert list(parsed.columns) == columns
    assert len(parsed) == len(chart.csv) > 0
    assert set(parsed["pair"]) == {"Kazakhstan – Türkiye"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ", ".join(f"`{c}`" for c in columns) in readme, "the README documents these columns"


def test_progress_csv_round_trips_and_holds_no_rejected_figure(stored: Store) -> None:
    facts = stored.facts_frame()
    target = facts[(facts["metric"] == "trade") & (facts["kind"] == "target") & (facts["outlet"].isna())]
    rejected = target.iloc[0]
    assert stored.review_fact(int(rejected["fact_id"]), "rejected")
    try:
        charts_now = citable.pair_charts(stored.facts_frame(), stored.agreements_frame(), PAIR)
        trade = next(c for c in charts_now if c.name.startswith("Trade"))
        parsed = pd.read_csv(io.BytesIO(csv_bytes(trade.csv)), encoding="utf-8-sig", keep_default_na=False)
        assert parsed["value"].tolist() == trade.csv["value"].tolist()
        assert set(parsed["kind"]) == {"reported", "target"}
        assert (
            parsed.loc[parsed["outlet"] == "Anadolu Wire", "url"].tolist()
            == ["https://wire.example/trade/kazakhstan-2025"] * 2
        )
        sentences = parsed[parsed["kind"] == "target"]["sentence"].tolist()
        assert sentences.count(rejected["evidence"]) < target["evidence"].tolist().count(rejected["evidence"])
        export = dataset.dataset_export(stored.facts_frame())
        flagged = export[export["fact_id"] == rejected["fact_id"]]
        assert flagged["rejected"].tolist() == [True] and export["rejected"].sum() == 1
    finally:
        stored.review_fact(int(rejected["fact_id"]), "extracted")


needs_chromium = pytest.mark.skipif(
    charts.chromium_path() is None, reason="no Chromium here (`make test` installs Debian's chromium)"
)


@needs_chromium
@pytest.mark.parametrize(("index", "kind"), [(0, "overview"), (1, "progress"), (-1, "sectors")])
def test_png_and_svg_carry_the_title_and_source_line(
    pair_charts: list[citable.CitableChart], index: int, kind: str
) -> None:
    charts.start_png_server()
    chart = pair_charts[index]
    svg = charts.figure_svg(chart.figure).decode("utf-8")
    texts = " ".join(re.findall(r">([^<>]+)</", svg)).replace("&amp;", "&")
    assert chart.name in texts
    assert SOURCE_LINE.search(texts), texts[-400:]
    assert 'width="1200"' in svg and 'height="675"' in svg
    png = charts.figure_png(chart.figure)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"export-{kind}.png").write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1200, 675)
    pixels = list(image.get_flattened_data())
    # Drawn, not blank: dark text in the title band at the top and in the source band at the bottom.
    top = image.crop((0, 0, 1200, 60)).get_flattened_data()
    bottom = image.crop((0, 600, 1200, 675)).get_flattened_data()
    assert sum(1 for p in top if max(p) < 120) > 300, "a title is drawn"
    assert sum(1 for p in bottom if max(p) < 150) > 300, "a source line is drawn"
    assert sum(1 for r, g, b in pixels if b > 200 and r < 80) > 500, "the data is drawn in colour"


def test_evidence_pack_holds_every_chart_the_dataset_and_sources(stored: Store) -> None:
    facts, agreements = stored.facts_frame(), stored.agreements_frame()

    def render(fig: object, kind: str) -> bytes:
        return f"{kind} of {fig.layout.title.text}".encode()  # type: ignore[attr-defined]

    pack = zipfile.ZipFile(io.BytesIO(evidence.evidence_pack(facts, agreements, PAIR, render)))
    names = pack.namelist()
    expected = citable.pair_charts(facts, agreements, PAIR)
    for index, chart in enumerate(expected, start=1):
        stem = f"charts/{index:02d}-{file_stem(chart.name)}"
        assert {f"{stem}.png", f"{stem}.svg", f"{stem}.csv"} <= set(names)
        assert pack.read(f"{stem}.svg").decode().endswith(chart.figure.layout.title.text)
    assert "charts/02-trade-kazakhstan-turkiye.csv" in names
    rows = pd.read_csv(io.BytesIO(pack.read("dataset.csv")), encoding="utf-8-sig")
    assert set(rows["pair"]) == {PAIR} and len(rows) == len(facts)
    sources = pack.read("SOURCES.md").decode("utf-8")
    cards = dataset.figures_for(dataset.latest_figures(dataset.tracked_facts(facts)), PAIR)
    lines = [line for line in sources.splitlines() if line.startswith("- **")]
    position = -1
    for _, row in cards.iterrows():
        for side in ("actual", "target"):
            if pd.isna(row[f"{side}_value"]):
                continue
            value = with_qualifier(row[f"{side}_value"], row["unit"], row.get(f"{side}_qualifier"))
            found = next(
                i
                for i, line in enumerate(lines)
                if value in line and " ".join(row[f"{side}_evidence"].split()) in line
            )
            assert found > position, "in the order of the cards"
            position = found
            assert "Review: extracted." in lines[found]
    trade = next(line for line in lines if line.startswith("- **Trade, target"))
    assert "Anadolu Wire, 2 Aug 2025, https://wire.example/trade/kazakhstan-2025" in trade
    assert "## Agreements" in sources and "Signed: 18 documents" in sources
