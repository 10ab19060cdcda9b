"""The tracking dataset on the sample Kazakhstan–Türkiye timeline."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import dataset
from store import Store
from ui.exports import csv_bytes

SAMPLES = Path(__file__).parents[1] / "data" / "articles"
PAIR = "KAZ-TUR"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'samples.db'}")
    store.seed_samples(SAMPLES)
    return store


@pytest.fixture(scope="module")
def tracked(sample_store: Store) -> pd.DataFrame:
    return dataset.tracked_facts(sample_store.facts_frame())


def _row(latest: pd.DataFrame, metric: str, direction: str = "") -> pd.Series:
    rows = latest[
        (latest["pair"] == PAIR) & (latest["metric"] == metric) & (latest["direction"] == direction)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_trade_progress_is_a_third(tracked: pd.DataFrame) -> None:
    trade = _row(dataset.latest_figures(tracked), "trade")
    assert trade["actual_value"] == 5e9 and trade["target_value"] == 15e9
    assert round(trade["progress"], 2) == 0.33
    assert str(trade["target_date"].date()) == "2025-07-29"
    assert trade["target_source"] == "2025-07-29-fifth-council-ankara.txt"
    assert "$15 billion" in trade["target_evidence"]


def test_investment_each_way_and_companies(tracked: pd.DataFrame) -> None:
    latest = dataset.latest_figures(tracked)
    assert _row(latest, "investment", "TUR>KAZ")["actual_value"] == 5e9
    assert _row(latest, "investment", "KAZ>TUR")["actual_value"] == 1.5e9
    assert _row(latest, "companies", "TUR>KAZ")["actual_value"] == 4000
    oil = latest[(latest["metric"] == "commodity_volume") & (latest["commodity"] == "oil")].iloc[0]
    assert oil["actual_value"] == 1.4e6


def test_target_history_shows_every_revision(tracked: pd.DataFrame) -> None:
    history = dataset.target_history(tracked, PAIR, "trade")
    assert history["value"].tolist() == [5e9, 10e9, 10e9, 15e9]
    assert history["revision"].tolist() == [False, True, False, True]
    assert [str(d.date()) for d in history["date"]] == [
        "2022-05-11",
        "2022-05-11",
        "2025-07-28",
        "2025-07-29",
    ]
    # The $10 billion of 2025-07-28 and the $15 billion of the next day are a revision, not lost.
    last = history.iloc[-1]
    assert last["previous_value"] == 10e9


def test_actuals_over_time(tracked: pd.DataFrame) -> None:
    actuals = dataset.actual_history(tracked, PAIR, "trade")
    assert list(zip(actuals["as_of_year"], actuals["value"], strict=True)) == [
        (2021, 5.3e9),
        (2024, 5e9),
        (2025, 5e9),
    ]


def test_needed_growth_where_the_target_names_a_year() -> None:
    facts = pd.DataFrame(
        {
            "metric": ["trade", "trade"],
            "kind": ["actual", "target"],
            "value": [5e9, 10e9],
            "unit": ["USD", "USD"],
            "year": [2025, 2030],
            "from_country": [None, None],
            "to_country": [None, None],
            "commodity": [None, None],
            "state": ["extracted", "extracted"],
            "countries": ["KAZ,TUR", "KAZ,TUR"],
            "date": pd.to_datetime(["2025-07-29", "2025-07-29"]),
            "article_id": ["a", "a"],
            "start": [0, 10],
            "figure_start": [0, 10],
            "figure_end": [5, 15],
            "source": ["s", "s"],
            "outlet": [None, None],
            "url": [None, None],
            "title": ["t", "t"],
            "evidence": ["e", "e"],
            "qualifier": ["exact", "exact"],
            "period": ["2025", "2030"],
            "scope": [None, None],
        }
    )
    trade = dataset.latest_figures(dataset.tracked_facts(facts)).iloc[0]
    assert round(trade["needed_growth"], 4) == round(2 ** (1 / 5) - 1, 4)


def test_conflicting_sources_are_shown_side_by_side(sample_store: Store, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    store.seed_samples(SAMPLES)
    other = "Kazakhstan and Türkiye\nDate: 2025-08-02\n\nTrade between Kazakhstan and Türkiye reached $6.2 billion in 2024, customs data showed."
    store.ingest_bytes(other.encode(), "customs.txt")
    found = dataset.conflicts(dataset.tracked_facts(store.facts_frame()))
    assert len(found) == 1
    row = found.iloc[0]
    assert (row["year"], row["value_a"], row["value_b"]) == (2024, 5e9, 6.2e9)
    assert {row["source_a"], row["source_b"]} == {"2025-07-28-before-fifth-council.txt", "customs.txt"}


def test_rejected_facts_are_left_out_and_edits_count(sample_store: Store, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.seed_samples(SAMPLES)
    facts = store.facts_frame()
    target = facts[(facts["metric"] == "trade") & (facts["value"] == 15e9)].iloc[0]
    store.review_fact(int(target["fact_id"]), "edited", {"value": 20e9})
    companies = facts[facts["metric"] == "companies"].iloc[0]
    store.review_fact(int(companies["fact_id"]), "rejected")
    latest = dataset.latest_figures(dataset.tracked_facts(store.facts_frame()))
    assert _row(latest, "trade")["target_value"] == 20e9
    assert latest[latest["metric"] == "companies"].empty


def test_agreements_by_sector_counts_a_batch_once_per_sector(sample_store: Store) -> None:
    table = dataset.agreements_by_sector(sample_store.agreements_frame())
    by_sector = table.set_index("sector")
    assert by_sector.loc["energy", "records"] == 2  # the 18-agreement batch and the Aksa MoU
    assert by_sector.loc["energy", "documents"] == 19
    assert by_sector.loc["mining", "documents"] == 18
    assert by_sector.loc["health", "documents"] == 6
    assert "once in each sector" in table["counting"].iloc[0]


def test_agreements_summary(sample_store: Store) -> None:
    summary = dataset.agreements_summary(sample_store.agreements_frame(), PAIR)
    # 2022: 15, 6 and the 14 of the council before; 2024: the action plan; 2025: 18.
    # The Aksa MoU is non-binding and the maritime agreement only planned.
    assert summary["documents"] == 15 + 6 + 14 + 1 + 18
    assert summary["planned"] == 1
    assert summary["newest_source"] == "2025-07-29-fifth-council-ankara.txt"


def test_pairs_and_labels(sample_store: Store) -> None:
    assert dataset.pairs(sample_store.facts_frame(), sample_store.agreements_frame()) == [PAIR]
    assert dataset.pair_label(PAIR) == "Kazakhstan – Türkiye"
    assert dataset.direction_label("TUR>KAZ") == "Türkiye → Kazakhstan"


def test_export_is_spreadsheet_safe(sample_store: Store) -> None:
    frame = dataset.dataset_export(sample_store.facts_frame())
    frame.loc[0, "evidence"] = '=HYPERLINK("http://x")'
    frame.loc[1, "title"] = "@SUM(A1)"
    parsed = pd.read_csv(pd.io.common.BytesIO(csv_bytes(frame)), encoding="utf-8-sig")
    assert parsed.loc[0, "evidence"].startswith("'=")
    assert parsed.loc[1, "title"].startswith("'@")
    assert len(parsed) == len(frame)
    assert {"source", "evidence", "state", "date", "article_id"} <= set(parsed.columns)
