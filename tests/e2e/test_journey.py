"""The whole journey in a real browser: read the overview, upload and review two articles, see the
new figures, download what the charts show, filter agreements."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PIL import Image

from .conftest import ROOT, RunningApp, Watched, screenshot
from .ui import (
    document_box,
    edit_cell,
    goto,
    grid,
    grid_column,
    grid_texts,
    metrics,
    save,
    untick,
    upload,
    wait_idle,
)

FIXTURES = ROOT / "tests" / "fixtures" / "e2e"
TEXT_ARTICLE = FIXTURES / "astana-business-council.txt"
HTML_ARTICLE = FIXTURES / "ankara-investment-forum.html"

pytestmark = pytest.mark.browser


def _download(page: object, button: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=60_000) as info:  # type: ignore[attr-defined]
        page.get_by_role("button", name=button).first.click()  # type: ignore[attr-defined]
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_journey(app: RunningApp, watched: Watched) -> None:
    page = watched.page

    # 1. The overview shows the sample Kazakhstan–Türkiye cards.
    goto(page, app.url, "/")
    cards = metrics(page)
    assert cards["Trade"] == "$5.0B (2025)"
    assert cards["Investment, Türkiye → Kazakhstan"] == "about $5.0B (2025)"
    assert "33% of the $15B target" in page.locator('[data-testid="stProgress"]').first.inner_text()
    screenshot(page, "01-overview")

    # 2. Upload a .txt and an .html article; correct one figure and drop another, then save.
    goto(page, app.url, "/upload")
    before = app.counts()
    upload(page, [TEXT_ARTICLE, HTML_ARTICLE])
    text_box = document_box(page, TEXT_ARTICLE.name)
    html_box = document_box(page, HTML_ARTICLE.name)
    facts = grid(text_box)
    assert "$16 billion" in grid_texts(facts), "the figure as written leads its row"
    # Untick first: the grid takes the first click after an editor closes as closing it.
    untick(page, facts, row=2)
    edit_cell(page, facts, row=1, columns_right_of_sentence=0, text="17000000000")  # the Value cell
    screenshot(page, "02-upload-review")
    assert app.counts() == before, "nothing is stored before Save"
    save(page, text_box)
    save(page, html_box)
    assert "Saved: 2 figures, 0 agreements (1 left out)" in text_box.inner_text().replace("\\", "")
    assert app.counts()["articles"] == before["articles"] + 2

    # 3. The overview and progress pages show the new figures, with the edited value.
    goto(page, app.url, "/")
    cards = metrics(page)
    assert cards["Trade"] == "$6.4B (2025)"
    assert cards["Investment, Kazakhstan → Türkiye"] == "over $2.1B (2026)"
    assert cards["Companies from Türkiye in Kazakhstan"] == "about 4,000 (2025)", (
        "the dropped figure is not used"
    )
    assert "38% of the $17B target by 2030" in page.locator('[data-testid="stProgress"]').first.inner_text()
    goto(page, app.url, "/progress")
    statements = grid_texts(page.locator('[data-testid="stDataFrame"]').first)
    assert "$17B by 2030" in statements, statements
    screenshot(page, "03-progress")

    # 4. Downloads: the chart's CSV and PNG, and the whole dataset.
    name, body = _download(page, "Data (CSV)")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert name.endswith(".csv")
    assert {"kind", "value", "outlet", "url", "sentence"} <= set(rows[0])
    assert any(r["outlet"] == TEXT_ARTICLE.name and float(r["value"]) == 6.4e9 for r in rows)
    assert any(r["kind"] == "target" and float(r["value"]) == 17e9 for r in rows)
    name, body = _download(page, "Image (PNG)")
    assert name.endswith(".png") and body.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(body)).convert("RGB")
    assert image.size == (1200, 675)
    assert len(set(image.resize((110, 44)).get_flattened_data())) > 20, "a drawn chart, not a blank image"

    goto(page, app.url, "/data")
    _, body = _download(page, "Whole dataset (CSV)")
    dataset = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    edited = [r for r in dataset if r["state"] == "edited"]
    assert (
        len(edited) == 1
        and float(edited[0]["value"]) == 17e9
        and "value=16000000000" in edited[0]["original"]
    )
    assert sum(r["state"] == "rejected" for r in dataset) == 1
    screenshot(page, "04-data")

    # 5. The agreements page filtered by one sector shows only that sector.
    goto(page, app.url, "/agreements")
    page.locator('[data-testid="stMultiSelect"]').first.click()
    page.get_by_role("option", name="Tourism").click()
    page.keyboard.press("Escape")
    # The filtered run has finished when the heading counts only the tourism batch, which also covers
    # energy and transport: part of a batch of 9, not 9 documents of tourism.
    page.get_by_text("1 agreement record: part of a batch of 9").wait_for(timeout=30_000)
    wait_idle(page)
    sectors = grid_column(page.locator('[data-testid="stDataFrame"]').first, 6)  # the Sectors column
    assert sectors and all("tourism" in s for s in sectors), sectors
    screenshot(page, "05-agreements-tourism")
    assert not watched.errors, watched.errors
