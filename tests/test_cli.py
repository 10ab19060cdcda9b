"""`python -m extract`: the command-line contract other tools read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES, make_pdf

ROOT = Path(__file__).parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_one_json_line_per_file_in_input_order() -> None:
    files = [FIXTURES / "kaz-tur-forum.html", FIXTURES / "kaz-tur-council.txt"]
    proc = run(*map(str, files))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(f) for f in files]
    council = lines[1]
    assert set(council) >= {"source", "title", "date", "countries", "facts", "agreements"}
    assert council["countries"] == ["KAZ", "TUR"] and council["date"] == "2025-07-29"
    fact = next(f for f in council["facts"] if f["metric"] == "investment" and f["from"] == "TUR")
    assert (fact["value"], fact["unit"], fact["to"]) == (5000000000, "USD", "KAZ")
    assert {"evidence", "start", "end", "kind", "year", "qualifier", "commodity"} <= set(fact)


def test_hostile_files_each_get_a_line_an_error_and_exit_2(tmp_path: Path) -> None:
    hostile = {
        "empty.txt": b"",
        "random.txt": bytes(range(256)) * 40,
        "fake.pdf": b"this is not a pdf at all",
        "broken.docx": b"PK\x03\x04garbage",
        "nav.html": b"<html><body><nav>Home | About</nav></body></html>",
        "huge.txt": b"x" * (30 * 1024 * 1024),
    }
    for name, data in hostile.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "folder").mkdir()
    good = tmp_path / "good.pdf"
    good.write_bytes(
        make_pdf(
            ["Kazakhstan and Turkiye", "Trade between Kazakhstan and Turkiye reached $5 billion in 2024."]
        )
    )
    args = [
        *(str(tmp_path / n) for n in hostile),
        str(tmp_path / "folder"),
        str(tmp_path / "missing.txt"),
        str(good),
    ]
    proc = run(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == len(args)
    assert [line["source"] for line in lines] == args
    for line in lines[:-1]:
        assert line["error"] and line["facts"] == []
    assert "error" not in lines[-1]
    assert [f["value"] for f in lines[-1]["facts"]] == [5000000000]
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == len(args) - 1
    assert all(e.startswith("extract: ") for e in errors)
    assert any("is a directory" in e for e in errors)
    assert any("no such file" in e for e in errors)
    assert any("limit is 10 MB" in e for e in errors)


def test_no_arguments_prints_usage() -> None:
    proc = run()
    assert proc.returncode == 2 and "usage" in proc.stderr.lower()


def test_help_names_the_formats() -> None:
    proc = run("--help")
    assert proc.returncode == 0 and ".docx" in proc.stdout
