"""Backfill speed: pages/s for the relevance filter, the whole pipeline in-process, and on a local
Dask cluster of 1 and 2 worker processes, on a generated web archive (mostly irrelevant pages).

Usage: .venv/bin/python bench/bench_backfill.py [--pages 20000] [--relevant 0.05] [--files 2]
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from extract.relevance import is_relevant, visible_text  # noqa: E402
from store import Store  # noqa: E402
from store.archives import Page, plan_archive, read_part  # noqa: E402
from store.backfill import backfill, dask_client  # noqa: E402

PAIRS = [
    ("Kazakhstan", "Türkiye"),
    ("Uzbekistan", "Azerbaijan"),
    ("Georgia", "Armenia"),
    ("Vietnam", "India"),
    ("Egypt", "Greece"),
    ("Poland", "Ukraine"),
]
RELEVANT = (
    "{a} and {b} aim to lift trade to ${target} billion by {year}",
    "Trade between {a} and {b} reached ${actual} billion in {last}, officials said on Tuesday. "
    "The two governments agreed to raise bilateral trade to ${target} billion by {year} and signed "
    "{deals} agreements on transport, energy and agriculture. Reference {ref}.",
)
IRRELEVANT = [
    (
        "Weekend weather: rain and wind",
        "Heavy rain is expected across the region this weekend, with cooler temperatures and strong "
        "winds on the coast. Forecasters advise drivers to take care on mountain roads. Story {ref}.",
    ),
    (
        "Late goal settles the derby",
        "A late header settled a tense derby on Saturday night in front of a full stadium, and the "
        "coach praised the young defenders after the game. Match report {ref}.",
    ),
    (
        "A quick lentil soup",
        "Fry an onion in olive oil, add red lentils, cumin and stock, and simmer for twenty minutes. "
        "Blend half of the soup and serve it with lemon and bread. Recipe {ref}.",
    ),
    (
        "Museum reopens after renovation",
        "The city museum reopened on Sunday after two years of renovation, with a new wing for "
        "textiles from {a} and {b}. Tickets are free for children this month. Item {ref}.",
    ),
    (
        "Council approves new bus lanes",
        "The city council approved three new bus lanes and a cycle path on Thursday; the company "
        "running the buses welcomed the decision. Local news {ref}.",
    ),
]
# Crawled pages carry far more markup than article: menus, links, scripts and a footer.
CHROME_HEAD = (
    "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>"
    "<style>" + "nav a { color: #333; } " * 40 + "</style>"
)
NAV = (
    "<nav><ul>"
    + "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(60))
    + "</ul></nav>"
)
FOOTER = (
    "<footer>" + "".join(f"<p><a href='/about/{i}'>About us {i}</a></p>" for i in range(40)) + "</footer>"
)


def page(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{CHROME_HEAD}</head><body>{NAV}"
        f"<article><h1>{title}</h1><p>{body}</p></article>{FOOTER}</body></html>"
    ).encode()


def write_archives(folder: Path, pages: int, share: float, files: int, seed: int = 11) -> list[Path]:
    """`pages` news pages over `files` WARC files, `share` of them relevant and all distinct."""
    rng = random.Random(seed)
    paths = [folder / f"news-{n}.warc.gz" for n in range(files)]
    writers = [(path.open("wb"), path) for path in paths]
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    for index in range(pages):
        stream, _ = writers[index % files]
        writer = WARCWriter(stream, gzip=True)
        a, b = rng.choice(PAIRS)
        fields = {
            "a": a,
            "b": b,
            "ref": index,
            "actual": rng.randint(1, 9),
            "target": rng.randint(10, 30),
            "year": rng.randint(2026, 2035),
            "last": rng.randint(2019, 2025),
            "deals": rng.randint(2, 20),
        }
        title, body = RELEVANT if rng.random() < share else rng.choice(IRRELEVANT)
        payload = page(title.format(**fields), body.format(**fields))
        record = writer.create_warc_record(
            f"https://news.example/{index}", "response", payload=io.BytesIO(payload), http_headers=http
        )
        writer.write_record(record)
    for stream, _ in writers:
        stream.close()
    return paths


def bench_filter(paths: list[Path]) -> tuple[float, int, int]:
    """Pages per second through visible_text + is_relevant, pages already in memory."""
    pages = [
        item
        for path in paths
        for part in plan_archive(str(path), 10**9).parts
        for item in read_part(part)
        if isinstance(item, Page)
    ]
    start = time.perf_counter()
    relevant = sum(is_relevant(visible_text(p.html or "")) for p in pages)
    return len(pages) / (time.perf_counter() - start), len(pages), relevant


def bench_pipeline(paths: list[Path], folder: Path, workers: int | None) -> tuple[float, str]:
    """Pages per second from archive to store: in-process (`workers` None) or on a local cluster."""
    name = f"run-{workers or 0}-{time.monotonic_ns()}.db"
    store = Store(f"sqlite:///{folder / name}")
    if workers is None:
        start = time.perf_counter()
        summary = backfill(store, paths)
    else:
        with dask_client(None, workers) as client:
            client.run(lambda: __import__("extract.extractor"))  # warm the workers' imports
            start = time.perf_counter()
            summary = backfill(store, paths, client=client)
    elapsed = time.perf_counter() - start
    store.close()
    return summary.read / elapsed, summary.line()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--relevant", type=float, default=0.05)
    parser.add_argument("--files", type=int, default=2)
    args = parser.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)
    print(f"machine: {os.cpu_count()} cores (shared with other work while this ran)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = write_archives(folder, args.pages, args.relevant, args.files)
        size = sum(p.stat().st_size for p in paths) / 1_048_576
        print(f"archive: {args.pages:,} pages, {args.relevant:.0%} relevant, {args.files} WARC files, "
              f"{size:.1f} MB gzipped (written in {time.perf_counter() - start:.1f} s)")  # fmt: skip
        rate, pages, relevant = bench_filter(paths)
        print(f"filter:                 {rate:9,.0f} pages/s  ({relevant:,} of {pages:,} relevant)")
        rates = {}
        for label, workers in (("in-process", None), ("dask, 1 worker", 1), ("dask, 2 workers", 2)):
            rates[label], line = bench_pipeline(paths, folder, workers)
            print(f"pipeline {label + ':':15} {rates[label]:7,.0f} pages/s  {line}")
        print(f"2 workers / 1 worker:   {rates['dask, 2 workers'] / rates['dask, 1 worker']:.2f}x")
        per_million = 1_000_000 / rates["dask, 1 worker"]
        print(
            f"a million pages at this mix: {per_million / 3600:.2f} worker-hours "
            f"({per_million / 60:.0f} min on one worker, ~{per_million / 60 / 16:.1f} min on 16 workers)"
        )


if __name__ == "__main__":
    main()
