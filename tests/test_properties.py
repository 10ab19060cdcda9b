"""Any text and any bytes: a result or a clear error, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import DocumentError, extract_bytes, extract_text, read_bytes

WORDS = st.sampled_from(
    [
        "$5 billion",
        "trade",
        "Turkish",
        "Kazakhstan",
        "investment",
        "by 2030",
        "18 agreements",
        "(",
        ")",
        "1.4 million tonnes",
        "aim to raise",
        "last year",
        "€",
        "bn",
        "-",
        ",",
        ".",
        "\n",
        "Türkiye's",
        "some",
    ]
)
ARTICLE_LIKE = st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=2000), ARTICLE_LIKE))
def test_any_text_extracts_with_valid_offsets(text: str) -> None:
    result = extract_text(text)
    for record in [*result.facts, *result.agreements]:
        assert result.text[record.start : record.end] == record.evidence
    for fact in result.facts:
        assert record_contains(fact.start, fact.end, fact.figure_start, fact.figure_end)


def record_contains(start: int, end: int, inner_start: int, inner_end: int) -> bool:
    return start <= inner_start < inner_end <= end


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.bin"]))
def test_any_bytes_read_or_raise_document_error(data: bytes, name: str) -> None:
    try:
        read_bytes(data, name)
    except DocumentError as exc:
        assert str(exc) and "\n" not in str(exc)
    result = extract_bytes(data, name)
    assert result.error is None or result.facts == []
