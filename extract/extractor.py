"""The pipeline: document -> sentences -> countries, facts and agreements."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from .agreements import extract_agreements
from .countries import article_countries
from .dates import find_date
from .documents import Document, DocumentError, read_bytes, read_path
from .facts import extract_facts
from .models import Extraction
from .parsed import parse
from .text import looks_english, normalise, strip_furniture


def extract_document(document: Document) -> Extraction:
    """Facts and agreements of one document whose text is already read."""
    text = document.text
    sentences = parse(text)
    title_paragraph = sentences[0].paragraph if sentences else 0
    pair = article_countries(
        [c for s in sentences if s.paragraph == title_paragraph for c in s.countries],
        [c for s in sentences for c in s.countries],
    )
    facts = extract_facts(sentences, pair, document.date)
    agreements = extract_agreements(sentences, pair, document.date)
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
        url=document.url,
        outlet=document.outlet,
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
        document = read_path(path)
    except DocumentError as exc:
        return Extraction(source=str(path), error=str(exc))
    return extract_document(replace(document, source=str(path)))


def extract_bytes(data: bytes, name: str) -> Extraction:
    """Read and extract an uploaded file's bytes; errors come back in `error`."""
    try:
        return extract_document(read_bytes(data, name))
    except DocumentError as exc:
        return Extraction(source=name, error=str(exc))
