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
    # The 2022 article states the old $5 billion goal and the new $10 billion one (its title's):
    # two statements of one article are not a chain of revisions.
    assert history["headline"].tolist() == [False, True, True, True]
    assert history["revision"].tolist() == [False, False, False, True]
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
    assert (row["year"], row["period"], row["value_a"], row["value_b"]) == (2024, "2024", 5e9, 6.2e9)
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
    assert by_sector.loc["energy", "shared"] == 1, "the 18 are a batch that also covers other sectors"
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


def test_a_second_pair_s_trade_is_tracked_under_that_pair(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pairs.db'}")
    article = (
        "Azerbaijan's trade with Türkiye and Russia grows\nDate: 2025-12-20\n\n"
        "Trade between Azerbaijan and Türkiye amounted to $4.1 billion in January-November, customs said. "
        "Over the same period, trade between Azerbaijan and Russia reached $2.6 billion."
    )
    assert store.ingest_bytes(article.encode(), "customs.txt").status == "stored"
    tracked = dataset.tracked_facts(store.facts_frame())
    assert sorted(zip(tracked["pair"], tracked["value"], strict=True)) == [
        ("AZE-RUS", 2.6e9),
        ("AZE-TUR", 4.1e9),
    ]
    assert set(dataset.pairs(store.facts_frame())) == {"AZE-RUS", "AZE-TUR"}
    exported = dataset.dataset_export(store.facts_frame())
    assert sorted(exported["pair"]) == ["AZE-RUS", "AZE-TUR"]


TRUST = Path(__file__).parent / "fixtures" / "trust"
INDIA_UAE, JAPAN_INDIA = "ARE-IND", "IND-JPN"


@pytest.fixture(scope="module")
def trust_tracked(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The tests' own articles: a headline target with two sub-goals and a half-year non-oil figure,
    a second source that disagrees, and a yen pledge."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('trust') / 'trust.db'}")
    for path in sorted(TRUST.glob("*.txt")):
        assert store.ingest_path(path).status == "stored"
    return dataset.tracked_facts(store.facts_frame())


def _only(latest: pd.DataFrame, pair: str, metric: str, unit: str = "USD") -> pd.Series:
    rows = latest[(latest["pair"] == pair) & (latest["metric"] == metric) & (latest["unit"] == unit)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_headline_target_is_the_one_the_title_repeats_not_a_sub_goal(trust_tracked: pd.DataFrame) -> None:
    trade = _only(dataset.latest_figures(trust_tracked), INDIA_UAE, "trade")
    assert (trade["target_value"], trade["target_year"], trade["targets_in_article"]) == (100e9, 2030, 3)
    history = dataset.target_history(trust_tracked, INDIA_UAE, "trade")
    assert history["value"].tolist() == [100e9, 60e9, 15e9], "the sub-goals stay in the target table"
    assert history["headline"].tolist() == [True, False, False]
    assert not history["revision"].any(), "targets of one article are not revisions of each other"


def test_half_year_non_oil_figure_is_not_progress_toward_the_annual_target(
    trust_tracked: pd.DataFrame,
) -> None:
    trade = _only(dataset.latest_figures(trust_tracked), INDIA_UAE, "trade")
    assert (trade["actual_value"], trade["actual_period"]) == (72e9, "2023"), "a whole year, whole scope"
    assert trade["progress"] == pytest.approx(0.72)
    assert (trade["other_value"], trade["other_period"], trade["other_scope"]) == (
        28e9,
        "2024-01/2024-06",
        "non-oil",
    )
    assert dataset.value_context(trade["other_period"], trade["other_scope"]) == "first half of 2024, non-oil"


def test_two_sources_that_disagree_are_flagged_on_the_headline(trust_tracked: pd.DataFrame) -> None:
    trade = _only(dataset.latest_figures(trust_tracked), INDIA_UAE, "trade")
    assert (trade["actual_source"], trade["conflict_value"], trade["conflict_source"]) == (
        "india-uae-customs.txt",
        84e9,
        "india-uae-goal.txt",
    )
    found = dataset.conflicts(trust_tracked)
    found = found[found["pair"] == INDIA_UAE]
    assert found[["period", "value_a", "value_b"]].values.tolist() == [["2023", 72e9, 84e9]]


def test_a_yen_pledge_and_a_dollar_figure_are_two_figures_never_compared(trust_tracked: pd.DataFrame) -> None:
    latest = dataset.latest_figures(trust_tracked)
    yen = _only(latest, JAPAN_INDIA, "investment", "JPY")
    dollars = _only(latest, JAPAN_INDIA, "investment", "USD")
    assert (yen["target_value"], yen["target_period"], yen["direction"]) == (5e12, "2022/2027", "JPN>IND")
    assert pd.isna(yen["progress"]) and yen["progress_note"] == "no reported figure yet"
    assert dollars["actual_value"] == 3.2e9 and dollars["progress_note"] == "no target stated"


@pytest.mark.parametrize(
    ("actual", "target", "note"),
    [
        ({"year": 2024, "period": "2024"}, {"year": None, "period": None}, "target has no date"),
        ({"year": 2024, "period": "2024"}, {"year": 2020, "period": "2020"}, "target year has passed"),
        ({"year": 2024, "period": "2024-11"}, {"year": 2030, "period": "2030"}, "no whole-year figure to start from"),
        ({"year": 2024, "period": "2024"}, {"year": 2030, "period": "2030"}, ""),
    ],
)  # fmt: skip
def test_a_missing_growth_says_why(actual: dict, target: dict, note: str) -> None:
    rows = [
        {"kind": "actual", "value": 5e9, **actual, "figure_start": 0},
        {"kind": "target", "value": 10e9, **target, "figure_start": 10},
    ]
    facts = pd.DataFrame(
        [
            {
                "metric": "trade", "unit": "USD", "from_country": None, "to_country": None, "commodity": None,
                "state": "extracted", "countries": "KAZ,TUR", "date": pd.Timestamp("2025-01-10"),
                "article_id": "a", "start": 0, "figure_end": row["figure_start"] + 5, "source": "s",
                "outlet": None, "url": None, "title": "t", "evidence": "e", "qualifier": "exact",
                "scope": None, **row,
            }
            for row in rows
        ]
    )  # fmt: skip
    trade = dataset.latest_figures(dataset.tracked_facts(facts)).iloc[0]
    assert trade["growth_note"] == note
    assert (trade["progress_note"] == "") == (actual["period"] == "2024")


def test_an_actual_above_the_target_in_one_article_leaves_the_target_the_headline() -> None:
    facts = pd.DataFrame(
        [
            {
                "metric": "trade", "unit": "USD", "from_country": None, "to_country": None, "commodity": None,
                "state": "extracted", "countries": "KAZ,TUR", "date": pd.Timestamp("2025-01-10"),
                "article_id": "a", "start": 0, "figure_start": start, "figure_end": start + 5, "source": "s",
                "outlet": None, "url": None, "title": "Trade passes its goal", "evidence": "e",
                "qualifier": "exact", "scope": None, "kind": kind, "value": value, "year": year,
                "period": str(year),
            }
            for kind, value, year, start in (("actual", 12e9, 2024, 0), ("target", 10e9, 2025, 10))
        ]
    )  # fmt: skip
    trade = dataset.latest_figures(dataset.tracked_facts(facts)).iloc[0]
    assert (trade["target_value"], trade["progress"], trade["growth_note"]) == (
        10e9,
        1.2,
        "target already reached",
    )


@pytest.mark.parametrize(
    ("period", "scope", "words", "comparable"),
    [
        ("2024", None, "2024", True),
        ("FY2024", None, "FY2024", True),
        (None, None, "", True),
        ("2024-11", None, "November 2024", False),
        ("2021-01/2021-06", None, "first half of 2021", False),
        ("2024-01/2024-09", None, "January–September 2024", False),
        ("2024-04/2024-06", None, "second quarter of 2024", False),
        ("2018/2025", None, "2018–2025", False),
        ("2023-04/2024-03", None, "April 2023–March 2024", True),
        ("2024-12/2025-02", None, "December 2024–February 2025", False),
        ("2024", "non-oil", "2024, non-oil", False),
    ],
)
def test_periods_in_words_and_what_compares_with_an_annual_target(
    period: str | None, scope: str | None, words: str, comparable: bool
) -> None:
    assert dataset.value_context(period, scope) == words
    assert dataset.comparable_with_target(period, scope) is comparable


@pytest.mark.parametrize(
    ("chosen", "heading"),
    [
        ([], "2 agreement records, 19 documents"),
        (["energy"], "2 agreement records: 1 document and part of a batch of 18"),
        (["mining"], "1 agreement record: part of a batch of 18"),
        (["energy", "transport", "mining", "agriculture", "defence", "education", "digital"],
         "2 agreement records, 19 documents"),
    ],
)  # fmt: skip
def test_a_sector_filter_counts_a_batch_as_part_of_a_batch(chosen: list[str], heading: str) -> None:
    shown = pd.DataFrame(
        {
            "sector_list": [
                ["agriculture", "defence", "digital", "education", "energy", "mining", "transport"],
                ["energy"],
            ],
            "count": [18, 1],
        }
    )
    if chosen:
        shown = shown[shown["sector_list"].map(lambda names: any(s in names for s in chosen))]
    assert dataset.agreements_heading(shown, chosen) == heading


def test_agreements_keep_the_year_signed_apart_from_the_article_date() -> None:
    frame = pd.DataFrame(
        {
            "state": ["extracted", "extracted"],
            "countries": ["KAZ,TUR", "KAZ,TUR"],
            "sectors": ["", "energy"],
            "count": [14, 1],
            "status": ["signed", "signed"],
            "date": pd.to_datetime(["2022-10-12", "2022-10-12"]),
            "year": [2021, None],
        }
    )
    kept = dataset.kept_agreements(frame)
    assert kept["year"].tolist() == [2021, 2022]
    assert kept["year_stated"].tolist() == [True, False]


def test_the_dataset_benchmark_runs_on_its_synthetic_store() -> None:
    """`make bench` times the dataset on a synthetic frame: it must keep every column the store gives."""
    import runpy

    bench = runpy.run_path(
        str(Path(__file__).parents[1] / "bench" / "bench_store.py"), run_name="bench_store"
    )
    timings = bench["bench_dataset"](400)
    assert set(timings) >= {
        "tracked_facts",
        "latest_figures",
        "target_history",
        "actual_history",
        "conflicts",
    }
