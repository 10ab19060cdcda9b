"""The one place that reads and writes the database: articles, facts, agreements and reviews."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from pydantic import BaseModel
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from extract import Agreement, Extraction, Fact, extract_bytes, extract_file
from extract.models import value_problem
from extract.printable import utf8_safe

from . import schema
from .migrations import migrate

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SQLITE = ROOT / "data" / "tracker.db"
SAMPLE_ARTICLES = ROOT / "data" / "articles"
ENV_URL = "TRACKER_DATABASE_URL"

ReviewState = Literal["extracted", "confirmed", "edited", "rejected"]
REVIEW_STATES: tuple[str, ...] = ReviewState.__args__  # type: ignore[attr-defined]
# Fact fields a reviewer may change; the rest is provenance.
EDITABLE_FACT_FIELDS = (
    "metric",
    "kind",
    "value",
    "unit",
    "year",
    "from_country",
    "to_country",
    "commodity",
    "qualifier",
    "period",
    "scope",
)


class IngestOutcome(BaseModel):
    """What happened to one document: stored, a duplicate, empty (not stored) or failed (and why)."""

    source: str
    status: Literal["stored", "duplicate", "empty", "failed"]
    message: str
    article_id: str | None = None
    title: str | None = None
    facts: int = 0
    agreements: int = 0


class ReviewedFact(BaseModel):
    """A fact as the reviewer left it, with the extractor's version when it was changed."""

    fact: Fact
    state: ReviewState = "extracted"
    original: Fact | None = None


def default_url() -> str:
    """TRACKER_DATABASE_URL, else a SQLite file under data/."""
    return os.environ.get(ENV_URL) or f"sqlite:///{DEFAULT_SQLITE}"


def article_id(text: str) -> str:
    """Hash of the normalised text (whitespace folded, case ignored): the same article, the same id."""
    folded = " ".join(text.split()).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def make_engine(url: str) -> Engine:
    """An engine for SQLite or PostgreSQL with the settings concurrent writers need."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLite's driver opens transactions lazily; take them over so BEGIN IMMEDIATE applies.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Writers queue at BEGIN instead of failing when two try to upgrade a read lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Store:
    """Articles, facts and agreements with provenance, in SQLite or PostgreSQL."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        self.engine = make_engine(self.url)
        migrate(self.engine)

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    # Writing -----------------------------------------------------------------------------

    def ingest_path(self, path: str | Path, keep_empty: bool = True) -> IngestOutcome:
        """Read, extract and store one file; nothing is stored when anything fails.

        Without `keep_empty`, an article with no figure and no agreement is not stored ("empty").
        """
        result = extract_file(path).model_copy(update={"source": utf8_safe(Path(path).name)})
        return self._ingest(result, keep_empty)

    def ingest_bytes(self, data: bytes, name: str, keep_empty: bool = True) -> IngestOutcome:
        """Read, extract and store an uploaded file's bytes."""
        return self._ingest(extract_bytes(data, name), keep_empty)

    def ingest_url(self, url: str, timeout: float | None = None, keep_empty: bool = True) -> IngestOutcome:
        """Fetch a web page, extract and store it; nothing is stored when the page cannot be read."""
        from extract.fetch import TIMEOUT_SECONDS, extract_url

        return self._ingest(extract_url(url, timeout or TIMEOUT_SECONDS), keep_empty)

    def _ingest(self, result: Extraction, keep_empty: bool) -> IngestOutcome:
        if result.error is not None:
            return _failed(result)
        if not keep_empty and not result.facts and not result.agreements:
            return IngestOutcome(
                source=result.source,
                status="empty",
                message="holds no figures and no agreements; not stored",
                title=result.title,
            )
        return self.save(result)

    def save(
        self,
        extraction: Extraction,
        facts: Iterable[ReviewedFact] | None = None,
        agreements: Iterable[tuple[Agreement, ReviewState]] | None = None,
    ) -> IngestOutcome:
        """Store an article with its facts and agreements in one transaction.

        `facts` and `agreements` carry a reviewer's decisions; by default everything is stored
        as extracted. The same article text again is a duplicate and changes nothing.
        """
        if extraction.error is not None:
            return _failed(extraction)
        reviewed = list(facts) if facts is not None else None
        invalid = _invalid_figure(extraction.facts if reviewed is None else (r.fact for r in reviewed))
        if invalid:
            return _failed(extraction, f"{invalid}; nothing was stored")
        if reviewed is None:
            reviewed = [ReviewedFact(fact=f) for f in extraction.facts]
        deals = (
            list(agreements) if agreements is not None else [(a, "extracted") for a in extraction.agreements]
        )
        key = article_id(extraction.text)
        now = dt.datetime.now(dt.UTC)
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == key)).first():
                    return _duplicate(extraction, key)
                conn.execute(
                    insert(schema.articles).values(
                        id=key,
                        title=extraction.title,
                        date=extraction.date,
                        source=extraction.source,
                        url=extraction.url,
                        outlet=extraction.outlet,
                        countries=",".join(extraction.countries),
                        text=extraction.text,
                        ingested_at=now,
                    )
                )
                if reviewed:
                    conn.execute(insert(schema.facts), [_fact_row(key, r, now) for r in reviewed])
                if deals:
                    conn.execute(insert(schema.agreements), [_agreement_row(key, a, s) for a, s in deals])
        except IntegrityError as exc:
            # Another writer may have stored the same text between our check and our insert.
            if self.has_article(key):
                return _duplicate(extraction, key)
            return _failed(
                extraction, f"the database refused a record ({type(exc.orig).__name__}); nothing was stored"
            )
        except SQLAlchemyError as exc:
            return _failed(
                extraction, f"the database refused the article ({type(exc).__name__}); nothing was stored"
            )
        return IngestOutcome(
            source=extraction.source,
            status="stored",
            message=_stored_message(len(reviewed), len(deals)),
            article_id=key,
            title=extraction.title,
            facts=len(reviewed),
            agreements=len(deals),
        )

    def has_article(self, key: str) -> bool:
        """Whether an article with this id (see `article_id`) is stored."""
        with self.engine.connect() as conn:
            return (
                conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == key)).first()
                is not None
            )

    def review_fact(self, fact_id: int, state: ReviewState, changes: dict[str, Any] | None = None) -> bool:
        """Confirm, reject or edit a stored fact; an edit keeps the extracted original."""
        if state not in REVIEW_STATES:
            raise ValueError(f"unknown review state {state!r}")
        unknown = set(changes or {}) - set(EDITABLE_FACT_FIELDS)
        if unknown:
            raise ValueError(f"these fields cannot be edited: {', '.join(sorted(unknown))}")
        table = schema.facts
        with self.engine.begin() as conn:
            row = conn.execute(select(table).where(table.c.id == fact_id)).mappings().first()
            if row is None:
                return False
            values: dict[str, Any] = {"state": state, "changed_at": dt.datetime.now(dt.UTC)}
            if changes:
                value = changes.get("value", row["value"])
                problem = value_problem(value, changes.get("unit", row["unit"]))
                if problem:
                    raise ValueError(f"value {value} {problem}")
                if row["original"] is None:
                    values["original"] = json.dumps({k: row[k] for k in EDITABLE_FACT_FIELDS})
                values.update(changes)
                values["state"] = "edited"
            conn.execute(update(table).where(table.c.id == fact_id).values(**values))
        return True

    def remove_article(self, article: str) -> bool:
        """Delete an article and its facts and agreements; False when there is no such article."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.facts).where(schema.facts.c.article_id == article))
            conn.execute(delete(schema.agreements).where(schema.agreements.c.article_id == article))
            removed = conn.execute(delete(schema.articles).where(schema.articles.c.id == article))
        return removed.rowcount > 0

    def seed_samples(self, folder: Path = SAMPLE_ARTICLES) -> list[IngestOutcome]:
        """Load the bundled sample articles into an empty store (so a first run shows charts)."""
        if self.counts()["articles"]:
            return []
        return [self.ingest_path(path) for path in sorted(folder.glob("*.txt"))]

    def save_batch(self, extractions: Sequence[Extraction]) -> list[IngestOutcome]:
        """Store many extracted articles, as extracted, in one transaction (a backfill's batch).

        An article already stored, or repeated within the batch, is a duplicate; a database error
        stores none of the batch, so running it again is always safe.
        """
        a = schema.articles
        now = dt.datetime.now(dt.UTC)
        invalid = {i: _invalid_figure(e.facts) for i, e in enumerate(extractions) if e.error is None}
        readable = [
            (i, e, article_id(e.text))
            for i, e in enumerate(extractions)
            if e.error is None and not invalid[i]
        ]
        for attempt in range(2):
            outcomes: dict[int, IngestOutcome] = {}
            try:
                with self.engine.begin() as conn:
                    wanted = {key for _, _, key in readable}
                    seen = (
                        set(conn.execute(select(a.c.id).where(a.c.id.in_(wanted))).scalars())
                        if wanted
                        else set()
                    )
                    rows: list[dict[str, Any]] = []
                    fact_rows: list[dict[str, Any]] = []
                    deal_rows: list[dict[str, Any]] = []
                    for index, extraction, key in readable:
                        if key in seen:
                            outcomes[index] = _duplicate(extraction, key)
                            continue
                        seen.add(key)
                        row = {
                            "id": key,
                            "title": extraction.title,
                            "date": extraction.date,
                            "source": extraction.source,
                            "countries": ",".join(extraction.countries),
                            "text": extraction.text,
                            "ingested_at": now,
                        }
                        # The url/outlet columns arrive in their own migration; fill them once they exist.
                        row.update({c: getattr(extraction, c) for c in ("url", "outlet") if c in a.c})
                        rows.append(row)
                        fact_rows += [_fact_row(key, ReviewedFact(fact=f), now) for f in extraction.facts]
                        deal_rows += [_agreement_row(key, g, "extracted") for g in extraction.agreements]
                        outcomes[index] = IngestOutcome(
                            source=extraction.source,
                            status="stored",
                            message=_stored_message(len(extraction.facts), len(extraction.agreements)),
                            article_id=key,
                            title=extraction.title,
                            facts=len(extraction.facts),
                            agreements=len(extraction.agreements),
                        )
                    for table, values in (
                        (a, rows),
                        (schema.facts, fact_rows),
                        (schema.agreements, deal_rows),
                    ):
                        if values:
                            conn.execute(insert(table), values)
                break
            except IntegrityError as exc:
                # Another writer stored one of these ids since we looked: look again, once.
                if attempt == 0:
                    continue
                reason = f"the database refused a record ({type(exc.orig).__name__}); nothing was stored"
                outcomes = {i: _failed(e, reason) for i, e, _ in readable}
            except SQLAlchemyError as exc:
                reason = f"the database refused the batch ({type(exc).__name__}); nothing was stored"
                outcomes = {i: _failed(e, reason) for i, e, _ in readable}
                break
        return [
            outcomes.get(i) or _failed(e, f"{invalid[i]}; nothing was stored" if invalid.get(i) else None)
            for i, e in enumerate(extractions)
        ]

    # Reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (schema.articles, schema.facts, schema.agreements)
            }

    def articles_frame(self) -> pd.DataFrame:
        """Every article (without its text) with its fact and agreement counts."""
        a, f, g = schema.articles, schema.facts, schema.agreements
        fact_counts = select(f.c.article_id, func.count().label("facts")).group_by(f.c.article_id).subquery()
        deal_counts = (
            select(g.c.article_id, func.count().label("agreements")).group_by(g.c.article_id).subquery()
        )
        query = (
            select(
                a.c.id,
                a.c.title,
                a.c.date,
                a.c.source,
                a.c.url,
                a.c.outlet,
                a.c.countries,
                a.c.ingested_at,
                func.coalesce(fact_counts.c.facts, 0).label("facts"),
                func.coalesce(deal_counts.c.agreements, 0).label("agreements"),
            )
            .outerjoin(fact_counts, fact_counts.c.article_id == a.c.id)
            .outerjoin(deal_counts, deal_counts.c.article_id == a.c.id)
            .order_by(a.c.date.desc(), a.c.ingested_at.desc())
        )
        return self._frame(query, dates=("date",))

    def article_text(self, article: str) -> str | None:
        """An article's full text, for showing evidence in context."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.articles.c.text).where(schema.articles.c.id == article)
            ).scalar()

    def facts_frame(self) -> pd.DataFrame:
        """Every fact (rejected ones too) with its article's date, title, source, URL, outlet, countries."""
        return self._with_article(schema.facts, "fact_id")

    def agreements_frame(self) -> pd.DataFrame:
        """Every agreement joined with its article's date, title, source and countries."""
        return self._with_article(schema.agreements, "agreement_id")

    def _with_article(self, table: Any, id_label: str) -> pd.DataFrame:
        a = schema.articles
        query = (
            select(
                table.c.id.label(id_label),
                table.c.article_id,
                *[c for c in table.c if c.name not in ("id", "article_id")],
                a.c.date,
                a.c.title,
                a.c.source,
                a.c.url,
                a.c.outlet,
                a.c.countries,
            )
            .join(a, a.c.id == table.c.article_id)
            .order_by(a.c.date, table.c.article_id, table.c.start)
        )
        return self._frame(query, dates=("date",))

    def _frame(self, query: Any, dates: tuple[str, ...] = ()) -> pd.DataFrame:
        # Plain driver rows: SQLAlchemy's per-value type processing (SQLite keeps dates as
        # text) costs more than the query; pandas converts whole columns at once instead.
        with self.engine.connect() as conn:
            sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(sql)
                columns = [column[0] for column in cursor.description]
                frame = pd.DataFrame.from_records(cursor.fetchall(), columns=columns)
            finally:
                cursor.close()
        for column in dates:
            frame[column] = pd.to_datetime(frame[column])
        return frame


def open_store(url: str | None = None, seed: bool = True) -> Store:
    """A migrated store; an empty one is filled with the sample articles when `seed` is set."""
    store = Store(url)
    if seed:
        store.seed_samples()
    return store


def _fact_row(article: str, reviewed: ReviewedFact, now: dt.datetime) -> dict[str, Any]:
    fact = reviewed.fact
    original = reviewed.original
    return {
        "article_id": article,
        "metric": fact.metric,
        "kind": fact.kind,
        "value": fact.value,
        "value_max": fact.value_max,
        "unit": fact.unit,
        "year": fact.year,
        "from_country": fact.from_,
        "to_country": fact.to,
        "commodity": fact.commodity,
        "qualifier": fact.qualifier,
        "period": fact.period,
        "scope": fact.scope,
        "pair": "-".join(sorted(fact.pair)) if fact.pair else None,
        "evidence": fact.evidence,
        "start": fact.start,
        "end": fact.end,
        "figure_start": fact.figure_start,
        "figure_end": fact.figure_end,
        "state": reviewed.state,
        "original": original.model_dump_json(by_alias=True) if original is not None else None,
        "changed_at": now if reviewed.state != "extracted" else None,
    }


def _agreement_row(article: str, agreement: Agreement, state: str) -> dict[str, Any]:
    return {
        "article_id": article,
        "summary": agreement.summary,
        "parties": ",".join(agreement.parties),
        "sectors": ",".join(agreement.sectors),
        "count": agreement.count,
        "status": agreement.status,
        "value": agreement.value,
        "currency": agreement.currency,
        "evidence": agreement.evidence,
        "start": agreement.start,
        "end": agreement.end,
        "year": agreement.year,
        "state": state,
    }


def _stored_message(facts: int, agreements: int) -> str:
    return f"stored {facts} fact{'s' * (facts != 1)} and {agreements} agreement{'s' * (agreements != 1)}"


def _invalid_figure(facts: Iterable[Fact]) -> str | None:
    """Why one of these facts cannot be stored (a value out of bounds), or None."""
    for fact in facts:
        for value in (fact.value, fact.value_max):
            problem = value_problem(value, fact.unit)
            if problem:
                return f"a figure of {value} {fact.unit} {problem}"
    return None


def _failed(extraction: Extraction, message: str | None = None) -> IngestOutcome:
    reason = message or extraction.error or "could not be read"
    return IngestOutcome(source=extraction.source, status="failed", message=reason)


def _duplicate(extraction: Extraction, key: str) -> IngestOutcome:
    return IngestOutcome(
        source=extraction.source,
        status="duplicate",
        message=f"already stored as article {key}; nothing changed",
        article_id=key,
        title=extraction.title,
    )
