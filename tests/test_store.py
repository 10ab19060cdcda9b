"""The store on SQLite and PostgreSQL: ingest, duplicates, review, removal, hostile input, concurrency."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import MetaData, Table, create_engine, inspect

from extract import extract_file, extract_text
from store import MIGRATIONS, ReviewedFact, Store, article_id, current_version, schema
from store.migrations import migrate

from .conftest import FIXTURES, make_encrypted_pdf, make_image_only_pdf, make_pdf

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "data" / "articles"


def test_migrations_are_recorded(store: Store) -> None:
    assert current_version(store.engine) == max(m.version for m in MIGRATIONS)
    Store(store.url).close()  # opening again applies nothing twice
    assert current_version(store.engine) == max(m.version for m in MIGRATIONS)


def test_a_store_made_before_a_migration_is_brought_up_to_date(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        # The tables as migration 1 first made them: no period or scope, no url or outlet.
        schema.schema_migrations.create(conn)
        old = [c.copy() for c in schema.facts.c if c.name not in ("period", "scope")]
        old_articles = [c.copy() for c in schema.articles.c if c.name not in ("url", "outlet")]
        old_agreements = [c.copy() for c in schema.agreements.c if c.name != "year"]
        conn.execute(
            schema.schema_migrations.insert().values(
                version=1, name="old", applied_at=dt.datetime.now(dt.UTC)
            )
        )
        Table("facts", MetaData(), *old).create(conn)
        Table("articles", MetaData(), *old_articles).create(conn)
        Table("agreements", MetaData(), *old_agreements).create(conn)
    assert migrate(engine) == [m.version for m in MIGRATIONS if m.version > 1]
    assert "year" in {c["name"] for c in inspect(engine).get_columns("agreements")}
    assert {"period", "scope"} <= {c["name"] for c in inspect(engine).get_columns("facts")}
    assert {"url", "outlet"} <= {c["name"] for c in inspect(engine).get_columns("articles")}
    engine.dispose()


def test_ingest_stores_article_facts_and_agreements(store: Store) -> None:
    outcome = store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    assert outcome.status == "stored"
    assert (outcome.facts, outcome.agreements) == (7, 1)
    assert store.counts() == {"articles": 1, "facts": 7, "agreements": 1}
    facts = store.facts_frame()
    trade = facts[(facts["metric"] == "trade") & (facts["kind"] == "target")].iloc[0]
    assert trade["value"] == 15e9 and trade["source"] == "kaz-tur-council.txt"
    assert str(trade["date"].date()) == "2025-07-29" and trade["countries"] == "KAZ,TUR"
    text = store.article_text(outcome.article_id)
    assert text[trade["start"] : trade["end"]] == trade["evidence"]
    deals = store.agreements_frame()
    assert deals.iloc[0]["sectors"].split(",") == [
        "agriculture", "defence", "digital", "education", "energy", "mining", "transport",
    ]  # fmt: skip


def test_an_agreement_keeps_the_year_it_was_signed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "signed.txt"
    path.write_text(
        "Kazakhstan and Türkiye review their treaties\nDate: 2025-07-29\n\n"
        "The sides recalled the 14 agreements concluded in 2021 on energy and transport."
    )
    store.ingest_path(path)
    deals = store.agreements_frame()
    assert deals[["count", "year"]].values.tolist() == [[14, 2021]]


def test_same_text_again_is_a_duplicate_and_changes_nothing(store: Store) -> None:
    store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    before = store.counts()
    again = store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    assert again.status == "duplicate" and "nothing changed" in again.message
    reformatted = (FIXTURES / "kaz-tur-council.txt").read_text().replace("\n\n", "\n  \n")
    assert store.ingest_bytes(reformatted.encode(), "copy.txt").status == "duplicate"
    assert store.counts() == before


def test_article_id_ignores_whitespace_and_case() -> None:
    assert article_id("Trade  stands at $5 billion.\n") == article_id("trade stands at $5 BILLION.")
    assert article_id("Trade stands at $5 billion.") != article_id("Trade stands at $6 billion.")


HOSTILE = {
    "empty": (b"", "empty.txt"),
    "random bytes": (bytes(range(256)) * 20, "random.txt"),
    "random pdf": (os.urandom(2048), "random.pdf"),
    "encrypted pdf": (make_encrypted_pdf(["Trade reached $5 billion"]), "locked.pdf"),
    "image-only pdf": (make_image_only_pdf(), "scan.pdf"),
    "broken docx": (b"PK\x03\x04broken", "broken.docx"),
    "html without article": (b"<html><body><nav>Home</nav></body></html>", "nav.html"),
    "oversized": (b"x " * (6 * 1024 * 1024), "huge.txt"),
}


@pytest.mark.parametrize("data,name", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_changes_nothing_and_says_why(store: Store, data: bytes, name: str) -> None:
    store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    before = store.counts()
    outcome = store.ingest_bytes(data, name)
    assert outcome.status == "failed" and outcome.message and "\n" not in outcome.message
    assert store.counts() == before


def test_a_failing_write_leaves_the_store_as_it_was(store: Store) -> None:
    store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    before = store.counts()
    extraction = extract_file(FIXTURES / "kaz-tur-forum.html")
    broken = extraction.facts[0].model_copy(update={"metric": "x" * 500, "unit": None})
    outcome = store.save(extraction, facts=[ReviewedFact(fact=f) for f in [*extraction.facts, broken]])
    assert outcome.status == "failed" and "nothing was stored" in outcome.message
    assert store.counts() == before


def test_reviewed_facts_keep_their_original(store: Store) -> None:
    extraction = extract_file(FIXTURES / "kaz-tur-council.txt")
    first, second, *rest = extraction.facts
    edited = first.model_copy(update={"value": 16e9})
    reviewed = [
        ReviewedFact(fact=edited, state="edited", original=first),
        ReviewedFact(fact=second, state="rejected"),
        *(ReviewedFact(fact=f, state="confirmed") for f in rest),
    ]
    store.save(extraction, facts=reviewed)
    facts = store.facts_frame()
    row = facts[facts["state"] == "edited"].iloc[0]
    assert row["value"] == 16e9 and json.loads(row["original"])["value"] == first.value
    assert row["changed_at"] is not None
    assert (facts["state"] == "rejected").sum() == 1


def test_review_after_saving(store: Store) -> None:
    store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    facts = store.facts_frame()
    target = facts[(facts["metric"] == "trade") & (facts["kind"] == "target")].iloc[0]
    assert store.review_fact(int(target["fact_id"]), "edited", {"value": 20e9, "year": 2030})
    row = store.facts_frame().set_index("fact_id").loc[target["fact_id"]]
    assert (row["value"], row["year"], row["state"]) == (20e9, 2030, "edited")
    assert json.loads(row["original"])["value"] == 15e9
    store.review_fact(int(target["fact_id"]), "edited", {"value": 21e9})
    row = store.facts_frame().set_index("fact_id").loc[target["fact_id"]]
    assert json.loads(row["original"])["value"] == 15e9, "the extractor's original survives a second edit"
    with pytest.raises(ValueError):
        store.review_fact(int(target["fact_id"]), "edited", {"evidence": "made up"})
    assert not store.review_fact(999_999, "confirmed")


def test_remove_article_takes_its_facts(store: Store) -> None:
    kept = store.ingest_path(FIXTURES / "kaz-tur-forum.html")
    gone = store.ingest_path(FIXTURES / "kaz-tur-council.txt")
    assert store.remove_article(gone.article_id)
    assert not store.remove_article(gone.article_id)
    assert store.counts() == {"articles": 1, "facts": kept.facts, "agreements": kept.agreements}


def test_samples_fill_an_empty_store_once(store: Store) -> None:
    outcomes = store.seed_samples(SAMPLES)
    assert [o.status for o in outcomes] == ["stored"] * len(list(SAMPLES.glob("*.txt")))
    assert store.seed_samples(SAMPLES) == []


def test_pasted_text(store: Store) -> None:
    result = extract_text(
        "Kazakhstan and Türkiye\n\nTrade between Kazakhstan and Türkiye reached $6 billion in 2025."
    )
    assert store.save(result).status == "stored"
    assert store.facts_frame()["value"].tolist() == [6e9]


def _ingest_in_another_process(url: str, paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "store", "--database", url, "ingest", *map(str, paths)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_ingesting_at_once_lose_nothing(database_url: str, tmp_path: Path) -> None:
    Store(database_url).close()
    batches: list[list[Path]] = [[], []]
    for index in range(16):
        path = tmp_path / f"article-{index}.txt"
        path.write_text(
            f"Kazakhstan and Türkiye report {index}\n\n"
            f"Trade between Kazakhstan and Türkiye reached ${index + 1} billion in {2000 + index}."
        )
        batches[index % 2].append(path)
    runs = [_ingest_in_another_process(database_url, batch) for batch in batches]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    store = Store(database_url)
    assert store.counts() == {"articles": 16, "facts": 16, "agreements": 0}
    assert sorted(store.facts_frame()["value"]) == [float(i + 1) * 1e9 for i in range(16)]
    store.close()


def test_store_command_line(database_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    good = tmp_path / "good.pdf"
    good.write_bytes(
        make_pdf(
            ["Kazakhstan and Turkiye", "Trade between Kazakhstan and Turkiye reached $5 billion in 2024."]
        )
    )

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "store", "--database", database_url, *args],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    run = cli("ingest", str(SAMPLES), str(bad), str(good))
    assert run.returncode == 2 and "not a PDF" in run.stderr and "Traceback" not in run.stderr
    listing = cli("list")
    assert listing.returncode == 0 and "Kazakhstan and Türkiye sign 18 agreements" in listing.stdout
    csv = tmp_path / "dataset.csv"
    assert cli("export", "--csv", str(csv)).returncode == 0
    assert "good.pdf" in csv.read_text(encoding="utf-8-sig")
    some_id = listing.stdout.split()[0]
    assert cli("remove", some_id).returncode == 0
    assert cli("remove", some_id).returncode == 2
    assert cli("list").stdout.count("\n") == listing.stdout.count("\n") - 1
