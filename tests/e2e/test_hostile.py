"""Hostile input through the browser: every bad file gets a clear message, nothing an article
carries is rendered as markup or run, nothing stored changes; two sessions saving at once."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from ..conftest import make_encrypted_pdf, make_image_only_pdf
from .conftest import RunningApp, Watched, screenshot
from .ui import document_box, goto, save, upload, wait_idle

pytestmark = pytest.mark.browser

ARTICLE_WITH_MARKUP = (
    "Kazakhstan and Türkiye: **bold claims** and <b>tags</b>\n"
    "Date: 2026-04-01\n\n"
    "Trade between Kazakhstan and Türkiye reached $7.2 billion in 2025, see [the source](javascript:alert(1)), "
    "<b>bold</b>, <img src=x onerror=alert(2)>, $x^2$ and :material/warning: for details.\n"
)
HTML_WITH_SCRIPTS = (
    "<html><head><title>Forum</title><script>alert('head')</script></head><body>"
    "<article><h1>Kazakhstan and Türkiye sign transport deals</h1>"
    "<p>Kazakhstan and Türkiye signed 4 agreements on railways and ports on Monday, officials said in Ankara.</p>"
    "<p><img src=x onerror=\"alert('img')\"><iframe src=\"javascript:alert('frame')\"></iframe>"
    "Trade between the two countries reached $6.9 billion in 2025.</p>"
    "<script>alert('body')</script></article></body></html>"
)
GERMAN = (
    "Handel zwischen Kasachstan und der Türkei wächst\n\n"
    + "Der Handel zwischen den beiden Ländern ist im vergangenen Jahr stark gewachsen, sagte der Minister am Dienstag. "
    * 6
)
FORMULA = (
    '=HYPERLINK("http://example.com","Kazakhstan and Türkiye trade")\n'
    "Date: 2026-04-02\n\n"
    "Trade between Kazakhstan and Türkiye reached $7.4 billion in 2025, the ministry said.\n"
)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


REJECTED = {
    "empty.txt": (b"", "is empty"),
    "random.txt": (bytes(range(256)) * 30, "binary"),
    "random.pdf": (os.urandom(4096), "not a PDF"),
    "locked.pdf": (make_encrypted_pdf(["Trade reached $5 billion"]), "password-protected"),
    "scan.pdf": (make_image_only_pdf(), "no text layer"),
    "only-scripts.html": (
        b"<html><body><script>alert(1)</script><iframe src='x'></iframe></body></html>",
        "no article text",
    ),
}


@pytest.mark.parametrize("name", list(REJECTED))
def test_unreadable_files_get_a_clear_message(
    app: RunningApp, watched: Watched, tmp_path: Path, name: str
) -> None:
    data, reason = REJECTED[name]
    page = watched.page
    before = app.counts()
    goto(page, app.url, "/upload")
    upload(page, [_write(tmp_path, name, data)])
    alert = document_box(page, name).locator('[data-testid="stAlert"]')
    assert reason in alert.inner_text().replace("\\", "")
    assert "Traceback" not in page.content()
    assert app.counts() == before


def test_file_over_the_upload_limit_is_refused(app: RunningApp, watched: Watched, tmp_path: Path) -> None:
    page = watched.page
    before = app.counts()
    goto(page, app.url, "/upload")
    assert page.get_by_text("up to 10 MB each").is_visible()
    big = _write(tmp_path, "big.txt", b"trade " * (2 * 1024 * 1024))  # 12 MB
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(big))
    page.locator('[data-testid="stFileChipIconError"]').wait_for(timeout=30_000)
    assert "must be 10.0MB or smaller" in page.locator('[data-testid="stFileUploader"]').inner_text()
    wait_idle(page)
    assert page.locator('[class*="st-key-document-"]').count() == 0, "nothing was read"
    assert app.counts() == before


def test_article_markup_is_shown_as_text_and_never_runs(
    app: RunningApp, watched: Watched, tmp_path: Path
) -> None:
    page = watched.page
    goto(page, app.url, "/upload")
    upload(
        page,
        [
            _write(tmp_path, "markup.txt", ARTICLE_WITH_MARKUP),
            _write(tmp_path, "scripts.html", HTML_WITH_SCRIPTS),
        ],
    )
    for name in ("markup.txt", "scripts.html"):
        save(page, document_box(page, name))
    goto(page, app.url, "/")
    for expander in page.locator('[data-testid="stExpander"]').all():
        expander.locator("summary").click()
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]')
    text = main.inner_text()
    assert "[the source](javascript:alert(1))" in text
    assert "<b>bold</b>" in text and "$x^2$" in text
    assert main.locator('a[href^="javascript"]').count() == 0
    assert main.locator("b", has_text="bold").count() == 0
    assert main.locator("iframe, script, img[onerror]").count() == 0
    assert main.locator(".katex").count() == 0
    screenshot(page, "06-markup-as-text")
    assert watched.dialogs == []


def test_other_language_duplicate_and_formula(app: RunningApp, watched: Watched, tmp_path: Path) -> None:
    page = watched.page
    goto(page, app.url, "/upload")
    upload(page, [_write(tmp_path, "german.txt", GERMAN)])
    assert "does not look like English" in document_box(page, "german.txt").inner_text()

    formula = _write(tmp_path, "formula.txt", FORMULA)
    goto(page, app.url, "/upload")
    upload(page, [formula])
    save(page, document_box(page, "formula.txt"))
    before = app.counts()
    goto(page, app.url, "/upload")
    upload(page, [formula])
    assert "Already stored" in document_box(page, "formula.txt").inner_text()
    assert app.counts() == before

    goto(page, app.url, "/data")
    with page.expect_download() as info:
        page.get_by_role("button", name="Whole dataset (CSV)").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"))))
    titles = [r["title"] for r in rows if r["source"] == "formula.txt"]
    assert titles and all(t.startswith("'=HYPERLINK") for t in titles)


def test_two_sessions_saving_at_once_lose_and_mix_nothing(
    app: RunningApp, browser: object, tmp_path: Path
) -> None:
    articles = {
        "first.txt": "Kazakhstan and Türkiye first\nDate: 2026-05-01\n\nTrade between Kazakhstan and Türkiye reached $7.7 billion in 2025.\n",
        "second.txt": "Kazakhstan and Türkiye second\nDate: 2026-05-02\n\nSome 4,400 Turkish companies operate in Kazakhstan.\n",
    }
    before = app.counts()
    contexts = [browser.new_context(viewport={"width": 1400, "height": 1100}) for _ in articles]  # type: ignore[attr-defined]
    pages = [context.new_page() for context in contexts]
    try:
        for page, name in zip(pages, articles, strict=True):
            goto(page, app.url, "/upload")
            upload(page, [_write(tmp_path, name, articles[name])])
        for page, name in zip(pages, articles, strict=True):
            document_box(page, name).get_by_role("button", name="Save").click(no_wait_after=True)
        for page in pages:
            wait_idle(page)
        for page, (name, other) in zip(
            pages, [("first.txt", "second.txt"), ("second.txt", "first.txt")], strict=True
        ):
            box = document_box(page, name)
            box.get_by_text("Saved:").first.wait_for(timeout=30_000)
            assert other not in page.locator('[data-testid="stMain"]').inner_text()
    finally:
        for context in contexts:
            context.close()
    after = app.counts()
    assert after["articles"] == before["articles"] + 2
    assert after["facts"] == before["facts"] + 2
