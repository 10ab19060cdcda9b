"""The README promises what the code does: its first commands, every command line, the public names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import extract
import store

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_run_and_test() -> None:
    opening = README.split("```")[1]
    assert "make run" in opening and "make test" in opening


@pytest.mark.parametrize("command", ["ingest", "list", "export", "remove"])
def test_every_store_command_is_documented_and_exists(command: str) -> None:
    assert f"python -m store {command}" in README or f"-m store {command}" in README
    result = subprocess.run(
        [sys.executable, "-m", "store", command, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "usage" in result.stdout


def test_extract_command_is_documented() -> None:
    assert "python -m extract" in README


@pytest.mark.parametrize("module", [extract, store])
def test_exported_names_are_sorted_and_importable(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    # isort's order, as ruff keeps it: CONSTANTS, then Classes, then functions.
    kind = lambda name: 0 if name.isupper() else 1 if name[0].isupper() else 2  # noqa: E731
    assert names == sorted(names, key=lambda name: (kind(name), name))
    assert all(hasattr(module, name) for name in names)
