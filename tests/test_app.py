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
    assert metrics["Trade"] == "$5.0B (2025)"
    assert metrics["Investment, Türkiye → Kazakhstan"] == "about $5.0B (2025)"
    assert metrics["Investment, Kazakhstan → Türkiye"] == "over $1.5B (2025)"
    assert metrics["Companies from Türkiye in Kazakhstan"] == "about 4,000 (2025)"
    assert metrics["Oil volume"] == "about 1.4 Mt (2025)"
    assert metrics["Agreements signed"] == "54"
    assert "33% of the $15B target" in progress_texts(at)
    captions = [plain(c.value) for c in at.caption]
    assert "Growth needed: – target has no date" in captions
    assert "in 5 signings; 1 more planned" in captions
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
    assert [plain(s.value) for s in at.success] == ["Saved: 2 figures, 0 agreements (1 left out)"]
    assert Store(database).counts()["articles"] == 6

    at.switch_page("app_pages/overview.py")
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Trade"] == "$6.1B (2025)"
    assert metrics["Companies from Türkiye in Kazakhstan"] == "about 4,000 (2025)", (
        "the unticked figure is not used"
    )
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
    assert any(
        "Already stored: “Kazakhstan and Türkiye sign 18 agreements and set a $15 billion trade target” "
        "(29 Jul 2025)" in plain(i.value)
        for i in at.info
    ), "a duplicate is named by its title and date, not its hash"
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
    assert metrics["Growth needed a year"] == "–"
    assert "– target has no date" in [c.value for c in at.caption]
    targets = at.dataframe[0].value
    assert list(targets["target"]) == ["$5.0B", "$10B", "$10B", "$15B"]
    # The 2022 article names the old goal and its new one: one statement of it, not a revision.
    assert list(targets["role"]) == ["also stated", "headline", "headline", "headline"]
    assert list(targets["change"]) == ["", "", "", "revised from $10B"]


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
    assert [plain(s.value) for s in at.success] == ["Saved: 3 figures, 0 agreements"]
    sources = Store(database).articles_frame()["source"].tolist()
    assert "Astana wire" in sources


TRUST = ROOT / "tests" / "fixtures" / "trust"


def _upload_and_save(at: AppTest, path: Path, edits: dict | None = None) -> AppTest:
    data = path.read_bytes()
    key = f"{path.name}:{hashlib.sha256(data).hexdigest()[:12]}"
    at.file_uploader(key="uploads").set_value((path.name, data, "text/plain"))
    at.run()
    if edits:
        at.session_state[f"facts-{key}"] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.button(key=f"save-{key}").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def trust_app(database: str) -> AppTest:
    """The app after the tests' own articles were uploaded, reviewed unchanged and saved."""
    at = open_app("app_pages/upload.py")
    for name in ("india-uae-goal.txt", "india-uae-customs.txt", "japan-india-pledge.txt"):
        _upload_and_save(at, TRUST / name)
        at.file_uploader(key="uploads").set_value([])
        at.run()
    return at


def test_save_names_what_was_saved_switches_the_pair_and_links_its_overview(database: str) -> None:
    at = open_app("app_pages/upload.py")
    _upload_and_save(at, TRUST / "japan-india-pledge.txt", {1: {"keep": False}})
    assert [plain(s.value) for s in at.success] == ["Saved: 2 figures, 1 agreement (1 left out)"]
    assert at.selectbox(key="pair").value == "IND-JPN", "the pair switches to the article's"
    links = at.get("page_link")
    assert [link.proto.label for link in links] == ["Open the overview of India – Japan"]
    assert links[0].proto.page.endswith("overview.py") or links[0].proto.page == ""


def test_a_figure_edited_to_an_invalid_unit_is_refused_by_row(database: str) -> None:
    at = open_app("app_pages/upload.py")
    _upload_and_save(at, TRUST / "japan-india-pledge.txt", {0: {"unit": "yen"}})
    assert [plain(e.value) for e in at.error] == [
        "Not saved: Row 1 (5 trillion yen): unit “yen” is not a currency code or a unit (t, m3, bbl, count)"
    ]
    assert not at.success and Store(database).counts()["articles"] == 5, "nothing stored"


def test_review_rows_show_the_figure_as_written_and_lists_not_free_text(database: str) -> None:
    at = open_app("app_pages/upload.py")
    data = (TRUST / "japan-india-pledge.txt").read_bytes()
    at.file_uploader(key="uploads").set_value(("japan-india-pledge.txt", data, "text/plain"))
    at.run()
    table = at.data_editor[0].value
    assert list(table.columns[:4]) == ["keep", "written", "value", "kind"]
    assert table.loc[0, ["written", "value", "unit"]].tolist() == ["5 trillion yen", 5e12, "JPY"]
    assert "None" not in table.astype(str).loc[:, ["scope", "commodity"]].to_numpy().ravel().tolist()
    config = {c["label"]: c for c in _column_config(at.data_editor[0])}
    for label in ("Unit", "Kind", "Metric", "From", "To", "Scope"):
        assert config[label]["type_config"]["type"] == "selectbox", label
    units = [o["value"] for o in config["Unit"]["type_config"]["options"]]
    assert "JPY" in units and "EUR" in units and "count" in units
    sides = [o["value"] for o in config["From"]["type_config"]["options"]]
    assert sides == ["", "IND", "JPN"], "direction from the pair's two countries"
    sentences = [m.value for m in at.markdown if m.value.startswith("**Row 1**")]
    assert sentences and "**5 trillion yen**" in plain(sentences[0])


def _column_config(element: object) -> list[dict]:
    import json

    found = json.loads(element.proto.columns)  # type: ignore[attr-defined]
    return [{"label": c.get("label"), "type_config": c.get("type_config", {})} for c in found.values()]


def test_pasting_nothing_and_an_article_without_figures(database: str) -> None:
    at = open_app("app_pages/upload.py")
    at.button(key="read-pasted").click()
    at.run()
    assert [w.value for w in at.warning] == ["Paste some text first."]
    at.text_area(key="pasted-text").set_value(
        "A quiet day\nDate: 2025-02-01\n\nNothing happened in the markets.\n"
    )
    at.button(key="read-pasted").click()
    at.run()
    warnings = [plain(w.value) for w in at.warning]
    assert warnings and all(w[0].isupper() and w.endswith(".") for w in warnings), warnings
    assert not [b for b in at.button if b.key and b.key.startswith("save-")], "no Save without figures"


def test_headline_target_half_year_figure_and_disagreeing_sources_on_the_overview(trust_app: AppTest) -> None:
    at = trust_app
    at.switch_page("app_pages/overview.py")
    at.run()
    assert at.selectbox(key="pair").value == "IND-JPN", "the last saved article's pair"
    at.selectbox(key="pair").set_value("ARE-IND")
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Trade"] == "$72B (2023)", "a whole year, not the newer half-year non-oil figure"
    assert progress_texts(at) == ["72% of the $100B target by 2030"], "the headline target, not a sub-goal"
    captions = [plain(c.value) for c in at.caption]
    assert "Also reported: $28B (first half of 2024, non-oil), not compared with the target." in captions
    assert any(c.startswith("The headline of 3 targets in its article") for c in captions)
    warnings = [plain(w.value) for w in at.warning]
    assert warnings == [
        "Sources disagree on 2023: $72B (india-uae-customs.txt, 2 Oct 2024) against $84B "
        "(india-uae-goal.txt, 16 Sep 2024). Shown: the newer."
    ]
    assert metrics["Agreements signed"] == "–"
    assert "No agreements recorded for this pair yet." in captions, "an empty state, not 0 in 0 signings"
    changes = [plain(m.value) for m in at.markdown if m.value.startswith("- ")]
    assert changes == ["- Trade reported: $72B (2023) (an earlier source said $84B)"], (
        "not set beside the half year"
    )


def test_the_same_metric_in_two_currencies_names_the_unit(trust_app: AppTest) -> None:
    at = trust_app
    at.switch_page("app_pages/overview.py")
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Investment, Japan → India, yen"] == "–"
    assert metrics["Investment, Japan → India, US dollars"] == "$3.2B (2021)"
    texts = [plain(m.value) for m in at.markdown]
    assert "Target: **¥5.0T over 2022–2027**" in texts
    captions = [plain(c.value) for c in at.caption]
    assert "Progress: – no reported figure yet" in captions


def test_progress_page_keeps_sub_goals_in_the_table_and_flags_the_conflict(trust_app: AppTest) -> None:
    at = trust_app
    at.selectbox(key="pair").set_value("ARE-IND")
    at.switch_page("app_pages/progress.py")
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Latest reported"] == "$72B (2023)" and metrics["Latest target"] == "$100B by 2030"
    assert metrics["Progress"] == "72%"
    targets = at.dataframe[0].value
    assert list(targets["target"]) == ["$100B by 2030", "$60B by 2030", "$15B by 2030"]
    assert list(targets["role"]) == ["headline", "sub-goal (non-oil)", "sub-goal (services)"]
    assert list(targets["change"]) == ["", "", ""]
    assert [plain(w.value) for w in at.warning] == [
        "Sources disagree on 2023: $72B (india-uae-customs.txt, 2 Oct 2024) against $84B "
        "(india-uae-goal.txt, 16 Sep 2024)."
    ]


def test_data_page_names_the_article_it_would_remove_by_title_and_date(database: str) -> None:
    at = open_app("app_pages/data.py")
    chosen = at.selectbox(key="data-article").value
    label = plain(at.checkbox(key=f"confirm-remove-{chosen}").label)
    assert label.startswith(
        "Yes, remove “Kazakhstan and Türkiye sign 18 agreements and set a $15 billion trade target” (29 Jul 2025)"
    )
    assert chosen not in label, "never by hash"
    assert "covers" in at.dataframe[1].value.columns, "each figure says what period and scope it covers"


def test_a_batch_filtered_by_one_sector_is_part_of_a_batch(database: str) -> None:
    at = open_app("app_pages/agreements.py")
    at.multiselect(key="agreements-sectors").set_value(["energy"])
    at.run()
    assert [s.value for s in at.subheader] == ["2 agreement records: 1 document and part of a batch of 18"]
    shown = at.dataframe[0].value
    assert sorted(shown["documents"]) == ["1", "part of a batch of 18"], "not 19 documents of energy"
    assert list(shown.columns[:2]) == ["published", "signed"], "the year signed beside the article's date"
