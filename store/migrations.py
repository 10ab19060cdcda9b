"""Numbered schema migrations, each applied once and recorded in `schema_migrations`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from . import schema


class Migration(NamedTuple):
    """One schema change: its number, a name, and the function that applies it."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    tables = [schema.articles, schema.facts, schema.agreements]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)


def _add_columns(table: str, *columns: str) -> Callable[[Connection], None]:
    """A migration adding nullable columns that `schema` already declares (new stores get them
    from migration 1, so only missing ones are added)."""

    def apply(conn: Connection) -> None:
        present = {c["name"] for c in inspect(conn).get_columns(table)}
        for name in columns:
            if name not in present:
                kind = schema.metadata.tables[table].c[name].type.compile(conn.dialect)
                conn.execute(text(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}'))

    return apply


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, facts and agreements", _create_tables),
    Migration(2, "the period and scope a fact covers", _add_columns("facts", "period", "scope")),
    Migration(
        3, "the web address and outlet an article came from", _add_columns("articles", "url", "outlet")
    ),
    Migration(4, "the year an agreement was signed", _add_columns("agreements", "year")),
    Migration(5, "the pair a fact is about when not its article's first", _add_columns("facts", "pair")),
)


def migrate(engine: Engine) -> list[int]:
    """Apply the migrations the database lacks; returns the versions applied now."""
    applied_now: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two processes starting at once must not both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(7212001)"))
        schema.schema_migrations.create(conn, checkfirst=True)
        done = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            migration.apply(conn)
            conn.execute(
                insert(schema.schema_migrations).values(
                    version=migration.version, name=migration.name, applied_at=dt.datetime.now(dt.UTC)
                )
            )
            applied_now.append(migration.version)
    return applied_now


def current_version(engine: Engine) -> int:
    """The highest applied migration, 0 for an empty database."""
    if not inspect(engine).has_table("schema_migrations"):
        return 0
    with engine.connect() as conn:
        versions = conn.execute(select(schema.schema_migrations.c.version)).scalars().all()
    return max(versions, default=0)
