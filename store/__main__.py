"""`python -m store ingest|list|export|remove`: the store from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from extract.documents import SUFFIXES
from extract.fetch import is_url

from .database import Store, default_url


def _inputs(paths: list[str]) -> list[Path | str]:
    """Files as given, web addresses as given, and the supported files inside any folder given."""
    found: list[Path | str] = []
    for raw in paths:
        path = Path(raw)
        if is_url(raw):
            found.append(raw)
        elif path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


def ingest(store: Store, paths: list[str]) -> int:
    """Store every readable file; exit 2 when any failed (the rest are still stored)."""
    files = _inputs(paths)
    failed = 0
    with tqdm(files, unit="file", file=sys.stderr, disable=len(files) < 2) as bar:
        for path in bar:
            outcome = store.ingest_url(path) if isinstance(path, str) else store.ingest_path(path)
            if outcome.status == "failed":
                failed += 1
                tqdm.write(f"store: {path}: {outcome.message}", file=sys.stderr)
            else:
                tqdm.write(f"{outcome.status}: {path} ({outcome.message})")
    return 2 if failed else 0


def _ingest_all(store: Store, args: argparse.Namespace) -> int:
    """Archives go to the backfill pipeline (in-process or on Dask); other files one by one."""
    from .archives import is_archive
    from .backfill import run_backfill

    archives = [p for p in args.paths if is_archive(p)]
    others = [p for p in args.paths if not is_archive(p)]
    status = ingest(store, others) if others else 0
    if archives:
        engine = "dask" if args.engine or args.scheduler else "local"
        status = max(status, run_backfill(store, archives, engine, args.scheduler, args.workers))
    return status


def list_articles(store: Store) -> int:
    frame = store.articles_frame()
    if frame.empty:
        print("the store is empty")
        return 0
    for row in frame.itertuples():
        date = row.date.date().isoformat() if row.date == row.date else "no date"
        print(
            f"{row.id}  {date}  {row.countries or '-':8}  {row.facts:3} facts  {row.agreements:2} agreements  {row.title}"
        )
    return 0


def export(store: Store, csv: str) -> int:
    from dataset import dataset_export
    from ui.exports import csv_bytes

    frame = dataset_export(store.facts_frame())
    try:
        Path(csv).write_bytes(csv_bytes(frame))
    except OSError as exc:
        print(f"store: cannot write {csv}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(frame)} facts to {csv}")
    return 0


def remove(store: Store, article: str) -> int:
    if store.remove_article(article):
        print(f"removed article {article} with its facts and agreements")
        return 0
    print(f"store: no article {article}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store", description="The tracker's article store.")
    parser.add_argument("--database", default=None, help=f"database URL (default: {default_url()})")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest_cmd = commands.add_parser(
        "ingest", help="read, extract and store files, folders, archives or web pages"
    )
    ingest_cmd.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    ingest_cmd.add_argument(
        "--engine", choices=["dask"], default=None, help="backfill .warc/.warc.gz/.jsonl archives on Dask"
    )
    ingest_cmd.add_argument("--scheduler", metavar="tcp://HOST:8786", help="a running Dask scheduler")
    ingest_cmd.add_argument("--workers", type=int, default=2, help="local Dask worker processes (default 2)")
    commands.add_parser("list", help="list stored articles")
    export_cmd = commands.add_parser("export", help="write the whole dataset with provenance")
    export_cmd.add_argument("--csv", required=True, metavar="FILE")
    remove_cmd = commands.add_parser("remove", help="remove an article with its facts")
    remove_cmd.add_argument("article_id")
    args = parser.parse_args(argv)
    try:
        store = Store(args.database)
    except Exception as exc:  # a bad URL or an unreachable server: one line, no traceback
        print(
            f"store: cannot open the database ({type(exc).__name__}: {exc})".splitlines()[0], file=sys.stderr
        )
        return 2
    try:
        if args.command == "ingest":
            return _ingest_all(store, args)
        if args.command == "list":
            return list_articles(store)
        if args.command == "export":
            return export(store, args.csv)
        return remove(store, args.article_id)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
