"""A deployment that requires editors to sign in, in a real browser: reading is open, Upload and
remove are refused until an editor signs in with a password, and work afterwards.

The server gets its editor from a secrets.toml in a temporary folder (`--secrets.files`), as a
deployment would; the project's own .streamlit/ is not touched.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from ui.auth import EDITORS_ENV, hash_password

from .conftest import ROOT, RunningApp, Watched, _free_port, screenshot
from .ui import document_box, goto, metrics, save, upload, wait_idle

pytestmark = pytest.mark.browser

ARTICLE = ROOT / "tests" / "fixtures" / "e2e" / "astana-business-council.txt"
EDITOR, PASSWORD = "alice", "a long editor password"
FILE_INPUT = '[data-testid="stFileUploaderDropzoneInput"]'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[RunningApp]:
    """The dashboard with one password editor set up in its secrets (overrides conftest's `app`)."""
    folder = tmp_path_factory.mktemp("auth-app")
    secrets = folder / "secrets.toml"
    secrets.write_text(f'[editors.passwords]\n{EDITOR} = "{hash_password(PASSWORD)}"\n', encoding="utf-8")
    database_url = f"sqlite:///{folder / 'tracker.db'}"
    port = _free_port()
    log = folder / "streamlit.log"
    env = {k: v for k, v in os.environ.items() if k != EDITORS_ENV} | {"TRACKER_DATABASE_URL": database_url}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.headless", "true", "--server.fileWatcherType", "none",
             "--secrets.files", str(secrets)],
            cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
        )  # fmt: skip
    running = RunningApp(f"http://127.0.0.1:{port}", database_url, process, log)
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{running.url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"the app did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.1)
        yield running
    finally:
        process.terminate()
        process.wait(timeout=30)


def _sidebar_link(page: object, name: str) -> None:
    """Follow a sidebar link, as a person does: the session (and its sign-in) carries over."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=name).first.click()  # type: ignore[attr-defined]
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)  # type: ignore[attr-defined]
    wait_idle(page)


def _remove_box(page: object) -> object:
    return page.locator('[data-testid="stVerticalBlock"]', has_text="Remove this article").last  # type: ignore[attr-defined]


def _sign_in(page: object, name: str, password: str) -> None:
    page.get_by_label("Editor name").fill(name)  # type: ignore[attr-defined]
    page.get_by_label("Password", exact=True).fill(password)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Sign in").click()  # type: ignore[attr-defined]
    wait_idle(page)


def test_sign_in_gates_every_change_and_leaves_reading_open(app: RunningApp, watched: Watched) -> None:
    page = watched.page

    # Reading needs nothing: the overview's cards and the data page's list.
    goto(page, app.url, "/")
    assert metrics(page)["Trade"] == "$5.0B"
    before = app.counts()  # the sample articles, stored by the first page's run
    assert before["articles"] == 5
    assert "editors sign in on Upload or Data" in page.locator('[data-testid="stSidebar"]').inner_text()
    goto(page, app.url, "/data")
    assert page.locator('[data-testid="stDataFrame"]').first.is_visible()
    assert (
        "Sign in as an editor to remove articles"
        in page.locator('[data-testid="stAlert"]').first.inner_text()
    )

    # Removing is refused: even once confirmed, the button stays disabled, and nothing changes.
    box = _remove_box(page)
    box.get_by_text("Yes, remove").click()
    wait_idle(page)
    assert box.get_by_role("checkbox").is_checked()
    assert box.get_by_role("button", name="Remove article").is_disabled()
    screenshot(page, "auth-01-data-refused")

    # Upload is refused: a sign-in instead of the uploader; a wrong password changes nothing.
    goto(page, app.url, "/upload")
    assert (
        "Sign in as an editor to add articles" in page.locator('[data-testid="stAlert"]').first.inner_text()
    )
    assert page.locator(FILE_INPUT).count() == 0
    _sign_in(page, EDITOR, "not the password")
    page.get_by_text("Wrong editor name or password.").wait_for(timeout=30_000)
    assert page.locator(FILE_INPUT).count() == 0
    screenshot(page, "auth-02-upload-refused")
    assert app.counts() == before

    # Signed in, the same session can add an article...
    _sign_in(page, EDITOR, PASSWORD)
    page.wait_for_selector(FILE_INPUT, state="attached", timeout=60_000)
    assert f"Signed in as {EDITOR}" in page.locator('[data-testid="stSidebar"]').inner_text()
    upload(page, [ARTICLE])
    text_box = document_box(page, ARTICLE.name)
    save(page, text_box)
    assert re.search(r"stored \d+ facts", text_box.inner_text().replace("\\", ""))
    assert app.counts()["articles"] == before["articles"] + 1
    screenshot(page, "auth-03-upload-signed-in")

    # ...while another visitor, at the same time, is still refused.
    other = page.context.browser.new_context().new_page()
    goto(other, app.url, "/upload")
    assert other.locator(FILE_INPUT).count() == 0
    other.context.close()

    # ...and remove one.
    _sidebar_link(page, "Data")
    box = _remove_box(page)
    assert "Sign in" not in box.inner_text()
    box.get_by_text("Yes, remove").click()
    wait_idle(page)
    screenshot(page, "auth-04-data-signed-in")
    box.get_by_role("button", name="Remove article").click()
    page.get_by_text("Article removed").wait_for(timeout=30_000)
    wait_idle(page)
    assert app.counts()["articles"] == before["articles"]

    # Signing out closes the door again.
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Sign out").click()
    wait_idle(page)
    _sidebar_link(page, "Upload")
    assert page.locator(FILE_INPUT).count() == 0
    assert not watched.errors, watched.errors
