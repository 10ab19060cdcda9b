"""Tables, as SQLAlchemy Core: one definition for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text),
    Column("date", Date),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("countries", String(200), nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)


def _review_columns() -> list[Column]:
    """Review state, the extracted original of an edit, and when it changed (facts and agreements)."""
    return [
        Column("state", String(10), nullable=False, default="extracted"),
        Column("original", Text),
        Column("changed_at", DateTime(timezone=True)),
    ]


facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("metric", String(40), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", String(10), nullable=False),
    Column("year", Integer),
    Column("from_country", String(3)),
    Column("to_country", String(3)),
    Column("commodity", String(60)),
    Column("qualifier", String(10), nullable=False),
    Column("period", String(40)),
    Column("scope", String(40)),
    Column("pair", String(7)),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("figure_start", Integer, nullable=False),
    Column("figure_end", Integer, nullable=False),
    *_review_columns(),
)
Index("facts_article", facts.c.article_id)

agreements = Table(
    "agreements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("summary", Text, nullable=False),
    Column("parties", String(200), nullable=False, default=""),
    Column("sectors", String(400), nullable=False, default=""),
    Column("count", Integer, nullable=False, default=1),
    Column("status", String(20), nullable=False),
    Column("value", Float),
    Column("currency", String(10)),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("year", Integer),  # the year signed, when the article says (migration 4)
    *_review_columns(),
)
Index("agreements_article", agreements.c.article_id)
