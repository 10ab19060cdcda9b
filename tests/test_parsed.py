"""Sentences are bounded: a run of text with no full stop is read in clauses, a table in one
line holds no claims, and either way the work per figure stays bounded."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.parsed import MAX_FIGURES, MAX_SENTENCE, bounded, parse
from extract.text import Sentence

LONG = "Trade between Kazakhstan and Türkiye grew in many sectors, " * 60


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A short sentence.", id="short"),
        pytest.param(LONG, id="cut at commas"),
        pytest.param("word " * 900, id="cut at spaces"),
        pytest.param("x" * 3500, id="no place to cut"),
    ],
)
def test_pieces_cover_the_sentence_within_the_limit(text: str) -> None:
    sentence = Sentence(text.strip(), 10, 10 + len(text.strip()), 0)
    pieces = list(bounded(sentence))
    article = " " * 10 + text.strip()
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(article[p.start : p.end] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_long_sentence_still_gives_its_figure() -> None:
    text = "Kazakhstan and Türkiye\n\n" + LONG + "and bilateral trade reached $5 billion in 2024."
    facts = extract_text(text, source="test").facts
    assert [(f.metric, f.value, f.year) for f in facts] == [("trade", 5e9, 2024)]


def test_a_flattened_table_holds_no_claims() -> None:
    row = "Kazakhstan and Türkiye trade $1.5 billion, "
    sentences = parse(row * (MAX_FIGURES + 1))
    assert sum(len(s.mentions) for s in sentences) == 0
    assert sum(len(s.mentions) for s in parse(row * 3)) == 3


def test_a_run_of_bare_numbers_holds_no_claims() -> None:
    sentences = parse("Kazakhstan and Türkiye " + "1 " * 200 + "and trade of $5 billion.")
    assert all(not s.mentions for s in sentences)
