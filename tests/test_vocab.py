"""Every word of the extractor's vocabularies, in any case, reads without an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import _vocab, extract_text

WORDS = sorted(
    {
        word
        for table in (
            _vocab.TRADE_WORDS,
            _vocab.INVESTMENT_WORDS,
            _vocab.BLOCKING_WORDS,
            _vocab.NEUTRAL_LABELS,
            _vocab.TARGET_CUES,
            _vocab.ACTUAL_CUES,
            _vocab.GROWTH_VERBS_BASE,
            _vocab.GROWTH_VERBS_PAST,
            tuple(_vocab.QUALIFIERS),
            tuple(_vocab.COMMODITIES),
        )
        for word in table
    }
)


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_each_word_in_each_case_reads(case) -> None:
    for word in WORDS:
        text = f"Kazakhstan and Türkiye\n\nKazakh {case(word)} with Türkiye reached $5 billion in 2024."
        result = extract_text(text)
        assert result.error is None, (word, result.error)


@pytest.mark.parametrize("path", sorted(Path(extract.__file__).parent.glob("*.py")), ids=lambda p: p.name)
def test_no_control_character_in_a_pattern(path: Path) -> None:
    # A "\b" typed into a non-raw string becomes a backspace, and its pattern silently never matches.
    bad = [
        i
        for i, line in enumerate(path.read_text().splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert not bad, f"control characters on lines {bad}"
