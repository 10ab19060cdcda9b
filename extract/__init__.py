"""Sourced trade and investment figures from news articles."""

from .documents import MAX_FILE_BYTES, Document, DocumentError, read_bytes, read_path
from .extractor import extract_bytes, extract_document, extract_file, extract_text
from .models import SECTORS, Agreement, Extraction, Fact

__all__ = [
    "MAX_FILE_BYTES",
    "SECTORS",
    "Agreement",
    "Document",
    "DocumentError",
    "Extraction",
    "Fact",
    "extract_bytes",
    "extract_document",
    "extract_file",
    "extract_text",
    "read_bytes",
    "read_path",
]
