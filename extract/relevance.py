"""A cheap sieve for backfills: does a page name two countries and a trade, investment or deal term?

Archives are mostly about something else; this runs before the (costly) main-text extraction, on
the page's visible text, so it must never drop a page the extractor would find figures in.
"""

from __future__ import annotations

import html
import re

from ._trie import trie_pattern
from .countries import find_countries

# Every metric the extractor records needs one of these near its figure: trade, investment,
# companies, commodity volumes and agreements. Wide on purpose: a miss loses an article.
RELEVANCE_TERMS = (
    "trade",
    "traded",
    "trading",
    "turnover",
    "commerce",
    "commercial",
    "export",
    "exports",
    "exported",
    "import",
    "imports",
    "imported",
    "invest",
    "invested",
    "investing",
    "investment",
    "investments",
    "investor",
    "investors",
    "fdi",
    "agreement",
    "agreements",
    "memorandum",
    "memoranda",
    "memorandums",
    "memos",
    "mou",
    "mous",
    "protocol",
    "protocols",
    "accord",
    "accords",
    "treaty",
    "treaties",
    "deal",
    "deals",
    "contract",
    "contracts",
    "roadmap",
    "roadmaps",
    "road map",
    "declaration",
    "action plan",
    "letter of intent",
    "company",
    "companies",
    "firms",
    "enterprises",
    "businesses",
    "joint venture",
    "joint ventures",
    "tonnes",
    "tons",
    "barrels",
    "cubic meters",
    "cubic metres",
    "bcm",
    "pipeline",
    "shipments",
)

# A trie on lower-cased text, behind a look-ahead for the terms' first letters, scans about ten
# times faster than a case-insensitive alternation: most positions fail at one character.
_FIRST_LETTERS = "".join(sorted({term[0] for term in RELEVANCE_TERMS}))
_TERMS = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{trie_pattern(RELEVANCE_TERMS)})\b")


def _element(tag: str) -> str:
    # Unrolled ("[^<]* then any < that does not close") rather than a lazy .*?: faster on long scripts.
    return rf"<{tag}\b[^>]*>[^<]*(?:<(?!/{tag}\s*>)[^<]*)*</{tag}\s*>"


_INVISIBLE = re.compile(
    "|".join(_element(t) for t in ("script", "style", "noscript", "template", "svg"))
    + r"|<!--[^-]*(?:-(?!->)[^-]*)*-->",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


def visible_text(markup: str) -> str:
    """An HTML page's words without tags, scripts or styles: a superset of its article text."""
    return html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", markup)))


def has_relevance_term(text: str) -> bool:
    """Whether the text uses a trade, investment, company, volume or agreement word."""
    return _TERMS.search(text.lower()) is not None


def is_relevant(text: str) -> bool:
    """Two different countries and a trade, investment or agreement term (the term check is cheaper)."""
    if not has_relevance_term(text):
        return False
    first: str | None = None
    for mention in find_countries(text):
        if first is None:
            first = mention.code
        elif mention.code != first:
            return True
    return False
