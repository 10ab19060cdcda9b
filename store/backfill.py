"""Backfills: archives -> relevance filter -> extraction -> the store, in-process or on Dask.

Workers (or this process) read a range of records, drop irrelevant pages and extract the rest;
the client writes what they return in batches, one transaction each. Only finished parts are
written, so a part re-run after a worker dies is written once; and articles are keyed by the
hash of their text, so a whole second run stores nothing new.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel
from tqdm import tqdm

from extract import DocumentError, Extraction, extract_document, extract_text, read_bytes
from extract.dates import parse_date
from extract.extractor import failure_reason
from extract.printable import printable
from extract.relevance import is_relevant, visible_text

from .archives import Broken, Page, Part, Plan, Skipped, plan_archive, read_part
from .database import IngestOutcome, Store

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)
Engine = Literal["local", "dask"]
PART_SIZE = 500
BATCH_SIZE = 200


class Failure(BaseModel):
    """A record that could not be read or extracted: its URL (or file position) and why."""

    where: str
    url: str | None = None
    message: str

    def line(self) -> str:
        return f"{self.url or self.where}: {self.message}"


class PartReport(BaseModel):
    """What one part of an archive gave: counts, relevant extractions, and failures."""

    read: int = 0
    skipped: int = 0
    relevant: int = 0
    without_figures: int = 0
    extractions: list[Extraction] = []
    failures: list[Failure] = []


class BackfillSummary(BaseModel):
    """The totals of one backfill run."""

    records: int = 0
    read: int = 0
    skipped: int = 0
    relevant: int = 0
    stored: int = 0
    duplicates: int = 0
    without_figures: int = 0
    facts: int = 0
    agreements: int = 0
    failures: list[Failure] = []

    def line(self) -> str:
        return (
            f"backfill: {self.read:,} pages read ({self.skipped:,} other records skipped), "
            f"{self.relevant:,} relevant, {self.stored:,} stored ({self.facts:,} facts, "
            f"{self.agreements:,} agreements), {self.duplicates:,} duplicates, "
            f"{self.without_figures:,} without figures, {len(self.failures):,} failures"
        )

    def progress(self) -> str:
        return (
            f"read {self.read:,} relevant {self.relevant:,} stored {self.stored:,} "
            f"duplicates {self.duplicates:,} failures {len(self.failures):,}"
        )


# Worker side: pure functions of a part ------------------------------------------------------


def extract_page(page: Page) -> Extraction:
    """Extract one archive page; its URL becomes the article's source."""
    source = page.url or page.where
    date = parse_date(page.date) if page.date else None
    if page.html is not None:
        try:
            document = read_bytes(page.html.encode("utf-8"), "page.html")
        except DocumentError as exc:
            return Extraction(source=source, url=page.url, error=str(exc))
        document = replace(
            document,
            source=source,
            url=page.url,
            title=page.title or document.title,
            date=date or document.date,
        )
        return extract_document(document)
    result = extract_text(page.text or "", source=source, title=page.title, date=date)
    return result.model_copy(update={"url": page.url})


def process_part(part: Part) -> PartReport:
    """Read one part, keep the relevant pages and extract them; never raises for a bad record."""
    report = PartReport()
    for item in read_part(part):
        if isinstance(item, Skipped):
            report.skipped += 1
            continue
        report.read += 1
        if isinstance(item, Broken):
            report.failures.append(Failure(where=item.where, url=item.url, message=item.message))
            continue
        words = visible_text(item.html) if item.html is not None else item.text or ""
        if not is_relevant(f"{item.title or ''}\n{words}"):
            continue
        report.relevant += 1
        try:
            extraction = extract_page(item)
        except Exception as exc:  # one bad page must not stop the run
            log.debug("%s: extracting failed", printable(item.where), exc_info=exc)
            extraction = Extraction(source=item.where, error=failure_reason(exc))
        if extraction.error is not None:
            report.failures.append(Failure(where=item.where, url=item.url, message=extraction.error))
        elif not extraction.facts and not extraction.agreements:
            report.without_figures += 1
        else:
            report.extractions.append(extraction)
    return report


# Client side ----------------------------------------------------------------------------------


def _plans_local(paths: list[str], part_size: int) -> list[Plan]:
    return [plan_archive(path, part_size) for path in paths]


def _reports_local(parts: list[Part]) -> Iterator[tuple[int, PartReport]]:
    for index, part in enumerate(parts):
        yield index, process_part(part)


def _plans_dask(client: Client, paths: list[str], part_size: int) -> list[Plan]:
    return client.gather(client.map(plan_archive, paths, part_size=part_size, pure=False))


def _reports_dask(client: Client, parts: list[Part]) -> Iterator[tuple[int, PartReport]]:
    from distributed import as_completed

    futures = client.map(process_part, parts, pure=False, retries=2)
    position = {future.key: index for index, future in enumerate(futures)}
    for future in as_completed(futures):
        index = position[future.key]
        part = parts[index]
        try:
            report = future.result()
        except Exception as exc:  # a part whose workers kept dying: name it and carry on
            name = Path(part.path).name
            where = f"{name} records {part.first + 1}-{part.first + part.count}"
            report = PartReport(
                failures=[Failure(where=where, message=f"the task failed ({type(exc).__name__})")]
            )
        future.release()
        yield index, report


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a new local cluster of worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        # How long to try is Dask's own setting (distributed.comm.timeouts.connect).
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def backfill(
    store: Store,
    paths: Iterable[str | Path],
    client: Client | None = None,
    part_size: int = PART_SIZE,
    batch_size: int = BATCH_SIZE,
    on_failure: Callable[[Failure], None] | None = None,
    show_progress: bool = False,
) -> BackfillSummary:
    """Backfill the store from archives, on `client`'s cluster when given, else in this process."""
    files = [str(Path(p).resolve()) for p in paths]
    plans = _plans_dask(client, files, part_size) if client else _plans_local(files, part_size)
    parts = [part for plan in plans for part in plan.parts]
    summary = BackfillSummary(records=sum(p.count for p in parts))
    pending: list[Extraction] = []
    arrived: dict[int, list[Extraction]] = {}
    next_part = 0

    def fail(failure: Failure) -> None:
        summary.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def write(batch: list[Extraction]) -> None:
        for extraction, outcome in zip(batch, store.save_batch(batch), strict=True):
            _count(summary, extraction, outcome, fail)

    for plan in plans:
        for broken in plan.broken:
            summary.read += 1
            fail(Failure(where=broken.where, url=broken.url, message=broken.message))
    reports = _reports_dask(client, parts) if client else _reports_local(parts)
    with tqdm(
        total=summary.records, unit="record", file=sys.stderr, disable=not show_progress, desc="backfill"
    ) as bar:
        for index, report in reports:
            summary.read += report.read
            summary.skipped += report.skipped
            summary.relevant += report.relevant
            summary.without_figures += report.without_figures
            for failure in report.failures:
                fail(failure)
            # Parts finish in any order; writing them in archive order makes the first copy of a
            # repeated article the stored one, on any engine.
            arrived[index] = report.extractions
            while next_part in arrived:
                pending.extend(arrived.pop(next_part))
                next_part += 1
            while len(pending) >= batch_size:
                write(pending[:batch_size])
                del pending[:batch_size]
            bar.update(parts[index].count)
            bar.set_postfix_str(summary.progress(), refresh=False)
        if pending:
            write(pending)
        bar.set_postfix_str(summary.progress())
    return summary


def _count(
    summary: BackfillSummary, extraction: Extraction, outcome: IngestOutcome, fail: Callable[[Failure], None]
) -> None:
    if outcome.status == "stored":
        summary.stored += 1
        summary.facts += outcome.facts
        summary.agreements += outcome.agreements
    elif outcome.status == "duplicate":
        summary.duplicates += 1
    else:
        fail(Failure(where=extraction.source, url=extraction.url, message=outcome.message))


def run_backfill(
    store: Store, paths: list[str], engine: Engine = "local", scheduler: str | None = None, workers: int = 2
) -> int:
    """The command line's backfill: progress on stderr, failures as they come, the summary at the end."""

    def report_failure(failure: Failure) -> None:
        # An archive's URLs are anyone's text: no escape code reaches the terminal.
        tqdm.write(f"store: {printable(' '.join(failure.line().split()))}", file=sys.stderr)

    if engine == "local" and not scheduler:
        summary = backfill(store, paths, on_failure=report_failure, show_progress=True)
        print(summary.line())
        return 2 if summary.failures else 0
    try:
        with dask_client(scheduler, workers) as client:
            summary = backfill(store, paths, client=client, on_failure=report_failure, show_progress=True)
    except OSError as exc:  # the scheduler cannot be reached, or went away
        reason = f"store: the Dask scheduler is unreachable ({type(exc).__name__}: {exc})"
        print(reason.splitlines()[0], file=sys.stderr)
        return 2
    except Exception as exc:  # the cluster refused the work; batches written so far stay stored
        reason = f"store: the Dask run failed ({type(exc).__name__}: {exc})"
        print(reason.splitlines()[0], file=sys.stderr)
        if "deserializ" in str(exc):
            print(
                "store: the scheduler and workers need this project importable: see the README",
                file=sys.stderr,
            )
        return 2
    print(summary.line())
    return 2 if summary.failures else 0


def summary_counts(summary: BackfillSummary) -> dict[str, Any]:
    """The run's counts (failures as a number), for comparing runs."""
    counts = summary.model_dump(exclude={"failures"})
    counts["failures"] = len(summary.failures)
    return counts
