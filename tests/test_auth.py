"""Editor sign-in: the settings, the decision, the hash command, the shipped config, and the pages.

The pages run through AppTest on a temporary store, with sign-in set up through `at.secrets` or
the environment, exactly as a deployment's secrets.toml or `TRACKER_EDITORS` would set it up.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit import config
from streamlit.config import ShowErrorDetailsConfigOptions
from streamlit.testing.v1 import AppTest

from store import Store
from ui.auth import (
    EDITORS_ENV,
    AuthSettings,
    access,
    exposed_without_sign_in,
    hash_password,
    settings_from,
    verify_password,
)

ROOT = Path(__file__).parents[1]
PASSWORD = "correct horse battery"
ARTICLE = (
    "Kazakhstan and Türkiye sign a grain corridor deal\n"
    "Date: 2026-04-14\n\n"
    "Trade between Kazakhstan and Türkiye reached $6.3 billion in 2025, the ministers said.\n\n"
    "Both sides want bilateral trade to reach $18 billion by 2032.\n"
)
OIDC = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a long random string for the identity cookie",
    "client_id": "tracker",
    "client_secret": "not a real secret",
    "server_metadata_url": "https://id.example.org/.well-known/openid-configuration",
}


@pytest.fixture(scope="module")
def hashed() -> str:
    return hash_password(PASSWORD)


# The settings ---------------------------------------------------------------------------------


def test_a_password_verifies_only_for_its_editor(hashed: str) -> None:
    passwords = {"alice": hashed}
    assert verify_password(passwords, "alice", PASSWORD)
    assert not verify_password(passwords, "alice", PASSWORD + "!")
    assert not verify_password(passwords, "bob", PASSWORD), "an unknown name never signs in"
    assert not verify_password(passwords, "alice", "")
    assert not verify_password({"alice": "$argon2id$broken"}, "alice", PASSWORD)


@pytest.mark.parametrize(
    ("secrets", "environ", "required", "names", "providers", "problem"),
    [
        pytest.param({}, {}, False, set(), (), "", id="nothing-set-up-is-open"),
        pytest.param(
            {"editors": {"passwords": {"alice": "HASH"}}}, {}, True, {"alice"}, (), "", id="secrets"
        ),
        pytest.param({}, {EDITORS_ENV: "alice:HASH  bob:HASH"}, True, {"alice", "bob"}, (), "", id="env"),
        pytest.param(
            {"editors": {"passwords": {"alice": "HASH"}}},
            {EDITORS_ENV: "bob:HASH"},
            True,
            {"alice", "bob"},
            (),
            "",
            id="both",
        ),
        pytest.param({"auth": OIDC}, {}, True, set(), (None,), "", id="oidc-unnamed"),
        pytest.param(
            {"auth": {"redirect_uri": "x", "cookie_secret": "y", "google": OIDC, "okta": OIDC}},
            {},
            True,
            set(),
            ("google", "okta"),
            "",
            id="oidc-named",
        ),
        pytest.param(
            {"editors": {"passwords": {"alice": "plaintext"}}},
            {},
            True,
            set(),
            (),
            "no Argon2 hash",
            id="plain",
        ),
        pytest.param(
            {"editors": {"passwords": {"a b": "HASH"}}}, {}, True, set(), (), "no Argon2", id="bad-name"
        ),
        pytest.param(
            {"editors": {"passwords": {"alice": "$argon2id$v=19$m=65536,t=3,p=4$…"}}},
            {},
            True,
            set(),
            (),
            "no Argon2 hash",
            id="truncated-hash",
        ),
        pytest.param(
            {}, {EDITORS_ENV: "alice=HASH"}, True, set(), (), "NAME:ARGON2-HASH", id="env-malformed"
        ),
        pytest.param(
            {"auth": {"redirect_uri": "x"}}, {}, True, set(), (), "names no provider", id="auth-empty"
        ),
        pytest.param({"editors": "alice"}, {}, True, set(), (), "not a table", id="editors-not-table"),
        pytest.param({}, {}, True, set(), (), "could not be read", id="unreadable-file"),
    ],
)
def test_settings_come_from_secrets_and_environment(
    hashed: str,
    secrets: dict[str, Any],
    environ: dict[str, str],
    required: bool,
    names: set[str],
    providers: tuple[str | None, ...],
    problem: str,
) -> None:
    def fill(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        return value.replace("HASH", hashed) if isinstance(value, str) else value

    unreadable = "the secrets file could not be read" if "could not be read" in problem else ""
    settings = settings_from(fill(secrets), fill(environ), unreadable)
    assert settings.required is required
    assert set(settings.passwords) == names
    assert settings.providers == providers
    assert problem in settings.problem and bool(problem) == bool(settings.problem)


OPEN = AuthSettings()
PASSWORDS = AuthSettings(passwords={"alice": "$argon2id$x"})
PROVIDER = AuthSettings(providers=(None,), editor_emails=("ana@example.org", "@desk.example.org"))
BROKEN = AuthSettings(problem="editor 'alice' has no Argon2 hash")


@pytest.mark.parametrize(
    ("settings", "signed_in", "user", "allowed", "editor", "says"),
    [
        pytest.param(OPEN, None, {}, True, None, "", id="open"),
        pytest.param(
            PASSWORDS, None, {}, False, None, "Sign in as an editor to add articles", id="anonymous"
        ),
        pytest.param(PASSWORDS, "alice", {}, True, "alice", "", id="password-editor"),
        pytest.param(PASSWORDS, "mallory", {}, False, None, "Sign in", id="name-not-configured"),
        pytest.param(
            PASSWORDS,
            None,
            {"is_logged_in": True, "email": "ana@example.org"},
            False,
            None,
            "Sign in",
            id="provider-user-without-provider",
        ),
        pytest.param(
            PROVIDER,
            None,
            {"is_logged_in": True, "email": "Ana@Example.org"},
            True,
            "Ana@Example.org",
            "",
            id="listed",
        ),
        pytest.param(
            PROVIDER,
            None,
            {"is_logged_in": True, "email": "lu@desk.example.org"},
            True,
            "lu@desk.example.org",
            "",
            id="listed-domain",
        ),
        pytest.param(
            PROVIDER,
            None,
            {"is_logged_in": True, "email": "eve@elsewhere.org"},
            False,
            "eve@elsewhere.org",
            "not on this deployment's list of editors",
            id="not-listed",
        ),
        pytest.param(
            PROVIDER,
            None,
            {"is_logged_in": True, "email": "ana@example.org", "email_verified": False},
            False,
            "ana@example.org",
            "the provider has not verified that address",
            id="unverified-email",
        ),
        pytest.param(
            AuthSettings(providers=(None,)),
            None,
            {"is_logged_in": True, "email": "ana@example.org"},
            False,
            "ana@example.org",
            "not on",
            id="no-list-means-no-one",
        ),
        pytest.param(
            PROVIDER, None, {"is_logged_in": False}, False, None, "Sign in as an editor", id="logged-out"
        ),
        pytest.param(BROKEN, "alice", {}, False, None, "Editing is switched off", id="broken-fails-closed"),
    ],
)
def test_who_may_change_the_store(
    settings: AuthSettings,
    signed_in: str | None,
    user: dict[str, Any],
    allowed: bool,
    editor: str | None,
    says: str,
) -> None:
    verdict = access(settings, signed_in, user, "add articles")
    assert verdict.allowed is allowed
    assert verdict.editor == editor
    assert says in verdict.message and bool(says) == bool(verdict.message)


@pytest.mark.parametrize(
    ("address", "settings", "exposed"),
    [
        ("127.0.0.1", OPEN, False),
        ("localhost", OPEN, False),
        ("::1", OPEN, False),
        ("0.0.0.0", OPEN, True),
        ("", OPEN, True),
        (None, OPEN, True),
        ("192.168.1.20", OPEN, True),
        ("tracker.internal", OPEN, True),
        ("0.0.0.0", PASSWORDS, False),
        ("0.0.0.0", PROVIDER, False),
    ],
)
def test_exposure_warning(address: str | None, settings: AuthSettings, exposed: bool) -> None:
    assert exposed_without_sign_in(address, settings) is exposed


# The hash command ------------------------------------------------------------------------------


def run_hash(name: str, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.auth", "hash", name],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_hash_command_prints_a_line_for_secrets_toml() -> None:
    done = run_hash("alice", PASSWORD)
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert len(line.splitlines()) == 1 and PASSWORD not in done.stdout + done.stderr
    parsed = tomllib.loads(f"[editors.passwords]\n{line}\n")
    settings = settings_from(parsed, {})
    assert not settings.problem
    assert verify_password(settings.passwords, "alice", PASSWORD)
    assert "[editors.passwords]" in done.stderr and EDITORS_ENV in done.stderr


@pytest.mark.parametrize(
    ("name", "password", "says"),
    [
        ("alice", "short", "12 to 256 characters"),
        ("alice", "", "12 to 256 characters"),
        ("al ice", PASSWORD, "is not a name"),
        ("alice:x", PASSWORD, "is not a name"),
    ],
)
def test_hash_command_refuses_bad_input(name: str, password: str, says: str) -> None:
    done = run_hash(name, password)
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr
    assert not done.stdout


# The shipped configuration --------------------------------------------------------------------


def test_shipped_config_hides_error_details_and_listens_locally() -> None:
    config = tomllib.loads((ROOT / ".streamlit/config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == ShowErrorDetailsConfigOptions.NONE.value
    assert config["server"]["address"] == "127.0.0.1"
    # And Streamlit itself, started from the project, reads it so.
    shown = subprocess.run(
        [sys.executable, "-c", "from streamlit import config; "
         "print(config.get_option('client.showErrorDetails'), config.get_option('server.address'))"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    assert shown.stdout.split() == ["none", "127.0.0.1"]


@pytest.mark.parametrize(("extra", "address"), [([], "127.0.0.1"), (["ADDRESS=0.0.0.0"], "0.0.0.0")])
def test_make_run_binds_to_localhost_unless_told(extra: list[str], address: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"ADDRESS", "PORT"}}
    plan = subprocess.run(
        ["make", "--dry-run", "--always-make", "run", *extra],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=True,
    )  # fmt: skip
    command = next(line for line in plan.stdout.splitlines() if "streamlit run dashboard.py" in line)
    assert f"--server.address {address} " in command


# The pages ------------------------------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    monkeypatch.delenv(EDITORS_ENV, raising=False)
    st.cache_data.clear()
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


def open_app(secrets: dict[str, Any] | None = None, user: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def go(at: AppTest, page: str) -> AppTest:
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def warnings(at: AppTest) -> str:
    """The warnings' text as a reader sees it (escaped Markdown unescaped)."""
    return " ".join(w.value for w in at.warning).replace("\\", "")


def sign_in(at: AppTest, name: str, password: str) -> None:
    at.text_input(key="sign-in-name").set_value(name)
    at.text_input(key="sign-in-password").set_value(password)
    at.button(key="sign-in-submit").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def upload_and_save(at: AppTest) -> None:
    data = ARTICLE.encode()
    key = f"corridor.txt:{hashlib.sha256(data).hexdigest()[:12]}"
    at.file_uploader(key="uploads").set_value(("corridor.txt", data, "text/plain"))
    at.run()
    at.button(key=f"save-{key}").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def remove_chosen(at: AppTest, expect_disabled: bool) -> str:
    """Tick the confirmation and press Remove, even when disabled (as a forged click could)."""
    chosen = at.selectbox(key="data-article").value
    at.checkbox(key=f"confirm-remove-{chosen}").check()
    at.run()
    button = at.button(key="remove-article")
    disabled = button.disabled
    # Pressed as a crafted websocket message could: the server itself must refuse it.
    button.proto.disabled = False
    button.click()
    at.run()
    assert disabled is expect_disabled, "the button shows whether it may be used"
    assert not at.exception, [e.value for e in at.exception]
    return chosen


@pytest.fixture(params=["secrets", "environment"])
def password_setup(
    request: pytest.FixtureRequest, hashed: str, monkeypatch: pytest.MonkeyPatch, database: str
) -> dict[str, Any]:
    """Sign-in with a password for `alice`, set up in secrets.toml or in the environment."""
    if request.param == "secrets":
        return {"editors": {"passwords": {"alice": hashed}}}
    monkeypatch.setenv(EDITORS_ENV, f"alice:{hashed}")
    return {}


def test_without_sign_in_reading_works_and_changes_are_refused(database: str, password_setup: dict) -> None:
    at = open_app(password_setup)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Trade"] == "$5.0B (2025)", "the overview reads as before"
    assert any("editors sign in on Upload or Data" in c.value for c in at.sidebar.caption)

    go(at, "app_pages/upload.py")
    assert "Sign in as an editor to add articles" in warnings(at)
    assert not at.get("file_uploader"), "no upload without sign-in"
    assert (
        at.text_input(key="sign-in-password").proto.type
        == at.text_input(key="sign-in-password").proto.PASSWORD
    )

    go(at, "app_pages/data.py")
    assert len(at.dataframe[0].value) == 5, "the articles are listed"
    assert "Sign in as an editor to remove articles" in warnings(at)
    chosen = remove_chosen(at, expect_disabled=True)
    store = Store(database)
    assert store.counts()["articles"] == 5 and store.has_article(chosen), "a forged click removes nothing"
    store.close()


def test_after_sign_in_upload_and_remove_work(database: str, password_setup: dict) -> None:
    at = open_app(password_setup)
    go(at, "app_pages/upload.py")
    sign_in(at, "alice", PASSWORD)
    assert at.get("file_uploader"), "the uploader is there once signed in"
    assert any("Signed in as alice" in c.value.replace("\\", "") for c in at.sidebar.caption)
    upload_and_save(at)
    assert any("Saved:" in s.value.replace("\\", "") for s in at.success), [e.value for e in at.error]
    assert Store(database).counts()["articles"] == 6

    go(at, "app_pages/data.py")
    assert "Sign in" not in warnings(at)
    chosen = remove_chosen(at, expect_disabled=False)
    store = Store(database)
    assert store.counts()["articles"] == 5 and not store.has_article(chosen)
    store.close()

    at.sidebar.button(key="sign-out").click()
    at.run()
    go(at, "app_pages/upload.py")
    assert not at.get("file_uploader"), "signed out, the uploader is gone again"


@pytest.mark.parametrize(("name", "password"), [("alice", "wrong password!"), ("bob", PASSWORD), ("", "")])
def test_a_wrong_sign_in_is_refused_with_a_message(
    database: str, hashed: str, name: str, password: str
) -> None:
    at = open_app({"editors": {"passwords": {"alice": hashed}}})
    go(at, "app_pages/upload.py")
    sign_in(at, name, password)
    assert [e.value for e in at.error] == ["Wrong editor name or password."]
    assert not at.get("file_uploader")


def test_broken_sign_in_settings_refuse_every_change(database: str) -> None:
    at = open_app({"editors": {"passwords": {"alice": "a plain password"}}})
    assert {m.label: m.value for m in at.metric}["Trade"] == "$5.0B (2025)"
    go(at, "app_pages/upload.py")
    assert "Editing is switched off" in warnings(at)
    assert not at.get("file_uploader") and not at.text_input, "no sign-in can help, so none is offered"


@pytest.mark.parametrize(
    ("user", "uploader", "says", "buttons"),
    [
        pytest.param(
            {"is_logged_in": False},
            False,
            "Sign in as an editor",
            {"Sign in with your organisation"},
            id="out",
        ),
        pytest.param({"is_logged_in": True, "email": "ana@example.org"}, True, "", set(), id="editor"),
        pytest.param(
            {"is_logged_in": True, "email": "eve@elsewhere.org"},
            False,
            "Signed in as eve@elsewhere.org, who is not",
            {"Sign out"},
            id="not-an-editor",
        ),
    ],
)
def test_provider_sign_in_gates_upload(
    database: str, user: dict[str, Any], uploader: bool, says: str, buttons: set[str]
) -> None:
    at = open_app({"auth": OIDC, "editors": {"emails": ["ana@example.org"]}}, user)
    go(at, "app_pages/upload.py")
    assert bool(at.get("file_uploader")) is uploader
    assert says in warnings(at) and bool(says) == bool(warnings(at))
    assert {b.label for b in at.main.button if (b.key or "").startswith("sign-in")} == buttons


def test_without_sign_in_configured_everything_stays_open(database: str) -> None:
    at = open_app()
    assert not at.warning, "local use: no sign-in talk"
    go(at, "app_pages/upload.py")
    assert at.get("file_uploader") and not at.text_input(key="pasted-source").disabled


@pytest.mark.parametrize(
    "promise",
    [
        "make run ADDRESS=0.0.0.0",
        "python -m ui.auth hash alice",
        "[editors.passwords]",
        EDITORS_ENV,
        "[auth]",
    ],
)
def test_readme_says_how_to_expose_the_server_and_add_editors(promise: str) -> None:
    security = (
        (ROOT / "README.md").read_text(encoding="utf-8").split("## Security", 1)[1].split("\n## ", 1)[0]
    )
    assert promise in security


def test_a_provider_name_is_shown_as_text_not_markup(database: str) -> None:
    user = {"is_logged_in": True, "name": "**Eve** [click](javascript:alert(1))"}
    at = open_app({"auth": OIDC, "editors": {"emails": ["ana@example.org"]}}, user)
    go(at, "app_pages/upload.py")
    shown = " ".join(w.value for w in at.warning)
    assert "\\*\\*Eve\\*\\* \\[click\\]" in shown, shown


@pytest.mark.parametrize(
    ("address", "secrets", "warned"),
    [
        ("0.0.0.0", {}, True),
        ("127.0.0.1", {}, False),
        ("0.0.0.0", {"editors": {"passwords": {"alice": "HASH"}}}, False),
    ],
)
def test_sidebar_warns_when_the_network_can_change_the_store(
    database: str, hashed: str, address: str, secrets: dict[str, Any], warned: bool
) -> None:
    if secrets:
        secrets = {"editors": {"passwords": {"alice": hashed}}}
    original = config.get_option("server.address")
    config.set_option("server.address", address)  # as `--server.address` would
    try:
        at = open_app(secrets)
    finally:
        config.set_option("server.address", original)
    shown = " ".join(w.value for w in at.sidebar.warning)
    assert ("anyone can add or remove articles" in shown) is warned
