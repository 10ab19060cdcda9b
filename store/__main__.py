"""`python -m store ingest|list|export|remove`: the store from the command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from extract.extractor import failure_reason
from extract.printable import printable

from .database import IngestOutcome, Store, default_url
from .inputs import gather

log = logging.getLogger("store")


def ingest_one(store: Store, item: Path | str, keep_empty: bool) -> IngestOutcome:
    """Ingest one file or address; whatever goes wrong fails this one only, with a short reason."""
    try:
        if isinstance(item, str):
            return store.ingest_url(item, keep_empty=keep_empty)
        return store.ingest_path(item, keep_empty=keep_empty)
    except Exception as exc:  # MemoryError, a bug, a driver's own error: the batch goes on
        log.debug("%s: ingest failed", printable(str(item)), exc_info=exc)
        return IngestOutcome(source=str(item), status="failed", message=failure_reason(exc))


def ingest(store: Store, paths: list[str], keep_empty: bool = False) -> int:
    """Store every readable file; exit 2 when any failed (the rest are still stored)."""
    inputs = gather(paths)
    counts: Counter[str] = Counter()
    empty: list[str] = []
    for skipped in inputs.skipped:
        print(f"skipped: {printable(str(skipped.path))} ({skipped.reason})")
    with tqdm(inputs.items, unit="file", file=sys.stderr, disable=len(inputs.items) < 2) as bar:
        for item in bar:
            outcome = ingest_one(store, item, keep_empty)
            counts[outcome.status] += 1
            shown = printable(str(item))
            message = printable(" ".join(outcome.message.split()))
            if outcome.status == "failed":
                tqdm.write(f"store: {shown}: {message}", file=sys.stderr)
            elif outcome.status == "empty":
                empty.append(shown)
                tqdm.write(f"no figures: {shown} (not stored; --keep-empty stores it)")
            else:
                tqdm.write(f"{outcome.status}: {shown} ({message})")
    if inputs.items or inputs.skipped:
        print(_summary(counts, len(inputs.skipped), inputs.hidden))
    if empty:
        print(f"No figures (not stored): {', '.join(empty)}.")
    if inputs.skipped:
        print(f"Skipped: {', '.join(printable(str(s.path)) for s in inputs.skipped)}.")
    return 2 if counts["failed"] else 0


def _summary(counts: Counter[str], skipped: int, hidden: int) -> str:
    """One sentence: how many were stored, duplicates, without figures, failed, skipped."""
    total = sum(counts.values())
    parts = [f"{counts['stored']} stored"]
    for status, label in (
        ("duplicate", "already stored"),
        ("empty", "with no figures"),
        ("failed", "failed"),
    ):
        if counts[status]:
            parts.append(f"{counts[status]} {label}")
    if skipped:
        parts.append(f"{skipped} skipped")
    if hidden:
        parts.append(f"{hidden} hidden passed over")
    return f"Ingested {total} file{'s' * (total != 1)}: {', '.join(parts)}."


def _ingest_all(store: Store, args: argparse.Namespace) -> int:
    """Archives go to the backfill pipeline (in-process or on Dask); other files one by one."""
    from .archives import is_archive
    from .backfill import run_backfill

    archives = [p for p in args.paths if is_archive(p)]
    others = [p for p in args.paths if not is_archive(p)]
    status = ingest(store, others, keep_empty=args.keep_empty) if others else 0
    if archives:
        engine = "dask" if args.engine or args.scheduler else "local"
        status = max(status, run_backfill(store, archives, engine, args.scheduler, args.workers))
    return status


def list_articles(store: Store) -> int:
    frame = store.articles_frame()
    if frame.empty:
        print("The store is empty.")
        return 0
    for row in frame.itertuples():
        date = row.date.date().isoformat() if row.date == row.date else "no date"
        print(
            f"{row.id}  {date}  {row.countries or '-':8}  {row.facts:3} facts  {row.agreements:2} agreements  {printable(str(row.title))}"
        )
    return 0


def export(store: Store, csv: str) -> int:
    from dataset import dataset_export
    from ui.exports import csv_bytes

    frame = dataset_export(store.facts_frame())
    try:
        Path(csv).write_bytes(csv_bytes(frame))
    except OSError as exc:
        print(f"store: cannot write {printable(csv)}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Wrote {len(frame)} facts to {printable(csv)}.")
    return 0


def remove(store: Store, article: str) -> int:
    if store.remove_article(article):
        print(f"Removed article {printable(article)} with its facts and agreements.")
        return 0
    print(f"store: no article {printable(article)}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store", description="The tracker's article store.")
    parser.add_argument("--database", default=None, help=f"database URL (default: {default_url()})")
    parser.add_argument("--debug", action="store_true", help="log the traceback of any internal error")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest_cmd = commands.add_parser(
        "ingest", help="read, extract and store files, folders, archives or web pages"
    )
    ingest_cmd.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    ingest_cmd.add_argument(
        "--keep-empty", action="store_true", help="also store articles with no figures and no agreements"
    )
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
    logging.basicConfig(format="%(name)s: %(message)s")
    if args.debug:  # only our own loggers: the database driver's debug output is not wanted
        for name in ("store", "extract"):
            logging.getLogger(name).setLevel(logging.DEBUG)
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
