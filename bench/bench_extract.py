"""Extractor speed: articles per second on one core, and the cost of `import extract`.

Usage: .venv/bin/python bench/bench_extract.py [FOLDER ...]   (default: data/articles, tests/fixtures)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))


def import_seconds(runs: int = 5) -> float:
    """Median wall time of a fresh interpreter importing the package, minus a bare start."""

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - start

    bare = statistics.median(timed("pass") for _ in range(runs))
    loaded = statistics.median(timed("import extract") for _ in range(runs))
    return loaded - bare


def articles_of_about(documents: list, size: int) -> list:
    """Join consecutive articles until each reaches `size` bytes, as long news pieces do."""
    from extract.documents import Document

    joined, texts = [], []
    for document in documents * 4:
        texts.append(document.text)
        if sum(len(t.encode()) for t in texts) >= size:
            joined.append(Document("\n\n".join(texts), document.title, document.date, document.source))
            texts = []
    return joined or documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "folders", nargs="*", type=Path, default=[ROOT / "data/articles", ROOT / "tests/fixtures"]
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size-kb", type=float, default=4.0, help="article size to measure at")
    args = parser.parse_args()

    from extract import extract_document
    from extract.documents import read_path

    read = [read_path(p) for folder in args.folders for p in sorted(folder.glob("*.txt"))]
    if not read:
        sys.exit("bench: no .txt articles in " + ", ".join(map(str, args.folders)))
    documents = articles_of_about(read, args.size_kb * 1024)
    extract_document(documents[0])  # build the lazily compiled tables outside the timing
    size = statistics.mean(len(d.text.encode()) for d in documents)
    rates = []
    for _ in range(args.rounds):
        done = 0
        start = time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            for document in documents:
                extract_document(document)
            done += len(documents)
        rates.append(done / (time.perf_counter() - start))
    rate = statistics.median(rates)
    megabytes = rate * size / 1_048_576
    print(f"articles: {len(documents)} built from {len(read)} files, mean {size / 1024:.1f} KB")
    print(
        f"throughput: {rate:,.0f} articles/s, {megabytes:.2f} MB/s (median of {args.rounds} rounds, one core)"
    )
    print(f"import extract: {import_seconds() * 1000:.0f} ms")


if __name__ == "__main__":
    main()
