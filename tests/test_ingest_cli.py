"""`python -m store ingest` on bad files and folders: each failure is one line, the rest is stored."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import store.database
from extract.extractor import failure_reason
from store import Store
from store.__main__ import main as store_main

ROOT = Path(__file__).parents[1]


def article(folder: Path, name: str, billions: int, year: int = 2024) -> Path:
    """A short article of our own with one trade figure."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"Kazakhstan and Turkiye review their trade\n\n"
        f"Trade between Kazakhstan and Turkiye reached ${billions} billion in {year}.\n",
        encoding="utf-8",
    )
    return path


def no_figures(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("Minutes of the meeting\n\nThe committee met on Tuesday and agreed to meet again.\n")
    return path


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "store", "--database", url, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def counts(url: str) -> dict[str, int]:
    opened = Store(url)
    try:
        return opened.counts()
    finally:
        opened.close()


def stored_values(url: str) -> list[float]:
    opened = Store(url)
    try:
        return sorted(opened.facts_frame()["value"])
    finally:
        opened.close()


def test_bad_paths_between_good_files_fail_alone(database_url: str, tmp_path: Path) -> None:
    good, good2 = article(tmp_path, "good.txt", 5), article(tmp_path, "good2.txt", 7)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"this is not a pdf")
    run = cli(
        database_url, "ingest", str(good), str(dangling), str(fake), str(tmp_path / "gone.txt"), str(good2)
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    failures = [line for line in run.stderr.splitlines() if line.startswith("store: ")]
    assert failures == [
        f"store: {dangling}: no such file",
        f"store: {fake}: is not a PDF (no %PDF header)",
        f"store: {tmp_path / 'gone.txt'}: no such file",
    ]
    assert f"stored: {good} (stored 1 fact and 0 agreements)" in run.stdout
    assert "Ingested 5 files: 2 stored, 3 failed." in run.stdout
    assert counts(database_url) == {"articles": 2, "facts": 2, "agreements": 0}
    assert stored_values(database_url) == [5e9, 7e9]


FAILURES = {
    "out of memory": (MemoryError(), "is too large to read in memory (MemoryError)"),
    "too deep": (RecursionError(), "is nested too deeply to read (RecursionError)"),
    "a bug": (ZeroDivisionError("division by zero"), "an internal error (ZeroDivisionError)"),
}


@pytest.mark.parametrize("where", ["extract_file", "save"])
@pytest.mark.parametrize("error,reason", list(FAILURES.values()), ids=list(FAILURES))
def test_any_exception_in_one_file_fails_that_file_only(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    where: str,
    error: BaseException,
    reason: str,
) -> None:
    Store(database_url).close()
    files = [
        article(tmp_path, "good.txt", 5),
        article(tmp_path, "bad.txt", 6),
        article(tmp_path, "good2.txt", 7),
    ]
    if where == "extract_file":
        real_extract = store.database.extract_file

        def extract(path: str | Path) -> object:
            if Path(path).name == "bad.txt":
                raise error
            return real_extract(path)

        monkeypatch.setattr(store.database, "extract_file", extract)
    else:
        real_save = Store.save

        def save(self: Store, extraction: object, *args: object, **kwargs: object) -> object:
            if getattr(extraction, "source", None) == "bad.txt":
                raise error
            return real_save(self, extraction, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Store, "save", save)
    with caplog.at_level(logging.DEBUG, logger="store"):
        status = store_main(["--database", database_url, "ingest", *map(str, files)])
    out, err = capsys.readouterr()
    assert status == 2
    assert [line for line in err.splitlines() if line.startswith("store: ")] == [
        f"store: {files[1]}: {failure_reason(error)}"
    ]
    assert reason in err and "Traceback" not in err + out
    assert "Ingested 3 files: 2 stored, 1 failed." in out
    assert stored_values(database_url) == [5e9, 7e9]
    logged = [r for r in caplog.records if r.levelno == logging.DEBUG and r.exc_info]
    assert len(logged) == 1 and logged[0].exc_info[1] is error


def test_a_folder_is_read_without_links_out_hidden_files_or_empty_articles(
    database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    article(folder, "a.txt", 5)
    article(folder, "sub/b.txt", 7, 2023)
    article(folder, ".draft.txt", 8)
    article(folder, ".git/c.txt", 9)
    no_figures(folder, "minutes.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    outside = article(tmp_path, "outside.txt", 11)
    (folder / "outside-link.txt").symlink_to(outside)
    (folder / "etc").symlink_to("/etc", target_is_directory=True)
    (folder / "again.txt").symlink_to(folder / "a.txt")  # inside: the same file, read once
    os.mkfifo(folder / "pipe.txt")
    run = cli(database_url, "ingest", str(folder))
    assert run.returncode == 0, run.stderr
    out = run.stdout.splitlines()
    assert f"skipped: {folder / 'passwd.txt'} (links to a file outside the folder)" in out
    assert f"skipped: {folder / 'outside-link.txt'} (links to a file outside the folder)" in out
    assert f"skipped: {folder / 'etc'} (links to a folder outside the folder)" in out
    assert f"skipped: {folder / 'pipe.txt'} (is not a regular file)" in out
    assert f"no figures: {folder / 'minutes.txt'} (not stored; --keep-empty stores it)" in out
    assert "Ingested 3 files: 2 stored, 1 with no figures, 4 skipped, 2 hidden passed over." in out
    assert f"No figures (not stored): {folder / 'minutes.txt'}." in out
    assert counts(database_url) == {"articles": 2, "facts": 2, "agreements": 0}
    assert stored_values(database_url) == [5e9, 7e9]

    kept = cli(database_url, "ingest", "--keep-empty", str(folder))
    assert kept.returncode == 0, kept.stderr
    assert "Ingested 3 files: 1 stored, 2 already stored, 4 skipped, 2 hidden passed over." in kept.stdout
    assert counts(database_url) == {"articles": 3, "facts": 2, "agreements": 0}
    opened = Store(database_url)
    assert sorted(opened.articles_frame()["source"]) == ["a.txt", "b.txt", "minutes.txt"]
    opened.close()


def test_a_file_named_on_the_command_line_without_figures_is_not_stored(
    database_url: str, tmp_path: Path
) -> None:
    empty = no_figures(tmp_path, "minutes.txt")
    run = cli(database_url, "ingest", str(empty))
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        f"no figures: {empty} (not stored; --keep-empty stores it)",
        "Ingested 1 file: 0 stored, 1 with no figures.",
        f"No figures (not stored): {empty}.",
    ]
    assert counts(database_url) == {"articles": 0, "facts": 0, "agreements": 0}


def test_file_names_are_printed_escaped(database_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "x\x1b]0;owned\x07\nstored: fake.txt"
    bad.write_bytes(b"")
    good = article(tmp_path, "good\x1b[2J.txt", 5)
    run = cli(database_url, "ingest", str(bad), str(good))
    assert run.returncode == 2
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stdout + run.stderr
    assert f"store: {tmp_path}/x\\x1b]0;owned\\x07\\nstored: fake.txt: is empty" in run.stderr.splitlines()
    assert f"stored: {tmp_path}/good\\x1b[2J.txt (stored 1 fact and 0 agreements)" in run.stdout.splitlines()
    assert not any(line.startswith("stored: fake.txt") for line in run.stdout.splitlines())


def test_a_file_name_that_is_not_utf8_is_stored_and_shown_escaped(database_url: str, tmp_path: Path) -> None:
    undecodable = Path(os.fsdecode(str(tmp_path).encode() + b"/caf\xe9-latin1.txt"))
    article(tmp_path, "x.txt", 5).rename(undecodable)
    run = cli(database_url, "ingest", str(undecodable))
    assert run.returncode == 0, run.stderr
    assert (
        f"stored: {tmp_path}/caf\\xe9-latin1.txt (stored 1 fact and 0 agreements)" in run.stdout.splitlines()
    )
    opened = Store(database_url)
    assert opened.articles_frame()["source"].tolist() == ["caf\\xe9-latin1.txt"]
    opened.close()


def test_a_figure_out_of_bounds_is_not_stored_but_its_article_is(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "nines.txt"
    path.write_text(
        "Kazakhstan and Turkiye review their trade\n\n"
        f"Trade between Kazakhstan and Turkiye reached ${'9' * 400} billion in 2023.\n"
        "Kazakhstan and Turkiye have 50000000000 joint companies.\n"
        "Trade between Kazakhstan and Turkiye reached $5 billion in 2024.\n",
        encoding="utf-8",
    )
    run = cli(database_url, "ingest", str(path))
    assert run.returncode == 0, run.stderr
    assert counts(database_url) == {"articles": 1, "facts": 1, "agreements": 0}
    assert stored_values(database_url) == [5e9]


def test_a_folder_nested_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    folders = [tmp_path / "deep"]
    for _ in range(sys.getrecursionlimit() + 100):
        folders.append(folders[-1] / "a")
    bottom = folders[-1] / "bottom.txt"
    try:
        for folder in folders:
            folder.mkdir()
        article(folders[-1], "bottom.txt", 5)
        run = cli(url, "ingest", str(folders[0]))
        assert run.returncode == 0, run.stderr
        assert "Ingested 1 file: 1 stored." in run.stdout
    finally:
        # pytest's own clean-up (shutil.rmtree) recurses and would fail on this tree.
        bottom.unlink(missing_ok=True)
        for folder in reversed(folders):
            if folder.exists():
                folder.rmdir()
