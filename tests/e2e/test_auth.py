"""A deployment that requires editors to sign in, in a real browser: reading is open, Upload and
remove are refused until an editor signs in with a password, and work afterwards.

The server gets its editor from a secrets.toml in a temporary folder (`--secrets.files`), as a
deployment would; the project's own .streamlit/ is not touched.
"""

from __future__ import annotations

import os
import re
import secrets as secrets_module
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ui.auth import EDITORS_ENV, hash_password

from .conftest import ROOT, RunningApp, Watched, _free_port, screenshot, wait_for_health
from .oidc_provider import Provider
from .ui import document_box, goto, metrics, save, upload, wait_idle

pytestmark = pytest.mark.browser

ARTICLE = ROOT / "tests" / "fixtures" / "e2e" / "astana-business-council.txt"
EDITOR, PASSWORD = "alice", "a long editor password"
OIDC_EDITOR = "ana@example.org"
FILE_INPUT = '[data-testid="stFileUploaderDropzoneInput"]'


@contextmanager
def _server(folder: Path, secrets: str, port: int | None = None) -> Iterator[RunningApp]:
    """`streamlit run dashboard.py` with `secrets` as its only secrets file and a fresh store."""
    (folder / "secrets.toml").write_text(secrets, encoding="utf-8")
    database_url = f"sqlite:///{folder / 'tracker.db'}"
    port = port or _free_port()
    log = folder / "streamlit.log"
    env = {k: v for k, v in os.environ.items() if k != EDITORS_ENV} | {"TRACKER_DATABASE_URL": database_url}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.headless", "true", "--server.fileWatcherType", "none",
             "--secrets.files", str(folder / "secrets.toml")],
            cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
        )  # fmt: skip
    running = RunningApp(f"http://127.0.0.1:{port}", database_url, process, log)
    try:
        wait_for_health(running)
        yield running
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[RunningApp]:
    """The dashboard with one password editor set up in its secrets (overrides conftest's `app`)."""
    secrets = f'[editors.passwords]\n{EDITOR} = "{hash_password(PASSWORD)}"\n'
    with _server(tmp_path_factory.mktemp("auth-app"), secrets) as running:
        yield running


@pytest.fixture(scope="module")
def oidc_app(
    tmp_path_factory: pytest.TempPathFactory, browser: object
) -> Iterator[tuple[RunningApp, Provider]]:
    """The dashboard signing in through a local OIDC provider, with one listed editor address."""
    port = _free_port()
    with Provider("tracker", "client-secret-for-tests", OIDC_EDITOR) as provider:
        secrets = (
            f'[editors]\nemails = ["{OIDC_EDITOR}"]\n\n[auth]\n'
            f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            f'cookie_secret = "{secrets_module.token_hex(32)}"\n'
            f'client_id = "{provider.client_id}"\nclient_secret = "{provider.client_secret}"\n'
            f'server_metadata_url = "{provider.metadata_url}"\n'
        )
        with _server(tmp_path_factory.mktemp("oidc-app"), secrets, port) as running:
            yield running, provider


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
    assert metrics(page)["Trade"] == "$5.0B (2025)"
    before = app.counts()  # the sample articles, stored by the first page's run
    assert before["articles"] == 5
    assert "editors sign in on Upload or Data" in page.locator('[data-testid="stSidebar"]').inner_text()
    goto(page, app.url, "/data")
    page.locator('[data-testid="stDataFrame"]').first.wait_for(state="visible", timeout=30_000)
    assert (
        "Sign in as an editor to remove articles"
        in page.locator('[data-testid="stAlert"]').first.inner_text()
    )

    # Removing is refused: even once confirmed, the button stays disabled, and nothing changes.
    box = _remove_box(page)
    box.get_by_text("Yes, remove").click()
    wait_idle(page)
    expect(box.get_by_role("checkbox")).to_be_checked()
    wait_idle(page)  # the rerun the tick started has drawn the button again
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
    assert re.search(r"Saved: \d+ figures", text_box.inner_text().replace("\\", ""))
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
    box.get_by_role("button", name="Remove article").click()  # Playwright waits for it to be enabled
    page.get_by_text(f"{before['articles']} articles,").wait_for(timeout=60_000)
    wait_idle(page)
    assert app.counts()["articles"] == before["articles"]

    # Signing out closes the door again.
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Sign out").click()
    wait_idle(page)
    _sidebar_link(page, "Upload")
    assert page.locator(FILE_INPUT).count() == 0
    assert not watched.errors, watched.errors


def test_provider_sign_in_admits_listed_editors_only(
    oidc_app: tuple[RunningApp, Provider], browser: object
) -> None:
    app, provider = oidc_app
    context = browser.new_context(viewport={"width": 1400, "height": 1100})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        goto(page, app.url, "/upload")
        assert (
            "Sign in as an editor to add articles"
            in page.locator('[data-testid="stAlert"]').first.inner_text()
        )
        assert page.locator(FILE_INPUT).count() == 0
        before = app.counts()

        # A listed editor goes through the provider and comes back signed in.
        _through_provider(page, app, "Sign in with your organisation")
        page.get_by_text(f"Signed in as {OIDC_EDITOR} (editor).").wait_for(timeout=60_000)
        goto(page, app.url, "/upload")  # a reload: the identity cookie keeps the sign-in
        page.wait_for_selector(FILE_INPUT, state="attached", timeout=60_000)
        upload(page, [ARTICLE])
        box = document_box(page, ARTICLE.name)
        save(page, box)
        assert app.counts()["articles"] == before["articles"] + 1
        screenshot(page, "auth-05-provider-editor")

        _through_provider(page, app, "Sign out")
        page.get_by_text("editors sign in on Upload or Data").wait_for(timeout=60_000)

        # Someone the provider knows but the deployment does not list can only read.
        provider.email = "eve@elsewhere.org"
        goto(page, app.url, "/upload")
        _through_provider(page, app, "Sign in with your organisation")
        goto(page, app.url, "/upload")
        alert = page.locator('[data-testid="stAlert"]').first.inner_text()
        assert "Signed in as eve@elsewhere.org, who is not on this deployment's list of editors" in alert
        assert page.locator(FILE_INPUT).count() == 0
        assert metrics_after_reading(page, app) == "$6.4B (2025)"
    finally:
        context.close()


def _through_provider(page: object, app: RunningApp, button: str) -> None:
    """Press a sign-in or sign-out button and wait for the redirects to land back on the app."""
    page.get_by_role("button", name=button).click()  # type: ignore[attr-defined]
    page.wait_for_url(f"{app.url}/", timeout=60_000)  # type: ignore[attr-defined]
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)  # type: ignore[attr-defined]
    wait_idle(page)


def metrics_after_reading(page: object, app: RunningApp) -> str:
    """The overview's trade card, which any reader can open."""
    goto(page, app.url, "/")
    return metrics(page)["Trade"]
