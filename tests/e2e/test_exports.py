"""In a real browser: the Overview's evidence pack and a chart's PNG download, opened and checked."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from .conftest import RunningApp, Watched
from .ui import goto

pytestmark = pytest.mark.browser


def _download(page: object, button: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=120_000) as info:  # type: ignore[attr-defined]
        page.get_by_role("button", name=button).first.click()  # type: ignore[attr-defined]
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_evidence_pack_and_png_download(app: RunningApp, watched: Watched) -> None:
    page = watched.page
    goto(page, app.url, "/")

    name, body = _download(page, "Evidence pack (.zip)")
    assert name == "evidence-kazakhstan-turkiye.zip"
    pack = zipfile.ZipFile(io.BytesIO(body))
    names = pack.namelist()
    assert names[0] == "SOURCES.md" and "dataset.csv" in names
    for stem in (
        "charts/01-progress-toward-targets-kazakhstan-turkiye",
        "charts/02-trade-kazakhstan-turkiye",
    ):
        assert {f"{stem}.png", f"{stem}.svg", f"{stem}.csv"} <= set(names)
    svg = pack.read("charts/02-trade-kazakhstan-turkiye.svg").decode("utf-8")
    assert "Trade: Kazakhstan – Türkiye" in svg and "compiled with Trade target tracker" in svg
    sources = pack.read("SOURCES.md").decode("utf-8")
    assert sources.startswith("# Sources: Kazakhstan – Türkiye")
    assert "- **Trade, reported: $5.0B (2025)**" in sources and "- **Trade, target: $15B" in sources

    name, body = _download(page, "Image (PNG)")
    assert name == "progress-toward-targets-kazakhstan-turkiye.png"
    image = Image.open(io.BytesIO(body)).convert("RGB")
    assert image.size == (1200, 675)
    title_band = image.crop((0, 0, 1200, 60)).get_flattened_data()
    assert sum(1 for p in title_band if max(p) < 120) > 300, "the title is drawn"
