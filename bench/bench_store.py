"""Store and dataset speed: bulk ingest into SQLite, and the dataset functions over 100,000 facts.

Usage: .venv/bin/python bench/bench_store.py [--articles 300] [--facts 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

import dataset  # noqa: E402
from store import Store  # noqa: E402


def bench_ingest(count: int) -> float:
    """Articles per second through read, extract and store, into a fresh SQLite file."""
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data/articles").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for index in range(count):
            path = Path(folder) / f"article-{index}.txt"
            # A distinct closing line makes every copy a new article, not a duplicate.
            path.write_text(
                samples[index % len(samples)] + f"\nReference number {index}.\n", encoding="utf-8"
            )
            files.append(path)
        store = Store(f"sqlite:///{folder}/bench.db")
        start = time.perf_counter()
        outcomes = [store.ingest_path(path) for path in files]
        elapsed = time.perf_counter() - start
        store.close()
    assert all(o.status == "stored" for o in outcomes)
    return count / elapsed


def synthetic_facts(count: int, seed: int = 7) -> pd.DataFrame:
    """A facts frame shaped like Store.facts_frame(): 50 pairs, five metrics, 2015-2025."""
    rng = np.random.default_rng(seed)
    codes = ["KAZ", "TUR", "AZE", "UZB", "CHN", "RUS", "IND", "GBR", "KOR", "VNM", "EGY"]
    countries = [f"{a},{b}" for i, a in enumerate(codes) for b in codes[i + 1 :]][:50]
    metrics = np.array(["trade", "investment", "companies", "commodity_volume", "agreements"])
    metric = metrics[rng.integers(0, len(metrics), count)]
    pair = np.array(countries)[rng.integers(0, len(countries), count)]
    first = np.array([p.split(",")[0] for p in pair])
    second = np.array([p.split(",")[1] for p in pair])
    directional = np.isin(metric, ["investment", "companies"])
    flip = rng.random(count) < 0.5
    return pd.DataFrame(
        {
            "fact_id": np.arange(count),
            "article_id": (np.arange(count) // 8).astype(str),
            "metric": metric,
            "kind": np.where(rng.random(count) < 0.3, "target", "actual"),
            "value": rng.uniform(1e6, 5e10, count).round(-6),
            "unit": np.where(metric == "commodity_volume", "t", "USD"),
            "year": pd.array(
                np.where(rng.random(count) < 0.7, rng.integers(2015, 2031, count), None), dtype="Int64"
            ),
            "from_country": np.where(directional, np.where(flip, first, second), None),
            "to_country": np.where(directional, np.where(flip, second, first), None),
            "commodity": np.where(metric == "commodity_volume", "oil", None),
            "qualifier": "exact",
            # A whole year for most figures, none for the rest; the whole metric (no scope).
            "period": np.where(rng.random(count) < 0.7, "2024", None),
            "scope": None,
            "state": "extracted",
            "countries": pair,
            "date": pd.to_datetime("2015-01-01") + pd.to_timedelta(rng.integers(0, 3900, count), unit="D"),
            "start": rng.integers(0, 4000, count),
            "figure_start": rng.integers(0, 4000, count),
            "figure_end": rng.integers(4000, 4100, count),
            "source": "synthetic.txt",
            "title": "Synthetic",
            "outlet": "Synthetic News",
            "url": None,
            "evidence": "A sentence.",
        }
    )


def bench_dataset(count: int) -> dict[str, float]:
    facts = synthetic_facts(count)
    timings = {}
    start = time.perf_counter()
    tracked = dataset.tracked_facts(facts)
    timings["tracked_facts"] = time.perf_counter() - start
    for name, call in {
        "latest_figures": lambda: dataset.latest_figures(tracked),
        "target_history": lambda: dataset.target_history(tracked, "KAZ-TUR", "trade"),
        "actual_history": lambda: dataset.actual_history(tracked, "KAZ-TUR", "trade"),
        "conflicts": lambda: dataset.conflicts(tracked),
    }.items():
        start = time.perf_counter()
        call()
        timings[name] = time.perf_counter() - start
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--facts", type=int, default=100_000)
    args = parser.parse_args()
    print(f"ingest into SQLite: {bench_ingest(args.articles):,.0f} articles/s ({args.articles} articles)")
    timings = bench_dataset(args.facts)
    for name, seconds in timings.items():
        print(f"{name:15s} {seconds * 1000:8.0f} ms over {args.facts:,} facts")
    print(f"{'all together':15s} {sum(timings.values()) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
