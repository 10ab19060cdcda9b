"""Backfills from web archives and JSON-lines dumps: the filter, the readers, and the pipeline
in-process and on a Dask cluster of worker processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster, WorkerPlugin
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_file
from extract.relevance import is_relevant, visible_text
from store import Store
from store.__main__ import main
from store.archives import Broken, Page, Skipped, plan_archive, read_part
from store.backfill import backfill, summary_counts

from .archives import TRADE_TARGET, write_jsonl, write_warc
from .conftest import FIXTURES

ROOT = Path(__file__).parents[1]
SAMPLES = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted(
    p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html")
)

# What the two test archives hold, as a user reads it off the summary.
EXPECTED = {
    "records": 24,
    "read": 18,
    "skipped": 6,
    "relevant": 9,
    "stored": 4,
    "duplicates": 3,
    "without_figures": 1,
    "facts": 8,
    "agreements": 1,
    "failures": 6,
}
STORED_URLS = {
    "https://news.example/world/kaz-tur-trade",
    "https://news.example/business/turkish-investors",
    "https://news.example/world/uzb-aze-deals",
    "https://api.example/1",
}
FAILED = {
    "https://news.example/broken-binary",
    "https://news.example/empty",
    "https://news.example/index",
    "feed.jsonl:3",
    "https://api.example/4",
    "https://api.example/5",
}


@pytest.fixture
def archives(tmp_path: Path) -> list[Path]:
    return [write_warc(tmp_path / "news.warc.gz"), write_jsonl(tmp_path / "feed.jsonl")]


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Client]:
    """One local cluster of two worker processes for the whole module (starting one takes seconds)."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def stored_records(store: Store) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Articles, facts and agreements as a user would compare them, in a stable order."""
    articles = store.articles_frame()
    facts = store.facts_frame()
    deals = store.agreements_frame()
    return (
        sorted(
            articles[["id", "source", "title", "countries", "facts", "agreements"]].itertuples(index=False)
        ),
        sorted(
            facts[["source", "metric", "kind", "value", "unit", "year", "from_country", "to_country"]]
            .astype(str)
            .itertuples(index=False)
        ),
        sorted(
            deals[["source", "summary", "count", "sectors", "status"]].astype(str).itertuples(index=False)
        ),
    )


# The relevance filter -------------------------------------------------------------------------

RELEVANCE = [
    ("Kazakhstan and Türkiye signed a trade agreement.", True),
    ("Turkish firms invested in Kazakh mines.", True),
    ("Exports from Uzbekistan to China rose.", True),
    ("Baku and Tashkent agreed a memorandum on rail freight.", True),
    ("The pipeline from Azerbaijan to Georgia carried 30 million tonnes.", True),
    ("Kazakhstan raised its trade forecast for next year.", False),  # one country
    ("Türkiye's trade with Türkiye", False),
    ("France beat Spain 2-1 in Lyon on Saturday night.", False),  # two countries, no trade word
    ("Trade and investment rose sharply last year.", False),  # no country at all
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), RELEVANCE)
def test_relevance_needs_two_countries_and_a_trade_term(text: str, expected: bool) -> None:
    assert is_relevant(text) is expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_relevance_keeps_every_sample_article_with_figures(path: Path) -> None:
    extraction = extract_file(path)
    assert extraction.facts or extraction.agreements
    raw = path.read_text(encoding="utf-8")
    page = visible_text(raw) if path.suffix == ".html" else raw
    assert is_relevant(page) and is_relevant(extraction.text)


@pytest.mark.parametrize(
    "markup",
    [
        "<style>p{}</style><script>var trade = 1;</script><p>Kazakh &amp; Turkish</p><!-- deal -->",
        "<SCRIPT type='x'>if (a < b) { trade(); }</SCRIPT><p>Kazakh &amp; Turkish</p><!-- a - deal -->",
        "<svg><text>Export</text></svg><p>Kazakh</p> <noscript>Deals</noscript><b>&amp; Turkish</b>",
    ],
)
def test_visible_text_drops_markup_scripts_and_styles(markup: str) -> None:
    assert visible_text(markup).split() == ["Kazakh", "&", "Turkish"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_relevance_never_raises(text: str) -> None:
    assert is_relevant(text) in (True, False)
    visible_text(text)


# The readers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_parts_together_read_every_record_once(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("news.warc.gz" if gzip else "news.warc"), gzip=gzip)
    whole = [item for part in plan_archive(str(path), 1000).parts for item in read_part(part)]
    cut = plan_archive(str(path), 3)
    assert [p.count for p in cut.parts] == [3, 3, 3, 3, 3, 1] and not cut.broken
    pieces = [item for part in cut.parts for item in read_part(part)]
    assert pieces == whole
    kinds = [type(item).__name__ for item in pieces]
    assert kinds.count("Page") == 9 and kinds.count("Broken") == 2 and kinds.count("Skipped") == 5
    trade = next(
        i for i in pieces if isinstance(i, Page) and i.url == "https://news.example/world/kaz-tur-trade"
    )
    assert TRADE_TARGET[1] in trade.html


def test_a_damaged_warc_keeps_what_precedes_the_damage(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(16)
    path.write_bytes(bytes(data))
    plan = plan_archive(str(path), 4)
    assert len(plan.broken) == 1 and "damaged" in plan.broken[0].message
    before = [item for part in plan.parts for item in read_part(part)]
    assert 0 < len(before) < 16


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"url": "u", "text": "Kazakhstan and Türkiye trade"}', Page),
        ('{"url": "u", "html": "<p>Kazakhstan</p>"}', Page),
        ("   ", Skipped),
        ('{"url": "u", "text": ', Broken),
        ('{"url": "u", "title": "no body"}', Broken),
        ('{"url": "u", "text": ["a list"]}', Broken),
        ('["not", "an", "object"]', Broken),
    ],
)
def test_jsonl_records(tmp_path: Path, line: str, expected: type) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (part,) = plan_archive(str(path), 10).parts
    (item,) = read_part(part)
    assert isinstance(item, expected)


def test_a_missing_archive_is_one_failure(tmp_path: Path) -> None:
    plan = plan_archive(str(tmp_path / "gone.warc.gz"), 10)
    assert plan.parts == [] and "no such file" in plan.broken[0].message.lower()


# The pipeline -----------------------------------------------------------------------------------


def test_backfill_in_process_stores_relevant_articles_once(store: Store, archives: list[Path]) -> None:
    summary = backfill(store, archives, part_size=4)
    assert summary_counts(summary) == EXPECTED
    assert {f.url or f.where for f in summary.failures} == FAILED
    assert set(store.articles_frame()["source"]) == STORED_URLS
    facts = store.facts_frame()
    target = facts[
        (facts["source"] == "https://news.example/world/kaz-tur-trade") & (facts["kind"] == "target")
    ]
    assert target[["metric", "value", "year"]].values.tolist() == [["trade", 15e9, 2030]]
    assert str(target["date"].iloc[0].date()) == "2025-02-04" and target["countries"].iloc[0] == "KAZ,TUR"
    text = store.article_text(target["article_id"].iloc[0])
    assert text[target["start"].iloc[0] : target["end"].iloc[0]] == target["evidence"].iloc[0]

    again = backfill(store, archives, part_size=4)
    assert again.stored == 0 and again.duplicates == EXPECTED["stored"] + EXPECTED["duplicates"]
    assert store.counts() == {"articles": 4, "facts": 8, "agreements": 1}


def test_dask_run_stores_what_the_in_process_run_stores(
    database_url: str, dask_client: Client, archives: list[Path], tmp_path: Path
) -> None:
    local = Store(f"sqlite:///{tmp_path / 'local.db'}")
    local_summary = backfill(local, archives, part_size=3)
    on_dask = Store(database_url)
    dask_summary = backfill(on_dask, archives, client=dask_client, part_size=3, batch_size=2)
    assert summary_counts(dask_summary) == summary_counts(local_summary) == EXPECTED
    assert stored_records(on_dask) == stored_records(local)
    assert backfill(on_dask, archives, client=dask_client, part_size=3).stored == 0
    assert on_dask.counts() == local.counts()
    local.close()
    on_dask.close()


class KillFirstTask(WorkerPlugin):
    """Kills the worker process the first time any worker starts a backfill task."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        if finish == "executing" and "process_part" in str(key) and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os.kill(os.getpid(), signal.SIGKILL)


@pytest.fixture
def own_dask_client() -> Iterator[Client]:
    """A cluster of its own: a test that kills a worker must not leave the shared one short."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_a_worker_killed_mid_run_loses_nothing(
    store: Store, own_dask_client: Client, archives: list[Path], tmp_path: Path
):
    dask_client = own_dask_client
    marker = tmp_path / "killed"
    before = set(dask_client.run(os.getpid).values())
    dask_client.register_plugin(KillFirstTask(str(marker)), name="kill-first-task")
    try:
        summary = backfill(store, archives, client=dask_client, part_size=2)
    finally:
        dask_client.unregister_worker_plugin("kill-first-task")
    assert marker.exists()
    # The nanny restarts the killed worker; on a loaded machine that can take a while.
    dask_client.wait_for_workers(2, timeout=300)
    assert set(dask_client.run(os.getpid).values()) != before  # a worker process really died
    assert summary_counts(summary) == EXPECTED
    assert set(store.articles_frame()["source"]) == STORED_URLS


# The command line -------------------------------------------------------------------------------


def test_cli_backfills_archives_and_lists_failures_by_url(
    tmp_path: Path, archives: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--database", url, "ingest", *map(str, archives)]) == 2
    out, err = capsys.readouterr()
    assert "18 pages read (6 other records skipped), 9 relevant, 4 stored (8 facts, 1 agreements)" in out
    assert "3 duplicates, 1 without figures, 6 failures" in out
    for failed in FAILED:
        assert f"store: {failed}: " in err
    assert "Traceback" not in err


def test_cli_runs_on_a_scheduler_and_a_second_run_stores_nothing(
    tmp_path: Path, archives: list[Path], dask_client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    scheduler = dask_client.scheduler.address
    main(["--database", url, "ingest", "--scheduler", scheduler, *map(str, archives)])
    assert ", 4 stored (8 facts, 1 agreements)" in capsys.readouterr().out
    main(["--database", url, "ingest", "--engine", "dask", "--scheduler", scheduler, *map(str, archives)])
    assert ", 0 stored (0 facts, 0 agreements), 7 duplicates" in capsys.readouterr().out


def test_cli_names_an_unreachable_scheduler_in_one_line(
    tmp_path: Path, archives: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        assert main(["--database", url, "ingest", "--scheduler", "tcp://127.0.0.1:9", str(archives[1])]) == 2
    err = capsys.readouterr().err
    assert "Dask scheduler" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
