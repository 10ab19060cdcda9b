"""Dashboard speed: each page's script on a store of 2,000 articles and 20,000 facts, and the
cold start from `streamlit run` to the first painted overview.

Usage: .venv/bin/python bench/bench_pages.py [--articles 2000] [--facts-per-article 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from extract import Agreement, Extraction, Fact  # noqa: E402
from store import Store  # noqa: E402

PAGES = [
    "app_pages/overview.py",
    "app_pages/progress.py",
    "app_pages/agreements.py",
    "app_pages/upload.py",
    "app_pages/data.py",
]
PAIRS = [["KAZ", "TUR"], ["AZE", "KAZ"], ["CHN", "TUR"], ["EGY", "TUR"], ["IND", "GBR"]]


def fill(url: str, articles: int, per_article: int) -> None:
    """A store of synthetic articles: every metric, both kinds, several pairs and years."""
    store = Store(url)
    metrics = ["trade", "investment", "companies", "commodity_volume", "agreements"]
    for index in range(articles):
        pair = PAIRS[index % len(PAIRS)]
        text = f"Synthetic article {index} about {pair[0]} and {pair[1]}. " + "Trade grew. " * 30
        facts = []
        for n in range(per_article):
            metric = metrics[n % len(metrics)]
            unit = {"commodity_volume": "t", "companies": "count", "agreements": "count"}.get(metric, "USD")
            facts.append(
                Fact(
                    metric=metric, kind="target" if n % 3 == 0 else "actual", value=1e9 * (1 + (index + n) % 17),
                    unit=unit, year=2015 + (index + n) % 12, commodity="oil" if metric == "commodity_volume" else None,
                    from_=pair[n % 2] if metric in ("investment", "companies") else None,
                    to=pair[(n + 1) % 2] if metric in ("investment", "companies") else None,
                    evidence=text[:40], start=0, end=40, figure_start=0, figure_end=5,
                )
            )  # fmt: skip
        deal = Agreement(summary="Agreements on energy", parties=pair, sectors=["energy", "trade"], count=3,
                         evidence=text[:40], start=0, end=40)  # fmt: skip
        store.save(
            Extraction(
                source=f"synthetic-{index}.txt", title=f"Synthetic {index}", countries=pair, text=text,
                date=dt.date(2015, 1, 1) + dt.timedelta(days=index), facts=facts, agreements=[deal],
            )
        )  # fmt: skip
    store.close()


def time_pages(url: str, rounds: int = 3) -> dict[str, tuple[float, float]]:
    """(first run with cold caches, median warm rerun) in seconds, per page."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["TRACKER_DATABASE_URL"] = url
    results = {}
    for page in PAGES:
        st.cache_data.clear()
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        at.run()
        at.switch_page(page)
        st.cache_data.clear()
        start = time.perf_counter()
        at.run()
        cold = time.perf_counter() - start
        assert not at.exception, [e.value for e in at.exception]
        warm = []
        for _ in range(rounds):
            start = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - start)
        results[page] = (cold, statistics.median(warm))
    return results


def cold_start(url: str) -> float:
    """Seconds from `streamlit run` to the overview's first card painted in Chromium."""
    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with sync_playwright() as p:
        # The reader's browser is already open: time the server, not Chromium's own start.
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        page = browser.new_page()
        start = time.perf_counter()
        server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port), "--server.headless", "true"],
        cwd=ROOT, env={**os.environ, "TRACKER_DATABASE_URL": url}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
        try:
            deadline = time.time() + 60
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{port}/", timeout=5000)
                    break
                except Exception:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.05)
            page.wait_for_selector('[data-testid="stMetric"]', timeout=60000)
            elapsed = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=30)
            browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--facts-per-article", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/pages.db"
        start = time.perf_counter()
        fill(url, args.articles, args.facts_per_article)
        print(f"store: {args.articles:,} articles, {args.articles * args.facts_per_article:,} facts "
              f"(filled in {time.perf_counter() - start:.1f} s)")  # fmt: skip
        for page, (cold, warm) in time_pages(url).items():
            print(f"{page:28s} first run {cold:5.2f} s, rerun {warm:5.2f} s")
        print(f"cold start to first painted overview: {cold_start(url):.2f} s")


if __name__ == "__main__":
    main()
