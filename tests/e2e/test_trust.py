"""In a real browser, at desktop and phone width: the headline figures a reader can trust, the review
screen built for checking, and charts that join only what compares. Screenshots of every page."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT, RunningApp, screenshot
from .ui import ROW_HEIGHT, document_box, goto, grid, grid_texts, metrics, upload, wait_idle

TRUST = ROOT / "tests" / "fixtures" / "trust"
GOAL, CUSTOMS, PLEDGE = (
    TRUST / n for n in ("india-uae-goal.txt", "india-uae-customs.txt", "japan-india-pledge.txt")
)
PLANTS = TRUST / "germany-china-plants.txt"  # never saved: up for review in every run
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
PAGES = {"overview": "/", "progress": "/progress", "agreements": "/agreements", "data": "/data"}
# The review grid's first four columns (keep, as written, value, kind), pinned, in pixels.
KEEP, WRITTEN, VALUE, KIND = 40, 92, 120, 72
PINNED_WIDTH = KEEP + WRITTEN + VALUE + KIND

pytestmark = pytest.mark.browser


def _page(browser: object, size: dict[str, int]) -> object:
    context = browser.new_context(viewport=size, device_scale_factor=1)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    return page


def _full_screenshot(page: object, name: str) -> None:
    """The whole page, not just the window: Streamlit scrolls inside its main block, so the window
    is made as tall as the content for the picture."""
    size = dict(page.viewport_size)  # type: ignore[attr-defined]
    height = page.evaluate(  # type: ignore[attr-defined]
        '() => Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stMain"] *\')].slice(0, 400).map(e => e.scrollHeight))'
    )
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 60, 8000)})  # type: ignore[attr-defined]
    page.wait_for_timeout(700)  # type: ignore[attr-defined]
    screenshot(page, name)
    page.set_viewport_size(size)  # type: ignore[attr-defined]


def _no_sideways_scroll(page: object) -> None:
    width = page.evaluate("() => document.scrollingElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= page.viewport_size["width"], f"the page scrolls sideways: {width}px"  # type: ignore[attr-defined]


def _edit_value(page: object, table: object, row: int, was: str, text: str) -> None:
    """Open the editor of a row's Value cell (checked by the value it holds), type, press Enter.

    The grid opens an editor on a second click of a selected cell or on Enter, and a click just
    after an editor closed may be taken by it: so click, and press Enter only if no editor opened.
    """
    table.scroll_into_view_if_needed()  # type: ignore[attr-defined]
    editor = page.locator("#portal input, #portal textarea").first  # type: ignore[attr-defined]
    for _ in range(4):
        area = table.bounding_box()  # type: ignore[attr-defined]
        page.mouse.click(area["x"] + KEEP + WRITTEN + VALUE / 2, area["y"] + ROW_HEIGHT * (row + 1.5))  # type: ignore[attr-defined]
        page.wait_for_timeout(300)  # type: ignore[attr-defined]
        if not editor.is_visible():
            page.keyboard.press("Enter")  # type: ignore[attr-defined]
            page.wait_for_timeout(300)  # type: ignore[attr-defined]
        if editor.is_visible() and editor.input_value() == was:
            break
        page.keyboard.press("Escape")  # type: ignore[attr-defined]
        page.wait_for_timeout(300)  # type: ignore[attr-defined]
    else:
        raise AssertionError(f"could not open the editor of row {row}'s value")
    editor.fill(text)
    editor.press("Enter")
    wait_idle(page)


def _choose_pair(page: object, label: str) -> None:
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()  # type: ignore[attr-defined]
    page.get_by_role("option", name=label).click()  # type: ignore[attr-defined]
    wait_idle(page)


def test_review_save_and_the_headline_figures(app: RunningApp, browser: object) -> None:
    page = _page(browser, DESKTOP)
    goto(page, app.url, "/upload")
    upload(page, [GOAL, CUSTOMS, PLEDGE])
    pledge = document_box(page, PLEDGE.name)
    texts = grid_texts(grid(pledge))
    assert "5 trillion yen" in texts and "5000000000000" in texts, (
        texts
    )  # the grid draws it 5,000,000,000,000
    assert "None" not in texts, "blank cells are blank"
    # An edit the store must refuse: the message names the row by its figure.
    _edit_value(page, grid(pledge), 1, "3200000000", "0")
    pledge.get_by_role("button", name="Save").click()
    refusal = pledge.get_by_text(
        re.compile(r"Not saved: Row 2 \(\$3\.2 billion\): value must be a number above zero")
    )
    refusal.wait_for(timeout=30_000)
    before = app.counts()
    _edit_value(page, grid(pledge), 1, "0", "3200000000")
    # Each sentence is readable in full, its figure in bold.
    pledge.get_by_text("Read each figure in its sentence").click()
    bold = pledge.locator("strong", has_text="5 trillion yen")
    bold.first.wait_for(timeout=10_000)
    _full_screenshot(page, "trust-desktop-upload-review")
    for box in (document_box(page, GOAL.name), document_box(page, CUSTOMS.name), pledge):
        box.get_by_role("button", name="Save").click()
        box.get_by_text(re.compile(r"^Saved: ")).wait_for(timeout=30_000)
        wait_idle(page)
    assert app.counts()["articles"] == before["articles"] + 3
    assert "Saved: 3 figures, 1 agreement" in pledge.inner_text()
    assert "Saved: 1 figure, 0 agreements" in document_box(page, CUSTOMS.name).inner_text()
    _full_screenshot(page, "trust-desktop-upload-saved")

    # The link opens the pair's overview, and the pair is the article's.
    pledge.get_by_role("link", name="Open the overview of India – Japan").click()
    page.wait_for_url(re.compile(r"/$|/\?"), timeout=30_000)
    cards = metrics(page)
    assert cards["Investment, Japan → India, yen"] == "–"
    assert cards["Investment, Japan → India, US dollars"] == "$3.2B (2021)"
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "¥5.0T over 2022–2027" in main and "No agreements recorded" not in main

    _choose_pair(page, "United Arab Emirates – India")
    cards = metrics(page)
    assert cards["Trade"] == "$72B (2023)"
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "72% of the $100B target by 2030" in main
    assert "Also reported: $28B (first half of 2024, non-oil), not compared with the target." in main
    assert "Sources disagree on 2023: $72B" in main and "against $84B" in main
    assert "No agreements recorded for this pair yet." in main
    assert not page.errors, page.errors  # type: ignore[attr-defined]
    page.context.close()  # type: ignore[attr-defined]


def _points_and_labels(page: object) -> tuple[list[dict], list[dict]]:
    return page.evaluate(  # type: ignore[attr-defined]
        """() => {
        const box = e => { const r = e.getBoundingClientRect();
          return {x: r.x, y: r.y, w: r.width, h: r.height}; };
        const plot = document.querySelector('[data-testid="stPlotlyChart"]');
        return [
          [...plot.querySelectorAll('.scatterlayer .point')].map(box),
          [...plot.querySelectorAll('.annotation-text-g text')].map(box),
        ];
      }"""
    )


def _overlaps(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    )


def test_progress_chart_ticks_each_year_and_labels_clear_of_markers(app: RunningApp, browser: object) -> None:
    page = _page(browser, DESKTOP)
    goto(page, app.url, "/progress")  # Kazakhstan–Türkiye trade: 2021–2025, one revision
    page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').first.wait_for(timeout=30_000)
    ticks = page.evaluate(  # type: ignore[attr-defined]
        "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .xtick text')]"
        ".map(t => t.textContent.trim())"
    )
    years = [int(t) for t in ticks if t.isdigit()]
    assert years == list(range(years[0], years[0] + len(years))) and len(years) >= 5, ticks
    points, labels = _points_and_labels(page)
    assert points and labels, "markers and a revision label are drawn"
    for label in labels:
        assert not any(_overlaps(label, point) for point in points), (label, points)
    assert not page.errors, page.errors  # type: ignore[attr-defined]
    page.context.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "size"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_every_page_at_desktop_and_phone_width(
    app: RunningApp, browser: object, name: str, size: dict
) -> None:
    page = _page(browser, DESKTOP)
    goto(page, app.url, "/upload")
    upload(page, [PLANTS])
    if name == "phone":
        page.set_viewport_size(size)  # type: ignore[attr-defined]
        wait_idle(page)
    box = document_box(page, PLANTS.name)
    table = grid(box)
    table.scroll_into_view_if_needed()
    area = table.bounding_box()
    if name == "phone":
        _no_sideways_scroll(page)
        # Keep, the figure as written, its value and kind fit the screen: no sideways scrolling.
        assert area["x"] >= 0 and area["x"] + PINNED_WIDTH <= size["width"], area
        assert area["width"] >= PINNED_WIDTH, area
    _full_screenshot(page, f"trust-{name}-upload")

    # The pages as a reader sees them, on the tests' own pair where it is stored (after the first
    # test). Pages are opened from the sidebar, as a reader does: a reload would start a new session.
    page.set_viewport_size(DESKTOP)  # type: ignore[attr-defined]
    goto(page, app.url, "/")
    chooser = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]')  # type: ignore[attr-defined]
    chooser.click()
    option = page.get_by_role("option", name="United Arab Emirates – India")  # type: ignore[attr-defined]
    if option.count():
        option.click()
    else:
        page.keyboard.press("Escape")  # type: ignore[attr-defined]
    wait_idle(page)
    for title in PAGES:
        page.set_viewport_size(DESKTOP)  # type: ignore[attr-defined]
        page.locator('[data-testid="stSidebarNav"] a', has_text=title.capitalize()).click()  # type: ignore[attr-defined]
        page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)  # type: ignore[attr-defined]
        wait_idle(page)
        page.set_viewport_size(size)  # type: ignore[attr-defined]
        page.wait_for_timeout(800)  # type: ignore[attr-defined]  # charts finish drawing
        if name == "phone":
            _no_sideways_scroll(page)
        _full_screenshot(page, f"trust-{name}-{title}")
    assert not page.errors, page.errors  # type: ignore[attr-defined]
    page.context.close()  # type: ignore[attr-defined]
