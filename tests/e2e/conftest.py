"""A real server and a real Chromium: the app as a person uses it.

The server runs `streamlit run dashboard.py` on a free port with a temporary store; the browser
is Debian's Chromium driven by Playwright (never a browser Playwright downloads itself).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from store import Store
from ui.charts import chromium_path

ROOT = Path(__file__).parents[2]
ARTIFACTS = ROOT / "test-artifacts"
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


@dataclass
class RunningApp:
    """A dashboard server and the store behind it."""

    url: str
    database_url: str
    process: subprocess.Popen[bytes]
    log: Path
    stores: list[Store] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        store = Store(self.database_url)
        try:
            return store.counts()
        finally:
            store.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium here; `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[RunningApp]:
    folder = tmp_path_factory.mktemp("app")
    database_url = f"sqlite:///{folder / 'tracker.db'}"
    port = _free_port()
    log = folder / "streamlit.log"
    env = {**os.environ, "TRACKER_DATABASE_URL": database_url}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
        )  # fmt: skip
    running = RunningApp(f"http://127.0.0.1:{port}", database_url, process, log)
    try:
        _wait_until_ready(running, browser)
        yield running
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_for_health(app: RunningApp, seconds: float = 90) -> None:
    """Until the server answers its health check; a server that dies or never answers raises."""
    deadline = time.time() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{app.url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if app.process.poll() is not None or time.time() > deadline:
            raise RuntimeError(f"the app did not start:\n{app.log.read_text()[-3000:]}")
        time.sleep(0.1)


def _wait_until_ready(app: RunningApp, browser: object) -> None:
    """Ready means the upload page's file input is attached, not just a healthy socket."""
    wait_for_health(app)
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{app.url}/upload")
    page.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]', state="attached", timeout=60_000)
    context.close()


@dataclass
class Watched:
    """A page, and everything it did that a person would call broken."""

    page: object
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def watched(browser: object, app: RunningApp) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    seen = Watched(page)

    def on_dialog(dialog: object) -> None:
        seen.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    yield seen
    context.close()
    assert not seen.dialogs, f"article content ran as script: {seen.dialogs}"


def screenshot(page: object, name: str) -> Path:
    """Save a full-window screenshot under test-artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path
