"""Arbitrary bytes through ingest: a stored article or a clear reason, never a traceback or a partial write."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import Store

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a"])
TEXTISH = st.lists(
    st.sampled_from(
        [
            "Kazakhstan",
            "Türkiye",
            "trade",
            "reached",
            "$5 billion",
            "in 2024",
            "signed",
            "18 agreements",
            ".",
            "\n",
            "\x00",
            "€",
        ]
    ),
    max_size=40,
).map(lambda words: " ".join(words).encode("utf-8"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000), TEXTISH), name=NAMES)
def test_ingest_never_raises_nor_writes_half(tmp_path: Path, data: bytes, name: str) -> None:
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        before = store.counts()
        outcome = store.ingest_bytes(data, name)
        after = store.counts()
        if outcome.status == "stored":
            assert after == {
                "articles": before["articles"] + 1,
                "facts": before["facts"] + outcome.facts,
                "agreements": before["agreements"] + outcome.agreements,
            }
        else:
            assert outcome.message and "\n" not in outcome.message
            assert after == before
    finally:
        store.close()
