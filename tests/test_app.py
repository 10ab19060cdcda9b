"""Every page through Streamlit's AppTest, on a temporary store filled with the sample articles."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from store import Store

ROOT = Path(__file__).parents[1]
PAGES = [
    "app_pages/overview.py",
    "app_pages/progress.py",
    "app_pages/agreements.py",
    "app_pages/upload.py",
    "app_pages/data.py",
]

NEW_ARTICLE = (
    "Kazakhstan and Türkiye agree a $20 billion trade goal\n"
    "Date: 2026-03-02\n\n"
    "Trade between Kazakhstan and Türkiye reached $6.1 billion in 2025, officials said in Astana.\n\n"
    "The two governments now aim to raise bilateral trade to $20 billion by 2030.\n\n"
    "Some 4,300 Turkish companies operate in Kazakhstan.\n"
)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    st.cache_data.clear()
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


def open_app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def plain(markdown: str) -> str:
    """What a reader sees of escaped Markdown."""
    return markdown.replace("\\", "")


def progress_texts(at: AppTest) -> list[str]:
    return [element.proto.text for element in at.get("progress")]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(database: str, page: str) -> None:
    at = open_app(page)
    assert at.title, "each page has a title"


def test_overview_shows_trade_at_a_third_of_target(database: str) -> None:
    at = open_app()
    assert at.title[0].value == "Kazakhstan – Türkiye"
    assert at.selectbox(key="pair").value == "KAZ-TUR"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Trade"] == "$5.0B"
    assert metrics["Investment, Türkiye → Kazakhstan"] == "about $5.0B"
    assert metrics["Investment, Kazakhstan → Türkiye"] == "over $1.5B"
    assert metrics["Companies from Türkiye in Kazakhstan"] == "about 4,000"
    assert metrics["Oil volume"] == "about 1.4 Mt"
    assert metrics["Agreements signed"] == "54"
    assert "33% of the $15B target" in progress_texts(at)
    quoted = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert any("**\\$15 billion**" in q for q in quoted), "the card's sentence shows its figure in bold"


def test_uploaded_article_reviewed_and_saved_changes_the_overview(database: str) -> None:
    at = open_app("app_pages/upload.py")
    data = NEW_ARTICLE.encode()
    key = f"council-2026.txt:{hashlib.sha256(data).hexdigest()[:12]}"
    at.file_uploader(key="uploads").set_value(("council-2026.txt", data, "text/plain"))
    at.run()
    assert not at.exception
    assert Store(database).counts()["articles"] == 5, "nothing is stored before Save"
    # Review: correct the target to $21 billion, drop the companies figure.
    at.session_state[f"facts-{key}"] = {
        "edited_rows": {1: {"value": 21e9}, 2: {"keep": False}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"save-{key}").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert any("stored 3 facts" in plain(s.value) for s in at.success)
    assert Store(database).counts()["articles"] == 6

    at.switch_page("app_pages/overview.py")
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Trade"] == "$6.1B"
    assert metrics["Companies from Türkiye in Kazakhstan"] == "about 4,000", "the unticked figure is not used"
    assert "29% of the $21B target by 2030" in progress_texts(at)


def test_duplicate_and_unreadable_uploads_get_messages(database: str) -> None:
    at = open_app("app_pages/upload.py")
    sample = (ROOT / "data/articles/2025-07-29-fifth-council-ankara.txt").read_bytes()
    at.file_uploader(key="uploads").set_value(
        [
            ("again.txt", sample, "text/plain"),
            ("broken.pdf", b"not a pdf", "application/pdf"),
            ("new.txt", NEW_ARTICLE.encode(), "text/plain"),
        ]
    )
    at.run()
    assert not at.exception
    assert any("Already stored" in i.value for i in at.info)
    assert any("broken.pdf could not be read" in plain(e.value) for e in at.error)
    assert len(at.data_editor) >= 1, "the readable new file is still up for review"


def test_agreements_filter_by_sector(database: str) -> None:
    at = open_app("app_pages/agreements.py")
    everything = at.dataframe[0].value
    at.multiselect(key="agreements-sectors").set_value(["health"])
    at.run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < len(everything)
    assert all("health" in sectors for sectors in shown["sector_names"])


def test_progress_page_shows_revisions(database: str) -> None:
    at = open_app("app_pages/progress.py")
    assert at.selectbox(key="progress-series").value == 0
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Latest target"] == "$15B" and metrics["Progress"] == "33%"
    targets = at.dataframe[0].value
    assert list(targets["target"]) == ["$5.0B", "$10B", "$10B", "$15B"]
    assert list(targets["change"]) == ["", "revised from $5.0B", "", "revised from $10B"]


def test_data_page_removes_an_article_after_confirmation(database: str) -> None:
    at = open_app("app_pages/data.py")
    chosen = at.selectbox(key="data-article").value
    assert at.button(key="remove-article").disabled
    at.checkbox(key=f"confirm-remove-{chosen}").check()
    at.run()
    at.button(key="remove-article").click()
    at.run()
    assert not at.exception
    store = Store(database)
    assert store.counts()["articles"] == 4
    assert not store.has_article(chosen)


def test_pasted_article_is_read_reviewed_and_saved(database: str) -> None:
    at = open_app("app_pages/upload.py")
    at.text_area(key="pasted-text").set_value(NEW_ARTICLE)
    at.text_input(key="pasted-source").set_value("Astana wire")
    at.button(key="read-pasted").click()
    at.run()
    assert not at.exception
    assert at.data_editor, "the pasted article is up for review"
    assert Store(database).counts()["articles"] == 5
    save = next(b for b in at.button if b.key and b.key.startswith("save-pasted:"))
    save.click()
    at.run()
    assert any("stored 3 facts" in plain(s.value) for s in at.success)
    sources = Store(database).articles_frame()["source"].tolist()
    assert "Astana wire" in sources
