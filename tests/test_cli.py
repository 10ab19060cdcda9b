"""`python -m extract`: the command-line contract other tools read."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract import extractor
from extract.__main__ import main as extract_main

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


def article(tmp_path: Path, name: str, billions: int, year: int = 2024) -> Path:
    """A short article of our own with one trade figure, written to `tmp_path / name`."""
    path = tmp_path / name
    path.write_text(
        f"Kazakhstan and Turkiye review their trade\n\n"
        f"Trade between Kazakhstan and Turkiye reached ${billions} billion in {year}.\n",
        encoding="utf-8",
    )
    return path


FAILURES = {
    "out of memory": (MemoryError(), "is too large to read in memory (MemoryError)"),
    "too deep": (RecursionError("maximum recursion depth exceeded"), "is nested too deeply to read"),
    "a bug": (KeyError("period"), "an internal error (KeyError)"),
}


@pytest.mark.parametrize("stage", ["read_path", "extract_document"])
@pytest.mark.parametrize("error,reason", list(FAILURES.values()), ids=list(FAILURES))
def test_any_failure_in_one_file_is_its_error_line_and_the_batch_goes_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    stage: str,
    error: BaseException,
    reason: str,
) -> None:
    good, bad, good2 = (
        article(tmp_path, "good.txt", 5),
        article(tmp_path, "bad.txt", 6),
        article(tmp_path, "good2.txt", 7),
    )
    real = getattr(extractor, stage)

    def breaks_on_bad(subject: object, *args: object) -> object:
        named = getattr(subject, "source", subject)
        if Path(str(named)).name == "bad.txt":
            raise error
        return real(subject, *args)

    monkeypatch.setattr(extractor, stage, breaks_on_bad)
    with caplog.at_level(logging.DEBUG, logger="extract"):
        status = extract_main([str(good), str(bad), str(good2)])
    out, err = capsys.readouterr()
    assert status == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"] for line in lines] == [str(good), str(bad), str(good2)]
    assert [[f["value"] for f in line["facts"]] for line in lines] == [[5e9], [], [7e9]]
    assert reason in lines[1]["error"] and "\n" not in lines[1]["error"]
    assert err.splitlines() == [f"extract: {bad}: {lines[1]['error']}"]
    assert "Traceback" not in err
    # The traceback is kept for whoever debugs it, at debug level.
    logged = [r for r in caplog.records if r.levelno == logging.DEBUG and r.exc_info]
    assert len(logged) == 1 and logged[0].exc_info[1] is error


def test_a_directory_and_a_missing_file_do_not_stop_the_batch(tmp_path: Path) -> None:
    good, good2 = article(tmp_path, "good.txt", 5), article(tmp_path, "good2.txt", 7)
    (tmp_path / "folder").mkdir()
    proc = run(str(good), str(tmp_path / "folder"), str(tmp_path / "gone.txt"), str(good2))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [[f["value"] for f in line["facts"]] for line in lines] == [[5e9], [], [], [7e9]]
    assert proc.stderr.splitlines() == [
        f"extract: {tmp_path / 'folder'}: is a directory, not a file",
        f"extract: {tmp_path / 'gone.txt'}: no such file",
    ]


def _strict(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


def test_a_figure_past_every_bound_is_left_out_with_a_warning_and_the_json_stays_strict(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nines.txt"
    path.write_text(
        "Kazakhstan and Turkiye review their trade\n\n"
        f"Trade between Kazakhstan and Turkiye reached ${'9' * 400} billion in 2023.\n"
        f"Trade between Kazakhstan and Turkiye will reach ${'9' * 20} billion by 2030.\n"
        "Trade between Kazakhstan and Turkiye reached $5 billion in 2024.\n",
        encoding="utf-8",
    )
    proc = run(str(path))
    assert proc.returncode == 0, proc.stderr
    assert "Infinity" not in proc.stdout and "NaN" not in proc.stdout
    line = json.loads(proc.stdout, parse_constant=_strict)
    assert [(f["value"], f["year"]) for f in line["facts"]] == [(5000000000, 2024)]
    assert line["warnings"] == [
        f'left out a figure: "{"9" * 16}…{"9" * 16}" is too large to be a figure',
        'left out a figure: "$99999999999999999999 billion" (1e29) is over the bound of 1e18 for USD',
    ]
    notes = [n for n in proc.stderr.splitlines() if "left out a figure" in n]
    assert len(notes) == 2 and all(n.startswith(f"extract: {path}: note: ") for n in notes)


def test_file_names_are_printed_without_control_characters(tmp_path: Path) -> None:
    hostile = tmp_path / "red\x1b[31m\nfake line\x07.txt"
    hostile.write_bytes(b"")
    undecodable = Path(os.fsdecode(str(tmp_path).encode() + b"/caf\xff.txt"))
    article(tmp_path, "x.txt", 5).rename(undecodable)
    proc = run(str(hostile), str(undecodable))
    assert proc.returncode == 2
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr
    assert proc.stderr.splitlines() == [f"extract: {tmp_path}/red\\x1b[31m\\nfake line\\x07.txt: is empty"]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[0]["source"] == str(hostile)  # JSON escapes control characters itself
    assert lines[1]["source"] == f"{tmp_path}/caf\\xff.txt"
    assert [f["value"] for f in lines[1]["facts"]] == [5000000000]
