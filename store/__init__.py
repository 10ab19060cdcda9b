"""Persistence: articles, facts and agreements with provenance (SQLite or PostgreSQL)."""

from .database import (
    ENV_URL,
    REVIEW_STATES,
    IngestOutcome,
    ReviewedFact,
    ReviewState,
    Store,
    article_id,
    default_url,
    open_store,
)
from .migrations import MIGRATIONS, current_version

__all__ = [
    "ENV_URL",
    "MIGRATIONS",
    "REVIEW_STATES",
    "IngestOutcome",
    "ReviewState",
    "ReviewedFact",
    "Store",
    "article_id",
    "current_version",
    "default_url",
    "open_store",
]
