"""Hostile files and paths: each finishes at once with a clear reason, never hangs or eats memory."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from extract import DocumentError, extract_bytes, read_bytes, read_path
from extract.documents import MAX_FILE_BYTES, too_large

from .conftest import make_docx, make_pdf
from .hostile_inputs import CASES, docx_bomb

ROOT = Path(__file__).parents[1]


def run_cli(*paths: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m extract` in its own process, so that a hang fails the test instead of stalling it."""
    return subprocess.run(
        [sys.executable, "-m", "extract", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


# The document layer's own hostile inputs at full size; the extractor core's run small here (the
# benchmark measures them large).
SIZES = {
    "markdown emphasis": 1_000_000,
    "markdown brackets": 1_000_000,
    "html of scripts": 9 * 1_048_576,
}


@pytest.mark.parametrize("case", list(CASES))
def test_pathological_input_finishes(tmp_path: Path, case: str) -> None:
    name, build = CASES[case]
    path = tmp_path / name
    path.write_bytes(build(SIZES.get(case, 16_000)))
    done = run_cli(path, timeout=120)
    line = json.loads(done.stdout)
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr
    assert line["source"] == str(path)


def test_scripts_do_not_hide_the_article() -> None:
    name, build = CASES["html of scripts"]
    result = extract_bytes(build(9 * 1_048_576), name)
    assert result.error is None
    assert [(f.metric, f.value, f.year) for f in result.facts] == [("trade", 5e9, 2024)]
    assert "function" not in result.text


MARKDOWN = {
    "emphasis": ("Trade **rose** to _$5 billion_ in `2024`.", "Trade rose to $5 billion in 2024."),
    "link": ('See [the ministry](https://example.org/a "title") today.', "See the ministry today."),
    "image": ("![a chart](chart.png) Trade rose.", "a chart Trade rose."),
    "reference link": ("Read [the report][1] now.\n\n[1]: https://example.org", "Read the report now."),
    "heading": ("## Trade talks ##\n\nText here.", "Trade talks\n\nText here."),
    "quote and list": (
        "> quoted words\n- first item\n* second item",
        "quoted words\nfirst item\nsecond item",
    ),
    "wrapped paragraph joins": (
        "Trade between the two\ncountries reached $5 billion.",
        "Trade between the two countries reached $5 billion.",
    ),
    "snake_case stays": ("the file trade_2024_final is here", "the file trade_2024_final is here"),
    "arithmetic stays": ("5 * 3 is fifteen", "5 * 3 is fifteen"),
    "unclosed marks go": ("**Trade rose to $5 billion", "Trade rose to $5 billion"),
    "rule goes": ("Above\n\n***\n\nBelow", "Above\n\nBelow"),
}


@pytest.mark.parametrize("markdown,text", list(MARKDOWN.values()), ids=list(MARKDOWN))
def test_markdown_to_text(markdown: str, text: str) -> None:
    document = read_bytes(f"Title line here\n\n{markdown}\n".encode(), "a.md")
    assert document.text == f"Title line here\n\n{text}"


def special_files(folder: Path) -> dict[str, tuple[Path, str]]:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    link = folder / "zero-link.txt"
    link.symlink_to("/dev/zero")
    return {
        "/dev/zero": (Path("/dev/zero"), "a device"),
        "/dev/urandom": (Path("/dev/urandom"), "a device"),
        "link to /dev/zero": (link, "a device"),
        "fifo": (fifo, "named pipe"),
    }


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    cases = special_files(tmp_path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock = tmp_path / "s.txt"
    server.bind(str(sock))
    cases["socket"] = (sock, "a socket")
    try:
        for label, (path, reason) in cases.items():
            start = time.monotonic()
            with pytest.raises(DocumentError, match=reason):
                read_path(path)
            assert time.monotonic() - start < 1, label
    finally:
        server.close()


def test_a_batch_with_special_files_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Kazakhstan and Türkiye\n\nTrade between Kazakhstan and Türkiye reached $5 billion in 2024.\n"
    )
    paths = [good, *(path for path, _ in special_files(tmp_path).values()), good]
    done = run_cli(*paths, timeout=60)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 2
    assert len(lines) == len(paths)
    assert [len(line["facts"]) for line in (lines[0], lines[-1])] == [1, 1]
    assert all("not a regular file" in line["error"] for line in lines[1:-1])
    assert "Traceback" not in done.stderr


def test_docx_bomb_is_refused_before_parsing() -> None:
    bomb = docx_bomb()
    start = time.monotonic()
    with pytest.raises(DocumentError, match="zip bomb"):
        read_bytes(bomb, "bomb.docx")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    "data",
    [
        docx_bomb(40 * 1_048_576, declared=40 * 1_048_576 // 1000),  # headers that lie
        docx_bomb(3 * 1_048_576),  # small, but a thousand times compressed
    ],
    ids=["lying sizes", "ratio"],
)
def test_docx_with_suspicious_parts_is_refused(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"zip bomb|not a valid \.docx"):
        read_bytes(data, "bomb.docx")


def test_docx_bomb_through_the_cli_stays_small(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb())
    code = (
        # VmHWM, not ru_maxrss: a child forked from a large pytest process inherits its maxrss.
        "import re, sys; from extract import extract_file; r = extract_file(sys.argv[1]); print(r.error); "
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    error, peak_mb = done.stdout.splitlines()
    assert "zip bomb" in error
    assert int(peak_mb) < 500


MISNAMED = {
    "docx named .html": (
        make_docx(["Kazakhstan and Türkiye", "Trade reached $5 billion."]),
        "a.html",
        "Word (.docx) file",
    ),
    "docx named .txt": (
        make_docx(["Kazakhstan and Türkiye", "Trade reached $5 billion."]),
        "a.txt",
        "Word (.docx) file",
    ),
    "pdf named .html": (make_pdf(["Trade of $5 billion between Kazakhstan and Turkey"]), "a.html", "a PDF"),
    "zip named .docx": (b"", "a.docx", "zip archive"),
}


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "just a note")
    return out.getvalue()


@pytest.mark.parametrize("data,name,reason", list(MISNAMED.values()), ids=list(MISNAMED))
def test_a_misnamed_file_is_named_for_what_it_is(data: bytes, name: str, reason: str) -> None:
    data = data or _plain_zip()
    with pytest.raises(DocumentError, match=re.escape(reason)) as caught:
        read_bytes(data, name)
    assert "could not be parsed" not in str(caught.value)


@pytest.mark.parametrize(
    "size,message",
    [
        (
            MAX_FILE_BYTES + 10,
            f"is {MAX_FILE_BYTES + 10:,} bytes; the limit is 10 MB ({MAX_FILE_BYTES:,} bytes)",
        ),
        (
            MAX_FILE_BYTES + 50_000,
            f"is {MAX_FILE_BYTES + 50_000:,} bytes; the limit is 10 MB ({MAX_FILE_BYTES:,} bytes)",
        ),
        (int(10.4 * 1_048_576), "is 10.4 MB; the limit is 10 MB"),
        (25 * 1_048_576, "is 25.0 MB; the limit is 10 MB"),
    ],
)
def test_size_message_never_reads_as_the_limit(size: int, message: str) -> None:
    assert too_large(size) == message


def test_oversized_file_on_disk_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(int(10.4 * 1_048_576))
    with pytest.raises(DocumentError, match=r"is 10\.4 MB; the limit is 10 MB"):
        read_path(path)


def _without_core_properties(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "docProps/core.xml":
                continue
            content = source.read(info)
            if info.filename == "_rels/.rels":
                content = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", content)
            target.writestr(info, content)
    return out.getvalue()


def test_docx_without_core_properties_takes_its_heading_as_title() -> None:
    data = _without_core_properties(
        make_docx(
            [
                "Kazakhstan and Türkiye review trade",
                "Trade between Kazakhstan and Türkiye reached $5 billion.",
            ]
        )
    )
    assert "docProps/core.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    document = read_bytes(data, "notes.docx")
    assert document.title == "Kazakhstan and Türkiye review trade"


def test_docx_with_a_large_first_part_is_still_a_docx() -> None:
    """The format comes from the archive's directory, not from its first bytes."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(["Kazakhstan and Türkiye", "Trade reached $5 billion."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("docProps/thumbnail.jpeg", os.urandom(200_000))  # stored first, incompressible
        for info in source.infolist():
            if info.filename != "docProps/thumbnail.jpeg":
                target.writestr(info, source.read(info))
    document = read_bytes(out.getvalue(), "notes.docx")
    assert "Trade reached $5 billion." in document.text
