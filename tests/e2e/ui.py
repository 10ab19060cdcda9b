"""What a person does in the app, as Playwright steps: open a page, upload, edit a grid cell, save."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from ui.widgets import file_stem

ROW_HEIGHT = 35  # Streamlit's data grid: header and rows are 35 px high
SMALL_COLUMN = 75  # width of a column configured width="small"
KEEP_COLUMN = 40  # the review grids' Keep column


def wait_idle(page: Any, timeout: float = 60) -> None:
    """Wait until the app's script run has finished (the page shows its final state)."""
    page.wait_for_function(
        "() => { const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return app && app.getAttribute('data-test-script-state') === 'notRunning'"
        " && app.getAttribute('data-test-connection-state') === 'CONNECTED'; }",
        timeout=timeout * 1000,
    )
    time.sleep(0.3)  # the last deltas paint just after the state flips


def goto(page: Any, base: str, path: str) -> None:
    page.goto(base + path)
    # Every page starts with a title: once it shows, the page's script is running.
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)
    wait_idle(page)


def metrics(page: Any) -> dict[str, str]:
    """Every card's label and value, as shown."""
    page.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
    wait_idle(page)
    found = {}
    for card in page.locator('[data-testid="stMetric"]').all():
        label = card.locator('[data-testid="stMetricLabel"]').inner_text().strip()
        found[label] = card.locator('[data-testid="stMetricValue"]').inner_text().strip()
    return found


def upload(page: Any, files: list[Path]) -> None:
    """Choose files in the uploader and wait until the app has read them all."""
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(f) for f in files])
    # Each file gets a review box, or an alert saying why not, once the run that reads it ends.
    page.wait_for_function(
        "n => document.querySelectorAll('[class*=\"st-key-document-\"]').length >= n",
        arg=len(files),
        timeout=60_000,
    )
    wait_idle(page)
    page.wait_for_timeout(500)


def document_box(page: Any, name: str) -> Any:
    """The bordered box reviewing one uploaded document (keyed by its file name)."""
    return page.locator(f'[class*="st-key-document-{file_stem(name)}-"]').first


def grid(box: Any, index: int = 0) -> Any:
    return box.locator('[data-testid="stDataFrame"]').nth(index)


def _cell_point(table: Any, row: int, x_offset: float) -> tuple[float, float]:
    area = table.bounding_box()
    return area["x"] + x_offset, area["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2


def untick(page: Any, table: Any, row: int) -> None:
    """Click the Keep checkbox of a row (the first column)."""
    x, y = _cell_point(table, row, KEEP_COLUMN / 2)
    page.mouse.click(x, y)
    wait_idle(page)


def edit_cell(page: Any, table: Any, row: int, columns_right_of_sentence: int, text: str) -> None:
    """Select the cell 135 px into the row (the review grid's Value), move right, type, press Enter."""
    x, y = _cell_point(table, row, SMALL_COLUMN + 60)
    editor = page.locator("#portal input, #portal textarea").first
    # A click that lands while the app reruns after the last edit selects nothing: select again.
    for attempt in range(3):
        page.mouse.click(x, y)
        for _ in range(columns_right_of_sentence):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")  # opens the cell's editor in an overlay
        try:
            editor.wait_for(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise
            wait_idle(page)
    editor.fill(text)
    editor.press("Enter")
    wait_idle(page)


def grid_texts(table: Any) -> list[str]:
    """The text of every cell the grid exposes to assistive technology."""
    table.scroll_into_view_if_needed()
    table.locator('[id^="glide-cell"]').first.wait_for(state="attached", timeout=30_000)
    return [cell.inner_text() for cell in table.locator('[id^="glide-cell"]').all()]


def save(page: Any, box: Any) -> None:
    """Press a document's Save and wait for its verdict: stored, or why not."""
    box.get_by_role("button", name="Save").click()
    box.get_by_text(re.compile(r"Saved: \d|Not saved|refused|Already stored")).first.wait_for(timeout=30_000)
    wait_idle(page)


def grid_column(table: Any, column: int) -> list[str]:
    """The texts of one column of a grid, top to bottom."""
    table.scroll_into_view_if_needed()
    table.locator('[id^="glide-cell"]').first.wait_for(state="attached", timeout=30_000)
    return [cell.inner_text() for cell in table.locator(f'[id^="glide-cell-{column}-"]').all()]
