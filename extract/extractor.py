"""The pipeline: document -> sentences -> countries, facts and agreements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .agreements import extract_agreements
from .countries import article_countries
from .dates import find_date
from .documents import Document, DocumentError, read_bytes, read_path
from .facts import extract_facts
from .models import Extraction
from .text import looks_english, normalise, split_sentences, strip_furniture


def extract_document(document: Document) -> Extraction:
    """Facts and agreements of one document whose text is already read."""
    text = document.text
    sentences = split_sentences(text)
    pair = article_countries(document.title or "", text)
    year = document.date.year if document.date else None
    facts = extract_facts(text, sentences, pair, year)
    agreements = extract_agreements(sentences, pair)
    warnings = []
    if not looks_english(text):
        warnings.append("the text does not look like English; figures may be missed")
    if not facts and not agreements:
        warnings.append("no trade, investment, company, volume or agreement figures found")
    if len(pair) < 2:
        warnings.append("could not tell which two countries the article is about")
    return Extraction(
        source=document.source,
        title=document.title,
        date=document.date,
        countries=pair,
        text=text,
        facts=facts,
        agreements=agreements,
        warnings=warnings,
    )


def extract_text(
    text: str, source: str = "pasted text", title: str | None = None, date: dt.date | None = None
) -> Extraction:
    """Extract from article text given as a string (pasted, or already read)."""
    clean = strip_furniture(normalise(text))
    if len(clean.split()) < 3:
        return Extraction(source=source, error="holds no readable article text")
    first = clean.split("\n", 1)[0].strip()
    document = Document(
        text=clean, title=title or first[:300] or None, date=date or find_date(clean), source=source
    )
    return extract_document(document)


def extract_file(path: str | Path) -> Extraction:
    """Read and extract one file; an unreadable file gives an Extraction with `error` set."""
    try:
        return extract_document(read_path(path))
    except DocumentError as exc:
        return Extraction(source=str(path), error=str(exc))


def extract_bytes(data: bytes, name: str) -> Extraction:
    """Read and extract an uploaded file's bytes; errors come back in `error`."""
    try:
        return extract_document(read_bytes(data, name))
    except DocumentError as exc:
        return Extraction(source=name, error=str(exc))
