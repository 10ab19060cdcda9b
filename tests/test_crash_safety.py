"""A `store ingest` killed with SIGKILL mid-run: the store stays whole, and a re-run completes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import text

from extract import extract_file
from store import Store
from store.database import make_engine

ROOT = Path(__file__).parents[1]
ARTICLES = 300
Figures = dict[str, list[tuple[object, ...]]]


def write_articles(folder: Path) -> list[Path]:
    """Distinct short articles of our own, four figures each."""
    folder.mkdir()
    paths = []
    for i in range(ARTICLES):
        path = folder / f"report-{i:03}.txt"
        path.write_text(
            f"Kazakhstan and Turkiye review their trade, report {i}\n\n"
            f"Trade between Kazakhstan and Turkiye reached ${i + 1} billion in {2000 + i % 25}. "
            f"The two countries aim to raise trade to ${i + 400} billion by 2030.\n"
            f"Turkish companies have invested ${i + 2} billion in Kazakhstan, "
            f"and {1000 + i} Turkish companies operate in Kazakhstan.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _plain(value: Any) -> Any:
    return None if value is None or pd.isna(value) else value


def figures(rows: Iterable[Any]) -> list[tuple[object, ...]]:
    """Each figure as (metric, kind, value, unit, year, from, to), with pandas' NaN as None."""
    return sorted(
        (
            r.metric,
            r.kind,
            float(r.value),
            r.unit,
            _plain(r.year) and int(r.year),
            _plain(r.from_),
            _plain(r.to),
        )
        for r in rows
    )


def stored_figures(url: str) -> Figures:
    """Each stored article's figures by its file name, as a user would compare them."""
    store = Store(url)
    try:
        frame = store.facts_frame().rename(columns={"from_country": "from_", "to_country": "to"})
        articles = store.articles_frame()
    finally:
        store.close()
    by_source: Figures = {name: [] for name in articles["source"]}
    grouped: dict[str, list[object]] = defaultdict(list)
    for row in frame.itertuples():
        grouped[row.source].append(row)
    by_source.update({name: figures(rows) for name, rows in grouped.items()})
    return by_source


def article_count(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())
    finally:
        engine.dispose()


def check_integrity(url: str) -> None:
    """The database's own check on SQLite; on both, no fact or agreement without its article."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.split("///", 1)[1]) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            for table in ("facts", "agreements"):
                orphans = conn.execute(
                    text(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
                ).scalar_one()
                assert orphans == 0, f"{table} without their article"
    finally:
        engine.dispose()


def ingest_and_kill(url: str, folder: Path, at_least: int) -> int:
    """Start an ingest of the folder, SIGKILL it once `at_least` articles are stored; the count then."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "store", "--database", url, "ingest", str(folder)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 240
    try:
        while article_count(url) < at_least:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest stored too little in four minutes"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return article_count(url)


def test_a_killed_ingest_leaves_no_partial_article_and_a_rerun_stores_the_rest(
    database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    paths = write_articles(folder)
    expected = {path.name: figures(extract_file(path).facts) for path in paths}
    assert all(len(found) == 4 for found in expected.values())
    Store(database_url).close()

    stored_before = 0
    for at_least in (10, 40):  # killed twice: once fresh, once while a re-run is past its duplicates
        stored = ingest_and_kill(database_url, folder, at_least)
        assert at_least <= stored < ARTICLES and stored > stored_before
        stored_before = stored
        check_integrity(database_url)
        found = stored_figures(database_url)
        assert len(found) == stored
        assert {name: found[name] for name in found} == {name: expected[name] for name in found}

    rerun = subprocess.run(
        [sys.executable, "-m", "store", "--database", database_url, "ingest", str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    summary = f"Ingested {ARTICLES} files: {ARTICLES - stored_before} stored, {stored_before} already stored."
    assert summary in rerun.stdout
    check_integrity(database_url)
    assert stored_figures(database_url) == expected
    store = Store(database_url)
    assert store.counts() == {"articles": ARTICLES, "facts": 4 * ARTICLES, "agreements": 0}
    store.close()
