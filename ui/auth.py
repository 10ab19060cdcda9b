"""Who may change the store: everyone when no sign-in is set up, else signed-in editors only.

Reading is never gated. Two ways for editors to sign in, either or both: Streamlit's `st.login`
with an OpenID Connect provider (`[auth]` in secrets.toml), or a name and password checked
against Argon2 hashes (`[editors.passwords]` in secrets.toml, or `TRACKER_EDITORS`).
`python -m ui.auth hash NAME` prints the line that adds a password editor.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Mapping
from typing import Any

import streamlit as st
from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict

from .formatting import escape_markdown

log = logging.getLogger(__name__)

EDITORS_ENV = "TRACKER_EDITORS"
SESSION_KEY = "auth-editor"
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a bare TOML key, and free of `:` and spaces
MIN_PASSWORD = 12
MAX_INPUT = 256

# Argon2id with the library's defaults (RFC 9106's low-memory profile: 64 MiB, 3 passes).
_HASHER = PasswordHasher()
# Checked when the name is unknown, so a wrong name costs as long as a wrong password and the
# answer's timing does not tell which editor names exist. The hash of a random, discarded string.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$uK9wg+7uzwniqRrP4JqKVQ$WX1NnzJPP5PzionMeSpszuD4NvmNCeWNu1dgHO2ZUAQ"
)
_FAILED_SIGN_IN_DELAY = 1.0  # seconds a wrong password costs its session, on top of Argon2's own


class AuthSettings(BaseModel):
    """The deployment's sign-in configuration, read from secrets and the environment."""

    model_config = ConfigDict(frozen=True)

    passwords: dict[str, str] = {}  # editor name -> Argon2 hash
    providers: tuple[str | None, ...] = ()  # OIDC providers for st.login; None is the unnamed one
    editor_emails: tuple[str, ...] = ()  # who may edit after st.login: addresses or "@domain"
    problem: str = ""  # why the configuration is unusable; editing is then refused to everyone

    @property
    def required(self) -> bool:
        """Whether changing the store needs a sign-in (any method set up, or a broken setup)."""
        return bool(self.passwords or self.providers or self.problem)


class Access(BaseModel):
    """What this session may do: `allowed` to change the store, as `editor`, or why not."""

    model_config = ConfigDict(frozen=True)

    allowed: bool
    editor: str | None = None
    message: str = ""


def hash_password(password: str) -> str:
    """An Argon2id hash of `password`, in the encoded form the settings hold."""
    return _HASHER.hash(password)


def _is_argon2_hash(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        extract_parameters(value)
    except InvalidHashError:
        return False
    return True


def verify_password(passwords: Mapping[str, str], name: str, password: str) -> bool:
    """Whether `password` is `name`'s, in about the same time whether or not the name exists."""
    stored = passwords.get(name)
    try:
        matches = _HASHER.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return matches and stored is not None


def _parse_env_editors(value: str) -> tuple[dict[str, str], str]:
    """`name:hash` pairs separated by spaces or newlines; a malformed entry is a problem."""
    passwords: dict[str, str] = {}
    for entry in value.split():
        name, _, hashed = entry.partition(":")
        if not NAME_PATTERN.fullmatch(name) or not _is_argon2_hash(hashed):
            return {}, f"{EDITORS_ENV} has an entry that is not NAME:ARGON2-HASH ({name[:64]!r})"
        passwords[name] = hashed
    return passwords, ""


def oidc_providers(auth_section: Mapping[str, Any]) -> tuple[str | None, ...]:
    """The providers st.login can use: None for settings directly in [auth], else [auth.NAME]s."""
    named = tuple(
        name for name, value in auth_section.items() if isinstance(value, Mapping) and "client_id" in value
    )
    return ((None,) if "client_id" in auth_section else ()) + named


def settings_from(secrets: Mapping[str, Any], environ: Mapping[str, str], problem: str = "") -> AuthSettings:
    """Read the sign-in configuration; anything malformed makes a `problem`, never an open door."""
    editors = secrets.get("editors", {})
    if not isinstance(editors, Mapping):
        return AuthSettings(problem="[editors] in secrets.toml is not a table")
    passwords = editors.get("passwords", {})
    emails = editors.get("emails", [])
    if not isinstance(passwords, Mapping) or not isinstance(emails, list | tuple):
        return AuthSettings(problem="in [editors], passwords must be a table and emails a list")
    problems = [problem] if problem else []
    for name, hashed in passwords.items():
        if not NAME_PATTERN.fullmatch(str(name)) or not _is_argon2_hash(hashed):
            problems.append(
                f"editor {str(name)[:64]!r} has no Argon2 hash (make one: python -m ui.auth hash NAME)"
            )
    env_passwords, env_problem = _parse_env_editors(environ.get(EDITORS_ENV, ""))
    if env_problem:
        problems.append(env_problem)
    auth_section = secrets.get("auth")
    providers: tuple[str | None, ...] = ()
    if auth_section is not None:
        providers = oidc_providers(auth_section) if isinstance(auth_section, Mapping) else ()
        if not providers:
            problems.append("[auth] in secrets.toml names no provider (client_id is missing)")
    return AuthSettings(
        passwords={**dict(passwords), **env_passwords} if not problems else {},
        providers=providers,
        editor_emails=tuple(str(e).strip().lower() for e in emails if str(e).strip()),
        problem="; ".join(problems),
    )


def _email_is_editor(email: str, allowed: tuple[str, ...]) -> bool:
    email = email.strip().lower()
    domain = email.rpartition("@")[2]
    return any(email == entry or (entry.startswith("@") and domain == entry[1:]) for entry in allowed)


def access(
    settings: AuthSettings, password_editor: str | None, user: Mapping[str, Any], action: str
) -> Access:
    """Whether this session may `action` (e.g. "add articles"), given who has signed in how."""
    if not settings.required:
        return Access(allowed=True)
    if settings.problem:
        return Access(
            allowed=False,
            message=f"Editing is switched off: the sign-in settings are incomplete. Nobody can {action} "
            "until an administrator fixes them; reading is not affected.",
        )
    if password_editor is not None and password_editor in settings.passwords:
        return Access(allowed=True, editor=password_editor)
    if settings.providers and user.get("is_logged_in"):
        email = str(user.get("email") or "")
        verified = user.get("email_verified", True) is not False
        if email and verified and _email_is_editor(email, settings.editor_emails):
            return Access(allowed=True, editor=email)
        who = email or str(user.get("name") or "this account")
        why = (
            "the provider has not verified that address"
            if email and not verified
            else ("who is not on this deployment's list of editors")
        )
        return Access(
            allowed=False,
            editor=who,
            message=f"Signed in as {who}, {why}, so you cannot {action}. Reading is open to everyone.",
        )
    return Access(allowed=False, message=f"Sign in as an editor to {action}. Reading is open to everyone.")


def exposed_without_sign_in(address: str | None, settings: AuthSettings) -> bool:
    """Whether the server listens beyond this machine while anyone may change the store."""
    if settings.required:
        return False
    if address in (None, ""):
        return True  # Streamlit's default: every interface
    if address == "localhost":
        return False
    try:
        return not ipaddress.ip_address(address).is_loopback
    except ValueError:
        return True  # a host name: assume it is reachable


# Streamlit glue -------------------------------------------------------------------------------


def _secrets() -> tuple[dict[str, Any], str]:
    """The app's secrets, and a problem when a secrets file exists but cannot be read."""
    try:
        return st.secrets.to_dict(), ""
    except FileNotFoundError:  # Streamlit's error for both a missing and an unreadable file
        paths = st.get_option("secrets.files") or []
        if any(os.path.exists(path) for path in paths):
            log.error("secrets file present but unreadable: %s", ", ".join(paths))
            return {}, "the secrets file could not be read"
        return {}, ""


def current_settings() -> AuthSettings:
    """This deployment's sign-in configuration (read on every run, so edits apply at once)."""
    secrets, problem = _secrets()
    settings = settings_from(secrets, os.environ, problem)
    if settings.problem:
        log.error("sign-in settings unusable, editing refused: %s", settings.problem)
    return settings


def _user() -> dict[str, Any]:
    return st.user.to_dict()


@st.cache_resource
def _verification_lock() -> threading.Lock:
    """One Argon2 check at a time (64 MiB each), so a flood of sign-ins cannot exhaust memory."""
    return threading.Lock()


def _sign_in_form(settings: AuthSettings) -> None:
    with st.form("sign-in", clear_on_submit=True, border=False):
        left, right, button = st.columns([2, 2, 1], vertical_alignment="bottom")
        name = left.text_input("Editor name", key="sign-in-name", max_chars=MAX_INPUT)
        password = right.text_input("Password", type="password", key="sign-in-password", max_chars=MAX_INPUT)
        submitted = button.form_submit_button("Sign in", key="sign-in-submit", icon=":material/login:")
    if not submitted:
        return
    with _verification_lock():
        ok = verify_password(settings.passwords, name.strip(), password)
    if ok:
        st.session_state[SESSION_KEY] = name.strip()
        st.rerun()
    time.sleep(_FAILED_SIGN_IN_DELAY)
    st.error("Wrong editor name or password.", icon=":material/error:")


def _sign_in_controls(settings: AuthSettings, verdict: Access) -> None:
    st.warning(escape_markdown(verdict.message), icon=":material/lock:")  # it may hold a provider's name
    if settings.problem:
        return  # no sign-in can help until the settings are fixed
    if verdict.editor is not None:  # signed in with the provider but not an editor
        st.button("Sign out", key="sign-in-logout", on_click=st.logout, icon=":material/logout:")
    elif settings.providers:
        for provider in settings.providers:
            label = f"Sign in with {provider}" if provider else "Sign in with your organisation"
            st.button(
                label,
                key=f"sign-in-oidc-{provider or 'default'}",
                on_click=st.login,
                args=(provider,),
                icon=":material/login:",
            )
    if settings.passwords:
        _sign_in_form(settings)


def can_edit(action: str) -> bool:
    """Whether this session may `action`; if not, says why and offers a sign-in right here."""
    settings = current_settings()
    verdict = access(settings, st.session_state.get(SESSION_KEY), _user(), action)
    if not verdict.allowed:
        with st.container(border=True, key="sign-in-box"):
            _sign_in_controls(settings, verdict)
    return verdict.allowed


def require_editor(action: str) -> None:
    """Stop the page here unless this session may `action` (the sign-in is shown instead)."""
    if not can_edit(action):
        st.stop()


def _sign_out() -> None:
    if st.session_state.pop(SESSION_KEY, None) is None:
        st.logout()  # no password sign-in, so it was the provider's


def sidebar_status() -> None:
    """Who is signed in, with a sign-out; or a warning when the server is open to the network."""
    settings = current_settings()
    if exposed_without_sign_in(st.get_option("server.address"), settings):
        st.sidebar.warning(
            "This server accepts connections from other machines and anyone can add or remove "
            "articles: set up editor sign-in (see README, Security).",
            icon=":material/lock_open:",
        )
    if not settings.required:
        return
    verdict = access(settings, st.session_state.get(SESSION_KEY), _user(), "edit")
    if verdict.allowed:
        st.sidebar.caption(escape_markdown(f"Signed in as {verdict.editor} (editor)."))
        st.sidebar.button("Sign out", key="sign-out", on_click=_sign_out, icon=":material/logout:")
    else:
        st.sidebar.caption("Reading is open to everyone; editors sign in on Upload or Data.")


# Command line ----------------------------------------------------------------------------------


def _read_password(name: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def main(argv: list[str] | None = None) -> int:
    """`hash NAME`: read a password and print the secrets.toml line that makes NAME an editor."""
    parser = argparse.ArgumentParser(prog="python -m ui.auth", description="Editor sign-in tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    hashing = commands.add_parser("hash", help='print NAME = "ARGON2-HASH" for [editors.passwords]')
    hashing.add_argument("name", help="the editor's sign-in name (letters, digits, _ and -)")
    args = parser.parse_args(argv)
    if not NAME_PATTERN.fullmatch(args.name):
        print(f"error: {args.name!r} is not a name: use 1 to 64 letters, digits, _ or -", file=sys.stderr)
        return 2
    try:
        password = _read_password(args.name)
    except (ValueError, EOFError, KeyboardInterrupt) as error:
        print(f"error: {error or 'no password given'}", file=sys.stderr)
        return 2
    if len(password) < MIN_PASSWORD or len(password) > MAX_INPUT:
        print(f"error: a password needs {MIN_PASSWORD} to {MAX_INPUT} characters", file=sys.stderr)
        return 2
    hashed = hash_password(password)
    print(f'{args.name} = "{hashed}"')
    print(
        f"Put that line under [editors.passwords] in .streamlit/secrets.toml, or set "
        f"{EDITORS_ENV}='{args.name}:{hashed}'.",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
